/**
 * The screens beyond the review cycle, in a real Chromium: exact money entry (checked through the API), the
 * phone layout, fixed assets (import, stocktake from the phone page and the desktop, reconciliation), the
 * ledger (import, findings), and departments and years (a reviewer creates a department and its next year).
 * Every screenshot's rendered text is checked for internal names (see ui-text.ts).
 */
import { get as httpGet } from 'node:http';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, E2E_PASSWORD, type Harness, screenshot, settled, startHarness, trackApiRequests } from './harness.ts';

const ID = '431222.yuanling-commerce';
const PHONE = { width: 390, height: 844 };
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const LEDGER_CSV = [
  '沅陵县商务局2024年支出明细账',
  '日期,凭证号,摘要,借方金额(元),功能科目,经济科目,项目名称',
  '2024-01-05,记-1-1,购买办公用品,"1,200.00",2010601,30201,',
  '2024-02-06,记-2-3,电商培训讲师课酬,800,2013802,30216,电子商务进农村综合示范项目',
  '2024-03-09,记-3-2,局机关食堂伙食费,"3,500.00",2013802,30216,电子商务进农村综合示范项目',
  '2024-04-12,记-4-7,公务接待餐费,640,2010601,30217,',
  // A hand-keyed line with its function class written as names only (resolved to 2010601 by the code table).
  '2024-05-10,记-5-1,邮寄费,120,一般公共服务支出-财政事务-行政运行,30207,',
].join('\n');
const YEAR_URL = `/api/departments/${ID}/years/2024`;
const available = chromiumAvailable();

