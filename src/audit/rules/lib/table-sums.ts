/**
 * The table half of sum-mismatch, column by column and row by row:
 * - a 合计 / 总计 row against the top-level rows it totals;
 * - a classification row against its children (类 = Σ款, 款 = Σ项: codes 3 → 5 → 7 digits);
 * - a numbered row against its sub-items (2.公务用车购置及运行费 = （1）购置费 + （2）运行费);
 * - within a row, a 合计 column against the columns right of it (合计 = 基本支出 + 项目支出).
 * Preconditions (silent otherwise): the table has a header, the rows' levels are known (codes on all rows, or
 * outline markers), at least two parts hold a number. Every finding quotes the total cell and each part cell.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS, type MoneyUnit, formatExact } from '../../../core/money.ts';
import { readMarker } from '../../facts/structure.ts';
import { ObjectSlot } from '../../facts/object-slot.ts';
import { cellFen, modelTable, type TableModel, type TableRow } from '../../facts/table-model.ts';
import type { Evidence } from '../../../core/finding.ts';
import { GRAMMAR, RULE_WORDS } from '../../config.ts';
import type { AuditFacts, TableCell } from '../../facts/types.ts';
import { quoteCell } from './evidence.ts';
import { judgeSums, type SumOutcome } from './misread-guard.ts';
import type { RuleOptions } from './types.ts';

const TOTAL_WORDS = RULE_WORDS['sum-mismatch'].totalRows;
/** A column of rates or shares, not amounts. */
const RATE_HEADER = RULE_WORDS['sum-mismatch'].rateHeader;
const isRateHeader = (h: string): boolean => RATE_HEADER.some((w) => h.includes(w));
const PER_UNIT_HEADER: readonly string[] = RULE_WORDS['sum-mismatch'].perUnitHeader;
/** A column of amounts per head or unit, or averages (资助标准（元/人·年）, 单价): they do not add up to a 合计. */
const isPerUnitHeader = (h: string): boolean => PER_UNIT_HEADER.some((w) => h.includes(w));
/**
 * A column comparing with another year or amount (上年决算数, 比上年增减额, 变动): no amount of the year, so never a part
 * of a 合计 across a row nor such a 合计 — except a carry-over (上年结转), an amount of this year.
 */
const COMPARISON_HEADER = RULE_WORDS['sum-mismatch'].comparisonHeader;
const COMPARISON_EXCEPT = RULE_WORDS['sum-mismatch'].comparisonHeaderExcept;
const isComparisonHeader = (h: string): boolean => COMPARISON_HEADER.some((w) => h.includes(w)) && !COMPARISON_EXCEPT.some((w) => h.includes(w));
const SKIP_WORDS = RULE_WORDS['sum-mismatch'].skipRows;
/** The 类 of the functional and economic classifications (社会保障和就业支出, 工资福利支出): a row so labelled is a top-level row. */
const CLASS_ROWS = new Set(RULE_WORDS['sum-mismatch'].classRows);
/** A row counting things, its unit in brackets after its label (公务用车保有量（辆）): no amount, no part of a 合计. */
const COUNT_UNITS = RULE_WORDS['sum-mismatch'].countRowUnits;
/** Each count unit in full-width and ASCII brackets, written once (not per row: 2.5 ms on a 120,000-character table text). */
const COUNT_ROW_ENDINGS = COUNT_UNITS.flatMap((u) => [`（${u}）`, `(${u})`]);
const isCountRow = (label: string): boolean => {
  const last = label[label.length - 1];
  return (last === '）' || last === ')') && COUNT_ROW_ENDINGS.some((e) => label.endsWith(e));
};

/** A column header ending with a discrete count unit in brackets (维修工程（处）, 受理案件（件）): whole things counted. */
const EXACT_COUNT_ENDINGS = RULE_WORDS['sum-mismatch'].exactCountUnits.flatMap((u) => [`（${u}）`, `(${u})`]);
const isExactCountHeader = (h: string): boolean => {
  const last = h[h.length - 1];
  return (last === '）' || last === ')') && EXACT_COUNT_ENDINGS.some((e) => h.endsWith(e));
};

type Level = 'chinese' | 'arabic' | 'paren' | 'qizhong' | 'none';

/** The outline level a row label shows: 一、 (when `chinese`) / 1. / （1） / 其中： / none. */
function levelOf(label: string, chinese = false): Level {
  if (chinese && /^[一二三四五六七八九十]{1,3}、/.test(label)) return 'chinese';
  if (/^\d{1,2}[.、．]/.test(label)) return 'arabic';
  if (/^[（(]\d{1,2}[）)]/.test(label)) return 'paren';
  if (label.startsWith('其中')) return 'qizhong';
  return 'none';
}

/** The codes a row stands for: its one code, or each of a cell naming several (301/303). */
function codesOf(r: TableRow): readonly string[] {
  return r.codes ?? (r.code === null ? [] : [r.code]);
}

/** A row's code as the report names it (301/303 for a row of several). */
function shownCode(r: TableRow): string | null {
  return r.codes?.join('/') ?? r.code;
}

interface Group {
  total: TableRow;
  parts: TableRow[];
  /** How the parts were found, for the message. */
  kind: 'total' | 'code' | 'outline';
}

/**
 * The rows a 其中 list runs on to without the word (其中：公务用车购置费 | 公务用车运行维护费 under 公务用车购置及运行维护费):
 * the rows after a 其中 row that, with it, make up the row above it in every column holding numbers.
 */
function qizhongRuns(model: TableModel): Set<TableRow> {
  const out = new Set<TableRow>();
  const unit = model.unit ?? '元';
  model.rows.forEach((row, q) => {
    if (!row.label.startsWith('其中') || q === 0) return;
    const parent = model.rows[q - 1]!;
    const cols = parent.cells.map((c, i) => (c && cellFen(c, unit) ? i : -1)).filter((i) => i >= 0);
    if (cols.length === 0) return;
    const sums = cols.map((i) => (row.cells[i] ? (cellFen(row.cells[i]!, unit)?.fen ?? 0) : 0));
    const run: TableRow[] = [];
    for (let k = q + 1; k < model.rows.length && run.length < 8; k++) {
      const r = model.rows[k]!;
      cols.forEach((i, n) => {
        sums[n] = sums[n]! + (r.cells[i] ? (cellFen(r.cells[i]!, unit)?.fen ?? 0) : 0);
      });
      run.push(r);
      const target = cols.map((i) => cellFen(parent.cells[i]!, unit)!.fen);
      if (sums.every((v, n) => v === target[n])) {
        for (const x of run) out.add(x);
        return;
      }
      if (sums.some((v, n) => v > target[n]!)) return;
    }
  });
  return out;
}

/**
 * The rows a 合计 row without codes adds up: those above it when it stands below rows (本年收入合计 after the
 * 收入 items — the 年初结转和结余 and 总计 rows after it are no parts of it), those below it when it comes first.
 */
function partsOfTotal(model: TableModel, total: TableRow, candidates: readonly TableRow[]): TableRow[] {
  const at = model.rows.indexOf(total);
  const before = candidates.filter((r) => model.rows.indexOf(r) < at);
  return before.length > 0 ? before : candidates.filter((r) => model.rows.indexOf(r) > at);
}

/**
 * Several total rows down one unmarked table, each under rows of its own (the 收支总表's 本年收入合计 under the
 * 收入 rows, then 总计 under 本年收入合计, 使用非财政拨款结余 and 年初结转和结余): a 总计 right after a 合计 is that
 * 合计 plus the rows between the two; any other total (the first, or one after a 总计: the 支出 half stacked under the
 * 收入 half) is the sum of the rows between it and the total above. Preconditions: at least two rows above the first
 * total (a 合计 row at the top of its rows is no such table), none below the last, and no row named again further
 * down (年初结转和结余 broken down into 一般公共预算财政拨款 … under it: the levels are unknown).
 */
const NUMBERING = /^([一二三四五六七八九十]{1,3}[、.]|\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)])/;

function runningTotals(model: TableModel, totals: readonly TableRow[], others: readonly TableRow[]): Group[] {
  const at = (r: TableRow): number => model.rows.indexOf(r);
  const first = at(totals[0]!);
  const last = at(totals[totals.length - 1]!);
  if (others.filter((r) => at(r) < first).length < 2 || others.some((r) => at(r) > last)) return [];
  const names = others.map((r) => r.label.replace(NUMBERING, '').trim());
  if (new Set(names).size < names.length) return [];
  return totals.map((total, i) => {
    const previous = i === 0 ? null : totals[i - 1]!;
    const chained = previous !== null && total.label.includes('总计') && !previous.label.includes('总计');
    const between = others.filter((r) => at(r) > (previous ? at(previous) : -1) && at(r) < at(total));
    return { total, parts: chained ? [previous, ...between] : between, kind: 'total' };
  });
}

/**
 * Parts numbered one after another from a number above 一 (三、卫生健康支出, 四、住房保障支出): a list numbered in its
 * own order whose first rows were not read (a two-sided table whose top was garbled), so its total cannot be checked.
 * (A list keeping the national numbers of the 类 it lists skips numbers — 八、 十、 十三、 — and is checked.)
 */
