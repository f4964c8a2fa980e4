import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { composeDigits, digitGroups, joinDigitColumns } from './digit-columns.ts';
import { arrayRows, readLedgerFile } from './read-ledger-file.ts';
import { loadLedgerRuleData } from './rule-data.ts';

const words = loadLedgerRuleData().digitColumns;
const POS10 = ['千', '百', '十', '万', '千', '百', '十', '元', '角', '分'];
/** `text` (digits, optionally a leading '-') right-aligned into `width` position cells, leading positions empty. */
const cells = (text: string, width = 10): string[] => {
  const chars = [...text];
  return [...Array<string>(Math.max(0, width - chars.length)).fill(''), ...chars];
};

describe('composeDigits', () => {
  it('composes the digits as exact 元 text, leading blanks ignored', () => {
    expect(composeDigits(undefined, cells('27550'), words)).toBe('275.50');
    expect(composeDigits(undefined, cells('164049657'), words)).toBe('1640496.57');
    expect(composeDigits(undefined, cells('5'), words)).toBe('0.05');
    // 9 876 543 210.99 in 亿 positions: no float rounding on the way.
    expect(composeDigits(undefined, cells('987654321099', 12), words)).toBe('9876543210.99');
    expect(composeDigits(undefined, ['', '', '1', '0', '0', '0'], words)).toBe('10.00');
  });
  it('composes no amount from positions that are not contiguous down to 分 (an empty position is no 0)', () => {
    // 1, blank, 0, 0 under 十 元 角 分: a digit lost, or an amount out of its places — not 10.00.
    expect(composeDigits(undefined, ['', '', '1', '', '0', '0'], words)).toBeUndefined();
    // Digits stopping short of 分 (written left of their places): not 1.23, not 123.00.
    expect(composeDigits(undefined, ['', '', '1', '2', '3', ''], words)).toBeUndefined();
    expect(composeDigits(undefined, ['', '1', '2', '3', '', ''], words)).toBeUndefined();
    expect(composeDigits('-', ['', '5', '', '0', '0'], words)).toBeUndefined();
    // A zero balance's θ in the 元 position, 角 分 left empty, stays a zero.
    expect(composeDigits(undefined, ['', '', 'θ', '', ''], words)).toBe('0.00');
  });
  it('reads a minus before the first digit (its own cell, glued to the digit, or a sign cell) as red ink', () => {
    expect(composeDigits(undefined, cells('-158000'), words)).toBe('-1580.00');
    expect(composeDigits(undefined, ['', '', '', '-1', '5', '8', '0', '0', '0'], words)).toBe('-1580.00');
    expect(composeDigits('-', cells('70000'), words)).toBe('-700.00');
    expect(composeDigits('－', cells('70000'), words)).toBe('-700.00');
  });
  it('reads θ and 0 as a zero balance, all-empty as no amount, and anything else as not composable', () => {
    expect(composeDigits(undefined, ['', '', '', '', '', '', '', 'θ', '', ''], words)).toBe('0.00');
    expect(composeDigits(undefined, cells('0', 3), words)).toBe('0.00');
    expect(composeDigits(undefined, cells(''), words)).toBe('');
    expect(composeDigits(undefined, ['', '', '12', '0', '0'], words)).toBeUndefined();
    expect(composeDigits(undefined, ['', '', '元', '角', '分'], words)).toBeUndefined();
    // A minus after the first digit is no sign.
    expect(composeDigits(undefined, ['1', '-', '0', '0', '0'], words)).toBeUndefined();
  });
});

describe('digitGroups', () => {
  it('finds each run ending at 分 under a heading, the places checked from the right', () => {
    const upper = ['日期', '摘要', ...Array<string>(10).fill('借方'), ...Array<string>(10).fill('贷方'), '借或贷', '余额', ...Array<string>(9).fill('')];
    const lower = ['日期', '摘要', ...POS10, ...POS10, '借或贷', ...POS10];
    const groups = digitGroups(upper, lower, words);
    expect(groups.map((g) => [g.heading, g.first, g.digits.length])).toEqual([
      ['借方', 2, 10],
      ['贷方', 12, 10],
      ['余额', 23, 10],
    ]);
  });
  it('takes a run from 亿 or from 百万, and no run out of order, too short or under no heading', () => {
    const yi = ['亿', ...POS10];
    expect(digitGroups(Array<string>(11).fill('金额'), yi, words)[0]?.digits.length).toBe(11);
    const baiwan = ['百万', '十万', '万', '千', '百', '十', '元', '角', '分'];
    expect(digitGroups(['金额', ...Array<string>(8).fill('')], baiwan, words)[0]?.digits).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // 千 where 百 belongs ends the run: it is 十 元 角 分, read from its right end.
    expect(digitGroups(Array<string>(5).fill('金额'), ['千', '十', '元', '角', '分'], words)[0]?.digits).toEqual([1, 2, 3, 4]);
    expect(digitGroups(['金额', '金额'], ['角', '分'], words)).toEqual([]);
    expect(digitGroups(Array<string>(10).fill('数量'), POS10, words)).toEqual([]);
  });
});

