/** Label sheets as a PDF, plus the label-code check that goes with them. */
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

/** After printing, a card's label code is its asset number: the value to write back to the register. */
export function printedLabelCodes(assets: readonly Asset[]): Map<string, string> {
  return new Map(assets.map((a) => [a.assetNumber, a.assetNumber]));
}
