import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { boxLedgerPrint } from './box-print.test-util.ts';
import { boxTableRows } from './box-table.ts';
import { readTableFile } from './table-file.ts';

/**
 * A 明细账 printed to a text file by a GBK package, the table drawn with 制表符: every cell padded to its width in GBK
 * bytes (a Chinese character, ·, and every table character take two), a header on two lines (2024年 over 月 | 日, split
 * by a rule drawn only under 2024年), two pages with the title, the box and 第 k 页 repeated, a form feed between them.
 */
const BOX = boxLedgerPrint(
  [
    [
      '│01  │01  │        │上年结转            │          │        │            │            │',
      '│01  │05  │记-1    │购办公用品          │2010301   │30201   │    1,200.00│            │',
      '│01  │09  │记-2    │湘A·12345加油      │2010301   │30231   │      356.80│            │',
      '│    │    │        │过次页              │          │        │    1,556.80│        0.00│',
    ],
    [
      '│    │    │        │承前页              │          │        │    1,556.80│        0.00│',
      '│01  │12  │记-3    │退回多付电费        │2010301   │30206   │            │       35.50│',
      '│01  │31  │        │本月合计            │          │        │    1,556.80│       35.50│',
    ],
  ],
  '制单：舒琴        审核：彭丽',
);

const all = (rows: { count: number; row(i: number): readonly string[] }) => Array.from({ length: rows.count }, (_, i) => [...rows.row(i)]);
/** The rows that are not empty (a rule line is an empty row). */
const filled = (rows: { count: number; row(i: number): readonly string[] }) => all(rows).filter((r) => r.length > 0);

describe('a table drawn with box characters in a text print', () => {
  it('is read by the bars’ display positions (GBK widths), one row per line, rule lines empty', async () => {
    const file = await readTableFile(iconv.encode(BOX, 'gbk'), 'box.txt');
    expect(file.layout).toBe('box-drawn');
    const rows = all(file.rows);
    // Title and 单位 lines outside the box: split at runs of spaces.
    expect(rows[0]).toEqual(['明', '细', '账']);
    expect(rows[1]).toEqual(['单位：溪山县档案馆', '科目：7101 行政支出', '金额单位：元']);
    // The two header lines stacked by position: 2024年 is a group over 月 | 日, every other name is its column's own.
    // The two header lines stacked by position on the header's first two lines (its third empty): 2024年 is a group
    // over 月 | 日, every other name is its column's own.
    expect(rows[3]).toEqual(['2024年', '', '', '', '', '', '', '']);
    expect(rows[4]).toEqual(['月', '日', '凭证号', '摘    要', '功能科目', '经济科目', '借    方', '贷    方']);
    expect([rows[2], rows[5], rows[6]]).toEqual([[], [], []]);
    expect(rows[8]).toEqual(['01', '05', '记-1', '购办公用品', '2010301', '30201', '1,200.00', '']);
    // · is two columns in a GBK print: the bars after it stay on the grid.
    expect(rows[9]).toEqual(['01', '09', '记-2', '湘A·12345加油', '2010301', '30231', '356.80', '']);
    expect(rows[10]).toEqual(['', '', '', '过次页', '', '', '1,556.80', '0.00']);
    expect(rows).toHaveLength(26);
  });

  it('marks the next page’s repeated header, and only it, as header-repeat', async () => {
    const file = await readTableFile(iconv.encode(BOX, 'gbk'), 'box.txt');
    const rows = all(file.rows);
    const skipped = rows.flatMap((r, i) => (file.rows.skip?.(i) === 'header-repeat' ? [r] : []));
    expect(skipped).toEqual([rows[3], rows[4]]);
    expect(rows.find((r) => r[3] === '退回多付电费')).toEqual(['01', '12', '记-3', '退回多付电费', '2010301', '30206', '', '35.50']);
  });

  it('reads the same print decoded from UTF-8: widths are counted on the text', async () => {
    const file = await readTableFile(new TextEncoder().encode(BOX), 'box-utf8.txt');
    expect(file.layout).toBe('box-drawn');
    expect(all(file.rows)[9]).toEqual(['01', '09', '记-2', '湘A·12345加油', '2010301', '30231', '356.80', '']);
  });

  it('joins a header cell written on two lines with no rule between into one name', () => {
    const rows = boxTableRows(['┌──┬────┐', '│日期│借方    │', '│    │金额    │', '├──┼────┤', '│0105│   12.00│', '└──┴────┘'].join('\n'));
    expect(rows && all(rows)).toEqual([[], ['日期', '借方金额'], [], [], ['0105', '12.00'], []]);
  });

  it('reads a terminal’s print, whose table characters take one column', () => {
    const rows = boxTableRows(['┌────┬──────┬──────────┐', '│日期│凭证号│金额      │', '├────┼──────┼──────────┤', '│0105│记-1  │  1,200.00│', '└────┴──────┴──────────┘'].join('\n'));
    expect(rows && filled(rows)).toEqual([
      ['日期', '凭证号', '金额'],
      ['0105', '记-1', '1,200.00'],
    ]);
  });

  it('reads an ASCII box (| + - =), and a | typed in a cell of a 制表符 box stays text', () => {
    const ascii = boxTableRows(['+------+----------+', '| 日期 | 金额     |', '+======+==========+', '| 0105 |    12.00 |', '+------+----------+'].join('\n'));
    expect(ascii && filled(ascii)).toEqual([
      ['日期', '金额'],
      ['0105', '12.00'],
    ]);
    const unicode = boxTableRows(['┌──┬──┐', '│摘要│金额│', '├──┼──┤', '│A|B │12.0│', '└──┴──┘'].join('\n'));
    expect(unicode && filled(unicode)[1]).toEqual(['A|B', '12.0']);
  });

  it('reads a line whose bars a character measured otherwise has shifted by the order of its bars', () => {
    // € is two bytes in GB18030 (the print padded it so) but one column here: the bars after it stand one column left.
    const rows = boxTableRows(
      ['┌──┬──────┬──┐', '│日期│摘要        │金额│', '├──┼──────┼──┤', '│0105│付款€100   │12.0│', '│0106│付款        │13.0│', '└──┴──────┴──┘'].join('\n'),
    );
    expect(rows && filled(rows).slice(1)).toEqual([
      ['0105', '付款€100', '12.0'],
      ['0106', '付款', '13.0'],
    ]);
  });

  it('leaves other texts alone: a pipe-separated export, a fixed-width print with rule lines', async () => {
    expect(boxTableRows('日期|摘要|金额\n2024-01-05|购办公用品|1200.00\n2024-01-06|购纸|30.00\n')).toBeUndefined();
    expect(boxTableRows('日期        摘要        金额\n────────────────────\n2024-01-05  购办公用品  1200.00\n')).toBeUndefined();
    const csv = await readTableFile(new TextEncoder().encode('日期,摘要,金额\n2024-01-05,购办公用品,1200.00\n'), 'a.csv');
    expect(csv.layout).toBeUndefined();
  });
});
