/**
 * A workbook whose header is printed on two rows, its group cells (功能科目, 经济科目) merged over their sub-columns
 * (编码 | 名称) and down over the columns without any (日期 | 日期), saved again as CSV: each merged cell keeps its text
 * once, the cells beside and below it empty.
 */
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from './read-ledger-file.ts';

describe('import: a two-row header whose merged group cells were saved as CSV', () => {
  it('reads the sub-column row (编码 | 名称 under 功能科目 | 经济科目, printed once) as the header’s, not as an entry', async () => {
    const r = await readLedgerFile(
      new TextEncoder().encode(
        [
          '日期,凭证号,摘要,功能科目,,经济科目,,借方金额,贷方金额',
          ',,,编码,名称,编码,名称,,',
          '2024-01-05,记-1,购复印纸,2010301,行政运行,30201,办公费,100.00,',
          '2024-01-06,记-2,退回多付复印纸款,2010301,行政运行,30201,办公费,,20.00',
        ].join('\r\n'),
      ),
      'two-row.csv',
      { fiscalYear: 2024 },
    );
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.row, e.functionCode, e.economicCode, e.amount])).toEqual([
      [3, '2010301', '30201', 10000],
      [4, '2010301', '30201', -2000],
    ]);
  });
});
