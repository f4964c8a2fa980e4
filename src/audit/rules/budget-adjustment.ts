/**
 * budget-adjustment — the adjusted budget (全年预算数) far from the initial budget (年初预算数): information for
 * the reviewer, reported once for the largest item (the department total), with the others listed.
 */
import { finding } from '../../core/finding.ts';
import type { Figure } from '../facts/types.ts';
import { inUnit, quoteFigure } from './lib/evidence.ts';
import type { Rule } from './lib/types.ts';

interface Pair {
  readonly initial: Figure;
  readonly adjusted: Figure;
  readonly rate: number;
}

export const budgetAdjustment: Rule = (facts, options) => {
  const pairs: Pair[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < facts.figures.length; i++) {
    const a = facts.figures[i]!;
    if (a.kind !== 'money' || a.phase !== 'initialBudget' || a.scaled <= 0) continue;
    for (let j = i + 1; j < facts.figures.length && j <= i + 4; j++) {
      const b = facts.figures[j]!;
      if (b.paragraph !== a.paragraph) break;
      if (b.kind === 'money' && b.phase === 'adjustedBudget' && b.subject === a.subject && b.currency === a.currency) {
        const key = `${a.subject}|${a.scaled}|${b.scaled}`;
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push({ initial: a, adjusted: b, rate: ((b.scaled - a.scaled) / a.scaled) * 100 });
        }
        break;
      }
    }
  }
  if (pairs.length === 0) {
    options.notChecked.push('budget-adjustment：未找到同一事项的年初预算数与全年预算数，未计算预算调整率');
    return [];
  }
  const threshold = options.config.budgetAdjustmentPercent;
  const over = pairs.filter((p) => Math.abs(p.rate) > threshold);
  if (over.length === 0) return [];
  // The largest item first (the department total), then each other item over the threshold.
  over.sort((x, y) => y.adjusted.scaled - x.adjusted.scaled);
  return over.slice(0, 5).map((p) => {
    const u = p.initial.moneyUnit;
    return finding({
      rule: 'budget-adjustment',
      severity: 'info',
      message: `预算调整幅度大：“${p.initial.subject || '预算'}”年初预算${p.initial.raw}，全年预算${p.adjusted.raw}，调整率${p.rate.toFixed(2)}%（超过${threshold}%）`,
      evidence: [quoteFigure(facts, p.initial), quoteFigure(facts, p.adjusted)],
      calculation: `(${inUnit(p.adjusted.scaled, u)} − ${inUnit(p.initial.scaled, u)}) ÷ ${inUnit(p.initial.scaled, u)} = ${p.rate.toFixed(2)}% > ${threshold}%`,
    });
  });
};
