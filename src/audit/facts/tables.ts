/**
 * Tables as they appear in extracted text: cells separated by tabs (our .docx reader), by `|` (Markdown) or by
 * runs of two or more spaces (pdftotext -layout). Consecutive lines with at least three cells, one of them a
 * number, form a table. Offsets of every cell point into the text, so a cross-check can quote the cell.
 */
import type { MoneyUnit } from '../../core/money.ts';
import { GRAMMAR } from '../config.ts';
import { lineOf } from './lines.ts';
import { withoutPinyinGlosses } from './pinyin.ts';
import { anyWord } from './word-pattern.ts';
import type { TableCell, TableFact } from './types.ts';

function splitCells(text: string, start: number, end: number): TableCell[] {
  // Read in place, the line not copied (character codes read: | 124, tab 9, space 32).
  let pipe = false;
  let tab = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 124) {
      pipe = true;
      break;
    }
    if (c === 9) tab = true;
  }
  if (pipe) tab = false;
  // Each segment is made a cell as soon as its end is found (no list of bounds first); the last one is the line's rest.
  const cells: TableCell[] = [];
  let cellStart = start;
  let index = 0;
  let k = start;
  while (k < end) {
    const c = text.charCodeAt(k);
    if ((pipe && c === 124) || (tab && c === 9)) {
      pushCell(cells, text, cellStart, k, pipe, tab, index === 0, false);
      index++;
      cellStart = k + 1;
    } else if (!pipe && !tab && c === 32 && k + 1 < end && text.charCodeAt(k + 1) === 32) {
      pushCell(cells, text, cellStart, k, pipe, tab, index === 0, false);
      index++;
      while (k < end && text.charCodeAt(k) === 32) k++;
      cellStart = k;
      continue;
    }
    k++;
  }
  pushCell(cells, text, cellStart, end, pipe, tab, index === 0, true);
  // A leading | is an outer pipe (| a | b |) only where the line closes with one too: |数量指标|… under a header
  // 一级指标|二级指标|… opens with the empty cell of a merged 一级指标, which keeps its column.
  if (pipe && text.charCodeAt(start) === 124 && !closesWithPipe(text, start, end)) cells.unshift({ start, end: start, text: '' });
  return cells;
}

/** Whether text[start, end) ends with a | (spaces after it aside). */
function closesWithPipe(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && text.charCodeAt(e - 1) === 32) e--;
  return e > start && text.charCodeAt(e - 1) === 124;
}

/**
 * Space-aligned rows opening with spaces under a header that does not (  数量指标  饮用水水质监测样品  8 … under 一级指标
 * 二级指标 三级指标 分值 …): the blank cells are the leading ones (a merged 一级指标 cell flattened), so the row gets
 * empty cells at its front up to the header's width and its amounts stay in their columns. Space-aligned text cannot
 * know its blank cells otherwise; rows as wide as the header, rows opening at their line's start, and tables of tabs
 * or pipes are kept as read.
 */
function alignIndentedRows(text: string, rows: TableCell[][]): void {
  const header = rows[0];
  if (!header || header.length === 0) return;
  const lineStartOf = (at: number): number => text.lastIndexOf('\n', at - 1) + 1;
  const indented = (r: readonly TableCell[]): boolean => {
    const from = lineStartOf(r[0]!.start);
    return r[0]!.start - from >= 2 && text.slice(from, r[0]!.start).trim() === '';
  };
  if (indented(header)) return;
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.length === 0 || r.length >= header.length || !indented(r)) continue;
    const from = lineStartOf(r[0]!.start);
    if (holdsChar(text, from, r[r.length - 1]!.end, 9) || holdsChar(text, from, r[r.length - 1]!.end, 124)) continue;
    const blanks: TableCell[] = Array.from({ length: header.length - r.length }, () => ({ start: from, end: from, text: '' }));
    rows[i] = [...blanks, ...r];
  }
}

/**
 * One segment of a line as a cell, its spaces and tabs trimmed. Tab and pipe tables keep empty cells so columns stay
 * aligned (except the outer pipes of | a | b |); space-aligned text cannot know its empty cells.
 */
