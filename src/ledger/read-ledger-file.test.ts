import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../core/input-error.ts';
import { importCodeTable } from '../reference/code-tables.ts';
import { decodeText } from './decode-text.ts';
import { parseLedgerAmount, parseLedgerDate } from './parse-entries.ts';
import { describeSheets, openLedgerFile, readLedgerFile } from './read-ledger-file.ts';
import { cell, compoundFile, workbookStream, xfRecords } from '../reference/biff-writer.test-util.ts';
import { reconcile } from './reconcile.ts';
import { loadDemo } from '../reference/demo.ts';
import { repoPath } from '../reference/paths.ts';

const CSV = '凭证日期,凭证号,摘要,借方金额,功能分类,经济分类,支出类型,项目编码\n2024-05-06,记-5-1,支付5月电费,"1,234.56",2010601,30206,基本支出,\n';

describe('reading a ledger file', () => {
  it('detects GBK and UTF-8', () => {
    expect(decodeText(iconv.encode(CSV, 'gbk'))).toEqual({ text: CSV, encoding: 'gb18030' });
    expect(decodeText(new TextEncoder().encode(`\uFEFF${CSV}`)).encoding).toBe('utf-8');
    expect(decodeText(new TextEncoder().encode(CSV))).toEqual({ text: CSV, encoding: 'utf-8' });
  });

  it('reads a GBK CSV into entries', async () => {
    const read = await readLedgerFile(iconv.encode(CSV, 'gbk'), 'gbk.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries[0]).toMatchObject({ row: 2, summary: '支付5月电费', amount: 123_456, nature: 'basic' });
  });

  it('reads an .xlsx export, dates as dates and amounts as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('明细');
    sheet.addRow(['日期', '凭证号', '摘要', '金额', '功能科目', '经济科目', '项目名称']);
    sheet.addRow([new Date(Date.UTC(2024, 6, 1)), '记-7-9', '电商培训讲师课酬', 1500.5, '2013802', 30216, '电商项目']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = await readLedgerFile(bytes, 'a.xlsx', { fiscalYear: 2024 });
    expect(read.format).toBe('xlsx');
    expect(read.errors).toEqual([]);
    expect(read.entries[0]).toMatchObject({ date: '2024-07-01', amount: 150_050, economicCode: '30216', nature: 'project', projectName: '电商项目' });
  });

  it('reads a real Excel 97–2003 (.xls) ledger, one sheet per month, exactly like its .xlsx twin, and reconciles the same', async () => {
    const read = (ext: string) =>
      readLedgerFile(readFileSync(repoPath(`test/fixtures/exports/ledger-xinhuang-2024.${ext}`)), `mx.${ext}`, { fiscalYear: 2024 });
    const [xls, xlsx] = [await read('xls'), await read('xlsx')];
    expect([xls.format, xlsx.format]).toEqual(['xls', 'xlsx']);
    expect(xls.errors).toEqual([]);
    expect(xls.entries).toHaveLength(9);
    // 0.10 and 0.20 元 stay 10 and 20 分; the 贷方 refund nets negative; both 本月合计 rows are skipped.
    expect(xls.entries.slice(1, 3).map((e) => e.amount)).toEqual([10, 20]);
    expect(xls.entries.find((e) => e.voucher === '付-0006')?.amount).toBe(-3456);
    expect(xls.entries.reduce((s, e) => s + e.amount, 0)).toBe(5_009_536 - 3456 + 4_199_305);
    expect(xls.skipped).toEqual(xlsx.skipped);
    expect(xls.entries).toEqual(xlsx.entries);
    const dy = loadDemo();
    const rec = reconcile(xls.entries, dy);
    expect(rec.lines.length).toBeGreaterThan(0);
    expect(rec).toEqual(reconcile(xlsx.entries, dy));
  });

  it('takes the 部门 economic class when a 预算管理一体化 export also carries the 政府 one, in any order', async () => {
    const text =
      '凭证日期,凭证号,摘要,功能分类,政府支出经济分类,部门支出经济分类,借方金额\n' +
      '2024-05-06,0012,支付5月电费,2140101 行政运行,50201 办公经费,30206 电费,"1,234.56"\n';
    const read = await readLedgerFile(new TextEncoder().encode(text), 'a.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries[0]).toMatchObject({ voucher: '0012', economicCode: '30206', functionCode: '2140101' });
  });

  it('reads a 网上报销 listing: 事由 is the 摘要, 单据编号 the voucher', async () => {
    const text = '业务日期,单据编号,报销事由,功能分类,经济分类,金额\n2024-03-05,BX2024001,购买打印纸,2010601 行政运行,30201 办公费,100.00\n';
    const read = await readLedgerFile(new TextEncoder().encode(text), 'bx.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries[0]).toMatchObject({ voucher: 'BX2024001', summary: '购买打印纸', amount: 10_000 });
  });

  it('reads a 支付明细 dated by 支付时间 (with the time of day) and subtotalled by month (dev-gxzf)', async () => {
    // Given a payment listing whose date column is 支付时间 and whose months close with N月小计 in the 序号 column
    const text =
      '序号,支付时间,支付凭证号,功能分类,部门经济分类,收款人,用途,支付金额,支付状态\n' +
      '1,2024-01-06 13:12:15,2024010600001,2150501 行政运行,30206 电费,国网榆溪供电公司,支付1月电费,"2,286.48",支付成功\n' +
      '1月小计,,,,,,,"2,286.48",\n' +
      '2,2024-02-03 09:01:00,2024020300002,2150501 行政运行,30201 办公费,榆溪县宏达文具商行,购买复印纸,300.00,支付成功\n' +
      '2月小计,,,,,,,300.00,\n' +
      '合计,,,,,,,"2,586.48",\n';
    // When it is read
    const read = await readLedgerFile(new TextEncoder().encode(text), 'zf.csv', { fiscalYear: 2024 });
    // Then both payments are entries dated by day, and the subtotals are skipped as totals
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.summary, e.amount])).toEqual([
      ['2024-01-06', '支付1月电费', 228_648],
      ['2024-02-03', '购买复印纸', 30_000],
    ]);
    expect(read.skipped).toMatchObject({ total: 3 });
  });

  it('takes the economic class from the 明细科目 code when the export has no economic-class column', async () => {
    const text =
      '日期,凭证号,科目编码,科目全称,摘要,功能分类,项目,借方,贷方\n' +
      '20240305,付-0012,7101010130231,行政支出—财政拨款支出—基本支出—公务用车运行维护费,公务用车加油,2240101 行政运行,,"1,234.56",\n' +
      '20240306,付-0013,7101010231003,行政支出—财政拨款支出—项目支出—专用设备购置,救援装备,2240106 安全监管,应急救援队伍建设,800.00,\n' +
      '20240307,付-0014,7101,行政支出,无明细科目,2240101 行政运行,,10.00,\n';
    const read = await readLedgerFile(new TextEncoder().encode(text), 'hier.csv', { fiscalYear: 2024 });
    expect(read.entries.map((e) => [e.economicCode, e.nature])).toEqual([]);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ row: 4, field: 'economicCode' });
    expect(read.errors[0]!.message).toContain('经济分类');
    const ok = await readLedgerFile(new TextEncoder().encode(text.split('\n').slice(0, 3).join('\n')), 'hier.csv', { fiscalYear: 2024 });
    expect(ok.errors).toEqual([]);
    expect(ok.entries.map((e) => [e.date, e.economicCode, e.nature, e.amount])).toEqual([
      ['2024-03-05', '30231', 'basic', 123_456],
      ['2024-03-06', '31003', 'project', 80_000],
    ]);
  });

  it('takes the nature from the 明细科目 name (基本支出/项目支出) when the export has no 支出类型 column, not from the project', async () => {
    const text =
      '日期,凭证号,科目编码,科目名称,摘要,功能科目,经济科目,项目,借方金额\n' +
      '2024-03-21,记-013,72010102,项目支出,宣传展板制作,2070108 文化活动,30202 印刷费,,"3,280.00"\n' +
      '2024-05-22,记-015,72010101,基本支出,书库恒温系统维保,2070104 图书馆,30213 维修（护）费,4312240102 古籍保护与数字化,"5,600.00"\n' +
      '2024-05-23,记-016,7201,事业支出,购办公用品,2070104 图书馆,30201 办公费,古籍保护与数字化,10.00\n';
    const read = await readLedgerFile(new TextEncoder().encode(text), 'acct.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    // The third account names no nature: the project decides, as before.
    expect(read.entries.map((e) => [e.voucher, e.nature])).toEqual([
      ['记-013', 'project'],
      ['记-015', 'basic'],
      ['记-016', 'project'],
    ]);
  });

  it('reads a workbook with one sheet per month as one ledger, and leaves a sheet with another header alone', async () => {
    const wb = new ExcelJS.Workbook();
    const header = ['日期', '凭证号', '摘要', '功能科目', '经济科目', '借方金额', '贷方金额'];
    for (const [name, day, amount] of [['1月', '2024-01-05', 100], ['2月', '2024-02-05', 200]] as const) {
      const ws = wb.addWorksheet(name);
      ws.addRow([`某局 明细账（${name}）`]);
      ws.addRow(header);
      ws.addRow([day, `记-${name}`, '支付电费', '2010301', '30206', amount, null]);
      ws.addRow([day, '', '本月合计', '', '', amount, null]);
    }
    wb.addWorksheet('说明').addRow(['本表由系统导出', '请勿修改']);
    const read = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'm.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.amount])).toEqual([
      ['2024-01-05', 10_000],
      ['2024-02-05', 20_000],
    ]);
    expect(read.skipped.title).toBe(3);
    // The sheet with another header is left out and named.
    expect(read.sheets).toEqual({ read: ['1月', '2月'], skipped: [{ sheet: '说明', reason: 'no-header' }] });
    expect(describeSheets(read.sheets)).toBe('工作表读取 2 个：「1月」、「2月」；未读取：「说明」（找不到明细账表头） / sheets read 1月, 2月; not read: 说明 (no ledger header)');
  });

  it('parses the date and amount forms accounting exports use', () => {
    expect(['2024-03-05', '2024/3/5', '2024.3.5', '2024年3月5日', '20240305', '45356'].map(parseLedgerDate)).toEqual(Array(6).fill('2024-03-05'));
    expect(parseLedgerDate('2024-02-30')).toBeUndefined();
    // Oracle's DD-MON-RR as a database client prints a DATE, in English and in a Chinese client (month padded)
    expect(['05-MAR-24', '05-mar-2024', '05-3月 -24', '5-3月-24'].map(parseLedgerDate)).toEqual(Array(4).fill('2024-03-05'));
    expect(parseLedgerDate('31-2月 -24')).toBeUndefined();
    // A date-time saved as a number keeps its time as the fraction of the serial; the day is read.
    expect(parseLedgerDate('45356.4375')).toBe('2024-03-05');
    expect(['1,234.56', '-12.3', '(1,000.00)', '0.05', '１２３'].map(parseLedgerAmount)).toEqual([123_456, -1_230, -100_000, 5, 12_300]);
    expect(() => parseLedgerAmount('12.345')).toThrow();
  });

  it("reads a spreadsheet float written out in full as the 分 it holds, and a fraction of a 分 still as an error", () => {
    expect(['1234.5600000001', '386000.00000001', '1233.9999999998', '0.30000000000000004', '-1234.5599999999'].map(parseLedgerAmount)).toEqual([
      123_456, 38_600_000, 123_400, 30, -123_456,
    ]);
    // Typed or worked out to a fraction of a 分: not a float's rendering (too few digits, or no run of 0s/9s).
    for (const t of ['12.345', '12.3400001', '1234.5612345678']) expect(() => parseLedgerAmount(t)).toThrow();
  });
});

