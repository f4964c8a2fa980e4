import { describe, expect, it } from 'vitest';
import { context } from './testing/fixtures.ts';
import { parseCode } from './parse-entries.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { threePublicTotals } from './rules/three-public.ts';

describe('a classification cell as exports write it', () => {
  it('reads the code before, after or inside brackets, with or without a separator', () => {
    expect(parseCode('30217')).toBe('30217');
    expect(parseCode('30217 公务接待费')).toBe('30217');
    expect(parseCode('30217公务接待费')).toBe('30217');
    expect(parseCode('30217-公务接待费')).toBe('30217');
    expect(parseCode('[30217]公务接待费')).toBe('30217');
    expect(parseCode('【30217】公务接待费')).toBe('30217');
    expect(parseCode('（30217）公务接待费')).toBe('30217');
    expect(parseCode('公务接待费(30217)')).toBe('30217');
    expect(parseCode('公务接待费【30217】')).toBe('30217');
  });

  it('joins a code printed in groups (类 3 digits, 款 and 项 2)', () => {
    expect(parseCode('302 17 公务接待费')).toBe('30217');
    expect(parseCode('302-17')).toBe('30217');
    expect(parseCode('201 05 07')).toBe('2010507');
  });

  it('takes the most specific code of a hierarchy path, whatever its separators', () => {
    expect(parseCode('[302]商品和服务支出/[30217]公务接待费')).toBe('30217');
    expect(parseCode('302 商品和服务支出-30217 公务接待费')).toBe('30217');
    expect(parseCode('302商品和服务支出\\30217公务接待费')).toBe('30217');
    expect(parseCode('[201]一般公共服务支出/[20113]商贸事务/[2011301]行政运行')).toBe('2011301');
    expect(parseCode('商品和服务支出>公务接待费(30217)')).toBe('30217');
    // One code and a path of names (用友 GRP-R9): the code is the class.
    expect(parseCode('30217 商品和服务支出\\公务接待费')).toBe('30217');
  });

  it('keeps the class when a later number is no level of it', () => {
    expect(parseCode('30217 公务接待费（原30299）')).toBe('30217');
    expect(parseCode('30299其他商品和服务支出（2024年第3批）')).toBe('30299');
    expect(parseCode('YL2024-002 业余体校训练经费')).toBeUndefined();
    expect(parseCode('办公费2024')).toBeUndefined();
    expect(parseCode('其他商品和服务支出')).toBeUndefined();
  });

  it('counts a bill booked under 公务接待费 written as a path of bracketed codes, and does not flag it as hidden', async () => {
    const csv =
      '凭证日期,凭证号,摘要,功能分类,经济分类,收款人,借方金额\n' +
      '2024-04-08,记-04-0012,接待市局调研组工作餐,[201]一般公共服务支出/[20113]商贸事务/[2011301]行政运行,[302]商品和服务支出/[30217]公务接待费,县迎宾酒店,860.00\n' +
      '2024-04-09,记-04-0013,购买办公用品,[201]一般公共服务支出/[20113]商贸事务/[2011301]行政运行,[302]商品和服务支出/[30201]办公费,县文具店,120.00\n';
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'path.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.functionCode, e.economicCode])).toEqual([
      ['2011301', '30217'],
      ['2011301', '30201'],
    ]);
    const { totals, findings } = threePublicTotals(read.entries, context());
    expect(totals.booked.reception).toBe(86_000);
    expect(totals.hidden.reception).toBe(0);
    expect(findings).toEqual([]);
  });

  it('reads the economic class from the last level of a 科目 path when there is no economic column', async () => {
    const csv =
      '凭证日期,凭证号,摘要,会计科目,功能分类,借方金额\n' +
      '2024-04-08,付-0012,公务用车加油,[7101]行政支出/[710101]财政拨款支出/[7101010130231]公务用车运行维护费,2011301 行政运行,300.00\n';
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'acct.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries[0]?.economicCode).toBe('30231');
  });
});

describe('a 多栏明细账 (one 借方金额分析 column per economic class)', () => {
  const header =
    '月,日,凭证号,摘要,功能科目,项目,往来单位,借方,贷方,方向,余额,30201办公费,30217公务接待费,30231公务用车运行维护费\n';
  it('takes each entry\'s class from the analysis column its amount stands in, refunds and red ink included', async () => {
    const csv =
      header +
      '03,05,记-0012,购买办公用品,2010801 行政运行,,县文具店,120.00,,借,120.00,120.00,,\n' +
      '03,08,记-0013,接待市审计局调研组,2010801 行政运行,,县迎宾酒店,860.00,,借,980.00,,860.00,\n' +
      '03,20,记-0020,退回多付餐费,2010801 行政运行,,县迎宾酒店,,60.00,借,920.00,,-60.00,\n' +
      '03,25,记-0024,湘J·8C317加油,2010801 行政运行,,县石油公司,300.00,,借,1220.00,0.00,,300.00\n';
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'dlz.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.economicCode, e.amount])).toEqual([
      ['30201', 12_000],
      ['30217', 86_000],
      ['30217', -6_000],
      ['30231', 30_000],
    ]);
  });

  it('refuses, naming the row, an entry whose amount stands in two analysis columns or in none', async () => {
    const csv =
      header +
      '03,05,记-0012,购买办公用品及接待,2010801 行政运行,,县文具店,200.00,,借,200.00,120.00,80.00,\n' +
      '03,06,记-0013,购买办公用品,2010801 行政运行,,县文具店,50.00,,借,250.00,,,\n';
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'dlz.csv', { fiscalYear: 2024 });
    expect(read.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'economicCode'],
      [3, 'economicCode'],
    ]);
  });
});