function pushCell(cells: TableCell[], text: string, from: number, to: number, pipe: boolean, tab: boolean, first: boolean, last: boolean): void {
  let s = from;
  let e = to;
  while (s < e && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e === s && (!(pipe || tab) || (pipe && (first || last)))) return;
  cells.push({ start: s, end: e, text: text.slice(s, e) });
}

/** Whether text[start, end) holds the character of code `code` (read in place, the line not copied). */
function holdsChar(text: string, start: number, end: number, code: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/** Whether splitCells makes one cell at most of text[start, end): no tab, no | and no two spaces in a row. */
function oneCellAtMost(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 9 || c === 124 || (c === 32 && k + 1 < end && text.charCodeAt(k + 1) === 32)) return false;
  }
  return true;
}

/** A cell that says “no amount”: a dash. */
const NO_AMOUNT = /^[—–－-]{1,2}$/;

function isNumeric(cell: string): boolean {
  if (cell.length === 0 || cell.length > 24) return false;
  let digits = 0;
  for (let k = 0; k < cell.length; k++) {
    const c = cell.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 44 && c !== 46 && c !== 45 && c !== 37) return false; // , . - %
  }
  return digits > 0;
}

/**
 * The money units (of core MONEY_UNITS) a table states for its amounts — in a caption (单位：万元), a bracketed header
 * (金额（万元）) or a cell (28.8万元). 元 comes last because it ends each of the others and a caption is searched in
 * this order. 百万元 is not read yet (a caption 单位：百万元 is taken as 万元).
 */
export const TABLE_MONEY_UNITS = ['万元', '亿元', '千元', '元'] as const satisfies readonly MoneyUnit[];

/** `(?:万元|亿元|千元|元)`: any of TABLE_MONEY_UNITS, as regular-expression source. */
export const TABLE_MONEY_UNIT_PATTERN = anyWord(TABLE_MONEY_UNITS);

/** A header cell naming a column of amounts (grammar.json amountColumnHeads, or a money unit): 本年预算数, 金额（万元）. */
const AMOUNT_COLUMN_HEAD = new RegExp(anyWord([...GRAMMAR.amountColumnHeads, ...TABLE_MONEY_UNITS]));
const BRACKETED_UNIT = new RegExp(`[（(](${TABLE_MONEY_UNIT_PATTERN})[）)]`, 'g');

/** The unit of the last 单位… in `text` (the caption nearest the table; 编制范围的单位共2个 further up is no caption). */
function unitCaption(written: string): MoneyUnit | null {
  // 单位：万（wàn）元: a mirror's pinyin gloss inside the unit is no part of it.
  const text = withoutPinyinGlosses(written);
  const at = text.lastIndexOf('单位');
  if (at === -1) return null;
  const tail = text.slice(at, at + 8);
  return TABLE_MONEY_UNITS.find((u) => tail.includes(u)) ?? null;
}

/**
 * The unit a header states in brackets (金额（万元）, 项目资金(万元)): when every bracketed unit of the header is
 * the same one, it is the unit of the table's amounts.
 */
function bracketUnit(header: readonly string[]): MoneyUnit | null {
  let found: MoneyUnit | null = null;
  for (const h of header) {
    for (const m of h.matchAll(BRACKETED_UNIT)) {
      const unit = m[1] as MoneyUnit;
      if (found && found !== unit) return null;
      found = unit;
    }
  }
  return found;
}

