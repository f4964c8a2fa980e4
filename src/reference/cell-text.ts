/**
 * How a spreadsheet cell's number becomes the text the importers read, shared by the .xlsx and .xls readers so
 * both hand over the same text: amounts are parsed from this text into integer 分 later, never summed as floats.
 */

/** A double such as 1234.5600000000002 is shown by Excel with 15 significant digits: read it as Excel shows it. */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** Significant digits Excel keeps in a number. */
const EXCEL_DIGITS = 15;

/**
 * A number written as decimal text (SpreadsheetML's Data, OpenDocument's office:value): a plain decimal with at most
 * the digits Excel keeps is kept as written, so an amount never goes through a float; undefined otherwise.
 */
export function exactNumber(text: string): string | undefined {
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/u.test(text)) return undefined;
  const significant = text.replace(/^[+-]/u, '').replace('.', '').replace(/^0+/u, '');
  return significant.length <= EXCEL_DIGITS ? text.replace(/^\+/u, '') : undefined;
}

/** Decimal text as the readers give a number: as written when exact, else as Excel shows it; other text unchanged. */
export function decimalText(text: string): string {
  const exact = exactNumber(text);
  if (exact !== undefined) return exact;
  const value = Number(text);
  return text !== '' && Number.isFinite(value) ? numberText(value) : text;
}

/**
 * An Excel date serial (days since 1899-12-30, or since 1904-01-01 in a 1904 workbook) as YYYY-MM-DD, computed
 * the way ExcelJS turns a date-formatted number into a Date (so .xls and .xlsx give the same day); undefined for
 * a serial no date can have.
 */
export function serialDateText(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  if (Math.abs(ms) > 8.64e15) return undefined;
  return new Date(ms).toISOString().slice(0, 10);
}
