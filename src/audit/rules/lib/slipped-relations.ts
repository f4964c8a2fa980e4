/**
 * Relations told by a slip of one digit (percent-mismatch, sum-mismatch): a planted or a real slip breaks a relation
 * by changing one digit of one side, or swapping two neighbouring digits — whatever the writer's words. These passes
 * read no label list: the digit slip itself is the binding.
 *
 * slippedSums: an amount T and the amounts right after it (the rest of its sentence, and the next sentence when T ends
 * its own): when no run of them from the first gives T, and exactly one run adds up to a value whose digits are T's
 * with one changed or two neighbours swapped, T and its parts disagree by a slipped digit.
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
 * - one pair gives a digit slip of R, or several giving one value (a second slip value: the binding is not unique);
 * - a changed digit is not R's first when R has three digits (5.xx% for 9.xx%), nor its last (8.79% for 8.77%: the rounding of
 *   amounts the text does not show); a swap of two neighbours may be anywhere.
 * A 警告 at most (severity.json slipped-rate) until measured on unseen text. Cost: a rate looks at the figures of two
 * sentences (bounded), pairs of at most MAX_AMOUNTS.
 */
import relations from '../../../../data/audit/figure-relations.json' with { type: 'json' };
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
function amountValue(f: Figure): { value: number; half: number } {
  if (f.kind === 'money') return { value: f.scaled, half: 0.5 * 10 ** Math.max(0, MONEY_UNITS[f.moneyUnit ?? '元'] - f.decimals) };
  return { value: f.scaled / 10 ** f.decimals, half: 0.5 * 10 ** -f.decimals };
}

/** An amount followed in its sentence by a rate before any other amount: a sibling with its own share (A，占R1%；B，占R2%). */
function ownsRate(figures: readonly Figure[], index: ReadonlyMap<Figure, number>, f: Figure): boolean {
  const k = index.get(f) ?? -1;
  const next = figures[k + 1];
  return next !== undefined && next.sentence === f.sentence && next.kind === 'percent';
}

function digitsOf(raw: string): string {
  return raw.replace(/[^0-9]/g, '');
}

export function slippedRates(facts: AuditFacts): Finding[] {
  const figures = facts.figures;
  const out: Finding[] = [];
  const index = new Map<Figure, number>();
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
    if (index.size === 0) for (let k = 0; k < figures.length; k++) index.set(figures[k]!, k);
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
        const p = amountValue(part);
        const w = amountValue(whole);
        if (w.value - w.half <= 0 || p.value <= 0 || p.value > w.value) continue;
        const lo = ((p.value - p.half) / (w.value + w.half)) * 100;
        const hi = ((p.value + p.half) / (w.value - w.half)) * 100;
        if (rate + rateHalf * 2 >= lo && rate - rateHalf * 2 <= hi) {
          explained = true;
          break;
        }
        if ((part !== adjacent && whole !== adjacent) || ownsRate(figures, index, part === adjacent ? whole : part)) continue;
        const computed = (p.value / w.value) * 100;
        const shown = digitsOf(computed.toFixed(r.decimals));
        const slip = digitSlip(rDigits, shown);
        // One digit changed in the first place is another figure; in the last place, a rounding of other amounts.
        if (!slip || (slip.kind === 'substitution' && ((slip.at === 0 && rDigits.length === 3) || slip.at === rDigits.length - 1))) continue;
        slips.push({ part, whole, computed });
      }
      if (explained) break;
    }
    // Pairs giving one value (回收400份 and 发放400份 as the whole) are one binding.
    if (explained || slips.length === 0 || slips.some((x) => x.computed.toFixed(r.decimals) !== slips[0]!.computed.toFixed(r.decimals))) continue;
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

const SUM_WORDS = relations.slippedSum;
/** The most parts a run after a total is read over. */
const MAX_PARTS = 12;
/** A total with fewer significant digits than this is met by a run by chance too often. */
const MIN_TOTAL_DIGITS = 4;

