/**
 * kill -9 in the middle of work, on each engine: the spawned `jixiao serve` while three editors save
 * department-years in a loop, and a process in the middle of a large ledger import. After the crash the
 * database opens (an embedded folder's lock of the dead pid is taken over), every department-year is whole —
 * exactly the record saved as its version, validating exactly as before — a half-done import left nothing, and
 * every row of every table reads back. And the check can fail: a save written without a transaction, killed
 * half-way, is caught.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDepartmentYear } from '../../src/app/department-year-service.ts';
import { databaseFingerprint } from '../../src/store/backup.ts';
import { LOCK_FILE_NAME, saveDepartmentYear } from '../../src/store/index.ts';
import {
  bodyForVersion,
  checkWholeYears,
  childEnv,
  CLI,
  REPO,
  runCli,
  Client,
  type EngineTarget,
  type Expectation,
  killAllChildren,
  newTarget,
  openTarget,
  PG_URL,
  REGION,
  spawnScript,
  startServer,
  YEAR,
} from './support.ts';

const ROUNDS = Number(process.env.JIXIAO_KILL_ROUNDS ?? 3);
const CODES = ['rel-a', 'rel-b', 'rel-c'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every row of every table, read once: a damaged page or index would throw here. */
async function readEverything(target: EngineTarget): Promise<number> {
  const opened = await openTarget(target);
  try {
    return (await databaseFingerprint(opened.db)).length;
  } finally {
    await opened.close();
  }
}

async function check(target: EngineTarget, expectations: readonly Expectation[]): Promise<string[]> {
  const opened = await openTarget(target);
  try {
    return await checkWholeYears(opened.db, expectations);
  } finally {
    await opened.close();
  }
}

async function ledgerState(target: EngineTarget, code: string): Promise<{ entries: number; total: number; recorded: number | null }> {
  const opened = await openTarget(target);
  try {
    const e = await sql<{ n: string; total: string | null }>`
      select count(*) as n, sum(amount) as total from ledger_entries
      where region_code = ${REGION} and department_code = ${code} and fiscal_year = ${YEAR}`.execute(opened.db);
    const i = await sql<{ entry_count: number }>`
      select entry_count from ledger_imports where region_code = ${REGION} and department_code = ${code} and fiscal_year = ${YEAR}`.execute(opened.db);
    return { entries: Number(e.rows[0]?.n), total: Number(e.rows[0]?.total ?? 0), recorded: i.rows[0]?.entry_count ?? null };
  } finally {
    await opened.close();
  }
}

/** Sum of the amounts the ledger child writes for `count` entries. */
const ledgerTotal = (count: number) => Array.from({ length: count }, (_, i) => 100 + (i % 1000)).reduce((a, b) => a + b, 0);

const engines = (['pglite', 'postgres'] as const).filter((e) => e === 'pglite' || PG_URL);
if (!PG_URL) console.warn('未设置 DATABASE_URL，跳过 PostgreSQL 的 kill -9 测试 / PostgreSQL kill -9 tests skipped (DATABASE_URL not set)');

