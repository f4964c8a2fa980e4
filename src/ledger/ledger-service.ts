/**
 * The two capabilities behind the CLI and the HTTP routes: import a file (all or nothing) and check a year.
 * Storage comes in as a LedgerStorePort; nothing here knows the CLI or HTTP.
 */
import type { CodeFormats, CodeTables } from '../core/codes.ts';
import { InputError } from '../core/input-error.ts';
import { loadCodeFormats, loadCodeTables } from '../reference/code-tables.ts';
import type { SheetRows } from '../reference/spreadsheet.ts';
import { checkLedger, type LedgerCheckReport } from './check-ledger.ts';
import { type ColumnMapping, MappingError } from './column-mapping.ts';
import type { LedgerImportResult, LedgerStorePort, LedgerTenant } from './ledger-store-port.ts';
import { toLedgerEntries } from './ledger-store-port.ts';
import type { LedgerEntry } from './entry.ts';
import { type FromParallelBooks, type FunctionByName, type KeptNames, type ParseState, type RowError, type SectionCounts, type VoidedRows } from './parse-entries.ts';
import { formatYuan } from './format-money.ts';
import { describeLevelledBooks, type LevelledBooks } from './levelled-books.ts';
import { describeSheets, type LedgerSheets, type OpenedLedgerFile, openLedgerFile, parseOpenedChunks, type ReadLedgerResult } from './read-ledger-file.ts';
import { loadLedgerRuleData } from './rule-data.ts';
import { jiebaSegmenter } from './segment-words.ts';
import { buildProjectProfile, projectTexts } from './project-keywords.ts';
import type { Project } from '../core/department-year.ts';
import { describeSkipped, type SkipCounts } from '../reference/row-kinds.ts';
import { describeUnit, type UnitChoice, type UnitSelection } from './ledger-units.ts';

export interface ImportLedgerOptions {
  /** A mapping given with this import: it wins over the remembered one and is remembered on success. */
  readonly mapping?: ColumnMapping;
  /**
   * The unit to read of an export holding several units' books (its code or name as the file writes it); without it
   * the unit whose code is the department's own is read, else the import stops listing the units.
   */
  readonly unit?: string;
  readonly onReadProgress?: (done: number, total: number) => void;
  readonly onWriteProgress?: (done: number, total: number) => void;
  /** Reads an .xlsx to rows (default: in this thread); the server passes its bounded parse worker. */
  readonly readSheet?: (bytes: Buffer, source: string) => Promise<SheetRows>;
  /**
   * Reads the whole file to entries elsewhere (the server's bounded parse worker, so that no upload is parsed on
   * its event loop). Without it the file is read in this thread, parsed while the store loads (the CLI).
   */
  readonly read?: ReadLedgerEntries;
}

/** A ledger file read to its entries and notes: plain data, so it can cross a process boundary. */
export interface LedgerFileEntries {
  readonly format: OpenedLedgerFile['format'];
  readonly encoding?: string;
  readonly entries: LedgerEntry[];
  /** Bad rows, skipped rows, split rows … as parsing left them (header rows of further sheets counted as skipped). */
  readonly state: ParseState;
  /** A workbook of several sheets: the sheets read and those left out. */
  readonly sheets?: LedgerSheets;
  /** A multi-unit export: the unit read and the units the file holds. */
  readonly unit?: UnitSelection;
  /** A 明细账 printed for an account and its sub-accounts in one go: the books read and those left out as repeats. */
  readonly levelledBooks?: LevelledBooks;
}

/** A ledger file read elsewhere: its entries handed over chunk by chunk (each made ready only when the store takes it). */
export interface LedgerFileChunks extends Omit<LedgerFileEntries, 'entries'> {
  readonly chunks: Iterable<LedgerEntry[]>;
}

export type ReadLedgerEntries = (bytes: Uint8Array, source: string, fiscalYear: number, mapping?: ColumnMapping, unit?: UnitChoice) => Promise<LedgerFileChunks>;

