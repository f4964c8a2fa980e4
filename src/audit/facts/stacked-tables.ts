/**
 * Tables a web page's copy flattened to one cell per line, as the stored pages of the corpus give them: each cell on a
 * line ending with `|` (项目 | ⏎ 预算数 | ⏎ … with `||` lines between the rows), or each cell on a line of its own
 * followed by a line holding only `|` (年度 ⏎ | ⏎ 合计 ⏎ | ⏎ …, where a `|` right after a `|` is an empty cell). The
 * rows are rebuilt from the cells: the header cells first, then rows of a label followed by the same number of
 * amounts. Linear: every line is read once, every cell once.
 */
import { lineOf } from './lines.ts';
import { isNumericCell, TABLE_MONEY_UNIT_PATTERN } from './tables.ts';
import type { TableCell, TableFact } from './types.ts';
import type { MoneyUnit } from '../../core/money.ts';
import { GRAMMAR } from '../config.ts';

const STACKED_WORDS: StackedWords = { subtotal: GRAMMAR.stackedSubtotal, purchase: GRAMMAR.stackedPurchase, running: GRAMMAR.stackedRunning };

/** The longest line read as one cell. */
const MAX_CELL_LINE = 40;
/** The fewest cells a stacked table is made of. */
const MIN_CELLS = 6;

type LineKind = 'pipe' | 'cell' | 'bare' | 'other';

function kindOf(line: string): LineKind {
  const t = line.trim();
  if (t === '') return 'other';
  if (/^\|+$/.test(t)) return 'pipe';
  const bar = t.indexOf('|');
  if (bar === -1) return t.length <= MAX_CELL_LINE && !/[。，；;]/.test(t) ? 'bare' : 'other';
  // 预算数 | or 合计 | |||| : one cell, then the pipes of the row's end.
  return bar > 0 && /^\|[|\s]*$/.test(t.slice(bar)) && bar <= MAX_CELL_LINE && !/[。，；;]/.test(t.slice(0, bar)) ? 'cell' : 'other';
}

const CAPTION_UNIT = new RegExp(`单位[：:]?\\s*(${TABLE_MONEY_UNIT_PATTERN})`);

function unitOf(text: string): MoneyUnit | null {
  let found: MoneyUnit | null = null;
  for (const m of text.matchAll(new RegExp(CAPTION_UNIT.source, 'g'))) found = m[1] as MoneyUnit;
  return found;
}

interface Token extends TableCell {
  readonly empty: boolean;
}

/** The cells of a run of lines, split at every `|`; an empty one is kept (an empty cell) only in the bare form. */
function tokensOf(text: string, start: number, end: number, keepEmpty: boolean): Token[] {
  const parts: Token[] = [];
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k < end && text[k] !== '|') continue;
    let s = from;
    let e = k;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    parts.push({ start: s, end: e, text: text.slice(s, e), empty: s === e });
    from = k + 1;
  }
  if (!keepEmpty) return parts.filter((t) => !t.empty);
  // Before the first pipe and after the last one: no cell.
  if (parts[0]?.empty) parts.shift();
  if (parts[parts.length - 1]?.empty) parts.pop();
  return parts;
}

/**
 * The header's cells for `width` value columns, from the header tokens (the row label's header first):
 * - one cell per column after the label's;
 * - groups first (项目 | 预算数 | 决算数 | 合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金): each group
 *   spans an equal share of the columns under it, the sub-headers repeating alike in every group; each column is
 *   named by its group and its sub-header;
 * - one group with its sub-headers last (合计 | 因公出国 | 公务用车购置及运行费 | 公务接待费 | 小计 | 购置费 | 运行费, the 三公
 *   table): the group's cell names both a purchase and a running word, the last three cells are a subtotal, a purchase
 *   and a running column; they take the group's place.
 * Null when the tokens fit none of these.
 */
function headerCells(tokens: readonly Token[], width: number, labelled: boolean, words: StackedWords): TableCell[] | null {
  const label = labelled ? tokens.slice(0, 1) : [];
  const rest = tokens.slice(label.length);
  if (rest.length === width) return [...label, ...rest];
  const groups = rest.length - width;
  if (groups <= 0) return null;
  const leaves = rest.slice(groups);
  if (groups >= 2 && width % groups === 0 && width / groups >= 2) {
    const span = width / groups;
    const pattern = leaves.slice(0, span).map((c) => c.text.replace(/\s/g, ''));
    if (leaves.every((c, i) => c.text.replace(/\s/g, '') === pattern[i % span])) {
      return [...label, ...leaves.map((c, i) => ({ start: c.start, end: c.end, text: `${rest[Math.floor(i / span)]!.text}${c.text}` }))];
    }
  }
  if (groups === 1 && rest.length >= 5) {
    const [sub, purchase, running] = rest.slice(-3).map((c) => c.text.replace(/\s/g, '')) as [string, string, string];
    const top = rest.slice(0, -3);
    const at = top.findIndex((c) => words.purchase.some((w) => c.text.includes(w)) && words.running.some((w) => c.text.includes(w)));
    if (
      at !== -1 &&
      words.subtotal.some((w) => sub.endsWith(w)) &&
      words.purchase.some((w) => purchase.includes(w)) &&
      words.running.some((w) => running.includes(w))
    ) {
      return [...label, ...top.slice(0, at), ...rest.slice(-3), ...top.slice(at + 1)];
    }
  }
  return null;
}

export interface StackedWords {
  readonly subtotal: readonly string[];
  readonly purchase: readonly string[];
  readonly running: readonly string[];
}

