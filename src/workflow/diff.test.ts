import { describe, expect, it } from 'vitest';
import { diffRecords } from './diff.ts';

describe('diff of two department-years', () => {
  it('names each changed leaf by its path with old and new values', () => {
    const before = { staffing: { inPost: 30, retirees: 40 }, revenue: { bySource: [{ name: '财政拨款', amounts: { final: 100 } }] } };
    const after = { staffing: { inPost: 31, retirees: 40 }, revenue: { bySource: [{ name: '财政拨款', amounts: { final: 120 } }] } };
    expect(diffRecords(before, after)).toEqual([
      { path: 'staffing.inPost', old: 30, new: 31 },
      { path: 'revenue.bySource[0].amounts.final', old: 100, new: 120 },
    ]);
  });

  it('reports an added or removed element whole, and a field that appears or disappears', () => {
    const before = { projects: [{ name: 'A' }], procurement: { budget: 5 } };
    const after = { projects: [{ name: 'A' }, { name: 'B' }], procurement: {} };
    expect(diffRecords(before, after)).toEqual([
      { path: 'projects[1]', old: null, new: { name: 'B' } },
      { path: 'procurement.budget', old: 5, new: null },
    ]);
  });

  it('finds nothing between equal records, and treats a missing empty list as equal to []', () => {
    expect(diffRecords({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toEqual([]);
    expect(diffRecords({ a: 1, list: [] }, { a: 1 })).toEqual([]);
  });
});