describe('a 明细账 as accounting software exports it', () => {
  const EXPORT = [
    '沅陵县商务局 明细账',
    '会计期间：2024年01月-2024年12月,,,,,,,',
    '单位：元,,,,,,,',
    '日期,凭证号,摘要,功能科目,经济科目,项目名称,借方金额,贷方金额,余额',
    '2024-01-01,,期初余额,,,,,,0.00',
    '2024-01-05,记-1,支付1月电费,2011301,30206,,"1,000.00",,1000.00',
    '2024-01-20,记-9,退回多付电费,2011301,30206,,,200.00,800.00',
    '2024-01-25,记-12,冲销记-1多记金额,2011301,30206,,-50.00,,750.00',
    ',,本月合计,,,,950.00,200.00,750.00',
    ',,本年累计,,,,950.00,200.00,750.00',
    '2024-12-31,记-99,年末结转本年财政拨款支出,2011301,30206,,,750.00,0.00',
    '制表人：王会计,,,,打印日期：2025-01-06,,,',
  ].join('\n');

  it('imports unedited (GBK): periods, totals, title and footer skipped and counted; 借方 − 贷方 netted', async () => {
    const read = await readLedgerFile(iconv.encode(EXPORT, 'gbk'), 'mx.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.columns.headerRow).toBe(3);
    expect(read.entries.map((e) => [e.row, e.amount])).toEqual([
      [6, 100_000],
      [7, -20_000],
      [8, -5_000],
    ]);
    expect(read.skipped).toMatchObject({ title: 3, period: 4, footer: 1 });
  });

  it('a 科目明细账 含下级科目: indented heading rows in the 科目 column give the rows under them their account, class and nature; 小计 lines are totals', async () => {
    const csv = [
      '科目,日期,凭证号,摘要,功能科目,项目,往来单位,借方金额,贷方金额',
      '7201 事业支出,2024-01-01,,期初余额,,,,,',
      '\u3000\u3000720101 财政拨款支出,,,,,,,,',
      '\u3000\u3000\u3000\u300072010101 基本支出,,,,,,,,',
      '\u3000\u3000\u3000\u3000\u3000\u30007201010130201 办公费,,,,,,,,',
      ',2024-03-05,记-0031,购买打印纸,2070109 群众文化,,县文具店,860.00,',
      ',2024-12-31,,办公费 小计,,,,860.00,0',
      '\u3000\u3000\u3000\u300072010102 项目支出,,,,,,,,',
      '\u3000\u3000\u3000\u3000\u3000\u30007201010230227 委托业务费,,,,,,,,',
      ',2024-05-08,记-0061,非遗项目影像记录服务,2070199 其他文化和旅游支出,非物质文化遗产保护传承,县影视公司,12000.00,',
      ',2024-12-31,,项目支出合计,,,,12000.00,0',
    ].join('\n');
    const read = await readLedgerFile(iconv.encode(csv, 'gbk'), 'psind.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.economicCode, e.nature])).toEqual([
      ['30201', 'basic'],
      ['30227', 'project'],
    ]);
    expect(read.skipped).toMatchObject({ 'account-title': 5, total: 2 });
  });

  it('a 上季结转 line is a period line; a 明细科目 column is the account and states the nature (72010102 项目支出)', async () => {
    const csv = [
      '月,日,凭证号,摘要,明细科目,功能分类编码,经济分类编码,项目名称,借方金额,贷方金额',
      '4,1,,上季结转,,,,,,',
      '4,5,记-1,购买粉笔,72010101 基本支出,2050202,30201,,120.00,',
      '4,8,记-2,学生饮水机采购,72010101 基本支出,2050202,31002,营养改善计划,1860.00,',
      '4,9,记-3,营养餐食材,72010102 项目支出,2050202,30218,营养改善计划,5000.00,',
      '4,30,,本季累计,,,,,6980.00,',
    ].join('\n');
    const read = await readLedgerFile(iconv.encode(csv, 'gbk'), 'qtr.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.nature, e.natureSource])).toEqual([
      ['basic', 'account'],
      ['basic', 'account'],
      ['project', 'account'],
    ]);
  });

  it('an economic class written by name only: a name two classes share (办公设备购置: 30902 and 31002) is read as the 310 class', async () => {
    const csv = [
      '日期,凭证号,摘要,功能科目,经济科目,项目名称,借方金额,贷方金额',
      '2024-03-05,记-1,购置打印机,2010301,办公设备购置,,2380.00,',
      '2024-03-06,记-2,新购公务用车,2010301,公务用车购置,,186000.00,',
      '2024-03-07,记-3,接待省厅调研组工作餐,2010301,公务接待费,,680.00,',
    ].join('\n');
    const read = await readLedgerFile(iconv.encode(csv, 'gbk'), 'names.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.economicCode)).toEqual(['31002', '31013', '30217']);
  });

  it('a voucher journal with every line of each voucher (双分录): only the budget-spending lines are entries', async () => {
    const journal = [
      '凭证序时簿',
      '核算单位：辰溪县文化旅游广电体育局,,,,,,,,,',
      '凭证日期,凭证号,摘要,科目编码,科目名称,功能分类,经济分类,项目,借方金额,贷方金额',
      '2024-03-16,记-0005,支付3月电费,50010102,业务活动费用-商品和服务费用,2070101,30206,,"1,000.00",',
      '2024-03-16,记-0005,支付3月电费,1011,零余额账户用款额度,,,,,"1,000.00"',
      '2024-03-16,记-0005,支付3月电费,71010102,行政支出-基本支出-公用经费,2070101,30206,,"1,000.00",',
      '2024-03-16,记-0005,支付3月电费,8001,资金结存,,,,,"1,000.00"',
      '2024-03-28,记-0019,收回多付电费,71010102,行政支出-基本支出-公用经费,2070101,30206,,,200.00',
      '2024-03-28,记-0019,收回多付电费,8001,资金结存,,,,200.00,',
      '2024-03-28,记-0019,收回多付电费,50010102,业务活动费用-商品和服务费用,2070101,30206,,,200.00',
      '2024-03-28,记-0019,收回多付电费,1011,零余额账户用款额度,,,,200.00,',
      ',,合计,,,,,,"2,400.00","2,400.00"',
    ].join('\n');
    const read = await readLedgerFile(iconv.encode(journal, 'gbk'), 'xsz.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.row, e.amount])).toEqual([
      [6, 100_000],
      [8, -20_000],
    ]);
    // 平行记账: the 财务会计 lines (5001, 1011) counted apart from the counter-lines (8001).
    expect(read.skipped).toMatchObject({ 'financial-account': 4, 'other-account': 2, total: 1 });
    // Without budget lines (a financial-accounting export), the expense lines are the entries.
    const financial = journal.split('\n').filter((l) => !/,(71010102|8001),/.test(l)).join('\n');
    const fin = await readLedgerFile(new TextEncoder().encode(financial), 'fin.csv', { fiscalYear: 2024 });
    expect(fin.errors).toEqual([]);
    expect(fin.entries.map((e) => e.amount)).toEqual([100_000, -20_000]);
  });

  it('预算管理一体化 project names: 人员类 and 公用经费 projects are basic expenditure, other projects are projects', async () => {
    const csv = [
      '日期,凭证号,摘要,功能科目,经济科目,项目,借方金额,贷方金额',
      '2024-01-09,记-1,发放1月工资,2130101,30101,人员类项目-工资福利,"96,540.00",',
      '2024-01-17,记-2,支付1月电费,2130101,30206,运转类项目-公用经费项目,"3,210.40",',
      '2024-01-20,记-3,执法服装,2130101,30218,其他运转类项目-农业综合执法,"6,300.00",',
      '2024-01-25,记-4,疫苗注射劳务补助,2130122,30226,动物防疫经费,"6,400.00",',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'yth.csv', { fiscalYear: 2024 });
    expect(read.entries.map((e) => [e.voucher, e.nature, e.projectName])).toEqual([
      ['记-1', 'basic', '人员类项目-工资福利'],
      ['记-2', 'basic', '运转类项目-公用经费项目'],
      ['记-3', 'project', '其他运转类项目-农业综合执法'],
      ['记-4', 'project', '动物防疫经费'],
    ]);
  });

  it('预算管理一体化 人员类 and 公用经费 projects named by their class (工资福利, 养老保险缴费, 工会经费, 日常运转) are basic; a 特定目标类 project with a like word is not', async () => {
    const csv = [
      '日期,凭证号,摘要,功能科目,经济科目,项目,借方金额,贷方金额',
      '2024-01-10,记-1,发放1月基本工资,2010401,30101,在职人员工资福利,"46,820.00",',
      '2024-01-10,记-2,缴纳1月养老保险,2080505,30108,机关事业单位基本养老保险缴费,"9,420.00",',
      '2024-03-20,记-3,拨付一季度工会经费,2010401,30228,工会经费,"1,860.00",',
      '2024-03-21,记-4,支付3月电费,2010401,30206,机关日常运转经费,"2,100.00",',
      '2024-03-25,记-5,拨付城乡居民养老保险补助,2080507,30399,城乡居民基本养老保险财政补助,"50,000.00",',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'yth.csv', { fiscalYear: 2024 });
    expect(read.entries.map((e) => e.nature)).toEqual(['basic', 'basic', 'basic', 'basic', 'project']);
  });

  it('a header printed on two rows (辅助核算 and 金额 group cells) and dates printed as 月-日 under a title that gives the year', async () => {
    const printed = [
      '明细账',
      '科目：7101 行政支出,,,,,2024年度,,',
      '日期,凭证号,摘要,辅助核算,,,金额,',
      ',,,功能科目,经济科目,项目,借方,贷方',
      ',,期初余额,,,,,',
      '01-10,记-1,支付1月电费,2130101,30206,,"3,210.40",',
      '3月5日,记-9,退回多付电费,2130101,30206,,,200.00',
      '02-30,记-12,日期写错,2130101,30206,,10.00,',
    ].join('\n');
    const read = await readLedgerFile(iconv.encode(printed, 'gbk'), 'mx.csv', { fiscalYear: 2024 });
    expect(read.columns.headerRow).toBe(3);
    expect(read.errors.map((e) => [e.row, e.field])).toEqual([[8, 'date']]);
    const fixed = await readLedgerFile(iconv.encode(printed.split('\n').slice(0, -1).join('\n'), 'gbk'), 'mx.csv', { fiscalYear: 2024 });
    expect(fixed.errors).toEqual([]);
    expect(fixed.entries.map((e) => [e.date, e.functionCode, e.economicCode, e.amount])).toEqual([
      ['2024-01-10', '2130101', '30206', 321_040],
      ['2024-03-05', '2130101', '30206', -20_000],
    ]);
    expect(fixed.skipped).toMatchObject({ title: 3, period: 1 });
  });

  it('counts bad rows, not bad cells', async () => {
    const bad = 'x\n日期,凭证号,摘要,功能科目,经济科目,金额\n2024-13-01,,,abc,def,x\n2024-01-02,记-1,办公,2011301,30201,1\n';
    const read = await readLedgerFile(new TextEncoder().encode(bad), 'bad.csv', { fiscalYear: 2024 });
    expect(read.errors.length).toBeGreaterThan(3);
    expect(read.badRows).toBe(1);
  });

  it('a 借/贷 direction column turns a credit into a negative amount', async () => {
    const csv = '日期,凭证号,摘要,功能科目,经济科目,方向,金额\n2024-01-02,记-1,退款,2011301,30201,贷,12.00\n';
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'd.csv', { fiscalYear: 2024 });
    expect(read.entries[0]?.amount).toBe(-1_200);
  });
});

