import { describe, expect, it } from 'vitest';
import { accountTitleOfRow } from '../reference/row-kinds.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A 明细分类账 of 7101 printed in sections, one per 明细科目, as 金蝶 KIS-style packages print a range of accounts:
 * each section opens with its account line (the first one ABOVE the column header), then the header again, 期初余额,
 * entries, 本期合计/本年累计; the code's levels joined by dashes, the name's by —. No function column: each entry's
 * 辅助核算 stands in one 核算项目 cell, `功能分类：…` alone on basic lines (every line of the first rows), with
 * `；项目：…` on project lines. A 贷方 refund and a red-ink (negative) 借方 in the travel section.
 */
const ROWS = [
  '明细分类账,,,,,,,',
  '单位名称：石川县测试站,,,期间：2024年1期至2024年12期,,,,',
  '科目：7101-01-30211 行政支出—基本支出—差旅费,,,,,,,',
  '日期,凭证字号,摘要,核算项目,借方,贷方,方向,余额',
  '2024-01-01,,期初余额,,,,平,0.00',
  '2024-03-05,记-3,赴市局汇报差旅费,功能分类：2013101 行政运行,1500.00,,借,1500.00',
  '2024-03-18,记-8,退回多借差旅费,功能分类：2013101 行政运行,,300.00,借,1200.00',
  '2024-03-31,,本期合计,,1500.00,300.00,借,1200.00',
  '2024-03-31,,本年累计,,1500.00,300.00,借,1200.00',
  '2024-05-09,记-2,冲销3月重复报销,功能分类：2013101 行政运行,-200.00,,借,1000.00',
  '2024-05-31,,本期合计,,-200.00,0.00,借,1000.00',
  '2024-05-31,,本年累计,,1300.00,300.00,借,1000.00',
  ',,,,,,,',
  '科目：7101-01-30201 行政支出—基本支出—办公费,,,,,,,',
  '日期,凭证字号,摘要,核算项目,借方,贷方,方向,余额',
  '2024-01-01,,期初余额,,,,平,0.00',
  '2024-02-06,记-1,购打印纸,功能分类：2013101 行政运行,800.00,,借,800.00',
  '2024-02-29,,本期合计,,800.00,0.00,借,800.00',
  '2024-02-29,,本年累计,,800.00,0.00,借,800.00',
  ',,,,,,,',
  '科目：7101-02-30227 行政支出—项目支出—委托业务费,,,,,,,',
  '日期,凭证字号,摘要,核算项目,借方,贷方,方向,余额',
  '2024-01-01,,期初余额,,,,平,0.00',
  '2024-06-12,记-4,委托编制水资源规划,功能分类：2013101 行政运行；项目：SC24-02 水资源规划编制,50000.00,,借,50000.00',
  '2024-06-30,,本期合计,,50000.00,0.00,借,50000.00',
  '2024-06-30,,本年累计,,50000.00,0.00,借,50000.00',
  ',,,,,,,',
  '制单：周一,,审核：吴二,,打印日期：2025-01-06,,,',
];

describe('a 明细分类账 printed in sections with the header repeated per section', () => {
  it('books each section to its account line, skips the repeated header and period lines, and reads one-pair 核算项目 cells', async () => {
    // Given the sample, with the first account line above the header
    const read = await readLedgerFile(utf8(ROWS.join('\r\n')), 'kis-sections.csv', { fiscalYear: 2024 });
    // Then it imports unedited: the class from each section's account, the function class from the 核算项目 cell
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.functionCode, e.nature, e.amount])).toEqual([
      ['记-3', '30211', '2013101', 'basic', 150000],
      ['记-8', '30211', '2013101', 'basic', -30000],
      ['记-2', '30211', '2013101', 'basic', -20000],
      ['记-1', '30201', '2013101', 'basic', 80000],
      ['记-4', '30227', '2013101', 'project', 5000000],
    ]);
    expect(read.entries.at(-1)?.projectName).toContain('水资源规划编制');
    // And the repeated headers, the account lines and the 期初余额/本期合计/本年累计 lines are reported, not read
    expect(read.skipped).toMatchObject({ 'header-repeat': 2, 'account-title': 2, period: 11, footer: 1 });
    // And the net is the sum of the sections' last 本年累计 (借方 − 贷方): 1,000.00 + 800.00 + 50,000.00
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(100000 + 80000 + 5000000);
  });

  it('reads the account line\'s code with dots, dashes or no separators, and its name\'s levels joined by _, — or -', () => {
    expect(accountTitleOfRow(['科目：7201.01.30201 事业支出_基本支出_办公费'])).toMatchObject({ code: '72010130201', name: '事业支出_基本支出_办公费' });
    expect(accountTitleOfRow(['科目：7101-01-30211 行政支出—基本支出—差旅费'])).toMatchObject({ code: '71010130211' });
    expect(accountTitleOfRow(['科目：7101010130211 行政支出-基本支出-差旅费'])).toMatchObject({ code: '7101010130211' });
    // A dash before the name joins code and name; it is no code level
    expect(accountTitleOfRow(['科目：5001010211-业务活动费用-差旅费'])).toMatchObject({ code: '5001010211', name: '业务活动费用-差旅费' });
  });

  it('does not read a one-pair cell as 辅助核算 outside a 核算项目 column', async () => {
    // Given the same sections whose 辅助核算 column is headed 备注 (no 辅助核算 header): its one-pair cells stay text
    const rows = ROWS.map((r) => r.replace('核算项目', '备注'));
    // Then no function class is found: the import fails on the header, naming the missing column in Chinese
    await expect(readLedgerFile(utf8(rows.join('\r\n')), 'kis-sections.csv', { fiscalYear: 2024 })).rejects.toThrow(/找不到必需的列：功能科目/u);
  });

  it('still names the row of a broken line in Chinese', async () => {
    // Given the sample with one entry's 借方 garbled
    const rows = ROWS.map((r) => r.replace('购打印纸,功能分类：2013101 行政运行,800.00', '购打印纸,功能分类：2013101 行政运行,八百'));
    const read = await readLedgerFile(utf8(rows.join('\r\n')), 'kis-sections.csv', { fiscalYear: 2024 });
    // Then the file is not imported and the error names row 17 (1-based) and the 借方 column
    expect(read.entries).toEqual([]);
    expect(read.errors).toEqual([expect.objectContaining({ row: 17, field: 'debit', value: '八百' })]);
    expect(read.errors[0]!.message).toMatch(/借方金额无法识别/u);
  });
});
