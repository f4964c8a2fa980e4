import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyValueRule,
  DEFAULT_DEPARTMENT_TEMPLATE,
  evaluateDepartmentYear,
  isValueRule,
} from './index.ts';
import { departmentYear } from './test-support.ts';

const valueRules = DEFAULT_DEPARTMENT_TEMPLATE.blocks.flatMap((b) => b.items).filter((i) => isValueRule(i.rule));

describe('scoring invariants', () => {
  it('every value rule of the county template scores within [0, weight] for any rate', () => {
    fc.assert(
      fc.property(fc.constantFrom(...valueRules), fc.double({ min: -500, max: 1000, noNaN: true }), (item, value) => {
        if (!isValueRule(item.rule)) return;
        const { score } = applyValueRule(item.rule, value, item.weight);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(item.weight + 1e-9);
      }),
    );
  });

  it('verified total ≤ upper bound ≤ 100, and the full marks add up to 100, whatever the budget figures', () => {
    const fen = fc.integer({ min: 0, max: 10_000_000_000 });
    fc.assert(
      fc.property(fen, fen, fen, fen, fen, (initial, adjusted, final, budget3, final3) => {
        const dy = departmentYear({
          expenditure: { total: { initialBudget: initial, adjustedBudget: adjusted, final }, byNature: { basic: { amounts: {} }, project: { amounts: {} } } },
          threePublic: { total: { budget: budget3, final: final3 } },
        });
        const ev = evaluateDepartmentYear(dy, DEFAULT_DEPARTMENT_TEMPLATE);
        expect(ev.total).toBeLessThanOrEqual(ev.upperBound + 1e-9);
        expect(ev.upperBound).toBeLessThanOrEqual(100 + 1e-9);
        expect(ev.indicators.reduce((s, i) => s + i.maxScore, 0)).toBeCloseTo(100, 9);
        for (const i of ev.indicators) if (i.score !== null) expect(i.score).toBeLessThanOrEqual(i.maxScore + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
