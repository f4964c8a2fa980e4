/**
 * A ledger file (CSV in UTF-8 or GBK, or .xlsx) to entries, or to every bad row. Pure apart from the bytes
 * given and the year's economic code table (read through reference/code-tables.ts, for a 多栏账's class names and
 * economic cells without a code): no other file, no database.
 */
import { InputError } from '../core/input-error.ts';
import type { SheetRows } from '../reference/spreadsheet.ts';
import { type RowSource, readTableFile, type TableFile } from '../reference/table-file.ts';
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
import { type ParseOptions, type ParseResult, type ParseState, parseCode, parseLedgerRows, parseLedgerWhole, parseResultOf } from './parse-entries.ts';
import { foldAuxiliarySubRows } from './auxiliary-subrows.ts';
import { expandAuxiliaryColumns } from './auxiliary-cells.ts';
import { carryVoucherHeads, joinGenericSlots } from './voucher-heads.ts';
import { joinDigitColumns } from './digit-columns.ts';
import { loadLedgerRuleData } from './rule-data.ts';
import type { LedgerEntry, LedgerField } from './entry.ts';
import { accountTitleOfPageInfo, accountTitleOfRow, loadRowKinds, normalizeLabel, sectionOfRow, type SkipCounts } from '../reference/row-kinds.ts';
import { accountEconomicClass } from './account-class.ts';
import { selectUnit, type UnitChoice, type UnitSelection } from './ledger-units.ts';
import { bookStarts, type LevelledBooks, levelledSections, levelledSheets } from './levelled-books.ts';
import { readFieldCodeHeader } from './field-codes.ts';
import { ownLayoutSheets, parseLedgerFileChunks, type SheetLayout } from './sheet-layouts.ts';

export interface ReadLedgerOptions {
  readonly fiscalYear: number;
  readonly mapping?: ColumnMapping;
  readonly onProgress?: (done: number, total: number) => void;
  /** Which unit of a multi-unit export to read (ledger-units.ts). */
  readonly unit?: UnitChoice;
}

export interface ReadLedgerResult extends ParseResult {
  readonly format: 'csv' | 'xlsx' | 'xls' | 'xml' | 'html' | 'ods';
  readonly encoding?: TextEncodingName;
  /** A text file read as a fixed-width print (columns by the header's positions), not by a separator; or as a table drawn with box characters. */
  readonly layout?: 'fixed-width' | 'box-drawn';
  readonly columns: ResolvedColumns;
  /** A workbook of several sheets (or an HTML file of several tables): the sheets read and those left out. */
  readonly sheets?: LedgerSheets;
  /** A multi-unit export: the unit read and the units the file holds. */
  readonly unit?: UnitSelection;
  /** A 明细账 printed for an account and its sub-accounts in one go: the books read and those left out as repeats. */
  readonly levelledBooks?: LevelledBooks;
}

export { arrayRows, csvRowSource, csvRows, type RowSource } from '../reference/table-file.ts';

export interface OpenedLedgerFile {
  readonly format: 'csv' | 'xlsx' | 'xls' | 'xml' | 'html' | 'ods';
  readonly encoding?: TextEncodingName;
  /** A text file read as a fixed-width print (columns by the header's positions), not by a separator; or as a table drawn with box characters. */
  readonly layout?: 'fixed-width' | 'box-drawn';
  readonly columns: ResolvedColumns;
  readonly rows: RowSource;
  /** Title and header rows of the further sheets of a one-sheet-per-month workbook (not in `rows`). */
  readonly headerRowsSkipped?: number;
  /** A workbook of several sheets (or an HTML file of several tables): the sheets read and those left out. */
  readonly sheets?: LedgerSheets;
  /** A multi-unit export: the unit read and the units the file holds (the other units' lines skip as 'other-unit'). */
  readonly unit?: UnitSelection;
  /**
   * A 明细账 printed for an account and its sub-accounts in one go (levelled-books.ts): the books read and those left
   * out as repeats. Their rows skip as 'repeated-book' — in `rows`, or (sheets left out) counted in `repeatedRowsLeftOut`.
   */
  readonly levelledBooks?: LevelledBooks;
  /** Rows of the sheets left out as repeated books (not in `rows`). */
  readonly repeatedRowsLeftOut?: number;
  /** Later sheets read in their own header's columns, after `rows` (sheet-layouts.ts: a system changed in the year). */
  readonly layouts?: readonly SheetLayout[];
  /**
   * `rows` (and then `layouts`) already parsed whole while opening (a file whose books were looked at for repeats and
   * repeat nothing; a workbook whose sheets in another header were looked at for repeats): parseOpenedChunks hands
   * this parse on instead of reading the rows again.
   */
  readonly parsed?: ParsedRows;
}

