/**
 * A table drawn in a text file (“打印到文件” of an older accounting package, a terminal print): cells between vertical
 * bars (│ ┃, or | in an ASCII box), rule lines of strokes and junctions (─ ┼ ┬ ┴ ├ ┤ ┌ ┐ └ ┘, or - = +) between
 * them. The characters are data (data/imports/box-table.json).
 *
 * The columns are the bars' positions in DISPLAY width, as the print padded its cells: a Chinese character takes two
 * columns, and so does a table character in a GBK print (two bytes); a print made on a terminal draws them one column
 * wide — of the two widths, the one under which the bars of all lines stand on the fewest distinct positions is the
 * file's. Every bar position shared by two lines is a column boundary (the grid); a line whose bars miss the grid (a
 * character measured otherwise) is read by the order of its bars when it has as many as the grid, else each bar goes
 * to the nearest boundary. A cell spanning several columns (a header cell over 月 | 日) gives its text to its first.
 *
 * A box's header is the text lines above its first full rule (a rule with no blank cell in it): they are stacked by
 * column position into one row — a cell's text lines joined — or two when a cell spans several columns that a line
 * below it divides (`2024年` over 月 | 日): the upper row holds such group cells, the lower row each column's own name,
 * as a two-row spreadsheet header does, on the header's first lines (its other lines are empty rows). A later box (the
 * next page) with the same header marks it 'header-repeat'. Every line is one row (a row named in an error is the
 * file's line): a rule line an empty one; a line outside the boxes (title, 单位/期间 line, 第 k 页, footer) is one row split at runs
 * of two or more spaces, for the row classifier (src/reference/row-kinds.ts) to tell page furniture from data.
 */
import { z } from 'zod';
import type { RowSource } from './csv.ts';
import { charWidth, chunksOf, isAmbiguousWide } from './fixed-width.ts';
import type { SkipReason } from './row-kinds.ts';
import { loadDataJson } from './data-json.ts';

const schema = z.object({
  about: z.string(),
  source: z.string().min(1),
  version: z.string().min(1),
  vertical: z.array(z.string().length(1)).min(1),
  horizontal: z.array(z.string().length(1)).min(1),
  asciiVertical: z.array(z.string().length(1)),
  asciiHorizontal: z.array(z.string().length(1)),
  asciiJunction: z.array(z.string().length(1)),
  minTextLines: z.number().int().min(1),
  minRuleLines: z.number().int().min(0),
  headLines: z.number().int().min(1),
  aboutThresholds: z.string(),
});

/** The box characters of data/imports/box-table.json. */
export interface BoxChars {
  readonly vertical: ReadonlySet<string>;
  readonly horizontal: ReadonlySet<string>;
  readonly asciiVertical: ReadonlySet<string>;
  readonly asciiHorizontal: ReadonlySet<string>;
  readonly asciiJunction: ReadonlySet<string>;
  readonly minTextLines: number;
  readonly minRuleLines: number;
  /** How many lines from the top decide whether a text is a box at all. */
  readonly headLines: number;
}

let cached: BoxChars | undefined;

export function loadBoxChars(): BoxChars {
  if (cached) return cached;
  const file = 'data/imports/box-table.json';
  const d = loadDataJson(file, schema);
  cached = {
    vertical: new Set(d.vertical),
    horizontal: new Set(d.horizontal),
    asciiVertical: new Set(d.asciiVertical),
    asciiHorizontal: new Set(d.asciiHorizontal),
    asciiJunction: new Set(d.asciiJunction),
    minTextLines: d.minTextLines,
    minRuleLines: d.minRuleLines,
    headLines: d.headLines,
  };
  return cached;
}

/** A character of the Unicode Box Drawing block. */
const inBoxBlock = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return cp >= 0x2500 && cp <= 0x257f;
};

/** How the file draws its box: which characters separate cells, which draw rules. */
interface BoxStyle {
  readonly bar: (ch: string) => boolean;
  readonly stroke: (ch: string) => boolean;
  readonly junction: (ch: string) => boolean;
}

