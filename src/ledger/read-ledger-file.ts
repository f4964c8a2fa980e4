/**
 * A ledger file (CSV in UTF-8 or GBK, or .xlsx) to entries, or to every bad row. Pure apart from the bytes
 * given: no file system, no database.
 */
import { splitCsvLine } from '../core/codes.ts';
import { readXlsx } from '../reference/spreadsheet.ts';
import { type ColumnMapping, MappingError, type ResolvedColumns, resolveColumns } from './column-mapping.ts';
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

/** CSV text to rows, keeping blank lines as empty rows so row numbers stay those of the file. */
export function csvRows(text: string): string[][] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => (line === '' ? [] : splitCsvLine(line)));
}

/** .xlsx files are zip archives: they start with PK\x03\x04. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** @throws MappingError when the header cannot be mapped; InputError for an unreadable workbook. */
export async function readLedgerFile(
  bytes: Uint8Array,
  source: string,
  options: ReadLedgerOptions,
): Promise<ReadLedgerResult> {
  const ruleData = loadLedgerRuleData();
  let rows: string[][];
  let format: 'csv' | 'xlsx';
  let encoding: TextEncodingName | undefined;
  if (isZip(bytes)) {
    format = 'xlsx';
    rows = (await readXlsx(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), source)).rows;
  } else {
    format = 'csv';
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    rows = csvRows(decoded.text);
  }
  if (rows.length === 0) throw new MappingError(`${source}：文件为空 / the file is empty`);
  const columns = resolveColumns(rows, ruleData.headerSynonyms, options.mapping);
  const parsed = parseLedgerRows(rows, columns, {
    fiscalYear: options.fiscalYear,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { ...parsed, format, ...(encoding ? { encoding } : {}), columns };
}
