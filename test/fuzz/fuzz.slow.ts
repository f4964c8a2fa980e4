/**
 * Reliability-run fuzz (`npm run test:reliability`): the targets of targets.ts driven with at least 100,000
 * generated inputs in all, each no crash and none over 1 s of CPU. Prints a table of runs, refusals and the
 * slowest input per target.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { countsFor, type FuzzOutcome, runTarget, TARGETS } from './targets.ts';

const TOTAL = Number(process.env.JIXIAO_FUZZ_TOTAL ?? 110_000);

describe('fuzz (reliability run)', () => {
  const counts = countsFor(TOTAL);
  const outcomes: FuzzOutcome[] = [];
  afterAll(() => {
    const lines = outcomes.map((o) => `${String(o.runs).padStart(7)}  ${String(o.refused).padStart(7)}  ${o.maxMs.toFixed(1).padStart(8)} ms  ${o.name}`);
    console.log(`  inputs  refused   slowest  target\n${lines.join('\n')}\n${String(outcomes.reduce((s, o) => s + o.runs, 0)).padStart(7)}  in all`);
  });

  for (const target of TARGETS) {
    it(`${target.name} — ${counts.get(target)} inputs`, async () => {
      const outcome = await runTarget(target, counts.get(target) ?? 1);
      outcomes.push(outcome);
      expect(outcome.runs, 'every generated input ran').toBe(counts.get(target));
    }, 900_000);
  }

  it('ran at least 100,000 inputs in all', () => {
    expect(outcomes.reduce((s, o) => s + o.runs, 0), 'the issue asks for ≥ 100,000 generated inputs').toBeGreaterThanOrEqual(100_000);
  });
});
