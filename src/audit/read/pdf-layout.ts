/**
 * Positioned PDF text (poppler's `pdftotext -bbox`: one box per word) → text in reading order, with tables
 * rebuilt as tables. A table is written one row per line and its cells separated by tabs, exactly as the .docx
 * reader writes Word tables, so every text rule knows a table row when it sees one and never reads it as a
 * heading or as prose.
 *
 * How a table is found (all coordinates in PDF points, per page):
 * - words on the same baseline form a visual row; a gap wider than about one character height splits the row
 *   into cells;
 * - a row of two or more cells with a number among them is a body row; body rows close to each other (with at
 *   most a few wrapped-label fragments or header rows between them, and no prose line) form one table;
 * - the header is the run of multi-cell rows (and short fragments) right above the first body row;
 * - columns are the x-ranges of the body cells, merged where they overlap; a header cell that spans several
 *   columns (决算数 over 合计 / 基本支出 / 项目支出) names each of them; a wrapped row label (社会保障和就业支 / 出)
 *   joins the body row whose centre is nearest;
 * - a table whose columns hold labels twice (收入 | 决算数 | 支出 | 决算数) is written as two tables.
 * What cannot be reconstructed (a table without any body row) stays text and is reported by the rules that
 * needed it.
 */
import { GRAMMAR, PDF_LAYOUT } from '../config.ts';
import { ordinaryRadicals } from './normalize.ts';

export interface PdfWord {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly text: string;
}

export interface PdfLayout {
  readonly text: string;
  readonly tables: { rows: string[][] }[];
}

/**
 * Phase headers of a column (年初预算数, 全年预算数 …; data/audit/grammar.json wrappedColumnTitles): a header cell whose
 * lines make one of these alone is its own column's wrapped title, no group over its neighbours.
 */
const WRAPPED_COLUMN_TITLES = new Set(GRAMMAR.wrappedColumnTitles);
/** Headers of the 功能分类 code columns by level (类 | 款 | 项; data/audit/grammar.json codeLevelHeaders). */
const CODE_LEVEL_HEADERS = new Set(GRAMMAR.codeLevelHeaders);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? '';
  });
}

/** A number set in full-width digits (１，２６０．５０) read as one (1,260.50); other words are left as they are. */
function halfWidthNumber(word: string): string {
  if (!/^[０-９，．％－−]+$/.test(word) || !/[０-９]/.test(word)) return word;
  return word.normalize('NFKC').replace(/−/g, '-');
}

/** The words of each page of `pdftotext -bbox` output. */
export function parseBbox(xhtml: string): PdfWord[][] {
  const pages: PdfWord[][] = [];
  const re = /<page\b|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  let page: PdfWord[] | null = null;
  for (let m = re.exec(xhtml); m !== null; m = re.exec(xhtml)) {
    if (m[1] === undefined) {
      page = [];
      pages.push(page);
      continue;
    }
    // (Radicals in place of the ordinary characters, ⼀、⼀般公共服务⽀出: read as those, as every CJK test here expects.)
    const text = halfWidthNumber(ordinaryRadicals(decode(m[5]!)));
    if (text.trim() === '') continue;
    if (!page) {
      page = [];
      pages.push(page);
    }
    page.push({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text });
  }
  return pages;
}

interface Cell {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  text: string;
  /** The words of the cell, left to right (absent where cells were put together later). */
  words?: readonly PdfWord[];
}

interface Row {
  page: number;
  y0: number;
  y1: number;
  cells: Cell[];
  /** Median word height: the row's font size, near enough. */
  h: number;
}

const NUMBER = /^[-+−]?[\d,，]*\d(\.\d+)?%?$/;

function isNumber(s: string): boolean {
  return s.length <= 24 && NUMBER.test(s);
}

/** Han characters and full-width punctuation: Chinese text needs no space next to them. */
function cjk(c: string | undefined): boolean {
  return c !== undefined && /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef“”‘’]/.test(c);
}

function joinWords(words: readonly PdfWord[]): string {
  let out = words[0]!.text;
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1]!;
    const w = words[i]!;
    // Chinese needs no space between words; keep one between two Latin words or numbers.
    const space = !cjk(prev.text[prev.text.length - 1]) && !cjk(w.text[0]) && w.x0 - prev.x1 > PDF_LAYOUT.latinSpaceGap * (w.y1 - w.y0);
    out += (space ? ' ' : '') + w.text;
  }
  return out;
}

/** A piece of a number drawn glyph by glyph: digits, a separator or the decimal point. */
const NUMBER_PIECE = /^[\d,.]+$/;
/** An amount to the 分 with its separators where they belong (1,234,567.80 or 1234567.80). */
const LETTER_SPACED_AMOUNT = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d{2}$/;

/**
 * A number drawn glyph by glyph with letter-spacing, which the text layer breaks into pieces where the spacing happens
 * to be widest (1 | 03 | , | 2 | 00 | . | 0 | 0; a code 3 | 0 | 2 | 3 | 1): one word. A run of three pieces or more, each
 * less than a space's width (a quarter of the height, as in rowsOf) after the one before, makes one when read together it
 * is an amount to the 分 with its separators where they belong, or it is single digits evenly spaced (a code). Numbers of
 * two cells stand further apart than their letters; 29.97 | 99.21 read together is no amount.
 */
function joinSpacedNumbers(ws: readonly PdfWord[], h: number): PdfWord[] {
  const out: PdfWord[] = [];
  const close = (a: PdfWord, b: PdfWord): boolean => b.x0 - a.x1 >= -PDF_LAYOUT.spacedDigitOverlap * h && b.x0 - a.x1 < PDF_LAYOUT.spaceWidth * h;
  for (let i = 0; i < ws.length; ) {
    let j = i;
    if (NUMBER_PIECE.test(ws[i]!.text)) while (j + 1 < ws.length && NUMBER_PIECE.test(ws[j + 1]!.text) && close(ws[j]!, ws[j + 1]!)) j++;
    const run = ws.slice(i, j + 1);
    const text = run.map((w) => w.text).join('');
    const gaps = run.slice(1).map((w, n) => w.x0 - run[n]!.x1);
    const even = gaps.length > 0 && Math.max(...gaps) - Math.min(...gaps) < PDF_LAYOUT.spacedDigitEvenness * h;
    if (run.length >= PDF_LAYOUT.spacedNumberMinPieces && (LETTER_SPACED_AMOUNT.test(text) || (even && run.every((w) => /^\d$/.test(w.text))))) {
      out.push({ x0: run[0]!.x0, x1: run[run.length - 1]!.x1, y0: Math.min(...run.map((w) => w.y0)), y1: Math.max(...run.map((w) => w.y1)), text });
    } else out.push(...run);
    i = j + 1;
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** The start of a word that goes on from an amount before it in prose: its unit or a counter (万元, 个, 人, %). */
const UNIT_START = /^(万|亿|千|元|个|人|次|项|家|户|辆|台|套|条|年|月|日|天|倍|名|所|间|平方|亩|公里|吨|％|，|。|、|；|）)/;
/** What goes on from an amount written to the 分 (64,000.00): its money unit or a punctuation mark — never a counter,
 * so 64,000.00 | 年末结转和结余 are two cells of a two-sided table (年 there opens the next cell's label). */
const MONEY_START = /^(万|亿|千|元|％|，|。|、|；|）)/;

/** One cell of words set side by side (at least one word, left to right): their box and their text. */
function cellOf(group: readonly PdfWord[]): Cell {
  return {
    x0: group[0]!.x0,
    x1: Math.max(...group.map((g) => g.x1)),
    y0: Math.min(...group.map((g) => g.y0)),
    y1: Math.max(...group.map((g) => g.y1)),
    text: joinWords(group),
    words: group,
  };
}

/** A dash standing for none in a table cell. */
const DASH = /^[—–－-]{1,2}$/;

/**
 * Words of one line never cover one another across: two that do (a header cell's second line, 拨款, hanging over the
 * row below it where a spreadsheet's row was too low for its wrapped text, over that row's 7,287,160.39) stand on two
 * lines that the loose grouping by height joined. Such a group is cut at its widest step in height, again until no two
 * of its words cover one another or no step is a fifth of a line high.
 */
/**
 * Two groups of words closer than a line apart that hold two lines cut in the wrong place: their words fall into two
 * tight lines (each within 0.15 of a line high) a quarter of a line apart or more, and the first group holds words of
 * both (a header's second line 拨款 hanging into the row below took that row's labels, 一、一般公共预算财政拨款, while its
 * amounts, set a little lower, made a group of their own). The two lines, top one first; null when the groups are right.
 */
function twoLines(upper: PdfWord[], lower: PdfWord[]): [{ words: PdfWord[]; yc: number; h: number }, { words: PdfWord[]; yc: number; h: number }] | null {
  const all = [...upper, ...lower];
  const yc = (w: PdfWord): number => (w.y0 + w.y1) / 2;
  const h = median(all.map((w) => w.y1 - w.y0));
  const byY = [...all].sort((a, b) => yc(a) - yc(b));
  let cut = -1;
  let step = 0;
  for (let i = 1; i < byY.length; i++) {
    const d = yc(byY[i]!) - yc(byY[i - 1]!);
    if (d > step) {
      step = d;
      cut = i;
    }
  }
  if (cut < 0 || step < PDF_LAYOUT.twoLinesStep * h) return null;
  const top = byY.slice(0, cut);
  const bottom = byY.slice(cut);
  const spread = (ws: PdfWord[]): number => yc(ws[ws.length - 1]!) - yc(ws[0]!);
  if (spread(top) > PDF_LAYOUT.tightLineSpread * h || spread(bottom) > PDF_LAYOUT.tightLineSpread * h) return null;
  // Already so cut: nothing to mend.
  if (top.length === upper.length && top.every((w) => upper.includes(w))) return null;
  const row = (ws: PdfWord[]): { words: PdfWord[]; yc: number; h: number } => ({ words: ws, yc: yc(ws[0]!), h: ws[0]!.y1 - ws[0]!.y0 });
  return [row(top), row(bottom)];
}

function covering(words: readonly PdfWord[]): boolean {
  const h = median(words.map((w) => w.y1 - w.y0));
  const byX = [...words].sort((a, b) => a.x0 - b.x0);
  for (let i = 1; i < byX.length; i++) {
    for (let j = i - 1; j >= 0 && j >= i - PDF_LAYOUT.coverReach; j--) {
      const a = byX[j]!;
      const b = byX[i]!;
      const o = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      if (o > PDF_LAYOUT.coverShare * Math.min(a.x1 - a.x0, b.x1 - b.x0) && o > PDF_LAYOUT.coverMinOverlap * h) return true;
    }
  }
  return false;
}

function oneLinePerRow(words: PdfWord[]): { words: PdfWord[]; yc: number; h: number }[] {
  const h = median(words.map((w) => w.y1 - w.y0));
  const whole = { words, yc: (words[0]!.y0 + words[0]!.y1) / 2, h: words[0]!.y1 - words[0]!.y0 };
  if (words.length < 2) return [whole];
  if (!covering(words)) return [whole];
  const byY = [...words].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);
  let cut = -1;
  let step = 0;
  for (let i = 1; i < byY.length; i++) {
    const d = (byY[i]!.y0 + byY[i]!.y1) / 2 - (byY[i - 1]!.y0 + byY[i - 1]!.y1) / 2;
    if (d > step) {
      step = d;
      cut = i;
    }
  }
  if (cut < 0 || step < PDF_LAYOUT.lineCutStep * h) return [whole];
  return [...oneLinePerRow(byY.slice(0, cut)), ...oneLinePerRow(byY.slice(cut))];
}

/** Words of one page grouped into visual rows, top to bottom; each row split into cells at wide gaps. */
function rowsOf(words: readonly PdfWord[], page: number): Row[] {
  const sorted = [...words].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2 || a.x0 - b.x0);
  const grouped: { words: PdfWord[]; yc: number; h: number; y0: number; y1: number }[] = [];
  for (const w of sorted) {
    const yc = (w.y0 + w.y1) / 2;
    const h = w.y1 - w.y0;
    const last = grouped[grouped.length - 1];
    // (Or a word whose box is the tight box of its own glyphs, within the line box of the words before it: digits drawn
    // in a font of their own beside Chinese in a font giving every word its whole line height — a re-distilled or
    // re-rendered PDF, 2024 | 年度部门决算 — sit on the same baseline, their middle lower than the Chinese words'.)
    const inside =
      last !== undefined && Math.min(h, last.h) < PDF_LAYOUT.tightBoxRatio * Math.max(h, last.h) && Math.min(w.y1, last.y1) - Math.max(w.y0, last.y0) >= PDF_LAYOUT.tightBoxRatio * Math.min(h, last.h);
    if (last && (Math.abs(yc - last.yc) <= PDF_LAYOUT.sameLineCentres * Math.min(h, last.h) || inside)) last.words.push(w);
    else grouped.push({ words: [w], yc, h, y0: w.y0, y1: w.y1 });
  }
  // Two groups closer than a line apart whose words cover one another across are two lines cut in the wrong place
  // (a header's second line 拨款 hanging into the row below took that row's labels, its amounts a group of their own):
  // their words are cut again where they step down most.
  const rows: { words: PdfWord[]; yc: number; h: number }[] = [];
  let current: { words: PdfWord[]; yc: number; h: number } | undefined = grouped[0];
  for (let i = 1; current && i <= grouped.length; i++) {
    const next = grouped[i];
    const close = next !== undefined && next.yc - current.yc < PDF_LAYOUT.twoLinesReach * Math.min(current.h, next.h);
    const lines = close ? twoLines(current.words, next.words) : null;
    if (lines) {
      rows.push(lines[0]);
      current = lines[1];
    } else if (next && close && covering([...current.words, ...next.words])) {
      const parts = oneLinePerRow([...current.words, ...next.words]);
      rows.push(...parts.slice(0, -1));
      current = parts[parts.length - 1]!;
    } else {
      rows.push(current);
      current = next;
    }
  }
  return rows.map((r) => {
    const h = median(r.words.map((w) => w.y1 - w.y0));
    const ws = joinSpacedNumbers(
      r.words.sort((a, b) => a.x0 - b.x0),
      h,
    );
    const cells: Cell[] = [];
    let group: PdfWord[] = [ws[0]!];
    const flush = (): void => {
      cells.push(cellOf(group));
    };
    for (let i = 1; i < ws.length; i++) {
      const gap = ws[i]!.x0 - Math.max(...group.map((g) => g.x1));
      // A space between words is about a quarter of the height; cells of a table stand at least two paddings apart.
      // Two numbers side by side are two cells even when the columns are tight (29.97 99.21%).
      const prevWord = group[group.length - 1]!;
      // (A number with its decimals written is whole: digits in a word of their own after it, however close, are the next
      // cell's — 10.47 | 30211, an amount right-aligned against the next cell's code set left-aligned.)
      const twoNumbers = isNumber(prevWord.text) && isNumber(ws[i]!.text) && (gap > PDF_LAYOUT.numberCellGap * h || (/\.\d+$/.test(prevWord.text) && /^\d{3,}$/.test(ws[i]!.text) && gap > 0));
      // So are a dash for none and an amount beside it (- | 1,138,423.19 in tight columns of 元 amounts); a dash standing
      // as a word of its own after an amount, however close, is the next cell's (812.57 | - where a spreadsheet sets the
      // next column's dash left-aligned against the amount right-aligned before it): no amount ends with a dash.
      const dashAndNumber = (DASH.test(prevWord.text) && isNumber(ws[i]!.text) && gap > PDF_LAYOUT.numberCellGap * h) || (isNumber(prevWord.text) && DASH.test(ws[i]!.text) && gap > 0);
      // An amount and a row label right after it (6,829,625.22 | 八、社会保障和就业支出 in a two-sided table set
      // without cell padding): a gap wider than a space, and the label no unit of the amount (万元, 个, %). An amount
      // written to the 分 is whole, so any visible gap before a word that is no money unit ends its cell (Calc prints
      // an amount right-aligned to its border and the next cell's label 2 points after it: 3,085.47 | 一、农林水支出).
      const toFen = /\.\d{2}$/.test(prevWord.text);
      const amountThenLabel =
        isNumber(prevWord.text) && /[.,]/.test(prevWord.text) && cjk(ws[i]!.text[0]) && !(toFen ? MONEY_START : UNIT_START).test(ws[i]!.text) && gap > (toFen ? PDF_LAYOUT.amountLabelGapFen : PDF_LAYOUT.amountLabelGap) * h;
      // And a row label filling its cell, the amount (or the dash for none) right after it (公务用车运行维护费 |
      // 32,486.90; 十一、城乡社区支出 | -).
      const next = ws[i]!.text;
      const labelThenAmount = cjk(prevWord.text[prevWord.text.length - 1]) && ((isNumber(next) && /[.,]/.test(next)) || /^[-—–－]$/.test(next)) && gap > PDF_LAYOUT.spaceWidth * h;
      // So is a dash for none in its cell against the next cell's label (- | 二、社会保障和就业支出, Calc, 2 points apart).
      const dashThenLabel = DASH.test(prevWord.text) && cjk(next[0]) && gap > PDF_LAYOUT.amountLabelGapFen * h;
      // Letters spaced out across a cell (收 入 / 支 出 over a two-sided table's halves, 项 目): single Chinese characters
      // set as words of their own, less than a letter-spacing apart (thresholds.json pdfLayout.letterSpacing), are one
      // word's letters — unless both name code levels (类 | 款 | 项, columns of their own).
      const letterSpaced =
        group.every((g) => /^[\u4e00-\u9fff]$/.test(g.text)) && /^[\u4e00-\u9fff]$/.test(next) && gap <= PDF_LAYOUT.letterSpacing * h && !(CODE_LEVEL_HEADERS.has(prevWord.text) && CODE_LEVEL_HEADERS.has(next));
      if (!letterSpaced && (gap > Math.max(PDF_LAYOUT.cellGap * h, PDF_LAYOUT.cellGapPoints) || twoNumbers || dashAndNumber || amountThenLabel || labelThenAmount || dashThenLabel)) {
        flush();
        group = [ws[i]!];
      } else group.push(ws[i]!);
    }
    flush();
    return { page, y0: Math.min(...ws.map((w) => w.y0)), y1: Math.max(...ws.map((w) => w.y1)), cells, h };
  });
}

