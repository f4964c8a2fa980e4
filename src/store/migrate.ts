/**
 * Schema migrations through Kysely's Migrator, with the migrations listed in ./migrations/index.ts.
 * The same migrations run on PGlite and on PostgreSQL.
 */
import { type Kysely, type Migration, type MigrationResult, Migrator } from 'kysely';
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

function migrator(db: Kysely<Database>, list: Readonly<Record<string, Migration>> = migrations): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => ({ ...list }) } });
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
  const { error, results = [] } = await migrator(db, options.migrations).migrateToLatest();
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
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}
