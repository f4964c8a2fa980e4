import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from './read-ledger-file.ts';

describe('a ledger printed in month blocks (月份 | 日 columns)', () => {
  it('carries the month of a block heading (2024年01月, merged across the row) to the day-only rows below it; 月初余额 is a period line', async () => {
    // Given a 科目明细账（按月） whose month is written once per block and whose rows give the day only
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.addRow(['月份', '日', '凭证号', '摘要', '功能科目', '经济科目', '借方金额', '贷方金额']);
    sheet.addRow(['2024年01月']);
    sheet.mergeCells(2, 1, 2, 8);
    sheet.addRow([null, null, null, '上年结转', null, null, null, null]);
    sheet.addRow([null, 5, '记-0001', '支付1月快递邮寄费', '2100201', '30207', 133, null]);
    sheet.addRow([null, null, null, '本月合计', null, null, 133, 0]);
    sheet.addRow(['2024年02月']);
    sheet.mergeCells(6, 1, 6, 8);
    sheet.addRow([null, null, null, '月初余额', null, null, null, null]);
    sheet.addRow([null, 7, '记-0002', '购买桶装饮用水', '2100201', '30201', 230.5, null]);
    // When it is read
    const read = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'yymb.xlsx', { fiscalYear: 2024 });
    // Then each entry takes its block's month, and the headings and balance lines are skipped as period lines
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.voucher])).toEqual([
      ['2024-01-05', '记-0001'],
      ['2024-02-07', '记-0002'],
    ]);
    expect(read.skipped).toMatchObject({ period: 5 });
  });
});
