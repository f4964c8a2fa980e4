/**
 * Reading and writing department-years. A year is one JSONB document (department-year-document.ts); a save is
 * one transaction that writes the document, its history entry and its projections (lines by classification
 * code and phase, the overview's summary), guarded by an optional expected version. A read is one query.
 * Every query is scoped by the tenant key (region, department).
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { type DepartmentYear, departmentYearSchema } from '../core/department-year.ts';
import { type Fen, fen } from '../core/money.ts';
import type { ActorRef } from './audit-log-repository.ts';
import type { Database, YearKey, YearStatus } from './database.ts';
import { decodeDocument, DOCUMENT_SCHEMA_VERSION, type DocumentSchema, encodeDocument } from './department-year-document.ts';
import { linesOf } from './department-year-lines.ts';
import { StoreWriteError, VersionConflictError } from './errors.ts';
import { insertRowsUnnest } from './insert-rows-unnest.ts';
import { type SummaryTables, writeSummaryFigures } from './summaries-repository.ts';

/** The tenant key: which department of which region. */
export interface TenantRef {
  readonly regionCode: string;
  readonly departmentCode: string;
}

/** What a caller may list: one region (or all, when regionCode is absent), optionally one department. */
export interface DepartmentYearScope {
  readonly regionCode?: string;
  readonly departmentCode?: string;
}

/** A stored department-year with its optimistic-locking version and workflow status. */
export interface StoredDepartmentYear {
  readonly data: DepartmentYear;
  /** Starts at 1, +1 on every save or status change. */
  readonly version: number;
  /** 'draft' when first saved. */
  readonly status: string;
}

/** One line of a department-year listing. */
export interface DepartmentYearSummary {
  readonly regionCode: string;
  readonly departmentCode: string;
  /** The department's name as stated in that year. */
  readonly departmentName: string;
  readonly fiscalYear: number;
  readonly status: string;
  readonly version: number;
  /** expenditure.total.final (支出决算合计); null when not stated. */
  readonly totalFinal: Fen | null;
  readonly updatedAt: Date;
}

export interface SaveOptions extends ReadOptions {
  /**
   * The version the caller read. When given and different from the stored one, nothing is written and
   * VersionConflictError is thrown. 0 means "create only": the year must not exist yet.
   */
  readonly expectedVersion?: number;
  /**
   * Called inside the save's transaction once the rows are written, with the year as it was before (null for a
   * new year): the audit trail and the workflow's read-only rule hook in here. A throw rolls the save back and
   * reaches the caller unchanged. Only saveDepartmentYear calls it.
   */
  readonly onSaved?: (trx: Transaction<Database>, change: SavedChange) => Promise<void>;
  /** Who saves, recorded in the version history (absent: the system — demo loader, CLI). */
  readonly actor?: ActorRef;
}

/** What a save changed, for SaveOptions.onSaved. */
export interface SavedChange {
  readonly before: StoredDepartmentYear | null;
  readonly after: DepartmentYear;
  readonly version: number;
}

/** Options of a read. */
export interface ReadOptions {
  /** The schema the document is parsed with (default: the model's; tests extend it). */
  readonly schema?: DocumentSchema;
}

/** Default workflow status of a new department-year. */
export const DEFAULT_STATUS = 'draft';

function keyOf(tenant: TenantRef, fiscalYear: number): YearKey {
  return { region_code: tenant.regionCode, department_code: tenant.departmentCode, fiscal_year: fiscalYear };
}

function keyOfYear(dy: DepartmentYear): YearKey {
  return { region_code: dy.region.code, department_code: dy.department.code, fiscal_year: dy.fiscalYear };
}

/** How a year is named in a store error. */
function describeKey(key: YearKey): string {
  return `部门年度 ${key.region_code}.${key.department_code} ${key.fiscal_year}`;
}

/** Column types of department_year_lines for the one-statement insert. */
const LINE_COLUMNS = {
  region_code: 'text',
  department_code: 'text',
  fiscal_year: 'integer',
  kind: 'text',
  position: 'integer',
  code: 'text',
  name: 'text',
  phase: 'text',
  amount: 'bigint',
} as const;

/**
 * Save a whole department-year in one transaction: upsert the department, write the document (a new year, or
 * the next version of an existing one), keep the version in the history, rewrite the lines projection and the
 * overview's figures. A failure anywhere writes nothing.
 * @returns the new version (1 for a new year).
 * @throws VersionConflictError when `expectedVersion` is stale; StoreWriteError when the database refuses.
 */
