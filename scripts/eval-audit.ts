/**
 * `npm run eval:audit` — measures the report auditor (src/audit) against the hand-annotated corpus in
 * test/fixtures/audit, split by source into a development part (dev/, the rules are tuned on it) and a held-out
 * test part (test/, measured only): for each part recall and precision per rule, per-file counts, and the
 * lists of misses and false alarms; then all totals side by side. Writes the same to
 * bench/results/eval-audit.json.
 *
 * The held-out parts marked `blind` in CORPUS_PARTS (test/audit-eval/fixtures.ts) are blind: only
 * their totals are printed and written — no per-rule or per-file counts, no misses, no false alarms — so that nobody
 * tuning the rules sees their failures. Every part also reports, as a total, the error and warning findings on its
 * files that have no annotated defect (a clean disclosure must get none).
 *
 * Exit 0 whatever the scores; 2 when the fixtures are malformed (a quote not found, a sidecar missing);
 * 3 when the auditor cannot be loaded.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CORPUS_PARTS, loadFixtures, loadPdfFixtures } from '../test/audit-eval/fixtures.ts';
import {
  addFileCounts,
  emptyCounts,
  type EvidenceLike,
  type FindingLike,
  isRecord,
  readAuditResult,
  formatRatio,
  type LocateMethod,
  lineOf,
  locateAnnotations,
  matchFile,
  precision,
  RULE_IDS,
  type RuleCounts,
  recall,
  sumCounts,
} from '../test/audit-eval/matching.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'results', 'eval-audit.json');
/** Rules whose findings are not counted on a fixture that is only the opening of a report. */
const EXCERPT_UNJUDGED_RULES = ['outline'];

/**
 * Options (all optional):
 *   --entry <path>    module exporting auditText (default src/audit/index.ts)
 *   --profile <name>  passed to auditText as `profile` (e.g. strict)
 *   --meta            also pass fiscalYear and department from each fixture's sidecar
 *                     (by default only { file } is passed, so the auditor reads them from the text)
 *   --dir <path>      read fixtures from one other folder only (e.g. a new held-out set not yet seen by the rules)
 *   --part <name>     only one part of the corpus (a name of CORPUS_PARTS in test/audit-eval/fixtures.ts: dev, pdf, test, …)
 *   --out <path>      write the JSON elsewhere (default bench/results/eval-audit.json)
 *   --details         also print (and write) the per-file counts, misses and false alarms of the held-out
 *                     part test/ and of --dir. Off by default: a held-out part is measured while rules change,
 *                     its individual failures are not read (the parts marked `blind` are blind whatever the
 *                     options).
 */
interface CliOptions {
  entry: string;
  profile: string | undefined;
  meta: boolean;
  dir: string | undefined;
  part: string | undefined;
  out: string;
  details: boolean;
}

function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = { entry: join(ROOT, 'src', 'audit', 'index.ts'), profile: undefined, meta: false, dir: undefined, part: undefined, out: OUT, details: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--entry' && argv[i + 1]) opts.entry = resolve(ROOT, argv[++i]!);
    else if (a === '--profile' && argv[i + 1]) opts.profile = argv[++i];
    else if (a === '--meta') opts.meta = true;
    else if (a === '--dir' && argv[i + 1]) opts.dir = resolve(process.cwd(), argv[++i]!);
    else if (a === '--part' && argv[i + 1]) opts.part = argv[++i];
    else if (a === '--out' && argv[i + 1]) opts.out = resolve(process.cwd(), argv[++i]!);
    else if (a === '--details') opts.details = true;
  }
  return opts;
}

type AuditFn = (text: string, opts: { file: string; profile?: string; fiscalYear?: number; department?: string }) => unknown;

async function loadReader(entry: string): Promise<(path: string) => Promise<{ text: string }>> {
  const mod: unknown = await import(pathToFileURL(entry).href);
  if (!isRecord(mod) || typeof mod['readDocument'] !== 'function') throw new Error(`${entry} does not export readDocument`);
  return mod['readDocument'] as (path: string) => Promise<{ text: string }>;
}

