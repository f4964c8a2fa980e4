import { describe, expect, it } from 'vitest';
import {
  applyAssessmentRule,
  applyValueRule,
  DEFAULT_DEPARTMENT_TEMPLATE,
  DEFAULT_PROJECT_TEMPLATE,
  gradeFor,
  isValueRule,
  type ValueRule,
} from './index.ts';

function ruleOf(indicatorId: string): { rule: ValueRule; weight: number } {
  for (const b of DEFAULT_DEPARTMENT_TEMPLATE.blocks) {
    const item = b.items.find((i) => i.indicatorId === indicatorId);
    if (item && isValueRule(item.rule)) return { rule: item.rule, weight: item.weight };
  }
  throw new Error(`no item ${indicatorId}`);
}

describe('bands (预算调整率 in the default county template: =0 3; ≤10% 2; ≤20% 1; ≤30% 0.5; >30% 0)', () => {
  const { rule, weight } = ruleOf('budget_adjustment_rate');
  it.each([
    [0, 3],
    [0.01, 2],
    [10, 2],
    [10.01, 1],
    [20, 1],
    [20.01, 0.5],
    [30, 0.5],
    [30.01, 0],
    [139.8143224638, 0],
  ])('%f%% → %f分', (value, expected) => {
    expect(applyValueRule(rule, value, weight).score).toBe(expected);
  });

  it('a rate computed from integer 分 lands exactly on the 10% boundary', () => {
    // 110万元 against 100万元: (110000000 − 100000000) × 100 / 100000000 = 10 exactly.
    const value = ((110_000_000 - 100_000_000) * 100) / 100_000_000;
    expect(value).toBe(10);
    expect(applyValueRule(rule, value, weight).score).toBe(2);
    const justAbove = ((110_010_000 - 100_000_000) * 100) / 100_000_000;
    expect(justAbove).toBeCloseTo(10.01, 12);
    expect(applyValueRule(rule, justAbove, weight).score).toBe(1);
  });

  it('重点支出安排率 bands are inclusive at their lower edges (≥90% 5, ≥80% 4 …)', () => {
    const r = ruleOf('key_expenditure_rate');
    expect(applyValueRule(r.rule, 90, r.weight).score).toBe(5);
    expect(applyValueRule(r.rule, 89.99, r.weight).score).toBe(4);
    expect(applyValueRule(r.rule, 59.99, r.weight).score).toBe(0);
  });
});

describe('per-point deductions', () => {
  it('“三公经费”控制率: −1 per point over 100%, never below 0', () => {
    const { rule, weight } = ruleOf('three_public_control_rate');
    expect(applyValueRule(rule, 94.07, weight).score).toBe(6);
    expect(applyValueRule(rule, 100, weight).score).toBe(6);
    expect(applyValueRule(rule, 101, weight).score).toBe(5);
    expect(applyValueRule(rule, 103.5, weight).score).toBe(2.5);
    expect(applyValueRule(rule, 107, weight).score).toBe(0);
    expect(applyValueRule(rule, 103.5, weight).explanation).toBe(
      '超出100.00% 3.50个百分点，每1个百分点扣1分：max(0, 6 − 1 × 3.5) = 2.5分',
    );
  });

  it('在职人员控制率: −0.5 per point over 100%', () => {
    const { rule, weight } = ruleOf('staff_control_rate');
    expect(applyValueRule(rule, 106.67, weight).score).toBeCloseTo(1.665, 10);
  });

  it('stepwise: −2 per full 5 points below 100% (S5 预算完成率)', () => {
    const rule: ValueRule = { type: 'deduction', threshold: 100, side: 'below', deduct: 2, per: 5, stepwise: true };
    expect(applyValueRule(rule, 100, 8).score).toBe(8);
    expect(applyValueRule(rule, 95.01, 8).score).toBe(8);
    expect(applyValueRule(rule, 95, 8).score).toBe(6);
    expect(applyValueRule(rule, 80, 8).score).toBe(0);
  });
});

