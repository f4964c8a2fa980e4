import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { describeSkipped } from '../reference/row-kinds.ts';
import { describeFromParallelBooks } from './ledger-service.ts';
import { parseLedgerChunks, type ParseState } from './parse-entries.ts';
import { openLedgerFile, readLedgerFile } from './read-ledger-file.ts';

/** One voucher line of a 政府会计制度 序时账: account, 辅助核算, 借方, 贷方 (yuan, as numbers). */
type Line = readonly [account: string, name: string, aux: string, debit: number | null, credit: number | null];

const aux = (econ: string, extra = '') => `功能分类:2140106 公路养护;经济分类:${econ}${extra}`;

/** A 用友 GRP-style 序时账 .xlsx: title, unit row, header, then every line of each voucher. */
async function journal(vouchers: readonly { date: string; no: string; summary: string; lines: readonly Line[] }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('序时账');
  ws.addRow(['序时账']);
  ws.addRow(['核算单位：[431128101]某县公路养护中心', null, null, '账套：001 2024年度（政府会计制度）', null, '会计期间：2024年01期—2024年12期', null, '金额单位：元']);
  ws.addRow(['凭证日期', '凭证字号', '分录号', '摘要', '科目编码', '科目名称', '辅助核算', '借方金额', '贷方金额']);
  for (const v of vouchers) {
    v.lines.forEach(([account, name, a, debit, credit], i) => {
      ws.addRow([new Date(`${v.date}T00:00:00Z`), v.no, i + 1, v.summary, account, name, a, debit, credit]);
    });
  }
  ws.addRow(['制单人：谭晓燕', null, null, '审核人：龚明', null, null, '打印时间：2025-01-16 15:42:08']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('平行记账: a 序时账 with the 财务会计 and the 预算会计 lines of every voucher', () => {
  const vouchers = [
    // 财务会计 only: an accrual (计提工资) is an expense, no spending.
    { date: '2024-03-08', no: '记-0001', summary: '计提3月工资', lines: [
      ['5001', '业务活动费用', aux('30101 基本工资', ';部门:养护股'), 1000, null],
      ['5101', '单位管理费用', aux('30101 基本工资', ';部门:办公室'), 500, null],
      ['2201', '应付职工薪酬', '', null, 1500],
    ] },
    { date: '2024-03-10', no: '记-0002', summary: '发放3月工资', lines: [
      ['2201', '应付职工薪酬', '', 1500, null],
      ['4001', '财政拨款收入', '功能分类:2140106 公路养护', null, 1500],
      ['72010101', '事业支出—财政拨款支出—基本支出', aux('30101 基本工资', ';部门:财务股'), 1500, null],
      ['6001', '财政拨款预算收入', '功能分类:2140106 公路养护', null, 1500],
    ] },
    // A car bought: 1601 固定资产 on the 财务 side, 31013 公务用车购置 on the 预算 side.
    { date: '2024-03-12', no: '记-0003', summary: '购置应急指挥车', lines: [
      ['1601', '固定资产', '资产类别:车辆;部门:办公室;往来单位:某汽车销售公司', 189600, null],
      ['4001', '财政拨款收入', '功能分类:2140106 公路养护', null, 189600],
      ['72010101', '事业支出—财政拨款支出—基本支出', aux('31013 公务用车购置', ';部门:办公室'), 189600, null],
      ['6001', '财政拨款预算收入', '功能分类:2140106 公路养护', null, 189600],
    ] },
    { date: '2024-03-15', no: '记-0004', summary: '张三赴长沙培训差旅费', lines: [
      ['5101', '单位管理费用', aux('30211 差旅费', ';部门:办公室;往来单位:张三'), 800, null],
      ['1011', '零余额账户用款额度', '', null, 800],
      ['72010101', '事业支出—财政拨款支出—基本支出', aux('30211 差旅费', ';部门:办公室'), 800, null],
      ['800101', '资金结存—零余额账户用款额度', '', null, 800],
    ] },
    // A refund: 贷方 on both sides.
    { date: '2024-03-20', no: '记-0005', summary: '退回多报差旅费', lines: [
      ['1011', '零余额账户用款额度', '', 100, null],
      ['5101', '单位管理费用', aux('30211 差旅费', ';部门:办公室'), null, 100],
      ['800101', '资金结存—零余额账户用款额度', '', 100, null],
      ['72010101', '事业支出—财政拨款支出—基本支出', aux('30211 差旅费', ';部门:办公室'), null, 100],
    ] },
    // 财务会计 only: depreciation.
    { date: '2024-03-31', no: '记-0006', summary: '计提3月固定资产折旧', lines: [
      ['5001', '业务活动费用', '功能分类:2140106 公路养护;部门:养护股', 300, null],
      ['1602', '固定资产累计折旧', '', null, 300],
    ] },
  ] as const;

  it('takes the 预算会计 支出 lines once and counts the 财务会计 lines apart from the counter-lines', async () => {
    const read = await readLedgerFile(await journal(vouchers), 'pxjz.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.functionCode, e.nature, e.amount])).toEqual([
      ['记-0002', '30101', '2140106', 'basic', 150_000],
      ['记-0003', '31013', '2140106', 'basic', 18_960_000],
      ['记-0004', '30211', '2140106', 'basic', 80_000],
      ['记-0005', '30211', '2140106', 'basic', -10_000],
    ]);
    // Spending = the 7201 lines (no accrual, no depreciation, the car counted once).
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(19_180_000);
    // 财务会计: 3 + 2 + 2 + 2 + 2 + 2 lines; counter-lines of the 预算 side: 6001 ×2, 800101 ×2.
    expect(read.skipped).toMatchObject({ 'financial-account': 13, 'other-account': 4 });
    expect(describeSkipped(read.skipped)).toContain('平行记账的财务会计分录');
  });

  it('changes nothing for a single-sided ledger of 费用 lines (no 7xxx): the 5001/5101 lines are the entries', async () => {
    // (Without its depreciation voucher, whose 5001 line has no 经济分类: an error there, as before.)
    const financialOnly = vouchers
      .filter((v) => v.no !== '记-0006')
      .map((v) => ({ ...v, lines: v.lines.filter(([account]) => !/^(7|6|8)/.test(account)) }));
    const read = await readLedgerFile(await journal(financialOnly), 'fin.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.amount])).toEqual([
      ['记-0001', '30101', 100_000],
      ['记-0001', '30101', 50_000],
      ['记-0004', '30211', 80_000],
      ['记-0005', '30211', -10_000],
    ]);
    // No 平行记账: every other line is a counter-line, as before.
    expect(read.skipped['financial-account']).toBeUndefined();
  });
});

