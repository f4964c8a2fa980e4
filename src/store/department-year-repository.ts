/**
 * Reading and writing department-years. Every query is scoped by the tenant key (region, department); a save
 * is one transaction that replaces the whole department-year, guarded by an optional expected version.
 */
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import type { DepartmentYear } from '../core/department-year.ts';
import { type Fen, fen } from '../core/money.ts';
import type { Database, YearKey } from './database.ts';
import {
  type DepartmentYearRows,
  fromRows,
  SECTION,
  type StoredDepartmentYearRows,
  toRows,
} from './department-year-mapping.ts';
import { StoreWriteError, VersionConflictError } from './errors.ts';
import { insertRowsUnnest, type UnnestColumns } from './insert-rows-unnest.ts';
import { writeSummaryFigures } from './summaries-repository.ts';

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

export interface SaveOptions {
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
}

/** What a save changed, for SaveOptions.onSaved. */
export interface SavedChange {
  readonly before: StoredDepartmentYear | null;
  readonly after: DepartmentYear;
  readonly version: number;
}

/** Default workflow status of a new department-year. */
export const DEFAULT_STATUS = 'draft';

function keyOf(tenant: TenantRef, fiscalYear: number): YearKey {
  return { region_code: tenant.regionCode, department_code: tenant.departmentCode, fiscal_year: fiscalYear };
}

/** The child tables of a year, deleted and re-inserted on each save (children before parents). */
const CHILD_TABLES = [
  'indicators',
  'project_fund_sources',
  'projects',
  'amount_lines',
  'goals',
  'goal_evaluations',
  'staffing_establishment',
  'staffing_stated_counts',
  'three_public',
  'narrative_items',
] as const satisfies readonly (keyof Database)[];

const YEAR_KEY_COLUMNS = { region_code: 'text', department_code: 'text', fiscal_year: 'integer' } as const;

/**
 * Save a whole department-year in one transaction: upsert the department and the year's header, replace every
 * child row. A failure anywhere writes nothing.
 * @returns the new version (1 for a new year).
 * @throws VersionConflictError when `expectedVersion` is stale; StoreWriteError when the database refuses.
 */
export async function saveDepartmentYear(
  db: Kysely<Database>,
  dy: DepartmentYear,
  options: SaveOptions = {},
): Promise<{ version: number }> {
  const rows = toRows(dy);
  const onSaved = options.onSaved;
  let hookError: unknown;
  const hook = onSaved && {
    run: async (trx: Transaction<Database>, change: SavedChange) => {
      try {
        await onSaved(trx, change);
      } catch (err) {
        hookError = err;
        throw err;
      }
    },
    after: dy,
  };
  try {
    return await db.transaction().execute(async (trx) => {
      const done = await writeRows(trx, rows, options.expectedVersion, hook);
      // The overview's summary row, in the same transaction (issue 9: the province overview never reads parts).
      await writeSummaryFigures(trx, dy, done.version);
      return done;
    });
  } catch (err) {
    if (err instanceof VersionConflictError) throw err;
    if (hookError !== undefined && err === hookError) throw err;
    throw new StoreWriteError('保存部门年度数据', 'saving the department-year', err);
  }
}

async function writeRows(
  trx: Transaction<Database>,
  rows: DepartmentYearRows,
  expectedVersion: number | undefined,
  hook?: { run: (trx: Transaction<Database>, change: SavedChange) => Promise<void>; after: DepartmentYear },
): Promise<{ version: number }> {
  const key: YearKey = {
    region_code: rows.header.region_code,
    department_code: rows.header.department_code,
    fiscal_year: rows.header.fiscal_year,
  };
  await trx
    .insertInto('departments')
    .values(rows.department)
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

  let current = await lockedVersion(trx, key);
  if (current === undefined) {
    if (expectedVersion !== undefined && expectedVersion !== 0) {
      throw new VersionConflictError(null, expectedVersion);
    }
    const inserted = await trx
      .insertInto('department_years')
      .values(rows.header)
      .onConflict((oc) => oc.columns(['region_code', 'department_code', 'fiscal_year']).doNothing())
      .returning('version')
      .executeTakeFirst();
    if (inserted) {
      const done = await insertChildren(trx, rows, inserted.version);
      await hook?.run(trx, { before: null, after: hook.after, version: done.version });
      return done;
    }
    // Someone created the same year concurrently; it is committed now, so treat it as an update.
    current = await lockedVersion(trx, key);
    if (current === undefined) throw new VersionConflictError(null, expectedVersion ?? 0);
  }
  if (expectedVersion !== undefined && expectedVersion !== current) {
    throw new VersionConflictError(current, expectedVersion);
  }
  const before = hook ? await readYear(trx, key) : null;
  const updated = await trx
    .updateTable('department_years')
    .set({ ...rows.header, version: current + 1, updated_at: sql<Date>`now()` })
    .where('region_code', '=', key.region_code)
    .where('department_code', '=', key.department_code)
    .where('fiscal_year', '=', key.fiscal_year)
    .returning('version')
    .executeTakeFirstOrThrow();
  for (const table of CHILD_TABLES) {
    await trx.deleteFrom(table).where(yearCondition(key)).execute();
  }
  const done = await insertChildren(trx, rows, updated.version);
  await hook?.run(trx, { before, after: hook.after, version: done.version });
  return done;
}

