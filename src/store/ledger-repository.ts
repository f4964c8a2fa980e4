/**
 * The ledger's tables (migration 20261127180000-ledger): entries per department-year, the import record and
 * the column mapping per department. Replacing a year's entries is one transaction through bulk-copy.ts, so
 * a failed load leaves the previous entries in place. `ledgerStoreFor` bundles these functions in the shape
 * the ledger capability's port expects (src/ledger/ledger-store-port.ts), without importing it.
 */
import type { Kysely } from 'kysely';
import type { DepartmentYear } from '../core/department-year.ts';
import type { Database, Int8, Json, Timestamp } from './database.ts';
import { getDepartmentYear } from './department-year-repository.ts';
import { type BulkColumn, type BulkMethod, type BulkValue, copyOutPglite, sqlLiteral, withBulkTransaction } from './bulk-copy.ts';
import type { OpenedDatabase } from './open-database.ts';
import { parseInt8 } from './type-parsers.ts';

export interface LedgerEntriesTable {
  region_code: string;
  department_code: string;
  fiscal_year: number;
  entry_no: number;
  source_row: number;
  entry_date: string;
  voucher_no: string;
  summary: string;
  amount: Int8;
  function_code: string;
  economic_code: string;
  nature: 'basic' | 'project';
  project_code: string | null;
  project_name: string | null;
  payee: string | null;
  fund_source: string | null;
  /** 多栏账: the file's column the amount came from (null otherwise). */
  source_column: number | null;
  /** The function item's name as the ledger writes it beside the code (null when it writes none). */
  function_name: string | null;
  /** The 摘要 of the voucher line over the entry line (null when there is none, or it says nothing more). */
  voucher_summary: string | null;
  /** Where the nature came from: 'column', 'account' or 'inferred' (null: imported before it was kept, read as stated). */
  nature_source: 'column' | 'account' | 'inferred' | null;
  /** The account's 明细科目 nature where it contradicts the 支出类型 cell (null otherwise, or imported before it was kept). */
  account_nature: 'basic' | 'project' | null;
  /** The 科室/部门 of the entry (a column's cell or its 辅助明细账 section; null when the file names none). */
  department: string | null;
}

export interface LedgerImportsTable {
  region_code: string;
  department_code: string;
  fiscal_year: number;
  source: string;
  format: string;
  encoding: string | null;
  entry_count: number;
  total_amount: Int8;
  method: string;
  imported_at: Timestamp;
}

export interface LedgerColumnMappingsTable {
  region_code: string;
  department_code: string;
  mapping: Json<Record<string, string | number>>;
  updated_at: Timestamp;
}

/** The ledger tables, added to the shared Database view with `db.withTables<LedgerTables>()`. */
export type LedgerTables = {
  ledger_entries: LedgerEntriesTable;
  ledger_imports: LedgerImportsTable;
  ledger_column_mappings: LedgerColumnMappingsTable;
};

export interface LedgerTenantRef {
  readonly regionCode: string;
  readonly departmentCode: string;
}

/** An entry as stored and returned (the ledger's LedgerEntryRecord, structurally). */
export interface StoredLedgerEntry {
  readonly entryNo: number;
  readonly row: number;
  readonly date: string;
  readonly voucher: string;
  readonly summary: string;
  readonly amount: number;
  readonly functionCode: string;
  readonly economicCode: string;
  readonly nature: 'basic' | 'project';
  readonly projectCode?: string;
  readonly projectName?: string;
  readonly payee?: string;
  readonly fundSource?: string;
  readonly column?: number;
  readonly functionName?: string;
  readonly voucherSummary?: string;
  readonly natureSource?: 'column' | 'account' | 'inferred';
  readonly accountNature?: 'basic' | 'project';
  readonly department?: string;
}

export interface LedgerImportMetaRecord {
  readonly source: string;
  readonly format: 'csv' | 'xlsx' | 'xls' | 'xml' | 'html' | 'ods';
  readonly encoding?: string;
}

