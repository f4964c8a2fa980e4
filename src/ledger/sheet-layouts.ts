/**
 * A workbook whose sheets are one ledger in DIFFERENT layouts: a unit that changed its accounting system in the year
 * keeps a sheet per system, each in its own system's header (日期 | 凭证号 | 科目编码 … beside 记账日期 | 凭证字号 |
 * 会计科目编码 | 会计科目名称 …). A later sheet whose header maps to other columns than the ledger's is read in its own
 * columns, after the ledger's sheets, when it is no summary by its name, gives entries, and does not repeat the
 * entries already read (a second view of the same book stays left out). The thresholds are data
 * (data/ledger/sheet-layouts.json).
 */
import { z } from 'zod';
import { loadRowKinds, normalizeLabel } from '../reference/row-kinds.ts';
import type { RowSource } from '../reference/table-file.ts';
import type { ResolvedColumns } from './column-mapping.ts';
import type { LedgerEntry } from './entry.ts';
import { type ParseOptions, type ParseState, parseLedgerChunks, parseLedgerWhole, type RowError } from './parse-entries.ts';
import { loadDataJson } from '../reference/data-json.ts';

/** A sheet read in its own header's columns. */
export interface SheetLayout {
  readonly name: string;
  readonly rows: RowSource;
  readonly columns: ResolvedColumns;
  /** A block of the same table as the ledger's rows (two systems' books printed one after the other), not a sheet of its own. */
  readonly block?: boolean;
}

const schema = z.object({ source: z.string(), about: z.string(), repeatShare: z.number().gt(0).lte(1) });

let cached: z.infer<typeof schema> | undefined;

/** data/ledger/sheet-layouts.json. @throws InputError when the file is malformed. */
export function loadSheetLayoutData(): z.infer<typeof schema> {
  cached ??= loadDataJson('data/ledger/sheet-layouts.json', schema);
  return cached;
}

/** An entry as the repeat test compares it: its date and amount (a new system numbers its vouchers anew). */
const entryKey = (e: LedgerEntry): string => `${e.date}|${e.amount}`;

/**
 * Share of `entries` that repeat one of `earlier` (as multisets: an entry matches one earlier entry at most).
 * 0 when `entries` is empty.
 */
export function repeatedShare(entries: readonly LedgerEntry[], earlier: readonly LedgerEntry[]): number {
  if (entries.length === 0) return 0;
  const left = new Map<string, number>();
  for (const e of earlier) left.set(entryKey(e), (left.get(entryKey(e)) ?? 0) + 1);
  let repeated = 0;
  for (const e of entries) {
    const n = left.get(entryKey(e)) ?? 0;
    if (n > 0) {
      repeated++;
      left.set(entryKey(e), n - 1);
    }
  }
  return repeated / entries.length;
}

/** Whether a sheet's name says it is a summary (科目余额表, 经济分类汇总): data/imports/row-kinds.json summarySheet. */
function namedSummary(name: string): boolean {
  const t = normalizeLabel(name);
  return t !== '' && loadRowKinds().summarySheet.some((w) => t.includes(w));
}

/** The sheets that continue the ledger in their own layout, and the parse that found them when it can be handed on. */
export interface OwnLayouts {
  readonly sheets: SheetLayout[];
  /**
   * The ledger's rows and then the sheets', parsed as the import parses them (parseLedgerFileChunks: one state, each
   * sheet's rows numbered on after the rows before it), when no row failed; undefined after a bad row.
   */
  readonly whole?: { readonly entries: readonly LedgerEntry[]; readonly state: ParseState };
}

/**
 * The sheets in another header that continue the ledger, in their order: each is no summary by its name, gives at
 * least one entry read in its own columns, and repeats fewer than `repeatShare` of its entries from the ledger's
 * sheets and the sheets accepted before it. A sheet with bad rows yields no entries to compare (parsing stops
 * yielding at the first): it is read, so that its errors are reported naming it, rather than left out unsaid.
 *
 * While no row has failed, each sheet is parsed on from the parse of the rows before it, as the import will parse
 * it, so that the import can take this parse (`whole`) instead of reading the rows again; after a bad row (which
 * stops the entries of every later part) each sheet is parsed on its own, to compare its entries.
 */
