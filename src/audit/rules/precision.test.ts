import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { precision } from './precision.ts';

describe('precision', () => {
  it('reports an amount with more decimals than the rest of the report', () => {
    const text = '甲151.66万元、乙348.6698万元、丙34.4万元、丁108万元、戊238.18万元、己100万元、庚78.5万元。';
    const { findings } = runRule(precision, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence[0]!.quote).toContain('348.6698万元');
  });

  it('accepts consistent precision and amounts in different units', () => {
    expect(runRule(precision, '甲151.66万元、乙348.67万元、丙34.4万元、丁108万元、戊238.18万元、己1500.25元。').findings).toEqual([]);
  });

  it('leaves alone the operands of a written-out calculation', () => {
    const text = '基本支出609.29万元，项目支出1059.41万元，三公经费26.34万元，接待费26.34万元。按数据计算：79.8127万元 / 80.8971万元 × 100% = 98.66%。';
    expect(runRule(precision, text).findings).toEqual([]);
    expect(runRule(precision, text.replace(' / ', '/')).findings).toEqual([]);
  });
});