export interface ReplaceLedgerOptions {
  /** 'unnest' forces the portable path (benchmarks, or a driver without COPY). */
  readonly method?: BulkMethod;
  readonly onProgress?: (done: number, total: number) => void;
}

function ledgerDb(db: Kysely<Database>): Kysely<Database & LedgerTables> {
  return db.withTables<LedgerTables>();
}

/** Column order of a COPY / unnest load of ledger_entries. */
export const LEDGER_ENTRY_COLUMNS: readonly BulkColumn[] = [
  { name: 'region_code', type: 'text' },
  { name: 'department_code', type: 'text' },
  { name: 'fiscal_year', type: 'integer' },
  { name: 'entry_no', type: 'integer' },
  { name: 'source_row', type: 'integer' },
  { name: 'entry_date', type: 'date' },
  { name: 'voucher_no', type: 'text' },
  { name: 'summary', type: 'text' },
  { name: 'amount', type: 'bigint' },
  { name: 'function_code', type: 'text' },
  { name: 'economic_code', type: 'text' },
  { name: 'nature', type: 'text' },
  { name: 'project_code', type: 'text' },
  { name: 'project_name', type: 'text' },
  { name: 'payee', type: 'text' },
  { name: 'fund_source', type: 'text' },
  { name: 'source_column', type: 'integer' },
  { name: 'function_name', type: 'text' },
  { name: 'voucher_summary', type: 'text' },
  { name: 'nature_source', type: 'text' },
  { name: 'account_nature', type: 'text' },
  { name: 'department', type: 'text' },
];

/** Entries as bulk rows in LEDGER_ENTRY_COLUMNS order. */
export function ledgerEntryRows(
  tenant: LedgerTenantRef,
  fiscalYear: number,
  entries: readonly StoredLedgerEntry[],
): BulkValue[][] {
  return entries.map((e) => [
    tenant.regionCode,
    tenant.departmentCode,
    fiscalYear,
    e.entryNo,
    e.row,
    e.date,
    e.voucher,
    e.summary,
    e.amount,
    e.functionCode,
    e.economicCode,
    e.nature,
    e.projectCode ?? null,
    e.projectName ?? null,
    e.payee ?? null,
    e.fundSource ?? null,
    e.column ?? null,
    e.functionName ?? null,
    e.voucherSummary ?? null,
    e.natureSource ?? null,
    e.accountNature ?? null,
    e.department ?? null,
  ]);
}

/** Entries produced chunk by chunk (a parser's generator); an exception from it aborts the import. */
export interface LedgerEntryChunks {
  readonly chunks: Iterable<readonly StoredLedgerEntry[]>;
}

/**
 * Replace the department-year's entries with `entries` in one transaction: delete the old ones, bulk-load
 * the new, record the import. All or nothing: on any error (including one thrown by the chunk iterator)
 * nothing changes.
 */
