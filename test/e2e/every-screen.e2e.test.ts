/**
 * Every tab and screen a user reaches, screenshotted with its rendered text (and placeholders and tooltips)
 * checked for internal names: the officer's and the reviewer's editor tabs (自评表 included, with a 缺依据
 * tooltip open), the version history with its comparisons, every menu page and every assets tab, and the
 * admin's pages. Beside them, the flows these screens added: compare with version N and with last year,
 * 重新报送 of unchanged data refused without a reply, the ledger's project keywords, an asset's edit history
 * and the preview of an .xlsx asset register; 报送 waiting for an unsaved edit, and refused on a year changed
 * meanwhile with the latest state loaded. Workflow steps wait for the server's answer to the action (its status
 * and message), not for a time or only for a status that may never come.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/reference/demo.ts';
import { completeDemo } from '../../src/report/test-support.ts';
import { createTestUser, TEST_PASSWORD } from '../../src/server/auth/testing.ts';
import { saveDepartmentYear } from '../../src/store/index.ts';
import { checkedScreenshots, chromiumAvailable, E2E_PASSWORD, type Harness, screenshot, settled, signIn as signInPage, startHarness, trackApiRequests } from './harness.ts';

const ID = '431222.yuanling-commerce';
const YEAR_URL = `/api/departments/${ID}/years/2024`;
const TABS = ['basic', 'staffing', 'goals', 'revenue', 'expenditure', 'projects', 'threePublic', 'performance', 'narrative', 'self-evaluation', 'review', 'audit', 'versions'] as const;
const available = chromiumAvailable();

/** One CSV line's cells: commas inside quotes ("12,600.00") belong to the cell. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

describe.skipIf(!available)('every screen a user reaches shows Chinese only (Chromium)', () => {
  let h: Harness;
  const contexts: BrowserContext[] = [];
  // an imported code table goes to the installation's data folder: a temporary one here
  const dataBefore = process.env.JIXIAO_DATA;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'jixiao-e2e-data-'));
  process.env.JIXIAO_DATA = dataDir;

  beforeAll(async () => {
    h = await startHarness();
    // 2024: the harness's demo (version 1), then the completed demo (project indicators, officer's scores)
    await saveDepartmentYear(h.store.db, completeDemo());
    // 2023: the demo as last year's data, for 「与上年比较」
    const lastYear = loadDemo();
    lastYear.fiscalYear = 2023;
    await saveDepartmentYear(h.store.db, lastYear);
    // the 主管部门 role has no demo account: one for this run
    await createTestUser(h.store.db, { username: 'supervisor', displayName: '商务局主管部门', role: 'supervisor', regionCode: '431222', departmentCode: 'yuanling-commerce' });
  }, 180_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    console.log(`screenshots checked for internal names: ${checkedScreenshots.size}`);
    await h?.close();
    if (dataBefore === undefined) delete process.env.JIXIAO_DATA;
    else process.env.JIXIAO_DATA = dataBefore;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 30_000 });
  const signIn = async (username: string, password = E2E_PASSWORD): Promise<Page> => {
    const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    trackApiRequests(page);
    await signInPage(page, h.baseUrl, username, password);
    return page;
  };
  const visit = async (page: Page, hash: string) => {
    const url = `${h.baseUrl}/#/${hash}`;
    // the same hash again would not load the screen afresh
    if (page.url() === url) await page.reload();
    else await page.goto(url);
    await settled(page);
  };

  /**
   * The server's answer to the next asset-register upload (a preview or the import). An .xlsx is read in a
   * parse worker the server starts on first use, which on a loaded machine takes longer than a screen's usual
   * wait: the test waits for the answer, up to the server's own parse limit (90 s), then checks the screen.
   */
  const importAnswer = (page: Page, preview: boolean) =>
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/assets/import') && new URL(r.url()).searchParams.has('preview') === preview, {
      timeout: 120_000,
    });
  const status = (page: Page) => page.getByTestId('status-tag').textContent();
  /** The review tab with the year's workflow state loaded (its status shown). */
  const openReview = async (page: Page, hash: string) => {
    await visit(page, hash);
    await page.getByTestId('status-tag').waitFor();
  };
  /** The server's answer to the next workflow action `page` sends: its status and message. */
  const workflowAnswer = (page: Page) =>
    page
      .waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/workflow'), { timeout: 60_000 })
      .then(async (r) => ({ status: r.status(), message: r.status() === 200 ? '' : (((await r.json()) as { message?: string }).message ?? '') }));
  /**
   * Click a workflow action behind a 确定 pop-up once the button is enabled, and wait for the server's answer to
   * it: a refused action fails here, with the server's message, instead of as a status that never changes.
   */
  const takeAction = async (page: Page, name: string) => {
    const button = page.getByRole('button', { name, exact: true });
    // Registered before the 确定 that sends the action. Should no answer come, the failure says whether the
    // request was sent at all and what the screen said (a refusal shown instead of sending, e.g. unsaved edits).
    const sent: string[] = [];
    const onRequest = (r: Request) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/workflow')) sent.push(new Date().toISOString());
    };
    page.on('request', onRequest);
    const answer = workflowAnswer(page)
      .catch(async (err: unknown) => {
        const said = await page
          .locator('.ant-message')
          .textContent({ timeout: 2_000 })
          .catch(() => '');
        const waiting = await page.getByTestId('unsaved-before-submit').isVisible();
        throw new Error(
          `${name}: no answer to the action (${sent.length > 0 ? `its request sent at ${sent.join(', ')}` : 'no request sent'}; unsaved-edit notice ${waiting ? 'shown' : 'not shown'}; messages: ${said || 'none'})`,
          { cause: err },
        );
      })
      .finally(() => page.off('request', onRequest));
    answer.catch(() => {}); // awaited below; not an unhandled rejection while the pop-up is opened again
    // The panel now holds its actions disabled (正在载入最新数据) while the year reloads, and keeps a pop-up's open
    // state itself (workflow-reload.e2e.test.ts). Kept as a guard: CI at load 6–10 twice saw the second 报送's
    // pop-up close before 确定 with nothing sent, which neither a held-back reload nor 8x CPU throttling has
    // reproduced since. Nothing sent: open it again (twice at most); once a request was sent, never again.
    const confirm = page.locator('.ant-popconfirm').getByRole('button', { name: '确定' });
    for (let attempt = 1; ; attempt++) {
      await poll(() => button.isEnabled()).toBe(true);
      await button.click();
      const clicked = await confirm.click({ timeout: 10_000 }).then(
        () => true,
        () => false,
      );
      if (clicked || sent.length > 0) break;
      if (attempt === 3) throw new Error(`${name}: its pop-up closed before 确定 could be clicked, three times`);
    }
    return answer;
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

  it('every menu page and every assets tab, for the officer, the reviewer, the 主管部门 and the admin', { timeout: 300_000 }, async () => {
    for (const user of ['demo-officer', 'demo-reviewer'] as const) {
      const page = await signIn(user);
      for (const hash of ['home', 'departments', `ledger/${ID}/2024`, 'check', 'public', ...['register', 'import', 'stocktake', 'idle', 'disposals'].map((t) => `assets/${ID}/${t}`)]) {
        await visit(page, hash);
        await screenshot(page, `s-${user}-${hash.replace(/\//g, '_').replace(ID, 'dept')}`, { fullPage: true });
      }
    }
    // 主管部门: its menu pages and the year's tabs
    const supervisor = await signIn('supervisor', TEST_PASSWORD);
    for (const hash of ['home', 'overview', 'departments', `ledger/${ID}/2024`, `assets/${ID}/register`, `assets/${ID}/disposals`, ...TABS.map((t) => `editor/${ID}/2024/${t}`)]) {
      await visit(supervisor, hash);
      await screenshot(supervisor, `s-supervisor-${hash.replace(/\//g, '_').replace(ID, 'dept')}`, { fullPage: true });
    }
    const admin = await signIn('admin');
    for (const hash of ['home', 'overview', 'users', 'departments']) {
      await visit(admin, hash);
      await screenshot(admin, `s-admin-${hash}`, { fullPage: true });
    }
  });

  it('shows the saved versions and compares the current data with version 1 and with last year, in Chinese labels', { timeout: 120_000 }, async () => {
    const page = await signIn('demo-reviewer');
    await visit(page, `editor/${ID}/2024/versions`);
    const table = page.getByTestId('versions-table');
    await poll(() => table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    const api = async (q: string) => (await (await page.request.get(`${h.baseUrl}${YEAR_URL}/compare?with=${q}`)).json()) as { changes: { path: string }[] };
    const fromV1 = await api('1');
    expect(fromV1.changes.length).toBeGreaterThan(0);
    await page.getByTestId('compare-1').click();
    await poll(() => page.getByTestId('change-count').textContent()).toBe(String(fromV1.changes.length));
    // the completed demo added project indicators and the officer's scores: named in Chinese
    const shown = (await page.getByTestId('comparison').textContent()) ?? '';
    expect(shown).toMatch(/项目 › 第1行|自评/);
    await screenshot(page, 'v-compare-version-1', { fullPage: true });
    const lastYear = await api('last-year');
    await page.getByTestId('compare-last-year').click();
    await poll(() => page.getByTestId('change-count').textContent()).toBe(String(lastYear.changes.length));
    expect(await page.getByTestId('comparison').textContent()).toContain('2023年度');
    await screenshot(page, 'v-compare-last-year', { fullPage: true });
    // a year without a previous one says so in Chinese
    await visit(page, `editor/${ID}/2023/versions`);
    await page.getByTestId('compare-last-year').click();
    await poll(() => page.getByTestId('compare-error').textContent()).toContain('没有2022年度的数据');
    await screenshot(page, 'v-compare-no-last-year');
  });

  it('lets an officer add project keywords for the ledger check, saved in the year and read by the reviewer', { timeout: 120_000 }, async () => {
    const officer = await signIn('demo-officer');
    await visit(officer, `ledger/${ID}/2024`);
    await officer.getByTestId('keywords-1').waitFor();
    const input = officer.getByTestId('keywords-1').locator('input');
    await input.fill('冷链仓储');
    await input.press('Enter');
    await input.fill('物流园');
    await input.press('Enter');
    await officer.getByTestId('save-keywords').click();
    await officer.getByText('项目关键词已保存').waitFor();
    const stored = (await (await officer.request.get(`${h.baseUrl}${YEAR_URL}/ledger/keywords`)).json()) as { projects: { keywords: string[] }[] };
    expect(stored.projects[1]!.keywords).toEqual(['冷链仓储', '物流园']);
    await screenshot(officer, 'k-ledger-keywords-officer', { fullPage: true });
    const reviewer = await signIn('demo-reviewer');
    await visit(reviewer, `ledger/${ID}/2024`);
    await poll(() => reviewer.getByTestId('project-keywords').textContent()).toContain('冷链仓储');
    expect(await reviewer.getByTestId('save-keywords').count()).toBe(0);
    await screenshot(reviewer, 'k-ledger-keywords-reviewer', { fullPage: true });
  });

  it('previews an .xlsx asset register before importing it, then an edited card keeps its history', { timeout: 180_000 }, async () => {
    // the CSV fixture as the Excel workbook an officer would have
    const csv = readFileSync(path.resolve(import.meta.dirname, '../fixtures/assets/ledger-small.csv'), 'utf8');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('固定资产');
    for (const line of csv.trim().split(/\r?\n/)) sheet.addRow(csvCells(line));
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const officer = await signIn('demo-officer');
    await visit(officer, `assets/${ID}/import`);
    const previewed = importAnswer(officer, true);
    await officer.locator('input[type=file]').setInputFiles({ name: '资产台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    const previewAnswer = await previewed;
    expect(previewAnswer.status(), await previewAnswer.text()).toBe(200);
    const preview = officer.getByTestId('asset-preview');
    await poll(() => preview.textContent()).toContain('台式计算机');
    expect(await preview.textContent()).toMatch(/将新增 \d+ 项/);
    // a preview writes nothing
    const none = (await (await officer.request.get(`${h.baseUrl}/api/departments/${ID}/assets`)).json()) as { count: number };
    expect(none.count).toBe(0);
    await screenshot(officer, 'a-xlsx-preview', { fullPage: true });
    const imported = importAnswer(officer, false);
    await officer.getByTestId('asset-import').click();
    const importAnswered = await imported;
    expect(importAnswered.status(), await importAnswered.text()).toBeLessThan(300);
    await poll(() => officer.getByTestId('asset-import-done').textContent()).toContain('已导入');

    // open a card from the register, edit it, read its history
    await visit(officer, `assets/${ID}/register`);
    await officer.getByTestId('asset-ZC2020-0001').click();
    await officer.getByTestId('asset-edit-location').fill('会议室301');
    await officer.getByTestId('asset-save').click();
    await officer.getByText('资产卡片已保存').waitFor();
    await poll(() => officer.getByTestId('asset-history').textContent()).toContain('存放地点：办公室201 → 会议室301');
    await screenshot(officer, 'a-asset-card-history', { fullPage: true });
    const card = (await (await officer.request.get(`${h.baseUrl}/api/departments/${ID}/assets/ZC2020-0001`)).json()) as { location: string };
    expect(card.location).toBe('会议室301');

    // re-importing the workbook previews the change back, card by card
    await visit(officer, `assets/${ID}/import`);
    const again = importAnswer(officer, true);
    await officer.locator('input[type=file]').setInputFiles({ name: '资产台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    const againAnswer = await again;
    expect(againAnswer.status(), await againAnswer.text()).toBe(200);
    await poll(() => officer.getByTestId('asset-preview-updated').textContent()).toContain('会议室301 → 办公室201');
    await screenshot(officer, 'a-xlsx-preview-update', { fullPage: true });

    // the reviewer reads the card and its history, without an edit form
    const reviewer = await signIn('demo-reviewer');
    await visit(reviewer, `assets/${ID}/register`);
    await reviewer.getByTestId('asset-ZC2020-0001').click();
    await poll(() => reviewer.getByTestId('asset-history').textContent()).toContain('会议室301');
    expect(await reviewer.getByTestId('asset-save').count()).toBe(0);
    await screenshot(reviewer, 'a-asset-card-reviewer');
  });

  it('the new screens fit a 390 px phone: versions, project keywords, an asset card', { timeout: 120_000 }, async () => {
    const context = await h.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    contexts.push(context);
    const phone = await context.newPage();
    phone.setDefaultTimeout(30_000);
    trackApiRequests(phone);
    await signInPage(phone, h.baseUrl, 'demo-officer');
    const fits = async (name: string) => {
      await screenshot(phone, name, { fullPage: true });
      const overflow = await phone.evaluate('document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow, `${name}: no sideways scrolling of the page`).toBeLessThanOrEqual(0);
    };
    await visit(phone, `editor/${ID}/2024/versions`);
    await phone.getByTestId('compare-1').click();
    await phone.getByTestId('comparison').waitFor();
    await fits('p-phone-versions');
    await visit(phone, `ledger/${ID}/2024`);
    await phone.getByTestId('project-keywords').waitFor();
    await fits('p-phone-keywords');
    await visit(phone, `assets/${ID}/register`);
    await phone.getByTestId('asset-ZC2020-0001').click();
    await phone.getByTestId('asset-history').waitFor();
    await fits('p-phone-asset-card');
  });

  it('报送 waits for an unsaved edit, and on a year changed meanwhile loads the latest state and says so', { timeout: 180_000 }, async () => {
    // 2023 is a draft here; before the code-table import below, whose 3-code table would refuse its codes
    const officer = await signIn('demo-officer');
    const yearUrl = `${h.baseUrl}/api/departments/${ID}/years/2023`;
    // a score typed on the 自评表 and not saved holds 报送 too
    await visit(officer, `editor/${ID}/2023/self-evaluation`);
    await officer.getByTestId('score-budget_completion_rate').locator('xpath=descendant-or-self::input').fill('1');
    await officer.goto(`${h.baseUrl}/#/editor/${ID}/2023/review`);
    await officer.getByTestId('unsaved-before-submit').waitFor();
    expect(await officer.getByRole('button', { name: '报送', exact: true }).isDisabled()).toBe(true);
    // the score is dropped (the page read afresh: visit reloads the same address); then an edit of the data
    await officer.goto(`${h.baseUrl}/#/editor/${ID}/2023/staffing`);
    await visit(officer, `editor/${ID}/2023/staffing`);
    const retirees = officer.locator('[data-path="staffing.retirees"] input, input[data-path="staffing.retirees"]').first();
    const before = Number(await retirees.inputValue());
    await retirees.fill(String(before + 1));
    // to the review tab in the same screen (a hash change keeps the editor and its unsaved edit)
    await officer.goto(`${h.baseUrl}/#/editor/${ID}/2023/review`);
    await officer.getByTestId('status-tag').waitFor();
    expect(await officer.getByTestId('editor-title').textContent()).toContain('2023');
    // the edit is not saved: 报送 would send the stored data without it, so it waits, and says why
    await officer.getByTestId('unsaved-before-submit').waitFor();
    expect(await officer.getByRole('button', { name: '报送', exact: true }).isDisabled()).toBe(true);
    await screenshot(officer, 'w-submit-waits-for-save');
    const saved = officer.waitForResponse((r) => r.request().method() === 'PUT' && new URL(r.url()).pathname.endsWith('/years/2023'));
    await officer.getByTestId('save').click();
    expect((await saved).status()).toBe(200);
    await officer.getByTestId('unsaved-before-submit').waitFor({ state: 'detached' });
    const shown = Number((await officer.getByTestId('editor-version').textContent())?.replace(/\D/g, ''));

    // meanwhile another window changes the year: this screen's version is stale
    const { csrfToken } = (await (await officer.request.get(`${h.baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
    const staffing = (await (await officer.request.get(`${yearUrl}/parts/staffing`)).json()) as { version: number; staffing: { retirees?: number } };
    expect(staffing.version, 'the screen shows the version it saved').toBe(shown);
    const other = await officer.request.put(`${yearUrl}/parts/staffing`, {
      data: { ...staffing.staffing, retirees: before + 2 },
      headers: { 'x-csrf-token': csrfToken, 'if-match': `"${staffing.version}"` },
    });
    expect(other.status()).toBe(200);
    const { version: latest } = (await other.json()) as { version: number };

    // 报送 on the stale version is not taken, and not silently: the screen says so and shows the latest data
    const stale = await takeAction(officer, '报送');
    expect(stale.status).toBe(409);
    // said in the panel once the latest data is loaded (a notice at the top fades after 3 s: on a loaded machine
    // it could be gone before the test read it)
    await poll(() => officer.getByTestId('editor-version').textContent()).toBe(`版本 ${latest}`);
    await poll(() => officer.getByTestId('workflow-stale').textContent()).toContain('已载入最新数据和状态');
    expect(await officer.getByRole('button', { name: '报送', exact: true }).isEnabled(), '报送 offered again').toBe(true);
    expect(await status(officer)).toBe('填报中');
    await screenshot(officer, 'w-submit-stale-reloaded');
    // acting again on what is now shown goes through
    const submitted = await takeAction(officer, '报送');
    expect(submitted.status, submitted.message).toBe(200);
    await poll(() => status(officer)).toBe('已报送');
    const stored = (await (await officer.request.get(`${yearUrl}/parts/staffing`)).json()) as { staffing: { retirees?: number } };
    expect(stored.staffing.retirees).toBe(before + 2);
  });

  it('lets an admin preview and import a code table, and names what is wrong with a bad one', { timeout: 120_000 }, async () => {
    const admin = await signIn('admin');
    await visit(admin, 'departments');
    const card = admin.getByTestId('code-table-import');
    await card.locator('input[type=file]').setInputFiles({ name: '错误的代码表.csv', mimeType: 'text/csv', buffer: Buffer.from('科目,说明\n201,一般公共服务支出\n') });
    await poll(() => admin.getByTestId('code-table-error').textContent()).toContain('第1行');
    expect(await admin.getByTestId('code-table-import-button').isDisabled()).toBe(true);
    await screenshot(admin, 'c-code-table-error', { fullPage: true });
    const table = ['代码,名称,级次', '201,一般公共服务支出,1', '20101,人大事务,2', '2010101,行政运行,3'].join('\n');
    await card.locator('input[type=file]').setInputFiles({ name: '功能分类科目.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
    await poll(() => admin.getByTestId('code-table-preview').textContent()).toContain('共 3 个代码');
    expect(await admin.getByTestId('code-table-preview').textContent()).toContain('人大事务');
    await screenshot(admin, 'c-code-table-preview', { fullPage: true });
    await admin.getByTestId('code-table-import-button').click();
    await admin.getByText(/已导入\d{4}年支出功能分类科目 3 个代码/).waitFor();
  });

  it('refuses 重新报送 of unchanged data without a reply, in Chinese, and sends it with one', { timeout: 180_000 }, async () => {
    const officer = await signIn('demo-officer');
    const reviewer = await signIn('demo-reviewer');
    const review = `editor/${ID}/2024/review`;
    await openReview(officer, review);
    const submitted = await takeAction(officer, '报送');
    expect(submitted.status, submitted.message).toBe(200);
    await poll(() => status(officer)).toBe('已报送');
    await openReview(reviewer, review);
    await reviewer.getByRole('button', { name: '退回修改' }).click();
    await reviewer.getByTestId('comment-0').fill('离退休人数与决算报表不一致，请核实');
    const returned = workflowAnswer(reviewer);
    await reviewer.locator('.ant-modal').getByRole('button', { name: '退回' }).click();
    expect((await returned).status, (await returned).message).toBe(200);
    await poll(() => status(reviewer)).toBe('已退回');

    // the officer changes nothing and tries to resubmit
    await openReview(officer, review);
    await poll(() => status(officer)).toBe('已退回');
    await officer.getByTestId('resubmit').click();
    await officer.getByTestId('unchanged-warning').waitFor();
    expect(await officer.getByTestId('resubmit-ok').isDisabled(), 'no reply, no resubmission').toBe(true);
    await screenshot(officer, 'w-resubmit-unchanged');
    // the server refuses it too, whoever calls it
    const { csrfToken } = (await (await officer.request.get(`${h.baseUrl}/api/auth/me`)).json()) as { csrfToken: string };
    const { version } = (await (await officer.request.get(`${h.baseUrl}${YEAR_URL}/workflow`)).json()) as { version: number };
    const refused = await officer.request.post(`${h.baseUrl}${YEAR_URL}/workflow`, {
      data: { action: 'resubmit' },
      headers: { 'x-csrf-token': csrfToken, 'if-match': `"${version}"` },
    });
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'reply-required' });
    expect(((await refused.json()) as { message: string }).message).toContain('退回后数据未作任何修改');
    // with a reply it goes
    await officer.getByTestId('resubmit-reply').fill('经核对，离退休人数以人社局核定数为准，与决算报表口径不同，不作修改');
    const resubmitted = workflowAnswer(officer);
    await officer.getByTestId('resubmit-ok').click();
    expect((await resubmitted).status, (await resubmitted).message).toBe(200);
    await poll(() => status(officer)).toBe('已重新报送');
    await poll(() => officer.getByTestId('workflow-panel').textContent()).toContain('答复：经核对');
    await screenshot(officer, 'w-resubmitted-with-reply', { fullPage: true });
    // the version history lists the three status changes beside the saved versions, each with its version
    await visit(officer, `editor/${ID}/2024/versions`);
    const history = officer.getByTestId('versions-table');
    await poll(() => history.textContent()).toContain('状态变更（重新报送：已退回 → 已重新报送）');
    expect(await history.textContent()).toContain('状态变更（报送：填报中 → 已报送）');
    expect(await history.textContent()).toContain('状态变更（退回修改：已报送 → 已退回）');
    await screenshot(officer, 'v-versions-with-status-changes', { fullPage: true });
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
