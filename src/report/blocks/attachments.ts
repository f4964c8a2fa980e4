/**
 * The attached tables: 部门整体支出绩效自评表 and one 项目支出绩效自评表 per project, laid out as in
 * 财预〔2020〕10号 附件2 (research/framework.md §2.4, §3.3). Amounts and totals come from the data; a score
 * not yet assessed shows “—”, never a guess.
 */
import { PHASES, type Indicator, type PhasedAmount, type Project } from '../../core/department-year.ts';
import type { Fen } from '../../core/money.ts';
import { type Block, cell, type Figure, type Inline, type TableCell } from '../document-model.ts';
import { executionRate } from './budget.ts';
import type { TableScores } from '../score-view.ts';
import { bareAmounts, type BlockBuilder, type BlockContext, phaseFigure, phaseSum } from './context.ts';
import { indicatorValue } from './performance.ts';

const COLUMNS = [11, 11, 11, 14, 12, 12, 7, 12, 12];
const DASH = '—';

function amountCells(ctx: BlockContext, amounts: PhasedAmount | undefined, path: string): TableCell[] {
  return PHASES.map((p) => cell(phaseFigure(ctx, amounts, path, p) ?? DASH, { align: 'right' }));
}

function sumCells(ctx: BlockContext, lines: readonly { amounts: PhasedAmount }[], path: string): TableCell[] {
  return PHASES.map((p) => cell(phaseSum(ctx, lines, path, p) ?? DASH, { align: 'right' }));
}

function indicatorRows(
  ctx: BlockContext,
  indicators: readonly { ind: Indicator; path: string }[],
  scores: TableScores,
): TableCell[][] {
  const rows: TableCell[][] = [];
  if (indicators.length === 0) {
    rows.push([cell('未填报绩效指标', { colSpan: 8, align: 'center' })]);
    return rows;
  }
  for (const { ind, path } of indicators) {
    const s = scores.indicators.get(path);
    const scorePath = ctx.scores.source === 'evaluation' ? `evaluation:${path}` : `${path}.score`;
    rows.push([
      cell(ind.level1 ?? DASH),
      cell(ind.level2 ?? DASH),
      cell(ind.name),
      cell(indicatorValue(ind, 'target', ctx, path), { align: 'center' }),
      cell(indicatorValue(ind, 'actual', ctx, path), { align: 'center' }),
      cell(
        s?.maxScore == null ? DASH : ctx.f.score(s.maxScore, { kind: 'derived', note: `${path} 分值` }),
        { align: 'center' },
      ),
      cell(s?.score == null ? DASH : ctx.f.score(s.score, { kind: 'derived', note: scorePath }), { align: 'center' }),
      cell(ind.deviationReason ?? ''),
    ]);
  }
  return rows;
}

function scoreCell(ctx: BlockContext, score: number | undefined, path: string, complete = true): TableCell {
  if (score === undefined) return cell(DASH, { align: 'center' });
  const fig = ctx.f.score(score, path.startsWith('evaluation.') ? { kind: 'derived', note: path } : { kind: 'field', path });
  return cell(complete ? [fig] : [fig, '（待补充）'], { align: 'center' });
}

function gradeText(grade: string | undefined, complete: boolean): string {
  return grade ? `评价等级：${grade}` : complete ? '' : '评价等级待定';
}

function tenPoints(ctx: BlockContext): Figure {
  return ctx.f.score(10, { kind: 'derived', note: '预算执行率分值（财预〔2020〕10号）' });
}

