/**
 * The 凭证字 (voucher type) printed in a column of its own beside the number: packages that number vouchers per type
 * (收-1, 付-1, 转-1 in one month) make three vouchers of them, and the importer keeps them three.
 */
import { describe, expect, it } from 'vitest';
import { voucherWithType } from './parse-entries.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { threePublicSums } from './testing/three-public-sums.ts';

const read = (lines: readonly string[]) => readLedgerFile(new TextEncoder().encode(lines.join('\r\n')), 'typed.csv', { fiscalYear: 2024 });

describe('voucherWithType', () => {
  it('joins a type and a number as 字-号, and leaves a number that has its type, or no type, as written', () => {
    expect(voucherWithType('1', '付')).toBe('付-1');
    expect(voucherWithType('0012', ' 记 ')).toBe('记-0012');
    expect(voucherWithType('付-1', '付')).toBe('付-1');
    expect(voucherWithType('付字第1号', '付')).toBe('付字第1号');
    expect(voucherWithType('17', '')).toBe('17');
    // A type without a number is no voucher: the number stays blank (carried from above, or an error naming the row).
    expect(voucherWithType('', '付')).toBe('');
  });
});

describe('import: 凭证类型 and 凭证号 in two columns', () => {
  const header = '凭证日期,凭证类型,凭证号,摘要,功能分类,经济分类,往来单位,借方金额,贷方金额';
  it('reads 收-1, 付-1 and 转-1 of one month as three vouchers, the amounts as they were', async () => {
    const r = await read([
      header,
      '2024-03-05,付,1,购复印纸,2010301 行政运行,30201 办公费,某文具店,300.00,',
      '2024-03-06,收,1,退回多付复印纸款,2010301 行政运行,30201 办公费,某文具店,,20.00',
      '2024-03-07,转,1,调整印刷费科目,2010301 行政运行,30202 印刷费,,50.00,',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.voucher, e.amount])).toEqual([
      ['付-1', 30000],
      ['收-1', -2000],
      ['转-1', 5000],
    ]);
  });

  it('reads a 凭证字 column with no number column beside it as the voucher itself (记-16)', async () => {
    const r = await read(['日期,凭证字,摘要,功能分类,经济分类,借方金额,贷方金额', '2024-03-05,记-16,购复印纸,2010301 行政运行,30201 办公费,300.00,']);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.voucher)).toEqual(['记-16']);
  });

  it('a 收 voucher refunding a booked reception bill is no 调账 of a 付 voucher with the same number (三公 hidden spending stays flagged)', async () => {
    const r = await read([
      header,
      '2024-03-05,付,1,市检查组来局接待费,2010301 行政运行,30217 公务接待费,某县宾馆,900.00,',
      '2024-03-12,付,2,省调研组来局工作餐,2010301 行政运行,30299 其他商品和服务支出,某酒楼,600.00,',
      '2024-03-25,收,2,退回多付公务接待费,2010301 行政运行,30217 公务接待费,某县宾馆,,600.00',
    ]);
    expect(r.errors).toEqual([]);
    const sums = threePublicSums(r.entries);
    // Booked 900 less the 600 refunded, and the visiting group's meal hidden under 30299: 900.00 in all, that line flagged.
    expect([sums.reception, sums.rows]).toEqual([90_000, [3]]);
  });
});
