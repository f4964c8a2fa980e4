/**
 * A ledger file (CSV in UTF-8 or GBK, or .xlsx) to entries, or to every bad row. Pure apart from the bytes
 * given and the year's economic code table (read through reference/code-tables.ts, for a 多栏账's class names and
 * economic cells without a code): no other file, no database.
 */
import { InputError } from '../core/input-error.ts';
import type { SheetRows } from '../reference/spreadsheet.ts';
import { type RowSource, readTableFile } from '../reference/table-file.ts';
import {
  type AnalysisOptions,
  type ColumnMapping,
  HEADER_SEARCH_ROWS,
  MappingError,
  normalizeHeader,
  type ResolvedColumns,
  resolveColumns,
} from './column-mapping.ts';
import { fixedWidthRows, spaceSplitHead } from '../reference/fixed-width.ts';
import { decodeText, type TextEncodingName } from './decode-text.ts';
import { economicNames } from './economic-names.ts';
import { type ParseResult, parseCode, parseLedgerRows } from './parse-entries.ts';
import { expandAuxiliaryColumns } from './auxiliary-cells.ts';
import { loadLedgerRuleData } from './rule-data.ts';
import type { LedgerField } from './entry.ts';
import { sectionOfRow } from '../reference/row-kinds.ts';

export interface ReadLedgerOptions {
  readonly fiscalYear: number;
  readonly mapping?: ColumnMapping;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReadLedgerResult extends ParseResult {
  readonly format: 'csv' | 'xlsx' | 'xls' | 'xml' | 'html';
  readonly encoding?: TextEncodingName;
  /** A text file read as a fixed-width print (columns by the header's positions), not by a separator. */
  readonly layout?: 'fixed-width';
  readonly columns: ResolvedColumns;
}

export { arrayRows, csvRowSource, csvRows, type RowSource } from '../reference/table-file.ts';

export interface OpenedLedgerFile {
  readonly format: 'csv' | 'xlsx' | 'xls' | 'xml' | 'html';
  readonly encoding?: TextEncodingName;
  /** A text file read as a fixed-width print (columns by the header's positions), not by a separator. */
  readonly layout?: 'fixed-width';
  readonly columns: ResolvedColumns;
  readonly rows: RowSource;
  /** Title and header rows of the further sheets of a one-sheet-per-month workbook (not in `rows`). */
  readonly headerRowsSkipped?: number;
}

/**
 * How a 多栏账's analysis sub-column names its class: a code in the header (`30201办公费`, `30201 办公费`,
 * `[30201]办公费`), else the name alone looked up in the economic code table of the fiscal year (the user's
 * imported table wins over the shipped one). A name the table lacks, or shares between classes (专用设备购置 is
 * 30903 and 31003), is an error: the amounts under it would be booked to a guessed class.
 */
export function economicClassOfHeader(fiscalYear: number): AnalysisOptions['classOf'] {
  const names = economicNames(fiscalYear);
  const table = names.table();
  return (header) => {
    // An amount (120.00, 30,201.00) is a data row's cell, never a class.
    if (/^\s*[-(（]?[\d,]+\.\d{1,2}[)）]?\s*$/u.test(header)) return { error: '是金额，不是经济分类科目' };
    const code = parseCode(header);
    // A code with a name (30201办公费) names a class; a bare number only when the table knows its 类 (302, 310 …):
    // 120.00 under 借方 is a data row's amount, not a class.
    const named = code !== undefined && /[^\d\s.,\-()（）[\]【】]/u.test(header.replace(code, ''));
    if (code !== undefined && (named || table?.entries.has(code.slice(0, 3)))) return { code };
    if (code !== undefined) return { error: `不是经济分类科目（${table ? table.source : '没有经济分类表'}中没有“${code.slice(0, 3)}”类）` };
    const name = normalizeHeader(header);
    if (name === '') return { error: '为空' };
    const codes = names.codesNamed(name);
    if (codes.length === 1) return { code: codes[0]! };
    if (codes.length > 1) return { error: `对应多个经济分类（${codes.join('、')}）` };
    return { error: `不是经济分类科目名称（${table ? table.source : '没有经济分类表'}中没有此名称）` };
  };
}

/** The 多栏账 options of the shipped header data, with the class names of the fiscal year's economic table. */
function analysisOptionsFor(fiscalYear: number): AnalysisOptions | undefined {
  const { groups, creditGroups, totalColumns, otherColumns } = loadLedgerRuleData().analysisGroups;
  if (groups.length === 0) return undefined;
  return { groups, creditGroups, totalColumns, otherColumns, classOf: economicClassOfHeader(fiscalYear) };
}

/**
 * Decode the file and map its header; the rows are parsed later (all at once or in chunks).
 * The fiscal year is the caller's (the department-year the ledger is imported into), never the clock's: a 多栏账
 * read in another year's economic table would book its columns to that year's classes.
 * @throws MappingError when the header cannot be mapped; InputError for an unreadable workbook or a fiscal year
 * that is not a year.
 */
export async function openLedgerFile(
  bytes: Uint8Array,
  source: string,
  /** The ledger's year: a 多栏账's class names are read in that year's economic table. */
  fiscalYear: number,
  mapping?: ColumnMapping,
  /** The .xlsx reader; the server passes one that runs in a bounded worker. */
  readSheet?: (bytes: Buffer, source: string) => Promise<SheetRows>,
): Promise<OpenedLedgerFile> {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1000 || fiscalYear > 9999) {
    throw new InputError(`${source}：会计年度应为4位年份，收到 ${String(fiscalYear)} / the ledger's fiscal year must be a 4-digit year`);
  }
  const ruleData = loadLedgerRuleData();
  const analysis = analysisOptionsFor(fiscalYear);
  const table = await readTableFile(bytes, source, readSheet);
  const { format, encoding } = table;
  // One combined 辅助项 cell (【项目:…】【往来单位:…】) becomes a column per name.
  const rows = expandAuxiliaryColumns(table.rows);
  if (rows.count === 0) throw new MappingError(`${source}：文件为空 / the file is empty`);
  const headOf = (source: RowSource) => Array.from({ length: Math.min(source.count, HEADER_SEARCH_ROWS) }, (_, i) => source.row(i));
  let columns: ResolvedColumns;
  try {
    try {
      columns = resolveColumns(headOf(rows), ruleData.headerSynonyms, mapping, ruleData.headerExclusions, analysis);
    } catch (err) {
      // A ledger grouped by class names the function or economic class on section rows, not in a column.
      const fields = err instanceof MappingError ? classSectionFields(rows) : undefined;
      if (fields === undefined) throw err;
      columns = resolveColumns(headOf(rows), ruleData.headerSynonyms, mapping, ruleData.headerExclusions, analysis, fields);
    }
  } catch (err) {
    // Precondition of a fixed-width reading: a text file in which no separator reading finds the header.
    if (!(err instanceof MappingError) || format !== 'csv') throw err;
    const print = openFixedWidth(bytes, headOf, (head) =>
      resolveColumns(head, ruleData.headerSynonyms, mapping, ruleData.headerExclusions, analysis),
    );
    if (print === undefined) throw err;
    if ('error' in print) throw print.error;
    return { format, ...(encoding ? { encoding } : {}), layout: 'fixed-width', columns: print.columns, rows: print.rows };
  }
  // A workbook with one sheet per month: every further sheet whose header maps to the same columns continues the
  // ledger (its title and header rows are skipped and counted); other sheets (a cover, a summary) are left alone.
  const continued: { rows: RowSource; from: number }[] = [];
  for (const other of table.otherSheets ?? []) {
    const sheetRows = expandAuxiliaryColumns(other.rows);
    try {
      const c = resolveColumns(headOf(sheetRows), ruleData.headerSynonyms, mapping, ruleData.headerExclusions, analysis);
      if (JSON.stringify(c.columns) === JSON.stringify(columns.columns) && JSON.stringify(c.analysis) === JSON.stringify(columns.analysis)) {
        continued.push({ rows: sheetRows, from: c.headerRow + 1 });
      }
    } catch (err) {
      if (!(err instanceof MappingError)) throw err;
    }
  }
  if (continued.length === 0) return { format, ...(encoding ? { encoding } : {}), columns, rows };
  const parts = [{ rows, from: 0 }, ...continued];
  const offsets: number[] = [];
  let count = 0;
  for (const p of parts) {
    offsets.push(count);
    count += Math.max(0, p.rows.count - p.from);
  }
  const locate = (index: number): [RowSource, number] => {
    let k = parts.length - 1;
    while (k > 0 && offsets[k]! > index) k--;
    return [parts[k]!.rows, parts[k]!.from + index - offsets[k]!];
  };
  const combined: RowSource = {
    count,
    row: (index) => {
      const [source, i] = locate(index);
      return source.row(i);
    },
    line: (index) => index + 1,
  };
  const headerRowsSkipped = continued.reduce((s, p) => s + p.from, 0);
  return { format, ...(encoding ? { encoding } : {}), columns, rows: combined, headerRowsSkipped };
}

