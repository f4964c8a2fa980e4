/**
 * Schema migrations through Kysely's Migrator, with the migrations listed in ./migrations/index.ts.
 * The same migrations run on PGlite and on PostgreSQL.
 */
import { type Kysely, type Migration, type MigrationResult, Migrator, sql } from 'kysely';
import type { Database } from './database.ts';
import { migrations } from './migrations/index.ts';

/** One migration step's outcome, as Kysely reports it. */
export type MigrationStep = MigrationResult;

/** A migration that failed; the database is left at the last successful step. */
export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    message: string,
    /** Every step attempted in this run, the failed one included. */
    readonly results: readonly MigrationStep[],
  ) {
    super(message);
  }
}

export interface MigrateOptions {
  /** The migration list to apply (default: Jixiao's own; tests pass others). */
  readonly migrations?: Readonly<Record<string, Migration>>;
}

/**
 * Kysely looks for its own tables in every schema unless told which one: with two Jixiao schemas in one
 * database (a throw-away test schema, a second deployment) a fresh schema would see the other's
 * kysely_migration table, skip creating its own and fail. So name the schema the connection works in.
 */
async function migrator(db: Kysely<Database>, list: Readonly<Record<string, Migration>> = migrations): Promise<Migrator> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  return new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...list }) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

/**
 * Bring the schema to the latest migration. Returns one result per migration run now (empty when the schema
 * was already current).
 * @throws MigrationError naming the failed step, with the database's message.
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  options: MigrateOptions = {},
): Promise<readonly MigrationStep[]> {
  const { error, results = [] } = await (await migrator(db, options.migrations)).migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? '（未开始 / not started）';
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `数据库迁移失败（步骤 ${failed}）：${reason} / database migration failed at ${failed}: ${reason}`,
      results,
    );
  }
  return results;
}

/** Names of the migrations already applied, oldest first. */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const all = await (await migrator(db)).getMigrations();
  return all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}

/**
 * Bring the schema up to and including the migration `name` (a restore loads an older backup into the layout
 * it was made with, then migrates the rows forward with everything else).
 * @throws MigrationError naming the failed step.
 */
export async function migrateUpTo(db: Kysely<Database>, name: string): Promise<readonly MigrationStep[]> {
  const { error, results = [] } = await (await migrator(db)).migrateTo(name);
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? name;
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(
      `数据库迁移失败（步骤 ${failed}）：${reason} / database migration failed at ${failed}: ${reason}`,
      results,
    );
  }
  return results;
}

/** Names of all migrations this version knows, oldest first. */
export function knownMigrations(): string[] {
  return Object.keys(migrations).sort();
}