const HEADING_START = /^([一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]+部分|（[一二三四五六七八九十]{1,3}）)/;

/**
 * A cell holding a value: a number, or one with a comparison sign or a short unit (≥100%, 30个, 106.96亿元, 45次).
 */
const VALUE = /^[≥≤><]?[-+−]?[\d,，]*\d(\.\d+)?(%|[\u4e00-\u9fff]{1,3})?$/;
/** A dash standing for "no value" in a cell (—, ——, -). */
const NO_VALUE = /^[—–－-]{1,2}$/;

function isBody(r: Row): boolean {
  if (r.cells.length < 2) return false;
  if (r.cells.some((c) => isNumber(c.text))) return true;
  // A row label with a dash in every other cell (因公出国（境）费 | — | —): a row without amounts.
  if (r.cells.slice(1).every((c) => NO_VALUE.test(c.text))) return true;
  // A two-sided table's row with dashes on both sides (- | 二、外交支出 | - | - | -): more dashes than labels.
  const dashes = r.cells.filter((c) => NO_VALUE.test(c.text)).length;
  if (dashes >= 2 && dashes >= r.cells.length - dashes) return true;
  // An indicator table's row: values with units and dashes in their own cells (— | 30个 | —).
  return r.cells.some((c) => VALUE.test(c.text)) && r.cells.filter((c) => VALUE.test(c.text) || NO_VALUE.test(c.text)).length >= 2;
}

/** A short single-cell row that may be part of a table (a wrapped label, a header fragment). */
/** A heading, a caption (图3 …, 表1 …), a unit line or a note under a table (注：…): never a piece of a table's body. */
const NOT_A_CELL = /^([一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]+部分|[图表]\s*\d|续表|(注|备注|说明)\s*\d?\s*[:：])|单位[:：]|[（(]续[）)]$/;
/** A table's title line (表2 收入决算表, 一般公共预算财政拨款支出决算表): above a table, never one of its header rows. */
const TABLE_TITLE = /^(表\s*[\d一二三四五六七八九十]+|续表)|表([（(]续表?[）)])?$/;
/** A line that marks a table continued from the previous page: 续表, 续表3, 五、…决算表（续）, 续表（支出决算表）. */
const CONTINUED = /^续表\s*\d*$|[（(]续(表)?[）)]$|续表$|^续表\s*\d*\s*[（(][^（）()]{1,30}表[）)]$/;

function isFragment(r: Row, textWidth: number): boolean {
  return r.cells.length === 1 && r.cells[0]!.x1 - r.cells[0]!.x0 < PDF_LAYOUT.fragmentWidth * textWidth && !NOT_A_CELL.test(r.cells[0]!.text);
}

/**
 * A numbered row label wrapped in its cell (二、政府性基金预 / 0.00 / 算财政拨款收入): it reads like a heading, but
 * the body row it belongs to stands at a line's spacing below it, where a heading would be followed by prose.
 */
function wrappedNumberedLabel(rows: readonly Row[], j: number, textWidth: number): boolean {
  const r = rows[j]!;
  if (r.cells.length !== 1) return false;
  const cell = r.cells[0]!;
  if (!(cell.x1 - cell.x0 < PDF_LAYOUT.fragmentWidth * textWidth && /^[一二三四五六七八九十]{1,3}、/.test(cell.text))) return false;
  // Labels of a two-sided table wrapped in cells set vertically centred (Chromium, LibreOffice from HTML): the lines of
  // the 收入 label and of the 支出 label interleave (二、政府性基金预算财 / 二、外交支出 / 政拨款收入 / …), and the row's
  // amounts stand a few lines below. Down to that body row every line stands a line's spacing under the one before it
  // and holds only short label pieces — a heading is followed by prose, a full line, or stands apart.
  for (let k = j + 1; k < rows.length && k <= j + MAX_LABEL_LINES; k++) {
    const next = rows[k]!;
    if (!sameCell(rows[k - 1]!, next, true)) return false;
    if (isBody(next)) return true;
    if (next.cells.some((c) => isNumber(c.text) || c.x1 - c.x0 >= PDF_LAYOUT.fragmentWidth * textWidth || NOT_A_CELL.test(c.text.replace(HEADING_START, '')) || TITLE_START.test(c.text))) return false;
  }
  return false;
}

/** Lines of wrapped labels a two-sided table's row may set above its amounts (both sides' labels, interleaved). */
const MAX_LABEL_LINES = PDF_LAYOUT.labelLinesMax;

/** The start of a row label that opens a row of its own: 其中, 1. / 1、, （1） / （一）. */
const ROW_MARKER = /^(其中|\d{1,2}[.、．]\D|[（(][\d一二三四五六七八九十]{1,2}[）)])/;

/**
 * A table row that holds only its label (五、其他收入 in the 收入 half of a two-sided table whose 支出 half has ended,
 * its amount left blank): it stands at the table's row spacing between two body rows, where a heading would be set
 * apart by a wider gap and followed by prose.
 */
function lonelyRowLabel(rows: readonly Row[], j: number): boolean {
  const r = rows[j]!;
  const prev = rows[j - 1];
  const next = rows[j + 1];
  if (r.cells.length !== 1 || !prev || !next || !isBody(prev) || !isBody(next)) return false;
  if (prev.page !== r.page || next.page !== r.page) return false;
  const x0 = r.cells[0]!.x0;
  const startsRow = Math.abs(x0 - prev.cells[0]!.x0) < r.h && Math.abs(x0 - next.cells[0]!.x0) < r.h;
  // An indented label that opens a row of its own (其中：公务用车购置费, （1）…, 2.…): a sub-item with its amounts left
  // blank, never the next line of the label above; it stands inside the label column, left of the row's next cell.
  const marked = ROW_MARKER.test(r.cells[0]!.text) && x0 >= prev.cells[0]!.x0 - r.h && prev.cells.length >= 2 && x0 < prev.cells[1]!.x0;
  if (!startsRow && !marked) return false;
  // The next line of the label above, not a row of its own: the label above fills its column (a line breaks only when
  // full: 一、一般公共预算财政拨款 / 收入), and this line opens with no row marker (五、, （一）, 其中, 1.).
  if (!marked && !HEADING_START.test(r.cells[0]!.text) && fillsLabelColumn(rows, j - 1, x0)) return false;
  // At the table's own row pitch (the distance between the two body rows above), or at a line's spacing.
  const before = rows[j - 2];
  const pitch = before && before.page === r.page && isBody(before) ? prev.y0 - before.y0 : 0;
  const limit = Math.max(pitch * PDF_LAYOUT.lonelyPitchSlack, r.h + PDF_LAYOUT.lonelyLineReach * Math.max(prev.h, r.h));
  return r.y0 - prev.y0 <= limit && next.y0 - r.y0 <= limit;
}

/**
 * A table row that holds only its label, its amounts blank, set under another row of the table and followed by more of
 * the table's rows (年初财政拨款结转和结余 13.23 ⏎ 一般公共预算财政拨款 13.23 ⏎ 政府性基金预算财政拨款 ⏎ 国有资本经营预算财政拨款
 * ⏎ 总计, the carry-over broken down by fund, two of them blank). A print engine starts a cell's next line only when the
 * line is full, and sets a cell's lines closer than the rows (which a padding and a border keep apart), so the line opens
 * a row of its own:
 * - where the label above it ends short of its column (no line breaks there) and this label is short too (the next line
 *   cannot go on from it: a spreadsheet printed without padding, rows and a cell's lines at one spacing); or
 * - where it stands further below the line above than its own next line stands below it (a label wrapped in its cell,
 *   政府性基金预算财政拨 ⏎ 款, the rows set apart by their padding: Chromium).
 * Its own lines (closer together than the rows) hold no amount — a row whose amount is centred or set at the bottom has
 * it on one of them — and the line after them opens a row too (a body row, or another label at the same place).
 */
function blankRowLabel(rows: readonly Row[], j: number, firstBody: number): boolean {
  const r = rows[j]!;
  const prev = rows[j - 1];
  if (!prev || r.cells.length !== 1 || prev.page !== r.page || r.y0 <= prev.y0) return false;
  const cell = r.cells[0]!;
  const text = cell.text;
  if (isNumber(text) || NO_VALUE.test(text) || NOT_A_CELL.test(text) || TITLE_START.test(text) || TABLE_TITLE.test(text)) return false;
  const x0 = cell.x0;
  const at = (row: Row): Cell | undefined => row.cells.find((c) => Math.abs(c.x0 - x0) < PDF_LAYOUT.labelStartAlign * row.h);
  const above = at(prev);
  if (!above || isNumber(above.text)) return false;
  const up = r.y0 - prev.y0;
  const margin = PDF_LAYOUT.labelSpacingMargin * r.h;
  // The label's own lines: closer below it than it stands below the line above, label pieces at its start.
  let n = j + 1;
  let pitch = 0;
  for (; n < rows.length && n <= j + MAX_LABEL_LINES; n++) {
    const q = rows[n]!;
    const step = q.y0 - rows[n - 1]!.y0;
    if (q.page !== r.page || step >= up - margin) break;
    if (q.cells.length !== 1 || isNumber(q.cells[0]!.text) || NO_VALUE.test(q.cells[0]!.text) || Math.abs(q.cells[0]!.x0 - x0) >= PDF_LAYOUT.labelStartAlign * r.h) return false;
    pitch = Math.max(pitch, step);
  }
  const next = rows[n];
  if (!next || next.page !== r.page) return false;
  const wrapped = n > j + 1;
  const bySpacing = wrapped && up >= pitch + margin && next.y0 - rows[n - 1]!.y0 >= pitch + margin;
  const byWidth = !wrapped && shortOfLabelColumn(rows, j - 1, x0, firstBody) && shortOfLabelColumn(rows, j, x0, firstBody);
  if (!bySpacing && !byWidth) return false;
  const opens = at(next);
  return isBody(next) || (next.cells.length === 1 && opens !== undefined && !isNumber(opens.text));
}

/**
 * Whether the cell starting at `x0` in row `k` is as wide as the widest cell starting there in the body rows around it
 * (within a character and a half): a label that filled its column, so that its cell went on in the next line.
 */
function fillsLabelColumn(rows: readonly Row[], k: number, x0: number): boolean {
  return labelFill(rows, k, x0) === 'full';
}

/**
 * Whether the cell starting at `x0` in row `k` ends short of its column, the column known from four body rows or more of
 * the table above it (from its first body row `from` on: the rows below may be another table's).
 */
function shortOfLabelColumn(rows: readonly Row[], k: number, x0: number, from: number): boolean {
  return labelFill(rows, k, x0, from) === 'short';
}

function labelFill(rows: readonly Row[], k: number, x0: number, from = 0): 'full' | 'short' | 'unknown' {
  const row = rows[k]!;
  const at = (r: Row): Cell | undefined => r.cells.find((c) => Math.abs(c.x0 - x0) < r.h);
  const cell = at(row);
  if (!cell) return 'unknown';
  let widest = 0;
  let seen = 0;
  // (From a table's first body row, only the rows above: those below may be another table's.)
  const end = from > 0 ? k + 1 : Math.min(rows.length, k + PDF_LAYOUT.labelColumnRows + 1);
  for (let q = Math.max(from, k - PDF_LAYOUT.labelColumnRows); q < end; q++) {
    const r = rows[q]!;
    if (r.page !== row.page || !isBody(r)) continue;
    const c = at(r);
    if (!c) continue;
    seen++;
    widest = Math.max(widest, c.x1 - c.x0);
  }
  if (seen < PDF_LAYOUT.labelColumnMinRows) return 'unknown';
  return cell.x1 - cell.x0 >= widest - PDF_LAYOUT.labelFillSlack * row.h ? 'full' : 'short';
}

function isFirstOnPage(rows: readonly Row[], k: number): boolean {
  return k === 0 || rows[k - 1]!.page !== rows[k]!.page;
}

interface Region {
  /** First header row. */
  from: number;
  /** First row of the body: the first body row, or a wrapped label line right above it in the same cell. */
  bodyFrom: number;
  firstBody: number;
  to: number;
  /** Rows that hold a row label only (their amounts blank): rows of the body all the same. */
  lonely: ReadonlySet<number>;
  /** Rows going on from the region before them in columns of their own (gridBreak): no header of their own. */
  regrid?: boolean;
}

/**
 * How far (in line heights) the edges of amounts of one column may stand apart: one renderer sets a column's amounts
 * to the same edge within a fraction of a point; a piece laid out in columns of its own width misses them by more
 * (data/audit/thresholds.json pdfLayout.gridEdge).
 */
const GRID_EDGE = PDF_LAYOUT.gridEdge;

/**
 * A line set in a larger font than a table's rows (data/audit/thresholds.json pdfLayout.titleFontRatio): the next
 * table's title (收入决算表 under 总计 | 1,127.66, set by LibreOffice Writer closer than the rows stand apart), never a
 * cell's next line — the lines of one cell share its font.
 */
function largerFont(r: Row, tableRow: Row, labelFont: number | null): boolean {
  // A line of Chinese characters is weighed against the font of the table's row labels where they have been seen: the
  // digits of a row may be drawn in a Latin font of their own whose boxes are lower than the CJK font's (DejaVu beside
  // Noto, 9.9 against 12.2 points), so that a row's median height, taken over more amounts than labels, is no size of
  // its labels' font, and the next line of a label wrapped in its cell would look a title.
  const own = hanHeight(r);
  if (own !== null && labelFont !== null) return own >= PDF_LAYOUT.titleFontRatio * labelFont;
  return r.h >= PDF_LAYOUT.titleFontRatio * tableRow.h;
}

/** The median height of a row's words holding a Chinese character, or null when it has none (or its cells kept none). */
function hanHeight(r: Row): number | null {
  const hs = r.cells.flatMap((c) => c.words ?? []).filter((w) => /[\u4e00-\u9fff]/.test(w.text)).map((w) => w.y1 - w.y0);
  return hs.length > 0 ? median(hs) : null;
}

/** Cells of a row holding an amount with a separator or decimals (no 行次 or code): where a grid's columns stand. */
function amountCells(r: Row): Cell[] {
  return r.cells.filter((c) => isNumber(c.text) && /[.,]/.test(c.text));
}

/** Where the amounts of a column line up: their left edge, right edge or centre. */
type Edge = (c: Cell) => number;
const EDGES: readonly Edge[] = [(c) => c.x1, (c) => c.x0, (c) => (c.x0 + c.x1) / 2];

/**
 * The edges the amounts of `cells` line up on (right-aligned, left-aligned or centred): the one with the fewest distinct
 * positions (within `tol`) — all three while no one has fewer than the others (amounts as wide as each other so far).
 */
function alignment(cells: readonly Cell[], tol: number): readonly Edge[] {
  const counts = EDGES.map((e) => {
    const xs = cells.map(e).sort((a, b) => a - b);
    let n = 0;
    for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i]! - xs[i - 1]! > tol) n++;
    return n;
  });
  const fewest = Math.min(...counts);
  const best = EDGES.filter((_, i) => counts[i] === fewest);
  return best.length === 1 ? best : EDGES;
}

/** How many of a row's amounts stand where one of `cells` stands on one of `edges` (within `tol`). */
function hitsOf(r: Row, cells: readonly Cell[], tol: number, edges: readonly Edge[]): number {
  return amountCells(r).filter((c) => cells.some((o) => edges.some((e) => Math.abs(e(o) - e(c)) <= tol))).length;
}

/** Whether most of a row's amounts stand in the columns of `cells` (see hitsOf). */
function fitsGrid(r: Row, cells: readonly Cell[], tol: number, edges: readonly Edge[]): boolean {
  return 2 * hitsOf(r, cells, tol, edges) >= amountCells(r).length;
}

/**
 * The first body row of `rows[first..to]` where the table goes on in columns of another width: a piece of the table
 * set as a table of its own (a 续 part on the next page without the header, or right under the first part, its
 * columns as wide as its own amounts need). From there on no amount stands where the rows before set theirs, while
 * those rows, two or more, keep one grid, and so do the two rows after the break between themselves. Rows with fewer
 * than two amounts tell nothing. -1 where the grid holds throughout.
 */
function gridBreak(rows: readonly Row[], first: number, to: number): number {
  const body: number[] = [];
  for (let k = first; k <= to; k++) if (isBody(rows[k]!) && amountCells(rows[k]!).length >= 2) body.push(k);
  if (body.length < PDF_LAYOUT.gridMinRows) return -1;
  const tol = GRID_EDGE * median(body.map((k) => rows[k]!.h));
  const seen: Cell[] = [...amountCells(rows[body[0]!]!), ...amountCells(rows[body[1]!]!)];
  if (!fitsGrid(rows[body[1]!]!, amountCells(rows[body[0]!]!), tol, alignment(seen, tol))) return -1;
  for (let i = 2; i + 1 < body.length; i++) {
    const r = rows[body[i]!]!;
    const next = rows[body[i + 1]!]!;
    const edge = alignment(seen, tol);
    // (Fewer than a third of their amounts where the grid above has one: a table as wide as the page shares its right
    // edge with any other.)
    if (hitsOf(r, seen, tol, edge) * PDF_LAYOUT.gridMissDivisor < amountCells(r).length && hitsOf(next, seen, tol, edge) * PDF_LAYOUT.gridMissDivisor < amountCells(next).length && fitsGrid(next, amountCells(r), tol, edge)) return body[i]!;
    seen.push(...amountCells(r));
  }
  return -1;
}

