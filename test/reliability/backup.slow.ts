/**
 * `jixiao backup` / `jixiao restore` through the real CLI processes: PGlite → PGlite, PGlite → PostgreSQL and
 * PostgreSQL → PGlite each give identical content (every row of every table); an installation that `jixiao
 * serve` made and people used (accounts, sessions, a submitted demo, a stocktake) restores into a new folder and
 * an empty PostgreSQL schema, works there, and backs up to the same content; a restore refuses a non-empty
 * database and a damaged file, changing nothing; a restore killed half-way leaves the target empty (all or
 * nothing); CLI paths that climb out of a folder or name no file are refused with exit 2.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDepartmentYear } from '../../src/app/department-year-service.ts';
import { databaseFingerprint } from '../../src/store/backup.ts';
import { saveDepartmentYear } from '../../src/store/index.ts';
import {
  ADMIN_PASSWORD,
  bodyForVersion,
  Client,
  childEnv,
  type EngineTarget,
  killAllChildren,
  newTarget,
  openTarget,
  PG_URL,
  runCli,
  spawnScript,
  startServer,
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

/** A backup's content: every line but the header's creation time. */
function backupContent(file: string): string[] {
  const [header = '', ...rows] = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  const { createdAt: _createdAt, ...rest } = JSON.parse(header) as Record<string, unknown>;
  return [JSON.stringify(rest), ...rows];
}

const DEMO = '/api/departments/431222.yuanling-commerce';

/** A folder (or schema) as `jixiao serve` leaves it after use: demo accounts signed in, the demo submitted, a stocktake with confirmations. */
async function usedInstallation(engine: 'pglite' | 'postgres'): Promise<EngineTarget> {
  const source = await fresh(engine);
  const server = await startServer(source);
  try {
    const officer = await Client.signIn(server.base, 'demo-officer', ADMIN_PASSWORD);
    await Client.signIn(server.base, 'demo-reviewer', ADMIN_PASSWORD);
    const demoVersion = async () => ((await officer.request('GET', `${DEMO}/years/2024`)).json as { version: number }).version;
    const submit = await officer.request('POST', `${DEMO}/years/2024/workflow`, { action: 'submit' }, { 'if-match': `"${await demoVersion()}"` });
    expect(submit.status, `submit the demo: ${JSON.stringify(submit.json)}`).toBe(200);
    const card = { assetNumber: 'BK-0001', name: '碎纸机', classCode: 'A02021301', originalValue: 50000, acquiredOn: '2024-03-20', location: '办公室203' };
    const created = await officer.request('POST', `${DEMO}/assets`, card);
    expect(created.status, `add an asset card: ${JSON.stringify(created.json)}`).toBe(201);
    const stocktake = await officer.request('POST', `${DEMO}/stocktakes`, { fiscalYear: 2024 });
    expect(stocktake.status, `open a stocktake: ${JSON.stringify(stocktake.json)}`).toBe(201);
    const sid = (stocktake.json as { id: string }).id;
    for (const assetNumber of ['BK-0001', 'BK-EXTRA']) {
      const r = await officer.request('POST', `${DEMO}/stocktakes/${sid}/confirmations`, { assetNumber, name: '碎纸机', seenLocation: '办公室203' });
      expect(r.status, `confirm ${assetNumber}: ${JSON.stringify(r.json)}`).toBe(200);
    }
  } finally {
    await server.stop();
  }
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

  for (const from of engines) {
    it(`restores an installation that jixiao serve made and used (${from}) into each engine, where it works and backs up the same`, async () => {
      const source = await usedInstallation(from);
      const file = path.join(work, `used-${from}.jixiao-backup.gz`);
      const backup = await runCli(['backup', file], childEnv(source));
      expect(backup.code, `jixiao backup: ${backup.stderr}`).toBe(0);
      expect(statSync(file).mode & 0o777, 'the backup is readable by its owner only').toBe(0o600);
      const original = backupContent(file);
      for (const table of ['users', 'workflow_events', 'audit_log', 'asset_stocktake_confirmations']) {
        const at = original.indexOf(JSON.stringify({ table }));
        expect(at, `${table} is in the backup`).toBeGreaterThan(0);
        expect(original[at + 1]?.startsWith('{'), `${table} has rows`).toBe(true);
      }
      expect(original.join('\n'), 'live sessions are left out').not.toContain('"table":"sessions"');
      for (const to of engines) {
        const target = await fresh(to);
        const restore = await runCli(['restore', file], childEnv(target));
        expect(restore.code, `jixiao restore ${from} → ${to}: ${restore.stderr}`).toBe(0);
        const again = path.join(work, `used-${from}-${to}-again.gz`);
        expect((await runCli(['backup', again], childEnv(target))).code).toBe(0);
        const copy = backupContent(again);
        const firstDiff = copy.findIndex((line, i) => line !== original[i]);
        expect(copy.length, `${from} → ${to}: the restored copy backs up to as many lines`).toBe(original.length);
        expect(firstDiff, `${from} → ${to}: the backup of the restored copy equals the original (first difference: ${copy[firstDiff]?.slice(0, 160)} vs ${original[firstDiff]?.slice(0, 160)})`).toBe(-1);
        // The restored installation works: the demo accounts sign in, and new events and audit entries get new ids.
        const server = await startServer(target);
        try {
          const reviewer = await Client.signIn(server.base, 'demo-reviewer', ADMIN_PASSWORD);
          const { version } = (await reviewer.request('GET', `${DEMO}/years/2024`)).json as { version: number };
          const returned = await reviewer.request('POST', `${DEMO}/years/2024/workflow`, { action: 'return', comments: [{ path: 'goals', text: '请补充绩效目标' }] }, { 'if-match': `"${version}"` });
          expect(returned.status, `return the submitted demo after the restore: ${JSON.stringify(returned.json)}`).toBe(200);
          const events = await reviewer.request('GET', `${DEMO}/years/2024/workflow`);
          expect((events.json as { events: unknown[] }).events.length, 'the restored event and the new one').toBe(2);
        } finally {
          await server.stop();
        }
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
    const full = await rowCount(source);
    // A complete restore first, to time it: the kill then lands half-way through, whatever the machine's speed.
    const timing = await fresh(engine);
    const timed = Date.now();
    expect((await runCli(['restore', file], childEnv(timing), 600_000)).code, 'a complete restore succeeds').toBe(0);
    const fullMs = Date.now() - timed;
    expect(await rowCount(timing), 'a complete restore has every row').toBe(full);
    const target = await fresh(engine);
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [path.resolve('bin/jixiao.js'), 'restore', file], { env: childEnv(target), stdio: 'ignore' });
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await new Promise((r) => setTimeout(r, Math.max(1_000, fullMs / 2)));
    const finishedFirst = child.exitCode !== null;
    child.kill('SIGKILL');
    await exit;
    const rows = await rowCount(target);
    if (finishedFirst) console.warn(`restore finished within ${fullMs / 2} ms, before the kill: only completeness is checked`);
    else console.info(`restore killed after ${Math.round(fullMs / 2)} of ${fullMs} ms: ${rows === 0 ? 'nothing written' : 'already committed, whole'}`);
    // All or nothing: killed before its commit the target is empty; killed after (while closing) it is whole.
    expect([0, full], `a restore killed after ${Math.round(fullMs / 2)} ms of ${fullMs} left ${rows} of ${full} rows`).toContain(rows);
  }, 900_000);
});
