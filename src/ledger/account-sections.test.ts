import { describe, expect, it } from 'vitest';
import { accountTitleOfRow } from '../reference/row-kinds.ts';
import { MappingError } from './column-mapping.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A 明细分类账 of 5001 printed by 科目 as CSV: each 明细科目 a section under its title row, with its own 期初余额,
 * 本月合计 and 本年累计; no economic-class column. One title 会计科目： with code and name joined by a space, the other
 * 科目： with a dash and its name's levels joined by /, its last level an accrual name (…费用 for the table's …支出).
 */
const CSV = [
  '明细分类账,,,,,',
  '单位：青岭县测试局　期间：2024年1月至2024年12月,,,,,',
  '日期,凭证号,摘要,功能分类,借方,贷方',
  '会计科目：5001010211 业务活动费用-商品和服务费用-差旅费,,,,,',
  '2024-01-01,,期初余额,,,',
  '2024-03-05,记-3,赴省厅汇报工作差旅费,2010101 行政运行,1200.00,',
  '2024-03-20,记-9,退回多借差旅费,2010101 行政运行,,200.00',
  ',,本月合计,,1200.00,200.00',
  ',,本年累计,,1200.00,200.00',
  '科目：5001010299-业务活动费用/商品和服务费用/其他商品和服务费用,,,,,',
  '2024-01-01,,期初余额,,,',
  '2024-04-02,记-1,购买会标横幅,2010101 行政运行,300.00,',
  ',,本月合计,,300.00,',
  ',,本年累计,,300.00,',
  '制单：李四,,,,,',
].join('\r\n');

