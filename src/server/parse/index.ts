/**
 * Reading uploads off the event loop: `registerParsePool(app)` gives every route `app.parsePool`, closed with
 * the app. Routes call `app.parsePool.run({ kind, … })` where they used to call a reader directly.
 */
import type { FastifyInstance } from 'fastify';
import { createParsePool, type ParsePool } from './parse-pool.ts';
import { loadParseLimits, type ParseLimits } from './parse-limits.ts';

export { ParseLimitError } from './parse-limit-error.ts';
export { unpackLedgerFile } from './parse-jobs.ts';
export { createParsePool, type ParsePool } from './parse-pool.ts';
export { loadParseLimits, type ParseLimits } from './parse-limits.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The workers that read uploaded .xlsx, .docx and .pdf files. */
    parsePool: ParsePool;
  }
}

export function registerParsePool(app: FastifyInstance, limits: ParseLimits = loadParseLimits()): void {
  const pool = createParsePool(limits);
  app.decorate('parsePool', pool);
  app.addHook('onClose', async () => {
    await pool.close();
  });
}
