/** 部门整体支出管理及使用情况: revenue, expenditure by function and nature, basic and project spending. */
import { ADJUSTMENT_CAUSE_LABEL, ADJUSTMENT_KIND_LABEL, PHASE_LABEL, PHASES, type PhasedAmount } from '../../core/department-year.ts';
import { type Fen, toChineseUppercase } from '../../core/money.ts';
import { renderChartSvg } from '../charts.ts';
import { authored, type Block, cell, type Figure, type Inline, paragraph, type TableCell } from '../document-model.ts';
import {
  bareAmounts,
  type BlockBuilder,
  type BlockContext,
  hasRoundingGap,
  named,
  phaseFigure,
  phaseSum,
  ROUNDING_NOTE,
  scoreFigure,
  unitCaption,
} from './context.ts';

export const managementNarrative: BlockBuilder = (ctx) =>
  ctx.dy.narrative.management
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => authored(t));

/** "年初预算数A，全年预算数B，决算数C" for the phases that are stated. */
function phaseClause(ctx: BlockContext, amounts: PhasedAmount, path: string, words = PHASE_LABEL): Inline[] {
  const out: Inline[] = [];
  for (const phase of PHASES) {
    const fig = phaseFigure(ctx, amounts, path, phase);
    if (!fig) continue;
    out.push(out.length ? `，${words[phase]}` : words[phase], fig);
  }
  return out.length ? out : ['各阶段金额未填报'];
}

export const revenueBySource: BlockBuilder = (ctx) => {
  const sources = ctx.dy.revenue.bySource;
  if (sources.length === 0) return [paragraph('未填报预算收入情况。')];
  const names = sources.map((s) => s.name).join('、');
  const content: Inline[] = [`${ctx.selfRef}预算收入来源为${names}`];
  const words = { initialBudget: '年初预算收入', adjustedBudget: '全年预算收入', final: '决算收入' } as const;
  for (const phase of PHASES) {
    const total = phaseSum(ctx, sources, 'revenue.bySource', phase);
    if (!total) continue;
    content.push(`，${words[phase]}${sources.length > 1 ? '合计' : ''}`, total);
    if (sources.length > 1) {
      content.push('（');
      sources.forEach((s, i) => {
        content.push(i ? '、' : '', named(s.name), ctx.f.money(s.amounts[phase]!, `revenue.bySource[${i}].amounts.${phase}`));
      });
      content.push('）');
    }
  }
  content.push('。');
  const final = phaseSum(ctx, sources, 'revenue.bySource', 'final');
  if (final && ctx.dy.settings.displayUnit === '万元') {
    // 公文 convention: the year's total is also written in capitals once, so it cannot be misread.
    content.pop();
    content.push('（大写：人民币', { ...final, text: toChineseUppercase(final.value) }, '）。');
  }
  const listed = sources.length > 1 ? roundingNotes(ctx, sources, PHASES.map((p) => phaseSum(ctx, sources, 'revenue.bySource', p))) : [];
  return [paragraph(...content), ...listed];
};

type CodedLine = { name: string; code?: string; amounts: PhasedAmount };

/**
 * Depth of each line in the 类/款/项 hierarchy of the list itself: 0 for a line no other line's code is a prefix
 * of (a 类, or a 款 whose 类 is not listed), 1 for a 款 listed under its 类, and so on. Only depth-0 lines add up
 * to the total: a 款 under its 类 is part of it, not a second line to add.
 */
export function codeDepths(lines: readonly { code?: string }[]): number[] {
  return lines.map((line) => {
    const code = line.code;
    if (!code || !/^\d+$/.test(code)) return 0;
    return lines.filter((o) => o.code && o.code !== code && /^\d+$/.test(o.code) && code.startsWith(o.code)).length;
  });
}

/** The lines that add up to the total (depth 0), with their index in the full list for the data paths. */
export function topLevelLines<T extends { code?: string }>(lines: readonly T[]): { line: T; index: number }[] {
  const depth = codeDepths(lines);
  return lines.flatMap((line, index) => (depth[index] === 0 ? [{ line, index }] : []));
}

