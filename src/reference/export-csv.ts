/**
 * The one CSV writer for files people open in a spreadsheet (issue 17): a cell that starts with = + - @, a tab
 * or a carriage return would run as a formula in Excel or WPS (`=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`), so it is
 * written with a leading apostrophe, which the spreadsheet shows as text. Plain numbers (-12.50) stay numbers:
 * they cannot be formulas. `toCsv` stays the faithful round-trip writer for the app's own reading.
 */
import { toCsv } from './spreadsheet.ts';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** A cell as it may be handed to a spreadsheet. */
export function neutraliseCsvCell(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Rows to CSV text for a download or an export file, every cell neutralised. */
export function toExportCsv(rows: readonly (readonly string[])[]): string {
  return toCsv(rows.map((row) => row.map(neutraliseCsvCell)));
}
