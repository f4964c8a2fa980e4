/**
 * 自评表 in a real browser: the officer scores every indicator of the scoring template (自评得分, 偏差原因), saves,
 * sees the scores kept after a reload, and downloads a final report that states them — the department's score
 * and grade in 六(一), each row in the attached 自评表. The year is the corrected demo with what only the officer
 * can supply filled in (asset figures, project goals and indicators), except the scores the test enters.
 * Screenshots go to test/e2e/screenshots/, their text checked for internal names.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENT_TEMPLATE, gradeFor } from '../../src/evaluation/index.ts';
import { completeDemo } from '../../src/report/test-support.ts';
import { saveDepartmentYear } from '../../src/store/index.ts';
import { chromiumAvailable, type Harness, screenshot, signIn, startHarness } from './harness.ts';

const ID = '431222.yuanling-commerce';
const REASON = '年中追加预算较多，调整幅度大，扣1分';
const available = chromiumAvailable();
if (!available) console.warn('未找到 /usr/bin/chromium，跳过端到端测试 / /usr/bin/chromium absent: e2e tests skipped');

interface Row {
  id: string;
  weight: number;
  computed: number | null;
}

describe.skipIf(!available)('自评表: the officer’s scores, kept and reported (Chromium)', () => {
  let h: Harness;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    h = await startHarness();
    const dy = completeDemo();
    // The scores are what the test enters through the page.
    delete dy.selfAssessment.indicators;
    delete dy.selfAssessment.score;
    delete dy.selfAssessment.grade;
    await saveDepartmentYear(h.store.db, dy);
  }, 180_000);
  afterAll(async () => {
    await context?.close().catch(() => {});
    await h?.close();
  });

  // checked like every other screenshot: no internal name in the page or the report preview's frame
  const shot = (page: Page, name: string, fullPage = false) => screenshot(page, name, { fullPage });
  const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000 });

  it('scores every indicator, keeps the scores after a reload, and a final report states them', { timeout: 240_000 }, async () => {
    context = await h.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await signIn(page, h.baseUrl, 'demo-officer');

    // Before scoring, the final report is refused and names what to fill.
    const refused = await page.request.get(`${h.baseUrl}/api/departments/${ID}/years/2024/report.html`);
    expect(refused.status()).toBe(409);
    expect(JSON.stringify(await refused.json())).toContain('selfAssessment.indicators');

    await page.goto(`${h.baseUrl}/#/editor/${ID}/2024/self-evaluation`);
    const card = page.getByTestId('self-evaluation-department');
    await card.waitFor();
    const body = (await page.evaluate(async (url) => (await fetch(url)).json(), `/api/departments/${ID}/years/2024/evaluation`)) as {
      scoreSheet: { department: { rows: Row[] } };
    };
    const rows = body.scoreSheet.department.rows;
    expect(rows.length).toBeGreaterThan(20);
    // The officer's scores: the computed score where the data gives one, full marks elsewhere, and 2 of 3 for 预算调整率.
    const scoreOf = (r: Row) => (r.id === 'budget_adjustment_rate' ? r.weight - 1 : (r.computed ?? r.weight));
    for (const r of rows) {
      const input = page.getByTestId(`score-${r.id}`).locator('xpath=descendant-or-self::input');
      await input.fill(String(scoreOf(r)));
      await input.press('Tab');
    }
    await page.getByTestId('deviation-budget_adjustment_rate').fill(REASON);
    const expected = Math.round(rows.reduce((t, r) => t + scoreOf(r), 0) * 100) / 100;
    await poll(() => page.getByTestId('sum-of-claims').textContent()).toContain(`合计 ${expected} 分`);
    const save = page.getByTestId('save-scores');
    await poll(() => save.isDisabled()).toBe(false);
    await save.click();
    await page.getByText('自评得分已保存').waitFor();
    await poll(() => page.getByTestId('department-score').textContent()).toContain(`自评得分 ${expected} / 100`);
    await shot(page, '10-self-evaluation-scored');

    // kept after a reload, and in the audit trail
    await page.reload();
    await page.getByTestId('self-evaluation-department').waitFor();
    const adj = page.getByTestId('score-budget_adjustment_rate').locator('xpath=descendant-or-self::input');
    await poll(async () => Number(await adj.inputValue())).toBe(2);
    expect(await page.getByTestId('deviation-budget_adjustment_rate').inputValue()).toBe(REASON);
    expect(await page.getByTestId('department-score').textContent()).toContain(`自评得分 ${expected} / 100`);
    const audit = await page.evaluate(async (url) => (await fetch(url)).json(), `/api/departments/${ID}/years/2024/audit-trail`);
    expect(JSON.stringify(audit)).toContain('selfAssessment.indicators');

    // A final report (not a draft) now: it states the score, the grade and the officer's reason.
    const grade = gradeFor(expected, DEFAULT_DEPARTMENT_TEMPLATE.grades);
    const html = await page.request.get(`${h.baseUrl}/api/departments/${ID}/years/2024/report.html`);
    expect(html.status(), (await html.text()).slice(0, 300)).toBe(200);
    const markup = await html.text();
    expect(markup).not.toContain('class="watermark"');
    const text = markup.replace(/<[^>]+>/g, '');
    expect(text).toContain(`自评得分为${expected}分（满分100分），评价等级为“${grade}”`);
    expect(text).toContain(REASON);
    expect(text).not.toMatch(/待填写|待定/);
    const docx = await page.request.get(`${h.baseUrl}/api/departments/${ID}/years/2024/report.docx`);
    expect(docx.status()).toBe(200);
    expect((await docx.body()).subarray(0, 2).toString()).toBe('PK');

    await page.getByTestId('preview-report').click();
    const frame = page.frameLocator('[data-testid="report-preview"]');
    await poll(async () => (await frame.locator('body').textContent()) ?? '').toContain(`自评得分为${expected}分`);
    await page.getByTestId('report-preview').scrollIntoViewIfNeeded();
    await shot(page, '11-report-preview');
  });
});
