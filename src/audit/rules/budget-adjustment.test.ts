import { describe, expect, it } from 'vitest';
import { budgetAdjustment } from './budget-adjustment.ts';
import { runRule } from './lib/run-rule.ts';

describe('budget-adjustment', () => {
  it('reports each large adjustment as information, the largest item first', () => {
    const text = '年初预算收入695.83万元，全年预算收入1668.7万元。\n项目支出年初预算数179.9万元，全年预算数1059.41万元。';
    const { findings } = runRule(budgetAdjustment, text);
    expect(findings).toHaveLength(2);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.calculation).toBe('(1668.7 − 695.83) ÷ 695.83 = 139.81% > 30%');
    expect(findings[1]!.message).toContain('项目支出');
  });

  it('is silent on a small adjustment and says when there is nothing to compare', () => {
    expect(runRule(budgetAdjustment, '基本支出年初预算数515.93万元，全年预算数609.29万元。').findings).toEqual([]);
    expect(runRule(budgetAdjustment, '支出100万元。').notChecked[0]).toContain('budget-adjustment');
  });
});
