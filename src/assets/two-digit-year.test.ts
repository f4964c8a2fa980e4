import { describe, expect, it } from 'vitest';
import { parseDate } from './ledger-import.ts';
import { fileDateAnchor, isTwoDigitYearText, twoDigitYearDate } from './two-digit-year.ts';

describe('two-digit-year dates (yy.mm.dd): the century from a date of the file, never a pivot year', () => {
  it('reads the latest year ending in yy that keeps the date on or before the bound', () => {
    expect(twoDigitYearDate('06.10.20', '2025-01-03')).toBe('2006-10-20');
    expect(twoDigitYearDate('25.01.16', '2025-02-04')).toBe('2025-01-16');
    // After the bound in its own century: a century earlier (nothing is booked after the print).
    expect(twoDigitYearDate('25.01.16', '2025-01-10')).toBe('1925-01-16');
    expect(twoDigitYearDate('26.03.01', '2025-02-04')).toBe('1926-03-01');
    // The same text against another bound reads another century: the bound decides, not a constant.
    expect(twoDigitYearDate('30.06.01', '2031-01-01')).toBe('2030-06-01');
    expect(twoDigitYearDate('30.06.01', '2029-12-31')).toBe('1930-06-01');
    // 29 February only in a leap year.
    expect(twoDigitYearDate('00.02.29', '2025-01-01')).toBe('2000-02-29');
    expect(twoDigitYearDate('23.02.29', '2025-01-01')).toBeUndefined();
  });

  it('reads only the shapes of the data: no calendar date, a four-digit year or another order is not read', () => {
    expect(twoDigitYearDate('24.13.01', '2025-01-03')).toBeUndefined();
    expect(twoDigitYearDate('2024.01.05', '2025-01-03')).toBeUndefined();
    expect(twoDigitYearDate('5/1/24', '2025-01-03')).toBeUndefined();
    expect(isTwoDigitYearText(' 06.10.20 ')).toBe(true);
    expect(isTwoDigitYearText('2006.10.20')).toBe(false);
  });

  it('takes the latest date the file states for itself (截止日期, 打印日期), a four-digit one as written', () => {
    const rows = [['岩川县公安局固定资产明细表'], ['单位：岩川县公安局', '截止日期：24.12.31', '金额单位：元', '第 1 页'], ['制表：何秀英', '审核：', '打印日期：25.01.03']];
    expect(fileDateAnchor(rows, '2026-12-06', parseDate)).toEqual({ date: '2025-01-03', label: '打印日期', text: '25.01.03' });
    // Several labels in one cell of a print split on spaces; a full date with a time.
    expect(fileDateAnchor([['单位：某局  截止日期：2024年12月31日'], ['导出时间：2025-01-03 16:20']], '2026-12-06', parseDate)?.date).toBe('2025-01-03');
    // A two-digit anchor is read against the import date.
    expect(fileDateAnchor([['打印日期：99.12.31']], '2026-12-06', parseDate)?.date).toBe('1999-12-31');
    expect(fileDateAnchor([['打印日期：26.12.31']], '2026-12-06', parseDate)?.date).toBe('1926-12-31');
    // A line without such a label (会计期间 is a period, no date the file was made) is no anchor.
    expect(fileDateAnchor([['会计期间：2024年12月'], ['金额单位：元']], '2026-12-06', parseDate)).toBeUndefined();
  });
});