for (const engine of engines) {
  describe(`kill -9 [${engine}]`, () => {
    const targets: EngineTarget[] = [];
    afterAll(async () => {
      killAllChildren();
      for (const t of targets) await t.dispose();
    });

    it(`kills the server ${ROUNDS} times in the middle of a three-editor save loop: after each, every department-year is whole and validates as saved, and the server starts again`, async () => {
      const target = await newTarget(engine);
      targets.push(target);
      const state = new Map<string, { acknowledged: number; sent: number }>();
      let saves = 0;
      for (let round = 1; round <= ROUNDS; round++) {
        const server = await startServer(target);
        const client = await Client.editor(server.base, REGION, CODES);
        if (round === 1) {
          for (const code of CODES) {
            const r = await client.request('POST', '/api/department-years', bodyForVersion(code, 1));
            expect(r.status, `creating ${code}: ${JSON.stringify(r.json)}`).toBe(201);
            state.set(code, { acknowledged: 1, sent: 1 });
          }
        } else {
          // The restarted server serves what the checks found.
          for (const code of CODES) {
            const r = await client.request('GET', `/api/departments/${REGION}.${code}/years/${YEAR}`);
            expect(r.status, `${code} is readable through the restarted server`).toBe(200);
            const s = state.get(code);
            if (s) {
              s.acknowledged = (r.json as { version: number }).version;
              s.sent = s.acknowledged;
            }
          }
        }
        let killing = false;
        const loops = CODES.map(async (code) => {
          const s = state.get(code);
          if (!s) throw new Error(`no state for ${code}`);
          while (!killing) {
            const next = s.acknowledged + 1;
            s.sent = next;
            let r: { status: number; json: unknown };
            try {
              r = await client.request('PUT', `/api/departments/${REGION}.${code}/years/${YEAR}`, bodyForVersion(code, next), {
                'if-match': `"${s.acknowledged}"`,
              });
            } catch (err) {
              if (killing) return;
              throw err;
            }
            if (r.status !== 200) {
              if (killing) return;
              throw new Error(`save of ${code} v${next} answered ${r.status}: ${JSON.stringify(r.json)}`);
            }
            expect((r.json as { version: number }).version, 'each save makes the next version').toBe(next);
            s.acknowledged = next;
            saves++;
          }
        });
        // Let the loops run a varying while, then kill while saves are in flight.
        await sleep(1500 + Math.floor(Math.random() * 2500));
        killing = true;
        const pid = server.child.pid;
        await server.kill9();
        await Promise.allSettled(loops);
        if (target.dataDir) {
          const lock = path.join(target.dataDir, LOCK_FILE_NAME);
          expect(existsSync(lock), 'the killed server left its lock file behind (no clean shutdown ran)').toBe(true);
          expect(readFileSync(lock, 'utf8').split('\n')[0], 'the lock names the dead server').toBe(String(pid));
        }
        const expectations = CODES.map((code) => ({ code, ...(state.get(code) ?? { acknowledged: 0, sent: 0 }) }));
        const problems = await check(target, expectations);
        expect(problems, `round ${round}: after kill -9 every department-year is whole (${JSON.stringify(expectations)})`).toEqual([]);
      }
      console.log(`[${engine}] ${saves} acknowledged saves over ${ROUNDS} kills; final versions ${CODES.map((c) => `${c}=${state.get(c)?.acknowledged}`).join(' ')}`);
      expect(saves, 'the loops really saved (otherwise nothing was in flight to cut)').toBeGreaterThanOrEqual(ROUNDS * 3);
      // After the last kill: the server starts on the same data, saves, and everything reads back.
      const server = await startServer(target);
      try {
        const client = await Client.editor(server.base, REGION, CODES);
        const code = CODES[0] ?? 'rel-a';
        const current = (await client.request('GET', `/api/departments/${REGION}.${code}/years/${YEAR}`)).json as { version: number };
        const r = await client.request('PUT', `/api/departments/${REGION}.${code}/years/${YEAR}`, bodyForVersion(code, current.version + 1), {
          'if-match': `"${current.version}"`,
        });
        expect(r.status, 'a save after the crashes works').toBe(200);
      } finally {
        await server.stop();
      }
      expect(await readEverything(target), 'every table reads back in full').toBeGreaterThan(10);
    }, 900_000);

    it('kills a large ledger import half-way: the previous import stays, whole, and nothing of the new one', async () => {
      const target = await newTarget(engine);
      targets.push(target);
      const code = 'rel-ledger';
      const first = spawnScript('ledger-import.ts', [code, '1000'], childEnv(target));
      expect(await first.finished(), `the baseline import finishes: ${first.output()}`).toBe(0);
      expect(await ledgerState(target, code)).toEqual({ entries: 1000, total: ledgerTotal(1000), recorded: 1000 });
      for (const method of ['copy', 'unnest'] as const) {
        const big = spawnScript('ledger-import.ts', [code, '300000', method], childEnv(target));
        const line = await big.waitFor(/^progress \d+/, 240_000);
        await big.kill9();
        const done = Number(line.split(' ')[1]);
        expect(done, `${method}: killed after ${done} of 300000 rows were loaded, before the end`).toBeLessThan(300_000);
        expect(
          await ledgerState(target, code),
          `${method}: after kill -9 during the import the ledger is the previous one, whole, and its import record matches`,
        ).toEqual({ entries: 1000, total: ledgerTotal(1000), recorded: 1000 });
      }
      expect(await readEverything(target), 'every table reads back in full').toBeGreaterThan(1000);
    }, 900_000);

    it('kills `ledger import <file>` (the CLI path: file parsing, mapping, load) while it writes 200,000 rows: the previous import stays, whole', async () => {
      const target = await newTarget(engine);
      targets.push(target);
      const code = 'rel-ledger-cli';
      const id = `${REGION}.${code}`;
      const opened = await openTarget(target);
      try {
        await saveDepartmentYear(opened.db, parseDepartmentYear(bodyForVersion(code, 1)));
      } finally {
        await opened.close();
      }
      const csv = (n: number) =>
        `日期,凭证号,摘要,金额,功能科目,经济科目,支出性质\n${Array.from({ length: n }, (_, i) => `2024-${String((i % 12) + 1).padStart(2, '0')}-15,记-${i},支付办公费${i},${(100 + (i % 1000)) / 100},2011301,30201,基本支出`).join('\n')}\n`;
      const small = path.join(target.dataDir ?? tmpdir(), `ledger-small-${engine}.csv`);
      const large = path.join(target.dataDir ?? tmpdir(), `ledger-large-${engine}.csv`);
      writeFileSync(small, csv(500));
      writeFileSync(large, csv(200_000));
      try {
        const first = spawnScript('ledger-cli.ts', [small, id], childEnv(target));
        const firstExit = await first.finished();
        expect(firstExit, `the baseline import through the CLI path succeeds: ${first.output().slice(-500)}`).toBe(0);
        const baseline = await ledgerState(target, code);
        expect(baseline.entries, 'baseline entries stored').toBe(500);
        const big = spawnScript('ledger-cli.ts', [large, id], childEnv(target));
        await big.waitFor(/^writing$/, 600_000);
        await sleep(300);
        const endedFirst = big.child.exitCode !== null;
        await big.kill9();
        const after = await ledgerState(target, code);
        console.log(`[${engine}] ledger import via the CLI path ${endedFirst ? 'finished before the kill' : 'killed while writing'}: ${after.entries} entries after`);
        if (endedFirst) expect(after.entries, 'the import finished before the kill: all of it').toBe(200_000);
        else expect(after, 'killed while writing: the previous ledger, whole, and its import record').toEqual(baseline);
        // The real command too (no progress signal through a pipe: killed after a random 2–8 s).
        const help = await runCli(['help'], childEnv(target), 60_000);
        if (help.stdout.includes('ledger') && !endedFirst) {
          const { spawn } = await import('node:child_process');
          const cli = spawn(process.execPath, [CLI, 'ledger', 'import', large, '--department', id, '--year', String(YEAR)], { cwd: REPO, env: childEnv(target), stdio: 'ignore' });
          const exit = new Promise<number | null>((resolve) => cli.once('exit', (c) => resolve(c)));
          await sleep(2000 + Math.floor(Math.random() * 6000));
          const done = cli.exitCode !== null;
          cli.kill('SIGKILL');
          await exit;
          const state = await ledgerState(target, code);
          console.log(`[${engine}] jixiao ledger import ${done ? 'finished before the kill' : 'killed'}: ${state.entries} entries after`);
          expect([baseline.entries, 200_000], 'after kill -9 of jixiao ledger import: the previous ledger or the whole new one').toContain(state.entries);
          expect(state.recorded, 'the import record matches the entries').toBe(state.entries);
        }
      } finally {
        rmSync(small, { force: true });
        rmSync(large, { force: true });
      }
    }, 900_000);

    it('the check can fail: a save that deletes child rows outside its transaction, killed half-way, is reported as not whole', async () => {
      const target = await newTarget(engine);
      targets.push(target);
      const code = 'rel-unsafe';
      const opened = await openTarget(target);
      try {
        await saveDepartmentYear(opened.db, parseDepartmentYear(bodyForVersion(code, 1)));
      } finally {
        await opened.close();
      }
      const child = spawnScript('unsafe-save.ts', [code, '1', '5'], childEnv(target));
      await child.waitFor(/^saved 2$/);
      await child.waitFor(/^half 2$/);
      await child.kill9();
      const problems = await check(target, [{ code, acknowledged: 2, sent: 3 }]);
      expect(problems.join('\n'), 'the half-written record is caught: its goals are missing').toMatch(/rel-unsafe: version 2 is not the record that was saved/);
    }, 300_000);
  });
}
