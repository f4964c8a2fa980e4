import { describe, expect, it } from 'vitest';
import { alignedHeader, phaseOfHeader } from './table-model.ts';

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

describe('phaseOfHeader', () => {
  it('reads the phase a column header names, and none where it names two (决算数年初预算合计: a wrapped title read into its neighbours)', () => {
    expect(['年初预算数', '全年预算数', '调整预算数', '决算数合计', '年初预算支出数'].map(phaseOfHeader)).toEqual(['initialBudget', 'adjustedBudget', 'adjustedBudget', 'final', 'initialBudget']);
    expect(['决算数年初预算合计', '年初预算决算数基本支出', '决算数占年初预算%', '决算数年初合计'].map(phaseOfHeader)).toEqual([null, null, null, null]);
    // Another year's amounts (上年决算数 beside 本年决算数): no phase of the report's year.
    expect(['上年决算数', '上年决算数合计', '本年决算数小计'].map(phaseOfHeader)).toEqual([null, null, 'final']);
    // Balances carried between years (年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余): no budget, whatever 年初 says.
    expect(['年初结转和结余', '年初结转结余', '年末结转和结余', '本年支出小计'].map(phaseOfHeader)).toEqual([null, null, null, null]);
  });
});
