/**
 * A fixed-width text print (“打印到文件” of an accounting package): no separator, columns padded with spaces. The
 * columns are read from the header line's positions in DISPLAY width — a Chinese character takes two columns, as
 * a GBK print pads it by its two bytes — so the same layout is found whatever the file's encoding was.
 */
import type { RowSource } from './csv.ts';
import { isPageNumberText, type SkipReason } from './row-kinds.ts';

/**
 * Columns one code point takes in a print: 2 for East Asian Wide and Fullwidth, and for the Ambiguous characters
 * legacy CJK encodings print as two bytes (·, —, “”, ①, ─, ×, ℃; UAX #11 §5: wide in an East Asian context);
 * 0 for combining marks and zero-width characters; otherwise 1.
 */
export function charWidth(cp: number): number {
  if (cp < 0x7f) return 1;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff) return 0;
  if (cp >= 0xff61 && cp <= 0xffdc) return 1; // halfwidth forms
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return isAmbiguousWide(cp) ? 2 : 1;
}

/**
 * Ambiguous in UAX #11 and printed wide by GBK/Big5 software (·, —, “”, ①, the table characters ─ │ ┼): two columns
 * in a legacy print, one on a Unicode terminal.
 */
export function isAmbiguousWide(cp: number): boolean {
  return (
    [0xa4, 0xa7, 0xa8, 0xb0, 0xb1, 0xb7, 0xd7, 0xf7].includes(cp) ||
    (cp >= 0x2010 && cp <= 0x203b) ||
    (cp >= 0x2100 && cp <= 0x22ff) ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x2500 && cp <= 0x25ff) ||
    (cp >= 0x2600 && cp <= 0x26ff)
  );
}

/** Display width of a text (tabs are not expanded: see expandTabs). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** A run of non-space text of a line, with the display columns it stands in ([start, end)). */
export interface Chunk {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Tabs to spaces at stops of 8 display columns. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let w = 0;
  for (const ch of line) {
    if (ch === '\t') {
      const n = 8 - (w % 8);
      out += ' '.repeat(n);
      w += n;
    } else {
      out += ch;
      w += charWidth(ch.codePointAt(0)!);
    }
  }
  return out;
}


/**
 * The runs of a line separated by at least `gap` spaces (a single space stays inside a run: `2070104 图书馆`),
 * with their display columns. A form feed or carriage return is dropped.
 */
export function chunksOf(line: string, gap = 2): Chunk[] {
  const stripped = line.includes('\f') || line.includes('\r') ? line.replace(/[\f\r]/g, '') : line;
  const text = expandTabs(stripped);
  const chunks: Chunk[] = [];
  const push = (from: number, to: number, start: number, end: number) => {
    const t = text.slice(from, to);
    chunks.push({ text: t.includes('\u00a0') ? t.replace(/\u00a0/g, ' ') : t, start, end });
  };
  let w = 0;
  let runFrom = -1;
  let runStart = 0;
  let runTo = 0;
  let runEnd = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const cw = cp < 0x7f ? 1 : charWidth(cp);
    if (cp === 0x20 || cp === 0xa0 || cp === 0x3000) {
      spaces += cw;
    } else {
      if (runFrom >= 0 && spaces >= gap) {
        push(runFrom, runTo, runStart, runEnd);
        runFrom = -1;
      }
      if (runFrom < 0) {
        runFrom = i;
        runStart = w;
      }
      runTo = i + len;
      runEnd = w + cw;
      spaces = 0;
    }
    w += cw;
    i += len;
  }
  if (runFrom >= 0) push(runFrom, runTo, runStart, runEnd);
  return chunks;
}

