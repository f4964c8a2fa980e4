/**
 * 10号-style self-evaluation scoring (项目支出绩效自评, and the 部门整体支出 self-evaluation table built the same
 * way): 预算执行率 worth the template's execution points, then each performance indicator by its own 分值 —
 * quantitative ones proportionally in their direction, qualitative ones only by a judgement the data lacks.
 */
import type { DepartmentYear, Indicator, PhasedAmount } from '../core/department-year.ts';
import { formatMoney, formatNumber, formatPercent, formatScore, roundHalfAway } from './format.ts';
import { applyValueRule, gradeFor } from './scoring.ts';
import { completionPercent, directionOf, meetsTarget, numericValue } from './target-values.ts';
import { isValueRule, type ProjectTemplate, type ValueRule } from './template-schema.ts';

export type SelfEvalStatus = 'scored' | 'missing';

export interface ExecutionResult {
  readonly path: string;
  readonly initialBudget: number | null;
  readonly adjustedBudget: number | null;
  readonly final: number | null;
  readonly status: SelfEvalStatus;
  /** 执行率 in percent, unrounded. */
  readonly rate: number | null;
  readonly score: number | null;
  readonly maxScore: number;
  readonly calculation: string | null;
  readonly missing: readonly string[];
}

export interface TargetIndicatorResult {
  readonly path: string;
  readonly level1: string | null;
  readonly level2: string | null;
  readonly name: string;
  readonly operator: Indicator['operator'];
  readonly target: number | string | null;
  readonly actual: number | string | null;
  readonly unit: string | null;
  /** 分值 as stated in the data. */
  readonly weight: number | null;
  /** 得分 as claimed in the data. */
  readonly claimedScore: number | null;
  readonly status: SelfEvalStatus;
  /** Completion in percent of target in the indicator's direction (≥: B/A; ≤: A/B). */
  readonly completion: number | null;
  readonly met: boolean | null;
  readonly score: number | null;
  readonly calculation: string | null;
  readonly missing: readonly string[];
  readonly deviationReason: string;
}

export interface SelfEvaluation {
  readonly name: string;
  /** Path of the evaluated thing: `projects[2]`, or `` for the department. */
  readonly path: string;
  readonly execution: ExecutionResult;
  readonly indicators: readonly TargetIndicatorResult[];
  readonly blocks: readonly {
    readonly level1: string;
    readonly templateWeight: number;
    readonly statedWeight: number;
    readonly score: number;
  }[];
  readonly total: number;
  readonly maxTotal: number;
  /** maxTotal minus the points verifiably lost. */
  readonly upperBound: number;
  readonly complete: boolean;
  readonly grade: string | null;
  readonly gradeRange: { readonly low: string; readonly high: string };
  readonly missing: readonly string[];
  readonly claimedScore: number | null;
  readonly claimedGrade: string | null;
}

export function evaluateExecution(amounts: PhasedAmount, path: string, template: ProjectTemplate): ExecutionResult {
  const maxScore = template.execution.weight;
  const base = {
    path,
    initialBudget: amounts.initialBudget ?? null,
    adjustedBudget: amounts.adjustedBudget ?? null,
    final: amounts.final ?? null,
    maxScore,
  };
  const missing: string[] = [];
  if (amounts.adjustedBudget === undefined) missing.push(`需补充：全年预算数（${path}.adjustedBudget）`);
  if (amounts.final === undefined) missing.push(`需补充：全年执行数（${path}.final）`);
  if (amounts.adjustedBudget === undefined || amounts.final === undefined) {
    return { ...base, status: 'missing', rate: null, score: null, calculation: null, missing };
  }
  if (amounts.adjustedBudget === 0) {
    return { ...base, status: 'missing', rate: null, score: null, calculation: null, missing: [`需补充：全年预算数为0，执行率无定义（${path}.adjustedBudget）`] };
  }
  const rate = (amounts.final * 100) / amounts.adjustedBudget;
  const rule = template.execution.rule;
  if (!isValueRule(rule)) {
    return { ...base, status: 'missing', rate, score: null, calculation: null, missing: [`需补充：预算执行率须用数值计分规则（模板给的是 ${rule.type}）`] };
  }
  const outcome = applyValueRule(rule, rate, maxScore);
  return {
    ...base,
    status: 'scored',
    rate,
    score: outcome.score,
    calculation: `${formatMoney(amounts.final)} / ${formatMoney(amounts.adjustedBudget)} × 100% = ${formatPercent(rate)}；${outcome.explanation}`,
    missing: [],
  };
}