export async function replaceLedgerEntries(
  opened: OpenedDatabase,
  tenant: LedgerTenantRef,
  fiscalYear: number,
  entries: readonly StoredLedgerEntry[] | LedgerEntryChunks,
  meta: LedgerImportMetaRecord,
  options: ReplaceLedgerOptions = {},
): Promise<{ inserted: number; method: BulkMethod }> {
  let total = 0;
  function* rows(): Generator<BulkValue[][]> {
    for (const chunk of 'chunks' in entries ? entries.chunks : [entries]) {
      for (const e of chunk) total += e.amount;
      yield ledgerEntryRows(tenant, fiscalYear, chunk);
    }
  }
  return withBulkTransaction(opened, async (tx) => {
    const key = [tenant.regionCode, tenant.departmentCode, fiscalYear];
    await tx.query('delete from ledger_entries where region_code = $1 and department_code = $2 and fiscal_year = $3', key);
    const loaded = await tx.loadChunks('ledger_entries', LEDGER_ENTRY_COLUMNS, rows(), {
      ...(options.method ? { method: options.method } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...('chunks' in entries ? {} : { total: entries.length }),
    });
    await tx.query(
      `insert into ledger_imports
         (region_code, department_code, fiscal_year, source, format, encoding, entry_count, total_amount, method)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       on conflict (region_code, department_code, fiscal_year) do update set
         source = excluded.source, format = excluded.format, encoding = excluded.encoding,
         entry_count = excluded.entry_count, total_amount = excluded.total_amount, method = excluded.method,
         imported_at = now()`,
      [...key, meta.source, meta.format, meta.encoding ?? null, loaded.inserted, total, loaded.method],
    );
    return loaded;
  });
}

export async function loadLedgerEntries(
  db: Kysely<Database>,
  tenant: LedgerTenantRef,
  fiscalYear: number,
): Promise<StoredLedgerEntry[]> {
  const rows = await ledgerDb(db)
    .selectFrom('ledger_entries')
    .selectAll()
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode)
    .where('fiscal_year', '=', fiscalYear)
    .orderBy('entry_no')
    .execute();
  // Built field by field: object spreads per row cost several times more over 200,000 rows.
  return rows.map((r) => {
    const e: { -readonly [K in keyof StoredLedgerEntry]: StoredLedgerEntry[K] } = {
      entryNo: r.entry_no,
      row: r.source_row,
      date: r.entry_date,
      voucher: r.voucher_no,
      summary: r.summary,
      amount: r.amount,
      functionCode: r.function_code,
      economicCode: r.economic_code,
      nature: r.nature,
    };
    if (r.project_code !== null) e.projectCode = r.project_code;
    if (r.project_name !== null) e.projectName = r.project_name;
    if (r.payee !== null) e.payee = r.payee;
    if (r.fund_source !== null) e.fundSource = r.fund_source;
    if (r.source_column !== null) e.column = r.source_column;
    if (r.function_name !== null) e.functionName = r.function_name;
    if (r.voucher_summary !== null) e.voucherSummary = r.voucher_summary;
    if (r.nature_source !== null) e.natureSource = r.nature_source;
    if (r.account_nature !== null) e.accountNature = r.account_nature;
    if (r.department !== null) e.department = r.department;
    return e;
  });
}

/** Column order of the COPY-out read (copyOutPglite). */
const READ_COLUMNS =
  'entry_no, source_row, entry_date, voucher_no, summary, amount, function_code, economic_code, nature, project_code, project_name, payee, fund_source, source_column, function_name, voucher_summary, nature_source, account_nature, department';

/**
 * The year's entries, by the fastest read the engine has: PGlite's COPY TO '/dev/blob' (the pg adapter costs
 * several seconds per 200,000 rows), otherwise the ordinary query.
 */
export async function readLedgerEntries(
  opened: OpenedDatabase,
  tenant: LedgerTenantRef,
  fiscalYear: number,
): Promise<StoredLedgerEntry[]> {
  const select = `select ${READ_COLUMNS} from ledger_entries
    where region_code = ${sqlLiteral(tenant.regionCode)} and department_code = ${sqlLiteral(tenant.departmentCode)}
      and fiscal_year = ${sqlLiteral(fiscalYear)} order by entry_no`;
  const rows = await copyOutPglite(opened, select);
  if (!rows) return loadLedgerEntries(opened.db, tenant, fiscalYear);
  return rows.map((r) => {
    const nature = r[8];
    if (nature !== 'basic' && nature !== 'project') throw new Error(`ledger_entries: bad nature ${nature}`);
    const e: { -readonly [K in keyof StoredLedgerEntry]: StoredLedgerEntry[K] } = {
      entryNo: Number(r[0]),
      row: Number(r[1]),
      date: r[2] ?? '',
      voucher: r[3] ?? '',
      summary: r[4] ?? '',
      amount: parseInt8(r[5] ?? ''),
      functionCode: r[6] ?? '',
      economicCode: r[7] ?? '',
      nature,
    };
    if (r[9] != null) e.projectCode = r[9];
    if (r[10] != null) e.projectName = r[10];
    if (r[11] != null) e.payee = r[11];
    if (r[12] != null) e.fundSource = r[12];
    if (r[13] != null) e.column = Number(r[13]);
    if (r[14] != null) e.functionName = r[14];
    if (r[15] != null) e.voucherSummary = r[15];
    const source = r[16];
    if (source === 'column' || source === 'account' || source === 'inferred') e.natureSource = source;
    else if (source != null) throw new Error(`ledger_entries: bad nature_source ${source}`);
    const accountNature = r[17];
    if (accountNature === 'basic' || accountNature === 'project') e.accountNature = accountNature;
    else if (accountNature != null) throw new Error(`ledger_entries: bad account_nature ${accountNature}`);
    if (r[18] != null) e.department = r[18];
    return e;
  });
}

