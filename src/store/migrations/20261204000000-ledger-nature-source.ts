/**
 * ledger_entries.nature_source: where an entry's 基本/项目 nature came from (LedgerEntry.natureSource): the
 * 支出类型 cell ('column'), the spending account's 明细科目 ('account'), or the importer's inference from the
 * project cells ('inferred'). The check re-infers only an inferred nature (basic-projects.ts withInferredNature:
 * in a 预算管理一体化 ledger a project shaped like a 人员类/公用经费 one is basic), never a stated one, so a year
 * checked from the database must carry it to find what the file check finds. Null for every entry imported before
 * this migration: read as stated, so no inference overrides it (re-import the file to fill it).
 *
 * Append-only: never edit this file once released; add a new migration instead.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ledger_entries add column nature_source text
    check (nature_source in ('column', 'account', 'inferred'))`.execute(db);
}