function valueText(v: number, unit: string | undefined): string {
  return `${formatNumber(v, 4).replace(/\.?0+$/, '')}${unit ?? ''}`;
}

export function evaluateTargetIndicator(ind: Indicator, path: string, template: ProjectTemplate): TargetIndicatorResult {
  const base = {
    path,
    level1: ind.level1 ?? null,
    level2: ind.level2 ?? null,
    name: ind.name,
    operator: ind.operator,
    target: ind.target ?? null,
    actual: ind.actual ?? null,
    unit: ind.unit ?? null,
    weight: ind.weight ?? null,
    claimedScore: ind.score ?? null,
    deviationReason: ind.deviationReason ?? '',
  };
  const missing: string[] = [];
  if (ind.weight === undefined) missing.push(`需补充：分值（${path}.weight）`);
  const direction = directionOf(ind.operator);
  if (direction === undefined) {
    const bands = template.qualitative.bands.map((b) => `${b.label}（${b.maxShare * 100}%–${b.minShare * 100}%）`).join('；');
    missing.push(`需补充：定性指标的评判档次与依据（${bands}）`);
    return { ...base, status: 'missing', completion: null, met: null, score: null, calculation: null, missing };
  }
  const target = numericValue(ind.target);
  const actual = numericValue(ind.actual);
  if (target === undefined) missing.push(`需补充：年度指标值（数值，${path}.target）`);
  if (actual === undefined) missing.push(`需补充：实际完成值（数值，${path}.actual）`);
  if (target === undefined || actual === undefined) {
    return { ...base, status: 'missing', completion: null, met: null, score: null, calculation: null, missing };
  }
  const met = meetsTarget(ind.operator, actual, target);
  const completion = completionPercent(ind.operator, actual, target) ?? null;
  const weight = ind.weight;
  if (weight === undefined || completion === null) {
    if (completion === null) missing.push(`需补充：指标值为0，完成程度无定义（${path}.target）`);
    return { ...base, status: 'missing', completion, met, score: null, calculation: null, missing };
  }
  const shown = `实际${valueText(actual, ind.unit)}，指标值${ind.operator}${valueText(target, ind.unit)}，完成${formatPercent(completion)}`;
  let score: number;
  let how: string;
  if (direction === 'equal') {
    // “=” indicators: on target is full marks; off target scores the smaller of the two ratios.
    const share = actual === target ? 1 : Math.min(actual / target, target / actual);
    score = Math.max(0, share) * weight;
    how = `min(B/A, A/B) × ${weight} = ${formatScore(score)}分`;
  } else {
    const rule: ValueRule = {
      type: 'proportional',
      direction: 'positive',
      target: 100,
      ...(template.quantitative.overCompletion ? { overCompletion: template.quantitative.overCompletion } : {}),
    };
    const outcome = applyValueRule(rule, completion, weight);
    score = outcome.score;
    how = outcome.explanation;
  }
  return { ...base, status: 'scored', completion, met, score, calculation: `${shown}；${how}`, missing: [] };
}

export interface SelfEvaluationUnit {
  readonly name: string;
  readonly path: string;
  readonly amounts: PhasedAmount;
  readonly amountsPath: string;
  readonly indicators: readonly { readonly indicator: Indicator; readonly path: string }[];
  readonly indicatorsPath: string;
  readonly claimedScore: number | null;
  readonly claimedGrade: string | null;
}