describe('proportional (10号: positive actual/target, negative target/actual)', () => {
  const positive: ValueRule = { type: 'proportional', direction: 'positive', target: 100 };
  const negative: ValueRule = { type: 'proportional', direction: 'negative', target: 100 };
  it('positive: capped at full marks', () => {
    expect(applyValueRule(positive, 80, 10).score).toBe(8);
    expect(applyValueRule(positive, 100, 10).score).toBe(10);
    expect(applyValueRule(positive, 120, 10).score).toBe(10);
  });
  it('negative: target/actual when over the target', () => {
    expect(applyValueRule(negative, 125, 10).score).toBe(8);
    expect(applyValueRule(negative, 90, 10).score).toBe(10);
  });
  it('10号 执行率 (10 points): exactly 90% gives 9, 89.99% gives 8.999', () => {
    const rule = DEFAULT_PROJECT_TEMPLATE.execution.rule as ValueRule;
    expect(applyValueRule(rule, 90, 10).score).toBe(9);
    expect(applyValueRule(rule, 89.99, 10).score).toBeCloseTo(8.999, 10);
    expect(applyValueRule(rule, 100, 10).score).toBe(10);
  });
  it('over-completion against a too-low target: the share above the threshold comes off', () => {
    const rule: ValueRule = { ...positive, overCompletion: { thresholdPercent: 150, action: 'reduce-by-deviation' } };
    expect(applyValueRule(rule, 149.99, 10).score).toBe(10);
    expect(applyValueRule(rule, 150, 10).score).toBe(10);
    expect(applyValueRule(rule, 200, 10).score).toBe(5);
    expect(applyValueRule(rule, 294, 10).score).toBe(0);
  });
  it('over-completion with action flag keeps full marks (the checks report it)', () => {
    const rule: ValueRule = { ...positive, overCompletion: { thresholdPercent: 150, action: 'flag' } };
    expect(applyValueRule(rule, 294, 10).score).toBe(10);
  });
});

describe('assessment rules', () => {
  const bands = DEFAULT_PROJECT_TEMPLATE.qualitative.bands;
  it('qualitative bands: 100–80%, 80–60%, 60–0% of the points', () => {
    const rule = { type: 'qualitative-bands' as const, bands };
    const at = (share: number) => applyAssessmentRule(rule, { share }, 6, []);
    expect(at(0.85)).toEqual({ score: 5.1, explanation: '达成年度指标：85.00% × 6 = 5.1分' });
    expect('score' in at(0.8) && at(0.8)).toMatchObject({ explanation: expect.stringContaining('达成年度指标') });
    expect('score' in at(0.7) && at(0.7)).toMatchObject({ explanation: expect.stringContaining('部分达成') });
    expect(at(1.2)).toMatchObject({ missing: expect.stringContaining('不在任何档次内') });
    expect(applyAssessmentRule(rule, undefined, 6, [])).toMatchObject({ missing: expect.stringContaining('需补充') });
  });
  it('check points: points for each one met', () => {
    const r = applyAssessmentRule({ type: 'checkpoints', points: [1, 0.5, 0.5] }, { checkpointsMet: [true, false, true] }, 2, ['a', 'b', 'c']);
    expect('score' in r && r.score).toBe(1.5);
  });
  it('breach deduction: −1 per check point not met, never below 0', () => {
    const five = ['1', '2', '3', '4', '5'];
    const r = applyAssessmentRule({ type: 'breach-deduction', deduct: 1 }, { checkpointsMet: [true, false, true, false, true] }, 3, five);
    expect('score' in r && r.score).toBe(1);
    const all = applyAssessmentRule({ type: 'breach-deduction', deduct: 1 }, { checkpointsMet: [false, false, false, false, false] }, 3, five);
    expect('score' in all && all.score).toBe(0);
  });
  it('check points without a judgement for each one stay open', () => {
    const r = applyAssessmentRule({ type: 'checkpoints', points: [1, 1] }, { checkpointsMet: [true] }, 2, ['a', 'b']);
    expect(r).toMatchObject({ missing: expect.stringContaining('需补充：逐项判断评价要点') });
  });
});

describe('grades as data (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60)', () => {
  it.each([
    [100, '优'],
    [90, '优'],
    [89.99, '良'],
    [80, '良'],
    [79.99, '中'],
    [60, '中'],
    [59.99, '差'],
    [0, '差'],
  ])('%s → %s', (score, grade) => {
    expect(gradeFor(score, DEFAULT_DEPARTMENT_TEMPLATE.grades)).toBe(grade);
  });
});
