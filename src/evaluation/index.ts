/** Public API of the evaluation capability. Other capabilities and the shells import from here only. */
export { CLAIM_CHECKS, runClaimChecks } from './checks/index.ts';
export type { CheckContext, CheckThresholds, ClaimCheck } from './checks/context.ts';
export { EVALUATE_USAGE, type EvaluateCommandDeps, evaluateCommand, parseEvaluateArgs } from './cli.ts';
export { DEFAULT_LIBRARIES, DEPARTMENT_LIBRARY, type Libraries, PROJECT_LIBRARY } from './default-libraries.ts';
export {
  DEFAULT_DEPARTMENT_TEMPLATE,
  DEFAULT_PROJECT_TEMPLATE,
  findShippedTemplate,
  SHIPPED_TEMPLATES,
} from './default-templates.ts';
export {
  type BlockResult,
  type EvaluateOptions,
  type Evaluation,
  evaluateDepartmentYear,
  type IndicatorResult,
  type IndicatorStatus,
} from './engine.ts';
export { goalOverrideFindings, isGoalOverride, type StoredOverride } from './goal-overrides.ts';
export { departmentGradeOf, type EvaluateAllOptions, type EvaluationReport, evaluateAll } from './evaluate.ts';
export { formatMoney, formatPercent, formatScore, roundHalfAway } from './format.ts';
export type { IndicatorValue, InputTrace } from './indicators/types.ts';
export { changePercent } from './indicators/change.ts';
export { ratioPercent } from './indicators/ratio.ts';
export { computeIndicator, FAMILIES } from './indicators/registry.ts';
export { type EvaluationJson, type IndicatorJson, toEvaluationJson } from './json.ts';
export {
  type Confidence,
  type DepartmentLibrary,
  departmentLibrarySchema,
  findIndicator,
  type LibraryIndicator,
  type ProjectLibrary,
  projectLibrarySchema,
} from './library.ts';
export {
  loadDepartmentTemplate,
  loadProjectTemplate,
  loadTemplate,
  TemplateError,
  type TemplateIssue,
} from './load-template.ts';
export { renderEvaluationText } from './render-text.ts';
export {
  buildScoreSheet,
  type ClaimSource,
  type DepartmentScore,
  gradeOfScore,
  officerScoresOf,
  type ProjectScore,
  type ProjectScoreRow,
  type ScoreSheet,
  type ScoreSheetRow,
  type UnsupportedClaim,
} from './score-sheet.ts';
export { applyAssessmentRule, applyValueRule, gradeFor, type IndicatorAssessment, type ScoreOutcome } from './scoring.ts';
export {
  evaluateDepartmentSelfEvaluation,
  evaluateExecution,
  evaluateProjects,
  evaluateTargetIndicator,
  type ExecutionResult,
  type SelfEvaluation,
  type TargetIndicatorResult,
} from './self-evaluation.ts';
export {
  buildDepartmentSelfEvaluationTable,
  buildIndicatorScoreTable,
  buildProjectSelfEvaluationTable,
  FUNDS_COLUMNS,
  type FundsRow,
  INDICATOR_COLUMNS,
  type IndicatorRow,
  type IndicatorScoreTable,
  type SelfEvaluationTable,
} from './tables.ts';
export {
  type AssessmentRule,
  type DepartmentTemplate,
  isValueRule,
  type ProjectTemplate,
  type ScoringRule,
  type ScoringTemplate,
  templateSchema,
  type ValueRule,
} from './template-schema.ts';