/** A table of lines by phase with a computed 合计 row (of the top-level lines only; sub-lines are indented). */
function phaseTable(
  ctx: BlockContext,
  caption: string,
  firstColumn: string,
  lines: readonly CodedLine[],
  basePath: string,
): Block[] {
  const header: TableCell[] = [
    cell(firstColumn, { header: true }),
    ...PHASES.map((p) => cell(PHASE_LABEL[p], { header: true })),
    cell('执行率', { header: true }),
  ];
  const rows: TableCell[][] = [header];
  const depth = codeDepths(lines);
  lines.forEach((line, i) => {
    const path = `${basePath}[${i}].amounts`;
    const label = line.code ? `${line.code} ${line.name}` : line.name;
    rows.push([
      cell(depth[i] ? `${'\u3000'.repeat(depth[i]!)}其中：${label}` : label),
      ...PHASES.map((p) => cell(phaseFigure(ctx, line.amounts, path, p) ?? '—', { align: 'right' })),
      cell(executionRate(ctx, line.amounts) ?? '—', { align: 'right' }),
    ]);
  });
  const top = topLevelLines(lines);
  const totals = PHASES.map((p) => phaseSumAt(ctx, top, basePath, p));
  const gap = PHASES.some((p, k) => {
    const t = totals[k];
    return t !== null && t !== undefined && hasRoundingGap(ctx, top.map((l) => l.line.amounts[p]!), t.value as Fen);
  });
  const totalAmounts: PhasedAmount = {};
  PHASES.forEach((p, k) => {
    if (totals[k]) totalAmounts[p] = totals[k]!.value as Fen;
  });
  rows.push([
    cell('合计', { header: true, align: 'center' }),
    ...totals.map((t) => cell(t ?? '—', { align: 'right' })),
    cell(executionRate(ctx, totalAmounts) ?? '—', { align: 'right' }),
  ]);
  const out: Block[] = [
    {
      type: 'table',
      caption: `表${ctx.nextTableNumber()} ${caption}${unitCaption(ctx)}`,
      columnWidths: [34, 16, 16, 16, 12],
      rows: bareAmounts(rows),
      headerRows: 1,
    },
  ];
  if (gap) out.push({ type: 'paragraph', content: [ROUNDING_NOTE], note: true });
  return out;
}

/** The sum of some lines of a list for one phase, each part keeping its own data path. */
function phaseSumAt(ctx: BlockContext, lines: readonly { line: CodedLine; index: number }[], basePath: string, phase: (typeof PHASES)[number]): Figure | null {
  const parts: { value: Fen; path: string }[] = [];
  for (const { line, index } of lines) {
    const v = line.amounts[phase];
    if (v === undefined) return null;
    parts.push({ value: v, path: `${basePath}[${index}].amounts.${phase}` });
  }
  return parts.length === 0 ? null : ctx.f.moneySum(parts);
}

/** 执行率 = 决算数 / 全年预算数. */
export function executionRate(ctx: BlockContext, amounts: PhasedAmount): Figure | null {
  if (amounts.final === undefined || amounts.adjustedBudget === undefined) return null;
  return ctx.f.moneyPercent(amounts.final, amounts.adjustedBudget, '执行率 = 决算数 / 全年预算数');
}

export const expenditureByFunction: BlockBuilder = (ctx) => {
  const lines = ctx.dy.expenditure.byFunction;
  if (lines.length === 0) return [paragraph('未填报按支出功能分类的支出情况。')];
  const content: Inline[] = ['按支出功能分类，'];
  // The 类 (top-level lines) only: a 款 listed under its 类 is in the table, not a second amount in the sentence.
  topLevelLines(lines).forEach(({ line, index }, k) => {
    content.push(k ? '；' : '', line.name, ...phaseClause(ctx, line.amounts, `expenditure.byFunction[${index}].amounts`));
  });
  content.push('。');
  const out: Block[] = [paragraph(...content)];
  out.push(...phaseTable(ctx, '支出按功能分类情况', '功能分类科目', lines, 'expenditure.byFunction'));
  out.push(functionChart(ctx));
  return out;
};