/** The state parsing starts from: the title and header rows of a one-sheet-per-month workbook's further sheets are skipped. */
function initialState(file: OpenedLedgerFile): ParseState {
  const headerRows = file.headerRowsSkipped ?? 0;
  // The sheets left out as repeated books (levelled-books.ts) are skipped rows too.
  const repeated = file.repeatedRowsLeftOut ?? 0;
  return {
    errors: [],
    errorsTruncated: false,
    skippedRows: headerRows + repeated,
    entryCount: 0,
    ...(headerRows > 0 || repeated > 0 ? { skipped: { ...(headerRows > 0 ? { title: headerRows } : {}), ...(repeated > 0 ? { 'repeated-book': repeated } : {}) } } : {}),
  };
}

/**
 * Open and parse a whole ledger file in this thread: what the server's parse worker runs. With bad rows, the
 * entries are left out (the import writes nothing).
 * @throws MappingError when the columns cannot be mapped; InputError for an unreadable file.
 */
export async function readLedgerEntries(
  bytes: Uint8Array,
  source: string,
  fiscalYear: number,
  mapping?: ColumnMapping,
  readSheet?: (bytes: Buffer, source: string) => Promise<SheetRows>,
  /** Which unit of a multi-unit export to read. */
  unit?: UnitChoice,
): Promise<LedgerFileEntries> {
  const file = await openLedgerFile(bytes, source, fiscalYear, mapping, readSheet, unit);
  const state = initialState(file);
  const entries: LedgerEntry[] = [];
  for (const chunk of parseOpenedChunks(file, { fiscalYear }, state)) for (const e of chunk) entries.push(e);
  // A file with bad rows is not imported: its entries would only cost their way back across the boundary.
  if (state.errors.length > 0) entries.length = 0;
  return {
    format: file.format,
    ...(file.encoding ? { encoding: file.encoding } : {}),
    ...(file.sheets ? { sheets: file.sheets } : {}),
    ...(file.unit ? { unit: file.unit } : {}),
    ...(file.levelledBooks ? { levelledBooks: file.levelledBooks } : {}),
    entries,
    state,
  };
}

/** Entries in chunks of the size parsing yields. */
export function* chunksOf(entries: readonly LedgerEntry[], size = 10_000): Generator<LedgerEntry[]> {
  for (let i = 0; i < entries.length; i += size) yield entries.slice(i, i + size);
}

export type ImportLedgerOutcome =
  | {
      readonly ok: true;
      readonly result: LedgerImportResult;
      readonly entries: number;
      readonly total: number;
      readonly format: ReadLedgerResult['format'];
      readonly encoding?: string;
      readonly skippedRows: number;
      /** Skipped rows by reason (title, total, period, footer, blank …). */
      readonly skipped: SkipCounts;
      /** 「跳过 n 行：…」, or '' when only blank lines were skipped. */
      readonly skippedNote: string;
      /** 多栏账 rows whose analysis columns held several classes, each made one entry. */
      readonly splitRows: number;
      /** 「多栏账 n 行按经济分类拆为多笔分录」, or '' when no row was split. */
      readonly splitNote: string;
      /** Rows whose function class was written as a name, by what resolved it (the table, the file's own `code name` cells). */
      readonly functionByName: FunctionByName;
      /** 「功能分类 n 行只写了名称，已对应到编码」, or '' when every row wrote a code. */
      readonly functionByNameNote: string;
      /** Rows whose class is a name the code table does not settle, imported under the name as written. */
      readonly keptNames: KeptNames;
      /** 「功能分类 n 行、经济分类 m 行按所写名称导入」, or '' when there were none. */
      readonly keptNamesNote: string;
      /** Section rows of a 辅助明细账 grouped by project and the entries they gave a project. */
      readonly sections: SectionCounts;
      /** 「按分节行归属项目：项目分节 n 个…」, or '' when the file has no section rows. */
      readonly sectionNote: string;
      /** Entry rows that took a blank 日期/凭证号 or a blank or 同上 摘要 from the entry row above (a 序时账's further lines). */
      readonly carriedRows: number;
      /** 「n 行的日期/凭证号/摘要取自上一行」, or '' when none did. */
      readonly carriedNote: string;
      /** Rows of returned or voided payments (状态 已退回, 已作废 …) left out, with their amount. */
      readonly voided: VoidedRows;
      /** 「已退回/作废的支付 n 笔，金额 x 元，未计入」, or '' when there were none. */
      readonly voidedNote: string;
      /** 平行记账: entries whose payee or project was taken from the 财务会计 lines of their voucher. */
      readonly fromParallelBooks: FromParallelBooks;
      /** 「从平行记账的财务会计分录补全往来单位 n 笔、项目 m 笔」, or '' when none was. */
      readonly fromParallelBooksNote: string;
      /** Entries imported without a function class (a 多栏账 with no 功能科目 column). */
      readonly withoutFunction: number;
      /** 「本文件没有功能科目列…」, or '' when every entry has its function class. */
      readonly withoutFunctionNote: string;
      /** 「金额单位为万元：n 行的金额按万元读取」, or '' when the amounts were in 元. */
      readonly amountUnitNote: string;
      /** A workbook of several sheets: the sheets read and those left out (a cover, a 说明). */
      readonly sheets?: LedgerSheets;
      /** 「工作表读取：「明细账」；未读取：「查询条件」（…）」, or '' for a file of one sheet with nothing left out. */
      readonly sheetNote: string;
      /** A 明细账 printed for an account and its sub-accounts in one go: the books read and those left out as repeats. */
      readonly levelledBooks?: LevelledBooks;
      /** 「按科目级次重复打印的账页：…只导入一次」, or '' when no book repeated another's entries. */
      readonly levelledBooksNote: string;
      /** A multi-unit export: the unit read and the units the file holds. */
      readonly unit?: UnitSelection;
      /** 「多单位导出：导入 001003 …；其他 3 个单位的 189 行未导入」, or '' for a file of one unit. */
      readonly unitNote: string;
    }
  | {
      readonly ok: false;
      readonly errors: readonly RowError[];
      readonly truncated: boolean;
      /** Distinct bad rows (errors lists every bad cell). */
      readonly badRows: number;
    };

