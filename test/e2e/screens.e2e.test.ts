/**
 * The screens beyond the review cycle, in a real Chromium: exact money entry (checked through the API), the
 * phone layout, fixed assets (import, stocktake from the phone page and the desktop, reconciliation), the
 * ledger (import, findings), and departments and years (a reviewer creates a department and its next year).
 * Every screenshot's rendered text is checked for internal names (see ui-text.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, E2E_PASSWORD, type Harness, screenshot, startHarness } from './harness.ts';

const ID = '431222.yuanling-commerce';
const YEAR_URL = `/api/departments/${ID}/years/2024`;
const available = chromiumAvailable();

describe.skipIf(!available)('screens (Chromium)', () => {
  let h: Harness;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await h?.close();
  });

  const newPage = async (viewport = { width: 1440, height: 900 }): Promise<Page> => {
    const context = await h.browser.newContext({ viewport, locale: 'zh-CN', isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  };
  const signIn = async (username: string, viewport?: { width: number; height: number }): Promise<Page> => {
    const page = await newPage(viewport);
    await page.goto(`${h.baseUrl}/#/home`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByTestId('current-user').waitFor();
    return page;
  };
  const openEditor = async (page: Page, tab: string) => {
    const url = `${h.baseUrl}/#/editor/${ID}/2024/${tab}`;
    if (page.url() === url) await page.reload();
    else await page.goto(url);
    await page.getByTestId('editor-title').waitFor();
  };
  const stored = async (page: Page): Promise<{ data: Record<string, unknown>; version: number }> => {
    const r = await page.request.get(`${h.baseUrl}${YEAR_URL}`);
    expect(r.status()).toBe(200);
    return (await r.json()) as { data: Record<string, unknown>; version: number };
  };
  const amountAt = (data: Record<string, unknown>, ...path: string[]): unknown => path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data);
  const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000 });

  it('stores 0.0028 and 1234.5678 万元 exactly, and visiting a field changes nothing', { timeout: 180_000 }, async () => {
    const officer = await signIn('demo-officer');
    const before = await stored(officer);
    // the demo's 三公 total budget is 28元 = 0.0028万元: more precise than the 2 decimals shown
    expect(amountAt(before.data, 'threePublic', 'total', 'budget')).toBe(2800);
    await openEditor(officer, 'threePublic');
    const field = (p: string) => officer.locator(`input[data-path="${p}"]`);

    // Visit every amount field of the tab (focus, leave) without typing: nothing is written
    const count = await officer.locator('input[data-path]').count();
    for (let i = 0; i < count; i++) {
      await officer.locator('input[data-path]').nth(i).focus();
      await officer.locator('input[data-path]').nth(i).blur();
    }
    expect(await officer.getByText('有未保存的修改').count(), 'visiting fields must not mark the year changed').toBe(0);
    // While editing, the stored value is shown exactly
    await field('threePublic.total.budget').focus();
    expect(await field('threePublic.total.budget').inputValue()).toBe('0.0028');
    await field('threePublic.total.budget').blur();
    expect(await field('threePublic.total.budget').inputValue()).toBe('0.00');

    // Type the exact values: 0.0028 into an empty field and 1234.5678 into another
    await field('threePublic.vehicles.lastYearFinal').fill('0.0028');
    await field('threePublic.vehicles.lastYearFinal').press('Tab');
    await field('procurement.budget').fill('1234.5678');
    await field('procurement.budget').press('Tab');
    // Finer than 分: refused beside the field, nothing written
    await field('procurement.actual').fill('0.0000001');
    await field('procurement.actual').press('Tab');
    await poll(() => officer.getByTestId('amount-error-procurement.actual').textContent()).toContain('精度超过了分');
    await screenshot(officer, '20-money-precision-refused');
    await field('procurement.actual').fill('');
    await field('procurement.actual').press('Tab');
    await officer.getByTestId('save').click();
    await officer.getByText('已保存').waitFor();

    const after = await stored(officer);
    expect(amountAt(after.data, 'threePublic', 'vehicles', 'lastYearFinal')).toBe(2800);
    expect(amountAt(after.data, 'procurement', 'budget')).toBe(12_345_678_00);
    expect(amountAt(after.data, 'procurement', 'actual')).toBeUndefined();
    expect(amountAt(after.data, 'threePublic', 'total', 'budget'), 'a visited field keeps its value').toBe(2800);
    // everything else is as it was
    const strip = (d: Record<string, unknown>) => {
      const copy = structuredClone(d) as Record<string, Record<string, Record<string, unknown>>>;
      delete copy.threePublic!.vehicles!.lastYearFinal;
      delete copy.procurement!.budget;
      return copy;
    };
    expect(strip(after.data)).toEqual(strip(before.data));

    // The display precision is a setting only: shown with 4 decimals, nothing stored changes
    await openEditor(officer, 'threePublic');
    await officer.getByTestId('amount-decimals').click();
    await officer.locator('.ant-select-dropdown').getByText('4 位小数').click();
    await poll(() => field('procurement.budget').inputValue()).toBe('1,234.5678');
    expect((await stored(officer)).version).toBe(after.version);
  });
});