export function findTables(text: string, lineStarts: readonly number[]): TableFact[] {
  const tables: TableFact[] = [];
  let current: TableCell[][] = [];
  let currentStart = -1;
  let currentEnd = -1;
  const flush = (): void => {
    if (current.length >= 2) {
      alignIndentedRows(text, current);
      const captionFrom = Math.max(0, currentStart - 200);
      const caption = text.slice(captionFrom, currentStart);
      const headerText = current[0]!.map((c) => c.text).join(' ');
      // The second of two tables written side by side (收入 | 支出 halves) follows the first after a blank
      // line only: it shares the first one's caption.
      const previous = tables[tables.length - 1];
      const adjoining = previous && text.slice(previous.end, currentStart).trim() === '' ? previous.moneyUnit : null;
      tables.push({
        start: currentStart,
        end: currentEnd,
        rows: current,
        moneyUnit: unitCaption(headerText) ?? bracketUnit(current[0]!.map((c) => c.text)) ?? adjoining ?? unitCaption(caption),
        line: lineOf(lineStarts, currentStart),
      });
    }
    current = [];
    currentStart = -1;
  };
  for (let li = 0; li < lineStarts.length; li++) {
    const start = lineStarts[li]!;
    const nextStart = lineStarts[li + 1];
    const end = nextStart === undefined ? text.length : nextStart - 1;
    if (end - start > 2000) {
      flush();
      continue;
    }
    // A line of one cell at most (no tab, no |, no two spaces in a row: most prose) is no row: it ends an open table —
    // unless it is a Markdown separator (---). Its cell is not made.
    if (oneCellAtMost(text, start, end) && !holdsChar(text, start, end, 45)) {
      flush();
      continue;
    }
    const cells = splitCells(text, start, end);
    // Tab-separated rows come from our readers' tables (Word, PDF): two cells make a row (项目 | 金额).
    const tabbed = holdsChar(text, start, end, 9);
    // The cells that hold something, counted once for the tests below.
    let filled = 0;
    for (const c of cells) if (c.text !== '') filled++;
    // A tab row of a table already open may hold its label only (五、其他收入 with its amount left blank).
    const blankRow = tabbed && current.length > 0 && cells.length === current[current.length - 1]!.length && filled === 1;
    // A dash stands for no amount (—, -): a row of dashes goes on with its table.
    const valued = cells.some((c) => isNumeric(c.text) || (tabbed && NO_AMOUNT.test(c.text)));
    // A | row of two cells, one an amount, inside an open | table whose rows have more (合计 | 5000 | under 县区名称 |
    // 市级资金(万元) | 备注 |: the empty 备注 cell left off) goes on with that table (dev 2007).
    const pipe = !tabbed && holdsChar(text, start, end, 124);
    const shortPipeRow = pipe && valued && cells.length === 2 && current.length > 0 && current[current.length - 1]!.length > 2;
    // A | table of two columns (项目 | 本年预算数 | ⏎ 合计 | 3318 |: a label and one amount, as mirror sites print the 三公
    // 汇总表): opened by a header of two cells whose second names an amount column (grammar amountColumnHeads: 预算, 决算,
    // 金额 … or a money unit), its rows of two cells then go on with it. Two-cell | lines with no such header stay
    // unread (page chrome: 浏览次数 | 12 |).
    const twoCellPipe = pipe && cells.length === 2 && filled === 2;
    const twoColumnHeader = twoCellPipe && current.length === 0 && !valued && AMOUNT_COLUMN_HEAD.test(withoutPinyinGlosses(cells[1]!.text));
    const twoColumnRow = twoCellPipe && valued && current.length > 0 && current[0]!.length === 2 && AMOUNT_COLUMN_HEAD.test(withoutPinyinGlosses(current[0]![1]!.text));
    const tableLike =
      blankRow || shortPipeRow || twoColumnHeader || twoColumnRow || (filled >= 2 && cells.length >= (tabbed ? 2 : 3) && (valued || current.length === 0));
    const separator = cells.length > 0 && cells.every((c) => /^:?-{3,}:?$/.test(c.text));
    if (separator) continue;
    if (tableLike) {
      if (currentStart === -1) currentStart = start;
      currentEnd = end;
      current.push(cells);
    } else {
      // Rows without numbers opening a table (a caption row ? | 单位：万元, then the header 项目 | 本年预算数 | …):
      // the last of them before the numbers is the header, so a second one starts the table over.
      const captionOnly = current.length > 0 && current.every((r) => !r.some((c) => isNumeric(c.text)));
      flush();
      // A tab row without numbers right after a table (the header of the next one: 年度指标值 | 实际完成值 …) starts
      // that table instead of being dropped between the two.
      if ((tabbed || (captionOnly && cells.length >= 3)) && current.length === 0 && filled >= 2) {
        currentStart = start;
        currentEnd = end;
        current.push(cells);
      }
    }
  }
  flush();
  // A "table" without any numeric cell is a run of spaced headings, not a table.
  return tables.filter((t) => t.rows.some((r) => r.some((c) => isNumeric(c.text)))).flatMap((t) => twoSides(text, t));
}

