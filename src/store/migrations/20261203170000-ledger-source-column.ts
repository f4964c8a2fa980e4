/**
 * ledger_entries.source_column: the 1-based column of the file an entry's amount came from, for a 多栏明细账 whose
 * economic class is the analysis column the amount stands in (借方金额分析 over 30201办公费 …). A row with amounts in
 * several columns becomes several entries: the row alone no longer names an entry, the row and column do. Null for
 * every other export (one entry per row).
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ledger_entries add column source_column integer`.execute(db);
}
