/**
 * Test helpers for database tests, shared by every `*.db.test.ts`: run one suite on each engine. PGlite (one
 * in-memory instance per suite, cloned from a cached template: initdb costs seconds) always; PostgreSQL only when DATABASE_URL is set, each
 * suite in its own throw-away schema so runs repeat and never touch other users of the shared database.
 * Not exported from index.ts: it imports vitest.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Database } from './database.ts';
import { migrateToLatest } from './migrate.ts';
import { type Engine, type OpenedDatabase, openDatabase } from './open-database.ts';

/** The database a suite runs against; read its members inside tests (they exist after beforeAll). */
export interface EngineContext {
  readonly engine: Engine;
  readonly db: Kysely<Database>;
  readonly opened: OpenedDatabase;
}

export interface ForEachEngineOptions {
  /** Run migrateToLatest before the suite (default true). */
  readonly migrate?: boolean;
}

let skipNoted = false;

/** The PostgreSQL URL for tests, or undefined (suite skipped). */
export function testDatabaseUrl(): string | undefined {
  return process.env['DATABASE_URL'] || undefined;
}

/**
 * Define the suite `fn` once per engine: `describe('<name> [pglite]')` and `describe('<name> [postgres]')`.
 * Without DATABASE_URL the PostgreSQL copy is skipped with a note on the console.
 */
export function forEachEngine(
  name: string,
  fn: (ctx: EngineContext) => void,
  options: ForEachEngineOptions = {},
): void {
  const url = testDatabaseUrl();
  for (const engine of ['pglite', 'postgres'] as const) {
    const skip = engine === 'postgres' && url === undefined;
    if (skip && !skipNoted) {
      skipNoted = true;
      console.warn('未设置 DATABASE_URL，跳过 PostgreSQL 测试 / PostgreSQL suite skipped (DATABASE_URL not set)');
    }
    (skip ? describe.skip : describe)(`${name} [${engine}]`, () => {
      let opened: OpenedDatabase | undefined;
      let schema: string | undefined;
      beforeAll(async () => {
        if (engine === 'pglite') {
          opened = await openTestPglite();
        } else {
          schema = `jixiao_test_${randomBytes(6).toString('hex')}`;
          await adminQuery(url!, `create schema ${schema}`);
          opened = await openDatabase({ engine, url: url!, schema, poolSize: 4 });
        }
        if (options.migrate !== false) await migrateRetryingOthersDrops(opened.db, schema);
      });
      afterAll(async () => {
        await opened?.close();
        if (schema !== undefined) await adminQuery(url!, `drop schema if exists ${schema} cascade`);
      });
      const ctx: EngineContext = {
        engine,
        get db() {
          return ctxOpened().db;
        },
        get opened() {
          return ctxOpened();
        },
      };
      const ctxOpened = (): OpenedDatabase => {
        if (!opened) throw new Error('database not open yet: use ctx.db inside tests or hooks');
        return opened;
      };
      fn(ctx);
    });
  }
}

/**
 * A fresh in-memory PGlite database, cloned from a template of an empty initdb'd instance cached in the temp
 * folder (keyed by PGlite's version): ~1–3 s instead of the 4–6 s initdb costs every test file otherwise.
 */
export async function openTestPglite(): Promise<OpenedDatabase> {
  const cachePath = path.join(os.tmpdir(), `jixiao-pglite-template-${pgliteVersion()}.tar`);
  if (fs.existsSync(cachePath)) {
    try {
      return await openDatabase({ engine: 'pglite', dataDir: 'memory://', pgliteTemplate: readBlob(cachePath) });
    } catch {
      // A broken cache (e.g. a half-written file from an older run): rebuild it below.
      fs.rmSync(cachePath, { force: true });
    }
  }
  const template = await PGlite.create({ dataDir: 'memory://' });
  const dump = await template.dumpDataDir('none');
  await template.close();
  // Written beside and renamed into place, so a parallel test file never reads half a template.
  const tmpPath = `${cachePath}.${process.pid}.tmp`;
  fs.writeFileSync(tmpPath, new Uint8Array(await dump.arrayBuffer()));
  fs.renameSync(tmpPath, cachePath);
  return openDatabase({ engine: 'pglite', dataDir: 'memory://', pgliteTemplate: dump });
}

function readBlob(file: string): Blob {
  return new Blob([fs.readFileSync(file)]);
}

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** One statement on a separate connection (schema setup and teardown). */
async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Kysely's migrator introspects every schema of the database, so another test file dropping its throw-away
 * schema at that moment fails our migration with "schema … does not exist". Retry a few times, and only for a
 * schema that is not ours.
 */
async function migrateRetryingOthersDrops(db: Kysely<Database>, ours: string | undefined): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(db);
      return;
    } catch (err) {
      const other = /schema "([^"]+)" does not exist/.exec((err as Error).message)?.[1];
      if (attempt >= 4 || other === undefined || other === ours) throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}