async function loadAuditor(entry: string): Promise<AuditFn> {
  if (!existsSync(entry)) throw new Error(`auditor not found: ${entry}`);
  const mod: unknown = await import(pathToFileURL(entry).href);
  if (!isRecord(mod) || typeof mod['auditText'] !== 'function') throw new Error(`${entry} does not export auditText`);
  return mod['auditText'] as AuditFn;
}

function pad(s: string, n: number, right = false): string {
  // Count CJK characters as two columns so tables line up in a terminal.
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  const fill = ' '.repeat(Math.max(0, n - w));
  return right ? fill + s : s + fill;
}

function evidenceText(ev: readonly EvidenceLike[], text: string): string {
  const e = ev[0];
  if (!e) return '(no evidence)';
  const q = e.quote ?? (typeof e.start === 'number' && typeof e.end === 'number' ? text.slice(e.start, e.end) : '');
  const line = e.line ?? (typeof e.start === 'number' ? lineOf(text, e.start) : undefined);
  const short = q.length > 60 ? `${q.slice(0, 57)}…` : q;
  return `${line !== undefined ? `L${line} ` : ''}${JSON.stringify(short)}`;
}

interface FileReport {
  file: string;
  kind: string;
  fiscalYear: number;
  findings: number;
  tp: number;
  fp: number;
  fn: number;
  cleanFlagged: number;
  info: number;
  ignored: number;
  ms: number;
  error?: string;
}

interface Issue {
  file: string;
  rule: string;
  severity?: string;
  quote: string;
  note?: string;
  message?: string;
  calculation?: string;
}

