/** The claimed-score checks, listed (not discovered), each a pure (context) => Finding[]. */
import type { Finding } from '../../core/finding.ts';
import { checkBelowTargetFullScore } from './below-target-full-score.ts';
import { checkClaimedScoreUnsupported } from './claimed-score-unsupported.ts';
import type { CheckContext, ClaimCheck } from './context.ts';
import { checkDeviationNoReason } from './deviation-no-reason.ts';
import { checkFullScoreWithProblems } from './full-score-with-problems.ts';
import { checkLowExecutionNoExplanation } from './low-execution-no-explanation.ts';
import { checkOverTargetNoAnalysis } from './over-target-no-analysis.ts';

export const CLAIM_CHECKS: Readonly<Record<string, ClaimCheck>> = {
  'claimed-score-unsupported': checkClaimedScoreUnsupported,
  'below-target-full-score': checkBelowTargetFullScore,
  'over-target-no-analysis': checkOverTargetNoAnalysis,
  'low-execution-no-explanation': checkLowExecutionNoExplanation,
  'deviation-no-reason': checkDeviationNoReason,
  'full-score-with-problems': checkFullScoreWithProblems,
};

export function runClaimChecks(ctx: CheckContext): Finding[] {
  return Object.values(CLAIM_CHECKS).flatMap((check) => check(ctx));
}
