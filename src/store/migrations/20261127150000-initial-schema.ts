/**
 * The first schema: departments, their years and every part of a department-year, normalised. Amounts are
 * bigint 分 and NULL when a phase is not stated (never 0). Every table carries the tenant key
 * (region_code, department_code) at the head of its primary key, so a province-wide deployment can partition
 * by it. Child tables reference department_years with ON DELETE CASCADE: deleting a year deletes its parts.
 *
 * Append-only: never edit this file once released; add a new migration instead.
 * SQL stays within PostgreSQL 15 (the server) and runs on PGlite's PostgreSQL 18.
 */
import { type Kysely, sql } from 'kysely';

/** Columns that start every per-year table, and its reference to the year. */
const YEAR_KEY = `
  region_code text not null,
  department_code text not null,
  fiscal_year integer not null`;
const YEAR_FK = `foreign key (region_code, department_code, fiscal_year)
    references department_years (region_code, department_code, fiscal_year) on delete cascade`;

/** Three budget phases, each NULL when not stated. */
const PHASES = `
  initial_budget bigint check (initial_budget >= 0),
  adjusted_budget bigint check (adjusted_budget >= 0),
  final bigint check (final >= 0)`;

const statements = [
  `create table departments (
    region_code text not null check (region_code ~ '^[0-9]{6}$'),
    department_code text not null check (department_code <> ''),
    name text not null,
    -- the year the name was taken from: saving an older year does not rename the department
    name_fiscal_year integer not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (region_code, department_code)
  )`,
  `create table department_years (${YEAR_KEY} check (fiscal_year between 2000 and 2100),
    schema_version integer not null,
    status text not null default 'draft' check (status <> ''),
    version integer not null default 1 check (version >= 1),
    region_province text not null,
    region_city text,
    region_county text,
    department_name text not null,
    department_short_names jsonb not null default '[]',
    department_supervisor text,
    department_kind text not null
      check (department_kind in ('administrative', 'civil-service-managed', 'public-institution')),
    internal_units jsonb not null default '[]',
    stated_internal_unit_count integer check (stated_internal_unit_count >= 0),
    subordinate_units jsonb not null default '[]',
    duties text not null default '',
    establishment_total integer check (establishment_total >= 0),
    staff_in_post integer check (staff_in_post >= 0),
    retirees integer check (retirees >= 0),
    procurement_budget bigint check (procurement_budget >= 0),
    procurement_actual bigint check (procurement_actual >= 0),
    carry_over_beginning bigint check (carry_over_beginning >= 0),
    carry_over_ending bigint check (carry_over_ending >= 0),
    fixed_assets_total_original_value bigint check (fixed_assets_total_original_value >= 0),
    fixed_assets_in_use_original_value bigint check (fixed_assets_in_use_original_value >= 0),
    fixed_assets_stated_threshold bigint check (fixed_assets_stated_threshold >= 0),
    narrative_management text not null default '',
    narrative_government_funds text not null default '',
    narrative_state_capital text not null default '',
    narrative_social_insurance text not null default '',
    narrative_other_matters text not null default '',
    self_score numeric,
    self_max_score numeric not null default 100,
    self_grade text,
    projects_evaluated integer check (projects_evaluated >= 0),
    display_unit text not null,
    display_decimals integer not null,
    source_precision_unit text,
    source_precision_decimals integer,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (region_code, department_code, fiscal_year),
    foreign key (region_code, department_code)
      references departments (region_code, department_code) on delete cascade
  )`,
  `create table staffing_establishment (${YEAR_KEY},
    position integer not null,
    establishment_type text not null,
    label text,
    headcount integer not null check (headcount >= 0),
    primary key (region_code, department_code, fiscal_year, position),
    ${YEAR_FK}
  )`,
  `create table staffing_stated_counts (${YEAR_KEY},
    position integer not null,
    label text not null,
    headcount integer not null check (headcount >= 0),
    primary key (region_code, department_code, fiscal_year, position),
    ${YEAR_FK}
  )`,
  `create table goals (${YEAR_KEY},
    position integer not null,
    title text not null,
    description text,
    primary key (region_code, department_code, fiscal_year, position),
    ${YEAR_FK}
  )`,
  `create table goal_evaluations (${YEAR_KEY},
    position integer not null,
    title text not null,
    narrative text not null default '',
    primary key (region_code, department_code, fiscal_year, position),
    ${YEAR_FK}
  )`,
  // section names the place in the model ('revenue.bySource', 'expenditure.total', …); single amounts have
  // position 0 and no name. An absent row means the optional amount is absent; a row of NULLs means {}.
  `create table amount_lines (${YEAR_KEY},
    section text not null,
    position integer not null,
    code text,
    name text,
    ${PHASES},
    primary key (region_code, department_code, fiscal_year, section, position),
    ${YEAR_FK}
  )`,
  `create table projects (${YEAR_KEY},
    position integer not null,
    code text,
    name text not null,
    function_code text,
    ${PHASES},
    goal text,
    self_score numeric,
    self_grade text,
    primary key (region_code, department_code, fiscal_year, position),
    ${YEAR_FK}
  )`,
  `create table project_fund_sources (${YEAR_KEY},
    project_position integer not null,
    position integer not null,
    code text,
    name text not null,
    amount bigint not null check (amount >= 0),
    primary key (region_code, department_code, fiscal_year, project_position, position),
    foreign key (region_code, department_code, fiscal_year, project_position)
      references projects (region_code, department_code, fiscal_year, position) on delete cascade
  )`,
  // An indicator belongs to a goal or a project (owner_kind, owner_position). A target or actual value is a
  // number or a text, never both: two columns keep numbers queryable.
  `create table indicators (${YEAR_KEY},
    owner_kind text not null check (owner_kind in ('goal', 'project')),
    owner_position integer not null,
    position integer not null,
    library_id text,
    level1 text,
    level2 text,
    name text not null,
    operator text not null check (operator in ('>=', '<=', '=', '>', '<', 'qualitative')),
    target_number numeric,
    target_text text,
    unit text,
    actual_number numeric,
    actual_text text,
    weight numeric,
    score numeric,
    deviation_reason text,
    check (target_number is null or target_text is null),
    check (actual_number is null or actual_text is null),
    primary key (region_code, department_code, fiscal_year, owner_kind, owner_position, position),
    ${YEAR_FK}
  )`,
  `create table three_public (${YEAR_KEY},
    item text not null check (item in
      ('total', 'reception', 'overseasTravel', 'vehicles', 'vehiclePurchase', 'vehicleOperation')),
    last_year_final bigint check (last_year_final >= 0),
    budget bigint check (budget >= 0),
    final bigint check (final >= 0),
    primary key (region_code, department_code, fiscal_year, item),
    ${YEAR_FK}
  )`,
  `create table narrative_items (${YEAR_KEY},
    kind text not null check (kind in ('problem', 'measure')),
    position integer not null,
    title text not null,
    detail text not null default '',
    category text not null default 'other',
    primary key (region_code, department_code, fiscal_year, kind, position),
    ${YEAR_FK}
  )`,
];

/** Create the first schema. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
