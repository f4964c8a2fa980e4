/**
 * ledger_entries.voucher_summary: the 摘要 of the voucher line heading an entry line in a 凭证汇总-style 分录明细
 * (LedgerEntry.voucherSummary), kept apart from the entry's own 摘要 (ledger_entries.summary). ledger.three-public
 * and ledger.basic-on-project read it with the entry's own, so a year checked from the database must carry it to
 * find what the file check finds. Null for entries of other ledgers, and for every entry imported before this
 * migration (those stored the two joined as 凭证摘要：分录摘要 in summary; re-import the file to part them).
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ledger_entries add column voucher_summary text`.execute(db);
}
