/**
 * A ledger file (CSV in UTF-8 or GBK, or .xlsx) to entries, or to every bad row. Pure apart from the bytes
 * given: no file system, no database.
 */
import { splitCsvLine } from '../core/codes.ts';
import { readXlsx, type SheetRows } from '../reference/spreadsheet.ts';
import { type ColumnMapping, HEADER_SEARCH_ROWS, MappingError, type ResolvedColumns, resolveColumns } from './column-mapping.ts';
import { decodeText, type TextEncodingName } from './decode-text.ts';
import { type ParseResult, parseLedgerRows } from './parse-entries.ts';
import { loadLedgerRuleData } from './rule-data.ts';

export interface ReadLedgerOptions {
  readonly fiscalYear: number;
  readonly mapping?: ColumnMapping;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReadLedgerResult extends ParseResult {
  readonly format: 'csv' | 'xlsx';
  readonly encoding?: TextEncodingName;
  readonly columns: ResolvedColumns;
}

/** Rows read on demand: a 200,000-line CSV is split line by line as it is parsed, not held as arrays. */
export interface RowSource {
  readonly count: number;
  row(index: number): readonly string[];
}

export function arrayRows(rows: readonly (readonly string[])[]): RowSource {
  return { count: rows.length, row: (i) => rows[i] ?? [] };
}

/** CSV text as rows, keeping blank lines as empty rows so row numbers stay those of the file. */
export function csvRowSource(text: string): RowSource {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return {
    count: lines.length,
    row(i) {
      let line = lines[i] ?? '';
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line === '') return [];
      // Most lines have no quotes: a plain split is several times faster than the quoting parser.
      return line.includes('"') ? splitCsvLine(line) : line.split(',');
    },
  };
}

/** CSV text to rows (all at once; small files and tests). */
export function csvRows(text: string): string[][] {
  const source = csvRowSource(text);
  return Array.from({ length: source.count }, (_, i) => [...source.row(i)]);
}

/** .xlsx files are zip archives: they start with PK\x03\x04. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export interface OpenedLedgerFile {
  readonly format: 'csv' | 'xlsx';
  readonly encoding?: TextEncodingName;
  readonly columns: ResolvedColumns;
  readonly rows: RowSource;
}

/**
 * Decode the file and map its header; the rows are parsed later (all at once or in chunks).
 * @throws MappingError when the header cannot be mapped; InputError for an unreadable workbook.
 */
export async function openLedgerFile(
  bytes: Uint8Array,
  source: string,
  mapping?: ColumnMapping,
  /** The .xlsx reader; the server passes one that runs in a bounded worker. */
  readSheet: (bytes: Buffer, source: string) => Promise<SheetRows> = readXlsx,
): Promise<OpenedLedgerFile> {
  const ruleData = loadLedgerRuleData();
  let rows: RowSource;
  let format: 'csv' | 'xlsx';
  let encoding: TextEncodingName | undefined;
  if (isZip(bytes)) {
    format = 'xlsx';
    rows = arrayRows((await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), source)).rows);
  } else {
    format = 'csv';
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    rows = csvRowSource(decoded.text);
  }
  if (rows.count === 0) throw new MappingError(`${source}：文件为空 / the file is empty`);
  const head = Array.from({ length: Math.min(rows.count, HEADER_SEARCH_ROWS) }, (_, i) => rows.row(i));
  const columns = resolveColumns(head, ruleData.headerSynonyms, mapping);
  return { format, ...(encoding ? { encoding } : {}), columns, rows };
}

/** @throws MappingError when the header cannot be mapped; InputError for an unreadable workbook. */
export async function readLedgerFile(
  bytes: Uint8Array,
  source: string,
  options: ReadLedgerOptions,
): Promise<ReadLedgerResult> {
  const file = await openLedgerFile(bytes, source, options.mapping);
  const parsed = parseLedgerRows(file.rows, file.columns, {
    fiscalYear: options.fiscalYear,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { ...parsed, format: file.format, ...(file.encoding ? { encoding: file.encoding } : {}), columns: file.columns };
}
