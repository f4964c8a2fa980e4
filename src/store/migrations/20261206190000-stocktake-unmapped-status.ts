/**
 * asset_stocktake_expected.unmapped_status: the register's own status word of a card frozen onto a stocktake's
 * list when Jixiao did not recognise it (the card's 使用状况（未识别） mark; ExpectedAsset.unmappedStatus). The list's
 * status is then only the internal 在用 that keeps the card on it; messages and the reconciliation show this word
 * as the book's. Null for every other card and for every list frozen before this migration.
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table asset_stocktake_expected add column unmapped_status text`.execute(db);
}