/** The stored version, row-locked until the transaction ends; undefined when the year does not exist. */
async function lockedVersion(trx: Transaction<Database>, key: YearKey): Promise<number | undefined> {
  const row = await trx
    .selectFrom('department_years')
    .select('version')
    .where('region_code', '=', key.region_code)
    .where('department_code', '=', key.department_code)
    .where('fiscal_year', '=', key.fiscal_year)
    .forUpdate()
    .executeTakeFirst();
  return row?.version;
}

async function insertChildren(
  trx: Transaction<Database>,
  rows: DepartmentYearRows,
  version: number,
): Promise<{ version: number }> {
  const k = YEAR_KEY_COLUMNS;
  const phases = { initial_budget: 'bigint', adjusted_budget: 'bigint', final: 'bigint' } as const;
  await insertAll(trx, 'staffing_establishment', rows.staffingEstablishment, {
    ...k,
    position: 'integer',
    establishment_type: 'text',
    label: 'text',
    headcount: 'integer',
  });
  await insertAll(trx, 'staffing_stated_counts', rows.staffingStatedCounts, {
    ...k,
    position: 'integer',
    label: 'text',
    headcount: 'integer',
  });
  await insertAll(trx, 'goals', rows.goals, { ...k, position: 'integer', title: 'text', description: 'text' });
  await insertAll(trx, 'goal_evaluations', rows.goalEvaluations, {
    ...k,
    position: 'integer',
    title: 'text',
    narrative: 'text',
  });
  await insertAll(trx, 'amount_lines', rows.amountLines, {
    ...k,
    section: 'text',
    position: 'integer',
    code: 'text',
    name: 'text',
    ...phases,
  });
  await insertAll(trx, 'projects', rows.projects, {
    ...k,
    position: 'integer',
    code: 'text',
    name: 'text',
    function_code: 'text',
    ...phases,
    goal: 'text',
    self_score: 'numeric',
    self_grade: 'text',
  });
  await insertAll(trx, 'project_fund_sources', rows.projectFundSources, {
    ...k,
    project_position: 'integer',
    position: 'integer',
    code: 'text',
    name: 'text',
    amount: 'bigint',
  });
  await insertAll(trx, 'indicators', rows.indicators, {
    ...k,
    owner_kind: 'text',
    owner_position: 'integer',
    position: 'integer',
    library_id: 'text',
    level1: 'text',
    level2: 'text',
    name: 'text',
    operator: 'text',
    target_number: 'numeric',
    target_text: 'text',
    unit: 'text',
    actual_number: 'numeric',
    actual_text: 'text',
    weight: 'numeric',
    score: 'numeric',
    deviation_reason: 'text',
  });
  await insertAll(trx, 'three_public', rows.threePublic, {
    ...k,
    item: 'text',
    last_year_final: 'bigint',
    budget: 'bigint',
    final: 'bigint',
  });
  await insertAll(trx, 'narrative_items', rows.narrativeItems, {
    ...k,
    kind: 'text',
    position: 'integer',
    title: 'text',
    detail: 'text',
    category: 'text',
  });
  return { version };
}

async function insertAll<T extends (typeof CHILD_TABLES)[number]>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  columns: UnnestColumns<T>,
): Promise<void> {
  if (rows.length > 0) await insertRowsUnnest(trx, table, columns, rows);
}

