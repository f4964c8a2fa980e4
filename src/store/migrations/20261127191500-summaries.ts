/**
 * Pre-aggregated overview (issue 9 point 3): one row per department-year with what the finance bureau's
 * overview lists, so the overview reads 6,000 short rows instead of every year's parts and 10 million ledger
 * entries. The ledger's per-year totals are already kept by the import in its own transaction
 * (ledger_imports.entry_count / total_amount), so they need no second table.
 *
 * Header columns (name, status, version, self-assessment, updated_at) are copied by a trigger on
 * department_years: every writer of a year's header (save, setStatus, the review workflow) updates the summary
 * in its own transaction without having to know about it. total_final and the validation counts are written
 * by saveDepartmentYear in the save's transaction (summaries-repository.ts); figures_version is the version
 * they were computed at, NULL until computed (rows backfilled here: the overview fills them lazily).
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

const statements = [
  `create table department_year_summaries (
    region_code text not null,
    department_code text not null,
    fiscal_year integer not null,
    department_name text not null,
    status text not null,
    version integer not null,
    updated_at timestamptz not null,
    self_score numeric,
    self_grade text,
    total_final bigint,
    figures_version integer,
    errors integer,
    warnings integer,
    primary key (region_code, department_code, fiscal_year),
    foreign key (region_code, department_code, fiscal_year)
      references department_years (region_code, department_code, fiscal_year) on delete cascade
  )`,
  // Province-wide listing of one year (the PK already serves one region, its head being region_code).
  'create index department_year_summaries_year on department_year_summaries (fiscal_year, region_code)',
  // Update first, insert only a new year's row: the header never touches the figures columns.
  `create function department_year_summary_sync() returns trigger language plpgsql as $$
   begin
     update department_year_summaries set
       department_name = new.department_name, status = new.status, version = new.version,
       updated_at = new.updated_at, self_score = new.self_score, self_grade = new.self_grade
      where region_code = new.region_code and department_code = new.department_code
        and fiscal_year = new.fiscal_year;
     if not found then
       insert into department_year_summaries
         (region_code, department_code, fiscal_year, department_name, status, version, updated_at, self_score, self_grade)
       values
         (new.region_code, new.department_code, new.fiscal_year, new.department_name, new.status, new.version,
          new.updated_at, new.self_score, new.self_grade);
     end if;
     return null;
   end
   $$`,
  // A whole row inserted from outside (restoreDatabase loads department_years first, whose trigger already made
  // the row) replaces the trigger's row instead of colliding with it.
  `create function department_year_summary_replace() returns trigger language plpgsql as $$
   begin
     update department_year_summaries set
       department_name = new.department_name, status = new.status, version = new.version,
       updated_at = new.updated_at, self_score = new.self_score, self_grade = new.self_grade,
       total_final = new.total_final, figures_version = new.figures_version, errors = new.errors,
       warnings = new.warnings
      where region_code = new.region_code and department_code = new.department_code
        and fiscal_year = new.fiscal_year;
     if found then return null; end if;
     return new;
   end
   $$`,
  `create trigger department_year_summary_replace before insert on department_year_summaries
     for each row execute function department_year_summary_replace()`,
  `create trigger department_year_summary_sync after insert or update on department_years
     for each row execute function department_year_summary_sync()`,
  // Backfill: every existing year, its total from amount_lines; validation counts stay NULL (computed lazily).
  `insert into department_year_summaries
     (region_code, department_code, fiscal_year, department_name, status, version, updated_at, self_score,
      self_grade, total_final)
   select y.region_code, y.department_code, y.fiscal_year, y.department_name, y.status, y.version, y.updated_at,
          y.self_score, y.self_grade, t.final
     from department_years y
     left join amount_lines t
       on t.region_code = y.region_code and t.department_code = y.department_code
      and t.fiscal_year = y.fiscal_year and t.section = 'expenditure.total' and t.position = 0`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop trigger if exists department_year_summary_sync on department_years').execute(db);
  await sql.raw('drop function if exists department_year_summary_sync()').execute(db);
  await sql.raw('drop table if exists department_year_summaries').execute(db);
  await sql.raw('drop function if exists department_year_summary_replace()').execute(db);
}
