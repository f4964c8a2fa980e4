/**
 * `node --import tsx scripts/first-contact.ts [--only <sha>,…] [--out <path>]` — a pseudo-held-out measure taken from
 * history. The dev corpus (test/fixtures/audit/dev, test/fixtures/audit-pdf) grew in batches that were annotated
 * or written blind and committed before the auditor ever ran on them ("… blind …" in the commit subject). For each
 * such commit C this script checks C out in a temporary git worktree (node_modules symlinked), runs C's own auditor
 * (C's src/audit and data) on the files C added — and only on them — and matches the findings against C's own
 * annotations (the blind ones, before any later refinement) with the current matcher (test/audit-eval/matching.ts).
 * That is the auditor's first contact with text it had not been tuned on: TP / FP / FN by rule and severity, and
 * every false alarm with its text, written to bench/results/first-contact.json with a summary table.
 *
 * Only dev material is read (the batches are dev fixtures now); held-out parts are never opened. Merge commits are
 * skipped (their batch is measured at the branch commit that added it). The worktrees are removed afterwards.
 *
 * Internal: `--one <worktree> <file>…` is the child mode run once per commit (a fresh process, so that each
 * commit's auditor module graph is loaded alone); it prints one JSON object.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  addFileCounts,
  type FindingLike,
  isRecord,
  readAuditResult,
  locateAnnotations,
  matchFile,
  parseAnnotationFile,
  type RuleCounts,
  sumCounts,
} from '../test/audit-eval/matching.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEV_DIR = 'test/fixtures/audit/dev/';
const PDF_DIR = 'test/fixtures/audit-pdf/';

interface FalseAlarm {
  file: string;
  rule: string;
  severity: string;
  message: string;
  calculation: string | null;
  quote: string;
  /** The whole line(s) of the normalised text around the first evidence, for reading the cause. */
  context: string;
  hitsClean: string | null;
}

interface Miss {
  file: string;
  rule: string;
  quote: string;
  note: string;
}

interface Hit {
  file: string;
  rule: string;
  severity: string;
  quote: string;
  /** The finding's message, calculation and text around it, for classifying its evidence shape (docs/first-contact.md). */
  message?: string;
  calculation?: string | null;
  context?: string;
}

interface OneResult {
  files: { file: string; defects: number; findings: number; error?: string }[];
  rules: Record<string, RuleCounts>;
  tpBySeverity: Record<string, number>;
  fpBySeverity: Record<string, number>;
  falseAlarms: FalseAlarm[];
  misses: Miss[];
  hits: Hit[];
  unlocated: number;
}

type AuditFn = (text: string, opts: { file: string }) => unknown;

function contextOf(f: FindingLike, text: string): { quote: string; context: string } {
  const e = f.evidence[0];
  if (!e) return { quote: '', context: '' };
  const q = e.quote ?? (typeof e.start === 'number' && typeof e.end === 'number' ? text.slice(e.start, e.end) : '');
  let start = e.start;
  if (start === undefined && q) {
    const i = text.indexOf(q);
    if (i >= 0) start = i;
  }
  if (start === undefined) return { quote: q, context: '' };
  const end = e.end ?? start + q.length;
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  const le0 = text.indexOf('\n', end);
  const le = le0 < 0 ? text.length : le0;
  let context = text.slice(Math.max(ls, start - 160), Math.min(le, end + 160));
  if (context.length > 400) context = `${context.slice(0, 400)}…`;
  return { quote: q, context };
}

