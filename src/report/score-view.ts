/**
 * The scores a report states, read from the evaluation's score sheet — the one function every view of a score
 * calls. The department's score is the officer's (stated, or the sum of the officer's indicator scores); the
 * computed figure and the claims the data does not support stand beside it. When no evaluation is passed the
 * report evaluates the department-year itself with the default templates, so it never has a second source.
 */
import type { DepartmentYear } from '../core/department-year.ts';
import { type EvaluationReport, evaluateAll, type ProjectScore as SheetProjectScore, type ScoreSheetRow, type UnsupportedClaim } from '../evaluation/index.ts';

export interface TableScores {
  /** 预算执行率得分 (computed: it is arithmetic on the amounts). */
  readonly executionScore?: number;
  /** Indicator 分值 / 得分 (the officer's) by the indicator's data path (projects[2].indicators[0]). */
  readonly indicators: ReadonlyMap<string, { readonly maxScore: number | null; readonly score: number | null; readonly computed: number | null }>;
}

export interface ProjectScore extends TableScores {
  readonly index: number;
  readonly name: string;
  readonly score?: number;
  readonly grade?: string;
  readonly path: string;
  /** True when the project's score is stated or complete. */
  readonly complete: boolean;
  readonly computedTotal: number;
  readonly computedUpperBound: number;
  readonly differs: boolean;
  readonly differenceReasons: readonly string[];
}

export interface ScoreView extends TableScores {
  readonly departmentScore?: number;
  readonly departmentScorePath: string;
  readonly scoreSource: 'stated' | 'sum-of-indicators' | 'none';
  readonly maxScore: number;
  readonly grade?: string;
  readonly complete: boolean;
  readonly templateTitle: string;
  /** The department template's indicators: 分值, the officer's score, the computed score. */
  readonly rows: readonly ScoreSheetRow[];
  readonly blocks: EvaluationReport['scoreSheet']['department']['blocks'];
  readonly computed: EvaluationReport['scoreSheet']['department']['computed'];
  readonly unsupported: readonly UnsupportedClaim[];
  readonly unsupportedPoints: number;
  readonly projects: readonly ProjectScore[];
}

function isEvaluationReport(x: unknown): x is EvaluationReport {
  return typeof x === 'object' && x !== null && 'scoreSheet' in x && 'evaluation' in x && 'projects' in x;
}

function projectView(p: SheetProjectScore): ProjectScore {
  return {
    index: p.index,
    name: p.name,
    ...(p.score === null ? {} : { score: p.score }),
    ...(p.grade === null ? {} : { grade: p.grade }),
    path: p.scoreSource === 'stated' ? `projects[${p.index}].selfScore` : `evaluation.scoreSheet.projects[${p.index}].score`,
    complete: p.score !== null,
    computedTotal: p.computed.total,
    computedUpperBound: p.computed.upperBound,
    differs: p.differs,
    differenceReasons: p.differenceReasons,
    ...(p.execution.computed === null ? {} : { executionScore: p.execution.computed }),
    indicators: new Map(p.rows.map((r) => [r.path, { maxScore: r.weight, score: r.claimed, computed: r.computed }])),
  };
}

export function scoreView(dy: DepartmentYear, evaluation?: unknown): ScoreView {
  if (evaluation !== undefined && !isEvaluationReport(evaluation)) {
    // A result of another shape is a wiring mistake; stating something else would hide it.
    throw new TypeError('评价结果格式不符（应为 evaluateAll 的结果）/ evaluation is not an evaluateAll() result');
  }
  const report = evaluation ?? evaluateAll(dy);
  const d = report.scoreSheet.department;
  return {
    ...(d.score === null ? {} : { departmentScore: d.score }),
    departmentScorePath: d.scoreSource === 'stated' ? 'selfAssessment.score' : 'evaluation.scoreSheet.department.score',
    scoreSource: d.scoreSource,
    maxScore: d.maxTotal,
    ...(d.grade === null ? {} : { grade: d.grade }),
    complete: d.score !== null,
    templateTitle: d.templateTitle,
    rows: d.rows,
    blocks: d.blocks,
    computed: d.computed,
    unsupported: d.unsupported,
    unsupportedPoints: d.unsupportedPoints,
    ...(report.departmentSelfEvaluation.execution.score === null ? {} : { executionScore: report.departmentSelfEvaluation.execution.score }),
    indicators: new Map(),
    projects: report.scoreSheet.projects.map(projectView),
  };
}