/**
 * Lines of one table cell stand closer than the rows of a table, which a padding and a border keep apart.
 * `loose` allows the spacing of a cell written at 1.5 lines (a wrapped label); the strict form is for telling a header from
 * the first body row.
 */
function sameCell(upper: Row, lower: Row, loose = false): boolean {
  return upper.page === lower.page && lower.y0 > upper.y0 && lower.y0 - upper.y1 < (loose ? PDF_LAYOUT.cellLineGapLoose : PDF_LAYOUT.cellLineGap) * Math.min(upper.h, lower.h);
}

/**
 * Rows far apart on one page; a table continued on the next page is not broken by the page turn. Two rows of
 * several cells each may stand further apart: rows of a table set high for a small font (7 points in rows of 20).
 */
function farApart(upper: Row, lower: Row): boolean {
  const cells = upper.cells.length >= 2 && lower.cells.length >= 2;
  // (A line standing above the one before it on the same page starts the next of two blocks set side by side.)
  if (upper.page === lower.page && lower.y1 <= upper.y0) return true;
  return upper.page === lower.page && lower.y0 - upper.y1 > (cells ? PDF_LAYOUT.farGapCells : PDF_LAYOUT.farGap) * Math.max(upper.h, lower.h);
}

const MAX_GAP_ROWS = PDF_LAYOUT.maxGapRows;
const MAX_HEADER_ROWS = PDF_LAYOUT.maxHeaderRows;
const MAX_HEADER_CELLS = PDF_LAYOUT.maxHeaderCells;

function regionsOf(rows: readonly Row[], textWidth: number): Region[] {
  const regions: Region[] = [];
  let i = 0;
  /** First row after the previous table: a header never reaches into it. */
  let floor = 0;
  /** The next region goes on from the one before in columns of its own (gridBreak). */
  let regrid = false;
  while (i < rows.length) {
    if (!isBody(rows[i]!)) {
      i++;
      continue;
    }
    const firstBody = i;
    let last = i;
    let j = i + 1;
    const lonely = new Set<number>();
    /** The font of the body rows' labels (the height of their words of Chinese characters), the last seen. */
    let labelFont = hanHeight(rows[i]!);
    /** The widest spacing of the table's rows so far (rows set high for their font stand far apart throughout). */
    let widest = 0;
    /** Wrapped label lines close under the last body row (several labels wrapped in narrow columns interleave). */
    let close = 0;
    /** Whether every line since the last body row touched the one before it (one stack of label lines). */
    let touching = true;
    while (j < rows.length && j - last - close <= MAX_GAP_ROWS + 1) {
      const r = rows[j]!;
      // (A line starting where a cell of the last body row starts: a label's next line.)
      const underCell = r.cells.length === 1 && rows[last]!.cells.some((c) => Math.abs(c.x0 - r.cells[0]!.x0) < PDF_LAYOUT.underCellPoints);
      // (On the same page close under it, or at the top of the next page, the row going on over the page turn.)
      const near = r.page === rows[last]!.page ? r.y0 - rows[last]!.y1 < PDF_LAYOUT.nearGap * rows[last]!.h : r.page === rows[last]!.page + 1;
      // (Or a line of label pieces touching the line before it: the lines of labels wrapped in cells set vertically
      // centred stand above and below their row's amounts, those of the two sides of a two-sided table interleaved.)
      // Only lines hanging from the last body row, each touching the one before: a header repeated over the page turn
      // (its wrapped cells' lines interleaved as well) is no label of this table's rows.
      touching = touching && sameCell(rows[j - 1]!, r, true) && r.cells.every((c) => !isNumber(c.text) && c.x1 - c.x0 < PDF_LAYOUT.fragmentWidth * textWidth);
      if ((underCell && isFragment(r, textWidth) && near) || touching) close++;
      // A table's rows follow each other closely; a heading or paragraph after it stands further away.
      const gap = r.page === rows[j - 1]!.page ? r.y0 - rows[j - 1]!.y1 : 0;
      // (A line above the one before it: the next of two blocks side by side.)
      if (r.page === rows[j - 1]!.page && r.y1 <= rows[j - 1]!.y0) break;
      if (farApart(rows[j - 1]!, r)) {
        if (!(widest > 0 && gap <= PDF_LAYOUT.rowGapSlack * widest)) break;
      } else widest = Math.max(widest, gap);
      const text = r.cells.map((c) => c.text).join('');
      // (A line of words only in a larger font than the rows: the next table's title.)
      if (r.cells.every((c) => !isNumber(c.text)) && largerFont(r, rows[last]!, labelFont)) break;
      if (isBody(r)) {
        last = j;
        labelFont = hanHeight(r) ?? labelFont;
        close = 0;
        touching = true;
      } else if (r.cells.length === 1 && isNumber(text) && /[.,]/.test(text) && !farApart(rows[last]!, r)) {
        // An amount alone on its line inside a table: a row whose label (on the other side of a two-sided table,
        // or all of it) is wrapped above and below it.
        lonely.add(j);
        last = j;
        close = 0;
        touching = true;
      } else if (lonelyRowLabel(rows, j) || (j > firstBody && blankRowLabel(rows, j, firstBody))) lonely.add(j);
      // (A heading is one cell; a row of two cells starting with 三、 is a two-sided table's row, its amounts on the next line.)
      // A numbered table title (八、 | 政府性基金预算财政拨款收入支出决算表, 公开08表 | …决算表: its number set apart as a cell of its own), however
      // close under the last row: the next table starts, never a row or a label's next line of this one.
      else if ((HEADING_START.test(text) || TITLE_START.test(text)) && TABLE_TITLE.test(text) && !r.cells.some((c) => isNumber(c.text))) break;
      else if (NOT_A_CELL.test(text) && !(r.cells.length >= 2 && HEADING_START.test(text) && !NOT_A_CELL.test(text.replace(HEADING_START, ''))) && !lonelyRowLabel(rows, j) && !wrappedNumberedLabel(rows, j, textWidth)) break;
      else if (!(r.cells.length >= 2 || isFragment(r, textWidth) || wrappedNumberedLabel(rows, j, textWidth) || lonelyRowLabel(rows, j))) break;
      j++;
    }
    // Fragments right after the last body row may be the last label's second line.
    let to = last;
    while (
      to + 1 < rows.length &&
      to + 1 < j &&
      rows[to + 1]!.page === rows[to]!.page &&
      rows[to + 1]!.y0 > rows[to]!.y0 &&
      (isFragment(rows[to + 1]!, textWidth) || rows[to + 1]!.cells.every((c) => !isNumber(c.text) && c.x1 - c.x0 < PDF_LAYOUT.fragmentWidth * textWidth)) &&
      !NOT_A_CELL.test(rows[to + 1]!.cells[0]!.text) &&
      !largerFont(rows[to + 1]!, rows[to]!, labelFont) &&
      rows[to + 1]!.y0 - rows[to]!.y1 < PDF_LAYOUT.tailLineGap * rows[to]!.h
    )
      to++;
    // A wrapped label line right above the first body row belongs to it; a header row (its cells over the
    // number columns) does not, however close it stands.
    const numbers = rows[firstBody]!.cells.filter((c) => isNumber(c.text));
    const overNumbers = (r: Row): boolean => r.cells.some((c) => numbers.some((n) => Math.min(c.x1, n.x1) - Math.max(c.x0, n.x0) > 0));
    // A label's first line stands in a column of the body. A line over a column that no body row fills
    // (对附属单位补助支 / 出, the column's amounts all blank) is the last line of a wrapped header cell, however close
    // it stands.
    // (Or where the first lines of the labels below stand: labels wrapped in cells set vertically centred, every label of
    // that column on two lines around its row's amounts — 一、一般公共预算财 ⏎ 1 299.30 ⏎ 政拨款 — its lines never on a body
    // row. Only lines on the first body row's page: a header repeated on the next page is no label.)
    const labelLines = rows.slice(firstBody + 1, to + 1).filter((r) => r.page === rows[firstBody]!.page && !isBody(r) && r.cells.every((c) => !isNumber(c.text) && !NO_VALUE.test(c.text)));
    const bodyCells = [...rows.slice(firstBody, to + 1).filter(isBody), ...labelLines].flatMap((r) => r.cells);
    const overLabel = (r: Row): boolean => r.cells.every((c) => bodyCells.some((l) => Math.min(c.x1, l.x1) - Math.max(c.x0, l.x0) > 0));
    let bodyFrom = firstBody;
    while (
      bodyFrom - 1 >= floor &&
      firstBody - bodyFrom < PDF_LAYOUT.leadLabelLines &&
      rows[bodyFrom - 1]!.cells.every((c) => !isNumber(c.text)) &&
      // (A row of a cell in each of many columns is the header right above, not a label's first line.)
      rows[bodyFrom - 1]!.cells.length <= 2 &&
      !overNumbers(rows[bodyFrom - 1]!) &&
      overLabel(rows[bodyFrom - 1]!) &&
      sameCell(rows[bodyFrom - 1]!, rows[bodyFrom]!)
    )
      bodyFrom--;
    let from = bodyFrom;
    while (from - 1 >= floor && bodyFrom - (from - 1) <= MAX_HEADER_ROWS) {
      const r = rows[from - 1]!;
      const text = r.cells.map((c) => c.text).join('');
      // A header left at the foot of a page stands over the body at the top of the next one.
      const pageTurn = r.page + 1 === rows[from]!.page && isFirstOnPage(rows, from);
      if (/单位[:：]/.test(text) || CONTINUED.test(text) || farApart(r, rows[from]!) || (r.page !== rows[from]!.page && !pageTurn)) break;
      if (r.cells.length <= 2 && TABLE_TITLE.test(text) && !r.cells.some((c) => isNumber(c.text))) break;
      if (r.cells.length === 1 && (HEADING_START.test(text) || !isFragment(r, textWidth))) break;
      from--;
    }
    // One row of numbers with no header over it (a chart's axis: 0% 50% 100%) is no table.
    const bodyRows = rows.slice(firstBody, to + 1).filter(isBody).length;
    const headed = rows.slice(from, bodyFrom).some((r) => r.cells.length >= 2);
    if (bodyRows >= 2 || headed) {
      // A piece going on in columns of its own width: a region of its own, without header, read in its own columns.
      const cut = gridBreak(rows, firstBody, to);
      regions.push({ from, bodyFrom, firstBody, to: cut > firstBody ? cut - 1 : to, lonely, ...(regrid ? { regrid: true } : {}) });
      regrid = cut > firstBody;
      if (regrid) {
        floor = cut;
        i = cut;
        continue;
      }
      floor = to + 1;
    }
    regrid = false;
    i = to + 1;
  }
  return regions;
}

interface Band {
  x0: number;
  x1: number;
}

function overlap(a: Band, b: Band): number {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
}

function bandOf(cell: Band, bands: readonly Band[]): number {
  let best = -1;
  let bestOverlap = 0;
  bands.forEach((b, i) => {
    const o = overlap(cell, b);
    if (o > bestOverlap) {
      best = i;
      bestOverlap = o;
    }
  });
  if (best >= 0) return best;
  const c = (cell.x0 + cell.x1) / 2;
  let d = Number.POSITIVE_INFINITY;
  bands.forEach((b, i) => {
    const dist = Math.min(Math.abs(c - b.x0), Math.abs(c - b.x1));
    if (dist < d) {
      d = dist;
      best = i;
    }
  });
  return best;
}

/**
 * The columns of a table body: x-ranges covered by its cells, merged where cells overlap — except where only a few
 * rows bridge two columns that many rows keep apart (a 二级指标 label written into the 三级指标 cell of one row):
 * there the range is split at its least covered point.
 */
/** A row numbering the columns (栏次 | 1 | 2 | 3 …, or 1 2 3 … alone): its numbers stand centred, not where the amounts do. */
function numberingRow(r: Row): boolean {
  const texts = r.cells.map((c) => c.text.replace(/\s+/g, ''));
  const titled = (t: string): boolean => /^(栏次|行次)$/.test(t);
  // A two-sided table titles each side's numbers (栏次 | 1 | 栏次 | 2: the 收入 side's amounts column 1, the 支出 side's 2).
  const sides = texts.filter(titled).length;
  const numbers = titled(texts[0] ?? '') ? texts.filter((t) => !titled(t)) : texts;
  return (numbers.length >= 3 || (sides >= 2 && numbers.length >= 2)) && numbers.every((t, i) => t === String(i + 1));
}

function columnsOf(body: readonly Row[]): Band[] {
  // The columns are where the amounts and labels stand; a 栏次 row's centred numbers would make columns of their own
  // between them. Without it, unless a column holds nothing but its number (blank amounts): then two numbers fall in
  // one column, and the 栏次 row is what shows that column.
  const numbering = body.filter(numberingRow);
  const others = body.filter((r) => !numberingRow(r));
  if (numbering.length === 0 || others.length === 0) return bandsOf(body);
  const bands = bandsOf(others);
  const distinct = numbering.every((r) => {
    const seen = new Set<number>();
    for (const c of r.cells) {
      const i = bandOf(c, bands);
      if (seen.has(i)) return false;
      seen.add(i);
    }
    return true;
  });
  return distinct ? bands : bandsOf(body);
}

function bandsOf(body: readonly Row[]): Band[] {
  const intervals = body.flatMap((r) => r.cells.map((c) => ({ x0: c.x0, x1: c.x1 }))).sort((a, b) => a.x0 - b.x0);
  const merged: { band: Band; cells: Band[] }[] = [];
  for (const iv of intervals) {
    const last = merged[merged.length - 1];
    if (last && iv.x0 <= last.band.x1 - PDF_LAYOUT.bandMergePoints) {
      last.band.x1 = Math.max(last.band.x1, iv.x1);
      last.cells.push(iv);
    } else merged.push({ band: { ...iv }, cells: [iv] });
  }
  const bridge = Math.max(1, Math.floor(body.length * PDF_LAYOUT.bridgeShare));
  const out: Band[] = [];
  const split = (cells: Band[], band: Band, depth: number): void => {
    if (depth > PDF_LAYOUT.bandSplitDepth || cells.length < PDF_LAYOUT.bandSplitMinCells) {
      out.push(band);
      return;
    }
    // Coverage between consecutive cell edges; a valley covered by at most `bridge` cells with well-covered
    // ranges on both sides (each starting at least three cells) is a column border.
    const edges = [...new Set(cells.flatMap((c) => [c.x0, c.x1]))].sort((a, b) => a - b);
    const starts = cells.map((c) => c.x0).sort((a, b) => a - b);
    const ends = cells.map((c) => c.x1).sort((a, b) => a - b);
    /** How many of the sorted values are below `x` (or at most `x`). */
    const countBelow = (xs: number[], x: number, orEqual: boolean): number => {
      let lo = 0;
      let hi = xs.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (xs[m]! < x || (orEqual && xs[m] === x)) lo = m + 1;
        else hi = m;
      }
      return lo;
    };
    let best: { x: number; cover: number } | null = null;
    for (let e = 0; e + 1 < edges.length; e++) {
      const mid = (edges[e]! + edges[e + 1]!) / 2;
      const started = countBelow(starts, mid, false);
      const left = countBelow(ends, mid, true);
      const cover = started - left;
      if (cover > bridge) continue;
      const right = cells.length - started;
      if (left < PDF_LAYOUT.borderMinCells || right < PDF_LAYOUT.borderMinCells || left < PDF_LAYOUT.borderCoverRatio * cover || right < PDF_LAYOUT.borderCoverRatio * cover) continue;
      if (!best || cover < best.cover) best = { x: mid, cover };
    }
    if (!best) {
      out.push(band);
      return;
    }
    const x = best.x;
    const leftCells = cells.filter((c) => (c.x0 + c.x1) / 2 < x);
    const rightCells = cells.filter((c) => (c.x0 + c.x1) / 2 >= x);
    split(leftCells, { x0: band.x0, x1: Math.min(x, Math.max(...leftCells.map((c) => c.x1))) }, depth + 1);
    split(rightCells, { x0: Math.max(x, Math.min(...rightCells.map((c) => c.x0))), x1: band.x1 }, depth + 1);
  };
  for (const m of merged) split(m.cells, m.band, 0);
  return out;
}

/**
 * A dash for zero set left-aligned in a column of right-aligned amounts (a spreadsheet's default for text: 245.00 | - |
 * 245.00 where 年初预算数基本支出 is nil) stands at the column's left edge, apart from every amount of it, and makes a
 * column of its own. Such a column — dashes only, in rows none of which holds a cell in the column right of it — is
 * that column's left part. (A column of dashes beside a column of amounts in the same rows — 上缴上级支出 | 经营支出 all
 * nil — is a column of its own.)
 */
function dashesInTheirColumns(input: readonly Band[], body: readonly Row[]): Band[] {
  let bands = input;
  if (bands.length < 3 || body.length === 0) return [...bands];
  const h = median(body.map((r) => r.h));
  const rowsIn = bands.map(() => new Set<number>());
  const dashOnly = bands.map(() => true);
  body.forEach((r, ri) => {
    for (const c of r.cells) {
      const i = bandOf(c, bands);
      if (i < 0) continue;
      rowsIn[i]!.add(ri);
      if (!NO_VALUE.test(c.text)) dashOnly[i] = false;
    }
  });
  const apart = (a: Set<number>, b: Set<number>): boolean => [...a].every((x) => !b.has(x));
  const out: Band[] = [];
  for (let i = 0; i < bands.length; i++) {
    const band = bands[i]!;
    const prev = out[out.length - 1];
    const next = bands[i + 1];
    // (Left-aligned: close after the column before it, a cell's padding apart.)
    if (prev && next && dashOnly[i] && rowsIn[i]!.size > 0 && !dashOnly[i + 1] && band.x0 - prev.x1 <= h && apart(rowsIn[i]!, rowsIn[i + 1]!)) {
      bands = [...bands.slice(0, i + 1), { x0: band.x0, x1: next.x1 }, ...bands.slice(i + 2)];
      rowsIn[i + 1] = new Set([...rowsIn[i]!, ...rowsIn[i + 1]!]);
      continue;
    }
    out.push(band);
  }
  return out;
}

