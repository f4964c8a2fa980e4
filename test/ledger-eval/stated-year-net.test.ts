/**
 * The year's net a ledger export states about itself (stated-year-net.ts), on small hand-written exports: one for
 * each way a file states it, and the amount forms (借方/贷方, 金额 with 方向, 借/贷 before the amount, 万元).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { headerIndex, statedYearNet } from './stated-year-net.ts';

/** A CSV file's bytes (UTF-8), cells holding a comma quoted. */
function csv(rows: readonly (readonly string[])[]): Uint8Array {
  const cell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return new TextEncoder().encode(`${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`);
}

/** An .xlsx workbook's bytes, one sheet per entry, in order. */
async function xlsx(sheets: readonly { name: string; rows: readonly (readonly (string | number)[])[] }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow([...r]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const stated = (bytes: Uint8Array, name: string) => statedYearNet(bytes, name, 2025);

const DETAIL_HEADER = ['日期', '凭证号', '摘要', '借方金额', '贷方金额', '方向', '余额'];

describe('headerIndex', () => {
  it('finds a field by an exact synonym first, else by a header containing one', () => {
    expect(headerIndex(['日期', '凭证号', '摘要', '借方金额', '贷方金额'], 'credit')).toBe(4);
    expect(headerIndex(['支付日期', '用途', '收款人', '支付金额'], 'amount')).toBe(3);
    expect(headerIndex(['日期', '凭证号', '摘要', '金额（元）'], 'amount')).toBe(3);
    expect(headerIndex(['日期', '凭证号', '摘要'], 'debit')).toBe(-1);
  });
});

describe('statedYearNet', () => {
  it('reads a database extract’s closing lines under lower-case field codes, one amount signed by a D/C flag', async () => {
    const file = csv([
      ['post_ts', 'vch_no', 'memo', 'acct_code', 'econ_cls', 'dc_flag', 'amount'],
      ['2025-01-05 00:00:00.000', '1', '购办公用品', '71010101', '30201', 'D', '180'],
      ['2025-02-03 00:00:00.000', '9', '退回多付办公用品款', '71010101', '30201', 'C', '20'],
      ['2025-12-31 00:00:00.000', '153', '年末结转本年财政拨款支出', '71010101', 'NULL', 'C', '160'],
    ]);
    expect(await stated(file, 'dbext.csv')).toEqual({ value: 16_000, from: '支出科目年末结转' });
  });

  it('reads a 平行记账 with both sides on one row in its 预算会计 columns (财务会计 first, both printed once over their columns)', async () => {
    const file = csv([
      ['日期', '凭证号', '摘要', '财务会计', '', '', '预算会计', '', '', '经济分类'],
      ['', '', '', '科目', '借方', '贷方', '科目', '借方', '贷方', ''],
      ['2025-01-05', '记-1', '计提1月工资', '500101', '9000.00', '', '', '', '', '30101 基本工资'],
      ['2025-01-10', '记-2', '发放1月工资', '2201', '9000.00', '', '7101', '9000.00', '', '30101 基本工资'],
      ['2025-01-20', '记-3', '退回多付办公费', '510102', '', '100.00', '7101', '', '100.00', '30201 办公费'],
      ['2025-01-31', '', '本年累计', '', '18000.00', '100.00', '', '9000.00', '100.00', ''],
    ]);
    expect(await stated(file, 'px.csv')).toEqual({ value: 890_000, from: '本年累计' });
  });

  it('reads such a 平行记账 under a header of three rows (预算会计 over 科目 | 发生额 over 编码 | 名称 | 借方 | 贷方)', async () => {
    const file = csv([
      ['日期', '凭证号', '摘要', '预算会计', '', '', '', '财务会计', '', '', '', '经济分类'],
      ['', '', '', '科目', '', '发生额', '', '科目', '', '发生额', '', ''],
      ['', '', '', '编码', '名称', '借方', '贷方', '编码', '名称', '借方', '贷方', ''],
      ['2025-02-10', '记-2', '付印刷费', '7201', '事业支出', '700.00', '', '5001', '业务活动费用', '700.00', '', '30202 印刷费'],
      ['2025-02-28', '记-5', '计提折旧', '', '', '', '', '5001', '业务活动费用', '300.00', '', ''],
      ['2025-02-28', '', '本年累计', '', '', '700.00', '', '', '', '1000.00', '', ''],
    ]);
    expect(await stated(file, 'px3.csv')).toEqual({ value: 70_000, from: '本年累计' });
  });

  it('takes the last 本年累计 (借方 − 贷方) of a 明细账', async () => {
    const file = csv([
      ['行政支出明细账'],
      DETAIL_HEADER,
      ['2025-01-08', '记-003', '付办公用品费', '1000.00', '', '借', '1000.00'],
      ['', '', '本月合计', '1000.00', '0.00', '借', '1000.00'],
      ['', '', '本年累计', '1000.00', '0.00', '借', '1000.00'],
      ['2025-02-11', '记-015', '付差旅费', '1500.00', '', '借', '2500.00'],
      ['2025-02-20', '记-019', '退回多付差旅费', '', '300.00', '借', '2200.00'],
      ['', '', '本月合计', '1500.00', '300.00', '借', '2200.00'],
      ['', '', '本年累计', '2500.00', '300.00', '借', '2200.00'],
    ]);
    expect(await stated(file, 'mx.csv')).toEqual({ value: 220000, from: '本年累计' });
  });

  it('sums each 科目 section’s last 本年累计, leaving out a section whose account is another’s parent', async () => {
    const file = csv([
      ['科目：5001010211 业务活动费用—工资福利费用—基本工资'],
      DETAIL_HEADER,
      ['2025-01-15', '记-010', '发放1月基本工资', '3000.00', '', '借', '3000.00'],
      ['', '', '本月合计', '3000.00', '', '借', '3000.00'],
      ['', '', '本年累计', '3000.00', '', '借', '3000.00'],
      ['科目：5001010212 业务活动费用—工资福利费用—津贴补贴'],
      DETAIL_HEADER,
      ['2025-01-15', '记-011', '发放1月津贴', '2000.00', '', '借', '2000.00'],
      ['2025-01-28', '记-024', '冲回多发津贴', '', '500.00', '借', '1500.00'],
      ['', '', '本月合计', '2000.00', '500.00', '借', '1500.00'],
      ['', '', '本年累计', '2000.00', '500.00', '借', '1500.00'],
      ['科目：5001 业务活动费用'],
      DETAIL_HEADER,
      ['', '', '本月合计', '5000.00', '500.00', '借', '4500.00'],
      ['', '', '本年累计', '5000.00', '500.00', '借', '4500.00'],
    ]);
    expect(await stated(file, 'flz.csv')).toEqual({ value: 450000, from: '各科目本年累计' });
  });

  it('sums each 辅助项 section’s last 本年累计 when every section restarts the year (a 全院 line is not read)', async () => {
    const file = csv([
      ['项目辅助明细账'],
      DETAIL_HEADER,
      ['项目：[XM2025001] 农村公路养护'],
      ['2025-01-20', '记-030', '付养护材料款', '800.00', '', '借', '800.00'],
      ['', '', '本月合计', '800.00', '', '借', '800.00'],
      ['', '', '本年累计', '800.00', '', '借', '800.00'],
      ['2025-02-18', '记-052', '付养护劳务费', '500.00', '', '借', '1300.00'],
      ['', '', '本月合计', '500.00', '', '借', '500.00'],
      ['', '', '本年累计', '1300.00', '', '借', '1300.00'],
      ['项目：[XM2025002] 学生营养餐补助'],
      ['2025-02-25', '记-060', '付2月营养餐款', '600.00', '', '借', '600.00'],
      ['', '', '本月合计', '600.00', '', '借', '600.00'],
      ['', '', '本年累计', '600.00', '', '借', '600.00'],
      ['', '', '全院本年累计', '9999.00', '', '借', '9999.00'],
    ]);
    expect(await stated(file, 'fzmx.csv')).toEqual({ value: 190000, from: '各辅助项分节本年累计' });
  });

  it('sums the last 本年累计 of sheets naming different accounts in their title block', async () => {
    const sheet = (code: string, name: string, month: number, cum: number) => ({
      name,
      rows: [
        ['事业支出明细账'],
        [`单位：某县农业技术推广站　科目：${code} ${name}　期间：2025年01月至2025年12月`],
        DETAIL_HEADER,
        ['2025-03-10', '记-021', '支付款项', month, '', '借', month],
        ['', '', '本月合计', month, '', '借', month],
        ['', '', '本年累计', cum, '', '借', cum],
      ],
    });
    const file = await xlsx([sheet('72010101', '基本支出', 5000, 5000), sheet('72010102', '项目支出', 1000, 3000)]);
    expect(await stated(file, 'mxkm.xlsx')).toEqual({ value: 800000, from: '各工作表科目本年累计' });
    // The code in brackets (科目：[72010101]基本支出)
    const bracketed = await xlsx([sheet('[72010101]', '基本支出', 5000, 5000), sheet('[72010102]', '项目支出', 1000, 3000)]);
    expect(await stated(bracketed, 'mxkm.xlsx')).toEqual({ value: 800000, from: '各工作表科目本年累计' });
  });


  it('reads 科目 sections printed for several levels at the leaves’ level when each ends 平 by its closing lines', async () => {
    const section = (code: string, name: string, lines: [string, string, string, number][]) => {
      const total = lines.reduce((s, l) => s + l[3], 0);
      return [
        [`科目：${code} ${name}`, '', '', '', '', '', ''],
        ...lines.map(([d, v, account, amount]) => [d, v, '支付款项', account, amount.toFixed(2), '', '借']),
        ...[...new Set(lines.map((l) => l[2]))].map((account) => {
          const net = lines.filter((l) => l[2] === account).reduce((s, l) => s + l[3], 0);
          return ['2025-12-31', '记-030', '年末结转本年事业支出', account, '', net.toFixed(2), '平'];
        }),
        ['', '', '本年累计', '', total.toFixed(2), total.toFixed(2), '平'],
      ];
    };
    const file = csv([
      ['日期', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '方向'],
      ...section('7201', '事业支出', [
        ['2025-03-10', '记-021', '72010101', 500],
        ['2025-12-05', '记-004', '72010102', 300],
      ]),
      ...section('72010101', '事业支出-基本支出', [['2025-03-10', '记-021', '72010101', 500]]),
      ...section('72010102', '事业支出-项目支出', [['2025-12-05', '记-004', '72010102', 300]]),
    ]);
    expect(await stated(file, 'jici.csv')).toEqual({ value: 80000, from: '各科目本年累计' });
  });

  it('reads a book printed for several levels at one level: the leaves’ books, each in its own columns, closing inside December', async () => {
    // The parent's book names each line's leaf in 科目 columns; the leaves' books drop them (their 借方 two columns left).
    // Every book's 本年累计 ends 平: its closing lines (年末结转) before December's totals state its year.
    const parent = {
      name: '7201 事业支出',
      rows: [
        ['明细账'],
        ['科目：7201 事业支出', '级次：1—末级（第1级）'],
        ['日期', '凭证号', '摘要', '科目编码', '科目名称', '借方金额', '贷方金额', '方向', '余额'],
        ['2025-03-10', '记-021', '购复印纸', '72010101', '事业支出—基本支出', 500, '', '借', 500],
        ['2025-12-05', '记-004', '培训讲课费', '72010102', '事业支出—项目支出', 300, '', '借', 800],
        ['2025-12-31', '记-030', '年末结转本年事业支出', '72010101', '事业支出—基本支出', '', 500, '借', 300],
        ['2025-12-31', '记-030', '年末结转本年事业支出', '72010102', '事业支出—项目支出', '', 300, '平', 0],
        ['', '', '本月合计', '', '', 300, 800, '平', 0],
        ['', '', '本年累计', '', '', 800, 800, '平', 0],
      ],
    };
    const leaf = (code: string, name: string, line: (string | number)[], amount: number) => ({
      name: `${code} ${name}`,
      rows: [
        ['明细账'],
        [`科目：${code} 事业支出—${name}`, '级次：1—末级（第2级）'],
        ['日期', '凭证号', '摘要', '借方金额', '贷方金额', '方向', '余额'],
        line,
        ['2025-12-31', '记-030', '年末结转本年事业支出', '', amount, '平', 0],
        ['', '', '本年累计', amount, amount, '平', 0],
      ],
    });
    const file = await xlsx([
      parent,
      leaf('72010101', '基本支出', ['2025-03-10', '记-021', '购复印纸', 500, '', '借', 500], 500),
      leaf('72010102', '项目支出', ['2025-12-05', '记-004', '培训讲课费', 300, '', '借', 300], 300),
    ]);
    expect(await stated(file, 'jici.xlsx')).toEqual({ value: 80000, from: '各工作表科目本年累计' });
  });
  it('sums each sheet’s last 本年累计 when every sheet restarts the year (one sheet per 预算项目)', async () => {
    const sheet = (name: string, months: readonly number[]) => {
      const rows: (string | number)[][] = [[`单位：某县文化馆　科目：7201 事业支出　项目：${name}`], DETAIL_HEADER];
      let cum = 0;
      months.forEach((m, k) => {
        cum += m;
        rows.push([`2025-0${k + 1}-15`, `记-0${k + 1}5`, '支付款项', m, '', '借', cum]);
        rows.push(['', '', '本月合计', m, '', '借', cum]);
        rows.push(['', '', '本年累计', cum, '', '借', cum]);
      });
      return { name, rows };
    };
    const file = await xlsx([sheet('基本支出-公用经费', [1000, 500]), sheet('非遗展演', [700])]);
    expect(await stated(file, 'xmmx.xlsx')).toEqual({ value: 220000, from: '各工作表本年累计之和' });
  });

  // A unit that changed its accounting system in the year: a sheet per system, each in its own layout (sheet-layouts.ts).
  const systems = async (q4Cum: readonly [number, number]) =>
    xlsx([
      {
        name: '1-9月（旧账）',
        rows: [
          ['日期', '凭证号', '摘要', '借方', '贷方', '方向', '余额'],
          ['2025.01.15', '付-1', '付电费', 1000, '', '借', 1000],
          ['', '', '本月合计', 1000, '', '借', 1000],
          ['', '', '本年累计', 1000, '', '借', 1000],
          ['2025.09.15', '付-1', '付水费', 600, '', '借', 1600],
          ['', '', '本月合计', 600, '', '借', 1600],
          ['', '', '本年累计', 1600, '', '借', 1600],
        ],
      },
      {
        name: '10-12月（新系统）',
        rows: [
          ['记账日期', '凭证字号', '摘要', '会计科目编码', '借方金额', '贷方金额', '余额'],
          ['2025-10-08', '记-0001', '付电费', '72010101', 400, '', 2000],
          ['', '', '本月合计', '', 400, '', 2000],
          ['', '', '本年累计', '', q4Cum[0], '', 2000],
          ['2025-12-08', '记-0002', '付水费', '72010101', 300, '', 2300],
          ['', '', '本月合计', '', 300, '', 2300],
          ['', '', '本年累计', '', q4Cum[1], '', 2300],
        ],
      },
    ]);

  it('reads a workbook of a sheet per accounting system whose 本年累计 carries the first system\'s months over by its last 本年累计', async () => {
    expect(await stated(await systems([2000, 2300]), 'carried.xlsx')).toEqual({ value: 230000, from: '本年累计' });
  });

  it('sums the sheets\' last 本年累计 of a workbook of a sheet per accounting system whose second system restarts the year', async () => {
    expect(await stated(await systems([400, 700]), 'restart.xlsx')).toEqual({ value: 230000, from: '各工作表本年累计之和' });
  });

  it('reads a workbook of one sheet per month (the year carried on) by its last 本年累计', async () => {
    const file = await xlsx([
      { name: '1月', rows: [DETAIL_HEADER, ['2025-01-15', '记-005', '付电费', 1000, '', '借', 1000], ['', '', '本月合计', 1000, '', '借', 1000], ['', '', '本年累计', 1000, '', '借', 1000]] },
      { name: '2月', rows: [DETAIL_HEADER, ['2025-02-15', '记-011', '付电费', 400, '', '借', 1400], ['', '', '本月合计', 400, '', '借', 1400], ['', '', '本年累计', 1400, '', '借', 1400]] },
    ]);
    expect(await stated(file, 'ayue.xlsx')).toEqual({ value: 140000, from: '本年累计' });
  });

  // A 序时账 of every line of every voucher (平行记账: 7101 against 1011, the closing voucher's 8101 line).
  const JOURNAL_HEADER = ['日期', '凭证号', '摘要', '科目编码', '科目名称', '借方金额', '贷方金额'];
  const journal = [
    JOURNAL_HEADER,
    ['2025-03-05', '记-012', '购办公用品', '7101010230201', '行政支出—财政拨款支出—基本支出—办公费', '800.00', ''],
    ['2025-03-05', '记-012', '购办公用品', '1011', '零余额账户用款额度', '', '800.00'],
    ['2025-06-10', '记-045', '报销差旅费', '7101010230211', '行政支出—财政拨款支出—基本支出—差旅费', '1200.00', ''],
    ['2025-06-10', '记-045', '报销差旅费', '1011', '零余额账户用款额度', '', '1200.00'],
    ['2025-12-31', '记-120', '年末结转本年财政拨款支出', '7101010230201', '行政支出—财政拨款支出—基本支出—办公费', '', '800.00'],
    ['2025-12-31', '记-120', '', '7101010230211', '行政支出—财政拨款支出—基本支出—差旅费', '', '1200.00'],
    ['2025-12-31', '记-120', '', '8101', '财政拨款结转', '2000.00', ''],
  ];

  it('takes the 贷 of the closing 7xxx lines where a 序时账 states no 本年累计, the voucher’s further lines included', async () => {
    expect(await stated(csv(journal), 'xsz.csv')).toEqual({ value: 200000, from: '支出科目年末结转' });
  });

  it('takes the closing 7xxx lines where a 平行记账 序时账’s 本年累计 totals every account (借 = 贷)', async () => {
    const file = csv([...journal, ['', '', '本年累计', '', '', '6000.00', '6000.00']]);
    expect(await stated(file, 'xsz.csv')).toEqual({ value: 200000, from: '支出科目年末结转（序时账本年累计为全部科目借贷合计）' });
  });

  it('takes the closing lines for the year where a 本年累计 that counts them ends 平 (the closing posted before the last 本月合计)', async () => {
    const file = csv([
      ['日期', '凭证号', '摘要', '科目编码', '借方金额', '贷方金额', '方向', '余额'],
      ['2025-12-05', '记-001', '付印刷费', '7101010202', '1000.00', '', '借', '1000.00'],
      ['2025-12-09', '记-004', '付邮寄费', '7101010207', '250.00', '', '借', '1250.00'],
      ['2025-12-31', '记-020', '年末结转', '7101010202', '', '1000.00', '借', '250.00'],
      ['2025-12-31', '记-020', '年末结转', '7101010207', '', '250.00', '平', '0.00'],
      ['', '', '本月合计', '', '1250.00', '1250.00', '平', '0.00'],
      ['', '', '本年累计', '', '1250.00', '1250.00', '平', '0.00'],
    ]);
    expect(await stated(file, 'eas.csv')).toEqual({ value: 125000, from: '本年累计（除去其中的年末结转）' });
  });

  it('reads a 金额 column by its 方向 column: a closing line written 贷', async () => {
    const file = csv([
      ['日期', '凭证号', '摘要', '科目编码', '方向', '金额'],
      ['2025-04-02', '记-018', '付会议费', '72010102', '借', '650.00'],
      ['2025-12-31', '记-131', '年末结转事业支出', '72010102', '贷', '650.00'],
      ['2025-12-31', '记-131', '年末结转事业支出', '810201', '借', '650.00'],
    ]);
    expect(await stated(file, 'fx.csv')).toEqual({ value: 65000, from: '支出科目年末结转' });
  });

  it('reads 借/贷 written before the amount in the amount cell', async () => {
    const rows = (cum: string) => [
      ['日期', '凭证号', '摘要', '金额'],
      ['2025-05-06', '记-033', '付物业费', '借 1,180.00'],
      ['', '', '本年累计', cum],
    ];
    expect(await stated(csv(rows('借 1,180.00')), 'qz.csv')).toEqual({ value: 118000, from: '本年累计' });
    expect(await stated(csv(rows('贷 1,180.00')), 'qz.csv')).toEqual({ value: -118000, from: '本年累计' });
  });

  it('takes the last 合计 row of a listing with no period lines and no closing (a 支付明细)', async () => {
    const file = csv([
      ['国库集中支付明细'],
      ['序号', '支付日期', '支付凭证号', '用途', '收款人', '支付金额', '状态'],
      ['1', '2025-03-04', 'ZF0301', '购置打印机', '某办公设备公司', '1,200.00', '已支付'],
      ['2', '2025-03-18', 'ZF0317', '付培训费', '某培训中心', '350.50', '已支付'],
      ['3', '2025-04-09', 'ZF0402', '付印刷费', '某印务公司', '980.00', '已退回'],
      ['合计', '', '', '', '', '2,530.50', ''],
    ]);
    expect(await stated(file, 'zfmx.csv')).toEqual({ value: 253050, from: '合计行' });
  });

  it('reads amounts in 万元 when an amount column’s header says so', async () => {
    const file = csv([
      ['日期', '凭证号', '摘要', '借方金额（万元）', '贷方金额（万元）'],
      ['2025-07-01', '记-070', '付工程进度款', '1.2345', ''],
      ['2025-07-09', '记-075', '收回多付款', '', '0.0345'],
      ['', '', '本年累计', '1.2345', '0.0345'],
    ]);
    expect(await stated(file, 'wy.csv')).toEqual({ value: 1200000, from: '本年累计' });
  });

  it('reads amounts in 万元 when the title block says so, unless the column’s header names its own unit', async () => {
    const rows = (debit: string) => [
      ['事业支出明细账'],
      ['单位：某市疾病预防控制中心', '金额单位：万元'],
      ['日期', '凭证号', '摘要', debit, '贷方金额'],
      ['2025-08-12', '记-088', '购检测试剂', '0.5', ''],
      ['', '', '本年累计', '0.5', ''],
    ];
    expect(await stated(csv(rows('借方金额')), 'wy2.csv')).toEqual({ value: 500000, from: '本年累计' });
    expect(await stated(csv(rows('借方金额（元）')), 'wy2.csv')).toEqual({ value: 50, from: '本年累计' });
  });

  it('states nothing for a file with entries only (no 本年累计, no 合计 row, no closing)', async () => {
    const file = csv([
      ['日期', '凭证号', '摘要', '借方金额', '贷方金额'],
      ['2025-09-03', '记-091', '付水费', '210.00', ''],
      ['2025-09-21', '记-102', '付电费', '480.00', ''],
    ]);
    expect(await stated(file, 'wu.csv')).toBeUndefined();
  });
});
