/**
 * A 序时账 (journal) as many government accounting packages print it: one amount column (发生额, 金额) whose sign is
 * given by a 借贷/方向 column, the economic class only in the leaf 科目代码 (7101010130201 行政支出/…/办公费), and a
 * closing voucher (结转) of one line per leaf account that moves the year to 结转结余 — printed 贷 positive, or 借
 * negative, and with its 摘要 starting or ending with 结转. A hand-written sample, not any fixture's text.
 */
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from './read-ledger-file.ts';
import { isClosingLabel, normalizeLabel } from '../reference/row-kinds.ts';

const JOURNAL = [
  '序时账',
  '核算单位：青禾县农业技术推广中心,期间：2024.01-2024.12,,,,,,,',
  '日期,凭证号,科目代码,科目名称,摘要,功能科目,项目,借贷,发生额',
  '2024-02-03,记-3,7101010130201,行政支出/财政拨款支出/基本支出/办公费,购打印纸,2130201 行政运行,,借,"1,200.00"',
  '2024-02-10,记-8,7101010230216,行政支出/财政拨款支出/项目支出/培训费,高素质农民培训讲课费,2130206 技术推广与培训,ZX01 高素质农民培育,借,3000.00',
  '2024-03-05,记-2,7101010130201,行政支出/财政拨款支出/基本支出/办公费,退回多付打印纸款,2130201 行政运行,,贷,200.00',
  '2024-03-18,记-9,7101010130201,行政支出/财政拨款支出/基本支出/办公费,冲销记-3多记,2130201 行政运行,,借,-100.00',
  '2024-12-31,记-40,7101010130201,行政支出/财政拨款支出/基本支出/办公费,结转本期行政支出,,,贷,900.00',
  '2024-12-31,记-40,7101010230216,行政支出/财政拨款支出/项目支出/培训费,12月支出结转,,,借,-3000.00',
  '制表：李会计,,,,,,审核：,,',
].join('\n');

describe('a 序时账 with one amount column signed by its 借贷 column', () => {
  it('reads 借 as spending, 贷 as a refund, a negative 借 as red ink; the class from the leaf account; nature from the account', async () => {
    const read = await readLedgerFile(new TextEncoder().encode(JOURNAL), 'journal.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.row, e.economicCode, e.nature, e.amount])).toEqual([
      [4, '30201', 'basic', 120_000],
      [5, '30216', 'project', 300_000],
      [6, '30201', 'basic', -20_000],
      [7, '30201', 'basic', -10_000],
    ]);
  });

  it('leaves the closing voucher out of the net however it is printed (贷 positive, 借 negative, 结转 first or last)', async () => {
    const read = await readLedgerFile(new TextEncoder().encode(JOURNAL), 'journal.csv', { fiscalYear: 2024 });
    expect(read.skipped).toMatchObject({ title: 2, period: 2, footer: 1 });
    // The year's net: 1,200 + 3,000 − 200 − 100 = 3,900.00, not 0 (which counting the closing lines would give).
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(390_000);
  });
});

describe('a closing voucher printed with its head on its first line only', () => {
  it('its further lines (no date, voucher or 摘要) close too; an entry line after an entry still carries', async () => {
    const csv = [
      '日期,凭证号,科目代码,摘要,功能科目,借贷,发生额',
      '2024-04-02,记-5,7201010130216,教师培训讲课费,2050803 培训支出,借,800.00',
      ',,7201010130211,,2050803 培训支出,借,200.00',
      '2024-12-31,记-60,7201010130216,年末结转本年事业支出,,贷,800.00',
      ',,7201010130211,,,贷,200.00',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'j.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.row, e.economicCode, e.summary, e.amount])).toEqual([
      [2, '30216', '教师培训讲课费', 80_000],
      [3, '30211', '教师培训讲课费', 20_000],
    ]);
    expect(read.skipped).toMatchObject({ period: 2 });
  });
});

describe('closing 摘要 (data/imports/row-kinds.json closing)', () => {
  it('starts with a closing word, or ends with one after a short period/account lead', () => {
    for (const t of ['年末结转本年事业支出', '本年支出结转', '12月支出结转', '2024年度事业支出结转', '本期费用结转', '结转损益', '本年行政支出转入财政拨款结转', '业务活动费用转入本期盈余']) {
      expect(isClosingLabel(normalizeLabel(t)), `${t} is a closing line`).toBe(true);
    }
    // A long description ending so stays an entry; 上年结转资金 paid out is spending.
    for (const t of ['支付上年农业技术推广项目培训班讲课费的支出结转', '上年结转资金支付培训费', '购打印纸', '退回以前年度多拨经费转入财政拨款结转']) {
      expect(isClosingLabel(normalizeLabel(t)), `${t} is an entry`).toBe(false);
    }
  });
});

describe('closing lines are found by the data’s closing words only (row-kinds.json closing.words, closing.endWords)', () => {
  it('a 摘要 read as the label classifier reads it (spaces, trailing marks) closes; one merely ending in 结转 stays an entry', async () => {
    const csv = [
      '日期,凭证号,科目代码,摘要,功能科目,借贷,发生额',
      '2024-05-06,记-7,7101010130201,购打印纸,2130201 行政运行,借,500.00',
      '2024-06-11,记-3,7101010230216,拨付上年培训项目资金结转,2130206 技术推广与培训,借,300.00',
      '2024-12-31,记-50,7101010130201,12月 费用结转★,,贷,500.00',
      '2024-12-31,记-50,7101010230216,12月支出结转,,贷,300.00',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'c.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.row, e.amount])).toEqual([
      [2, 50_000],
      [3, 30_000],
    ]);
    expect(read.skipped).toMatchObject({ period: 2 });
  });
});
