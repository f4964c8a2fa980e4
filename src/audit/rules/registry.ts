/**
 * The rule registry: every rule id exists here and only here, with the profiles that run it. A test fails when
 * a rule file in this folder is missing from the registry.
 */
import { budgetAdjustment } from './budget-adjustment.ts';
import { countMismatch } from './count-mismatch.ts';
import { dateMalformed } from './date-malformed.ts';
import { dateOutOfPeriod } from './date-out-of-period.ts';
import { directionMismatch } from './direction-mismatch.ts';
import { entityName } from './entity-name.ts';
import { goalMismatch } from './goal-mismatch.ts';
import { framedChangeAmounts, framedChangeDirections, framedChangeRates } from './lib/framed-change-checks.ts';
import { joined } from './lib/joined-rule.ts';
import { namedShares } from './lib/named-share-checks.ts';
import { partRates } from './lib/part-rate-checks.ts';
import { clauseRates } from './lib/clause-rate-checks.ts';
import { slippedRates, slippedSums } from './lib/slipped-relations.ts';
import { budgetGapAmounts, budgetGapDirections } from './lib/budget-gap-checks.ts';
import { yearChangeAmounts, yearChangeRates } from './lib/year-change-checks.ts';
import { adjustmentTableRows, closingItems, colonBreakdowns, indicatorCountsAgainstTable, namedBaseAmounts, namedBaseDirections, sourceParts, wholeRates } from './lib/stated-elsewhere-checks.ts';
import type { Rule } from './lib/types.ts';
import { numbering } from './numbering.ts';
import { outline } from './outline.ts';
import { percentMismatch } from './percent-mismatch.ts';
import { precision } from './precision.ts';
import { scoreVsProblems } from './score-vs-problems.ts';
import { sumMismatch } from './sum-mismatch.ts';
import { tableTextMismatch } from './table-text-mismatch.ts';
import { targetTooLow } from './target-too-low.ts';
import { templateResidue } from './template-residue.ts';
import { unit } from './unit.ts';

export const RULES = {
  'sum-mismatch': joined(sumMismatch, framedChangeAmounts, yearChangeAmounts, budgetGapAmounts, sourceParts, closingItems, namedBaseAmounts, colonBreakdowns, slippedSums),
  'percent-mismatch': joined(percentMismatch, framedChangeRates, namedShares, yearChangeRates, partRates, clauseRates, wholeRates, slippedRates),
  unit,
  'entity-name': entityName,
  'count-mismatch': joined(countMismatch, indicatorCountsAgainstTable),
  numbering,
  'date-out-of-period': dateOutOfPeriod,
  'date-malformed': dateMalformed,
  'goal-mismatch': goalMismatch,
  'score-vs-problems': scoreVsProblems,
  'target-too-low': targetTooLow,
  'budget-adjustment': joined(budgetAdjustment, adjustmentTableRows),
  outline,
  precision,
  'table-text-mismatch': tableTextMismatch,
  'direction-mismatch': joined(directionMismatch, framedChangeDirections, budgetGapDirections, namedBaseDirections),
  'template-residue': templateResidue,
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/**
 * Both profiles run every rule; they differ in thresholds (data/audit/thresholds.json: over-completion 150 % vs
 * 130 %, budget adjustment 30 % vs 20 %). A rule that should only run in strict is listed in STRICT_ONLY.
 */
const STRICT_ONLY: readonly RuleId[] = [];
export const PROFILES: Record<'basic' | 'strict', readonly RuleId[]> = {
  basic: RULE_IDS.filter((id) => !STRICT_ONLY.includes(id)),
  strict: RULE_IDS,
};
