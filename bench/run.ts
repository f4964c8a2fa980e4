/**
 * `npm run bench` — every benchmark in one run, printed as a table and written to bench/results/bench.json.
 * Comparisons are ratios measured in the same run. `--scale province` adds the 6,000-department overview on
 * PostgreSQL (needs DATABASE_URL). Capability benchmarks (audit, report, ledger) are their own modules,
 * called here when present.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { validateDepartmentYear } from '../src/app/department-year-service.ts';
import { evaluateAll } from '../src/evaluation/index.ts';
import { generateDepartmentYears } from '../src/gen/generate.ts';
import { buildApp } from '../src/server/app.ts';
import { createTestUser, signedIn } from '../src/server/auth/testing.ts';
import { listDepartmentYears, migrateToLatest, openDatabase, saveDepartmentYear } from '../src/store/index.ts';

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

async function apiBench(): Promise<void> {
  const store = await openDatabase({ dataDir: 'memory://', log: () => {} });
  await migrateToLatest(store.db);
  const dys = [...generateDepartmentYears({ departments: 60, seed: 11 })];
  for (const dy of dys) await saveDepartmentYear(store.db, dy);
  const app = await buildApp({ store, version: 'bench' });
  // The API needs a session: the load runs as a finance-bureau reviewer of the first county.
  await createTestUser(store.db, { username: 'bench-reviewer', role: 'reviewer', regionCode: dys[0]!.region.code, departmentCode: null });
  const client = await signedIn(app, 'bench-reviewer');
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  add('服务内存（空闲）/ RSS at rest', rssMiB(), 'MiB');
  const ids = dys.slice(0, 20).map((d) => `/api/departments/${d.region.code}.${d.department.code}/years/${d.fiscalYear}`);
  const t0 = performance.now();
  await listDepartmentYears(store.db, {});
  add('县级总览查询（PGlite，60个部门）/ overview query', performance.now() - t0, 'ms', '≤ 500 ms');
  let peak = rssMiB();
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB());
  }, 100);
  const result = await autocannon({
    url: address,
    duration: 10,
    connections: 10,
    overallRate: 200,
    headers: { cookie: client.cookie },
    requests: ids.map((p) => ({ method: 'GET', path: p })),
  });
  clearInterval(timer);
  add('API 延迟 p50（200 请求/秒，PGlite）/ latency p50', result.latency.p50, 'ms');
  add('API 延迟 p99（200 请求/秒，PGlite）/ latency p99', result.latency.p99, 'ms');
  add('API 吞吐 / throughput', result.requests.average, 'req/s', '200');
  add('API 非2xx响应 / non-2xx', result.non2xx + result.errors, '');
  add('服务内存（负载下峰值）/ RSS under load', peak, 'MiB');
  await app.close();
  await store.close();
}

async function provinceOverview(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('  （跳过省级总览：未设置 DATABASE_URL / province overview skipped）');
    return;
  }
  const store = await openDatabase({ url, log: () => {} });
  await migrateToLatest(store.db);
  const existing = await listDepartmentYears(store.db, {});
  const target = 6000;
  if (existing.length < target) {
    console.error(`  载入 ${target} 个部门年度… / loading ${target} department-years`);
    let i = 0;
    for (const dy of generateDepartmentYears({ departments: target, seed: 2024 })) {
      if (i++ < existing.length) continue;
      await saveDepartmentYear(store.db, dy);
    }
  }
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await listDepartmentYears(store.db, {});
    times.push(performance.now() - t);
  }
  add('省级总览（PostgreSQL，6000个部门年度）/ province overview', median(times), 'ms', '≤ 500 ms');
  const regionTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await listDepartmentYears(store.db, { regionCode: '430121' });
    regionTimes.push(performance.now() - t);
  }
  add('县级总览（PostgreSQL，一个县）/ county overview at province scale', median(regionTimes), 'ms', '≤ 500 ms');
  await store.close();
}

async function main(): Promise<void> {
  const province = process.argv.includes('--province') || process.argv.includes('--scale=province');
  console.error('绩效 Jixiao 基准测试 / benchmarks');
  await capability('audit.bench.ts', 'runAuditBench', '体检 audit');
  await capability('report.bench.ts', 'runReportBench', '报告 report');
  await capability('ledger.bench.ts', 'runLedgerBench', '账务 ledger');
  await evaluationBench();
  await apiBench();
  if (province) await provinceOverview();
  const out = path.resolve(import.meta.dirname, 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'bench.json'), `${JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
  console.table(rows);
  process.exit(0);
}

await main();
