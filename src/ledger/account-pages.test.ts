import { describe, expect, it } from 'vitest';
import { accountTitleOfPageInfo } from '../reference/row-kinds.ts';
import { MappingError } from './column-mapping.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/**
 * A 明细账 of 7101 printed per 明细科目: each account's page-info line (单位 | 科目：code name | 期间 | 金额单位) names the
 * account, the only place the economic class is given; a header on two rows (2024年 over 月/日, 辅助核算 over
 * 部门/功能科目/项目/往来单位), 月 and 日 as text, 本月合计/本年累计 only in the months the account moved.
 */
function section(code: string, name: string, lines: readonly string[], withHeader = true): string[] {
  return [
    '明细账,,,,,,,,,,,',
    `单位：[532422001]测试县财政局,,,科目：${code} ${name},,,,,期间：2024年01月至2024年12月,,金额单位：元,`,
    ...(withHeader
      ? ['2024年,,凭证号,摘要,辅助核算,,,,借方,贷方,方向,余额', '月,日,,,部门,功能科目,项目,往来单位,,,,']
      : []),
    '01,01,,期初余额,,,,,,,平,0',
    ...lines,
    '12,31,记-0040,年末结转,,,,,,0,平,0',
  ];
}
const OFFICE = section('71010130201', '行政支出—基本支出—商品和服务支出—办公费', [
  '03,08,记-0004,购买打印纸,办公室,2010601 行政运行,,文博办公用品店,1200.00,,借,1200.00',
  '03,31,,本月合计,,,,,1200.00,0,借,1200.00',
  '03,31,,本年累计,,,,,1200.00,0,借,1200.00',
]);
const RECEPTION = section('71010130217', '行政支出—基本支出—商品和服务支出—公务接待费', [
  '10,20,记-0011,调账：餐费转列公务接待费,办公室,2010601 行政运行,,抚仙湖宾馆,620.00,,借,620.00',
  '10,25,记-0015,退回多付餐费,办公室,2010601 行政运行,,抚仙湖宾馆,,20.00,借,600.00',
  '10,31,,本月合计,,,,,620.00,20.00,借,600.00',
  '10,31,,本年累计,,,,,620.00,20.00,借,600.00',
]);

