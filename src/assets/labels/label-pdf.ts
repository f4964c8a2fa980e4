/** Label sheets as a PDF: the sheet HTML printed by Chromium. */
import type { LabelSize } from '../config.ts';
import type { Asset } from '../types.ts';
import { labelSheetHtml } from './label-sheet-html.ts';
import { printHtmlToPdf } from './print-pdf.ts';

export async function labelSheetPdf(
  assets: readonly Asset[],
  options: { size: LabelSize; department: string; outline?: boolean },
): Promise<Buffer> {
  return printHtmlToPdf(await labelSheetHtml(assets, options));
}
