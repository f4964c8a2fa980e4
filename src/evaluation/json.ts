/**
 * The evaluation as JSON, for `jixiao evaluate --json` and `GET /api/departments/:id/years/:y/evaluation`.
 * Shape: {"indicators":[{"id","name","value","unit","score","maxScore","inputs","formula", …}],"total","grade", …}.
 * Rates are percentages (139.81 means 139.81%), unrounded; money inputs are integer 分.
 */
import type { Finding } from '../core/finding.ts';
import type { Evaluation, IndicatorResult } from './engine.ts';
import type { EvaluationReport } from './evaluate.ts';
import type { SelfEvaluation } from './self-evaluation.ts';

export interface IndicatorInputJson {
  readonly key: string;
  readonly label: string;
  /** The path(s) into the department-year, joined with “ + ” for a sum. */
  readonly path: string;
  readonly paths: readonly string[];
  readonly value: number | null;
  /** 分 for money, 人/项 for counts, % for rates. */
  readonly unit: '分' | '个' | '%';
  readonly display: string;
}

export interface IndicatorJson {
  readonly id: string;
  readonly name: string;
  readonly level1: string;
  readonly level2: string;
  readonly value: number | null;
  readonly displayValue: string | null;
  readonly unit: string | null;
  readonly status: IndicatorResult['status'];
  readonly score: number | null;
  readonly maxScore: number;
  readonly inputs: readonly IndicatorInputJson[];
  readonly formula: string;
  readonly calculation: string | null;
  readonly scoring: string | null;
  readonly ruleBasis: string | null;
  readonly missing: readonly string[];
  readonly notes: readonly string[];
  readonly confidence: string;
}

export interface EvaluationJson {
  readonly indicators: readonly IndicatorJson[];
  readonly total: number;
  readonly grade: string | null;
  readonly status: 'complete' | 'incomplete';
  readonly maxTotal: number;
  readonly missingMaxScore: number;
  readonly upperBound: number;
  readonly gradeRange: { readonly low: string; readonly high: string };
  readonly rescaleFactor: number;
  readonly blocks: Evaluation['blocks'];
  readonly template: Evaluation['template'];
  readonly library: Evaluation['library'];
  readonly department: Evaluation['department'];
  readonly fiscalYear: number;
  readonly claimed?: { readonly score: number | null; readonly grade: string | null };
  readonly departmentSelfEvaluation?: SelfEvaluation;
  readonly projects?: readonly SelfEvaluation[];
  readonly findings?: readonly Finding[];
  readonly tables?: EvaluationReport['tables'];
  /** The department's and the projects' scores as claimed, with the computed figures beside (one value per figure). */
  readonly scoreSheet?: EvaluationReport['scoreSheet'];
}

const UNIT: Record<string, IndicatorInputJson['unit']> = { money: '分', count: '个', rate: '%' };

function indicatorJson(i: IndicatorResult): IndicatorJson {
  return {
    id: i.id,
    name: i.name,
    level1: i.level1,
    level2: i.level2,
    value: i.value,
    displayValue: i.displayValue,
    unit: i.unit,
    status: i.status,
    score: i.score,
    maxScore: i.maxScore,
    inputs: i.inputs.map((t) => ({
      key: t.key,
      label: t.label,
      path: t.paths.join(' + '),
      paths: t.paths,
      value: t.value,
      unit: UNIT[t.quantity] ?? '个',
      display: t.display,
    })),
    formula: i.formula,
    calculation: i.calculation,
    scoring: i.scoring,
    ruleBasis: i.ruleBasis,
    missing: i.missing,
    notes: i.notes,
    confidence: i.confidence,
  };
}

function isReport(x: Evaluation | EvaluationReport): x is EvaluationReport {
  return 'evaluation' in x;
}

export function toEvaluationJson(input: Evaluation | EvaluationReport, claimed?: { score: number | null; grade: string | null }): EvaluationJson {
  const ev = isReport(input) ? input.evaluation : input;
  const base: EvaluationJson = {
    indicators: ev.indicators.map(indicatorJson),
    total: ev.total,
    grade: ev.grade,
    status: ev.complete ? 'complete' : 'incomplete',
    maxTotal: ev.maxTotal,
    missingMaxScore: ev.missingMaxScore,
    upperBound: ev.upperBound,
    gradeRange: ev.gradeRange,
    rescaleFactor: ev.rescaleFactor,
    blocks: ev.blocks,
    template: ev.template,
    library: ev.library,
    department: ev.department,
    fiscalYear: ev.fiscalYear,
    ...(claimed ? { claimed } : {}),
  };
  if (!isReport(input)) return base;
  return {
    ...base,
    claimed: claimed ?? { score: input.departmentSelfEvaluation.claimedScore, grade: input.departmentSelfEvaluation.claimedGrade },
    departmentSelfEvaluation: input.departmentSelfEvaluation,
    projects: input.projects,
    findings: input.findings,
    tables: input.tables,
    scoreSheet: input.scoreSheet,
  };
}