/** The class fields that section rows of the file give (功能科目：…, 经济科目：…), or undefined when none does. */
function classSectionFields(rows: RowSource): ReadonlySet<LedgerField> | undefined {
  const fields = new Set<LedgerField>();
  for (let i = 0; i < rows.count && fields.size < 2; i++) {
    const kind = sectionOfRow(rows.row(i))?.kind;
    if (kind === 'function') fields.add('functionCode');
    if (kind === 'economic') fields.add('economicCode');
  }
  return fields.size > 0 ? fields : undefined;
}

/**
 * A text file as a fixed-width print (“打印到文件”): the header is the line among the first ones whose column names,
 * separated by runs of two or more spaces (else single spaces), map the ledger's required fields; every line is cut
 * by that header's display positions (src/reference/fixed-width.ts). Undefined when no line maps.
 */
function openFixedWidth(
  bytes: Uint8Array,
  headOf: (rows: RowSource) => (readonly string[])[],
  resolve: (head: readonly (readonly string[])[]) => ResolvedColumns,
): { rows: RowSource; columns: ResolvedColumns } | { error: MappingError } | undefined {
  const { text } = decodeText(bytes);
  let printError: MappingError | undefined;
  for (const gap of [2, 1]) {
    let found: ResolvedColumns;
    const head = spaceSplitHead(text, HEADER_SEARCH_ROWS, gap);
    try {
      found = resolve(head);
    } catch (err) {
      if (!(err instanceof MappingError)) throw err;
      // A line of three or more space-separated words, two of them column names, is a print's header that lacks a
      // field: its own error (the fields missing, the words seen) says more than the separator reading's.
      // (Not a tab-separated line: that file's own error stands.)
      const rawLines = text.split('\n', HEADER_SEARCH_ROWS);
      const line =
        gap === 2 ? head.findIndex((words, i) => words.length >= 3 && !rawLines[i]!.includes('\t') && countColumnNames(words) >= 2) : -1;
      if (line >= 0 && printError === undefined) {
        printError = new MappingError(`按空格对齐的定宽打印格式读取，第${line + 1}行为表头：${err.message} / read as a fixed-width print, header on line ${line + 1}`);
      }
      continue;
    }
    const rows = expandAuxiliaryColumns(fixedWidthRows(text, found.headerRow, gap));
    try {
      const columns = resolve(headOf(rows));
      if (columns.headerRow === found.headerRow) return { rows, columns };
    } catch (err) {
      if (!(err instanceof MappingError)) throw err;
    }
  }
  return printError ? { error: printError } : undefined;
}

/** How many words are exactly a column name of the ledger (header-synonyms.json). */
function countColumnNames(words: readonly string[]): number {
  const names = new Set(Object.values(loadLedgerRuleData().headerSynonyms).flatMap((s) => s.map(normalizeHeader)));
  return words.filter((w) => names.has(normalizeHeader(w))).length;
}

/** @throws MappingError when the header cannot be mapped; InputError for an unreadable workbook. */
export async function readLedgerFile(
  bytes: Uint8Array,
  source: string,
  options: ReadLedgerOptions,
): Promise<ReadLedgerResult> {
  const file = await openLedgerFile(bytes, source, options.fiscalYear, options.mapping);
  const parsed = parseLedgerRows(file.rows, file.columns, {
    fiscalYear: options.fiscalYear,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const extra = file.headerRowsSkipped ?? 0;
  const skipped = extra > 0 ? { ...parsed.skipped, title: (parsed.skipped.title ?? 0) + extra } : parsed.skipped;
  return {
    ...parsed,
    skipped,
    skippedRows: parsed.skippedRows + extra,
    format: file.format,
    ...(file.encoding ? { encoding: file.encoding } : {}),
    ...(file.layout ? { layout: file.layout } : {}),
    columns: file.columns,
  };
}