/**
 * A placeholder for none (-, —, 0, 0.00) set in a cell whose column has no amount in any row stands where its
 * producer's alignment put it — at the cell's right edge, its centre or its left edge — apart from every header word,
 * and makes a column of its own under no header (WeasyPrint's 公务用车购置费 | - beside 公务用车运行费 | 18.00), while
 * its header makes another column over no body cell. The header shows which column it is: the lowest header cells
 * (leaves: no other header cell below them over the same width; a 栏次 row's numbers count as leaves) each name one
 * column of the table. A column of placeholders only, under no leaf, whose nearest leaf heads only columns without a
 * body cell (columns of their own, made by withHeaderOnlyColumns) and has this column as its nearest column with one, is
 * that leaf's column: they are one band.
 * (A table of placeholders only — an empty table's 合计 | 0.00 | 0.00 — shows no column by its amounts: left as it is.)
 */
function placeholdersUnderTheirHeaders(input: readonly Band[], body: readonly Row[], headerRows: readonly Row[]): Band[] {
  if (input.length < 2 || headerRows.length === 0) return [...input];
  if (!body.some((r) => !numberingRow(r) && r.cells.some((c) => isNumber(c.text) && !PLACEHOLDER.test(c.text.trim())))) return [...input];
  const cells = headerRows.flatMap((r) => splitOverColumns(r.cells, input));
  const below = (c: Cell, d: Cell): boolean => d !== c && d.y0 > c.y1 - PDF_LAYOUT.headerBelowOverlap * (c.y1 - c.y0) && overlap(c, d) > 0;
  const leaves: Band[] = cells.filter((c) => !cells.some((d) => below(c, d)));
  for (const r of body) if (numberingRow(r)) for (const c of r.cells) if (/^\d+$/.test(c.text.trim())) leaves.push(c);
  const placeholderOnly = input.map(() => true);
  const used = input.map(() => false);
  for (const r of body) {
    if (numberingRow(r)) continue;
    for (const c of r.cells) {
      const i = bandOf(c, input);
      if (i < 0) continue;
      used[i] = true;
      if (!PLACEHOLDER.test(c.text.trim())) placeholderOnly[i] = false;
    }
  }
  const gap = (a: Band, b: Band): number => Math.max(0, Math.max(a.x0, b.x0) - Math.min(a.x1, b.x1));
  const merged = input.map((b) => ({ ...b }));
  const dropped = new Set<number>();
  input.forEach((b, i) => {
    if (!used[i] || !placeholderOnly[i] || leaves.some((l) => overlap(l, b) > 0)) return;
    const nearest = leaves.reduce<Band | null>((best, l) => (best === null || gap(l, b) < gap(best, b) ? l : best), null);
    if (nearest === null) return;
    const headed = input.map((o, k) => k).filter((k) => overlap(nearest, input[k]!) > 0);
    // (A leaf over no column at all is read into the nearest column anyway: no column too many to mend.)
    if (headed.length === 0 || headed.some((k) => used[k])) return;
    // No other column with a body cell stands as near the leaf.
    if (input.some((o, k) => k !== i && used[k] && gap(nearest, o) <= gap(nearest, b))) return;
    // Nor a column between the two.
    const lo = Math.min(b.x1, nearest.x1);
    const hi = Math.max(b.x0, nearest.x0);
    if (input.some((o, k) => k !== i && !headed.includes(k) && o.x0 >= lo && o.x1 <= hi)) return;
    const x0 = Math.min(b.x0, nearest.x0, ...headed.map((k) => input[k]!.x0));
    const x1 = Math.max(b.x1, nearest.x1, ...headed.map((k) => input[k]!.x1));
    merged[i] = { x0, x1 };
    for (const k of headed) dropped.add(k);
  });
  return merged.filter((_, k) => !dropped.has(k));
}

/** A placeholder for none in a cell: a dash, or a zero (0, 0.00). */
const PLACEHOLDER = /^([—–－-]{1,2}|0(\.0+)?)$/;

/**
 * Header cells set so close together that they were read as one (本年收入合计 财政拨款收入 上级补助收入, a table
 * without cell padding): a cell of several words, each over a column of its own, is one cell per column. A
 * header over several columns written as one word (决算数, 公务用车购置及运行维护费) stays whole.
 */
function splitOverColumns(cells: readonly Cell[], bands: readonly Band[]): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    const words = c.words ?? [];
    const owner = words.map((w) => {
      const i = bandOf(w, bands);
      const width = w.x1 - w.x0;
      // Over a column: most of the word inside it.
      return i >= 0 && overlap(w, bands[i]!) > PDF_LAYOUT.wordInColumnShare * Math.min(width, bands[i]!.x1 - bands[i]!.x0) ? i : -1;
    });
    if (words.length < 2 || owner.some((i) => i < 0) || new Set(owner).size < 2 || owner.some((i, k) => k > 0 && i < owner[k - 1]!)) {
      out.push(c);
      continue;
    }
    let start = 0;
    for (let k = 1; k <= words.length; k++) {
      if (k < words.length && owner[k] === owner[start]) continue;
      out.push(cellOf(words.slice(start, k)));
      start = k;
    }
  }
  return out;
}

/**
 * Columns whose cells are all blank (上缴上级支出 | 经营支出 | 对附属单位补助支出 where a department has none, zero
 * written as a blank) have no body cell to show them; their header cells, standing over no column of the body, show
 * them. Without them, those headers would be read as part of the nearest column's name, and a wrapped header line over
 * them as a piece of that column's cell. Precondition: the nearest body column has a header of its own on the same
 * lines (a header centred over a narrow column of right-aligned amounts, overlapping none of them, is that column's).
 * Header cells overlapping each other (the lines of one wrapped cell) make one column.
 */
function withHeaderOnlyColumns(bands: readonly Band[], headerRows: readonly Row[]): Band[] {
  if (bands.length === 0) return [...bands];
  const cells = headerRows.flatMap((r) => splitOverColumns(r.cells, bands));
  const isFree = (c: Cell): boolean => bands.every((b) => overlap(c, b) <= 0);
  const free = cells.filter(isFree).sort((a, b) => a.x0 - b.x0);
  const added: Cell[] = [];
  for (const c of free) {
    const last = added[added.length - 1];
    if (last && c.x0 < last.x1) {
      last.x1 = Math.max(last.x1, c.x1);
      last.y0 = Math.min(last.y0, c.y0);
      last.y1 = Math.max(last.y1, c.y1);
    } else added.push({ ...c });
  }
  // Headers centred over columns of right-aligned amounts, each overlapping none of them (项目 | 预算数 | 决算数 in a
  // wide table of two amount columns): as many header cells over no column as body columns without a header, on
  // one line, in the same order, each standing between the end of the column before its own and its own column's end
  // (the width of a cell whose amounts are right-aligned). Each is that column's header: its column is widened to it.
  // Only the header cells right of the column before the first bare one are paired: the headers of code columns left
  // blank (类 | 款 | 项 over an empty table's 合计 row) stand left of it; nor the last line of a wrapped header cell set
  // left-aligned (年末结转和结 / 余 in Word, starting where the line above it starts).
  const headed = bands.map((b) => cells.some((c) => overlap(c, b) > 0));
  const bare = bands.map((_, i) => i).filter((i) => !headed[i]);
  const lo = bare.length > 0 && bare[0]! > 0 ? bands[bare[0]! - 1]!.x1 : Number.POSITIVE_INFINITY;
  const wrappedLine = (a: Cell): boolean => cells.some((u) => u.y0 < a.y0 && a.y0 - u.y1 < PDF_LAYOUT.wrappedLineGap * (a.y1 - a.y0) && Math.abs(u.x0 - a.x0) < PDF_LAYOUT.wrappedLineAlign * (a.y1 - a.y0) && u.x1 >= a.x1);
  let paired = added.filter((a) => a.x0 >= lo && !wrappedLine(a));
  // More such header cells than bare columns, the extra ones right of the last column (合计 | 基本支出 | 项目支出 over a
  // page of 基本支出 rows only, its 项目支出 cells all blank): the first ones head the bare columns, the extra ones
  // columns of their own, blank — so that the page has as many columns as the table it goes on from.
  const lastEnd = bands[bands.length - 1]!.x1;
  let trailing: Cell[] = [];
  if (bare.length > 0 && paired.length > bare.length && paired[bare.length - 1]!.x0 < lastEnd && paired.slice(bare.length).every((a) => a.x0 >= lastEnd)) {
    trailing = paired.slice(bare.length);
    paired = paired.slice(0, bare.length);
  }
  let widened: Band[] | null = null;
  if (bare.length > 0 && bare.length === paired.length && bare.every((i) => i > 0)) {
    const line = (a: Cell, b: Cell): boolean => Math.abs((a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2) < PDF_LAYOUT.headerLineMiddles * Math.min(a.y1 - a.y0, b.y1 - b.y0);
    const fits = bare.every((i, k) => {
      const a = paired[k]!;
      const mid = (a.x0 + a.x1) / 2;
      return a.x0 >= bands[i - 1]!.x1 && mid < bands[i]!.x1 && (k === 0 || line(a, paired[0]!));
    });
    if (fits && trailing.every((a) => line(a, paired[0]!))) widened = bands.map((b, i) => (headed[i] ? b : { x0: Math.min(b.x0, paired[bare.indexOf(i)]!.x0), x1: b.x1 }));
  }
  // A short sub-header standing in the gap between two columns, on the line of a sibling heading the column before it
  // (科目编码 over 类 | 款 | 项 where the page holds no 项 row yet: 项 heads a column whose cells are all blank here): a
  // column of its own, so that the same table on the next page, its 项 codes filled, has as many columns.
  const between = (a: Cell): boolean => {
    const i = bands.findIndex((b, k) => k + 1 < bands.length && a.x0 >= b.x1 && a.x1 <= bands[k + 1]!.x0);
    if (i < 0 || !CODE_LEVEL_HEADERS.has(a.text.replace(/\s+/g, ''))) return false;
    const h = a.y1 - a.y0;
    return cells.some((c) => c !== a && !isFree(c) && overlap(c, bands[i]!) > 0 && CODE_LEVEL_HEADERS.has(c.text.replace(/\s+/g, '')) && Math.abs((c.y0 + c.y1) / 2 - (a.y0 + a.y1) / 2) < PDF_LAYOUT.headerLineMiddles * h);
  };
  const kept = added.filter((a) => {
    if (widened && paired.includes(a)) return false;
    if (widened && trailing.includes(a)) return true;
    if (!isFree(a)) return false;
    if (between(a)) return true;
    const mid = (a.x0 + a.x1) / 2;
    const nearest = bands.reduce((best, b) => (Math.min(Math.abs(mid - b.x0), Math.abs(mid - b.x1)) < Math.min(Math.abs(mid - best.x0), Math.abs(mid - best.x1)) ? b : best));
    return cells.some((c) => !isFree(c) && overlap(c, nearest) > 0 && (c.y0 + c.y1) / 2 > a.y0 && (c.y0 + c.y1) / 2 < a.y1);
  });
  return [...(widened ?? bands), ...kept.map((a) => ({ x0: a.x0, x1: a.x1 }))].sort((a, b) => a.x0 - b.x0);
}

/**
 * The lines of one header cell wrapped in a narrow column (LibreOffice Writer, a spreadsheet's wrapped text: 因公出 ⏎ 国
 * ⏎ （境） ⏎ 费, each centred on the same axis) are one cell. A line goes on from the line above it when it stands right
 * under it — closer than a quarter of a line, where the rows of a header stand apart by their cells' padding — on the
 * same centre or left edge, no wider; the line above was full (another header cell stands on its line less than a
 * character from it: the column is no wider than the line); and no other header cell stands on the lower line under the
 * upper one. A group's title over several columns stands over its sub-headers side by side (公务用车购置及运行维护费 over
 * 小计 | 公务用车购置费 | 公务用车运行维护费): its middle sub-header is no line of it.
 */
function wrappedHeaderLinesJoined(cells: readonly Cell[]): Cell[] {
  const onLine = (o: Cell, c: Cell): boolean => {
    const h = c.y1 - c.y0;
    return o !== c && o.y0 < c.y1 - PDF_LAYOUT.onLineOverlap * h && o.y1 > c.y0 + PDF_LAYOUT.onLineOverlap * h;
  };
  const full = (c: Cell): boolean => cells.some((o) => onLine(o, c) && (Math.abs(o.x0 - c.x1) < c.y1 - c.y0 || Math.abs(c.x0 - o.x1) < c.y1 - c.y0));
  const out: { cell: Cell; last: Cell }[] = [];
  for (const c of [...cells].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)) {
    const h = c.y1 - c.y0;
    const mid = (c.x0 + c.x1) / 2;
    const group = out.find(({ cell, last }) => {
      const lh = last.y1 - last.y0;
      const sameAxis = Math.abs((last.x0 + last.x1) / 2 - mid) < PDF_LAYOUT.headerAxisAlign * Math.min(h, lh) || Math.abs(last.x0 - c.x0) < PDF_LAYOUT.headerAxisAlign * Math.min(h, lh);
      if (!(c.y0 > last.y0 + PDF_LAYOUT.wrappedLineStep * lh && c.y0 - last.y1 < PDF_LAYOUT.wrappedHeaderGap * lh && sameAxis && c.x1 - c.x0 <= cell.x1 - cell.x0 + PDF_LAYOUT.wrappedWidthSlack * h)) return false;
      if (c.x0 < cell.x0 - PDF_LAYOUT.wrappedWidthSlack * h || c.x1 > cell.x1 + PDF_LAYOUT.wrappedWidthSlack * h || !full(last)) return false;
      return !cells.some((o) => onLine(o, c) && overlap(o, last) > 0);
    });
    if (group) {
      const g = group.cell;
      group.cell = { x0: Math.min(g.x0, c.x0), x1: Math.max(g.x1, c.x1), y0: g.y0, y1: Math.max(g.y1, c.y1), text: g.text + c.text };
      group.last = c;
    } else out.push({ cell: c, last: c });
  }
  return out.map((g) => g.cell);
}

/** The start of a row's label: a number (一、, （一）, 1.) or 其中. */
const LABEL_START = new RegExp(`${HEADING_START.source}|${ROW_MARKER.source}`);

/**
 * A line of labels only, each opening a row (四、上级补助收入 | 四、公共安全支出, amounts left blank), right above a body
 * row whose labels in the same columns open rows of their own (五、事业收入 | 389,981.80 | 五、教育支出): a row of the
 * table by itself — a label has one number, at its start, so the line cannot be the first line of the row below.
 */
function ownLabelRow(rows: readonly Row[], k: number, region: Region): boolean {
  const r = rows[k]!;
  if (k < region.firstBody || isBody(r) || !r.cells.every((c) => LABEL_START.test(c.text) && !isNumber(c.text))) return false;
  // Each label whole on this line: the next line down in its column opens another label (a label's wrapped lines go on
  // without a number), and the line holds no amount — a row whose amounts are blank.
  return r.cells.every((c) => {
    for (let n = k + 1; n <= region.to; n++) {
      const below = rows[n]!;
      if (below.page !== r.page) return false;
      const d = below.cells.find((x) => overlap(c, x) > 0 && Math.abs(x.x0 - c.x0) < r.h);
      if (d) return LABEL_START.test(d.text);
    }
    return false;
  });
}

/** The table of one region as rows of cell texts (first row: the header), or two tables for a two-sided one. */
/** Far more than a page's height, in points. */
const PAGE_SPAN = 100_000;

/**
 * Rows of several pages as if on one: each earlier page's rows moved up by PAGE_SPAN a page, so that a line on an
 * earlier page stands above every line of a later one. Rows of one page are returned as they are.
 */
function pagedAsOne(rows: readonly Row[]): Row[] {
  if (rows.length === 0 || rows.every((r) => r.page === rows[0]!.page)) return [...rows];
  const last = Math.max(...rows.map((r) => r.page));
  return rows.map((r) => {
    const off = (r.page - last) * PAGE_SPAN;
    return off === 0 ? r : { ...r, y0: r.y0 + off, y1: r.y1 + off, cells: r.cells.map((c) => ({ ...c, y0: c.y0 + off, y1: c.y1 + off })) };
  });
}

