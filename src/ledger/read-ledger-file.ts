/**
 * A ledger file (CSV in UTF-8 or GBK, or .xlsx) to entries, or to every bad row. Pure apart from the bytes
 * given: no file system, no database.
 */
import type { SheetRows } from '../reference/spreadsheet.ts';
import { type RowSource, readTableFile } from '../reference/table-file.ts';
import { type ColumnMapping, HEADER_SEARCH_ROWS, MappingError, type ResolvedColumns, resolveColumns } from './column-mapping.ts';
import type { TextEncodingName } from './decode-text.ts';
import { type ParseResult, parseLedgerRows } from './parse-entries.ts';
import { expandAuxiliaryColumns } from './auxiliary-cells.ts';
import { loadLedgerRuleData } from './rule-data.ts';

export interface ReadLedgerOptions {
  readonly fiscalYear: number;
  readonly mapping?: ColumnMapping;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReadLedgerResult extends ParseResult {
  readonly format: 'csv' | 'xlsx' | 'html';
  readonly encoding?: TextEncodingName;
  readonly columns: ResolvedColumns;
}

export { arrayRows, csvRowSource, csvRows, type RowSource } from '../reference/table-file.ts';

export interface OpenedLedgerFile {
  readonly format: 'csv' | 'xlsx' | 'html';
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
  readSheet?: (bytes: Buffer, source: string) => Promise<SheetRows>,
): Promise<OpenedLedgerFile> {
  const ruleData = loadLedgerRuleData();
  const table = await readTableFile(bytes, source, readSheet);
  const { format, encoding } = table;
  // One combined 辅助项 cell (【项目:…】【往来单位:…】) becomes a column per name.
  const rows = expandAuxiliaryColumns(table.rows);
  if (rows.count === 0) throw new MappingError(`${source}：文件为空 / the file is empty`);
  const head = Array.from({ length: Math.min(rows.count, HEADER_SEARCH_ROWS) }, (_, i) => rows.row(i));
  const columns = resolveColumns(head, ruleData.headerSynonyms, mapping, ruleData.headerExclusions);
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