async function main(): Promise<number> {
  const cli = parseArgs(process.argv.slice(2));
  const parts = cli.dir
    ? [{ name: 'dir', dir: cli.dir, kind: 'text', blind: false }]
    : CORPUS_PARTS.filter((p) => cli.part === undefined || p.name === cli.part);
  if (parts.length === 0) {
    console.error(`unknown part: ${cli.part} (${CORPUS_PARTS.map((p) => p.name).join(', ')})`);
    return 2;
  }
  let readDocument: ((path: string) => Promise<{ text: string }>) | undefined;
  const loaded = [];
  for (const p of parts) {
    if (p.kind === 'pdf') {
      readDocument ??= await loadReader(cli.entry);
      const read = readDocument;
      loaded.push({ ...p, ...(await loadPdfFixtures(async (path) => (await read(path)).text, p.dir)) });
    } else loaded.push({ ...p, ...loadFixtures(p.dir) });
  }
  const problems = loaded.flatMap((l) => l.problems.map((p) => ({ ...p, file: `${l.name}/${p.file}` })));
  if (problems.length > 0) {
    for (const p of problems) console.error(`malformed fixture ${p.file}: ${p.message}`);
    return 2;
  }
  let auditText: AuditFn;
  try {
    auditText = await loadAuditor(cli.entry);
  } catch (e) {
    console.error(`cannot load the auditor: ${(e as Error).message}`);
    return 3;
  }
  const results: Record<string, PartResult> = {};
  for (const l of loaded) {
    console.log(`\n=== part ${l.name}: ${l.dir.startsWith(ROOT) ? l.dir.slice(ROOT.length + 1) : l.dir} ===`);
    // The held-out part: its per-rule counts are shown, its individual failures only with --details.
    const aggregate = !cli.details && (l.name === 'test' || l.name === 'dir');
    const r = await evaluatePart(l.fixtures, auditText, cli, l.blind, aggregate);
    results[l.name] = l.blind ? blindResult(r) : aggregate ? { ...r, files: [], misses: [], falseAlarms: [], infos: [], unlocated: [] } : r;
  }
  const blindNames = (kind: 'text' | 'pdf') => CORPUS_PARTS.filter((p) => p.blind && p.kind === kind && p.name in results).map((p) => p.name);
  console.log(
    `\nSummary (dev = texts tuned on; pdf = hand-written 决算 PDFs tuned on; test = held out, measured only; blind held-out parts, totals only: ${[...blindNames('text'), ...blindNames('pdf')].join(', ') || 'none'}; spent parts are in dev or pdf):`,
  );
  for (const [name, r] of Object.entries(results)) {
    const t = r.totals;
    console.log(
      `  ${pad(name, 8)} ${pad(String(r.fixtures), 3, true)} texts  ${pad(String(t.tp + t.fn), 4, true)} defects  TP ${t.tp}  FP ${t.fp}  FN ${t.fn}  recall ${formatRatio(t.recall)}  precision ${formatRatio(t.precision)}${cleanFilesText(r.cleanFiles)}  检出（仅错误和警告） TP ${r.seriousRecall.tp}  recall ${formatRatio(r.seriousRecall.recall)}`,
    );
    const p = r.byPlace;
    console.log(
      `  ${pad('', 8)} by place (any rule at the defect): TP ${p.tp}  FP ${p.fp}  FN ${p.fn}  recall ${formatRatio(p.recall)}  precision ${formatRatio(p.precision)}`,
    );
  }
  const heldOut: Record<string, ReturnType<typeof heldOutTotals> & { parts: string[] }> = {};
  for (const kind of ['text', 'pdf'] as const) {
    const names = CORPUS_PARTS.filter((p) => p.kind === kind && p.name !== 'dev' && p.name !== 'pdf' && p.name in results).map((p) => p.name);
    if (names.length < 2) continue;
    const held = heldOutTotals(names.map((n) => results[n]!));
    heldOut[kind] = { ...held, parts: names };
    console.log(
      `  held-out ${kind} (${names.length} parts): ${held.fixtures} files  ${held.tp + held.fn} defects  TP ${held.tp}  FP ${held.fp}  FN ${held.fn}  recall ${formatRatio(recall(held))}  precision ${formatRatio(precision(held))}${cleanFilesText(held.cleanFiles)}`,
    );
  }
  mkdirSync(dirname(cli.out), { recursive: true });
  const json = {
    generatedAt: new Date().toISOString(),
    entry: cli.entry.slice(ROOT.length + 1),
    profile: cli.profile ?? 'default',
    meta: cli.meta,
    parts: results,
    heldOut,
  };
  writeFileSync(cli.out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nwritten ${cli.out.startsWith(ROOT) ? cli.out.slice(ROOT.length + 1) : cli.out}`);
  return 0;
}

interface PartResult {
  fixtures: number;
  annotatedDefects: number;
  cleanChecks: number;
  totals: RuleCounts & { recall: number | null; precision: number | null };
  /**
   * The totals again with a defect credited to any error or warning at its place, whatever the rule (the
   * annotator and the auditor may name one defect by different rules); the headline figures are `totals`.
   */
  byPlace: RuleCounts & { recall: number | null; precision: number | null };
  rules: Record<string, RuleCounts & { recall: number | null; precision: number | null }>;
  files: FileReport[];
  misses: Issue[];
  falseAlarms: Issue[];
  infos: Issue[];
  unlocated: Issue[];
  locateMethods: Record<LocateMethod, number>;
  /** Files with no annotated defect, and the error and warning findings the auditor gave on them (all counted). */
  cleanFiles: CleanFiles;
  /**
   * Recall counting only error and warning findings (检出（仅错误和警告）): the defects some error or warning of the
   * annotated rule hits. The headline recall counts a 提示 (info) too; this figure shows what a demotion to info costs
   * a reviewer who reads only errors and warnings, so that a demotion is not mistaken for a gain.
   */
  seriousRecall: { tp: number; fn: number; recall: number | null };
  /** True for a blind part: only the totals above are filled in. */
  blind?: boolean;
}

interface CleanFiles {
  files: number;
  errors: number;
  warnings: number;
}

/** The summary's note on the files without an annotated defect (a clean text must get no error and no warning). */
function cleanFilesText(c: CleanFiles): string {
  return c.files === 0 ? '' : `  clean files ${c.files}: ${c.errors} error, ${c.warnings} warning findings`;
}

/** The held-out parts of one kind summed (the figure the README reports beside the tuned one). */
function heldOutTotals(parts: readonly PartResult[]): RuleCounts & { fixtures: number; cleanFiles: CleanFiles } {
  const t = sumCounts(parts.map((r) => r.totals));
  const cleanFiles: CleanFiles = { files: 0, errors: 0, warnings: 0 };
  for (const r of parts) {
    cleanFiles.files += r.cleanFiles.files;
    cleanFiles.errors += r.cleanFiles.errors;
    cleanFiles.warnings += r.cleanFiles.warnings;
  }
  return { ...t, fixtures: parts.reduce((n, r) => n + r.fixtures, 0), cleanFiles };
}

/** What is kept of a blind part: its totals only (no rule, file, miss or false alarm that could guide tuning). */
function blindResult(r: PartResult): PartResult {
  return {
    fixtures: r.fixtures,
    annotatedDefects: r.annotatedDefects,
    cleanChecks: r.cleanChecks,
    totals: r.totals,
    byPlace: r.byPlace,
    rules: {},
    files: [],
    misses: [],
    falseAlarms: [],
    infos: [],
    unlocated: [],
    locateMethods: r.locateMethods,
    cleanFiles: r.cleanFiles,
    seriousRecall: r.seriousRecall,
    blind: true,
  };
}

async function evaluatePart(
  fixtures: ReturnType<typeof loadFixtures>['fixtures'],
  auditText: AuditFn,
  cli: CliOptions,
  blind = false,
  aggregate = false,
): Promise<PartResult> {

  const perRule = new Map<string, RuleCounts>();
  for (const r of RULE_IDS) perRule.set(r, emptyCounts());
  /** The same findings with defects credited by place (any rule's error or warning at the defect). */
  const byPlace = new Map<string, RuleCounts>();
  const perFile: FileReport[] = [];
  const misses: Issue[] = [];
  const falseAlarms: Issue[] = [];
  const infos: Issue[] = [];
  const locateMethods: Record<LocateMethod, number> = { exact: 0, nfkc: 0, canonical: 0, 'raw-mapped': 0 };
  const unlocated: Issue[] = [];
  const cleanFiles: CleanFiles = { files: 0, errors: 0, warnings: 0 };
  const seriousRecall = { tp: 0, fn: 0 };

  for (const fx of fixtures) {
    const file = fx.txtPath.startsWith(ROOT) ? fx.txtPath.slice(ROOT.length + 1) : fx.txtPath;
    const t0 = performance.now();
    let result: { text: string | undefined; findings: FindingLike[] };
    try {
      const opts: { file: string; profile?: string; fiscalYear?: number; department?: string } = { file };
      if (cli.profile) opts.profile = cli.profile;
      if (cli.meta) {
        opts.fiscalYear = fx.source.fiscalYear;
        opts.department = fx.source.department;
      }
      result = readAuditResult(await auditText(fx.text, opts));
    } catch (e) {
      const msg = (e as Error).message;
      console.error(`${fx.name}: auditor threw: ${msg}`);
      seriousRecall.fn += fx.annotations.defects.length;
      for (const d of fx.annotations.defects) {
        perRule.get(d.rule)!.fn++;
        misses.push({ file: fx.name, rule: d.rule, quote: d.quote, note: d.note });
      }
      perFile.push({ file: fx.name, kind: fx.source.kind, fiscalYear: fx.source.fiscalYear, findings: 0, tp: 0, fp: 0, fn: fx.annotations.defects.length, cleanFlagged: 0, info: 0, ignored: 0, ms: performance.now() - t0, error: msg });
      continue;
    }
    const ms = performance.now() - t0;
    const text = result.text ?? fx.text.normalize('NFKC');
    if (fx.annotations.defects.length === 0) {
      cleanFiles.files++;
      cleanFiles.errors += result.findings.filter((f) => f.severity === 'error').length;
      cleanFiles.warnings += result.findings.filter((f) => f.severity === 'warning').length;
    }

    // Locate every annotation in the normalised text.
    const anns = locateAnnotations(fx.annotations, text, fx.text, (q, a, l) => {
      if (l) locateMethods[l.method]++;
      else unlocated.push({ file: fx.name, rule: a.rule, quote: q });
    });

    // Whether a required section is missing cannot be judged on an excerpt.
    const ignoreRules = new Set<string>(fx.source.excerpt ? EXCERPT_UNJUDGED_RULES : []);
    const match = matchFile(result.findings, anns, text, ignoreRules);
    const fileCounts = addFileCounts(new Map(), result.findings, anns, match);
    addFileCounts(perRule, result.findings, anns, match);
    addFileCounts(byPlace, result.findings, anns, matchFile(result.findings, anns, text, ignoreRules, 'place'));
    // The same defects matched by the error and warning findings alone.
    const serious = matchFile(result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), anns, text, ignoreRules);
    for (const hits of serious.defectHits) {
      if (hits.length > 0) seriousRecall.tp++;
      else seriousRecall.fn++;
    }
    const fileTotal = sumCounts(fileCounts.values());
    perFile.push({
      file: fx.name,
      kind: fx.source.kind,
      fiscalYear: fx.source.fiscalYear,
      findings: result.findings.length,
      tp: fileTotal.tp,
      fp: fileTotal.fp,
      fn: fileTotal.fn,
      cleanFlagged: fileTotal.cleanFlagged,
      info: fileTotal.info,
      ignored: fileTotal.ignored,
      ms,
    });

    const defects = anns.filter((a) => a.kind === 'defect');
    const cleans = anns.filter((a) => a.kind === 'clean');
    defects.forEach((d, i) => {
      if (match.defectHits[i]!.length === 0) {
        misses.push({ file: fx.name, rule: d.annotation.rule, quote: d.annotation.quote, note: d.annotation.note });
      }
    });
    match.outcomes.forEach((o, i) => {
      const f = result.findings[i]!;
      const calc = f.calculation;
      const base: Issue = {
        file: fx.name,
        rule: f.rule,
        severity: f.severity,
        quote: evidenceText(f.evidence, text),
        ...(f.message !== undefined ? { message: f.message } : {}),
        ...(calc !== undefined ? { calculation: calc } : {}),
      };
      if (o.kind === 'fp') falseAlarms.push(base);
      else if (o.kind === 'clean-flagged') falseAlarms.push({ ...base, note: `hits clean check: ${cleans[o.clean]!.annotation.note}` });
      else if (o.kind === 'info') infos.push(base);
    });
  }

  // ---------------------------------------------------------------- print
  const total = sumCounts(perRule.values());
  const placeTotal = sumCounts(byPlace.values());
  if (blind) {
    console.log(
      `\nBlind part: ${fixtures.length} texts, ${total.tp + total.fn} annotated defects, ${total.cleanChecks} clean checks; only the totals are shown (see the summary).`,
    );
    if (unlocated.length > 0) console.log(`${unlocated.length} annotated quotes were not found in the auditor's normalised text.`);
  } else printPart(perRule, perFile, misses, falseAlarms, unlocated, aggregate);
  const rows: Record<string, RuleCounts & { recall: number | null; precision: number | null }> = {};
  for (const r of ruleOrder(perRule)) {
    const c = perRule.get(r)!;
    rows[r] = { ...c, recall: recall(c), precision: precision(c) };
  }

  return {
    fixtures: fixtures.length,
    annotatedDefects: total.tp + total.fn,
    cleanChecks: total.cleanChecks,
    totals: { ...total, recall: recall(total), precision: precision(total) },
    byPlace: { ...placeTotal, recall: recall(placeTotal), precision: precision(placeTotal) },
    rules: rows,
    files: perFile,
    misses,
    falseAlarms,
    infos,
    unlocated,
    locateMethods,
    cleanFiles,
    seriousRecall: { ...seriousRecall, recall: seriousRecall.tp + seriousRecall.fn === 0 ? null : seriousRecall.tp / (seriousRecall.tp + seriousRecall.fn) },
  };
}

