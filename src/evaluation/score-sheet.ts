/**
 * The score sheet: the one place a department-year's scores are decided. The department's score is the
 * officer's (自评): the stated total when the department states one, else the sum of the officer's indicator
 * scores once every indicator of the template is scored. The system's computed scores stand beside it, never in
 * its place, and every claim the data does not support is listed. The report (六(一) and the 自评表), the web
 * app, `jixiao evaluate --json` and the overview all read their figures from here.
 */
import type { DepartmentYear, OfficerScore } from '../core/department-year.ts';
import type { Finding } from '../core/finding.ts';
import type { Evaluation, IndicatorResult, IndicatorStatus } from './engine.ts';
import { formatScore, roundHalfAway } from './format.ts';
import { gradeFor } from './scoring.ts';
import type { SelfEvaluation } from './self-evaluation.ts';

/** One indicator of the department template: weight, the officer's claim, the computed score and the gap. */
export interface ScoreSheetRow {
  /** The template's stable indicator id (`staff_control_rate`). */
  readonly id: string;
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  /** 分值 (after rescaling for indicators that do not apply). */
  readonly weight: number;
  /** The officer's 自评得分, or null when not yet scored. */
  readonly claimed: number | null;
  readonly basis: string;
  readonly deviationReason: string;
  readonly computedStatus: IndicatorStatus;
  /** What the data gives, or null when an input or a judgement is missing. */
  readonly computed: number | null;
  readonly formula: string;
  readonly calculation: string | null;
  readonly scoring: string | null;
  readonly missing: readonly string[];
  /** claimed − computed, when both exist. */
  readonly difference: number | null;
  /** Points claimed beyond what the data supports (claimed − computed when positive; the claim when unverifiable). */
  readonly unsupportedPoints: number;
}

export interface UnsupportedClaim {
  readonly id: string;
  readonly name: string;
  /** Points of the claim the data does not support. */
  readonly points: number;
  /** Why, in Chinese: the computed figure or what is missing. */
  readonly reason: string;
}

export type ClaimSource = 'stated' | 'sum-of-indicators' | 'none';

export interface DepartmentScore {
  readonly templateId: string;
  readonly templateTitle: string;
  readonly maxTotal: number;
  readonly rows: readonly ScoreSheetRow[];
  readonly blocks: readonly { readonly id: string; readonly name: string; readonly weight: number; readonly claimed: number | null; readonly computed: number }[];
  /** The department's score (自评得分): stated, or the sum of a complete set of indicator scores; null before either. */
  readonly score: number | null;
  readonly scoreSource: ClaimSource;
  readonly grade: string | null;
  /** Sum of the indicator scores entered so far, and how many of the rows have one. */
  readonly sumOfClaims: number;
  readonly claimedRows: number;
  /** The computed (system) figures beside the claim. */
  readonly computed: {
    readonly total: number;
    readonly upperBound: number;
    readonly complete: boolean;
    readonly grade: string | null;
    readonly gradeRange: { readonly low: string; readonly high: string };
  };
  /** The claim's points the data does not support, indicator by indicator, and their sum. */
  readonly unsupported: readonly UnsupportedClaim[];
  readonly unsupportedPoints: number;
}

export interface ProjectScoreRow {
  readonly path: string;
  readonly name: string;
  readonly level1: string | null;
  readonly level2: string | null;
  readonly weight: number | null;
  readonly claimed: number | null;
  readonly computed: number | null;
  readonly calculation: string | null;
  readonly difference: number | null;
  readonly deviationReason: string;
}

export interface ProjectScore {
  readonly index: number;
  readonly name: string;
  readonly maxTotal: number;
  /** The project's 自评得分 as the department states it (projects[i].selfScore), else the sum of a complete set of claims. */
  readonly score: number | null;
  readonly scoreSource: ClaimSource;
  readonly grade: string | null;
  readonly execution: { readonly weight: number; readonly rate: number | null; readonly computed: number | null; readonly calculation: string | null };
  readonly rows: readonly ProjectScoreRow[];
  readonly computed: { readonly total: number; readonly upperBound: number; readonly complete: boolean; readonly grade: string | null };
  /** True when the claim and the computed total differ by more than the rounding of their parts. */
  readonly differs: boolean;
  /** Why the computed figure differs from the claim, in Chinese (empty when it does not or cannot be said). */
  readonly differenceReasons: readonly string[];
}

