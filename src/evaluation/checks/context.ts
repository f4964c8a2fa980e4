/** What every claimed-score check reads: the data, the recomputed results, the thresholds from the template. */
import type { DepartmentYear } from '../../core/department-year.ts';
import type { Finding } from '../../core/finding.ts';
import type { Evaluation } from '../engine.ts';
import type { DepartmentLibrary } from '../library.ts';
import type { SelfEvaluation, TargetIndicatorResult } from '../self-evaluation.ts';

export interface CheckThresholds {
  /** Completion (% of target) from which full marks need an analysis. */
  readonly overCompletionPercent: number;
  /** 执行率 below which an explanation is required. */
  readonly lowExecutionPercent: number;
  /** narrative.problems categories that are deductible (finance, assets). */
  readonly deductibleProblemCategories: readonly string[];
}

export interface CheckContext {
  readonly dy: DepartmentYear;
  /** The 53号 department evaluation. */
  readonly evaluation: Evaluation;
  readonly library: DepartmentLibrary;
  /** The 10号-style self-evaluation of the department's goals and of each project. */
  readonly department: SelfEvaluation;
  readonly projects: readonly SelfEvaluation[];
  readonly thresholds: CheckThresholds;
  /** Findings of the department-year's validation, passed in by the caller. */
  readonly validationFindings: readonly Finding[];
}

export type ClaimCheck = (ctx: CheckContext) => Finding[];

/** The self-evaluations with their claimed totals, department first. */
export function units(ctx: CheckContext): readonly SelfEvaluation[] {
  return [ctx.department, ...ctx.projects];
}

/** Whether an indicator counts as scored full: its own claimed 得分, or a claimed full total for its unit. */
export function claimedFull(ind: TargetIndicatorResult, unit: SelfEvaluation): { full: boolean; how: string } {
  if (ind.claimedScore !== null && ind.weight !== null) {
    return { full: ind.claimedScore >= ind.weight, how: `自评得分${ind.claimedScore}分（分值${ind.weight}分）` };
  }
  if (unit.claimedScore !== null && unit.claimedScore >= unit.maxTotal) {
    return { full: true, how: `${unit.name}自评${unit.claimedScore}分（满分），即此指标按满分计` };
  }
  return { full: false, how: '' };
}

const EMPTY_REASONS = new Set(['', '无', '/', '—', '-', '——', '暂无', '无偏差']);

export function hasReason(text: string): boolean {
  return !EMPTY_REASONS.has(text.trim());
}

export function claimedScorePath(unit: SelfEvaluation): string {
  return unit.path === '' ? 'selfAssessment.score' : `${unit.path}.selfScore`;
}
