/** below-target-full-score: an indicator whose 实际完成值 misses its 年度指标值 but is scored full. */
import type { Finding } from '../../core/finding.ts';
import { finding } from '../../core/finding.ts';
import { formatScore } from '../format.ts';
import { type CheckContext, claimedFull, claimedScorePath, units } from './context.ts';

export function checkBelowTargetFullScore(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const unit of units(ctx)) {
    for (const ind of unit.indicators) {
      if (ind.met !== false) continue;
      const claim = claimedFull(ind, unit);
      if (!claim.full) continue;
      const ownScore = ind.claimedScore !== null;
      out.push(
        finding({
          rule: 'below-target-full-score',
          severity: ownScore ? 'error' : 'warning',
          message: `“${ind.name}”未达到年度指标值（指标值${ind.operator}${String(ind.target)}，实际${String(ind.actual)}），却按满分计：${claim.how}；复核得分${ind.score === null ? '待定' : `${formatScore(ind.score)}分`}`,
          evidence: [
            { path: `${ind.path}.target`, ...(typeof ind.target === 'number' ? { value: ind.target } : {}) },
            { path: `${ind.path}.actual`, ...(typeof ind.actual === 'number' ? { value: ind.actual } : {}) },
            ownScore ? { path: `${ind.path}.score`, value: ind.claimedScore ?? 0 } : { path: claimedScorePath(unit), value: unit.claimedScore ?? 0 },
          ],
          ...(ind.calculation ? { calculation: ind.calculation } : {}),
          ...(ind.completion !== null ? { difference: 100 - ind.completion } : {}),
        }),
      );
    }
  }
  return out;
}
