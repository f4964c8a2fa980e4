/**
 * Misread guard: whether a table's failing checks say more about the READING of the table than about the document.
 * A real disclosure has few wrong cells (one or two per table: each fails its row's 合计 and its column's parent
 * sums, merged into one finding by localize); a misread table (a column header taken wrongly, cells shifted by a lost
 * empty cell, the 类 row counted among its 款 rows, a 上年 column read as 本年) fails many checks, with a pattern:
 * - a constant factor: Σ parts = r × 合计 with the same r (2 for a parent row counted among its children) in sums of
 *   several distinct rows or groups;
 * - one extra column: across the rows, Σ parts − 合计 equals the cell of the same part column in several rows (a
 *   comparison or other-year column read as a part);
 * - rows lost: one parent row fails against its rows in several columns by different amounts (a cell wrong in each);
 * - one column: a column's sums fail in several groups and in most of the sums checked in it;
 * - one 合计 column across the rows: its sums fail in several rows and in most of them;
 * - table against text: most prose amounts compared with one column disagree with it.
 * Each test needs at least `minPatternSums` failing checks sharing no cell (independentSums: more than two wrong cells
 * could cause). Plain functions over numbers: the rules (table-sums.ts, table-text-mismatch.ts) feed them and turn a
 * verdict into one notChecked entry instead of findings. Thresholds: data/audit/thresholds.json misreadGuard.
 */
import type { MisreadGuardSettings } from '../../config.ts';

export type { MisreadGuardSettings };

/** One sum checked in a table: a 合计 (or parent row) against its parts, down a column or across a row. */
export interface SumOutcome {
  /** Across a row (合计 = 基本支出 + 项目支出) rather than down a column. */
  readonly across: boolean;
  /** The column of the total cell. */
  readonly column: number;
  /** The row (across) or the parent row (down) of the sum: sums of distinct groups fail independently. */
  readonly group: number;
  readonly totalFen: number;
  readonly sumFen: number;
  /** Rounding allowed between the two. */
  readonly tolerance: number;
  /** The parts, each by its column (across) or row (down), with its amount. */
  readonly parts: readonly { readonly at: number; readonly fen: number }[];
}

export const failed = (o: SumOutcome): boolean => Math.abs(o.sumFen - o.totalFen) > o.tolerance;

/**
 * The verdict on a table's sums: the whole table misread (why); columns misread (their index → why: every sum holding
 * them withheld); 合计 columns whose sums across the rows are misread (their index → why: those sums withheld).
 */
export interface SumVerdict {
  readonly table: string | null;
  readonly columns: ReadonlyMap<number, string>;
  readonly spans: ReadonlyMap<number, string>;
}

/** The cells of a sum, each as row:column (a down sum's total is its group row's cell in its column). */
function cellsOf(o: SumOutcome): string[] {
  const total = `${o.group}:${o.column}`;
  return [total, ...o.parts.map((p) => (o.across ? `${o.group}:${p.at}` : `${p.at}:${o.column}`))];
}

/**
 * How many of the sums share no cell with one another (greedily, smallest sums first): a lower bound of the wrong cells
 * it would take to make them all fail. One wrong cell fails its row's 合计 and its column's parent sums, all holding it,
 * so it counts once; sums of distinct rows, or of one parent row in distinct columns, count each.
 */
export function independentSums(list: readonly SumOutcome[]): number {
  const used = new Set<string>();
  let n = 0;
  for (const cells of list.map(cellsOf).sort((a, b) => a.length - b.length)) {
    if (cells.some((c) => used.has(c))) continue;
    for (const c of cells) used.add(c);
    n++;
  }
  return n;
}
const distinctGroups = independentSums;

/**
 * The failing sums no wrong cell explains: a cell explains the sums it stands in when giving it one value would make at
 * least two of them agree (the cascade localize reports as one defect: a 类 cell wrong in its 合计's sum, its own 款 sum
 * and its row's 合计). What is left is what the reading, not one cell, must account for.
 */
export function unexplained(failing: readonly SumOutcome[]): SumOutcome[] {
  const needs = new Map<string, { need: number; tolerance: number; o: SumOutcome }[]>();
  for (const o of failing) {
    const add = (cell: string, need: number): void => {
      const list = needs.get(cell) ?? [];
      list.push({ need, tolerance: o.tolerance, o });
      needs.set(cell, list);
    };
    add(`${o.group}:${o.column}`, o.sumFen);
    for (const p of o.parts) add(o.across ? `${o.group}:${p.at}` : `${p.at}:${o.column}`, p.fen + o.totalFen - o.sumFen);
  }
  const explained = new Set<SumOutcome>();
  for (const list of needs.values()) {
    if (list.length < 2) continue;
    for (const a of list) {
      const agreeing = list.filter((b) => Math.abs(b.need - a.need) <= Math.max(a.tolerance, b.tolerance));
      if (agreeing.length >= 2) for (const b of agreeing) explained.add(b.o);
    }
  }
  return failing.filter((o) => !explained.has(o));
}

