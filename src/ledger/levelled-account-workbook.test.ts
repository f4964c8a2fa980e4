import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { accountEconomicClass } from './account-class.ts';
import { describeSheets, readLedgerFile } from './read-ledger-file.ts';
import { threePublicSums } from './testing/three-public-sums.ts';

/**
 * A workbook the way a 浪潮/金蝶-style government package saves a 明细账 "含下级科目" together with its balance table:
 * the balance table first (发生额及余额表, a header on two rows), the entries second under a sheet name that says
 * nothing (Sheet2). The economic class is only the last level of the account code, printed by level with dashes
 * (7201-01-02-30216) beside the account's name path (事业支出/财政拨款支出/项目支出/培训费); every other classification is
 * in one 核算项目 cell of 名称：值 items joined by ｜ (function class last, keys in another order than 部门…往来单位); the
 * closing voucher is posted inside December, before its 本月合计, so the last 本年累计 ends 平.
 */
type Line = [date: string, voucher: string, summary: string, account: string, name: string, aux: string, debit: number | null, credit: number | null];

const BASIC = '7201-01-01';
const PROJECT = '7201-01-02';
const name = (code: string, leaf: string) =>
  `事业支出/财政拨款支出/${code.startsWith(PROJECT) ? '项目支出' : '基本支出'}/${leaf}`;

const LINES: Line[][] = [
  [
    ['2024-11-04', '付-0003', '馆内报告厅电费', `${BASIC}-30206`, name(BASIC, '电费'), '科室：综合办｜供应商：县供电公司｜功能分类：2070109 群众文化', 2380.5, null],
    ['2024-11-12', '付-0007', '非遗传承人培训班讲课费', `${PROJECT}-30216`, name(PROJECT, '培训费'), '科室：非遗部｜项目：WH2402 非遗传承人群研修培训｜功能分类：2070199 其他文化和旅游支出', 6400, null],
    ['2024-11-20', '付-0011', '接待省非遗中心调研组工作餐', `${BASIC}-30217`, name(BASIC, '公务接待费'), '科室：综合办｜供应商：县迎宾馆｜功能分类：2070109 群众文化', 860, null],
  ],
  [
    ['2024-12-03', '付-0002', '流动文化车加油', `${BASIC}-30231`, name(BASIC, '公务用车运行维护费'), '功能分类：2070109 群众文化｜科室：综合办｜供应商：中石化城关加油站', 520, null],
    ['2024-12-10', '收-0001', '退回11月多付工作餐费', `${BASIC}-30217`, name(BASIC, '公务接待费'), '科室：综合办｜供应商：县迎宾馆｜功能分类：2070109 群众文化', null, 60],
    ['2024-12-18', '付-0009', '非遗展演舞台搭建', `${PROJECT}-30227`, name(PROJECT, '委托业务费'), '项目：WH2405 非遗展演季｜供应商：县锦程文化传媒公司｜功能分类：2070199 其他文化和旅游支出｜科室：非遗部', 15800, null],
  ],
];

