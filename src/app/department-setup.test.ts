import { describe, expect, it } from 'vitest';
import { fen } from '../core/money.ts';
import { loadDemo } from '../reference/demo.ts';
import { nextYearFrom } from './department-setup.ts';

describe('the next year from this one', () => {
  it('turns this year’s “三公” budget and final into 上年预算数 and 上年决算数, and starts the projects unclassified', () => {
    const dy = loadDemo();
    dy.threePublic.reception.budget = fen(28_000_000);
    dy.projects[0]!.isKey = true;
    dy.projects[1]!.isKey = false;
    dy.workTasks = { planned: 10, completed: 9 };
    const next = nextYearFrom(dy);
    expect(next.threePublic.reception).toEqual({ lastYearBudget: 28_000_000, lastYearFinal: dy.threePublic.reception.final });
    expect(next.projects.slice(0, 2).map((p) => p.isKey)).toEqual([undefined, undefined]);
    // A year's counts are that year's: none is carried.
    expect(next.workTasks).toBeUndefined();
  });
});
