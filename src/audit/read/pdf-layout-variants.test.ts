/**
 * Causes found by the metamorphic PDF test (test/audit-eval/pdf-variants.slow.ts): a clean dev source printed again with
 * one variation a real producer makes gave other tables or findings than the source's own print. Each is read here on
 * the words of such a print (exact boxes, x0 y0 x1 y1) or on invented rows of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { layoutPdf } from './pdf-layout.ts';

type Box = [number, number, number, number, string];

/** `pdftotext -bbox`-shaped input: pages of words with their exact boxes. */
function xml(width: number, height: number, ...pages: Box[][]): string {
  const page = (ws: Box[]): string =>
    `<page width="${width}" height="${height}">\n${ws.map(([x0, y0, x1, y1, t]) => `<word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y1}">${t}</word>`).join('\n')}\n</page>`;
  return `<doc>${pages.map(page).join('\n')}</doc>`;
}

/** Words at (x, y), 14 high, 11 wide a character. */
const at = (x: number, y: number, t: string): Box => [x, y, x + t.length * 11, y + 14, t];

/** Words of one line box (y0 to y1), each given by its x0, x1 and text. */
const line = (y0: number, y1: number, ...words: [number, number, string][]): Box[] => words.map(([x0, x1, t]) => [x0, y0, x1, y1, t]);

/** A coordinate to the tenth of a point `pdftotext -bbox` writes here. */
const tenth = (v: number): number => Math.round(v * 10) / 10;

/** One word per glyph, `advance` apart, each `width` wide: a line drawn with letter-spacing. */
const glyphs = (x0: number, y0: number, y1: number, text: string, width: number, advance: number): Box[] =>
  [...text].map((t, k) => [tenth(x0 + k * advance), y0, tenth(x0 + k * advance + width), y1, t]);