/**
 * Read `bytes` and replace the year's entries. Bad rows: nothing is written and every bad row is returned.
 * @throws MappingError when the columns cannot be mapped; InputError for an empty or unreadable file.
 */
export async function importLedger(
  store: LedgerStorePort,
  tenant: LedgerTenant,
  fiscalYear: number,
  bytes: Uint8Array,
  source: string,
  options: ImportLedgerOptions = {},
): Promise<ImportLedgerOutcome> {
  const remembered = options.mapping ? undefined : await store.loadMapping(tenant);
  const unit: UnitChoice = { ...(options.unit !== undefined ? { unit: options.unit } : {}), department: tenant.departmentCode };
  let read: { format: LedgerFileEntries['format']; encoding?: string; chunks: Iterable<LedgerEntry[]>; state: ParseState; sheets?: LedgerSheets; unit?: UnitSelection; levelledBooks?: LevelledBooks };
  if (options.read) {
    const readEntries = options.read;
    let parsed: LedgerFileChunks;
    try {
      parsed = await readEntries(bytes, source, fiscalYear, options.mapping ?? remembered, unit);
    } catch (err) {
      // A remembered mapping made for another export must not block a file whose headers are recognised.
      if (!(err instanceof MappingError) || !remembered) throw err;
      parsed = await readEntries(bytes, source, fiscalYear, undefined, unit);
    }
    if (parsed.state.errors.length > 0) {
      // The file was read to its end elsewhere: bad rows are known before the store is touched.
      return { ok: false, errors: parsed.state.errors, truncated: parsed.state.errorsTruncated, badRows: parsed.state.badRows ?? 0 };
    }
    read = {
      format: parsed.format,
      ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
      ...(parsed.sheets ? { sheets: parsed.sheets } : {}),
      ...(parsed.unit ? { unit: parsed.unit } : {}),
      ...(parsed.levelledBooks ? { levelledBooks: parsed.levelledBooks } : {}),
      chunks: parsed.chunks,
      state: parsed.state,
    };
  } else {
    let file: OpenedLedgerFile;
    try {
      file = await openLedgerFile(bytes, source, fiscalYear, options.mapping ?? remembered, options.readSheet, unit);
    } catch (err) {
      if (!(err instanceof MappingError) || !remembered) throw err;
      file = await openLedgerFile(bytes, source, fiscalYear, undefined, options.readSheet, unit);
    }
    const state = initialState(file);
    const chunks = parseOpenedChunks(
      file,
      { fiscalYear, ...(options.onReadProgress ? { onProgress: options.onReadProgress } : {}) },
      state,
    );
    read = {
      format: file.format,
      ...(file.encoding ? { encoding: file.encoding } : {}),
      ...(file.sheets ? { sheets: file.sheets } : {}),
      ...(file.unit ? { unit: file.unit } : {}),
      ...(file.levelledBooks ? { levelledBooks: file.levelledBooks } : {}),
      chunks,
      state,
    };
  }
  const { state, chunks } = read;
  let total = 0;
  // Parsing runs while the store loads (on PostgreSQL the server ingests a chunk while the next is parsed);
  // bad rows abort the transaction at the end of the file, so nothing is written.
  function* checked(): Generator<LedgerEntry[]> {
    for (const chunk of chunks) {
      for (const e of chunk) total += e.amount;
      yield chunk;
    }
    if (state.errors.length > 0) throw new BadRowsFound();
    if (state.entryCount === 0) throw new InputError(`${source}：没有任何分录 / no entries in the file`);
  }
  let result: LedgerImportResult;
  try {
    result = await store.replaceEntries(
      tenant,
      fiscalYear,
      { chunks: checked() },
      { source, format: read.format, ...(read.encoding ? { encoding: read.encoding } : {}) },
      options.onWriteProgress,
    );
  } catch (err) {
    if (err instanceof BadRowsFound || state.errors.length > 0) {
      return { ok: false, errors: state.errors, truncated: state.errorsTruncated, badRows: state.badRows ?? 0 };
    }
    throw err;
  }
  if (options.mapping) await store.saveMapping(tenant, options.mapping);
  return {
    ok: true,
    result,
    entries: result.inserted,
    total,
    format: read.format,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    skippedRows: state.skippedRows,
    skipped: state.skipped ?? {},
    skippedNote: describeSkipped(state.skipped ?? {}),
    splitRows: state.splitRows ?? 0,
    splitNote: describeSplit(state.splitRows ?? 0),
    functionByName: state.functionByName ?? { table: 0, file: 0 },
    functionByNameNote: describeFunctionByName(state.functionByName ?? { table: 0, file: 0 }),
    keptNames: state.keptNames ?? { function: 0, economic: 0 },
    keptNamesNote: describeKeptNames(state.keptNames ?? { function: 0, economic: 0 }),
    sections: state.sections ?? { project: 0, basic: 0, function: 0, economic: 0, entries: 0 },
    sectionNote: describeSections(state.sections ?? { project: 0, basic: 0, function: 0, economic: 0, entries: 0 }),
    carriedRows: state.carriedRows ?? 0,
    carriedNote: describeCarried(state.carriedRows ?? 0, state.monthCarriedRows ?? 0),
    voided: state.voided ?? { rows: 0, amount: 0, byStatus: {} },
    voidedNote: describeVoided(state.voided ?? { rows: 0, amount: 0, byStatus: {} }),
    fromParallelBooks: state.fromParallelBooks ?? { payee: 0, project: 0 },
    fromParallelBooksNote: describeFromParallelBooks(state.fromParallelBooks ?? { payee: 0, project: 0 }),
    withoutFunction: state.withoutFunction ?? 0,
    withoutFunctionNote: describeWithoutFunction(state.withoutFunction ?? 0),
    amountUnitNote: describeAmountUnit(state.amountUnit),
    ...(read.sheets ? { sheets: read.sheets } : {}),
    sheetNote: describeSheets(read.sheets),
    ...(read.levelledBooks ? { levelledBooks: read.levelledBooks } : {}),
    levelledBooksNote: describeLevelledBooks(read.levelledBooks),
    ...(read.unit ? { unit: read.unit } : {}),
    unitNote: describeUnitRead(read.unit, state.otherUnits),
  };
}