describe('the hand-written evaluation exports (test/fixtures/ledger-eval)', () => {
  it.each([
    ['dev-yonyou-2024.csv', 214, 535_483_257],
    ['test-inspur-2024.xlsx', 186, 390_745_439],
  ])('%s imports unedited and its net equals the export’s own 本年累计 line', async (name, count, net) => {
    const { readFileSync } = await import('node:fs');
    const { repoPath } = await import('../reference/paths.ts');
    const read = await readLedgerFile(readFileSync(repoPath(`test/fixtures/ledger-eval/${name}`)), name, { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries).toHaveLength(count);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(net);
    expect(read.skipped.period, '期初余额/本月合计/本年累计/结转 lines skipped').toBeGreaterThanOrEqual(24);
  });
});

describe('a 明细账 printed by month (月 and 日 columns, the year in the title)', () => {
  it('reads the date from 月 and 日 in the fiscal year', async () => {
    const csv = [
      '2024年 明细账',
      '月,日,凭证号,摘要,功能科目,经济科目,借方,贷方,方向,余额',
      ',,,期初余额,,,,,平,0.00',
      '03,5,记-12,购买办公用品,2011301,30201,120.00,,借,120.00',
      '3,28,记-40,退回多付款,2011301,30201,,20.00,借,100.00',
      '03,,,本月合计,,,120.00,20.00,借,100.00',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'm.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.amount])).toEqual([
      ['2024-03-05', 12_000],
      ['2024-03-28', -2_000],
    ]);
  });
});

