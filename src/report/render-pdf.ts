/** PDF: the print-mode HTML printed by the warm Chromium, A4 with GB/T 9704 margins and page numbers. */
import { withPage } from './browser.ts';
import type { ReportDocument } from './document-model.ts';
import { renderHtml } from './render-html.ts';

/** 4号 (14pt) numerals with dashes either side, as 公文 page numbers are written: — 1 —. */
const FOOTER = `<div style="width:100%;text-align:center;font-size:14pt;font-family:'Noto Serif CJK SC',SimSun,serif;color:#000;">— <span class="pageNumber"></span> —</div>`;

export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  const html = renderHtml(doc, { mode: 'print' });
  return withPage(async (page) => {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
      printBackground: true,
      tagged: true,
    });
    return Buffer.from(pdf);
  });
}