export const departmentTable: BlockBuilder = (ctx) => {
  const dy = ctx.dy;
  const year = dy.fiscalYear;
  const sources = dy.revenue.bySource;
  const nature = dy.expenditure.byNature;
  const rows: TableCell[][] = [];
  rows.push([cell('部门（单位）名称', { header: true }), cell(dy.department.name, { colSpan: 8 })]);
  const budgetRowCount = 2 + sources.length + 2;
  const totalAmounts: PhasedAmount = {};
  for (const p of PHASES) {
    const s = phaseSum(ctx, sources, 'revenue.bySource', p);
    if (s) totalAmounts[p] = s.value as Fen;
  }
  rows.push([
    cell('年度预算申请（万元）', { header: true, rowSpan: budgetRowCount }),
    cell('', { header: true, colSpan: 2 }),
    cell('年初预算数', { header: true }),
    cell('全年预算数', { header: true }),
    cell('全年执行数', { header: true }),
    cell('分值', { header: true }),
    cell('执行率', { header: true }),
    cell('得分', { header: true }),
  ]);
  rows.push([
    cell('年度资金总额', { colSpan: 2 }),
    ...sumCells(ctx, sources, 'revenue.bySource'),
    cell(tenPoints(ctx), { align: 'center' }),
    cell(executionRate(ctx, totalAmounts) ?? DASH, { align: 'right' }),
    scoreCell(ctx, ctx.scores.executionScore, 'evaluation.tables.department.funds[0].score'),
  ]);
  sources.forEach((s, i) => {
    rows.push([
      cell([i === 0 ? '按收入性质分：' : '', s.name], { colSpan: 2 }),
      ...amountCells(ctx, s.amounts, `revenue.bySource[${i}].amounts`),
      cell(DASH, { align: 'center' }),
      cell(executionRate(ctx, s.amounts) ?? DASH, { align: 'right' }),
      cell(DASH, { align: 'center' }),
    ]);
  });
  rows.push([
    cell('按支出性质分：基本支出', { colSpan: 2 }),
    ...amountCells(ctx, nature.basic.amounts, 'expenditure.byNature.basic.amounts'),
    cell(DASH, { align: 'center' }),
    cell(executionRate(ctx, nature.basic.amounts) ?? DASH, { align: 'right' }),
    cell(DASH, { align: 'center' }),
  ]);
  rows.push([
    cell('项目支出', { colSpan: 2 }),
    ...amountCells(ctx, nature.project.amounts, 'expenditure.byNature.project.amounts'),
    cell(DASH, { align: 'center' }),
    cell(executionRate(ctx, nature.project.amounts) ?? DASH, { align: 'right' }),
    cell(DASH, { align: 'center' }),
  ]);
  const goals = dy.goals;
  rows.push([
    cell('年度总体目标', { header: true, rowSpan: 1 + Math.max(1, goals.length) }),
    cell('预期目标', { header: true, colSpan: 4 }),
    cell('实际完成情况', { header: true, colSpan: 4 }),
  ]);
  if (goals.length === 0) rows.push([cell('未设定', { colSpan: 4 }), cell(DASH, { colSpan: 4 })]);
  goals.forEach((g, i) => {
    const achieved: Inline[] = [];
    g.indicators.forEach((ind, k) => {
      if (ind.actual === undefined) return;
      achieved.push(achieved.length ? '；' : '', `${ind.name}`, indicatorValue(ind, 'actual', ctx, `goals[${i}].indicators[${k}]`));
    });
    rows.push([cell(`目标${i + 1}：${g.title}`, { colSpan: 4 }), cell(achieved.length ? achieved : ['见正文评价指标分析'], { colSpan: 4 })]);
  });
  const indicators = goals.flatMap((g, gi) => g.indicators.map((ind, ii) => ({ ind, path: `goals[${gi}].indicators[${ii}]` })));
  const indRows = indicatorRows(ctx, indicators, ctx.scores);
  rows.push([
    cell('年度绩效指标', { header: true, rowSpan: 1 + indRows.length }),
    ...['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map((h) =>
      cell(h, { header: true }),
    ),
  ]);
  rows.push(...indRows);
  rows.push([
    cell('总分', { header: true, colSpan: 6 }),
    cell(ctx.f.score(ctx.scores.maxScore, { kind: 'derived', note: '满分' }), { align: 'center' }),
    scoreCell(ctx, ctx.scores.departmentScore, ctx.scores.departmentScorePath, ctx.scores.complete),
    cell(gradeText(ctx.scores.grade, ctx.scores.complete)),
  ]);
  return [
    { type: 'page-break' },
    { type: 'attachment-title', label: '附件1', title: `部门整体支出绩效自评表（${year}年度）` },
    {
      type: 'table',
      caption: `${dy.department.name}部门整体支出绩效自评表（单位：${dy.settings.displayUnit}）`,
      columnWidths: COLUMNS,
      rows: bareAmounts(rows),
      dense: true,
    },
  ];
};