describe('the fiscal year a 多栏账 is read in', () => {
  // A class name only the user's 2024 economic table has (the shipped table is of 2026).
  const ledger = new TextEncoder().encode(
    [
      '行政支出多栏明细账,,,,,,,,',
      '2024年,,凭证号,摘要,功能科目,借方,贷方,余额,借方金额分析',
      '月,日,,,,,,,课题调研费',
      '03,05,记-0001,课题调研,2010101 行政运行,800.00,,800.00,800.00',
    ].join('\r\n'),
  );
  let dir: string;
  const saved = process.env.JIXIAO_DATA;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'jixiao-ledger-year-'));
    process.env.JIXIAO_DATA = dir;
    importCodeTable('economic', 2024, 'code,name\n302,商品和服务支出\n30299,课题调研费\n', 'economic-2024.csv');
    // The clock says 2026: a ledger of 2024 must still be read in the 2024 table.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    process.env.JIXIAO_DATA = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads the analysis columns' class names in the table of the year the caller gives, not the clock's", async () => {
    const opened = await openLedgerFile(ledger, 'dlz.csv', 2024);
    expect(opened.columns.analysis?.columns.map((c) => [c.header, c.economicCode]), '课题调研费 is 30299 in the 2024 table').toEqual([['课题调研费', '30299']]);
  });

  it('refuses a fiscal year that is not a year, saying so, instead of guessing one', async () => {
    await expect(openLedgerFile(ledger, 'dlz.csv', Number.NaN)).rejects.toThrow(InputError);
    await expect(openLedgerFile(ledger, 'dlz.csv', Number.NaN)).rejects.toThrow(/会计年度/);
  });

  it('reads a function cell of names only (hand-keyed lines) by the code the ledger itself writes beside that name, once unambiguous', async () => {
    const header = '凭证日期,凭证号,摘要,借方金额,功能分类,经济分类,支出类型,项目名称';
    const lines = [
      '2024-03-05,记-3-1,防汛物资采购,"2,000.00",农林水支出-水利-防汛,30218 专用材料费,项目支出,防汛抗旱',
      '2024-03-06,记-3-2,防汛值班劳务,500.00,2130314 防汛,30226 劳务费,项目支出,防汛抗旱',
      '2024-03-07,记-3-3,办公用品,300.00,2010301 行政运行,30201 办公费,基本支出,',
    ];
    const read = await readLedgerFile(new TextEncoder().encode([header, ...lines].join('\n')), 'xz.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries[0]).toMatchObject({ functionCode: '2130314', functionName: '防汛' });
    expect(read.entries[2]).toMatchObject({ functionCode: '2010301', functionName: '行政运行' });
    // Two codes named 行政运行 in the ledger: the path's 类 (一般公共服务支出 = 201) settles one; a cell naming only
    // 行政运行 is not guessed: it is kept as written.
    const twice = [
      ...lines,
      '2024-03-08,记-3-4,水费,80.00,2130101 行政运行,30205 水费,基本支出,',
      '2024-03-09,记-3-5,电费,90.00,一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行,30206 电费,基本支出,',
      '2024-03-10,记-3-6,电话费,70.00,行政运行,30207 邮电费,基本支出,',
    ];
    const ambiguous = await readLedgerFile(new TextEncoder().encode([header, ...twice].join('\n')), 'xz.csv', { fiscalYear: 2024 });
    expect(ambiguous.errors).toEqual([]);
    expect(ambiguous.entries[5]).toMatchObject({ functionCode: '行政运行', functionName: '行政运行' });
    const path = await readLedgerFile(new TextEncoder().encode([header, ...twice.slice(0, 5)].join('\n')), 'xz.csv', { fiscalYear: 2024 });
    expect(path.entries[4]).toMatchObject({ functionCode: '2010301', functionName: '行政运行' });
  });

  it('reads the function item\'s name from its own column when the export writes code and name apart; a name column alone holds the code', async () => {
    const pair = [
      '凭证日期,凭证号,摘要,借方金额,功能科目编码,功能科目名称,经济分类,支出类型,项目名称',
      '2024-09-24,记-9-15,库存检查工作经费,"4,800.00",2220101,行政运行,30226 劳务费,项目支出,粮食库存检查',
      '2024-09-25,记-9-16,储备粮检测,900.00,2220199,粮油物资事务/其他粮油物资事务支出,30227 委托业务费,项目支出,粮食库存检查',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(pair), 'pair.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.functionCode, e.functionName])).toEqual([['2220101', '行政运行'], ['2220199', '其他粮油物资事务支出']]);
    const alone = '凭证日期,凭证号,摘要,借方金额,功能科目名称,经济分类\n2024-03-05,记-3-1,办公用品,300.00,2010301 行政运行,30201 办公费\n';
    const one = await readLedgerFile(new TextEncoder().encode(alone), 'one.csv', { fiscalYear: 2024 });
    expect(one.errors).toEqual([]);
    expect(one.entries[0]).toMatchObject({ functionCode: '2010301', functionName: '行政运行' });
  });

  it('reads the direction written inside a single amount cell (借/贷) and 24/03/05 dates of the fiscal year', async () => {
    const csv = [
      '日期,凭证号,摘要,功能分类,经济分类,支出类型,发生额,余额,',
      '24/03/05,记-1,购买打印纸,2101501,30201,基本支出,"借 1,200.00","借 1,200.00",',
      '24/3/6,记-2,退回多付印刷费,2101501,30202,基本支出,贷 320.00,借 880.00,',
      '24/03/07,记-3,冲销打印纸,2101501,30201,基本支出,"借 -1,280.00",贷 400.00,',
      '24/03/08,记-4,电费,2101501,30206,基本支出,500.00,借 100.00,',
      '本月合计,,,,,,借 100.00,借 100.00,',
    ].join('\r\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'dir.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.amount])).toEqual([
      ['2024-03-05', 120_000],
      ['2024-03-06', -32_000],
      ['2024-03-07', -128_000],
      ['2024-03-08', 50_000],
    ]);
  });

  it('reports a two-digit year of another year and an unreadable amount after 借/贷, naming row and column', async () => {
    const csv = [
      '日期,凭证号,摘要,功能分类,经济分类,支出类型,发生额',
      '24/03/05,记-1,打印纸,2101501,30201,基本支出,借 10.00',
      '23/03/07,记-2,打印纸,2101501,30201,基本支出,借 10.00',
      '24/03/08,记-3,打印纸,2101501,30201,基本支出,借 十元',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'bad.csv', { fiscalYear: 2024 });
    expect(read.errors).toHaveLength(2);
    expect(read.errors[0]).toMatchObject({ row: 3, field: 'date', value: '23/03/07' });
    expect(read.errors[0]!.message).toContain('两位年份');
    expect(read.errors[1]).toMatchObject({ row: 4, field: 'amount', value: '借 十元' });
  });
});

