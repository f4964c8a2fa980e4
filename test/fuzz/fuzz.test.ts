/**
 * Quick fuzz (part of `npm test`): a few thousand generated inputs over every target — the money parser and its
 * round trip, the text normaliser and auditor, the CSV and .xlsx readers, the ledger and assets row parsers.
 * No crash (only each function's documented error types) and no input over 1 s of CPU. The reliability run
 * (fuzz.slow.ts) drives the same targets with ≥ 100,000 inputs. And the harness can fail: a crash, a broken
 * property and a slow input are each caught.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyError } from '../../src/core/money.ts';
import { countsFor, type FuzzTarget, runTarget, TARGETS } from './targets.ts';

const QUICK_TOTAL = Number(process.env.JIXIAO_FUZZ_RUNS ?? 3000);

describe('fuzz (quick)', () => {
  const counts = countsFor(QUICK_TOTAL);
  for (const target of TARGETS) {
    it(`${target.name} — ${counts.get(target)} inputs, no crash, none over 1 s`, async () => {
      const outcome = await runTarget(target, counts.get(target) ?? 1);
      expect(outcome.runs, 'every generated input ran').toBe(counts.get(target));
    }, 120_000);
  }

  it(`covers at least ${QUICK_TOTAL} inputs in all`, () => {
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(QUICK_TOTAL - TARGETS.length);
  });
});

describe('the fuzz harness can fail', () => {
  it('catches an undocumented error type (a crash) and reports the input', async () => {
    const crashing: FuzzTarget<string> = {
      name: 'crashes on a quote',
      weight: 1,
      arbitrary: fc.string(),
      allowed: [MoneyError],
      run: (s) => {
        if (s.includes("'")) throw new TypeError('cannot read properties of undefined');
        throw new MoneyError('refused');
      },
    };
    await expect(runTarget(crashing, 2000)).rejects.toThrow(/TypeError|cannot read/);
  });

  it('lets a documented error type through as a refusal', async () => {
    const refusing: FuzzTarget<string> = { name: 'refuses all', weight: 1, arbitrary: fc.string(), allowed: [MoneyError], run: () => { throw new MoneyError('no'); } };
    const outcome = await runTarget(refusing, 50);
    expect(outcome.refused).toBe(50);
  });

  it('catches an input slower than the limit (a quadratic loop on long input)', async () => {
    const slow: FuzzTarget<string> = {
      name: 'quadratic',
      weight: 1,
      arbitrary: fc.string({ minLength: 3000, maxLength: 4000 }),
      allowed: [],
      run: (s) => {
        let x = 0;
        for (let i = 0; i < s.length; i++) for (let j = 0; j < s.length; j++) x += (i ^ j) & 1;
        if (x < 0) throw new Error('unreachable');
      },
    };
    await expect(runTarget(slow, 200, { limitMs: 5, shrink: false }), 'a 5 ms limit catches the O(n²) loop on a long string').rejects.toThrow(/took \d+ ms of CPU/);
  });

  it('catches a broken round-trip property', async () => {
    const lossy: FuzzTarget<number> = {
      name: 'lossy',
      weight: 1,
      arbitrary: fc.integer(),
      allowed: [],
      run: (n) => {
        if (Math.round(n / 1000) * 1000 !== n) throw new Error(`${n} did not survive`);
      },
    };
    await expect(runTarget(lossy, 100)).rejects.toThrow(/did not survive/);
  });
});

describe('known bugs found by the fuzz (reported; flip it.fails to it when fixed)', () => {
  it('FIXED (was a known bug): a quoted cell with a line break, which toCsv writes and Excel exports, reads back as the same row (readCsv, ledger csvRows)', async () => {
    const { readCsv, toCsv } = await import('../../src/reference/spreadsheet.ts');
    const { csvRows } = await import('../../src/ledger/index.ts');
    const rows = [['代码', '名称'], ['301', '工资\n福利']];
    expect(readCsv(toCsv(rows)), 'readCsv reads back what toCsv wrote').toEqual(rows);
    expect(csvRows('日期,摘要\n2024-01-01,"办公\n用品"\n'), 'a multi-line 摘要 stays one row').toEqual([['日期', '摘要'], ['2024-01-01', '办公\n用品']]);
  });
});
