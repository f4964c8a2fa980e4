import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { quoteSummary, summaryWithVoucher } from './entry.ts';
import { describeCarried } from './ledger-service.ts';
import { entryLineSummary } from './parse-entries.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const HEADER = '日期,凭证号,摘要,科目编码,功能分类,经济分类,支出类型,项目,借方,贷方,方向,余额';
const csv = (lines: readonly string[]): Uint8Array => new TextEncoder().encode(`${[HEADER, ...lines].join('\n')}\n`);
const read = (lines: readonly string[]) => readLedgerFile(csv(lines), 'fenlu.csv', { fiscalYear: 2024 });

describe('a 凭证汇总-style 分录明细: voucher lines heading their entry lines', () => {
  it('carries the voucher line\'s date, voucher and 摘要 to the entry lines below it, and counts the voucher lines', async () => {
    // Given two vouchers, each a voucher line (date, voucher, 摘要, nothing else) over indented entry lines
    const read1 = await read([
      ',,期初余额,,,,,,,,平,0',
      '2024-01-06,记-1,发放1月工资,,,,,,,,,',
      ',,\u3000\u3000└ 在职人员基本工资,71010101 行政支出-财政拨款支出-基本支出,2040201 行政运行,30101 基本工资,基本支出,,1000.00,,借,1000.00',
      ',,\u3000\u3000├─ 津贴补贴,71010101 行政支出-财政拨款支出-基本支出,2040201 行政运行,30102 津贴补贴,基本支出,,500.00,,借,1500.00',
      '2024-01-13,记-2,支付1月电费,,,,,,,,,',
      ',,\u3000\u3000└ 支付1月电费,71010101 行政支出-财政拨款支出-基本支出,2040201 行政运行,30206 电费,基本支出,,80.00,,借,1580.00',
      ',,\u3000\u3000└ ,71010101 行政支出-财政拨款支出-基本支出,2040201 行政运行,30206 电费,基本支出,,-5.00,,借,1575.00',
      ',,本月合计,,,,,,1575.00,0,借,1575.00',
    ]);
    // Then every entry line is an entry of its voucher, and the voucher lines are no entries (nor errors)
    expect(read1.errors).toEqual([]);
    // The line keeps its own 摘要 and the voucher's apart (voucherSummary), never one text joined by a colon.
    expect(read1.entries.map((e) => [e.row, e.date, e.voucher, e.summary, e.voucherSummary, e.amount])).toEqual([
      [4, '2024-01-06', '记-1', '在职人员基本工资', '发放1月工资', 100_000],
      [5, '2024-01-06', '记-1', '津贴补贴', '发放1月工资', 50_000],
      // The line's text that repeats the voucher's 摘要 stands alone; an empty one takes the voucher's.
      [7, '2024-01-13', '记-2', '支付1月电费', undefined, 8_000],
      [8, '2024-01-13', '记-2', '支付1月电费', undefined, -500],
    ]);
    expect(read1.skipped).toMatchObject({ 'voucher-header': 2, period: 2 });
  });

  it('ends a voucher at a period row: a blank date below it is still an error naming the row', async () => {
    const result = await read([
      '2024-01-06,记-1,发放1月工资,,,,,,,,,',
      ',,└ 基本工资,71010101,2040201 行政运行,30101 基本工资,基本支出,,1000.00,,借,1000.00',
      ',,本月合计,,,,,,1000.00,0,借,1000.00',
      ',,└ 津贴补贴,71010101,2040201 行政运行,30102 津贴补贴,基本支出,,500.00,,借,1500.00',
    ]);
    expect(result.errors.map((e) => [e.row, e.field, e.message.split(' / ')[0]])).toEqual([
      [5, 'date', '日期为空'],
      [5, 'voucher', '凭证号为空'],
    ]);
  });

  it('inherits only into a line whose date AND voucher are blank: a line with its own date keeps it and ends the voucher', async () => {
    const result = await read([
      '2024-02-01,记-3,购买办公用品,,,,,,,,,',
      '2024-02-02,,└ 打印纸,71010101,2040201 行政运行,30201 办公费,基本支出,,100.00,,借,100.00',
      ',,└ 硒鼓,71010101,2040201 行政运行,30201 办公费,基本支出,,200.00,,借,300.00',
    ]);
    // The voucher line is not one: its next line has its own date, so it stays an entry with no amount.
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'debit'],
      [2, 'functionCode'],
      [2, 'economicCode'],
      [3, 'voucher'],
      [4, 'date'],
      [4, 'voucher'],
    ]);
  });

  it('changes nothing in a file without voucher lines: a dated row with no amount, and a blank date with no entry above, are errors naming their rows', async () => {
    const result = await read([
      ',,支付2月物业费,71010101,2040201 行政运行,30299 其他商品和服务支出,基本支出,,50.00,,借,50.00',
      '2024-03-05,记-9,支付3月电费,71010101,2040201 行政运行,30206 电费,基本支出,,300.00,,借,350.00',
      '2024-03-06,记-10,支付3月水费,,,,,,,,,',
      '2024-03-07,记-11,支付3月邮电费,71010101,2040201 行政运行,30207 邮电费,基本支出,,90.00,,借,440.00',
      ',,支付3月物业费,71010101,2040201 行政运行,30299 其他商品和服务支出,基本支出,,50.00,,借,490.00',
    ]);
    expect(result.skipped['voucher-header']).toBeUndefined();
    expect(result.errors.filter((e) => e.field === 'debit' || e.field === 'date').map((e) => [e.row, e.field])).toEqual([
      [2, 'date'],
      [4, 'debit'],
    ]);
  });

  it('reads the shape in an .xlsx (a title row, voucher lines over entry lines indented with full-width spaces)', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('分录明细');
    sheet.addRow(['分录明细账']);
    sheet.mergeCells('A1:L1');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['2024-03-05', '记-4', '公务用车维修', null, null, null, null, null, null, null, null, null]);
    sheet.addRow([null, null, '\u3000\u3000└ 轮胎及刹车片 赣C·A2371', '71010101 行政支出-财政拨款支出-基本支出', '2040201 行政运行', '30231 公务用车运行维护费', '基本支出', null, 1280, null, '借', 1280]);
    sheet.addRow([null, null, '本年累计', null, null, null, null, null, 1280, 0, '借', 1280]);
    const result = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'fenlu.xlsx', { fiscalYear: 2024 });
    expect(result.errors).toEqual([]);
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]).toMatchObject({ row: 4, date: '2024-03-05', voucher: '记-4', summary: '轮胎及刹车片 赣C·A2371', voucherSummary: '公务用车维修', amount: 128_000, economicCode: '30231' });
    expect(result.skipped).toMatchObject({ title: 1, 'voucher-header': 1, period: 1 });
  });
});

