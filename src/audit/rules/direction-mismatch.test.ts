import { describe, expect, it } from 'vitest';
import { directionMismatch } from './direction-mismatch.ts';
import { runRule } from './lib/run-rule.ts';

describe('direction-mismatch', () => {
  it('reports 增加 where the figures fall', () => {
    const { findings } = runRule(directionMismatch, '“三公”经费由30.5万元增加到26.34万元。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.calculation).toBe('26.34 < 30.5');
  });

  it('reports 比上年…减少 where the figures rise', () => {
    const { findings } = runRule(directionMismatch, '本年支出120万元，比上年100万元减少20万元。');
    expect(findings).toHaveLength(1);
  });

  it('accepts directions that agree', () => {
    expect(runRule(directionMismatch, '由30.5万元减少到26.34万元。本年支出120万元，比上年100万元增加20万元。').findings).toEqual([]);
  });
});