export interface ScoreSheet {
  readonly department: DepartmentScore;
  readonly projects: readonly ProjectScore[];
  /** Disagreements between a stated total and its parts, claims above 分值, and the like. */
  readonly findings: readonly Finding[];
}

const EPS = 1e-9;

/** Parts entered to 2 decimals may each be off by half a hundredth: their sum by that much per part. */
export function roundingTolerance(parts: number): number {
  return 0.005 * Math.max(1, parts) + EPS;
}
const r2 = (n: number) => roundHalfAway(n, 2);

/** The officer's indicator scores as the department-year stores them. */
export function officerScoresOf(dy: DepartmentYear): Readonly<Record<string, OfficerScore>> {
  return dy.selfAssessment.indicators ?? {};
}

function departmentRow(i: IndicatorResult, claim: OfficerScore | undefined): ScoreSheetRow {
  const claimed = claim ? Math.min(claim.score, i.maxScore) : null;
  const computed = i.status === 'scored' ? i.score : null;
  const difference = claimed !== null && computed !== null ? claimed - computed : null;
  let unsupportedPoints = 0;
  if (claimed !== null) {
    if (computed !== null) unsupportedPoints = Math.max(0, claimed - computed);
    else if (i.status === 'missing') unsupportedPoints = claimed;
  }
  return {
    id: i.id,
    level1: i.level1,
    level2: i.level2,
    name: i.name,
    weight: i.maxScore,
    claimed,
    basis: claim?.basis ?? '',
    deviationReason: claim?.deviationReason ?? '',
    computedStatus: i.status,
    computed,
    formula: i.formula,
    calculation: i.calculation,
    scoring: i.scoring,
    missing: i.missing,
    difference,
    unsupportedPoints,
  };
}

function missingText(row: ScoreSheetRow): string {
  const first = row.missing[0]?.replace(/^需补充：/, '') ?? '评价资料';
  return `缺少依据（需补充：${first}${row.missing.length > 1 ? `等${row.missing.length}项` : ''}）`;
}

