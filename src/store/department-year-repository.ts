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
import { type LineRow, linesDigest, linesOf } from './department-year-lines.ts';
import { StoreWriteError, VersionConflictError } from './errors.ts';
import { insertRowsUnnest } from './insert-rows-unnest.ts';
import { type SummaryTables, type SummaryValues, summaryValuesOf } from './summaries-repository.ts';

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
 * Save a whole department-year in one transaction: the document (a new year, or the next version of an
 * existing one), its history entry and the overview's summary row in one statement, the department's name when
 * it changed, and the lines projection when the lines changed. A failure anywhere writes nothing.
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
  const lines = linesOf(dy);
  const write: DocumentWrite = {
    key: keyOfYear(dy),
    document: encodeDocument(dy),
    lines,
    linesDigest: linesDigest(lines),
    actor: options.actor ?? null,
    summary: summaryValuesOf(dy),
  };
  let hookError: unknown;
  try {
    return await db.transaction().execute(async (trx) => {
      let current = await lockedYear(trx, write.key, onSaved !== undefined);
      if (current === undefined) {
        if (options.expectedVersion !== undefined && options.expectedVersion !== 0) {
          throw new VersionConflictError(null, options.expectedVersion);
        }
      } else if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
        throw new VersionConflictError(current.version, options.expectedVersion);
      }
      if (current?.departmentName !== dy.department.name || current.nameFiscalYear < dy.fiscalYear) {
        await upsertDepartment(trx, dy);
      }
      let version = current === undefined ? await insertDocument(trx, write) : undefined;
      if (version === undefined) {
        // An existing year, or one created concurrently (committed now, so it is an update after all).
        current ??= await lockedYear(trx, write.key, onSaved !== undefined);
        if (current === undefined) throw new VersionConflictError(null, options.expectedVersion ?? 0);
        if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
          throw new VersionConflictError(current.version, options.expectedVersion);
        }
        version = await updateDocument(trx, write);
      }
      const before = current?.stored ?? null;
      // Lines are rewritten only when they changed (most edits touch text): the digest says.
      if (current?.linesDigest !== write.linesDigest) {
        if (version > 1) await trx.deleteFrom('department_year_lines').where(yearCondition(write.key)).execute();
        if (write.lines.length > 0) await insertRowsUnnest(trx, 'department_year_lines', LINE_COLUMNS, write.lines);
      }
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

/** What one save writes besides the lines. */
interface DocumentWrite {
  readonly key: YearKey;
  /** The document's JSON text. */
  readonly document: string;
  readonly lines: readonly LineRow[];
  readonly linesDigest: string;
  readonly actor: ActorRef | null;
  readonly summary: SummaryValues;
}

/** The department's name from its latest year; saving an older year keeps it. */
async function upsertDepartment(trx: Transaction<Database>, dy: DepartmentYear): Promise<void> {
  await trx
    .insertInto('departments')
    .values({
      region_code: dy.region.code,
      department_code: dy.department.code,
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
        .where('departments.name_fiscal_year', '<=', (eb) => eb.ref('excluded.name_fiscal_year')),
    )
    .execute();
}

/**
 * The history entry and the summary row of the year written by the statement's first part `y` (which returns
 * the key, schema_version, document, version, status and updated_at): appended to that statement, so the
 * document is sent and parsed once and the whole write is one round trip.
 */
function historyAndSummary(write: DocumentWrite) {
  const s = write.summary;
  return sql`
    , v as (
      insert into department_year_versions
        (region_code, department_code, fiscal_year, version, schema_version, document, actor_user_id, actor_name, saved_at)
      select region_code, department_code, fiscal_year, version, schema_version, document,
             ${write.actor?.userId ?? null}::integer, ${write.actor?.name ?? null}::text, updated_at
        from y
    ), s as (
      insert into department_year_summaries
        (region_code, department_code, fiscal_year, department_name, status, version, updated_at, self_score,
         self_grade, total_final, figures_version, errors, warnings)
      select region_code, department_code, fiscal_year, ${s.departmentName}::text, status, version, updated_at,
             ${s.selfScore}::numeric, ${s.selfGrade}::text, ${s.totalFinal}::bigint, version, ${s.errors}::integer,
             ${s.warnings}::integer
        from y
      on conflict (region_code, department_code, fiscal_year) do update set
        department_name = excluded.department_name, status = excluded.status, version = excluded.version,
        updated_at = excluded.updated_at, self_score = excluded.self_score, self_grade = excluded.self_grade,
        total_final = excluded.total_final, figures_version = excluded.figures_version, errors = excluded.errors,
        warnings = excluded.warnings
    )
    select version from y`;
}

/** Insert a new year; undefined when it exists already (created concurrently). */
async function insertDocument(trx: Transaction<Database>, write: DocumentWrite): Promise<number | undefined> {
  const { key } = write;
  const { rows } = await sql<{ version: number }>`
    with y as (
      insert into department_years (region_code, department_code, fiscal_year, schema_version, document, lines_digest)
      values (${key.region_code}, ${key.department_code}, ${key.fiscal_year}, ${DOCUMENT_SCHEMA_VERSION},
              ${write.document}::jsonb, ${write.linesDigest})
      on conflict (region_code, department_code, fiscal_year) do nothing
      returning region_code, department_code, fiscal_year, schema_version, document, version, status, updated_at
    ) ${historyAndSummary(write)}`.execute(trx);
  return rows[0]?.version;
}

/** Write the next version of an existing (locked) year. */
async function updateDocument(trx: Transaction<Database>, write: DocumentWrite): Promise<number> {
  const { key } = write;
  const { rows } = await sql<{ version: number }>`
    with y as (
      update department_years
         set schema_version = ${DOCUMENT_SCHEMA_VERSION}, document = ${write.document}::jsonb,
             lines_digest = ${write.linesDigest}, version = version + 1, updated_at = now()
       where (region_code, department_code, fiscal_year) = (${key.region_code}, ${key.department_code}, ${key.fiscal_year})
      returning region_code, department_code, fiscal_year, schema_version, document, version, status, updated_at
    ) ${historyAndSummary(write)}`.execute(trx);
  const version = rows[0]?.version;
  if (version === undefined) throw new Error('部门年度在保存时消失 / the year vanished while locked');
  return version;
}

/**
 * The stored version and the department's current name (and, when asked, the whole year), row-locked until
 * the transaction ends; undefined when the year does not exist.
 */
async function lockedYear(
  trx: Transaction<Database>,
  key: YearKey,
  withDocument: boolean,
): Promise<
  | { version: number; departmentName: string; nameFiscalYear: number; linesDigest: string | null; stored: StoredDepartmentYear | null }
  | undefined
> {
  const row = await trx
    .selectFrom('department_years as y')
    .innerJoin('departments as d', (join) =>
      join.onRef('d.region_code', '=', 'y.region_code').onRef('d.department_code', '=', 'y.department_code'),
    )
    .select(['y.version', 'y.status', 'y.schema_version', 'y.lines_digest', 'd.name', 'd.name_fiscal_year'])
    .$if(withDocument, (q) => q.select('y.document'))
    .where('y.region_code', '=', key.region_code)
    .where('y.department_code', '=', key.department_code)
    .where('y.fiscal_year', '=', key.fiscal_year)
    .forUpdate('y')
    .executeTakeFirst();
  if (!row) return undefined;
  const stored =
    row.document === undefined
      ? null
      : { data: decodeDocument(row.document, row.schema_version, describeKey(key)), version: row.version, status: row.status };
  return {
    version: row.version,
    departmentName: row.name,
    nameFiscalYear: row.name_fiscal_year,
    linesDigest: row.lines_digest,
    stored,
  };
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
 * Delete one department-year of one tenant with its history, projections and summary (the department itself
 * stays). The lines have no foreign key (it cost more than their insert), so they go explicitly.
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
    await trx.deleteFrom('department_year_lines').where(yearCondition(key)).execute();
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
