/**
 * 报送 on a year changed meanwhile is refused (409) and the year is loaded again. While that reload is on its way
 * (slowed here: its GETs held back), the workflow actions must not offer a pop-up that the arriving data would
 * replace: they wait, disabled, with 正在载入最新数据; once loaded, the panel says in Chinese that the data changed
 * and 报送 was not taken, with the button enabled, and a pop-up opened stays open and its 确定 sends. The same for
 * 重新报送, whose dialog stays open after the 409: it says so inside the dialog, and its button sends again.
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

  /** A new window of the demo officer, signed in (its context closed after the suite). */
  async function officerPage(): Promise<Page> {
    const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    contexts.push(context);
    const page = await context.newPage();
    // a loaded CI machine runs several Chromiums at once: each step may wait long, and says which step it was
    page.setDefaultTimeout(60_000);
    await signIn(page, h.baseUrl, 'demo-officer');
    return page;
  }

  it('holds 报送 disabled while the latest data loads, and keeps its pop-up open afterwards', { timeout: 180_000 }, async () => {
    const page = await officerPage();
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
    // the response waits are longer than any step's own wait, so a step that fails is named by its own error
    const stale = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/workflow'), { timeout: 150_000 });
    await button.click();
    await confirm.waitFor();
    await confirm.click();
    expect((await stale).status()).toBe(409);
    // the latest data is on its way: 报送 waits for it, and says so
    await page.getByTestId('workflow-reloading').waitFor({ timeout: 2000 });
    expect(await page.getByTestId('workflow-reloading').textContent()).toContain('正在载入最新数据');
    expect(await button.isDisabled()).toBe(true);
    // the notice of the refusal says 已载入最新数据: not before the data is there
    expect(await page.getByTestId('workflow-stale').count()).toBe(0);
    await expect.poll(() => page.getByTestId('editor-version').textContent(), { timeout: 30_000 }).toBe(`版本 ${latest}`);
    expect(held).toBeGreaterThanOrEqual(3);
    await page.getByTestId('workflow-reloading').waitFor({ state: 'detached' });
    expect(await button.isEnabled()).toBe(true);
    await page.unroute((url) => reload.test(url.pathname));
    // what the officer reads now, in the panel (not only in a notice that fades): the data changed, 报送 was not
    // taken, act again
    const notice = (await page.getByTestId('workflow-stale').textContent()) ?? '';
    expect(notice).toContain('本年度数据已有更新，未报送');
    expect(notice).toContain('请核对后再点“报送”');

    // acting again on what is now shown: the pop-up stays open until 确定, which sends
    const submitted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/workflow'), { timeout: 150_000 });
    await button.click();
    await confirm.waitFor();
    await page.waitForTimeout(1000);
    expect(await confirm.isVisible(), 'the pop-up is still open a second later').toBe(true);
    await confirm.click();
    expect((await submitted).status()).toBe(200);
    await expect.poll(() => page.getByTestId('status-tag').textContent(), { timeout: 30_000 }).toBe('已报送');
    expect(await page.getByTestId('workflow-stale').count(), 'the notice goes once the action is taken').toBe(0);
  });

  it('keeps the 重新报送 dialog open after a 409, says why inside it, and sends again from it', { timeout: 180_000 }, async () => {
    // the year of the test above, 已报送: a reviewer returns it
    const reviewerContext = await h.browser.newContext({ locale: 'zh-CN' });
    contexts.push(reviewerContext);
    const reviewer = await reviewerContext.newPage();
    await signIn(reviewer, h.baseUrl, 'demo-reviewer');
    const yearUrl = `${h.baseUrl}/api/departments/${ID}/years/2024`;
    const csrf = async (p: Page) => ((await (await p.request.get(`${h.baseUrl}/api/auth/me`)).json()) as { csrfToken: string }).csrfToken;
    const { version: submittedVersion } = (await (await reviewer.request.get(`${yearUrl}/workflow`)).json()) as { version: number };
    const returned = await reviewer.request.post(`${yearUrl}/workflow`, {
      data: { action: 'return', comments: [{ path: '', text: '请核实离退休人数' }] },
      headers: { 'x-csrf-token': await csrf(reviewer), 'if-match': `"${submittedVersion}"` },
    });
    expect(returned.status(), await returned.text()).toBe(200);

    const page = await officerPage();
    await page.goto(`${h.baseUrl}/#/editor/${ID}/2024/review`);
    await expect.poll(() => page.getByTestId('status-tag').textContent(), { timeout: 30_000 }).toBe('已退回');

    // another window of the officer's fixes the figure: this screen's version is stale (its data unchanged since
    // the return as far as it knows, so the dialog asks for a reply; one is given)
    const staffing = (await (await page.request.get(`${yearUrl}/parts/staffing`)).json()) as { version: number; staffing: { retirees?: number } };
    const other = await page.request.put(`${yearUrl}/parts/staffing`, {
      data: { ...staffing.staffing, retirees: (staffing.staffing.retirees ?? 0) + 1 },
      headers: { 'x-csrf-token': await csrf(page), 'if-match': `"${staffing.version}"` },
    });
    expect(other.status()).toBe(200);
    const { version: latest } = (await other.json()) as { version: number };

    await page.getByTestId('resubmit').click();
    await page.getByTestId('resubmit-reply').fill('已核实并修改离退休人数');
    const ok = page.getByTestId('resubmit-ok');
    const stale = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/workflow'), { timeout: 150_000 });
    await ok.click();
    expect((await stale).status()).toBe(409);
    // the dialog stays open, with the latest data loaded says what happened, and its button sends again
    await expect.poll(() => page.getByTestId('editor-version').textContent(), { timeout: 30_000 }).toBe(`版本 ${latest}`);
    const notice = page.getByTestId('workflow-stale-dialog');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('本年度数据已有更新，未重新报送');
    expect(await notice.textContent()).toContain('请核对后再点“重新报送”');
    await expect.poll(() => ok.isEnabled(), { timeout: 30_000 }).toBe(true);
    const resubmitted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/workflow'), { timeout: 150_000 });
    await ok.click();
    expect((await resubmitted).status()).toBe(200);
    await expect.poll(() => page.getByTestId('status-tag').textContent(), { timeout: 30_000 }).toBe('已重新报送');
  });
});
