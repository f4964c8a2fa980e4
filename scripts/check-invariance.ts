/**
 * `node --import tsx scripts/check-invariance.ts` — metamorphic check of the auditor on the dev texts: every
 * meaning-preserving rewrite (test/audit-eval/rewrites.ts) of every dev text is audited, and each error, warning or
 * info that appears only after the rewrite is listed as a false alarm (test/audit-eval/invariance.ts). Dev part only:
 * held-out parts are never read.
 *
 * Options: --only <prefix,…> rewrites whose name starts so; --files <substring> fixtures whose name contains it;
 * --clean only texts without an annotated defect; --out <path> JSON (default bench/results/invariance.json);
 * --quiet totals only; --lost the paraphrase measure: only runs where a rewrite edited the lines of an annotated defect
 * found on the original, reporting per rewrite and per rule how many of those defects are still found ("kept").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditText, normalizeText } from '../src/audit/index.ts';
import { FIXTURE_DIR, loadFixtures } from '../test/audit-eval/fixtures.ts';
import { checkInvariance } from '../test/audit-eval/invariance.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  const only = (arg('--only') ?? '').split(',').filter((s) => s.length > 0);
  const files = arg('--files');
  const out = arg('--out') ?? join(ROOT, 'bench', 'results', 'invariance.json');
  const { fixtures, problems } = loadFixtures(FIXTURE_DIR);
  if (problems.length > 0) {
    for (const p of problems) console.error(`malformed fixture ${p.file}: ${p.message}`);
    return 2;
  }
  const chosen = fixtures.filter(
    (f) => (files === undefined || f.name.includes(files)) && (!process.argv.includes('--clean') || f.annotations.defects.length === 0),
  );
  const t0 = performance.now();
  const lostMode = process.argv.includes('--lost');
  const result = checkInvariance(chosen, (t) => auditText(t), normalizeText, only, { touchedOnly: lostMode });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (!process.argv.includes('--quiet')) {
    for (const f of result.findings) {
      console.log(`${f.file}  ${f.rewrite}  ${f.rule} [${f.severity}] L${f.line ?? '?'} ${JSON.stringify(f.quote)}  ${f.message}`);
    }
    for (const l of result.lost) if (!lostMode || l.touched) console.log(`LOST ${l.file}  ${l.rewrite}  ${l.rule}  ${JSON.stringify(l.quote)}`);
    console.log('');
  }
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const [name, s] of [...result.byRewrite].sort()) {
    console.log(`${name.padEnd(36)} runs ${String(s.runs).padStart(4)}  new errors ${String(s.errors).padStart(3)}  warnings ${String(s.warnings).padStart(3)}  infos ${String(s.infos).padStart(3)}`);
    errors += s.errors;
    warnings += s.warnings;
    infos += s.infos;
  }
  console.log(
    `${chosen.length} texts, ${result.runs} rewrites: new errors ${errors}, new warnings ${warnings}, new infos ${infos}; defects lost ${result.lost.length} (${seconds} s)`,
  );
  if (lostMode) {
    const pct = (k: number, n: number): string => (n === 0 ? '   -  ' : `${((100 * k) / n).toFixed(1).padStart(5)}%`);
    const byRule = new Map<string, { n: number; k: number }>();
    let n = 0;
    let k = 0;
    console.log('\nkept under paraphrase (defects found on the original whose lines the rewrite edited):');
    for (const [name, list] of [...result.touched].sort()) {
      const kept = list.filter((x) => x.kept).length;
      console.log(`${name.padEnd(36)} touched ${String(list.length).padStart(4)}  kept ${String(kept).padStart(4)}  ${pct(kept, list.length)}`);
      n += list.length;
      k += kept;
      for (const x of list) {
        const r = byRule.get(x.rule) ?? { n: 0, k: 0 };
        r.n++;
        if (x.kept) r.k++;
        byRule.set(x.rule, r);
      }
    }
    console.log('by rule:');
    for (const [rule, r] of [...byRule].sort((a, b) => b[1].n - b[1].k - (a[1].n - a[1].k))) {
      console.log(`  ${rule.padEnd(34)} touched ${String(r.n).padStart(4)}  kept ${String(r.k).padStart(4)}  ${pct(r.k, r.n)}`);
    }
    console.log(`kept under paraphrase: ${k}/${n} ${pct(k, n)}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ texts: chosen.length, runs: result.runs, errors, warnings, infos, byRewrite: Object.fromEntries(result.byRewrite), findings: result.findings, lost: result.lost }, null, 1)}\n`);
  return 0;
}

process.exitCode = main();