/** A whole parse of an opened file's `rows` in its `columns` (then its `layouts`), with the only option it was given. */
export interface ParsedRows {
  readonly fiscalYear: number;
  readonly entries: readonly LedgerEntry[];
  readonly state: ParseState;
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
  const { classNames, sameName } = loadLedgerRuleData().analysisGroups;
  const aliases = new Map(Object.entries(classNames).map(([short, full]) => [normalizeHeader(short), full]));
  /** Codes of a name two classes share, with the 类 not read left out (办公设备购置: 31002, not 30902). */
  const settle = (codes: readonly string[]): readonly string[] => {
    let left = codes;
    for (const { read, over } of sameName) {
      if (left.some((c) => c.startsWith(read))) left = left.filter((c) => !c.startsWith(over));
    }
    return left;
  };
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
    // The table's own name, else a short name of the data (维修费), else the name with 费用 read as 费 (因公出国（境）费).
    let codes = names.codesNamed(name);
    if (codes.length === 0 && aliases.has(name)) codes = names.codesNamed(aliases.get(name)!);
    if (codes.length === 0) codes = names.codesNamedLoosely(name);
    codes = settle(codes);
    if (codes.length === 1) return { code: codes[0]! };
    if (codes.length > 1) return { error: `对应多个经济分类（${codes.join('、')}）` };
    return { error: `不是经济分类科目名称（${table ? table.source : '没有经济分类表'}中没有此名称）` };
  };
}

/** The 多栏账 options of the shipped header data, with the class names of the fiscal year's economic table. */
function analysisOptionsFor(fiscalYear: number): AnalysisOptions | undefined {
  const data = loadLedgerRuleData().analysisGroups;
  if (data.groups.length === 0) return undefined;
  return { ...data, classOf: economicClassOfHeader(fiscalYear) };
}

/**
 * Decode the file and map its header; the rows are parsed later (all at once or in chunks). A multi-unit export is
 * read for one unit (ledger-units.ts: the unit chosen, else the department's own; else an error listing the units).
 * The fiscal year is the caller's (the department-year the ledger is imported into), never the clock's: a 多栏账
 * read in another year's economic table would book its columns to that year's classes.
 * @throws MappingError when the header cannot be mapped; InputError for an unreadable workbook, a fiscal year
 * that is not a year, or a multi-unit export whose unit is not settled.
 */
export async function openLedgerFile(
  bytes: Uint8Array,
  source: string,
  /** The ledger's year: a 多栏账's class names are read in that year's economic table. */
  fiscalYear: number,
  mapping?: ColumnMapping,
  /** The .xlsx reader; the server passes one that runs in a bounded worker. */
  readSheet?: (bytes: Buffer, source: string) => Promise<SheetRows>,
  /** Which unit of a multi-unit export to read. */
  unit: UnitChoice = {},
): Promise<OpenedLedgerFile> {
  const file = await openWholeLedgerFile(bytes, source, fiscalYear, mapping, readSheet);
  const { rows, selection } = selectUnit(file.rows, file.columns, unit, loadLedgerRuleData().unitColumns, source);
  if (selection === undefined) return file;
  // One unit's rows are other rows than those parsed while opening.
  const { parsed: _, ...whole } = file;
  return { ...whole, rows, unit: selection };
}

/**
 * An opened file's entries in chunks (sheet-layouts.ts parseLedgerFileChunks), `state` holding the errors and counts.
 * A file parsed whole while opening (`parsed`) is not read again when that parse is the one asked for: the same rows,
 * sheets in their own layouts, columns and fiscal year, the default error limit, no row offset, a state holding
 * nothing but skipped rows counted before, and no bad row (a parse with bad rows stops yielding at the first, where chunks of another size would already have left).
 */
export function* parseOpenedChunks(file: OpenedLedgerFile, options: ParseOptions, state: ParseState, chunkSize = 10_000): Generator<LedgerEntry[], void, undefined> {
  const done = file.parsed;
  if (
    done === undefined ||
    !onlySkipCounts(state) ||
    done.fiscalYear !== options.fiscalYear ||
    options.maxErrors !== undefined ||
    options.rowOffset !== undefined ||
    done.state.errors.length > 0
  ) {
    yield* parseLedgerFileChunks(file, options, state, chunkSize);
    return;
  }
  // The rows a caller counted before the parse (title rows of further sheets, repeated books) add up with the parse's.
  const { errors: _, skippedRows, skipped, ...counts } = structuredClone(done.state);
  Object.assign(state, counts);
  state.skippedRows += skippedRows;
  if (skipped !== undefined) {
    state.skipped ??= {};
    const into: SkipCounts = state.skipped;
    for (const [reason, n] of Object.entries(skipped) as [keyof SkipCounts, number][]) into[reason] = (into[reason] ?? 0) + n;
  }
  const rows = file.rows.count + (file.layouts ?? []).reduce((n, l) => n + l.rows.count, 0);
  options.onProgress?.(rows, rows);
  for (let i = 0; i < done.entries.length; i += chunkSize) yield done.entries.slice(i, i + chunkSize);
}

