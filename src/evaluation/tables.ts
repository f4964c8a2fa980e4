/**
 * The self-evaluation tables as plain data — 部门整体支出绩效自评表 and 项目支出绩效自评表 (财预〔2020〕10号 附件2
 * layout) — for the report writer and the web app to render. Each row carries the raw figures (分, percent,
 * points) and the cells as shown, in column order.
 */
import type { DepartmentYear, PhasedAmount } from '../core/department-year.ts';
import { formatMoney, formatPercent, formatScore } from './format.ts';
import type { Evaluation } from './engine.ts';
import { departmentAmounts, type SelfEvaluation, type TargetIndicatorResult } from './self-evaluation.ts';

export const FUNDS_COLUMNS = ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'] as const;
export const INDICATOR_COLUMNS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
] as const;

export interface FundsRow {
  readonly label: string;
  readonly initialBudget: number | null;
  readonly adjustedBudget: number | null;
  readonly final: number | null;
  /** 分值: only on the 年度资金总额 row. */
  readonly maxScore: number | null;
  readonly rate: number | null;
  readonly score: number | null;
  /** Cells in FUNDS_COLUMNS order; money in 万元; “—” where the layout has none. */
  readonly cells: readonly string[];
}

export interface IndicatorRow {
  readonly path: string;
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly target: string;
  readonly actual: string;
  readonly maxScore: number | null;
  /** 得分 as recomputed by Jixiao; null when it cannot be (see missing). */
  readonly score: number | null;
  /** 得分 as the department stated it. */
  readonly claimedScore: number | null;
  readonly deviationReason: string;
  readonly missing: readonly string[];
  /** Cells in INDICATOR_COLUMNS order (得分 is the recomputed score, or “待补充”). */
  readonly cells: readonly string[];
}

export interface SelfEvaluationTable {
  readonly kind: 'department' | 'project';
  readonly title: string;
  readonly fiscalYear: number;
  /** 项目名称 / 部门（单位）名称 */
  readonly name: string;
  readonly supervisor: string;
  readonly implementer: string;
  readonly fundsUnit: '万元';
  readonly fundsColumns: readonly string[];
  readonly funds: readonly FundsRow[];
  readonly goal: { readonly expected: string; readonly actual: string };
  readonly indicatorColumns: readonly string[];
  readonly indicators: readonly IndicatorRow[];
  readonly total: {
    readonly maxScore: number;
    readonly score: number;
    readonly complete: boolean;
    readonly upperBound: number;
    readonly grade: string | null;
    readonly claimedScore: number | null;
    readonly claimedGrade: string | null;
  };
}

const DASH = '—';
const money = (v: number | null | undefined): string => (v === null || v === undefined ? '' : formatMoney(v).replace(/万元$/, ''));

function fundsRow(label: string, a: PhasedAmount | undefined, scored?: SelfEvaluation['execution']): FundsRow {
  const initialBudget = a?.initialBudget ?? null;
  const adjustedBudget = a?.adjustedBudget ?? null;
  const final = a?.final ?? null;
  const rate = scored ? scored.rate : adjustedBudget !== null && final !== null && adjustedBudget !== 0 ? (final * 100) / adjustedBudget : null;
  const maxScore = scored ? scored.maxScore : null;
  const score = scored ? scored.score : null;
  return {
    label,
    initialBudget,
    adjustedBudget,
    final,
    maxScore,
    rate,
    score,
    cells: [
      label,
      money(initialBudget),
      money(adjustedBudget),
      money(final),
      maxScore === null ? DASH : String(maxScore),
      rate === null ? '' : formatPercent(rate),
      scored ? (score === null ? '待补充' : formatScore(score)) : DASH,
    ],
  };
}

function text(v: number | string | null, unit: string | null, operator?: string): string {
  if (v === null) return '';
  const op = operator && operator !== 'qualitative' && operator !== '=' ? operator.replace('>=', '≥').replace('<=', '≤') : '';
  return typeof v === 'number' ? `${op}${v}${unit ?? ''}` : v;
}

function indicatorRow(i: TargetIndicatorResult): IndicatorRow {
  const row = {
    path: i.path,
    level1: i.level1 ?? '',
    level2: i.level2 ?? '',
    level3: i.name,
    target: text(i.target, i.unit, i.operator),
    actual: text(i.actual, i.unit),
    maxScore: i.weight,
    score: i.score,
    claimedScore: i.claimedScore,
    deviationReason: i.deviationReason,
    missing: i.missing,
  };
  return {
    ...row,
    cells: [
      row.level1,
      row.level2,
      row.level3,
      row.target,
      row.actual,
      row.maxScore === null ? '' : String(row.maxScore),
      row.score === null ? '待补充' : formatScore(row.score),
      row.deviationReason,
    ],
  };
}