describe('a 明细账 printed per 明细科目 (the account on the page-info line)', () => {
  it('reads the account of a page-info line, and only there', () => {
    const cells = ['单位：[532422001]测试县财政局', '', '科目：71010130201 行政支出—基本支出—商品和服务支出—办公费', '期间：2024年01月至2024年12月', '金额单位：元'];
    expect(accountTitleOfPageInfo(cells)).toMatchObject({ code: '71010130201', name: '行政支出—基本支出—商品和服务支出—办公费' });
    // Labels in one cell, split at full-width spaces.
    expect(accountTitleOfPageInfo(['单位：测试县财政局　科目：71010130217 行政支出—基本支出—商品和服务支出—公务接待费　金额单位：元'])?.code).toBe('71010130217');
    // Labels in one cell, separated by single spaces.
    expect(accountTitleOfPageInfo(['单位：[532422001]测试县财政局 科目：71010130201 行政支出—基本支出—商品和服务支出—办公费 期间：2024年01月至2024年12月 金额单位：元'])).toMatchObject({
      code: '71010130201',
      name: '行政支出—基本支出—商品和服务支出—办公费',
    });
    // The account by its name path alone (its code then '').
    expect(accountTitleOfPageInfo(['单位：测试县财政局', '科目：行政支出—基本支出—商品和服务支出—差旅费'])).toMatchObject({ code: '', name: '行政支出—基本支出—商品和服务支出—差旅费' });
    expect(accountTitleOfPageInfo(['单位：测试县财政局', '科目：行政支出'])).toBeUndefined();
    // The unit and period written without their labels.
    expect(accountTitleOfPageInfo(['[532422001]测试县财政局', '科目：71010130211 行政支出—基本支出—商品和服务支出—差旅费', '2024年1月—12月'])?.code).toBe('71010130211');
    // An amount beside it: an entry, not a page-info line.
    expect(accountTitleOfPageInfo(['科目：71010130211 行政支出—差旅费', '1200.00'])).toBeUndefined();
    // Another label that is no page-info label: no title.
    expect(accountTitleOfPageInfo(['说明：调账', '科目：71010130201 行政支出—办公费'])).toBeUndefined();
    // Two accounts on one line: which one is not said.
    expect(accountTitleOfPageInfo(['科目：71010130201 办公费', '会计科目：71010130217 公务接待费'])).toBeUndefined();
  });

  it('one sheet, the accounts one after another: each section booked to its account', async () => {
    const csv = [...OFFICE, '', ...RECEPTION, '制单：普艳,,,审核：李德华,,,,,打印日期：2025-01-10,,,'].join('\r\n');
    const read = await readLedgerFile(utf8(csv), 'kmlx.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.economicCode, e.functionCode, e.amount])).toEqual([
      ['2024-03-08', '30201', '2010601', 120000],
      ['2024-10-20', '30217', '2010601', 62000],
      ['2024-10-25', '30217', '2010601', -2000],
    ]);
  });

  it('a bare 科目：7101 行政支出 on the page-info line gives no class: the error is unchanged', async () => {
    const csv = section('7101', '行政支出', ['03,08,记-0004,购买打印纸,办公室,2010601 行政运行,,文博办公用品店,1200.00,,借,1200.00']).join('\r\n');
    await expect(readLedgerFile(utf8(csv), 'bare.csv', { fiscalYear: 2024 })).rejects.toThrow(MappingError);
  });

  it('a workbook with a sheet per account, named by the account: booked to it, the name no project', async () => {
    const cell = (v: string) => (v === '' ? '<Cell/>' : `<Cell><Data ss:Type="String">${v}</Data></Cell>`);
    const sheet = (name: string, rows: readonly string[]) =>
      `<Worksheet ss:Name="${name}"><Table>\n${rows.map((r) => `<Row>${r.split(',').map(cell).join('')}</Row>`).join('\n')}\n</Table></Worksheet>`;
    // The same sheets without the 项目 column (its cells are empty on every row here).
    const noProject = (rows: string[]) => rows.map((r) => r.split(',').filter((_, i) => i !== 6).join(','));
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n` +
      `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n` +
      `${sheet('71010130201办公费', noProject(OFFICE))}\n${sheet('71010130217公务接待费', noProject(RECEPTION))}</Workbook>\n`;
    const read = await readLedgerFile(utf8(xml), 'kmfy.xml', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.economicCode, e.projectName, e.payee, e.amount])).toEqual([
      ['30201', undefined, '文博办公用品店', 120000],
      ['30217', undefined, '抚仙湖宾馆', 62000],
      ['30217', undefined, '抚仙湖宾馆', -2000],
    ]);
    // A sheet whose account names no class (科目：7101 行政支出), first or later: its rows fail, saying why — the sheet
    // is neither left out nor booked to the account of the sheet before.
    for (const [at, other] of [
      ['71010130201办公费', '71010130217公务接待费'],
      ['71010130217公务接待费', '71010130201办公费'],
    ] as const) {
      const bare = xml.replace(`ss:Name="${at}"><Table>`, `ss:Name="${at}"><Table data-x="bare">`);
      const marked = bare.split('<Worksheet').map((w) => (w.includes('data-x="bare"') ? w.replace(/科目：\d+ [^<]+/u, '科目：7101 行政支出').replace(' data-x="bare"', '') : w)).join('<Worksheet');
      const read = await readLedgerFile(utf8(marked), 'bare.xml', { fiscalYear: 2024 });
      expect(read.sheets?.skipped ?? []).toEqual([]);
      expect(read.errors.length).toBeGreaterThan(0);
      expect(read.errors.every((e) => e.field === 'economicCode')).toBe(true);
      expect(other).not.toBe(at);
    }
    // Sheets named by the account's name levels (基本支出-办公费 reads as a basic part when nothing says otherwise).
    const byName = xml.replace('ss:Name="71010130201办公费"', 'ss:Name="行政支出-基本支出-办公费"').replace('ss:Name="71010130217公务接待费"', 'ss:Name="基本支出-公务接待费"');
    const named = await readLedgerFile(utf8(byName), 'kmfy.xml', { fiscalYear: 2024 });
    expect(named.errors).toEqual([]);
    expect(named.entries.map((e) => [e.economicCode, e.projectName])).toEqual([
      ['30201', undefined],
      ['30217', undefined],
      ['30217', undefined],
    ]);
  });

  it('a 科目 column holding the parent account (710101 行政支出-基本支出): the section names it to its last level', async () => {
    const csv = [
      '明细账,,,,,',
      '日期,凭证号,摘要,科目,功能分类,借方',
      '单位：测试县财政局,科目：71010130201 行政支出-基本支出-商品和服务支出-办公费,期间：2024年,,,',
      '2024-03-08,记-4,购买打印纸,710101 行政支出-基本支出,2010601 行政运行,1200.00',
      '单位：测试县财政局,科目：71010130211 行政支出-基本支出-商品和服务支出-差旅费,期间：2024年,,,',
      '2024-04-02,记-1,赴省厅差旅费,710101 行政支出-基本支出,2010601 行政运行,800.00',
    ].join('\r\n');
    const read = await readLedgerFile(utf8(csv), 'parent.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.economicCode, e.nature, e.amount])).toEqual([
      ['30201', 'basic', 120000],
      ['30211', 'basic', 80000],
    ]);
  });

  it('the account by its name path alone: a name two classes share is read as the data says (办公设备购置 → 31002)', async () => {
    const csv = section('', '行政支出—基本支出—资本性支出—办公设备购置', [
      '08,06,记-0003,购置激光打印机2台,办公室,2010601 行政运行,,电脑城,6800.00,,借,6800.00',
    ])
      .map((r) => r.replace('科目： ', '科目：'))
      .join('\r\n');
    const read = await readLedgerFile(utf8(csv), 'tie.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.economicCode)).toEqual(['31002']);
  });

  it('the account by its name path alone: the class from its last level', async () => {
    const named = (rows: string[]) => rows.map((r) => r.replace(/科目：\d+ /u, '科目：'));
    const csv = [...named(OFFICE), '', ...named(RECEPTION)].join('\r\n');
    const read = await readLedgerFile(utf8(csv), 'named.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.economicCode, e.nature, e.amount])).toEqual([
      ['30201', 'basic', 120000],
      ['30217', 'basic', 62000],
      ['30217', 'basic', -2000],
    ]);
  });
});
