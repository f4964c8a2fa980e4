/**
 * Starting the server: open the database (embedded unless DATABASE_URL is set), migrate, load the demo
 * department on first start, listen on PORT (default 3000).
 */
import { readFileSync } from 'node:fs';
import { loadDemo } from '../reference/demo.ts';
import { repoPath } from '../reference/paths.ts';
import {
  getDepartmentYear,
  listDepartmentYears,
  migrateToLatest,
  type OpenedDatabase,
  openDatabase,
  saveDepartmentYear,
} from '../store/index.ts';
import { buildApp } from './app.ts';
import { ensureAccounts } from './auth/first-run.ts';
import { ensureWebBuilt } from './routes/web-build.ts';

export function packageVersion(): string {
  return (JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as { version: string }).version;
}

async function openMigrated(): Promise<OpenedDatabase> {
  const store = await openDatabase();
  try {
    await migrateToLatest(store.db);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

/** Save the demo department-year unless it is already there. Returns what it did, in Chinese. */
export async function ensureDemo(store: OpenedDatabase): Promise<string> {
  const demo = loadDemo();
  const tenant = { regionCode: demo.region.code, departmentCode: demo.department.code };
  if (await getDepartmentYear(store.db, tenant, demo.fiscalYear)) {
    return `演示单位已存在：${demo.department.name} ${demo.fiscalYear}年 / demo already loaded`;
  }
  await saveDepartmentYear(store.db, demo);
  return `已载入演示单位：${demo.department.name} ${demo.fiscalYear}年 / demo loaded`;
}

export async function loadDemoIntoDatabase(): Promise<string> {
  const store = await openMigrated();
  try {
    return await ensureDemo(store);
  } finally {
    await store.close();
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(wanted: string | undefined): string {
  if (!wanted) return 'info';
  if (LOG_LEVELS.includes(wanted)) return wanted;
  console.error(`JIXIAO_LOG_LEVEL=${wanted} 无效，改用 info（可选 ${LOG_LEVELS.join('、')}） / unknown log level, using info`);
  return 'info';
}

export async function serve(): Promise<void> {
  ensureWebBuilt();
  const store = await openMigrated();
  if ((await listDepartmentYears(store.db, {})).length === 0) {
    console.log(await ensureDemo(store));
  }
  const demo = loadDemo();
  const demoTenant = { regionCode: demo.region.code, departmentCode: demo.department.code };
  const demoLoaded = (await getDepartmentYear(store.db, demoTenant, demo.fiscalYear)) !== null;
  for (const line of await ensureAccounts(store.db, demoLoaded ? { ...demoTenant, departmentName: demo.department.name } : null)) {
    console.log(line);
  }
  // Every request (method, route, status, time) and every 5xx with its stack, as JSON lines on stdout;
  // JIXIAO_LOG_LEVEL=warn keeps only problems, =silent nothing.
  const app = await buildApp(
    { store, version: packageVersion(), warmCaches: true },
    { logger: { level: logLevel(process.env.JIXIAO_LOG_LEVEL) } },
  );
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  const shutdown = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port, host });
  // PORT=0 lets the system choose: print the port actually bound.
  const bound = app.server.address();
  const actualPort = bound !== null && typeof bound === 'object' ? bound.port : port;
  console.log(
    `绩效 Jixiao 已启动 / started: http://localhost:${actualPort}  （数据库 / database: ${store.engine === 'pglite' ? `嵌入式 ${store.dataDir}` : 'PostgreSQL'}）`,
  );
}
