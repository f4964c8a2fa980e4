import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { auditText } from '../audit-text.ts';
import { targetTooLow } from './target-too-low.ts';

describe('target-too-low', () => {
  it('reads a prose target followed by last year\'s actual in brackets (年度目标78.5万人（上年实际完成80.6万人）; former test33 2744, 2750)', () => {
    const shapes = (t: string) => runRule(targetTooLow, t, { fiscalYear: 2023 }).findings.map((f) => [f.severity, f.shape]);
    const row = (target: string, prior: string, name = '城乡居民医保参保人数') => `2023年度部门整体支出绩效自评报告\n1. ${name}：年度目标${target}（上年实际完成${prior}），实际完成79.2万人，完成年度目标。`;
    expect(shapes(row('78.5万人', '80.6万人'))).toEqual([['warning', 'below-prior-actual-prose']]);
    expect(shapes(row('6000人', '6850人'))).toEqual([['warning', 'below-prior-actual-prose']]);
    // A target above last year's, another unit, or a target to keep something low: nothing.
    expect(shapes(row('82万人', '80.6万人'))).toEqual([]);
    expect(shapes(row('78.5万人', '80.6万户'))).toEqual([]);
    expect(shapes(row('5起', '9起', '生产安全事故起数控制'))).toEqual([]);
  });

  it('reports a lower-bound target below the earlier year\'s actual stated in the indicator\'s name (former test31 2719)', () => {
    const text = (target: string, prior = '2023年实际96.5%'): string =>
      `南屏县医疗保障局2024年度部门整体支出绩效自评表\n绩效指标 一级指标 二级指标 三级指标 指标值 实际完成值 权重 得分\n产出指标 数量指标 城乡居民基本医疗保险参保率（${prior}） ${target} 96.8% 10 10\n质量指标 医保基金结算及时率 ≥98% 99.2% 10 10\n`;
    const below = (t: string, prior?: string) => runRule(targetTooLow, text(t, prior)).findings.filter((f) => f.shape === 'below-prior-actual');
    expect(below('≥80%').map((f) => f.severity)).toEqual(['warning']);
    expect(below('≥96.5%')).toEqual([]);
    // An upper bound, or the report's own year in the bracket: not read.
    expect(below('≤80%')).toEqual([]);
    expect(below('≥80%', '2024年实际96.5%')).toEqual([]);
  });

  it('stays silent in a 部门决算 or 部门预算 text, which sets no performance targets', () => {
    // Invented wording: a bureau's work summary inside its final-accounts note, then the same line in a self-evaluation.
    const body = '\n一、主要工作完成情况\n全年新建乡村公路85公里，完成目标任务170.2%。\n';
    expect(runRule(targetTooLow, `某县交通运输局2023年部门决算说明${body}`).findings).toEqual([]);
    expect(runRule(targetTooLow, `某县交通运输局2024年部门预算公开说明${body}`).findings).toEqual([]);
    expect(runRule(targetTooLow, `某县交通运输局2023年度部门整体支出绩效自评报告${body}`).findings).toHaveLength(1);
  });

  it('reports completion far above target with no explanation', () => {
    const { findings } = runRule(targetTooLow, '完成国际陆港班列3681个标箱，完成年度任务的294%，位列全市第3。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.calculation).toBe('294% ≥ 150%');
  });

  it('accepts an explained over-completion and ordinary completion', () => {
    expect(runRule(targetTooLow, '完成年度任务的294%，主要是由于年初目标设定偏低，下年度将调整目标。').findings).toEqual([]);
    expect(runRule(targetTooLow, '完成年度任务的111.7%。').findings).toEqual([]);
  });

  it('does not read growth rates as completion', () => {
    expect(runRule(targetTooLow, '完成出口额同比增长180%。').findings).toEqual([]);
  });

  it('uses the stricter threshold in the strict profile', () => {
    expect(runRule(targetTooLow, '完成年度任务的144.4%。', { profile: 'strict' }).findings).toHaveLength(1);
    expect(runRule(targetTooLow, '完成年度任务的144.4%。').findings).toHaveLength(0);
  });
});

describe('target-too-low on a 部门决算', () => {
  it('does not read 完成年初预算的150.77% (a 决算 against its year-start budget) as a target set too low', () => {
    expect(runRule(targetTooLow, '2023年度一般公共预算财政拨款支出年初预算为2138.00万元，支出决算为3223.40万元，完成年初预算的150.77%。').findings).toEqual([]);
    // Any budget named as the base (调整预算数, 预算数): the spending of a final account, not an indicator's target.
    expect(runRule(targetTooLow, '3.教育支出9.83亿元，完成调整预算数的339.8%，增长738.1%。').findings).toEqual([]);
    // A rate of an indicator's target is still read.
    expect(runRule(targetTooLow, '培训人次完成目标的339.8%。').findings).toHaveLength(1);
  });
});

describe('target-too-low: severity by first contact (fcrules)', () => {
  it('reports a completion far above target as a 提示: 0 of 3 such findings were right on unseen texts', () => {
    // New wording: a self-evaluation whose trainings ran over the planned number with no reason given.
    const text = '某区人力资源和社会保障局2023年度部门整体支出绩效自评报告\n一、绩效目标完成情况\n全年开展职业技能培训1260人次，完成年度计划的210%。\n';
    expect(runRule(targetTooLow, text).findings.map((f) => [f.shape, f.severity])).toEqual([['over-completion', 'warning']]);
    expect(auditText(text, { fiscalYear: 2023 }).findings.filter((f) => f.rule === 'target-too-low').map((f) => f.severity)).toEqual(['info']);
  });
});

describe('target-too-low: a target below last year\'s actual derived from the year\'s change (agoal)', () => {
  const TITLE = '松岭县文旅局2024年度文化惠民项目支出绩效自评报告\n';
  const shapes = (t: string): string[] => runRule(targetTooLow, `${TITLE}${t}\n`).findings.map((f) => f.shape ?? '');
  it('reports 目标不少于900场 when the year\'s 880场 is 60 fewer than last year', () => {
    expect(shapes('送戏下乡场次：年度目标不少于900场，实际完成880场，比上年减少60场。')).toEqual(['below-derived-prior']);
  });
  it('is silent when the target is above last year\'s, or the target is a bound from above', () => {
    expect(shapes('送戏下乡场次：年度目标不少于950场，实际完成880场，比上年减少60场。')).toEqual([]);
    expect(shapes('送戏下乡场次：年度目标不少于900场，实际完成880场，比上年增加60场。')).toEqual([]);
    expect(shapes('安全事故起数：控制在年度目标不少于9起，实际8起，比上年减少3起。')).toEqual([]);
  });
});

describe('target-too-low: a goal of the list set under what the year before reached (atext)', () => {
  const text = (prior: string): string =>
    `某县农业技术推广中心2024年度部门整体支出绩效自评报告\n（一）年度绩效目标\n农作物病虫害统防统治覆盖率≥40%；农技人员培训≥300人次；测土配方施肥技术推广面积≥25万亩；农户满意度≥90%。\n（二）目标完成情况\n全年培训农技人员352人次，${prior}\n`;
  const found = (t: string): string[] => runRule(targetTooLow, t, { fiscalYear: 2024 }).findings.filter((f) => f.shape === 'goal-below-prior').map((f) => f.calculation ?? '');
  it('reports a goal\'s lower bound below the prior year\'s figure of the same unit', () => {
    expect(found(text('上年同期完成410人次。'))).toEqual(['300人次 < 410人次']);
    expect(found(text('（2023年全县实际培训农技人员388人次）'))).toEqual(['300人次 < 388人次']);
  });
  it('is silent on a smaller prior figure, money, or another unit', () => {
    expect(found(text('上年同期完成280人次。'))).toEqual([]);
    expect(found(text('上年培训经费45万元。'))).toEqual([]);
    expect(found(text('上年同期完成410场。'))).toEqual([]);
  });
});

describe('target-too-low: a rate goal far under the prior year\'s rate, its item numbered (atext)', () => {
  const text = (goal: string): string =>
    `某县信访局2024年度部门整体支出绩效自评报告\n（一）年度绩效目标\n1.办理群众来信来访不少于500件；\n2.信访事项按期办结率${goal}；\n3.群众满意度90%以上。\n（二）目标完成情况\n全年信访事项按期办结率99.1%（上年实际按期办结率为98.6%）。\n`;
  const found = (t: string): string[] => runRule(targetTooLow, t, { fiscalYear: 2024 }).findings.filter((f) => f.shape === 'goal-below-prior').map((f) => f.calculation ?? '');
  it('reports it when the gap is wide, and not for a usual floor a little under', () => {
    expect(found(text('达到70%以上'))).toEqual(['70% < 98.6%']);
    expect(found(text('达到95%以上'))).toEqual([]);
  });
});