describe('a workbook whose ledger is not its first sheet (a cover 查询条件 before the 明细账)', () => {
  const COVER = [['明细账查询条件'], ['单位：', '[413021]某农技中心'], ['科目范围：', '7201 事业支出 至 7201 事业支出'], ['包含未记账凭证：', '否']];
  // A header on two rows: 凭证 merged over 日期/字号; 科目编码 is hidden in the export.
  const LEDGER = [
    ['某农技中心明细账'],
    ['凭证', '凭证', '摘要', '科目编码', '功能分类', '经济分类', '借方金额', '贷方金额'],
    ['日期', '字号', '摘要', '科目编码', '功能分类', '经济分类', '借方金额', '贷方金额'],
    ['2024-01-05', '记-0001', '支付1月电费', '72010101', '2130104 事业运行', '30206 电费', '1234.56', ''],
    ['2024-01-09', '记-0002', '退回多付电费', '72010101', '2130104 事业运行', '30206 电费', '', '34.56'],
    ['2024-01-31', '', '本月合计', '', '', '', '1234.56', '34.56'],
  ];
  const expectLedger = (read: Awaited<ReturnType<typeof readLedgerFile>>, format: string, skippedName = '查询条件') => {
    expect(read.format).toBe(format);
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.voucher, e.economicCode, e.amount])).toEqual([
      ['2024-01-05', '记-0001', '30206', 123_456],
      ['2024-01-09', '记-0002', '30206', -3456],
    ]);
    expect(read.sheets?.skipped).toEqual([{ sheet: skippedName, reason: 'no-header' }]);
    expect(describeSheets(read.sheets)).toContain(`未读取：「${skippedName}」（找不到明细账表头）`);
  };

  it('.xlsx: reads the 明细账 sheet (hidden column and all) and names the cover it left out', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('查询条件').addRows(COVER);
    const ws = wb.addWorksheet('明细账');
    for (const r of LEDGER) ws.addRow(r.map((c, i) => (i >= 6 && c !== '' && /^\d/.test(c) ? Number(c) : c)));
    ws.getColumn(4).hidden = true;
    const read = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'c.xlsx', { fiscalYear: 2024 });
    expectLedger(read, 'xlsx');
    expect(describeSheets(read.sheets)).toMatch(/^工作表读取：「明细账」；未读取：「查询条件」（找不到明细账表头） \/ sheets read 明细账; not read: 查询条件 \(no ledger header\)$/u);
  });

  it('Excel 97–2003 .xls (BIFF8): the same', async () => {
    const cells = (rows: string[][]) =>
      rows.flatMap((r, i) => r.flatMap((c, j) => (c === '' ? [] : [/^\d+\.\d+$/.test(c) ? cell.number(i, j, Number(c)) : cell.label8(i, j, c)])));
    const stream = workbookStream(8, xfRecords(Array(16).fill(0)), [
      { name: '查询条件', records: cells(COVER) },
      { name: '明细账', records: cells(LEDGER) },
    ]);
    expectLedger(await readLedgerFile(compoundFile(stream), 'c.xls', { fiscalYear: 2024 }), 'xls');
  });

  it('SpreadsheetML 2003 and an HTML table file (a long query table before the ledger’s): the same', async () => {
    const xmlRows = (rows: string[][]) => rows.map((r) => `<Row>${r.map((c) => `<Cell><Data ss:Type="String">${c}</Data></Cell>`).join('')}</Row>`).join('\n');
    const xml =
      '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n' +
      `<Worksheet ss:Name="查询条件"><Table>${xmlRows(COVER)}</Table></Worksheet>\n<Worksheet ss:Name="明细账"><Table>${xmlRows(LEDGER)}</Table></Worksheet>\n</Workbook>\n`;
    expectLedger(await readLedgerFile(new TextEncoder().encode(xml), 'c.xls', { fiscalYear: 2024 }), 'xml');
    // 40 lines of query conditions push the ledger's header past the rows searched for it.
    const longCover = [...COVER, ...Array.from({ length: 36 }, (_, i) => [`条件${i + 1}：`, '全部'])];
    const htmlTable = (rows: string[][]) => `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    const html = `<html><body>${htmlTable(longCover)}${htmlTable(LEDGER)}</body></html>`;
    expectLedger(await readLedgerFile(new TextEncoder().encode(html), 'c.xls', { fiscalYear: 2024 }), 'html', '表格1');
  });

  it('a workbook in which no sheet has a ledger header: the error names every sheet tried and why', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('查询条件').addRows(COVER);
    wb.addWorksheet('空白');
    wb.addWorksheet('说明').addRow(['本表由系统导出', '请勿修改']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const message = await readLedgerFile(bytes, 'n.xlsx', { fiscalYear: 2024 }).then(
      () => '',
      (err: unknown) => (err as Error).message,
    );
    expect(message).toMatch(/^n\.xlsx：3 个工作表都找不到明细账表头（「查询条件」找不到必需的列：.*；「空白」为空；「说明」前 1 行中找不到表头行（需要日期、凭证号、摘要、金额等列）） \/ no sheet has a ledger header: 查询条件, 空白, 说明$/u);
  });
});

describe('a bare 科目 column is the 会计科目 (a 功能科目 辅助明细账): read exactly, never inside 对方科目', () => {
  const read = (header: string[], lines: string[][]) =>
    readLedgerFile(new TextEncoder().encode(`${[header, ...lines].map((l) => l.join(',')).join('\n')}\n`), 'gnfz.csv', { fiscalYear: 2024 });
  const lines = [
    ['2024-03-12', '记-0005', '公卫科购买打印纸', '72010101 基本支出', '2100408 基本公共卫生服务', '30201 办公费', '', '860.00'],
    ['2024-04-19', '记-0009', '基本药物采购（4月补充）', '72010101 基本支出', '2100302 乡镇卫生院', '30218 专用材料费', 'FL24WJ02 基本药物制度补助', '9860.00'],
    ['2024-05-27', '记-0014', '老年人健康体检外送检验费', '72010102 项目支出', '2100408 基本公共卫生服务', '30227 委托业务费', 'FL24WJ04 基本公共卫生服务项目', '10260.40'],
  ];

  it('takes the nature from the 科目 column\'s 明细科目 (基本支出/项目支出), not from the project cell', async () => {
    const { entries, errors, columns } = await read(['日期', '凭证号', '摘要', '科目', '功能科目', '经济分类', '项目', '借方'], lines);
    expect(errors).toEqual([]);
    expect(columns.columns.account).toBe(3);
    expect(entries.map((e) => [e.voucher, e.nature, e.natureSource])).toEqual([
      ['记-0005', 'basic', 'account'],
      ['记-0009', 'basic', 'account'],
      ['记-0014', 'project', 'account'],
    ]);
  });

  it('look-alike: an 对方科目 column (the counter-account) is no account column, and the nature still follows the project', async () => {
    const counter = lines.map((l) => [...l.slice(0, 3), '800101 资金结存', ...l.slice(4)]);
    const { entries, errors, columns } = await read(['日期', '凭证号', '摘要', '对方科目', '功能科目', '经济分类', '项目', '借方'], counter);
    expect(errors).toEqual([]);
    expect(columns.columns.account).toBeUndefined();
    expect(entries.map((e) => [e.voucher, e.nature, e.natureSource])).toEqual([
      ['记-0005', 'basic', 'inferred'],
      ['记-0009', 'project', 'inferred'],
      ['记-0014', 'project', 'inferred'],
    ]);
  });
});

describe('a 明细账 printed one sheet per 明细科目: each sheet\'s title 科目 says basic or project', () => {
  const header = ['日期', '凭证号', '摘要', '功能科目', '经济科目', '项目', '借方', '贷方'];
  const sheet = (title: string, rows: string[][]) => [['明细账'], ['核算单位：[430623201]某初级中学', '', title, '期间：2024.01-2024.12'], header, ...rows];
  const basicRows = [
    ['2024-03-05', '记-3', '购买粉笔、作业本', '2050203 初中教育', '30201 办公费', '', '2840', ''],
    ['2024-06-25', '记-16', '学生宿舍床铺维修', '2050203 初中教育', '30213 维修（护）费', 'TY24JY03 中小学校舍维修改造', '12600', ''],
  ];
  const projectRows = [
    ['2024-01-03', '记-1', '学生营养餐食材采购', '2050203 初中教育', '30218 专用材料费', 'TY24JY01 营养改善计划', '9498', ''],
    ['2024-10-15', '记-10', '购买粉笔、作业本', '2050203 初中教育', '30201 办公费', '', '2840', ''],
  ];
  const workbook = async (sheets: [string, string[][]][]) => {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of sheets) wb.addWorksheet(name).addRows(rows);
    return readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'r10.xlsx', { fiscalYear: 2024 });
  };

  it('reads the nature of every sheet\'s entries from its own title (科目：72010102 …—项目支出)', async () => {
    const read = await workbook([
      ['72010101基本支出', sheet('科目：72010101 事业支出—财政拨款支出—基本支出', basicRows)],
      ['72010102项目支出', sheet('科目：72010102 事业支出—财政拨款支出—项目支出', projectRows)],
    ]);
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.nature, e.natureSource])).toEqual([
      ['记-3', 'basic', 'account'],
      ['记-16', 'basic', 'account'],
      ['记-1', 'project', 'account'],
      ['记-10', 'project', 'account'],
    ]);
  });

  it('look-alike: a title naming an account without 基本/项目 (科目：7201 事业支出) leaves the nature to the project cell', async () => {
    const read = await workbook([['明细账', sheet('科目：7201 事业支出', [...basicRows, ...projectRows])]]);
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.nature, e.natureSource])).toEqual([
      ['记-3', 'basic', 'inferred'],
      ['记-16', 'project', 'inferred'],
      ['记-1', 'project', 'inferred'],
      ['记-10', 'basic', 'inferred'],
    ]);
  });
});

describe('a header on two rows whose lower cells qualify the group above them', () => {
  const enc = (lines: string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);

  it('reads 借方 | 贷方 each over 金额 and 余额 over 方向 | 金额 as 借方金额, 贷方金额 and the balance, never the balance as the amount', async () => {
    for (const lower of [',,,,,金额,金额,方向,金额', ',,,,,金额,金额,借或贷,金额']) {
      const read = await readLedgerFile(
        enc([
          '明细账,,,,,,,,',
          '单位：岚溪县城市管理局,,,,,,,金额单位：元,',
          '日期,凭证号,摘要,功能科目,经济科目,借方,贷方,余额,',
          lower,
          '2024-01-09,记-0001,购买打印纸,2120101 行政运行,30201 办公费,1158.00,,借,1158.00',
          '2024-01-20,记-0002,退回多报差旅费,2120101 行政运行,30211 差旅费,,180.00,借,978.00',
        ]),
        'jin.csv',
        { fiscalYear: 2024 },
      );
      expect(read.errors).toEqual([]);
      expect(read.columns.columns).toMatchObject({ debit: 5, credit: 6 });
      expect(read.columns.columns.amount).toBeUndefined();
      expect(read.entries.map((e) => e.amount)).toEqual([115_800, -18_000]);
    }
  });
});
