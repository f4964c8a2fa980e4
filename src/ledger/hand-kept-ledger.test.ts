import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { describeCarried } from './ledger-service.ts';
import { describeSheets, readLedgerFile } from './read-ledger-file.ts';

const HEADER = ['月', '日', '凭证号', '摘要', '明细科目', '功能科目', '经济科目', '项目', '往来单位', '借方', '贷方', '借或贷', '余额'];
const RED_INK = '#,##0.00;[Red]\\-#,##0.00';

type Line = [month: number | null, day: number, voucher: string, summary: string, nature: string, fn: string, eco: string, project: string, payee: string, debit: number | null, credit: number | null];

/**
 * A 明细账 kept by hand in a spreadsheet the way a cashier keeps a paper one: 月 written on the first row of each month
 * only, 日 a number, 凭证号 记12, 明细科目 基本支出/项目支出 without a code, 余额 and the period lines as formulas with
 * their cached values, red ink as a negative 借方 shown red by its number format, a footer merged across the row, and a
 * second sheet that sums the ledger by economic class with SUMIF.
 */
async function handKeptWorkbook(months: readonly (readonly Line[])[], options: { closing?: boolean; summarySheet?: string } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('明细账');
  ws.addRow(['2024年度事业支出明细账']);
  ws.mergeCells(1, 1, 1, 13);
  ws.addRow(['单位：某县应急救援保障中心    科目：7201 事业支出    金额单位：元']);
  ws.mergeCells(2, 1, 2, 13);
  ws.addRow(HEADER);
  ws.addRow([1, 1, null, '上年结转', null, null, null, null, null, null, null, '平', 0]);
  let balance = 0;
  let year = 0;
  let yearCredit = 0;
  let lastCum: number | undefined;
  for (const lines of months) {
    const first = ws.rowCount + 1;
    let monthDebit = 0;
    let monthCredit = 0;
    for (const [m, d, v, s, nature, fn, eco, project, payee, debit, credit] of lines) {
      const r = ws.rowCount + 1;
      balance += (debit ?? 0) - (credit ?? 0);
      monthDebit += debit ?? 0;
      monthCredit += credit ?? 0;
      const row = ws.addRow([m, d, v, s, nature, fn, eco, project, payee, debit, credit, '借', { formula: `M${r - 1}+J${r}-K${r}`, result: balance }]);
      row.getCell(10).numFmt = RED_INK;
    }
    const last = ws.rowCount;
    year += monthDebit;
    yearCredit += monthCredit;
    const sum = ws.rowCount + 1;
    ws.addRow([null, null, null, '本月合计', null, null, null, null, null, { formula: `SUM(J${first}:J${last})`, result: monthDebit }, { formula: `SUM(K${first}:K${last})`, result: monthCredit }, '借', { formula: `M${last}`, result: balance }]);
    const cum = ws.rowCount + 1;
    const prior = lastCum === undefined ? `J${sum}` : `J${lastCum}+J${sum}`;
    ws.addRow([null, null, null, '本年累计', null, null, null, null, null, { formula: prior, result: year }, { formula: prior.replaceAll('J', 'K'), result: yearCredit }, '借', { formula: `M${sum}`, result: balance }]);
    lastCum = cum;
  }
  if (options.closing) ws.addRow([null, 31, '记16', '年末结转本年事业支出', null, null, null, null, null, null, { formula: `M${ws.rowCount}`, result: balance }, '平', 0]);
  ws.addRow(['记账：张某        审核：李某        单位负责人：王某        （表格自制账页，打印日期：2025年1月6日）']);
  ws.mergeCells(ws.rowCount, 1, ws.rowCount, 13);
  if (options.summarySheet !== undefined) {
    const sum = wb.addWorksheet(options.summarySheet);
    sum.addRow(['经济分类汇总（本年）']);
    sum.addRow(['经济科目', '借方合计', '贷方合计', '净额']);
    sum.addRow(['30206 电费', { formula: 'SUMIF(明细账!$G:$G,A3,明细账!$J:$J)', result: 3862.4 }, { formula: 'SUMIF(明细账!$G:$G,A3,明细账!$K:$K)', result: 0 }, { formula: 'B3-C3', result: 3862.4 }]);
    sum.addRow(['合计', { formula: 'SUM(B3:B3)', result: year }, { formula: 'SUM(C3:C3)', result: yearCredit }, { formula: 'B4-C4', result: year - yearCredit }]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const BASIC = ['基本支出', '2240150 事业运行'] as const;
const JANUARY: Line[] = [
  [1, 8, '记1', '1月办公楼电费', ...BASIC, '30206 电费', '', '县供电公司', 3862.4, null],
  [null, 15, '记4', '发放1月基本工资', ...BASIC, '30101 基本工资', '', '', 168420, null],
  [null, 15, '记4', '发放1月津贴补贴', ...BASIC, '30102 津贴补贴', '', '', 52380, null],
  [null, 29, '记10', '森林消防车加油', '项目支出', '2240108 应急救援', '30225 专用燃料费', '森林防灭火专业队伍运行保障', '加油站', 3860, null],
];
const FEBRUARY: Line[] = [
  [2, 2, '记1', '值班大厅空调维修', ...BASIC, '30213 维修（护）费', '', '空调维修部', 1450, null],
  [null, 20, '记12', '冲销2月2日重复登记的空调维修费', ...BASIC, '30213 维修（护）费', '', '空调维修部', -1450, null],
  [null, 28, '记13', '退回多付电费', ...BASIC, '30206 电费', '', '县供电公司', null, 120],
];

describe('a 明细账 kept by hand in a spreadsheet (月 only on the first row of each month)', () => {
  it('carries each month down to the rows of that month that leave 月 blank, and says how many', async () => {
    // Given a hand-kept ledger: 月 written on the first row of January and of February only
    const bytes = await handKeptWorkbook([JANUARY, FEBRUARY], { closing: true, summarySheet: '经济分类汇总' });
    // When it is read
    const read = await readLedgerFile(bytes, 'yjzx.xlsx', { fiscalYear: 2024 });
    // Then every entry has its month, the voucher as written (记12) and the nature its 明细科目 names
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.voucher, e.nature])).toEqual([
      ['2024-01-08', '记1', 'basic'],
      ['2024-01-15', '记4', 'basic'],
      ['2024-01-15', '记4', 'basic'],
      ['2024-01-29', '记10', 'project'],
      ['2024-02-02', '记1', 'basic'],
      ['2024-02-20', '记12', 'basic'],
      ['2024-02-28', '记13', 'basic'],
    ]);
    expect(read.entries[3]!.projectName).toBe('森林防灭火专业队伍运行保障');
    // The five rows that left 月 blank took it (not the two that wrote it), and the note says so
    expect(read.monthCarriedRows).toBe(5);
    expect(read.carriedRows).toBe(0);
    expect(describeCarried(read.carriedRows, read.monthCarriedRows)).toMatch(/^5 行分录的“月”空着[^/]*已取自本月上方写明的月份 \/ 5 entry rows left 月 blank/u);
    // With rows carried from the line above too: one note, its Chinese half first (the web page shows that half only)
    const both = describeCarried(2, 5);
    expect(both.split(' / ')[0]).toMatch(/^2 行分录的日期.*；5 行分录的“月”空着/u);
    expect(both).not.toContain('\n');
    // 上年结转, each month's 本月合计 and 本年累计, and the closing line (日 and 凭证号 but no 月, after 本年累计) are period lines
    expect(read.skipped).toMatchObject({ period: 6, title: 2, footer: 1 });
  });

  it('reads formula cells by their cached values, exact to the 分; red ink is the negative value, whatever its format shows', async () => {
    const read = await readLedgerFile(await handKeptWorkbook([JANUARY, FEBRUARY]), 'yjzx.xlsx', { fiscalYear: 2024 });
    expect(read.entries.map((e) => e.amount)).toEqual([386_240, 16_842_000, 5_238_000, 386_000, 145_000, -145_000, -12_000]);
    // The net of the entries is the last 本年累计 the formulas cached (借方 − 贷方).
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(386_240 + 16_842_000 + 5_238_000 + 386_000 - 12_000);
  });

  it('leaves the SUMIF summary sheet out as a summary, not as a sheet without a header', async () => {
    const read = await readLedgerFile(await handKeptWorkbook([JANUARY], { summarySheet: '经济分类汇总' }), 'yjzx.xlsx', { fiscalYear: 2024 });
    expect(read.entries).toHaveLength(4);
    expect(read.sheets?.skipped).toEqual([{ sheet: '经济分类汇总', reason: 'summary' }]);
    expect(describeSheets(read.sheets)).toContain('未读取：「经济分类汇总」（汇总表，不是分录）');
    // Named by its title when its name says nothing: the title row above its first amount
    const byTitle = await readLedgerFile(await handKeptWorkbook([JANUARY], { summarySheet: 'Sheet2' }), 'yjzx.xlsx', { fiscalYear: 2024 });
    expect(byTitle.sheets?.skipped).toEqual([{ sheet: 'Sheet2', reason: 'summary' }]);
  });

  it('does not carry a month past the month’s 本月合计: a later row that writes no 月 of its own is an error', async () => {
    // Given February's first row written without its 月 (after January's 本月合计 and 本年累计)
    const noMonth: Line[] = FEBRUARY.map((l, i) => (i === 0 ? [null, ...l.slice(1)] : l) as Line);
    const read = await readLedgerFile(await handKeptWorkbook([JANUARY, noMonth]), 'yjzx.xlsx', { fiscalYear: 2024 });
    // Then January's rows read, and each of February's rows is an error naming the date: none is dated January
    expect(read.entries.every((e) => e.date.startsWith('2024-01'))).toBe(true);
    expect(read.errors.map((e) => [e.row, e.field])).toEqual([
      [11, 'date'],
      [12, 'date'],
      [13, 'date'],
    ]);
  });

  it('stops carrying the month at a row whose 日 goes back (a new month with no 月 written?), and names the row', async () => {
    // Given January's rows, then two rows that leave 月 blank with days before the 29th written above them (February's
    // rows whose 月 was forgotten, or January's written out of order: the file does not say which)
    const lines: Line[] = [
      ...JANUARY,
      [null, 3, '记1', '值班大厅空调维修', ...BASIC, '30213 维修（护）费', '', '空调维修部', 1450, null],
      [null, 10, '记2', '购买打印纸', ...BASIC, '30201 办公费', '', '文具店', 320, null],
      [null, 30, '记11', '1月网络费', ...BASIC, '30207 邮电费', '', '电信公司', 600, null],
    ];
    const read = await readLedgerFile(await handKeptWorkbook([lines]), 'yjzx.xlsx', { fiscalYear: 2024 });
    // Then neither is dated January: each is an error on its date that names the row, the day and the day above it
    expect(read.errors.map((e) => [e.row, e.field])).toEqual([
      [9, 'date'],
      [10, 'date'],
    ]);
    expect(read.errors[0]!.message).toMatch(/^第9行“月”空着，“日”为3日，早于上方本月已记到的29日[^/]*请在该行写明月份 \/ row 9 leaves 月 blank/u);
    expect(read.errors[0]!.message).toContain('day 3 comes before day 29');
    // The rows above them, and the later row whose day goes on from the 29th (row 11), carry the month as before
    expect(read.monthCarriedRows).toBe(4);
    // With the two months written, the same rows read without an error
    const fixed = lines.map((l, i) => (i === 4 ? [2, ...l.slice(1)] : l) as Line).slice(0, 6);
    const again = await readLedgerFile(await handKeptWorkbook([fixed]), 'yjzx.xlsx', { fiscalYear: 2024 });
    expect(again.errors).toEqual([]);
    expect(again.entries.map((e) => e.date).slice(3)).toEqual(['2024-01-29', '2024-02-03', '2024-02-10']);
  });

  it('takes the nature from the 明细科目 名称 alone (基本支出/项目支出, no code), not from whether a project is written', async () => {
    // Given a 项目支出 line with no project and a 基本支出 line with one (what ledger.nature-inconsistent looks for)
    const lines: Line[] = [
      [3, 12, '记20', '应急值守人员加班餐', '项目支出', '2240150 事业运行', '30299 其他商品和服务支出', '', '快餐店', 860, null],
      [null, 14, '记21', '储备库货架油漆', '基本支出', '2240108 应急救援', '30213 维修（护）费', '应急物资储备库运行维护', '五金店', 1240.5, null],
    ];
    const read = await readLedgerFile(await handKeptWorkbook([lines]), 'yjzx.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.voucher, e.nature, e.natureSource, e.projectName ?? ''])).toEqual([
      ['2024-03-12', '记20', 'project', 'account', ''],
      ['2024-03-14', '记21', 'basic', 'account', '应急物资储备库运行维护'],
    ]);
  });

  it('does not invent a month where none was written above', async () => {
    const first: Line[] = JANUARY.map((l) => [null, ...l.slice(1)] as Line);
    const read = await readLedgerFile(await handKeptWorkbook([first]), 'yjzx.xlsx', { fiscalYear: 2024 });
    expect(read.entries).toEqual([]);
    expect(read.errors.filter((e) => e.field === 'date')).toHaveLength(4);
    expect(read.monthCarriedRows).toBe(0);
  });
});
