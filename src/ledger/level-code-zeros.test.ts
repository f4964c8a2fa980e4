/**
 * A ledger printing its classes by level (功能科目类 | 款 | 项: 201 | 32 | 01), opened in a spreadsheet program and saved
 * again: the program reads 01 and 06 as numbers and writes 1 and 6. A level below the 类 is two digits: the lost zero
 * is put back.
 */
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from './read-ledger-file.ts';

describe('import: class levels whose leading zero a re-save dropped', () => {
  it('reads 201 | 32 | 1 as 2013201 and 302 | 6 as 30206, and 302 | 16 as written', async () => {
    const r = await readLedgerFile(
      new TextEncoder().encode(
        [
          '日期,凭证号,摘要,功能科目类,功能科目款,功能科目项,经济科目类,经济科目款,借方金额,贷方金额',
          '2024-01-05,记-1,支付1月电费,201,32,1,302,6,100.00,',
          '2024-01-08,记-2,支付培训费,201,32,01,302,16,50.00,',
        ].join('\r\n'),
      ),
      'levels.csv',
      { fiscalYear: 2024 },
    );
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.functionCode, e.economicCode])).toEqual([
      ['2013201', '30206'],
      ['2013201', '30216'],
    ]);
  });
});
