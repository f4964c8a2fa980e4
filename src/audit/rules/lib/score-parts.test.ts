import { describe, expect, it } from 'vitest';
import { runRule } from './run-rule.ts';
import { sumMismatch } from '../sum-mismatch.ts';

const shape = (text: string) => runRule(sumMismatch, text).findings.filter((f) => f.shape === 'score-parts');

describe('score-parts (sum-mismatch)', () => {
  it('finds a total other than the sum of the blocks’ scores given in the same sentence', () => {
    const f = shape('按照部门整体支出绩效评价指标体系，预算执行（20分）得18.2分，产出指标（40分）得36.8分，效益指标（30分）得27.6分，满意度指标（10分）得9.1分，自评总得分92.7分，自评等级为“优”。\n');
    expect(f.length).toBe(1);
    expect(f[0]!.evidence[0]!.quote).toContain('自评总得分92.7分');
    expect(f[0]!.calculation).toContain('= 91.7');
  });
  it('is silent when the scores add up, or when the weights do not make the full score (a block not listed)', () => {
    expect(shape('预算执行（20分）得18.2分，产出指标（40分）得36.8分，效益指标（30分）得27.6分，满意度指标（10分）得9.1分，自评总得分91.7分。\n')).toEqual([]);
    expect(shape('产出指标（40分）得36.8分，效益指标（30分）得27.6分，自评总得分92.7分。\n')).toEqual([]);
  });
  it('reads the parts and the total across a copy\'s line breaks inside the sentence (ainv)', () => {
    const f = shape('三、自评结果\n经自评小组逐项打分，预算执行（20分）得19分，产出指标（40分）得37.5\n分，效益指标（30分）得28分，满意度指标（10分）得9.5分，自评总\n得分95分，等级为“优”。\n');
    expect(f.map((x) => x.calculation)).toEqual(['19 + 37.5 + 28 + 9.5 = 94 ≠ 95']);
    expect(f[0]!.evidence[0]!.quote).toBe('自评总\n得分95分');
  });
});
