/**
 * The audit trail (留痕): who changed what, when, old → new per field path. Append-only — the table refuses
 * UPDATE and DELETE (a trigger in the migration) and this module offers neither. Rows are written in the same
 * transaction as the change they record.
 */
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { FieldChange } from '../workflow/diff.ts';
import type { Database } from './database.ts';
import type { TenantRef } from './department-year-repository.ts';

export interface AuditLogTable {
  id: ColumnType<string, never, never>;
  region_code: string;
  department_code: string;
  fiscal_year: number;
  at: Generated<Date>;
  actor_user_id: number | null;
  actor_name: string;
  action: string;
  version: number | null;
  changes: ColumnType<FieldChange[], string, never>;
}

export type AuditLogTables = {
  audit_log: AuditLogTable;
};

function auditDb(db: Kysely<Database>): Kysely<Database & AuditLogTables> {
  return db.withTables<AuditLogTables>();
}

/** Who did it: the user's id (null for the system, e.g. the demo loader) and a readable name. */
export interface ActorRef {
  readonly userId: number | null;
  readonly name: string;
}

export interface NewAuditEntry {
  readonly tenant: TenantRef;
  readonly fiscalYear: number;
  readonly actor: ActorRef;
  /** create, update, submit, return, resubmit, approve, publish … */
  readonly action: string;
  /** The record's version after the change. */
  readonly version: number | null;
  readonly changes: readonly FieldChange[];
}

export interface AuditEntry extends NewAuditEntry {
  readonly id: string;
  readonly at: Date;
}

/** Append one entry. Pass the transaction of the change so both commit or neither. */
export async function appendAuditEntry(db: Kysely<Database>, entry: NewAuditEntry): Promise<void> {
  await auditDb(db)
    .insertInto('audit_log')
    .values({
      region_code: entry.tenant.regionCode,
      department_code: entry.tenant.departmentCode,
      fiscal_year: entry.fiscalYear,
      actor_user_id: entry.actor.userId,
      actor_name: entry.actor.name,
      action: entry.action,
      version: entry.version,
      changes: JSON.stringify(entry.changes),
    })
    .execute();
}

export interface AuditQuery {
  /** One year, or every year of the department. */
  readonly fiscalYear?: number;
  /** Only changes at this path or below it (`staffing`, `revenue.bySource[0]`): the history of one record. */
  readonly pathPrefix?: string;
  readonly limit?: number;
  /** Only entries of these actions (asset-update, asset-import: the fixed-asset cards' history). */
  readonly actions?: readonly string[];
  /** Leave out entries of these actions (a department-year's trail leaves out the asset cards'). */
  readonly excludeActions?: readonly string[];
}

function underPath(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** The department's audit trail, newest first. With a path prefix, entries keep only the matching changes. */
export async function listAuditEntries(
  db: Kysely<Database>,
  tenant: TenantRef,
  query: AuditQuery = {},
): Promise<AuditEntry[]> {
  let q = auditDb(db)
    .selectFrom('audit_log')
    .selectAll()
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode);
  if (query.fiscalYear !== undefined) q = q.where('fiscal_year', '=', query.fiscalYear);
  if (query.actions !== undefined && query.actions.length > 0) q = q.where('action', 'in', [...query.actions]);
  if (query.excludeActions !== undefined && query.excludeActions.length > 0) q = q.where('action', 'not in', [...query.excludeActions]);
  const rows = await q.orderBy('id', 'desc').limit(query.limit ?? 1000).execute();
  const entries = rows.map(
    (r): AuditEntry => ({
      id: String(r.id),
      at: r.at,
      tenant: { regionCode: r.region_code, departmentCode: r.department_code },
      fiscalYear: r.fiscal_year,
      actor: { userId: r.actor_user_id, name: r.actor_name },
      action: r.action,
      version: r.version,
      changes: r.changes,
    }),
  );
  const prefix = query.pathPrefix;
  if (prefix === undefined || prefix === '') return entries;
  return entries
    .map((e) => ({ ...e, changes: e.changes.filter((c) => underPath(c.path, prefix)) }))
    .filter((e) => e.changes.length > 0);
}