function departmentScore(dy: DepartmentYear, evaluation: Evaluation, grades: Parameters<typeof gradeFor>[1]): { score: DepartmentScore; findings: Finding[] } {
  const claims = officerScoresOf(dy);
  const rows = evaluation.indicators.filter((i) => i.status !== 'not-applicable').map((i) => departmentRow(i, claims[i.id]));
  const findings: Finding[] = [];
  for (const [id, c] of Object.entries(claims)) {
    const row = evaluation.indicators.find((i) => i.id === id);
    const path = `selfAssessment.indicators.${id}.score`;
    if (!row) {
      findings.push({ rule: 'claim-unknown-indicator', severity: 'warning', message: `自评得分填在了评分模板“${evaluation.template.title}”没有的指标“${id}”上，不计入总分`, evidence: [{ path }] });
    } else if (c.score > row.maxScore + EPS) {
      findings.push({
        rule: 'claim-above-weight',
        severity: 'error',
        message: `“${row.name}”自评${formatScore(c.score)}分，超过分值${formatScore(row.maxScore)}分；按分值计入`,
        evidence: [{ path }],
        calculation: `${formatScore(c.score)} > ${formatScore(row.maxScore)}`,
      });
    }
  }
  const claimedRows = rows.filter((r) => r.claimed !== null).length;
  const sumOfClaims = rows.reduce((s, r) => s + (r.claimed ?? 0), 0);
  const stated = dy.selfAssessment.score;
  let score: number | null = null;
  let scoreSource: ClaimSource = 'none';
  if (stated !== undefined) {
    score = stated;
    scoreSource = 'stated';
  } else if (rows.length > 0 && claimedRows === rows.length) {
    score = Math.min(sumOfClaims, evaluation.maxTotal);
    scoreSource = 'sum-of-indicators';
  }
  // A stated total above the maximum, or disagreeing with its parts, is a validation finding (core/validate.ts).
  const grade = score === null ? null : gradeOfScore(score, grades);
  if (stated !== undefined && dy.selfAssessment.grade && grade && dy.selfAssessment.grade !== grade) {
    findings.push({
      rule: 'stated-grade-mismatch',
      severity: 'error',
      message: `自评等级“${dy.selfAssessment.grade}”与自评得分${formatScore(stated)}分应得的等级“${grade}”不符`,
      evidence: [{ path: 'selfAssessment.grade' }],
    });
  }
  const unsupported: UnsupportedClaim[] = [];
  if (claimedRows > 0) {
    for (const row of rows) {
      if (row.unsupportedPoints <= EPS) continue;
      unsupported.push({
        id: row.id,
        name: row.name,
        points: row.unsupportedPoints,
        reason: row.computed !== null ? `自评${formatScore(row.claimed!)}分，按数据计算${formatScore(row.computed)}分（${row.scoring ?? ''}）` : `自评${formatScore(row.claimed!)}分，${missingText(row)}`,
      });
    }
  } else if (score !== null) {
    // Only a total is stated: the points it claims beyond the computed figure are lost points (the data says so)
    // or points for which the data is missing.
    for (const row of rows) {
      if (row.computed !== null && row.weight - row.computed > EPS) {
        unsupported.push({ id: row.id, name: row.name, points: row.weight - row.computed, reason: `按数据计算${formatScore(row.computed)}/${formatScore(row.weight)}分（${row.scoring ?? ''}）` });
      } else if (row.computedStatus === 'missing') {
        unsupported.push({ id: row.id, name: row.name, points: row.weight, reason: `${formatScore(row.weight)}分${missingText(row)}` });
      }
    }
  }
  // The claim cannot be unsupported by more than it exceeds the computed total.
  const unsupportedPoints = score === null ? unsupported.reduce((s, u) => s + u.points, 0) : Math.min(Math.max(0, score - evaluation.total), unsupported.reduce((s, u) => s + u.points, 0));
  const blocks = evaluation.blocks.map((b) => {
    const own = rows.filter((r) => evaluation.indicators.find((i) => i.id === r.id)?.blockId === b.id);
    return {
      id: b.id,
      name: b.name,
      weight: b.maxScore,
      claimed: own.length > 0 && own.every((r) => r.claimed !== null) ? own.reduce((s, r) => s + r.claimed!, 0) : null,
      computed: b.score,
    };
  });
  return {
    score: {
      templateId: evaluation.template.id,
      templateTitle: evaluation.template.title,
      maxTotal: evaluation.maxTotal,
      rows,
      blocks,
      score,
      scoreSource,
      grade,
      sumOfClaims,
      claimedRows,
      computed: {
        total: evaluation.total,
        upperBound: evaluation.upperBound,
        complete: evaluation.complete,
        grade: evaluation.grade,
        gradeRange: evaluation.gradeRange,
      },
      unsupported,
      unsupportedPoints,
    },
    findings,
  };
}