/** The columns of a print, from its header line: each header word's display start and end. */
export interface FixedWidthLayout {
  readonly headers: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

export function layoutOf(headerLine: string, gap = 2): FixedWidthLayout {
  const chunks = chunksOf(headerLine, gap);
  return { headers: chunks.map((c) => c.text), starts: chunks.map((c) => c.start), ends: chunks.map((c) => c.end) };
}

/** An amount or a number (1,234.50, -620.00, (620.00), 620.00-, 0.00): printed right-aligned under its header's end. */
const NUMBER = /^[-−+(（]?[¥￥]?[\d,]*\d(?:\.\d+)?(?:[)）]|[-−])?$/u;

/** The column whose span [start_k, start_k+1) holds a display position (the first column for one left of all). */
function columnAt(layout: FixedWidthLayout, pos: number): number {
  let k = 0;
  while (k + 1 < layout.starts.length && layout.starts[k + 1]! <= pos) k++;
  return k;
}

/**
 * A body line cut into the layout's columns. A column spans from its header word's start to the next header
 * word's start. Text is left-aligned: a word belongs to the column it starts in. A number is right-aligned under
 * its header's end and may reach left into the column before (3,139,895.57 under 借方金额): it belongs to the
 * column it ends in. Words a single space apart stay one field (`2070104 图书馆`) while they fall in one column.
 */
export function cutLine(line: string, layout: FixedWidthLayout): string[] {
  const cells: string[][] = layout.headers.map(() => []);
  for (const chunk of chunksOf(line, 2)) {
    let last = -1;
    for (const word of wordsOf(chunk).flatMap((w) => (NUMBER.test(w.text) ? [w] : cutAtStarts(w, layout)))) {
      const k = NUMBER.test(word.text) ? columnAt(layout, word.end - 1) : columnAt(layout, word.start);
      const cell = cells[k]!;
      if (k === last && cell.length > 0) cell[cell.length - 1] += ` ${word.text}`;
      else cell.push(word.text);
      last = k;
    }
  }
  return cells.map((c) => c.join(' '));
}

/**
 * Text running on, with no space, past the start of the next column is cut there: a field filled to its width
 * (`31002 办公设备购置` in 18 columns) followed at once by the next one.
 */
function cutAtStarts(word: Chunk, layout: FixedWidthLayout): Chunk[] {
  const cuts = layout.starts.filter((s) => s > word.start && s < word.end);
  if (cuts.length === 0) return [word];
  const parts: Chunk[] = [];
  let w = word.start;
  let cur = '';
  let curStart = word.start;
  for (const ch of word.text) {
    if (cuts.includes(w) && cur !== '') {
      parts.push({ text: cur, start: curStart, end: w });
      cur = '';
      curStart = w;
    }
    cur += ch;
    w += charWidth(ch.codePointAt(0)!);
  }
  parts.push({ text: cur, start: curStart, end: w });
  return parts;
}

/** The words of a run (split at its single spaces), with their display columns. */
function wordsOf(chunk: Chunk): Chunk[] {
  if (!chunk.text.includes(' ')) return [chunk];
  const words: Chunk[] = [];
  let w = chunk.start;
  for (const text of chunk.text.split(' ')) {
    const width = displayWidth(text);
    words.push({ text, start: w, end: w + width });
    w += width + 1;
  }
  return words;
}

/** A rule line: only =, -, ─, ━, ═, _ and spaces (at least three rule characters). */
export function isRuleLine(line: string): boolean {
  const t = line.replace(/[\s\f]/g, '');
  return t.length >= 3 && /^[=\-─━═_—–~＝－]+$/u.test(t);
}

/**
 * A page-number line of a print's head or foot: 第3页, 第3页 共12页, 共12页 第3页, - 3 -, Page 3 of 12 (the patterns:
 * data/imports/row-kinds.json `pageNumber`).
 */
export function isPageNumberLine(line: string): boolean {
  return isPageNumberText(line);
}

/** A title line compared across pages: no spaces, every number masked (第1页 and 第2页 are the same line). */
function titleKey(line: string): string {
  return line.normalize('NFKC').replace(/[\s\f]/g, '').replace(/\d+/g, '#');
}

/** A fixed-width print's lines as rows, one per line of the file, plus why a page-head line is no data. */
export interface FixedWidthRows extends RowSource {
  /** Why a line below the header is not data by the print's layout alone: a page's title line or page number. */
  skip(index: number): SkipReason | undefined;
  readonly layout: FixedWidthLayout;
}

/**
 * The lines of a print cut by the columns of its header line (`headerIndex`, 0-based). Precondition: the caller
 * has found that line by its column names (a delimiter reading found none). Rule lines (=, -, ─) and blank lines
 * give empty rows; the lines above the header (the title block) recur at every page head, after a form feed, with
 * other page numbers: such a line, any line between a form feed and the repeated header, and a line holding only a
 * page number (第3页 共12页, at a page's foot) is a title line.
 * The repeated header itself is cut like a body line (its cells equal the header's: the row classifier skips it).
 */
export function fixedWidthRows(text: string, headerIndex: number, gap = 2): FixedWidthRows {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (lines.at(-1) === '') lines.pop();
  const layout = layoutOf(lines[headerIndex] ?? '', gap);
  const headerKey = titleKey(lines[headerIndex] ?? '');
  const titles = new Set<string>();
  // The first character of each title line: a line starting otherwise is no title (spares the key of every data line).
  const titleFirsts = new Set<string>();
  const firstChar = (line: string) => /[^\s\f]/u.exec(line)?.[0] ?? '';
  for (let i = 0; i < headerIndex; i++) {
    const line = lines[i]!;
    if (line.trim() !== '' && !isRuleLine(line)) {
      titles.add(titleKey(line));
      titleFirsts.add(firstChar(line));
    }
  }
  // Lines from a form feed down to the repeated header are the page's head.
  const pageHead = new Set<number>();
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (!lines[i]!.includes('\f')) continue;
    const head: number[] = [];
    for (let j = i; j < lines.length && j <= i + headerIndex + 2; j++) {
      if (titleKey(lines[j]!) === headerKey) {
        for (const h of head) pageHead.add(h);
        break;
      }
      head.push(j);
    }
  }
  // A data line starts with neither a rule character nor only spaces: rejected by its first characters.
  const blankOrRule = (line: string) => /^[\s\f]*$/u.test(line) || (/^[\s\f]*[=\-─━═_—–~＝－]/u.test(line) && isRuleLine(line));
  // Rows are read several times (header search, column scans, parsing): each line is cut once.
  const cut: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(lines.length);
  const skipped = new Int8Array(lines.length); // 0 not yet known, 1 data, 2 a repeated title line, 3 a page number
  return {
    count: lines.length,
    layout,
    row(index) {
      let cells = cut[index];
      if (cells === undefined) {
        const line = lines[index] ?? '';
        cells = blankOrRule(line) ? [] : cutLine(line, layout);
        cut[index] = cells;
      }
      return cells;
    },
    line: (index) => index + 1,
    skip(index) {
      if (skipped[index] === 0) {
        const line = lines[index] ?? '';
        const below = index > headerIndex && !blankOrRule(line);
        skipped[index] = !below
          ? 1
          : isPageNumberLine(line)
            ? 3
            : pageHead.has(index) || (titleFirsts.has(firstChar(line)) && titles.has(titleKey(line)))
              ? 2
              : 1;
      }
      return skipped[index] === 2 ? 'title-repeat' : skipped[index] === 3 ? 'page-number' : undefined;
    },
  };
}

/** The first `n` lines of a text, each split at runs of `gap` spaces: the rows a header search reads. */
export function spaceSplitHead(text: string, n: number, gap = 2): string[][] {
  const lines = text.split('\n', n);
  return lines.map((l) => chunksOf(l, gap).map((c) => c.text));
}
