/**
 * The attached tables: 部门整体支出绩效自评表 and one 项目支出绩效自评表 per project, laid out as in
 * 财预〔2020〕10号 附件2 (research/framework.md §2.4, §3.3). Amounts and totals come from the data; a score
 * not yet assessed shows “—”, never a guess.
 */
import { PHASES, type Indicator, type PhasedAmount, type Project } from '../../core/department-year.ts';
import { type Block, cell, type Figure, type TableCell } from '../document-model.ts';
import { executionRate } from './budget.ts';
import type { TableScores } from '../score-view.ts';
import { bareAmounts, type BlockBuilder, type BlockContext, phaseFigure, phaseSum, toFill } from './context.ts';
import { indicatorValue } from './performance.ts';

const COLUMNS = [11, 11, 11, 14, 12, 12, 7, 12, 12];
const DASH = '—';

function amountCells(ctx: BlockContext, amounts: PhasedAmount | undefined, path: string): TableCell[] {
  return PHASES.map((p) => cell(phaseFigure(ctx, amounts, path, p) ?? DASH, { align: 'right' }));
}

function _sumCells(ctx: BlockContext, lines: readonly { amounts: PhasedAmount }[], path: string): TableCell[] {
  return PHASES.map((p) => cell(phaseSum(ctx, lines, path, p) ?? DASH, { align: 'right' }));
}