/** A state no parse has written to: no entry, no error, nothing but skipped rows counted (which a parse adds to). */
function onlySkipCounts(state: ParseState): boolean {
  const untouched = new Set<string>(['errors', 'errorsTruncated', 'skippedRows', 'entryCount', 'skipped']);
  return state.entryCount === 0 && state.errors.length === 0 && !state.errorsTruncated && Object.keys(state).every((k) => untouched.has(k));
}

async function openWholeLedgerFile(
  bytes: Uint8Array,
  source: string,
  fiscalYear: number,
  mapping?: ColumnMapping,
  readSheet?: (bytes: Buffer, source: string) => Promise<SheetRows>,
): Promise<OpenedLedgerFile> {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1000 || fiscalYear > 9999) {
    throw new InputError(`${source}：会计年度应为4位年份，收到 ${String(fiscalYear)} / the ledger's fiscal year must be a 4-digit year`);
  }
  const ruleData = loadLedgerRuleData();
  const analysis = analysisOptionsFor(fiscalYear);
  // A header of field codes (PZRQ, JFJE) over the fields' Chinese comments is read by the comments (field-codes.ts).
  const opened = await readTableFile(bytes, source, readSheet);
  const table: TableFile = {
    ...opened,
    rows: readFieldCodeHeader(opened.rows, HEADER_SEARCH_ROWS),
    ...(opened.otherSheets ? { otherSheets: opened.otherSheets.map((o) => ({ ...o, rows: readFieldCodeHeader(o.rows, HEADER_SEARCH_ROWS) })) } : {}),
  };
  const { format, encoding } = table;
  const headOf = (source: RowSource) => Array.from({ length: Math.min(source.count, HEADER_SEARCH_ROWS) }, (_, i) => source.row(i));
  const resolve = (rows: RowSource, like?: RowSource): ResolvedColumns => {
    try {
      return resolveColumns(headOf(rows), ruleData.headerSynonyms, mapping, ruleData.headerExclusions, analysis, undefined, ruleData.headerExactOnly, ruleData.headerSubColumns, ruleData.headerDateVoucher, ruleData.bookSides);
    } catch (err) {
      // A ledger grouped by class names the function or economic class on section rows, not in a column. A further
      // sheet (`like`: the ledger's first) whose own section names no class is read as the first is: its rows then
      // fail one by one, saying why, instead of the sheet being left out.
      const fields = err instanceof MappingError ? (classSectionFields(rows, fiscalYear) ?? (like ? classSectionFields(like, fiscalYear) : undefined)) : undefined;
      if (fields === undefined) throw err;
      return resolveColumns(headOf(rows), ruleData.headerSynonyms, mapping, ruleData.headerExclusions, analysis, fields, ruleData.headerExactOnly, ruleData.headerSubColumns, ruleData.headerDateVoucher, ruleData.bookSides);
    }
  };
  const parts = ledgerParts(table);
  if (parts.length > 1) {
    const levelled = parts[0]!.continues ? levelledWorkbook(parts, resolve, fiscalYear) : undefined;
    if (levelled === undefined) return openSheets(parts, table, source, resolve, fiscalYear);
    const kept = parts.filter((_, k) => !levelled.leaveOut.has(k));
    const file = openSheets(kept, table, source, resolve);
    // The sheets left out as repeats, named in the workbook's order among the others left out.
    const order = new Map(parts.map((p, k) => [p.name, k]));
    const skipped = [...(file.sheets?.skipped ?? []), ...[...levelled.leaveOut].map((k) => ({ sheet: parts[k]!.name, reason: 'repeated' as const }))].sort(
      (a, b) => order.get(a.sheet)! - order.get(b.sheet)!,
    );
    return { ...file, sheets: { read: file.sheets?.read ?? kept.map((p) => p.name), skipped }, levelledBooks: levelled.books, repeatedRowsLeftOut: levelled.rowsLeftOut };
  }
  // One combined 辅助项 cell (【项目:…】【往来单位:…】) becomes a column per name.
  const rows = expandAuxiliaryColumns(foldAuxiliarySubRows(joinGenericSlots(carryVoucherHeads(joinDigitColumns(table.rows, ruleData.digitColumns)))));
  if (rows.count === 0) throw new MappingError(`${source}：文件为空 / the file is empty`);
  let columns: ResolvedColumns;
  try {
    columns = resolve(rows);
  } catch (err) {
    // Precondition of a fixed-width reading: a text file in which no separator reading finds the header.
    if (!(err instanceof MappingError) || format !== 'csv') throw err;
    const print = openFixedWidth(bytes, headOf, (head) =>
      resolveColumns(head, ruleData.headerSynonyms, mapping, ruleData.headerExclusions, analysis, undefined, ruleData.headerExactOnly, ruleData.headerSubColumns, ruleData.headerDateVoucher, ruleData.bookSides),
    );
    if (print === undefined) throw err;
    if ('error' in print) throw print.error;
    return { format, ...(encoding ? { encoding } : {}), layout: 'fixed-width', columns: print.columns, rows: print.rows };
  }
  // The books of an account and of its sub-accounts one after another (科目：7201 …, then 科目：72010101 …): each entry once.
  // The books are found and cut in the file's rows as written (a title line of 名称：值 labels may read as 辅助项 cells),
  // only where reading them kept one row per row.
  const starts = rows.count === table.rows.count ? bookStarts(table.rows) : undefined;
  const own = starts === undefined ? undefined : levelledOwnHeaders(starts, table, columns, resolve, fiscalYear);
  if (own !== undefined) {
    const { sheets: _, ...file } = openSheets(own.kept, table, source, resolve);
    return { ...file, levelledBooks: own.books, repeatedRowsLeftOut: own.rowsLeftOut };
  }
  // Two systems' books one after the other in one table, each under its own header: each read in its own columns.
  const blocks = rows.count === table.rows.count ? layoutBlocks(table.rows, rows, columns, resolve) : undefined;
  if (blocks !== undefined) {
    // Only when every block is read: a block left out (no entry, or a repeat of the rows above) would be left out
    // unsaid in a file of one table; the rows are then read in the file's header, each bad one an error.
    const { sheets, ...file } = openSheets(blocks, table, source, resolve, fiscalYear);
    if (sheets?.skipped.length === 0) return file;
  }
  // Books that repeat nothing leave the rows as they are: their parse is the import's, handed on (parseOpenedChunks).
  // Books that do are parsed again with the repeats skipped: the parser carries state from row to row (the row
  // above's date and voucher, month blocks, section rows) and counts rows by kind, so the first parse's entries
  // filtered by row would not be proved the same.
  let whole: ParsedRows | undefined;
  const parseWhole = (): readonly LedgerEntry[] => {
    whole = { fiscalYear, ...parseLedgerWhole(rows, columns, { fiscalYear }) };
    return whole.entries;
  };
  const levelled = starts === undefined ? undefined : levelledSections(rows, columns, parseWhole, starts);
  const read = levelled?.rows ?? rows;
  return {
    format,
    ...(encoding ? { encoding } : {}),
    ...(table.layout ? { layout: table.layout } : {}),
    columns,
    rows: read,
    ...(levelled ? { levelledBooks: levelled.books } : whole ? { parsed: whole } : {}),
  };
}

