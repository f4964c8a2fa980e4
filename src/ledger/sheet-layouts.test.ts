import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ParseState } from './parse-entries.ts';
import { describeSheets, openLedgerFile, type OpenedLedgerFile, parseOpenedChunks, readLedgerFile, type RowSource } from './read-ledger-file.ts';

type Cell = string | number | Date | null;

/** A workbook of sheets given as their rows (title rows, header, entries, period lines). */
async function workbook(sheets: readonly { readonly name: string; readonly rows: readonly (readonly Cell[])[] }[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow([...r]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The old system's sheet, January–September: text dates, 凭证号 per 凭证类别, 功能科目/经济科目 as `code name`. */
const OLD = {
  name: '1-9月（旧账）',
  rows: [
    ['明细账'],
    ['科目：7201 事业支出', '', '', '期间：2024.01-2024.09'],
    ['日期', '凭证号', '摘要', '科目编码', '功能科目', '经济科目', '项目', '借方', '贷方', '方向', '余额'],
    ['2024.03.05', '付-3', '购办公用品', '72010101', '2050201 学前教育', '30201 办公费', null, 1200, null, '借', 1200],
    ['2024.09.20', '付-12', '支付园区电费', '72010101', '2050201 学前教育', '30206 电费', null, 800, null, '借', 2000],
    [null, null, '本年累计', null, null, null, null, 2000, 0, '借', 2000],
  ],
};

/** The new system's sheet, October–December: date cells, 记-0001, codes and names in separate columns, no 方向. */
const d = (m: number, day: number) => new Date(Date.UTC(2024, m - 1, day));
const NEW = {
  name: '10-12月（新系统）',
  rows: [
    ['单位会计核算明细账'],
    ['说明：1—9月发生额已按科目汇总迁移，本年累计含1—9月'],
    ['记账日期', '凭证字号', '摘要', '会计科目编码', '会计科目名称', '支出功能分类编码', '支出功能分类名称', '部门经济分类编码', '部门经济分类名称', '借方金额', '贷方金额', '余额'],
    [null, null, '期初余额（旧系统迁移）', '7201', '事业支出', null, null, null, null, null, null, 2000],
    [d(10, 8), '记-0001', '购打印纸', '72010101', '事业支出/财政拨款支出/基本支出', '2050201', '学前教育', '30201', '办公费', 300, null, 2300],
    [d(11, 2), '记-0002', '退回多付电费', '72010101', '事业支出/财政拨款支出/基本支出', '2050201', '学前教育', '30206', '电费', null, 50, 2250],
    [null, null, '本年累计', null, null, null, null, null, null, 2300, 50, 2250],
  ],
};

describe('a workbook whose sheets are one ledger in different layouts (a system changed in the year)', () => {
  it('reads each sheet in its own header, after the ledger\'s, and names both as read', async () => {
    const read = await readLedgerFile(await workbook([OLD, NEW]), 'twosys.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.voucher, e.economicCode, e.amount])).toEqual([
      ['2024-03-05', '付-3', '30201', 120_000],
      ['2024-09-20', '付-12', '30206', 80_000],
      ['2024-10-08', '记-0001', '30201', 30_000],
      ['2024-11-02', '记-0002', '30206', -5_000],
    ]);
    // Each row number names one row: the second sheet's number on after the first's.
    expect(new Set(read.entries.map((e) => e.row)).size).toBe(4);
    expect(read.sheets?.read).toEqual(['1-9月（旧账）', '10-12月（新系统）']);
    expect(describeSheets(read.sheets)).toContain('读取 2 个');
  });

  it('leaves out a sheet in another header that repeats the entries already read (a second view of the same book)', async () => {
    const view = {
      name: '凭证列表',
      rows: [
        ['记账日期', '凭证字号', '摘要', '会计科目编码', '会计科目名称', '支出功能分类编码', '支出功能分类名称', '部门经济分类编码', '部门经济分类名称', '借方金额', '贷方金额'],
        ['2024-03-05', '记-0101', '购办公用品', '72010101', '基本支出', '2050201', '学前教育', '30201', '办公费', 1200, null],
        ['2024-09-20', '记-0102', '支付园区电费', '72010101', '基本支出', '2050201', '学前教育', '30206', '电费', 800, null],
      ],
    };
    const read = await readLedgerFile(await workbook([OLD, view]), 'view.xlsx', { fiscalYear: 2024 });
    expect(read.entries).toHaveLength(2);
    expect(read.sheets?.skipped).toEqual([{ sheet: '凭证列表', reason: 'other-header' }]);
  });

  it('leaves out a sheet in another header whose name says it is a summary', async () => {
    const read = await readLedgerFile(await workbook([OLD, { ...NEW, name: '经济分类汇总' }]), 'sum.xlsx', { fiscalYear: 2024 });
    expect(read.entries).toHaveLength(2);
    expect(read.sheets?.skipped.map((s) => s.sheet)).toEqual(['经济分类汇总']);
  });

  it('names the sheet and its own row in an error of a sheet read in its own layout', async () => {
    const bad = { ...NEW, rows: NEW.rows.map((r, i) => (i === 5 ? [...r.slice(0, 10), '5O', ...r.slice(11)] : r)) };
    const read = await readLedgerFile(await workbook([OLD, bad]), 'bad.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]!.row).toBe(6);
    expect(read.errors[0]!.message).toMatch(/^工作表「10-12月（新系统）」贷方金额无法识别 \/ .*\(sheet 10-12月（新系统）\)$/u);
  });

  it('hands the parse that looked for repeats on to the import, which reads no row again', async () => {
    // Given the two systems' sheets opened (the new one parsed to see that it repeats nothing)
    const bytes = await workbook([OLD, NEW]);
    const opened = await openLedgerFile(bytes, 'twosys.xlsx', 2024);
    expect(opened.layouts?.map((l) => l.name)).toEqual(['10-12月（新系统）']);
    expect(opened.parsed?.entries).toHaveLength(4);
    // When the import parses the opened file with every row made unreadable
    const unread = (rows: RowSource): RowSource => ({
      ...rows,
      row: () => {
        throw new Error('the import read a row again');
      },
    });
    const blind: OpenedLedgerFile = { ...opened, rows: unread(opened.rows), layouts: opened.layouts!.map((l) => ({ ...l, rows: unread(l.rows) })) };
    // (a caller may have counted rows skipped before: they add up with the parse's)
    const state: ParseState = { errors: [], errorsTruncated: false, skippedRows: 3, entryCount: 0, skipped: { title: 3 } };
    const entries = [...parseOpenedChunks(blind, { fiscalYear: 2024 }, state, 3)].flat();
    // Then it gives what reading the file gives, the sheet's rows numbered on after the ledger's
    const read = await readLedgerFile(bytes, 'twosys.xlsx', { fiscalYear: 2024 });
    expect(entries).toEqual(read.entries);
    expect(state.entryCount).toBe(4);
    expect(state.skippedRows).toBe(read.skippedRows + 3);
    expect(state.skipped?.title).toBe((read.skipped.title ?? 0) + 3);
  });

  it('parses again a file whose sheet in its own layout has a bad row (its errors are the import\'s to collect)', async () => {
    const bad = { ...NEW, rows: NEW.rows.map((r, i) => (i === 5 ? [...r.slice(0, 10), '5O', ...r.slice(11)] : r)) };
    const opened = await openLedgerFile(await workbook([OLD, bad]), 'bad.xlsx', 2024);
    expect(opened.layouts).toHaveLength(1);
    expect(opened.parsed).toBeUndefined();
  });
});

describe('one table holding a ledger in two layouts one after the other (a system changed in the year)', () => {
  const OLD_BLOCK = [
    '明细分类账',
    '日期,凭证号,摘要,功能科目,经济科目,借方,贷方,方向,余额',
    '2024-07-05,记-15,购办公用品,2013601,30201,120,,借,120',
    ',,本年累计,,,120,,借,120',
    ',,,,,,,,',
  ];
  const NEW_BLOCK = [
    '单位会计核算明细账',
    '注：自2024年8月1日起使用一体化系统，本年累计自8月起计算',
    '记账日期,凭证字号,摘要,会计科目,功能分类编码,经济分类编码,借方金额,贷方金额,余额',
    '2024-08-01,,期初余额,7101,,,,,120',
    '2024-08-06,记08-0001,缴纳电话费,71010101,2013601,30207,541,,661',
    ',,本年累计,,,,541,,661',
  ];
  const csv = (lines: readonly string[]) => Buffer.from(lines.join('\n'), 'utf8');

  it('reads each block in its own header, the second block\'s rows numbered as the file\'s', async () => {
    const read = await readLedgerFile(csv([...OLD_BLOCK, ...NEW_BLOCK]), 'oneswitch.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.row, e.date, e.voucher, e.economicCode, e.amount])).toEqual([
      [3, '2024-07-05', '记-15', '30201', 12_000],
      [10, '2024-08-06', '记08-0001', '30207', 54_100],
    ]);
  });

  it('starts nothing at a page\'s repeat of the same header', async () => {
    const again = ['明细分类账（续）', OLD_BLOCK[1]!, '2024-07-20,记-16,购墨盒,2013601,30201,80,,借,200'];
    const read = await readLedgerFile(csv([...OLD_BLOCK.slice(0, 3), ...again]), 'pages.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.amount)).toEqual([12_000, 8_000]);
  });

  it('names the file\'s row, and no sheet, in an error of the second block', async () => {
    const more = '2024-08-20,记08-0002,购墨盒,71010101,2013601,30201,80,,741';
    const bad = [...NEW_BLOCK.slice(0, 4), more, NEW_BLOCK[4]!.replace(',541,', ',5O,'), ...NEW_BLOCK.slice(5)];
    const read = await readLedgerFile(csv([...OLD_BLOCK, ...bad]), 'bad.csv', { fiscalYear: 2024 });
    expect(read.errors.map((e) => [e.row, e.field])).toEqual([[11, 'debit']]);
    expect(read.errors[0]!.message).not.toContain('工作表');
  });

  it('leaves no block out unsaid: a block without one good entry is read in the file\'s header, its rows errors', async () => {
    const bad = NEW_BLOCK.map((l, i) => (i === 4 ? l.replace(',541,', ',5O,') : l));
    const read = await readLedgerFile(csv([...OLD_BLOCK, ...bad]), 'bad.csv', { fiscalYear: 2024 });
    expect(read.errors.length).toBeGreaterThan(0);
    expect(read.errors.some((e) => e.row === 10)).toBe(true);
  });
});

