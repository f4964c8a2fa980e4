/**
 * One reader for the tabular files people export from asset and accounting systems: CSV in UTF-8 (with or
 * without BOM), GBK/GB18030 or UTF-16, comma-, tab- or semicolon-separated, .xlsx, Excel 97–2003 .xls (BIFF8/BIFF5, WPS .et),
 * SpreadsheetML 2003 (Excel XML), OpenDocument spreadsheets (.ods and flat .fods, from LibreOffice or WPS), the HTML table that web systems write into a file named .xls, and a table drawn
 * with box characters in a text print. Assets, the ledger and code tables all read through here, so
 * an encoding or a quoted line break is handled the same way everywhere.
 */
import { boxTableRows } from './box-table.ts';
import { arrayRows, csvRowSource, type RowSource, sniffDelimiter } from './csv.ts';
import { htmlTables, isHtmlTable } from './html-table.ts';
import { isFlatOds, isOds, readFlatOds, readOds } from './ods.ts';
import { readXlsx, type SheetRows } from './spreadsheet.ts';
import { isSpreadsheetMl, readSpreadsheetMl } from './spreadsheet-ml.ts';
import { readXls } from './xls.ts';

import { decodeText, type TextEncodingName } from './text-decode.ts';

export { decodeText, type TextEncodingName };

export { arrayRows, csvRowSource, csvRows, padRow, remapRows, type RowSource, splitCsvRecord } from './csv.ts';

/** .xlsx files are zip archives: they start with PK\x03\x04. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An Excel 97–2003 workbook (.xls, .et): an OLE2 compound file, D0 CF 11 E0 A1 B1 1A E1. */
export function isOle2(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

/** What a table file turned out to be (by its content, not its name). */
export type TableFormat = 'csv' | 'xlsx' | 'xls' | 'xml' | 'html' | 'ods';

export interface TableFile {
  readonly format: TableFormat;
  readonly encoding?: TextEncodingName;
  readonly sheet?: string;
  readonly rows: RowSource;
  /** A workbook's other sheets, in order. */
  readonly otherSheets?: readonly { readonly sheet: string; readonly rows: RowSource }[];
  /** An HTML file of several tables (read as one run of rows): the row at which each table after the first starts. */
  readonly tableStarts?: readonly number[];
  /** A text file whose table is drawn with box characters (│ ─ ┼, or | - +): its rows are the box's (box-table.ts). */
  readonly layout?: 'box-drawn';
}

/**
 * A workbook row has a hole where the sheet has no cell (ExcelJS and the .xls reader both leave one); every
 * importer gets an empty cell there instead, as from a CSV (a hole in a 合计 row crashed the ledger's header search).
 */
function denseRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((r) => Array.from(r, (c) => c ?? ''));
}

/** Reads a workbook (.xlsx, .xls, .ods …) to rows; the server passes one that runs in a bounded parse worker (server/parse). */
export type SheetReader = (bytes: Buffer, source: string) => Promise<SheetRows>;

/**
 * An .xlsx (zip), OpenDocument (.ods zip, flat .fods XML), Excel 97–2003 (OLE2) or SpreadsheetML 2003 (XML)
 * workbook's rows, told apart by the first bytes.
 */
export async function readWorkbook(bytes: Buffer, source: string): Promise<SheetRows> {
  if (isOle2(bytes)) return readXls(bytes, source);
  if (isOds(bytes)) return readOds(bytes, source);
  if (isSpreadsheetMl(bytes)) return readSpreadsheetMl(bytes, source);
  if (isFlatOds(bytes)) return readFlatOds(bytes, source);
  return readXlsx(bytes, source);
}

export { isFlatOds, isOds, isSpreadsheetMl };

/** A CSV (any of the encodings above), .xlsx, .xls, .ods or SpreadsheetML file's rows. @throws InputError for an unreadable workbook. */
export async function readTableFile(bytes: Uint8Array, source: string, readSheet: SheetReader = readWorkbook): Promise<TableFile> {
  // A SpreadsheetML 2003 or flat OpenDocument file is text, but a workbook: it goes through the sheet reader (and
  // its cell limit).
  const xml = !isZip(bytes) && !isOle2(bytes) && isSpreadsheetMl(bytes);
  const flatOds = !isZip(bytes) && !isOle2(bytes) && !xml && isFlatOds(bytes);
  if (isZip(bytes) || isOle2(bytes) || xml || flatOds) {
    const sheet = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), source);
    const otherSheets = (sheet.others ?? []).map((o) => ({ sheet: o.sheet, rows: arrayRows(denseRows(o.rows)) }));
    return {
      format: isOds(bytes) || flatOds ? 'ods' : isZip(bytes) ? 'xlsx' : xml ? 'xml' : 'xls',
      sheet: sheet.sheet,
      rows: arrayRows(denseRows(sheet.rows)),
      ...(otherSheets.length > 0 ? { otherSheets } : {}),
    };
  }
  const decoded = decodeText(bytes);
  // A “.xls” written by a web system is often an HTML table.
  if (isHtmlTable(decoded.text)) {
    const tables = htmlTables(decoded.text);
    const tableStarts: number[] = [];
    let start = 0;
    for (const t of tables.slice(0, -1)) {
      start += t.length;
      tableStarts.push(start);
    }
    return { format: 'html', encoding: decoded.encoding, rows: arrayRows(tables.flat()), ...(tables.length > 1 ? { tableStarts } : {}) };
  }
  // A print to a text file whose table is drawn with 制表符 (│ ─ ┼) or ASCII bars: cells between the bars.
  const box = boxTableRows(decoded.text);
  if (box) return { format: 'csv', encoding: decoded.encoding, layout: 'box-drawn', rows: box };
  // Some packages export a tab-separated text file (.txt), some web systems a semicolon-separated CSV: same reader.
  return { format: 'csv', encoding: decoded.encoding, rows: csvRowSource(decoded.text, sniffDelimiter(decoded.text)) };
}

/** All rows of a table file as arrays (registers and code tables: thousands of rows, not hundreds of thousands). */
export async function readTableRows(
  bytes: Uint8Array,
  source: string,
  readSheet: SheetReader = readWorkbook,
): Promise<TableFile & { readonly all: string[][] }> {
  const file = await readTableFile(bytes, source, readSheet);
  const all = Array.from({ length: file.rows.count }, (_, i) => [...file.rows.row(i)]);
  return { ...file, all };
}
