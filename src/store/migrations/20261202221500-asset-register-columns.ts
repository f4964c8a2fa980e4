/**
 * The register keeps every column an asset system exports: 分类名称, 计量单位, 累计折旧 and 净值 (分, as stated by
 * the register), 财务入账日期, and all other columns by their header in `extra` (jsonb object of text).
 * Append-only; SQL within PostgreSQL 15.
 */
import { type Kysely, sql } from 'kysely';

const statements = [
  `alter table assets
    add column class_name text not null default '',
    add column unit text not null default '',
    add column accumulated_depreciation bigint check (accumulated_depreciation >= 0),
    add column net_value bigint check (net_value >= 0),
    add column booked_on date,
    add column extra jsonb not null default '{}'::jsonb check (jsonb_typeof(extra) = 'object')`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      'alter table assets drop column class_name, drop column unit, drop column accumulated_depreciation, drop column net_value, drop column booked_on, drop column extra',
    )
    .execute(db);
}
