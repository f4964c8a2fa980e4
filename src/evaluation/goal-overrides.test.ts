import { describe, expect, it } from 'vitest';
import { goalOverrideFindings, isGoalOverride } from './goal-overrides.ts';
import { departmentYear } from './test-support.ts';

describe('score overrides kept against goal indicators', () => {
  const dy = departmentYear({
    goals: [{ title: '促进消费', indicators: [{ name: '限上企业入库数', operator: '>=', target: 10, actual: 12 }] }],
  });

  it('are reported one by one with what they said, not silently dropped; project overrides are not', () => {
    const found = goalOverrideFindings(dy, [
      { path: 'goals[0].indicators[0]', score: 4, reason: '超额完成，按满分计' },
      { path: 'projects[0].indicators[0]', score: 8, reason: '项目指标调整' },
      { path: 'goals[3].indicators[0]', score: 2, reason: '目标已删除' },
    ]);
    expect(found.map((f) => [f.rule, f.severity, f.evidence[0]?.path])).toEqual([
      ['override-not-applied', 'warning', 'goals[0].indicators[0]'],
      ['override-not-applied', 'warning', 'goals[3].indicators[0]'],
    ]);
    expect(found[0]?.message).toContain('年度目标“促进消费”的指标“限上企业入库数”（goals[0].indicators[0]）记有调整得分4分（理由：超额完成，按满分计）');
    expect(found[0]?.message).toContain('请在自评表中按指标填写自评得分');
    expect(found[1]?.message).toContain('已不存在的年度目标指标');
  });

  it('tells goal paths from project paths', () => {
    expect(isGoalOverride({ path: 'goals[12].indicators[3]' })).toBe(true);
    expect(isGoalOverride({ path: 'projects[0].indicators[0]' })).toBe(false);
  });
});
