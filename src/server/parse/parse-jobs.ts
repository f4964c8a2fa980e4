/**
 * The parses a worker runs, each calling the existing reader of its capability after the pre-scans: a sheet
 * read to text rows (asset and ledger imports), a ledger or code-table file read and checked whole, the
 * budget-tables workbook, and the 体检 of an uploaded report. Inputs and results are plain data (they cross a
 * thread boundary); so are errors (`ParseFailure`).
 */
import { InputError, type InputIssue } from '../../core/input-error.ts';
import type { DepartmentYear } from '../../core/department-year.ts';
import { CodeTableError, type CodeTableKind } from '../../core/codes.ts';
import { type CheckedCodeTable, checkCodeTableFile } from '../../reference/code-tables.ts';
import { AuditInputError, auditFile, auditReportForWeb, renderHtml, toJson } from '../../audit/index.ts';
import { loadConfig as loadAuditConfig } from '../../audit/config.ts';
import { readXlsx, type SheetRows } from '../../reference/spreadsheet.ts';
import { assertZipWithin } from '../../reference/zip-guard.ts';
import { isFlatOds, isOds, isOle2, isSpreadsheetMl } from '../../reference/table-file.ts';
import { readFlatOds, readOds } from '../../reference/ods.ts';
import { readSpreadsheetMl } from '../../reference/spreadsheet-ml.ts';
import { readXls } from '../../reference/xls.ts';
import { importBudgetWorkbook, WorkbookError } from '../../workflow/budget-workbook.ts';
import { deserialize, serialize } from 'node:v8';
import { type LedgerUnit, type UnitChoice, UnitChoiceError, type UnitChoiceProblem } from '../../ledger/ledger-units.ts';
import { type ColumnMapping, chunksOf, type LedgerEntry, type LedgerFileChunks, type LedgerFileEntries, MappingError, readLedgerEntries } from '../../ledger/index.ts';
import { prescanDocxParagraphs } from './docx-prescan.ts';
import { ParseLimitError, type ParseLimitKind } from './parse-limit-error.ts';
import { prescanSheets, tooManyCells } from './sheet-prescan.ts';

export interface JobLimits {
  readonly sheetCells: number;
  readonly docxParagraphs: number;
}

export type ParseJob =
  | { readonly kind: 'sheet-rows'; readonly bytes: Uint8Array; readonly source: string }
  | {
      readonly kind: 'ledger-file';
      readonly bytes: Uint8Array;
      readonly source: string;
      readonly fiscalYear: number;
      readonly mapping?: ColumnMapping;
      /** Which unit of a multi-unit export to read. */
      readonly unit?: UnitChoice;
    }
  | {
      readonly kind: 'code-table';
      readonly bytes: Uint8Array;
      readonly tableKind: CodeTableKind;
      readonly year: number;
      readonly source: string;
    }
  | { readonly kind: 'budget-workbook'; readonly bytes: Uint8Array; readonly departmentYear: DepartmentYear }
  | {
      readonly kind: 'audit';
      readonly path: string;
      readonly file: string;
      readonly format: 'json' | 'html';
      readonly fiscalYear?: number;
      readonly department?: string;
      readonly region?: string;
    };

export interface ParseResults {
  'sheet-rows': SheetRows;
  'ledger-file': PackedLedgerFile;
  'code-table': CheckedCodeTable;
  'budget-workbook': DepartmentYear;
  audit: { readonly html: string } | { readonly json: unknown };
}

/**
 * A ledger file's result as it crosses the boundary: the entries as serialised chunks (bytes copy fast), so the
 * server deserialises one chunk at a time as the store takes it — 200,000 entries as one object graph took ~1 s of
 * its event loop to deserialise (measured).
 */
export interface PackedLedgerFile extends Omit<LedgerFileEntries, 'entries'> {
  readonly entryChunks: readonly Uint8Array[];
}

function packLedgerFile({ entries, ...rest }: LedgerFileEntries): PackedLedgerFile {
  const bytesOf = (chunk: LedgerEntry[]) => {
    const b = serialize(chunk);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  };
  return { ...rest, entryChunks: [...chunksOf(entries)].map(bytesOf) };
}

/** The packed result with its entries deserialised lazily, chunk by chunk. */
export function unpackLedgerFile({ entryChunks, ...rest }: PackedLedgerFile): LedgerFileChunks {
  function* chunks(): Generator<LedgerEntry[]> {
    for (const bytes of entryChunks) yield deserialize(bytes) as LedgerEntry[];
  }
  return { ...rest, chunks: chunks() };
}

/** An error as it crosses the thread boundary, rebuilt as its own class on the other side. */
export type ParseFailure =
  | { readonly type: 'input'; readonly message: string; readonly issues: readonly InputIssue[] }
  | {
      readonly type: 'unit-choice';
      readonly message: string;
      readonly problem: UnitChoiceProblem;
      readonly choiceMessage: string;
      readonly units: readonly LedgerUnit[];
      readonly named?: string;
    }
  | { readonly type: 'audit-input'; readonly message: string }
  | { readonly type: 'mapping'; readonly message: string; readonly webMessage?: string }
  | { readonly type: 'code-table'; readonly message: string }
  | { readonly type: 'workbook'; readonly message: string; readonly issues: readonly InputIssue[] }
  | { readonly type: 'limit'; readonly kind: ParseLimitKind; readonly message: string }
  | { readonly type: 'internal'; readonly message: string };

