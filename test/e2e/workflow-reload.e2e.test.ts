/**
 * 报送 on a year changed meanwhile is refused (409) and the year is loaded again. While that reload is on its way
 * (slowed here: its GETs held back), the workflow actions must not offer a pop-up that the arriving data would
 * replace: they wait, disabled, with 正在载入最新数据; once loaded, a pop-up opened stays open and its 确定 sends.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, type Harness, signIn, startHarness } from './harness.ts';

const ID = '431222.yuanling-commerce';
const available = chromiumAvailable();

describe.skipIf(!available)('workflow actions while the year reloads after a 409 (Chromium)', () => {
  let h: Harness;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await h?.close();
  });

  it('holds 报送 disabled while the latest data loads, and keeps its pop-up open afterwards', { timeout: 180_000 }, async () => {
    const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    const page: Page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await signIn(page, h.baseUrl, 'demo-officer');
    await page.goto(`${h.baseUrl}/#/editor/${ID}/2024/review`);
    await page.getByTestId('status-tag').waitFor();
    const button = page.getByRole('button', { name: '报送', exact: true });
    await expect.poll(() => button.isEnabled(), { timeout: 30_000 }).toBe(true);

    // another window changes the year: this screen's version is stale
    const yearUrl = `${h.baseUrl}/api/departments/${ID}/years/2024`;
    const { csrfToken } = (await (await page.request.get(`${h.baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
    const staffing = (await (await page.request.get(`${yearUrl}/parts/staffing`)).json()) as { version: number; staffing: { retirees?: number } };
    const other = await page.request.put(`${yearUrl}/parts/staffing`, {
      data: { ...staffing.staffing, retirees: (staffing.staffing.retirees ?? 0) + 1 },
      headers: { 'x-csrf-token': csrfToken, 'if-match': `"${staffing.version}"` },
    });
    expect(other.status()).toBe(200);
    const { version: latest } = (await other.json()) as { version: number };

    // the reload after the 409 is slow (a loaded machine): its GETs are held back 3 s
    const reload = /\/api\/departments\/[^/]+\/years\/2024(\/workflow|\/validation)?$/;
    let held = 0;
    await page.route(
      (url) => reload.test(url.pathname),
      async (route: Route) => {
        if (route.request().method() !== 'GET') return route.continue();
        held++;
        await new Promise((r) => setTimeout(r, 3000));
        await route.continue().catch(() => {});
      },
    );
    const confirm = page.locator('.ant-popconfirm:not(.ant-popover-hidden)').getByRole('button', { name: '确定' });
    const stale = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/workflow'));
    await button.click();
    await confirm.click();
    expect((await stale).status()).toBe(409);
    // the latest data is on its way: 报送 waits for it, and says so
    await page.getByTestId('workflow-reloading').waitFor({ timeout: 2000 });
    expect(await page.getByTestId('workflow-reloading').textContent()).toContain('正在载入最新数据');
    expect(await button.isDisabled()).toBe(true);
    await expect.poll(() => page.getByTestId('editor-version').textContent(), { timeout: 30_000 }).toBe(`版本 ${latest}`);
    expect(held).toBeGreaterThanOrEqual(3);
    await page.getByTestId('workflow-reloading').waitFor({ state: 'detached' });
    expect(await button.isEnabled()).toBe(true);
    await page.unroute((url) => reload.test(url.pathname));

    // acting again on what is now shown: the pop-up stays open until 确定, which sends
    const submitted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/workflow'));
    await button.click();
    await confirm.waitFor();
    await page.waitForTimeout(1000);
    expect(await confirm.isVisible(), 'the pop-up is still open a second later').toBe(true);
    await confirm.click();
    expect((await submitted).status()).toBe(200);
    await expect.poll(() => page.getByTestId('status-tag').textContent(), { timeout: 30_000 }).toBe('已报送');
  });
});
