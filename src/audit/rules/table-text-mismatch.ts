/**
 * table-text-mismatch — an amount in the prose differs from the same item in the document's tables.
 * "Same item" is the cell the sentence names: the row whose label is the figure's subject (or, in 具体情况
 * sentences, the 项 / 款 named by …（款）…（项）), in the column of the figure's phase (年初预算数 / 全年预算数 /
 * 决算数, the 合计 column when a phase has several), or a 合计 row's column whose header is the subject
 * (基本支出 in 本年支出合计 | 基本支出 | 项目支出). Several tables may hold the item in different scopes: the prose
 * is wrong only when it matches none of them. Both sides are quoted: the sentence and the cell.
 */
import { type Evidence, type Finding, finding } from '../../core/finding.ts';
import { MONEY_UNITS, formatExact } from '../../core/money.ts';
import { GRAMMAR, RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { spanIndexAt } from '../facts/lines.ts';
import { pow10 } from '../facts/plain-amount.ts';
import { cellFen, modelTable, type TableModel } from '../facts/table-model.ts';
import type { Figure, Phase, TableCell } from '../facts/types.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { precisionFen, quoteCell, quoteFigure } from './lib/evidence.ts';
import { titleAbove } from './lib/table-title.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';
import { disagreeingColumns, type ColumnComparisons } from './lib/misread-guard.ts';
import { otherYearColumns } from './lib/other-year-columns.ts';
import { restatedValues } from './lib/restated-values.ts';
import { indicatorRows } from './lib/indicator-checks.ts';
import { indicatorRestatedFindings, scoreTotalRestatedFindings } from './lib/indicator-restated.ts';

export { otherYearColumns };
import { misreadColumnsOf, misreadTables } from './lib/table-sums.ts';
import { columnTotalsRestated } from './lib/column-sums-restated.ts';
import { cellHalf, changeAgainstYearRow, rowsNamed } from './lib/year-columns.ts';

/** Beyond this many tables a text is a data dump, not a report; the rest are left unchecked. */
const MAX_TABLES = 50;
/** A header naming amounts: a table with such a column and no stated unit cannot be compared with the text. */
const MONEY_HEADER = RULE_WORDS['table-text-mismatch'].moneyHeader;
/** …but a rate or a score column (预算完成率, 预算执行得分) holds no amount. */
const NOT_AMOUNT_HEADER = RULE_WORDS['table-text-mismatch'].notAmountHeader;
/** A label shorter than this is too generic to stand for a subject it ends (支出, 合计). */
const MIN_SUFFIX_LABEL = SEARCH_WINDOWS.minSuffixLabel;
const PHASE_WORDS = new RegExp(`^${anyWord(RULE_WORDS['table-text-mismatch'].headerPhases)}`);
/** Fund words a scope may be qualified by or not (一般公共预算, 财政拨款): a heading and a table title may differ in them. */
const SCOPE_QUALIFIERS = new RegExp(anyWord(RULE_WORDS['table-text-mismatch'].scopeQualifiers), 'g');
/** A label with one (决算数大于年初预算数 34.20万元) states a difference between two amounts: no cell holds it. */
const DIFFERENCE_WORDS = new RegExp(anyWord(RULE_WORDS['table-text-mismatch'].differenceWords));
/** The header of a phase's total column (决算数合计, 决算数小计) among that phase's columns. */
const TOTAL_COLUMN = new RegExp(anyWord(RULE_WORDS['table-text-mismatch'].totalColumnHeaders));
/**
 * A prose label ending so (财政拨款收入总计) names the 总计 — the year's amount with the balances brought in or carried
 * out — which a table's row of this year's total (合计) does not hold (rule-words.json grossTotalEndings / yearTotalRows).
 */
const GROSS_TOTAL_END = new RegExp(`${anyWord(RULE_WORDS['table-text-mismatch'].grossTotalEndings)}[为是达：:]*$`);
/** The clause of a figure up to it: from the last ，；：。 or line start after the sentence's start. */
function clauseBefore(text: string, from: number, at: number): string {
  const head = text.slice(from, at);
  return head.slice(Math.max(...['，', '；', '：', '。', '\n'].map((m) => head.lastIndexOf(m))) + 1);
}

/** Characters before an amount within which its label's ending is looked for (总计为: two words at most). */
const GROSS_TOTAL_REACH = SEARCH_WINDOWS.grossTotalReach;
const YEAR_TOTAL_ROW = new RegExp(`${anyWord(RULE_WORDS['table-text-mismatch'].yearTotalRows)}$`);
const THIS_YEAR = new RegExp(anyWord(RULE_WORDS['table-text-mismatch'].thisYearWords));
/** Fund names that hold 预算 (一般公共预算) yet name no budget figure. */
const BUDGET_FUNDS = new RegExp(anyWord(GRAMMAR.budgetFunds), 'g');

/**
 * What a table title or a section heading is about: 五、一般公共预算财政拨款支出决算表 → 一般公共预算财政拨款支出; a
 * title led by the department's name (某局2024年度一般公共预算财政拨款支出决算表) is about the same.
 */
function scopeOf(title: string, department: string | null = null): string {
  let t = clean(title);
  // The table's own number in Chinese digits before its title (表四财政拨款…, 表五一般公共预算…: the 一 of 一般 is the
  // title's own).
  const cn = /^附?表([一二三四五六七八九十]{1,3})[:：.．、]?/.exec(t);
  if (cn) {
    const rest = t.slice(cn[0].length);
    t = rest.startsWith('般') ? `一${rest}` : rest;
  }
  if (department && department.length >= 2 && t.startsWith(department)) t = t.slice(department.length);
  return t
    .replace(/^第[一二三四五六七八九十]+部分/, '')
    // The table's own number before its title (表7 / 附表7： / 公开05表 / 决算五表 …).
    .replace(/^(附?表\d{1,2}|公开\d{1,2}表|决算[一二三四五六七八九十\d]{1,3}表)[:：.．、]?/, '')
    .replace(/^\d{4}年度?/, '')
    // …决算总体情况说明 (四、财政拨款收入支出决算总体情况说明) speaks of the …决算总表 (财政拨款收入支出决算总表).
    .replace(/(决算|预算)?(总体情况说明|情况说明|说明|明细表|总表|表)$/, '')
    .replace(/决算$/, '');
}

/**
 * The title line of a table: the title above its caption and header lines (lib/table-title.ts), else the nearest
 * line above it that is not its unit caption.
 */
function tableTitle(text: string, start: number): string {
  const titled = titleAbove(text, start);
  if (titled !== '') return titled;
  let end = start - 1;
  for (let guard = 0; guard < 3 && end > 0; guard++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, end).trim();
    if (line.length > 0 && !/单位[:：]/.test(line)) return line.length <= 40 ? line : '';
    end = from - 1;
  }
  return '';
}

