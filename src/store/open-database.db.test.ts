import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acquireDataDirLock,
  DataDirLockedError,
  getDepartmentYear,
  LOCK_FILE_NAME,
  migrateToLatest,
  type OpenedDatabase,
  openDatabase,
  saveDepartmentYear,
} from './index.ts';
import { forEachEngine } from './testing.ts';
import { minimalDepartmentYear } from './testing-fixtures.ts';

forEachEngine('result types', (ctx) => {
  it('int8 → number, numeric → string, date → string, timestamptz → Date, jsonb → JSON, on every engine', async () => {
    const { rows } = await sql<Record<string, unknown>>`select
        1069600000000::int8 as int8,
        9007199254740991::int8 as int8_max,
        null::int8 as int8_null,
        '106.9600'::numeric as numeric,
        '2024-12-31'::date as date,
        '2024-12-31T16:00:00Z'::timestamptz as ts,
        array[1, 4294967297]::int8[] as int8_array,
        array['2024-01-01'::date] as date_array,
        '{"a": [1, "x"]}'::jsonb as json,
        42::integer as int4,
        true as bool`.execute(ctx.db);
    expect(rows[0]).toStrictEqual({
      int8: 1069600000000,
      int8_max: Number.MAX_SAFE_INTEGER,
      int8_null: null,
      numeric: '106.9600',
      date: '2024-12-31',
      ts: new Date('2024-12-31T16:00:00Z'),
      int8_array: [1, 4294967297],
      date_array: ['2024-01-01'],
      json: { a: [1, 'x'] },
      int4: 42,
      bool: true,
    });
  });

  it('refuses an int8 beyond 2^53 instead of rounding it, and the connection stays usable', async () => {
    await expect(sql`select 9007199254740993::int8 as big`.execute(ctx.db)).rejects.toThrow(/超出安全范围/);
    const { rows } = await sql<{ ok: number }>`select 1::int8 as ok`.execute(ctx.db);
    expect(rows).toStrictEqual([{ ok: 1 }]);
  });
});

describe('embedded data folder', () => {
  let dir: string;
  let first: OpenedDatabase | undefined;
  const lines: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-store-'));
    // A lock left by a process that has since died is taken over.
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), `${deadPid()}\n`);
    const started = Date.now();
    first = await openDatabase({ dataDir: dir, log: (line) => lines.push(line) });
    console.info(`PGlite: new data folder created in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await first?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says once that it is creating the database, and holds a lock file with its pid', async () => {
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('首次创建嵌入式数据库');
    expect(first!.engine).toBe('pglite');
    expect(first!.dataDir).toBe(path.resolve(dir));
    expect(lockPid(path.join(dir, LOCK_FILE_NAME))).toBe(process.pid);
  });

  it('refuses a second open of the same folder while it is held', async () => {
    const error = await openDatabase({ dataDir: dir, log: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).pid).toBe(process.pid);
    expect((error as Error).message).toContain(`数据目录正被另一个进程（pid ${process.pid}）使用`);
    expect((error as Error).message).toContain(`data folder is in use by process ${process.pid}`);
  });

  it('keeps data across close and reopen, releases the lock on close, and does not re-announce creation', async () => {
    await migrateToLatest(first!.db);
    const dy = minimalDepartmentYear({ departmentCode: 'FILE-1' });
    await saveDepartmentYear(first!.db, dy);
    await first!.checkpoint();
    await first!.close();
    first = undefined;
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);

    lines.length = 0;
    const started = Date.now();
    first = await openDatabase({ dataDir: dir, log: (line) => lines.push(line) });
    console.info(`PGlite: existing data folder reopened in ${Date.now() - started} ms`);
    expect(lines).toStrictEqual([]);
    expect(await migrateToLatest(first.db)).toStrictEqual([]);
    const found = await getDepartmentYear(first.db, { regionCode: '431222', departmentCode: 'FILE-1' }, 2024);
    expect(found?.data).toStrictEqual(dy);
  });
});

describe('lock file across processes', () => {
  const tsx = path.resolve('node_modules/tsx/dist/loader.mjs');
  const lockModule = JSON.stringify(path.resolve('src/store/data-dir-lock.ts'));
  const runChild = (dir: string, body: string) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        tsx,
        '--input-type=module',
        '-e',
        `const { acquireDataDirLock } = await import(${lockModule}); const dir = process.env.LOCK_DIR; ${body}`,
      ],
      { encoding: 'utf8', env: { ...process.env, LOCK_DIR: dir } },
    );

  it('is released when the holder exits, survives a hard kill as a stale lock, and refuses while held', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lock-'));
    const lockPath = path.join(dir, LOCK_FILE_NAME);
    try {
      // A child that takes the lock and exits without releasing it: the exit hook removes the file.
      const exited = runChild(dir, 'acquireDataDirLock(dir); process.exit(0);');
      expect(exited.status, exited.stderr).toBe(0);
      expect(fs.existsSync(lockPath)).toBe(false);

      // A child killed hard leaves its lock behind; its pid is dead, so this process takes the lock over.
      const killed = runChild(dir, "acquireDataDirLock(dir); process.kill(process.pid, 'SIGKILL');");
      expect(killed.signal).toBe('SIGKILL');
      expect(lockPid(lockPath)).not.toBe(process.pid);
      const lock = acquireDataDirLock(dir);
      try {
        expect(lockPid(lockPath)).toBe(process.pid);
        // …and while this process holds it, another process is refused with the holder's pid.
        const refused = runChild(
          dir,
          'try { acquireDataDirLock(dir); } catch (e) { console.log(e.message); process.exit(3); }',
        );
        expect(refused.status, refused.stderr).toBe(3);
        expect(refused.stdout).toContain(`数据目录正被另一个进程（pid ${process.pid}）使用`);
      } finally {
        lock.release();
      }
      expect(fs.existsSync(lockPath)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!fs.existsSync('/proc/self/stat'))('treats a live pid with another start time as a reused pid, not a holder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lock-'));
    const lockPath = path.join(dir, LOCK_FILE_NAME);
    try {
      // After a crash and restart the same pid can come back (a container's pid 1): the old lock names this
      // pid but an earlier start time. Likewise for the parent's pid, a live process that never took the lock.
      for (const pid of [process.pid, process.ppid]) {
        fs.writeFileSync(lockPath, `${pid}\n1\n${fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8')}`);
        const lock = acquireDataDirLock(dir);
        expect(lockPid(lockPath)).toBe(process.pid);
        lock.release();
      }
      // A lock naming only a live pid (no start time, as written on a system without /proc) is respected.
      fs.writeFileSync(lockPath, `${process.ppid}\n`);
      expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The pid on the first line of a lock file. */
function lockPid(lockPath: string): number {
  return Number(fs.readFileSync(lockPath, 'utf8').split('\n')[0]);
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(child.stdout.trim());
}
