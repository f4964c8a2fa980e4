/**
 * A faster save of a department-year document (issue 14: the demo's save ≤ 10 ms on PGlite), measured in
 * PGlite's WebAssembly build where every CPU cycle of the backend counts:
 * - department_years.document is stored uncompressed out of line (STORAGE EXTERNAL): pglz-compressing a 12 KB
 *   document took more time than writing it, and a read no longer decompresses. The history
 *   (department_year_versions) keeps the default compression: it is written once and rarely read.
 * - department_year_lines loses its foreign key: the per-row referential check cost more than the insert
 *   itself. The store writes the lines only inside the save of their year, and deleteDepartmentYear deletes
 *   them in the same transaction as the year.
 * - The summary trigger fires on a new year and on status changes (setStatus, the review workflow) only: a save
 *   writes the whole summary row itself (writeSummaryFigures), instead of the trigger updating the row from the
 *   document and the save updating it a second time.
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table department_years alter column document set storage external`.execute(db);
  // The constraint's name was generated (and truncated to 63 characters): find it.
  const { rows } = await sql<{ name: string }>`
    select conname as name from pg_constraint
     where conrelid = 'department_year_lines'::regclass and contype = 'f'`.execute(db);
  for (const { name } of rows) {
    await sql`alter table department_year_lines drop constraint ${sql.id(name)}`.execute(db);
  }
  await sql`drop trigger department_year_summary_sync on department_years`.execute(db);
  await sql`create trigger department_year_summary_sync after insert or update of status on department_years
              for each row execute function department_year_summary_sync()`.execute(db);
}