function printPart(
  perRule: Map<string, RuleCounts>,
  perFile: readonly FileReport[],
  misses: readonly Issue[],
  falseAlarms: readonly Issue[],
  unlocated: readonly Issue[],
  aggregate: boolean,
): void {
  const total = sumCounts(perRule.values());
  const header = `${pad('rule', 22)}${pad('TP', 5, true)}${pad('FP', 5, true)}${pad('FN', 5, true)}${pad('recall', 9, true)}${pad('precision', 11, true)}${pad('clean✗', 8, true)}${pad('dup', 5, true)}${pad('info', 6, true)}${pad('ign', 5, true)}${pad('clean✓', 8, true)}`;
  console.log('\nReport audit — evaluation on the annotated corpus\n');
  console.log(header);
  console.log('-'.repeat(89));
  for (const r of ruleOrder(perRule)) {
    const c = perRule.get(r)!;
    console.log(
      `${pad(r, 22)}${pad(String(c.tp), 5, true)}${pad(String(c.fp), 5, true)}${pad(String(c.fn), 5, true)}${pad(formatRatio(recall(c)), 9, true)}${pad(formatRatio(precision(c)), 11, true)}${pad(String(c.cleanFlagged), 8, true)}${pad(String(c.duplicates), 5, true)}${pad(String(c.info), 6, true)}${pad(String(c.ignored), 5, true)}${pad(String(c.cleanChecks), 8, true)}`,
    );
  }
  console.log('-'.repeat(89));
  console.log(
    `${pad('TOTAL', 22)}${pad(String(total.tp), 5, true)}${pad(String(total.fp), 5, true)}${pad(String(total.fn), 5, true)}${pad(formatRatio(recall(total)), 9, true)}${pad(formatRatio(precision(total)), 11, true)}${pad(String(total.cleanFlagged), 8, true)}${pad(String(total.duplicates), 5, true)}${pad(String(total.info), 6, true)}${pad(String(total.ignored), 5, true)}${pad(String(total.cleanChecks), 8, true)}`,
  );
  console.log('\nTP/FN count annotated defects; FP counts error/warning findings matching no annotated defect, plus any');
  console.log('finding on a clean check (clean✗); dup = extra findings on a defect already found; info findings are not counted;');
  console.log(`ign = findings on an 'ignore' annotation (storage artefacts) or of ${EXCERPT_UNJUDGED_RULES.join(', ')} on excerpts, not counted.\n`);

  if (aggregate) {
    console.log('(held-out part: per-file counts, misses and false alarms are not printed; --details shows them)');
    return;
  }
  console.log(`${pad('file', 46)}${pad('find', 6, true)}${pad('TP', 5, true)}${pad('FP', 5, true)}${pad('FN', 5, true)}${pad('ms', 8, true)}`);
  for (const f of perFile) {
    console.log(
      `${pad(f.file, 46)}${pad(String(f.findings), 6, true)}${pad(String(f.tp), 5, true)}${pad(String(f.fp), 5, true)}${pad(String(f.fn), 5, true)}${pad(f.ms.toFixed(1), 8, true)}${f.error ? `  ERROR ${f.error}` : ''}`,
    );
  }

  if (misses.length > 0) {
    console.log(`\nMisses (${misses.length}):`);
    for (const m of misses) console.log(`  ${m.file}  ${m.rule}  ${JSON.stringify(m.quote)}  — ${m.note ?? ''}`);
  }
  if (falseAlarms.length > 0) {
    console.log(`\nFalse alarms (${falseAlarms.length}):`);
    for (const f of falseAlarms) {
      console.log(`  ${f.file}  ${f.rule} [${f.severity}]  ${f.quote}  ${f.message ?? ''}${f.calculation ? `  (${f.calculation})` : ''}${f.note ? `  — ${f.note}` : ''}`);
    }
  }
  if (unlocated.length > 0) {
    console.log(`\nAnnotated quotes not found in the auditor's normalised text (${unlocated.length}; those annotations can only match by quote text):`);
    for (const u of unlocated) console.log(`  ${u.file}  ${u.rule}  ${JSON.stringify(u.quote)}`);
  }
}

/** The rule ids in report order: the known ones first, then any other the auditor emitted, sorted. */
function ruleOrder(perRule: Map<string, RuleCounts>): string[] {
  return [...RULE_IDS, ...[...perRule.keys()].filter((r) => !(RULE_IDS as readonly string[]).includes(r)).sort()];
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  },
);
