/**
 * low-execution-no-explanation: 执行率 below the template threshold (default 90%) with no explanation. The
 * model has no field for the explanation yet; an indicator's 偏差原因 that speaks of 执行 counts as one.
 */
import type { Finding } from '../../core/finding.ts';
import { finding } from '../../core/finding.ts';
import { formatMoney, formatPercent } from '../format.ts';
import { type CheckContext, hasReason, units } from './context.ts';

export function checkLowExecutionNoExplanation(ctx: CheckContext): Finding[] {
  const threshold = ctx.thresholds.lowExecutionPercent;
  const out: Finding[] = [];
  for (const unit of units(ctx)) {
    const ex = unit.execution;
    if (ex.rate === null || ex.rate >= threshold) continue;
    const explained =
      unit.indicators.some((i) => hasReason(i.deviationReason) && /执行|支付|结转|结余/.test(i.deviationReason)) ||
      (unit.path === '' && ctx.dy.narrative.problems.some((p) => p.category === 'budget'));
    if (explained) continue;
    out.push(
      finding({
        rule: 'low-execution-no-explanation',
        severity: 'warning',
        message: `${unit.path === '' ? '部门整体' : `项目“${unit.name}”`}预算执行率${formatPercent(ex.rate)}，低于${formatPercent(threshold)}，但没有说明原因`,
        evidence: [
          { path: `${ex.path}.final`, ...(ex.final === null ? {} : { value: ex.final }) },
          { path: `${ex.path}.adjustedBudget`, ...(ex.adjustedBudget === null ? {} : { value: ex.adjustedBudget }) },
        ],
        calculation: `${formatMoney(ex.final ?? 0)} / ${formatMoney(ex.adjustedBudget ?? 0)} × 100% = ${formatPercent(ex.rate)} < ${formatPercent(threshold)}`,
      }),
    );
  }
  return out;
}