function partsCut(group: Group): boolean {
  const parts = group.parts.filter((r) => !TOTAL_WORDS.some((w) => r.label.includes(w)));
  const marks = parts.map((r) => readMarker(r.label));
  if (marks.length === 0 || marks.some((m) => m === null)) return false;
  const first = marks[0]!;
  return first.number > 1 && marks.every((m, i) => m!.style === first.style && m!.number === first.number + i);
}

function groupsOf(model: TableModel, index: number, options: RuleOptions): Group[] {
  const all = totalGroupsOf(model, index, options);
  const cut = all.find((g) => g.kind === 'total' && partsCut(g));
  if (cut) options.notChecked.push(`sum-mismatch：表${index + 1}“${cut.total.label}”下所列分项编号连续而不从一起（疑前面的行未能读取），未核对该合计`);
  return all.filter((g) => g.kind !== 'total' || !partsCut(g));
}

/** Rows named by sum-mismatch.sangongOutsideRows (会议费, 培训费). */
const SANGONG_OUTSIDE = RULE_WORDS['sum-mismatch'].sangongOutsideRows;
const SANGONG_ITEMS = [...RULE_WORDS['sum-mismatch'].sangongAbroad, ...RULE_WORDS['sum-mismatch'].sangongReception];

/**
 * The parts of a 合计 less the rows a 三公 table lists after its three items (四、会议费, 五、培训费: the 陕西 form
 * “三公”经费及会议费、培训费支出决算表), which its 合计 leaves out — only where the parts hold a 三公 item.
 */
function outsideSangong(parts: TableRow[]): TableRow[] {
  if (!parts.some((r) => SANGONG_ITEMS.some((w) => r.label.includes(w)))) return parts;
  return parts.filter((r) => !SANGONG_OUTSIDE.some((w) => r.label.includes(w)));
}

function totalGroupsOf(model: TableModel, index: number, options: RuleOptions): Group[] {
  const groups: Group[] = [];
  const totals = model.rows.filter((r) => TOTAL_WORDS.some((w) => r.label.includes(w)) && !r.label.includes('其中'));
  const subItems = qizhongRuns(model);
  const others = model.rows.filter((r) => !TOTAL_WORDS.some((w) => r.label.includes(w)) && !SKIP_WORDS.some((w) => r.label.startsWith(w)) && !subItems.has(r) && !isCountRow(r.label));
  const coded = others.filter((r) => r.code !== null);
  if (model.unresolvedCodes) {
    options.notChecked.push(`sum-mismatch：表${index + 1}有款、项编码找不到所属的类、款（疑为跨页续表的一部分），层级不明，未核对合计`);
    return [];
  }
  if (coded.length > 0 && coded.length !== others.length) {
    options.notChecked.push(`sum-mismatch：表${index + 1}有编码行与无编码行混排，层级不明，未核对合计`);
    return [];
  }
  // Two rows of one code (a 款 and its 项 whose 项 digits were lost): the rows' levels are unknown.
  const codes = new Set(coded.map((r) => r.code));
  if (codes.size < coded.length) {
    options.notChecked.push(`sum-mismatch：表${index + 1}有多行编码相同，层级不明，未核对合计`);
    return [];
  }
  if (coded.length > 0) {
    const lengths = [...new Set(coded.map((r) => r.code!.length))].sort((a, b) => a - b);
    // A row whose top-level code has no row of its own (2101102 under no 210): the table is a piece of one going on
    // from a page before (its header repeated, no 续表 mark) or its top rows were lost — its 合计 is not the sum of the
    // rows read, so it is not checked.
    const tops = new Set(coded.filter((r) => r.code!.length === lengths[0]).flatMap(codesOf));
    const orphan = coded.find((r) => !tops.has(r.code!.slice(0, lengths[0])));
    if (totals.length === 1 && orphan) {
      options.notChecked.push(`sum-mismatch：表${index + 1}的“${orphan.code}”行没有上级科目行（疑为跨页续表的一部分），未核对合计`);
    } else if (totals.length === 1) groups.push({ total: totals[0]!, parts: coded.filter((r) => r.code!.length === lengths[0]), kind: 'total' });
    // 类 = Σ款, 款 = Σ项: the children of a code are the rows of the next code length that start with it.
    // Rows indexed by the parent code they would have (their code cut to the previous length): one pass.
    const level = new Map(lengths.map((l, i) => [l, i]));
    const childrenOf = new Map<string, TableRow[]>();
    for (const r of coded) {
      const li = level.get(r.code!.length)!;
      if (li === 0) continue;
      const key = `${li - 1}:${r.code!.slice(0, lengths[li - 1])}`;
      const list = childrenOf.get(key);
      if (list) list.push(r);
      else childrenOf.set(key, [r]);
    }
    for (const parent of coded) {
      const li = level.get(parent.code!.length)!;
      // (A row of several codes, 301/303 人员经费, adds the children of each.)
      const children = codesOf(parent).flatMap((c) => childrenOf.get(`${li}:${c}`) ?? []);
      if (children.length > 0) groups.push({ total: parent, parts: children, kind: 'code' });
    }
    return groups;
  }
  // Outline markers: the first marked style is the top level; a row of a deeper style belongs to the row above.
  // Rows numbered 一、 are a level of their own where every row is marked and some deeper (一、因公出国（境）费 ⏎
  // 二、公务用车购置及运行维护费 ⏎ 1.公务用车购置费 ⏎ 2.… ⏎ 三、公务接待费); elsewhere (the 收支总表's 一、…八、 收入 rows
  // beside 年初结转和结余) they are read as before, unmarked.
  const chinese = others.map((r) => levelOf(r.label, true));
  const levels = chinese.some((l) => l === 'chinese') && chinese.some((l) => l !== 'chinese') && chinese.every((l) => l !== 'none') ? chinese : others.map((r) => levelOf(r.label));
  const top = levels.find((l) => l !== 'none');
  if (top === undefined) {
    // Rows numbered 一、二、三、 in order above the first total, unnumbered rows under some of them (the 财政拨款收入支出决算总表's
    // 支出 half: 一、一般公共预算财政拨款支出 ⏎ 教育支出 ⏎ 社会保障和就业支出 … ⏎ 二、政府性基金预算财政拨款支出): the
    // unnumbered rows break down the numbered row above them, which alone is a part of the total.
    const nested = numberedBreakdowns(model, others, totals);
    if (nested) {
      groups.push(...nested.groups);
      return [...groups, ...totalGroupsOfTop(model, index, options, totals, others.filter((r) => !nested.children.has(r)))];
    }
    return [...groups, ...totalGroupsOfTop(model, index, options, totals, others)];
  }
  if (levels.some((l) => l === 'none')) return groups; // unmarked rows among marked ones: levels unknown
  const topRows = outsideSangong(others.filter((_, i) => levels[i] === top));
  if (totals.length === 1) groups.push({ total: totals[0]!, parts: topRows, kind: 'total' });
  others.forEach((r, i) => {
    if (levels[i] !== top) return;
    const children: TableRow[] = [];
    for (let k = i + 1; k < others.length && levels[k] !== top; k++) if (levels[k] !== 'qizhong') children.push(others[k]!);
    if (children.length > 0) groups.push({ total: r, parts: children, kind: 'outline' });
  });
  return groups;
}

const CJK_ORDINAL = /^[一二三四五六七八九十]{1,3}、/;

/**
 * Rows numbered 一、二、三、 (in order, from 一) above the first total row, with unnumbered rows right under at least one
 * of them and before the next numbered row or the total: those unnumbered rows are the breakdown of the numbered row
 * above them (a 决算总表 half listing the 类 under 一、一般公共预算财政拨款支出). Null where the rows show no such shape
 * (no unnumbered row between, the numbering not in order, an unnumbered row above the first numbered one).
 */
function numberedBreakdowns(model: TableModel, others: readonly TableRow[], totals: readonly TableRow[]): { groups: Group[]; children: Set<TableRow> } | null {
  if (others.length < 3 || totals.length === 0) return null;
  const firstTotal = model.rows.indexOf(totals[0]!);
  const above = others.filter((r) => model.rows.indexOf(r) < firstTotal);
  if (above.length < 3 || !CJK_ORDINAL.test(above[0]!.label)) return null;
  const groups: Group[] = [];
  const children = new Set<TableRow>();
  let expected = 1;
  let parent: { row: TableRow; parts: TableRow[] } | null = null;
  const close = (): void => {
    if (parent && parent.parts.length >= 2) groups.push({ total: parent.row, parts: parent.parts, kind: 'outline' });
  };
  for (const r of above) {
    if (CJK_ORDINAL.test(r.label)) {
      const m = readMarker(r.label);
      if (!m || m.number !== expected) return null;
      expected++;
      close();
      parent = { row: r, parts: [] };
    } else {
      parent!.parts.push(r);
      children.add(r);
    }
  }
  close();
  return children.size > 0 && expected > 2 ? { groups, children } : null;
}

