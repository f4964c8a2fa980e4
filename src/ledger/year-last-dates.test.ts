/**
 * A ledger opened in a spreadsheet program and saved again as CSV in a locale other than Chinese: its date cells are
 * written year last (1/5/2024 in en-US, 5/1/2024 in en-GB). The order is read from the file's own dates.
 */
import { describe, expect, it } from 'vitest';
import { parseYearLastDate, yearLastOrder } from './parse-entries.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const header = '日期,凭证号,摘要,功能分类,经济分类,借方金额,贷方金额';
const read = (dates: readonly string[]) =>
  readLedgerFile(
    new TextEncoder().encode([header, ...dates.map((d, i) => `${d},记-${i + 1},购复印纸,2010301 行政运行,30201 办公费,100.00,`)].join('\r\n')),
    'resaved.csv',
    { fiscalYear: 2024 },
  );

describe('yearLastOrder', () => {
  it('takes the order a part above 12 shows, month first when none does, and none when the dates disagree', () => {
    expect(yearLastOrder(['1/5/2024', '1/25/2024'])).toBe('month-first');
    expect(yearLastOrder(['5/1/2024', '25/1/2024'])).toBe('day-first');
    expect(yearLastOrder(['1/5/2024', '2/6/2024'])).toBe('month-first');
    expect(yearLastOrder(['25/1/2024', '1/25/2024'])).toBeUndefined();
    expect(parseYearLastDate('1/5/2024 0:00', 'month-first')).toBe('2024-01-05');
    expect(parseYearLastDate('1/5/2024', 'day-first')).toBe('2024-05-01');
    expect(parseYearLastDate('2/30/2024', 'month-first')).toBeUndefined();
  });
});

describe('import: dates written year last', () => {
  it('reads an en-US save (M/D/YYYY) month first', async () => {
    const r = await read(['1/5/2024', '1/25/2024', '12/31/2024']);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.date)).toEqual(['2024-01-05', '2024-01-25', '2024-12-31']);
  });

  it('reads an en-GB save (D/M/YYYY) day first, from its own dates', async () => {
    const r = await read(['5/1/2024', '25/1/2024', '31/12/2024']);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.date)).toEqual(['2024-01-05', '2024-01-25', '2024-12-31']);
  });

  it('reads no date of a file whose dates disagree on the order, naming the row', async () => {
    const r = await read(['25/1/2024', '1/25/2024']);
    expect(r.entries).toEqual([]);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'date'],
      [3, 'date'],
    ]);
    expect(r.errors[0]!.message).toMatch(/日期.*\/ .*date/u);
  });
});
