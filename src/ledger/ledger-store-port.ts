/**
 * What the ledger needs from storage, as a port: the capability never imports store/ (scripts/check-layering);
 * src/store/ledger-repository.ts `ledgerStoreFor(opened)` implements it and the CLI/HTTP wiring passes it in.
 */
import type { DepartmentYear } from '../core/department-year.ts';
import { isFen, MoneyError } from '../core/money.ts';
import type { ColumnMapping } from './column-mapping.ts';
import type { LedgerEntry } from './entry.ts';

export interface LedgerTenant {
  readonly regionCode: string;
  readonly departmentCode: string;
}

/** An entry as storage hands it back: the same fields, the amount as a plain integer. */
export type LedgerEntryRecord = Omit<LedgerEntry, 'amount'> & { readonly amount: number };

export interface LedgerImportMeta {
  readonly source: string;
  readonly format: 'csv' | 'xlsx' | 'xls' | 'xml' | 'html' | 'ods';
  readonly encoding?: string;
}

export interface LedgerImportResult {
  readonly inserted: number;
  /** Which bulk path wrote the rows: `copy` (engine fast path) or `unnest` (portable). */
  readonly method: 'copy' | 'unnest';
}

export interface LedgerStorePort {
  /**
   * Replace the year's entries in one transaction (all or nothing). Entries may come as chunks from a parser's
   * generator; an exception thrown by it must abort the transaction and propagate.
   */
  replaceEntries(
    tenant: LedgerTenant,
    fiscalYear: number,
    entries: readonly LedgerEntryRecord[] | { readonly chunks: Iterable<readonly LedgerEntryRecord[]> },
    meta: LedgerImportMeta,
    onProgress?: (done: number, total: number) => void,
  ): Promise<LedgerImportResult>;
  loadEntries(tenant: LedgerTenant, fiscalYear: number): Promise<LedgerEntryRecord[]>;
  loadMapping(tenant: LedgerTenant): Promise<ColumnMapping | undefined>;
  saveMapping(tenant: LedgerTenant, mapping: ColumnMapping): Promise<void>;
  loadDepartmentYear(tenant: LedgerTenant, fiscalYear: number): Promise<DepartmentYear | null>;
}

function allFen(records: readonly LedgerEntryRecord[]): records is readonly LedgerEntry[] {
  return records.every((r) => isFen(r.amount));
}

/** Records back to entries: the amounts were written from Fen and read as integers; checked, not copied. */
export function toLedgerEntries(records: readonly LedgerEntryRecord[]): readonly LedgerEntry[] {
  if (!allFen(records)) throw new MoneyError('分录金额不是整数分 / an entry amount is not integer fen');
  return records;
}
