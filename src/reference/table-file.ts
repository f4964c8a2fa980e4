/**
 * One reader for the tabular files people export from asset and accounting systems: CSV in UTF-8 (with or
 * without BOM), GBK/GB18030 or UTF-16, comma- or tab-separated, .xlsx, Excel 97–2003 .xls (BIFF8/BIFF5, WPS .et),
 * and the HTML table that web systems write into a file named .xls. Assets, the ledger and code tables all read through here, so
 * an encoding or a quoted line break is handled the same way everywhere.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { arrayRows, csvRowSource, type RowSource, sniffDelimiter } from './csv.ts';
import { htmlTableRows, isHtmlTable } from './html-table.ts';
import { readXlsx, type SheetRows } from './spreadsheet.ts';
import { readXls } from './xls.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** UTF-16 without a BOM: most ASCII characters leave a zero byte on every other position. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Bytes of a text export to text. Chinese accounting software often writes GBK (GB18030 is its superset): text
 * that is not valid UTF-8 is read as GB18030. A UTF-8 file passes the strict check, a GBK one almost never does.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const wide = utf16Without(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), encoding: wide };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // isUtf8 (simdutf) validates in a fraction of the time a fatal TextDecoder takes on a 16 MB export.
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'utf-8' };
  return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030' };
}

export { arrayRows, csvRowSource, csvRows, type RowSource, splitCsvRecord } from './csv.ts';

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
export type TableFormat = 'csv' | 'xlsx' | 'xls' | 'html';

export interface TableFile {
  readonly format: TableFormat;
  readonly encoding?: TextEncodingName;
  readonly sheet?: string;
  readonly rows: RowSource;
  /** A workbook's other sheets, in order. */
  readonly otherSheets?: readonly { readonly sheet: string; readonly rows: RowSource }[];
}

/**
 * A workbook row has a hole where the sheet has no cell (ExcelJS and the .xls reader both leave one); every
 * importer gets an empty cell there instead, as from a CSV (a hole in a 合计 row crashed the ledger's header search).
 */
function denseRows(rows: readonly (readonly string[])[]): string[][] {
  return rows.map((r) => Array.from(r, (c) => c ?? ''));
}

/** Reads a workbook (.xlsx or .xls) to rows; the server passes one that runs in a bounded parse worker (server/parse). */
export type SheetReader = (bytes: Buffer, source: string) => Promise<SheetRows>;

/** An .xlsx (zip) or Excel 97–2003 (OLE2) workbook's rows, told apart by the first bytes. */
export async function readWorkbook(bytes: Buffer, source: string): Promise<SheetRows> {
  return isOle2(bytes) ? readXls(bytes, source) : readXlsx(bytes, source);
}

/** A CSV (any of the encodings above), .xlsx or .xls file's rows. @throws InputError for an unreadable workbook. */
export async function readTableFile(bytes: Uint8Array, source: string, readSheet: SheetReader = readWorkbook): Promise<TableFile> {
  if (isZip(bytes) || isOle2(bytes)) {
    const sheet = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), source);
    const otherSheets = (sheet.others ?? []).map((o) => ({ sheet: o.sheet, rows: arrayRows(denseRows(o.rows)) }));
    return {
      format: isZip(bytes) ? 'xlsx' : 'xls',
      sheet: sheet.sheet,
      rows: arrayRows(denseRows(sheet.rows)),
      ...(otherSheets.length > 0 ? { otherSheets } : {}),
    };
  }
  const decoded = decodeText(bytes);
  // A “.xls” written by a web system is often an HTML table.
  if (isHtmlTable(decoded.text)) return { format: 'html', encoding: decoded.encoding, rows: arrayRows(htmlTableRows(decoded.text)) };
  // Some packages export a tab-separated text file (.txt): same reader, tab as the separator.
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
