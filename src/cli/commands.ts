/** The CLI's commands, listed explicitly. Each parses its arguments and calls a capability. */
import { readFileSync } from 'node:fs';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  parseDepartmentYear,
  parseJsonText,
  validateDepartmentYear,
} from '../app/department-year-service.ts';
import type { CodeTableKind } from '../core/codes.ts';
import { countBySeverity } from '../core/finding.ts';
import { InputError } from '../core/input-error.ts';
import { checkCodeTableFile, saveCheckedCodeTable } from '../reference/code-tables.ts';
import { printFindings } from './output.ts';
import { cliLoaders, withStore } from './store-access.ts';

export type Command = (argv: string[]) => Promise<number>;

export function args<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, positionals = 0) {
  try {
    const parsed = parseArgs({ args: argv, options, allowPositionals: true as const, strict: true as const });
    if (parsed.positionals.length < positionals) {
      throw new InputError(`缺少参数 / missing argument(s)。运行 jixiao help 查看用法。`);
    }
    return parsed;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`参数有误 / bad arguments: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function readBuffer(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `找不到文件 ${file} / file not found` : `无法读取文件 ${file} / cannot read file (${code})`,
    );
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? `找不到文件 ${file} / file not found` : `无法读取文件 ${file} / cannot read file (${code})`,
    );
  }
}

const validateCommand: Command = async (argv) => {
  const { values, positionals } = args(argv, { json: { type: 'boolean' } }, 1);
  const file = positionals[0]!;
  const dy = parseDepartmentYear(parseJsonText(readText(file), file));
  const findings = validateDepartmentYear(dy);
  const summary = countBySeverity(findings);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ file, summary, findings }, null, 2)}\n`);
  } else {
    process.stdout.write(`${printFindings(findings, file)}\n`);
  }
  return summary.errors > 0 ? 1 : 0;
};

const codesCommand: Command = async (argv) => {
  const { positionals } = args(argv, {}, 4);
  const [action, kind, yearText, file] = positionals as [string, string, string, string];
  if (action !== 'import') throw new InputError(`未知操作“${action}” / unknown action`);
  if (!['function', 'economic', 'revenue-source', 'asset-class'].includes(kind)) {
    throw new InputError(`未知代码表类型“${kind}” / unknown table kind`);
  }
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new InputError(`年度有误“${yearText}” / bad year`);
  // One reader for every encoding (UTF-8 ± BOM, GBK/GB18030, UTF-16) and for .xlsx.
  const checked = await checkCodeTableFile(readBuffer(file), { kind: kind as CodeTableKind, year, source: file });
  const n = saveCheckedCodeTable(kind as CodeTableKind, year, checked);
  process.stdout.write(`已导入 ${n} 个代码 / imported ${n} codes (${kind} ${year})\n`);
  return 0;
};

const serveCommand: Command = async () => {
  const { serve } = await import('../server/serve.ts');
  await serve();
  return new Promise<number>(() => {});
};

const demoCommand: Command = async () => {
  const { loadDemoIntoDatabase } = await import('../server/serve.ts');
  const message = await loadDemoIntoDatabase();
  process.stdout.write(`${message}\n`);
  return 0;
};

const checkCommand: Command = async (argv) => {
  const audit = await import('../audit/index.ts');
  return audit.checkCommand(argv);
};

const evaluateCommand: Command = async (argv) => {
  const evaluation = await import('../evaluation/index.ts');
  return evaluation.evaluateCommand(argv, cliLoaders);
};

const genCommand: Command = async (argv) => {
  const { values } = args(argv, {
    departments: { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
    year: { type: 'string', default: '2024' },
    out: { type: 'string' },
    load: { type: 'boolean' },
  });
  const departments = Number(values.departments);
  const seed = Number(values.seed);
  const fiscalYear = Number(values.year);
  if (!Number.isInteger(departments) || departments < 1 || departments > 100_000) {
    throw new InputError('--departments 应为 1–100000 的整数 / --departments must be 1–100000');
  }
  if (!Number.isInteger(seed) || !Number.isInteger(fiscalYear)) throw new InputError('--seed/--year 应为整数 / must be integers');
  if (!values.out && !values.load) throw new InputError('请指定 --out <目录> 或 --load / give --out <dir> or --load');
  const { generateDepartmentYears } = await import('../gen/generate.ts');
  const options = { departments, seed, fiscalYear };
  if (values.out) {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    mkdirSync(values.out, { recursive: true });
    for (const dy of generateDepartmentYears(options)) {
      writeFileSync(path.join(values.out, `${dy.region.code}.${dy.department.code}-${dy.fiscalYear}.json`), `${JSON.stringify(dy)}\n`);
    }
  }
  if (values.load) {
    const { saveDepartmentYear } = await import('../store/index.ts');
    await withStore(async (store) => {
      for (const dy of generateDepartmentYears(options)) await saveDepartmentYear(store.db, dy);
    });
  }
  process.stdout.write(`已生成 ${departments} 个部门年度 / generated ${departments} department-years (seed ${seed})\n`);
  return 0;
};

const backupCommand: Command = async (argv) => {
  const { positionals } = args(argv, {}, 1);
  const { backupDatabase } = await import('../store/backup.ts');
  const counts = await withStore((store) => backupDatabase(store.db, positionals[0]!));
  const rows = counts.reduce((a, c) => a + c.rows, 0);
  process.stdout.write(`已备份 ${counts.length} 张表、${rows} 行到 ${positionals[0]} / backed up ${rows} rows\n`);
  return 0;
};

const restoreCommand: Command = async (argv) => {
  const { positionals } = args(argv, {}, 1);
  const { BackupError, restoreDatabase } = await import('../store/backup.ts');
  try {
    const counts = await withStore((store) => restoreDatabase(store.db, positionals[0]!), { migrate: false });
    const rows = counts.reduce((a, c) => a + c.rows, 0);
    process.stdout.write(`已从 ${positionals[0]} 恢复 ${rows} 行 / restored ${rows} rows\n`);
    return 0;
  } catch (err) {
    if (err instanceof BackupError) throw new InputError(err.message);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`找不到文件 ${positionals[0]} / file not found`);
    if (code === 'Z_DATA_ERROR') throw new InputError('不是有效的 Jixiao 备份文件 / not a Jixiao backup file');
    throw err;
  }
};

const reportCommand: Command = async (argv) => {
  const report = await import('../report/index.ts');
  try {
    return await report.reportCommand(argv, cliLoaders);
  } finally {
    await report.closeReportRenderer();
  }
};

const assetsCommand: Command = async (argv) => {
  const assets = await import('../assets/index.ts');
  const { assetsRepository } = await import('../store/assets-repository.ts');
  return assets.assetsCommand(argv, { withAssetStore: (work) => withStore((store) => work(assetsRepository(store.db))) });
};

const ledgerCommand: Command = async (argv) => {
  const ledger = await import('../ledger/index.ts');
  const { ledgerStoreFor } = await import('../store/ledger-repository.ts');
  return ledger.ledgerCommand(argv, { withLedgerStore: (fn) => withStore((store) => fn(ledgerStoreFor(store))) });
};

export const COMMANDS: Record<string, Command> = {
  assets: assetsCommand,
  ledger: ledgerCommand,
  report: reportCommand,
  backup: backupCommand,
  restore: restoreCommand,
  gen: genCommand,
  check: checkCommand,
  evaluate: evaluateCommand,
  validate: validateCommand,
  codes: codesCommand,
  serve: serveCommand,
  demo: demoCommand,
};