/**
 * Read one department-year of one tenant, or null. Reads in one repeatable-read transaction, so a concurrent
 * save is seen entirely or not at all.
 */
export async function getDepartmentYear(
  db: Kysely<Database>,
  tenant: TenantRef,
  fiscalYear: number,
): Promise<StoredDepartmentYear | null> {
  const key = keyOf(tenant, fiscalYear);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) => readYear(trx, key));
}

/** Read one year inside a transaction (shared by getDepartmentYear and a save's onSaved hook). */
async function readYear(trx: Transaction<Database>, key: YearKey): Promise<StoredDepartmentYear | null> {
  const header = await trx
    .selectFrom('department_years')
    .selectAll()
    .where('region_code', '=', key.region_code)
    .where('department_code', '=', key.department_code)
    .where('fiscal_year', '=', key.fiscal_year)
    .executeTakeFirst();
  if (!header) return null;
  const ofYear = yearCondition(key);
  const stored: StoredDepartmentYearRows = {
    header,
    staffingEstablishment: await trx
      .selectFrom('staffing_establishment')
      .selectAll()
      .where(ofYear)
      .orderBy('position')
      .execute(),
    staffingStatedCounts: await trx
      .selectFrom('staffing_stated_counts')
      .selectAll()
      .where(ofYear)
      .orderBy('position')
      .execute(),
    goals: await trx.selectFrom('goals').selectAll().where(ofYear).orderBy('position').execute(),
    goalEvaluations: await trx
      .selectFrom('goal_evaluations')
      .selectAll()
      .where(ofYear)
      .orderBy('position')
      .execute(),
    amountLines: await trx
      .selectFrom('amount_lines')
      .selectAll()
      .where(ofYear)
      .orderBy('section')
      .orderBy('position')
      .execute(),
    projects: await trx.selectFrom('projects').selectAll().where(ofYear).orderBy('position').execute(),
    projectFundSources: await trx
      .selectFrom('project_fund_sources')
      .selectAll()
      .where(ofYear)
      .orderBy('project_position')
      .orderBy('position')
      .execute(),
    indicators: await trx
      .selectFrom('indicators')
      .selectAll()
      .where(ofYear)
      .orderBy('owner_kind')
      .orderBy('owner_position')
      .orderBy('position')
      .execute(),
    threePublic: await trx.selectFrom('three_public').selectAll().where(ofYear).execute(),
    narrativeItems: await trx
      .selectFrom('narrative_items')
      .selectAll()
      .where(ofYear)
      .orderBy('kind')
      .orderBy('position')
      .execute(),
  };
  return { data: fromRows(stored), version: header.version, status: header.status };
}

/** `(region_code, department_code, fiscal_year) = key` for any per-year table (all share the column names). */
function yearCondition(key: YearKey) {
  return sql<boolean>`(region_code, department_code, fiscal_year) = (${key.region_code}, ${key.department_code}, ${key.fiscal_year})`;
}

/**
 * List the department-years in a scope (region, optionally one department; an empty scope lists all, for the
 * single local user), ordered by region, department and year.
 */
export async function listDepartmentYears(
  db: Kysely<Database>,
  scope: DepartmentYearScope,
): Promise<DepartmentYearSummary[]> {
  let query = db
    .selectFrom('department_years as y')
    .leftJoin('amount_lines as t', (join) =>
      join
        .onRef('t.region_code', '=', 'y.region_code')
        .onRef('t.department_code', '=', 'y.department_code')
        .onRef('t.fiscal_year', '=', 'y.fiscal_year')
        .on('t.section', '=', SECTION.expenditureTotal)
        .on('t.position', '=', 0),
    )
    .select([
      'y.region_code',
      'y.department_code',
      'y.department_name',
      'y.fiscal_year',
      'y.status',
      'y.version',
      'y.updated_at',
      't.final as total_final',
    ]);
  if (scope.regionCode !== undefined) query = query.where('y.region_code', '=', scope.regionCode);
  if (scope.departmentCode !== undefined) query = query.where('y.department_code', '=', scope.departmentCode);
  const rows = await query.orderBy('y.region_code').orderBy('y.department_code').orderBy('y.fiscal_year').execute();
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

/** Longest accepted status text. */
const MAX_STATUS_LENGTH = 50;

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
  if (status.trim() === '' || status.length > MAX_STATUS_LENGTH) {
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
