/**
 * Dates with the year last, as LibreOffice or Excel write a date cell of a register re-saved in an English locale
 * (LibreOffice 7, en-US, a cell formatted m/d/yyyy → CSV `4/16/2019`): read only when the order is settled by the date
 * itself or by the file, else an error naming the cell. Invented rows.
 */
import { describe, expect, it } from 'vitest';
import { assetClasses, formatImportError, importLedger, loadAssetConfig } from './index.ts';
import { dayOrderEvidence, readYearLastDate } from './day-order.ts';
import { RULE_DATE_ORDER } from './register-checks.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);
const HEAD = ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '入账日期'];
const read = (dates: readonly (readonly [string, string])[]) =>
  importLedger(
    [HEAD, ...dates.map(([acquired, booked], i) => [`A-${i + 1}`, '台式计算机', 'A02010105', '5000', acquired, booked])],
    { config, classes },
  );
const dates = (r: ReturnType<typeof read>) => r.assets.map((a) => [a.acquiredOn, a.bookedOn]);

describe('year-last dates (4/16/2019)', () => {
  it('reads month-first dates when one date of the file proves the order, in any date column, and notes it', () => {
    const r = read([
      ['5/4/2020', '5/6/2020 0:00:00'],
      ['3/2/2019', '4/16/2019'],
      ['12/1/2018', '12/11/2018 12:00:00 AM'],
    ]);
    expect(r.errors.map(formatImportError)).toEqual([]);
    expect(dates(r)).toEqual([
      ['2020-05-04', '2020-05-06'],
      ['2019-03-02', '2019-04-16'],
      ['2018-12-01', '2018-12-11'],
    ]);
    const note = r.findings.find((f) => f.rule === RULE_DATE_ORDER);
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('月/日/年（依据：第3行「4/16/2019」）');
  });

  it('reads day-first dates the same way (16/4/2019, an en-GB locale)', () => {
    expect(dates(read([['5/4/2020', '16/4/2020']]))).toEqual([['2020-04-05', '2020-04-16']]);
  });

  it('refuses an ambiguous date when nothing in the file settles the order, naming both readings', () => {
    const r = read([['5/4/2020', '5/6/2020']]);
    expect(r.assets).toEqual([]);
    expect(r.errors.map(formatImportError)).toEqual([
      expect.stringMatching(/^第2行 E 取得日期「5\/4\/2020」：日期可读作 2020-05-04 或 2020-04-05：/),
      expect.stringMatching(/^第2行 F 入账日期「5\/6\/2020」：日期可读作 2020-05-06 或 2020-06-05：/),
    ]);
  });

  it('refuses every year-last date of a file that proves both orders', () => {
    const r = read([
      ['4/16/2019', '4/20/2019'],
      ['16/4/2019', '20/4/2019'],
    ]);
    expect(r.errors).toHaveLength(4);
    expect(r.errors[0]?.message).toContain('第2行「4/16/2019」只能是月/日/年，第3行「16/4/2019」只能是日/月/年');
  });

  it('leaves year-first dates as they were and reads no two-digit year', () => {
    expect(dates(read([['2019/4/16', '2019-04-30']]))).toEqual([['2019-04-16', '2019-04-30']]);
    const evidence = dayOrderEvidence([{ text: '4/16/2019', row: 2 }]);
    expect(evidence.order).toBe('month-first');
    expect(readYearLastDate('4/16/19', evidence)).toBeUndefined();
    expect(readYearLastDate('2/30/2019', evidence)).toEqual({ error: expect.stringContaining('不是有效日期') });
  });
});
