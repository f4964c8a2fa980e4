import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from './read-ledger-file.ts';

/**
 * A 明细账 “打印到文件” as a GBK package prints it: each field padded with spaces to a width counted in GBK bytes
 * (a Chinese character is two), amounts right-aligned under their header's end, no separator.
 */
const gbkWidth = (s: string) => iconv.encode(s, 'gbk').length;
const left = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - gbkWidth(s)));
const right = (s: string, w: number) => ' '.repeat(Math.max(0, w - gbkWidth(s))) + s;
// 日期 12, 凭证号 10, 摘要 30, 功能科目 20, 经济科目 18, 项目 14, 借方金额 (right, 12), 贷方金额 (right, 12)
const line = (d: string, v: string, s: string, f: string, e: string, p: string, dr: string, cr: string) =>
  left(d, 12) + left(v, 10) + left(s, 30) + left(f, 20) + left(e, 18) + left(p, 14) + right(dr, 12) + right(cr, 12);
const HEADER = `${left('日期', 12)}${left('凭证号', 10)}${left('摘要', 30)}${left('功能科目', 20)}${left('经济科目', 18)}${left('项目', 14)}${right('借方金额', 12)}${right('贷方金额', 12)}`;
const pageHead = (page: number) => [
  `${' '.repeat(40)}溪山县图书馆  明 细 账`,
  `核算单位：溪山县图书馆    科目：7201 事业支出    期间：2024年    第${page}页`,
  '='.repeat(128),
  HEADER,
  '-'.repeat(128),
];
const PRINT = [
  ...pageHead(1),
  line('2024-01-01', '', '上年结转', '', '', '', '', ''),
  line('2024-01-06', '记-001', '缴馆舍水费', '2070104 图书馆', '30205 水费', '', '835.19', ''),
  // An amount wider than its header word reaches left into the column before.
  line('2024-01-08', '记-002', '图书采购（第1批）', '2070104 图书馆', '31002 办公设备购置', '古籍保护', '12,345,678.90', ''),
  line('', '', '过次页', '', '', '', '12,346,514.09', '0.00'),
  `\f${pageHead(2)[0]}`,
  ...pageHead(2).slice(1),
  line('', '', '承前页', '', '', '', '12,346,514.09', '0.00'),
  line('2024-01-09', '记-003', '购办公用品·硒鼓', '2070104 图书馆', '30201 办公费', '', '', '120.00'),
  line('2024-01-31', '', '本月合计', '', '', '', '12,346,514.09', '120.00'),
  '-'.repeat(128),
  '制单：舒琴        审核：彭丽',
].join('\r\n');

describe('a fixed-width printed ledger (打印到文件)', () => {
  it('cuts every line by the header words’ display positions: wide characters, fields with a space, wide right-aligned amounts', async () => {
    const read = await readLedgerFile(iconv.encode(PRINT, 'gbk'), 'prn.txt', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.layout).toBe('fixed-width');
    expect(read.encoding).toBe('gb18030');
    expect(read.entries.map((e) => [e.row, e.voucher, e.summary, e.functionCode, e.economicCode, e.amount])).toEqual([
      [7, '记-001', '缴馆舍水费', '2070104', '30205', 83_519],
      [8, '记-002', '图书采购（第1批）', '2070104', '31002', 1_234_567_890],
      [16, '记-003', '购办公用品·硒鼓', '2070104', '30201', -12_000],
    ]);
    expect(read.entries[1]).toMatchObject({ projectName: '古籍保护', functionName: '图书馆' });
  });

  it('skips the page break: the next page’s title lines and repeated header, 过次页 and 承前页 as carried-forward rows', async () => {
    const read = await readLedgerFile(iconv.encode(PRINT, 'gbk'), 'prn.txt', { fiscalYear: 2024 });
    expect(read.skipped).toMatchObject({ title: 2, 'title-repeat': 2, 'header-repeat': 1, 'carried-forward': 2, period: 2, footer: 1 });
  });

  it('reads the same print decoded from UTF-8: widths are counted on the text, not the bytes', async () => {
    const read = await readLedgerFile(new TextEncoder().encode(PRINT), 'prn-utf8.txt', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.amount)).toEqual([83_519, 1_234_567_890, -12_000]);
  });

  it('names the line and the column of a bad cell', async () => {
    const bad = PRINT.replace('2024-01-09', '2024-13-45');
    const read = await readLedgerFile(iconv.encode(bad, 'gbk'), 'prn.txt', { fiscalYear: 2024 });
    expect(read.errors).toEqual([expect.objectContaining({ row: 16, field: 'date', column: '日期', value: '2024-13-45' })]);
  });

  it('a print whose header lacks a required column says so for the header line it read, naming the missing field', async () => {
    const noEconomic = PRINT.split('\r\n').map((l) => l.replace(/经济科目/, '        ')).join('\r\n');
    await expect(readLedgerFile(iconv.encode(noEconomic, 'gbk'), 'prn.txt', { fiscalYear: 2024 })).rejects.toThrow(
      /定宽打印格式读取，第4行为表头：找不到必需的列：经济科目/,
    );
  });

  it('a separated file whose header a delimiter reading finds is not read as a print', async () => {
    const csv = '日期,凭证号,摘要,功能科目,经济科目,借方金额\n2024-01-06,记-1,缴  水费,2070104,30205,835.19\n';
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'a.csv', { fiscalYear: 2024 });
    expect(read.layout).toBeUndefined();
    expect(read.entries[0]).toMatchObject({ summary: '缴  水费', amount: 83_519 });
  });
});
