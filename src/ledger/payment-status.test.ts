/**
 * Returned and voided payments in a payment export (国库集中支付 支付明细: 状态 已退回, 支付状态 已作废 …) are no spending:
 * they are left out of the entries and counted, with their amount, in the import summary — never silently dropped.
 * Any other status (已支付, 已清算, blank, one not known) keeps the row. data/ledger/payment-status.json.
 */
import { describe, expect, it } from 'vitest';
import { describeVoided } from './ledger-service.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('payment status column', () => {
  it('leaves out a 支付明细 row whose 状态 is 已退回 and counts it with its amount', async () => {
    const csv =
      '支付凭证号,支付日期,用途,功能分类科目,部门经济分类,收款人全称,金额,状态\n' +
      'ZF001,2024-03-21,督查组工作餐,2011301 行政运行,30217 公务接待费,县福满楼餐饮有限公司,1380.00,已退回\n' +
      'ZF002,2024-03-26,督查组工作餐 重新支付,2011301 行政运行,30217 公务接待费,县福满楼餐饮有限公司,1380.00,已支付\n' +
      'ZF003,2024-04-09,车辆保险,2011301 行政运行,30231 公务用车运行维护费,平安财险,4280.00,已退回（账号有误）\n' +
      'ZF004,2024-04-10,办公用品,2011301 行政运行,30201 办公费,县文具店,100.00,\n';
    const read = await readLedgerFile(utf8(csv), 'zf.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.voucher)).toEqual(['ZF002', 'ZF004']);
    expect(read.voided).toEqual({ rows: 2, amount: 566_000, byStatus: { 已退回: 1, '已退回（账号有误）': 1 } });
    expect(describeVoided(read.voided)).toMatch(/^已退回\/作废的支付 2 笔（.*），金额 5,660\.00元，未计入分录/);
  });

  it('reads a 借方/贷方 voucher export whose 支付状态 says 已作废 or 已撤销, worded otherwise', async () => {
    const csv =
      '日期,凭证号,摘要,功能科目,经济科目,借方金额,贷方金额,支付状态\n' +
      '2024-05-06,记-0012,付5月电费,2010601,30206,"1,234.56",,已清算\n' +
      '2024-05-07,记-0013,付印刷费,2010601,30202,800.00,,已 作废\n' +
      '2024-05-08,记-0014,付差旅费,2010601,30211,300.00,,已撤销\n' +
      '2024-05-09,记-0015,付会议费,2010601,30215,500.00,,已记账\n';
    const read = await readLedgerFile(utf8(csv), 'pz.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.voucher)).toEqual(['记-0012', '记-0015']);
    expect(read.voided.rows).toBe(2);
    expect(read.voided.amount).toBe(110_000);
  });

  it('keeps rows whose status is paid, blank or not a void value, and ignores a column that is no payment status', async () => {
    const csv =
      '日期,凭证号,摘要,功能科目,经济科目,金额,审核状态,状态\n' +
      '2024-06-01,记-1,退回多付的电费,2010601,30206,-120.00,作废,已支付\n' +
      '2024-06-02,记-2,付水费,2010601,30205,300.00,,部分退回\n' +
      '2024-06-03,记-3,付物业费,2010601,30209,900.00,,\n' +
      '2024-06-04,TH-1,资金退回：多报差旅费,2010601,30211,-164.00,,已退回\n';
    const read = await readLedgerFile(utf8(csv), 'keep.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    // 退回 in the 摘要 is a refund entry, not a status; 审核状态 is not a payment's status; 部分退回 is no known void value;
    // a refund (negative) whose status is 已退回 is the money come back: it stays an entry.
    expect(read.entries).toHaveLength(4);
    expect(read.voided.rows).toBe(0);
    expect(describeVoided(read.voided)).toBe('');
  });
});
