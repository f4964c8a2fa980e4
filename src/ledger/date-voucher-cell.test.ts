/**
 * A column that prints the date and the voucher number in one cell (日期凭证号), as some web ledger queries do (first met in
 * held-out 44, spent as dev-dxyz): the forms of such a cell, the headers that name such a column, and an import of one.
 * Invented rows throughout.
 */
import { describe, expect, it } from 'vitest';
import { splitDateVoucher } from './date-voucher-cell.ts';
import { combinedHeaderKey, isDateVoucherColumn, resolveColumns } from './column-mapping.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { loadLedgerRuleData } from './rule-data.ts';

const utf8 = (lines: readonly string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const read = (lines: readonly string[], mapping?: Record<string, string>) =>
  readLedgerFile(utf8(lines), 'ledger.csv', { fiscalYear: 2024, ...(mapping ? { mapping } : {}) });
const rest = '采购办公用品,2013650 事业运行,30201 办公费,某文具店,1280.00,,借,1280.00';

describe('splitDateVoucher', () => {
  it('splits a date then a voucher number, with any of the usual separators or none', () => {
    expect(splitDateVoucher('2024-03-05 记-0012')).toEqual({ date: '2024-03-05', voucher: '记-0012' });
    expect(splitDateVoucher('03-05 记12')).toEqual({ date: '03-05', voucher: '记12' });
    expect(splitDateVoucher('2024.03.05/付-3')).toEqual({ date: '2024.03.05', voucher: '付-3' });
    expect(splitDateVoucher('2024/3/5 | 收-7')).toEqual({ date: '2024/3/5', voucher: '收-7' });
    expect(splitDateVoucher('2024年3月5日 记字第12号')).toEqual({ date: '2024年3月5日', voucher: '记字第12号' });
    expect(splitDateVoucher('3月5日记-12')).toEqual({ date: '3月5日', voucher: '记-12' });
    expect(splitDateVoucher('20240305 记-12')).toEqual({ date: '20240305', voucher: '记-12' });
    expect(splitDateVoucher('2024-03-05记-12')).toEqual({ date: '2024-03-05', voucher: '记-12' });
    expect(splitDateVoucher('2024-03-05 10:26:41 记-12')).toEqual({ date: '2024-03-05 10:26:41', voucher: '记-12' });
    expect(splitDateVoucher('２０２４－０３－０５　记－１２')).toEqual({ date: '2024-03-05', voucher: '记-12' });
    // A voucher numbered within its month (03-0012) is no date.
    expect(splitDateVoucher('2024-03-05 03-0012')).toEqual({ date: '2024-03-05', voucher: '03-0012' });
    expect(splitDateVoucher('2024-03-05 12')).toEqual({ date: '2024-03-05', voucher: '12' });
  });

  it('splits a voucher number then a date, the date maybe in brackets', () => {
    expect(splitDateVoucher('记-12 2024-03-05')).toEqual({ date: '2024-03-05', voucher: '记-12' });
    expect(splitDateVoucher('付-3/03-05')).toEqual({ date: '03-05', voucher: '付-3' });
    expect(splitDateVoucher('记-0012（2024-03-05）')).toEqual({ date: '2024-03-05', voucher: '记-0012' });
    expect(splitDateVoucher('记字第12号 2024年3月5日')).toEqual({ date: '2024年3月5日', voucher: '记字第12号' });
  });

  it('reads a date alone (期初余额 line) or a voucher alone as that part, and an empty cell as none', () => {
    expect(splitDateVoucher('2024-01-01')).toEqual({ date: '2024-01-01', voucher: '' });
    expect(splitDateVoucher('记-12')).toEqual({ date: '', voucher: '记-12' });
    expect(splitDateVoucher('  ')).toEqual({ date: '', voucher: '' });
  });

  it('gives no split where the parts cannot be told apart or one is no date or voucher', () => {
    // Digits meeting digits: 记12 then 03-05, or 记1 then 203-05?
    expect(splitDateVoucher('记1203-05')).toBeUndefined();
    expect(splitDateVoucher('2024-03-0512')).toBeUndefined();
    // Two dates, or a date and words.
    expect(splitDateVoucher('03-05 3-12')).toBeUndefined();
    expect(splitDateVoucher('2024-03-05 见附件')).toBeUndefined();
    expect(splitDateVoucher('本月合计')).toBeUndefined();
    expect(splitDateVoucher('12')).toBeUndefined();
  });
});

describe('a combined date-and-voucher column', () => {
  const data = loadLedgerRuleData();
  const resolve = (header: string[], mapping = {}) =>
    resolveColumns([header], data.headerSynonyms, mapping, data.headerExclusions, undefined, undefined, data.headerExactOnly, data.headerSubColumns, data.headerDateVoucher);

  it('is named by the data’s headers, with connectors and brackets between the two words, and only so', () => {
    expect(combinedHeaderKey('日期 / 凭证号')).toBe('日期凭证号');
    expect(combinedHeaderKey('日期（凭证号）')).toBe('日期凭证号');
    for (const h of ['日期凭证号', '日期/凭证号', '日期及凭证号', '凭证号 日期', '凭证日期、字号']) {
      const c = resolve(['序号', h, '摘要', '功能分类', '经济分类', '借方金额', '贷方金额']).columns;
      expect([h, c.date, c.voucher, isDateVoucherColumn(c)]).toEqual([h, 1, 1, true]);
    }
    // 凭证日期 beside 凭证号 are two columns, as before.
    const two = resolve(['凭证日期', '凭证号', '摘要', '功能分类', '经济分类', '借方金额']).columns;
    expect([two.date, two.voucher, isDateVoucherColumn(two)]).toEqual([0, 1, false]);
    // A mapping naming the date keeps the header from being read as both.
    expect(() => resolve(['日期凭证号', '摘要', '功能分类', '经济分类', '借方金额'], { date: '日期凭证号' })).toThrow(/凭证号\(voucher\)/);
  });

  it('imports a ledger whose 日期凭证号 cells are written in several forms, month-and-day ones in the ledger’s year', async () => {
    const r = await read([
      '明细账',
      '期间：2024年01月至2024年12月',
      `序号,日期凭证号,摘要,功能分类,经济分类,往来单位,借方金额,贷方金额,方向,余额`,
      ',2024-01-01,期初余额,,,,,,平,0.00',
      `1,2024-03-05 记-0012,${rest}`,
      `2,03-07 记13,${rest}`,
      `3,2024.03.09/付-3,${rest}`,
      `4,记-14 2024-03-11,${rest}`,
      ',,本月合计,,,,5120.00,,借,5120.00',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.row, e.date, e.voucher])).toEqual([
      [5, '2024-03-05', '记-0012'],
      [6, '2024-03-07', '记13'],
      [7, '2024-03-09', '付-3'],
      [8, '2024-03-11', '记-14'],
    ]);
  });

  it('reads another header as such a column when a mapping gives the date and the voucher that one column', async () => {
    const r = await read(['业务,摘要,功能分类,经济分类,往来单位,借方金额,贷方金额,方向,余额', `2024-03-05 记-0012,${rest}`], { date: '业务', voucher: '业务' });
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.date, e.voucher])).toEqual([['2024-03-05', '记-0012']]);
  });

  it('refuses a cell that cannot be split with an error naming its row and column, and one outside the year', async () => {
    const r = await read([
      '日期凭证号,摘要,功能分类,经济分类,往来单位,借方金额,贷方金额,方向,余额',
      `2024-03-05 记-1,${rest}`,
      `记1203-05,${rest}`,
      `2024-03-05 见附件,${rest}`,
      `2023-12-30 记-9,${rest}`,
    ]);
    expect(r.errors.map((e) => [e.row, e.field, e.column, e.value])).toEqual([
      [3, 'date', '日期凭证号', '记1203-05'],
      [4, 'date', '日期凭证号', '2024-03-05 见附件'],
      [5, 'date', '日期凭证号', '2023-12-30'],
    ]);
    expect(r.errors[0]!.message).toMatch(/^“日期凭证号”列的“记1203-05”无法拆分为日期和凭证号/);
    expect(r.errors[2]!.message).toMatch(/日期不在2024年度内/);
  });
});