export function ownLayoutSheets(candidates: readonly SheetLayout[], ledger: { rows: RowSource; columns: ResolvedColumns }, fiscalYear: number): OwnLayouts {
  const named = candidates.filter((c) => !namedSummary(c.name));
  if (named.length === 0) return { sheets: [] };
  const first = parseLedgerWhole(ledger.rows, ledger.columns, { fiscalYear });
  const { repeatShare } = loadSheetLayoutData();
  const earlier = [...first.entries];
  /** The parse of the rows read so far, while no row has failed. */
  let whole: { entries: LedgerEntry[]; state: ParseState } | undefined = first.state.errors.length === 0 ? first : undefined;
  let offset = ledger.rows.count;
  // One error is enough to know a sheet failed (it is then read, its errors named, by the import's own parse); while
  // none fails, the limit changes nothing in the parse handed on.
  const accepted: SheetLayout[] = [];
  for (const sheet of named) {
    let entries: LedgerEntry[];
    let failed: boolean;
    let found: number;
    let onFrom: ParseState | undefined;
    if (whole !== undefined) {
      onFrom = structuredClone(whole.state);
      entries = [...parseLedgerChunks(sheet.rows, sheet.columns, { fiscalYear, rowOffset: offset, maxErrors: 1 }, onFrom, Number.MAX_SAFE_INTEGER)].flat();
      failed = onFrom.errors.length > 0;
      found = onFrom.entryCount - whole.state.entryCount;
    } else {
      const state: ParseState = { errors: [], errorsTruncated: false, skippedRows: 0, entryCount: 0 };
      entries = [...parseLedgerChunks(sheet.rows, sheet.columns, { fiscalYear, maxErrors: 1 }, state, Number.MAX_SAFE_INTEGER)].flat();
      failed = state.errors.length > 0;
      found = state.entryCount;
    }
    // A sheet with bad rows yields no entries to compare: it is read, and its errors name it.
    if (found === 0 || (!failed && repeatedShare(entries, earlier) >= repeatShare)) continue;
    accepted.push(sheet);
    earlier.push(...entries);
    offset += sheet.rows.count;
    whole = whole !== undefined && onFrom !== undefined && !failed ? { entries: [...whole.entries, ...entries], state: onFrom } : undefined;
  }
  return { sheets: accepted, ...(whole ? { whole } : {}) };
}

/** A row error of a sheet read in its own layout, naming the sheet (its row numbers are the sheet's own). */
function inSheet(error: RowError, sheet: string, offset: number): RowError {
  const name = (message: string) => `工作表「${sheet}」${message} (sheet ${sheet})`;
  return { ...error, row: error.row - offset, message: name(error.message), ...(error.webMessage !== undefined ? { webMessage: name(error.webMessage) } : {}) };
}

/**
 * Parse an opened ledger in chunks: its rows in its columns, then each sheet read in its own layout (`layouts`), into
 * the same state. Errors of such a sheet name it.
 */
export function* parseLedgerFileChunks(
  file: { readonly rows: RowSource; readonly columns: ResolvedColumns; readonly layouts?: readonly SheetLayout[] },
  options: ParseOptions,
  state: ParseState,
  chunkSize?: number,
): Generator<LedgerEntry[], void, undefined> {
  yield* parseLedgerChunks(file.rows, file.columns, options, state, chunkSize);
  // The entries of such a sheet number their rows on after the rows before it (as a month's sheet in the same header
  // does), so each row number names one row of the file; its errors name the sheet and its own row.
  let offset = (options.rowOffset ?? 0) + file.rows.count;
  for (const layout of file.layouts ?? []) {
    const before = state.errors.length;
    yield* parseLedgerChunks(layout.rows, layout.columns, { ...options, rowOffset: offset }, state, chunkSize);
    // A block of the same table keeps the file's row numbers and names no sheet.
    if (!layout.block) for (let i = before; i < state.errors.length; i++) state.errors[i] = inSheet(state.errors[i]!, layout.name, offset);
    offset += layout.rows.count;
  }
}
