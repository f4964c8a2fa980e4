import { describe, expect, it } from 'vitest';
import { validate } from '../core/validate.ts';
import { evaluateAll } from './index.ts';
import { loadDemoForTest } from './test-support.ts';

describe('score sheet — the officer’s scores with the computed ones beside', () => {
  it('Given only a stated total (the demo’s 100), states it with its grade and lists every unsupported point', () => {
    const dy = loadDemoForTest();
    const { scoreSheet } = evaluateAll(dy);
    const d = scoreSheet.department;
    expect(d.score).toBe(100);
    expect(d.scoreSource).toBe('stated');
    expect(d.grade).toBe('优');
    // The computed total stays beside, never substituted.
    expect(d.computed.total).toBeLessThan(100);
    // What is unsupported adds up to the gap between the claim and the computed total.
    expect(d.unsupportedPoints).toBeCloseTo(100 - d.computed.total, 9);
    expect(d.unsupported.find((u) => u.id === 'budget_adjustment_rate')?.points).toBe(3);
    // Projects keep their claimed 100 each.
    expect(scoreSheet.projects.map((p) => p.score)).toEqual(dy.projects.map(() => 100));
  });

  it('Given indicator scores keyed by template id, sums them when no total is stated and flags claims above the data', () => {
    const dy = loadDemoForTest();
    const first = evaluateAll(dy).scoreSheet.department.rows;
    delete dy.selfAssessment.score;
    delete dy.selfAssessment.grade;
    dy.selfAssessment.indicators = Object.fromEntries(first.map((r) => [r.id, { score: r.weight, basis: '按评价要点逐项自评' }]));
    const d = evaluateAll(dy).scoreSheet.department;
    expect(d.scoreSource).toBe('sum-of-indicators');
    expect(d.score).toBeCloseTo(100, 9);
    // 预算调整率 claimed 3 while the adjustments are not classified: the whole claim lacks evidence.
    const adj = d.rows.find((r) => r.id === 'budget_adjustment_rate')!;
    expect(adj.claimed).toBe(3);
    expect(adj.computed).toBeNull();
    expect(adj.unsupportedPoints).toBe(3);
    expect(d.unsupported.find((u) => u.id === 'budget_adjustment_rate')?.reason).toContain('缺少依据');
    // A claim equal to the computed score is supported.
    expect(d.rows.find((r) => r.id === 'three_public_control_rate')).toMatchObject({ claimed: 6, computed: 6, difference: 0, unsupportedPoints: 0 });
  });

  it('Given a stated total that disagrees with its parts, prints the stated total and validation reports the disagreement', () => {
    const dy = loadDemoForTest();
    const rows = evaluateAll(dy).scoreSheet.department.rows;
    dy.selfAssessment.indicators = Object.fromEntries(rows.map((r) => [r.id, { score: r.weight / 2 }]));
    expect(evaluateAll(dy).scoreSheet.department.score).toBe(100);
    const f = validate(dy).find((x) => x.rule === 'stated-total-mismatch');
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain(`与${rows.length}项指标的自评得分之和50分不一致`);
  });

  it('keeps a score on its indicator when the template order changes: scores are keyed by id, not position', () => {
    const dy = loadDemoForTest();
    dy.selfAssessment.indicators = { three_public_control_rate: { score: 5, deviationReason: '公务接待费超标准一次' } };
    const d = evaluateAll(dy).scoreSheet.department;
    const row = d.rows.find((r) => r.id === 'three_public_control_rate')!;
    expect(row.claimed).toBe(5);
    expect(row.deviationReason).toBe('公务接待费超标准一次');
    expect(d.rows.filter((r) => r.claimed !== null)).toHaveLength(1);
  });

  it('never counts a claim above the indicator’s 分值, and says so', () => {
    const dy = loadDemoForTest();
    dy.selfAssessment.indicators = { budget_adjustment_rate: { score: 9 } };
    const report = evaluateAll(dy);
    expect(report.scoreSheet.department.rows.find((r) => r.id === 'budget_adjustment_rate')!.claimed).toBe(3);
    expect(report.findings.some((f) => f.rule === 'claim-above-weight')).toBe(true);
  });
});
