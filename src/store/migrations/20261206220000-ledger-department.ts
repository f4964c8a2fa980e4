/**
 * ledger_entries.department: the 科室/部门 an entry belongs to (LedgerEntry.department) — a 科室/部门 column's cell,
 * or the 辅助明细账 section it stood in (科室：[0103]总务科). Kept as read; no check reads it yet. Null where the file
 * names none, and for every entry imported before this migration (re-import the file to fill it).
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ledger_entries add column department text`.execute(db);
}
