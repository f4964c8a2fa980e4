/**
 * End-to-end harness: build the web app into a temp folder, start the real server on a random port over an
 * in-memory PGlite with the demo department and its demo accounts, and drive Debian's Chromium with
 * playwright-core. Everything started here is stopped by `close()`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page, type Request } from 'playwright-core';
import { loadDemo } from '../../src/reference/demo.ts';
import { repoPath } from '../../src/reference/paths.ts';
import { buildApp } from '../../src/server/app.ts';
import { ensureAdmin, ensureDemoAccounts } from '../../src/server/auth/first-run.ts';
import { internalTextProblems } from './ui-text.ts';
import { migrateToLatest, type OpenedDatabase, openDatabase, saveDepartmentYear } from '../../src/store/index.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const E2E_PASSWORD = 'e2e-demo-password';
export const SCREENSHOTS = path.join(import.meta.dirname, 'screenshots');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export interface Harness {
  readonly baseUrl: string;
  readonly browser: Browser;
  readonly store: OpenedDatabase;
  close(): Promise<void>;
}

/** Build web/ with Vite into `outDir` (fresh each run, so the test never sees a stale build). */
export function buildWeb(outDir: string): void {
  const vite = repoPath('node_modules/vite/bin/vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', repoPath('web/vite.config.ts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: repoPath('web'),
    encoding: 'utf8',
    // vitest sets NODE_ENV=test, which would give a development build of React and antd
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) throw new Error(`web build failed: ${r.stderr || r.stdout}`);
}

/** Signs a page in through the login form as `username` and waits for the signed-in header. */
export async function signIn(page: Page, baseUrl: string, username: string, password = E2E_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/#/home`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByTestId('current-user').waitFor();
}

export async function startHarness(): Promise<Harness> {
  const dist = mkdtempSync(path.join(tmpdir(), 'jixiao-web-'));
  buildWeb(dist);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const store = await openDatabase({ engine: 'pglite', dataDir: 'memory://', log: () => {} });
  await migrateToLatest(store.db);
  const demo = loadDemo();
  await saveDepartmentYear(store.db, demo);
  await ensureAdmin(store.db, { JIXIAO_ADMIN_PASSWORD: E2E_PASSWORD });
  await ensureDemoAccounts(store.db, { regionCode: demo.region.code, departmentCode: demo.department.code, departmentName: demo.department.name }, { JIXIAO_DEMO_PASSWORD: E2E_PASSWORD });
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  try {
    app = await buildApp({ store, version: 'e2e', webDist: dist });
    await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (err) {
    await app?.close();
    await store.close();
    rmSync(dist, { recursive: true, force: true });
    throw err;
  }
  const opened = { app, browser };
  const address = opened.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser: opened.browser,
    store,
    async close() {
      await opened.browser.close();
      await opened.app.close();
      await store.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

/** Sign-in names people type; they may appear on screen (account admin, the header). */
export const USER_NAMES = ['admin', 'demo-officer', 'demo-reviewer', 'demo-supervisor'];

/**
 * Screenshot `name` into test/e2e/screenshots (PNG, plus the rendered text beside it) and fail when the screen
 * shows an internal name: a data path, a rule id, a code name, an English message or raw JSON.
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean; allowed?: readonly string[] } = {}): Promise<void> {
  await page.waitForTimeout(400); // let antd's colour transitions finish
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? false });
  const frames = await Promise.all(page.frames().map((f) => f.locator('body').innerText().catch(() => '')));
  // what a user also reads: placeholders, and tooltips given as title attributes
  const attributes = await page
    .locator('[placeholder], [title]')
    .evaluateAll((els) => els.flatMap((el) => [el.getAttribute('placeholder'), el.getAttribute('title')]).filter((t): t is string => !!t))
    .catch(() => [] as string[]);
  const text = [...frames, ...attributes].join('\n');
  writeFileSync(path.join(SCREENSHOTS, `${name}.txt`), text);
  const problems = internalTextProblems(text, [...USER_NAMES, ...(options.allowed ?? [])]);
  if (problems.length > 0) throw new Error(`screenshot ${name} shows internal names: ${problems.join('; ')}`);
  checkedScreenshots.add(name);
}

/** The screenshots whose text was checked in this process (the e2e files report their count). */
export const checkedScreenshots = new Set<string>();

/** Each tracked page's API requests not yet answered (a new document starts afresh). */
const openApiRequests = new WeakMap<Page, Set<Request>>();

/** Follow `page`'s requests to /api/ so that `settled` can tell when the screen has what it shows. */
export function trackApiRequests(page: Page): void {
  const open = new Set<Request>();
  openApiRequests.set(page, open);
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) open.add(r);
  });
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
  page.on('load', () => open.clear());
}

/**
 * The screen has loaded what it shows: no API request of the page unanswered and no spinner, seen on two checks
 * in a row (a screen's requests start just after it renders). A hash change loads no document, so the browser's
 * networkidle would be long reached, and a fixed pause is too short on a loaded machine: a screenshot would show a
 * spinner. The page must have been passed to `trackApiRequests` when it was opened.
 */
export async function settled(page: Page, timeoutMs = 30_000): Promise<void> {
  const open = openApiRequests.get(page);
  if (!open) throw new Error('settled: the page was not passed to trackApiRequests');
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2) {
    const busy = open.size + (await page.locator('.ant-spin-spinning, .ant-skeleton-active').count());
    quiet = busy === 0 ? quiet + 1 : 0;
    if (quiet >= 2) break;
    if (Date.now() > deadline) throw new Error(`settled: the screen ${page.url()} still loads after ${timeoutMs} ms (${open.size} API requests open)`);
    await page.waitForTimeout(100);
  }
}
