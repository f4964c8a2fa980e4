/** deviation-no-reason: an indicator that missed its target with an empty 偏差原因分析及改进措施. */
import type { Finding } from '../../core/finding.ts';
import { finding } from '../../core/finding.ts';
import { type CheckContext, hasReason, units } from './context.ts';

export function checkDeviationNoReason(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const unit of units(ctx)) {
    for (const ind of unit.indicators) {
      if (ind.met !== false || hasReason(ind.deviationReason)) continue;
      out.push(
        finding({
          rule: 'deviation-no-reason',
          severity: 'warning',
          message: `“${ind.name}”未达到年度指标值（指标值${ind.operator}${String(ind.target)}，实际${String(ind.actual)}），偏差原因分析及改进措施为空`,
          evidence: [{ path: `${ind.path}.deviationReason`, quote: ind.deviationReason }, { path: `${ind.path}.actual` }],
          ...(ind.calculation ? { calculation: ind.calculation } : {}),
        }),
      );
    }
  }
  return out;
}