function styleOf(chars: BoxChars, ascii: boolean): BoxStyle {
  const bar = (ch: string) => chars.vertical.has(ch) || (ascii && chars.asciiVertical.has(ch));
  const stroke = (ch: string) => chars.horizontal.has(ch) || chars.asciiHorizontal.has(ch);
  // Any other box-drawing character (┼ ┬ ├ ┌ …) joins strokes and bars; + does in an ASCII rule.
  const junction = (ch: string) => (inBoxBlock(ch) && !stroke(ch) && !chars.vertical.has(ch)) || chars.asciiJunction.has(ch);
  return { bar, stroke, junction };
}

type LineKind = 'text' | 'rule' | 'outside';

/** A line's first non-blank character. */
const firstChar = (line: string) => /[^\s\f]/u.exec(line)?.[0] ?? '';

function kindOf(line: string, style: BoxStyle): LineKind {
  const t = line.replace(/[\s\f]/gu, '');
  if (t === '') return 'outside';
  let strokes = 0;
  let other = false;
  for (const ch of t) {
    if (style.stroke(ch)) strokes++;
    else if (!style.bar(ch) && !style.junction(ch)) {
      other = true;
      break;
    }
  }
  if (!other && strokes > 0 && [...t].length >= 3) return 'rule';
  if (!style.bar(firstChar(line))) return 'outside';
  let bars = 0;
  for (const ch of t) if (style.bar(ch)) bars++;
  return bars >= 2 ? 'text' : 'outside';
}

/** A display width per code point: a GBK print's (table and ambiguous characters two columns) or a terminal's (one). */
type Width = (cp: number) => number;
const legacyWidth: Width = charWidth;
const narrowWidth: Width = (cp) => (isAmbiguousWide(cp) ? 1 : charWidth(cp));

/** A line's cells between bars (text lines) and the display positions of its bars and junctions. */
interface MeasuredLine {
  readonly seps: readonly number[];
  /** The text between separator k and k+1 (text lines); cells[seps.length] is text after the last bar. */
  readonly cells: readonly string[];
}