/**
 * One table of books printed for several levels, some under a header of their own in other columns than the
 * file's first (a leaf's book without its parent's 科目 columns): each book read as a part on its own, as a workbook's
 * sheets are; undefined when every book reads in the file's columns (levelledSections reads those).
 */
function levelledOwnHeaders(
  starts: readonly { row: number; code: string; name: string }[],
  table: TableFile,
  columns: ResolvedColumns,
  resolve: (rows: RowSource, like?: RowSource) => ResolvedColumns,
  fiscalYear: number,
): { kept: LedgerPart[]; books: LevelledBooks; rowsLeftOut: number } | undefined {
  const raw = table.rows;
  const parts: LedgerPart[] = starts.map((s, k) => {
    const from = k === 0 ? 0 : s.row;
    const to = k + 1 < starts.length ? starts[k + 1]!.row : raw.count;
    return { name: `${s.code} ${s.name}`, rows: { count: to - from, row: (i) => raw.row(from + i), line: (i) => raw.line(from + i) }, continues: true };
  });
  const otherColumns = parts.some((p) => {
    try {
      return JSON.stringify(resolve(pipeline(p.rows)).columns) !== JSON.stringify(columns.columns);
    } catch (err) {
      if (!(err instanceof MappingError)) throw err;
      return false;
    }
  });
  if (!otherColumns) return undefined;
  const levelled = levelledWorkbook(parts, resolve, fiscalYear);
  if (levelled === undefined) return undefined;
  return { kept: parts.filter((_, k) => !levelled.leaveOut.has(k)), books: levelled.books, rowsLeftOut: levelled.rowsLeftOut };
}

/**
 * One table holding the ledger in several layouts one after the other (a unit that changed its accounting system in
 * the year printed both systems' books into one sheet, each under its own title and header): a later row that is a
 * ledger header (no amount, at least three cells that are column names) and maps to other columns than the header
 * before it starts a part, read in its own columns as a workbook's sheet in another layout is (sheet-layouts.ts). The
 * part starts at the title rows right above that header (the rows without an amount, up to a blank one). A page's
 * repeat of the same header starts nothing. Undefined when no later header maps to other columns.
 */