describe('layoutPdf: a two-sided table going on over a page turn (B5 pages, header repeated)', () => {
  const header = (y: number): Box[] => [at(40, y, '项目'), at(230, y, '行次'), at(280, y, '金额'), at(400, y, '项目'), at(600, y, '行次'), at(650, y, '金额')];
  const both = (y: number, a: string, na: string, va: string, b: string, nb: string, vb: string): Box[] => [
    at(40, y, a), at(230, y, na), at(280, y, va), at(400, y, b), at(600, y, nb), at(650, y, vb),
  ];
  const page1: Box[] = [
    ...header(100),
    ...both(120, '一、一般公共预算财政拨款', '1', '300.00', '一、一般公共服务支出', '33', '250.00'),
    ...both(140, '二、政府性基金预算财政拨款', '2', '0.00', '二、外交支出', '34', '0.00'),
    ...both(160, '三、国有资本经营预算财政拨款', '3', '0.00', '八、社会保障和就业支出', '40', '50.00'),
  ];
  // A last page: the 收入 side's last fund, then 总计 on both sides — one row only with a 支出 label.
  const page3: Box[] = [...header(60), at(40, 80, '国有资本经营预算财政拨款'), at(230, 80, '8'), at(280, 80, '0.00'), ...both(100, '总计', '9', '300.00', '总计', '63', '300.00')];

  /** The running title of every page of the print (audit-pdf 806's source). */
  const RUNNING_TITLE: Box = [39.7, 29.1, 153.3, 49.8, '浠桥县档案馆2024年度部门决算'];
  /** The 支出 side's header over its amounts, repeated on each page: 合计, then 其中 over the three funds, 行次 in two lines. */
  const SPENDING_HEAD: Box[] = [
    [518.4, 64.1, 535.4, 86.2, '其中'], [342.0, 72.4, 350.5, 94.4, '行'], [365.5, 77.6, 382.5, 99.7, '合计'], [394.3, 80.6, 470.8, 102.7, '一般公共预算财政拨'],
    [481.8, 80.6, 558.2, 102.7, '政府性基金预算财政'], [571.9, 80.6, 656.8, 102.7, '国有资本经营预算财政'], [342.0, 83.6, 350.5, 105.7, '次'], [428.3, 91.9, 436.8, 113.9, '款'],
    [511.5, 91.9, 528.5, 113.9, '拨款'], [605.8, 91.9, 622.8, 113.9, '拨款'],
  ];
  /** The 收入 side's 行次 (in two lines) and 金额, and the 支出 side's 项目, repeated on each page. */
  const SIDE_HEADS: Box[] = [[166.2, 72.4, 174.7, 94.4, '行'], [189.6, 77.6, 206.6, 99.7, '金额'], [166.2, 83.6, 174.7, 105.7, '次'], [266.2, 77.6, 283.1, 99.7, '项目']];
  /** A 支出 row's four amounts (合计 and the three funds) all 0.00. */
  const NIL: [number, number, string][] = [[370.5, 387.0, '0.00'], [454.8, 471.3, '0.00'], [545.4, 561.9, '0.00'], [643.5, 660.0, '0.00']];
  /** A 支出 row: its label (from 217.8 to x1), its 行次, and its amounts (all 0.00 unless given). */
  const spending = (y0: number, y1: number, x1: number, label: string, n: string, amounts = NIL): Box[] =>
    line(y0, y1, [217.8, x1, label], [341.5, 351.0, n], ...amounts);
  /** A 支出 label wrapped over two lines around its row (all 0.00): the first line 6 points above the row's box, the rest 5.2 below its top. */
  const wrapped = (y0: number, y1: number, label: string, rest: string, restX1: number, n: string): Box[] => [
    [217.8, tenth(y0 - 6), 328.3, tenth(y1 - 6), label], ...line(y0, y1, [341.5, 351.0, n], ...NIL), [217.8, tenth(y0 + 5.2), restX1, tenth(y1 + 5.3), rest],
  ];

  /** The last two pages of a 财政拨款收入支出决算总表 printed by Chromium on B5 pages (audit-pdf 806's source): exact word boxes. */
  const page10: Box[] = [
    RUNNING_TITLE, [121.8, 46.9, 138.8, 68.9, '收入'], [94.1, 77.6, 111.1, 99.7, '项目'], [77.1, 376.9, 128.1, 398.9, '本年收入合计'],
    [49.5, 393.4, 143.0, 415.4, '年初财政拨款结转和结余'], [56.7, 409.9, 141.7, 431.9, '一般公共预算财政拨款'], [56.7, 427.1, 150.2, 449.2, '政府性基金预算财政拨款'], [430.4, 46.9, 447.4, 68.9, '支出'],
    ...SPENDING_HEAD,
    ...wrapped(114.4, 136.4, '十五、资源勘探工业信息等支', '出', 226.3, '47'),
    ...spending(136.1, 158.2, 311.3, '十六、商业服务业等支出', '48'),
    ...spending(153.4, 175.4, 277.3, '十七、金融支出', '49'),
    ...spending(169.9, 191.9, 311.3, '十八、援助其他地区支出', '50'),
    ...wrapped(192.4, 214.4, '十九、自然资源海洋气象等支', '出', 226.3, '51'),
    ...spending(214.1, 236.2, 294.3, '二十、住房保障支出', '52', [[365.8, 387.0, '15.94'], [450.1, 471.3, '15.94'], [545.4, 561.9, '0.00'], [643.5, 660.0, '0.00']]),
    ...spending(231.4, 253.4, 319.8, '二十一、粮油物资储备支出', '53'),
    ...wrapped(253.9, 275.9, '二十二、灾害防治及应急管理', '支出', 234.8, '54'),
    ...spending(275.6, 297.7, 277.3, '二十三、预备费', '55'),
    ...spending(292.9, 314.9, 285.8, '二十四、其他支出', '56'),
    ...spending(309.4, 331.4, 294.3, '二十五、转移性支出', '57'),
    ...spending(325.9, 347.9, 302.8, '二十六、债务还本支出', '58'),
    ...spending(343.1, 365.2, 302.8, '二十七、债务付息支出', '59'),
    ...spending(359.6, 381.7, 319.8, '二十八、债务发行费用支出', '60'),
    // 本年收入合计 (4) beside 本年支出合计 (61), and the 收入 side's rows 5–7 beside 年末结转和结余 (62).
    ...line(376.9, 398.9, [168.1, 172.8, '4'], [185.1, 211.1, '299.30'], [249.2, 300.1, '本年支出合计'], [341.5, 351.0, '61'], [361.0, 387.0, '299.30'], [445.4, 471.3, '299.30'], [545.4, 561.9, '0.00'], [643.5, 660.0, '0.00']),
    ...line(393.4, 415.4, [168.1, 172.8, '5'], [194.6, 211.1, '0.00']), ...spending(393.4, 415.4, 311.3, '年末财政拨款结转和结余', '62'),
    ...line(409.9, 431.9, [168.1, 172.8, '6'], [194.6, 211.1, '0.00']),
    ...line(427.1, 449.2, [168.1, 172.8, '7'], [194.6, 211.1, '0.00']),
    ...SIDE_HEADS,
    ...line(463.1, 485.2, [323.5, 332.0, '第'], [334.2, 342.9, '10'], [345.1, 353.6, '页'], [355.8, 364.3, '共'], [366.5, 375.2, '21'], [377.4, 385.9, '页']),
  ];
  /** Its last page: the 收入 side's last fund (8) wrapped, then 总计 on both sides (9 and 63). */
  const page11: Box[] = [
    RUNNING_TITLE, [121.8, 46.9, 138.8, 68.9, '收入'], [430.4, 46.9, 447.4, 68.9, '支出'], [94.1, 77.6, 111.1, 99.7, '项目'],
    ...SIDE_HEADS,
    [56.7, 108.4, 150.2, 130.4, '国有资本经营预算财政拨'], [56.7, 119.6, 65.2, 141.7, '款'], [94.1, 136.1, 111.1, 158.2, '总计'],
    ...SPENDING_HEAD,
    ...line(114.4, 136.4, [168.1, 172.8, '8'], [194.6, 211.1, '0.00']),
    ...line(136.1, 158.2, [168.1, 172.8, '9'], [185.1, 211.1, '299.30'], [266.2, 283.1, '总计'], [341.5, 351.0, '63'], [361.0, 387.0, '299.30']),
    ...line(463.1, 485.2, [323.9, 332.4, '第'], [334.6, 342.6, '11'], [344.7, 353.2, '页'], [355.4, 363.9, '共'], [366.1, 374.8, '21'], [377.0, 385.5, '页']),
    ...line(136.1, 158.2, [445.4, 471.3, '299.30'], [545.4, 561.9, '0.00'], [643.5, 660.0, '0.00']),
  ];
  it('writes each side on under its own: the last page’s 国有资本 | 总计 under the 收入 side, 总计 63 under the 支出 side', () => {
    const { tables, text } = layoutPdf(xml(708.96, 498.96, page10, page11));
    expect(tables).toHaveLength(2);
    expect(tables[0]!.rows.slice(-3).map((r) => r.join('|'))).toEqual(['政府性基金预算财政拨款|7|0.00', '国有资本经营预算财政拨款|8|0.00', '总计|9|299.30']);
    expect(tables[1]!.rows.slice(-2).map((r) => r.slice(0, 3).join('|'))).toEqual(['年末财政拨款结转和结余|62|0.00', '总计|63|299.30']);
    // In the text, each side's rows run on without a break.
    expect(text).toContain('政府性基金预算财政拨款\t7\t0.00\n国有资本经营预算财政拨款\t8\t0.00\n总计\t9\t299.30\n');
    expect(text).toContain('年末财政拨款结转和结余\t62\t0.00\t0.00\t0.00\t0.00\n总计\t63\t299.30');
  });

  it('splits a piece of two rows whose 支出 side holds one label, under the header set again over both sides', () => {
    const { tables } = layoutPdf(xml(842, 595, page3));
    expect(tables.map((t) => t.rows.map((r) => r[0]))).toEqual([
      ['项目', '国有资本经营预算财政拨款', '总计'],
      ['项目', '总计'],
    ]);
  });

  it('keeps apart two tables of the same header whose titles stand between them (收入支出决算总表, then 财政拨款收入支出决算总表)', () => {
    // (The title in a larger font, 20 points high, as titles are set.)
    const next: Box[] = [[250, 66, 490, 86, '财政拨款收入支出决算总表'], ...page1];
    const { tables } = layoutPdf(xml(842, 595, page1, next));
    expect(tables).toHaveLength(4);
  });
});