/**
 * The note on a multi-unit export read for one unit: which unit and why, and the other units' lines left out with
 * their net amount (a 合计 row of the whole file counts them); '' for a file of one unit.
 */
export function describeUnitRead(unit: UnitSelection | undefined, others: { readonly rows: number; readonly amount: number } | undefined): string {
  if (unit === undefined) return '';
  const rest = unit.units.filter((u) => u !== unit.chosen && (u.code ?? u.name) !== (unit.chosen.code ?? unit.chosen.name));
  const why = unit.by === 'option' ? '由用户指定' : '单位编码与部门编号相同';
  const lines = others?.rows ?? 0;
  return (
    `多单位导出（${unit.units.length} 个单位）：导入 ${describeUnit(unit.chosen, false)}（${why}）；其他 ${rest.length} 个单位（${rest.map((u) => describeUnit(u, false)).join('、')}）的 ${lines} 行未导入，净额 ${formatYuan(others?.amount ?? 0)}` +
    ` / an export of ${unit.units.length} units: ${describeUnit(unit.chosen, false)} imported (${unit.by === 'option' ? 'the unit chosen' : "its code is the department's"}); ${lines} lines of ${rest.length} other units left out`
  );
}

/** The note on section rows (项目：[code]name, 基本支出) and the field they set, or '' when there were none. */
export function describeSections(counts: SectionCounts): string {
  const n = counts.project + counts.basic + counts.function + counts.economic;
  if (n === 0) return '';
  const kinds = [
    counts.project > 0 ? `项目分节 ${counts.project}` : '',
    counts.basic > 0 ? `基本支出分节 ${counts.basic}` : '',
    counts.function > 0 ? `功能科目分节 ${counts.function}（设功能科目）` : '',
    counts.economic > 0 ? `经济科目分节 ${counts.economic}（设经济科目）` : '',
  ].filter((k) => k !== '');
  return (
    `分节行 ${n} 个（${kinds.join('、')}），${counts.entries} 笔分录的项目编码/项目名称取自所在分节` +
    ` / ${n} section rows; ${counts.entries} entries took their project from their section`
  );
}

