import { loadDemo } from './../reference/demo.ts';
import { openTestPglite } from './testing.ts';
import { migrateToLatest, saveDepartmentYear } from './index.ts';
const opened = await openTestPglite();
await migrateToLatest(opened.db);
const db = opened.db;
const demo = loadDemo();
await saveDepartmentYear(db, demo);
const totals: Record<string, number[]> = {};
const exec = db.getExecutor() as unknown as object;
const proto = Object.getPrototypeOf(exec);
const real = proto.executeQuery;
let sqlCpu = 0;
proto.executeQuery = async function (this: unknown, compiled: { sql: string }, ...rest: unknown[]) {
  const s = process.cpuUsage();
  try { return await real.call(this, compiled, ...rest); } finally { const d = process.cpuUsage(s); const ms = (d.user + d.system) / 1000; sqlCpu += ms; (totals[compiled.sql.slice(0, 40)] ??= []).push(ms); }
};
const N = 40; let all = 0;
for (let i = 0; i < N; i++) { const s = process.cpuUsage(); await saveDepartmentYear(db, demo); const d = process.cpuUsage(s); all += (d.user + d.system) / 1000; }
for (const [k, v] of Object.entries(totals)) { v.sort((a, b) => a - b); console.log(v[Math.floor(v.length / 2)]!.toFixed(2), (v.reduce((a, b) => a + b, 0) / N).toFixed(2), k); }
console.log('total avg', (all / N).toFixed(2), 'sql avg', (sqlCpu / N).toFixed(2));
await opened.close();
