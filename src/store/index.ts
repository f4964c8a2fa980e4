/**
 * The store: the only place that speaks SQL. PostgreSQL dialect through Kysely, on embedded PGlite or a
 * PostgreSQL server. Test helpers live in ./testing.ts (not exported here, so production code never loads
 * vitest).
 */
export { acquireDataDirLock, DataDirLockedError, type DataDirLock, LOCK_FILE_NAME } from './data-dir-lock.ts';
export type { Database } from './database.ts';
export {
  type DepartmentYearScope,
  type DepartmentYearSummary,
  DEFAULT_STATUS,
  type ReadOptions,
  deleteDepartmentYear,
  getDepartmentYear,
  listDepartmentYears,
  type SaveOptions,
  saveDepartmentYear,
  setStatus,
  type StoredDepartmentYear,
  type TenantRef,
  YEAR_STATUSES,
} from './department-year-repository.ts';
export {
  type DepartmentYearVersion,
  type DepartmentYearVersionInfo,
  getDepartmentYearVersion,
  listDepartmentYearVersions,
} from './department-year-versions.ts';
export { StoreDataError, StoreWriteError, VersionConflictError } from './errors.ts';
export { insertRowsUnnest, UNNEST_TYPES, type UnnestColumns, type UnnestType } from './insert-rows-unnest.ts';
export {
  appliedMigrations,
  type MigrateOptions,
  MigrationError,
  type MigrationStep,
  migrateToLatest,
} from './migrate.ts';
export {
  DatabaseOpenError,
  type DatabaseTarget,
  DEFAULT_DATA_DIR,
  type Engine,
  MEMORY_DATA_DIR,
  type OpenDatabaseOptions,
  type OpenedDatabase,
  openDatabase,
  resolveTarget,
} from './open-database.ts';
export { parseInt8, UnsafeIntegerError } from './type-parsers.ts';
