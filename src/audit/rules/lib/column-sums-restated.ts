/**
 * A sentence that restates a table's column totals: 表4 案件类别 | 立案数（件） | 结案数（件） | 罚没款（万元）, rows, 合计
 * 438 | 425 | 247.32, and right below it 全年共立案查处各类违法案件438件，结案452件，罚没款247.32万元 — the sentence gives
 * the columns' totals in words, so each of its figures of a column's unit names that column's total; one that differs
 * is a mistyped restatement (table-text-mismatch, shape column-total-restated).
 *
 * Preconditions, each needed (silent otherwise):
 * - the table has a total row (sum-mismatch totalRows) and every number of it equals the sum of a column's body rows
 *   (rows other than totals, subtotals and 其中 parts: sum-mismatch skipRows) — the table is read right and adds up;
 * - a column counts only when its header names its unit in brackets (结案数（件）, 发放金额（万元）) and is no rate or
 *   standard (sum-mismatch rateHeader; a unit per something, 元/人·年);
 * - the sentence stands in the paragraph right after the table (or the one right before it) and at least one other of
 *   its figures equals another column's total: the sentence does restate the totals;
 * - the figure is of one column's unit (money in that unit's 分, a count in its measure word or one starting with it:
 *   人次 for 人), that column is the only one of its unit no figure of the sentence restates, its header and the
 *   figure's label share two characters (结案数 / 结案), the figure is no change, bound or part (其中), and it is within a
 *   factor of two of the total (a slip of digits, not another quantity).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS, type MoneyUnit } from '../../../core/money.ts';
import { RULE_WORDS } from '../../config.ts';
import { firstFigureAtOrAfter } from '../../facts/figure-search.ts';
import { cellFen } from '../../facts/table-model.ts';
import type { AuditFacts, Figure, TableCell, TableFact } from '../../facts/types.ts';
import { inUnit, quoteCell, quoteFigure } from './evidence.ts';

const SUM_WORDS = RULE_WORDS['sum-mismatch'];
const NAME_ENDINGS = RULE_WORDS['table-text-mismatch'].columnNameEndings;
const MONEY_HEADER: readonly string[] = RULE_WORDS['table-text-mismatch'].moneyHeader;
const NOT_AMOUNT_HEADER: readonly string[] = RULE_WORDS['table-text-mismatch'].notAmountHeader;
/** A header's unit in brackets at its end: 结案数（件）, 发放金额（万元）. */
const HEADER_UNIT = /^(.+?)[（(]([^（()）]{1,4})[）)]$/;
const INTEGER_CELL = /^\d{1,3}(?:,\d{3})+$|^\d+$/;

interface Column {
  readonly index: number;
  readonly name: string;
  readonly unit: string;
  readonly money: MoneyUnit | null;
  /** 分 for money, the count itself otherwise. */
  readonly sum: number;
  readonly totalCell: TableCell | null;
}

