import { describe, expect, it } from 'vitest';
import { readLedgerFile } from './read-ledger-file.ts';

const HEAD = '日期,凭证号,摘要,功能科目,经济科目,借方,贷方,方向,余额';
const read = (lines: readonly string[]) => readLedgerFile(Buffer.from([HEAD, ...lines].join('\n'), 'utf8'), 'switch.csv', { fiscalYear: 2024 });

describe('the lines of a switch of accounting system', () => {
  it('skips a balance line carried out of or into another system (no amount), counted apart, and keeps the entries', async () => {
    const file = await read([
      '2024-05-20,付0011,购办公用品,2011301,30201,380,,借,380',
      '2024-05-31,,系统切换 期末余额转入新系统,,,,,借,380',
      '2024-06-01,,系统切换：承前原系统1-5月累计发生额,,,,,借,380',
      '2024-06-07,记-001,发放6月基本工资,2011301,30101,11810.5,,借,12190.5',
    ]);
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.voucher, e.amount])).toEqual([
      ['付0011', 38_000],
      ['记-001', 1_181_050],
    ]);
    expect(file.skipped['system-switch']).toBe(2);
  });

  it('keeps a row with an amount as an entry even when its 摘要 names the old system', async () => {
    const file = await read(['2024-06-03,记-002,支付原系统数据迁移服务费,2011301,30227,5000,,借,5000']);
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => e.amount)).toEqual([500_000]);
  });

  it('skips the old months restated by account without a class (期初数据导入：原系统…发生额), the same money as the old detail', async () => {
    // Given a new system's book whose first months are only migrated totals per account, with no 功能/经济 class
    const file = await read([
      '2024-01-31,记-1,期初数据导入：原系统2024年1月基本支出借方发生额,,,31081.3,,借,31081.3',
      '2024-05-06,记-1,购办公用品,2120199,30201,198.5,,借,31279.8',
    ]);
    // Then the restated line is no entry, counted apart, and the detail stays
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.voucher, e.amount])).toEqual([['记-1', 19_850]]);
    expect(file.skipped['system-switch']).toBe(1);
  });

  it('keeps a row with a class and an amount whose 摘要 names migrated data (an entry of a real voucher)', async () => {
    const file = await read(['2024-06-03,记-002,支付历史数据导入服务费,2011301,30227,5000,,借,5000']);
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => e.amount)).toEqual([500_000]);
  });
});
