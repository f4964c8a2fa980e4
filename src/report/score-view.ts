/**
 * The scores a report states: the department's total and grade, and each project's. They come from an
 * evaluation result when one is passed (issue 4's engine), else from the department-year's self-assessment.
 * Grades are always derived from the score, never typed, so a score and its grade cannot disagree.
 */
import type { DepartmentYear } from '../core/department-year.ts';
import { gradeOf } from './grades.ts';

export interface ProjectScore {
  readonly index: number;
  readonly name: string;
  readonly score?: number;
  readonly grade?: string;
  readonly path: string;
}

export interface ScoreView {
  readonly source: 'evaluation' | 'self-assessment';
  readonly departmentScore?: number;
  readonly departmentScorePath: string;
  readonly maxScore: number;
  readonly grade?: string;
  /** 预算执行率得分 (of 10), when an evaluation computed it. */
  readonly executionScore?: number;
  readonly projects: readonly ProjectScore[];
}

/** Fields read from an evaluation result; anything else in it is ignored. */
interface EvaluationLike {
  readonly totalScore?: unknown;
  readonly score?: unknown;
  readonly maxScore?: unknown;
  readonly grade?: unknown;
  readonly executionScore?: unknown;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function scoreView(dy: DepartmentYear, evaluation?: unknown): ScoreView {
  const projects = dy.projects.map((p, index) => ({
    index,
    name: p.name,
    score: p.selfScore,
    grade: p.selfScore === undefined ? undefined : gradeOf(p.selfScore),
    path: `projects[${index}].selfScore`,
  }));
  if (evaluation && typeof evaluation === 'object') {
    const e = evaluation as EvaluationLike;
    const score = num(e.totalScore) ?? num(e.score);
    if (score !== undefined) {
      return {
        source: 'evaluation',
        departmentScore: score,
        departmentScorePath: 'evaluation.totalScore',
        maxScore: num(e.maxScore) ?? 100,
        grade: typeof e.grade === 'string' ? e.grade : gradeOf(score),
        executionScore: num(e.executionScore),
        projects,
      };
    }
  }
  const score = dy.selfAssessment.score;
  return {
    source: 'self-assessment',
    departmentScore: score,
    departmentScorePath: 'selfAssessment.score',
    maxScore: dy.selfAssessment.maxScore,
    grade: score === undefined ? undefined : gradeOf(score),
    projects,
  };
}