/** The totals of a table whose rows show no outline levels (after any numbered row's breakdown was set apart). */
function totalGroupsOfTop(model: TableModel, index: number, options: RuleOptions, totals: readonly TableRow[], others: readonly TableRow[]): Group[] {
  const groups: Group[] = [];
  // Under one 合计, rows opening with a 类 (社会保障和就业支出) right above a row of a lower level, with neither codes
  // nor numbers to tell the levels by: the rows stack 类, 款 and 项, so which of them make up the 合计 is unknown.
  // (Rows opening otherwise — the 收入 half of a 收支总表 above its 支出 类 —, or 类 rows over a 结转和结余 row at
  // their end, are read as before.)
  const classRow = others.map((r) => CLASS_ROWS.has(r.label.replace(NUMBERING, '').replace(/\s+/g, '')));
  if (totals.length === 1 && classRow[0] === true && classRow[1] === false) {
    const lower = others[1]!;
    options.notChecked.push(`sum-mismatch：表${index + 1}无科目编码，类级科目行与“${lower.label}”等下级行混排，层级不明，未核对合计`);
    return groups;
  }
  if (totals.length === 1) groups.push({ total: totals[0]!, parts: outsideSangong(partsOfTotal(model, totals[0]!, others)), kind: 'total' });
  else groups.push(...runningTotals(model, totals, others));
  return groups;
}


interface CellRef {
  cell: TableCell;
  row: string;
  column: string;
  /** The row's classification code, when it has one (for a message naming the cell). */
  code?: string | null;
}

/**
 * Σ parts against the total, within the rounding of every cell; a finding when they differ. The parts are given
 * as cells with a way to name them, so the common case (they agree) allocates nothing per cell.
 */
/** Half a unit of the last digit, in 分, of an amount written with `decimals` decimals in a unit of 10^exponent 分. */
const HALF_UNITS = Array.from({ length: 17 }, (_, k) => 10 ** k / 2);

function halfUnit(exponent: number, decimals: number): number {
  const k = Math.max(0, exponent - decimals);
  return HALF_UNITS[k] ?? 10 ** k / 2;
}

// The state of the current tableSums call below is made anew for each call, not cleared: a map cleared once it was
// old (promoted by V8's young collector) still holds its entries for that collector until the next full collection,
// so the cells and sums of every text it saw were copied and promoted again (~1 MB a 30,000-character 决算).
/** Per table (by index): how many of its sums agreed, in the current tableSums call. */
let agreeing = new Map<number, number>();
/** Per table (by index): the sums that agreed (their cells), to tell whether one cell can be the single wrong one. */
let agreeingSums = new Map<number, { total: TableCell; parts: readonly (TableCell | null | undefined)[] }[]>();

/** Per table (by index): every sum checked, failing or agreeing, for the misread guard (lib/misread-guard.ts). */
let outcomes = new Map<number, SumOutcome[]>();
/** Where a sum stands: its total's column, its row (across) or parent row (down), its parts' columns or rows. */
interface SumPlace {
  readonly column: number;
  readonly group: number;
  readonly partKeys: readonly number[];
}

/** A failing sum's figures, kept beside its finding to find the one cell that would make several sums agree. */
interface FailingSum {
  index: number;
  unit: MoneyUnit;
  total: CellRef;
  parts: CellRef[];
  totalFen: number;
  sumFen: number;
  tolerance: number;
  /** Across a row (合计 = 基本 + 项目) rather than down a column. */
  across: boolean;
  /** The row whose cell is the total of a sum down a column. */
  parent: TableRow | null;
  /** The sum as the misread guard sees it. */
  outcome: SumOutcome;
}
let failing = new WeakMap<Finding, FailingSum>();

/**
 * A sum checked, as the misread guard reads it. Its parts (each part's key and amount) are read from its cells only when
 * asked: the guard judges only the tables with a failing sum, and most tables' sums all agree.
 */
class CheckedSum implements SumOutcome {
  readonly across: boolean;
  readonly column: number;
  readonly group: number;
  readonly totalFen: number;
  readonly sumFen: number;
  readonly tolerance: number;
  readonly #cells: readonly (TableCell | null | undefined)[];
  readonly #keys: readonly number[];
  readonly #unit: MoneyUnit;
  readonly #count: number;
  #parts: { at: number; fen: number }[] | null = null;

  constructor(across: boolean, column: number, group: number, totalFen: number, sumFen: number, tolerance: number, cells: readonly (TableCell | null | undefined)[], keys: readonly number[], unit: MoneyUnit, count: number) {
    this.across = across;
    this.column = column;
    this.group = group;
    this.totalFen = totalFen;
    this.sumFen = sumFen;
    this.tolerance = tolerance;
    this.#cells = cells;
    this.#keys = keys;
    this.#unit = unit;
    this.#count = count;
  }

