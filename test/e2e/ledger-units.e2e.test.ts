/**
 * A township 财政所's 代理记账 export holding three units' books, uploaded on the ledger page in real Chromium: the
 * page offers the file's units as a radio list (Chinese labels, reached and changed with the keyboard) instead of a
 * command-line hint; importing again with the unit chosen imports that unit only, and the result names it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, type Harness, screenshot, settled, signIn, startHarness, trackApiRequests } from './harness.ts';

const ID = '431222.yuanling-commerce';
const LEDGER_URL = `/api/departments/${ID}/years/2024/ledger`;
const CSV = [
  '凭证明细查询',
  '单位编码,单位名称,凭证日期,凭证号,摘要,功能分类,经济分类,借方金额,贷方金额',
  '001001,桃林镇人民政府,2024-01-03,0001,差旅费报销,2010301 行政运行,30211 差旅费,371.43,',
  '001003,农业综合服务中心,2024-01-08,0001,办公用品购置,2130199 其他农业农村支出,30201 办公费,662.78,',
  '001002,社会事务综合服务中心,2024-01-11,0001,1月电话费,2080201 行政运行,30207 邮电费,863.76,',
  '001003,农业综合服务中心,2024-01-09,0002,12月办公水费,2130199 其他农业农村支出,30205 水费,111.27,',
  '001001,桃林镇人民政府,2024-02-03,0002,差旅费退回,2010301 行政运行,30211 差旅费,,71.43',
  ',,,,合计,,,2009.24,71.43',
].join('\n');

describe.skipIf(!chromiumAvailable())('ledger page: choosing the unit of a multi-unit export (Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  /** The server's answer to the next ledger upload. */
  const uploadAnswer = (page: Page) =>
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === LEDGER_URL, { timeout: 120_000 });

  it('lists the units, imports only the one chosen with the keyboard, and names it in the result', { timeout: 240_000 }, async () => {
    const context = await h.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      trackApiRequests(page);
      await signIn(page, h.baseUrl, 'demo-officer');
      await page.goto(`${h.baseUrl}/#/ledger/${ID}/2024`);
      await settled(page);
      await page.locator('input[type=file]').setInputFiles({ name: '代理记账凭证明细.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
      await page.getByTestId('ledger-preview').waitFor();

      // No unit chosen: the server lists the units and the page offers them; nothing imported.
      const first = uploadAnswer(page);
      await page.getByTestId('ledger-import').click();
      const refused = await first;
      expect(refused.status()).toBe(400);
      expect(((await refused.json()) as { code: string }).code).toBe('ledger-unit-required');
      const choice = page.getByTestId('ledger-units');
      await choice.waitFor();
      const group = page.getByRole('radiogroup', { name: '要导入的单位' });
      const radios = group.getByRole('radio');
      expect(await radios.count()).toBe(3);
      expect((await choice.textContent()) ?? '').toMatch(/001001 桃林镇人民政府（2 行）[\s\S]*001002 社会事务综合服务中心（1 行）[\s\S]*001003 农业综合服务中心（2 行）/u);
      expect((await page.locator('.ant-card').first().textContent()) ?? '').not.toContain('--unit');
      // the import waits for a unit
      expect(await page.getByTestId('ledger-import').isDisabled()).toBe(true);
      await screenshot(page, 'ledger-units-choice', { fullPage: true });

      // Keyboard only: focus the first unit, select it with Space, then arrow down twice to the third.
      await page.getByRole('radio', { name: /001001/ }).focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: /001003/ }).isChecked()).toBe(true);
      expect(await page.getByTestId('ledger-import').isDisabled()).toBe(false);

      const second = uploadAnswer(page);
      await page.getByTestId('ledger-import').click();
      const imported = await second;
      expect(imported.status(), await imported.text()).toBe(200);
      expect(new URL(imported.url()).searchParams.get('unit')).toBe('001003');
      const result = page.getByTestId('ledger-import-result');
      await result.waitFor();
      const text = (await result.textContent()) ?? '';
      expect(text).toContain('已导入单位：001003 农业综合服务中心');
      expect(text).toMatch(/已导入 2 条会计明细/u);
      expect(text).not.toContain('--unit');
      await expect.poll(() => page.getByTestId('ledger-units').count()).toBe(0);
      await settled(page);
      // the stored ledger holds that unit's two entries only
      const check = (await (await page.request.get(`${h.baseUrl}${LEDGER_URL}/check?limit=0`)).json()) as { entries: number };
      expect(check.entries).toBe(2);
      await screenshot(page, 'ledger-units-imported', { fullPage: true });
    } finally {
      await context.close();
    }
  });
});
