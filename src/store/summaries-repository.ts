/**
 * The overview's pre-aggregated rows (migration 20261127191500-summaries): one short row per department-year,
 * so the finance bureau's overview of a province (6,000 years, 10 million ledger entries) reads two small
 * tables and never a year's documents or its ledger. A new year's row and status changes follow
 * department_years by trigger; a save writes the row (writeSummaryFigures) in its own transaction.
 */
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { DepartmentYear } from '../core/department-year.ts';
import { countBySeverity } from '../core/finding.ts';
import { fen } from '../core/money.ts';
import { validate } from '../core/validate.ts';
import { loadCodeTables } from '../reference/code-tables.ts';
import type { Database, Int8, Numeric, Timestamp } from './database.ts';
import type { DepartmentYearScope, DepartmentYearSummary, TenantRef } from './department-year-repository.ts';
import type { LedgerTables } from './ledger-repository.ts';

export interface DepartmentYearSummariesTable {
  region_code: string;
  department_code: string;
  fiscal_year: number;
  department_name: string;
  status: string;
  version: number;
  updated_at: Timestamp;
  self_score: Numeric | null;
  self_grade: string | null;
  total_final: Int8 | null;
  figures_version: number | null;
  errors: number | null;
  warnings: number | null;
}

export type SummaryTables = { department_year_summaries: DepartmentYearSummariesTable };

type OverviewTables = SummaryTables & LedgerTables;

/** Validation counts of one year's data (the overview's error and warning columns). */
export interface SummaryFigures {
  readonly errors: number;
  readonly warnings: number;
}

/**
 * The counts exactly as the app's validateDepartmentYear gives them (same rules, same code tables; the test
 * compares the two), kept here so the store need not import the app layer.
 */
export function summaryFiguresOf(dy: DepartmentYear): SummaryFigures {
  const counts = countBySeverity(validate(dy, { codes: loadCodeTables(dy.fiscalYear) }));
  return { errors: counts.errors, warnings: counts.warnings };
}

/** The summary row's values taken from a department-year's data (the save writes them with the document). */
export interface SummaryValues extends SummaryFigures {
  readonly departmentName: string;
  readonly selfScore: number | null;
  readonly selfGrade: string | null;
  readonly totalFinal: number | null;
}

/**
 * What saveDepartmentYear writes into the summary row, in the statement that writes the document (a new year's
 * row included). The trigger on department_years only follows status changes (migration 20261202230000).
 */
export function summaryValuesOf(dy: DepartmentYear): SummaryValues {
  return {
    ...summaryFiguresOf(dy),
    departmentName: dy.department.name,
    selfScore: dy.selfAssessment.score ?? null,
    selfGrade: dy.selfAssessment.grade ?? null,
    totalFinal: dy.expenditure.total?.final ?? null,
  };
}

/**
 * The summary figures of the data in a transaction (the migration test writes a year the way the release
 * before documents did).
 */
export async function writeSummaryFigures(trx: Transaction<Database>, dy: DepartmentYear, version: number): Promise<void> {
  const figures = summaryFiguresOf(dy);
  await trx
    .withTables<SummaryTables>()
    .updateTable('department_year_summaries')
    .set({
      total_final: dy.expenditure.total?.final ?? null,
      figures_version: version,
      errors: figures.errors,
      warnings: figures.warnings,
    })
    .where('region_code', '=', dy.region.code)
    .where('department_code', '=', dy.department.code)
    .where('fiscal_year', '=', dy.fiscalYear)
    .execute();
}

/**
 * Fill the counts of a row that has none yet (rows backfilled by the migration). Only where still missing: a
 * save that committed meanwhile wrote its own, newer counts.
 */
export async function fillSummaryFigures(
  db: Kysely<Database>,
  tenant: TenantRef,
  fiscalYear: number,
  version: number,
  figures: SummaryFigures,
): Promise<void> {
  await db
    .withTables<SummaryTables>()
    .updateTable('department_year_summaries')
    .set({ figures_version: version, errors: figures.errors, warnings: figures.warnings })
    .where('region_code', '=', tenant.regionCode)
    .where('department_code', '=', tenant.departmentCode)
    .where('fiscal_year', '=', fiscalYear)
    .where('figures_version', 'is', null)
    .execute();
}

export interface OverviewScope extends DepartmentYearScope {
  readonly fiscalYear?: number;
}

/** One line of the overview. errors/warnings are null until computed (see fillSummaryFigures). */
export interface OverviewRow extends DepartmentYearSummary {
  readonly selfScore: number | null;
  readonly selfGrade: string | null;
  readonly errors: number | null;
  readonly warnings: number | null;
  /** From the year's ledger import (ledger_imports); 0 / null without one. */
  readonly ledgerEntries: number;
  readonly ledgerTotal: number | null;
}

/**
 * The overview of a scope from the summary rows and the ledger's import totals only, ordered by region,
 * department and year. One region is a range of both primary keys.
 */
export async function listOverview(db: Kysely<Database>, scope: OverviewScope): Promise<OverviewRow[]> {
  let q = db
    .withTables<OverviewTables>()
    .selectFrom('department_year_summaries as s')
    .leftJoin('ledger_imports as l', (join) =>
      join
        .onRef('l.region_code', '=', 's.region_code')
        .onRef('l.department_code', '=', 's.department_code')
        .onRef('l.fiscal_year', '=', 's.fiscal_year'),
    )
    .select([
      's.region_code',
      's.department_code',
      's.department_name',
      's.fiscal_year',
      's.status',
      's.version',
      's.updated_at',
      's.total_final',
      's.self_score',
      's.self_grade',
      's.errors',
      's.warnings',
      'l.entry_count',
      'l.total_amount',
    ]);
  if (scope.regionCode !== undefined) q = q.where('s.region_code', '=', scope.regionCode);
  if (scope.departmentCode !== undefined) q = q.where('s.department_code', '=', scope.departmentCode);
  if (scope.fiscalYear !== undefined) q = q.where('s.fiscal_year', '=', scope.fiscalYear);
  const rows = await q.orderBy(sql`s.region_code, s.department_code, s.fiscal_year`).execute();
  return rows.map((r) => ({
    regionCode: r.region_code,
    departmentCode: r.department_code,
    departmentName: r.department_name,
    fiscalYear: r.fiscal_year,
    status: r.status,
    version: r.version,
    updatedAt: r.updated_at,
    totalFinal: r.total_final === null ? null : fen(r.total_final),
    selfScore: r.self_score === null ? null : Number(r.self_score),
    selfGrade: r.self_grade,
    errors: r.errors,
    warnings: r.warnings,
    ledgerEntries: r.entry_count ?? 0,
    ledgerTotal: r.total_amount,
  }));
}
