/**
 * A stocktake confirmation may leave the condition unstated (null): the card's condition stands, and the
 * reconciliation reports no condition change nobody observed. Append-only; SQL within PostgreSQL 15.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table asset_stocktake_confirmations alter column condition drop not null').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw("update asset_stocktake_confirmations set condition = 'in-use' where condition is null").execute(db);
  await sql.raw('alter table asset_stocktake_confirmations alter column condition set not null').execute(db);
}