function measure(line: string, kind: LineKind, style: BoxStyle, width: Width): MeasuredLine {
  const seps: number[] = [];
  const cells: string[] = [];
  let cell = '';
  let w = 0;
  for (const ch of line.replace(/[\f\r]/gu, '')) {
    if (ch === '\t') {
      const n = 8 - (w % 8);
      cell += ' '.repeat(n);
      w += n;
      continue;
    }
    const isSep = style.bar(ch) || (kind === 'rule' && style.junction(ch));
    if (isSep) {
      seps.push(w);
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
    w += width(ch.codePointAt(0)!);
  }
  cells.push(cell);
  // cells[0] is the margin before the first bar: drop it so that cells[k] lies between seps[k] and seps[k+1].
  cells.shift();
  return { seps, cells: cells.map((c) => c.replace(/\u00a0/gu, ' ').trim()) };
}

/** The bar positions that two or more lines share, and how many distinct positions the bars of all lines take. */
function gridOf(measured: readonly MeasuredLine[]): { grid: number[]; distinct: number } {
  const lines = new Map<number, number>();
  for (const m of measured) for (const p of new Set(m.seps)) lines.set(p, (lines.get(p) ?? 0) + 1);
  const minLines = measured.length >= 2 ? 2 : 1;
  const grid = [...lines].filter(([, n]) => n >= minLines).map(([p]) => p).sort((a, b) => a - b);
  return { grid, distinct: lines.size };
}

/** A text line's bars as grid boundaries (indices into the grid), or -1 for a bar that fits none. */
function snap(seps: readonly number[], grid: readonly number[]): number[] {
  const index = new Map(grid.map((g, i) => [g, i]));
  if (seps.every((p) => index.has(p))) return seps.map((p) => index.get(p)!);
  // A character measured otherwise shifts the bars after it: as many bars as boundaries are read in order.
  if (seps.length === grid.length) return seps.map((_, i) => i);
  let prev = -1;
  return seps.map((p) => {
    let best = -1;
    for (let i = 0; i < grid.length; i++) if (i > prev && Math.abs(grid[i]! - p) <= 2 && (best < 0 || Math.abs(grid[i]! - p) < Math.abs(grid[best]! - p))) best = i;
    if (best >= 0) prev = best;
    return best;
  });
}

/** A cell of a text line on the grid: its text and the grid columns [from, to) it spans. */
interface GridCell {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

function gridCells(m: MeasuredLine, grid: readonly number[]): GridCell[] {
  const at = snap(m.seps, grid);
  const out: GridCell[] = [];
  const columns = Math.max(1, grid.length - 1);
  let from = -1;
  let text = '';
  for (let k = 0; k < at.length; k++) {
    const b = at[k]!;
    // A bar that fits no boundary is read as text of the cell it stands in (its cells are joined).
    if (b < 0) {
      text = join(text, m.cells[k] ?? '');
      continue;
    }
    if (from >= 0 && b > from) out.push({ text, from, to: b });
    else if (from >= 0 && text !== '' && out.length > 0) out[out.length - 1] = { ...out.at(-1)!, text: join(out.at(-1)!.text, text) };
    from = b;
    text = m.cells[k] ?? '';
  }
  // Text after the last bar (a line cut short of its closing bar) is the next column's.
  if (from >= 0 && text !== '') out.push({ text, from: Math.min(from, columns - 1), to: Math.min(from, columns - 1) + 1 });
  return out;
}

/** Two pieces of one cell's text: Chinese without a space, one space between two Latin letters or digits. */
function join(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return /[\p{L}\p{N}]$/u.test(a) && /^[\p{L}\p{N}]/u.test(b) && !/\p{Script=Han}$/u.test(a) && !/^\p{Script=Han}/u.test(b) ? `${a} ${b}` : `${a}${b}`;
}

function rowOf(cells: readonly GridCell[], columns: number): string[] {
  const row = new Array<string>(columns).fill('');
  for (const c of cells) if (c.from < columns) row[c.from] = join(row[c.from]!, c.text);
  return row;
}

/**
 * A box's header lines stacked by column position: each column's own name (the texts of the narrowest cell over it,
 * line by line, joined) and, when a cell spans columns that a lower line divides, that group's text above.
 */
function stackHeader(lines: readonly GridCell[][], columns: number): { upper?: string[]; lower: string[] } {
  const upper = new Array<string>(columns).fill('');
  const lower = new Array<string>(columns).fill('');
  let grouped = false;
  for (let k = 0; k < columns; k++) {
    const over = lines.map((cells) => cells.find((c) => c.from <= k && k < c.to));
    const spans = over.filter((c): c is GridCell => c !== undefined);
    if (spans.length === 0) continue;
    const narrow = Math.min(...spans.map((c) => c.to - c.from));
    const own = spans.filter((c) => c.to - c.from === narrow);
    // A text belongs to the first column of its span only (as a merged cell's text in a spreadsheet).
    if (own[0]!.from === k) lower[k] = own.reduce((s, c) => join(s, c.text), '');
    for (const c of spans) {
      if (c.to - c.from === narrow || c.from !== k || c.text === '') continue;
      upper[k] = join(upper[k]!, c.text);
      grouped = true;
    }
  }
  return grouped ? { upper, lower } : { lower };
}

/** A box-drawn text's rows, plus which are a later page's repeated header. */
export interface BoxTableRows extends RowSource {
  skip(index: number): SkipReason | undefined;
  /** How many grid columns the box has. */
  readonly columns: number;
}

/** A header compared across pages: its rows' texts without spaces, numbers masked (2024年 and 2025年 alike). */
const headerKey = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map((c) => c.replace(/\s+/gu, '').replace(/\d+/gu, '#')).join('|')).join('\n');

/**
 * The rows of a text whose table is drawn with box characters, or undefined when it is no such text (among its first
 * headLines lines, fewer than minTextLines that start with a bar and hold two, or fewer than minRuleLines rule lines).
 */
export function boxTableRows(text: string, chars: BoxChars = loadBoxChars()): BoxTableRows | undefined {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.at(-1) === '') lines.pop();
  // A Unicode box if its bars are drawn, else an ASCII one (|, +, -).
  let style: BoxStyle | undefined;
  let kinds: LineKind[] = [];
  for (const ascii of [false, true]) {
    const s = styleOf(chars, ascii);
    // The head decides (a 200,000-line CSV is not scanned whole).
    const head = lines.slice(0, chars.headLines).map((l) => kindOf(l, s));
    const texts = head.filter((x) => x === 'text').length;
    const rules = head.filter((x) => x === 'rule').length;
    if (texts >= chars.minTextLines && rules >= chars.minRuleLines) {
      style = s;
      kinds = lines.map((l, i) => head[i] ?? kindOf(l, s));
      break;
    }
  }
  if (style === undefined) return undefined;
  const boxed = lines.map((_, i) => i).filter((i) => kinds[i] !== 'outside');
  // The width under which the bars of different lines line up best.
  let best: { grid: number[]; distinct: number; measured: Map<number, MeasuredLine> } | undefined;
  for (const width of [legacyWidth, narrowWidth]) {
    const measured = new Map(boxed.map((i) => [i, measure(lines[i]!, kinds[i]!, style, width)]));
    const { grid, distinct } = gridOf([...measured.values()]);
    // Fewer distinct positions: the lines agree (a rule measured at another width than the cells doubles them).
    if (best === undefined || distinct < best.distinct) best = { grid, distinct, measured };
  }
  const { grid, measured } = best!;
  const columns = Math.max(1, grid.length - 1);
  const onGrid = (i: number) => gridCells(measured.get(i)!, grid);

  // Boxes: runs of box lines. A box's header: its text lines above its first full rule, when text lines follow it.
  const header = new Set<number>();
  const headers: { lines: number[] }[] = [];
  for (let i = 0; i < lines.length; ) {
    if (kinds[i] === 'outside') {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && kinds[end] !== 'outside') end++;
    const texts: number[] = [];
    for (let j = i; j < end; j++) {
      if (kinds[j] === 'text') texts.push(j);
      else if (texts.length > 0 && !/\s/u.test(lines[j]!.replace(/[\f\r]/gu, '').trim())) {
        if (texts.at(-1)! < j && Array.from({ length: end - j }, (_, n) => j + n).some((x) => kinds[x] === 'text')) {
          for (const t of texts) header.add(t);
          headers.push({ lines: texts });
        }
        break;
      }
    }
    i = end;
  }

  // One row per line of the file, so that a row named in an error is the file's line: a rule line is an empty row;
  // a header's stacked rows stand on its first lines, the rest of its lines empty.
  const out: string[][] = [];
  const skips = new Map<number, SkipReason>();
  let firstKey: string | undefined;
  let h = 0;
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i]!;
    if (kind === 'rule') out.push([]);
    else if (kind === 'outside') out.push(chunksOf(lines[i]!, 2).map((c) => c.text));
    else if (!header.has(i)) out.push(rowOf(onGrid(i), columns));
    else {
      const block = headers[h];
      if (block === undefined || block.lines[0] !== i) {
        out.push([]);
        continue;
      }
      h++;
      const { upper, lower } = stackHeader(block.lines.map(onGrid), columns);
      const rows = upper ? [upper, lower] : [lower];
      const key = headerKey(rows);
      const repeat = firstKey !== undefined && key === firstKey;
      firstKey ??= key;
      // A header of two stacked rows spans two or more lines (a group needs a line below it): both fit.
      if (repeat) for (let n = 0; n < rows.length; n++) skips.set(i + n, 'header-repeat');
      out.push(rows[0]!);
      if (rows[1]) {
        out.push(rows[1]);
        i++;
      }
    }
  }
  return {
    count: out.length,
    columns,
    row: (index) => out[index] ?? [],
    line: (index) => index + 1,
    skip: (index) => skips.get(index),
  };
}
