/**
 * Score overrides (issue 6): the officer's override of a computed self-evaluation score, one row per indicator
 * path of a department-year (`goals[0].indicators[1]`, `projects[2].indicators[0]`), with the mandatory reason.
 * The computed score is never stored here: it is recomputed from the data and shown beside the override.
 * Tenant key at the head of the primary key (ready for partitioning by region). No foreign key to
 * department_years: overrides are removed with an explicit PUT, never by a cascade.
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

const statements = [
  `create table score_overrides (
    region_code text not null,
    department_code text not null,
    fiscal_year integer not null check (fiscal_year between 2000 and 2100),
    indicator_path text not null check (indicator_path <> ''),
    score numeric not null check (score >= 0),
    reason text not null check (char_length(btrim(reason)) >= 5),
    updated_by text not null,
    updated_at timestamptz not null default now(),
    primary key (region_code, department_code, fiscal_year, indicator_path)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists score_overrides').execute(db);
}
