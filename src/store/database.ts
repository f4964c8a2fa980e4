/**
 * The Kysely view of the schema (src/store/migrations). Row types mirror the tables, not the core model:
 * mapping between the two happens only in the repositories. What each column returns is set by
 * type-parsers.ts: int8 → number, numeric → string, timestamptz → Date, jsonb → parsed JSON.
 */
import type { ColumnType, Generated } from 'kysely';

/** bigint column (分, counts): a safe JS number both ways. */
export type Int8 = ColumnType<number, number, number>;
/** numeric column: read as its exact decimal text, written from a number or text. */
export type Numeric = ColumnType<string, number | string, number | string>;
/** jsonb column holding T: written as JSON text (pg would turn a JS array into a PostgreSQL array). */
export type Json<T> = ColumnType<T, string, string>;
/** timestamptz column with a default. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Columns of the tenant key. */
export interface TenantKey {
  region_code: string;
  department_code: string;
}

/** Columns that identify one department-year. */
export interface YearKey extends TenantKey {
  fiscal_year: number;
}

/** The three budget phases; NULL = not stated. */
export interface PhaseColumns {
  initial_budget: Int8 | null;
  adjusted_budget: Int8 | null;
  final: Int8 | null;
}

export interface DepartmentsTable extends TenantKey {
  name: string;
  name_fiscal_year: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DepartmentYearsTable extends YearKey {
  schema_version: number;
  status: Generated<string>;
  version: Generated<number>;
  region_province: string;
  region_city: string | null;
  region_county: string | null;
  department_name: string;
  department_short_names: Json<string[]>;
  department_supervisor: string | null;
  department_kind: string;
  internal_units: Json<string[]>;
  stated_internal_unit_count: number | null;
  subordinate_units: Json<string[]>;
  duties: string;
  establishment_total: number | null;
  staff_in_post: number | null;
  retirees: number | null;
  procurement_budget: Int8 | null;
  procurement_actual: Int8 | null;
  carry_over_beginning: Int8 | null;
  carry_over_ending: Int8 | null;
  fixed_assets_total_original_value: Int8 | null;
  fixed_assets_in_use_original_value: Int8 | null;
  fixed_assets_stated_threshold: Int8 | null;
  narrative_management: string;
  narrative_government_funds: string;
  narrative_state_capital: string;
  narrative_social_insurance: string;
  narrative_other_matters: string;
  self_score: Numeric | null;
  self_max_score: Numeric;
  self_grade: string | null;
  projects_evaluated: number | null;
  display_unit: string;
  display_decimals: number;
  source_precision_unit: string | null;
  source_precision_decimals: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StaffingEstablishmentTable extends YearKey {
  position: number;
  establishment_type: string;
  label: string | null;
  headcount: number;
}

export interface StaffingStatedCountsTable extends YearKey {
  position: number;
  label: string;
  headcount: number;
}

export interface GoalsTable extends YearKey {
  position: number;
  title: string;
  description: string | null;
}

export interface GoalEvaluationsTable extends YearKey {
  position: number;
  title: string;
  narrative: string;
}

export interface AmountLinesTable extends YearKey, PhaseColumns {
  section: string;
  position: number;
  code: string | null;
  name: string | null;
}

export interface ProjectsTable extends YearKey, PhaseColumns {
  position: number;
  code: string | null;
  name: string;
  function_code: string | null;
  goal: string | null;
  self_score: Numeric | null;
  self_grade: string | null;
}

export interface ProjectFundSourcesTable extends YearKey {
  project_position: number;
  position: number;
  code: string | null;
  name: string;
  amount: Int8;
}

export interface IndicatorsTable extends YearKey {
  owner_kind: 'goal' | 'project';
  owner_position: number;
  position: number;
  library_id: string | null;
  level1: string | null;
  level2: string | null;
  name: string;
  operator: string;
  target_number: Numeric | null;
  target_text: string | null;
  unit: string | null;
  actual_number: Numeric | null;
  actual_text: string | null;
  weight: Numeric | null;
  score: Numeric | null;
  deviation_reason: string | null;
}

export interface ThreePublicTable extends YearKey {
  item: string;
  last_year_final: Int8 | null;
  budget: Int8 | null;
  final: Int8 | null;
}

export interface NarrativeItemsTable extends YearKey {
  kind: 'problem' | 'measure';
  position: number;
  title: string;
  detail: string;
  category: string;
}

/** Every table Jixiao's store knows, by name. */
export interface Database {
  departments: DepartmentsTable;
  department_years: DepartmentYearsTable;
  staffing_establishment: StaffingEstablishmentTable;
  staffing_stated_counts: StaffingStatedCountsTable;
  goals: GoalsTable;
  goal_evaluations: GoalEvaluationsTable;
  amount_lines: AmountLinesTable;
  projects: ProjectsTable;
  project_fund_sources: ProjectFundSourcesTable;
  indicators: IndicatorsTable;
  three_public: ThreePublicTable;
  narrative_items: NarrativeItemsTable;
}
