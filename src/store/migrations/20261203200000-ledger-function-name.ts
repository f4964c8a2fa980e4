/**
 * ledger_entries.function_name: the function item's name as the ledger writes it beside the code
 * (2220101/行政运行, 功能科目名称 column), as the importer reads it (LedgerEntry.functionName). The check reads it
 * for a code the shipped code table lacks (ledger.nature-inconsistent recognises a 行政运行 item by it), so a
 * year checked from the database must carry it to find what the file check finds. Null when the ledger writes
 * no name, and for every entry imported before this migration (re-import the file to fill it).
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ledger_entries add column function_name text`.execute(db);
}