function buildTables(rows: readonly Row[], region: Region): string[][][] {
  const body: Row[] = [];
  const isRow = (k: number): boolean => isBody(rows[k]!) || region.lonely.has(k) || ownLabelRow(rows, k, region);
  for (let k = region.firstBody; k <= region.to; k++) if (isRow(k)) body.push(rows[k]!);
  const headerLines = rows.slice(region.from, region.bodyFrom);
  const bands = placeholdersUnderTheirHeaders(withHeaderOnlyColumns(dashesInTheirColumns(columnsOf(body), body), headerLines), body, headerLines);
  // Header: each cell names the column it overlaps most, its lines read top to bottom. A cell set over a group of
  // columns (决算数 over 合计 / 基本支出 / 项目支出; 公务用车购置及运行维护费 over 小计 / 购置费 / 运行维护费) also
  // names the neighbouring columns whose own headers stand below it at the same height as those of its column
  // (a group's sub-headers are centred on one line; a label spanning both header rows stands higher, between them).
  // A header broken by a page turn (its first line at the foot of one page, its second line and the body at the top of
  // the next): the earlier page's lines are set above the later page's, so that heights compare as on one page.
  const headerRows = pagedAsOne(rows.slice(region.from, region.bodyFrom));
  const headerCells: { band: number; cell: Cell }[] = [];
  const headerLineCells = headerRows.flatMap((r) => splitOverColumns(r.cells, bands));
  for (const c of wrappedHeaderLinesJoined(headerLineCells)) {
    // The last line of a wrapped header cell set left-aligned (年末结转和结 / 余), over no column: the column of the
    // line it goes on from, starting where it starts, a line's spacing above.
    const h = c.y1 - c.y0;
    const upper = bands.every((b) => overlap(c, b) <= 0) ? headerCells.find((u) => Math.abs(u.cell.x0 - c.x0) < PDF_LAYOUT.headerTailAlign * h && c.y0 > u.cell.y0 && c.y0 - u.cell.y1 < PDF_LAYOUT.wrappedLineGap * h && u.cell.x1 >= c.x1) : undefined;
    const i = upper ? upper.band : bandOf(c, bands);
    if (i >= 0) headerCells.push({ band: i, cell: c });
  }
  const prefix: string[] = bands.map(() => '');
  /** Vertical centre of the header text of band `k` below `y` (null when there is none). */
  const centreBelow = (k: number, y: number): number | null => {
    let top = Number.POSITIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const h of headerCells) {
      if (h.band !== k || h.cell.y0 < y) continue;
      top = Math.min(top, h.cell.y0);
      bottom = Math.max(bottom, h.cell.y1);
    }
    return top === Number.POSITIVE_INFINITY ? null : (top + bottom) / 2;
  };
  /** The lowest header cell of band `k` below `y` (its leaf: the column's own name), or null. */
  const lowestBelow = (k: number, y: number): Cell | null => {
    let best: Cell | null = null;
    for (const hc of headerCells) if (hc.band === k && hc.cell.y0 >= y && (!best || hc.cell.y0 > best.y0)) best = hc.cell;
    return best;
  };
  /**
   * Whether the header of band `k` below `y` stands within the lines of band `i`'s header below `y`, reaching down to
   * their lower half: a column of the group whose own header spans fewer lines (合计 and 公务接待费 centred over the
   * two lines where 公务用车购置及运行费 stands over 小计 | 购置费 | 运行费, all under 预算数). A label spanning the group
   * header's own line too (项目 centred over 决算数 and 合计 | 基本支出) stands higher: no member.
   */
  const underGroup = (k: number, i: number, y: number, h: number): boolean => {
    let top = Number.POSITIVE_INFINITY;
    let topCentre = 0;
    let lowest = Number.NEGATIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    let kTop = Number.POSITIVE_INFINITY;
    let kLowest = Number.NEGATIVE_INFINITY;
    let kBottom = Number.NEGATIVE_INFINITY;
    for (const hc of headerCells) {
      if (hc.cell.y0 < y) continue;
      const mid = (hc.cell.y0 + hc.cell.y1) / 2;
      if (hc.band === i) {
        if (hc.cell.y0 < top) {
          top = hc.cell.y0;
          topCentre = mid;
        }
        lowest = Math.max(lowest, mid);
        bottom = Math.max(bottom, hc.cell.y1);
      } else if (hc.band === k) {
        kTop = Math.min(kTop, hc.cell.y0);
        kLowest = Math.max(kLowest, mid);
        kBottom = Math.max(kBottom, hc.cell.y1);
      }
    }
    if (top === Number.POSITIVE_INFINITY || kTop === Number.POSITIVE_INFINITY || lowest - topCentre < PDF_LAYOUT.groupMinSpan * h) return false;
    return kTop >= top - PDF_LAYOUT.groupLineSlack * h && kBottom <= bottom + PDF_LAYOUT.groupLineSlack * h && kLowest >= (topCentre + lowest) / 2 - PDF_LAYOUT.groupLineSlack * h;
  };
  // The header cells naming each column: its own, and the group cells extended over it.
  const covers: Cell[][] = bands.map((_, k) => headerCells.filter((h) => h.band === k).map((h) => h.cell));
  // A column's own title wrapped in a cell spanning the header's lines (年初预算 / 数 beside 本年支出 over 小计 | 基本支出 |
  // 项目支出): its lines, read top to bottom, make one column title (a phase header: 年初预算数). Its first line stands
  // level with the group header beside it, yet it names no column but its own — nor competes for the group's columns.
  const ownTitle = new Set<Cell>();
  covers.forEach((cells) => {
    if (cells.length < 2) return;
    const lines = [...cells].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    if (WRAPPED_COLUMN_TITLES.has(lines.map((c) => c.text.replace(/\s+/g, '')).join(''))) ownTitle.add(lines[0]!);
  });
  // Whether a header cell set centred (starting at no column's start) could stand over a run of columns ending at band
  // `k`'s far side: the run mirrored around its middle stays within the table, give or take a character
  // (thresholds.json pdfLayout.centredReachSlack). A cell starting at a column's start (left-aligned) reaches any column.
  const left = bands[0]?.x0 ?? 0;
  const right = bands[bands.length - 1]?.x1 ?? 0;
  const reaches = (g: Cell, k: number): boolean => {
    const slack = PDF_LAYOUT.centredReachSlack * (g.y1 - g.y0);
    if (bands.some((b) => Math.abs(b.x0 - g.x0) <= slack)) return true;
    const mid = (g.x0 + g.x1) / 2;
    const far = bands[k]!.x1 <= mid ? bands[k]!.x0 : bands[k]!.x0 >= mid ? bands[k]!.x1 : null;
    if (far === null) return true;
    const mirrored = 2 * mid - far;
    return mirrored >= left - slack && mirrored <= right + slack;
  };
  // Whether the header's cells are set at the top of their cells, not centred in them: the lowest titles of two columns
  // (each its lines run together: less than half a line apart, aligned, each no narrower than the next) of different
  // heights — one line beside two — starting level, and no two such titles centred level (Chromium and Writer centre a
  // cell's lines in it; pdfmake and pdfkit set them at its top).
  const setAtTop = ((): boolean => {
    const blocks: { y0: number; y1: number; h: number }[] = [];
    bands.forEach((_, k) => {
      const cells = headerCells.filter((hc) => hc.band === k).map((hc) => hc.cell).sort((p, q) => p.y0 - q.y0);
      const last = cells[cells.length - 1];
      if (!last) return;
      const block = { y0: last.y0, y1: last.y1, h: last.y1 - last.y0 };
      let line = last;
      for (let j = cells.length - 2; j >= 0; j--) {
        const c = cells[j]!;
        const ch = c.y1 - c.y0;
        // (The line above goes on to this one: close above it, level with it on the left or in the middle, no narrower.)
        const aligned = Math.abs(c.x0 - line.x0) <= PDF_LAYOUT.titleLineSlack * ch || Math.abs(c.x0 + c.x1 - line.x0 - line.x1) <= ch;
        if (block.y0 - c.y1 >= PDF_LAYOUT.titleLineSlack * ch || !aligned || c.x1 - c.x0 < line.x1 - line.x0 - PDF_LAYOUT.titleLineSlack * ch) break;
        block.y0 = Math.min(block.y0, c.y0);
        block.h = Math.min(block.h, ch);
        line = c;
      }
      blocks.push(block);
    });
    let top = false;
    for (const a of blocks) {
      for (const b of blocks) {
        const h = Math.min(a.h, b.h);
        if (a === b || a.y0 >= b.y1 || b.y0 >= a.y1 || Math.abs(a.y1 - a.y0 - (b.y1 - b.y0)) < PDF_LAYOUT.titleHeightStep * h) continue;
        if (Math.abs((a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2) <= PDF_LAYOUT.levelTolerance * h) return false;
        if (Math.abs(a.y0 - b.y0) <= PDF_LAYOUT.levelTolerance * h) top = true;
      }
    }
    return top;
  })();
  // (Bounded: a header of more cells than a real table has is not worth the quadratic look-around.)
  for (const { band: i, cell: c } of headerCells.length <= MAX_HEADER_CELLS ? headerCells : []) {
    if (ownTitle.has(c)) continue;
    const own = centreBelow(i, c.y1 - PDF_LAYOUT.belowSlack * (c.y1 - c.y0));
    if (own === null) continue;
    const h = c.y1 - c.y0;
    // Cells set on the same line: their middle within this cell's height (a label spanning both header rows
    // stands lower, between them).
    const onLine = headerCells.filter((o) => (o.cell.y0 + o.cell.y1) / 2 > c.y0 && (o.cell.y0 + o.cell.y1) / 2 < c.y1 && !ownTitle.has(o.cell));
    const distance = (x: number, cell: Cell): number => (x < cell.x0 ? cell.x0 - x : x > cell.x1 ? x - cell.x1 : 0);
    // Header cells set at the top of their cells (pdfmake, pdfkit): under a group, a column's title starts on the line
    // right under the group cell (合计 | 因公出国 / （境）费 | 公务用车购置及运行费 | 公务接待费 under 预算数), or level with
    // the title of the group cell's own column (小计 | 公务用车购置 / 费 | 公务用车运行 / 费 under 公务用车购置及运行费),
    // however many lines it wraps over: its first line, not its middle, says where it stands.
    const below = c.y1 - PDF_LAYOUT.belowSlack * h;
    const leafTitle = (o: Cell): boolean => !headerCells.some((u) => u.cell.y0 >= o.y1 - PDF_LAYOUT.belowSlack * (o.y1 - o.y0) && u.cell.x0 < o.x1 && u.cell.x1 > o.x0);
    const topBelow = (k: number): number | null => {
      let top: number | null = null;
      for (const hc of headerCells) if (hc.band === k && hc.cell.y0 >= below && !ownTitle.has(hc.cell) && (top === null || hc.cell.y0 < top)) top = hc.cell.y0;
      return top;
    };
    let firstUnder: number | null = null;
    for (const hc of headerCells) if (hc.cell.y0 >= below && hc.cell.x0 < c.x1 && hc.cell.x1 > c.x0 && (firstUnder === null || hc.cell.y0 < firstUnder)) firstUnder = hc.cell.y0;
    const ownTop = topBelow(i);
    // (Or level with a column already taken, or under a group cell that starts on that first line and spans the column:
    // 公务用车购置 / 费 under 公务用车购置及运行费 beside 合计, where the group cell's band is 小计's.)
    const levels: number[] = [firstUnder, ownTop].filter((v): v is number => v !== null);
    const topAligned = (k: number): boolean => {
      if (!setAtTop) return false;
      const t = topBelow(k);
      if (t === null) return false;
      if (levels.some((v) => Math.abs(t - v) <= PDF_LAYOUT.topLevelSlack * h)) return true;
      const leafCell = lowestBelow(k, below);
      const x0 = Math.min(bands[k]!.x0, leafCell?.x0 ?? bands[k]!.x0);
      const x1 = Math.max(bands[k]!.x1, leafCell?.x1 ?? bands[k]!.x1);
      return firstUnder !== null && headerCells.some((g) => g.cell !== c && Math.abs(g.cell.y0 - firstUnder!) <= PDF_LAYOUT.topLevelSlack * h && g.cell.y1 <= t + PDF_LAYOUT.belowSlack * h && g.cell.x0 < x1 && g.cell.x1 > x0);
    };
    for (const step of [-1, 1]) {
      // (Only while every column taken on this side so far starts there too: where a column nearer the group is
      // centred and not level with its neighbours' first lines, the cells are set centred and a first line level with
      // them is chance — 项目 spanning two lines beside 决算数 over 合计 | 一般公共预算财 / 政拨款, Chromium.)
      let topSet = true;
      for (let k = i + step; k >= 0 && k < bands.length; k += step) {
        if (onLine.some((o) => o.band === k)) break;
        // A column whose own header starts within this cell's line (its first line's box reaching up into it: lines of
        // wrapped cells set closer than their boxes are high, each cell centred in the header's height — 附属单 ⏎ 位上缴 ⏎
        // 收入 beside 经营 ⏎ 收入): this cell is the first line of its own column's wrapped title, no group over that column.
        if (headerCells.some((o) => o.band === k && !ownTitle.has(o.cell) && o.cell.y0 < c.y1 - PDF_LAYOUT.lineReachSlack * h && o.cell.y1 > c.y1)) break;
        // Two groups side by side (人员经费 | 公用经费): a column belongs to the nearer one. The column's cells span its
        // amounts and its own lowest header: amounts set right-aligned alone stand off centre (增减额 | 增减率（%） under
        // 比上年增减 beside 决算数为调整 / 预算数的% spanning both lines, in Calc), as does a header set left-aligned.
        const leaf = lowestBelow(k, c.y1 - PDF_LAYOUT.belowSlack * h);
        const x = leaf ? (Math.min(leaf.x0, bands[k]!.x0) + Math.max(leaf.x1, bands[k]!.x1)) / 2 : (bands[k]!.x0 + bands[k]!.x1) / 2;
        // A group header set centred over its columns (Chromium's th: 收入 over 项目 | 金额 beside 支出 over 项目 | 合计 |
        // 一般公共预算财政拨款 | …) reaches a column only where the same reach on its other side stays inside the table;
        // the nearer of two such headers is no owner of a column it cannot reach while the farther one can.
        // (In a header set at the top of its cells, a rival heads titles standing under it: a column title on this line
        // with no header cell under it, neither in its column nor under its words — 公务接待费 beside 公务用车购置及运行费,
        // both at the top of their cells — is a leaf, no group, and reaches no other column. Where cells are centred, a
        // title spanning the lines under a group stands lower, off its line.)
        const rivals = onLine.filter((o) => o.cell !== c && !(setAtTop && leafTitle(o.cell) && centreBelow(o.band, o.cell.y1 - PDF_LAYOUT.belowSlack * (o.cell.y1 - o.cell.y0)) === null));
        if (rivals.some((o) => distance(x, o.cell) < distance(x, c) && !(reaches(c, k) && !reaches(o.cell, k)))) break;
        if (!reaches(c, k) && rivals.some((o) => (step > 0 ? o.cell.x0 >= bands[k]!.x1 : o.cell.x1 <= bands[k]!.x0) && reaches(o.cell, k))) break;
        const centre = centreBelow(k, c.y1 - PDF_LAYOUT.belowSlack * h);
        const level: boolean = topSet && topAligned(k);
        if (centre === null || (Math.abs(centre - own) > PDF_LAYOUT.groupCentreReach * h && !underGroup(k, i, c.y1 - PDF_LAYOUT.belowSlack * h, h) && !level)) break;
        topSet = level;
        if (level) levels.push(topBelow(k)!);
        // A column under a group header of its own standing above this cell, a group this cell is not under (项目 over
        // 科目编码 | 科目名称, 决算数 over 合计 | 基本支出 beside 年初预算 / 数 wrapped in a cell spanning both lines): this
        // cell is the first line of its own column's wrapped title, no group over that column.
        if (covers[k]!.some((g) => g.y1 <= c.y0 + PDF_LAYOUT.groupAboveSlack * h && !covers[i]!.includes(g))) break;
        // A column titled by its own wrapped title (年初预算 / 数) is no member of the group beside it.
        if (covers[k]!.some((g) => ownTitle.has(g))) break;
        prefix[k] += c.text;
        covers[k]!.push(c);
      }
    }
  }
  // A column's title: the group cells over it and its own cells, top to bottom (a group cell set over it higher than a
  // group cell that is its own: 预算数 over 公务用车购置及运行费 over 小计, the latter two its own band's).
  const header = bands.map((_, i) => {
    const own = headerCells.filter((h) => h.band === i).map((h) => h.cell);
    const extended = covers[i]!.filter((c) => !own.includes(c));
    if (extended.some((g) => own.some((o) => o.y0 < g.y0))) {
      return [...extended, ...own].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0).map((c) => c.text).join('');
    }
    return prefix[i]! + own.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0).map((c) => c.text).join('');
  });
  // Body rows. The lines of one cell touch each other, so the rows of the body fall into stacks, one per table
  // row; a stack with one body row takes its wrapped label lines. Where rows are packed too tightly to tell
  // (a stack with several body rows), a label line joins the body row whose centre is nearest.
  const stacks: Row[][] = [];
  for (let k = region.bodyFrom; k <= region.to; k++) {
    const r = rows[k]!;
    const last = stacks[stacks.length - 1];
    if (last && sameCell(last[last.length - 1]!, r, true)) last.push(r);
    else stacks.push([r]);
  }
  const cells: string[][] = body.map(() => bands.map(() => ''));
  const centre = (r: Row): number => (r.y0 + r.y1) / 2;
  // Where the last cell put in each slot ends (an amount parted from a label by a gap narrower than a space, both
  // read into one column: put back together as written, 439.80一般公共服务支出, as before the two were parted).
  const ends = new Map<string, number>();
  const put = (target: number, r: Row): void => {
    for (const c of r.cells) {
      const i = bandOf(c, bands);
      if (i < 0) continue;
      const row = cells[target]!;
      const slot = `${target}:${i}`;
      const end = ends.get(slot);
      const tight = end !== undefined && /\.\d{2}$/.test(row[i]!) && cjk(c.text[0]) && c.x0 - end <= PDF_LAYOUT.tightAmountLabel * r.h;
      row[i] = row[i] === '' ? c.text : !tight && (isNumber(c.text) || isNumber(row[i]!)) ? `${row[i]} ${c.text}` : `${row[i]}${c.text}`;
      ends.set(slot, c.x1);
    }
  };
  // (Each line of a wrapped header cell too: the header repeated on a later page is read line by line.)
  const headerTexts = new Set([...headerCells.map((h) => h.cell.text), ...headerLineCells.map((c) => c.text)]);
  // The header repeated at the top of a later page: its rows (before the page's first body row) are skipped, and with
  // them the lines of its wrapped cells standing alone on a line above or below (对附属单位补助支 | … | 出).
  const firstBodyOnPage = new Map<number, Row>();
  for (const b of body) if (!firstBodyOnPage.has(b.page)) firstBodyOnPage.set(b.page, b);
  const repeatedHeader = (r: Row): boolean => r.cells.length >= 2 && !body.includes(r) && r.cells.every((c) => headerTexts.has(c.text));
  const headerPages = new Set<number>();
  for (let k = region.bodyFrom; k <= region.to; k++) {
    const r = rows[k]!;
    const first = firstBodyOnPage.get(r.page);
    if (r.page > rows[region.firstBody]!.page && (!first || r.y0 < first.y0) && repeatedHeader(r)) headerPages.add(r.page);
  }
  // Only above the first body row of a later page: inside the body, label pieces may read like header cells (合计 | 合计,
  // the last lines of 本年收入 / 合计 and 本年支出 / 合计 wrapped around their amounts).
  const headerLine = (r: Row): boolean => {
    if (r.page <= rows[region.firstBody]!.page || body.includes(r) || !r.cells.every((c) => headerTexts.has(c.text))) return false;
    const first = firstBodyOnPage.get(r.page);
    if (first && r.y0 >= first.y0) return false;
    return r.cells.length >= 2 || headerPages.has(r.page);
  };
  /** Columns where a body row holds text (not a number): where the lines of a wrapped text cell may go on. */
  const textBands = (r: Row): Set<number> => new Set(r.cells.filter((c) => !isNumber(c.text) && !NO_VALUE.test(c.text)).map((c) => bandOf(c, bands)));
  let previousTarget = 0;
  for (const stack of stacks) {
    const bodies = stack.filter((r) => body.includes(r));
    const texts = bodies.length > 1 ? bodies.map(textBands) : [];
    for (const r of stack) {
      // The header repeated at the top of the next page, the table going on under it: no row of the body.
      if (headerLine(r)) continue;
      let target = body.indexOf(r);
      if (target === -1 && bodies.length > 1) {
        // Rows packed too tightly to tell by spacing: each line of a wrapped cell joins the nearest body row that
        // has text in that column (a deviation note wrapped over four lines, its row's other cells one line high).
        // Of the body rows just above and just below, the nearer one, unless only the other has text in the
        // column the line stands in (the line lies inside that column).
        let above = -1;
        let below = -1;
        bodies.forEach((b, bi) => {
          if (centre(b) <= centre(r)) above = bi;
          else if (below < 0) below = bi;
        });
        for (const c of r.cells) {
          const i = bandOf(c, bands);
          const inside = i >= 0 && overlap(c, bands[i]!) > 0;
          const candidates = [above, below].filter((bi) => bi >= 0).sort((x, y) => Math.abs(centre(bodies[x]!) - centre(r)) - Math.abs(centre(bodies[y]!) - centre(r)));
          // A cell centred vertically in its row (Chromium's default): its lines stand evenly above and below the
          // row's other cells, so the row has nothing on its own line in that column, and a line belongs to it when
          // another line of the column stands at its mirror image across the row's middle.
          // Both lines lie within that row: nearer its middle than any other row's.
          const nearest = (y: number): number => {
            // The body rows of a stack stand top to bottom: the nearest is the last above or the first below.
            let lo = 0;
            let hi = bodies.length;
            while (lo < hi) {
              const m = (lo + hi) >> 1;
              if (centre(bodies[m]!) <= y) lo = m + 1;
              else hi = m;
            }
            if (lo === 0) return 0;
            if (lo === bodies.length) return bodies.length - 1;
            return y - centre(bodies[lo - 1]!) <= centre(bodies[lo]!) - y ? lo - 1 : lo;
          };
          const mirrored = (bi: number): boolean => {
            if (texts[bi]!.has(i) || nearest(centre(r)) !== bi) return false;
            const y = 2 * centre(bodies[bi]!) - centre(r);
            return stack.some(
              (o) => o !== r && !body.includes(o) && Math.abs(centre(o) - y) < PDF_LAYOUT.mirrorTolerance * r.h && nearest(centre(o)) === bi && o.cells.some((oc) => bandOf(oc, bands) === i && overlap(oc, bands[i]!) > 0),
            );
          };
          const centred = candidates.length > 0 && mirrored(candidates[0]!) ? candidates[0] : undefined;
          // A line just above a row whose own line already holds its text in that column, no line of that row's cell
          // mirrored below it (not centred): the row's text starts on its own line (cells set at the top, Word's
          // default), so the line goes on from the cell of the row above (机关事业单位职业年金缴费 / 支出 over 210 卫生健康支出).
          // Only where the line above in that column fills the column (a line breaks only when it is full; a short
          // one, 绩效工资, ends its cell).
          const nearestFirst = candidates[0];
          const lineAbove = (): Cell | undefined => {
            for (let k = stack.indexOf(r) - 1; k >= 0; k--) {
              const hit = stack[k]!.cells.find((oc) => bandOf(oc, bands) === i);
              if (hit) return hit;
            }
            return undefined;
          };
          const full = (cell: Cell | undefined): boolean => cell !== undefined && cell.x1 - cell.x0 >= bands[i]!.x1 - bands[i]!.x0 - PDF_LAYOUT.labelFillSlack * r.h;
          const topAligned =
            centred === undefined && inside && nearestFirst === below && above >= 0 && texts[below]!.has(i) && texts[above]!.has(i) && full(lineAbove()) ? above : undefined;
          const pick = centred ?? topAligned ?? (inside ? candidates.find((bi) => texts[bi]!.has(i)) : undefined) ?? candidates[0]!;
          const best = body.indexOf(bodies[pick]!);
          put(best, { ...r, cells: [c] });
          previousTarget = best;
        }
        continue;
      }
      if (target === -1) target = bodies.length === 1 ? body.indexOf(bodies[0]!) : previousTarget;
      put(target, r);
      previousTarget = target;
    }
  }
  return stackContinued(sideBySide(header, cells));
}

