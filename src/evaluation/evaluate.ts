/**
 * One call for everything the evaluation offers about a department-year: the 53号 indicator evaluation, the
 * 10号-style self-evaluation of the department's goals and of each project, and the checks on claimed scores.
 */
import type { DepartmentYear } from '../core/department-year.ts';
import { type Finding, sortFindings } from '../core/finding.ts';
import { runClaimChecks } from './checks/index.ts';
import { DEPARTMENT_LIBRARY } from './default-libraries.ts';
import { DEFAULT_DEPARTMENT_TEMPLATE, DEFAULT_PROJECT_TEMPLATE } from './default-templates.ts';
import { type Evaluation, evaluateDepartmentYear } from './engine.ts';
import type { DepartmentLibrary } from './library.ts';
import type { IndicatorAssessment } from './scoring.ts';
import { buildScoreSheet, gradeOfScore, type ScoreSheet } from './score-sheet.ts';
import { evaluateDepartmentSelfEvaluation, evaluateProjects, type SelfEvaluation } from './self-evaluation.ts';
import {
  buildDepartmentSelfEvaluationTable,
  buildIndicatorScoreTable,
  buildProjectSelfEvaluationTable,
  type IndicatorScoreTable,
  type SelfEvaluationTable,
} from './tables.ts';
import type { DepartmentTemplate, ProjectTemplate } from './template-schema.ts';

export interface EvaluationReport {
  readonly evaluation: Evaluation;
  readonly departmentSelfEvaluation: SelfEvaluation;
  readonly projects: readonly SelfEvaluation[];
  readonly findings: readonly Finding[];
  /** The officer's scores with the computed ones beside: the one source of every score shown anywhere. */
  readonly scoreSheet: ScoreSheet;
  /** The self-evaluation tables and the 53号 scoring table, ready to render. */
  readonly tables: {
    readonly department: SelfEvaluationTable;
    readonly projects: readonly SelfEvaluationTable[];
    readonly indicatorScores: IndicatorScoreTable;
  };
}

export interface EvaluateAllOptions {
  readonly departmentTemplate?: DepartmentTemplate;
  readonly projectTemplate?: ProjectTemplate;
  readonly library?: DepartmentLibrary;
  readonly assessments?: Readonly<Record<string, IndicatorAssessment>>;
  /** Findings of the department-year's validation (core), used by full-score-with-problems. */
  readonly validationFindings?: readonly Finding[];
}

export function evaluateAll(dy: DepartmentYear, options: EvaluateAllOptions = {}): EvaluationReport {
  const departmentTemplate = options.departmentTemplate ?? DEFAULT_DEPARTMENT_TEMPLATE;
  const projectTemplate = options.projectTemplate ?? DEFAULT_PROJECT_TEMPLATE;
  const library = options.library ?? DEPARTMENT_LIBRARY;
  const evaluation = evaluateDepartmentYear(dy, departmentTemplate, library, {
    ...(options.assessments ? { assessments: options.assessments } : {}),
  });
  const departmentSelfEvaluation = evaluateDepartmentSelfEvaluation(dy, projectTemplate);
  const projects = evaluateProjects(dy, projectTemplate);
  const scoreSheet = buildScoreSheet(dy, { evaluation, projects, grades: departmentTemplate.grades });
  const findings = runClaimChecks({
    dy,
    evaluation,
    library,
    department: departmentSelfEvaluation,
    projects,
    thresholds: departmentTemplate.checks,
    validationFindings: options.validationFindings ?? [],
  });
  const tables = {
    department: buildDepartmentSelfEvaluationTable(dy, departmentSelfEvaluation),
    projects: projects.map((p) => buildProjectSelfEvaluationTable(dy, p)),
    indicatorScores: buildIndicatorScoreTable(evaluation),
  };
  return { evaluation, departmentSelfEvaluation, projects, findings: sortFindings([...findings, ...scoreSheet.findings]), scoreSheet, tables };
}

/**
 * The grade a department's stated score earns by the default department template (null without a score): what
 * the home page, review panel, overview and public page show beside the score, as the 自评表 and the report do.
 */
export function departmentGradeOf(score: number | null | undefined): string | null {
  return score === null || score === undefined ? null : gradeOfScore(score, DEFAULT_DEPARTMENT_TEMPLATE.grades);
}
