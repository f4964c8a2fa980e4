/**
 * The version history of a department-year (department_year_versions): every saved document, with who saved
 * it and when, written by saveDepartmentYear in the save's transaction. A status change bumps the year's
 * version without a new document, so the history's version numbers may skip. Read-only here.
 */
import type { Kysely } from 'kysely';
import type { DepartmentYear } from '../core/department-year.ts';
import type { Database } from './database.ts';
import { decodeDocument } from './department-year-document.ts';
import type { ReadOptions, TenantRef } from './department-year-repository.ts';

/** One entry of the history, without its document. */
export interface DepartmentYearVersionInfo {
  readonly version: number;
  readonly savedAt: Date;
  /** Who saved it; null for the system (demo loader, CLI, the migration that opened the history). */
  readonly actor: { readonly userId: number | null; readonly name: string } | null;
}

/** One saved version with its document. */
export interface DepartmentYearVersion extends DepartmentYearVersionInfo {
  readonly data: DepartmentYear;
}

function ofYear(db: Kysely<Database>, tenant: TenantRef, fiscalYear: number) {
  return db
    .selectFrom('department_year_versions')
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode)
    .where('fiscal_year', '=', fiscalYear);
}

function actorOf(row: { actor_user_id: number | null; actor_name: string | null }): DepartmentYearVersionInfo['actor'] {
  return row.actor_name === null ? null : { userId: row.actor_user_id, name: row.actor_name };
}

/** The saved versions of one year, oldest first (empty when the year has none or does not exist). */
export async function listDepartmentYearVersions(
  db: Kysely<Database>,
  tenant: TenantRef,
  fiscalYear: number,
): Promise<DepartmentYearVersionInfo[]> {
  const rows = await ofYear(db, tenant, fiscalYear)
    .select(['version', 'saved_at', 'actor_user_id', 'actor_name'])
    .orderBy('version')
    .execute();
  return rows.map((r) => ({ version: r.version, savedAt: r.saved_at, actor: actorOf(r) }));
}

/** One saved version with its document (upgraded and parsed like a current one), or null. */
export async function getDepartmentYearVersion(
  db: Kysely<Database>,
  tenant: TenantRef,
  fiscalYear: number,
  version: number,
  options: ReadOptions = {},
): Promise<DepartmentYearVersion | null> {
  const row = await ofYear(db, tenant, fiscalYear)
    .select(['version', 'saved_at', 'actor_user_id', 'actor_name', 'schema_version', 'document'])
    .where('version', '=', version)
    .executeTakeFirst();
  if (!row) return null;
  const where = `部门年度 ${tenant.regionCode}.${tenant.departmentCode} ${fiscalYear} 第 ${version} 版`;
  return {
    version: row.version,
    savedAt: row.saved_at,
    actor: actorOf(row),
    data: decodeDocument(row.document, row.schema_version, where, options.schema),
  };
}
