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
});