describe('a 序时账 that prints 日期, 凭证号 and 摘要 on a voucher\'s first line only', () => {
  const PAY = '71010101,2040201 行政运行';
  it('gives a further line with blank 日期/凭证号 and a blank or 同上 摘要 those of the entry row just above, and counts it', async () => {
    const result = await read([
      `2024-01-10,记-3,发放1月工资,${PAY},30101 基本工资,基本支出,,1000.00,,借,1000.00`,
      `,,,${PAY},30102 津贴补贴,基本支出,,500.00,,借,1500.00`,
      `,,同上,${PAY},30103 奖金,基本支出,,200.00,,借,1700.00`,
      `,,“同上”,${PAY},30107 绩效工资,基本支出,,100.00,,借,1800.00`,
      `,,〃,${PAY},30113 住房公积金,基本支出,,50.00,,借,1850.00`,
      // Its own 摘要 is kept alone: the line above is another line, its text not known to be the voucher's.
      `,,培训费,${PAY},30216 培训费,基本支出,,80.00,,借,1930.00`,
      // A blank 日期 under a row of another date but its own voucher: the date is the above's (printed once a day).
      `,记-4,支付1月电费,${PAY},30206 电费,基本支出,,30.00,,借,1960.00`,
    ]);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.row, e.date, e.voucher, e.summary, e.voucherSummary])).toEqual([
      [2, '2024-01-10', '记-3', '发放1月工资', undefined],
      [3, '2024-01-10', '记-3', '发放1月工资', undefined],
      [4, '2024-01-10', '记-3', '发放1月工资', undefined],
      [5, '2024-01-10', '记-3', '发放1月工资', undefined],
      [6, '2024-01-10', '记-3', '发放1月工资', undefined],
      [7, '2024-01-10', '记-3', '培训费', undefined],
      [8, '2024-01-10', '记-4', '支付1月电费', undefined],
    ]);
    expect(result.carriedRows).toBe(6);
    // The officer sees the count in the import summary.
    expect(describeCarried(result.carriedRows)).toMatch(/^6 行分录的日期、凭证号或摘要空着（或写“同上”），已取自紧邻的上一行分录.* \/ 6 entry rows took/);
    expect(describeCarried(0)).toBe('');
  });

  it('never carries across a 本月合计, blank or other skipped row, nor from a row with an error, nor into a new date', async () => {
    const result = await read([
      `,,同上,${PAY},30201 办公费,基本支出,,10.00,,借,10.00`,
      `2024-01-10,记-3,购办公用品,${PAY},30201 办公费,基本支出,,100.00,,借,110.00`,
      ',,本月合计,,,,,,110.00,0,借,110.00',
      `,,,${PAY},30201 办公费,基本支出,,100.00,,借,210.00`,
      `2024-02-10,记-1,购办公用品,${PAY},30201 办公费,基本支出,,100.00,,借,310.00`,
      ',,,,,,,,,,,',
      `,,,${PAY},30201 办公费,基本支出,,100.00,,借,410.00`,
      `2024-02-11,记-2,购办公用品,${PAY},30201 办公费,基本支出,,,,借,410.00`,
      `,,,${PAY},30201 办公费,基本支出,,100.00,,借,510.00`,
      `2024-02-12,记-3,购办公用品,${PAY},30201 办公费,基本支出,,100.00,,借,610.00`,
      `2024-02-13,,同上,${PAY},30201 办公费,基本支出,,100.00,,借,710.00`,
    ]);
    expect(result.errors.map((e) => [e.row, e.field, e.message.split(' / ')[0]])).toEqual([
      [2, 'date', '日期为空'],
      [2, 'voucher', '凭证号为空'],
      [2, 'summary', '摘要写“同上”，但上一行不是分录'],
      [5, 'date', '日期为空'],
      [5, 'voucher', '凭证号为空'],
      [5, 'summary', '摘要为空'],
      [8, 'date', '日期为空'],
      [8, 'voucher', '凭证号为空'],
      [8, 'summary', '摘要为空'],
      [9, 'debit', '借方和贷方金额均为空'],
      [10, 'date', '日期为空'],
      [10, 'voucher', '凭证号为空'],
      [10, 'summary', '摘要为空'],
      // 同上 takes the above's 摘要, but a line with a date of its own is no further line of the voucher above.
      [12, 'voucher', '凭证号为空'],
    ]);
  });

  it('reads 同上 on an entry line under a voucher line as the 摘要 of the entry line just above it', async () => {
    const result = await read([
      '2024-01-06,记-1,发放1月工资,,,,,,,,,',
      `,,└ 基本工资,${PAY},30101 基本工资,基本支出,,1000.00,,借,1000.00`,
      `,,└ 同上,${PAY},30102 津贴补贴,基本支出,,500.00,,借,1500.00`,
    ]);
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.row, e.voucher, e.summary, e.voucherSummary])).toEqual([
      [3, '记-1', '基本工资', '发放1月工资'],
      [4, '记-1', '基本工资', '发放1月工资'],
    ]);
    expect(result.carriedRows).toBe(1);
  });
});