/**
 * Labels in a later column of most rows, amounts left of them: tables side by side (收入 | 决算数 | 支出 | 决算数;
 * 人员经费 | 公用经费 | 公用经费 continued, each 科目编码 | 科目名称 | 决算数), split into one table per side. A dash
 * is no label; a column of codes (207 | 01 | 01 before 科目名称) holds no amount.
 */
function sideBySide(header: string[], cells: string[][], depth = 0): string[][][] {
  const label = (x: string): boolean => x !== '' && !isNumber(x) && !NO_VALUE.test(x) && /[\u4e00-\u9fff]/.test(x);
  // An amount column: a number with decimals, separators or % — or whole numbers (元 written without separators,
  // 9753547) each right after a label in its row, as a side's first amount stands (a code stands before its name; the
  // code column of the block on the right, 30201, after the left block's amount).
  const amountColumn = header.map((_, i) => {
    let whole = 0;
    for (const row of cells) {
      const x = row[i]!;
      if (!isNumber(x)) continue;
      if (/[.,%]/.test(x)) return true;
      const before = row.slice(0, i).findLast((c) => c !== '');
      if (!/^\d+$/.test(x) || before === undefined || !label(before)) return false;
      whole++;
    }
    return whole >= 2;
  });
  // First and last filled cell of each row, so that each candidate column is weighed in one pass over the rows.
  const firstFilled = cells.map((row) => row.findIndex((x) => x !== ''));
  const lastFilled = cells.map((row) => row.findLastIndex((x) => x !== ''));
  const firstAmount = amountColumn.indexOf(true);
  for (let k = Math.max(2, firstAmount + 1); firstAmount >= 0 && k < header.length - 1 && depth < 4; k++) {
    let used = 0;
    let labelled = 0;
    let besideAmounts = 0;
    cells.forEach((row, r) => {
      if (lastFilled[r]! >= k) used++;
      // The side's label, or its code with the label in the next column (30201 | 办公费 next to 30213维修（护）费 where a
      // long name set close after its code was read as one cell with it).
      const next = row[k + 1] ?? '';
      if (!label(row[k]!) && !(label(next) && !amountColumn[k + 1] && (row[k] === '' || /^\d{3,9}$/.test(row[k]!)))) return;
      labelled++;
      if (firstFilled[r]! >= 0 && firstFilled[r]! < k) besideAmounts++;
    });
    // Or the header says so, its first two titles set again over this column and the next (收入项目 | 收入行次 | 收入金额 |
    // 支出项目 | 支出行次 | …, a 财政拨款收入支出决算总表 whose 收入 side runs out after three rows on its first page).
    const sameTitle = (a: string | undefined, b: string | undefined): boolean => a !== undefined && b !== undefined && a.length >= 2 && b.length >= 2 && a.slice(-2) === b.slice(-2) && /[\u4e00-\u9fff]{2}$/.test(a);
    // (The first title may carry a piece of a wrapped header cell above it: 项目款 over the 收入 side, 项目 over the 支出 side.)
    const firstTitleRepeats = sameTitle(header[0], header[k]) || (header[k] !== undefined && /^[\u4e00-\u9fff]{2,}$/.test(header[k]!) && header[0]!.startsWith(header[k]!));
    const headerRepeats = firstTitleRepeats && sameTitle(header[1], header[k + 1]);
    // (A header that says so is enough for a piece of a few rows whose other side holds one label: 总计 under a repeated header.)
    if (labelled >= (headerRepeats ? 1 : 2) && (besideAmounts * 2 >= labelled || headerRepeats) && labelled * 5 >= used * 3 && (used * 2 >= cells.length || headerRepeats)) {
      // The second half starts at its code column when its labels have one (科目编码 | 科目名称 | 决算数 twice).
      let at = k;
      const codeColumn = (i: number): boolean => {
        const filled = cells.map((row) => row[i]!).filter((x) => x !== '');
        const codes = filled.filter((x) => /^\d{1,9}$/.test(x)).length;
        return codes >= 2 && filled.length - codes <= 1;
      };
      while (at - 1 > firstAmount && codeColumn(at - 1)) at--;
      // The right side may itself be two sides (a third block of the same columns).
      const right = cells.map((row) => row.slice(at));
      return [[header.slice(0, at), ...cells.map((row) => row.slice(0, at))], ...sideBySide(header.slice(at), right, depth + 1)];
    }
  }
  return [[header, ...cells]];
}

/** The column holding most of a table's row names. */
function nameColumn(table: readonly string[][]): number {
  const counts = table[0]!.map((_, i) => table.slice(1).filter((row) => /[\u4e00-\u9fff]/.test(row[i] ?? '') && !isNumber(row[i]!)).length);
  return counts.indexOf(Math.max(...counts));
}

/** The classification code a row starts with (302, 30226, 2080505), or null. */
function rowCode(row: readonly string[]): string | null {
  return /^(\d{3}(?:\d{2}){0,2})(?!\d)/.exec(row[0] ?? '')?.[1] ?? null;
}

/**
 * A side that goes on where the side left of it stops (公用经费 302 … 30217 | 30226 … 310 31002): one list set in
 * two blocks, read as one table, the right block's rows under the left's — so that 302 and its items, split over
 * both blocks, add up. A row spanning both blocks (公用经费合计 | | | … | 551,789.12: its label in the left block,
 * its amount in the right) is one row, written last. A side that starts a class of its own (人员经费 301 … |
 * 公用经费 302 …) stays apart.
 */
function stackContinued(sides: string[][][]): string[][][] {
  if (sides.length < 2) return sides;
  const out: string[][][] = [sides[0]!];
  for (const side of sides.slice(1)) {
    const left = out[out.length - 1]!;
    const leftCodes = left.slice(1).map(rowCode).filter((c): c is string => c !== null);
    const rightCodes = side.slice(1).map(rowCode).filter((c): c is string => c !== null);
    const leftLast = leftCodes[leftCodes.length - 1];
    const rightFirst = rightCodes[0];
    // The right block starts inside the class the left one ends in (30226 after 30217, both under 302).
    const continues =
      side[0]!.length === left[0]!.length && leftLast !== undefined && rightFirst !== undefined && rightFirst.length >= 5 && rightFirst.slice(0, 3) === leftLast.slice(0, 3) && rightFirst > leftLast;
    if (!continues) {
      out.push(side);
      continue;
    }
    const hasNumber = (row: readonly string[]): boolean => row.some((x) => isNumber(x));
    const hasLabel = (row: readonly string[]): boolean => row.some((x) => x !== '' && !isNumber(x) && !NO_VALUE.test(x));
    const leftRows: string[][] = [];
    const rightRows: string[][] = [];
    const spanning: string[][] = [];
    for (let r = 1; r < Math.max(left.length, side.length); r++) {
      const a = left[r] ?? [];
      const b = side[r] ?? [];
      if (hasLabel(a) && !hasNumber(a) && hasNumber(b) && !hasLabel(b)) {
        // Its label (centred over the merged cells, wherever it stands) in the name column, its amounts where they stand.
        const row = b.map((x) => (isNumber(x) ? x : ''));
        const at = nameColumn(left);
        if (row[at] === '') row[at] = a.filter((x) => x !== '').join('');
        else row[0] = a.filter((x) => x !== '').join('');
        spanning.push(row);
        continue;
      }
      if (a.some((x) => x !== '')) leftRows.push(a);
      if (b.some((x) => x !== '')) rightRows.push(b);
    }
    out[out.length - 1] = [left[0]!, ...leftRows, ...rightRows, ...spanning];
  }
  return out;
}

const PAGE_NUMBER = /^[-—–－\s]*\d{1,4}[-—–－\s]*$|^第\s*\d+\s*页|^\d{1,4}\s*\/\s*\d{1,4}$|^共\s*\d+\s*页/;

/**
 * Amounts wrapped inside narrow cells (1,790. over 00): a line whose every cell is a few digits standing, a line's
 * spacing lower, under a cell ending in a point or a comma. The digits end those cells, and the row they belong
 * to is the one of those cells — with the label line a vertically centred label cell sets between the two lines
 * (205 | 教育支出). Rewrites `rows` in place and says whether `lower` was taken in.
 */
function joinWrappedNumbers(rows: Row[], lower: Row, page: number): boolean {
  if (!lower.cells.every((c) => /^\d{1,3}%?$/.test(c.text))) return false;
  for (let back = 1; back <= 2; back++) {
    const upper = rows[rows.length - back];
    if (!upper || upper.page !== page || lower.y0 <= upper.y0 || lower.y0 - upper.y1 > Math.min(upper.h, lower.h)) continue;
    // Under an amount cut after its point, or under a code cut after its 款 (20502 over 02).
    const targets = lower.cells.map((c) =>
      upper.cells.find((u) => Math.min(u.x1, c.x1) - Math.max(u.x0, c.x0) > 0 && (/\d[.,，]$/.test(u.text) || (/^\d{3}(\d{2})?$/.test(u.text) && /^\d{2}$/.test(c.text)))),
    );
    if (targets.some((t) => !t)) continue;
    // A line of code digits only (20502 over 01) must stand closer: it is the same cell's second line.
    if (!targets.some((t) => /[.,，]$/.test(t!.text)) && lower.y0 - upper.y1 > PDF_LAYOUT.wrappedDigitsGap * Math.min(upper.h, lower.h)) continue;
    lower.cells.forEach((c, i) => {
      const t = targets[i]!;
      t.text += c.text;
      t.y1 = Math.max(t.y1, c.y1);
    });
    upper.y1 = Math.max(upper.y1, lower.y1);
    // A label line between the two lines, its cells in other columns: the same row.
    if (back === 2) {
      const between = rows[rows.length - 1]!;
      const free = between.cells.every((c) => upper.cells.every((u) => Math.min(u.x1, c.x1) - Math.max(u.x0, c.x0) <= 0));
      if (free) {
        upper.cells.push(...between.cells);
        upper.cells.sort((a, b) => a.x0 - b.x0);
        rows.pop();
      }
    }
    return true;
  }
  return false;
}

/** An amount as a table writes it: 11,471,434.66, 1234.5, 50,000. */
const WELL_FORMED_AMOUNT = /^(\d{1,3}(,\d{3})*|\d+)(\.\d+)?$/;

/** Digits after the point of an amount (0 without one). */
function decimalsOf(s: string): number {
  const at = s.indexOf('.');
  return at === -1 ? 0 : s.length - at - 1;
}

/**
 * The amount an upper line's cell and a digit fragment under it make (11,471,43 over 4.66; 679,276.5 over 4), or null:
 * only where the upper part is no amount as it stands (cut in a group, after its point) or stops one decimal short of
 * the join, and the join is an amount.
 */
function joinedAmount(upper: string, fragment: string, usual = Number.POSITIVE_INFINITY): string | null {
  if (!/^[\d,.]+$/.test(upper)) return null;
  const joined = upper + fragment;
  if (!WELL_FORMED_AMOUNT.test(joined)) return null;
  // (Not an amount already written with the decimals the page's amounts have: 18,468.84 over the count 0 of the row
  // below, 公务用车购置数（辆）, set close under it, is no 18,468.840.)
  const cut = !WELL_FORMED_AMOUNT.test(upper) || (decimalsOf(upper) >= 1 && decimalsOf(upper) < usual && decimalsOf(joined) === decimalsOf(upper) + 1);
  return cut ? joined : null;
}

/** The decimals most amounts of the rows on `page` are written with (Infinity when none has a point). */
function usualDecimals(rows: readonly Row[], page: number): number {
  const counts = new Map<number, number>();
  for (let k = rows.length - 1; k >= 0 && rows[k]!.page === page; k--) {
    for (const c of rows[k]!.cells) if (/^[\d,]*\d\.\d+$/.test(c.text)) counts.set(decimalsOf(c.text), (counts.get(decimalsOf(c.text)) ?? 0) + 1);
  }
  let best = Number.POSITIVE_INFINITY;
  let most = 0;
  for (const [d, n] of counts) if (n > most) [best, most] = [d, n];
  return most >= 3 ? best : Number.POSITIVE_INFINITY;
}