describe('joinDigitColumns', () => {
  it('reads a two-row 金额线 header and its rows as one amount column per heading, a repeated header included', () => {
    const upper = ['月', '日', '摘要', ...Array<string>(9).fill('金额'), '方向'];
    const lower = ['月', '日', '摘要', '百万', '十万', '万', '千', '百', '十', '元', '角', '分', '方向'];
    const rows = arrayRows([
      upper,
      lower,
      ['3', '5', '购办公用品', ...cells('128050', 9), '借'],
      ['3', '9', '退货', ...cells('-23800', 9), '借'],
      ['3', '9', '无金额', ...cells('', 9), ''],
      upper,
      lower,
    ]);
    const joined = joinDigitColumns(rows, words);
    expect(joined.row(0).slice(3, 12)).toEqual(['金额', '', '', '', '', '', '', '', '']);
    expect(joined.row(1).slice(2, 5)).toEqual(['摘要', '金额', '']);
    expect(joined.row(2).slice(3, 5)).toEqual(['1280.50', '']);
    expect(joined.row(3)[3]).toBe('-238.00');
    expect(joined.row(4)[3]).toBe('');
    expect(joined.row(6)).toEqual(joined.row(1));
    expect(joined.count).toBe(7);
  });
  it('leaves a file without digit positions as it is', () => {
    const rows = arrayRows([['日期', '摘要', '借方', '贷方'], ['2024-01-02', '购纸', '12.00', '']]);
    expect(joinDigitColumns(rows, words)).toBe(rows);
  });
  it('joins a data row whose digit cells are no digits with |, so that reading it fails and names them', () => {
    const rows = arrayRows([
      ['摘要', '借方', '借方', '借方'],
      ['摘要', '元', '角', '分'],
      ['购纸', '1', 'x', '0'],
    ]);
    expect(joinDigitColumns(rows, words).row(2)[1]).toBe('1|x|0');
  });
});

/** A 账页式 明细账 in a workbook: 借方/贷方/余额 each over 千 … 分 (numbers or text), 借或贷, a page's header repeated. */
async function bookPage(asNumbers: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('明细账');
  const lead = ['月', '日', '凭证号', '摘要', '功能科目', '经济科目'];
  const upper = ['2024年', '', '凭证号', '摘要', '功能科目', '经济科目', '借方', ...Array(9).fill(''), '贷方', ...Array(9).fill(''), '借或贷', '余额', ...Array(9).fill('')];
  const lower = [...lead.slice(0, 2), '', '', '', '', ...POS10, ...POS10, '', ...POS10];
  const put = (digits: string): (string | number)[] => cells(digits).map((c) => (asNumbers && /^\d$/.test(c) ? Number(c) : c));
  const header = (at: number) => {
    ws.addRow(upper);
    ws.addRow(lower);
    ws.mergeCells(at, 1, at, 2);
    for (const c of [3, 4, 5, 6, 27]) ws.mergeCells(at, c, at + 1, c);
    ws.mergeCells(at, 7, at, 16);
    ws.mergeCells(at, 17, at, 26);
    ws.mergeCells(at, 28, at, 37);
  };
  ws.addRow(['明 细 分 类 账']);
  header(2);
  ws.addRow([1, 1, '', '期初余额', '', '', ...cells(''), ...cells(''), '平', ...['', '', '', '', '', '', '', 'θ', '', '']]);
  ws.addRow([1, 5, '记-1', '购办公用品', '2013401 行政运行', '30201 办公费', ...put('128050'), ...cells(''), '借', ...put('128050')]);
  ws.addRow([1, 9, '记-2', '红字冲销多记印刷费', '2013401 行政运行', '30202 印刷费', ...put('-23800'), ...cells(''), '借', ...put('104250')]);
  ws.addRow(['', '', '', '过次页', '', '', ...put('104250'), ...cells(''), '借', ...put('104250')]);
  header(8);
  ws.addRow(['', '', '', '承前页', '', '', ...put('104250'), ...cells(''), '借', ...put('104250')]);
  ws.addRow([1, 20, '记-3', '退回多付水费', '2013401 行政运行', '30205 水费', ...cells(''), ...put('3000'), '借', ...put('101250')]);
  ws.addRow([1, 31, '', '本月合计', '', '', ...put('104250'), ...put('3000'), '借', ...put('101250')]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a 明细分类账 printed 账页式 with 金额线 to Excel', () => {
  for (const asNumbers of [false, true]) {
    it(`imports every entry with its amount in 分, red ink negative, the repeated header skipped (digits as ${asNumbers ? 'numbers' : 'text'})`, async () => {
      const read = await readLedgerFile(await bookPage(asNumbers), 'book.xlsx', { fiscalYear: 2024 });
      expect(read.errors).toEqual([]);
      expect(read.entries.map((e) => [e.voucher, e.date, e.amount])).toEqual([
        ['记-1', '2024-01-05', 128050],
        ['记-2', '2024-01-09', -23800],
        ['记-3', '2024-01-20', -3000],
      ]);
      expect(read.skipped).toMatchObject({ 'header-repeat': 1, 'carried-forward': 2 });
    });
  }
});
