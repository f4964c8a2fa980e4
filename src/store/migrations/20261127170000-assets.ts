/**
 * Fixed assets (src/assets): the register (资产卡片), stocktakes (盘点) with their frozen expected lists and
 * confirmations, and disposal requests. Every table carries the tenant key (region_code, department_code) at
 * the front of its primary key, ready for partitioning by region.
 * - assets: one row per card; original_value in 分; status codes as in data/assets/config.json.
 * - asset_stocktakes: the stocktake header, keyed by tenant and fiscal year like every per-year table; `id` is
 *   also unique alone because the phone page's URL (/stocktake/:id) carries only it. The reconciliation is stored as computed when the stocktake closed.
 * - asset_stocktake_expected: the expected list frozen at opening (a copy, not a reference: later card edits
 *   must not change what was expected).
 * - asset_stocktake_confirmations: append-only scans and typed confirmations. `on_list` records whether the
 *   number was on the expected list, so counting progress needs no join (a join of two fresh tables without
 *   statistics made PGlite loop over both: quadratic in the number of scans).
 * - asset_disposals: 报废 / 调拨 / 出售 requests and their decisions.
 *
 * Append-only: never edit this file once released; add a new migration instead. SQL within PostgreSQL 15.
 */
import { type Kysely, sql } from 'kysely';

const STATUS = `('in-use', 'idle', 'pending-scrap', 'damaged', 'disposed')`;

const statements = [
  `create table assets (
    region_code text not null,
    department_code text not null,
    asset_number text not null check (asset_number <> ''),
    name text not null,
    class_code text not null,
    specification text not null default '',
    quantity integer not null default 1 check (quantity > 0),
    original_value bigint not null check (original_value >= 0),
    acquired_on date not null,
    funding_source text not null default '',
    location text not null default '',
    custodian text not null default '',
    department_unit text not null default '',
    status text not null check (status in ${STATUS}),
    status_since date not null,
    label_code text not null default '',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (region_code, department_code, asset_number)
  )`,
  'create index assets_status on assets (region_code, department_code, status)',
  `create table asset_stocktakes (
    region_code text not null,
    department_code text not null,
    id text not null unique,
    fiscal_year integer not null,
    title text not null,
    scope jsonb not null default '{}',
    state text not null check (state in ('open', 'closed')),
    opened_by text not null,
    opened_at timestamptz not null,
    closed_by text,
    approved_by text,
    closed_at timestamptz,
    reconciliation jsonb,
    primary key (region_code, department_code, fiscal_year, id),
    unique (region_code, department_code, id),
    check (state = 'open' or (approved_by is not null and approved_by <> opened_by))
  )`,
  `create table asset_stocktake_expected (
    region_code text not null,
    department_code text not null,
    stocktake_id text not null,
    asset_number text not null,
    name text not null,
    class_code text not null,
    original_value bigint not null,
    location text not null,
    custodian text not null,
    status text not null,
    label_code text not null,
    primary key (region_code, department_code, stocktake_id, asset_number),
    foreign key (region_code, department_code, stocktake_id)
      references asset_stocktakes (region_code, department_code, id) on delete cascade
  )`,
  `create table asset_stocktake_confirmations (
    region_code text not null,
    department_code text not null,
    stocktake_id text not null,
    seq bigint generated always as identity,
    asset_number text not null,
    seen_location text not null default '',
    condition text not null check (condition in ${STATUS} and condition <> 'disposed'),
    label_code text,
    name text,
    note text,
    on_list boolean not null,
    confirmed_by text not null,
    confirmed_at timestamptz not null default now(),
    primary key (region_code, department_code, stocktake_id, seq),
    foreign key (region_code, department_code, stocktake_id)
      references asset_stocktakes (region_code, department_code, id) on delete cascade
  )`,
  `create table asset_disposals (
    region_code text not null,
    department_code text not null,
    id text not null,
    asset_number text not null,
    kind text not null check (kind in ('scrap', 'transfer', 'sale')),
    reason text not null,
    requested_by text not null,
    requested_at timestamptz not null,
    state text not null check (state in ('pending', 'approved', 'rejected')),
    decided_by text,
    decided_at timestamptz,
    decision_note text,
    primary key (region_code, department_code, id),
    check (state = 'pending' or (decided_by is not null and decided_by <> requested_by))
  )`,
  `create unique index asset_disposals_one_pending on asset_disposals (region_code, department_code, asset_number)
    where state = 'pending'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