describe('the 摘要 of an entry line under a voucher line', () => {
  it('keeps the line\'s own text and the voucher\'s 摘要 apart, the voucher\'s only where it says more', () => {
    expect(entryLineSummary('报销差旅费', '赴市局开会 交通住宿费')).toEqual({ summary: '赴市局开会 交通住宿费', voucherSummary: '报销差旅费' });
    expect(entryLineSummary('报销差旅费', '')).toEqual({ summary: '报销差旅费' });
    expect(entryLineSummary('报销差旅费', '差旅费')).toEqual({ summary: '差旅费', voucherSummary: '报销差旅费' });
    expect(entryLineSummary('支付电费', '支付电费（局机关）')).toEqual({ summary: '支付电费（局机关）' });
    expect(entryLineSummary('', '局机关电费')).toEqual({ summary: '局机关电费' });
  });

  it('is read with the voucher\'s by the rules that read both (summaryWithVoucher), and quoted apart', () => {
    expect(summaryWithVoucher({ summary: '赴市局开会 交通住宿费', voucherSummary: '报销差旅费' })).toBe('报销差旅费：赴市局开会 交通住宿费');
    expect(summaryWithVoucher({ summary: '差旅费', voucherSummary: '报销差旅费' })).toBe('报销差旅费');
    expect(summaryWithVoucher({ summary: '局机关电费' })).toBe('局机关电费');
    expect(quoteSummary({ summary: '轮胎', voucherSummary: '公务用车维修' })).toBe('摘要“轮胎”（凭证摘要“公务用车维修”）');
    expect(quoteSummary({ summary: '轮胎' })).toBe('摘要“轮胎”');
  });
});