/**
 * A label, title or heading without white space, quotes and brackets, and without its leading number (五、 / （一） /
 * 1.) — only a number set off as one: 一般公共预算 keeps its 一.
 */
function clean(s: string): string {
  return s
    .trim()
    .replace(/^(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[.．、])\s*/, '')
    .replace(/[\s　“”"'（）()、，：:]/g, '');
}

interface Candidate {
  readonly cell: TableCell;
  readonly table: number;
  readonly row: string;
  readonly column: string;
  /** The column's index. */
  readonly col: number;
  readonly fen: number;
  readonly decimals: number;
  readonly unit: TableModel['unit'] & string;
  /** Length of the label that matched: the most specific candidate is quoted first. */
  readonly specificity: number;
}

/** A 类 / 款 / 项 mark, and one ending a sentence of its own (…高中教育（项）。). */
const ITEM_MARK = /（[类款项]）/;
const ITEM_TITLE_END = /（[类款项]）[。：:]\s*$/;
/** How far back such an item's name may start. */
const ITEM_TITLE_MAX = SEARCH_WINDOWS.itemTitleMax;

/** The row key a figure names: its subject, or the 项 / 款 of a 类款项 sentence. */
/** `itemKeys` gathers the keys named by a 款 / 项 mark (functional-classification items). */
function keyOf(text: string, f: Figure, sentenceStart: number, itemKeys: Set<string>): string {
  // An item named in a sentence of its own right before (1．教育支出（类）普通教育（款）高中教育（项）。年初预算为…): its
  // figures are that item's, read from the start of its line.
  let from = sentenceStart;
  if (!ITEM_MARK.test(text.slice(sentenceStart, f.start)) && ITEM_TITLE_END.test(text.slice(Math.max(0, sentenceStart - ITEM_TITLE_MAX), sentenceStart))) {
    from = Math.max(text.lastIndexOf('\n', sentenceStart - 1) + 1, sentenceStart - ITEM_TITLE_MAX);
  }
  const head = text.slice(from, f.start);
  const item = head.lastIndexOf('（项）');
  if (item >= 0) {
    const kuan = head.lastIndexOf('（款）', item);
    const lei = head.lastIndexOf('（类）', item);
    const from = Math.max(kuan >= 0 ? kuan + 3 : -1, lei >= 0 ? lei + 3 : -1, 0);
    const key = clean(head.slice(from, item));
    itemKeys.add(key);
    return key;
  }
  const kuan = head.lastIndexOf('（款）');
  if (kuan >= 0) {
    const lei = head.lastIndexOf('（类）', kuan);
    const key = clean(head.slice(lei >= 0 ? lei + 3 : 0, kuan));
    itemKeys.add(key);
    return key;
  }
  // A 类 alone (农林水支出（类）决算数为…): the words before its mark, from the start of their clause.
  const lei = head.lastIndexOf('（类）');
  if (lei >= 0) {
    const from = Math.max(...['，', '；', '：', '。', '\n'].map((m) => head.lastIndexOf(m, lei)), -1) + 1;
    const key = clean(head.slice(from, lei));
    if (key.length >= 2) return key;
  }
  return clean(f.subject);
}

/** One table, read once: its rows and 合计 columns indexed by the key a sentence would name them by. */
interface IndexedTable {
  readonly model: TableModel;
  readonly scope: string;
  /** A 决算 table (its title says 决算) whose amount columns name no phase: they hold the 决算. */
  readonly final: boolean;
  /** Row key (label, without 合计) → rows. */
  readonly rows: Map<string, TableModel['rows'][number][]>;
  /**
   * Row key without the phase word it opens with (本年收入合计 → 收入, as a 合计 row's column 本年收入 is keyed) → rows:
   * the prose names this year's total by its subject alone (本年收入合计378.39万元, subject 收入).
   */
  readonly phaseFreeRows: Map<string, TableModel['rows'][number][]>;
  /** Column name of a 合计 / 总计 row (基本支出) → [row, column]. */
  readonly totalColumns: Map<string, { row: TableModel['rows'][number]; col: number }[]>;
  /** Columns of another year than the report's (上年决算数, 2023年决算数): no amount of the report's year stands there. */
  readonly otherYear: readonly boolean[];
  /** Columns whose own sums show a misreading (lib/misread-guard.ts): not read. */
  readonly misreadColumns: ReadonlySet<number>;
  /**
   * Each column's phase, or that of its group: a header naming none takes the phase of the nearest column before it that
   * names one (预算数合计 | … | 公务接待费 | 决算数合计 | … | 公务接待费, the 三公 table's spanning 预算数 / 决算数 read
   * into the first column of each group only).
   */
  readonly groupPhase: readonly (Phase | null)[];
}

function groupPhases(model: TableModel): (Phase | null)[] {
  let last: Phase | null = null;
  return model.columnPhase.map((p) => (last = p ?? last));
}

function indexTable(model: TableModel, scope: string, title: string, reportYear: number | null, misreadColumns: ReadonlySet<number> = new Set()): IndexedTable {
  const rows = new Map<string, TableModel['rows'][number][]>();
  const phaseFreeRows = new Map<string, TableModel['rows'][number][]>();
  const totalColumns = new Map<string, { row: TableModel['rows'][number]; col: number }[]>();
  const names = model.header.map((h) => itemNoun(clean(h).replace(PHASE_WORDS, '')));
  for (const r of model.rows) {
    const label = clean(r.label);
    // The one row of amounts of a table whose header names every column (the 三公 table as 合计 | 因公出国（境）费 | … over
    // 79 | 0 | 75 | …) is that table's total row: its columns are read by their headers.
    const onlyRow = label.length === 0 && model.rows.length === 1;
    if (label.length === 0 && !onlyRow) continue;
    if (onlyRow || label === '合计' || label === '总计') {
      names.forEach((name, col) => {
        if (name.length < 2 || name === '合计') return;
        const list = totalColumns.get(name) ?? [];
        list.push({ row: r, col });
        totalColumns.set(name, list);
      });
      continue;
    }
    const rowKey = itemNoun(label.endsWith('合计') && label.length > 2 ? label.slice(0, -2) : label);
    const list = rows.get(rowKey) ?? [];
    list.push(r);
    rows.set(rowKey, list);
    const phaseFree = rowKey.replace(PHASE_WORDS, '');
    if (phaseFree !== rowKey && phaseFree.length >= 2) {
      const free = phaseFreeRows.get(phaseFree) ?? [];
      free.push(r);
      phaseFreeRows.set(phaseFree, free);
    }
  }
  const final = /决算/.test(title) && !/预算表$/.test(title) && model.columnPhase.every((p) => p !== 'final');
  return { model, scope, final, rows, phaseFreeRows, totalColumns, otherYear: otherYearColumns(model.header, reportYear), misreadColumns, groupPhase: groupPhases(model) };
}

/** The keys a subject may name a row by: itself (without 支出 after a …费), and its endings of at least MIN_SUFFIX_LABEL characters. */
function keysOf(written: string, itemKeys: ReadonlySet<string>): string[] {
  const key = itemNoun(written);
  const out = [key];
  // 公务接待费支出决算为…: the spending of an item named by its 费 is that item (公务接待费) — not a 类 / 款 / 项 of the
  // functional classification (机关事业单位基本养老保险缴费支出（项）, whose 费 is an economic item of another table).
  if (key.endsWith('费支出') && key.length >= 6 && !itemKeys.has(written)) out.push(itemNoun(key.slice(0, -2)));
  for (let k = 1; key.length - k >= MIN_SUFFIX_LABEL; k++) out.push(key.slice(k));
  return out;
}

/** Endings of one item noun written two ways (rule-words table-text-mismatch.itemNounEndings: 经费 / 费用 for 费). */
const ITEM_NOUN_ENDINGS = RULE_WORDS['table-text-mismatch'].itemNounEndings;

/**
 * A row's or a subject's key with its item noun in one form: 公务接待经费 and 因公出国境费用 as 公务接待费 and 因公出国境费,
 * the names the 三公 form and its notes give the same items. Applied to the tables' keys and the prose's alike.
 */
function itemNoun(key: string): string {
  for (const { word, as } of ITEM_NOUN_ENDINGS) if (key.endsWith(word) && key.length > word.length + 1) return key.slice(0, -word.length) + as;
  return key;
}

/** Where each key occurs, over all tables: rows by label, 合计 rows' columns by header. */
interface Occurrences {
  readonly rows: Map<string, { t: IndexedTable; row: TableModel['rows'][number] }[]>;
  readonly phaseFreeRows: Map<string, { t: IndexedTable; row: TableModel['rows'][number] }[]>;
  readonly totals: Map<string, { t: IndexedTable; row: TableModel['rows'][number]; col: number }[]>;
}

function occurrencesOf(tables: readonly IndexedTable[]): Occurrences {
  const rows: Occurrences['rows'] = new Map();
  const phaseFreeRows: Occurrences['phaseFreeRows'] = new Map();
  const totals: Occurrences['totals'] = new Map();
  for (const t of tables) {
    for (const [k, list] of t.rows) {
      const into = rows.get(k) ?? [];
      for (const row of list) into.push({ t, row });
      rows.set(k, into);
    }
    for (const [k, list] of t.phaseFreeRows) {
      const into = phaseFreeRows.get(k) ?? [];
      for (const row of list) into.push({ t, row });
      phaseFreeRows.set(k, into);
    }
    for (const [k, list] of t.totalColumns) {
      const into = totals.get(k) ?? [];
      for (const x of list) into.push({ t, ...x });
      totals.set(k, into);
    }
  }
  return { rows, phaseFreeRows, totals };
}

function agrees(c: Candidate, f: Figure): boolean {
  const cellPrecision = pow10(Math.max(0, MONEY_UNITS[c.unit] - c.decimals));
  return Math.abs(c.fen - f.scaled) <= Math.max(cellPrecision, precisionFen(f)) / 2;
}

/**
 * The column of a row's cells that holds the figure's amount, or null. (Module-level, as is `candidateOf`: closures made
 * per figure cost a name definition each under tsx.)
 */
function columnFor(t: IndexedTable, cells: readonly (TableCell | null)[], f: Figure, only: ReadonlySet<IndexedTable> | null): number | null {
  const model = t.model;
  // A column of another year (上年决算数) is read only for a figure whose own words name another year: a row whose
  // report-year cells were lost (only its 上年 cell read) holds no amount of the report's year.
  const ofOtherYear = GRAMMAR.otherYearHeaders.some((w) => f.label.includes(w));
  // (One loop into one list: no list of every column first, no callbacks made per row read.)
  const numeric: number[] = [];
  for (let i = 0; i < cells.length; i++) if (cells[i] && (ofOtherYear || !t.otherYear[i])) numeric.push(i);
  // A 决算 table whose columns name no phase (合计 | 基本支出 | 项目支出 under …支出决算表): its 合计 holds the 决算 —
  // of 收入 or of 支出, as its header says (本年收入合计 is no 支出决算). A table without a 合计 column heads it with
  // another total word (本年支出 小计 | 基本支出 | 项目支出 of the 一般公共预算财政拨款支出决算表, pdf 332 / 334 / 338).
  const finalTotal = (): number | null => {
    const flow = /支出/.test(f.label) ? '收入' : /收入/.test(f.label) ? '支出' : null;
    const totals = (word: RegExp): number[] =>
      numeric.filter((i) => {
        const h = model.header[i] ?? '';
        return model.columnPhase[i] === null && word.test(h) && (flow === null || !h.includes(flow));
      });
    const sum = totals(/合计/);
    const total = sum.length > 0 ? sum : totals(TOTAL_COLUMN);
    return total.length === 1 ? total[0]! : null;
  };
  if (f.phase === 'final' && t.final) {
    const total = finalTotal();
    if (total !== null) return total;
  }
  if (f.phase === null) {
    if (numeric.length === 1) return numeric[0]!;
    // A 决算 table read for a sentence of its own section: the 决算 合计 column, or its only 决算 column (预算数 | 决算数).
    if (only === null) return null;
    // Unless the amount's own words name a budget the phase words do not know (some 预算 other than a fund's name):
    // which column that is, is not known.
    if (f.label.replace(BUDGET_FUNDS, '').includes('预算')) return null;
    const final = numeric.filter((i) => model.columnPhase[i] === 'final');
    const total = final.filter((i) => TOTAL_COLUMN.test(model.header[i] ?? ''));
    if (total.length === 1) return total[0]!;
    if (total.length === 0 && final.length === 1) return final[0]!;
    // A 决算 table of its own section whose columns name no phase (the 支出 half of the 财政拨款收入支出决算总表: 合计 |
    // 一般公共预算财政拨款 | 政府性基金预算财政拨款 | 国有资本经营预算财政拨款): its 合计 column, as for a 决算 amount.
    return final.length === 0 && t.final ? finalTotal() : null;
  }
  const phased = numeric.filter((i) => model.columnPhase[i] === f.phase);
  if (phased.length === 1) return phased[0]!;
  const total = phased.filter((i) => TOTAL_COLUMN.test(model.header[i] ?? ''));
  return total.length === 1 ? total[0]! : null;
}

/** A cell as a candidate for the figure, or null when it holds no amount in a known unit. */
function candidateOf(t: IndexedTable, cell: TableCell | null | undefined, row: string, col: number, specificity: number): Candidate | null {
  const unit = t.model.unit;
  if (!cell || !unit) return null;
  const v = cellFen(cell, unit);
  if (!v) return null;
  return { cell, table: t.model.index, row, column: t.model.header[col] ?? `第${col + 1}列`, col, fen: v.fen, decimals: v.decimals, unit, specificity };
}

/** The key of a table's column for counting the comparisons made with it. */
const columnKey = (table: number, col: number): string => `${table}|${col}`;

/**
 * The cells the figure may name; `null` as soon as one of them agrees with it (nothing to report). The column that
 * agreed is counted in `agreed` when given. Columns whose own sums show a misreading are not read.
 */
function candidatesFor(occ: Occurrences, key: string, f: Figure, gross: boolean, only: ReadonlySet<IndexedTable> | null, itemKeys: ReadonlySet<string>, agreed?: Map<string, number>): Candidate[] | null {
  const out: Candidate[] = [];
  const agree = (c: Candidate): null => {
    if (agreed) agreed.set(columnKey(c.table, c.col), (agreed.get(columnKey(c.table, c.col)) ?? 0) + 1);
    return null;
  };
  for (const k of keysOf(key, itemKeys)) {
    // The row named by the subject: the same label, or a specific label the subject ends with.
    for (const { t, row } of occ.rows.get(k) ?? []) {
      if (only && !only.has(t)) continue;
      const col = columnFor(t, row.cells, f, only);
      if (col === null || t.misreadColumns.has(col)) continue;
      const c = candidateOf(t, row.cells[col], row.label, col, k.length);
      if (c === null) continue;
      if (agrees(c, f)) return agree(c);
      out.push(c);
    }
    // A row named by the subject after its phase word (本年收入合计 for 本年收入合计378.39万元, subject 收入), where the
    // amount's own words name it with that word (本年收入, not 支出决算为 of the 三公 total), confirms the amount when it
    // agrees — and is no candidate when it does not: the same row stands in the tables of other funds (本年收入合计 of
    // the 财政拨款收入支出决算总表), whose scope the subject alone does not tell. Not for a 总计 of the prose (the
    // 总计 also holds the balances).
    for (const { t, row } of gross ? [] : (occ.phaseFreeRows.get(k) ?? [])) {
      if (only && !only.has(t)) continue;
      const named = clean(row.label);
      if (!clean(f.label).endsWith(named.endsWith('合计') ? named.slice(0, -2) : named)) continue;
      const col = columnFor(t, row.cells, f, only);
      if (col === null || t.misreadColumns.has(col)) continue;
      const c = candidateOf(t, row.cells[col], row.label, col, k.length);
      if (c !== null && agrees(c, f)) return agree(c);
    }
    // A 合计 row's column named by the subject (本年支出合计 | 基本支出 | 项目支出) — not for a 总计 of the prose when
    // the row is this year's 合计 (the 总计 also holds the balances).
    const totals = occ.totals.get(k) ?? [];
    for (const { t, row, col } of totals) {
      if (only && !only.has(t)) continue;
      if (t.misreadColumns.has(col)) continue;
      // A header named twice in one row (公务接待费 under 预算数 and under 决算数): the column of the figure's phase.
      if (f.phase !== null && t.groupPhase[col] !== f.phase && totals.some((o) => o.t === t && o.row === row && o.col !== col && t.groupPhase[o.col] === f.phase)) continue;
      if (gross && YEAR_TOTAL_ROW.test(clean(row.label))) continue;
      const c = candidateOf(t, row.cells[col], row.label, col, k.length);
      if (c === null) continue;
      if (agrees(c, f)) return agree(c);
      out.push(c);
    }
  }
  return out;
}

/** An amount as tables print it: digits with two decimals, thousands separators allowed (3,126,480.52). */
const TABLE_AMOUNT = /^[-−]?\d{1,3}(,\d{3})*(\.\d{1,4})?$|^[-−]?\d+\.\d{2}$/;
/** Three tokens at least (the text between two gaps and both sides of them). */
const THREE_TOKENS = /\S\s+\S+\s+\S/;

/**
 * Lines that hold a row of a table the reader could not rebuild as one (three or more amounts side by side, no
 * cell separators): they are neither prose nor a table the rules can read, so what they hold is not checked — and
 * the report says so instead of guessing which column is which.
 */
function unreadTableLines(facts: Parameters<Rule>[0]): number[] {
  const lines: number[] = [];
  const tableSpans = facts.tables.map((t) => ({ start: t.start, end: t.end }));
  for (const p of facts.paragraphs) {
    if (p.end - p.start > SEARCH_WINDOWS.unreadLineMax) continue;
    const inTable = spanIndexAt(tableSpans, p.start);
    if (inTable >= 0 && p.start >= tableSpans[inTable]!.start && p.start < tableSpans[inTable]!.end) continue;
    const line = facts.text.slice(p.start, p.end);
    if (line.includes('\t') || line.includes('|')) continue;
    // (Three amounts need three tokens: a line without two gaps between them — most prose — is not split.)
    if (!THREE_TOKENS.test(line)) continue;
    let amounts = 0;
    for (const token of line.split(/\s+/)) if (TABLE_AMOUNT.test(token) && /[.,]/.test(token)) amounts++;
    if (amounts >= 3) lines.push(p.line);
  }
  return lines;
}

/** The table holds amounts, every one of them 0 (read cell by cell, up to the first that is not). */
function allAmountsZero(model: TableModel): boolean {
  const unit = model.unit ?? '元';
  let any = false;
  for (const r of model.rows) {
    for (const c of r.cells) {
      if (c === null) continue;
      any = true;
      if (cellFen(c, unit)?.fen !== 0) return false;
    }
  }
  return any;
}

/**
 * The rule: every prose amount against the cell it names (above), then one amount stated twice in the document with
 * one digit changed or two swapped (lib/restated-values.ts) — not again where the prose amount was reported here.
 */
export const tableTextMismatch: Rule = (facts, options) => {
  const found = proseAgainstCells(facts, options);
  const reported = new Set<number>();
  // (A prose figure's quote ends where the figure ends.)
  for (const f of found) for (const e of f.evidence) if (e.end !== undefined && !e.cell) reported.add(e.end);
  const restated = restatedValues(facts, options, reported);
  for (const f of restated) for (const e of f.evidence) if (e.end !== undefined && !e.cell) reported.add(e.end);
  // A sentence restating a 绩效自评表 row's actual (lib/indicator-restated.ts), unless a cell check already said so.
  const rows = [...indicatorRestatedFindings(facts, indicatorRows(facts)), ...scoreTotalRestatedFindings(facts, options.fiscalYear)].filter((f) => !reported.has(f.evidence[0]!.end!));
  for (const f of rows) for (const e of f.evidence) if (e.end !== undefined && !e.cell) reported.add(e.end);
  // A sentence restating a table's column totals (lib/column-sums-restated.ts), unless a check above already said so.
  const columnTotals = columnTotalsRestated(facts, facts.tables.slice(0, MAX_TABLES).map((_, i) => i)).filter((f) => !reported.has(f.evidence[0]!.end!));
  for (const f of columnTotals) for (const e of f.evidence) if (e.end !== undefined && !e.cell) reported.add(e.end);
  // An item's amount with its change on last year against its row in a table of both years (lib/year-columns.ts).
  const yearRows = restatedAgainstYearRows(facts, options.fiscalYear).filter((f) => !reported.has(f.evidence[0]!.end!));
  return [...found, ...restated, ...rows, ...columnTotals, ...yearRows];
};

const proseAgainstCells: Rule = (facts, options) => {
  const unread = unreadTableLines(facts);
  if (unread.length > 0) {
    options.notChecked.push(`table-text-mismatch：${unread.length}行像表格数据却未能按列读出（如第${unread[0]}行），其中数字未与正文核对`);
  }
  if (facts.tables.length === 0) {
    options.notChecked.push('table-text-mismatch：文本中未识别到表格，未核对正文与表格数字');
    return [];
  }
  const models: IndexedTable[] = [];
  let unitless = 0;
  const misread = misreadTables(facts, options);
  const misreadColumns = misreadColumnsOf(facts, options);
  const titles = new Map<number, string>();
  facts.tables.slice(0, MAX_TABLES).forEach((table, index) => {
    // A table whose own sums mostly fail was misread: its cells are not compared with the prose.
    if (misread.has(index)) {
      options.notChecked.push(`table-text-mismatch：表${index + 1}的合计与分项多处不符，疑为表格读取有误，未与正文核对`);
      return;
    }
    const model = modelTable(table, index);
    if (!model) return;
    // A table whose every amount is zero (an empty 政府性基金 table with its 合计 row of 0.00) holds nothing a prose
    // amount could be read against: its 合计 is no 收入总计 of the document.
    if (allAmountsZero(model)) return;
    // Only a table with amounts needs a unit: not one of scores, targets and rates.
    if (!model.unit && model.header.some((h) => h.length <= SEARCH_WINDOWS.unitHeaderMax && MONEY_HEADER.some((w) => h.includes(w)) && !NOT_AMOUNT_HEADER.some((w) => h.includes(w)))) unitless++;
    // The second half of a two-sided table read as a table of its own (支出 under 收入, nothing between them) has the
    // first half's title, not the first half's last row.
    const previous = index > 0 ? facts.tables[index - 1]! : null;
    const title = previous && facts.text.slice(previous.end, table.start).trim() === '' && titles.has(index - 1) ? titles.get(index - 1)! : tableTitle(facts.text, table.start);
    titles.set(index, title);
    const badColumns = misreadColumns.get(index);
    if (badColumns) for (const { name } of badColumns.values()) options.notChecked.push(`table-text-mismatch：表${index + 1}“${name}”列的合计与分项多处不符，疑为该列读取有误，未与正文核对`);
    models.push(indexTable(model, scopeOf(title, facts.title.department), title, facts.title.fiscalYear ?? facts.bodyYear, new Set(badColumns?.keys() ?? [])));
  });
  // For each heading, the tables of its scope (or of the scope of the headings above it, up to the section's
  // top-level heading): computed once per heading.
  const ownByHeading = facts.headings.map((h) => scopeOf(h.title));
  const unqualified = (scope: string): string => scope.replace(SCOPE_QUALIFIERS, '');
  const modelsUnqualified = models.map((m) => unqualified(m.scope));
  // The tables of a heading's own scope, or null when it has none (then the heading above it is asked): computed
  // once per heading, as is the answer of the walk up from each heading (headings × depth was quadratic).
  const directTables = (h: number): IndexedTable[] | null => {
    const scope = ownByHeading[h]!;
    const own = scope.length >= SEARCH_WINDOWS.minScopeChars ? models.filter((m) => m.scope === scope) : [];
    if (own.length > 0) return own;
    // “三公”经费财政拨款支出决算情况说明 of 一般公共预算财政拨款“三公”经费支出决算表: the same subject, its fund worded
    // otherwise — taken when it names one table.
    const loose = unqualified(scope);
    // (Only a table whose own title is qualified so: 财政拨款收入支出决算总体情况说明 does not speak of the all-funds
    // 收入支出决算总表.)
    const looseOwn = loose.length >= SEARCH_WINDOWS.minScopeChars ? models.filter((m, i) => modelsUnqualified[i] === loose && m.scope !== loose) : [];
    if (looseOwn.length === 1) return looseOwn;
    return null;
  };
  const walked = new Map<number, IndexedTable[]>();
  const ownTables = (headingIndex: number): IndexedTable[] => {
    const path: number[] = [];
    let found: IndexedTable[] = [];
    for (let h = headingIndex; h >= 0; h--) {
      const known = walked.get(h);
      if (known) {
        found = known;
        break;
      }
      path.push(h);
      const direct = directTables(h);
      if (direct) {
        found = direct;
        break;
      }
      if (facts.headings[h]!.style === 'cjk') break;
    }
    for (const h of path) walked.set(h, found);
    return found;
  };
  const ownCache = new Map<number, ReadonlySet<IndexedTable>>();
  const occ = occurrencesOf(models);
  const tableSpans = facts.tables.map((t) => ({ start: t.start, end: t.end }));
  let heading = -1;
  const itemKeys = new Set<string>();
  const out: Finding[] = [];
  const slips: Slip[] = [];
  // Per column of a table (columnKey): the prose amounts that agreed with it and the findings of those that did not.
  const agreed = new Map<string, number>();
  const byColumn = new Map<string, ColumnComparisons<Finding>>();
  for (const f of facts.figures) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (f.kind !== 'money' || f.currency !== 'CNY' || f.qualifier || f.comparative) continue;
    if (DIFFERENCE_WORDS.test(f.label)) continue;
    const inTable = spanIndexAt(tableSpans, f.start);
    if (inTable >= 0 && f.start >= tableSpans[inTable]!.start && f.start < tableSpans[inTable]!.end) continue;
    const sentence = facts.sentences[f.sentence];
    const key = keyOf(facts.text, f, sentence?.start ?? f.start, itemKeys);
    if (key.length < 2) continue;
    // The words right before the amount (its label has lost 总计 as a filler): a 总计 is not this year's 合计.
    // (Unless the label names this year's amount itself: 本年收入总计.)
    const gross = GROSS_TOTAL_END.test(facts.text.slice(Math.max(sentence?.start ?? 0, f.start - GROSS_TOTAL_REACH), f.start)) && !THIS_YEAR.test(clauseBefore(facts.text, sentence?.start ?? 0, f.start));
    // A sentence under 五、一般公共预算财政拨款支出决算情况说明 speaks of 五、一般公共预算财政拨款支出决算表: where a
    // table of the section's scope holds the item, only that table is read (another table may hold it in
    // another scope, e.g. all funds instead of 财政拨款).
    while (heading + 1 < facts.headings.length && facts.headings[heading + 1]!.start < f.start) heading++;
    let own = ownCache.get(heading);
    if (!own) {
      own = new Set(heading >= 0 ? ownTables(heading) : []);
      ownCache.set(heading, own);
    }
    let candidates = own.size > 0 ? candidatesFor(occ, key, f, gross, own, itemKeys, agreed) : [];
    // Without a table of the sentence's own section, the cell is found by its row label in any table: which
    // table the sentence describes (its scope: 财政拨款 or all funds) is inferred, so a finding is a 提示 (info).
    let inferred = false;
    if (candidates !== null && candidates.length === 0) {
      candidates = candidatesFor(occ, key, f, gross, null, itemKeys, agreed);
      inferred = true;
    }
    // No cell names the item, or one of them agrees: nothing to report.
    if (candidates === null || candidates.length === 0) continue;
    const sorted = [...candidates].sort((a, b) => b.specificity - a.specificity);
    const best = sorted[0]!;
    const cellEvidence = (c: Candidate): Evidence => quoteCell(facts, c.cell, c.table, c.row, c.column, c.fen);
    const factor = slipFactor(best, f);
    if (factor !== null) {
      // The same amount agrees with the item's cell in another table (公务接待费 3.58 in the 基本支出 table): the prose
      // amount is confirmed, the slip is the table's.
      const confirmed = !inferred && candidatesFor(occ, key, f, gross, null, itemKeys) === null;
      slips.push({ figure: f, cell: best, factor, key, inferred, confirmed, evidence: [quoteFigure(facts, f), cellEvidence(best)] });
      continue;
    }
    const mismatch = finding({
      rule: 'table-text-mismatch',
      severity: inferred ? 'info' : 'error',
      message: `正文“${key}”${f.raw}与表${best.table + 1}“${best.row}”行“${best.column}”列的${best.cell.text}${best.unit}不一致`,
      evidence: [quoteFigure(facts, f), ...sorted.slice(0, 2).map(cellEvidence)],
      calculation: `${formatExact(f.scaled, best.unit)} ≠ ${best.cell.text}${best.unit}`,
      difference: Math.abs(best.fen - f.scaled),
    });
    out.push(mismatch);
    const at = columnKey(best.table, best.col);
    const comparisons = byColumn.get(at) ?? { agree: 0, disagree: [] };
    comparisons.disagree.push(mismatch);
    byColumn.set(at, comparisons);
  }
  // A column most prose amounts compared with disagree with is not the column the prose speaks of (a 上年 or 年初预算
  // column read as the 决算, a header misread): its comparisons are withheld, said once (lib/misread-guard.ts).
  for (const [at, comparisons] of byColumn) comparisons.agree = agreed.get(at) ?? 0;
  const withheld = new Set<Finding>();
  for (const at of disagreeingColumns(byColumn, options.config.misreadGuard)) {
    const { agree, disagree } = byColumn.get(at)!;
    for (const f of disagree) withheld.add(f);
    const [table, col] = at.split('|').map(Number) as [number, number];
    const name = models.find((m) => m.model.index === table)?.model.header[col] || `第${col + 1}列`;
    options.notChecked.push(`table-text-mismatch：表${table + 1}疑似未能正确读取（正文${disagree.length}处金额与“${name}”列不一致、${agree}处一致），该列未与正文核对`);
  }
  if (withheld.size > 0) out.splice(0, out.length, ...out.filter((f) => !withheld.has(f)));
  if (unitless > 0) options.notChecked.push(`table-text-mismatch：${unitless}个表格未注明金额单位（如“单位：万元”），未与正文核对`);
  return [...out, ...slipFindings(facts, slips, models)];
};

/** A prose amount that is its cell's amount × 10⁴ or 10⁸ (元 for 万元, 万元 for 亿元): one side's unit is wrong. */
interface Slip {
  readonly figure: Figure;
  readonly cell: Candidate;
  /** Cell amount ÷ prose amount: 10⁴, 10⁻⁴, 10⁸ or 10⁻⁸. */
  readonly factor: number;
  readonly key: string;
  readonly inferred: boolean;
  /** The prose amount agrees with the same item in another table. */
  readonly confirmed: boolean;
  readonly evidence: Evidence[];
}

const SLIP_FACTORS = [1e4, 1e-4, 1e8, 1e-8];

function slipFactor(c: Candidate, f: Figure): number | null {
  if (f.scaled === 0 || c.fen === 0) return null;
  const cellPrecision = pow10(Math.max(0, MONEY_UNITS[c.unit] - c.decimals));
  for (const factor of SLIP_FACTORS) {
    // Both roundings, the prose's scaled with it: 46.82元 × 10⁴ against 46.82万元.
    const tolerance = (cellPrecision + precisionFen(f) * factor) / 2;
    if (Math.abs(c.fen - f.scaled * factor) <= tolerance) return factor;
  }
  return null;
}

function factorWords(factor: number): { times: string } {
  return { times: factor === 1e8 || factor === 1e-8 ? '一亿' : '一万' };
}

/**
 * Unit slips, gathered: several prose amounts off by the same factor against cells of one table say the table's unit
 * is wrong (its caption says 万元, its amounts are 元) — one finding; several in one paragraph say the paragraph was
 * written in another unit — one finding; a slip alone is one finding. All of rule `unit`, each naming the factor.
 */
/** The cell of a table's 合计 / 总计 row in the column of a candidate, to show the table's own total. */
function totalCellOf(facts: Parameters<Rule>[0], models: readonly IndexedTable[], c: Candidate): Evidence[] {
  const t = models.find((m) => m.model.index === c.table);
  if (!t) return [];
  const col = t.model.header.indexOf(c.column);
  const total = t.model.rows.find((r) => /^(合计|总计)$/.test(clean(r.label)));
  const cell = col >= 0 ? total?.cells[col] : null;
  if (!total || !cell || cell.start === c.cell.start) return [];
  const v = cellFen(cell, c.unit);
  return [quoteCell(facts, cell, c.table, total.label, c.column, v?.fen)];
}

function slipFindings(facts: Parameters<Rule>[0], slips: readonly Slip[], models: readonly IndexedTable[]): Finding[] {
  const out: Finding[] = [];
  let rest = [...slips];
  const paragraphOf = (s: Slip): number => facts.sentences[s.figure.sentence]?.paragraph ?? -1;
  const gather = (
    keyOf: (s: Slip) => string,
    accept: (group: Slip[]) => boolean,
    message: (group: Slip[]) => string,
    more: (group: Slip[]) => Evidence[] = () => [],
  ): void => {
    const groups = new Map<string, Slip[]>();
    for (const s of rest) {
      const k = `${keyOf(s)}|${s.factor}`;
      groups.set(k, [...(groups.get(k) ?? []), s]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      // Two amounts of one sentence naming the same cell are one slip, not a pattern.
      if (new Set(group.map((g) => g.cell.cell.start)).size < 2) continue;
      if (!accept(group)) continue;
      const evidence: Evidence[] = [];
      for (const g of group) evidence.push(...g.evidence);
      evidence.push(...more(group));
      out.push(
        finding({
          rule: 'unit',
          severity: group.every((g) => g.inferred) ? 'info' : 'error',
          message: message(group),
          evidence,
          calculation: group.map((g) => `${g.figure.raw} × ${g.factor >= 1 ? g.factor : `1/${1 / g.factor}`} ≈ ${g.cell.cell.text}${g.cell.unit}`).join('；'),
        }),
      );
      const used = new Set(group);
      rest = rest.filter((x) => !used.has(x));
    }
  };
  // One table against several paragraphs of the prose: the table's unit.
  gather(
    (s) => `t${s.cell.table}`,
    (group) => new Set(group.map(paragraphOf)).size >= 2,
    (group) => {
      const w = factorWords(group[0]!.factor);
      return `正文${group.length}处金额与表${group[0]!.cell.table + 1}中对应数字均相差${w.times}倍（如正文${group[0]!.figure.raw}、表中${group[0]!.cell.cell.text}${group[0]!.cell.unit}）：疑表${group[0]!.cell.table + 1}的金额单位有误，或正文单位有误`;
    },
  );
  // Amounts of one paragraph against one table, where the same amounts agree with the item in another table (the
  // 公务接待费 of the 基本支出 table): the table's unit.
  gather(
    (s) => `c${s.cell.table}`,
    (group) => group.some((g) => g.confirmed),
    (group) => {
      const w = factorWords(group[0]!.factor);
      const n = group[0]!.cell.table + 1;
      return `正文${group.length}处金额与表${n}中对应数字均相差${w.times}倍（如正文${group[0]!.figure.raw}、表中${group[0]!.cell.cell.text}${group[0]!.cell.unit}），而与其他表中同一项目相符：疑表${n}的金额单位有误（金额与所标单位不符）`;
    },
    (group) => totalCellOf(facts, models, group[0]!.cell),
  );
  // One paragraph against many cells: the paragraph's unit.
  gather(
    (s) => `p${paragraphOf(s)}`,
    () => true,
    (group) => {
      const w = factorWords(group[0]!.factor);
      const tables = new Set(group.map((g) => g.cell.table));
      const orTable = tables.size === 1 ? `，或表${group[0]!.cell.table + 1}的金额单位有误` : '';
      return `同一段中${group.length}处金额与表中对应数字均相差${w.times}倍（如${group[0]!.figure.raw}、表中${group[0]!.cell.cell.text}${group[0]!.cell.unit}）：疑本段金额单位写错${orTable}`;
    },
  );
  for (const s of rest) {
    const w = factorWords(s.factor);
    out.push(
      finding({
        rule: 'unit',
        severity: s.inferred ? 'info' : 'error',
        message: `单位错误：正文“${s.key}”${s.figure.raw}与表${s.cell.table + 1}“${s.cell.row}”行“${s.cell.column}”列的${s.cell.cell.text}${s.cell.unit}相差${w.times}倍：疑单位写错`,
        evidence: s.evidence,
        calculation: `${s.figure.raw} × ${s.factor >= 1 ? s.factor : `1/${1 / s.factor}`} ≈ ${s.cell.cell.text}${s.cell.unit}`,
      }),
    );
  }
  return out;
}

/**
 * 2024年“三公”经费预算合计26.30万元，比上年减少2.70万元 beside a table 项目 | 2024年预算 | 2023年预算 with 合计 | 26.80 |
 * 29.50: the year's amount A of an item and its change C on last year, where the item's row in a table of this year's and
 * last year's columns makes the change (|cur − pri| = C, in C's direction) but its year's cell is not A — the prose amount
 * is the one that differs (shape year-row-restated). Preconditions: those of changeAgainstYearRow (lib/year-columns.ts),
 * A's row found by its name or, for a total, as the one total row of a table titled with the name (rowsNamed); the row's
 * cells make C within the rounding and A is not its year's cell beyond the rounding.
 */
function restatedAgainstYearRows(facts: Parameters<Rule>[0], fiscalYear: number | null): Finding[] {
  const out: Finding[] = [];
  for (const { a, c, word, up, row, unit, cur, pri } of changeAgainstYearRow(facts, fiscalYear, rowsNamed)) {
    if (out.length >= 20) break;
    if (Math.abs(cur.fen - a.scaled) <= cellHalf(unit, cur.decimals) + precisionFen(a) / 2) continue;
    if (cur.fen === pri.fen || up !== cur.fen > pri.fen) continue;
    if (Math.abs(Math.abs(cur.fen - pri.fen) - c.scaled) > cellHalf(unit, cur.decimals) + cellHalf(unit, pri.decimals) + precisionFen(c) / 2) continue;
    out.push(
      finding({
        rule: 'table-text-mismatch',
        shape: 'year-row-restated',
        severity: 'warning',
        message: `正文“${a.label}”${a.raw}与表${row.table + 1}“${row.label}”行“${row.currentHeader}”${row.current.text}${unit}不符（表中本年与上年之差恰为正文所写${word}${c.raw}）`,
        evidence: [quoteFigure(facts, a), quoteCell(facts, row.current, row.table, row.label, row.currentHeader)],
        calculation: `${row.current.text} − ${row.prior.text} = ${up ? '' : '−'}${c.numberText}；${a.numberText} ≠ ${row.current.text}`,
      }),
    );
  }
  return out;
}
