/**
 * `node --import tsx scripts/first-contact-ledger.ts [--only <sha>,…] [--out <path>]` — the ledger check's first contact
 * with files it had not been tuned on, taken from history (the ledger counterpart of scripts/first-contact.ts).
 *
 * The ledger dev set (test/fixtures/ledger-eval/dev-*) grew file by file, most of them written blind to the rules and
 * committed before any rule was changed for them. For each non-merge commit C that added a dev answer key
 * (dev-*.truth.json), the script extracts C's tree into a temporary directory (git archive, node_modules symlinked),
 * keeping of the answer keys only the ones C added, and runs C's own `scripts/eval-ledger.ts` there: C's importer,
 * rules and word lists on exactly the files C added. The eval writes its full dev detail (bench/results/eval-ledger.json
 * in the temporary tree); per file this script keeps found/planted by rule, the entries flagged, the look-alikes
 * flagged, the 三公 categories equal to the truth, and every missed planted entry (with the key's `why`) and every
 * false alarm (voucher and 摘要), into bench/results/first-contact-ledger.json, with a summary by rule.
 *
 * Sealed held-out material never reaches the temporary tree: the archive excludes the held-out ledger files, the
 * held-out audit parts and their generators (pathspec excludes), and every answer key but the added dev ones, so
 * C's eval sees dev files only. The temporary trees are removed afterwards.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LEDGER_DIR = 'test/fixtures/ledger-eval/';

/** Never extracted: held-out parts (ledger and audit), their generators, and all answer keys (the added ones are put back). */
const EXCLUDES = [
  ':(exclude,glob)test/fixtures/ledger-eval/test*',
  ':(exclude,glob)test/fixtures/ledger-eval/*.truth.json',
  ':(exclude,glob)test/fixtures/audit*/**',
  ':(exclude,glob)**/make-test*',
  ':(exclude,glob)bench/**',
];

interface TruthEntry {
  voucher: string;
  date?: string;
  economic?: string;
  rule?: string;
  why: string;
}

interface Truth {
  part: string;
  file: string;
  planted: TruthEntry[];
  lookAlikes: TruthEntry[];
}

/** One file's result as C's eval wrote it (the fields every version since the first has). */
interface EvalResult {
  part: string;
  file: string;
  imported?: boolean;
  entries: number;
  planted: number;
  plantedFound: number;
  flaggedEntries: number;
  unplantedFlagged?: number;
  lookAlikes: number;
  lookAlikesFlagged: string[];
  unmatched?: string[];
  perRule: { rule: string; planted: number; found: number; missed: string[]; falseAlarms: string[] }[];
  threePublic: { category: string; ledger: string; truth: string; equal: boolean }[];
}

interface Miss {
  file: string;
  rule: string;
  voucher: string;
  date?: string;
  why: string;
}

interface FalseAlarm {
  file: string;
  rule: string;
  /** Voucher and 摘要 as C's eval printed them. */
  entry: string;
  /** The answer key's reason when the entry is a look-alike (it reads like a problem and is not one). */
  lookAlike?: string;
}

interface FileResult {
  file: string;
  imported: boolean;
  entries: number;
  planted: number;
  found: number;
  flagged: number;
  unplantedFlagged: number | null;
  lookAlikes: number;
  lookAlikesFlagged: number;
  /** Answer-key entries C's importer did not read as one entry (counted as missed). */
  keyEntriesUnmatched: number;
  threePublicEqual: number;
  threePublicAll: number;
  threePublicWrong: { category: string; ledger: string; truth: string }[];
  byRule: Record<string, { planted: number; found: number; falseAlarms: number }>;
}