/** A GET that counts the bytes as sent (no decompression). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; encoding: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, encoding: String(res.headers['content-encoding'] ?? ''), bytes }));
    }).on('error', reject);
  });
}

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
    trackApiRequests(page);
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

  it('fits a 390 px phone: menu in a drawer, one-line user name, home and editor readable', { timeout: 180_000 }, async () => {
    const phone = await signIn('demo-officer', PHONE);
    await phone.getByTestId('home-status').waitFor();
    await screenshot(phone, '30-phone-home');
    const name = phone.getByTestId('current-user');
    expect(await name.evaluate((el) => el.getClientRects().length), 'the user name stays on one line').toBe(1);
    const overflow = await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow, 'no sideways scrolling on the home page').toBeLessThanOrEqual(0);
    await phone.getByTestId('menu-button').click();
    await phone.locator('.ant-drawer').getByText('固定资产').waitFor();
    await screenshot(phone, '31-phone-menu');
    await phone.locator('.ant-drawer').getByText('首页').click();
    await openEditor(phone, 'threePublic');
    await screenshot(phone, '32-phone-editor');
  });

  it('lets an officer import an asset register and run a stocktake from the phone page and the desktop to its reconciliation', { timeout: 240_000 }, async () => {
    const officer = await signIn('demo-officer');
    await officer.goto(`${h.baseUrl}/#/assets/${ID}/import`);
    // a bad register: every bad cell named, nothing written
    await officer.locator('input[type=file]').setInputFiles(path.join(FIXTURES, 'assets/ledger-bad.csv'));
    // the preview (nothing written) already names every bad cell, and the import is not offered
    await officer.getByTestId('asset-import-errors').waitFor();
    expect(await officer.getByTestId('asset-import').isDisabled()).toBe(true);
    const errorsText = (await officer.getByTestId('asset-import-errors').textContent()) ?? '';
    expect(errorsText).toMatch(/分类代码/);
    await screenshot(officer, '40-assets-import-errors');
    // the good one
    await officer.locator('input[type=file]').setInputFiles(path.join(FIXTURES, 'assets/ledger-small.csv'));
    await poll(() => officer.getByTestId('asset-preview').textContent()).toContain('台式计算机');
    await screenshot(officer, '39-assets-import-preview');
    await officer.getByTestId('asset-import').click();
    await poll(() => officer.getByTestId('asset-import-done').textContent()).toContain('已导入');
    const imported = await officer.request.get(`${h.baseUrl}/api/departments/${ID}/assets`);
    const assets = ((await imported.json()) as { items: { assetNumber: string; location: string }[] }).items;
    expect(assets.length).toBeGreaterThan(3);
    await officer.goto(`${h.baseUrl}/#/assets/${ID}/register`);
    await poll(() => officer.getByTestId('register-count').textContent()).toContain(`共 ${assets.length} 项`);
    await officer.getByTestId('asset-search').locator('input').fill('计算机');
    await poll(() => officer.getByTestId('register-count').textContent()).not.toContain(`共 ${assets.length} 项`);
    await screenshot(officer, '41-assets-register');

    // open a stocktake on the desktop
    await officer.goto(`${h.baseUrl}/#/assets/${ID}/stocktake`);
    await officer.getByTestId('open-stocktake').click();
    await officer.getByTestId('stocktake-view').waitFor();
    const link = await officer.getByTestId('phone-link').getAttribute('href');
    expect(link).toMatch(/\/stocktake\//);
    await screenshot(officer, '42-stocktake-open');

    // a counter confirms all but one asset on the phone page (390 px)
    const phone = await signIn('demo-officer', PHONE);
    await phone.goto(link!);
    for (const [i, a] of assets.slice(0, -1).entries()) {
      await phone.locator('#assetNumber').fill(a.assetNumber);
      await phone.locator('#seenLocation').fill(a.location);
      await phone.getByRole('button', { name: '确认', exact: true }).click();
      await poll(() => phone.locator('#done').textContent()).toBe(String(i + 1));
    }
    const phoneOverflow = await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(phoneOverflow, 'the phone stocktake page fits 390 px').toBeLessThanOrEqual(0);
    await screenshot(phone, '43-phone-stocktake');

    // the desktop list updates live, then the approver closes it and reads the reconciliation
    await poll(() => officer.getByTestId('stocktake-view').textContent()).toContain(`已盘到${assets.length - 1}`);
    await screenshot(officer, '44-stocktake-live');
    // four eyes: the opener may not close it; the department's supervisor closes it (an admin writes no
    // department data: the admin creates the supervisor's account, the supervisor acts under that role)
    expect(await officer.getByTestId('close-stocktake').isDisabled()).toBe(true);
    const admin = await signIn('admin');
    const { csrfToken } = (await (await admin.request.get(`${h.baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
    const account = await admin.request.post(`${h.baseUrl}/api/users`, {
      data: { username: 'demo-supervisor', displayName: '主管部门审核员', role: 'supervisor', regionCode: '431222', departmentCode: 'yuanling-commerce', password: E2E_PASSWORD },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(account.status(), await account.text()).toBe(201);
    const approver = await signIn('demo-supervisor');
    await approver.goto(`${h.baseUrl}/#/assets/${ID}/stocktake`);
    await approver.getByTestId('close-stocktake').click();
    await approver.locator('.ant-popconfirm').getByRole('button', { name: '结束' }).click();
    await approver.getByTestId('reconciliation').waitFor();
    await officer.reload();
    await officer.getByTestId('reconciliation').waitFor();
    const rec = (await officer.getByTestId('reconciliation').textContent()) ?? '';
    expect(rec).toContain('盘亏');
    expect(rec).toContain(assets.at(-1)!.assetNumber);
    await screenshot(officer, '45-stocktake-reconciliation', { fullPage: true });

    // the editor's fixed-asset totals come from the register
    const indicators = (await (await officer.request.get(`${h.baseUrl}/api/departments/${ID}/assets/indicators?year=2024`)).json()) as {
      utilisation: { totalOriginalValue: number; inUseOriginalValue: number };
    };
    expect(indicators.utilisation.totalOriginalValue).toBeGreaterThan(0);
    await openEditor(officer, 'threePublic');
    await officer.getByTestId('fill-fixed-assets').click();
    await officer.getByTestId('save').click();
    await officer.getByText('已保存').waitFor();
    const saved = await stored(officer);
    expect(amountAt(saved.data, 'fixedAssets', 'totalOriginalValue')).toBe(indicators.utilisation.totalOriginalValue);
    expect(amountAt(saved.data, 'fixedAssets', 'inUseOriginalValue')).toBe(indicators.utilisation.inUseOriginalValue);
  });

  it('lets an officer import a ledger with a column preview and read its findings', { timeout: 180_000 }, async () => {
    const officer = await signIn('demo-officer');
    await officer.goto(`${h.baseUrl}/#/ledger/${ID}/2024`);
    await officer.locator('input[type=file]').setInputFiles({ name: '明细账.csv', mimeType: 'text/csv', buffer: Buffer.from(LEDGER_CSV) });
    await officer.getByTestId('ledger-preview').waitFor();
    expect(await officer.getByTestId('ledger-preview').textContent()).toContain('电商培训讲师课酬');
    await screenshot(officer, '50-ledger-preview');
    await officer.getByTestId('ledger-import').click();
    // The import's notes reach the officer: the title row skipped, the name-only function class resolved.
    await officer.getByText(/已导入 5 条会计明细（.*功能分类 1 行只写了科目名称/).waitFor();
    await officer.getByTestId('ledger-flagged').waitFor();
    await poll(() => officer.getByTestId('ledger-flagged').textContent()).toContain('食堂');
    await screenshot(officer, '51-ledger-findings', { fullPage: true });
  });

  it('lets a reviewer create a department and start its next year', { timeout: 180_000 }, async () => {
    const reviewer = await signIn('demo-reviewer');
    await reviewer.goto(`${h.baseUrl}/#/departments`);
    await reviewer.getByTestId('new-department-name').fill('沅陵县统计局');
    await reviewer.getByTestId('create-department').click();
    await reviewer.getByTestId('departments-table').getByText('沅陵县统计局').waitFor();
    await reviewer.getByTestId('next-year-沅陵县统计局').click();
    await reviewer.locator('.ant-popconfirm').getByRole('button', { name: '开始' }).click();
    const year = new Date().getFullYear();
    await poll(() => reviewer.getByTestId('departments-table').textContent()).toContain(`${year + 1}年`);
    await screenshot(reviewer, '60-departments');
    const list = (await (await reviewer.request.get(`${h.baseUrl}/api/department-years`)).json()) as { items: { departmentName: string; fiscalYear: number }[] };
    const years = list.items.filter((i) => i.departmentName === '沅陵县统计局').map((i) => i.fiscalYear).sort();
    expect(years).toEqual([year, year + 1]);
  });

  it('lets an admin disable and enable an account, with departments shown by name', { timeout: 120_000 }, async () => {
    const admin = await signIn('admin');
    await admin.goto(`${h.baseUrl}/#/users`);
    const table = admin.getByTestId('users-table');
    await table.getByText('demo-reviewer').waitFor();
    await poll(() => table.textContent()).toContain('沅陵县商务局');
    await admin.getByTestId('toggle-user-demo-reviewer').click();
    await poll(() => table.locator('tr', { hasText: 'demo-reviewer' }).textContent()).toContain('已停用');
    await screenshot(admin, '70-accounts');
    await admin.getByTestId('toggle-user-demo-reviewer').click();
    await poll(() => table.locator('tr', { hasText: 'demo-reviewer' }).textContent()).toContain('正常');
    await admin.getByTestId('edit-user-demo-officer').click();
    await admin.locator('.ant-modal').getByText('单位', { exact: true }).waitFor();
    await screenshot(admin, '71-account-edit');
  });

  it('shows a server error or a lost connection as such, not as the sign-in screen', { timeout: 60_000 }, async () => {
    const page = await newPage();
    await page.route('**/api/auth/me', (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal","message":"Internal Server Error"}' }));
    await page.goto(`${h.baseUrl}/#/home`);
    await page.getByText('暂时无法连接服务器').waitFor();
    expect(await page.locator('#password').count(), 'no sign-in form for a server error').toBe(0);
    await screenshot(page, '80-server-error');
    await page.unroute('**/api/auth/me');
    await page.route('**/api/auth/me', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.getByText('无法连接服务器，请检查网络后重试').waitFor();
    expect(await page.locator('#password').count()).toBe(0);
  });

  it('gives a reviewer a read-only view of the year, and every main page fits a phone', { timeout: 180_000 }, async () => {
    const reviewer = await signIn('demo-reviewer');
    await openEditor(reviewer, 'staffing');
    expect(await reviewer.locator('input[data-path], textarea[data-path]').count(), 'a reviewer reads text, not disabled inputs').toBe(0);
    await screenshot(reviewer, '81-reviewer-read-only');
    await openEditor(reviewer, 'review');
    await reviewer.getByTestId('download-refused').waitFor();
    expect(await reviewer.getByTestId('final-download').first().isDisabled()).toBe(true);
    await screenshot(reviewer, '82-downloads-refused');
    // files arrive as downloads (never an error body in a tab)
    const [excel] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByTestId('excel-export').click()]);
    expect(excel.suggestedFilename()).toMatch(/\.xlsx$/);
    const [draft] = await Promise.all([reviewer.waitForEvent('download'), reviewer.getByRole('button', { name: '草稿 DOCX' }).click()]);
    expect(draft.suggestedFilename()).toMatch(/\.docx$/);
    await openEditor(reviewer, 'audit');
    await screenshot(reviewer, '83-audit-trail');

    const phone = await signIn('demo-reviewer', PHONE);
    for (const [hash, name] of [
      ['home', '84-phone-overview'],
      ['departments', '85-phone-departments'],
      [`assets/${ID}/register`, '86-phone-assets'],
      [`ledger/${ID}/2024`, '87-phone-ledger'],
      ['public', '88-phone-public'],
    ] as const) {
      await phone.goto(`${h.baseUrl}/#/${hash}`);
      await settled(phone);
      await screenshot(phone, name);
      const overflow = await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, `${name}: no sideways scrolling of the page`).toBeLessThanOrEqual(0);
    }
  });

  it('downloads at most 500 KB of compressed JavaScript before the first screen', async () => {
    const html = await (await fetch(`${h.baseUrl}/`)).text();
    const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const src of scripts) {
      const r = await rawGet(`${h.baseUrl}${src}`, { 'accept-encoding': 'br, gzip' });
      expect(r.status).toBe(200);
      // files under 1 KB are not worth compressing (the build skips them)
      if (r.bytes > 1024) expect(r.encoding, `${src} is served precompressed`).toMatch(/br|gzip/);
      total += r.bytes;
    }
    console.log(`initial JavaScript: ${scripts.length} files, ${(total / 1024).toFixed(0)} KB compressed`);
    expect(total, 'initial JavaScript, compressed bytes').toBeLessThanOrEqual(500 * 1024);
  });

  it('an officer enters a satisfaction survey on 履职与满意度 and the 自评表 shows the computed 满意度 beside the score', { timeout: 180_000 }, async () => {
    const officer = await signIn('demo-officer');
    const evaluation = async () =>
      ((await (await officer.request.get(`${h.baseUrl}${YEAR_URL}/evaluation`)).json()) as { indicators: { id: string; status: string; calculation: string | null }[] }).indicators.find(
        (i) => i.id === 'public_satisfaction',
      );
    expect((await evaluation())?.status).toBe('missing');
    await openEditor(officer, 'self-evaluation');
    await officer.getByTestId('self-evaluation-department').waitFor();
    expect(await officer.getByTestId('computed-public_satisfaction').count(), 'no computed figure before the survey is entered').toBe(0);

    await openEditor(officer, 'performance');
    const count = (p: string) => officer.locator(`[data-path="${p}"] input, input[data-path="${p}"]`).first();
    await count('satisfactionSurvey.validSamples').fill('200');
    await count('satisfactionSurvey.satisfied').fill('186');
    await count('satisfactionSurvey.satisfied').press('Tab');
    await officer.getByTestId('save').click();
    await officer.getByText('已保存').waitFor();
    await screenshot(officer, '25-satisfaction-survey-entered');
    const data = (await stored(officer)).data;
    expect(data['satisfactionSurvey']).toEqual({ validSamples: 200, satisfied: 186 });
    expect((await evaluation())?.calculation).toBe('186 / 200 × 100% = 93.00%');

    // Back on the 自评表 tab (still open from before the save): it fetches the computed figures again.
    await officer.getByRole('tab', { name: '自评表' }).click();
    const computed = officer.getByTestId('computed-public_satisfaction');
    await computed.waitFor();
    await computed.hover();
    await poll(() => officer.locator('.ant-tooltip').first().textContent()).toContain('186 / 200 × 100% = 93.00%');
    await screenshot(officer, '26-satisfaction-computed-beside-score');
  });
});