describe('layoutPdf: radicals in place of the ordinary characters (pdftocairo, Ghostscript re-prints)', () => {
  it('reads ⼀ ⽀ ⾏ ⽬ as 一 支 行 目, so that a two-sided header set again over its halves splits the table', () => {
    const words: Box[] = [
      at(40, 100, '项⽬'), at(230, 100, '⾏次'), at(280, 100, '⾦额'), at(400, 100, '项⽬'), at(600, 100, '⾏次'), at(650, 100, '⾦额'),
      at(40, 120, '国有资本经营预算财政拨款'), at(230, 120, '8'), at(280, 120, '0.00'),
      at(40, 140, '总计'), at(230, 140, '9'), at(280, 140, '300.00'), at(400, 140, '总计'), at(600, 140, '63'), at(650, 140, '300.00'),
    ];
    const { tables, text } = layoutPdf(xml(842, 595, words));
    expect(text).toContain('项目\t行次\t金额');
    expect(tables).toHaveLength(2);
  });
});

describe('layoutPdf: digits in a tight box of their own font beside Chinese words boxed the whole line high', () => {
  /** A paragraph re-distilled by Ghostscript from a Chromium print (audit-pdf 806's source): exact word boxes. */
  const words: Box[] = [
    [57.0, 103.6, 238.9, 137.3, '一、收入支出决算总体情况说明'], [57.0, 151.4, 68.5, 181.3, '加'], [105.7, 131.9, 175.0, 161.8, '年度收入总计'],
    [211.0, 131.9, 291.9, 161.8, '万元，支出总计'], [327.9, 131.9, 374.1, 161.8, '万元。与'], [399.8, 131.9, 538.5, 161.8, '年度相比，收、支总计各增'],
    [95.9, 151.4, 153.4, 181.3, '万元，增长'], [185.9, 151.4, 381.4, 181.3, '，主要原因是新增重点工作任务支出。'], [80.0, 148.2, 105.6, 155.8, '2024'],
    [68.5, 167.7, 95.9, 175.3, '11.84'], [175.0, 148.2, 210.9, 155.8, '299.30'], [291.9, 148.2, 327.8, 155.8, '299.30'],
    [374.1, 148.2, 399.8, 155.8, '2023'], [153.4, 167.7, 185.9, 175.3, '4.12%'], [57.0, 180.1, 187.0, 213.8, '二、收入决算情况说明'],
  ];
  it('sets them on the line of those words (2024年度收入总计299.30万元 …, 加11.84万元，增长4.12%)', () => {
    const { text } = layoutPdf(xml(595, 842, words));
    expect(text).toContain('2024年度收入总计299.30万元，支出总计299.30万元。与2023年度相比，收、支总计各增加11.84万元，增长4.12%，主要原因是新增重点工作任务支出。');
  });
});