/** A workbook to text rows, after the pre-scans that bound its cells and its unzipped size. */
async function readSheetWithin(bytes: Buffer, source: string, limits: JobLimits): Promise<SheetRows> {
  if (isOle2(bytes)) {
    // An Excel 97–2003 workbook: no zip to inflate; the reader counts its cells against the same limit.
    return readXls(bytes, source, { maxCells: limits.sheetCells, tooManyCells: (where, limit) => tooManyCells(source, limit, where) });
  }
  if (isSpreadsheetMl(bytes)) {
    // SpreadsheetML 2003 (XML): read in one pass that counts its cells against the same limit.
    return readSpreadsheetMl(bytes, source, { maxCells: limits.sheetCells, tooManyCells: (where, limit) => tooManyCells(source, limit, where) });
  }
  if (isOds(bytes) || isFlatOds(bytes)) {
    // OpenDocument: the zip is checked against the expansion limit, then content.xml is read in one pass that
    // counts its cells against the same limit (an empty row repeated to the sheet's end costs nothing).
    const options = { maxCells: limits.sheetCells, tooManyCells: (where: string, limit: number) => tooManyCells(source, limit, where) };
    return isOds(bytes) ? readOds(bytes, source, options) : readFlatOds(bytes, source, options);
  }
  await assertZipWithin(bytes, source);
  await prescanSheets(bytes, source, limits.sheetCells);
  return readXlsx(bytes, source);
}

export async function runParseJob(job: ParseJob, limits: JobLimits): Promise<ParseResults[ParseJob['kind']]> {
  switch (job.kind) {
    case 'sheet-rows':
      return readSheetWithin(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.source, limits);
    case 'ledger-file': {
      // The whole reading — decoding, CSV splitting or the fixed-width print, mapping, every entry — runs here,
      // never on the server's event loop; a workbook inside goes through the same pre-scans as 'sheet-rows'.
      const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
      return packLedgerFile(
        await readLedgerEntries(bytes, job.source, job.fiscalYear, job.mapping, (sheet, source) => readSheetWithin(sheet, source, limits), job.unit),
      );
    }
    case 'code-table': {
      // Decoding, the CSV split and every check of every line run here; the server gets the count, a sample and
      // the table in its saved form (one string: it crosses the boundary as fast as a copy).
      const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
      return checkCodeTableFile(bytes, { kind: job.tableKind, year: job.year, source: job.source }, (sheet, source) =>
        readSheetWithin(sheet, source, limits),
      );
    }
    case 'budget-workbook': {
      const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
      await assertZipWithin(bytes, '上传的工作簿');
      await prescanSheets(bytes, '上传的工作簿', limits.sheetCells);
      return importBudgetWorkbook(job.departmentYear, bytes);
    }
    case 'audit': {
      if (/\.docx$/i.test(job.path)) {
        const { readFile } = await import('node:fs/promises');
        await prescanDocxParagraphs(await readFile(job.path), limits.docxParagraphs, loadAuditConfig().maxUnzippedBytes);
      }
      // The web app's and the API's wording: the page's 年度 field, not the command line's --fiscal-year.
      const report = auditReportForWeb(await auditFile(job.path, {
        file: job.file,
        ...(job.fiscalYear ? { fiscalYear: job.fiscalYear } : {}),
        ...(job.department ? { department: job.department } : {}),
        ...(job.region ? { region: job.region } : {}),
      }));
      if (job.format === 'html') return { html: renderHtml(report) };
      return { json: { ...toJson(report), notChecked: report.notChecked } };
    }
  }
}

export function toFailure(err: unknown): ParseFailure {
  if (err instanceof ParseLimitError) return { type: 'limit', kind: err.kind, message: err.message };
  if (err instanceof UnitChoiceError) {
    return { type: 'unit-choice', message: err.message, problem: err.problem, choiceMessage: err.choiceMessage, units: err.units.map((u) => ({ ...u })), ...(err.named !== undefined ? { named: err.named } : {}) };
  }
  if (err instanceof InputError) return { type: 'input', message: err.message, issues: err.issues };
  if (err instanceof AuditInputError) return { type: 'audit-input', message: err.message };
  if (err instanceof MappingError) return { type: 'mapping', message: err.message, ...(err.webMessage !== undefined ? { webMessage: err.webMessage } : {}) };
  if (err instanceof CodeTableError) return { type: 'code-table', message: err.message };
  if (err instanceof WorkbookError) return { type: 'workbook', message: err.message, issues: err.issues };
  return { type: 'internal', message: err instanceof Error ? err.message : String(err) };
}

export function fromFailure(failure: ParseFailure): Error {
  switch (failure.type) {
    case 'limit':
      return new ParseLimitError(failure.kind, failure.message);
    case 'unit-choice':
      return new UnitChoiceError(failure.message, failure.problem, failure.choiceMessage, failure.units, failure.named);
    case 'input':
      return new InputError(failure.message, failure.issues);
    case 'audit-input':
      return new AuditInputError(failure.message);
    case 'mapping':
      return new MappingError(failure.message, failure.webMessage);
    case 'code-table':
      return new CodeTableError(failure.message);
    case 'workbook':
      return new WorkbookError(failure.message, failure.issues);
    case 'internal':
      return new Error(`parse worker: ${failure.message}`);
  }
}
