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

export interface DepartmentsTable extends TenantKey {
  name: string;
  name_fiscal_year: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The workflow states department_years.status accepts (its CHECK constraint). */
export type YearStatus = 'draft' | 'submitted' | 'returned' | 'resubmitted' | 'approved' | 'published';

/**
 * One department-year: the validated model as one JSONB document (amounts integer 分), the document's schema
 * version (documents of older versions are upgraded in code on read), workflow status and optimistic-locking
 * version.
 */
export interface DepartmentYearsTable extends YearKey {
  schema_version: number;
  status: Generated<string>;
  version: Generated<number>;
  document: Json<unknown>;
  /** SHA-256 of the lines projection last written (department-year-lines.ts); NULL = unknown. */
  lines_digest: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Every saved version of a department-year's document, with who saved it and when. */
export interface DepartmentYearVersionsTable extends YearKey {
  version: number;
  schema_version: number;
  document: Json<unknown>;
  /** null: the system (demo loader, CLI, the migration that created the history). */
  actor_user_id: number | null;
  actor_name: string | null;
  saved_at: Timestamp;
}

/** Classification a projected line belongs to (department_year_lines.kind). */
export type LineKind = 'total' | 'revenue-source' | 'function' | 'economic' | 'basic-economic' | 'nature';

/** Budget phase of a projected amount, as in the model. */
export type LinePhase = 'initialBudget' | 'adjustedBudget' | 'final';

/**
 * Projection of a document's amounts, one row per line and stated phase, rewritten by every save: plain SQL
 * can sum a province by function or economic code without reading documents.
 */
export interface DepartmentYearLinesTable extends YearKey {
  kind: LineKind;
  /** The line's index in its list in the document (0 for single amounts). */
  position: number;
  code: string | null;
  name: string;
  phase: LinePhase;
  amount: Int8;
}

/** Every table Jixiao's store knows, by name (capabilities add theirs through withTables). */
export interface Database {
  departments: DepartmentsTable;
  department_years: DepartmentYearsTable;
  department_year_versions: DepartmentYearVersionsTable;
  department_year_lines: DepartmentYearLinesTable;
}