/**
 * A table row whose cells wrap over two lines (LibreOffice, cells too narrow for 11,471,434.66 and for long names):
 * the second line — digit fragments ending the amounts above them (4.66 under 11,471,43), the rest of a name (机构事务),
 * the last digit of a code (1 under 201 03 0) — stands a line's spacing under the first, closer than two rows of a table
 * stand; the one-line cells of the row (201 | 一般公共服务支出 | - …) are set half-way between. Every digit fragment
 * must make an amount with the cell above it; otherwise nothing is joined (the table is read as it stands). Rewrites
 * `rows` in place and says whether `lower` was taken in.
 */
function joinWrappedCells(rows: Row[], lower: Row, page: number): boolean {
  const fragments = lower.cells.filter((c) => /^[\d,.]{1,6}$/.test(c.text) && /\d/.test(c.text));
  if (fragments.length === 0) return false;
  const usual = usualDecimals(rows, page);
  for (let back = 1; back <= 2; back++) {
    const upper = rows[rows.length - back];
    if (!upper || upper.page !== page || lower.y0 <= upper.y0) continue;
    const h = Math.min(upper.h, lower.h);
    if (lower.y0 - upper.y1 > PDF_LAYOUT.wrappedCellGap * h || lower.y0 - upper.y0 > PDF_LAYOUT.wrappedCellPitch * h) continue;
    const between = back === 2 ? rows[rows.length - 1]! : null;
    // The one-line cells between the two lines, in columns of their own, their middle half-way.
    if (between) {
      const middle = (between.y0 + between.y1) / 2;
      if (Math.abs(middle - (upper.y1 + lower.y0) / 2) > PDF_LAYOUT.wrappedMiddleSlack * h) continue;
      if (!between.cells.every((c) => upper.cells.every((u) => Math.min(u.x1, c.x1) - Math.max(u.x0, c.x0) <= 0))) continue;
    }
    const above = (c: Cell): Cell | undefined => {
      let best: Cell | undefined;
      let most = 0;
      for (const u of upper.cells) {
        const o = Math.min(u.x1, c.x1) - Math.max(u.x0, c.x0);
        if (o > most) {
          most = o;
          best = u;
        }
      }
      return best;
    };
    const joins = fragments.map((c) => {
      const u = above(c);
      const amount = u ? joinedAmount(u.text, c.text, usual) : null;
      return u && amount ? { u, amount } : null;
    });
    // A fragment under a code (201 03 0 over 1) ends the code; any other fragment must end an amount.
    const codes = fragments.map((c, i) => (joins[i] ? null : above(c))).map((u, i) => (u && /^\d{3}(\s\d{1,2}){0,2}$/.test(u.text) && /^\d{1,2}$/.test(fragments[i]!.text) ? u : null));
    if (joins.some((j, i) => !j && !codes[i])) continue;
    if (!joins.some((j) => j)) continue;
    // A cell's second line goes on from the end of its first: from the last of the words set close together there
    // (201 03 0, read as three cells, over 1).
    const lastOfCell = (u: Cell): Cell => {
      let k = upper.cells.indexOf(u);
      while (k + 1 < upper.cells.length && upper.cells[k + 1]!.x0 - upper.cells[k]!.x1 < PDF_LAYOUT.cellGap * h) k++;
      return upper.cells[k]!;
    };
    lower.cells.forEach((c) => {
      const i = fragments.indexOf(c);
      const j = i >= 0 ? joins[i] : null;
      const first = j ? j.u : above(c);
      const u = j || !first || !/^\d/.test(c.text) ? first : lastOfCell(first);
      if (!u) {
        upper.cells.push(c);
        upper.cells.sort((a, b) => a.x0 - b.x0);
        return;
      }
      if (j) u.text = j.amount;
      else {
        // The rest of a name (CJK: no space) or of a code (a digit cut off its pair: no space; a pair of its own: one).
        const lastRun = /(\d+)$/.exec(u.text)?.[1] ?? '';
        const space = /^\d/.test(c.text) && lastRun.length >= 2;
        u.text += (space ? ' ' : '') + c.text;
      }
      u.y1 = Math.max(u.y1, c.y1);
    });
    upper.y1 = Math.max(upper.y1, lower.y1);
    if (between) {
      upper.cells.push(...between.cells);
      upper.cells.sort((a, b) => a.x0 - b.x0);
      rows.splice(rows.length - 1, 1);
    }
    return true;
  }
  return false;
}

/** The start of a table's title (附表8, 表 3, 决算七表, 公开05表) or its caption (编制单位：). */
const TITLE_START = /^(附表\s*\d|表\s*\d|决算[一二三四五六七八九十\d]{1,3}表|公开\d+表|编制单位[:：])/;

/**
 * Two tables set side by side on one page (a borderless 1×2 table holding 附表8 and 附表9): the rows of each are read
 * apart, the left one's first, so that neither table's cells, title or notes are read as the other's.
 * Precondition: one line holds two table titles or two 编制单位 captions, one on each side of a gap; from that line
 * down, the gap stays open (no word crosses it, at least 3 points wide) for at least three lines. The blocks end where
 * a word crosses the gap or a new part starts (第三部分…), and a heading left alone at their foot (一、…) stays out.
 * Within a block, a line filling the block's width goes on in the short line close under it (a title wrapped in its
 * half-page cell: …经费支出决算 / 表).
 */
function rowsInBlocks(words: readonly PdfWord[], page: number): Row[] {
  const rows = rowsOf(words, page);
  for (let t = 0; t < rows.length; t++) {
    // (Two of the same kind: 附表8 and 附表9, or two 编制单位 — not a 公开02表 beside its 编制单位.)
    const kind = (c: Cell): string => TITLE_START.exec(c.text)?.[1]?.replace(/[\d\s一二三四五六七八九十]/g, '').replace(/[:：]$/, '') ?? '';
    const titled = rows[t]!.cells.filter((c) => c.words !== undefined && kind(c) !== '');
    const starts = titled.filter((c) => titled.filter((o) => kind(o) === kind(c)).length >= 2);
    if (starts.length < 2) continue;
    const right = starts[starts.length - 1]!.words![0]!;
    let a = Math.max(...rows[t]!.cells.flatMap((c) => c.words ?? []).filter((w) => w.x1 <= right.x0).map((w) => w.x1));
    let b = right.x0;
    if (!(b - a >= PDF_LAYOUT.blockGapPoints)) continue;
    let e = t;
    for (let k = t + 1; k < rows.length; k++) {
      const r = rows[k]!;
      if (/^第[一二三四五六七八九十]+部分/.test(r.cells[0]!.text)) break;
      let na = a;
      let nb = b;
      for (const w of r.cells.flatMap((c) => c.words ?? [])) {
        if (w.x1 <= na || w.x0 >= nb) continue;
        if ((w.x0 + w.x1) / 2 < (na + nb) / 2) na = w.x1;
        else nb = w.x0;
      }
      if (nb - na < PDF_LAYOUT.blockGapPoints) break;
      a = na;
      b = nb;
      e = k;
    }
    // A heading alone on the left at the blocks' foot opens the text after them.
    while (e > t && rows[e]!.cells.length === 1 && HEADING_START.test(rows[e]!.cells[0]!.text) && rows[e]!.cells[0]!.x1 <= a) e--;
    if (e - t < PDF_LAYOUT.blockMinLines) continue;
    const y0 = rows[t]!.y0;
    const y1 = rows[e]!.y1;
    const mid = (a + b) / 2;
    const inRun = new Set(rows.slice(t, e + 1).flatMap((r) => r.cells.flatMap((c) => c.words ?? [])));
    const left = words.filter((w) => inRun.has(w) && (w.x0 + w.x1) / 2 < mid);
    const rightWords = words.filter((w) => inRun.has(w) && (w.x0 + w.x1) / 2 >= mid);
    if (left.length === 0 || rightWords.length === 0 || y1 <= y0) continue;
    const blocks = [left, rightWords].map((ws) => joinWrappedInBlock(rowsOf(ws, page)));
    const rest = new Set(rows.slice(e + 1).flatMap((r) => r.cells.flatMap((c) => c.words ?? [])));
    const after = rowsInBlocks(words.filter((w) => rest.has(w)), page);
    return [...rows.slice(0, t), ...blocks.flat(), ...after];
  }
  return rows;
}

/** A block's line filling its width, and the short single line close under it that goes on from it: one line. */
function joinWrappedInBlock(rows: Row[]): Row[] {
  if (rows.length === 0) return rows;
  const x0 = Math.min(...rows.map((r) => r.cells[0]!.x0));
  const x1 = Math.max(...rows.map((r) => r.cells[r.cells.length - 1]!.x1));
  const out: Row[] = [];
  for (const r of rows) {
    const prev = out[out.length - 1];
    const full = prev && prev.cells[0]!.x0 <= x0 + PDF_LAYOUT.blockFillSlack * prev.h && prev.cells[prev.cells.length - 1]!.x1 >= x1 - PDF_LAYOUT.blockFillSlack * prev.h;
    const goesOn =
      full &&
      r.cells.length === 1 &&
      !isNumber(r.cells[0]!.text) &&
      r.y0 - prev.y1 < PDF_LAYOUT.blockWrapGap * Math.min(prev.h, r.h) &&
      !prev.cells.some((c) => isNumber(c.text)) &&
      !HEADING_START.test(r.cells[0]!.text) &&
      !TITLE_START.test(r.cells[0]!.text);
    if (!goesOn) {
      out.push(r);
      continue;
    }
    const last = prev.cells[prev.cells.length - 1]!;
    const joined: Cell = { ...last, text: last.text + r.cells[0]!.text, y1: Math.max(last.y1, r.y1), words: undefined };
    out[out.length - 1] = { ...prev, y1: Math.max(prev.y1, r.y1), cells: [...prev.cells.slice(0, -1), joined] };
  }
  return out;
}

/**
 * Word boxes as high as the font is large, near enough. Some producers (Chromium's print to PDF) give every word
 * the box of the font's whole line height — about 2.6 times the font size — so that the rows of a table overlap
 * and a gap between two cells looks narrower than a space. The font size is read off the words of Chinese
 * characters (each one em wide); where the boxes are far higher than that, each box is shrunk around its middle —
 * but never below the usual height of the body font: a word set in another font whose box is already about as high
 * as that font (digits in a serif Latin font beside Chinese in a sans CJK font, Chromium's fallback) keeps its box,
 * at any size, else it would shrink to half a line and leave the line it stands in.
 */
export function normalizeBoxHeights(pages: PdfWord[][]): PdfWord[][] {
  const ratios: number[] = [];
  const ems: number[] = [];
  for (const page of pages) {
    for (const w of page) {
      if (w.text.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w.text) && w.x1 > w.x0) {
        ratios.push((w.y1 - w.y0) / ((w.x1 - w.x0) / w.text.length));
        ems.push((w.x1 - w.x0) / w.text.length);
      }
    }
  }
  if (ratios.length < PDF_LAYOUT.boxSampleMin) return pages;
  const ratio = median(ratios);
  if (ratio < PDF_LAYOUT.tallBoxRatio) return pages;
  const scale = PDF_LAYOUT.usualBoxRatio / ratio;
  const usual = PDF_LAYOUT.usualBoxRatio * median(ems);
  return pages.map((page) =>
    page.map((w) => {
      const middle = (w.y0 + w.y1) / 2;
      const h = w.y1 - w.y0;
      // A word of no Chinese whose box is about as high as its own font (a digit or Latin letter is about half an em
      // wide, so its em is twice its average width) keeps it: 2024 on a serif cover, 36 points, beside CJK boxes 94 high.
      // (A dash a whole em wide, — or ——, for none in a cell, is no half-em Latin glyph: its box is shrunk as the Chinese words'.)
      const latinEm = /[\u3000-\u9fff\uff00-\uffef\u2014\u2015\u2e3a\u2e3b]/.test(w.text) || w.text.length === 0 ? 0 : (2 * (w.x1 - w.x0)) / w.text.length;
      if (latinEm > 0 && h < PDF_LAYOUT.ownFontBoxRatio * latinEm) return w;
      const half = Math.max(h * scale, Math.min(h, usual)) / 2;
      return { ...w, y0: middle - half, y1: middle + half };
    }),
  );
}

/**
 * Running heads and feet: the first or last line of a page repeated at the same height on many pages, its
 * digits aside (a browser's date, title, address and 3/7; 某某局2024年度部门决算 — 第3页). Not text, and not rows of a
 * table that runs on over the page turn.
 */
function runningLines(pageRows: readonly Row[][], sizes: readonly number[] = []): Set<Row> {
  const out = new Set<Row>();
  const withRows = pageRows.filter((rs) => rs.length > 0).length;
  if (withRows < PDF_LAYOUT.runningMinPages) return out;
  const byKey = new Map<string, Row[]>();
  const textOf = (key: string): string => key.slice(key.indexOf('|', key.indexOf('|') + 1) + 1);
  for (const [page, rs] of pageRows.entries()) {
    const edges = new Set([rs[0], rs[1], rs[rs.length - 2], rs[rs.length - 1]].filter((r): r is Row => r !== undefined));
    for (const r of edges) {
      // Only an outermost line, or one next to another running line (a head in two lines); no row of amounts.
      if (r.cells.some((c) => isNumber(c.text) && /[.,]/.test(c.text))) continue;
      if ((r === rs[1] || r === rs[rs.length - 2]) && r !== rs[0] && r !== rs[rs.length - 1] && r.cells.length > 1) continue;
      // (Per page size: a landscape page sets its head and foot at other heights than the portrait pages.)
      const key = `${sizes[page] ?? 0}|${Math.round(r.y0 / PDF_LAYOUT.runningHeightStep)}|${r.cells.map((c) => c.text).join(' ').replace(/\d+/g, '#')}`;
      byKey.set(key, [...(byKey.get(key) ?? []), r]);
    }
  }
  const running = new Map<string, Set<string>>();
  const sizeOf = (key: string): string => key.slice(0, key.indexOf('|'));
  for (const [key, found] of byKey) {
    if (found.length >= 2 && found.length >= PDF_LAYOUT.runningShare * withRows) {
      running.set(textOf(key), (running.get(textOf(key)) ?? new Set()).add(sizeOf(key)));
      for (const r of found) out.add(r);
    }
  }
  // The same head or foot at the edge of the few pages of another size (a landscape table page among portrait ones);
  // on a page of the same size elsewhere than the running line (the cover's title) it is text.
  for (const [key, found] of byKey) {
    const sizes = running.get(textOf(key));
    if (sizes && !sizes.has(sizeOf(key))) for (const r of found) out.add(r);
  }
  // The second of the lines next to the edge counts only beside a running outermost line.
  for (const rs of pageRows) {
    if (rs.length < 3) continue;
    if (out.has(rs[1]!) && !out.has(rs[0]!)) out.delete(rs[1]!);
    if (out.has(rs[rs.length - 2]!) && !out.has(rs[rs.length - 1]!)) out.delete(rs[rs.length - 2]!);
  }
  return out;
}

/** Two texts made of nearly the same characters, in whatever order (at least 90 % of each in common). */
function sameLetters(a: string, b: string): boolean {
  const count = new Map<string, number>();
  for (const ch of a) count.set(ch, (count.get(ch) ?? 0) + 1);
  let common = 0;
  for (const ch of b) {
    const n = count.get(ch) ?? 0;
    if (n > 0) {
      common++;
      count.set(ch, n - 1);
    }
  }
  return common >= PDF_LAYOUT.sameLettersShare * Math.max([...a].length, [...b].length);
}

/**
 * Two headers of the same columns, one read with a spanning cell's text prefixed to some of its columns (科目编码科目名称
 * for 科目名称, where the first line of a cell wrapped over three lines stood above its neighbours): each column's
 * header ends with the other's.
 */
/**
 * Whether every letter of `a` is one of `b`'s (as many times): a spanning header read over its columns once in full
 * (功能分类科目编码类) and once cut where its line wrapped (功能分类科目编类 | 码款 | 码项).
 */
function lettersWithin(a: string, b: string): boolean {
  const count = new Map<string, number>();
  for (const ch of b) count.set(ch, (count.get(ch) ?? 0) + 1);
  for (const ch of a) {
    const n = count.get(ch) ?? 0;
    if (n === 0) return false;
    count.set(ch, n - 1);
  }
  return true;
}

export function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let named = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === '' && y === '') continue;
    if (x === '' || y === '' || !(x.endsWith(y) || y.endsWith(x) || lettersWithin(x, y) || lettersWithin(y, x))) return false;
    named++;
  }
  return named >= 2;
}

/** Text and tables of a PDF from its `pdftotext -bbox` output. */
/**
 * Text written top to bottom (a narrow header cell in vertical writing: 上 ⏎ 年 ⏎ 决 ⏎ 算 ⏎ 数, one character a word):
 * at least three words of one Han character each, set in one column (the same left and right edges) one character
 * height apart at most — rows of a table stand further apart than their characters are high — are one word, read top
 * to bottom and set at the run's middle with one character's height, as a title centred in its cell is. A text too long
 * for its cell goes on in the next column to the left (vertical-rl: 对附属单位补助 ⏎ 支出), no longer than the first and
 * aligned with it at its top or its middle, at most 0.6 of a character away: that column is read after it.
 */