describe('layoutPdf: a two-sided table whose labels wrap around their amounts (Chromium, narrow name columns)', () => {
  /** The top of a 财政拨款收入支出决算总表 printed with a name column 4.5 em wide (audit-pdf 806's source): exact word boxes. */
  const words: Box[] = [
    [162.6, 112.9, 179.6, 134.9, '收入'], [79.3, 143.6, 96.3, 165.7, '项目'], [162.6, 143.6, 179.6, 165.7, '行次'], [49.5, 174.4, 126.0, 196.4, '一、一般公共预算财'],
    [49.5, 185.6, 75.0, 207.7, '政拨款'], [49.5, 202.1, 126.0, 224.2, '二、政府性基金预算'], [49.5, 213.4, 83.5, 235.4, '财政拨款'], [49.5, 229.9, 126.0, 251.9, '三、国有资本经营预'],
    [49.5, 241.1, 92.0, 263.2, '算财政拨款'], [168.8, 179.6, 173.5, 201.7, '1'], [168.8, 207.4, 173.5, 229.4, '2'], [168.8, 235.1, 173.5, 257.2, '3'],
    [537.6, 112.9, 554.6, 134.9, '支出'], [246.0, 143.6, 262.9, 165.7, '金额'], [266.8, 179.6, 292.7, 201.7, '299.30'], [299.5, 174.4, 376.0, 196.4, '一、一般公共服务支'],
    [299.5, 185.6, 308.0, 207.7, '出'], [416.4, 179.6, 425.8, 201.7, '33'], [662.6, 129.4, 679.6, 151.4, '其中'], [549.5, 146.6, 626.0, 168.7, '一般公共预算财政拨'],
    [632.9, 146.6, 709.3, 168.7, '政府性基金预算财政'], [716.2, 146.6, 792.7, 168.7, '国有资本经营预算财'], [583.5, 157.1, 592.0, 179.2, '款'], [662.6, 157.1, 679.6, 179.2, '拨款'],
    [741.7, 157.1, 767.2, 179.2, '政拨款'], [516.8, 179.6, 542.7, 201.7, '251.17'], [600.1, 179.6, 626.1, 201.7, '251.17'], [692.9, 179.6, 709.4, 201.7, '0.00'],
    [776.2, 179.6, 792.7, 201.7, '0.00'], [276.2, 207.4, 292.7, 229.4, '0.00'], [299.5, 207.4, 350.5, 229.4, '二、外交支出'], [416.4, 207.4, 425.8, 229.4, '34'],
    [526.2, 207.4, 542.7, 229.4, '0.00'], [609.6, 207.4, 626.1, 229.4, '0.00'], [692.9, 207.4, 709.4, 229.4, '0.00'], [776.2, 207.4, 792.7, 229.4, '0.00'],
    [276.2, 235.1, 292.7, 257.2, '0.00'], [299.5, 235.1, 350.5, 257.2, '三、国防支出'], [299.5, 257.6, 367.5, 279.7, '四、公共安全支出'], [416.4, 235.1, 425.8, 257.2, '35'],
    [416.4, 257.6, 425.8, 279.7, '36'], [526.2, 235.1, 542.7, 257.2, '0.00'], [526.2, 257.6, 542.7, 279.7, '0.00'], [609.6, 235.1, 626.1, 257.2, '0.00'],
    [609.6, 257.6, 626.1, 279.7, '0.00'], [692.9, 235.1, 709.4, 257.2, '0.00'], [692.9, 257.6, 709.4, 279.7, '0.00'], [776.2, 235.1, 792.7, 257.2, '0.00'],
    [776.2, 257.6, 792.7, 279.7, '0.00'], [329.3, 143.6, 346.3, 165.7, '项目'], [412.6, 143.6, 429.6, 165.7, '行次'], [495.9, 143.6, 512.9, 165.7, '合计'],
  ];
  it('reads the first row’s label lines into its row, not its first line into the header', () => {
    const { tables } = layoutPdf(xml(842, 595, words));
    const [income, spending] = tables;
    expect(income!.rows.slice(0, 2)).toEqual([
      ['收入项目', '收入行次', '收入金额'],
      ['一、一般公共预算财政拨款', '1', '299.30'],
    ]);
    expect(spending!.rows[1]!.slice(0, 3)).toEqual(['一、一般公共服务支出', '33', '251.17']);
  });
});

