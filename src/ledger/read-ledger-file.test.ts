import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.ts';
import { parseLedgerAmount, parseLedgerDate } from './parse-entries.ts';
import { readLedgerFile } from './read-ledger-file.ts';

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

  it('parses the date and amount forms accounting exports use', () => {
    expect(['2024-03-05', '2024/3/5', '2024.3.5', '2024年3月5日', '20240305', '45356'].map(parseLedgerDate)).toEqual(Array(6).fill('2024-03-05'));
    expect(parseLedgerDate('2024-02-30')).toBeUndefined();
    expect(['1,234.56', '-12.3', '(1,000.00)', '0.05', '１２３'].map(parseLedgerAmount)).toEqual([123_456, -1_230, -100_000, 5, 12_300]);
    expect(() => parseLedgerAmount('12.345')).toThrow();
  });
});