export function evaluateSelfEvaluationUnit(unit: SelfEvaluationUnit, template: ProjectTemplate): SelfEvaluation {
  const execution = evaluateExecution(unit.amounts, unit.amountsPath, template);
  const indicators = unit.indicators.map(({ indicator, path }) => evaluateTargetIndicator(indicator, path, template));
  const missing = [...execution.missing];
  if (indicators.length === 0) missing.push(`需补充：绩效指标（${unit.indicatorsPath}）`);
  for (const i of indicators) missing.push(...i.missing.map((m) => `${i.name}：${m}`));
  const statedWeights = indicators.reduce((s, i) => s + (i.weight ?? 0), 0);
  const expected = template.maxTotal - template.execution.weight;
  if (indicators.length > 0 && indicators.every((i) => i.weight !== null) && Math.abs(statedWeights - expected) > 1e-9) {
    missing.push(`需核实：各绩效指标分值之和为${formatScore(statedWeights)}，应为${expected}（${unit.indicatorsPath}）`);
  }
  const blocks = template.blocks.map((b) => {
    const own = indicators.filter((i) => i.level1 === b.level1);
    return {
      level1: b.level1,
      templateWeight: b.weight,
      statedWeight: own.reduce((s, i) => s + (i.weight ?? 0), 0),
      score: own.reduce((s, i) => s + (i.score ?? 0), 0),
    };
  });
  const total = (execution.score ?? 0) + indicators.reduce((s, i) => s + (i.score ?? 0), 0);
  const lost =
    (execution.score === null ? 0 : execution.maxScore - execution.score) +
    indicators.reduce((s, i) => s + (i.score === null || i.weight === null ? 0 : i.weight - i.score), 0);
  const upperBound = Math.max(0, template.maxTotal - lost);
  const complete = missing.length === 0;
  const low = gradeFor(roundHalfAway(total, 2), template.grades);
  const high = gradeFor(roundHalfAway(upperBound, 2), template.grades);
  return {
    name: unit.name,
    path: unit.path,
    execution,
    indicators,
    blocks,
    total,
    maxTotal: template.maxTotal,
    upperBound,
    complete,
    grade: complete ? low : null,
    gradeRange: { low, high },
    missing,
    claimedScore: unit.claimedScore,
    claimedGrade: unit.claimedGrade,
  };
}

export function evaluateProjects(dy: DepartmentYear, template: ProjectTemplate): SelfEvaluation[] {
  return dy.projects.map((p, i) =>
    evaluateSelfEvaluationUnit(
      {
        name: p.name,
        path: `projects[${i}]`,
        amounts: p.amounts,
        amountsPath: `projects[${i}].amounts`,
        indicators: p.indicators.map((indicator, j) => ({ indicator, path: `projects[${i}].indicators[${j}]` })),
        indicatorsPath: `projects[${i}].indicators`,
        claimedScore: p.selfScore ?? null,
        claimedGrade: p.selfGrade ?? null,
      },
      template,
    ),
  );
}

/** The department's whole expenditure as one self-evaluation: its total budget and its goals' indicators. */
export function departmentAmounts(dy: DepartmentYear): PhasedAmount {
  const total = dy.expenditure.total;
  const basic = dy.expenditure.byNature.basic.amounts;
  const project = dy.expenditure.byNature.project.amounts;
  const phase = (k: keyof PhasedAmount) => {
    const stated = total?.[k];
    if (stated !== undefined) return stated;
    const a = basic[k];
    const b = project[k];
    return a === undefined || b === undefined ? undefined : ((a + b) as typeof a);
  };
  const out: PhasedAmount = {};
  for (const k of ['initialBudget', 'adjustedBudget', 'final'] as const) {
    const v = phase(k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

export function evaluateDepartmentSelfEvaluation(dy: DepartmentYear, template: ProjectTemplate): SelfEvaluation {
  const indicators: { indicator: Indicator; path: string }[] = [];
  dy.goals.forEach((g, gi) => {
    g.indicators.forEach((indicator, ii) => {
      indicators.push({ indicator, path: `goals[${gi}].indicators[${ii}]` });
    });
  });
  return evaluateSelfEvaluationUnit(
    {
      name: dy.department.name,
      path: '',
      amounts: departmentAmounts(dy),
      amountsPath: dy.expenditure.total ? 'expenditure.total' : 'expenditure.byNature',
      indicators,
      indicatorsPath: 'goals[].indicators',
      claimedScore: dy.selfAssessment.score ?? null,
      claimedGrade: dy.selfAssessment.grade ?? null,
    },
    template,
  );
}