function significantDigits(f: Figure): number {
  return digitsOf(f.numberText).replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * Preconditions (silent otherwise):
 * - T is money or a count, not a change or a threshold, with four significant digits or more;
 * - the parts are the amounts of T's kind right after it — the rest of its sentence, and the next sentence when T is
 *   the last amount of its own — read in order; a change, a threshold or a rate is passed over, another kind or an
 *   amount as large as T ends them; between T and the first of them a breakdown mark (其中, 包括, a colon …:
 *   figure-relations.json slippedSum.breakdownMarks) within maxGap characters;
 * - no run of them from the first (two parts or more) adds up to T within the rounding of the figures;
 * - exactly one such run adds up to a digit slip of T (written as T is written); the slip changes not the first digit;
 *   a run short of T (the list may be open, other parts unnamed) is a 提示 unless T has five significant digits or more
 *   and the run closes its clause (。；, a bracket or a line end right after its last part).
 */
export function slippedSums(facts: AuditFacts): Finding[] {
  const figures = facts.figures;
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const t = figures[i]!;
    if (!amountLike(t) || significantDigits(t) < MIN_TOTAL_DIGITS) continue;
    const own = t.sentence;
    let lastOfSentence = true;
    for (let k = i + 1; k < figures.length && figures[k]!.sentence === own; k++) {
      if (amountLike(figures[k]!)) {
        lastOfSentence = false;
        break;
      }
    }
    const parts: Figure[] = [];
    for (let k = i + 1; k < figures.length && parts.length < MAX_PARTS; k++) {
      const g = figures[k]!;
      if (g.sentence !== own && !(lastOfSentence && g.sentence === own + 1)) break;
      if (g.kind === 'percent' || g.comparative || g.qualifier) continue;
      if (!amountLike(g) || !sameKind(g, t)) break;
      // A part as large as the total: T is no whole of these (a row's cells, a repeated figure).
      if (amountValue(g).value >= amountValue(t).value) break;
      parts.push(g);
    }
    if (parts.length < 2) continue;
    // A breakdown mark between T and its first part; without one the amounts after T are its siblings.
    const gap = facts.text.slice(t.end, parts[0]!.start);
    if (gap.length > SUM_WORDS.maxGap || !SUM_WORDS.breakdownMarks.some((w) => gap.includes(w))) continue;
    const total = amountValue(t);
    const tDigits = digitsOf(t.numberText);
    let sum = 0;
    let half = total.half;
    let explained = false;
    const slips: { n: number; sum: number }[] = [];
    for (let n = 0; n < parts.length; n++) {
      const v = amountValue(parts[n]!);
      sum += v.value;
      half += v.half;
      if (n === 0) continue;
      if (Math.abs(sum - total.value) <= half + 1e-9) {
        explained = true;
        break;
      }
      const shown = t.kind === 'money' ? digitsOf(((sum / 10 ** MONEY_UNITS[t.moneyUnit ?? '元']) * 1).toFixed(t.decimals)) : digitsOf((sum).toFixed(t.decimals));
      const slip = digitSlip(tDigits, shown);
      if (slip && !(slip.kind === 'substitution' && slip.at === 0)) slips.push({ n, sum });
    }
    if (explained || slips.length !== 1) continue;
    const run = parts.slice(0, slips[0]!.n + 1);
    // A run short of T may be a list left open (other parts unnamed): a 提示 unless T is long enough for a chance slip
    // to be rare.
    const last = run[run.length - 1]!;
    const closes = /^[\u4e00-\u9fff]{0,4}[。；;\n）)]/.test(facts.text.slice(last.end + (last.kind === 'count' ? last.noun.length : 0), last.end + 8));
    const short = slips[0]!.sum < total.value && (significantDigits(t) < MIN_TOTAL_DIGITS + 1 || !closes);
    const oneUnit = run.every((p) => p.unit === t.unit);
    const shownSum = t.kind === 'money' ? (slips[0]!.sum / 10 ** MONEY_UNITS[t.moneyUnit ?? '元']).toFixed(t.decimals) : slips[0]!.sum.toFixed(t.decimals);
    const terms = run.map((p) => (oneUnit ? p.numberText : p.raw)).join(' + ');
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'slipped-sum',
        severity: short ? 'info' : 'warning',
        message: `${t.label.slice(-12) || '合计'}写为${t.raw}，其后所列${run.length}项之和为${shownSum}${t.unit}，疑为数字错写或颠倒`,
        evidence: [quoteFigure(facts, t), ...run.map((p) => quoteFigure(facts, p))],
        calculation: `${terms} = ${shownSum} ≠ ${oneUnit ? t.numberText : t.raw}`,
        // (same-defect.ts folds it into a prose amount's mismatch with its cell by the same difference.)
        difference: Math.abs(slips[0]!.sum - total.value),
      }),
    );
  }
  return out;
}
