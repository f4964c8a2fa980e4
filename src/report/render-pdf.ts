/**
 * PDF: the print-mode HTML printed by the warm Chromium — A4 with GB/T 9704 margins and 4号 page numbers
 * “— 1 —” (odd pages right, even pages left), all set by the HTML's @page rules.
 */
import { withPage } from './browser.ts';
import type { ReportDocument } from './document-model.ts';
import { renderHtml } from './render-html.ts';

export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  const html = renderHtml(doc, { mode: 'print' });
  return withPage(async (page) => {
    await page.setContent(html, { waitUntil: 'load' });
    // Size, margins and the page numbers come from the print CSS (@page margin boxes: odd right, even left).
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
    return Buffer.from(pdf);
  });
}
