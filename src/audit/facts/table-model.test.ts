import { describe, expect, it } from 'vitest';
import { alignedHeader } from './table-model.ts';

describe('alignedHeader', () => {
  it('moves column titles read one cell left of their amounts over them (项目 | 预算数 | 决算数 | ⌴ over 合计 | ⌴ | 5.00 | 4.53)', () => {
    const body = [
      ['合计', '', '5.00', '4.53'],
      ['公务接待费', '', '0.50', '0.33'],
    ];
    expect(alignedHeader(['项目', '预算数', '决算数', ''], body)).toEqual(['项目', '', '预算数', '决算数']);
  });

  it('keeps a header whose titles stand over their amounts, or whose rows do not all leave the cell after the label empty', () => {
    expect(alignedHeader(['项目', '预算数', '决算数'], [['合计', '5.00', '4.53'], ['公务接待费', '0.50', '0.33']])).toEqual(['项目', '预算数', '决算数']);
    const mixed = [
      ['合计', '', '5.00', '4.53'],
      ['公务接待费', '0.50', '0.33', ''],
    ];
    expect(alignedHeader(['项目', '预算数', '决算数', ''], mixed)).toEqual(['项目', '预算数', '决算数', '']);
  });
});
