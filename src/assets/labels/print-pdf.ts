/**
 * Print HTML to an A4 PDF with headless Chromium. The assets capability may not reach into report/ internals,
 * so it launches its own browser for the job and closes it afterwards (a label run is rare; no warm browser).
 */
import { existsSync } from 'node:fs';

import { CHROMIUM_ARGS as LAUNCH_ARGS, CHROMIUM_PATH } from '../../reference/chromium.ts';

export { CHROMIUM_PATH };

export class PdfUnavailableError extends Error {
  override name = 'PdfUnavailableError';
}

export async function printHtmlToPdf(html: string): Promise<Buffer> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new PdfUnavailableError(`找不到 Chromium（${CHROMIUM_PATH}），无法生成 PDF / Chromium not found at ${CHROMIUM_PATH}`);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...LAUNCH_ARGS] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', margin: { top: '0', bottom: '0', left: '0', right: '0' }, printBackground: true, preferCSSPageSize: true });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
