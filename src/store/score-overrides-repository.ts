/**
 * Storage of the officer's score overrides (migration 20261127194500-score-overrides): per department-year, the
 * overridden score and the mandatory reason of each self-evaluation indicator, keyed by the indicator's data
 * path. A save replaces the year's whole set and appends one audit-trail entry (old → new per path) in the same
 * transaction; the caller's edit rule runs inside it against the year's workflow status, read under a row lock.
 */
import type { ColumnType, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import { diffRecords } from '../workflow/diff.ts';
import { type ActorRef, appendAuditEntry } from './audit-log-repository.ts';
import type { Database, Numeric, TenantKey } from './database.ts';
import type { TenantRef } from './department-year-repository.ts';

export interface ScoreOverridesTable extends TenantKey {
  fiscal_year: number;
  indicator_path: string;
  score: Numeric;
  reason: string;
  updated_by: string;
  updated_at: ColumnType<Date, string | undefined, string>;
}

export type ScoreOverrideTables = { score_overrides: ScoreOverridesTable };

type OverrideDb = Kysely<Database & ScoreOverrideTables>;

function overrideDb(db: Kysely<Database>): OverrideDb {
  return db.withTables<ScoreOverrideTables>();
}

/** What the officer states for one indicator. */
export interface ScoreOverrideInput {
  /** `goals[0].indicators[1]` or `projects[2].indicators[0]`. */
  readonly path: string;
  readonly score: number;
  readonly reason: string;
}

export interface ScoreOverride extends ScoreOverrideInput {
  readonly updatedBy: string;
  readonly updatedAt: Date;
}

/** The year's overrides by path, in path order. */
export async function listScoreOverrides(db: Kysely<Database>, tenant: TenantRef, fiscalYear: number): Promise<ScoreOverride[]> {
  const rows = await overrideDb(db)
    .selectFrom('score_overrides')
    .selectAll()
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode)
    .where('fiscal_year', '=', fiscalYear)
    .orderBy('indicator_path')
    .execute();
  return rows.map((r) => ({
    path: r.indicator_path,
    score: Number(r.score),
    reason: r.reason,
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  }));
}

export interface SaveOverridesOptions {
  readonly actor: ActorRef;
  /** Called inside the transaction with the year locked: throw to refuse (workflow state, a stale If-Match). */
  readonly check: (status: string, version: number) => void;
}

const asRecord = (list: readonly ScoreOverrideInput[]) =>
  Object.fromEntries(list.map((o) => [o.path, { score: o.score, reason: o.reason }]));

/**
 * Replace the year's overrides with `overrides`. Returns false when the department-year does not exist
 * (nothing written). Unchanged sets write nothing, not even an audit entry.
 */
export async function saveScoreOverrides(
  db: Kysely<Database>,
  tenant: TenantRef,
  fiscalYear: number,
  overrides: readonly ScoreOverrideInput[],
  options: SaveOverridesOptions,
): Promise<{ saved: boolean; overrides: ScoreOverride[] }> {
  return db.transaction().execute(async (trx: Transaction<Database>) => {
    const year = await trx
      .selectFrom('department_years')
      .select(['status', 'version'])
      .where('region_code', '=', tenant.regionCode)
      .where('department_code', '=', tenant.departmentCode)
      .where('fiscal_year', '=', fiscalYear)
      .forUpdate()
      .executeTakeFirst();
    if (!year) return { saved: false, overrides: [] };
    options.check(year.status, year.version);
    const before = await listScoreOverrides(trx, tenant, fiscalYear);
    const changes = diffRecords(asRecord(before), asRecord(overrides));
    if (changes.length > 0) {
      const odb = overrideDb(trx);
      const key = { region_code: tenant.regionCode, department_code: tenant.departmentCode, fiscal_year: fiscalYear };
      const kept = new Set(overrides.map((o) => o.path));
      const removed = before.filter((b) => !kept.has(b.path)).map((b) => b.path);
      if (removed.length > 0) {
        await odb
          .deleteFrom('score_overrides')
          .where('region_code', '=', key.region_code)
          .where('department_code', '=', key.department_code)
          .where('fiscal_year', '=', key.fiscal_year)
          .where('indicator_path', 'in', removed)
          .execute();
      }
      const old = new Map(before.map((b) => [b.path, b]));
      const changed = overrides.filter((o) => old.get(o.path)?.score !== o.score || old.get(o.path)?.reason !== o.reason);
      if (changed.length > 0) {
        await odb
          .insertInto('score_overrides')
          .values(changed.map((o) => ({ ...key, indicator_path: o.path, score: o.score, reason: o.reason, updated_by: options.actor.name })))
          .onConflict((oc) =>
            oc.columns(['region_code', 'department_code', 'fiscal_year', 'indicator_path']).doUpdateSet((eb) => ({
              score: eb.ref('excluded.score'),
              reason: eb.ref('excluded.reason'),
              updated_by: eb.ref('excluded.updated_by'),
              updated_at: sql<string>`now()`,
            })),
          )
          .execute();
      }
      await appendAuditEntry(trx, {
        tenant,
        fiscalYear,
        actor: options.actor,
        action: 'score-override',
        version: year.version,
        changes: changes.map((c) => ({ ...c, path: `scoreOverrides.${c.path}` })),
      });
    }
    return { saved: true, overrides: await listScoreOverrides(trx, tenant, fiscalYear) };
  });
}
