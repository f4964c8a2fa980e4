import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROJECT_TEMPLATE,
  evaluateProjects,
} from './index.ts';
import { departmentYear } from './test-support.ts';

const dy = departmentYear({
  projects: [
    {
      name: '电子商务进农村专项资金',
      amounts: { initialBudget: '100万元', adjustedBudget: '100万元', final: '90万元' },
      selfScore: 100,
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '培训人次', operator: '>=', target: 500, actual: 400, unit: '人次', weight: 20, score: 20 },
        { level1: '产出指标', level2: '成本指标', name: '人均培训成本', operator: '<=', target: '200元', actual: '250元', weight: 10, score: 10 },
        { level1: '产出指标', level2: '时效指标', name: '完成时间', operator: '=', target: 12, actual: 12, weight: 20 },
        { level1: '效益指标', level2: '经济效益指标', name: '网销额', operator: '>=', target: 1000, actual: 3000, unit: '万元', weight: 30, score: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '满意度', operator: 'qualitative', actual: '达成预期指标', weight: 10, score: 10 },
      ],
    },
  ],
});

describe('10号 project self-evaluation', () => {
  const [p] = evaluateProjects(dy, DEFAULT_PROJECT_TEMPLATE);
  if (!p) throw new Error('no project');

  it('执行率 = 全年执行数 / 全年预算数 = 90 / 100 = 90% → 9 of 10 points', () => {
    expect(p.execution.rate).toBe(90);
    expect(p.execution.score).toBe(9);
    expect(p.execution.calculation).toBe('90.00万元 / 100.00万元 × 100% = 90.00%；min(90.00% / 100.00%, 1) × 10 = 9分');
  });

  it('scores quantitative indicators in their direction', () => {
    const [count, cost, time, sales, satisfaction] = p.indicators;
    expect(count?.completion).toBe(80);
    expect(count?.score).toBe(16); // 400/500 × 20
    expect(cost?.completion).toBe(80);
    expect(cost?.score).toBe(8); // 200/250 × 10
    expect(time?.score).toBe(20);
    expect(sales?.completion).toBe(300);
    expect(sales?.score).toBe(30); // over-completion only flagged by the 10号 template
    expect(satisfaction?.status).toBe('missing');
    expect(satisfaction?.missing[0]).toContain('需补充：定性指标的评判档次与依据');
  });

  it('totals what is verified and bounds what is open', () => {
    expect(p.total).toBe(9 + 16 + 8 + 20 + 30);
    expect(p.upperBound).toBe(100 - 1 - 4 - 2);
    expect(p.complete).toBe(false);
    expect(p.blocks.find((b) => b.level1 === '产出指标')).toEqual({ level1: '产出指标', templateWeight: 50, statedWeight: 50, score: 44 });
  });

  it('a project with no budget and no indicators says what to add', () => {
    const [empty] = evaluateProjects(departmentYear({ projects: [{ name: '空项目', amounts: { final: '10万元' } }] }), DEFAULT_PROJECT_TEMPLATE);
    expect(empty?.missing).toEqual(['需补充：全年预算数（projects[0].amounts.adjustedBudget）', '需补充：绩效指标（projects[0].indicators）']);
    expect(empty?.total).toBe(0);
    expect(empty?.upperBound).toBe(100);
  });
});
