/**
 * Test support: a dev ledger (test/fixtures/ledger-eval/dev-*) read as the base of its export variants — its rows as
 * text, the header row and the columns the import maps, and the rows that made entries.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTableFile } from '../../../reference/table-file.ts';
import { openLedgerFile, readLedgerFile } from '../../read-ledger-file.ts';
import { type Base, FISCAL_YEAR, type Table } from './table.ts';

/** The repository (the data and the dev ledgers are read from it). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const LEDGER_EVAL_DIR = join(REPO_ROOT, 'test/fixtures/ledger-eval');

export interface LoadedBase {
  readonly base: Base;
  /** The file as it is. */
  readonly bytes: Uint8Array;
}

/** A dev ledger of the evaluation folder as a base; only columns with a header of their own (not a field read from 辅助核算). */
export async function loadBase(name: string): Promise<LoadedBase> {
  const bytes = new Uint8Array(readFileSync(join(LEDGER_EVAL_DIR, name)));
  const opened = await openLedgerFile(bytes, name, FISCAL_YEAR);
  const table = await readTableFile(bytes, name);
  const rows: Table = Array.from({ length: table.rows.count }, (_, i) => [...table.rows.row(i)]);
  const read = await readLedgerFile(bytes, name, { fiscalYear: FISCAL_YEAR });
  // The row of the file each entry came from, as a 0-based index of the rows read (a quoted line break aside).
  const lineToIndex = new Map(Array.from({ length: table.rows.count }, (_, i) => [table.rows.line(i), i]));
  const entryRows = new Set(read.entries.map((e) => lineToIndex.get(e.row) ?? e.row - 1));
  const header = rows[opened.columns.headerRow] ?? [];
  const columns = Object.fromEntries(Object.entries(opened.columns.columns).filter(([, c]) => c !== undefined && (header[c] ?? '').trim() !== ''));
  return { base: { name, rows, headerRow: opened.columns.headerRow, columns, entryRows }, bytes };
}