function projectScore(dy: DepartmentYear, index: number, se: SelfEvaluation, grades: Parameters<typeof gradeFor>[1]): { score: ProjectScore; findings: Finding[] } {
  const project = dy.projects[index]!;
  const rows: ProjectScoreRow[] = se.indicators.map((i) => ({
    path: i.path,
    name: i.name,
    level1: i.level1,
    level2: i.level2,
    weight: i.weight,
    claimed: i.claimedScore,
    computed: i.score,
    calculation: i.calculation,
    difference: i.claimedScore !== null && i.score !== null ? i.claimedScore - i.score : null,
    deviationReason: i.deviationReason,
  }));
  const findings: Finding[] = [];
  for (const row of rows) {
    if (row.claimed !== null && row.weight !== null && row.claimed > row.weight + EPS) {
      findings.push({
        rule: 'claim-above-weight',
        severity: 'error',
        message: `项目“${project.name}”的指标“${row.name}”自评${formatScore(row.claimed)}分，超过分值${formatScore(row.weight)}分`,
        evidence: [{ path: `${row.path}.score` }],
        calculation: `${formatScore(row.claimed)} > ${formatScore(row.weight)}`,
      });
    }
  }
  const claimsComplete = rows.length > 0 && rows.every((r) => r.claimed !== null) && se.execution.score !== null;
  const sumOfClaims = (se.execution.score ?? 0) + rows.reduce((s, r) => s + (r.claimed ?? 0), 0);
  let score: number | null = null;
  let scoreSource: ClaimSource = 'none';
  if (project.selfScore !== undefined) {
    score = project.selfScore;
    scoreSource = 'stated';
    if (claimsComplete && Math.abs(r2(sumOfClaims) - r2(project.selfScore)) > EPS) {
      findings.push({
        rule: 'stated-total-mismatch',
        severity: 'error',
        message: `项目“${project.name}”自评总分${formatScore(project.selfScore)}分与预算执行率得分加各指标自评得分之和${formatScore(sumOfClaims)}分不一致`,
        evidence: [{ path: `projects[${index}].selfScore` }],
        calculation: `${formatScore(se.execution.score ?? 0)} + ${rows.map((r) => formatScore(r.claimed ?? 0)).join(' + ')} = ${formatScore(sumOfClaims)}`,
      });
    }
  } else if (claimsComplete) {
    score = Math.min(sumOfClaims, se.maxTotal);
    scoreSource = 'sum-of-indicators';
  }
  const grade = score === null ? null : gradeOfScore(score, grades);
  const differenceReasons: string[] = [];
  const differs = score !== null && Math.abs(score - se.total) > roundingTolerance(rows.length + 1);
  if (differs) {
    if (se.execution.score !== null && se.execution.score < se.execution.maxScore - 0.005) {
      differenceReasons.push(`预算执行率得分${formatScore(se.execution.score)}/${formatScore(se.execution.maxScore)}分`);
    }
    for (const i of se.indicators) {
      if (i.score !== null && i.weight !== null && i.score < i.weight - 0.005 && (i.claimedScore === null || i.claimedScore > i.score + 0.005)) differenceReasons.push(`${i.name}按数据计算${formatScore(i.score)}/${formatScore(i.weight)}分`);
    }
    const open = se.missing.length;
    if (open > 0) differenceReasons.push(`${open}项评价资料待补充（${se.missing.slice(0, 2).join('；')}${open > 2 ? '等' : ''}）`);
  }
  return {
    score: {
      index,
      name: project.name,
      maxTotal: se.maxTotal,
      score,
      scoreSource,
      grade,
      execution: { weight: se.execution.maxScore, rate: se.execution.rate, computed: se.execution.score, calculation: se.execution.calculation },
      rows,
      computed: { total: se.total, upperBound: se.upperBound, complete: se.complete, grade: se.grade },
      differs,
      differenceReasons,
    },
    findings,
  };
}

/**
 * The grade a department's score earns by the template's bands — the one grade shown for it everywhere (自评表,
 * report, home, overview); a stated grade that differs is the finding stated-grade-mismatch, never shown as the grade.
 */
export function gradeOfScore(score: number, grades: Parameters<typeof gradeFor>[1]): string {
  return gradeFor(r2(score), grades);
}

export interface ScoreSheetInput {
  readonly evaluation: Evaluation;
  readonly projects: readonly SelfEvaluation[];
  readonly grades: Parameters<typeof gradeFor>[1];
}

/** The department's and each project's score: the officer's claims, the computed figures beside them. */
export function buildScoreSheet(dy: DepartmentYear, input: ScoreSheetInput): ScoreSheet {
  const dept = departmentScore(dy, input.evaluation, input.grades);
  const projects = input.projects.map((se, i) => projectScore(dy, i, se, input.grades));
  return {
    department: dept.score,
    projects: projects.map((p) => p.score),
    findings: [...dept.findings, ...projects.flatMap((p) => p.findings)],
  };
}