function indicatorRows(
  ctx: BlockContext,
  indicators: readonly { ind: Indicator; path: string }[],
  scores: TableScores,
): TableCell[][] {
  const rows: TableCell[][] = [];
  if (indicators.length === 0) {
    rows.push([cell(toFill('绩效指标'), { colSpan: 8, align: 'center' })]);
    return rows;
  }
  for (const { ind, path } of indicators) {
    const s = scores.indicators.get(path);
    const scorePath = `${path}.score`;
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
      cell(s?.score == null ? (ctx.draft ? '待填写' : DASH) : ctx.f.score(s.score, { kind: 'field', path: scorePath }), { align: 'center' }),
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
  return grade ? `评价等级：${grade}` : complete ? '' : toFill('评价等级');
}

function tenPoints(ctx: BlockContext): Figure {
  return ctx.f.score(10, { kind: 'derived', note: '预算执行率分值（财预〔2020〕10号）' });
}

/**
 * 部门整体支出绩效自评表 in the layout of the Hunan 部门整体支出绩效评价指标评分表: the scoring template's
 * 一级/二级 cells merged over their indicators, 分值, the officer's 自评得分 and 评分依据/偏差原因; a draft adds the
 * computed score beside, a final states the officer's scores only (the computed figures are in 六(一)).
 */
export const departmentTable: BlockBuilder = (ctx) => {
  const dy = ctx.dy;
  const s = ctx.scores;
  const draft = ctx.draft;
  const header = ['一级指标', '二级指标', '三级指标', '分值', '自评得分', ...(draft ? ['系统复核'] : []), '评分依据及偏差原因分析'];
  const rows: TableCell[][] = [header.map((h) => cell(h, { header: true }))];
  const scoreOf = (v: number, note: string) => ctx.f.score(v, { kind: 'derived', note });
  const blockName = new Map(s.blocks.map((b) => [b.name, b]));
  const level1Count = new Map<string, number>();
  const level2Count = new Map<string, number>();
  for (const r of s.rows) {
    level1Count.set(r.level1, (level1Count.get(r.level1) ?? 0) + 1);
    level2Count.set(`${r.level1}/${r.level2}`, (level2Count.get(`${r.level1}/${r.level2}`) ?? 0) + 1);
  }
  const level2Weight = (l1: string, l2: string) => s.rows.filter((r) => r.level1 === l1 && r.level2 === l2).reduce((t, r) => t + r.weight, 0);
  const seen1 = new Set<string>();
  const seen2 = new Set<string>();
  const blockOfRow = (level1: string) => blockName.get(level1) ?? s.blocks.find((b) => s.rows.some((r) => r.level1 === level1 && b.name === r.level1));
  for (const r of s.rows) {
    const row: TableCell[] = [];
    if (!seen1.has(r.level1)) {
      seen1.add(r.level1);
      const b = blockOfRow(r.level1);
      const w = b?.weight ?? s.rows.filter((x) => x.level1 === r.level1).reduce((t, x) => t + x.weight, 0);
      row.push(cell(`${r.level1}（${short(w)}分）`, { rowSpan: level1Count.get(r.level1)!, align: 'center' }));
    }
    const k2 = `${r.level1}/${r.level2}`;
    if (!seen2.has(k2)) {
      seen2.add(k2);
      row.push(cell(`${r.level2}（${short(level2Weight(r.level1, r.level2))}分）`, { rowSpan: level2Count.get(k2)!, align: 'center' }));
    }
    row.push(cell(r.name));
    row.push(cell(scoreOf(r.weight, `${r.id} 分值`), { align: 'center' }));
    row.push(
      cell(r.claimed === null ? (draft ? '待填写' : DASH) : ctx.f.score(r.claimed, { kind: 'field', path: `selfAssessment.indicators.${r.id}.score` }), {
        align: 'center',
      }),
    );
    if (draft) row.push(cell(r.computed === null ? '缺依据' : scoreOf(r.computed, `evaluation:${r.id}`), { align: 'center' }));
    const why = [r.basis, r.deviationReason].filter(Boolean).join('；');
    row.push(cell(why || (draft && r.claimed !== null && r.computed !== null && r.claimed > r.computed + 0.005 ? '待填写：自评得分高于按数据计算的得分，请说明依据' : '')));
    rows.push(row);
  }
  const total: TableCell[] = [
    cell('总分', { header: true, colSpan: 3, align: 'center' }),
    cell(scoreOf(s.maxScore, '评分模板满分'), { align: 'center' }),
    cell(s.departmentScore === undefined ? (draft ? '待填写' : DASH) : scoreFigureCell(ctx, s.departmentScore, s.departmentScorePath), { align: 'center' }),
    ...(draft ? [cell(scoreOf(s.computed.total, 'evaluation.total'), { align: 'center' })] : []),
    cell(s.grade ? `评价等级：${s.grade}` : draft ? '评价等级待填写' : ''),
  ];
  rows.push(total);
  const widths = draft ? [10, 12, 22, 8, 9, 9, 30] : [10, 12, 24, 8, 10, 36];
  return [
    { type: 'page-break' },
    { type: 'attachment-title', label: '附件1', title: `${dy.department.name}${dy.fiscalYear}年度部门整体支出绩效自评表` },
    {
      type: 'table',
      caption: `填报单位（盖章）：${dy.department.name}　　　　　　　　单位：分`,
      columnWidths: widths,
      rows,
      headerRows: 1,
      dense: true,
    },
  ];
};

const short = (n: number) => String(Math.round(n * 100) / 100);

function scoreFigureCell(ctx: BlockContext, value: number, path: string): Figure {
  return ctx.f.score(value, path.startsWith('evaluation.') ? { kind: 'derived', note: path } : { kind: 'field', path });
}

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
    // A department-year is a first-level budget unit: its 主管部门 is itself (not the government above it).
    cell(dy.department.name, { colSpan: 3 }),
    cell('实施单位', { header: true, colSpan: 2 }),
    cell(dy.department.name, { colSpan: 3 }),
  ]);
  const funds = project.fundSources;
  // The heading cell spans the label columns, not the rows below it: every row then has its cells under the
  // same column headings, for a reader (or a program) that takes a table row by row.
  rows.push([
    cell('项目资金（万元）', { header: true, colSpan: 3 }),
    cell('年初预算数', { header: true }),
    cell('全年预算数', { header: true }),
    cell('全年执行数', { header: true }),
    cell('分值', { header: true }),
    cell('执行率', { header: true }),
    cell('得分', { header: true }),
  ]);
  rows.push([
    cell('年度资金总额', { colSpan: 3 }),
    ...amountCells(ctx, project.amounts, `${base}.amounts`),
    cell(tenPoints(ctx), { align: 'center' }),
    cell(executionRate(ctx, project.amounts) ?? DASH, { align: 'right' }),
    scoreCell(ctx, ctx.scores.projects[index]?.executionScore, `evaluation.tables.projects[${index}].funds[0].score`),
  ]);
  // Without a stated split by source the table has the total row only (nothing to print as 其中).
  funds.forEach((f, i) => {
    rows.push([
      cell(`${i === 0 ? '其中：' : ''}${f.name}`, { colSpan: 3 }),
      cell(DASH, { align: 'right' }),
      // A fund source states the source's budgeted amount: it belongs in 全年预算数, not in 全年执行数.
      cell(ctx.f.money(f.amount, `${base}.fundSources[${i}].amount`), { align: 'right' }),
      cell(DASH, { align: 'right' }),
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
  rows.push([cell(project.goal ?? toFill('年度总体目标'), { colSpan: 4 }), cell(DASH, { colSpan: 4 })]);
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
    { type: 'attachment-title', label, title: `${project.name}项目支出绩效自评表（${dy.fiscalYear}年度）` },
    {
      type: 'table',
      caption: `填报单位（盖章）：${dy.department.name}　　　　单位：${dy.settings.displayUnit}、分`,
      columnWidths: COLUMNS,
      rows: bareAmounts(rows),
      dense: true,
    },
  ];
}

export const projectTables: BlockBuilder = (ctx) =>
  ctx.dy.projects.flatMap((p, i) => projectTable(ctx, p, i, `附件${i + 2}`));