function layoutBlocks(
  raw: RowSource,
  rows: RowSource,
  columns: ResolvedColumns,
  resolve: (rows: RowSource, like?: RowSource) => ResolvedColumns,
): LedgerPart[] | undefined {
  const names = new Set(Object.values(loadLedgerRuleData().headerSynonyms).flatMap((s) => s.map(normalizeHeader)));
  const key = (cells: readonly string[]) => JSON.stringify(cells.map(normalizeHeader));
  const seen = new Set([key(rows.row(columns.headerRow))]);
  /** The names a header (its row and the row above it, for one of two rows) prints. */
  const printed = (at: number, row: number) => new Set([row - 1, row].flatMap((r) => (r >= at ? rows.row(r).map(normalizeHeader) : [])));
  let names0 = printed(0, columns.headerRow);
  const cuts: number[] = [];
  let current = columns;
  for (let i = columns.headerRow + 1; i < rows.count; i++) {
    const cells = rows.row(i);
    if (cells.some((c) => AMOUNT_CELL.test(c)) || cells.filter((c) => names.has(normalizeHeader(c))).length < 3 || seen.has(key(cells))) continue;
    // A header that prints only names of the header before it is that header again (a page's repeat, some columns
    // left out): another system's header names its columns otherwise (记账日期 beside 凭证日期).
    if (cells.every((c) => normalizeHeader(c) === '' || names0.has(normalizeHeader(c)))) continue;
    seen.add(key(cells));
    let from = i;
    while (from > 0 && i - from < HEADER_SEARCH_ROWS - 1 && rows.row(from - 1).some((c) => c.trim() !== '') && !rows.row(from - 1).some((c) => AMOUNT_CELL.test(c))) from--;
    const start = from;
    const part: RowSource = { count: rows.count - start, row: (k) => rows.row(start + k), line: (k) => rows.line(start + k) };
    let found: ResolvedColumns;
    try {
      found = pipelineResolve(part, resolve);
    } catch (err) {
      if (!(err instanceof MappingError)) throw err;
      continue;
    }
    if (found.headerRow + start !== i || JSON.stringify(found.columns) === JSON.stringify(current.columns)) continue;
    cuts.push(start);
    current = found;
    names0 = printed(start, start + found.headerRow);
  }
  if (cuts.length === 0) return undefined;
  const bounds = [0, ...cuts, raw.count];
  return bounds.slice(0, -1).map((from, k) => {
    const to = bounds[k + 1]!;
    const name = k === 0 ? `第1-${to}行` : `第${from + 1}-${to}行`;
    return { name, rows: { count: to - from, row: (i) => raw.row(from + i), line: (i) => raw.line(from + i) }, continues: true, block: true };
  });
}

/** The columns of a part as openSheets reads them (its rows through the ledger's pipeline). */
function pipelineResolve(part: RowSource, resolve: (rows: RowSource, like?: RowSource) => ResolvedColumns): ResolvedColumns {
  return resolve(pipeline(part));
}

/** A part's rows as the ledger reads them: 金额线 digits joined, voucher heads carried, 辅助项 cells split. */
function pipeline(rows: RowSource): RowSource {
  return expandAuxiliaryColumns(foldAuxiliarySubRows(joinGenericSlots(carryVoucherHeads(joinDigitColumns(rows, loadLedgerRuleData().digitColumns)))));
}

/**
 * A workbook of one sheet per account book printed for several levels (levelled-books.ts): which sheets to leave out
 * as repeats; undefined when it is no such print. Each sheet is read on its own, in its own header.
 */
function levelledWorkbook(
  parts: readonly LedgerPart[],
  resolve: (rows: RowSource, like?: RowSource) => ResolvedColumns,
  fiscalYear: number,
): ReturnType<typeof levelledSheets> {
  return levelledSheets(
    parts,
    (k) => {
      const rows = pipeline(parts[k]!.rows);
      if (rows.count === 0) return undefined;
      try {
        return { name: parts[k]!.name, rows, columns: resolve(rows) };
      } catch (err) {
        if (!(err instanceof MappingError)) throw err;
        return undefined;
      }
    },
    (part) => parseLedgerRows(part.rows, part.columns, { fiscalYear }).entries,
    HEADER_SEARCH_ROWS,
  );
}

/** Why a sheet of a workbook was not read as the ledger. */
export type SheetSkipReason = 'empty' | 'no-header' | 'other-header' | 'summary' | 'repeated';

/** The sheets of a workbook of several (or the tables of an HTML file of several) that were read and left out. */
export interface LedgerSheets {
  /** The sheets read as the ledger, in order (one, or a one-sheet-per-month workbook's months). */
  readonly read: readonly string[];
  readonly skipped: readonly { readonly sheet: string; readonly reason: SheetSkipReason }[];
}

/** A part of a table file that may hold the ledger: a workbook's sheet, or an HTML file from one of its tables on. */
interface LedgerPart {
  readonly name: string;
  readonly rows: RowSource;
  /** Whether a later part with the same header continues the ledger (a sheet; not an HTML table, read to the file's end). */
  readonly continues: boolean;
  /** A block of one table (layoutBlocks), not a sheet: its rows are numbered as the file's, its errors name no sheet. */
  readonly block?: boolean;
}

