/**
 * Tables with one column of the report's year and one of the year before of the same kind (项目 | 2025年预算数 |
 * 2024年预算数, 项目 | 本年决算数 | 上年决算数): each row's two cells by the row's name, numbering and 其中 aside. A header
 * names its year by number (2025年) or by 本年 / 上年; with the year taken out, the two headers must read the same and not
 * be empty. Worked out once per text and year (read by direction-mismatch and table-text-mismatch).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS, type MoneyUnit } from '../../../core/money.ts';
import { RULE_WORDS } from '../../config.ts';
import { ObjectSlot } from '../../facts/object-slot.ts';
import { cellFen, modelTable } from '../../facts/table-model.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import { precisionFen, quoteCell, quoteFigure } from './evidence.ts';
import type { AuditFacts, TableCell } from '../../facts/types.ts';
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

/**
 * The rows a prose name stands for: the rows of that name; for any other name (“三公”经费预算合计) the total rows of the
 * tables whose title holds the name without its year, total word and phase words (三公 in 二、“三公”经费支出预算表).
 */
function rowsNamed(columns: YearColumns, label: string): readonly YearRow[] {
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

/**
 * 2024年“三公”经费预算合计26.30万元，比上年减少2.70万元 beside a table 项目 | 2024年预算 | 2023年预算 with 合计 | 26.80 |
 * 29.50: the year's amount A of an item and its change C on last year, where the item's row in a table of this year's and
 * last year's columns makes the change (|cur − pri| = C, in C's direction) but its year's cell is not A — the prose amount
 * is the one that differs (table-text-mismatch, shape year-row-restated). Preconditions: the change's label is a
 * last-year change word only; right before it (a comma between) A, named by its label; one row of that name (or, for a
 * total, one total row of a table titled with the name); the row's cells make C within the rounding and A is not its
 * year's cell beyond the rounding.
 */
export function restatedAgainstYearRows(facts: AuditFacts, fiscalYear: number | null): Finding[] {
  if (fiscalYear === null || facts.tables.length === 0) return [];
  const out: Finding[] = [];
  const { figures, text } = facts;
  let columns: YearColumns | null = null;
  for (let i = 1; i < figures.length && out.length < 20; i++) {
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
    const found = rowsNamed(columns, a.label);
    if (found.length !== 1) continue;
    const row = found[0]!;
    const unit = row.unit ?? a.moneyUnit;
    const cur = cellFen(row.current, unit);
    const pri = cellFen(row.prior, unit);
    if (!cur || !pri) continue;
    const half = (d: number): number => 10 ** Math.max(0, MONEY_UNITS[unit] - d) / 2;
    const aHalf = precisionFen(a) / 2;
    if (Math.abs(cur.fen - a.scaled) <= half(cur.decimals) + aHalf) continue;
    const up = DM.up.includes(m[1]!);
    if (cur.fen === pri.fen || up !== cur.fen > pri.fen) continue;
    if (Math.abs(Math.abs(cur.fen - pri.fen) - c.scaled) > half(cur.decimals) + half(pri.decimals) + precisionFen(c) / 2) continue;
    out.push(
      finding({
        rule: 'table-text-mismatch',
        shape: 'year-row-restated',
        severity: 'warning',
        message: `正文“${a.label}”${a.raw}与表${row.table + 1}“${row.label}”行“${row.currentHeader}”${row.current.text}${unit}不符（表中本年与上年之差恰为正文所写${m[1]}${c.raw}）`,
        evidence: [quoteFigure(facts, a), quoteCell(facts, row.current, row.table, row.label, row.currentHeader)],
        calculation: `${row.current.text} − ${row.prior.text} = ${up ? '' : '−'}${c.numberText}；${a.numberText} ≠ ${row.current.text}`,
      }),
    );
  }
  return out;
}