/**
 * A constant factor between Σ parts and 合计 in failing sums of at least minPatternSums distinct groups: the largest
 * set of failing sums whose ratios lie within ratioSpread of one another. Returns that factor, or null.
 */
export function constantRatio(failing: readonly SumOutcome[], s: MisreadGuardSettings): number | null {
  const ratios = failing
    .filter((o) => o.totalFen !== 0 && o.sumFen !== 0)
    .map((o) => ({ o, r: o.sumFen / o.totalFen }))
    .filter((x) => x.r > 0 && Math.abs(x.r - 1) >= s.ratioMinDeviation)
    .sort((a, b) => a.r - b.r);
  let best: { r: number; n: number } | null = null;
  for (let i = 0; i < ratios.length; i++) {
    const within: SumOutcome[] = [];
    for (let k = i; k < ratios.length && ratios[k]!.r <= ratios[i]!.r * (1 + s.ratioSpread); k++) within.push(ratios[k]!.o);
    const n = distinctGroups(within);
    // Σ parts exactly k × 合计 (k = 2, 3 …, within the cells' rounding) in each: every level added, or a parent among its
    // children — fewer sums suffice.
    const k = Math.round(ratios[i]!.r);
    const exact = k >= 2 && within.every((o) => Math.abs(o.sumFen - k * o.totalFen) <= k * o.tolerance);
    const least = exact ? s.exactMultipleMinSums : s.minPatternSums;
    if (n >= least && (!best || n > best.n)) best = { r: ratios[i]!.r, n };
  }
  return best ? best.r : null;
}

/**
 * One part column that, in failing sums across the rows of at least minPatternSums distinct rows, holds exactly the
 * excess Σ parts − 合计 (a column added that is no part: 比上年增减额, 上年数, a 小计 beside its members). Returns it.
 */
export function extraPartColumn(failing: readonly SumOutcome[], s: MisreadGuardSettings): number | null {
  const rowsByColumn = new Map<number, Set<number>>();
  for (const o of failing) {
    if (!o.across) continue;
    const excess = o.sumFen - o.totalFen;
    for (const p of o.parts) {
      if (p.fen === 0 || Math.abs(p.fen - excess) > o.tolerance) continue;
      const rows = rowsByColumn.get(p.at) ?? new Set<number>();
      rows.add(o.group);
      rowsByColumn.set(p.at, rows);
    }
  }
  let best: { col: number; n: number } | null = null;
  for (const [col, rows] of rowsByColumn) if (rows.size >= s.minPatternSums && (!best || rows.size > best.n)) best = { col, n: rows.size };
  return best ? best.col : null;
}

/**
 * Columns whose sums down the column fail in at least minPatternSums distinct groups and in more than columnFailShare
 * of the sums checked in them, with their counts.
 */
export function failingColumns(outcomes: readonly SumOutcome[], s: MisreadGuardSettings): Map<number, { failures: number; agree: number }> {
  return failingByColumn(outcomes, s, false);
}

/**
 * 合计 columns whose sums across the rows (合计 = 基本支出 + 项目支出) fail in at least minPatternSums rows and in more
 * than columnFailShare of the rows checked: which columns are its parts was misread (a 小计 or comparison column among
 * them, a part column lost), with their counts.
 */
export function failingSpans(outcomes: readonly SumOutcome[], s: MisreadGuardSettings): Map<number, { failures: number; agree: number }> {
  return failingByColumn(outcomes, s, true);
}

/** The sums down (across = false) or across (true) the rows, grouped by their total's column, that fail as a pattern. */
function failingByColumn(outcomes: readonly SumOutcome[], s: MisreadGuardSettings, across: boolean): Map<number, { failures: number; agree: number }> {
  const byColumn = new Map<number, SumOutcome[]>();
  for (const o of outcomes) {
    if (o.across !== across) continue;
    const list = byColumn.get(o.column) ?? [];
    list.push(o);
    byColumn.set(o.column, list);
  }
  const out = new Map<number, { failures: number; agree: number }>();
  const open = new Set(unexplained(outcomes.filter(failed)));
  for (const [col, list] of byColumn) {
    const bad = list.filter((o) => open.has(o));
    if (distinctGroups(bad) >= s.minPatternSums && bad.length > s.columnFailShare * list.length) out.set(col, { failures: bad.length, agree: list.length - bad.length });
  }
  return out;
}

