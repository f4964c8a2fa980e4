/**
 * One warm headless Chromium for the report writer (PDF printing and chart rasterising): launching costs
 * ~1.7 s, a warm page ~0.1 s. The browser closes itself after a quiet minute so a CLI run or an idle server
 * does not keep it; closeReportRenderer() closes it at once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

import { CHROMIUM_ARGS as LAUNCH_ARGS, CHROMIUM_PATH } from '../reference/chromium.ts';

export { CHROMIUM_PATH };

const IDLE_MS = 60_000;

export class RendererUnavailableError extends Error {
  override name = 'RendererUnavailableError';
}

let launching: Promise<Browser> | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let inUse = 0;

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** What a fresh Debian/Ubuntu machine needs for PDF and charts (README quick start says the same). */
export const RENDERER_INSTALL = 'sudo apt-get install chromium fonts-noto-cjk';

let cjkFonts: boolean | undefined;
/** True when fontconfig knows a Chinese font (without one, PDF and chart text comes out as empty boxes). */
export function cjkFontsAvailable(): boolean {
  if (cjkFonts === undefined) {
    try {
      cjkFonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', timeout: 5000 }).trim() !== '';
    } catch {
      cjkFonts = false;
    }
  }
  return cjkFonts;
}

/**
 * A final report never ships without its charts or with Chinese drawn as boxes: refuse, naming what to install.
 * Drafts may go without (they say so in place of each chart).
 */
export function assertRendererReady(what: string): void {
  const missing = [chromiumAvailable() ? '' : `Chromium（${CHROMIUM_PATH}）`, cjkFontsAvailable() ? '' : '中文字体'].filter(Boolean);
  if (missing.length > 0) {
    throw new RendererUnavailableError(
      `本机缺少${missing.join('和')}，无法生成${what}；请安装：${RENDERER_INSTALL} / missing ${missing.length > 1 ? 'Chromium and CJK fonts' : missing[0]?.startsWith('Chromium') ? 'Chromium' : 'CJK fonts'}: ${RENDERER_INSTALL}`,
    );
  }
}

async function browser(): Promise<Browser> {
  if (!chromiumAvailable()) {
    throw new RendererUnavailableError(
      `找不到 Chromium（${CHROMIUM_PATH}），无法生成 PDF 和图表；请安装 chromium / Chromium not found at ${CHROMIUM_PATH}`,
    );
  }
  if (!launching) {
    const { chromium } = await import('playwright-core');
    const started = chromium.launch({ executablePath: CHROMIUM_PATH, args: [...LAUNCH_ARGS] });
    launching = started;
    started
      .then((b) =>
        b.on('disconnected', () => {
          if (launching === started) {
            launching = undefined;
            pages.clear();
          }
        }),
      )
      .catch(() => {
        if (launching === started) launching = undefined;
      });
  }
  return launching;
}

interface WarmPage {
  readonly page: Promise<Page>;
  /** Tasks on one page run one after another. */
  queue: Promise<unknown>;
}

/** One warm page per device scale: a page keeps its renderer process and the CJK fonts it has loaded. */
const pages = new Map<number, WarmPage>();

function warmPage(deviceScaleFactor: number): WarmPage {
  let warm = pages.get(deviceScaleFactor);
  if (!warm) {
    const page = browser().then(async (b) => {
      const context = await b.newContext({ deviceScaleFactor, javaScriptEnabled: false });
      return context.newPage();
    });
    warm = { page, queue: Promise.resolve() };
    pages.set(deviceScaleFactor, warm);
    page.catch(() => pages.delete(deviceScaleFactor));
  }
  return warm;
}

/** Run `work` on the warm page for this device scale, after the work queued before it. */
export async function withPage<T>(work: (page: Page) => Promise<T>, deviceScaleFactor = 1): Promise<T> {
  inUse++;
  if (idleTimer) clearTimeout(idleTimer);
  const warm = warmPage(deviceScaleFactor);
  const task = warm.queue.then(async () => {
    const page = await warm.page;
    try {
      return await work(page);
    } catch (err) {
      // A page that failed mid-task is not trusted again.
      if (pages.get(deviceScaleFactor) === warm) pages.delete(deviceScaleFactor);
      await page.context().close().catch(() => undefined);
      throw err;
    }
  });
  warm.queue = task.catch(() => undefined);
  try {
    return await task;
  } finally {
    inUse--;
    if (inUse === 0) {
      idleTimer = setTimeout(() => void closeReportRenderer(), IDLE_MS);
      idleTimer.unref();
    }
  }
}

/** Close the warm browser (idempotent). */
export async function closeReportRenderer(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = undefined;
  const pending = launching;
  launching = undefined;
  pages.clear();
  if (!pending) return;
  try {
    const b = await pending;
    await b.close();
  } catch {
    // A browser that failed to launch or already died has nothing left to close.
  }
}
