/**
 * 金额线 books whose header is not two rows: the 借方/贷方/余额 heading a blank row above the digit positions, or a
 * 金额 row over the headings (three rows), the fixed columns merged down over all of them; and amounts whose digit
 * positions are not contiguous down to 分, which are an error naming the row, never an amount guessed.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { composeDigits, digitGroups } from './digit-columns.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { loadLedgerRuleData } from './rule-data.ts';

const words = loadLedgerRuleData().digitColumns;
const POS10 = ['千', '百', '十', '万', '千', '百', '十', '元', '角', '分'];
const cells = (text: string, width = 10): (string | number)[] => {
  const chars = [...text];
  return [...Array<string>(Math.max(0, width - chars.length)).fill(''), ...chars].map((c) => (/^\d$/.test(c) ? Number(c) : c));
};
const FIXED = ['月', '日', '凭证号', '摘要', '功能科目', '经济科目'];

/**
 * A book page: `layout` 'blank' prints 借方 | 贷方 | 余额, a blank row, then the positions; 'three' prints 金额 over
 * 借方 | 贷方, then the positions (余额 merged down over both upper rows). The fixed columns are merged down over the
 * header's rows; the header is repeated on a second page.
 */
async function book(layout: 'blank' | 'three', rows: (string | number)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('明细账');
  const header = () => {
    const at = ws.rowCount + 1;
    if (layout === 'blank') {
      ws.addRow([...FIXED, '借方', ...Array(9).fill(''), '贷方', ...Array(9).fill(''), '借或贷', '余额', ...Array(9).fill('')]);
      ws.addRow([]);
    } else {
      ws.addRow([...FIXED, '金额', ...Array(19).fill(''), '借或贷', '余额', ...Array(9).fill('')]);
      ws.addRow([...Array(6).fill(''), '借方', ...Array(9).fill(''), '贷方', ...Array(9).fill('')]);
      ws.mergeCells(at, 7, at, 26);
      ws.mergeCells(at + 1, 7, at + 1, 16);
      ws.mergeCells(at + 1, 17, at + 1, 26);
      ws.mergeCells(at, 28, at + 1, 37);
    }
    ws.addRow([...Array(6).fill(''), ...POS10, ...POS10, '', ...POS10]);
    for (const c of [1, 2, 3, 4, 5, 6, 27]) ws.mergeCells(at, c, at + 2, c);
    if (layout === 'blank') {
      ws.mergeCells(at, 7, at, 16);
      ws.mergeCells(at, 17, at, 26);
      ws.mergeCells(at, 28, at, 37);
    }
  };
  ws.addRow(['明 细 分 类 账']);
  header();
  const [first, ...rest] = rows;
  ws.addRow(first!);
  ws.addRow(['', '', '', '过次页', '', '', ...cells(''), ...cells(''), '', ...cells('')]);
  header();
  for (const r of rest) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const line = (day: number, voucher: string, summary: string, eco: string, debit: string, credit: string, balance: string) => [
  1,
  day,
  voucher,
  summary,
  '2013401 行政运行',
  eco,
  ...cells(debit),
  ...cells(credit),
  '借',
  ...cells(balance),
];

describe('composeDigits: a currency sign before the first digit', () => {
  it('reads ¥ in the position before the first digit as no digit, and anywhere else as no amount', () => {
    expect(composeDigits(undefined, ['', '', '¥', '1', '2', '8', '0', '5', '0'], words)).toBe('1280.50');
    expect(composeDigits(undefined, ['', '￥', '-', '5', '0', '0'], words)).toBe('-5.00');
    expect(composeDigits(undefined, ['', '1', '¥', '8', '0', '5', '0'], words)).toBeUndefined();
  });
});

describe('digitGroups: the heading one or two rows above the positions', () => {
  it('reads the heading across a blank row, and no heading from a row that is not blank over the run', () => {
    const heading = ['摘要', '借方', ...Array<string>(9).fill('')];
    const blank = Array<string>(11).fill('');
    const lower = ['', ...POS10];
    expect(digitGroups(blank, lower, words, heading).map((g) => [g.heading, g.first])).toEqual([['借方', 1]]);
    // A row between that says something else over the run (数量) is no blank row: no heading is read through it.
    expect(digitGroups(['', '数量', ...Array<string>(9).fill('')], lower, words, heading)).toEqual([]);
  });
});

describe('a 金额线 book whose header is not two rows', () => {
  for (const layout of ['blank', 'three'] as const) {
    it(`imports every entry with its amount in 分 (${layout === 'blank' ? 'heading, blank row, positions' : '金额 over 借方 | 贷方 over positions'})`, async () => {
      const read = await readLedgerFile(
        await book(layout, [
          line(5, '记-1', '购办公用品', '30201 办公费', '128050', '', '128050'),
          line(9, '记-2', '红字冲销多记印刷费', '30202 印刷费', '-23800', '', '104250'),
          line(20, '记-3', '退回多付水费', '30205 水费', '', '3000', '101250'),
        ]),
        'book.xlsx',
        { fiscalYear: 2024 },
      );
      expect(read.errors).toEqual([]);
      expect(read.entries.map((e) => [e.voucher, e.date, e.amount])).toEqual([
        ['记-1', '2024-01-05', 128050],
        ['记-2', '2024-01-09', -23800],
        ['记-3', '2024-01-20', -3000],
      ]);
    });
  }

  it('refuses an amount whose positions are not contiguous down to 分, naming the row, in Chinese and English', async () => {
    // 1 _ 5 0 0 0 under 万 … 分 (a digit lost), and 4 5 under 百 十 with 元 角 分 empty (written out of its places).
    const gap = line(5, '记-1', '购办公用品', '30201 办公费', '', '', '');
    gap.splice(6, 10, '', '', '', '', 1, '', 5, 0, 0, 0);
    const short = line(9, '记-2', '购墨盒', '30201 办公费', '', '', '');
    short.splice(6, 10, '', '', '', '', '', 4, 5, '', '', '');
    const read = await readLedgerFile(await book('blank', [gap, short]), 'book.xlsx', { fiscalYear: 2024 });
    expect(read.entries).toEqual([]);
    expect(read.errors.map((e) => [e.row, e.field])).toEqual([
      [5, 'debit'],
      [10, 'debit'],
    ]);
    expect(read.errors[0]!.message).toContain('金额线的数位不连续（各位：□□□□1□5000');
    expect(read.errors[0]!.message).toContain('digit positions not contiguous');
    expect(read.errors[1]!.message).toContain('□□□□□45□□□');
  });
});
