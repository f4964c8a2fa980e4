/** 部门整体支出绩效情况: score and grade, project spending analysis, assets, indicators against targets. */
import type { Indicator } from '../../core/department-year.ts';
import type { Fen } from '../../core/money.ts';
import { renderChartSvg } from '../charts.ts';
import { authored, type Block, cell, type Figure, type Inline, paragraph, type TableCell } from '../document-model.ts';
import { fixed2 } from '../figures.ts';
import { executionRate } from './budget.ts';
import { type BlockBuilder, type BlockContext, named, phaseFigure, phaseSum, scoreFigure } from './context.ts';

export const evaluationConclusion: BlockBuilder = (ctx) => {
  const s = ctx.scores;
  const year = ctx.dy.fiscalYear;
  const out: Block[] = [];
  if (s.departmentScore === undefined) {
    out.push(paragraph(`${ctx.selfRef}${year}年度部门整体支出绩效自评得分尚未评定。`));
  } else if (!s.complete) {
    out.push(
      paragraph(
        `按部门整体支出绩效评价指标体系，${ctx.selfRef}${year}年度部门整体支出绩效自评已核实得分`,
        ctx.f.score(s.departmentScore, { kind: 'derived', note: s.departmentScorePath }),
        '分（满分',
        ctx.f.score(s.maxScore, { kind: 'derived', note: '满分' }),
        '分）',
        ...(s.upperBound === undefined
          ? ['，部分指标尚待补充评价资料']
          : [
              '，其余指标（分值合计',
              ctx.f.score(s.upperBound - s.departmentScore, { kind: 'derived', note: 'evaluation upperBound − verified score' }),
              '分）尚待补充评价资料',
            ]),
        '，评价等级待定。',
      ),
    );
  } else {
    out.push(
      paragraph(
        `根据部门整体支出绩效评价指标体系，从预算执行、产出和效益等方面综合评价，${ctx.selfRef}${year}年度部门整体支出绩效自评得分为`,
        ctx.f.score(
          s.departmentScore,
          s.source === 'evaluation' ? { kind: 'derived', note: s.departmentScorePath } : { kind: 'field', path: s.departmentScorePath },
        ),
        '分（满分',
        ctx.f.score(
          s.maxScore,
          s.source === 'evaluation' ? { kind: 'derived', note: '满分' } : { kind: 'field', path: 'selfAssessment.maxScore' },
        ),
        `分），评价等级为“${s.grade}”。`,
      ),
    );
  }
  const scored = s.projects.filter((p) => p.score !== undefined);
  if (scored.length > 0) {
    const content: Inline[] = ['本年度共对', ctx.f.count(scored.length, 'projects[*].selfScore.length'), '个项目开展绩效自评，其中：'];
    scored.forEach((p, i) => {
      const fig = scoreFigure(ctx, p.score!, p.path);
      if (p.complete) content.push(i ? '、' : '', named(p.name), fig, `分（${p.grade}）`);
      else content.push(i ? '、' : '', p.name, '（已核实', fig, '分，其余指标待补充评价资料）');
    });
    content.push('。');
    out.push(paragraph(...content));
  }
  return out;
};

export const projectOrganisation: BlockBuilder = (ctx) => {
  const projects = ctx.dy.projects;
  const final =
    phaseSum(ctx, projects, 'projects', 'final') ??
    phaseFigure(ctx, ctx.dy.expenditure.byNature.project.amounts, 'expenditure.byNature.project.amounts', 'final');
  const content: Inline[] = [`${ctx.dy.fiscalYear}年项目支出决算数`, final ?? '未填报'];
  content.push(
    `，共${projects.length}个项目。项目支出是在基本支出之外为完成特定行政工作任务和事业发展目标而发生的支出。`,
  );
  return [paragraph(...content)];
};

export const projectManagement: BlockBuilder = (ctx) => {
  const a = ctx.dy.expenditure.byNature.project.amounts;
  const content: Inline[] = [];
  if (a.initialBudget !== undefined && a.adjustedBudget !== undefined) {
    const diff = ctx.f.shown(a.adjustedBudget) - ctx.f.shown(a.initialBudget);
    content.push(
      '项目支出全年预算数',
      ctx.f.money(a.adjustedBudget, 'expenditure.byNature.project.amounts.adjustedBudget'),
      '，较年初预算数',
      ctx.f.money(a.initialBudget, 'expenditure.byNature.project.amounts.initialBudget'),
    );
    if (diff === 0) content.push('未作调整');
    else {
      const change = ctx.f.moneyDifference(a.adjustedBudget, a.initialBudget, '全年预算数 − 年初预算数');
      content.push(diff > 0 ? '调增' : '调减', change);
      const rate = ctx.f.moneyPercent(change.value as Fen, a.initialBudget, '调整幅度 = |全年预算数 − 年初预算数| / 年初预算数');
      if (rate) content.push('，调整幅度', rate);
    }
    content.push('。');
  }
  const exec = executionRate(ctx, a);
  if (exec) content.push('项目支出预算执行率（决算数/全年预算数）为', exec, '。');
  return content.length ? [paragraph(...content)] : [paragraph('项目支出预算调整和执行数据未填报。')];
};

