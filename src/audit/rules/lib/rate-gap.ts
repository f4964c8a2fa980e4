/**
 * The gap between two rates told in percentage points (增速最高为甲县（同比增长55.5%），增速最低为乙县（同比下降13.2%），
 * 高低相差68.7个百分点): the gap is the difference of the two rates, each signed by its direction word.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { RULE_WORDS } from '../../config.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { quoteFigure } from './evidence.ts';

const GAP_WORDS = RULE_WORDS['percent-mismatch'].gapWords;
const GAP_UNITS = RULE_WORDS['percent-mismatch'].gapUnits;
const UP = RULE_WORDS['percent-mismatch'].changeUp;
const DOWN = RULE_WORDS['percent-mismatch'].changeDown;

/** +1 for a rate told as a rise (增长R%), −1 as a fall (下降R%), 0 for a rate told without a direction word. */
function direction(r: Figure): number {
  const label = r.label.replace(/[（(]$/, '');
  if (DOWN.some((w) => label.endsWith(w))) return -1;
  if (UP.some((w) => label.endsWith(w))) return 1;
  return 0;
}

/**
 * Preconditions (silent otherwise): the gap is a figure in percentage points (gapUnits) whose label ends with a gap
 * word (相差, 差距); exactly two rates in % stand before it in its sentence; both carry a direction word (增长 /
 * 下降 …) or neither does (two levels: 占35.2%、占20.1%，相差15.1个百分点). The difference is exact in the rates'
 * decimals; a gap written with fewer decimals may be rounded (half a unit of its last digit).
 */
export function rateGaps(facts: AuditFacts): Finding[] {
  const { figures } = facts;
  const out: Finding[] = [];
  for (let i = 2; i < figures.length; i++) {
    const g = figures[i]!;
    if (!GAP_UNITS.includes(g.unit) || !GAP_WORDS.some((w) => g.label.endsWith(w))) continue;
    const rates: Figure[] = [];
    for (let k = i - 1; k >= 0 && figures[k]!.sentence === g.sentence; k--) {
      const f = figures[k]!;
      if (f.kind === 'percent') rates.unshift(f);
    }
    if (rates.length !== 2 || rates.some((r) => r.unit !== '%')) continue;
    const [a, b] = rates as [Figure, Figure];
    const da = direction(a);
    const db = direction(b);
    if ((da === 0) !== (db === 0)) continue;
    const decimals = Math.max(a.decimals, b.decimals, g.decimals);
    const at = (f: Figure): number => f.scaled * 10 ** (decimals - f.decimals);
    const signed = (f: Figure, d: number): number => (d === 0 ? 1 : d) * at(f);
    const gap = Math.abs(signed(a, da) - signed(b, db));
    const stated = at(g);
    // Written with fewer decimals than the rates: rounded to its own last digit.
    const tolerance = g.decimals < Math.max(a.decimals, b.decimals) ? 0.5 * 10 ** (decimals - g.decimals) : 0;
    if (Math.abs(gap - stated) <= tolerance) continue;
    const shown = (n: number): string => (n / 10 ** decimals).toFixed(decimals);
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'rate-gap',
        severity: 'error',
        message: `两个比率“${a.label.slice(-4)}${a.raw}”与“${b.label.slice(-4)}${b.raw}”相差${shown(gap)}个百分点，文中写“${g.raw}”`,
        evidence: [quoteFigure(facts, g), quoteFigure(facts, a), quoteFigure(facts, b)],
        calculation: `|${da < 0 ? '−' : ''}${a.numberText} − ${db < 0 ? '(−' : ''}${b.numberText}${db < 0 ? ')' : ''}| = ${shown(gap)} ≠ ${g.numberText}`,
      }),
    );
  }
  return out;
}