/**
 * Parent rows whose sums down the columns fail in at least minPatternSums columns, the gaps not all one amount (one row
 * of equal cells left out or added: localize reports that as one defect): each column would need a wrong cell of its
 * own, so rows were lost to the reading (a page turn, a wrapped label) or the columns misplaced. Returns the groups with
 * their failing columns, most first.
 */
export function shortGroups(failing: readonly SumOutcome[], s: MisreadGuardSettings): [number, number][] {
  const byGroup = new Map<number, SumOutcome[]>();
  for (const o of failing) {
    if (o.across) continue;
    const list = byGroup.get(o.group) ?? [];
    list.push(o);
    byGroup.set(o.group, list);
  }
  const out: [number, number][] = [];
  for (const [group, list] of byGroup) {
    const columns = new Set(list.map((o) => o.column)).size;
    if (columns < s.minPatternSums) continue;
    const gap = list[0]!.sumFen - list[0]!.totalFen;
    if (list.every((o) => Math.abs(o.sumFen - o.totalFen - gap) <= Math.max(o.tolerance, list[0]!.tolerance))) continue;
    out.push([group, columns]);
  }
  return out.sort((a, b) => b[1] - a[1]);
}

/** A factor for a message: 2倍, 0.5倍, 1.37倍. */
function factorText(r: number): string {
  const near = Math.round(r);
  return Math.abs(r - near) < 0.01 ? `${near}倍` : `${r.toFixed(2)}倍`;
}

/**
 * The verdict on one table's sums (all of them: the failing and the agreeing). `columnName` names a column for the
 * message. A constant factor or an extra part column makes the whole table misread; failing columns alone make only
 * those columns misread.
 */
export function judgeSums(outcomes: readonly SumOutcome[], s: MisreadGuardSettings, columnName: (col: number) => string, rowName: (row: number) => string = (r) => `第${r + 1}行`): SumVerdict {
  // (Sums a wrong cell explains are a document's defect: no pattern is looked for in them.)
  const bad = unexplained(outcomes.filter(failed));
  if (distinctGroups(bad) < Math.min(s.minPatternSums, s.exactMultipleMinSums)) return { table: null, columns: new Map(), spans: new Map() };
  const ratio = constantRatio(bad, s);
  if (ratio !== null) return { table: `多处分项之和均为合计的${factorText(ratio)}`, columns: new Map(), spans: new Map() };
  const extra = extraPartColumn(bad, s);
  if (extra !== null) return { table: `多行合计与分项之差均等于“${columnName(extra)}”列的数`, columns: new Map(), spans: new Map() };
  const short = shortGroups(bad, s);
  if (short.length > 0) {
    const [group, columns] = short[0]!;
    return { table: `“${rowName(group)}”${short.length > 1 ? `等${short.length}行` : '行'}在${columns}列均与其下各行之和不符且差额各不相同，疑有行未读出或列错位`, columns: new Map(), spans: new Map() };
  }
  const columns = new Map<number, string>();
  for (const [col, { failures, agree }] of failingColumns(outcomes, s)) columns.set(col, `该列合计与分项${failures}处不符、${agree}处相符`);
  const spans = new Map<number, string>();
  for (const [col, { failures, agree }] of failingSpans(outcomes, s)) if (!columns.has(col)) spans.set(col, `行内合计与分项${failures}行不符、${agree}行相符`);
  return { table: null, columns, spans };
}

/** Prose amounts compared with one column of a table: how many agreed, and the findings of those that did not. */
export interface ColumnComparisons<F> {
  agree: number;
  disagree: F[];
}

/**
 * Columns (by key) against which most prose amounts disagree: at least minPatternSums disagreements, more than
 * textMismatchShare of the comparisons with the column. A real disclosure states its table's figures, so a column most
 * prose amounts miss was read from the wrong place (a 上年 or 年初预算 column taken for the 决算, a header misread).
 */
export function disagreeingColumns<F>(byColumn: ReadonlyMap<string, ColumnComparisons<F>>, s: MisreadGuardSettings): string[] {
  const out: string[] = [];
  for (const [key, { agree, disagree }] of byColumn) {
    if (disagree.length >= s.minPatternSums && disagree.length > s.textMismatchShare * (agree + disagree.length)) out.push(key);
  }
  return out;
}
