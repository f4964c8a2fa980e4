/**
 * A 明细账 printed with 金额单位 万元 and six decimals and saved as a workbook (dev-wanyuan, was held-out 37): every amount a
 * number cell in 万元, the unit stated once in a merged info row beside the other fields, the doubles carrying binary noise.
 * Money is integer 分 read from the digits; a number's float noise is read at the unit's 分 (the sixth decimal of 万元);
 * an amount that is no whole 分 is an error naming its row, never rounded.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseLedgerAmount, parseLedgerAmountIn, titleAmountUnit } from './parse-entries.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { loadLedgerRuleData } from './rule-data.ts';

const labels = loadLedgerRuleData().amountUnitLabels;
const INFO = '单位：[018003]某县政务服务中心\u3000科目：7101 行政支出\u3000期间：2024年01月—2024年12月\u3000金额单位：万元';

describe('a number’s float noise in a stated unit', () => {
  it('is read at the unit’s 分: the sixth decimal of 万元', () => {
    expect(parseLedgerAmountIn('0.06972100000000001', '万元')).toBe(69721);
    expect(parseLedgerAmountIn('209.839623999999', '万元')).toBe(209_839_624);
    expect(parseLedgerAmountIn('-0.06972100000000001', '万元')).toBe(-69721);
    expect(parseLedgerAmountIn('(0.06972100000000001)', '万元')).toBe(-69721);
    expect(parseLedgerAmountIn('1.2', '千元')).toBe(120_000);
    expect(parseLedgerAmountIn('1.2340000000000002', '千元')).toBe(123_400);
    // 元 as before: the noise after the second decimal.
    expect(parseLedgerAmount('1234.5600000000002')).toBe(123_456);
  });

  it('is not what makes an amount a fraction of a 分: that stays an error, never rounded', () => {
    expect(() => parseLedgerAmountIn('0.0697215', '万元')).toThrow('万元最多6位小数');
    expect(() => parseLedgerAmountIn('0.06972150000000001', '万元')).toThrow('精度超过了分');
    // Too few significant digits to be a double written out in full: typed, not noise.
    expect(() => parseLedgerAmountIn('0.0697210001', '万元')).toThrow('精度超过了分');
  });
});

describe('one reading of an amount cell’s text form, whatever the unit', () => {
  // Where the 元 and the stated-unit readings once differed; each case is read the same way in 元 and in 万元.
  it('reads a float’s noise inside parentheses or after a typeset minus as the whole 分 it holds: the sign’s notation is not the number', () => {
    expect(parseLedgerAmount('(1234.5600000001)')).toBe(-123_456);
    expect(parseLedgerAmount('（1233.9999999998）')).toBe(-123_400);
    expect(parseLedgerAmount('\u22121234.5600000001')).toBe(-123_456);
    expect(parseLedgerAmount('￥(1234.5600000001)')).toBe(-123_456);
    expect(parseLedgerAmountIn('(0.06972100000000001)', '万元')).toBe(-69721);
    expect(parseLedgerAmountIn('\u22120.06972100000000001', '万元')).toBe(-69721);
  });

  it('keeps a fraction of a 分 an error however its sign is written, never rounded', () => {
    for (const t of ['(12.345)', '\u221212.345', '(12.3400001)', '￥(12.345)']) expect(() => parseLedgerAmount(t), t).toThrow('精度超过了分');
    for (const t of ['(0.0697215)', '\u22120.0697215', '(0.06972150000000001)']) expect(() => parseLedgerAmountIn(t, '万元'), t).toThrow('精度超过了分');
  });

  it('reads the accounting format’s nothing (a dash after the currency sign) as 0 in any unit', () => {
    for (const unit of ['元', '万元'] as const) {
      expect(['-', '—', '--', '￥-', '￥ —', '￥--', '-￥-'].map((t) => parseLedgerAmountIn(t, unit)), unit).toEqual([0, 0, 0, 0, 0, 0, 0]);
    }
  });

  it('names the row of a reversal in parentheses that is no whole 分, in a ledger’s import', async () => {
    const csv = [
      '日期,凭证号,摘要,功能科目,经济科目,借方金额,贷方金额',
      '2024-01-05,记-1,支付1月电费,2011301,30206,"1,000.00",',
      '2024-01-25,记-2,冲销记-1多记金额,2011301,30206,(50.005),',
      '2024-01-26,记-3,冲销记-1多记金额,2011301,30206,(49.9999999999999),',
    ].join('\n');
    const r = await readLedgerFile(new TextEncoder().encode(csv), 'a.csv', { fiscalYear: 2024 });
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([[3, 'debit']]);
    expect(r.errors[0]!.message).toContain('精度超过了分');
  });

  it('reads the same text the same way in 元 as parseLedgerAmount', () => {
    const texts = ['1,234.56', '-12.3', '(1,000.00)', '（1,000.00）', '-￥620.00', '￥-620.00', '￥(620.00)', '\u2212620.00', '１２３', '0.30000000000000004'];
    expect(texts.map((t) => parseLedgerAmountIn(t, '元'))).toEqual(texts.map(parseLedgerAmount));
    expect(texts.map(parseLedgerAmount)).toEqual([123_456, -1_230, -100_000, -100_000, -62_000, -62_000, -62_000, -62_000, 12_300, 30]);
  });
});

describe('the amount unit stated in the title block', () => {
  it('is found in a merged info row that states other fields first (单位：[code]name 科目 期间 金额单位)', () => {
    expect(titleAmountUnit([['明细账'], [INFO, '', '', '']], labels)).toBe('万元');
  });

  it('is found with its label and its unit in two cells side by side, empty merged cells between', () => {
    expect(titleAmountUnit([['明细账'], ['单位：某县政务服务中心', '', '金额单位：', '', '万元']], labels)).toBe('万元');
    expect(titleAmountUnit([['单位', '千元']], labels)).toBe('千元');
    // A 单位 naming the unit (元江县 begins with 元) is no money unit, in one cell or in two.
    expect(titleAmountUnit([['单位：元江县财政局']], labels)).toBeUndefined();
    expect(titleAmountUnit([['单位：', '元江县财政局']], labels)).toBeUndefined();
  });
});

/** The print as a workbook: merged title and info row, plain 借方 | 贷方 | 余额, numbers in 万元 as the doubles the export wrote. */
async function wanyuanBook(lines: readonly (string | number | Date | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('明细账');
  ws.addRow(['明细账']);
  ws.addRow([INFO]);
  ws.mergeCells(1, 1, 1, 10);
  ws.mergeCells(2, 1, 2, 10);
  ws.addRow(['日期', '凭证字号', '摘要', '科目编码', '功能分类', '经济分类', '借方', '贷方', '方向', '余额']);
  for (const l of lines) ws.addRow(l);
  for (let r = 4; r <= ws.rowCount; r++) for (const c of [7, 8, 10]) ws.getCell(r, c).numFmt = '#,##0.000000';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
const day = (d: number) => new Date(Date.UTC(2024, 0, d));
const entry = (d: number, v: string, s: string, ec: string, debit: number | null, credit: number | null, balance: number) =>
  [day(d), v, s, '71010101', '2010301 行政运行', ec, debit, credit, '借', balance];

describe('a 明细账 printed in 万元 to a workbook', () => {
  it('imports every number cell as exact 分, the float noise of the doubles read at the 万元’s 分', async () => {
    const bytes = await wanyuanBook([
      [day(1), null, '期初余额', null, null, null, null, null, '平', 0],
      entry(3, '记-0001', '购饮用桶装水', '30201 办公费', 0.021973, null, 0.021973),
      entry(5, '记-0002', '公务用车加油', '30231 公务用车运行维护费', 0.06972100000000001, null, 0.091694),
      entry(8, '记-0003', '购办公设备', '30201 办公费', 209.747929999999, null, 209.839623999999),
      entry(9, '记-0004', '退回多付水费', '30201 办公费', null, 0.0696, 209.770024),
      [null, null, '本月合计', null, null, null, 209.839623999999, 0.0696, '借', 209.770024],
    ]);
    const r = await readLedgerFile(bytes, 'ledger.xlsx', { fiscalYear: 2024 });
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.amount)).toEqual([21_973, 69_721, 209_747_930, -69_600]);
  });

  it('refuses a number cell that is no whole 分 in 万元, naming its row and the unit, instead of rounding it', async () => {
    const bytes = await wanyuanBook([
      entry(3, '记-0001', '购饮用桶装水', '30201 办公费', 0.0219735, null, 0.0219735),
      entry(5, '记-0002', '公务用车加油', '30231 公务用车运行维护费', 0.06972100000000001, null, 0.0916945),
    ]);
    const r = await readLedgerFile(bytes, 'ledger.xlsx', { fiscalYear: 2024 });
    expect(r.entries).toEqual([]);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([[4, 'debit']]);
    expect(r.errors[0]!.message).toContain('万元');
    expect(r.errors[0]!.message).toContain('精度超过了分');
  });
});
