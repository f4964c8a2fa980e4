import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/finding.ts';
import { evaluateAll } from '../index.ts';
import { departmentYear, type Patch } from '../test-support.ts';

function findings(patch: Patch, validationFindings: Finding[] = []): Finding[] {
  return [...evaluateAll(departmentYear(patch), { validationFindings }).findings];
}
const rules = (fs: readonly Finding[]) => fs.map((f) => `${f.rule}:${f.severity}`);

const budget: Patch = {
  expenditure: {
    total: { initialBudget: '695.83万元', adjustedBudget: '1668.7万元', final: '1668.7万元' },
    byNature: { basic: { amounts: {} }, project: { amounts: {} } },
  },
  // All 972.87万元 of the year's additions were ordinary 追加: the 53号 rate is then 139.81%.
  budgetAdjustments: [{ description: '年中追加预算', kind: 'increase', amount: '972.87万元', cause: 'ordinary' }],
};

describe('claimed-score-unsupported', () => {
  it('is an error when the claim is above what even full marks on every open indicator would give', () => {
    const fs = findings({ ...budget, selfAssessment: { score: 100 } });
    const f = fs.find((x) => x.rule === 'claimed-score-unsupported');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('最高也只有97分');
    expect(f?.message).toContain('预算调整率0/3分');
    expect(f?.calculation).toBe('最高可得 = 100 − (3 − 0) = 97 < 100');
    expect(f?.evidence).toContainEqual({ path: 'selfAssessment.score', value: 100 });
    expect(f?.evidence).toContainEqual({ path: 'expenditure.total.initialBudget', value: 695_830_000 });
  });

  it('is a warning when the claim only rests on indicators without data', () => {
    const fs = findings({ selfAssessment: { score: 95 } });
    const f = fs.find((x) => x.rule === 'claimed-score-unsupported');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('可由数据复核的只有0分');
  });

  it('is silent when the claim is within what the data shows', () => {
    expect(rules(findings({ ...budget, selfAssessment: { score: 0 } }))).not.toContain('claimed-score-unsupported:error');
  });

  it('checks each project’s claim against its recomputed 10号 score', () => {
    const fs = findings({
      projects: [
        {
          name: '项目甲',
          amounts: { adjustedBudget: '100万元', final: '80万元' },
          selfScore: 100,
          indicators: [{ level1: '产出指标', name: '数量', operator: '>=', target: 10, actual: 10, weight: 90, score: 90 }],
        },
      ],
    });
    const f = fs.find((x) => x.rule === 'claimed-score-unsupported');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('项目“项目甲”自评100分，复核最高只能得98分');
    expect(f?.evidence[0]).toEqual({ path: 'projects[0].selfScore', value: 100 });
  });
});