function columnsOf(table: TableFact): Column[] | null {
  const [header, ...body] = table.rows;
  if (!header || body.length < 3) return null;
  const label = (r: readonly TableCell[]): string => (r[0]?.text ?? '').replace(/\s+/g, '');
  // (The last row must be the one total: looked at first, before any other row is read.)
  const total = body[body.length - 1]!;
  if (!SUM_WORDS.totalRows.some((w) => label(total).startsWith(w))) return null;
  if (body.some((r) => r !== total && SUM_WORDS.totalRows.some((w) => label(r).startsWith(w)))) return null;
  const parts = body.filter((r) => r !== total && !SUM_WORDS.skipRows.some((w) => label(r).startsWith(w)));
  if (parts.length < 2) return null;
  const out: Column[] = [];
  for (let c = 1; c < header.length; c++) {
    const h = header[c]!.text.replace(/\s+/g, '');
    if (SUM_WORDS.rateHeader.some((w) => h.includes(w))) continue;
    const m = HEADER_UNIT.exec(h);
    // (A header naming amounts with no unit of its own — 发放金额 under 单位：万元 — is in the table's unit.)
    const captioned = !m && table.moneyUnit !== null && MONEY_HEADER.some((w) => h.includes(w)) && !NOT_AMOUNT_HEADER.some((w) => h.includes(w)) && !/[（(]/.test(h);
    if (!captioned && (!m || m[2]!.includes('/'))) continue;
    const unit = captioned ? table.moneyUnit! : m![2]!;
    const money = unit in MONEY_UNITS ? (unit as MoneyUnit) : null;
    let sum = 0;
    let ok = true;
    for (const r of parts) {
      const cell = r[c];
      const t = cell?.text.trim() ?? '';
      if (t === '' || t === '-' || t === '—') continue;
      const v = money ? cellFen(cell!, money)?.fen : INTEGER_CELL.test(t) ? Number(t.replace(/,/g, '')) : undefined;
      if (v === undefined || v === null) {
        ok = false;
        break;
      }
      sum += v;
    }
    if (!ok || sum <= 0) continue;
    let name = captioned ? h : m![1]!;
    for (const e of NAME_ENDINGS) if (name.endsWith(e) && name.length - e.length >= 2) name = name.slice(0, -e.length);
    out.push({ index: c, name, unit, money, sum, totalCell: null });
  }
  if (out.length < 2) return null;
  // Every number of the total row is some column's sum: the table adds up as read (a row short of a blank cell too).
  const withTotals = out.map((col) => {
    const cell = total.slice(1).find((x) => (col.money ? cellFen(x, col.money)?.fen : INTEGER_CELL.test(x.text.trim()) ? Number(x.text.trim().replace(/,/g, '')) : undefined) === col.sum);
    return { ...col, totalCell: cell ?? null };
  });
  const matched = new Set(withTotals.map((c) => c.totalCell).filter((x) => x !== null));
  if (total.slice(1).some((cell) => /\d/.test(cell.text) && !/[%％]/.test(cell.text) && !matched.has(cell))) return null;
  return withTotals;
}

function figureInColumn(f: Figure, col: Column): number | null {
  if (col.money) return f.kind === 'money' && f.moneyUnit !== undefined ? f.scaled : null;
  if (f.kind !== 'count' || f.decimals !== 0) return null;
  return f.unit === col.unit || f.unit.startsWith(col.unit) || col.unit.startsWith(f.unit) ? f.scaled : null;
}

function sameValue(f: Figure, v: number, col: Column): boolean {
  if (!col.money) return v === col.sum;
  const step = 10 ** Math.max(0, MONEY_UNITS[f.moneyUnit!] - f.decimals);
  return Math.abs(v - col.sum) * 2 <= step;
}

function sharesTwoCharacters(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/** The index of the first span starting at or after `offset` (spans in order; their length when none). */
function firstStartingAtOrAfter(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function columnTotalsRestated(facts: AuditFacts, tables: readonly number[]): Finding[] {
  const out: Finding[] = [];
  for (const ti of tables) {
    const table = facts.tables[ti]!;
    const cols = columnsOf(table);
    if (!cols) continue;
    // The paragraphs right after and right before the table.
    const next = firstStartingAtOrAfter(facts.paragraphs, table.end);
    const after = facts.paragraphs[next];
    let b = firstStartingAtOrAfter(facts.paragraphs, table.start) - 1;
    while (b >= 0 && facts.paragraphs[b]!.end > table.start) b--;
    const before = b >= 0 ? facts.paragraphs[b] : undefined;
    for (const para of [after, before]) {
      if (!para) continue;
      const from = firstFigureAtOrAfter(facts.figures, para.start);
      const bySentence = new Map<number, Figure[]>();
      for (let k = from; k < facts.figures.length && facts.figures[k]!.start < para.end; k++) {
        const f = facts.figures[k]!;
        if (f.kind !== 'money' && f.kind !== 'count') continue;
        const list = bySentence.get(f.sentence) ?? [];
        list.push(f);
        bySentence.set(f.sentence, list);
      }
      for (const figs of bySentence.values()) {
        const restated = new Set<Column>();
        for (const f of figs) for (const col of cols) {
          const v = figureInColumn(f, col);
          if (v !== null && !f.comparative && sameValue(f, v, col)) restated.add(col);
        }
        if (restated.size === 0) continue;
        for (const f of figs) {
          if (f.comparative || f.qualifier || f.label.includes('其中') || cols.some((col) => restated.has(col) && figureInColumn(f, col) !== null && sameValue(f, figureInColumn(f, col)!, col))) continue;
          const open = cols.filter((col) => figureInColumn(f, col) !== null && !restated.has(col));
          if (open.length !== 1) continue;
          const col = open[0]!;
          const v = figureInColumn(f, col)!;
          if (v * 2 < col.sum || v > col.sum * 2 || !sharesTwoCharacters(col.name, `${f.label}${f.noun}`)) continue;
          const header = table.rows[0]![col.index]!.text;
          const shown = col.money ? `${inUnit(col.sum, col.money)}${col.money}` : `${col.sum}${col.unit}`;
          out.push(
            finding({
              rule: 'table-text-mismatch',
              shape: 'column-total-restated',
              severity: 'warning',
              message: `正文“${f.label}${f.raw}”与表${ti + 1}“${header}”列合计${shown}不符（同句其他数字与该表合计行一致）`,
              evidence: [quoteFigure(facts, f), ...(col.totalCell ? [quoteCell(facts, col.totalCell, ti, table.rows[table.rows.length - 1]![0]!.text, header)] : [])],
              calculation: `表${ti + 1}“${header}”列各行之和 = ${shown} ≠ ${f.raw}`,
            }),
          );
        }
      }
    }
  }
  return out;
}