/** A SpreadsheetML 2003 workbook (Excel's "XML 表格"), each title row merged across the sheet. */
function spreadsheetMl(rows: readonly (readonly string[] | string)[]): Uint8Array {
  const width = 7;
  const cell = (v: string) => (v === '' ? '<Cell/>' : `<Cell><Data ss:Type="${/^-?\d+(\.\d+)?$/.test(v) ? 'Number' : 'String'}">${v}</Data></Cell>`);
  const body = rows
    .map((r) => (typeof r === 'string' ? `<Row><Cell ss:MergeAcross="${width - 1}"><Data ss:Type="String">${r}</Data></Cell></Row>` : `<Row>${r.map(cell).join('')}</Row>`))
    .join('\n');
  return utf8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n` +
      `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n` +
      `<Worksheet ss:Name="明细分类账"><Table>\n${body}\n</Table></Worksheet></Workbook>\n`,
  );
}

/**
 * The same shape of a 事业单位's 7201 as SpreadsheetML: a 科目名称： title with the code in brackets, the other 科目：
 * with code and name joined by a space; the class is the account code's tail, the nature its 基本支出/项目支出 level.
 */
const XML = spreadsheetMl([
  '明细分类账',
  ['日期', '凭证号', '摘要', '功能分类', '借方金额', '贷方金额', '余额'],
  '科目名称：[7201010230217]事业支出—财政拨款支出—项目支出—公务接待费',
  ['2024-05-06', '记-4', '接待省检查组工作餐', '2100410 突发公共卫生事件应急处理', '480.00', '', '480.00'],
  ['', '', '本年累计', '', '480.00', '', '480.00'],
  '科目：7201010130201 事业支出—财政拨款支出—基本支出—办公费',
  ['2024-02-01', '记-1', '购复印纸', '2100401 疾病预防控制机构', '650.00', '', '650.00'],
  ['2024-02-15', '记-7', '购墨盒', '2100401 疾病预防控制机构', '210.50', '', '860.50'],
  ['', '', '本年累计', '', '860.50', '', '860.50'],
]);

describe('a 明细分类账 printed by 科目 section', () => {
  it('books the rows under each 科目/会计科目 title (CSV) to its account and reads the class from it', async () => {
    // Given a CSV whose economic class is only in the section titles
    const read = await readLedgerFile(utf8(CSV), 'mxflz.csv', { fiscalYear: 2024 });
    // Then it imports unedited: each entry has its section's class (a name the table writes with 支出 too)
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.summary, e.economicCode, e.amount])).toEqual([
      ['赴省厅汇报工作差旅费', '30211', 120000],
      ['退回多借差旅费', '30211', -20000],
      ['购买会标横幅', '30299', 30000],
    ]);
    // And the titles are skipped rows of their own; the net is the sections' 本年累计 summed (1,000.00 + 300.00)
    expect(read.skipped).toMatchObject({ 'account-title': 2, period: 6, title: 2, footer: 1 });
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(130000);
  });

  it('reads 科目名称 and bracketed codes (SpreadsheetML), the class from the code and the nature from the account', async () => {
    // Given a SpreadsheetML 明细分类账 with merged title rows
    const read = await readLedgerFile(XML, 'sydw.xml', { fiscalYear: 2024 });
    // Then each entry takes its section's class and nature
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.summary, e.economicCode, e.nature, e.amount])).toEqual([
      ['接待省检查组工作餐', '30217', 'project', 48000],
      ['购复印纸', '30201', 'basic', 65000],
      ['购墨盒', '30201', 'basic', 21050],
    ]);
    expect(read.skipped).toMatchObject({ 'account-title': 2, period: 2 });
  });

  it('changes nothing in a one-account export that has an economic-class column', async () => {
    // Given a normal export with an 经济科目 column, and the same with a 科目 title row inside
    const rows = (title: boolean) =>
      [
        '日期,凭证号,摘要,功能科目,经济科目,借方,贷方',
        ...(title ? ['科目：7101010130217 行政支出-财政拨款支出-基本支出-公务接待费,,,,,,'] : []),
        '2024-03-05,记-3,购复印纸,2010101 行政运行,30201 办公费,650.00,',
        '2024-03-09,记-5,接待市考核组工作餐,2010101 行政运行,30217 公务接待费,300.00,',
      ].join('\n');
    const plain = await readLedgerFile(utf8(rows(false)), 'a.csv', { fiscalYear: 2024 });
    const titled = await readLedgerFile(utf8(rows(true)), 'b.csv', { fiscalYear: 2024 });
    // Then the entries are the same: the column gives the class, the title is no section
    expect(titled.errors).toEqual([]);
    expect(titled.entries.map((e) => [e.summary, e.economicCode, e.nature])).toEqual(plain.entries.map((e) => [e.summary, e.economicCode, e.nature]));
    expect(titled.entries.map((e) => e.economicCode)).toEqual(['30201', '30217']);
    expect(titled.skipped['account-title']).toBeUndefined();
  });

  it('reads a title only when it is the row\'s one text: a code, then a name without a further label', () => {
    expect(accountTitleOfRow(Array(5).fill('科目：5001010211 业务活动费用-商品和服务费用-差旅费'))).toEqual({
      label: '科目：5001010211 业务活动费用-商品和服务费用-差旅费',
      code: '5001010211',
      name: '业务活动费用-商品和服务费用-差旅费',
    });
    expect(accountTitleOfRow(['会计科目： 5001.01.02 业务活动费用/商品和服务费用'])).toMatchObject({ code: '50010102' });
    // A page-info line (a second label), a title beside a date or amount, a code without a name, a name without a code
    expect(accountTitleOfRow(['科目：5001 业务活动费用　期间：2024年1月至12月'])).toBeUndefined();
    expect(accountTitleOfRow(['科目：5001010211 差旅费', '1200.00'])).toBeUndefined();
    expect(accountTitleOfRow(['科目：5001010211'])).toBeUndefined();
    expect(accountTitleOfRow(['科目：业务活动费用'])).toBeUndefined();
    expect(accountTitleOfRow(['单位：青岭县测试局'])).toBeUndefined();
  });

  it('keeps the header error for titles that name no class, and names the header row instead of a row 0', async () => {
    // Given titles whose accounts name no economic class (科目：7101 行政支出)
    const csv = ['测试明细账,,,,', '日期,凭证号,摘要,功能分类,借方', '科目：7101 行政支出,,,,', '2024-03-05,记-3,购复印纸,2010101 行政运行,650.00'].join('\n');
    // Then the header cannot be mapped, and the message names the header's row
    const err = await readLedgerFile(utf8(csv), 'c.csv', { fiscalYear: 2024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MappingError);
    expect((err as Error).message).toMatch(/^找不到必需的列：经济科目\(economicCode\)；表头（第2行）为：日期\|凭证号/u);
  });
});
