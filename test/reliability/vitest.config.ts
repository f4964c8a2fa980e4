/**
 * `npm run test:reliability`: the slow parts of the reliability, security and fuzz suites (`*.slow.ts`, which
 * `npm test` does not pick up): kill -9 during saves and imports, backup/restore through the CLI, the .xlsx
 * zip bomb, ≥ 100,000 fuzz inputs, and the PDF producer variants (test/audit-eval/pdf-variants.slow.ts: Chromium,
 * LibreOffice and Ghostscript reprints, about a minute of two cores — in the main suite they starved the browser tests).
 * One file at a time: they spawn servers and measure time.
 */
import { defineConfig } from 'vitest/config';

const report = process.env.JIXIAO_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['test/reliability/**/*.slow.ts', 'test/security/**/*.slow.ts', 'test/fuzz/**/*.slow.ts', 'test/audit-eval/**/*.slow.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
    env: { JIXIAO_THOROUGH: '1' },
    reporters: report ? ['default', 'json'] : ['default'],
    outputFile: report ? { json: report } : undefined,
  },
});
