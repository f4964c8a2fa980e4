/**
 * Opening the database: a PostgreSQL server when a URL is given, otherwise embedded PGlite in a data folder.
 * Both go through `pg` and Kysely's PostgresDialect, so SQL and result types are the same on both engines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock, type DataDirLock, DataDirLockedError } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { jixiaoTypes } from './type-parsers.ts';

/** The two engines Jixiao runs on. */
export type Engine = 'pglite' | 'postgres';

/** Default embedded data folder, relative to the working directory. */
export const DEFAULT_DATA_DIR = './.jixiao-data';

/** The data folder value that keeps an embedded database in memory (tests). */
export const MEMORY_DATA_DIR = 'memory://';

/** PGlite settings: the default max_wal_size would let pg_wal grow to 1 GB (research/tech.md §3.7). */
const PGLITE_CONF = 'max_wal_size = 64MB\nmin_wal_size = 32MB';

/** Sub-folder of the data folder that PGlite owns (the lock file and later files sit beside it). */
const PGLITE_SUBDIR = 'pglite';

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string. Default: env DATABASE_URL when no `dataDir` is given. */
  url?: string;
  /**
   * Embedded data folder, or `memory://`. Default: env JIXIAO_DATA, else ./.jixiao-data. Giving it explicitly
   * selects PGlite even when DATABASE_URL is set.
   */
  dataDir?: string;
  /** Force an engine; otherwise chosen from `url` / `dataDir` / the environment as above. */
  engine?: Engine;
  /** PostgreSQL only: schema to work in (sets search_path), e.g. one per test file. Must exist. */
  schema?: string;
  /** PostgreSQL only: pool size (default 10). PGlite always uses one connection. */
  poolSize?: number;
  /**
   * PGlite only: start a new database from this dump (`PGlite.dumpDataDir()`) instead of running initdb —
   * seconds faster; tests clone one template this way.
   */
  pgliteTemplate?: Blob;
  /** Where progress lines go (default: console.error). */
  log?: (line: string) => void;
  /** Environment to read DATABASE_URL / JIXIAO_DATA from (default: process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** An open database. Call `close()` once; it ends the pool, stops PGlite and releases the folder lock. */
export interface OpenedDatabase {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** The embedded data folder (absolute, or `memory://`); undefined on PostgreSQL. */
  readonly dataDir?: string;
  /** The driver objects under Kysely, for engine-specific bulk paths (COPY); ordinary code uses `db`. */
  readonly native?: { readonly pool: pg.Pool; readonly pglite?: PGlite };
  /** Write dirty pages and trim the WAL after a big import (PGlite only; a no-op on a server). */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

/** A connection problem the user can act on (bad URL, server down, folder locked…). */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Open Jixiao's database. Does not migrate: call `migrateToLatest(db)` after.
 * @throws DataDirLockedError when another process holds the embedded data folder.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  const target = resolveTarget(options);
  return target.engine === 'postgres'
    ? openPostgres(target.url, options)
    : openPglite(target.dataDir, logOf(options), options.pgliteTemplate);
}

/** Which engine and where, decided from the options and the environment (see OpenDatabaseOptions). */
export type DatabaseTarget = { engine: 'postgres'; url: string } | { engine: 'pglite'; dataDir: string };

/**
 * Decide the engine: an explicit `url` → PostgreSQL; an explicit `dataDir` → PGlite; else env DATABASE_URL →
 * PostgreSQL; else PGlite in env JIXIAO_DATA or ./.jixiao-data. `engine` forces the choice.
 */
export function resolveTarget(options: OpenDatabaseOptions = {}): DatabaseTarget {
  const env = options.env ?? process.env;
  const url = options.url ?? (options.dataDir === undefined ? env['DATABASE_URL'] || undefined : undefined);
  const engine: Engine = options.engine ?? (url ? 'postgres' : 'pglite');
  if (engine === 'postgres') {
    const serverUrl = url ?? (env['DATABASE_URL'] || undefined);
    if (!serverUrl) throw new DatabaseOpenError('未设置 DATABASE_URL / DATABASE_URL is not set');
    return { engine, url: serverUrl };
  }
  return { engine, dataDir: options.dataDir ?? (env['JIXIAO_DATA'] || DEFAULT_DATA_DIR) };
}

function logOf(options: OpenDatabaseOptions): (line: string) => void {
  return options.log ?? ((line) => console.error(line));
}

/** An idle client losing its connection (server restart, engine abort) must not crash the process. */
function logPoolErrors(pool: pg.Pool, log: (line: string) => void): void {
  pool.on('error', (err) => {
    log(`数据库连接出错：${err.message} / database connection error: ${err.message}`);
  });
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new DatabaseOpenError(`模式名不合法：${options.schema} / invalid schema name`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    types: jixiaoTypes,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  logPoolErrors(pool, logOf(options));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await pool.query('select 1');
  } catch (err) {
    await db.destroy();
    throw new DatabaseOpenError(
      `无法连接 PostgreSQL：${(err as Error).message} / cannot connect to PostgreSQL: ${(err as Error).message}`,
    );
  }
  return {
    db,
    engine: 'postgres',
    native: { pool },
    checkpoint: async () => {},
    close: () => db.destroy(),
  };
}

async function openPglite(
  dataDir: string,
  log: (line: string) => void,
  template: Blob | undefined,
): Promise<OpenedDatabase> {
  const inMemory = dataDir === MEMORY_DATA_DIR;
  let lock: DataDirLock | undefined;
  let pgliteDir = MEMORY_DATA_DIR;
  let resolvedDir = MEMORY_DATA_DIR;
  if (!inMemory) {
    resolvedDir = path.resolve(dataDir);
    try {
      lock = acquireDataDirLock(resolvedDir);
    } catch (err) {
      if (err instanceof DataDirLockedError) throw err;
      const reason = (err as Error).message;
      throw new DatabaseOpenError(
        `无法使用数据目录 ${resolvedDir}：${reason} / cannot use the data folder ${resolvedDir}: ${reason}`,
      );
    }
    pgliteDir = path.join(resolvedDir, PGLITE_SUBDIR);
    if (template === undefined && !fs.existsSync(path.join(pgliteDir, 'PG_VERSION'))) {
      log(`首次创建嵌入式数据库（约需 5 秒）：${pgliteDir} / creating the embedded database (about 5 s)`);
    }
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: pgliteDir,
      postgresqlconf: PGLITE_CONF,
      ...(template ? { loadDataDir: template } : {}),
    });
  } catch (err) {
    lock?.release();
    throw new DatabaseOpenError(
      `无法打开嵌入式数据库 ${pgliteDir}：${(err as Error).message} / cannot open the embedded database`,
    );
  }
  // The adapter's config carries a ready-made connection object; pg accepts it though @types/pg does not list it.
  const poolConfig: pg.PoolConfig = {
    ...createPgConfig(pglite),
    types: jixiaoTypes,
    max: 1,
    // Keep the one client for the life of the pool: nothing is gained by reconnecting to an in-process engine.
    idleTimeoutMillis: 0,
  };
  const pool = new pg.Pool(poolConfig);
  logPoolErrors(pool, log);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    engine: 'pglite',
    dataDir: resolvedDir,
    native: { pool, pglite },
    checkpoint: async () => {
      await sql`checkpoint`.execute(db);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await db.destroy();
      } finally {
        try {
          await pglite.close();
        } finally {
          lock?.release();
        }
      }
    },
  };
}
