/**
 * `node --import tsx scripts/ledger-resave-check.ts` — does a ledger export still import the same after a user opens
 * it in a spreadsheet program and saves it again? Every dev file of test/fixtures/ledger-eval (truth `part` "dev";
 * the held-out files are never opened) is re-saved with LibreOffice headless, as a user of Excel or WPS would:
 *   .xlsx → .xls (BIFF8), → .csv in UTF-8, → .csv in GBK (the UTF-8 CSV through iconv, as a Chinese Windows saves
 *   「CSV（逗号分隔）」); .csv → .xlsx (opened as Excel opens it: numbers and dates recognised, zh-CN); .xls → .xlsx.
 * Each variant is imported (readLedgerFile) and compared with the original's import: entry count, net in 分, and the
 * sums by economic class, function class, nature and month. A difference is a reader bug or a limitation of the
 * format (a CSV holds one sheet; GBK cannot write every character): both are listed.
 *
 * Not part of `npm test`: it needs soffice and iconv and takes minutes. Variants are cached in /tmp/ledger-resave
 * (`--fresh` makes them again). Options: `--only TEXT` (files whose name holds TEXT), `--json FILE` (write the
 * results), `--quiet` (totals and differences only). Exit 0 whatever the result; 2 when soffice is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { readLedgerFile } from '../src/ledger/index.ts';
import { decodeText } from '../src/ledger/decode-text.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/fixtures/ledger-eval');
const cache = '/tmp/ledger-resave';
const profile = `file:///tmp/lo-resave-${process.getuid?.() ?? 0}`;

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

interface DevFile {
  readonly file: string;
  readonly fiscalYear: number;
  readonly unit?: string;
}

/** The dev part's files: dev-*.truth.json whose part is "dev" (no held-out test* file is opened). */
function devFiles(): DevFile[] {
  const only = option('--only');
  return readdirSync(dir)
    .filter((f) => f.startsWith('dev-') && f.endsWith('.truth.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as DevFile & { part: string })
    .filter((t) => t.part === 'dev' && ['.xlsx', '.xls', '.csv'].includes(extname(t.file)) && (only === undefined || t.file.includes(only)))
    .map((t) => ({ file: t.file, fiscalYear: t.fiscalYear, ...(t.unit !== undefined ? { unit: t.unit } : {}) }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The re-saves: from which extension, to which, and how LibreOffice writes (and, for CSV, reads) it. */
const VARIANTS = [
  { name: 'xlsx→xls', from: '.xlsx', to: '.xls', filter: 'xls:MS Excel 97' },
  { name: 'xlsx→csv-utf8', from: '.xlsx', to: '.csv', filter: 'csv:Text - txt - csv (StarCalc):44,34,76,1,,2052,false,true,true' },
  { name: 'xlsx→csv-gbk', from: '.xlsx', to: '.csv', filter: 'gbk' },
  { name: 'csv→xlsx', from: '.csv', to: '.xlsx', filter: 'xlsx:Calc MS Excel 2007 XML' },
  { name: 'xls→xlsx', from: '.xls', to: '.xlsx', filter: 'xlsx:Calc MS Excel 2007 XML' },
] as const;
type Variant = (typeof VARIANTS)[number];

const folderOf = (v: Variant) => join(cache, v.name.replace(/[→]/gu, '-to-'));
const variantPath = (v: Variant, file: string) => join(folderOf(v), `${basename(file, extname(file))}${v.to}`);

function soffice(filter: string, outdir: string, files: readonly string[], infilter?: string): void {
  if (files.length === 0) return;
  mkdirSync(outdir, { recursive: true });
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', filter, '--outdir', outdir, ...files],
    { encoding: 'utf8', timeout: 30 * 60_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
}

/**
 * A CSV opened as a user opens it: decoded in its own encoding (as the import dialog or a Chinese Windows would) and
 * split at its separator, numbers and dates recognised in the zh-CN locale (Excel's and WPS's default).
 */
function csvForImport(file: string, tmp: string): { path: string; infilter: string } {
  const { text } = decodeText(readFileSync(join(dir, file)));
  const head = text.split('\n', 20).join('\n');
  const separator = (head.match(/\t/gu)?.length ?? 0) > (head.match(/,/gu)?.length ?? 0) ? '9' : '44';
  const path = join(tmp, `${basename(file, extname(file))}.csv`);
  writeFileSync(path, text, 'utf8');
  return { path, infilter: `Text - txt - csv (StarCalc):${separator},34,76,1,,2052,false,true` };
}

/** Whether a file is plain text (no workbook: not BIFF, not a zip, not XML or HTML markup). */
function isText(path: string): boolean {
  const head = readFileSync(path).subarray(0, 512);
  if (head[0] === 0xd0 && head[1] === 0xcf) return false;
  if (head[0] === 0x50 && head[1] === 0x4b) return false;
  return !/^\s*</u.test(decodeText(head).text);
}

function makeVariants(files: readonly DevFile[]): Map<string, string> {
  const notes = new Map<string, string>();
  if (flag('--fresh')) rmSync(cache, { recursive: true, force: true });
  for (const v of VARIANTS) {
    const todo = files.filter((f) => extname(f.file) === v.from && !existsSync(variantPath(v, f.file)));
    if (todo.length === 0) continue;
    process.stderr.write(`  [resave] ${v.name}: ${todo.length} files\n`);
    if (v.filter === 'gbk') {
      const utf8 = VARIANTS.find((x) => x.name === 'xlsx→csv-utf8')!;
      mkdirSync(folderOf(v), { recursive: true });
      for (const f of todo) {
        const text = readFileSync(variantPath(utf8, f.file), 'utf8');
        // A character GBK lacks is written as “?” by a Windows save: say so.
        const back = iconv.decode(iconv.encode(text, 'gbk'), 'gbk');
        if (back !== text) notes.set(`${f.file} ${v.name}`, 'GBK 无法表示的字符被写成 ? / characters outside GBK written as ?');
        writeFileSync(variantPath(v, f.file), execFileSync('iconv', ['-c', '-f', 'UTF-8', '-t', 'GBK'], { input: text, maxBuffer: 1 << 28 }));
      }
    } else {
      // A text file (a CSV, or a tab-separated text an export names .xls) is opened through the text import; a
      // workbook (BIFF, OOXML, SpreadsheetML, HTML) as it is.
      const text = todo.filter((f) => isText(join(dir, f.file)));
      const tmp = join(cache, 'text-input');
      mkdirSync(tmp, { recursive: true });
      // One soffice run per separator (the import filter is the run's).
      const prepared = text.map((f) => csvForImport(f.file, tmp));
      for (const infilter of new Set(prepared.map((p) => p.infilter))) {
        soffice(v.filter, folderOf(v), prepared.filter((p) => p.infilter === infilter).map((p) => p.path), infilter);
      }
      soffice(v.filter, folderOf(v), todo.filter((f) => !text.includes(f)).map((f) => join(dir, f.file)));
    }
  }
  return notes;
}

/** What an import must keep: the entries' count, net and sums by class and month (分). */
interface Signature {
  readonly entries: number;
  readonly net: number;
  readonly byClass: Record<string, number>;
  readonly errors: number;
  readonly failure?: string;
}

async function signatureOf(bytes: Uint8Array, name: string, f: DevFile): Promise<Signature> {
  try {
    const read = await readLedgerFile(bytes, name, { fiscalYear: f.fiscalYear, ...(f.unit !== undefined ? { unit: { unit: f.unit } } : {}) });
    const byClass: Record<string, number> = {};
    const add = (key: string, amount: number) => {
      byClass[key] = (byClass[key] ?? 0) + amount;
    };
    for (const e of read.entries) {
      add(`经济 ${e.economicCode}`, e.amount);
      add(`功能 ${e.functionCode}`, e.amount);
      add(`性质 ${e.nature}`, e.amount);
      add(`月 ${e.date.slice(0, 7)}`, e.amount);
    }
    return {
      entries: read.entries.length,
      net: read.entries.reduce((s, e) => s + e.amount, 0),
      byClass,
      errors: read.errors.length,
      ...(read.errors.length > 0 ? { failure: `第${read.errors[0]!.row}行 ${read.errors[0]!.message}` } : {}),
    };
  } catch (err) {
    return { entries: 0, net: 0, byClass: {}, errors: 0, failure: err instanceof Error ? err.message : String(err) };
  }
}

/** '' when the two imports agree, else what differs (the first few keys). */
function difference(a: Signature, b: Signature): string {
  if (b.failure !== undefined && b.errors === 0) return `读取失败 / not read: ${b.failure.slice(0, 200)}`;
  const out: string[] = [];
  if (b.errors !== a.errors) out.push(`错误行 ${a.errors} → ${b.errors}${b.failure ? `（${b.failure.slice(0, 160)}）` : ''}`);
  if (b.entries !== a.entries) out.push(`笔数 ${a.entries} → ${b.entries}`);
  if (b.net !== a.net) out.push(`净额 ${a.net} → ${b.net} 分`);
  const keys = [...new Set([...Object.keys(a.byClass), ...Object.keys(b.byClass)])].filter((k) => (a.byClass[k] ?? 0) !== (b.byClass[k] ?? 0));
  if (keys.length > 0) out.push(`分类合计不同 ${keys.length} 项：${keys.slice(0, 4).map((k) => `${k} ${a.byClass[k] ?? 0}→${b.byClass[k] ?? 0}`).join('；')}`);
  return out.join('；');
}

async function main(): Promise<void> {
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) {
    console.error('没有找到 soffice（LibreOffice），无法生成另存版本 / soffice (LibreOffice) not found: cannot make the re-saved variants');
    process.exit(2);
  }
  const files = devFiles();
  const notes = makeVariants(files);
  const results: { file: string; variant: string; same: boolean; difference: string; note?: string }[] = [];
  for (const f of files) {
    const original = await signatureOf(readFileSync(join(dir, f.file)), f.file, f);
    for (const v of VARIANTS.filter((x) => x.from === extname(f.file))) {
      const path = variantPath(v, f.file);
      const diff = existsSync(path) ? difference(original, await signatureOf(readFileSync(path), basename(path), f)) : 'LibreOffice 未生成此文件 / not written';
      const note = notes.get(`${f.file} ${v.name}`);
      results.push({ file: f.file, variant: v.name, same: diff === '', difference: diff, ...(note ? { note } : {}) });
      if (!flag('--quiet') || diff !== '') console.log(`${diff === '' ? '同 ' : '异 '} ${f.file.padEnd(28)} ${v.name.padEnd(14)} ${diff}${note ? `  [${note}]` : ''}`);
    }
  }
  const same = results.filter((r) => r.same).length;
  console.log(`\n导入结果相同的另存版本 / variants importing identically: ${same}/${results.length}`);
  for (const v of VARIANTS) {
    const of = results.filter((r) => r.variant === v.name);
    if (of.length > 0) console.log(`  ${v.name.padEnd(14)} ${of.filter((r) => r.same).length}/${of.length}`);
  }
  const out = option('--json');
  if (out) writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
}

await main();
