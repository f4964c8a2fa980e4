/** Evidence helpers: quotes with offsets and line numbers, and amounts written the way the report wrote them. */
import type { Evidence } from '../../../core/finding.ts';
import { MONEY_UNITS, type MoneyUnit, formatExact } from '../../../core/money.ts';
import { lineOf, spanIndexAt } from '../../facts/lines.ts';
import { pow10 } from '../../facts/plain-amount.ts';
import type { AuditFacts, Figure, Span, TableCell } from '../../facts/types.ts';

const MAX_QUOTE = 160;

/** A quote of exactly this span. */
export function quoteSpan(facts: AuditFacts, span: Span, value?: number): Evidence {
  const end = Math.min(span.end, span.start + MAX_QUOTE);
  return {
    quote: (facts.shown ?? facts.text).slice(span.start, end),
    start: span.start,
    end,
    line: lineOf(facts.lineStarts, span.start),
    ...(value === undefined ? {} : { value }),
  };
}

/** The clause around a figure: from the label's start to the figure's end — short, and it names what the figure is. */
export function quoteFigure(facts: AuditFacts, figure: Figure): Evidence {
  const start = Math.max(figure.start - figure.label.length - 4, facts.sentences[figure.sentence]?.start ?? 0);
  let s = start;
  // Start at a clause boundary when there is one nearby, so the quote reads as a phrase.
  for (let k = figure.start - 1; k >= start; k--) {
    if ('，。；：、\n'.includes(facts.text[k]!)) {
      s = k + 1;
      break;
    }
  }
  // A count's noun belongs to it (34名干部职工).
  const end = figure.end + (figure.kind === 'count' ? figure.noun.length : 0);
  return quoteSpan(facts, { start: s, end }, figure.kind === 'money' ? figure.scaled : undefined);
}

/** The whole sentence containing an offset (bounded). */
export function quoteSentenceAt(facts: AuditFacts, offset: number): Evidence {
  const s = facts.sentences[spanIndexAt(facts.sentences, offset)];
  if (!s) return quoteSpan(facts, { start: offset, end: offset + 1 });
  const start = Math.max(s.start, offset - MAX_QUOTE / 2);
  return quoteSpan(facts, { start, end: Math.min(s.end, start + MAX_QUOTE) });
}

/** Money in a unit, exact, without trailing zeros: 1059.4098. */
export function inUnit(fenValue: number, unit: MoneyUnit | undefined): string {
  return formatExact(fenValue, unit ?? '元', false);
}

/**
 * The number of 分 in one unit of the last digit a figure states (its precision). Reports drop trailing zeros
 * (1668.7万元, 108万元 mean 1668.70 and 108.00), so an amount is taken as stated to at least 2 decimals.
 */
export function precisionFen(figure: Figure): number {
  const exponent = MONEY_UNITS[figure.moneyUnit ?? '元'];
  return pow10(Math.max(0, exponent - Math.max(2, figure.decimals)));
}

/**
 * How far a computed amount may stand from a stated one when every figure was rounded to its last digit: half a unit
 * of each figure's last digit, summed (a sum, a difference or a total of stated amounts).
 */
export function roundingSlack(figures: readonly Figure[]): number {
  return figures.reduce((s, f) => s + precisionFen(f) / 2, 0);
}

/** A table cell as evidence: its text and place, the table (by index, shown 表N), its row label and column header. */
export function quoteCell(facts: AuditFacts, cell: TableCell, table: number, row: string, column: string, value?: number): Evidence {
  const place = { quote: cell.text, start: cell.start, end: cell.end, line: lineOf(facts.lineStarts, cell.start) };
  return { ...place, ...(value === undefined ? {} : { value }), cell: { table: `表${table + 1}`, row, column } };
}