export function joinVerticalRuns(words: readonly PdfWord[]): PdfWord[] {
  const single = (w: PdfWord): boolean => /^[\u4e00-\u9fff]$/.test(w.text);
  const byColumn = new Map<string, PdfWord[]>();
  for (const w of words) {
    if (!single(w)) continue;
    const key = `${Math.round(w.x0 * 2)}|${Math.round(w.x1 * 2)}`;
    const list = byColumn.get(key);
    if (list) list.push(w);
    else byColumn.set(key, [w]);
  }
  // Chains of characters one under the other, each at most a character's height below the one before.
  const chains: PdfWord[][] = [];
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.y0 - b.y0);
    let run: PdfWord[] = [list[0]!];
    for (const w of list.slice(1)) {
      const prev = run[run.length - 1]!;
      const em = prev.x1 - prev.x0;
      const step = w.y0 - prev.y0;
      if (step > PDF_LAYOUT.verticalStepMin * em && step <= PDF_LAYOUT.verticalStepMax * em) run.push(w);
      else {
        chains.push(run);
        run = [w];
      }
    }
    chains.push(run);
  }
  const runs = chains.filter((c) => c.length >= PDF_LAYOUT.verticalMinChars).sort((a, b) => b[0]!.x1 - a[0]!.x1);
  if (runs.length === 0) return [...words];
  const used = new Set<PdfWord[]>();
  const joined = new Map<PdfWord, PdfWord | null>();
  const top = (c: PdfWord[]): number => c[0]!.y0;
  const middle = (c: PdfWord[]): number => (c[0]!.y0 + c[c.length - 1]!.y1) / 2;
  for (const first of runs) {
    if (used.has(first)) continue;
    used.add(first);
    const parts = [first];
    for (;;) {
      const a = parts[parts.length - 1]!;
      const em = a[0]!.x1 - a[0]!.x0;
      const next = chains.find(
        (b) =>
          !used.has(b) &&
          b.length <= a.length &&
          a[0]!.x0 - b[0]!.x1 >= -PDF_LAYOUT.verticalRunOverlap * em &&
          a[0]!.x0 - b[0]!.x1 <= PDF_LAYOUT.verticalRunGap * em &&
          (Math.abs(top(b) - top(a)) <= PDF_LAYOUT.verticalRunAlign * em || Math.abs(middle(b) - middle(a)) <= PDF_LAYOUT.verticalRunAlign * em),
      );
      if (!next) break;
      used.add(next);
      parts.push(next);
    }
    const head = first[0]!;
    const mid = middle(first);
    const half = (head.y1 - head.y0) / 2;
    const all = parts.flat();
    joined.set(head, { x0: Math.min(...all.map((w) => w.x0)), x1: head.x1, y0: mid - half, y1: mid + half, text: all.map((w) => w.text).join('') });
    for (const w of all) if (w !== head) joined.set(w, null);
  }
  const out: PdfWord[] = [];
  for (const w of words) {
    const j = joined.get(w);
    if (j === undefined) out.push(w);
    else if (j !== null) out.push(j);
  }
  return out;
}

export function layoutPdf(xhtml: string): PdfLayout {
  const pages = normalizeBoxHeights(parseBbox(xhtml)).map(joinVerticalRuns);
  const rows: Row[] = [];
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  const pageRows = pages.map((all, page) => {
    // A watermark (草稿 across the page) is drawn in letters several times the text's height: not text.
    const heights = all.map((w) => w.y1 - w.y0);
    const usual = median(heights);
    const words = all.filter((w) => !(w.y1 - w.y0 > PDF_LAYOUT.watermarkRatio * usual && w.text.length <= PDF_LAYOUT.watermarkMaxChars));
    return words.length === 0 ? [] : rowsInBlocks(words, page);
  });
  const sizes = [...xhtml.matchAll(/<page\b[^>]*?\bwidth="([\d.]+)"/g)].map((m) => Math.round(Number(m[1])));
  const running = runningLines(pageRows, sizes);
  pageRows.forEach((all, page) => {
    const kept = all.filter((r) => !running.has(r));
    if (kept.length === 0) return;
    const top = Math.min(...kept.map((r) => r.y0));
    const bottom = Math.max(...kept.map((r) => r.y1));
    for (const r of kept) {
      left = Math.min(left, r.cells[0]!.x0);
      right = Math.max(right, r.cells[r.cells.length - 1]!.x1);
    }
    for (const r of kept) {
      // A page number alone at the top or the bottom of a page is not part of the text (nor of a table it cuts).
      const edge = r.y0 - top < PDF_LAYOUT.pageNumberEdge * r.h || bottom - r.y1 < PDF_LAYOUT.pageNumberEdge * r.h;
      // (Also when its dashes stand a space apart from the number and were read as cells of their own: - 3 -.)
      // (Alone on its line: a row of a table's 行次 and a dash, 8 | —, set beside the lines of its wrapped label near the
      // foot of a page, is no page number.)
      const beside = (o: Row): boolean => o !== r && o.y0 < r.y1 - PDF_LAYOUT.besideOverlap * r.h && o.y1 > r.y0 + PDF_LAYOUT.besideOverlap * r.h;
      if (edge && r.cells.length <= PDF_LAYOUT.pageNumberMaxCells && PAGE_NUMBER.test(r.cells.map((c) => c.text).join(' ')) && !kept.some(beside)) continue;
      if (joinWrappedNumbers(rows, r, page) || joinWrappedCells(rows, r, page)) continue;
      rows.push(r);
    }
  });
  const textWidth = right - left;
  const lines: string[] = [];
  // A prose line that runs to the right margin goes on in the next line when that one starts at the left
  // margin (a paragraph's first line is indented, a heading is short): one line per paragraph, as the
  // other readers write it, so that a sentence or a list is not cut by the page's line breaks.
  let open: Row | null = null;
  const regions = regionsOf(rows, textWidth);
  // The right margin of the prose: its lines' furthest right end (a table may stand wider than the text).
  const inTable = new Set<Row>();
  for (const g of regions) for (let k = g.from; k <= g.to; k++) inTable.add(rows[k]!);
  // Margins per page size: a landscape page (its tables, notes and titles wider than a portrait page's text) does not
  // move the portrait pages' margins, nor they its own.
  const widths = [...xhtml.matchAll(/<page\b[^>]*?\bwidth="([\d.]+)"/g)].map((m) => Math.round(Number(m[1])));
  const sizeOf = (r: Row): number => widths[r.page] ?? 0;
  const proseRights = new Map<number, number>();
  const lefts = new Map<number, number>();
  // The left margin of a page of prose (no table on it, three lines or more): a table's title set further left on the
  // pages of tables (表1 in a spreadsheet's sheet) does not move the margin of the pages of text.
  const pageLefts = new Map<number, number>();
  const proseCount = new Map<number, number>();
  for (const r of rows) {
    if (inTable.has(r) || r.cells.length !== 1) continue;
    proseCount.set(r.page, (proseCount.get(r.page) ?? 0) + 1);
    pageLefts.set(r.page, Math.min(pageLefts.get(r.page) ?? Number.POSITIVE_INFINITY, r.cells[0]!.x0));
  }
  const tablePages = new Set([...inTable].map((r) => r.page));
  for (const [page, n] of proseCount) if (n < PDF_LAYOUT.proseMinLines || tablePages.has(page)) pageLefts.delete(page);
  for (const r of rows) {
    const size = sizeOf(r);
    lefts.set(size, Math.min(lefts.get(size) ?? Number.POSITIVE_INFINITY, r.cells[0]!.x0));
    if (!inTable.has(r) && r.cells.length === 1) proseRights.set(size, Math.max(proseRights.get(size) ?? 0, r.cells[0]!.x1));
  }
  // The right margin of a page of prose whose own lines show it: three of its lines end within a character of its
  // furthest right end (a paragraph's full lines), which lies at least 0.8 of the way from the left margin to the
  // furthest prose of its page size. Pages of the same size set by another program (a workbook's sheets joined after a
  // Writer text, their notes running wider) do not move it.
  const pageRights = new Map<number, number>();
  const endsByPage = new Map<number, { x1: number; h: number; size: number }[]>();
  for (const r of rows) {
    if (inTable.has(r) || r.cells.length !== 1) continue;
    const list = endsByPage.get(r.page) ?? [];
    list.push({ x1: r.cells[0]!.x1, h: r.h, size: sizeOf(r) });
    endsByPage.set(r.page, list);
  }
  for (const [page, ends] of endsByPage) {
    if (ends.length < 3) continue;
    const sorted = [...ends].sort((a, b) => b.x1 - a.x1);
    const from = pageLefts.get(page) ?? lefts.get(sorted[0]!.size) ?? left;
    const wide = sorted[0]!.x1 - from >= PDF_LAYOUT.proseRightShare * ((proseRights.get(sorted[0]!.size) ?? right) - from);
    if (wide && sorted[2]!.x1 >= sorted[0]!.x1 - sorted[0]!.h) pageRights.set(page, sorted[0]!.x1);
  }
  const prose = (r: Row): void => {
    const text = r.cells.map((c) => c.text).join(' ');
    const first = r.cells[0]!;
    // A line also runs to the margin when it stopped short of it only because the number it would go on with did
    // not fit (a browser breaks a line before 15.30万元，, not inside it): the room left is narrower than that number.
    const lead = /^[\d.,%％]+(万元|亿元|元|万|%)?[，。；、]?/.exec(first.text)?.[0] ?? '';
    const em = r.h / PDF_LAYOUT.usualBoxRatio;
    const leadWidth = [...lead].reduce((w, ch) => w + (cjk(ch) ? em : PDF_LAYOUT.digitWidth * em), 0);
    const goesOn =
      open !== null &&
      open.cells[open.cells.length - 1]!.x1 >= Math.min(pageRights.get(open.page) ?? Number.POSITIVE_INFINITY, proseRights.get(sizeOf(open)) ?? right) - PDF_LAYOUT.proseRightSlack * open.h - leadWidth &&
      first.x0 <= (pageLefts.get(r.page) ?? lefts.get(sizeOf(r)) ?? left) + PDF_LAYOUT.proseLeftSlack * r.h &&
      !NOT_A_CELL.test(text) &&
      // (A table's title after a sentence's end starts a line: 故本表为空表。 | 政府性基金预算财政拨款收入支出决算表.)
      // (Nor does one at the top of the next page, the line before cut at the page's edge: …故本表为空表 | 国有资本…决算表.)
      !((/[。！？]$/.test(lines[lines.length - 1] ?? '') || r.page > open.page) && text.length <= PDF_LAYOUT.titleMaxChars && TABLE_TITLE.test(text)) &&
      // (A numbered item 1. / 2、 starts a line; a number going on from the line above, 15.33%, does not — nor does a
      // number the line above broke off from mid-word: …，表 | 8、表9为空表。)
      !(/^（[一二三四五六七八九十\d]{1,3}）/.test(text) || (/^\d{1,2}[.、．](?!\d)/.test(text) && !/[\u4e00-\u9fff]$/.test(lines[lines.length - 1] ?? '')));
    if (goesOn) lines[lines.length - 1] += text;
    else lines.push(text);
    open = r;
  };
  const tables: { rows: string[][] }[] = [];
  const textOf = (r: Row): string => r.cells.map((c) => c.text).join('');
  /** A row's cells as words apart (a row not read by column). */
  const textOf2 = (r: Row): string => r.cells.map((c) => c.text).join(' ');
  // The table written last, while nothing but its rows followed it: a table continued on the next page joins it.
  let previous = null as { table: { rows: string[][] }; header: string; headerCells: string[]; columns: number; title: string; lastPage: number } | null;
  /**
   * The sides of the two-sided table written last (收入 | 支出), while nothing but its rows followed it: each side's
   * table, header and where its rows end among the lines written. On the next page, the same sides under the header
   * repeated go on with them, each side under its own (a piece of 政府性基金 | 国有资本 | 总计 is not a table of its own).
   */
  let previousSides = null as {
    sides: { table: { rows: string[][] }; header: string; headerCells: string[]; columns: number; end: number }[];
    lastPage: number;
    /** The lines right above it (公开04表, its title, 单位：万元): set again over the next page's piece, they mark the same table. */
    captions: Set<string>;
  } | null;
  let k = 0;
  for (const region of regions) {
    const between = rows.slice(k, region.from);
    const built = buildTables(rows, region);
    const first = built.length === 1 ? built[0]! : null;
    const headerText = first && region.from < region.bodyFrom ? first[0]!.join('') : '';
    // 续表 (or the title again with （续）, a unit caption, 公开05表) and the header repeated, on the next page or under
    // a 续表 mark: the same table goes on. Its rows are written under the first part, so that sums and the cells a
    // sentence names are read across the page turn; the repeated header and marks are not text.
    // Under a 续表 mark or the title again, the repeated header may be read a little differently (the lines of
    // header cells wrapped in narrow columns interleave differently on the next page): the same letters will do.
    const marked = between.some((r) => CONTINUED.test(textOf(r)));
    const caption = (t: string): boolean => CONTINUED.test(t) || /单位[:：]/.test(t) || /^公开\d+表/.test(t) || (previous!.title !== '' && t.startsWith(previous!.title));
    // The header repeated on the next page but not read as one (the lines of cells wrapped in narrow columns, set
    // vertically centred, interleaving: 对附属单 ⏎ 上缴上 经营 ⏎ 科目编码 … 位补助支 ⏎ 级支出 支出 ⏎ 出): lines with the
    // letters of the previous header and nothing else, right above rows of as many columns.
    const rest = previous !== null ? between.filter((r) => !caption(textOf(r))) : [];
    const headerAgain = previous !== null && rest.length > 0 && headerText === '' && sameLetters(rest.map(textOf).join('').replace(/\s+/g, ''), previous.header.replace(/\s+/g, ''));
    const continued =
      previous !== null &&
      first !== null &&
      first[0]!.length === previous.columns &&
      (headerText === '' || headerText === previous.header || (marked && (sameLetters(headerText, previous.header) || sameColumns(first[0]!, previous.headerCells)))) &&
      (rest.length === 0 || headerAgain) &&
      (between.some((r) => CONTINUED.test(textOf(r))) || rows[region.from]!.page > previous.lastPage || region.regrid === true);
    // The sides of a two-sided table going on over a page turn, each with its header repeated (or none).
    const headed = region.from < region.bodyFrom;
    const sidesContinued =
      previousSides !== null &&
      built.length === previousSides.sides.length &&
      rows[region.from]!.page > previousSides.lastPage &&
      between.every((r) => CONTINUED.test(textOf(r)) || previousSides!.captions.has(textOf(r).replace(/[（(]续表?[）)]$/, ''))) &&
      built.every((t, s) => {
        const side = previousSides!.sides[s]!;
        if (t[0]!.length !== side.columns) return false;
        if (!headed) return true;
        const h = t[0]!.join('');
        return h === side.header || sameLetters(h, side.header) || sameColumns(t[0]!, side.headerCells);
      });
    if (sidesContinued && previousSides) {
      let shift = 0;
      built.forEach((t, s) => {
        const side = previousSides!.sides[s]!;
        const body = (headed ? t.slice(1) : t).filter((row) => row.some((c) => c !== ''));
        side.table.rows.push(...body);
        const at = side.end + shift;
        lines.splice(at, 0, ...body.map((row) => row.map((c) => c.replace(/\t/g, ' ')).join('\t')));
        shift += body.length;
        side.end = at + body.length;
      });
      previousSides.lastPage = rows[region.to]!.page;
      k = region.to + 1;
      continue;
    }
    if (region.regrid && !continued) {
      // A piece going on in columns of its own that are not as many as the table's: which of its amounts stands in
      // which column cannot be told. Its rows are written as lines of words, not as a table, so that no rule reads
      // them by column (table-text-mismatch reports them as rows not read).
      for (; k < region.from; k++) prose(rows[k]!);
      open = null;
      for (k = region.from; k <= region.to; k++) lines.push(textOf2(rows[k]!));
      previous = null;
      previousSides = null;
      continue;
    }
    if (continued && previous && first) {
      const body = (headerText === '' ? first : first.slice(1)).filter((row) => row.some((c) => c !== ''));
      previous.table.rows.push(...body);
      for (const row of body) lines.push(row.map((c) => c.replace(/\t/g, ' ')).join('\t'));
      previous.lastPage = rows[region.to]!.page;
      previousSides = null;
      k = region.to + 1;
      continue;
    }
    for (; k < region.from; k++) prose(rows[k]!);
    open = null;
    let title = '';
    for (let t = region.from - 1; t >= 0 && t >= region.from - PDF_LAYOUT.titleLinesAbove; t--) {
      const text = textOf(rows[t]!);
      if (/单位[:：]/.test(text) || /^公开\d+表/.test(text)) continue;
      title = text.length <= PDF_LAYOUT.titleMaxChars ? text.replace(/[（(]续[）)]$/, '') : '';
      break;
    }
    previous = null;
    previousSides =
      built.length >= 2 && headed
        ? { sides: [], lastPage: rows[region.to]!.page, captions: new Set(rows.slice(Math.max(0, region.from - PDF_LAYOUT.captionLinesAbove), region.from).filter((r) => r.page === rows[region.from]!.page).map(textOf)) }
        : null;
    built.forEach((t, ti) => {
      // Two tables side by side are written one after the other, apart, so that neither reads as the other's rows.
      if (ti > 0) lines.push('');
      // No header rows above the body (a table continued from the previous page): write no empty header.
      const kept = t.filter((row) => row.some((c) => c !== ''));
      const table = { rows: kept };
      tables.push(table);
      for (const row of kept) lines.push(row.map((c) => c.replace(/\t/g, ' ')).join('\t'));
      if (built.length === 1) previous = { table, header: headerText, headerCells: region.from < region.bodyFrom ? t[0]! : [], columns: t[0]!.length, title, lastPage: rows[region.to]!.page };
      previousSides?.sides.push({ table, header: t[0]!.join(''), headerCells: t[0]!, columns: t[0]!.length, end: lines.length });
    });
    k = region.to + 1;
  }
  for (; k < rows.length; k++) prose(rows[k]!);
  return { text: lines.join('\n'), tables };
}