/** Rebuild one run of stacked lines as a table, or null. */
function tableOf(text: string, lineStarts: readonly number[], start: number, end: number, keepEmpty: boolean, words: StackedWords): TableFact | null {
  let tokens = tokensOf(text, start, end, keepEmpty);
  // Captions read into the run (编制部门：…, 金额单位：万元) come before the header.
  let lead = 0;
  while (lead < tokens.length && !tokens[lead]!.empty && /[:：]/.test(tokens[lead]!.text)) lead++;
  const captions = tokens.slice(0, lead);
  tokens = tokens.slice(lead);
  if (tokens.length < MIN_CELLS) return null;
  const firstValue = tokens.findIndex(isValue);
  if (firstValue < 1) return null;
  // Rows with a label each; else one row of amounts under a header naming every column.
  const built = (firstValue >= 2 && labelledRows(tokens, firstValue - 1, words)) || unlabelledRow(tokens, firstValue, words);
  if (!built) return null;
  const { header, body } = built;
  const last = body[body.length - 1]!;
  const tableStart = header[0]!.start;
  const tableEnd = last[last.length - 1]!.end;
  const before = text.slice(Math.max(0, start - 200), start) + captions.map((c) => c.text).join(' ');
  return {
    start: tableStart,
    end: tableEnd,
    rows: [header, ...body.map((r) => r.map(({ start: s, end: e, text: t }) => ({ start: s, end: e, text: t })))],
    moneyUnit: unitOf(before),
    line: lineOf(lineStarts, tableStart),
  };
}

function isValue(t: Token): boolean {
  return !t.empty && isNumericCell(t.text.replace(/\s/g, ''));
}

/** Rows of a label and the same number of amounts (or only empty cells), from `first` on; two rows at least. */
function labelledRows(tokens: readonly Token[], first: number, words: StackedWords): { header: TableCell[]; body: TableCell[][] } | null {
  const headerTokens = tokens.slice(0, first);
  if (headerTokens.some((t) => t.empty)) return null;
  const rows: TableCell[][] = [];
  let k = first;
  while (k < tokens.length) {
    const label = tokens[k]!;
    if (label.empty || isValue(label)) return null;
    const values: Token[] = [];
    let j = k + 1;
    while (j < tokens.length && (isValue(tokens[j]!) || tokens[j]!.empty)) values.push(tokens[j++]!);
    rows.push([label, ...values]);
    k = j;
  }
  const width = rows[0]!.length - 1;
  if (rows.length < 2 || width < 1 || rows.some((r) => r.length - 1 !== width)) return null;
  // A row of only empty cells is a label whose amounts were left blank; a row partly empty leaves its columns unknown.
  if (rows.some((r) => r.slice(1).some((c) => c.text === '') && r.slice(1).some((c) => c.text !== ''))) return null;
  const header = headerCells(headerTokens, width, true, words);
  return header ? { header, body: rows } : null;
}

/** One row of amounts only, right after the header (79 | 0 | 75 | 50 | 25 | 4 under the 三公 header). */
function unlabelledRow(tokens: readonly Token[], first: number, words: StackedWords): { header: TableCell[]; body: TableCell[][] } | null {
  const headerTokens = tokens.slice(0, first);
  const values = tokens.slice(first);
  if (headerTokens.some((t) => t.empty) || !values.every(isValue)) return null;
  const header = headerCells(headerTokens, values.length, false, words);
  return header ? { header, body: [values] } : null;
}

/**
 * Tables flattened one cell per line. Precondition: a run of at least MIN_CELLS cells, every line of it a cell line
 * (`X |`), a pipe line (`||`) or, in the second form, a short line followed by a pipe line; the header's cells first
 * (fitting the rows by one of the forms of headerCells), then rows each of a label and the same number of amounts (or
 * one row of amounts only, under a header naming each); no row partly empty. Anything else is no table.
 */
export function stackedTables(text: string, lineStarts: readonly number[], words: StackedWords = STACKED_WORDS): TableFact[] {
  const out: TableFact[] = [];
  // Both forms need pipe lines: a text without a pipe holds none.
  if (!text.includes('|')) return out;
  const kinds: LineKind[] = [];
  const lines: [number, number][] = [];
  for (let li = 0; li < lineStarts.length; li++) {
    const s = lineStarts[li]!;
    const next = lineStarts[li + 1];
    const e = next === undefined ? text.length : next - 1;
    lines.push([s, e]);
    kinds.push(e - s > 200 ? 'other' : kindOf(text.slice(s, e)));
  }
  let i = 0;
  while (i < lines.length) {
    // The run's form: cells ending with their pipe (empty pipes are row ends: `||`), or bare cells each followed by a
    // pipe line (a pipe line right after a pipe line is an empty cell). Leading pipe lines go with the first cell.
    let first = i;
    while (first < lines.length && kinds[first] === 'pipe') first++;
    const bare = kinds[first] === 'bare' && kinds[first + 1] === 'pipe';
    if (first >= lines.length || (kinds[first] !== 'cell' && !bare)) {
      i = first + 1;
      continue;
    }
    const inRun = (k: number): boolean => kinds[k] === 'pipe' || (bare ? kinds[k] === 'bare' && kinds[k + 1] === 'pipe' : kinds[k] === 'cell');
    let j = first;
    let cells = 0;
    while (j < lines.length && inRun(j)) {
      if (kinds[j] !== 'pipe') cells++;
      j++;
    }
    if (cells >= MIN_CELLS) {
      const table = tableOf(text, lineStarts, lines[first]![0], lines[j - 1]![1], bare, words);
      if (table) out.push(table);
    }
    i = j;
  }
  return out;
}
