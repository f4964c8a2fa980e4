/** 部门整体支出绩效情况: score and grade, project spending analysis, assets, indicators against targets. */
import type { Indicator } from '../../core/department-year.ts';
import { type Fen, formatAmount } from '../../core/money.ts';
import { renderChartSvg } from '../charts.ts';
import { authored, type Block, cell, type Figure, type Inline, paragraph, type TableCell } from '../document-model.ts';
import { fixed2 } from '../figures.ts';
import { executionRate } from './budget.ts';
import { type BlockBuilder, type BlockContext, named, phaseFigure, phaseSum, scoreFigure, toFill } from './context.ts';

const short = (n: number) => String(Math.round(n * 100) / 100);

/** Why the computed figure differs, with the case-specific paths dropped so that like reasons group. */
function reasonLabel(reason: string): string {
  return reason.replace(/（[^（）]*\[[^（）]*\][^（）]*）/g, '').replace(/projects\[\d+\]\.?/g, '');
}

export const evaluationConclusion: BlockBuilder = (ctx) => {
  const s = ctx.scores;
  const year = ctx.dy.fiscalYear;
  const out: Block[] = [];
  const basis = `根据《${s.templateTitle}》`;
  if (s.departmentScore === undefined) {
    out.push(paragraph(`${basis}，${ctx.selfRef}${year}年度部门整体支出绩效自评得分${toFill('自评得分及评价等级')}。`));
  } else {
    out.push(
      paragraph(
        `${basis}，从投入、过程、产出和效果等方面综合评价，${ctx.selfRef}${year}年度部门整体支出绩效自评得分为`,
        scoreFigure(ctx, s.departmentScore, s.departmentScorePath),
        '分（满分',
        ctx.f.score(s.maxScore, { kind: 'derived', note: '评分模板满分' }),
        `分），评价等级为“${s.grade}”。`,
      ),
    );
  }
  // The computed figure beside the claim, and why they differ.
  const c = s.computed;
  const differs = s.departmentScore === undefined || Math.abs(s.departmentScore - c.total) > 0.005;
  if (differs) {
    const content: Inline[] = [
      '按现有数据复核，可核实得分',
      ctx.f.score(c.total, { kind: 'derived', note: 'evaluation.total' }),
      '分',
    ];
    if (c.upperBound - c.total > 0.005) {
      content.push('，另有', ctx.f.score(c.upperBound - c.total, { kind: 'derived', note: 'evaluation.upperBound − evaluation.total' }), '分的指标缺少评价依据');
    }
    if (s.departmentScore !== undefined && s.unsupportedPoints > 0.005) {
      const lost = s.unsupported.filter((u) => !u.reason.includes('缺少依据'));
      const open = s.unsupported.filter((u) => u.reason.includes('缺少依据'));
      content.push('；自评得分中有', ctx.f.score(s.unsupportedPoints, { kind: 'derived', note: 'scoreSheet.department.unsupportedPoints' }), '分尚无数据支持');
      if (lost.length > 0) content.push(`，其中${lost.map((u) => `${u.name}按数据计算扣${short(u.points)}分`).join('、')}`);
      if (open.length > 0) content.push(`${lost.length > 0 ? '，' : '，其中'}${open.map((u) => `${u.name}（${short(u.points)}分）`).join('、')}缺少评价依据`);
    }
    content.push('。');
    out.push(paragraph(...content));
  }
  const projects = s.projects;
  if (projects.length > 0) {
    const scored = projects.filter((p) => p.score !== undefined);
    const content: Inline[] = ['本年度共对', ctx.f.count(projects.length, 'projects.length'), '个项目开展绩效自评'];
    const sameScore = scored.length === projects.length && scored.every((p) => p.score === scored[0]!.score);
    if (sameScore) {
      content.push('，各项目均为', scoreFigure(ctx, scored[0]!.score!, scored[0]!.path), `分，评价等级均为“${scored[0]!.grade}”。`);
    } else {
      content.push('，其中：');
      projects.forEach((p, i) => {
        if (i) content.push('、');
        if (p.score === undefined) content.push(p.name, toFill('自评得分'));
        else content.push(named(p.name), scoreFigure(ctx, p.score, p.path), `分（${p.grade}）`);
      });
      content.push('。');
    }
    out.push(paragraph(...content));
    const differing = projects.filter((p) => p.differs);
    if (differing.length > 0) {
      const groups = new Map<string, typeof differing>();
      for (const p of differing) {
        const key = `${short(p.computedTotal)}|${p.differenceReasons.map(reasonLabel).join('；')}`;
        groups.set(key, [...(groups.get(key) ?? []), p]);
      }
      const parts: string[] = [];
      for (const [key, list] of groups) {
        const [computed, reasons] = key.split('|');
        const who = list.length === projects.length ? `${list.length}个项目` : list.map((p) => p.name).join('、');
        parts.push(`${who}按现有数据可核实${computed}分${reasons ? `（${reasons}）` : ''}`);
      }
      out.push(paragraph(`经复核，${parts.join('；')}。`));
    }
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
  content.push(...keyProjects(ctx));
  return content.length ? [paragraph(...content)] : [paragraph('项目支出预算调整和执行数据未填报。')];
};

/** The projects marked 重点项目 and their share of the project budget (53号 重点支出安排率), when marked. */
function keyProjects(ctx: BlockContext): Inline[] {
  const projects = ctx.dy.projects.map((p, i) => ({ p, i }));
  if (!projects.some(({ p }) => p.isKey !== undefined)) return [];
  const key = projects.filter(({ p }) => p.isKey === true);
  if (key.length === 0) return ['本年度未将任何项目列为重点项目。'];
  const out: Inline[] = ['列为重点项目的有', ctx.f.count(key.length, 'projects[isKey]'), `个（${key.map(({ p }) => `“${p.name}”`).join('、')}）`];
  const parts = key.map(({ p, i }) => ({ value: p.amounts.initialBudget, path: `projects[${i}].amounts.initialBudget` }));
  const total = ctx.dy.expenditure.byNature.project.amounts.initialBudget;
  if (parts.every((x) => x.value !== undefined)) {
    const sum = ctx.f.moneySum(parts as { value: Fen; path: string }[]);
    out.push('，年初预算数合计', sum);
    const rate = total === undefined ? null : ctx.f.moneyPercent(sum.value as Fen, total, '重点支出安排率 = 重点项目年初预算数 / 项目支出年初预算数');
    if (rate) out.push('，占项目支出年初预算数的', rate);
  }
  out.push('。');
  return out;
}

/**
 * 履职情况 as the department counts it: work tasks, key tasks, payment progress and the satisfaction survey (the
 * inputs of the 53号 产出 and 效果 indicators). Only what is stated; nothing when none is.
 */
export const dutyPerformance = (ctx: BlockContext): Block[] => {
  const { workTasks: w, keyTasks: k, paymentProgress: pp, satisfactionSurvey: s } = ctx.dy;
  const out: Block[] = [];
  const content: Inline[] = [];
  if (w?.planned !== undefined) {
    content.push('年度计划工作任务', ctx.f.count(w.planned, 'workTasks.planned'), '项');
    const done: Inline[] = [];
    if (w.completed !== undefined) done.push('实际完成', ctx.f.count(w.completed, 'workTasks.completed'), '项');
    // Not 「其中」: on time and to standard overlap, they are not parts that add up to the completed count.
    if (w.completedOnTime !== undefined) done.push(done.length ? '；按时完成' : '按时完成', ctx.f.count(w.completedOnTime, 'workTasks.completedOnTime'), '项');
    if (w.qualityMet !== undefined) done.push(done.length ? '，质量达标' : '质量达标', ctx.f.count(w.qualityMet, 'workTasks.qualityMet'), '项');
    if (done.length) content.push('，', ...done);
    content.push('。');
  }
  if (k?.assigned !== undefined) {
    content.push('党委、政府、人大及相关部门交办或下达重点工作', ctx.f.count(k.assigned, 'keyTasks.assigned'), '项');
    if (k.completed !== undefined) {
      content.push('，已办结', ctx.f.count(k.completed, 'keyTasks.completed'), '项');
      const rate = ctx.f.percent(k.completed, k.assigned, '重点工作办结率 = 办结数 / 交办或下达数');
      if (rate) content.push('，办结率', rate);
    }
    content.push('。');
  }
  if (pp?.actualPercent !== undefined && pp.plannedPercent !== undefined) {
    const when = pp.asOf ? `截至${Number(pp.asOf.slice(0, 4))}年${Number(pp.asOf.slice(5, 7))}月${Number(pp.asOf.slice(8, 10))}日，` : '';
    content.push(
      `${when}实际支付进度`,
      ctx.f.number(pp.actualPercent, 'paymentProgress.actualPercent', '%'),
      '，既定支付进度',
      ctx.f.number(pp.plannedPercent, 'paymentProgress.plannedPercent', '%'),
      '。',
    );
  }
  if (content.length) out.push(paragraph(...content));
  if (s?.validSamples !== undefined && s.satisfied !== undefined) {
    const who = s.respondents ? `对${s.respondents}` : '';
    const how = s.method ? `以${s.method}方式` : '';
    const survey: Inline[] = [`${ctx.selfRef}${who}${how}开展满意度调查，有效样本`, ctx.f.count(s.validSamples, 'satisfactionSurvey.validSamples'), '份，满意（含基本满意）', ctx.f.count(s.satisfied, 'satisfactionSurvey.satisfied'), '份'];
    const rate = ctx.f.percent(s.satisfied, s.validSamples, '满意度 = 满意（含基本满意）样本数 / 有效样本数');
    if (rate) survey.push('，满意度', rate);
    survey.push('。');
    out.push(paragraph(...survey));
  }
  return out;
};

export const assetManagement: BlockBuilder = (ctx) => {
  const fa = ctx.dy.fixedAssets;
  const out: Block[] = [];
  if (fa.statedThreshold !== undefined) {
    // Only what the department states: the capitalisation threshold it applies, in 元 (1500元) whatever the
    // unit of the report's amounts.
    const yuan = formatAmount(fa.statedThreshold, { unit: '元', decimals: fa.statedThreshold % 100 === 0 ? 0 : 2 });
    out.push(
      paragraph(`${ctx.selfRef}对单位价值`, { ...ctx.f.money(fa.statedThreshold, 'fixedAssets.statedThreshold'), text: yuan }, '以上的资产及时进行固定资产账务处理。'),
    );
  }
  if (fa.totalOriginalValue === undefined) {
    out.push(paragraph(`截至${ctx.dy.fiscalYear}年末固定资产原值${toFill('固定资产原值')}。`));
    return out;
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
  out.push(paragraph(...content));
  return out;
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
  out.push(...dutyPerformance(ctx));
  return out.length ? out : [paragraph(toFill('绩效指标完成情况'))];
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
