/**
 * Ledger benchmark: 200,000 generated entries.
 * - Import throughput per engine (PGlite always; PostgreSQL when DATABASE_URL is set), as a ratio to the same
 *   engine's raw COPY of the same rows measured in the same run (goal ≥ 0.5). The import is the whole path:
 *   CSV bytes → decode → header mapping → row parsing → one transaction (delete, COPY, import record).
 *   The raw COPY is pre-serialised CSV straight into the table in one transaction.
 * - The check (all rules) over 200,000 entries in memory, median of 3 after a warm-up (goal ≤ 2 s), wall and
 *   CPU time (the machine is shared: CPU time is the steadier figure).
 * Run: node --import tsx bench/ledger.bench.ts
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { checkLedger, jiebaSegmenter, loadLedgerRuleData, readLedgerFile, toLedgerEntries } from '../src/ledger/index.ts';
import { generateLedger, ledgerCsv } from '../src/ledger/testing/generate-ledger.ts';
import { loadCodeFormats, loadCodeTables } from '../src/reference/code-tables.ts';
import { type BulkValue, withBulkTransaction } from '../src/store/bulk-copy.ts';
import { migrateToLatest, type OpenedDatabase, openDatabase } from '../src/store/index.ts';
import { LEDGER_ENTRY_COLUMNS, ledgerEntryRows, readLedgerEntries, replaceLedgerEntries } from '../src/store/ledger-repository.ts';

const ENTRIES = 200_000;
/** Alternating raw/import rounds per engine (env LEDGER_BENCH_ROUNDS; the machine is shared, so 3 by default). */
const ROUNDS = Number(process.env['LEDGER_BENCH_ROUNDS'] ?? 3);
const progress = (line: string): void => {
  process.stderr.write(`  [ledger bench] ${line}\n`);
};
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const tenant = { regionCode: '431222', departmentCode: 'bench-ledger' };

interface EngineFigures {
  rawCopyMs: number;
  importMs: number;
  unnestMs: number;
  loadMs: number;
}

async function measureEngine(opened: OpenedDatabase, csvBytes: Uint8Array, rows: BulkValue[][]): Promise<EngineFigures> {
  await migrateToLatest(opened.db);
  // Truncate, not delete: dead rows left by each round would slow every later load (and not alike).
  const clear = () => withBulkTransaction(opened, (tx) => tx.query('truncate ledger_entries'));
  const rawCopy = async () => {
    await clear();
    const t = performance.now();
    await withBulkTransaction(opened, (tx) => tx.load('ledger_entries', LEDGER_ENTRY_COLUMNS, rows));
    return performance.now() - t;
  };
  const importFile = async (method?: 'unnest') => {
    await clear();
    const t = performance.now();
    const read = await readLedgerFile(csvBytes, 'bench.csv', { fiscalYear: 2024 });
    if (read.errors.length > 0) throw new Error(`bench: ${read.errors[0]!.message}`);
    await replaceLedgerEntries(opened, tenant, 2024, read.entries, { source: 'bench.csv', format: 'csv' }, method ? { method } : {});
    return performance.now() - t;
  };
  // Alternate raw and full imports so load on the shared machine hits both alike; medians of ROUNDS.
  const raws: number[] = [];
  const imports: number[] = [];
  await rawCopy(); // warm-up (first COPY allocates the table's files)
  for (let i = 0; i < ROUNDS; i++) {
    raws.push(await rawCopy());
    imports.push(await importFile());
    progress(`raw COPY ${Math.round(raws.at(-1)!)} ms, import ${Math.round(imports.at(-1)!)} ms`);
  }
  const unnestMs = await importFile('unnest');
  progress(`unnest import ${Math.round(unnestMs)} ms`);
  await importFile();
  const t = performance.now();
  const loaded = await readLedgerEntries(opened, tenant, 2024);
  const loadMs = performance.now() - t;
  if (loaded.length !== ENTRIES) throw new Error(`bench: ${loaded.length} rows loaded`);
  await clear();
  await opened.checkpoint();
  return { rawCopyMs: median(raws), importMs: median(imports), unnestMs, loadMs };
}

async function withPostgres<T>(url: string, fn: (opened: OpenedDatabase) => Promise<T>): Promise<T> {
  const schema = `jixiao_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const opened = await openDatabase({ engine: 'postgres', url, schema, poolSize: 2 });
  try {
    return await fn(opened);
  } finally {
    await opened.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

export async function runLedgerBench(): Promise<Record<string, number>> {
  const generated = generateLedger({ entries: ENTRIES, plantedPerKind: 300 });
  const csvBytes = new TextEncoder().encode(ledgerCsv(generated.entries));
  const rows = ledgerEntryRows(tenant, 2024, generated.entries);
  const out: Record<string, number> = {};
  const rate = (ms: number) => Math.round(ENTRIES / (ms / 1000));
  const report = (label: string, f: EngineFigures) => {
    out[`${label} 导入/原始COPY 比值（目标 ≥0.5）`] = Math.round((f.rawCopyMs / f.importMs) * 100) / 100;
    out[`${label} 导入 行/秒`] = rate(f.importMs);
    out[`${label} 原始COPY 行/秒`] = rate(f.rawCopyMs);
    out[`${label} 导入（unnest 通用路径） 行/秒`] = rate(f.unnestMs);
    out[`${label} 读回 20万行 ms`] = Math.round(f.loadMs);
  };

  const pglite = await openDatabase({ engine: 'pglite', dataDir: 'memory://', log: () => {} });
  try {
    report('PGlite', await measureEngine(pglite, csvBytes, rows));
  } finally {
    await pglite.close();
  }
  const url = process.env['DATABASE_URL'];
  if (url) report('PostgreSQL', await withPostgres(url, (opened) => measureEngine(opened, csvBytes, rows)));

  const entries = toLedgerEntries(generated.entries);
  const context = {
    fiscalYear: 2024,
    departmentYear: generated.departmentYear,
    codeTables: loadCodeTables(2024),
    codeFormats: loadCodeFormats(),
    rules: loadLedgerRuleData(),
    segment: jiebaSegmenter,
  };
  checkLedger(entries, context); // warm-up: jieba's dictionary, JIT
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < 3; i++) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    checkLedger(entries, context);
    walls.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
  }
  progress(`check ${walls.map(Math.round).join(', ')} ms`);
  out['检查 20万笔 ms（目标 ≤2000）'] = Math.round(median(walls));
  out['检查 20万笔 CPU ms'] = Math.round(median(cpus));
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runLedgerBench();
  const width = Math.max(...Object.keys(result).map((k) => k.length));
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(width)}  ${v}`);
}