/** A workbook's sheets, an HTML file of several tables from each table on, or the one table of any other file. */
function ledgerParts(table: TableFile): LedgerPart[] {
  if (table.otherSheets && table.otherSheets.length > 0) {
    return [
      { name: table.sheet ?? '1', rows: table.rows, continues: true },
      ...table.otherSheets.map((o) => ({ name: o.sheet, rows: o.rows, continues: true })),
    ];
  }
  if (table.tableStarts && table.tableStarts.length > 0) {
    // The whole file first (title tables above the ledger's are its title rows), then from each further table on:
    // a cover or query table may push the ledger's header past the rows searched.
    const from = (start: number): RowSource => ({
      count: Math.max(0, table.rows.count - start),
      row: (i) => table.rows.row(start + i),
      line: (i) => table.rows.line(start + i),
    });
    return [0, ...table.tableStarts].map((start, k) => ({ name: `表格${k + 1}`, rows: from(start), continues: false }));
  }
  return [{ name: table.sheet ?? '', rows: table.rows, continues: false }];
}

const SHEET_REASON: Record<SheetSkipReason, [string, string]> = {
  empty: ['空表', 'empty'],
  'no-header': ['找不到明细账表头', 'no ledger header'],
  'other-header': ['表头与明细账不同', 'another header'],
  summary: ['汇总表，不是分录', 'a summary of the ledger, not entries'],
  repeated: ['与其他级次科目的账页重复', 'repeats the entries of another account level’s sheets'],
};

/** A cell that is an amount (1234.56, -1,650.00): the title rows of a sheet end above the first such row. */
const AMOUNT_CELL = /^\s*-?[\d,]+(?:\.\d+)?\s*$/u;

/**
 * Whether a sheet left out is a summary of the ledger (经济分类汇总 of SUMIF formulas beside a hand-kept 明细账, a
 * 科目余额表): its name, or a cell of its title rows (those above its first row with an amount), holds a word of
 * data/imports/row-kinds.json summarySheet. Only the reason it is left out for depends on it.
 */
function isSummarySheet(part: LedgerPart): boolean {
  const words = loadRowKinds().summarySheet;
  if (words.length === 0) return false;
  const holds = (text: string) => {
    const t = normalizeLabel(text);
    return t !== '' && words.some((w) => t.includes(w));
  };
  if (holds(part.name)) return true;
  for (let i = 0; i < Math.min(part.rows.count, HEADER_SEARCH_ROWS); i++) {
    const row = part.rows.row(i);
    if (row.some((c) => AMOUNT_CELL.test(c))) break;
    if (row.some(holds)) return true;
  }
  return false;
}

/**
 * The ledger of a workbook of several sheets: the first sheet whose header maps is the ledger; every later sheet
 * whose header maps to the same columns continues it (one sheet per month: its title and header rows are skipped
 * and counted); the others (a cover 查询条件, a 说明, a summary) are left out and named.
 * @throws MappingError naming every sheet and why, when no sheet has a ledger header.
 */
