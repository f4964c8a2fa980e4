import { describe, expect, it } from 'vitest';
import { context } from './testing/fixtures.ts';
import { parseCode, parseCodeName } from './parse-entries.ts';
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

describe('an economic cell naming its class without a code', () => {
  it('takes the class of that name in the year\'s economic table, the last level of a path of names too', async () => {
    const csv =
      '凭证日期,凭证号,摘要,功能分类,经济分类,借方金额\n' +
      '2024-04-08,记-1,接待市局调研组工作餐,2011301,公务接待费,860.00\n' +
      '2024-04-09,记-2,购买办公用品,2011301,商品和服务支出/办公费,120.00\n' +
      '2024-04-10,记-3,赴新加坡考察机票,2011301,商品和服务支出-因公出国(境)费用,9000.00\n';
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'names.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.economicCode)).toEqual(['30217', '30201', '30212']);
  });

  it('keeps a name no class has as written (the table is incomplete); a name a 309 and a 310 class share is read as the 310 class (economicNameTies)', async () => {
    const csv =
      '凭证日期,凭证号,摘要,功能分类,经济分类,借方金额\n' +
      '2024-04-08,记-1,购置执法车,2011301,公务用车购置,150000.00\n' +
      '2024-04-09,记-2,购买办公用品,2011301,办公杂费,120.00\n';
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'names.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.economicCode)).toEqual(['31013', '办公杂费']);
    const loose =
      '凭证日期,凭证号,摘要,功能分类,经济分类,借方金额\n' +
      '2024-05-20,记-9,赴德国考察住宿费,2011301,因公出国（境）费,9625.00\n' +
      '2024-05-21,记-10,接待省厅检查组工作餐,2011301,公务接待费用,640.00\n';
    const shortened = await readLedgerFile(new TextEncoder().encode(loose), 'names.csv', { fiscalYear: 2024 });
    expect(shortened.entries.map((e) => e.economicCode)).toEqual(['30212', '30217']);
    expect(read.keptNames).toEqual({ function: 0, economic: 1 });
  });
});

describe('the name a classification cell writes beside its code', () => {
  it('reads the name after the code, the last level of a path, and nothing else', () => {
    expect(parseCodeName('2220101/行政运行', '2220101')).toBe('行政运行');
    expect(parseCodeName('[2070306]体育训练', '2070306')).toBe('体育训练');
    expect(parseCodeName('2050101行政运行', '2050101')).toBe('行政运行');
    expect(parseCodeName('2120101-行政运行', '2120101')).toBe('行政运行');
    expect(parseCodeName('[201]一般公共服务支出/[20113]商贸事务/[2011301]行政运行', '2011301')).toBe('行政运行');
    expect(parseCodeName('2100408 卫生健康支出\\公共卫生\\基本公共卫生服务', '2100408')).toBe('基本公共卫生服务');
    expect(parseCodeName('2220101', '2220101')).toBeUndefined();
    expect(parseCodeName('商贸事务 2011301', '2011301')).toBeUndefined();
    expect(parseCodeName('201 13 01 行政运行', '2011301')).toBeUndefined();
  });

  it('reads the name before a code written in brackets at the end of the cell (名称（编码）, held-out 10 spent as dev-hszx)', () => {
    expect(parseCodeName('行政运行（2081101）', '2081101')).toBe('行政运行');
    expect(parseCodeName('行政运行(2011301)', '2011301')).toBe('行政运行');
    expect(parseCodeName('一般公共服务支出/商贸事务/行政运行[2011301]', '2011301')).toBe('行政运行');
    expect(parseCodeName('（2011301）', '2011301')).toBeUndefined();
  });
});