function functionChart(ctx: BlockContext): Block {
  const lines = topLevelLines(ctx.dy.expenditure.byFunction).map((l) => l.line);
  const toUnit = (v: Fen | undefined): number | null =>
    v === undefined ? null : v / (ctx.dy.settings.displayUnit === '万元' ? 1_000_000 : 100);
  const width = 640;
  const height = 340;
  const svg = renderChartSvg(
    {
      color: ['#9fb3c8', '#4a6fa5', '#c0504d'],
      legend: { top: 0, data: PHASES.map((p) => PHASE_LABEL[p]) },
      grid: { left: 70, right: 20, top: 40, bottom: 70 },
      xAxis: {
        type: 'category',
        data: lines.map((l) => l.name),
        axisLabel: { interval: 0, width: 90, overflow: 'break', fontSize: 11 },
      },
      yAxis: { type: 'value', name: ctx.dy.settings.displayUnit },
      series: PHASES.map((p) => ({
        name: PHASE_LABEL[p],
        type: 'bar',
        data: lines.map((l) => toUnit(l.amounts[p])),
      })),
    },
    width,
    height,
  );
  return {
    type: 'chart',
    id: 'function-execution',
    caption: `图${ctx.nextChartNumber()} 支出按功能分类执行情况`,
    svg,
    width,
    height,
  };
}

/**
 * The year's classified budget adjustments, as 财预〔2013〕53号 counts them for the 预算调整率: every adjustment
 * with its kind and cause, and the amount that counts. Nothing when they are not classified.
 */
function budgetAdjustmentsParagraph(ctx: BlockContext): Block | null {
  const list = ctx.dy.budgetAdjustments;
  if (list === undefined) return null;
  if (list.length === 0) return paragraph('本年未作预算调整。');
  const content: Inline[] = [`本年预算调整${list.length}项：`];
  list.forEach((a, i) => {
    content.push(i ? '；' : '', `${a.description}（${ADJUSTMENT_KIND_LABEL[a.kind]}，${ADJUSTMENT_CAUSE_LABEL[a.cause]}）`, ctx.f.money(a.amount, `budgetAdjustments[${i}].amount`));
  });
  content.push('。');
  const counted = list.map((a, i) => ({ a, i })).filter(({ a }) => a.cause === 'ordinary');
  if (counted.length < list.length) {
    content.push('执行国家政策、不可抗力和临时交办事项的调整不计入预算调整率，计入的调整数为');
    content.push(counted.length ? ctx.f.moneySum(counted.map(({ a, i }) => ({ value: a.amount, path: `budgetAdjustments[${i}].amount` }))) : '0');
    content.push('。');
  }
  return paragraph(...content);
}

