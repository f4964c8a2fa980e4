/**
 * Accounts, sessions, the review workflow and the audit trail (留痕).
 * - users: one row per person, with a role and the tenant scope it grants (region; department for an officer;
 *   a list of departments for a 主管部门 supervisor). Passwords are argon2id hashes; failed sign-ins lock.
 * - sessions: the SHA-256 of the session token (the token itself only lives in the cookie) and its CSRF token.
 * - workflow_events: every transition of a department-year (submit, return with comments, approve …). Append-only.
 * - department_year_reviews: the finance bureau's spot-check score (抽查复核得分) beside the self-assessed one.
 * - audit_log: who changed what, when (old → new per field path). Append-only, enforced by a trigger; no foreign
 *   key to the year, so the history outlives a deleted year.
 *
 * Append-only: never edit this file once released; add a new migration instead. SQL within PostgreSQL 15.
 */
import { type Kysely, sql } from 'kysely';

const statements = [
  // Like every table, users and sessions lead their primary key with the tenant key: region '000000' is an
  // admin of every region, department '' a user of the whole region (reviewer, admin).
  `create table users (
    region_code text not null check (region_code ~ '^[0-9]{6}$'),
    department_code text not null default '',
    id integer generated always as identity,
    username text not null unique check (username ~ '^[A-Za-z0-9_.-]{2,40}$'),
    display_name text not null,
    role text not null check (role in ('officer', 'supervisor', 'reviewer', 'admin')),
    scope_department_codes jsonb not null default '[]',
    password_hash text not null,
    failed_attempts integer not null default 0,
    locked_until timestamptz,
    disabled boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (region_code, department_code, id),
    unique (id),
    check (role = 'admin' or region_code <> '000000'),
    check (role not in ('officer', 'supervisor') or department_code <> '')
  )`,
  `create table sessions (
    region_code text not null,
    department_code text not null,
    token_hash text not null unique,
    user_id integer not null references users (id) on delete cascade,
    csrf_token text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    last_seen_at timestamptz not null default now(),
    primary key (region_code, department_code, token_hash)
  )`,
  'create index sessions_user on sessions (user_id)',
  `create table workflow_events (
    id bigint generated always as identity,
    region_code text not null,
    department_code text not null,
    fiscal_year integer not null,
    action text not null,
    from_status text not null,
    to_status text not null,
    actor_user_id integer,
    actor_name text not null,
    comments jsonb not null default '[]',
    spot_check_score numeric,
    at timestamptz not null default now(),
    primary key (region_code, department_code, fiscal_year, id)
  )`,
  `create table department_year_reviews (
    region_code text not null,
    department_code text not null,
    fiscal_year integer not null,
    spot_check_score numeric check (spot_check_score between 0 and 100),
    spot_check_note text not null default '',
    reviewer_user_id integer,
    reviewer_name text,
    updated_at timestamptz not null default now(),
    primary key (region_code, department_code, fiscal_year)
  )`,
  `create table audit_log (
    id bigint generated always as identity,
    region_code text not null,
    department_code text not null,
    fiscal_year integer not null,
    at timestamptz not null default now(),
    actor_user_id integer,
    actor_name text not null,
    action text not null,
    version integer,
    changes jsonb not null default '[]',
    primary key (region_code, department_code, fiscal_year, id)
  )`,
  `create function jixiao_append_only() returns trigger language plpgsql as $$
  begin
    raise exception '% 只能追加，不能修改或删除 / % is append-only', TG_TABLE_NAME, TG_TABLE_NAME;
  end
  $$`,
  `create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function jixiao_append_only()`,
  `create trigger workflow_events_append_only before update or delete on workflow_events
    for each row execute function jixiao_append_only()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