describe('平行记账: the 支出 line takes 往来单位 and 项目 from its voucher\'s 财务会计 lines', () => {
  const budget = (econ: string, extra = '') => aux(econ, `;部门:办公室${extra}`);
  const vouchers = [
    // The payee on the 1011 贷方 line only (a 公务卡 repayment to the restaurant).
    { date: '2024-05-16', no: '记-0009', summary: '公务卡还款 湘味轩酒楼 5月14日消费', lines: [
      ['5101', '单位管理费用', budget('30299 其他商品和服务支出'), 1486, null],
      ['1011', '零余额账户用款额度', '往来单位:湘味轩酒楼', null, 1486],
      ['72010101', '事业支出—财政拨款支出—基本支出', budget('30299 其他商品和服务支出'), 1486, null],
      ['800101', '资金结存—零余额账户用款额度', '', null, 1486],
    ] },
    // The payee in the 辅助核算 of the 5101 line; a refund (贷方 on both sides) pairs too.
    { date: '2024-05-20', no: '记-0010', summary: '张三赴长沙培训差旅费', lines: [
      ['5101', '单位管理费用', budget('30211 差旅费', ';往来单位:张三'), 800, null],
      ['1011', '零余额账户用款额度', '', null, 800],
      ['72010101', '事业支出—财政拨款支出—基本支出', budget('30211 差旅费'), 800, null],
      ['800101', '资金结存—零余额账户用款额度', '', null, 800],
    ] },
    { date: '2024-05-21', no: '记-0011', summary: '退回多付的办公用品款', lines: [
      ['1011', '零余额账户用款额度', '', 320, null],
      ['5101', '单位管理费用', budget('30201 办公费', ';往来单位:澧阳县文华办公用品经营部'), null, 320],
      ['800101', '资金结存—零余额账户用款额度', '', 320, null],
      ['72010101', '事业支出—财政拨款支出—基本支出', budget('30201 办公费'), null, 320],
    ] },
    // Two payees, told apart by their amounts.
    { date: '2024-05-22', no: '记-0012', summary: '支付5月水电费', lines: [
      ['5101', '单位管理费用', budget('30206 电费', ';往来单位:县供电公司'), 500, null],
      ['5101', '单位管理费用', budget('30205 水费', ';往来单位:县自来水公司'), 300, null],
      ['1011', '零余额账户用款额度', '', null, 800],
      ['72010101', '事业支出—财政拨款支出—基本支出', budget('30206 电费'), 500, null],
      ['72010101', '事业支出—财政拨款支出—基本支出', budget('30205 水费'), 300, null],
      ['800101', '资金结存—零余额账户用款额度', '', null, 800],
    ] },
    // Two payees of equal amounts: which line paid whom is not known — both stay blank.
    { date: '2024-05-23', no: '记-0013', summary: '支付两家印刷厂印刷费', lines: [
      ['5101', '单位管理费用', budget('30202 印刷费', ';往来单位:县新华印刷厂'), 400, null],
      ['5101', '单位管理费用', budget('30202 印刷费', ';往来单位:县彩虹印务'), 400, null],
      ['1011', '零余额账户用款额度', '', null, 800],
      ['72010101', '事业支出—财政拨款支出—基本支出', budget('30202 印刷费'), 400, null],
      ['72010101', '事业支出—财政拨款支出—基本支出', budget('30202 印刷费'), 400, null],
      ['800101', '资金结存—零余额账户用款额度', '', null, 800],
    ] },
    // One payee for the whole voucher (its 1011 line), two 支出 lines of other amounts; and the project of the 5001
    // line, on a 7201 account that names no nature: the entry becomes project spending.
    { date: '2024-05-24', no: '记-0014', summary: '沥青冷补料及运费', lines: [
      ['5001', '业务活动费用', aux('30218 专用材料费', ';项目:LY2024-01 农村公路养护工程'), 600, null],
      ['5001', '业务活动费用', aux('30218 专用材料费', ';项目:LY2024-01 农村公路养护工程'), 400, null],
      ['1011', '零余额账户用款额度', '往来单位:湖南中路沥青科技有限公司', null, 1000],
      ['7201', '事业支出', aux('30218 专用材料费'), 600, null],
      ['7201', '事业支出', aux('30218 专用材料费'), 400, null],
      ['800101', '资金结存—零余额账户用款额度', '', null, 1000],
    ] },
    // Two payees, one 支出 line of the whole amount: no pairing — blank.
    { date: '2024-05-25', no: '记-0015', summary: '支付办公用品款', lines: [
      ['5101', '单位管理费用', budget('30201 办公费', ';往来单位:甲文具店'), 200, null],
      ['5101', '单位管理费用', budget('30201 办公费', ';往来单位:乙文具店'), 100, null],
      ['1011', '零余额账户用款额度', '', null, 300],
      ['72010101', '事业支出—财政拨款支出—基本支出', budget('30201 办公费'), 300, null],
      ['800101', '资金结存—零余额账户用款额度', '', null, 300],
    ] },
  ] as const;

  it('carries one payee by amount or for the whole voucher, never a guess between two', async () => {
    const read = await readLedgerFile(await journal(vouchers), 'pxjz.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.amount, e.payee ?? null])).toEqual([
      ['记-0009', 148_600, '湘味轩酒楼'],
      ['记-0010', 80_000, '张三'],
      ['记-0011', -32_000, '澧阳县文华办公用品经营部'],
      ['记-0012', 50_000, '县供电公司'],
      ['记-0012', 30_000, '县自来水公司'],
      ['记-0013', 40_000, null],
      ['记-0013', 40_000, null],
      ['记-0014', 60_000, '湖南中路沥青科技有限公司'],
      ['记-0014', 40_000, '湖南中路沥青科技有限公司'],
      ['记-0015', 30_000, null],
    ]);
    const project = read.entries.filter((e) => e.voucher === '记-0014');
    expect(project.map((e) => [e.projectCode, e.projectName, e.nature, e.natureSource])).toEqual([
      ['LY2024-01', '农村公路养护工程', 'project', 'inferred'],
      ['LY2024-01', '农村公路养护工程', 'project', 'inferred'],
    ]);
    expect(read.entries.filter((e) => e.voucher !== '记-0014').every((e) => e.projectName === undefined && e.nature === 'basic')).toBe(true);
    expect(read.fromParallelBooks).toEqual({ payee: 7, project: 2 });
    expect(describeFromParallelBooks(read.fromParallelBooks)).toMatch(/^从平行记账的财务会计分录补全往来单位 7 笔、项目 2 笔/);
    expect(describeFromParallelBooks({ payee: 0, project: 0 })).toBe('');
  });

  it('lets no entry of an open voucher leave before the voucher is read whole (chunks of one entry)', async () => {
    const file = await openLedgerFile(await journal(vouchers), 'pxjz.xlsx', 2024);
    const state: ParseState = { errors: [], errorsTruncated: false, skippedRows: 0, entryCount: 0 };
    const seen: [string, string | null][] = [];
    for (const chunk of parseLedgerChunks(file.rows, file.columns, { fiscalYear: 2024 }, state, 1)) {
      // A chunk holds only closed vouchers: their entries are complete when they leave.
      for (const e of chunk) seen.push([e.voucher, e.payee ?? null]);
    }
    expect(seen.filter(([, p]) => p !== null)).toHaveLength(7);
    expect(seen.map(([v]) => v)).toEqual(['记-0009', '记-0010', '记-0011', '记-0012', '记-0012', '记-0013', '记-0013', '记-0014', '记-0014', '记-0015']);
  });

  it('carries nothing when a voucher number comes back after another voucher (lines not listed together)', async () => {
    const split = [
      { ...vouchers[1], lines: vouchers[1].lines.slice(0, 2) },
      vouchers[0],
      { ...vouchers[1], lines: vouchers[1].lines.slice(2) },
    ];
    const read = await readLedgerFile(await journal(split), 'pxjz.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.payee ?? null)).toEqual([null, null]);
    expect(read.fromParallelBooks).toEqual({ payee: 0, project: 0 });
  });
});
