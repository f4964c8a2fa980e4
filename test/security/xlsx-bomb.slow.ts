/**
 * An .xlsx zip bomb against the spreadsheet reader behind every import (code tables, ledgers, assets), in a
 * child process with a capped heap so the machine is safe: a 0.2 MB file whose sheet inflates to 100 MB.
 * The .docx reader refuses such a file in about a second (test/security/uploads.ts); this one has no inflate
 * limit, so the test records what it costs and requires only that the process survives with a clean outcome
 * — the cost is reported as a bug (an upload of 1–2 MB would expand to gigabytes).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, killAllChildren, newTarget, spawnScript } from '../reliability/support.ts';
import { xlsxBomb } from './archives.ts';

const work = mkdtempSync(path.join(tmpdir(), 'jixiao-xlsx-bomb-'));
afterAll(() => {
  killAllChildren();
  rmSync(work, { recursive: true, force: true });
});

describe('.xlsx zip bomb', () => {
  it('a 0.2 MB .xlsx inflating to 100 MB: the reader survives with a clean outcome (its time and memory are printed)', async () => {
    const bomb = await xlsxBomb(100_000_000);
    expect(bomb.length, 'small on the wire').toBeLessThan(400_000);
    const file = path.join(work, 'bomb.xlsx');
    writeFileSync(file, bomb);
    const target = await newTarget('pglite');
    try {
      const child = spawnScript('read-xlsx.ts', [file], { ...childEnv(target), NODE_OPTIONS: '--max-old-space-size=1024' });
      const line = await child.waitFor(/^\{/, 300_000);
      const result = JSON.parse(line) as { outcome: string; ms: number; peakRssMb: number };
      console.log(`.xlsx bomb (${Math.round(bomb.length / 1024)} KB → 100 MB): ${result.outcome.slice(0, 80)} in ${result.ms} ms, peak RSS ${result.peakRssMb} MB`);
      expect(result.outcome, 'rows or a clean refusal, not a crash').toMatch(/^(read|refused)/);
      expect(await child.finished(), 'the process ended normally').toBe(0);
    } finally {
      await target.dispose();
    }
  }, 600_000);
});