/** Child mode: audit the given fixture files of one checked-out commit with that commit's auditor. */
async function runOne(wt: string, files: string[]): Promise<OneResult> {
  const mod: unknown = await import(pathToFileURL(join(wt, 'src', 'audit', 'index.ts')).href);
  if (!isRecord(mod) || typeof mod['auditText'] !== 'function') throw new Error('no auditText');
  const auditText = mod['auditText'] as AuditFn;
  const readDocument = typeof mod['readDocument'] === 'function' ? (mod['readDocument'] as (p: string) => Promise<{ text: string }>) : undefined;
  const out: OneResult = { files: [], rules: {}, tpBySeverity: {}, fpBySeverity: {}, falseAlarms: [], misses: [], hits: [], unlocated: 0 };
  const perRule = new Map<string, RuleCounts>();
  for (const rel of files) {
    const path = join(wt, rel);
    const stem = rel.replace(/\.(txt|pdf)$/, '');
    const name = basename(stem);
    let raw: string;
    try {
      raw = rel.endsWith('.pdf') ? (await readDocument!(path)).text : readFileSync(path, 'utf8');
    } catch (e) {
      out.files.push({ file: name, defects: 0, findings: 0, error: `read: ${(e as Error).message}` });
      continue;
    }
    const parsed = parseAnnotationFile(JSON.parse(readFileSync(join(wt, `${stem}.annotations.json`), 'utf8')) as unknown);
    if (!parsed.ok) {
      out.files.push({ file: name, defects: 0, findings: 0, error: `annotations: ${parsed.errors.join('; ')}` });
      continue;
    }
    const ann = parsed.value;
    let excerpt = false;
    try {
      excerpt = (JSON.parse(readFileSync(join(wt, `${stem}.source.json`), 'utf8')) as { excerpt?: boolean }).excerpt === true;
    } catch {
      // a missing sidecar only loses the excerpt flag
    }
    let result: { text: string | undefined; findings: FindingLike[] };
    try {
      result = readAuditResult(await auditText(raw, { file: rel }));
    } catch (e) {
      out.files.push({ file: name, defects: ann.defects.length, findings: 0, error: `auditor threw: ${(e as Error).message}` });
      for (const d of ann.defects) out.misses.push({ file: name, rule: d.rule, quote: d.quote, note: d.note });
      continue;
    }
    const text = result.text ?? raw.normalize('NFKC');
    const anns = locateAnnotations(ann, text, raw, (_q, _a, l) => {
      if (!l) out.unlocated++;
    });
    const ignoreRules = new Set<string>(excerpt ? ['outline'] : []);
    const match = matchFile(result.findings, anns, text, ignoreRules);
    addFileCounts(perRule, result.findings, anns, match);
    const defects = anns.filter((a) => a.kind === 'defect');
    const cleans = anns.filter((a) => a.kind === 'clean');
    defects.forEach((d, i) => {
      const hits = match.defectHits[i]!;
      if (hits.length === 0) out.misses.push({ file: name, rule: d.annotation.rule, quote: d.annotation.quote, note: d.annotation.note });
    });
    match.outcomes.forEach((o, i) => {
      const f = result.findings[i]!;
      const { quote, context } = contextOf(f, text);
      if (o.kind === 'tp') {
        out.tpBySeverity[f.severity] = (out.tpBySeverity[f.severity] ?? 0) + 1;
        out.hits.push({ file: name, rule: f.rule, severity: f.severity, quote, message: f.message ?? '', calculation: f.calculation ?? null, context });
      } else if (o.kind === 'fp' || o.kind === 'clean-flagged') {
        out.fpBySeverity[f.severity] = (out.fpBySeverity[f.severity] ?? 0) + 1;
        out.falseAlarms.push({
          file: name,
          rule: f.rule,
          severity: f.severity,
          message: f.message ?? '',
          calculation: f.calculation ?? null,
          quote,
          context,
          hitsClean: o.kind === 'clean-flagged' ? cleans[o.clean]!.annotation.note : null,
        });
      }
    });
    out.files.push({ file: name, defects: ann.defects.length, findings: result.findings.length });
  }
  out.rules = Object.fromEntries(perRule);
  return out;
}

function git(args: string[], cwd = ROOT): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

interface BatchCommit {
  sha: string;
  date: string;
  subject: string;
  kind: 'text' | 'pdf';
  files: string[];
}

/** The blind batch commits: non-merge commits whose subject says "blind" and that added dev or PDF fixtures. */
function blindBatches(): BatchCommit[] {
  const log = git(['log', '--no-merges', '--format=%H%x09%ad%x09%s', '--date=iso-strict', '--', DEV_DIR, PDF_DIR]);
  const out: BatchCommit[] = [];
  for (const line of log.split('\n')) {
    if (!line) continue;
    const [sha, date, subject] = line.split('\t') as [string, string, string];
    if (!/blind/i.test(subject)) continue;
    const added = git(['diff-tree', '--no-commit-id', '-r', '--diff-filter=A', '--name-only', sha])
      .split('\n')
      .filter((f) => f.endsWith('.annotations.json') && (f.startsWith(DEV_DIR) || f.startsWith(PDF_DIR)));
    if (added.length === 0) continue;
    const textFiles = added.filter((f) => f.startsWith(DEV_DIR)).map((f) => f.replace(/\.annotations\.json$/, '.txt'));
    const pdfFiles = added.filter((f) => f.startsWith(PDF_DIR)).map((f) => f.replace(/\.annotations\.json$/, '.pdf'));
    if (textFiles.length > 0) out.push({ sha, date, subject, kind: 'text', files: textFiles });
    if (pdfFiles.length > 0) out.push({ sha, date, subject, kind: 'pdf', files: pdfFiles });
  }
  return out.reverse();
}