function projectTable(ctx: BlockContext, project: Project, index: number, label: string): Block[] {
  const dy = ctx.dy;
  const base = `projects[${index}]`;
  const rows: TableCell[][] = [];
  rows.push([
    cell('项目名称', { header: true }),
    cell(project.name, { colSpan: 8 }),
  ]);
  rows.push([
    cell('主管部门', { header: true }),
    cell(dy.department.supervisor ?? dy.department.name, { colSpan: 3 }),
    cell('实施单位', { header: true, colSpan: 2 }),
    cell(dy.department.name, { colSpan: 3 }),
  ]);
  const funds = project.fundSources;
  rows.push([
    cell('项目资金（万元）', { header: true, rowSpan: 2 + Math.max(1, funds.length) }),
    cell('', { header: true, colSpan: 2 }),
    cell('年初预算数', { header: true }),
    cell('全年预算数', { header: true }),
    cell('全年执行数', { header: true }),
    cell('分值', { header: true }),
    cell('执行率', { header: true }),
    cell('得分', { header: true }),
  ]);
  rows.push([
    cell('年度资金总额', { colSpan: 2 }),
    ...amountCells(ctx, project.amounts, `${base}.amounts`),
    cell(tenPoints(ctx), { align: 'center' }),
    cell(executionRate(ctx, project.amounts) ?? DASH, { align: 'right' }),
    scoreCell(ctx, ctx.scores.projects[index]?.executionScore, `evaluation.tables.projects[${index}].funds[0].score`),
  ]);
  if (funds.length === 0) {
    rows.push([cell('其中：资金来源未填报', { colSpan: 2 }), ...[0, 1, 2, 3, 4, 5].map(() => cell(DASH, { align: 'center' }))]);
  }
  funds.forEach((f, i) => {
    rows.push([
      cell(`${i === 0 ? '其中：' : ''}${f.name}`, { colSpan: 2 }),
      cell(DASH, { align: 'right' }),
      cell(DASH, { align: 'right' }),
      cell(ctx.f.money(f.amount, `${base}.fundSources[${i}].amount`), { align: 'right' }),
      cell(DASH, { align: 'center' }),
      cell(DASH, { align: 'center' }),
      cell(DASH, { align: 'center' }),
    ]);
  });
  rows.push([
    cell('年度总体目标', { header: true, rowSpan: 2 }),
    cell('预期目标', { header: true, colSpan: 4 }),
    cell('实际完成情况', { header: true, colSpan: 4 }),
  ]);
  rows.push([cell(project.goal ?? '未填报', { colSpan: 4 }), cell(DASH, { colSpan: 4 })]);
  const score = ctx.scores.projects[index];
  const indRows = indicatorRows(
    ctx,
    project.indicators.map((ind, i) => ({ ind, path: `${base}.indicators[${i}]` })),
    score ?? { indicators: new Map() },
  );
  rows.push([
    cell('绩效指标', { header: true, rowSpan: 1 + indRows.length }),
    ...['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map((h) =>
      cell(h, { header: true }),
    ),
  ]);
  rows.push(...indRows);
  rows.push([
    cell('总分', { header: true, colSpan: 6 }),
    cell(ctx.f.score(100, { kind: 'derived', note: '项目自评满分' }), { align: 'center' }),
    scoreCell(ctx, score?.score, score?.path ?? `${base}.selfScore`, score?.complete ?? true),
    cell(gradeText(score?.grade, score?.complete ?? true)),
  ]);
  return [
    { type: 'page-break' },
    { type: 'attachment-title', label, title: `项目支出绩效自评表（${dy.fiscalYear}年度）` },
    {
      type: 'table',
      caption: `${project.name}项目支出绩效自评表（单位：${dy.settings.displayUnit}）`,
      columnWidths: COLUMNS,
      rows: bareAmounts(rows),
      dense: true,
    },
  ];
}

export const projectTables: BlockBuilder = (ctx) =>
  ctx.dy.projects.flatMap((p, i) => projectTable(ctx, p, i, `附件${i + 2}`));
