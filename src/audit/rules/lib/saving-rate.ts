/**
 * A saving rate told after the budget and the amount saved (完成采购预算20657.52万元，…节约财政资金2266.51万元，平均节支率为
 * 10.97%): the rate is the saving ÷ the budget.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { RULE_WORDS } from '../../config.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { precisionFen, quoteFigure } from './evidence.ts';

const RATE = RULE_WORDS['percent-mismatch'].savingRate;
const SAVED = RULE_WORDS['percent-mismatch'].savingAmount;
const BASE = RULE_WORDS['percent-mismatch'].savingBase;

/**
 * Preconditions (silent otherwise): the rate's label ends with a savingRate word (节支率, 节约率); before it in its
 * sentence stand exactly one money amount labelled with a savingAmount word (节约, 节支) and exactly one other money
 * amount labelled with a savingBase word (预算, 计划) and no savingAmount word, of one currency, the budget above zero.
 * Without a stated budget (规模32.72亿元，较采购计划节约资金5.51亿元: the plan is scale + saving) nothing is read. The
 * rate may differ by half a unit of its last digit and what the rounding of the two amounts allows.
 */
export function savingRates(facts: AuditFacts): Finding[] {
  const { figures } = facts;
  const out: Finding[] = [];
  for (let i = 2; i < figures.length; i++) {
    const r = figures[i]!;
    if (r.kind !== 'percent' || r.unit !== '%' || !RATE.some((w) => r.label.replace(/[为是达到]+$/, '').endsWith(w))) continue;
    const before = figures.slice(0, i).filter((f) => f.sentence === r.sentence && f.kind === 'money');
    const saved = before.filter((f) => SAVED.some((w) => f.label.includes(w)));
    const base = before.filter((f) => !saved.includes(f) && BASE.some((w) => f.label.includes(w)));
    if (saved.length !== 1 || base.length !== 1) continue;
    const s = saved[0]!;
    const b = base[0]!;
    if (s.currency !== b.currency || b.scaled <= 0 || s.scaled < 0) continue;
    const computed = (s.scaled / b.scaled) * 100;
    const stated = r.scaled / 10 ** r.decimals;
    // Half a unit of the rate's last digit, and the rounding of the two amounts (stated to their last digit).
    const amountSlack = ((precisionFen(s) / 2) / b.scaled + (s.scaled * (precisionFen(b) / 2)) / (b.scaled * b.scaled)) * 100;
    const tolerance = 0.5 * 10 ** -r.decimals + amountSlack + 1e-9;
    if (Math.abs(computed - stated) <= tolerance) continue;
    const shown = computed.toFixed(Math.max(2, r.decimals));
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'saving-rate',
        severity: 'error',
        message: `节约率写为${r.raw}，按节约${s.raw}、预算${b.raw}计算应为${shown}%`,
        evidence: [quoteFigure(facts, r), quoteFigure(facts, s), quoteFigure(facts, b)],
        calculation: `${s.numberText} ÷ ${b.numberText} = ${shown}% ≠ ${r.raw}`,
      }),
    );
  }
  return out;
}