describe('indicator-level checks', () => {
  it('claimed-score-unsupported for one indicator: 18 claimed where 400/500 × 20 = 16', () => {
    const fs = findings({
      projects: [
        {
          name: '项目戊',
          amounts: { adjustedBudget: '10万元', final: '10万元' },
          indicators: [{ level1: '产出指标', name: '培训人次', operator: '>=', target: 500, actual: 400, weight: 20, score: 18, deviationReason: '疫情' }],
        },
      ],
    });
    const f = fs.find((x) => x.rule === 'claimed-score-unsupported' && x.evidence[0]?.path === 'projects[0].indicators[0].score');
    expect(f?.message).toBe('“培训人次”自评18分，按模板复核为16分');
    expect(f?.difference).toBe(2);
    expect(rules(fs)).not.toContain('below-target-full-score:error');
  });

  const withIndicators = (indicators: Patch['goals']): Patch => ({ goals: indicators, selfAssessment: { score: 100 } });

  it('below-target-full-score and deviation-no-reason: 90 of a target of 100 scored full, reason empty', () => {
    const fs = findings({
      projects: [
        {
          name: '项目乙',
          amounts: { adjustedBudget: '10万元', final: '10万元' },
          indicators: [{ level1: '产出指标', name: '覆盖率', operator: '>=', target: '100%', actual: '90%', weight: 50, score: 50, deviationReason: '无' }],
        },
      ],
    });
    const below = fs.find((x) => x.rule === 'below-target-full-score');
    expect(below?.severity).toBe('error');
    expect(below?.message).toContain('复核得分45分');
    expect(below?.evidence).toContainEqual({ path: 'projects[0].indicators[0].score', value: 50 });
    expect(fs.find((x) => x.rule === 'deviation-no-reason')?.evidence[0]).toEqual({
      path: 'projects[0].indicators[0].deviationReason',
      quote: '无',
    });
  });

  it('a deviation with a reason and a proportional score is fine', () => {
    const fs = findings({
      projects: [
        {
          name: '项目丙',
          amounts: { adjustedBudget: '10万元', final: '10万元' },
          indicators: [{ level1: '产出指标', name: '覆盖率', operator: '>=', target: 100, actual: 90, weight: 50, score: 45, deviationReason: '两个乡镇未通网，明年补齐' }],
        },
      ],
    });
    expect(rules(fs).filter((r) => r.startsWith('below-target') || r.startsWith('deviation'))).toEqual([]);
  });

  it('over-target-no-analysis: 294% of target under a claimed full score, at the template threshold 150%', () => {
    const fs = findings(
      withIndicators([
        {
          title: '目标1',
          indicators: [
            { name: '班列任务完成率', operator: '>=', target: 100, actual: 294, unit: '%' },
            { name: '刚好150%', operator: '>=', target: 100, actual: 150, unit: '%' },
            { name: '149.99%', operator: '>=', target: 100, actual: 149.99, unit: '%' },
            { name: '有分析', operator: '>=', target: 100, actual: 300, deviationReason: '上级追加任务' },
          ],
        },
      ]),
    );
    const over = fs.filter((x) => x.rule === 'over-target-no-analysis');
    expect(over.map((f) => f.calculation)).toEqual(['294 / 100 = 294.00% ≥ 150.00%', '150 / 100 = 150.00% ≥ 150.00%']);
    expect(over[0]?.evidence).toContainEqual({ path: 'goals[0].indicators[0].actual', value: 294 });
  });

  it('low-execution-no-explanation below 90%, silent at exactly 90%', () => {
    const project = (final: string) => ({ name: '项目丁', amounts: { adjustedBudget: '100万元', final } });
    const low = findings({ projects: [project('89.99万元')] });
    expect(low.find((x) => x.rule === 'low-execution-no-explanation')?.calculation).toBe('89.99万元 / 100.00万元 × 100% = 89.99% < 90.00%');
    expect(rules(findings({ projects: [project('90万元')] }))).not.toContain('low-execution-no-explanation:warning');
  });
});

describe('full-score-with-problems', () => {
  it('flags a full score next to the department’s own finance and asset problems, and validation errors', () => {
    const validation: Finding = { rule: 'sum-mismatch', severity: 'error', message: 'x', evidence: [{ path: 'threePublic.total.budget' }] };
    const fs = findings(
      {
        selfAssessment: { score: 100 },
        narrative: {
          problems: [
            { title: '财务管理工作有待加强', detail: '账务记录不准确', category: 'finance' },
            { title: '资产管理不规范', detail: '未盘点', category: 'assets' },
            { title: '宣传不够', category: 'other' },
          ],
        },
      },
      [validation],
    );
    const own = fs.filter((x) => x.rule === 'full-score-with-problems');
    expect(own).toHaveLength(3);
    expect(own[0]?.message).toContain('涉及指标：管理制度健全性、资金使用合规性、基础信息完善性');
    expect(own[0]?.evidence[1]).toEqual({ path: 'narrative.problems[0]', quote: '账务记录不准确' });
    expect(own[2]?.message).toContain('数据校验发现1个错误（sum-mismatch）');
  });

  it('is silent when the score is not full', () => {
    const fs = findings({ selfAssessment: { score: 85 }, narrative: { problems: [{ title: '财务', category: 'finance' }] } });
    expect(rules(fs)).not.toContain('full-score-with-problems:error');
  });
});
