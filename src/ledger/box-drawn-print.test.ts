import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { boxLedgerPrint } from '../reference/box-print.test-util.ts';
import { parseLedgerAmount, parseLedgerAmountIn } from './parse-entries.ts';
import { readLedgerFile } from './read-ledger-file.ts';

/**
 * A 明细账 printed to a GBK text file by an older package, the table drawn with 制表符 (src/reference/box-table.ts):
 * cells padded by GBK bytes, a two-line boxed header (2024年 over 月 | 日), two pages with 过次页/承前页, 第 k 页 under
 * each box, a form feed, the title and 单位 line repeated, red ink written with a trailing minus (1,200.00-), a footer.
 */
const BOX = boxLedgerPrint(
  [
    [
      '│01  │01  │        │上年结转            │          │        │            │            │',
      '│01  │05  │记-1    │购办公用品          │2010301   │30201   │    1,200.00│            │',
      '│01  │09  │记-2    │湘A·12345加油      │2010301   │30231   │      356.80│            │',
      '│    │    │        │过次页              │          │        │    1,556.80│        0.00│',
    ],
    [
      '│    │    │        │承前页              │          │        │    1,556.80│        0.00│',
      '│01  │12  │记-3    │退回多付电费        │2010301   │30206   │            │       35.50│',
      '│01  │15  │记-4    │红字冲销办公用品    │2010301   │30201   │   1,200.00-│            │',
      '│01  │31  │        │本月合计            │          │        │      356.80│       35.50│',
    ],
  ],
  '制单：舒琴        审核：彭丽',
);

describe('a ledger printed to a text file with a box drawn in 制表符', () => {
  it('imports every entry: 月 and 日 under the boxed 2024年, amounts in exact 分', async () => {
    const read = await readLedgerFile(iconv.encode(BOX, 'gbk'), 'box.txt', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.layout).toBe('box-drawn');
    expect(read.entries.map((e) => [e.row, e.date, e.voucher, e.summary, e.functionCode, e.economicCode, e.amount])).toEqual([
      [9, '2024-01-05', '记-1', '购办公用品', '2010301', '30201', 120_000],
      [10, '2024-01-09', '记-2', '湘A·12345加油', '2010301', '30231', 35_680],
      [22, '2024-01-12', '记-3', '退回多付电费', '2010301', '30206', -3_550],
      [23, '2024-01-15', '记-4', '红字冲销办公用品', '2010301', '30201', -120_000],
    ]);
  });

  it('names the row of an amount cell that is no clean amount, never rounding it', async () => {
    for (const bad of ['   1,2OO.00-', '  1,200.005-', ' (1,200.00-)', ' -1,200.00- ']) {
      const text = BOX.replace('   1,200.00-', bad);
      const read = await readLedgerFile(iconv.encode(text, 'gbk'), 'box.txt', { fiscalYear: 2024 });
      expect(read.entries).toEqual([]);
      expect(read.errors.map((e) => [e.row, e.field, e.value])).toEqual([[23, 'debit', bad.trim()]]);
    }
  });

  it('skips the page furniture: the repeated header and title lines, 过次页/承前页, page numbers, period lines, the footer', async () => {
    const read = await readLedgerFile(iconv.encode(BOX, 'gbk'), 'box.txt', { fiscalYear: 2024 });
    expect(read.skipped).toMatchObject({ 'header-repeat': 2, 'title-repeat': 2, 'carried-forward': 2, 'page-number': 2, period: 2, footer: 1 });
  });
});

describe('an amount with a trailing minus (as older print engines write red ink)', () => {
  it('is the negative amount, in exact 分, in 元 and in a stated unit', () => {
    expect(parseLedgerAmount('640.00-')).toBe(-64_000);
    expect(parseLedgerAmount('1,160.00-')).toBe(-116_000);
    expect(parseLedgerAmount('￥1,160.00-')).toBe(-116_000);
    expect(parseLedgerAmount('12-')).toBe(-1_200);
    expect(parseLedgerAmount('0.30000000000000004-')).toBe(-30);
    expect(parseLedgerAmountIn('0.128050-', '万元')).toBe(-128_050);
  });

  it('is refused when it is not one clean amount: two notations, a fraction of a 分, a letter', () => {
    for (const bad of ['(1,160.00-)', '-1,160.00-', '1,160.005-', '1,16O.00-', '1,160.00--']) {
      expect(() => parseLedgerAmount(bad), bad).toThrow();
    }
    expect(() => parseLedgerAmountIn('0.1280505-', '万元')).toThrow();
  });
});
