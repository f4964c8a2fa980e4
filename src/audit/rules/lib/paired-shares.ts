/**
 * Shares paired by order with the amounts listed before them (货物、工程、服务采购规模分别为A1、A2和A3，占全国政府采购规模
 * 的R1、R2和R3): each pair implies the whole Ai ÷ Ri. When all pairs but one imply one whole within the rounding of
 * their figures and that one does not, its rate is off its amount.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { SEARCH_WINDOWS } from '../../config.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { inUnit, precisionFen, quoteFigure } from './evidence.ts';
import { intersect } from './shares-of-one-whole.ts';

/** What may stand between two items of one list: a separator and nothing else. */
const LIST_SEPARATOR = /^\s*(?:、|，|,|；|;|和|及|与|以及)\s*$/;
/** Between the last amount and the first rate: 占 and the whole's name (占全国政府采购规模的), nothing numeric. */
const SHARE_OPENING = /^\s*[，,]?\s*(?:分别)?占[^，,。；;：:\d%％\n]{0,30}$/;
/** The fewest pairs that can vouch for a common whole against one outlier. */
const MIN_PAIRS = SEARCH_WINDOWS.minSharePairs;

interface Pair {
  readonly part: Figure;
  readonly rate: Figure;
  readonly low: number;
  readonly high: number;
}

function joined(text: string, a: Figure, b: Figure): boolean {
  return a.sentence === b.sentence && LIST_SEPARATOR.test(text.slice(a.end, b.start));
}

/**
 * Preconditions (silent otherwise): 分别 right before a list of n ≥ 3 money amounts of one currency (none a change,
 * a threshold or zero) joined only by separators, the list not longer than n; then 占 (a whole named or not) and
 * exactly n rates joined the same way, all in one sentence; all pairs but one imply one whole, the outlier outside
 * it; the rates not adding up to 100 % (when they do, the outlier's amount is what is off). Linear in the figures.
 */
export function pairedShares(facts: AuditFacts): Finding[] {
  const { text, figures } = facts;
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!;
    if (first.kind !== 'percent' || first.unit !== '%' || !first.label.includes('占')) continue;
    if (i > 0 && figures[i - 1]!.kind === 'percent' && joined(text, figures[i - 1]!, first)) continue;
    let n = 1;
    while (i + n < figures.length && figures[i + n]!.kind === 'percent' && figures[i + n]!.unit === '%' && joined(text, figures[i + n - 1]!, figures[i + n]!)) n++;
    if (n < MIN_PAIRS || i - n < 0) continue;
    const amounts = figures.slice(i - n, i);
    const a0 = amounts[0]!;
    if (!SHARE_OPENING.test(text.slice(amounts[n - 1]!.end, first.start))) continue;
    if (amounts.some((a) => a.kind !== 'money' || a.currency !== a0.currency || a.comparative || a.qualifier || a.scaled <= 0 || a.sentence !== first.sentence)) continue;
    if (!amounts.every((a, k) => k === 0 || joined(text, amounts[k - 1]!, a))) continue;
    // The list is exactly n long: the figure before it is not one more item.
    const before = figures[i - n - 1];
    if (before && joined(text, before, a0)) continue;
    if (!text.slice(Math.max(0, a0.start - 12), a0.start).replace(/\s/g, '').slice(-6).includes('分别')) continue;
    const rates = figures.slice(i, i + n);
    if (rates.some((r) => r.scaled <= 0)) continue;
    const pairs: Pair[] = amounts.map((part, k) => {
      const rate = rates[k]!;
      const r = rate.scaled / 10 ** rate.decimals;
      const dr = 0.5 / 10 ** rate.decimals;
      const da = precisionFen(part) / 2;
      return { part, rate, low: ((part.scaled - da) / (r + dr)) * 100, high: r - dr > 0 ? ((part.scaled + da) / (r - dr)) * 100 : Number.POSITIVE_INFINITY };
    });
    const [allLow, allHigh] = intersect(pairs, -1);
    if (allLow <= allHigh) continue;
    let outlier = -1;
    let several = false;
    for (let k = 0; k < n; k++) {
      const [low, high] = intersect(pairs, k);
      if (low > high) continue;
      if (outlier !== -1) several = true;
      outlier = k;
    }
    if (outlier === -1 || several) continue;
    const sum = rates.reduce((acc, r) => acc + r.scaled / 10 ** r.decimals, 0);
    const slack = rates.reduce((acc, r) => acc + 0.5 / 10 ** r.decimals, 0);
    if (Math.abs(sum - 100) <= slack) continue;
    const [low, high] = intersect(pairs, outlier);
    const s = pairs[outlier]!;
    if (s.high >= low && s.low <= high) continue;
    const whole = Math.round((low + high) / 2);
    const u = s.part.moneyUnit;
    const wholeText = `${inUnit(Math.round(whole / precisionFen(s.part)) * precisionFen(s.part), u)}${u ?? '元'}`;
    const computed = (s.part.scaled / whole) * 100;
    const digits = Math.max(2, s.rate.decimals);
    const others = pairs.filter((_, k) => k !== outlier);
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'paired-shares',
        severity: 'error',
        message: `占比写为${s.rate.raw}，同句按顺序列出的其余${others.length}项（${others.map((o) => `${o.part.raw}占${o.rate.raw}`).join('、')}）共同指向的总数约为${wholeText}，按${s.part.raw}计算应为${computed.toFixed(digits)}%`,
        evidence: [quoteFigure(facts, s.part), quoteFigure(facts, s.rate), ...others.slice(0, 2).map((o) => quoteFigure(facts, o.rate))],
        calculation: `${s.part.numberText} ÷ ${wholeText} = ${computed.toFixed(digits)}% ≠ ${s.rate.raw}`,
      }),
    );
    i += n - 1;
  }
  return out;
}