function openSheets(
  parts: readonly LedgerPart[],
  table: TableFile,
  source: string,
  resolve: (rows: RowSource, like?: RowSource) => ResolvedColumns,
  /** Given, later sheets in another header may continue the ledger in their own layout (sheet-layouts.ts). */
  layoutYear?: number,
): OpenedLedgerFile {
  const { format, encoding } = table;
  const skipped: { sheet: string; reason: SheetSkipReason }[] = [];
  const tried: string[] = [];
  let first: { part: LedgerPart; rows: RowSource; columns: ResolvedColumns; index: number } | undefined;
  for (let k = 0; k < parts.length && !first; k++) {
    const part = parts[k]!;
    // One combined 辅助项 cell (【项目:…】【往来单位:…】) becomes a column per name.
    const rows = expandAuxiliaryColumns(foldAuxiliarySubRows(joinGenericSlots(carryVoucherHeads(joinDigitColumns(part.rows, loadLedgerRuleData().digitColumns)))));
    if (rows.count === 0) {
      skipped.push({ sheet: part.name, reason: 'empty' });
      tried.push(`「${part.name}」为空`);
      continue;
    }
    try {
      first = { part, rows, columns: resolve(rows), index: k };
    } catch (err) {
      if (!(err instanceof MappingError)) throw err;
      skipped.push({ sheet: part.name, reason: 'no-header' });
      // The reason in Chinese only (the English half follows the whole list).
      const cut = err.message.lastIndexOf(' / ');
      tried.push(`「${part.name}」${cut > 0 ? err.message.slice(0, cut) : err.message}`);
    }
  }
  if (!first) {
    if (skipped.every((s) => s.reason === 'empty')) throw new MappingError(`${source}：文件为空 / the file is empty`);
    const what = parts[0]!.continues ? '工作表' : '表格';
    throw new MappingError(
      `${source}：${parts.length} 个${what}都找不到明细账表头（${tried.join('；')}） / no ${parts[0]!.continues ? 'sheet' : 'table'} has a ledger header: ${parts.map((p) => p.name).join(', ')}`,
    );
  }
  // An earlier sheet left out for want of a class column, with the same header read as the ledger's first is (its
  // section names no class: its rows then fail one by one, saying why), starts the ledger instead.
  if (first.part.continues) {
    for (let j = 0; j < first.index; j++) {
      const part = parts[j]!;
      if (skipped.find((s) => s.sheet === part.name)?.reason !== 'no-header') continue;
      const earlier = expandAuxiliaryColumns(foldAuxiliarySubRows(joinGenericSlots(carryVoucherHeads(joinDigitColumns(part.rows, loadLedgerRuleData().digitColumns)))));
      let c: ResolvedColumns;
      try {
        c = resolve(earlier, first.rows);
      } catch (err) {
        if (!(err instanceof MappingError)) throw err;
        continue;
      }
      if (JSON.stringify(c.columns) !== JSON.stringify(first.columns.columns) || JSON.stringify(c.analysis) !== JSON.stringify(first.columns.analysis)) continue;
      const before = new Set(parts.slice(0, j).map((p) => p.name));
      skipped.splice(0, skipped.length, ...skipped.filter((s) => before.has(s.sheet)));
      first = { part, rows: earlier, columns: c, index: j };
      break;
    }
  }
  const { columns, rows } = first;
  // Sheets after the ledger's: the same header continues it; any other is left out and named.
  const continued: { rows: RowSource; from: number; name: string }[] = [];
  const otherLayouts: SheetLayout[] = [];
  for (const part of parts.slice(first.index + 1)) {
    if (!part.continues) break;
    const sheetRows = expandAuxiliaryColumns(foldAuxiliarySubRows(joinGenericSlots(carryVoucherHeads(joinDigitColumns(part.rows, loadLedgerRuleData().digitColumns)))));
    if (sheetRows.count === 0) {
      skipped.push({ sheet: part.name, reason: 'empty' });
      continue;
    }
    try {
      const c = resolve(sheetRows, rows);
      if (JSON.stringify(c.columns) === JSON.stringify(columns.columns) && JSON.stringify(c.analysis) === JSON.stringify(columns.analysis)) {
        continued.push({ rows: sheetRows, from: c.headerRow + 1, name: part.name });
      } else {
        skipped.push({ sheet: part.name, reason: 'other-header' });
        otherLayouts.push({ name: part.name, rows: sheetRows, columns: c, ...(part.block ? { block: true } : {}) });
      }
    } catch (err) {
      if (!(err instanceof MappingError)) throw err;
      skipped.push({ sheet: part.name, reason: 'no-header' });
    }
  }
  // A sheet left out that is a summary of the ledger (经济分类汇总) says so; decided last, as the choice of the ledger's
  // first sheet above reads the reasons as found.
  const named = skipped.map((s) => {
    const part = parts.find((p) => p.name === s.sheet);
    return (s.reason === 'no-header' || s.reason === 'other-header') && part?.continues === true && isSummarySheet(part) ? { ...s, reason: 'summary' as const } : s;
  });
  const pieceNames = [first.part.name, ...continued.map((c) => c.name)];
  const file = { format, ...(encoding ? { encoding } : {}), columns, ...combineSheets(rows, continued, pieceNames) };
  const found = layoutYear === undefined ? undefined : ownLayoutSheets(otherLayouts, file, layoutYear);
  const layouts = found?.sheets ?? [];
  const own = new Set(layouts.map((l) => l.name));
  // An HTML file read from its first table on has skipped no table.
  const sheets: LedgerSheets = {
    read: own.size === 0 ? pieceNames : parts.filter((p) => pieceNames.includes(p.name) || own.has(p.name)).map((p) => p.name),
    skipped: named.filter((s) => !own.has(s.sheet)),
  };
  // The parse that looked for repeats is the import's, handed on (parseOpenedChunks).
  const parsed: ParsedRows | undefined = found?.whole && layoutYear !== undefined ? { fiscalYear: layoutYear, ...found.whole } : undefined;
  return { ...file, sheets, ...(layouts.length > 0 ? { layouts } : {}), ...(parsed ? { parsed } : {}) };
}

/** The ledger's first sheet and the sheets in the same header that continue it, as one run of rows. */
function combineSheets(
  rows: RowSource,
  continued: readonly { rows: RowSource; from: number; name: string }[],
  names: readonly string[],
): { rows: RowSource; headerRowsSkipped?: number } {
  if (continued.length === 0) return { rows };
  const pieces = [{ rows, from: 0 }, ...continued];
  const offsets: number[] = [];
  let count = 0;
  for (const p of pieces) {
    offsets.push(count);
    count += Math.max(0, p.rows.count - p.from);
  }
  /** The piece (sheet) a combined row index falls in. */
  const pieceOf = (index: number): number => {
    let k = pieces.length - 1;
    while (k > 0 && offsets[k]! > index) k--;
    return k;
  };
  const locate = (index: number): [RowSource, number] => {
    const k = pieceOf(index);
    return [pieces[k]!.rows, pieces[k]!.from + index - offsets[k]!];
  };
  // Each further sheet's own title block (科目：72010102 事业支出—财政拨款支出—项目支出 on a sheet per 明细科目).
  const titles = pieces.map((p, k) => (k === 0 ? undefined : Array.from({ length: Math.max(0, p.from - 1) }, (_, i) => p.rows.row(i))));
  const combined: RowSource = {
    count,
    row: (index) => {
      const [source, i] = locate(index);
      return source.row(i);
    },
    line: (index) => index + 1,
    titleRows: (index) => titles[pieceOf(index)],
    // The sheet's name (a 项目辅助明细账 printed one sheet per 预算项目 names the project there).
    sheetName: (index) => names[pieceOf(index)],
    sheetNames: names,
  };
  const headerRowsSkipped = continued.reduce((s, p) => s + p.from, 0);
  return { rows: combined, headerRowsSkipped };
}