interface CommitResult {
  sha: string;
  date: string;
  subject: string;
  files: string[];
  results?: FileResult[];
  misses?: Miss[];
  falseAlarms?: FalseAlarm[];
  error?: string;
}

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The non-merge commits that added a dev answer key, oldest first, with the keys each added. */
function addingCommits(): { sha: string; date: string; subject: string; truths: string[] }[] {
  const log = git(['log', '--no-merges', '--diff-filter=A', '--format=%H%x09%ad%x09%s', '--date=iso-strict', '--', `${LEDGER_DIR}dev-*`]);
  const out = [];
  for (const line of log.split('\n')) {
    if (!line) continue;
    const [sha, date, subject] = line.split('\t') as [string, string, string];
    const truths = git(['diff-tree', '--no-commit-id', '-r', '--diff-filter=A', '--name-only', sha])
      .split('\n')
      .filter((f) => f.startsWith(`${LEDGER_DIR}dev-`) && f.endsWith('.truth.json'));
    if (truths.length > 0) out.push({ sha, date, subject, truths });
  }
  return out.reverse();
}

/** Extract C's tree (sealed parts and other answer keys left out), then the answer keys C added. */
function extract(sha: string, truths: string[], dir: string): void {
  mkdirSync(dir, { recursive: true });
  const tar = (paths: string[]) => {
    const archive = spawnSync('git', ['archive', '--format=tar', sha, '--', ...paths], { cwd: ROOT, maxBuffer: 1024 * 1024 * 1024 });
    if (archive.status !== 0) throw new Error(`git archive: ${archive.stderr.toString()}`);
    execFileSync('tar', ['-x', '-C', dir], { input: archive.stdout, maxBuffer: 1024 * 1024 * 1024 });
  };
  tar(['.', ...EXCLUDES]);
  tar(truths);
}

function takeMatching(pool: TruthEntry[], used: Set<TruthEntry>, voucher: string, rule?: string): TruthEntry | undefined {
  const e = pool.find((p) => !used.has(p) && p.voucher === voucher && (rule === undefined || p.rule === rule));
  if (e) used.add(e);
  return e;
}

function collect(r: EvalResult, truth: Truth): { file: FileResult; misses: Miss[]; falseAlarms: FalseAlarm[] } {
  const misses: Miss[] = [];
  const used = new Set<TruthEntry>();
  const byRule: FileResult['byRule'] = {};
  for (const x of r.perRule) {
    if (x.planted + x.found + x.falseAlarms.length > 0) byRule[x.rule] = { planted: x.planted, found: x.found, falseAlarms: x.falseAlarms.length };
    for (const v of x.missed) {
      const p = takeMatching(truth.planted, used, v, x.rule);
      misses.push({ file: r.file, rule: x.rule, voucher: v, ...(p?.date ? { date: p.date } : {}), why: p?.why ?? '' });
    }
  }
  const falseAlarms: FalseAlarm[] = [];
  for (const x of r.perRule) {
    for (const fa of x.falseAlarms) {
      // A look-alike when C's eval listed the same entry among the look-alikes flagged; its reason from the key (all
      // the key's reasons for that voucher where vouchers are numbered per month).
      const isLookAlike = r.lookAlikesFlagged.some((l) => l.startsWith(`${fa} (`));
      const voucher = fa.split(' ')[0] ?? '';
      const looks = truth.lookAlikes.filter((l) => l.voucher === voucher).map((l) => l.why);
      falseAlarms.push({ file: r.file, rule: x.rule, entry: fa, ...(isLookAlike ? { lookAlike: looks.join(' / ') || '?' } : {}) });
    }
  }
  const wrong = r.threePublic.filter((t) => !t.equal).map((t) => ({ category: t.category, ledger: t.ledger, truth: t.truth }));
  return {
    file: {
      file: r.file,
      imported: r.imported ?? r.entries > 0,
      entries: r.entries,
      planted: r.planted,
      found: r.plantedFound,
      flagged: r.flaggedEntries,
      unplantedFlagged: r.unplantedFlagged ?? null,
      lookAlikes: r.lookAlikes,
      lookAlikesFlagged: r.lookAlikesFlagged.length,
      keyEntriesUnmatched: r.unmatched?.length ?? 0,
      threePublicEqual: r.threePublic.length - wrong.length,
      threePublicAll: r.threePublic.length,
      threePublicWrong: wrong,
      byRule,
    },
    misses,
    falseAlarms,
  };
}