function ratio(n: number, d: number): string {
  return d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`;
}

async function driver(argv: string[]): Promise<void> {
  const onlyArg = argv[argv.indexOf('--only') + 1];
  const only = argv.includes('--only') && onlyArg ? onlyArg.split(',') : undefined;
  const outArg = argv[argv.indexOf('--out') + 1];
  const out = argv.includes('--out') && outArg ? outArg : join(ROOT, 'bench', 'results', 'first-contact.json');
  const batches = blindBatches().filter((b) => !only || only.some((s) => b.sha.startsWith(s)));
  const results: (BatchCommit & { result?: OneResult; error?: string })[] = [];
  for (const b of batches) {
    const short = b.sha.slice(0, 8);
    const wt = `/tmp/fc-${short}`;
    if (!existsSync(wt)) git(['worktree', 'add', '-q', '--detach', wt, b.sha]);
    try {
      if (!existsSync(join(wt, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(wt, 'node_modules'));
      const files = b.files.filter((f) => existsSync(join(wt, f)));
      const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--one', wt, ...files], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const lastLine = r.stdout.trim().split('\n').pop() ?? '';
      if (r.status !== 0 || !lastLine.startsWith('{')) {
        results.push({ ...b, error: (r.stderr || r.stdout).slice(-2000) });
        console.log(`${short} ${b.kind} ${files.length} files: ERROR ${(r.stderr || '').split('\n').slice(0, 3).join(' | ')}`);
      } else {
        const res = JSON.parse(lastLine) as OneResult;
        results.push({ ...b, result: res });
        const t = sumCounts(Object.values(res.rules));
        console.log(`${short} ${b.kind} ${files.length} files: TP ${t.tp} FP ${t.fp} FN ${t.fn}`);
      }
    } finally {
      git(['worktree', 'remove', '--force', wt]);
    }
  }
  // Summary by rule over all batches, split text / pdf.
  const summary: Record<string, Record<string, { tp: number; fp: number; fn: number; cleanFlagged: number; precision: string; recall: string }>> = {};
  for (const kind of ['text', 'pdf'] as const) {
    const byRule = new Map<string, { tp: number; fp: number; fn: number; cleanFlagged: number }>();
    for (const r of results) {
      if (r.kind !== kind || !r.result) continue;
      for (const [rule, c] of Object.entries(r.result.rules)) {
        const s = byRule.get(rule) ?? { tp: 0, fp: 0, fn: 0, cleanFlagged: 0 };
        s.tp += c.tp;
        s.fp += c.fp;
        s.fn += c.fn;
        s.cleanFlagged += c.cleanFlagged;
        byRule.set(rule, s);
      }
    }
    summary[kind] = {};
    const rows = [...byRule.entries()].filter(([, c]) => c.tp + c.fp + c.fn > 0).sort((a, b) => b[1].fp - a[1].fp || b[1].fn - a[1].fn);
    const total = { tp: 0, fp: 0, fn: 0, cleanFlagged: 0 };
    console.log(`\nFirst contact, ${kind} batches — rule, TP, FP (on clean checks), FN, precision, recall`);
    for (const [rule, c] of rows) {
      summary[kind][rule] = { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
      total.tp += c.tp;
      total.fp += c.fp;
      total.fn += c.fn;
      total.cleanFlagged += c.cleanFlagged;
      console.log(`  ${rule.padEnd(22)} TP ${String(c.tp).padStart(3)}  FP ${String(c.fp).padStart(3)} (${c.cleanFlagged})  FN ${String(c.fn).padStart(3)}  P ${ratio(c.tp, c.tp + c.fp).padStart(6)}  R ${ratio(c.tp, c.tp + c.fn).padStart(6)}`);
    }
    summary[kind]['TOTAL'] = { ...total, precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn) };
    console.log(`  ${'TOTAL'.padEnd(22)} TP ${String(total.tp).padStart(3)}  FP ${String(total.fp).padStart(3)} (${total.cleanFlagged})  FN ${String(total.fn).padStart(3)}  P ${ratio(total.tp, total.tp + total.fp).padStart(6)}  R ${ratio(total.tp, total.tp + total.fn).padStart(6)}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ generatedAt: new Date().toISOString(), summary, batches: results }, null, 1)}\n`);
  console.log(`\nwritten ${out}`);
}

const argv = process.argv.slice(2);
if (argv[0] === '--one') {
  const [wt, ...files] = argv.slice(1);
  const r = await runOne(wt!, files);
  process.stdout.write(`\n${JSON.stringify(r)}\n`);
} else {
  await driver(argv);
}
