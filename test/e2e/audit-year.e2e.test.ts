/**
 * The 体检 page's “年度” field in real Chromium: a report whose year cannot be told is checked, and the note says to
 * give the year in that field (not the command line's --fiscal-year); the year typed there is sent as fiscalYear and
 * the report is checked against it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, type Harness, screenshot, signIn, startHarness } from './harness.ts';

/** The server's limit for a parse, plus the worker's start on first use (as workflow.e2e.test.ts). */
const PARSE_WAIT_MS =
  (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../src/server/parse/parse-limits.json'), 'utf8')) as { timeoutMs: number }).timeoutMs + 30_000;
/** No year in the title or the sentences; its one dated result (2024年3月) is late for a 2023 report. */
const NO_YEAR = readFileSync(path.resolve(import.meta.dirname, '../fixtures/no-year-report.txt'), 'utf8');

describe.skipIf(!chromiumAvailable())('体检 page: the report’s fiscal year (Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  /** The server's answer to the next 体检 upload. */
  const auditAnswer = (page: Page) =>
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/audit', { timeout: PARSE_WAIT_MS });

  it('tells to fill the 年度 field when the year is unknown, and checks against the year filled in', { timeout: 240_000 }, async () => {
    const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await signIn(page, h.baseUrl, 'demo-officer');
      await page.goto(`${h.baseUrl}/#/check`);
      const field = page.getByLabel('年度', { exact: true });
      await field.waitFor();

      // Empty field: the year is read from the text, none is found, and the note names the field.
      const first = auditAnswer(page);
      await page.locator('input[type=file]').setInputFiles({ name: '水利局自评报告.txt', mimeType: 'text/plain', buffer: Buffer.from(NO_YEAR, 'utf8') });
      const unknown = await first;
      expect(unknown.status()).toBe(200);
      expect(new URL(unknown.url()).searchParams.has('fiscalYear')).toBe(false);
      const result = page.frameLocator('[data-testid="audit-result"]');
      await expect.poll(() => result.locator('body').textContent(), { timeout: 30_000 }).toContain('可在“年度”栏中指定');
      const before = (await result.locator('body').textContent()) ?? '';
      expect(before).not.toMatch(/--[a-z]|jixiao /u);
      expect(before).not.toContain('2023年度报告');

      // 2023 typed in the field, the same file checked again: sent as fiscalYear, and the late result told against 2023.
      await field.fill('2023');
      await field.blur();
      const second = auditAnswer(page);
      await page.getByTestId('audit-rerun').click();
      const given = await second;
      expect(given.status()).toBe(200);
      expect(new URL(given.url()).searchParams.get('fiscalYear')).toBe('2023');
      await expect.poll(() => result.locator('body').textContent(), { timeout: 30_000 }).toContain('2023年度报告的绩效情况中出现2024年3月的事项');
      const after = (await result.locator('body').textContent()) ?? '';
      expect(after).not.toContain('未能从报告中确定年度');
      expect(after).not.toMatch(/(^|\s)outline：/u);
      // The outline note names the kind of document (部门整体支出绩效自评报告), not the template's id.
      expect(after).not.toContain('department-overall-self-evaluation');
      await screenshot(page, 'audit-fiscal-year', { fullPage: true });
    } finally {
      await context.close();
    }
  });
});
