/**
 * The scores a report states: the department's total and grade, each project's, and the scores in the attached
 * self-evaluation tables. They come from an evaluation report (issue 4's `evaluateAll`) when one is passed,
 * else from the department-year's own self-assessment. Grades are derived from the score, never typed.
 */
import { z } from 'zod';
import type { DepartmentYear } from '../core/department-year.ts';
import { gradeOf } from './grades.ts';

export interface TableScores {
  /** 预算执行率得分 and its full marks. */
  readonly executionScore?: number;
  /** Indicator 分值 / 得分 by the indicator's data path (goals[0].indicators[1], projects[2].indicators[0]). */
  readonly indicators: ReadonlyMap<string, { readonly maxScore: number | null; readonly score: number | null }>;
}

export interface ProjectScore extends TableScores {
  readonly index: number;
  readonly name: string;
  readonly score?: number;
  readonly grade?: string;
  readonly path: string;
  readonly complete: boolean;
}

export interface ScoreView extends TableScores {
  readonly source: 'evaluation' | 'self-assessment';
  readonly departmentScore?: number;
  readonly departmentScorePath: string;
  readonly maxScore: number;
  readonly grade?: string;
  /** False when the evaluation still lacks inputs: the score is what is verified so far. */
  readonly complete: boolean;
  /** The most the department could reach once the open indicators are assessed. */
  readonly upperBound?: number;
  readonly projects: readonly ProjectScore[];
}

const nullableNumber = z.number().nullable().optional();
const tableSchema = z.object({
  funds: z.array(z.object({ score: nullableNumber, maxScore: nullableNumber })).default([]),
  indicators: z.array(z.object({ path: z.string(), maxScore: nullableNumber, score: nullableNumber })).default([]),
  total: z.object({
    maxScore: z.number(),
    score: z.number(),
    complete: z.boolean(),
    upperBound: z.number().optional(),
    grade: z.string().nullable().optional(),
  }),
});
/** The part of issue 4's EvaluationReport the report reads; the rest is ignored. */
const evaluationReportSchema = z.object({
  tables: z.object({ department: tableSchema, projects: z.array(tableSchema) }),
});
type EvaluationTable = z.output<typeof tableSchema>;

function tableScores(t: EvaluationTable): TableScores {
  const first = t.funds[0];
  return {
    executionScore: first?.score ?? undefined,
    indicators: new Map(t.indicators.map((i) => [i.path, { maxScore: i.maxScore ?? null, score: i.score ?? null }])),
  };
}

export function scoreView(dy: DepartmentYear, evaluation?: unknown): ScoreView {
  const parsed = evaluation === undefined ? undefined : evaluationReportSchema.safeParse(evaluation);
  if (parsed && !parsed.success) {
    // A result of another shape is a wiring mistake; stating the officer's claim instead would hide it.
    throw new TypeError(
      `评价结果格式不符（应为 evaluateAll 的结果）/ evaluation is not an evaluateAll() result: ${parsed.error.issues[0]?.path.join('.') ?? ''}`,
    );
  }
  if (parsed?.success) {
    const { department, projects } = parsed.data.tables;
    return {
      source: 'evaluation',
      ...tableScores(department),
      departmentScore: department.total.score,
      departmentScorePath: 'evaluation.tables.department.total.score',
      maxScore: department.total.maxScore,
      grade: department.total.complete ? (department.total.grade ?? gradeOf(department.total.score)) : undefined,
      complete: department.total.complete,
      upperBound: department.total.upperBound,
      projects: dy.projects.map((p, index) => {
        const t = projects[index];
        return {
          index,
          name: p.name,
          path: `evaluation.tables.projects[${index}].total.score`,
          ...(t ? tableScores(t) : { indicators: new Map() }),
          score: t?.total.score,
          grade: t?.total.complete ? (t.total.grade ?? gradeOf(t.total.score)) : undefined,
          complete: t?.total.complete ?? false,
        };
      }),
    };
  }
  const score = dy.selfAssessment.score;
  const indicatorClaims = (list: DepartmentYear['goals'][number]['indicators'], base: string) =>
    list.map((ind, i) => [`${base}[${i}]`, { maxScore: ind.weight ?? null, score: ind.score ?? null }] as const);
  return {
    source: 'self-assessment',
    indicators: new Map(dy.goals.flatMap((g, gi) => indicatorClaims(g.indicators, `goals[${gi}].indicators`))),
    departmentScore: score,
    departmentScorePath: 'selfAssessment.score',
    maxScore: dy.selfAssessment.maxScore,
    grade: score === undefined ? undefined : gradeOf(score),
    complete: score !== undefined,
    projects: dy.projects.map((p, index) => ({
      index,
      name: p.name,
      score: p.selfScore,
      grade: p.selfScore === undefined ? undefined : gradeOf(p.selfScore),
      path: `projects[${index}].selfScore`,
      complete: p.selfScore !== undefined,
      indicators: new Map(indicatorClaims(p.indicators, `projects[${index}].indicators`)),
    })),
  };
}