/** The note on function classes written as names and resolved to codes, or '' when there were none. */
export function describeFunctionByName(counts: FunctionByName): string {
  const n = counts.table + counts.file;
  if (n === 0) return '';
  return (
    `功能分类 ${n} 行只写了科目名称，已对应到编码（按功能分类表 ${counts.table} 行，按本文件其他行的“编码 名称” ${counts.file} 行）` +
    ` / ${n} rows' function class written as a name resolved to its code (${counts.table} by the function table, ${counts.file} by this file's own code-name cells)`
  );
}

/**
 * The note on classes imported under the name the file writes (the code table has no class, or several, of that
 * name), or '' when there were none. The check lists each name once (ledger.unknown-code).
 */
export function describeKeptNames(counts: KeptNames): string {
  const parts = [counts.function > 0 ? `功能分类 ${counts.function} 行` : '', counts.economic > 0 ? `经济分类 ${counts.economic} 行` : ''].filter((p) => p !== '');
  if (parts.length === 0) return '';
  return (
    `${parts.join('、')}只写了科目名称，所附代码表中没有唯一相符的科目，按所写名称导入（检查结果逐个名称列出一次）` +
    ` / ${counts.function + counts.economic} rows' class written as a name the code table does not settle, imported under that name`
  );
}

/**
 * The note on entry rows that took 日期/凭证号/摘要 from the row above, and on those that left 月 blank and took the
 * month written on the month's first row (a hand-kept ledger), or '' when none did.
 */
export function describeCarried(carriedRows: number, monthCarriedRows = 0): string {
  const zh: string[] = [];
  const en: string[] = [];
  if (carriedRows > 0) {
    zh.push(`${carriedRows} 行分录的日期、凭证号或摘要空着（或写“同上”），已取自紧邻的上一行分录（同一凭证的续行）`);
    en.push(`${carriedRows} entry rows took a blank date, voucher or description (or “同上”) from the entry row just above`);
  }
  if (monthCarriedRows > 0) {
    zh.push(`${monthCarriedRows} 行分录的“月”空着（手工账只在每月第一行写月份），已取自本月上方写明的月份`);
    en.push(`${monthCarriedRows} entry rows left 月 blank and took the month written above them in the same month`);
  }
  return zh.length > 0 ? `${zh.join('；')} / ${en.join('; ')}` : '';
}

