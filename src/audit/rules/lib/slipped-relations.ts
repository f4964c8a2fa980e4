/**
 * Relations told by a slip of one digit (percent-mismatch, sum-mismatch): a planted or a real slip breaks a relation
 * by changing one digit of one side, or swapping two neighbouring digits — whatever the writer's words. These passes
 * read no label list: the digit slip itself is the binding.
 *
 * slippedRates: a rate R% and two amounts of one kind near it (its sentence and the sentence before, in its
 * paragraph): when no pair of those amounts gives R within rounding, and exactly one pair gives a value whose digits,
 * written as R is written, are R's digits with one changed or two neighbours swapped, R is that pair's ratio misprinted.
 *
 * Preconditions (silent otherwise):
 * - R is not a change or a threshold (comparative / qualifier figures are left out), is written to two decimals
 *   (96.41%; one decimal is a rounding a coincidence fits too often) and is at most 100 % (a share, a completion);
 * - the amounts are money (any unit, compared in 分) or counts of one measure word; none a change or a threshold;
 * - one side of the pair is the amount right before R in its sentence with no other rate between; the other is no
 *   amount with a rate of its own right after it (in a list of shares, A，占R1%；B，占R2%, a sibling is no whole);
 * - no pair of them gives R within the rounding of the three figures (the rate is explained by the text);
 * - exactly one pair gives a digit slip of R (a second slip pair: the binding is not unique);
 * - a changed digit is not R's first when R has three digits (5.xx% for 9.xx%), nor its last (8.79% for 8.77%: the rounding of
 *   amounts the text does not show); a swap of two neighbours may be anywhere.
 * A 警告 at most (severity.json slipped-rate) until measured on unseen text. Cost: a rate looks at the figures of two
 * sentences (bounded), pairs of at most MAX_AMOUNTS.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS } from '../../../core/money.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { quoteFigure } from './evidence.ts';
import { digitSlip } from './restated-values.ts';

/** The most amounts paired around one rate: more, and a slip pair turns up by chance. */
const MAX_AMOUNTS = 8;

function amountLike(f: Figure): boolean {
  if (f.comparative || f.qualifier) return false;
  if (f.kind === 'money') return f.moneyUnit !== undefined && (f.currency === undefined || f.currency === 'CNY');
  return f.kind === 'count';
}

function sameKind(a: Figure, b: Figure): boolean {
  if (a.kind === 'money' && b.kind === 'money') return true;
  return a.kind === 'count' && b.kind === 'count' && a.unit === b.unit;
}

/** The value in its own unit (money in 分) and half a unit of its last written digit. */
function valueOf(f: Figure): { value: number; half: number } {
  if (f.kind === 'money') return { value: f.scaled, half: 0.5 * 10 ** Math.max(0, MONEY_UNITS[f.moneyUnit ?? '元'] - f.decimals) };
  return { value: f.scaled / 10 ** f.decimals, half: 0.5 * 10 ** -f.decimals };
}

/** An amount followed in its sentence by a rate before any other amount: a sibling with its own share (A，占R1%；B，占R2%). */
function ownsRate(figures: readonly Figure[], f: Figure): boolean {
  const k = figures.indexOf(f);
  const next = figures[k + 1];
  return next !== undefined && next.sentence === f.sentence && next.kind === 'percent';
}

function digitsOf(raw: string): string {
  return raw.replace(/[^0-9]/g, '');
}

export function slippedRates(facts: AuditFacts): Finding[] {
  const figures = facts.figures;
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const r = figures[i]!;
    if (r.kind !== 'percent' || r.comparative || r.qualifier) continue;
    const rDigits = digitsOf(r.numberText);
    if (rDigits.length < 3 || r.decimals < 2) continue;
    const rate = r.scaled / 10 ** r.decimals;
    if (rate <= 0 || rate > 100) continue;
    const rateHalf = 0.5 * 10 ** -r.decimals;
    const sentence = r.sentence;
    const amounts: Figure[] = [];
    for (let k = i - 1; k >= 0; k--) {
      const g = figures[k]!;
      if (g.sentence < sentence - 1 || g.paragraph !== r.paragraph) break;
      if (amountLike(g)) amounts.push(g);
    }
    for (let k = i + 1; k < figures.length && figures[k]!.sentence === sentence; k++) if (amountLike(figures[k]!)) amounts.push(figures[k]!);
    if (amounts.length < 2 || amounts.length > MAX_AMOUNTS) continue;
    // The amount right before the rate in its sentence, no other rate between: one side of the rate's pair.
    let adjacent: Figure | undefined;
    for (let k = i - 1; k >= 0 && figures[k]!.sentence === sentence; k--) {
      const g = figures[k]!;
      if (g.kind === 'percent') break;
      if (amountLike(g)) {
        adjacent = g;
        break;
      }
    }
    if (!adjacent) continue;
    let explained = false;
    const slips: { part: Figure; whole: Figure; computed: number }[] = [];
    for (const part of amounts) {
      for (const whole of amounts) {
        if (part === whole || !sameKind(part, whole)) continue;
        const p = valueOf(part);
        const w = valueOf(whole);
        if (w.value - w.half <= 0 || p.value <= 0 || p.value > w.value) continue;
        const lo = ((p.value - p.half) / (w.value + w.half)) * 100;
        const hi = ((p.value + p.half) / (w.value - w.half)) * 100;
        if (rate + rateHalf * 2 >= lo && rate - rateHalf * 2 <= hi) {
          explained = true;
          break;
        }
        if ((part !== adjacent && whole !== adjacent) || ownsRate(figures, part === adjacent ? whole : part)) continue;
        const computed = (p.value / w.value) * 100;
        const shown = digitsOf(computed.toFixed(r.decimals));
        const slip = digitSlip(rDigits, shown);
        // One digit changed in the first place is another figure; in the last place, a rounding of other amounts.
        if (!slip || (slip.kind === 'substitution' && ((slip.at === 0 && rDigits.length === 3) || slip.at === rDigits.length - 1))) continue;
        slips.push({ part, whole, computed });
      }
      if (explained) break;
    }
    if (explained || slips.length !== 1) continue;
    const { part, whole, computed } = slips[0]!;
    const pct = computed.toFixed(Math.max(2, r.decimals));
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'slipped-rate',
        severity: 'warning',
        message: `${r.label.slice(-12) || '比率'}写为${r.raw}，按${part.raw}÷${whole.raw}计算应为${pct}%，疑为数字错写或颠倒`,
        evidence: [quoteFigure(facts, r), quoteFigure(facts, part), quoteFigure(facts, whole)],
        // Plain numbers when both are in one unit (same-defect.ts reads them: a rate right of an amount proven wrong elsewhere
        // rests on that amount and is folded into its finding).
        calculation: part.unit === whole.unit ? `${part.numberText} ÷ ${whole.numberText} = ${pct}% ≠ ${r.raw}` : `${part.raw} ÷ ${whole.raw} = ${pct}% ≠ ${r.raw}`,
      }),
    );
  }
  return out;
}
