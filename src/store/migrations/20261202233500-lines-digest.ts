/**
 * department_years.lines_digest: a digest of the year's lines projection as last written (SHA-256 of its
 * JSON), so a save rewrites department_year_lines only when the amounts changed — most edits touch text —
 * without reading the previous document. NULL (years saved before this column) means "unknown": the next save
 * writes the lines.
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table department_years add column lines_digest text`.execute(db);
}
