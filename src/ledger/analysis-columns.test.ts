/**
 * 多栏明细账 (analysis-column ledgers): the economic class of an amount is the column under 借方金额分析 it stands
 * in. Small hand-written files, not produced by any generator of Jixiao.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { finding } from '../core/finding.ts';
import type { LedgerRule } from './check-context.ts';
import { checkLedger } from './check-ledger.ts';
import { MappingError } from './column-mapping.ts';
import { entryPath, NO_FUNCTION } from './entry.ts';
import { describeWithoutFunction } from './ledger-service.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { context } from './testing/fixtures.ts';

const csv = (lines: string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);

// A CSV prints the group header once, over empty cells; the fixed columns stand on the lower row.
const HEAD = [
  '行政支出多栏明细账,,,,,,,,,,',
  '科目：7101 行政支出,,,,,,,,,,',
  '2024年,,凭证号,摘要,功能科目,项目,借方,贷方,余额,借方金额分析,,,',
  '月,日,,,,,,,,30201办公费,30211 差旅费,公务接待费,合计',
];

describe('a 多栏账 (analysis columns as the economic class)', () => {
  it('makes one entry per non-zero analysis cell, classes from the columns (code with or without a space, or the name alone), refunds and red ink as negatives', async () => {
    const read = await readLedgerFile(
      csv([
        ...HEAD,
        '01,01,,期初余额,,,,,0,,,,',
        '01,08,记-0001,购打印纸,2010101 行政运行,,600.00,,600.00,600.00,,,600.00',
        // One voucher line carrying a trip and its meal, booked in two columns: two entries.
        '01,09,记-0002,赴市汇报差旅费及接待,2010101 行政运行,,"1,350.00",,1950.00,,950.00,400.00,"1,350.00"',
        // A refund: 贷方, its class's column negative.
        '01,20,记-0003,退回多报差旅费,2010101 行政运行,,,120.00,1830.00,,-120.00,,-120.00',
        // Red ink: a negative 借方 and the same negative in its column.
        '01,25,记-0004,红字冲销重复记账打印纸,2010101 行政运行,,-600.00,,1230.00,-600.00,,,-600.00',
        ',,,本月合计,,,1350.00,120.00,1230.00,0,830.00,400.00,1230.00',
        ',,,本年累计,,,1350.00,120.00,1230.00,0,830.00,400.00,1230.00',
      ]),
      'dlz.csv',
      { fiscalYear: 2024 },
    );
    expect(read.errors).toEqual([]);
    expect(read.columns.analysis?.group).toBe('借方金额分析');
    // 合计 is the row's total, not a class.
    expect(read.columns.analysis?.columns.map((c) => c.economicCode)).toEqual(['30201', '30211', '30217']);
    expect(read.entries.map((e) => [e.row, e.voucher, e.economicCode, e.amount])).toEqual([
      [6, '记-0001', '30201', 60_000],
      [7, '记-0002', '30211', 95_000],
      [7, '记-0002', '30217', 40_000],
      [8, '记-0003', '30211', -12_000],
      [9, '记-0004', '30201', -60_000],
    ]);
    expect(read.entries.map((e) => e.entryNo)).toEqual([1, 2, 3, 4, 5]);
    // The rest of the row is shared.
    expect(read.entries[2]).toMatchObject({ date: '2024-01-09', summary: '赴市汇报差旅费及接待', functionCode: '2010101', nature: 'basic' });
    expect(read.splitRows).toBe(1);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(123_000);
  });

  it('refuses a row whose analysis cells do not make its 借方−贷方, naming the row, and returns no entry', async () => {
    const read = await readLedgerFile(
      csv([
        ...HEAD,
        '02,03,记-0001,购打印纸,2010101 行政运行,,600.00,,600.00,600.00,,,600.00',
        '02,05,记-0002,赴省培训差旅费,2010101 行政运行,,"1,000.00",,1600.00,,900.00,,900.00',
      ]),
      'bad.csv',
      { fiscalYear: 2024 },
    );
    expect(read.entries).toEqual([]);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ row: 6, column: '借方金额分析' });
    expect(read.errors[0]!.message).toContain('第6行借方金额分析各栏合计 900.00元，与本行借方−贷方 1,000.00元 不等');
  });

  it('refuses a row with an amount in no analysis column', async () => {
    const read = await readLedgerFile(
      csv([...HEAD, '02,03,记-0001,购打印纸,2010101 行政运行,,600.00,,600.00,,,,600.00']),
      'empty.csv',
      { fiscalYear: 2024 },
    );
    expect(read.entries).toEqual([]);
    expect(read.errors[0]?.message).toContain('第5行借方金额分析各栏均为空');
  });

  it('refuses an analysis column that names no class of the economic table (a name 309 and 310 share is read in 310)', async () => {
    const head = [...HEAD];
    head[3] = '月,日,,,,,,,,30201办公费,茶水费,专用设备购置,合计';
    const attempt = readLedgerFile(
      csv([...head, '02,03,记-0001,购打印纸,2010101 行政运行,,600.00,,600.00,600.00,,,600.00']),
      'unknown.csv',
      { fiscalYear: 2024 },
    );
    await expect(attempt).rejects.toThrow(MappingError);
    const message = await attempt.catch((err: Error) => err.message);
    expect(message).toContain('第11列“茶水费”不是经济分类科目名称');
    // 专用设备购置 is 30903 and 31003: a unit's own purchase is 310 (header-synonyms.json analysisGroups.sameName).
    expect(message).not.toContain('专用设备购置');
  });

  it('reads an .xlsx whose group header is merged across its columns and whose fixed headers are merged down', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('多栏账');
    sheet.addRow(['2024年', '', '凭证号', '摘要', '功能科目', '借方', '贷方', '借方金额分析', '']);
    sheet.addRow(['月', '日', '', '', '', '', '', '办公费', '30231公务用车运行维护费']);
    sheet.mergeCells('A1:B1');
    sheet.mergeCells('H1:I1');
    for (const c of ['C', 'D', 'E', 'F', 'G']) sheet.mergeCells(`${c}1:${c}2`);
    sheet.addRow(['03', '05', '记-0007', '湘A·12345加油', '2010101 行政运行', 300, '', '', 300]);
    const read = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'm.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.columns.analysis?.columns.map((c) => [c.header, c.economicCode])).toEqual([
      ['办公费', '30201'],
      ['30231公务用车运行维护费', '30231'],
    ]);
    expect(read.entries.map((e) => [e.date, e.economicCode, e.amount])).toEqual([['2024-03-05', '30231', 30_000]]);
  });

  it('reads a 借贷多栏账: a 贷方金额分析 group\'s amounts are refunds of their classes', async () => {
    const read = await readLedgerFile(
      csv([
        '日期,凭证号,摘要,功能科目,借方,贷方,借方金额分析,,贷方金额分析,',
        ',,,,,,30211差旅费,30217公务接待费,30211差旅费,30217公务接待费',
        '2024-04-02,记-3,赴省差旅费,2010101,800.00,,800.00,,,',
        '2024-04-20,记-9,退回多报差旅费,2010101,,50.00,,,50.00,',
      ]),
      'dc.csv',
      { fiscalYear: 2024 },
    );
    expect(read.errors).toEqual([]);
    expect(read.columns.analysis?.group).toBe('借方金额分析/贷方金额分析');
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.amount, e.column])).toEqual([
      ['记-3', '30211', 80_000, 7],
      ['记-9', '30211', -5_000, 9],
    ]);
  });

  it('reads 借方 printed over the classes themselves (no 借方 total column): the row\'s 借方 is the sum of its columns', async () => {
    const read = await readLedgerFile(
      csv([
        '日期,凭证号,摘要,功能科目,借方,,贷方,余额',
        ',,,,30201办公费,30211差旅费,,',
        '2024-04-02,记-3,购纸及差旅费,2010101,200.00,800.00,,1000.00',
        '2024-04-20,记-9,退回多报差旅费,2010101,,-50.00,,950.00',
        '2024-04-25,记-12,退回多报办公费,2010101,,,30.00,920.00',
      ]),
      'debit-group.csv',
      { fiscalYear: 2024 },
    );
    expect(read.columns.analysis?.group).toBe('借方');
    // A refund only in the 贷方 column names no class: refused with its row.
    expect(read.errors.map((e) => e.row)).toEqual([5]);
    expect(read.errors[0]!.message).toContain('第5行借方各栏均为空');
    const ok = await readLedgerFile(
      csv([
        '日期,凭证号,摘要,功能科目,借方,,贷方,余额',
        ',,,,30201办公费,30211差旅费,,',
        '2024-04-02,记-3,购纸及差旅费,2010101,200.00,800.00,,1000.00',
        '2024-04-20,记-9,退回多报差旅费,2010101,,-50.00,,950.00',
      ]),
      'debit-group.csv',
      { fiscalYear: 2024 },
    );
    expect(ok.errors).toEqual([]);
    expect(ok.entries.map((e) => [e.voucher, e.economicCode, e.amount])).toEqual([
      ['记-3', '30201', 20_000],
      ['记-3', '30211', 80_000],
      ['记-9', '30211', -5_000],
    ]);
  });

  it('takes a title 支出明细 over an ordinary header for a title, not a group', async () => {
    const read = await readLedgerFile(
      csv(['支出明细,,,,,', '凭证日期,凭证号,摘要,功能分类,会计科目,借方金额', '2024-05-06,记-1,电费,2010101,7101010130206 电费,100.00']),
      'title.csv',
      { fiscalYear: 2024 },
    );
    expect(read.errors).toEqual([]);
    expect(read.columns.analysis).toBeUndefined();
    expect(read.entries.map((e) => [e.date, e.economicCode])).toEqual([['2024-05-06', '30206']]);
  });

  it('leaves a ledger with an economic-class column as it was, whatever a title above says', async () => {
    const read = await readLedgerFile(
      csv(['支出明细,,,,,', '凭证日期,凭证号,摘要,功能分类,经济分类,借方金额', '2024-05-06,记-1,电费,2010101,30206,100.00']),
      'plain.csv',
      { fiscalYear: 2024 },
    );
    expect(read.errors).toEqual([]);
    expect(read.columns.analysis).toBeUndefined();
    expect(read.entries.map((e) => [e.economicCode, e.amount])).toEqual([['30206', 10_000]]);
  });
});

describe('entries split from one 多栏账 row', () => {
  it('are flagged apart: a finding on one class names that entry, not its twin of the same row', async () => {
    const read = await readLedgerFile(
      csv([...HEAD, '03,02,记-0001,招待客人及购打印纸,2010101 行政运行,,1000.00,,1000.00,300.00,,700.00,1000.00']),
      'twins.csv',
      { fiscalYear: 2024 },
    );
    expect(read.entries.map((e) => [e.row, e.column, e.economicCode])).toEqual([
      [5, 10, '30201'],
      [5, 12, '30217'],
    ]);
    // A rule that flags the row's first class only (the twin after it would win a lookup by row).
    const stationery: LedgerRule = {
      id: 'test.stationery',
      title: '办公费',
      check: (entries) =>
        entries
          .filter((e) => e.economicCode === '30201')
          .map((e) => finding({ rule: 'test.stationery', severity: 'warning', message: '办公费', evidence: [{ path: entryPath(e), line: e.row, value: e.amount }] })),
    };
    const report = checkLedger(read.entries, context(), [stationery]);
    expect(report.flagged.map((f) => [f.entry.economicCode, f.entry.amount])).toEqual([['30201', 30_000]]);
    expect(report.summary[0]).toMatchObject({ entries: 1, amount: 30_000 });
  });
});

// After the tests ledtune wrote for its own 多栏账 import (d4376f1, dropped when ledimp's landed first): a 多栏账
// exported with one header row, the class columns standing without a group header.
describe('a 多栏账 with one header row (class columns without a group header)', () => {
  const header = '月,日,凭证号,摘要,功能科目,项目,往来单位,借方,贷方,方向,余额,30201办公费,30217公务接待费,30231公务用车运行维护费\n';
  it("takes each entry's class from the analysis column its amount stands in, refunds and red ink included", async () => {
    const text =
      header +
      '03,05,记-0012,购买办公用品,2010801 行政运行,,县文具店,120.00,,借,120.00,120.00,,\n' +
      '03,08,记-0013,接待市审计局调研组,2010801 行政运行,,县迎宾酒店,860.00,,借,980.00,,860.00,\n' +
      '03,20,记-0020,退回多付餐费,2010801 行政运行,,县迎宾酒店,,60.00,借,920.00,,-60.00,\n' +
      '03,25,记-0024,湘J·8C317加油,2010801 行政运行,,县石油公司,300.00,,借,1220.00,0.00,,300.00\n';
    const read = await readLedgerFile(new TextEncoder().encode(text), 'dlz.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.economicCode, e.amount])).toEqual([
      ['30201', 12_000],
      ['30217', 86_000],
      ['30217', -6_000],
      ['30231', 30_000],
    ]);
  });

  it('splits a row whose amount stands in two columns that make its 借方, and refuses, naming the row, one in no column', async () => {
    const text =
      header +
      '03,05,记-0012,购买办公用品及接待,2010801 行政运行,,县文具店,200.00,,借,200.00,120.00,80.00,\n' +
      '03,06,记-0013,购买办公用品,2010801 行政运行,,县文具店,50.00,,借,250.00,,,\n';
    const read = await readLedgerFile(new TextEncoder().encode(text), 'dlz.csv', { fiscalYear: 2024 });
    expect(read.errors.map((e) => [e.row, e.field])).toEqual([[3, 'economicCode']]);
    const first = await readLedgerFile(new TextEncoder().encode(text.split('\n').slice(0, 2).join('\n')), 'dlz.csv', { fiscalYear: 2024 });
    expect(first.entries.map((e) => [e.economicCode, e.amount])).toEqual([
      ['30201', 12_000],
      ['30217', 8_000],
    ]);
    expect(first.splitRows).toBe(1);
  });
});

describe('a 乡镇 多栏明细账 whose class columns are named only (no codes) and which prints no function column', () => {
  // 借方合计, 贷方金额, 借或贷 and 余额 after the class columns, on the upper row.
  const HEAD2 = [
    '多栏明细账,,,,,,,,,,,',
    '核算单位：青岚县白沙乡人民政府,,,科目：7101 行政支出,,,期间：2024年1月至2024年12月,,,金额单位：元,,',
    '2024年,,凭证号,摘要,借方金额分析,,,,借方合计,贷方金额,借或贷,余额',
    '月,日,,,办公费,因公出国（境）费,维修费,办公设备购置,,,,',
  ];

  it('names each column by the economic table (a short name of the data, 费 for 费用, 办公设备购置 as 31002) and imports the entries without a function class, saying so', async () => {
    const read = await readLedgerFile(
      csv([
        ...HEAD2,
        '1,1,,期初余额,,,,,,,平,0.00',
        '1,8,记-1,购买打印纸,1659.00,,,,1659.00,,借,1659.00',
        '4,25,记-9,购置办公电脑5台,,,,24500.00,24500.00,,借,26159.00',
        '6,18,记-7,会议室空调维修,,,1240.00,,1240.00,,借,27399.00',
        '8,19,记-6,因公出国（境）考察费用,,8600.00,,,8600.00,,借,35999.00',
        // A refund as a negative in its class column (and in 借方合计).
        '8,30,记-9,退回多报出国费用,,-600.00,,,-600.00,,借,35399.00',
        // The same refund printed also in 贷方金额: the class column holds it once.
        '9,2,记-1,退回打印纸货款,-59.00,,,,-59.00,59.00,借,35340.00',
        '12,31,,本年累计,1600.00,8000.00,1240.00,24500.00,35340.00,,借,35340.00',
        '12,31,记-12,年末结转,,,,,,35340.00,平,0.00',
      ]),
      'dlzc.csv',
      { fiscalYear: 2024 },
    );
    expect(read.errors).toEqual([]);
    expect(read.columns.analysis?.columns.map((c) => c.economicCode)).toEqual(['30201', '30212', '30213', '31002']);
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.amount, e.functionCode])).toEqual([
      ['记-1', '30201', 165_900, NO_FUNCTION],
      ['记-9', '31002', 2_450_000, NO_FUNCTION],
      ['记-7', '30213', 124_000, NO_FUNCTION],
      ['记-6', '30212', 860_000, NO_FUNCTION],
      ['记-9', '30212', -60_000, NO_FUNCTION],
      ['记-1', '30201', -5_900, NO_FUNCTION],
    ]);
    expect(read.withoutFunction).toBe(6);
    expect(describeWithoutFunction(read.withoutFunction)).toMatch(/^本文件没有功能科目列/);
  });

  it('reads its fixed columns grouped on two rows too (凭证 over 字 | 号 beside 借方金额分析 over the classes)', async () => {
    const read = await readLedgerFile(
      csv([
        '多栏明细账,,,,,,,,,,,,',
        '2024年,,凭证,,摘要,借方金额分析,,,,借方合计,贷方金额,借或贷,余额',
        '月,日,字,号,,办公费,因公出国（境）费,维修费,办公设备购置,,,,',
        '1,8,记,1,购买打印纸,1659.00,,,,1659.00,,借,1659.00',
        '4,25,记,9,购置办公电脑5台,,,,24500.00,24500.00,,借,26159.00',
      ]),
      'zihao.csv',
      { fiscalYear: 2024 },
    );
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.voucher, e.economicCode, e.amount])).toEqual([
      ['2024-01-08', '记-1', '30201', 165_900],
      ['2024-04-25', '记-9', '31002', 2_450_000],
    ]);
  });

  it('refuses a class column the table does not know, naming it (Chinese and English)', async () => {
    const head = [...HEAD2];
    head[3] = '月,日,,,办公费,茶水费,维修费,办公设备购置,,,,';
    const attempt = readLedgerFile(csv([...head, '1,8,记-1,购买打印纸,1659.00,,,,1659.00,,借,1659.00']), 'tea.csv', { fiscalYear: 2024 });
    await expect(attempt).rejects.toThrow(MappingError);
    const message = await attempt.catch((err: Error) => err.message);
    expect(message).toContain('第6列“茶水费”不是经济分类科目名称');
    expect(message).toContain('analysis columns of "借方金额分析" that name no single economic class');
  });

  it('still requires a function column of a ledger that is no 多栏账', async () => {
    const attempt = readLedgerFile(
      csv(['日期,凭证号,摘要,经济科目,借方,贷方', '2024-01-08,记-1,购买打印纸,30201 办公费,1659.00,']),
      'plain.csv',
      { fiscalYear: 2024 },
    );
    await expect(attempt).rejects.toThrow(/找不到必需的列：功能科目/);
  });
});

// A header of more than two rows: the group row over rows that name the classes (a row of 类 spanning them, a row of
// codes, a row of names), read as one. New shapes, not any fixture's.
describe('a 多栏账 whose header runs over more than two rows', () => {
  it('reads a CSV with the group and its 类 printed once over empty cells, a code row and a name row; refunds and red ink negative in their column', async () => {
    const read = await readLedgerFile(
      csv([
        '支出多栏账,,,,,,,,,,,',
        '单位：某县档案馆,,,,,,,,,,,',
        ',,,,,,,支出分析,,,,',
        ',,,,,,,302 商品和服务支出,,,310 资本性支出,',
        ',,,,,,,30205,30215,30229,31007,',
        '日期,凭证字号,摘要,功能分类,借方,贷方,余额,水费,会议费,福利费,信息网络及软件购置更新,合计',
        '2024-02-06,付-3,缴2月水费,2012601 行政运行,410.50,,410.50,410.50,,,,410.50',
        '2024-03-11,付-8,档案数字化软件升级,2012601 行政运行,"12,800.00",,13210.50,,,,12800.00,12800.00',
        // A refund: 贷方, negative in its class's column.
        '2024-03-19,收-2,退回会议押金,2012601 行政运行,,300.00,12910.50,,-300.00,,,-300.00',
        // Red ink: a negative 借方 and its column.
        '2024-03-30,转-5,红字冲销重复计提福利费,2012601 行政运行,-96.00,,12814.50,,,-96.00,,-96.00',
      ]),
      'deep.csv',
      { fiscalYear: 2024 },
    );
    expect(read.errors).toEqual([]);
    expect(read.columns.headerRow).toBe(5);
    // The code and the name of each column read together; the 类 row names no column; 合计 is no class.
    expect(read.columns.analysis?.columns.map((c) => [c.header, c.economicCode])).toEqual([
      ['30205 水费', '30205'],
      ['30215 会议费', '30215'],
      ['30229 福利费', '30229'],
      ['31007 信息网络及软件购置更新', '31007'],
    ]);
    expect(read.entries.map((e) => [e.row, e.voucher, e.economicCode, e.amount])).toEqual([
      [7, '付-3', '30205', 41_050],
      [8, '付-8', '31007', 1_280_000],
      [9, '收-2', '30215', -30_000],
      [10, '转-5', '30229', -9_600],
    ]);
  });

  it('reads an .xlsx with fixed columns merged down five rows, the 类 merged over its classes and a row of bare codes naming them', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('多栏账');
    sheet.addRow(['日期', '凭证号', '摘要', '功能科目', '借方', '贷方', '借方发生额分析', '', '', '']);
    sheet.addRow(['', '', '', '', '', '', '商品和服务支出', '', '资本性支出', '']);
    sheet.addRow(['', '', '', '', '', '', '302', '', '310', '']);
    sheet.addRow(['', '', '', '', '', '', '30211', '30239', '31002', '31003']);
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F']) sheet.mergeCells(`${c}1:${c}4`);
    sheet.mergeCells('G1:J1');
    sheet.mergeCells('G2:H2');
    sheet.mergeCells('I2:J2');
    sheet.mergeCells('G3:H3');
    sheet.mergeCells('I3:J3');
    sheet.addRow(['2024-06-03', '记-21', '赴省馆学习交流差旅', '2012601 行政运行', 1860, '', 1860, '', '', '']);
    sheet.addRow(['2024-06-17', '记-40', '购扫描仪2台', '2012601 行政运行', 9200, '', '', '', '', 9200]);
    sheet.addRow(['2024-06-28', '记-52', '退回多领市内交通费', '2012601 行政运行', '', 45, '', -45, '', '']);
    const read = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'codes.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.columns.headerRow).toBe(3);
    expect(read.columns.analysis?.columns.map((c) => c.economicCode)).toEqual(['30211', '30239', '31002', '31003']);
    expect(read.entries.map((e) => [e.date, e.economicCode, e.amount])).toEqual([
      ['2024-06-03', '30211', 186_000],
      ['2024-06-17', '31003', 920_000],
      ['2024-06-28', '30239', -4_500],
    ]);
  });

  it('leaves out a 类 row with one class under each 类 (its code begins the code below it), the fixed columns named on the group row', async () => {
    const read = await readLedgerFile(
      csv([
        '记账日期,凭证编号,摘要,功能分类,借方,支出明细,',
        ',,,,,303 对个人和家庭的补助,310 资本性支出',
        ',,,,,30305,31003',
        ',,,,,生活补助,专用设备购置',
        '2024-08-14,记-33,困难职工生活补助,2012601 行政运行,800.00,800.00,',
        '2024-08-20,记-35,购档案密集架,2012601 行政运行,"46,000.00",,46000.00',
      ]),
      'one-each.csv',
      { fiscalYear: 2024 },
    );
    expect(read.errors).toEqual([]);
    expect(read.columns.analysis?.columns.map((c) => c.header)).toEqual(['30305 生活补助', '31003 专用设备购置']);
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.amount])).toEqual([
      ['记-33', '30305', 80_000],
      ['记-35', '31003', 4_600_000],
    ]);
  });

  it('refuses, naming its column, a column of such a header whose name the table lacks and whose code row is empty', async () => {
    const attempt = readLedgerFile(
      csv([
        ',,,,,借方金额分析,,',
        ',,,,,30201,,30216',
        '日期,凭证号,摘要,功能科目,借方,办公费,茶叶费,培训费',
        '2024-01-05,记-1,购订书机,2012601 行政运行,35.00,35.00,,',
      ]),
      'tea-deep.csv',
      { fiscalYear: 2024 },
    );
    await expect(attempt).rejects.toThrow(MappingError);
    const message = await attempt.catch((err: Error) => err.message);
    expect(message).toContain('第7列“茶叶费”不是经济分类科目名称');
    expect(message).not.toContain('第6列');
  });

  it('says which header row it read and that a row of 类 names no column, when the code row does not follow it', async () => {
    const attempt = readLedgerFile(
      csv([
        '日期,凭证号,摘要,功能分类,借方,借方金额分析,,',
        ',,,,,302 商品和服务支出,302 商品和服务支出,310 资本性支出',
        '注：本表按经济分类分析,,,,,,,',
        ',,,,,30201,30211,31002',
        '2024-01-02,记-1,纸,2012601 行政运行,10.00,10.00,,',
      ]),
      'broken.csv',
      { fiscalYear: 2024 },
    );
    const message = await attempt.catch((err: Error) => err.message);
    expect(message).toContain('（表头第2行）');
    expect(message).toContain('第7列“302 商品和服务支出”与第6列“302 商品和服务支出”是同一经济分类 302');
    expect(message).toContain('只写到“类”（302）');
    expect(message).not.toContain('310');
  });

  it('names both columns of a class printed twice, the later and the earlier by number', async () => {
    const attempt = readLedgerFile(
      csv([
        ',,,,,借方金额分析,,',
        ',,,,,30201,30211,30201',
        '日期,凭证号,摘要,功能科目,借方,办公费,差旅费,办公用品',
        '2024-01-05,记-1,购订书机,2012601 行政运行,35.00,35.00,,',
      ]),
      'twice.csv',
      { fiscalYear: 2024 },
    );
    const message = await attempt.catch((err: Error) => err.message);
    expect(message).toContain('第8列“30201 办公用品”与第6列“30201 办公费”是同一经济分类 30201');
  });
});
