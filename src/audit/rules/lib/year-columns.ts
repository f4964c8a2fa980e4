/**
 * Tables with one column of the report's year and one of the year before of the same kind (项目 | 2025年预算数 |
 * 2024年预算数, 项目 | 本年决算数 | 上年决算数): each row's two cells by the row's name, numbering and 其中 aside. A header
 * names its year by number (2025年) or by 本年 / 上年; with the year taken out, the two headers must read the same and not
 * be empty. Worked out once per text and year (read by direction-mismatch and table-text-mismatch).
 */
import { MONEY_UNITS, type MoneyUnit } from '../../../core/money.ts';
import { RULE_WORDS } from '../../config.ts';
import { ObjectSlot } from '../../facts/object-slot.ts';
import { cellFen, modelTable } from '../../facts/table-model.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import type { AuditFacts, Figure, TableCell } from '../../facts/types.ts';
import { titleAbove } from './table-title.ts';

export interface YearRow {
  readonly table: number;
  readonly label: string;
  readonly current: TableCell;
  readonly prior: TableCell;
  readonly unit: MoneyUnit | null;
  readonly currentHeader: string;
  readonly priorHeader: string;
  /** The table's title above it, blanks and quotes out (二、三公经费支出预算表). */
  readonly title: string;
}

export interface YearColumns {
  readonly year: number;
  readonly byName: ReadonlyMap<string, readonly YearRow[]>;
}

/** A row label without its numbering and 其中 (3.公务接待费 → 公务接待费, 其中：公务用车购置费 → 公务用车购置费). */
export function rowName(label: string): string {
  return label.replace(/[\s　]/g, '').replace(/^其中[：:]?/, '').replace(/^(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[）)])/, '');
}

const cache = new ObjectSlot<AuditFacts, YearColumns>();