/** The note on 平行记账 entries completed from their voucher's 财务会计 lines, or '' when none was. */
export function describeFromParallelBooks(counts: FromParallelBooks): string {
  const parts = [counts.payee > 0 ? `往来单位 ${counts.payee} 笔` : '', counts.project > 0 ? `项目 ${counts.project} 笔` : ''].filter((p) => p !== '');
  if (parts.length === 0) return '';
  const en = [counts.payee > 0 ? `${counts.payee} payees` : '', counts.project > 0 ? `${counts.project} projects` : ''].filter((p) => p !== '');
  return (
    `从平行记账的财务会计分录补全${parts.join('、')}（预算会计支出分录未写，同一凭证的财务会计分录写明且可按金额或整张凭证唯一对应） / ` +
    `${en.join(' and ')} of 平行记账 entries taken from the 财务会计 lines of their voucher`
  );
}

/** The note on amounts read in the unit the file states when it is not 元 (金额单位：万元), or '' for 元. */
export function describeAmountUnit(read: { readonly unit: string; readonly rows: number } | undefined): string {
  if (read === undefined || read.rows === 0) return '';
  return (
    `文件注明金额单位为${read.unit}：${read.rows} 行的金额按${read.unit}读取，换算为元（精确到分；比分更细的金额报错，不四舍五入） / ` +
    `the file states its amounts in ${read.unit}: ${read.rows} rows read in that unit and converted exactly to 元`
  );
}

/** The note on entries imported without a function class (a 多栏账 by economic class prints none), or '' when none was. */
export function describeWithoutFunction(entries: number): string {
  return entries > 0
    ? `本文件没有功能科目列（按经济分类分栏的多栏账），${entries} 笔分录未记功能分类，依赖功能分类的检查未对其执行 / the file has no function-class column (a 多栏账 by economic class): ${entries} entries have no function class, and checks that need it were not run on them`
    : '';
}

/** The note on returned or voided payments left out (状态 已退回, 已作废 …), or '' when there were none. */
export function describeVoided(voided: VoidedRows): string {
  if (voided.rows === 0) return '';
  const statuses = Object.entries(voided.byStatus)
    .map(([s, n]) => `${s} ${n} 笔`)
    .join('、');
  return (
    `已退回/作废的支付 ${voided.rows} 笔（${statuses}），金额 ${formatYuan(voided.amount)}，未计入分录` +
    ` / ${voided.rows} returned or voided payments (${formatYuan(voided.amount)}) not counted as entries`
  );
}

/** The note on 多栏账 rows made several entries, or '' when none was. */
export function describeSplit(splitRows: number): string {
  return splitRows > 0 ? `多栏账 ${splitRows} 行含多个经济分类栏，已按栏拆为多笔分录 / ${splitRows} analysis rows split into one entry per class` : '';
}

/** Thrown into the store's transaction at the end of a file with bad rows, so it rolls back. */
class BadRowsFound extends Error {
  override name = 'BadRowsFound';
}

export interface CheckLedgerOptions {
  readonly codes?: { tables: CodeTables; formats: CodeFormats };
  readonly projectKeywords?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The words the ledger check derives for a project (its name, goal and indicator names, segmented, minus the
 * stopwords), without the officer's own keywords: what a screen shows beside the words an officer adds.
 */
export function derivedProjectKeywords(project: Project): string[] {
  const rules = loadLedgerRuleData().projectMatch;
  return [...buildProjectProfile(project.code || project.name, project.name, projectTexts(project, project.name), [], rules, jiebaSegmenter).keywords];
}

/** Load the year's entries and the department-year, and run every check. */
export async function checkStoredLedger(
  store: LedgerStorePort,
  tenant: LedgerTenant,
  fiscalYear: number,
  options: CheckLedgerOptions = {},
): Promise<LedgerCheckReport> {
  const entries = toLedgerEntries(await store.loadEntries(tenant, fiscalYear));
  if (entries.length === 0) {
    throw new InputError(
      `${tenant.regionCode}.${tenant.departmentCode} ${fiscalYear} 年没有已导入的分录，请先导入 / no entries imported for this year`,
    );
  }
  const departmentYear = await store.loadDepartmentYear(tenant, fiscalYear);
  const codes = options.codes ?? { tables: loadCodeTables(fiscalYear), formats: loadCodeFormats() };
  return checkLedger(entries, {
    fiscalYear,
    ...(departmentYear ? { departmentYear } : {}),
    codeTables: codes.tables,
    codeFormats: codes.formats,
    rules: loadLedgerRuleData(),
    segment: jiebaSegmenter,
    ...(options.projectKeywords ? { projectKeywords: options.projectKeywords } : {}),
  });
}
