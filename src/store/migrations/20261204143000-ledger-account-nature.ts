/**
 * ledger_entries.account_nature: the nature the spending account's 明细科目 states (基本支出/项目支出), kept only
 * where the row's 支出类型 cell states the other one (LedgerEntry.accountNature). ledger.nature-inconsistent reports
 * that contradiction, so a year checked from the database must carry it to find what the file check finds. Null
 * where the two agree or only one states a nature, and for every entry imported before this migration (re-import
 * the file to fill it).
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ledger_entries add column account_nature text
    check (account_nature in ('basic', 'project'))`.execute(db);
}