async function workbook(options: { closingSummaryOnFirstLineOnly?: boolean; ownNumbers?: boolean; closingSummary?: string; balanceTitle?: string } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // A unit that numbers its 明细科目 its own way (7201-01-02-03 培训费): the class is only in the name path.
  const own = new Map<string, string>();
  const renumber = (code: string) => {
    if (!options.ownNumbers) return code;
    const key = code.replace(/-3\d{4}$/u, '');
    if (!own.has(code)) own.set(code, `${key}-${String([...own.keys()].filter((c) => c.startsWith(key)).length + 1).padStart(2, '0')}`);
    return own.get(code)!;
  };
  const entries = LINES.flat().map(([d, v, s, account, ...rest]) => [d, v, s, renumber(account), ...rest] as Line);
  const byAccount = new Map<string, { name: string; debit: number; credit: number }>();
  for (const [, , , account, accountName, , debit, credit] of entries) {
    const a = byAccount.get(account) ?? { name: accountName, debit: 0, credit: 0 };
    a.debit += debit ?? 0;
    a.credit += credit ?? 0;
    byAccount.set(account, a);
  }
  // The balance table: no date, no 摘要, a header on two rows.
  const balance = wb.addWorksheet('Sheet1');
  balance.addRow([options.balanceTitle ?? '发生额及余额表']);
  balance.addRow(['核算单位：[0412]某县文化馆', null, '会计期间：2024年1期至2024年12期', null, null, null, null, '单位：元']);
  balance.addRow(['科目编码', '科目名称', '年初余额', null, '本年发生', null, '年末余额', null]);
  balance.addRow([null, null, '借', '贷', '借', '贷', '借', '贷']);
  for (const [code, a] of byAccount) balance.addRow([code, a.name, 0, 0, a.debit, a.credit + (a.debit - a.credit), 0, 0]);
  // The entries.
  const ws = wb.addWorksheet('Sheet2');
  ws.addRow(['明细账（含下级科目）']);
  ws.addRow(['核算单位：[0412]某县文化馆    科目：7201 事业支出    期间：2024.11—2024.12    单位：元']);
  ws.addRow(['记账日期', '凭证字号', '摘要', '科目编码', '科目全称', '核算项目', '借方金额', '贷方金额', '方向', '余额']);
  ws.addRow([null, null, '期初余额', null, null, null, null, null, '借', 41_250]);
  let balanceSoFar = 41_250;
  let yearDebit = 41_250;
  let yearCredit = 0;
  LINES.forEach((month, m) => {
    let debitSum = 0;
    let creditSum = 0;
    for (const [date, voucher, summary, code, accountName, aux, debit, credit] of month) {
      const account = renumber(code);
      balanceSoFar += (debit ?? 0) - (credit ?? 0);
      debitSum += debit ?? 0;
      creditSum += credit ?? 0;
      ws.addRow([date, voucher, summary, account, accountName, aux, debit, credit, '借', balanceSoFar]);
    }
    if (m === LINES.length - 1) {
      // The closing voucher, one line per 明细科目, inside December (before its 本月合计), closing the whole year.
      const year = new Map<string, number>([[renumber(`${BASIC}-30206`), 41_250]]);
      for (const [, , , account, , , debit, credit] of entries) year.set(account, (year.get(account) ?? 0) + (debit ?? 0) - (credit ?? 0));
      let first = true;
      for (const [account, net] of year) {
        balanceSoFar -= net;
        creditSum += net;
        const summary = !options.closingSummaryOnFirstLineOnly || first ? (options.closingSummary ?? '结转本年事业支出') : '';
        ws.addRow([first || !options.closingSummaryOnFirstLineOnly ? '2024-12-31' : null, first || !options.closingSummaryOnFirstLineOnly ? '转-0015' : null, summary, account, byAccount.get(account)?.name ?? name(BASIC, '电费'), '', null, net, balanceSoFar === 0 ? '平' : '借', balanceSoFar]);
        first = false;
      }
    }
    yearDebit += debitSum;
    yearCredit += creditSum;
    ws.addRow([null, null, '本月合计', null, null, null, debitSum, creditSum, balanceSoFar === 0 ? '平' : '借', balanceSoFar]);
    ws.addRow([null, null, '本年累计', null, null, null, yearDebit, yearCredit, balanceSoFar === 0 ? '平' : '借', balanceSoFar]);
  });
  ws.addRow(['制单：周某', null, '审核：吴某', null, '打印日期：2025-01-08']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a 明细账 workbook with its balance table, levelled account codes and one 核算项目 cell', () => {
  it('reads the sheet of entries and says the balance table was left out as a summary', async () => {
    const read = await readLedgerFile(await workbook(), 'wenhuaguan.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.sheets).toEqual({ read: ['Sheet2'], skipped: [{ sheet: 'Sheet1', reason: 'summary' }] });
    expect(describeSheets(read.sheets)).toContain('工作表读取：「Sheet2」；未读取：「Sheet1」（汇总表，不是分录）');
    // Titled as another package titles its balance table: a summary too.
    for (const balanceTitle of ['试算平衡表', '总分类账（2024年度）']) {
      const other = await readLedgerFile(await workbook({ balanceTitle }), 'wenhuaguan.xlsx', { fiscalYear: 2024 });
      expect(other.sheets?.skipped).toEqual([{ sheet: 'Sheet1', reason: 'summary' }]);
    }
  });

  it('takes the economic class from the last level of the dashed code, and the rest from the 核算项目 items in any order', async () => {
    const read = await readLedgerFile(await workbook(), 'wenhuaguan.xlsx', { fiscalYear: 2024 });
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.functionCode, e.nature, e.department ?? '', e.payee ?? '', e.amount])).toEqual([
      ['付-0003', '30206', '2070109', 'basic', '综合办', '县供电公司', 238_050],
      ['付-0007', '30216', '2070199', 'project', '非遗部', '', 640_000],
      ['付-0011', '30217', '2070109', 'basic', '综合办', '县迎宾馆', 86_000],
      ['付-0002', '30231', '2070109', 'basic', '综合办', '中石化城关加油站', 52_000],
      ['收-0001', '30217', '2070109', 'basic', '综合办', '县迎宾馆', -6_000],
      ['付-0009', '30227', '2070199', 'project', '非遗部', '县锦程文化传媒公司', 1_580_000],
    ]);
    expect(read.entries[1]!.projectCode).toBe('WH2402');
  });

  it('leaves the closing lines posted inside December out: the net is the entries’, and 三公 is not netted to nothing', async () => {
    const variants = [{}, { closingSummaryOnFirstLineOnly: true }, { closingSummary: '结转损益' }, { closingSummary: '本年事业支出转入财政拨款结转' }];
    for (const variant of variants) {
      const read = await readLedgerFile(await workbook(variant), 'wenhuaguan.xlsx', { fiscalYear: 2024 });
      expect(read.errors).toEqual([]);
      expect(read.entries).toHaveLength(6);
      expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(238_050 + 640_000 + 86_000 + 52_000 - 6_000 + 1_580_000);
      const sums = threePublicSums(read.entries);
      expect([sums.reception, sums.vehicleOperation]).toEqual([80_000, 52_000]);
    }
  });

  it('takes the class from the account’s name path beside it when the code’s last level is the unit’s own number', async () => {
    const read = await readLedgerFile(await workbook({ ownNumbers: true }), 'wenhuaguan.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.economicCode)).toEqual(['30206', '30216', '30217', '30231', '30217', '30227']);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(2_590_050);
  });

  it('reads a code printed by level with dots or dashes to its last level; a last level that is no class gives none from the code', () => {
    const classOf = accountEconomicClass(2024);
    expect(classOf('5001.02.30211')).toBe('30211');
    expect(classOf('7301－02－31002')).toBe('31002');
    expect(classOf('[7101.01]财政拨款支出/[7101.01.01.30239]公务交通补贴')).toBe('30239');
    // A unit's own numbering (001) under the path: the name's last level decides (差旅费 → 30211), not the joined digits.
    expect(classOf('7101.01.30.211')).toBe('');
    // The class printed as its 类 and 款 levels (302 / 17).
    expect(classOf('7201.01.01.302.17')).toBe('30217');
    expect(classOf('7201-02-310-13 公务用车购置')).toBe('31013');
    expect(classOf('7101.01.01.001 行政支出_财政拨款支出_基本支出_差旅费')).toBe('30211');
  });
});

describe('a levelled account code that names no class', () => {
  it('is an error naming the row, the column and the account as written', async () => {
    const csv = [
      '日期,凭证号,摘要,科目代码,科目名称,辅助核算,借方,贷方',
      '2024-05-06,记-3,购复印纸,7101.01.01.30201,行政支出_财政拨款支出_基本支出_办公费,功能科目:2010301 行政运行;部门:办公室;往来单位:县文具店,860.00,',
      '2024-05-09,记-5,杂项开支,7101.01.01.009,行政支出_财政拨款支出_基本支出_杂项,功能科目:2010301 行政运行;部门:办公室;往来单位:县百货,120.00,',
      '2024-05-12,记-7,购墨盒,7101.01.01.30201,行政支出_财政拨款支出_基本支出_办公费,功能科目:2010301 行政运行;部门:办公室;往来单位:县文具店,340.00,',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'zaxiang.csv', { fiscalYear: 2024 });
    // Only the row whose account names no class fails (the others read 30201).
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ row: 3, column: '经济科目', value: '7101.01.01.009' });
    expect(read.errors[0]!.message).toMatch(/^没有经济分类列，会计科目也不是按经济分类设的明细科目/u);
  });
});
