import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from './read-ledger-file.ts';

/**
 * A 明细账 printed to Excel page by page: at each page break a 过次页 line, a page-number footer (merged across the
 * row), a blank row, then the title, the 单位/科目/期间 line and the header again, and a 承前页 line. Amounts as
 * numbers or as text with ￥ and thousands separators; dates as text 2024年03月05日.
 */
const HEADER = ['日期', '凭证号', '摘要', '功能分类', '经济分类', '支出类型', '借方', '贷方'];
const INFO = ['单位：溪山县档案馆', '', '', '科目：7101 行政支出', '', '期间：2024年1月至2024年12月', '', '金额单位：元'];
const entry = (date: string, voucher: string, summary: string, debit: string | number, credit: string | number = '') => [
  date,
  voucher,
  summary,
  '2012604 档案馆',
  '30201 办公费',
  '基本支出',
  debit,
  credit,
];
const pageBreak = (page: number, pages: number, footer: string, carried: string) => [
  { cells: ['', '', '过次页', '', '', '', carried, '0.00'] },
  { cells: [footer.replace('{n}', String(page)).replace('{m}', String(pages))], merged: true },
  { cells: [] },
  { cells: ['明细账'], merged: true },
  { cells: INFO },
  { cells: HEADER },
  { cells: ['', '', '承前页', '', '', '', carried, '0.00'] },
];
const ROWS: { cells: (string | number)[]; merged?: boolean }[] = [
  { cells: ['明细账'], merged: true },
  { cells: INFO },
  { cells: HEADER },
  { cells: entry('2024年01月05日', '付-1', '购买打印纸', '￥1,200.00') },
  // A 摘要 that mentions pages is an entry.
  { cells: entry('2024年01月08日', '付-2', '复印馆藏档案第3页至第8页', 36) },
  ...pageBreak(1, 3, '第 {n} 页 共 {m} 页', '1,236.00'),
  { cells: entry('2024年02月03日', '付-1', '档案盒', '2,000.50') },
  ...pageBreak(2, 3, 'Page {n} of {m}', '￥3,236.50'),
  { cells: entry('2024年03月09日', '收-1', '退回多付档案盒款', '', '￥500.00') },
  { cells: ['2024年12月31日', '', '本年累计', '', '', '', '￥3,236.50', '500.00'] },
  { cells: ['- 3 -'], merged: true },
];

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('明细账');
  ROWS.forEach((r, i) => {
    sheet.addRow(r.cells);
    if (r.merged) sheet.mergeCells(i + 1, 1, i + 1, HEADER.length);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const csvOf = (rows: typeof ROWS) =>
  rows.map((r) => r.cells.map((c) => (/[,"]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\n');

describe('a 明细账 printed to Excel page by page', () => {
  it('skips each page footer as a page number and each repeated title and 单位/科目/期间 line as a repeated title, counted apart', async () => {
    const read = await readLedgerFile(await workbook(), 'paged.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.voucher, e.summary, e.amount])).toEqual([
      ['2024-01-05', '付-1', '购买打印纸', 120_000],
      ['2024-01-08', '付-2', '复印馆藏档案第3页至第8页', 3_600],
      ['2024-02-03', '付-1', '档案盒', 200_050],
      ['2024-03-09', '收-1', '退回多付档案盒款', -50_000],
    ]);
    expect(read.skipped).toMatchObject({ title: 2, 'title-repeat': 4, 'page-number': 3, 'header-repeat': 2, 'carried-forward': 4, period: 1 });
  });

  it('reads the same print saved as CSV (the footer in its first cell only)', async () => {
    const read = await readLedgerFile(new TextEncoder().encode(csvOf(ROWS)), 'paged.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(273_650);
    expect(read.skipped).toMatchObject({ 'title-repeat': 4, 'page-number': 3 });
  });
});