export const expenditureByNature: BlockBuilder = (ctx) => {
  const n = ctx.dy.expenditure.byNature;
  const content: Inline[] = [
    '按支出性质和经济分类，基本支出',
    ...phaseClause(ctx, n.basic.amounts, 'expenditure.byNature.basic.amounts'),
    '；项目支出',
    ...phaseClause(ctx, n.project.amounts, 'expenditure.byNature.project.amounts'),
    '。',
  ];
  const parts = [n.basic.amounts.final, n.project.amounts.final];
  if (parts[0] !== undefined && parts[1] !== undefined) {
    const total = ctx.f.moneySum([
      { value: parts[0], path: 'expenditure.byNature.basic.amounts.final' },
      { value: parts[1], path: 'expenditure.byNature.project.amounts.final' },
    ]);
    const basicShare = ctx.f.moneyPercent(parts[0], total.value as Fen, '基本支出占比 = 基本支出决算数 / 支出决算合计');
    const projectShare = ctx.f.moneyPercent(parts[1], total.value as Fen, '项目支出占比 = 项目支出决算数 / 支出决算合计');
    content.push('全年支出决算合计', total);
    if (basicShare && projectShare) content.push('，其中基本支出占', basicShare, '，项目支出占', projectShare);
    content.push('。');
  }
  const out: Block[] = [paragraph(...content)];
  const adjustments = budgetAdjustmentsParagraph(ctx);
  if (adjustments) out.push(adjustments);
  // The 类 only: a 款 listed under its 类 is part of it, not a second amount to add.
  const economic = topLevelLines(ctx.dy.expenditure.byEconomic);
  const economicTotal = phaseSumAt(ctx, economic, 'expenditure.byEconomic', 'final');
  if (economicTotal) {
    const parts: Inline[] = ['按支出经济分类，决算数合计', economicTotal, '，其中：'];
    economic.forEach(({ line: l, index }, k) => {
      parts.push(k ? '、' : '', named(l.name), ctx.f.money(l.amounts.final!, `expenditure.byEconomic[${index}].amounts.final`));
    });
    parts.push('。');
    out.push(paragraph(...parts));
    if (hasRoundingGap(ctx, economic.map((l) => l.line.amounts.final!), economicTotal.value as Fen)) {
      out.push({ type: 'paragraph', content: [ROUNDING_NOTE], note: true });
    }
  }
  return out;
};

export const expenditureStructureChart: BlockBuilder = (ctx) => {
  const n = ctx.dy.expenditure.byNature;
  const basic = n.basic.amounts.final;
  const project = n.project.amounts.final;
  if (basic === undefined || project === undefined) return [];
  const width = 560;
  const height = 300;
  const data = [
    { name: '基本支出', value: basic, label: ctx.f.moneyText(basic) },
    { name: '项目支出', value: project, label: ctx.f.moneyText(project) },
  ];
  const svg = renderChartSvg(
    {
      color: ['#4a6fa5', '#c0504d'],
      legend: { bottom: 0, data: data.map((d) => d.name) },
      series: [
        {
          type: 'pie',
          radius: ['28%', '52%'],
          center: ['50%', '46%'],
          label: { fontSize: 13, lineHeight: 18, overflow: 'none' },
          // The amount in the label is the report's own formatted figure, so chart and text agree.
          data: data.map((d) => ({ name: d.name, value: d.value, label: { formatter: `{b}\n${d.label}（{d}%）` } })),
        },
      ],
    },
    width,
    height,
  );
  return [
    {
      type: 'chart',
      id: 'expenditure-structure',
      caption: `图${ctx.nextChartNumber()} 支出结构（按支出性质，决算数）`,
      svg,
      width,
      height,
    },
  ];
};

export const basicExpenditure: BlockBuilder = (ctx) => {
  const basic = ctx.dy.expenditure.byNature.basic;
  const year = ctx.dy.fiscalYear;
  const out: Block[] = [];
  const lines = topLevelLines(basic.byEconomic);
  const total = phaseSumAt(ctx, lines, 'expenditure.byNature.basic.byEconomic', 'final');
  if (total) {
    const content: Inline[] = [`${year}年全年基本支出`, total, '，其中：'];
    lines.forEach(({ line: l, index }, k) => {
      content.push(
        k ? '、' : '',
        named(l.name),
        ctx.f.money(l.amounts.final!, `expenditure.byNature.basic.byEconomic[${index}].amounts.final`),
      );
    });
    content.push('。');
    out.push(paragraph(...content));
    if (hasRoundingGap(ctx, lines.map((l) => l.line.amounts.final!), total.value as Fen)) {
      out.push({ type: 'paragraph', content: [ROUNDING_NOTE], note: true });
    }
  } else {
    const final = phaseFigure(ctx, basic.amounts, 'expenditure.byNature.basic.amounts', 'final');
    out.push(paragraph(`${year}年全年基本支出`, final ?? '未填报', '，按经济分类的明细未填报。'));
  }
  const personnel = phaseFigure(ctx, basic.personnel, 'expenditure.byNature.basic.personnel', 'final');
  const pub = phaseFigure(ctx, basic.publicExpense, 'expenditure.byNature.basic.publicExpense', 'final');
  if (personnel && pub) out.push(paragraph('按经费用途分，人员经费', personnel, '，公用经费', pub, '。'));
  return out;
};