function runCommit(c: { sha: string; date: string; subject: string; truths: string[] }): CommitResult {
  const short = c.sha.slice(0, 8);
  const dir = `/tmp/fcl-${short}`;
  const base: CommitResult = { sha: c.sha, date: c.date, subject: c.subject, files: [] };
  rmSync(dir, { recursive: true, force: true });
  try {
    extract(c.sha, c.truths, dir);
    if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const truths = c.truths.map((t) => JSON.parse(readFileSync(join(dir, t), 'utf8')) as Truth).filter((t) => t.part === 'dev');
    base.files = truths.map((t) => t.file);
    // The export's stated year net (a reconciliation the first contact does not measure) may not be readable by an
    // early eval (a cell "-"): it is taken as absent instead of ending the whole run.
    const evalPath = join(dir, 'scripts/eval-ledger.ts');
    // An early eval stops (exit 2) when an answer-key entry matches no imported entry, i.e. when C's importer did not
    // read that entry as the key has it: the entry is counted as missed instead (as later evals do), the rest measured.
    writeFileSync(
      evalPath,
      readFileSync(evalPath, 'utf8')
        .replace(/await statedYearNet\(([^)]*)\)/g, 'await statedYearNet($1).catch(() => undefined)')
        .replace(/(应为 1 笔[^\n]*\n\s*\);\n\s*)process\.exit\(2\);/g, '$1continue;'),
    );
    const written = join(dir, 'bench/results/eval-ledger.json');
    const evalOnce = (): { results?: EvalResult[]; error?: string } => {
      rmSync(written, { force: true });
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-ledger.ts'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 15 * 60 * 1000 });
      if (!existsSync(written)) return { error: `exit ${r.status}: ${(r.stderr || r.stdout).slice(-1500)}` };
      const unmatchedLines = r.stderr.split('\n').filter((l) => l.includes('应为 1 笔'));
      const results = (JSON.parse(readFileSync(written, 'utf8')) as { results: EvalResult[] }).results;
      for (const x of results) x.unmatched ??= unmatchedLines.filter((l) => l.startsWith(`${x.file}:`)).map((l) => l.replace(/^[^:]*: /, ''));
      return { results };
    };
    let results: EvalResult[] = [];
    const errors: string[] = [];
    const first = evalOnce();
    if (first.results) results = first.results;
    else if (c.truths.length === 1) return { ...base, error: first.error };
    else {
      // One file's crash (an import C's code could not survive) ends C's eval: each added file alone, the crash kept.
      for (const o of c.truths) renameSync(join(dir, o), join(dir, `${o}.off`));
      for (const t of c.truths) {
        renameSync(join(dir, `${t}.off`), join(dir, t));
        const one = evalOnce();
        if (one.results) results.push(...one.results);
        else errors.push(`${t}: ${one.error}`);
        renameSync(join(dir, t), join(dir, `${t}.off`));
      }
    }
    const out: CommitResult = { ...base, results: [], misses: [], falseAlarms: [], ...(errors.length > 0 ? { error: errors.join('\n') } : {}) };
    for (const t of truths) {
      const res = results.find((x) => x.file === t.file && x.part === 'dev');
      if (!res) continue;
      const got = collect(res, t);
      out.results!.push(got.file);
      out.misses!.push(...got.misses);
      out.falseAlarms!.push(...got.falseAlarms);
    }
    return out;
  } catch (e) {
    return { ...base, error: (e as Error).message.slice(0, 1500) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

const argv = process.argv.slice(2);
const onlyArg = argv[argv.indexOf('--only') + 1];
const only = argv.includes('--only') && onlyArg ? onlyArg.split(',') : undefined;
const outArg = argv[argv.indexOf('--out') + 1];
const outPath = argv.includes('--out') && outArg ? outArg : join(ROOT, 'bench', 'results', 'first-contact-ledger.json');

const commits = addingCommits().filter((c) => !only || only.some((s) => c.sha.startsWith(s)));
const done: CommitResult[] = [];
for (const c of commits) {
  const res = runCommit(c);
  done.push(res);
  const rs = res.results ?? [];
  const sum = (f: (r: FileResult) => number) => rs.reduce((s, r) => s + f(r), 0);
  console.log(
    `${c.sha.slice(0, 8)} ${c.date.slice(0, 16)} ${res.files.join(',')}: ` +
      (res.error
        ? `ERROR ${res.error.split('\n').slice(0, 2).join(' | ')}`
        : `found ${sum((r) => r.found)}/${sum((r) => r.planted)}, flagged ${sum((r) => r.flagged)}/${sum((r) => r.entries)}, look-alikes ${sum((r) => r.lookAlikesFlagged)}/${sum((r) => r.lookAlikes)}, 三公 ${sum((r) => r.threePublicEqual)}/${sum((r) => r.threePublicAll)}`),
  );
}

// Summary by rule over all first contacts.
const byRule = new Map<string, { planted: number; found: number; falseAlarms: number; lookAlikeFlags: number }>();
for (const c of done) {
  for (const r of c.results ?? []) {
    for (const [rule, x] of Object.entries(r.byRule)) {
      const s = byRule.get(rule) ?? { planted: 0, found: 0, falseAlarms: 0, lookAlikeFlags: 0 };
      s.planted += x.planted;
      s.found += x.found;
      s.falseAlarms += x.falseAlarms;
      byRule.set(rule, s);
    }
  }
  for (const fa of c.falseAlarms ?? []) if (fa.lookAlike) byRule.get(fa.rule)!.lookAlikeFlags++;
}
const all = done.flatMap((c) => c.results ?? []);
const tot = (f: (r: FileResult) => number) => all.reduce((s, r) => s + f(r), 0);
const totals = {
  commits: done.length,
  commitErrors: done.filter((c) => c.error).length,
  files: all.length,
  imported: all.filter((r) => r.imported).length,
  found: tot((r) => r.found),
  planted: tot((r) => r.planted),
  recall: pct(tot((r) => r.found), tot((r) => r.planted)),
  flagged: tot((r) => r.flagged),
  entries: tot((r) => r.entries),
  lookAlikesFlagged: tot((r) => r.lookAlikesFlagged),
  lookAlikes: tot((r) => r.lookAlikes),
  threePublicEqual: tot((r) => r.threePublicEqual),
  threePublicAll: tot((r) => r.threePublicAll),
};
console.log('\nFirst contact by rule — planted, found, recall, false alarms (of them on look-alikes)');
const summary: Record<string, unknown> = {};
for (const [rule, s] of [...byRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  summary[rule] = { ...s, recall: pct(s.found, s.planted) };
  console.log(`  ${rule.padEnd(36)} ${String(s.found).padStart(3)}/${String(s.planted).padEnd(3)} ${pct(s.found, s.planted).padStart(6)}  FA ${String(s.falseAlarms).padStart(3)} (${s.lookAlikeFlags})`);
}
console.log(
  `  TOTAL ${totals.files} files (${totals.imported} imported) from ${totals.commits} commits: found ${totals.found}/${totals.planted} = ${totals.recall}; ` +
    `look-alikes flagged ${totals.lookAlikesFlagged}/${totals.lookAlikes}; 三公 ${totals.threePublicEqual}/${totals.threePublicAll}`,
);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, `${JSON.stringify({ generatedAt: new Date().toISOString(), totals, byRule: summary, commits: done }, null, 1)}\n`);
console.log(`written ${outPath}`);