function totals(e: SelfEvaluation): SelfEvaluationTable['total'] {
  return {
    maxScore: e.maxTotal,
    score: e.total,
    complete: e.complete,
    upperBound: e.upperBound,
    grade: e.grade,
    claimedScore: e.claimedScore,
    claimedGrade: e.claimedGrade,
  };
}

export function buildProjectSelfEvaluationTable(dy: DepartmentYear, e: SelfEvaluation): SelfEvaluationTable {
  const index = Number(/^projects\[(\d+)\]$/.exec(e.path)?.[1] ?? -1);
  const project = dy.projects[index];
  const funds: FundsRow[] = [fundsRow('年度资金总额', project?.amounts, e.execution)];
  // The model keeps one amount per fund source without its phase; it is shown as the year's budget.
  for (const s of project?.fundSources ?? []) funds.push(fundsRow(`其中：${s.name}`, { adjustedBudget: s.amount }));
  if ((project?.fundSources ?? []).length === 0) {
    for (const label of ['其中：当年财政拨款', '上年结转资金', '其他资金']) funds.push(fundsRow(label, undefined));
  }
  return {
    kind: 'project',
    title: `项目支出绩效自评表（${dy.fiscalYear}年度）`,
    fiscalYear: dy.fiscalYear,
    name: e.name,
    supervisor: dy.department.supervisor ?? '',
    implementer: dy.department.name,
    fundsUnit: '万元',
    fundsColumns: FUNDS_COLUMNS,
    funds,
    goal: { expected: project?.goal ?? '', actual: '' },
    indicatorColumns: INDICATOR_COLUMNS,
    indicators: e.indicators.map(indicatorRow),
    total: totals(e),
  };
}

export function buildDepartmentSelfEvaluationTable(dy: DepartmentYear, e: SelfEvaluation): SelfEvaluationTable {
  const funds: FundsRow[] = [fundsRow('年度资金总额', departmentAmounts(dy), e.execution)];
  for (const line of dy.revenue.bySource) funds.push(fundsRow(`按收入性质分：${line.name}`, line.amounts));
  funds.push(fundsRow('按支出性质分：基本支出', dy.expenditure.byNature.basic.amounts));
  funds.push(fundsRow('按支出性质分：项目支出', dy.expenditure.byNature.project.amounts));
  return {
    kind: 'department',
    title: `部门整体支出绩效自评表（${dy.fiscalYear}年度）`,
    fiscalYear: dy.fiscalYear,
    name: dy.department.name,
    supervisor: dy.department.supervisor ?? '',
    implementer: dy.department.name,
    fundsUnit: '万元',
    fundsColumns: FUNDS_COLUMNS,
    funds,
    goal: {
      expected: dy.goals.map((g, i) => `目标${i + 1}：${g.title}`).join('\n'),
      actual: dy.goalEvaluations.map((g) => g.title).join('\n'),
    },
    indicatorColumns: INDICATOR_COLUMNS,
    indicators: e.indicators.map(indicatorRow),
    total: totals(e),
  };
}

export const SCORE_TABLE_COLUMNS = ['一级指标', '二级指标', '三级指标', '指标值', '计算过程', '分值', '得分', '说明'] as const;

export interface ScoreTableRow {
  readonly id: string;
  readonly cells: readonly string[];
}

export interface IndicatorScoreTable {
  readonly columns: readonly string[];
  readonly rows: readonly ScoreTableRow[];
}

/** The 53号 common-indicator scoring table (部门整体支出绩效评价指标计分表) of an evaluation. */
export function buildIndicatorScoreTable(ev: Evaluation): IndicatorScoreTable {
  const rows = ev.indicators.map((i) => ({
    id: i.id,
    cells: [
      i.level1,
      i.level2,
      i.name,
      i.displayValue ?? (i.status === 'not-applicable' ? '不适用' : ''),
      i.calculation ?? '',
      formatScore(i.maxScore),
      i.score === null ? (i.status === 'not-applicable' ? '不适用' : '待补充') : formatScore(i.score),
      [i.scoring ?? '', ...i.missing].filter((s) => s !== '').join('；'),
    ],
  }));
  return { columns: SCORE_TABLE_COLUMNS, rows };
}