export async function saveDepartmentYear(
  db: Kysely<Database>,
  input: DepartmentYear,
  options: SaveOptions = {},
): Promise<{ version: number }> {
  const dy = checkedDocument(input, options.schema);
  const onSaved = options.onSaved;
  let hookError: unknown;
  try {
    return await db.transaction().execute(async (trx) => {
      const { version, before } = await writeDocument(trx, dy, options.expectedVersion, onSaved !== undefined);
      const key = keyOfYear(dy);
      await trx
        .insertInto('department_year_versions')
        .values({
          ...key,
          version,
          schema_version: DOCUMENT_SCHEMA_VERSION,
          document: encodeDocument(dy),
          actor_user_id: options.actor?.userId ?? null,
          actor_name: options.actor?.name ?? null,
        })
        .execute();
      if (version > 1) await trx.deleteFrom('department_year_lines').where(yearCondition(key)).execute();
      const lines = linesOf(dy);
      if (lines.length > 0) await insertRowsUnnest(trx, 'department_year_lines', LINE_COLUMNS, lines);
      // The overview's summary row, in the same transaction (issue 9: the province overview never reads parts).
      await writeSummaryFigures(trx, dy, version);
      if (onSaved) {
        try {
          await onSaved(trx, { before, after: dy, version });
        } catch (err) {
          hookError = err;
          throw err;
        }
      }
      return { version };
    });
  } catch (err) {
    if (err instanceof VersionConflictError) throw err;
    if (hookError !== undefined && err === hookError) throw err;
    throw new StoreWriteError('保存部门年度数据', 'saving the department-year', err);
  }
}

/**
 * The document as the model's schema accepts it (the store's last line of defence: no CHECK constraint looks
 * inside a document). A refusal names the field; nothing is written.
 */
function checkedDocument(input: DepartmentYear, schema: DocumentSchema = departmentYearSchema): DepartmentYear {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue ? issue.path.join('.') : '';
  throw new StoreWriteError(
    '保存部门年度数据',
    'saving the department-year',
    new Error(`数据不符合模型（${path}：${issue?.message ?? ''}）/ document does not fit the model at ${path}`),
  );
}

/** Upsert the department and write the year's document; returns the new version and, if asked, the year before. */
async function writeDocument(
  trx: Transaction<Database>,
  dy: DepartmentYear,
  expectedVersion: number | undefined,
  wantBefore: boolean,
): Promise<{ version: number; before: StoredDepartmentYear | null }> {
  const key = keyOfYear(dy);
  await trx
    .insertInto('departments')
    .values({
      region_code: key.region_code,
      department_code: key.department_code,
      name: dy.department.name,
      name_fiscal_year: dy.fiscalYear,
    })
    .onConflict((oc) =>
      oc
        .columns(['region_code', 'department_code'])
        .doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          name_fiscal_year: eb.ref('excluded.name_fiscal_year'),
          updated_at: sql<Date>`now()`,
        }))
        // The department's current name comes from its latest year; saving an older year keeps it.
        .where('departments.name_fiscal_year', '<=', (eb) => eb.ref('excluded.name_fiscal_year')),
    )
    .execute();

  const document = encodeDocument(dy);
  let current = await lockedYear(trx, key, wantBefore);
  if (current === undefined) {
    if (expectedVersion !== undefined && expectedVersion !== 0) {
      throw new VersionConflictError(null, expectedVersion);
    }
    const inserted = await trx
      .insertInto('department_years')
      .values({ ...key, schema_version: DOCUMENT_SCHEMA_VERSION, document })
      .onConflict((oc) => oc.columns(['region_code', 'department_code', 'fiscal_year']).doNothing())
      .returning('version')
      .executeTakeFirst();
    if (inserted) return { version: inserted.version, before: null };
    // Someone created the same year concurrently; it is committed now, so treat it as an update.
    current = await lockedYear(trx, key, wantBefore);
    if (current === undefined) throw new VersionConflictError(null, expectedVersion ?? 0);
  }
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new VersionConflictError(current.version, expectedVersion);
  }
  const updated = await trx
    .updateTable('department_years')
    .set({ schema_version: DOCUMENT_SCHEMA_VERSION, document, version: current.version + 1, updated_at: sql<Date>`now()` })
    .where(yearCondition(key))
    .returning('version')
    .executeTakeFirstOrThrow();
  return { version: updated.version, before: current.stored };
}

/**
 * The stored version (and, when asked, the whole year), row-locked until the transaction ends; undefined when
 * the year does not exist.
 */
async function lockedYear(
  trx: Transaction<Database>,
  key: YearKey,
  withDocument: boolean,
): Promise<{ version: number; stored: StoredDepartmentYear | null } | undefined> {
  const row = await trx
    .selectFrom('department_years')
    .select(['version', 'status', 'schema_version'])
    .$if(withDocument, (q) => q.select('document'))
    .where(yearCondition(key))
    .forUpdate()
    .executeTakeFirst();
  if (!row) return undefined;
  const stored =
    row.document === undefined
      ? null
      : { data: decodeDocument(row.document, row.schema_version, describeKey(key)), version: row.version, status: row.status };
  return { version: row.version, stored };
}

