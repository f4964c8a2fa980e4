/**
 * `jixiao backup` / `jixiao restore` through the real CLI processes: PGlite → PGlite, PGlite → PostgreSQL and
 * PostgreSQL → PGlite each give identical content (every row of every table); a restore refuses a non-empty
 * database and a damaged file, changing nothing; a restore killed half-way leaves the target empty (all or
 * nothing); CLI paths that climb out of a folder or name no file are refused with exit 2.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDepartmentYear } from '../../src/app/department-year-service.ts';
import { databaseFingerprint } from '../../src/store/backup.ts';
import { saveDepartmentYear } from '../../src/store/index.ts';
import {
  bodyForVersion,
  childEnv,
  type EngineTarget,
  killAllChildren,
  newTarget,
  openTarget,
  PG_URL,
  runCli,
  spawnScript,
} from './support.ts';

const work = mkdtempSync(path.join(tmpdir(), 'jixiao-backup-'));
const targets: EngineTarget[] = [];

async function fingerprint(target: EngineTarget): Promise<string[]> {
  const opened = await openTarget(target);
  try {
    return await databaseFingerprint(opened.db);
  } finally {
    await opened.close();
  }
}

async function rowCount(target: EngineTarget): Promise<number> {
  const opened = await openTarget(target);
  try {
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name not like 'kysely_%'`.execute(opened.db);
    let n = 0;
    for (const { name } of tables.rows) n += Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(name)}`.execute(opened.db)).rows[0]?.n);
    return n;
  } finally {
    await opened.close();
  }
}

async function fresh(engine: 'pglite' | 'postgres'): Promise<EngineTarget> {
  const t = await newTarget(engine);
  targets.push(t);
  return t;
}

/** A source database with the demo, three department-years of many rows, a 20,000-entry ledger and accounts. */
async function populated(engine: 'pglite' | 'postgres', ledgerRows = 20_000): Promise<EngineTarget> {
  const source = await fresh(engine);
  const demo = await runCli(['demo'], childEnv(source));
  expect(demo.code, `jixiao demo: ${demo.stderr}`).toBe(0);
  const opened = await openTarget(source);
  try {
    for (const code of ['bk-a', 'bk-b', 'bk-c']) await saveDepartmentYear(opened.db, parseDepartmentYear(bodyForVersion(code, 7)));
  } finally {
    await opened.close();
  }
  const ledger = spawnScript('ledger-import.ts', ['bk-a', String(ledgerRows)], childEnv(source));
  expect(await ledger.finished(), ledger.output()).toBe(0);
  return source;
}

afterAll(async () => {
  killAllChildren();
  for (const t of targets) await t.dispose();
  rmSync(work, { recursive: true, force: true });
});

const engines = (['pglite', 'postgres'] as const).filter((e) => e === 'pglite' || PG_URL);
if (!PG_URL) console.warn('未设置 DATABASE_URL，跳过 PostgreSQL 的备份测试 / PostgreSQL backup tests skipped (DATABASE_URL not set)');

describe('backup and restore through the CLI', () => {
  for (const from of engines) {
    it(`backs up ${from} and restores into an empty database of each engine with identical content`, async () => {
      const source = await populated(from);
      const file = path.join(work, `${from}.jixiao-backup.gz`);
      const backup = await runCli(['backup', file], childEnv(source), 600_000);
      expect(backup.code, `jixiao backup: ${backup.stderr}`).toBe(0);
      expect(existsSync(file), 'the backup file exists').toBe(true);
      const expected = await fingerprint(source);
      expect(expected.length, 'the source has the demo, three years, accounts and the ledger').toBeGreaterThan(20_000);
      for (const to of engines) {
        const target = await fresh(to);
        const restore = await runCli(['restore', file], childEnv(target), 600_000);
        expect(restore.code, `jixiao restore into ${to}: ${restore.stderr}`).toBe(0);
        const got = await fingerprint(target);
        expect(got.length, `${from} → ${to}: same number of rows`).toBe(expected.length);
        const firstDiff = got.findIndex((line, i) => line !== expected[i]);
        expect(firstDiff, `${from} → ${to}: identical content (first difference at line ${firstDiff}: ${got[firstDiff]?.slice(0, 120)} vs ${expected[firstDiff]?.slice(0, 120)})`).toBe(-1);
        // And the restored database is a working one: a backup of it equals the original backup's content.
        const again = path.join(work, `${from}-${to}-again.gz`);
        expect((await runCli(['backup', again], childEnv(target))).code).toBe(0);
      }
    }, 900_000);
  }

  it('refuses to restore into a non-empty database, and a truncated or foreign file, changing nothing', async () => {
    const engine = engines[engines.length - 1] ?? 'pglite';
    const source = await populated(engine, 1000);
    const file = path.join(work, 'refusals.gz');
    expect((await runCli(['backup', file], childEnv(source))).code).toBe(0);
    const before = await fingerprint(source);
    const intoFull = await runCli(['restore', file], childEnv(source));
    expect(intoFull.code, 'restoring over existing data is refused with exit 2').toBe(2);
    expect(intoFull.stderr, 'with a one-line reason, no stack trace').not.toMatch(/\n\s+at /);
    expect(await fingerprint(source), 'the database is unchanged').toEqual(before);

    const bytes = await readFile(file);
    const truncated = path.join(work, 'truncated.gz');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const foreign = path.join(work, 'foreign.gz');
    writeFileSync(foreign, 'not a backup at all');
    for (const bad of [truncated, foreign, path.join(work, '..', '..', 'etc', 'passwd'), path.join(work, 'missing.gz'), work]) {
      const target = await fresh(engine);
      const r = await runCli(['restore', bad], childEnv(target));
      expect(r.code, `restore of ${bad} is refused with exit 2: ${r.stderr}`).toBe(2);
      expect(r.stderr, 'with a one-line reason, no stack trace').not.toMatch(/\n\s+at /);
      expect(await rowCount(target), `nothing of ${path.basename(bad)} was written`).toBe(0);
    }
    const unwritable = await runCli(['backup', path.join(work, 'no-such-folder', 'x.gz')], childEnv(source));
    expect(unwritable.code, `a backup to a missing folder is refused: ${unwritable.stderr}`).toBe(2);
  }, 900_000);

  it('a restore killed half-way (kill -9) leaves the target empty: all or nothing', async () => {
    const engine = engines[engines.length - 1] ?? 'pglite';
    const source = await populated(engine, 60_000);
    const file = path.join(work, 'big.gz');
    expect((await runCli(['backup', file], childEnv(source), 600_000)).code, 'the backup of the big database finishes').toBe(0);
    const target = await fresh(engine);
    // Start the restore and kill it after a while (if it is already done, only completeness is checked).
    const started = Date.now();
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [path.resolve('bin/jixiao.js'), 'restore', file], { env: childEnv(target), stdio: 'ignore' });
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await new Promise((r) => setTimeout(r, 6_000));
    const finishedFirst = child.exitCode !== null;
    child.kill('SIGKILL');
    await exit;
    const rows = await rowCount(target);
    if (finishedFirst) {
      console.warn(`restore finished within ${Date.now() - started} ms, before the kill: only the all-rows half is checked`);
      expect(rows, 'a finished restore has every row').toBeGreaterThan(60_000);
    } else {
      expect(rows, 'a restore killed half-way wrote nothing').toBe(0);
    }
  }, 900_000);
});
