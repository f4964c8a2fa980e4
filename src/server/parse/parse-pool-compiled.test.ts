/**
 * The parse pool as `npm install && npm start` runs it: from the JavaScript compiled into dist/. Its worker must be
 * the compiled parse-worker.js (a .ts path there names no file: every worker exited at once and every upload was
 * refused as “文件过大”). Runs where dist/ is built (CI builds it with `npm ci`); the source pool is tested elsewhere.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerEntry } from './parse-pool.ts';

const DIST_POOL = path.resolve(import.meta.dirname, '../../../dist/server/parse/parse-pool.js');
const LIMITS = { workers: 1, queueLength: 2, timeoutMs: 60_000, workerHeapMb: 256, sheetCells: 10_000, docxParagraphs: 10 };

describe('parse pool worker entry', () => {
  it('forks the compiled worker from dist/ and the TypeScript one (through tsx) from the sources', () => {
    const fromDist = workerEntry('file:///app/dist/server/parse/parse-pool.js');
    expect(fromDist).toEqual({ file: '/app/dist/server/parse/parse-worker.js', throughTsx: false });
    expect(workerEntry('file:///app/src/server/parse/parse-pool.ts')).toEqual({ file: '/app/src/server/parse/parse-worker.ts', throughTsx: true });
    expect(existsSync(workerEntry(pathToFileURL(path.resolve(import.meta.dirname, 'parse-pool.ts')).href).file)).toBe(true);
  });

  it.skipIf(!existsSync(DIST_POOL))('reads a CSV ledger in a worker of the compiled pool', { timeout: 60_000 }, async () => {
    const { createParsePool } = (await import(pathToFileURL(DIST_POOL).href)) as typeof import('./parse-pool.ts');
    const pool = createParsePool(LIMITS);
    try {
      const bytes = new TextEncoder().encode(
        ['凭证日期,凭证号,摘要,借方金额,功能分类,经济分类', '2024-05-06,记-1,购买办公用品,320.00,2070104,30201'].join('\n'),
      );
      const read = await pool.run({ kind: 'ledger-file', bytes, source: 'a.csv', fiscalYear: 2024 });
      expect(read).toMatchObject({ format: 'csv', state: { errors: [], entryCount: 1 } });
    } finally {
      await pool.close();
    }
  });
});