/**
 * An amount (or a dash for none) and, right after it with no gap, a row label: 324.37国防支出, -八、社会保障和就业支出,
 * 0结余分配. An amount here has decimals or thousands separators, or is 0: digits alone before a label are a 科目 code
 * (2130305水利工程建设, 01行政运行).
 */
const AMOUNT_THEN_LABEL = /^((?:\d{1,3}(?:,\d{3})+|[1-9]\d*|0)\.\d+|\d{1,3}(?:,\d{3})+|0|[—–－-]{1,2})([\u4e00-\u9fff（(].*)$/;

/**
 * A two-sided table (收入 | 决算数 | 支出 | 决算数, the 收支总表) whose 收入 amounts touch the 支出 labels in the
 * source, so that one cell holds both (8,854,359.54本年支出合计): read as its two tables, the 收入 side up to the amount
 * and the 支出 side from the label on. Precondition: a tab table (our readers' tables), and at least two body rows
 * holding an amount and a label so in the same column, which is not the first; in that column any other body cell is
 * an amount only (the 支出 side empty), a label only (the 收入 side empty) or empty. The header cell of that column
 * heads both sides (its two halves are not known). The text is not changed, only the cells read from it.
 */
function twoSides(text: string, table: TableFact): TableFact[] {
  const [header, ...body] = table.rows;
  if (!header || body.length < 2 || !text.slice(table.start, table.end).includes('\t')) return [table];
  const width = Math.max(...table.rows.map((r) => r.length));
  for (let c = 1; c < width - 1; c++) {
    if (/编码|代码/.test(header[c]?.text ?? '')) continue;
    const glued = body.filter((r) => r[c] !== undefined && AMOUNT_THEN_LABEL.test(r[c]!.text)).length;
    if (glued < 2) continue;
    const fits = body.every((r) => {
      const t = r[c]?.text ?? '';
      return t === '' || AMOUNT_THEN_LABEL.test(t) || isNumeric(t) || NO_AMOUNT.test(t) || !/\d/.test(t);
    });
    if (!fits) continue;
    const left: TableCell[][] = [header.slice(0, c + 1)];
    const right: TableCell[][] = [header.slice(c)];
    for (const r of body) {
      const cell = r[c];
      const m = cell ? AMOUNT_THEN_LABEL.exec(cell.text) : null;
      let amount: TableCell;
      let label: TableCell;
      if (cell && m) {
        const cut = cell.start + m[1]!.length;
        amount = { start: cell.start, end: cut, text: m[1]! };
        label = { start: cut, end: cell.end, text: m[2]! };
      } else {
        const at = cell?.end ?? table.end;
        const t = cell?.text ?? '';
        const isAmount = isNumeric(t) || NO_AMOUNT.test(t);
        amount = isAmount && cell ? cell : { start: at, end: at, text: '' };
        label = !isAmount && cell ? cell : { start: at, end: at, text: '' };
      }
      left.push([...r.slice(0, c), amount]);
      right.push([label, ...r.slice(c + 1)]);
    }
    const side = (rows: TableCell[][]): TableFact => ({ ...table, rows: rows.filter((r, i) => i === 0 || r.some((x) => x.text !== '')) });
    return [side(left), side(right)].filter((t) => t.rows.length >= 2 && t.rows.some((r) => r.some((x) => isNumeric(x.text))));
  }
  return [table];
}

export { isNumeric as isNumericCell };