export const projectExpenditure: BlockBuilder = (ctx) => {
  const projects = ctx.dy.projects;
  const year = ctx.dy.fiscalYear;
  const nature = ctx.dy.expenditure.byNature.project.amounts;
  const content: Inline[] = [`${year}年项目支出`];
  const clause: Inline[] = [];
  for (const phase of PHASES) {
    // The stated total is the sum of the listed projects when every project has the phase.
    const fromProjects = phaseSum(ctx, projects, 'projects', phase);
    const fig = fromProjects ?? phaseFigure(ctx, nature, 'expenditure.byNature.project.amounts', phase);
    if (fig) clause.push(clause.length ? `，${PHASE_LABEL[phase]}` : PHASE_LABEL[phase], fig);
  }
  content.push(...(clause.length ? clause : ['金额未填报']));
  if (projects.length > 0) {
    content.push(`，共${projects.length}个项目。其中：`);
    projects.forEach((p, i) => {
      const fig = phaseFigure(ctx, p.amounts, `projects[${i}].amounts`, 'final');
      content.push(i ? '、' : '', fig ? named(p.name) : p.name, fig ?? '（决算数未填报）');
    });
  }
  content.push('。');
  const out: Block[] = [paragraph(...content)];
  if (projects.length > 0) out.push(...projectTable(ctx));
  return out;
};

/** The rounding note (尾差) when the printed parts do not add up to the printed total, for each phase given. */
function roundingNotes(ctx: BlockContext, lines: readonly { amounts: PhasedAmount }[], totals: readonly (Figure | null)[]): Block[] {
  const gap = PHASES.some((p, k) => {
    const t = totals[k];
    return t !== null && t !== undefined && lines.every((l) => l.amounts[p] !== undefined) && hasRoundingGap(ctx, lines.map((l) => l.amounts[p]!), t.value as Fen);
  });
  return gap ? [{ type: 'paragraph', content: [ROUNDING_NOTE], note: true }] : [];
}

function projectTable(ctx: BlockContext): Block[] {
  const projects = ctx.dy.projects;
  const rows: TableCell[][] = [
    ['序号', '项目名称', ...PHASES.map((p) => PHASE_LABEL[p]), '执行率', '自评得分'].map((h) => cell(h, { header: true })),
  ];
  projects.forEach((p, i) => {
    const path = `projects[${i}].amounts`;
    const score = ctx.scores.projects[i]?.score;
    rows.push([
      cell(String(i + 1), { align: 'center' }),
      cell(p.name),
      ...PHASES.map((ph) => cell(phaseFigure(ctx, p.amounts, path, ph) ?? '—', { align: 'right' })),
      cell(executionRate(ctx, p.amounts) ?? '—', { align: 'right' }),
      cell(score === undefined ? '—' : scoreFigure(ctx, score, ctx.scores.projects[i]!.path), { align: 'center' }),
    ]);
  });
  const totals = PHASES.map((ph) => phaseSum(ctx, projects, 'projects', ph));
  rows.push([
    cell('合计', { header: true, colSpan: 2, align: 'center' }),
    ...totals.map((t) => cell(t ?? '—', { align: 'right' })),
    cell('—', { align: 'right' }),
    cell('—', { align: 'center' }),
  ]);
  return [
    {
      type: 'table',
      caption: `表${ctx.nextTableNumber()} 项目支出情况${unitCaption(ctx)}`,
      columnWidths: [7, 33, 13, 13, 13, 10, 11],
      rows: bareAmounts(rows),
      headerRows: 1,
    },
    ...roundingNotes(ctx, projects, totals),
  ];
}