/** The stored version, row-locked until the transaction ends; undefined when the year does not exist. */
async function lockedVersion(trx: Transaction<Database>, key: YearKey): Promise<number | undefined> {
  return (await lockedYear(trx, key, false))?.version;
}

/** Read one department-year of one tenant, or null: one query. */
export async function getDepartmentYear(
  db: Kysely<Database>,
  tenant: TenantRef,
  fiscalYear: number,
  options: ReadOptions = {},
): Promise<StoredDepartmentYear | null> {
  const key = keyOf(tenant, fiscalYear);
  const row = await db
    .selectFrom('department_years')
    .select(['schema_version', 'status', 'version', 'document'])
    .where(yearCondition(key))
    .executeTakeFirst();
  if (!row) return null;
  return {
    data: decodeDocument(row.document, row.schema_version, describeKey(key), options.schema),
    version: row.version,
    status: row.status,
  };
}

/** `(region_code, department_code, fiscal_year) = key` for any per-year table (all share the column names). */
function yearCondition(key: YearKey) {
  return sql<boolean>`(region_code, department_code, fiscal_year) = (${key.region_code}, ${key.department_code}, ${key.fiscal_year})`;
}

/**
 * List the department-years in a scope (region, optionally one department; an empty scope lists all, for the
 * single local user), ordered by region, department and year. Reads the overview's summary rows only.
 */
export async function listDepartmentYears(
  db: Kysely<Database>,
  scope: DepartmentYearScope,
): Promise<DepartmentYearSummary[]> {
  let query = db
    .withTables<SummaryTables>()
    .selectFrom('department_year_summaries as s')
    .select([
      's.region_code',
      's.department_code',
      's.department_name',
      's.fiscal_year',
      's.status',
      's.version',
      's.updated_at',
      's.total_final',
    ]);
  if (scope.regionCode !== undefined) query = query.where('s.region_code', '=', scope.regionCode);
  if (scope.departmentCode !== undefined) query = query.where('s.department_code', '=', scope.departmentCode);
  const rows = await query.orderBy('s.region_code').orderBy('s.department_code').orderBy('s.fiscal_year').execute();
  return rows.map((r) => ({
    regionCode: r.region_code,
    departmentCode: r.department_code,
    departmentName: r.department_name,
    fiscalYear: r.fiscal_year,
    status: r.status,
    version: r.version,
    totalFinal: r.total_final === null ? null : fen(r.total_final),
    updatedAt: r.updated_at,
  }));
}

/**
 * Delete one department-year of one tenant with all its parts (the department itself stays).
 * @returns false when there was nothing to delete.
 */
export async function deleteDepartmentYear(
  db: Kysely<Database>,
  tenant: TenantRef,
  fiscalYear: number,
  options: SaveOptions = {},
): Promise<boolean> {
  const key = keyOf(tenant, fiscalYear);
  return db.transaction().execute(async (trx) => {
    const current = await lockedVersion(trx, key);
    if (current === undefined) return false;
    if (options.expectedVersion !== undefined && options.expectedVersion !== current) {
      throw new VersionConflictError(current, options.expectedVersion);
    }
    await trx.deleteFrom('department_years').where(yearCondition(key)).execute();
    return true;
  });
}

/** The statuses department_years.status accepts (its CHECK constraint; the workflow's states). */
export const YEAR_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'approved',
  'published',
] as const satisfies readonly YearStatus[];

/**
 * Set the workflow status of one department-year (e.g. 'draft' → 'submitted'). Counts as a change: the
 * version goes up, so an editor holding the old version must reload.
 * @returns the new version, or null when the year does not exist.
 */
export async function setStatus(
  db: Kysely<Database>,
  tenant: TenantRef,
  fiscalYear: number,
  status: string,
  options: SaveOptions = {},
): Promise<{ version: number } | null> {
  if (!YEAR_STATUSES.some((s) => s === status)) {
    throw new StoreWriteError('设置状态', 'setting the status', new Error(`状态值不合法 / invalid status "${status}"`));
  }
  const key = keyOf(tenant, fiscalYear);
  return db.transaction().execute(async (trx) => {
    const current = await lockedVersion(trx, key);
    if (current === undefined) return null;
    if (options.expectedVersion !== undefined && options.expectedVersion !== current) {
      throw new VersionConflictError(current, options.expectedVersion);
    }
    return trx
      .updateTable('department_years')
      .set({ status, version: current + 1, updated_at: sql<Date>`now()` })
      .where(yearCondition(key))
      .returning('version')
      .executeTakeFirstOrThrow();
  });
}
