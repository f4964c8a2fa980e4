/**
 * over-target-no-analysis: far above target (template threshold, default 150%) scored full with no analysis.
 * 10号 asks why a target was exceeded so far, and for a reduction when it was set too low.
 */
import type { Finding } from '../../core/finding.ts';
import { finding } from '../../core/finding.ts';
import { formatPercent } from '../format.ts';
import { type CheckContext, claimedFull, claimedScorePath, hasReason, units } from './context.ts';

export function checkOverTargetNoAnalysis(ctx: CheckContext): Finding[] {
  const threshold = ctx.thresholds.overCompletionPercent;
  const out: Finding[] = [];
  for (const unit of units(ctx)) {
    for (const ind of unit.indicators) {
      if (ind.completion === null || ind.completion < threshold) continue;
      if (hasReason(ind.deviationReason)) continue;
      const claim = claimedFull(ind, unit);
      if (!claim.full) continue;
      out.push(
        finding({
          rule: 'over-target-no-analysis',
          severity: 'warning',
          message: `“${ind.name}”完成${formatPercent(ind.completion)}，远超年度指标值（≥${formatPercent(threshold)}），${claim.how}，但没有偏差原因分析：指标值是否定得过低？按10号办法应分析原因并视情况调减得分`,
          evidence: [
            { path: `${ind.path}.target`, ...(typeof ind.target === 'number' ? { value: ind.target } : {}) },
            { path: `${ind.path}.actual`, ...(typeof ind.actual === 'number' ? { value: ind.actual } : {}) },
            { path: `${ind.path}.deviationReason` },
            ind.claimedScore !== null ? { path: `${ind.path}.score`, value: ind.claimedScore } : { path: claimedScorePath(unit), value: unit.claimedScore ?? 0 },
          ],
          calculation: `${String(ind.actual)} / ${String(ind.target)} = ${formatPercent(ind.completion)} ≥ ${formatPercent(threshold)}`,
        }),
      );
    }
  }
  return out;
}
