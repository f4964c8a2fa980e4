import { describe, expect, it } from 'vitest';
import { goalMismatch, similarity } from './goal-mismatch.ts';
import { runRule } from './lib/run-rule.ts';

describe('goal-mismatch', () => {
  it('reports goals set and evaluated that differ in number and content', () => {
    const text =
      '（四）绩效目标设定情况\n目标1：深度融入国际陆港，加大集货力度；\n目标2：聚焦招大引强；\n四、评价指标分析\n目标1：\n把固本培元作为根本任务，守正笃行。\n目标2：\n把贯彻落实作为根本底线。\n目标3：\n把精准务实作为根本方法。';
    const { findings } = runRule(goalMismatch, text);
    expect(findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(findings[0]!.calculation).toBe('2 ≠ 3');
  });

  it('accepts evaluated goals that follow the goals set', () => {
    const text =
      '目标1：深度融入国际陆港，加大集货力度；\n目标2：聚焦招大引强，实现招商引资；\n评价\n目标1：深度融入国际陆港，集货量增长。\n目标2：聚焦招大引强，招商引资到位资金72亿元。';
    expect(runRule(goalMismatch, text).findings).toEqual([]);
  });

  it('says it could not compare without two goal lists', () => {
    expect(runRule(goalMismatch, '目标1：做好工作。').notChecked[0]).toContain('goal-mismatch');
    expect(similarity('', 'abc')).toBe(0);
  });
});