export function yearColumnRows(facts: AuditFacts, fiscalYear: number): YearColumns {
  const cached = cache.get(facts);
  if (cached && cached.year === fiscalYear) return cached;
  const rows = new Map<string, YearRow[]>();
  const own = new RegExp(`^(?:${fiscalYear}年度?|本年度?)`);
  const before = new RegExp(`^(?:${fiscalYear - 1}年度?|上年度?)`);
  facts.tables.forEach((table, index) => {
    const model = modelTable(table, index);
    if (!model) return;
    const header = model.header.map((h) => h.replace(/[\s　]/g, ''));
    const cur = header.findIndex((h) => own.test(h));
    const pri = header.findIndex((h) => before.test(h));
    if (cur < 0 || pri < 0 || header.filter((h) => own.test(h)).length !== 1 || header.filter((h) => before.test(h)).length !== 1) return;
    if (header[cur]!.replace(own, '') !== header[pri]!.replace(before, '') || header[cur]!.replace(own, '') === '') return;
    const title = titleAbove(facts.text, table.start).replace(/[\s　“”"‘’]/g, '');
    for (const r of model.rows) {
      const c = r.cells[cur];
      const p = r.cells[pri];
      if (!c || !p) continue;
      const name = rowName(r.label);
      if (name.length < 2) continue;
      const list = rows.get(name) ?? [];
      list.push({ table: index, label: r.label, current: c, prior: p, unit: model.unit, currentHeader: model.header[cur]!, priorHeader: model.header[pri]!, title });
      rows.set(name, list);
    }
  });
  const result = { year: fiscalYear, byName: rows };
  cache.set(facts, result);
  return result;
}

const DM = RULE_WORDS['direction-mismatch'];
const CHANGE_WORDS = [...DM.up, ...DM.down].filter((w) => w.length > 0);
/** A change against last year ending a label: 比上年减少 / 较上年度增加 (group: the direction word). */
const LAST_YEAR_CHANGE = new RegExp(`^(?:比|较)(?:${anyWord(DM.lastYear)})度?(?:同期)?(${anyWord(CHANGE_WORDS)})$`);
const TOTAL_WORDS: readonly string[] = RULE_WORDS['sum-mismatch'].totalRows;
const PHASE_WORDS: readonly string[] = RULE_WORDS['table-text-mismatch'].yearRowPhaseWords;

/** The rows of a label's name, numbering and 其中 aside (公务接待费 → the rows 3.公务接待费). */
export function rowsOfName(columns: YearColumns, label: string): readonly YearRow[] {
  return columns.byName.get(rowName(label)) ?? [];
}

/**
 * The rows a prose name stands for: the rows of that name; for any other name (“三公”经费预算合计) the total rows of the
 * tables whose title holds the name without its year, total word and phase words (三公 in 二、“三公”经费支出预算表).
 */
export function rowsNamed(columns: YearColumns, label: string): readonly YearRow[] {
  const name = rowName(label).replace(/^\d{4}年度?/, '').replace(/[“”"‘’]/g, '');
  const direct = columns.byName.get(name);
  if (direct) return direct;
  // (A total's name may have lost its total word to the figure reader: 2024年“三公”经费预算合计 reads 2024年“三公”经费预算.)
  const ending = TOTAL_WORDS.find((w) => name.endsWith(w));
  let core = ending ? name.slice(0, -ending.length) : name;
  for (let again = true; again; ) {
    again = false;
    for (const w of PHASE_WORDS) {
      if (core.length > w.length && core.endsWith(w)) {
        core = core.slice(0, -w.length);
        again = true;
      }
    }
  }
  if (core.length < 2) return [];
  return TOTAL_WORDS.flatMap((w) => columns.byName.get(w) ?? []).filter((r) => r.title.includes(core));
}

/** An amount read from a cell, with the number of its decimals. */
export interface CellAmount {
  readonly fen: number;
  readonly decimals: number;
}

/** 公务接待费5.20万元，比上年减少0.60万元 read against the one table row of the item (changeAgainstYearRow). */
export interface ChangeAgainstYearRow {
  /** The year's amount A (公务接待费5.20万元). */
  readonly a: Figure;
  /** The change C on last year (比上年减少0.60万元). */
  readonly c: Figure;
  /** C's direction word (减少) and whether it is an up word. */
  readonly word: string;
  readonly up: boolean;
  readonly row: YearRow;
  /** The row's unit, or A's when the table states none. */
  readonly unit: MoneyUnit;
  /** The row's cells of the report's year and of the year before, in 分 of `unit`. */
  readonly cur: CellAmount;
  readonly pri: CellAmount;
}

/** Half a unit of the last place of a cell of `decimals` decimals in `unit`, in 分: the rounding a cell may carry. */
export function cellHalf(unit: MoneyUnit, decimals: number): number {
  return 10 ** Math.max(0, MONEY_UNITS[unit] - decimals) / 2;
}

/**
 * Each “A，比上年增加/减少C” of the text with the one row its name stands for in a table of this year's and last year's
 * columns (yearColumnRows): C's label is a last-year change word only; right before it, in its sentence with at most a
 * comma between, a money amount A that is no change and has no qualifier; `find` gives A's rows (rowsOfName: the name
 * only; rowsNamed: or a total's table by its title) and there is exactly one; both of its cells read as amounts. What
 * the pair says against the row is the caller's verdict (direction-mismatch change-against-year-columns,
 * table-text-mismatch year-row-restated).
 */
export function changeAgainstYearRow(
  facts: AuditFacts,
  fiscalYear: number | null,
  find: (columns: YearColumns, label: string) => readonly YearRow[],
): ChangeAgainstYearRow[] {
  if (fiscalYear === null || facts.tables.length === 0) return [];
  const out: ChangeAgainstYearRow[] = [];
  const { figures, text } = facts;
  let columns: YearColumns | null = null;
  for (let i = 1; i < figures.length; i++) {
    const c = figures[i]!;
    if (c.kind !== 'money' || !c.comparative) continue;
    const label = c.label.replace(/[\s，,]/g, '');
    const m = LAST_YEAR_CHANGE.exec(label);
    if (!m) continue;
    const a = figures[i - 1]!;
    if (a.kind !== 'money' || a.comparative || a.qualifier || a.sentence !== c.sentence || a.moneyUnit === undefined) continue;
    if (!/^[，,]?$/.test(text.slice(a.end, c.start).replace(/\s/g, '').replace(label, ''))) continue;
    columns ??= yearColumnRows(facts, fiscalYear);
    if (columns.byName.size === 0) return out;
    const found = find(columns, a.label);
    if (found.length !== 1) continue;
    const row = found[0]!;
    const unit = row.unit ?? a.moneyUnit;
    const cur = cellFen(row.current, unit);
    const pri = cellFen(row.prior, unit);
    if (!cur || !pri) continue;
    out.push({ a, c, word: m[1]!, up: DM.up.includes(m[1]!), row, unit, cur, pri });
  }
  return out;
}
