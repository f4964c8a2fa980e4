/**
 * The ledger (issue 8): a department's accounting entries per year, the column mapping remembered per
 * department, and one row per import. Entries carry the tenant key at the head of the primary key (ready for
 * partitioning by region) and the entry number; amounts are bigint 分 and may be negative (reversals).
 * No foreign key to department_years: a ledger may be imported before the year's figures are entered, and
 * saving a department-year must never cascade into its books.
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

const statements = [
  `create table ledger_entries (
    region_code text not null,
    department_code text not null,
    fiscal_year integer not null check (fiscal_year between 2000 and 2100),
    entry_no integer not null check (entry_no >= 1),
    source_row integer not null,
    entry_date date not null,
    voucher_no text not null,
    summary text not null,
    amount bigint not null,
    function_code text not null,
    economic_code text not null,
    nature text not null check (nature in ('basic', 'project')),
    project_code text,
    project_name text,
    payee text,
    fund_source text,
    primary key (region_code, department_code, fiscal_year, entry_no)
  )`,
  `create table ledger_imports (
    region_code text not null,
    department_code text not null,
    fiscal_year integer not null,
    source text not null,
    format text not null,
    encoding text,
    entry_count integer not null,
    total_amount bigint not null,
    method text not null,
    imported_at timestamptz not null default now(),
    primary key (region_code, department_code, fiscal_year)
  )`,
  `create table ledger_column_mappings (
    region_code text not null,
    department_code text not null,
    mapping jsonb not null,
    updated_at timestamptz not null default now(),
    primary key (region_code, department_code)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['ledger_column_mappings', 'ledger_imports', 'ledger_entries']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
