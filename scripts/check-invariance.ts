/**
 * `node --import tsx scripts/check-invariance.ts` — metamorphic check of the auditor on the dev texts: every
 * meaning-preserving rewrite (test/audit-eval/rewrites.ts) of every dev text is audited, and each error, warning or
 * info that appears only after the rewrite is listed as a false alarm (test/audit-eval/invariance.ts). Dev part only:
 * held-out parts are never read.
 *
 * Options: --only <prefix,…> rewrites whose name starts so; --files <substring> fixtures whose name contains it;
 * --clean only texts without an annotated defect; --out <path> JSON (default bench/results/invariance.json);
 * --quiet totals only.
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
  const result = checkInvariance(chosen, (t) => auditText(t), normalizeText, only);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  if (!process.argv.includes('--quiet')) {
    for (const f of result.findings) {
      console.log(`${f.file}  ${f.rewrite}  ${f.rule} [${f.severity}] L${f.line ?? '?'} ${JSON.stringify(f.quote)}  ${f.message}`);
    }
    for (const l of result.lost) console.log(`LOST ${l.file}  ${l.rewrite}  ${l.rule}  ${JSON.stringify(l.quote)}`);
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
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ texts: chosen.length, runs: result.runs, errors, warnings, infos, byRewrite: Object.fromEntries(result.byRewrite), findings: result.findings, lost: result.lost }, null, 1)}\n`);
  return 0;
}

process.exitCode = main();