/**
 * 「读取工作表：明细账；未读取：查询条件（找不到明细账表头）」 for a workbook of several sheets (or an HTML file of
 * several tables whose first ones were left out), or '' when there is nothing to say (one sheet, nothing left out).
 */
export function describeSheets(sheets: LedgerSheets | undefined): string {
  if (!sheets || (sheets.skipped.length === 0 && sheets.read.length <= 1)) return '';
  const list = (names: readonly string[]) => (names.length > 12 ? `${names.slice(0, 12).map((n) => `「${n}」`).join('、')} 等 ${names.length} 个` : names.map((n) => `「${n}」`).join('、'));
  const zh = [`读取${sheets.read.length > 1 ? ` ${sheets.read.length} 个` : ''}：${list(sheets.read)}`];
  const en = [`read ${sheets.read.join(', ')}`];
  if (sheets.skipped.length > 0) {
    zh.push(`未读取：${sheets.skipped.map((s) => `「${s.sheet}」（${SHEET_REASON[s.reason][0]}）`).join('、')}`);
    en.push(`not read: ${sheets.skipped.map((s) => `${s.sheet} (${SHEET_REASON[s.reason][1]})`).join(', ')}`);
  }
  return `工作表${zh.join('；')} / sheets ${en.join('; ')}`;
}

/**
 * The class fields that section rows of the file give (功能科目：…, 经济科目：…), or undefined when none does. A
 * 明细分类账's section title (科目：5001010211 业务活动费用-商品和服务费用-差旅费) gives the economic class when its
 * account names one (src/ledger/account-class.ts); a title whose account names none (科目：7101 行政支出) gives nothing.
 */
function classSectionFields(rows: RowSource, fiscalYear: number): ReadonlySet<LedgerField> | undefined {
  const fields = new Set<LedgerField>();
  let economicOfAccount: ((text: string) => string) | undefined;
  for (let i = 0; i < rows.count && fields.size < 2; i++) {
    const cells = rows.row(i);
    const kind = sectionOfRow(cells)?.kind;
    if (kind === 'function') fields.add('functionCode');
    if (kind === 'economic') fields.add('economicCode');
    if (kind !== undefined || fields.has('economicCode')) continue;
    const title = accountTitleOfRow(cells) ?? accountTitleOfPageInfo(cells);
    if (title === undefined) continue;
    economicOfAccount ??= accountEconomicClass(fiscalYear);
    if (economicOfAccount(`${title.code} ${title.name}`.trim()) !== '') fields.add('economicCode');
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
        const said = (message: string) => `按空格对齐的定宽打印格式读取，第${line + 1}行为表头：${message} / read as a fixed-width print, header on line ${line + 1}`;
        printError = new MappingError(said(err.message), err.webMessage === undefined ? undefined : said(err.webMessage));
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
  const file = await openLedgerFile(bytes, source, options.fiscalYear, options.mapping, undefined, options.unit);
  const state: ParseState = { errors: [], errorsTruncated: false, skippedRows: 0, entryCount: 0 };
  const entries: LedgerEntry[] = [];
  const chunks = parseOpenedChunks(file, { fiscalYear: options.fiscalYear, ...(options.onProgress ? { onProgress: options.onProgress } : {}) }, state, Number.MAX_SAFE_INTEGER);
  for (const chunk of chunks) for (const e of chunk) entries.push(e);
  const parsed = parseResultOf(state, entries);
  const extra = file.headerRowsSkipped ?? 0;
  const repeated = file.repeatedRowsLeftOut ?? 0;
  const skipped = {
    ...parsed.skipped,
    ...(extra > 0 ? { title: (parsed.skipped.title ?? 0) + extra } : {}),
    ...(repeated > 0 ? { 'repeated-book': (parsed.skipped['repeated-book'] ?? 0) + repeated } : {}),
  };
  return {
    ...parsed,
    skipped,
    skippedRows: parsed.skippedRows + extra + repeated,
    format: file.format,
    ...(file.encoding ? { encoding: file.encoding } : {}),
    ...(file.layout ? { layout: file.layout } : {}),
    columns: file.columns,
    ...(file.sheets ? { sheets: file.sheets } : {}),
    ...(file.unit ? { unit: file.unit } : {}),
    ...(file.levelledBooks ? { levelledBooks: file.levelledBooks } : {}),
  };
}