export const assetManagement: BlockBuilder = (ctx) => {
  const fa = ctx.dy.fixedAssets;
  if (fa.totalOriginalValue === undefined) {
    return [paragraph('本报告未填报固定资产数据，固定资产情况以部门决算报表为准。')];
  }
  const content: Inline[] = [
    `截至${ctx.dy.fiscalYear}年末，${ctx.selfRef}固定资产原值`,
    ctx.f.money(fa.totalOriginalValue, 'fixedAssets.totalOriginalValue'),
  ];
  if (fa.inUseOriginalValue !== undefined) {
    content.push('，其中在用固定资产原值', ctx.f.money(fa.inUseOriginalValue, 'fixedAssets.inUseOriginalValue'));
    const rate = ctx.f.moneyPercent(fa.inUseOriginalValue, fa.totalOriginalValue, '固定资产利用率 = 在用原值 / 原值');
    if (rate) content.push('，固定资产利用率', rate);
  }
  content.push('。');
  return [paragraph(...content)];
};

/** 完成率 of a quantitative indicator: actual / target for ≥, target / actual for ≤. */
export function completionRate(ind: Indicator): number | null {
  if (typeof ind.target !== 'number' || typeof ind.actual !== 'number' || ind.target === 0) return null;
  if (ind.operator === '>=' || ind.operator === '>' || ind.operator === '=') return (ind.actual / ind.target) * 100;
  if ((ind.operator === '<=' || ind.operator === '<') && ind.actual !== 0) return (ind.target / ind.actual) * 100;
  return null;
}

const OP_TEXT: Record<Indicator['operator'], string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<', qualitative: '' };

export function indicatorValue(ind: Indicator, which: 'target' | 'actual', ctx: BlockContext, path: string): Inline {
  const v = ind[which];
  if (v === undefined) return '—';
  if (typeof v === 'string') return v;
  const unit = ind.unit ?? '';
  const prefix = which === 'target' ? OP_TEXT[ind.operator] : '';
  return { ...ctx.f.number(v, `${path}.${which}`, unit), text: `${prefix}${v}${unit}` };
}

export const indicatorAnalysis: BlockBuilder = (ctx) => {
  const out: Block[] = [];
  const evaluations = ctx.dy.goalEvaluations;
  for (const ev of evaluations) {
    const m = /^(目标[0-9一二三四五六七八九十]+[：:])\s*(.*)$/.exec(ev.title);
    const lead = m ? m[1]! : `${ev.title}：`;
    const paras = ev.narrative.split(/\n+/).map((t) => t.trim()).filter(Boolean);
    if (paras.length === 0) continue;
    out.push(authored(paras[0]!, lead));
    for (const p of paras.slice(1)) out.push(authored(p));
  }
  const rows: TableCell[][] = [
    ['绩效目标', '三级指标', '年度指标值', '实际完成值', '完成率'].map((h) => cell(h, { header: true })),
  ];
  const chartData: { name: string; value: number }[] = [];
  ctx.dy.goals.forEach((g, gi) => {
    g.indicators.forEach((ind, ii) => {
      const path = `goals[${gi}].indicators[${ii}]`;
      const rate = completionRate(ind);
      const rateFig: Figure | null =
        rate === null
          ? null
          : { type: 'figure', text: `${fixed2(rate)}%`, value: rate, unit: 'percent', source: { kind: 'derived', note: '完成率 = 实际完成值 / 年度指标值' } };
      const firstOfGoal = ii === 0;
      rows.push([
        ...(firstOfGoal ? [cell(`目标${gi + 1}：${g.title}`, { rowSpan: g.indicators.length })] : []),
        cell(ind.name),
        cell(indicatorValue(ind, 'target', ctx, path), { align: 'center' }),
        cell(indicatorValue(ind, 'actual', ctx, path), { align: 'center' }),
        cell(rateFig ?? '—', { align: 'right' }),
      ]);
      if (rate !== null) chartData.push({ name: ind.name, value: Math.round(rate * 100) / 100 });
    });
  });
  if (rows.length > 1) {
    out.push(
      paragraph(`${ctx.selfRef}年度绩效目标所设指标的完成情况如下表所示。`),
      {
        type: 'table',
        caption: `表${ctx.nextTableNumber()} 年度绩效指标完成情况`,
        columnWidths: [28, 30, 14, 16, 12],
        rows,
        headerRows: 1,
      },
    );
  }
  if (chartData.length > 0) out.push(indicatorChart(ctx, chartData));
  return out.length ? out : [paragraph('未填报绩效指标完成情况。')];
};

function indicatorChart(ctx: BlockContext, data: readonly { name: string; value: number }[]): Block {
  const width = 640;
  const height = Math.max(200, 60 + data.length * 34);
  const svg = renderChartSvg(
    {
      color: ['#4a6fa5'],
      grid: { left: 230, right: 70, top: 20, bottom: 30 },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: data.map((d) => d.name),
        axisLabel: { width: 220, overflow: 'truncate', fontSize: 12 },
      },
      series: [
        {
          type: 'bar',
          data: data.map((d) => d.value),
          label: { show: true, position: 'right', formatter: '{c}%' },
          markLine: { symbol: 'none', data: [{ xAxis: 100 }], label: { show: false }, lineStyle: { color: '#c0504d' } },
        },
      ],
    },
    width,
    height,
  );
  return {
    type: 'chart',
    id: 'indicator-completion',
    caption: `图${ctx.nextChartNumber()} 年度绩效指标完成率`,
    svg,
    width,
    height,
  };
}
