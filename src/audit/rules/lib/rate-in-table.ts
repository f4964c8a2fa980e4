/**
 * A rate the prose states that a table line bears out. The 自评表's funds rows and the 决算 tables give each item's
 * budget, spending and 执行率 on one line (项目支出 | 540.50 | 589.70 | 556.00 | 94.29%); a sentence restating them
 * (项目支出556.00万元，项目支出执行率94.29%) may set the rate beside amounts that are not its numerator and
 * denominator, or restate one of them wrongly. Read only on table lines (cells split by a tab or by runs of two
 * spaces or more), numbers compared as written, or else at the factor between two units (CELL_SCALES: 元 beside 万元):
 * - 'numerator': a line holds the stated rate, the prose's numerator and another cell that, as denominator, gives the
 *   rate — the prose's denominator was not the rate's: no mismatch of the rate;
 * - 'denominator': a line holds the stated rate, the prose's denominator and a cell that, as numerator, gives the rate,
 *   and not the prose's numerator — the rate is the table's, and the prose's numerator differs from the table's cell.
 * Lines that disagree leave null.
 */
import moneyUnits from '../../../../data/audit/money-units.json' with { type: 'json' };
import { type LineCell, tableLines } from '../../facts/table-line-cells.ts';
import type { AuditFacts } from '../../facts/types.ts';

/** scale: the factor the line's cells were read at (1, or 10,000 / 1/10,000 for a table in another unit than the prose). */
export type RateInTable = { readonly kind: 'numerator' } | { readonly kind: 'denominator'; readonly cell: LineCell; readonly scale: number; readonly denominatorCell: LineCell };

const PERCENT_CELL = /^(\d+(?:\.\d+)?)[%％]$/;
const NUMBER_CELL = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;
const MAX_LINES = 4000;

/** A unit's worth in 元 (data/audit/money-units.json units). */
function yuanOf(unit: string): number {
  const u = moneyUnits.units.find((x) => x.unit === unit);
  if (!u) throw new Error(`data/audit/money-units.json: tablesBesideProse names ${unit}, which units does not list`);
  return u.yuan;
}

/**
 * The factors a table's cells are read at against the prose's amounts: as written, then, for each pair of units a
 * table and its prose may be in (money-units.json tablesBesideProse: 万元 beside 元), the table in the first and the
 * prose in the second (×10,000), and the reverse (a copy stating the amounts in 元 over a table in 万元 restates the
 * same numbers). A factor is tried only where the one before it matched no line.
 */
const CELL_SCALES: readonly number[] = [
  1,
  ...moneyUnits.tablesBesideProse.flatMap(([table, prose]) => {
    const factor = yuanOf(table!) / yuanOf(prose!);
    return [factor, 1 / factor];
  }),
];
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export function rateInTable(facts: AuditFacts, stated: number, decimals: number, numerator: number, denominator: number): RateInTable | null {
  const text = facts.text;
  const half = 0.5 / 10 ** decimals + 1e-9;
  const fits = (a: number, b: number) => b > 0 && Math.abs((a / b) * 100 - stated) <= half;
  let found: RateInTable[] = [];
  for (const scale of CELL_SCALES) {
    for (const cells of tableLines(text, facts.lineStarts, MAX_LINES)) {
      if (!cells.some((c) => PERCENT_CELL.test(c.text) && Math.abs(Number(PERCENT_CELL.exec(c.text)![1]) - stated) <= 1e-9)) continue;
      const numbers = cells.filter((c) => NUMBER_CELL.test(c.text)).map((c) => ({ cell: c, value: Number(c.text.replace(/,/g, '')) * scale }));
      const hasNum = numbers.some((n) => same(n.value, numerator));
      const hasDen = numbers.some((n) => same(n.value, denominator));
      if (hasNum && numbers.some((n) => !same(n.value, numerator) && fits(numerator, n.value))) found.push({ kind: 'numerator' });
      else if (hasDen && !hasNum) {
        const spent = numbers.filter((n) => !same(n.value, denominator) && fits(n.value, denominator));
        const den = numbers.find((n) => same(n.value, denominator))!;
        if (spent.length === 1) found.push({ kind: 'denominator', cell: spent[0]!.cell, scale, denominatorCell: den.cell });
      }
    }
    if (found.length > 0) break;
    found = [];
  }
  if (found.length === 0) return null;
  const first = found[0]!;
  return found.every((f) => f.kind === first.kind && (f.kind === 'numerator' || (first.kind === 'denominator' && f.cell.text === first.cell.text))) ? first : null;
}

/**
 * The rate a table line gives the prose's numerator (项目支出 | 1340.00 | 1600.00 | 1515.12 | 94.70%) where the prose
 * (项目支出执行1515.12万元，执行率为97.40%) names the line's item and states another rate with no base of its own.
 * Preconditions: exactly one table line holds the numerator as a cell, its label (its first cell, 其中： and the like
 * aside) is named in `context` (the prose's clause group up to the rate), and it holds a rate cell that the numerator
 * over another of its cells bears out; no line holds the stated rate.
 */
export function rateOfNumeratorRow(facts: AuditFacts, stated: number, numerator: number, context: string): { readonly cell: LineCell; readonly label: string } | null {
  const text = facts.text;
  const hits: { cell: LineCell; label: string }[] = [];
  for (const cells of tableLines(text, facts.lineStarts, MAX_LINES)) {
    const numbers = cells.filter((c) => NUMBER_CELL.test(c.text)).map((c) => ({ cell: c, value: Number(c.text.replace(/,/g, '')) }));
    if (!numbers.some((n) => n.value === numerator)) continue;
    const rates = cells.filter((c) => PERCENT_CELL.test(c.text));
    if (rates.some((c) => Math.abs(Number(PERCENT_CELL.exec(c.text)![1]) - stated) <= 1e-9)) return null;
    const label = cells.find((c) => !NUMBER_CELL.test(c.text) && !PERCENT_CELL.test(c.text));
    const name = label?.text.replace(/^(?:其中|按[^：:]{1,8}分)[：:]/, '').trim() ?? '';
    if (name.length < 2 || !context.includes(name)) continue;
    for (const r of rates) {
      const [, digits] = PERCENT_CELL.exec(r.text)!;
      const p = Number(digits);
      const d = (digits!.split('.')[1] ?? '').length;
      const half = 0.5 / 10 ** d + 1e-9;
      if (numbers.some((n) => n.value !== numerator && n.value > 0 && Math.abs((numerator / n.value) * 100 - p) <= half)) hits.push({ cell: r, label: name });
    }
  }
  return hits.length === 1 ? hits[0]! : null;
}