  /** The parts that hold an amount, in their order, each by its key (column across, row down). */
  get parts(): readonly { at: number; fen: number }[] {
    if (this.#parts === null) {
      // (An array of its own size: a pushed-to [] takes room for 16. cellFen answers from its cache.)
      const parts: { at: number; fen: number }[] = new Array(this.#count);
      for (let i = 0, j = 0; i < this.#cells.length; i++) {
        const cell = this.#cells[i];
        const v = cell ? cellFen(cell, this.#unit) : null;
        if (v) parts[j++] = { at: this.#keys[i] ?? -1, fen: v.fen };
      }
      this.#parts = parts;
    }
    return this.#parts;
  }
}

function compare(
  facts: AuditFacts,
  unit: MoneyUnit,
  total: CellRef,
  partCells: readonly (TableCell | null | undefined)[],
  describe: (i: number) => CellRef,
  index: number,
  message: (sum: string) => string,
  minParts = 2,
  across = false,
  parent: TableRow | null = null,
  place: SumPlace = { column: -1, group: -1, partKeys: [] },
  exact = false,
): Finding | null {
  const t = cellFen(total.cell, unit);
  if (!t) return null;
  const exponent = MONEY_UNITS[unit];
  let sum = 0;
  let tolerance = halfUnit(exponent, t.decimals);
  let count = 0;
  let whole = t.decimals === 0;
  // (A loop, not forEach: no closure over the running sums for each of the ~700 sums of a table-heavy text.)
  for (let i = 0; i < partCells.length; i++) {
    const cell = partCells[i];
    const v = cell ? cellFen(cell, unit) : null;
    if (!v) continue;
    sum += v.fen;
    tolerance += halfUnit(exponent, v.decimals);
    if (v.decimals !== 0) whole = false;
    count++;
  }
  if (count < minParts) return null;
  // A column of whole things counted (维修工程（处）), every cell without decimals: the sum is exact.
  if (exact && whole) tolerance = 0;
  const outcome: SumOutcome = new CheckedSum(across, place.column, place.group, t.fen, sum, tolerance, partCells, place.partKeys, unit, count);
  const list = outcomes.get(index);
  if (list) list.push(outcome);
  else outcomes.set(index, [outcome]);
  const gap = Math.abs(sum - t.fen);
  if (gap <= tolerance) {
    agreeing.set(index, (agreeing.get(index) ?? 0) + 1);
    const list = agreeingSums.get(index);
    if (list) list.push({ total: total.cell, parts: partCells });
    else agreeingSums.set(index, [{ total: total.cell, parts: partCells }]);
    return null;
  }
  const used: CellRef[] = [];
  partCells.forEach((cell, i) => {
    if (cell && cellFen(cell, unit)) used.push(describe(i));
  });
  const f = finding({
    rule: 'sum-mismatch',
    severity: 'error',
    message: message(formatExact(sum, unit, false)),
    evidence: [
      quoteCell(facts, total.cell, index, total.row, total.column),
      ...used.map((p) => quoteCell(facts, p.cell, index, p.row, p.column)),
    ],
    calculation: `${used.map((p) => p.cell.text).join(' + ')} = ${formatExact(sum, unit, false)} ≠ ${total.cell.text}`,
    difference: gap,
  });
  failing.set(f, { index, unit, total, parts: used, totalFen: t.fen, sumFen: sum, tolerance, across, parent, outcome });
  return f;
}

/**
 * How often the rows of a table with a blank or a dash among their parts add up when it counts as zero (agree) and
 * how often they do not (differ). A blank may stand for zero or for a merged cell: it counts as zero only where the
 * document shows the habit (see tableSums).
 */
function blankEvidence(model: TableModel, total: number, parts: readonly number[], unit: MoneyUnit): { agree: number; differ: number } {
  let agree = 0;
  let differ = 0;
  const exponent = MONEY_UNITS[unit];
  for (const r of model.rows) {
    const t = r.cells[total] ? cellFen(r.cells[total]!, unit) : null;
    if (!t) continue;
    const values = parts.map((c) => (r.cells[c] ? cellFen(r.cells[c]!, unit) : null));
    if (values.every((v) => v !== null) || values.every((v) => v === null)) continue;
    let sum = 0;
    let tolerance = halfUnit(exponent, t.decimals);
    for (const v of values) {
      if (!v) continue;
      sum += v.fen;
      tolerance += halfUnit(exponent, v.decimals);
    }
    if (Math.abs(sum - t.fen) <= tolerance) agree++;
    else differ++;
  }
  return { agree, differ };
}

/**
 * The column groups of a table to add across its rows: a 合计 column and its parts, a group's 小计 and its members.
 * Comparison columns (isComparisonHeader) are parts only of a group of their own (上年合计 = 上年基本支出 +
 * 上年项目支出), and so are columns of another budget phase than the 合计's (年初预算数 beside 决算数合计 | 基本支出 | 项目支出).
 * `unclear` says why the parts of the first 合计 are not known — a comparison column followed by further amount columns,
 * or an untitled column among them: which of them are its parts the header does not say, so that 合计 is not checked.
 */
function rowSpans(model: TableModel): { spans: { total: number; parts: number[] }[]; unclear: string | null } {
  const header = model.header;
  const isTotal = (h: string): boolean => /合计|小计/.test(h);
  /** The group a total column heads: 年初预算数 of 年初预算数小计 when the next columns carry it too. */
  const groupOf = (c: number): string => {
    const prefix = header[c]!.replace(/(合计|小计)$/, '');
    return prefix.length >= 2 && prefix !== header[c] && (header[c + 1] ?? '').startsWith(prefix) ? prefix : '';
  };
  const membersOf = (c: number, group: string): number[] => {
    const members: number[] = [];
    for (let m = c + 1; m < header.length && header[m]!.startsWith(group); m++) {
      if (isTotal(header[m]!)) {
        // A group within the group (预算数 合计 | 因公出国 | 公务用车购置及运行费 小计 | 购置费 | 运行费 | 公务接待费):
        // its 小计 is one member, its own members are counted by it.
        const inner = groupOf(m);
        if (inner.length <= group.length) break;
        const own = membersOf(m, inner);
        if (own.length < 2) break;
        members.push(m);
        m = own[own.length - 1]!;
        continue;
      }
      if (!isRateHeader(header[m]!) && (!isComparisonHeader(header[m]!) || isComparisonHeader(group))) members.push(m);
    }
    return members;
  };
  const spans: { total: number; parts: number[] }[] = [];
  // Every grouped total adds its own members (年初预算数小计 = 年初预算数基本支出 + 年初预算数项目支出; 决算数小计 = …).
  header.forEach((h, c) => {
    if (!isTotal(h)) return;
    const group = groupOf(c);
    if (!group) return;
    const members = membersOf(c, group);
    if (members.length >= 2) spans.push({ total: c, parts: members });
  });
  // The first total that heads no group (本年支出合计 | 基本支出 | 项目支出, or 合计 | 因公出国 | 公务用车…小计 | …): the
  // columns after it, a group counted once by its own total.
  // (Not a comparison's total: 上年支出合计 | 本年支出合计 | 基本支出 | … adds the second.)
  const totalCol = header.findIndex((h) => isTotal(h) && !isComparisonHeader(h));
  if (totalCol < 0 || groupOf(totalCol)) return { spans, unclear: null };
  const partCols: number[] = [];
  // The first comparison column after the total: the parts end there (比上年增减额 | 增减率 after 基本支出 | 项目支出).
  let comparison = -1;
  // The budget phase of the block (决算数合计, or its first part): a column of another phase (年初预算数 after
  // 决算数合计 | 基本支出 | 项目支出) is no part of it either, but another amount set beside it.
  let blockPhase = model.columnPhase[totalCol] ?? null;
  for (let c = totalCol + 1; c < header.length; c++) {
    const h = header[c]!;
    if (/其中/.test(h)) return { spans, unclear: null };
    if (isRateHeader(h)) continue;
    const phase = model.columnPhase[c] ?? null;
    if (partCols.length === 0 && comparison < 0 && blockPhase === null) blockPhase = phase;
    if (isComparisonHeader(h) || (phase !== null && phase !== blockPhase)) {
      // Another block (上年合计 | 上年基本支出 | …) ends the parts; a single comparison column is passed over.
      if (isTotal(h)) break;
      if (comparison < 0) comparison = c;
      continue;
    }
    // An untitled column after a comparison belongs to it (比上年增减 over 金额 | 比例, the second title lost).
    if (comparison >= 0) {
      if (h.trim() === '') continue;
      if (isTotal(h)) break;
      return { spans, unclear: `列标题中比较列与分项列交错（“${header[comparison]}”列后又有“${h}”列）` };
    }
    // An untitled column among the parts: a header whose spanning cells were not read in their columns (a two-row
    // header whose second row stands elsewhere) — which columns the total adds up the header does not say.
    if (h.trim() === '') return { spans, unclear: `“${header[totalCol]}”列后的第${c + 1}列没有列标题` };
    if (isTotal(h)) {
      const group = groupOf(c);
      if (!group) break;
      const members = membersOf(c, group);
      if (members.length < 2) break;
      partCols.push(c);
      c = members[members.length - 1]!;
      continue;
    }
    partCols.push(c);
  }
  if (partCols.length >= 2) spans.unshift({ total: totalCol, parts: partCols });
  return { spans, unclear: null };
}

const SANGONG = RULE_WORDS['sum-mismatch'];
/** The part a 三公 column holds, by the ending of its header (its group names before it may be read in any order). */
function sangongRole(h: string): 'total' | 'abroad' | 'subtotal' | 'purchase' | 'running' | 'reception' | null {
  const ends = (words: readonly string[]): boolean => words.some((w) => h.endsWith(w));
  // (The car item as a whole — 公务用车购置及运行维护费 over 其中：购置费 | 其中：运行维护费 — before 运行维护费, which it ends with.)
  if (ends(SANGONG.sangongCarSubtotal) || ends(SANGONG.sangongCarGroup)) return 'subtotal';
  if (ends(SANGONG.sangongCarPurchase)) return 'purchase';
  if (ends(SANGONG.sangongCarRunning)) return 'running';
  if (ends(SANGONG.sangongReception)) return 'reception';
  if (ends(SANGONG.sangongAbroad)) return 'abroad';
  if (ends(SANGONG.sangongTotal)) return 'total';
  return null;
}

/**
 * The sums of a 三公 table read from the endings of its column headers, where the headers' group names (预算数 /
 * 决算数, 公务用车购置及运行费) were read in an order the prefix-based spans cannot follow (a one-row table of twelve
 * columns; a transposed table with 预算数 / 决算数 rows). Precondition: adjacent columns ending, in this order, in
 * 合计 | 因公出国（境）费 | 小计 and/or 购置费 | 运行费 | 公务接待费 (the layout of the 三公 form). Then 合计 = 出国 +
 * 公务用车 + 接待, and 小计 = 购置 + 运行 where both stand.
 */
function sangongSpans(header: readonly string[]): { total: number; parts: number[] }[] {
  const roles = header.map(sangongRole);
  const spans: { total: number; parts: number[] }[] = [];
  for (let c = 0; c < header.length; c++) {
    if (roles[c] !== 'total' || roles[c + 1] !== 'abroad') continue;
    let k = c + 2;
    const subtotal = roles[k] === 'subtotal' ? k++ : -1;
    const pair = roles[k] === 'purchase' && roles[k + 1] === 'running' ? k : -1;
    if (pair >= 0) k += 2;
    if ((subtotal < 0 && pair < 0) || roles[k] !== 'reception') continue;
    spans.push({ total: c, parts: [c + 1, ...(subtotal >= 0 ? [subtotal] : [pair, pair + 1]), k] });
    if (subtotal >= 0 && pair >= 0) spans.push({ total: subtotal, parts: [pair, pair + 1] });
    c = k;
  }
  return spans;
}

/** An amount in 分 written as a cell of the table writes it: its decimals, thousands separators where it uses them. */
function writeLike(fen: number, unit: MoneyUnit, like: string): string {
  const decimals = (/\.(\d+)/.exec(like)?.[1] ?? '').length;
  const exponent = MONEY_UNITS[unit];
  const negative = fen < 0;
  const abs = Math.abs(fen);
  const scale = 10 ** exponent;
  let whole = Math.floor(abs / scale);
  let frac = Math.round(((abs % scale) / scale) * 10 ** decimals);
  if (frac >= 10 ** decimals) {
    whole++;
    frac = 0;
  }
  const wholeText = like.includes(',') ? whole.toLocaleString('en-US') : String(whole);
  return `${negative ? '-' : ''}${wholeText}${decimals > 0 ? `.${String(frac).padStart(decimals, '0')}` : ''}`;
}

/**
 * Cascade localization: one wrong cell breaks every sum it stands in (its row's 合计 = 基本 + 项目, its 款's column,
 * the 合计 row's column). Where several failing sums of one table share a cell, and giving that cell one value would
 * make them all agree (and no sum that agrees holds it), they are reported as one finding on that cell, the failing
 * sums as its arithmetic. Then the failing column sums of one parent row that miss by the same amount in several
 * columns (a child row wrong or missing in all of them) are reported once, on that row. Sums of one cell only fail
 * alone; they stay as they are.
 */
function localize(facts: AuditFacts, list: readonly Finding[], agreed: readonly { total: TableCell; parts: readonly (TableCell | null | undefined)[] }[]): Finding[] {
  let rest = [...list];
  const merged: Finding[] = [];
  for (let round = 0; round < 20 && rest.length >= 2; round++) {
    // Cell (by offset) → the failing sums it stands in, each with the value the cell would need.
    const byCell = new Map<number, { ref: CellRef; value: number; entries: { f: Finding; need: number; tolerance: number }[] }>();
    for (const f of rest) {
      const d = failing.get(f);
      if (!d) continue;
      const add = (ref: CellRef, value: number, need: number): void => {
        const at = byCell.get(ref.cell.start);
        if (at) at.entries.push({ f, need, tolerance: d.tolerance });
        else byCell.set(ref.cell.start, { ref, value, entries: [{ f, need, tolerance: d.tolerance }] });
      };
      add(d.total, d.totalFen, d.sumFen);
      for (const p of d.parts) {
        const v = cellFen(p.cell, d.unit);
        if (v) add(p, v.fen, v.fen + d.totalFen - d.sumFen);
      }
    }
    let best: { ref: CellRef; value: number; need: number; entries: { f: Finding }[] } | null = null;
    for (const c of byCell.values()) {
      if (c.entries.length < 2 || (best && c.entries.length <= best.entries.length)) continue;
      const need = c.entries[0]!.need;
      const tolerance = Math.max(...c.entries.map((e) => e.tolerance));
      if (!c.entries.every((e) => Math.abs(e.need - need) <= tolerance)) continue;
      if (agreed.some((a) => a.total === c.ref.cell || a.parts.includes(c.ref.cell))) continue;
      best = { ref: c.ref, value: c.value, need, entries: c.entries };
    }
    if (!best) break;
    const sums = new Set(best.entries.map((e) => e.f));
    const d = failing.get(best.entries[0]!.f)!;
    const cellText = best.ref.cell.text;
    const should = writeLike(best.need, d.unit, cellText);
    const evidence = [quoteCell(facts, best.ref.cell, d.index, best.ref.row, best.ref.column)];
    const seen = new Set([best.ref.cell.start]);
    for (const f of sums) for (const e of f.evidence) if (e.start !== undefined && !seen.has(e.start)) {
      seen.add(e.start);
      evidence.push(e);
    }
    merged.push(
      finding({
        rule: 'sum-mismatch',
        severity: 'error',
        message: `表${d.index + 1}“${best.ref.code ?? ''}${best.ref.row}”行“${best.ref.column}”列的${cellText}使${sums.size}处合计不符，改为${should}则各处均相符：疑此数有误（${[...sums].map((f) => f.message.replace(/^表\d+/, '')).join('；')}）`,
        evidence,
        calculation: [...sums].map((f) => f.calculation).join('；'),
        difference: Math.abs(best.need - best.value),
        locus: 'cell',
      }),
    );
    rest = rest.filter((f) => !sums.has(f));
  }
  merged.push(...localizeRow(facts, rest, agreed, (used) => {
    rest = rest.filter((f) => !used.has(f));
  }));
  // The same miss in several columns of one parent row.
  const byRow = new Map<TableRow, Finding[]>();
  for (const f of rest) {
    const d = failing.get(f);
    if (!d || d.across || !d.parent) continue;
    byRow.set(d.parent, [...(byRow.get(d.parent) ?? []), f]);
  }
  for (const [row, fs] of byRow) {
    if (fs.length < 2) continue;
    const d0 = failing.get(fs[0]!)!;
    const gap = d0.sumFen - d0.totalFen;
    if (!fs.every((f) => Math.abs(failing.get(f)!.sumFen - failing.get(f)!.totalFen - gap) <= Math.max(failing.get(f)!.tolerance, d0.tolerance))) continue;
    const evidence: Evidence[] = [];
    const seen = new Set<number>();
    for (const f of fs) for (const e of f.evidence) if (e.start !== undefined && !seen.has(e.start)) {
      seen.add(e.start);
      evidence.push(e);
    }
    const columns = fs.map((f) => `“${failing.get(f)!.total.column}”`).join('');
    const amount = writeLike(Math.abs(gap), d0.unit, d0.total.cell.text);
    merged.push(
      finding({
        rule: 'sum-mismatch',
        severity: 'error',
        message: `表${d0.index + 1}“${shownCode(row) ?? ''}${row.label}”行在${columns}${fs.length}列均比其下各行之和${gap > 0 ? '少' : '多'}${amount}：疑其下某一行在这些列同错${amount}，或少列、多列一行`,
        evidence,
        calculation: fs.map((f) => f.calculation).join('；'),
        difference: Math.abs(gap),
      }),
    );
    const drop = new Set(fs);
    rest = rest.filter((f) => !drop.has(f));
  }
  return [...merged, ...rest];
}

/**
 * One row wrong by the same amount in several of its columns, its own sum across still agreeing (a 类 row whose 合计 and
 * 项目支出 were both raised by 100,000.00: 合计 = 基本 + 项目 holds, while the 合计 row's Σ类 and the 类's Σ款 fail in both
 * columns — audit-pdf 604). No single cell makes the failing sums agree (each stands in the agreeing sum across its
 * row), but these cells of one row together do, each by the value every failing sum it stands in needs, and the sums
 * across the row that agree still agree with them. One finding on the row's cells (the first one the place, as for a
 * single cell, so that prose stating its right value is folded into it).
 */
function localizeRow(
  facts: AuditFacts,
  rest: readonly Finding[],
  agreed: readonly { total: TableCell; parts: readonly (TableCell | null | undefined)[] }[],
  take: (used: Set<Finding>) => void,
): Finding[] {
  const byCell = new Map<TableCell, { ref: CellRef; value: number; need: number; tolerance: number; sums: Finding[]; index: number; unit: MoneyUnit; ok: boolean }>();
  for (const f of rest) {
    const d = failing.get(f);
    if (!d || d.across) continue;
    const add = (ref: CellRef, value: number, need: number): void => {
      const at = byCell.get(ref.cell);
      if (!at) byCell.set(ref.cell, { ref, value, need, tolerance: d.tolerance, sums: [f], index: d.index, unit: d.unit, ok: true });
      else {
        at.sums.push(f);
        at.tolerance = Math.max(at.tolerance, d.tolerance);
        if (Math.abs(at.need - need) > at.tolerance) at.ok = false;
      }
    };
    add(d.total, d.totalFen, d.sumFen);
    for (const p of d.parts) {
      const v = cellFen(p.cell, d.unit);
      if (v) add(p, v.fen, v.fen + d.totalFen - d.sumFen);
    }
  }
  const rows = new Map<string, (typeof byCell extends Map<TableCell, infer V> ? V : never)[]>();
  for (const c of byCell.values()) {
    if (!c.ok || c.sums.length < 2 || c.need === c.value) continue;
    const key = `${c.index}|${c.ref.code ?? ''}|${c.ref.row}`;
    rows.set(key, [...(rows.get(key) ?? []), c]);
  }
  const out: Finding[] = [];
  const taken = new Set<Finding>();
  for (const cells of rows.values()) {
    if (cells.length < 2) continue;
    const delta = new Map(cells.map((c) => [c.ref.cell, c.need - c.value]));
    // Every agreeing sum holding one of these cells still agrees once they are changed.
    const holds = agreed.every((a) => {
      const touched = delta.has(a.total) || a.parts.some((p) => p && delta.has(p));
      if (!touched) return true;
      const parts = a.parts.reduce((sum, p) => sum + (p ? (delta.get(p) ?? 0) : 0), 0);
      return Math.abs(parts - (delta.get(a.total) ?? 0)) <= Math.max(...cells.map((c) => c.tolerance));
    });
    const sums = new Set(cells.flatMap((c) => c.sums));
    if (!holds || sums.size < 2 || [...sums].some((f) => taken.has(f))) continue;
    for (const f of sums) taken.add(f);
    cells.sort((a, b) => a.ref.cell.start - b.ref.cell.start);
    const first = cells[0]!;
    const d = failing.get(first.sums[0]!)!;
    const evidence = cells.map((c) => quoteCell(facts, c.ref.cell, c.index, c.ref.row, c.ref.column));
    const seen = new Set(evidence.map((e) => e.start));
    for (const f of sums) for (const e of f.evidence) if (e.start !== undefined && !seen.has(e.start)) {
      seen.add(e.start);
      evidence.push(e);
    }
    const label = `${first.ref.code ?? ''}${first.ref.row}`;
    out.push(
      finding({
        rule: 'sum-mismatch',
        severity: 'error',
        message: `表${first.index + 1}“${label}”行${cells.map((c) => `“${c.ref.column}”`).join('')}列的${cells.map((c) => c.ref.cell.text).join('、')}使${sums.size}处合计不符，依次改为${cells.map((c) => writeLike(c.need, d.unit, c.ref.cell.text)).join('、')}则各处均相符（该行各列之间仍相符）：疑此行有误（${[...sums].map((f) => f.message.replace(/^表\d+/, '')).join('；')}）`,
        evidence,
        calculation: [...sums].map((f) => f.calculation).join('；'),
        difference: Math.abs(first.need - first.value),
        locus: 'cell',
      }),
    );
    take(sums);
  }
  return out;
}

interface TableSumsResult {
  /** Findings of the tables read with confidence. */
  readonly findings: Finding[];
  /** Tables (by index) whose own sums mostly fail, with their counts, or whose failures show a misreading (why). */
  readonly misread: ReadonlyMap<number, { failures: number; agree: number; pattern?: string }>;
  /** Columns (by table, then column) whose sums show a misreading: their names and why. */
  readonly misreadColumns: ReadonlyMap<number, ReadonlyMap<number, { name: string; why: string }>>;
  /** 合计 columns (by table, then column) whose sums across the rows show a misreading: their names and why. */
  readonly misreadSpans: ReadonlyMap<number, ReadonlyMap<number, { name: string; why: string }>>;
}

const cache = new ObjectSlot<AuditFacts, TableSumsResult>();

function tableSumsResult(facts: AuditFacts, options: RuleOptions): TableSumsResult {
  const cached = cache.get(facts);
  if (cached) return cached;
  agreeing = new Map();
  agreeingSums = new Map();
  outcomes = new Map();
  failing = new WeakMap();
  const columnNames = new Map<number, (col: number) => string>();
  const rowLabels = new Map<number, (row: number) => string>();
  const found = sumsOfTables(facts, options, columnNames, rowLabels);
  // Precondition: a table whose own sums mostly fail was misread (columns shifted, a two-sided table joined) or
  // holds no sums: what it says is not understood, so it is reported as not checked rather than as defects.
  const { minFailures, failShare } = options.config.tableMisread;
  const byTable = new Map<number, Finding[]>();
  for (const f of found) {
    const t = Number(/^表(\d+)/.exec(f.evidence[0]?.cell?.table ?? '')?.[1] ?? 0) - 1;
    byTable.set(t, [...(byTable.get(t) ?? []), f]);
  }
  const findings: Finding[] = [];
  const misread = new Map<number, { failures: number; agree: number; pattern?: string }>();
  const misreadColumns = new Map<number, Map<number, { name: string; why: string }>>();
  const misreadSpans = new Map<number, Map<number, { name: string; why: string }>>();
  for (const [t, all] of byTable) {
    let list = all;
    const agree = agreeing.get(t) ?? 0;
    if (t >= 0 && list.length >= minFailures && list.length > failShare * (list.length + agree)) {
      misread.set(t, { failures: list.length, agree });
      continue;
    }
    // The patterns of a misreading among the table's failing sums (a constant factor, one extra column, one column
    // failing in most of its sums): the table, or those columns, are not understood.
    const name = columnNames.get(t) ?? ((col: number) => `第${col + 1}列`);
    const labels = rowLabels.get(t);
    const verdict = t >= 0 ? judgeSums(outcomes.get(t) ?? [], options.config.misreadGuard, name, (r) => labels?.(r) ?? `第${r + 1}行`) : null;
    if (verdict?.table) {
      misread.set(t, { failures: list.length, agree, pattern: verdict.table });
      continue;
    }
    if (verdict && (verdict.columns.size > 0 || verdict.spans.size > 0)) {
      const cols = new Map<number, { name: string; why: string }>();
      for (const [col, why] of verdict.columns) cols.set(col, { name: name(col), why });
      if (cols.size > 0) misreadColumns.set(t, cols);
      const spans = new Map<number, { name: string; why: string }>();
      for (const [col, why] of verdict.spans) spans.set(col, { name: name(col), why });
      if (spans.size > 0) misreadSpans.set(t, spans);
      // (A sum across a row holding a misread column — as its total or a part — is withheld with it.)
      list = list.filter((f) => {
        const o = failing.get(f)?.outcome;
        if (!o) return true;
        return !cols.has(o.column) && !(o.across && (spans.has(o.column) || o.parts.some((p) => cols.has(p.at))));
      });
    }
    findings.push(...(list.length >= 2 ? localize(facts, list, agreeingSums.get(t) ?? []) : list));
  }
  agreeing = new Map();
  agreeingSums = new Map();
  outcomes = new Map();
  failing = new WeakMap();
  const result = { findings, misread, misreadColumns, misreadSpans };
  cache.set(facts, result);
  return result;
}

export function tableSums(facts: AuditFacts, options: RuleOptions): Finding[] {
  const { findings, misread, misreadColumns, misreadSpans } = tableSumsResult(facts, options);
  for (const [t, amount] of brokenOf(facts)) {
    options.notChecked.push(`sum-mismatch：表${t + 1}有数字未能完整读取（如“${amount}”，疑为单元格内折行断开），未核对合计`);
  }
  for (const [t, line] of unreadAfterOf(facts, options)) {
    options.notChecked.push(`sum-mismatch：表${t + 1}之后有一行数字未能按列读出（“${line}”，疑为该表跨页续接部分），未核对合计`);
  }
  for (const [t, label] of shiftedOf(facts)) {
    options.notChecked.push(`sum-mismatch：表${t + 1}“${label}”行的合计列为空而分项列有数（疑为跨页续表错列），未核对该表`);
  }
  for (const [t, { failures, agree, pattern }] of misread) {
    if (pattern) options.notChecked.push(`sum-mismatch：表${t + 1}疑似未能正确读取（${pattern}），未核对合计`);
    else options.notChecked.push(`sum-mismatch：表${t + 1}的合计与分项有${failures}处不符、${agree}处相符，疑为表格读取有误或并非合计表，未报告`);
  }
  for (const [t, cols] of misreadColumns) {
    for (const { name, why } of cols.values()) options.notChecked.push(`sum-mismatch：表${t + 1}“${name}”列疑似未能正确读取（${why}），未核对该列合计`);
  }
  for (const [t, spans] of misreadSpans) {
    for (const { name, why } of spans.values()) options.notChecked.push(`sum-mismatch：表${t + 1}“${name}”列由哪几列相加疑似未能正确读取（${why}），未核对行内合计`);
  }
  return findings;
}

/** Columns (by table, then column index) whose sums show a misreading (lib/misread-guard.ts): no rule should read amounts from them. */
export function misreadColumnsOf(facts: AuditFacts, options: RuleOptions): ReadonlyMap<number, ReadonlyMap<number, { name: string; why: string }>> {
  return tableSumsResult(facts, options).misreadColumns;
}

/** Tables (by index) whose own sums mostly fail: misread, or no table of sums — no rule should read amounts from them. */
export function misreadTables(facts: AuditFacts, options: RuleOptions): ReadonlySet<number> {
  return new Set([...tableSumsResult(facts, options).misread.keys(), ...brokenOf(facts).keys(), ...shiftedOf(facts).keys()]);
}

/**
 * A cell that is no amount as written, though made of digits and separators: a group of other than three digits after a
 * thousands separator (11,471,43), or a separator or point at the end of an amount (7,571,146.; not a row number 1.) — an amount cut where its cell wrapped
 * and not put back together by the reader. Its table's numbers cannot be trusted.
 */
function brokenAmount(table: AuditFacts['tables'][number]): string | null {
  for (const row of table.rows) {
    for (const c of row) {
      const t = c.text;
      // Two amounts written to the 分 in one cell (1494219.40 293325.71-, 8,530,359.73 6,050,459.73): cells of
      // neighbouring columns read as one, so the table's columns were not told apart (a piece set in columns of its
      // own width glued to it, cells set without padding) and none can be summed.
      if (t.length > 8 && /\s/.test(t) && amountsIn(t) >= 2) return t;
      // A header cell ending in an amount (项目支出2929398.3): an amount wrapped in its narrow cell whose first line the
      // reader set among the header lines; the table's rows below it are not where they belong.
      if (row === table.rows[0] && HEADER_AMOUNT.test(t)) return t;
      if (!digitsAndSeparators(t)) continue;
      // A point or comma at the end cuts an amount (7,571,146.) — not a row number (1., 12. under 序号): a cut amount
      // has a thousands separator or at least four digits.
      const cutAtEnd = CUT_AT_END.test(t) && (t.includes(',') || t.replace(/\D/g, '').length >= 4);
      if (cutAtEnd || (t.includes(',') && !WELL_GROUPED.test(t))) return t;
    }
  }
  // An amount that lost its last digit to the next line of its cell (1,669.9 ⏎ 1 in a narrow column): one decimal in a
  // column whose other amounts have two — or such an amount read into a header cell (合计648.6). Only in a table of
  // money (its caption or header states 元/万元), whose amounts are written to the 分, and not in a column of scores or
  // rates (grammar notAmountHeaders): a score sheet's 分值 or a project table's 自评得分 mixes 5.1 and 2.04 as it should.
  // (Each column is read in one pass, every test of a cell made once; the answers are taken in the order below.)
  let width = 0;
  if (table.moneyUnit) for (const r of table.rows) if (r.length > width) width = r.length;
  for (let col = 0; col < width; col++) {
    const head = table.rows[0]?.[col]?.text ?? '';
    if (GRAMMAR.notAmountHeaders.some((w) => head.includes(w))) continue;
    const cells = table.rows.map((r) => r[col]?.text ?? '');
    let two = 0;
    let ones = 0;
    let firstOne: string | undefined;
    let labels = 0;
    let amount: string | undefined;
    let lostDigit: string | undefined;
    for (let i = 0; i < cells.length; i++) {
      const t = cells[i]!;
      // Every amount pattern below has a decimal point: a cell without one is at most a label.
      const dotted = t.includes('.');
      const isTwo = dotted && TWO_DECIMALS.test(t);
      const isOneAlone = dotted && ONE_DECIMAL.test(t);
      if (isTwo) two++;
      if (isOneAlone || (dotted && ONE_DECIMAL_AFTER_CJK.test(t))) {
        ones++;
        firstOne ??= t;
      }
      // A column of row labels holding an amount (合计 | | 5308.05 under 科目名称 in a piece continued on the next page,
      // its cells shifted by one): the columns were not told apart, so no column can be summed.
      if (i >= 1) {
        if (LABEL_START.test(t) && !(dotted && POINT_BETWEEN_DIGITS.test(t))) labels++;
        // (or an amount glued to a row label there: 商业服务业等支出2,890,200.00, its cells set without padding)
        if (amount === undefined && (isTwo || (dotted && GLUED_TWO_DECIMALS.test(t)))) amount = t;
      }
      // (or, in any table, a one-decimal amount with its lost digit alone one or two lines under it: 0.3 ⏎ 2)
      if (lostDigit === undefined && isOneAlone && [cells[i + 1], cells[i + 2]].some((n) => n !== undefined && ONE_DIGIT.test(n))) lostDigit = t;
    }
    if (ones > 0 && two >= 2 && ones < two) return firstOne!;
    if (labels >= 3 && amount !== undefined && col > 0) return amount;
    if (lostDigit !== undefined) return lostDigit;
  }
  // A row of amounts without any label between a label cut where its cell wrapped (一、社会保障和就业支 ⏎ 108.91 ⏎ 出):
  // the rows of the label were not put back together with their amounts, so no row can be told from its neighbours.
  // (Each row's cells are read once: whether it holds an amount, and whether it holds some other text.)
  const firstAmount: (string | null)[] = [];
  const otherText: boolean[] = [];
  for (const r of table.rows) {
    let first: string | null = null;
    let other = false;
    for (const c of r) {
      if (CELL_AMOUNT.test(c.text)) first ??= c.text;
      else if (c.text !== '') other = true;
    }
    firstAmount.push(first);
    otherText.push(other);
  }
  const labelOnly = (i: number): boolean => i < table.rows.length && otherText[i]! && firstAmount[i] === null;
  for (let i = 1; i < table.rows.length; i++) {
    if (firstAmount[i] === null || otherText[i]) continue;
    if (i >= 2 && labelOnly(i - 1) && labelOnly(i + 1)) return firstAmount[i]!;
  }
  return null;
}

/** Amounts written to the 分 (well grouped, two decimals) that make up a cell with dashes for none (a dash glued after
 * one, 293325.71-, is read off it); 0 where the cell holds any other word (预算 1,234.56 决算 1,200.00 is a note). */
function amountsIn(t: string): number {
  let n = 0;
  for (const w of t.trim().split(/\s+/)) {
    if (CELL_TWO_DECIMALS.test(w)) n++;
    else if (!/^[-—–－]{1,2}$/.test(w)) return 0;
  }
  return n;
}
const HEADER_AMOUNT = /[\u4e00-\u9fff）)](\d{1,3}(,\d{3})+|\d{2,})\.\d*$/;
const CELL_TWO_DECIMALS = /^[-−]?(\d{1,3}(,\d{3})+|\d+)\.\d\d[-—–－]{0,2}$/;

/** Digits, commas and points only, a % at the end allowed, one digit at least (/^[\d,.]+%?$/ and /\d/, read in one pass). */
function digitsAndSeparators(t: string): boolean {
  const end = t.endsWith('%') ? t.length - 1 : t.length;
  if (end === 0) return false;
  let digit = false;
  for (let k = 0; k < end; k++) {
    const c = t.charCodeAt(k);
    if (c >= 48 && c <= 57) digit = true;
    else if (c !== 44 && c !== 46) return false; // , .
  }
  return digit;
}

/** Cell patterns of brokenAmount, compiled once. */
const CUT_AT_END = /[.,]%?$/;
const WELL_GROUPED = /^\d{1,3}(,\d{3})*(\.\d+)?%?$/;
const TWO_DECIMALS = /^-?[\d,]*\d\.\d\d$/;
const ONE_DECIMAL = /^-?[\d,]*\d\.\d$/;
const ONE_DECIMAL_AFTER_CJK = /[一-鿿][\d,]*\d\.\d$/;
const LABEL_START = /^[^\d]*[\u4e00-\u9fff]{2}/;
const POINT_BETWEEN_DIGITS = /\d\.\d/;
const GLUED_TWO_DECIMALS = /[\u4e00-\u9fff](\d{1,3}(,\d{3})+|\d+)\.\d\d$/;
const ONE_DIGIT = /^\d$/;
const CELL_AMOUNT = /^-?[\d,]*\d(\.\d+)?%?$/;

/** Tables (by index) holding an amount cut in two (brokenAmount), with that amount. */
const brokenTables = new ObjectSlot<AuditFacts, Map<number, string>>();

/**
 * The tables (by index) of a text for which `note` says something (not null), with what it says: worked out once per
 * text and kept in `cache`.
 */
function notedTables(cache: ObjectSlot<AuditFacts, Map<number, string>>, facts: AuditFacts, note: (index: number) => string | null): Map<number, string> {
  let found = cache.get(facts);
  if (!found) {
    found = new Map();
    for (let i = 0; i < facts.tables.length; i++) {
      const n = note(i);
      if (n !== null) found.set(i, n);
    }
    cache.set(facts, found);
  }
  return found;
}

function brokenOf(facts: AuditFacts): Map<number, string> {
  return notedTables(brokenTables, facts, (i) => brokenAmount(facts.tables[i]!));
}

/**
 * Tables (by index) with a row whose total column (合计 / 小计 heading the parts right of it) is blank while a part holds
 * an amount: no table leaves a total out where its parts have one, so the row's cells stand in the wrong columns (a
 * piece of the table read in columns of another width, its blank cells not told apart). With the row's label.
 */
const shiftedTables = new ObjectSlot<AuditFacts, Map<number, string>>();

function shiftedOf(facts: AuditFacts): Map<number, string> {
  return notedTables(shiftedTables, facts, (i) => {
    const model = modelTable(facts.tables[i]!, i);
    if (!model) return null;
    const unit = model.unit ?? '元';
    const { spans } = rowSpans(model);
    // (Rows named by a label: a table of one row of amounts without any — the 三公 table set as one line — is read
    // with its first amount as the label, its cells one column off by construction.)
    const row = model.rows.find((r) =>
      /[\u4e00-\u9fff]/.test(r.label) &&
      spans.some((sp) => (r.cells[sp.total] ?? null) === null && sp.parts.some((p) => { const c = r.cells[p]; return c !== null && c !== undefined && (cellFen(c, unit)?.fen ?? 0) !== 0; })),
    );
    return row ? row.label : null;
  });
}

/** The first classification code written at the start of one of a table's rows (30299, 2101102, 207 01 01), or null. */
function firstRowCode(table: AuditFacts['tables'][number]): string | null {
  for (const row of table.rows.slice(0, 6)) {
    const lead = row
      .slice(0, 3)
      .map((c) => c.text.trim())
      .filter((t) => t !== '');
    const m = /^(\d{3})(?:\s*(\d{2}))?(?:\s*(\d{2}))?(?!\d)/.exec(lead.join(' ').replace(/^(\d{3}) (\d{2}) (\d{2})/, '$1$2$3'));
    if (m && lead.length > 0 && /^\d/.test(lead[0]!)) return `${m[1]}${m[2] ?? ''}${m[3] ?? ''}`;
  }
  return null;
}

/**
 * A table that goes on in the next one: only a few short lines between them (a page foot, a repeated header the reader
 * did not take as one) and the next one's first coded row is a child of one of this table's rows, its own top code
 * standing in no row of the next table. Returns that first code, or null.
 */
/**
 * A piece going on from a table split at a 类 (310 资本性支出 on the next page): the 类 rows of the piece, none of them
 * in the table, make up exactly what the table's 合计 row holds beyond its own 类 rows, in every column both fill.
 */
function makesUpTotal(model: TableModel, piece: TableModel | null): boolean {
  if (!piece || piece.header.length !== model.header.length || piece.rows.some((r) => TOTAL_WORDS.some((w) => r.label.includes(w)))) return false;
  const unit = model.unit ?? '元';
  const total = model.rows.find((r) => r.code === null && TOTAL_WORDS.some((w) => r.label.includes(w)));
  const tops = model.rows.filter((r) => r.code?.length === 3);
  const more = piece.rows.filter((r) => r.code?.length === 3);
  if (!total || tops.length === 0 || more.length === 0) return false;
  const fen = (r: TableRow, col: number): number => (r.cells[col] ? (cellFen(r.cells[col]!, unit)?.fen ?? 0) : 0);
  let compared = 0;
  for (let col = 0; col < model.header.length; col++) {
    if (!total.cells[col] || !more.some((r) => r.cells[col])) continue;
    const gap = fen(total, col) - tops.reduce((a, r) => a + fen(r, col), 0);
    if (gap !== more.reduce((a, r) => a + fen(r, col), 0)) return false;
    compared++;
  }
  return compared > 0;
}

function continuedIn(facts: AuditFacts, model: TableModel, index: number): string | null {
  const own = new Set(model.rows.flatMap(codesOf));
  // The next table, or the one after it where a table set beside this one (表6 | 表7 on one landscape page) came
  // between: then the piece must go on where this table's rows of that parent stop (30299 after 30239 under 302).
  for (const step of [1, 2]) {
    const next = facts.tables[index + step];
    if (!next) return null;
    if (step === 1) {
      const between = facts.text.slice(facts.tables[index]!.end, next.start);
      if (between.includes('。') || between.split('\n').filter((l) => l.trim() !== '').length > 6) continue;
    }
    const code = firstRowCode(next);
    if (code !== null && code.length === 3 && !own.has(code) && makesUpTotal(model, modelTable(next, index + step))) return code;
    if (code === null || code.length <= 3 || own.has(code)) continue;
    const parent = [code.slice(0, 5), code.slice(0, 3)].find((c) => c.length < code.length && own.has(c));
    if (!parent) continue;
    if (step === 2 && ![...own].some((c) => c.length === code.length && c.startsWith(parent) && c < code)) continue;
    const top = code.slice(0, 3);
    const nextModel = modelTable(next, index + step);
    if (nextModel?.rows.some((r) => r.code === top)) continue;
    return code;
  }
  return null;
}

/**
 * A piece going on from a table one or two tables before it with as many columns (the 人员经费 block's 30305 | 30309 |
 * 人员经费合计 after a page turn, the 公用经费 block read between): its first coded row is a child of a row there and
 * its parent stands in no row of the piece. Its totals add rows of both pieces. Returns that first code, or null.
 */
function continues(facts: AuditFacts, model: TableModel, index: number): string | null {
  const code = firstRowCode(facts.tables[index]!);
  if (code === null || code.length <= 3) return null;
  const parents = [code.slice(0, 3), code.slice(0, 5)].filter((c) => c.length < code.length);
  if (model.rows.some((r) => codesOf(r).some((c) => parents.includes(c)))) return null;
  for (const step of [1, 2]) {
    const before = index - step >= 0 ? modelTable(facts.tables[index - step]!, index - step) : null;
    if (!before || before.header.length !== model.header.length) continue;
    if (before.rows.some((r) => codesOf(r).some((c) => parents.includes(c)))) return code;
  }
  return null;
}

/**
 * A row of the table written as words right after it: a line of amounts written to the 分 that the reader could not set
 * in the table's columns (a piece going on in columns of its own; a row lost among a header repeated over a page turn),
 * within the next few lines and before any sentence (data/audit/thresholds.json tableMisread.unreadRow*). The table
 * lacks rows, so its column totals stand over rows not read. Returns the line's start, or null.
 */
function unreadAfter(facts: AuditFacts, index: number, options: RuleOptions): string | null {
  const { unreadRowAmounts, unreadRowLines } = options.config.tableMisread;
  const end = facts.tables[index]!.end;
  const stop = facts.tables[index + 1]?.start ?? facts.text.length;
  let seen = 0;
  for (const line of facts.text.slice(end, stop).split('\n')) {
    const l = line.trim();
    if (l === '') continue;
    if (++seen > unreadRowLines || /[。！？]/.test(l)) return null;
    if (l.includes('\t')) continue;
    let amounts = 0;
    for (const w of l.split(/\s+/)) if (CELL_TWO_DECIMALS.test(w)) amounts++;
    if (amounts >= unreadRowAmounts) return l.length > 24 ? `${l.slice(0, 24)}…` : l;
  }
  return null;
}

/** Tables (by index) followed by a row of theirs written as words (unreadAfter), with that row's start. */
const unreadAfterTables = new ObjectSlot<AuditFacts, Map<number, string>>();

function unreadAfterOf(facts: AuditFacts, options: RuleOptions): Map<number, string> {
  return notedTables(unreadAfterTables, facts, (i) => unreadAfter(facts, i, options));
}

function sumsOfTables(
  facts: AuditFacts,
  options: RuleOptions,
  columnNames: Map<number, (col: number) => string>,
  rowLabels: Map<number, (row: number) => string>,
): Finding[] {
  const out: Finding[] = [];
  const across: { model: TableModel; index: number; span: { total: number; parts: number[] }; unit: MoneyUnit; columnName: (col: number) => string }[] = [];
  let agree = 0;
  let differ = 0;
  const broken = brokenOf(facts);
  const shifted = shiftedOf(facts);
  facts.tables.forEach((table, index) => {
    if (broken.has(index) || shifted.has(index)) return;
    const model = modelTable(table, index);
    if (!model) return;
    const unit = model.unit ?? '元';
    const columnName = (col: number): string => model.header[col] || `第${col + 1}列`;
    columnNames.set(index, columnName);
    rowLabels.set(index, (row) => {
      const r = model.rows[row];
      return r ? `${shownCode(r) ?? ''}${r.label}` : `第${row + 1}行`;
    });
    // Down the columns: totals and their parts — not where the table goes on in the next one (a page turn whose
    // repeated header was not recognised): its totals stand over rows read elsewhere.
    const goesOn = continuedIn(facts, model, index) ?? continues(facts, model, index);
    // Rate columns (isRateHeader), read once per table rather than per sum.
    const rateColumn = model.header.map((h) => isRateHeader(h) || isPerUnitHeader(h));
    // Columns of whole things counted (维修工程（处）): their sums are exact where every cell is written whole.
    const exactColumn = model.header.map(isExactCountHeader);
    if (goesOn) options.notChecked.push(`sum-mismatch：表${index + 1}疑为跨页续接的一部分（“${goesOn}”），未核对合计`);
    // (Rows going on under it as words: told by tableSums, once.)
    // Rows numbered (行次) from above 1 in the leftmost row-number column: a piece whose first rows stand before it (a
    // page turn, its header repeated), so a 合计 in the columns right of that column may add rows not read here.
    const later = model.laterRows;
    let laterTold = false;
    for (const g of goesOn || unreadAfterOf(facts, options).has(index) ? [] : groupsOf(model, index, options)) {
      // A 合计 over one 类 stands for it alone: checked when the table lists that 类's 款 too (a whole
      // classification, not an excerpt).
      // So does a 类 over its only 款 (204 公共安全支出 over 20402 公安) where that 款's 项 are listed too.
      const single = g.parts.length === 1 && (g.kind === 'total' || g.kind === 'code') && g.parts[0]!.code !== null && model.rows.some((r) => r.code !== null && r.code !== g.parts[0]!.code && r.code.startsWith(g.parts[0]!.code!));
      if (g.parts.length < 2 && g.kind === 'total' && !single) continue;
      const group = model.rows.indexOf(g.total);
      const partRows = g.parts.map((r) => model.rows.indexOf(r));
      g.total.cells.forEach((cell, col) => {
        // A rate column (决算数占全年预算数%, 完成率) holds no amounts: rates do not add up; nor do standards per head.
        if (!cell || (rateColumn[col] ?? isRateHeader(''))) return;
        if (later && g.kind === 'total' && col > later.column) {
          if (!laterTold) options.notChecked.push(`sum-mismatch：表${index + 1}的行次从${later.from}起（疑为跨页续接的一部分，前面的行不在此表），未核对“${g.total.label}”`);
          laterTold = true;
          return;
        }
        const f = compare(
          facts,
          unit,
          { cell, row: g.total.label, column: columnName(col), code: shownCode(g.total) },
          g.parts.map((r) => r.cells[col]),
          (i) => ({ cell: g.parts[i]!.cells[col]!, row: g.parts[i]!.label, column: columnName(col), code: shownCode(g.parts[i]!) }),
          index,
          (sum) =>
            g.kind === 'total'
              ? `表${index + 1}“${columnName(col)}”列：合计${cell.text}，各行之和为${sum}`
              : `表${index + 1}“${columnName(col)}”列：“${shownCode(g.total) ?? ''}${g.total.label}”为${cell.text}，其下各行之和为${sum}`,
          single ? 1 : 2,
          false,
          g.total,
          { column: col, group, partKeys: partRows },
          exactColumn[col] ?? false,
        );
        if (f) out.push(f);
      });
    }
    // Across the rows: a 合计 column against the columns right of it (基本支出 + 项目支出); checked below, once the
    // whole document has shown whether its blanks stand for zero.
    const { spans, unclear } = rowSpans(model);
    if (unclear) options.notChecked.push(`sum-mismatch：表${index + 1}的${unclear}，“${columnName(model.header.findIndex((h) => /合计|小计/.test(h) && !isComparisonHeader(h)))}”列由哪几列相加不明，未核对行内合计`);
    // The 三公 form's spans, read from the endings of the headers, stand for the header-prefix span of the same total
    // column: a 小计 whose group name (公务用车购置及运行费) was lost reads as a member of the outer group (预算数小计 |
    // 预算数公务用车购置费 | 预算数公务用车运行费 | 预算数公务接待费), so the prefix span would add 接待费 into it (audit-pdf 651, 657).
    for (const span of sangongSpans(model.header)) {
      const at = spans.findIndex((o) => o.total === span.total);
      if (at < 0) spans.push(span);
      else spans[at] = span;
    }
    for (const span of spans) {
      const evidence = blankEvidence(model, span.total, span.parts, unit);
      agree += evidence.agree;
      differ += evidence.differ;
      across.push({ model, index, span, unit, columnName });
    }
  });
  // A blank (or a dash) among the parts counts as zero where the document's own rows show that habit: at least two
  // rows add up with it, twice as many as do not.
  const zeroBlanks = agree >= 2 && agree >= 2 * differ;
  for (const { model, index, span, unit, columnName } of across) {
    for (let ri = 0; ri < model.rows.length; ri++) {
      const r = model.rows[ri]!;
      const cell = r.cells[span.total];
      if (!cell) continue;
      const parts = span.parts.map((c) => r.cells[c]);
      if (parts.some((p) => !p) && !zeroBlanks) continue;
      const f = compare(
        facts,
        unit,
        { cell, row: r.label, column: columnName(span.total), code: shownCode(r) },
        parts,
        (i) => ({ cell: parts[i]!, row: r.label, column: columnName(span.parts[i]!), code: shownCode(r) }),
        index,
        (sum) => `表${index + 1}${r.label === '' && r.code === null ? '' : `“${r.code ?? ''}${r.label}”行`}：${columnName(span.total)}${cell.text}，${span.parts.map(columnName).join('与')}之和为${sum}`,
        zeroBlanks ? 1 : 2,
        true,
        null,
        { column: span.total, group: ri, partKeys: span.parts },
      );
      if (f) out.push(f);
    }
  }
  return out;
}