export interface LedgerImportInfo {
  readonly source: string;
  readonly format: string;
  readonly encoding: string | null;
  readonly entryCount: number;
  readonly totalAmount: number;
  readonly method: string;
  readonly importedAt: Date;
}

export async function getLedgerImport(
  db: Kysely<Database>,
  tenant: LedgerTenantRef,
  fiscalYear: number,
): Promise<LedgerImportInfo | undefined> {
  const r = await ledgerDb(db)
    .selectFrom('ledger_imports')
    .selectAll()
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode)
    .where('fiscal_year', '=', fiscalYear)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    source: r.source,
    format: r.format,
    encoding: r.encoding,
    entryCount: r.entry_count,
    totalAmount: r.total_amount,
    method: r.method,
    importedAt: r.imported_at,
  };
}

export async function loadLedgerColumnMapping(
  db: Kysely<Database>,
  tenant: LedgerTenantRef,
): Promise<Record<string, string | number> | undefined> {
  const r = await ledgerDb(db)
    .selectFrom('ledger_column_mappings')
    .select('mapping')
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode)
    .executeTakeFirst();
  return r?.mapping;
}

export async function saveLedgerColumnMapping(
  db: Kysely<Database>,
  tenant: LedgerTenantRef,
  mapping: Readonly<Record<string, string | number>>,
): Promise<void> {
  const json = JSON.stringify(mapping);
  await ledgerDb(db)
    .insertInto('ledger_column_mappings')
    .values({ region_code: tenant.regionCode, department_code: tenant.departmentCode, mapping: json, updated_at: new Date() })
    .onConflict((oc) => oc.columns(['region_code', 'department_code']).doUpdateSet({ mapping: json, updated_at: new Date() }))
    .execute();
}

/** The ledger capability's storage port, backed by this database. */
export function ledgerStoreFor(opened: OpenedDatabase) {
  return {
    replaceEntries: (
      tenant: LedgerTenantRef,
      fiscalYear: number,
      entries: readonly StoredLedgerEntry[] | LedgerEntryChunks,
      meta: LedgerImportMetaRecord,
      onProgress?: (done: number, total: number) => void,
    ) => replaceLedgerEntries(opened, tenant, fiscalYear, entries, meta, onProgress ? { onProgress } : {}),
    loadEntries: (tenant: LedgerTenantRef, fiscalYear: number) => readLedgerEntries(opened, tenant, fiscalYear),
    loadMapping: (tenant: LedgerTenantRef) => loadLedgerColumnMapping(opened.db, tenant),
    saveMapping: (tenant: LedgerTenantRef, mapping: Readonly<Record<string, string | number>>) =>
      saveLedgerColumnMapping(opened.db, tenant, mapping),
    loadDepartmentYear: async (tenant: LedgerTenantRef, fiscalYear: number): Promise<DepartmentYear | null> =>
      (await getDepartmentYear(opened.db, tenant, fiscalYear))?.data ?? null,
  };
}