describe('layoutPdf: zero written as a whole-em dash (—) in a Chromium print', () => {
  /** The body rows of the table: each row's line box (y0, y1), 合计 first, then the 13 rows of 类, 款 and 项. */
  const ROWS: [number, number][] = [
    [146.6, 168.7], [163.1, 185.2], [179.6, 201.7], [196.9, 218.9], [213.4, 235.4], [230.6, 252.7], [247.1, 269.2],
    [263.6, 285.7], [280.9, 302.9], [297.4, 319.4], [313.9, 335.9], [331.1, 353.2], [347.6, 369.7], [364.9, 386.9],
  ];
  /** A column of cells from x0 to x1 down the rows from `first`, one per text; '' is an empty cell. */
  const cells = (x0: number, x1: number, first: number, texts: readonly string[]): Box[] =>
    texts.flatMap((t, k): Box[] => (t === '' ? [] : [[x0, ROWS[first + k]![0], x1, ROWS[first + k]![1], t]]));
  /** The width Chromium set an amount in: the dash 7.6, an amount of 5 characters 21.2, of 6 characters 25.9. */
  const width = (t: string): number => (t === '—' ? 7.6 : t.length === 5 ? 21.2 : 25.9);
  /** A column of amounts right-aligned at x1, one per row from 合计 down. */
  const amounts = (x1: number, texts: readonly string[]): Box[] => texts.map((t, k) => [tenth(x1 - width(t)), ROWS[k]![0], x1, ROWS[k]![1], t]);
  /** A column of — all the way down: nothing in any row. */
  const dashes = (x1: number): Box[] => amounts(x1, ROWS.map(() => '—'));
  /** A page of 支出决算表 with — for zero, printed landscape by Chromium (audit-pdf 806's source): exact word boxes. */
  const words: Box[] = [
    [39.7, 29.1, 153.3, 49.8, '浠桥县档案馆2024年度部门决算'], [45.7, 93.9, 144.8, 117.3, '编制单位：浠桥县档案馆'], [67.8, 129.4, 101.7, 151.4, '科目编码'],
    // 科目编码 in its three parts: 类, 款 (none on a 类's own row), and 项 (written with the name, below).
    ...cells(54.2, 68.4, 1, ['201', '201', '201', '201', '208', '208', '208', '210', '210', '210', '221', '221', '221']),
    ...cells(83.5, 92.9, 1, ['', '26', '26', '26', '', '05', '05', '', '11', '11', '', '02', '02']),
    [759.5, 45.9, 796.5, 69.3, '公开03表'], [398.6, 61.5, 473.6, 100.5, '支出决算表'], [179.8, 112.9, 196.8, 134.9, '项目'],
    [209.9, 129.4, 243.9, 151.4, '科目名称'], [179.8, 146.6, 196.8, 168.7, '合计'],
    ...line(163.1, 185.2, [126.8, 194.7, '一般公共服务支出']),
    ...line(179.6, 201.7, [126.8, 160.8, '档案事务']),
    ...line(196.9, 218.9, [106.9, 116.4, '01'], [126.8, 160.8, '行政运行']),
    ...line(213.4, 235.4, [106.9, 116.4, '04'], [126.8, 152.3, '档案馆']),
    ...line(230.6, 252.7, [126.8, 203.2, '社会保障和就业支出']),
    ...line(247.1, 269.2, [126.8, 211.7, '行政事业单位养老支出']),
    ...line(263.6, 285.7, [106.9, 116.4, '05'], [126.8, 262.7, '机关事业单位基本养老保险缴费支出']),
    ...line(280.9, 302.9, [126.8, 177.8, '卫生健康支出']),
    ...line(297.4, 319.4, [126.8, 194.7, '行政事业单位医疗']),
    ...line(313.9, 335.9, [106.9, 116.4, '01'], [126.8, 177.8, '行政单位医疗']),
    ...line(331.1, 353.2, [126.8, 177.8, '住房保障支出']),
    ...line(347.6, 369.7, [126.8, 177.8, '住房改革支出']),
    ...line(364.9, 386.9, [106.9, 116.4, '01'], [126.8, 169.3, '住房公积金']),
    [346.8, 121.1, 397.8, 143.2, '本年支出合计'],
    ...amounts(410.8, ['299.30', '251.17', '251.17', '186.42', '64.75', '21.83', '21.83', '21.83', '10.36', '10.36', '10.36', '15.94', '15.94', '15.94']),
    [751.5, 93.9, 796.5, 117.3, '单位：万元'], [426.7, 121.1, 460.7, 143.2, '基本支出'], [485.9, 121.1, 519.8, 143.2, '项目支出'],
    ...amounts(469.9, ['234.55', '186.42', '186.42', '186.42', '—', '21.83', '21.83', '21.83', '10.36', '10.36', '10.36', '15.94', '15.94', '15.94']),
    ...amounts(529.0, ['64.75', '64.75', '64.75', '—', '64.75', '—', '—', '—', '—', '—', '—', '—', '—', '—']),
    ...line(559.9, 581.9, [391.9, 400.4, '第'], [402.6, 407.3, '7'], [409.5, 418.0, '页'], [420.1, 428.6, '共'], [430.8, 439.5, '18'], [441.7, 450.2, '页']),
    [548.8, 121.1, 599.8, 143.2, '上缴上级支出'], [628.7, 121.1, 662.7, 143.2, '经营支出'],
    ...dashes(612.8),
    [697.5, 121.1, 773.9, 143.2, '对附属单位补助支出'],
    ...dashes(671.9),
    ...dashes(792.7),
  ];
  it('shrinks the dash’s box with the Chinese words’, so that the header line 科目编码 | 科目名称 stays the header', () => {
    const [table] = layoutPdf(xml(842, 595, words)).tables;
    const total = table!.rows.find((r) => r.includes('299.30'))!;
    expect(total.filter((c) => /[\u4e00-\u9fff]/.test(c))).toEqual(['合计']);
    expect(table!.rows[0]!.join('')).toContain('科目名称');
  });
});

