/**
 * assets.version and users.version: a number bumped by every change of the row, for optimistic locking of the
 * asset card edit (PATCH …/assets/:number) and the account edit (PATCH /api/users/:id), as department_years
 * has it: the client sends the version it read (If-Match) and a change made meanwhile is refused with 409.
 * Existing rows start at 1.
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table assets add column version integer not null default 1`.execute(db);
  await sql`alter table users add column version integer not null default 1`.execute(db);
}
