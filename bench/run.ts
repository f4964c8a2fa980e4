/**
 * `npm run bench` — every benchmark in one run, printed as a table and written to bench/results/bench.json.
 * Comparisons are ratios measured in the same run. `--province` adds the province overview (6,000
 * department-years, 10 million ledger entries; docs/scale.md) on PostgreSQL (needs DATABASE_URL;
 * `--province-only` runs just that part). Capability benchmarks (audit, report, ledger) are their own modules,
 * called here when present.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { validateDepartmentYear } from '../src/app/department-year-service.ts';
import type { DepartmentYear } from '../src/core/department-year.ts';
import { evaluateAll } from '../src/evaluation/index.ts';
import { generateDepartmentYears } from '../src/gen/generate.ts';
import { buildApp } from '../src/server/app.ts';
import { createTestUser, signedIn } from '../src/server/auth/testing.ts';
import { listDepartmentYears, migrateToLatest, type OpenedDatabase, openDatabase, saveDepartmentYear } from '../src/store/index.ts';
import { listOverview } from '../src/store/summaries-repository.ts';
import { loadDemo } from '../src/reference/demo.ts';

type Row = { benchmark: string; value: number; unit: string; goal?: string };
const rows: Row[] = [];
const add = (benchmark: string, value: number, unit: string, goal?: string) => {
  rows.push({ benchmark, value: Math.round(value * 100) / 100, unit, goal });
  console.error(`  ${benchmark}: ${Math.round(value * 100) / 100} ${unit}${goal ? `（目标 ${goal}）` : ''}`);
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rssMiB = () => process.memoryUsage().rss / 1024 / 1024;

async function capability(file: string, fn: string, label: string): Promise<void> {
  const full = path.resolve(import.meta.dirname, file);
  if (!existsSync(full)) {
    console.error(`  （跳过 ${label}：${file} 不存在 / skipped, not present）`);
    return;
  }
  const mod = (await import(pathToFileURL(full).href)) as Record<string, () => Promise<Record<string, number>>>;
  const run = mod[fn];
  if (!run) return;
  const result = await run();
  for (const [k, v] of Object.entries(result)) add(`${label}: ${k}`, v, '');
}

async function evaluationBench(): Promise<void> {
  const dys = [...generateDepartmentYears({ departments: 60, seed: 7 })];
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    for (const dy of dys) evaluateAll(dy, { validationFindings: validateDepartmentYear(dy) });
    times.push(performance.now() - t);
  }
  add('评价+校验 全县60个部门（中位数）/ evaluate 60 departments', median(times), 'ms');
}

type Engine = 'pglite' | 'postgres';
const ENGINE_LABEL: Record<Engine, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };

/** A fresh database of `engine`: embedded in memory, or a throw-away schema of DATABASE_URL (dropped after). */
async function benchStore(engine: Engine): Promise<{ store: OpenedDatabase; dispose: () => Promise<void> }> {
  if (engine === 'pglite') {
    const store = await openDatabase({ dataDir: 'memory://', log: () => {} });
    return { store, dispose: () => store.close() };
  }
  const url = process.env.DATABASE_URL!;
  const schema = `jixiao_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const store = await openDatabase({ url, schema, log: () => {} });
  return {
    store,
    dispose: async () => {
      await store.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

/**
 * The HTTP API of one engine, as `jixiao serve` runs it (request logging on, written nowhere): GET of a
 * department-year at a steady 200 requests/s (latency) and as fast as 10 connections go (throughput), the
 * county overview query, and the save of the demo.
 */
async function apiBench(engine: Engine): Promise<void> {
  const E = ENGINE_LABEL[engine];
  const { store, dispose } = await benchStore(engine);
  try {
    await migrateToLatest(store.db);
    const dys = [...generateDepartmentYears({ departments: 60, seed: 11 })];
    for (const dy of dys) await saveDepartmentYear(store.db, dy);
    const demo = loadDemo();
    const saves: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      await saveDepartmentYear(store.db, demo);
      saves.push(performance.now() - t);
    }
    add(`保存演示单位（${E}，中位数）/ save the demo`, median(saves.slice(1)), 'ms', engine === 'pglite' ? '≤ 10 ms' : undefined);
    const app = await buildApp({ store, version: 'bench' }, { logger: { stream: { write: () => {} } } });
    // The API needs a session: the load runs as a finance-bureau reviewer of the first county.
    await createTestUser(store.db, { username: 'bench-reviewer', role: 'reviewer', regionCode: dys[0]!.region.code, departmentCode: null });
    const client = await signedIn(app, 'bench-reviewer');
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    if (engine === 'pglite') add('服务内存（空闲）/ RSS at rest', rssMiB(), 'MiB');
    const ids = dys.slice(0, 20).map((d) => `/api/departments/${d.region.code}.${d.department.code}/years/${d.fiscalYear}`);
    const t0 = performance.now();
    await listDepartmentYears(store.db, {});
    add(`县级总览查询（${E}，60个部门）/ overview query`, performance.now() - t0, 'ms', '≤ 500 ms');
    let peak = rssMiB();
    const timer = setInterval(() => {
      peak = Math.max(peak, rssMiB());
    }, 100);
    // CPU time per GET handled in this process (injected, no network): the figure a loaded machine disturbs least.
    // On PostgreSQL the database server's own CPU is not in it.
    for (const id of ids) await client.inject({ method: 'GET', url: id });
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < 200; i++) await client.inject({ method: 'GET', url: ids[i % ids.length]! });
    const cpu = process.cpuUsage(cpu0);
    add(`GET 部门年度 CPU/请求（本进程，${E}）/ CPU per GET in this process`, (cpu.user + cpu.system) / 1000 / 200, 'ms', engine === 'pglite' ? '≤ 5 ms (200/s on one core)' : undefined);
    // The load generator runs in a worker thread, so its own work does not compete with the server's event loop.
    const load = { url: address, connections: 10, workers: 1, headers: { cookie: client.cookie }, requests: ids.map((p) => ({ method: 'GET' as const, path: p })) };
    const steady = await autocannon({ ...load, duration: 10, overallRate: 200 });
    clearInterval(timer);
    add(`GET 部门年度 延迟 p50（200 请求/秒，${E}）/ latency p50`, steady.latency.p50, 'ms');
    add(`GET 部门年度 延迟 p99（200 请求/秒，${E}）/ latency p99`, steady.latency.p99, 'ms', '≤ 50 ms');
    add(`GET 部门年度 实际吞吐（限速 200，${E}）/ throughput at 200 req/s`, steady.requests.average, 'req/s', '200');
    const flat = await autocannon({ ...load, duration: 6 });
    add(`GET 部门年度 最大吞吐（10 连接，${E}）/ max throughput`, flat.requests.average, 'req/s', '≥ 200');
    add(`GET 部门年度 最大吞吐时 p99（${E}）/ p99 at max throughput`, flat.latency.p99, 'ms');
    add(`API 非2xx响应（${E}）/ non-2xx`, steady.non2xx + steady.errors + flat.non2xx + flat.errors, '');
    if (engine === 'pglite') add('服务内存（负载下峰值）/ RSS under load', peak, 'MiB');
    await app.close();
  } finally {
    await dispose();
  }
}

/** Save department-years with `workers` saves in flight (the pool's connections), skipping the first `skip`. */
async function savePool(db: OpenedDatabase['db'], dys: Iterable<DepartmentYear>, skip: number, workers: number): Promise<void> {
  const it = dys[Symbol.iterator]();
  for (let i = 0; i < skip; i++) it.next();
  const worker = async () => {
    for (let n = it.next(); !n.done; n = it.next()) await saveDepartmentYear(db, n.value);
  };
  await Promise.all(Array.from({ length: workers }, worker));
}

/**
 * Synthetic ledger entries for every department-year of a province, one COPY and one transaction per county
 * (about 100,000 rows each), with the county's ledger_imports totals written in the same transaction as the
 * import does. Bounded: `perYear` entries per department-year.
 */
async function loadProvinceLedger(pool: pg.Pool, perYear: number): Promise<number> {
  const years = await pool.query<{ region_code: string; department_code: string; fiscal_year: number }>(
    'select region_code, department_code, fiscal_year from department_years order by 1, 2, 3',
  );
  const byRegion = new Map<string, { department_code: string; fiscal_year: number }[]>();
  for (const y of years.rows) byRegion.set(y.region_code, [...(byRegion.get(y.region_code) ?? []), y]);
  let loaded = 0;
  for (const [region, deps] of byRegion) {
    function* csv(): Generator<string> {
      for (const d of deps) {
        let chunk = '';
        for (let n = 1; n <= perYear; n++) {
          const month = String(1 + (n % 12)).padStart(2, '0');
          const amount = ((n * 7919) % 500_000) + 100 - (n % 50 === 0 ? 600_000 : 0);
          chunk += `${region},${d.department_code},${d.fiscal_year},${n},${n + 1},${d.fiscal_year}-${month}-15,记-${n},办公经费,${amount},2010301,30201,basic,,,,\n`;
          if (n % 2000 === 0) {
            yield chunk;
            chunk = '';
          }
        }
        if (chunk) yield chunk;
      }
    }
    const client = await pool.connect();
    try {
      await client.query('begin');
      await client.query('delete from ledger_entries where region_code = $1', [region]);
      await pipeline(Readable.from(csv()), client.query(copyFrom('copy ledger_entries from stdin (format csv)')));
      await client.query(
        `insert into ledger_imports (region_code, department_code, fiscal_year, source, format, entry_count, total_amount, method)
         select region_code, department_code, fiscal_year, 'bench', 'csv', count(*), sum(amount), 'copy'
           from ledger_entries where region_code = $1 group by 1, 2, 3
         on conflict (region_code, department_code, fiscal_year) do update set
           entry_count = excluded.entry_count, total_amount = excluded.total_amount, imported_at = now()`,
        [region],
      );
      await client.query('commit');
    } catch (err) {
      await client.query('rollback');
      throw err;
    } finally {
      client.release();
    }
    loaded += deps.length * perYear;
  }
  return loaded;
}

async function provinceOverview(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('  （跳过省级总览：未设置 DATABASE_URL / province overview skipped）');
    return;
  }
  const store = await openDatabase({ url, log: () => {}, poolSize: 4 });
  await migrateToLatest(store.db);
  const pool = store.native?.pool;
  if (!pool) throw new Error('province bench needs PostgreSQL');
  const target = 6000;
  const ledgerTarget = 10_000_000;
  const count = async (table: string) => Number((await pool.query<{ n: string }>(`select count(*) as n from ${table}`)).rows[0]!.n);
  const existing = await count('department_years');
  if (existing < target) {
    console.error(`  载入 ${target - existing} 个部门年度（4 并发保存）… / loading department-years`);
    const t = performance.now();
    await savePool(store.db, generateDepartmentYears({ departments: target, seed: 2024 }), existing, 4);
    add(`载入部门年度（saveDepartmentYear ×4 并发，${target - existing} 个）/ load department-years`, (performance.now() - t) / 1000, 's');
  }
  if ((await count('ledger_entries')) < ledgerTarget) {
    console.error(`  载入 ${ledgerTarget} 条账务分录（COPY）… / loading ledger entries`);
    const t = performance.now();
    const n = await loadProvinceLedger(pool, Math.ceil(ledgerTarget / target));
    const s = (performance.now() - t) / 1000;
    add(`载入账务分录（COPY，${n} 条）/ load ledger entries`, s, 's');
    add('账务分录载入速度 / ledger COPY rate', n / s, 'rows/s');
    await pool.query('analyze');
  }
  add('部门年度 / department-years', await count('department_years'), 'rows');
  add('账务分录 / ledger entries', await count('ledger_entries'), 'rows');
  const timed = async (label: string, fn: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    add(label, median(times), 'ms', '≤ 500 ms');
  };
  await timed('省级总览（PostgreSQL，汇总表，中位数）/ province overview', () => listOverview(store.db, {}));
  await timed('县级总览（PostgreSQL，一个县，汇总表）/ county overview at province scale', () =>
    listOverview(store.db, { regionCode: '430121' }),
  );
  // The same county through the route, as a finance-bureau reviewer sees it (HTTP handling included).
  const app = await buildApp({ store, version: 'bench' });
  const username = `bench-province-${Date.now()}`;
  await createTestUser(store.db, { username, role: 'reviewer', regionCode: '430121', departmentCode: null });
  const reviewer = await signedIn(app, username);
  await timed('县级总览 /api/overview（一个县，省级数据量）/ county overview route', () => reviewer.inject({ method: 'GET', url: '/api/overview' }));
  await app.close();
  await store.close();
}

async function main(): Promise<void> {
  const province = process.argv.includes('--province') || process.argv.includes('--scale=province');
  // --province-only: just the province part (it loads for minutes; the rest does not depend on it).
  const only = process.argv.includes('--province-only');
  // --api: just the HTTP API on both engines (and the CLI start-up), for a quick look after a store change.
  const apiOnly = process.argv.includes('--api');
  console.error('绩效 Jixiao 基准测试 / benchmarks');
  if (!only) {
    if (!apiOnly) {
      await capability('audit.bench.ts', 'runAuditBench', '体检 audit');
      await capability('report.bench.ts', 'runReportBench', '报告 report');
      await capability('ledger.bench.ts', 'runLedgerBench', '账务 ledger');
      await evaluationBench();
    }
    await capability('cli-start.bench.ts', 'runCliStartBench', '命令行启动 CLI start');
    await apiBench('pglite');
    if (process.env.DATABASE_URL) await apiBench('postgres');
    else console.error('  （跳过 PostgreSQL 上的 API 基准：未设置 DATABASE_URL / PostgreSQL API bench skipped）');
  }
  if (province || only) await provinceOverview();
  const out = path.resolve(import.meta.dirname, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'bench.json'), `${JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
  console.table(rows);
  process.exit(0);
}

await main();