describe('layoutPdf: numbers drawn glyph by glyph with letter-spacing (Chromium, td { letter-spacing: 2pt })', () => {
  /** A row of a 基本支出 table in 元 (audit-pdf 806's source): the code and the amount each a word per glyph or two. */
  const words: Box[] = [
    ...glyphs(330.4, 448.1, 470.2, '30299', 4.7, 6.7),
    // The name wraps: 其他商品和服务支 ⏎ 出.
    ...glyphs(381.4, 442.9, 464.9, '其他商品和服务支', 8.5, 10.5), [381.4, 453.4, 389.9, 475.4, '出'],
    ...line(448.1, 470.2, [472.3, 477.0, '1'], [479.0, 483.7, '0'], [485.7, 490.4, '3'], [492.4, 494.8, ','], [496.8, 501.5, '2'], [503.5, 508.2, '0'], [510.2, 515.0, '0'], [517.0, 519.3, '.'], [521.3, 526.0, '0'], [528.0, 532.7, '0']),
  ];
  /** The header and the row above, and lines of text above the table: whole words, boxed the line's height as Chromium does. */
  const above: Box[] = [
    [57.0, 100.0, 538.5, 129.9, '浠桥县档案馆2024年度一般公共预算财政拨款基本支出决算情况'], [57.0, 130.0, 300.0, 159.9, '编制单位：浠桥县档案馆'],
    [400.0, 130.0, 450.0, 159.9, '单位：元'], [57.0, 160.0, 538.5, 189.9, '本表反映一般公共预算财政拨款基本支出的经济分类明细'],
    [57.0, 190.0, 300.0, 219.9, '人员经费和公用经费'],
    [330.4, 400.0, 364.4, 422.1, '科目编码'], [381.4, 400.0, 415.4, 422.1, '科目名称'], [498.0, 400.0, 523.5, 422.1, '决算数'],
    [330.4, 425.6, 361.9, 447.7, '30239'], [381.4, 425.6, 432.4, 447.7, '其他交通费用'], [479.0, 425.6, 532.7, 447.7, '40,000.00'],
  ];
  it('reads the amount and the code each as one number, in their cells', () => {
    const [table] = layoutPdf(xml(595, 842, [...above, ...words])).tables;
    const last = table!.rows[table!.rows.length - 1]!;
    expect([last[0], last[last.length - 1]]).toEqual(['30299', '103,200.00']);
  });
  it('keeps two amounts of two cells apart, and 栏次 numbers a column apart', () => {
    const { text } = layoutPdf(xml(595, 842, [[100, 100, 121, 112, '29.97'], [124, 100, 145, 112, '99.21'], [300, 100, 305, 112, '1'], [330, 100, 335, 112, '2'], [360, 100, 365, 112, '3']]));
    expect(text).not.toContain('29.9799.21');
    expect(text).not.toContain('123');
  });
});
