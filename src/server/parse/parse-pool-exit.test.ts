/**
 * How the pool tells a worker's end apart: a worker whose heap ran out is the file's size (413 parse-memory); one
 * that crashed — its code failed to load, an uncaught exception, a non-zero exit — is the server's fault, a
 * ParseWorkerCrash (500) carrying the tail of the worker's stderr for the log. Before, every exit was 「文件过大」
 * and the stderr was thrown away. The workers here are small stand-in entries written for each case.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ParseLimitError } from './parse-limit-error.ts';
import { createParsePool, exitCause, ParseWorkerCrash, STDERR_KEEP } from './parse-pool.ts';

const LIMITS = { workers: 1, queueLength: 4, timeoutMs: 60_000, workerHeapMb: 64, sheetCells: 10_000, docxParagraphs: 10 };
const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-pool-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker entry of the given code, answering the pool's protocol as parse-worker.ts does where it gets that far. */
function entry(name: string, code: string): { file: string; throughTsx: boolean } {
  const file = path.join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return { file, throughTsx: false };
}
const READY = `process.on('disconnect', () => process.exit(0)); process.send({ ready: true });`;
const job = { kind: 'sheet-rows', bytes: new Uint8Array([1, 2, 3]), source: 'a.xlsx' } as const;

async function runOnce(worker: { file: string; throughTsx: boolean }, heapMb = LIMITS.workerHeapMb): Promise<unknown> {
  const pool = createParsePool({ ...LIMITS, workerHeapMb: heapMb }, { worker });
  try {
    return await pool.run(job).then(
      () => new Error('the job should not succeed'),
      (e: unknown) => e,
    );
  } finally {
    await pool.close();
  }
}

describe('parse pool: a worker that ends on its own', () => {
  it('a worker throwing as it starts is a 500 crash carrying its stderr, not 「文件过大」', { timeout: 30_000 }, async () => {
    const err = await runOnce(entry('throws', `throw new Error('parse worker startup broke: no reader configured');`));
    expect(err).toBeInstanceOf(ParseWorkerCrash);
    expect(err).not.toBeInstanceOf(ParseLimitError);
    expect(err).toMatchObject({ statusCode: 500, exitCode: 1, signal: null });
    expect((err as ParseWorkerCrash).stderr).toContain('parse worker startup broke: no reader configured');
  });

  it('a worker missing a module, or exiting with a code mid-job, is a crash too', { timeout: 30_000 }, async () => {
    const missing = await runOnce(entry('missing', `import './no-such-module-here.mjs';\n${READY}`));
    expect(missing).toBeInstanceOf(ParseWorkerCrash);
    expect((missing as ParseWorkerCrash).stderr).toMatch(/ERR_MODULE_NOT_FOUND|Cannot find module/);
    const exits = await runOnce(entry('exits', `process.on('message', () => { console.error('reader state corrupt'); process.exit(3); });\n${READY}`));
    expect(exits).toBeInstanceOf(ParseWorkerCrash);
    expect(exits).toMatchObject({ statusCode: 500, exitCode: 3 });
    expect((exits as ParseWorkerCrash).stderr).toContain('reader state corrupt');
    const uncaught = await runOnce(entry('uncaught', `process.on('message', () => { setTimeout(() => { throw new TypeError('x is undefined in the reader'); }); });\n${READY}`));
    expect(uncaught).toBeInstanceOf(ParseWorkerCrash);
    expect((uncaught as ParseWorkerCrash).stderr).toContain('TypeError: x is undefined in the reader');
  });

  it('keeps only the tail of a long stderr', { timeout: 30_000 }, async () => {
    const err = await runOnce(entry('noisy', `process.stderr.write('x'.repeat(200_000) + '\\n', () => { throw new Error('the real cause, last'); });`));
    expect(err).toBeInstanceOf(ParseWorkerCrash);
    const { stderr } = err as ParseWorkerCrash;
    expect(stderr.length).toBeLessThanOrEqual(STDERR_KEEP);
    expect(stderr).toContain('the real cause, last');
  });

  it('a worker whose heap runs out (an allocation bomb) is still 413 parse-memory', { timeout: 60_000 }, async () => {
    const bomb = entry('bomb', `process.on('message', () => { const a = []; for (;;) a.push(new Array(100_000).fill({ x: 1 })); });\n${READY}`);
    const err = await runOnce(bomb, 32);
    expect(err).toBeInstanceOf(ParseLimitError);
    expect(err).toMatchObject({ kind: 'parse-memory', statusCode: 413 });
  });

  it('the pool goes on after a crash: the next job gets a fresh worker', { timeout: 30_000 }, async () => {
    const flaky = entry(
      'flaky',
      `process.on('message', (m) => { if (m.job.source === 'crash') process.exit(2); process.send({ id: m.id, result: { ok: m.job.source } }); });\n${READY}`,
    );
    const pool = createParsePool(LIMITS, { worker: flaky });
    try {
      const crashed = await pool.run({ ...job, source: 'crash' }).catch((e: unknown) => e);
      expect(crashed).toBeInstanceOf(ParseWorkerCrash);
      expect(await pool.run({ ...job, source: 'fine' })).toEqual({ ok: 'fine' });
    } finally {
      await pool.close();
    }
  });

  it('names the cause from the exit: V8 out-of-memory text or the system killing it is memory, anything else a crash', () => {
    const text = (s: string) => ({ first: () => s, last: () => s.slice(-50) });
    const oom = `\n<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n----- Native stack trace -----\n${' 1: 0x1 node\n'.repeat(20)}`;
    expect(exitCause('SIGABRT', text(oom))).toBe('memory');
    expect(exitCause('SIGKILL', text(''))).toBe('memory');
    expect(exitCause('SIGABRT', text('node: ../src/node.cc:123: Assertion failed'))).toBe('crash');
    expect(exitCause(null, text('Error: Cannot find module'))).toBe('crash');
  });
});
