/**
 * `node --import tsx scripts/check-planted.ts` — recall probe of the auditor by planting, the counterpart of
 * check-invariance.ts: into each dev text without an annotated defect, defects of known rules are planted one at a
 * time at seeded random places where the text gives the evidence (test/audit-eval/plants.ts), and each planted text is
 * audited. Prints recall per operator and rule (found = a finding of the planted rule overlapping the planted span;
 * serious = an error or warning), the findings of other rules at the span, and the misses. Dev part only: held-out
 * parts are never read.
 *
 * Options: --only <prefix,…> operators whose name starts so; --files <substring> fixtures whose name contains it;
 * --per <n> plants per operator per text (default 2); --seed <n> (default 1); --misses <n> misses listed per operator
 * (default 8, 0 for none); --out <path> JSON (default bench/results/planted.json).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditText, normalizeText } from '../src/audit/index.ts';
import { FIXTURE_DIR, loadFixtures } from '../test/audit-eval/fixtures.ts';
import { checkPlanted, type PlantOutcome } from '../test/audit-eval/planted.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function pct(a: number, b: number): string {
  return b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`;
}

function main(): number {
  const only = (arg('--only') ?? '').split(',').filter((s) => s.length > 0);
  const files = arg('--files');
  const per = Number(arg('--per') ?? 2);
  const seed = Number(arg('--seed') ?? 1);
  const listed = Number(arg('--misses') ?? 8);
  const out = arg('--out') ?? join(ROOT, 'bench', 'results', 'planted.json');
  const { fixtures, problems } = loadFixtures(FIXTURE_DIR);
  if (problems.length > 0) {
    for (const p of problems) console.error(`malformed fixture ${p.file}: ${p.message}`);
    return 2;
  }
  const chosen = fixtures.filter((f) => f.annotations.defects.length === 0 && (files === undefined || f.name.includes(files)));
  const t0 = performance.now();
  const result = checkPlanted(chosen, (t) => auditText(t), normalizeText, per, seed, only);
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const byOp = new Map<string, PlantOutcome[]>();
  for (const o of result.outcomes) byOp.set(o.operator, [...(byOp.get(o.operator) ?? []), o]);
  if (listed > 0) {
    for (const [op, os] of byOp) {
      const misses = os.filter((o) => !o.found);
      if (misses.length === 0) continue;
      console.log(`— ${op} (${os[0]!.rule}): ${misses.length} missed`);
      for (const m of misses.slice(0, listed)) {
        console.log(`  ${m.file}  ${JSON.stringify(m.planted)}${m.others.length ? `  others: ${m.others.join(',')}` : ''}${m.elsewhere ? '  (rule fired elsewhere)' : ''}`);
      }
    }
    console.log('');
  }
  console.log(`${'operator'.padEnd(22)}${'rule'.padEnd(20)}plants  found  recall  serious  others-at-span  pre`);
  const rows: Record<string, unknown>[] = [];
  let plants = 0;
  let found = 0;
  for (const [op, os] of [...byOp].sort()) {
    const f = os.filter((o) => o.found).length;
    const s = os.filter((o) => o.serious).length;
    const others = new Map<string, number>();
    for (const o of os) for (const r of o.others) others.set(r, (others.get(r) ?? 0) + 1);
    const otherText = [...others].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r}:${n}`).join(' ');
    console.log(`${op.padEnd(22)}${os[0]!.rule.padEnd(20)}${String(os.length).padStart(6)} ${String(f).padStart(6)}  ${pct(f, os.length)}  ${pct(s, os.length)}  ${otherText || '-'}  ${result.pre.get(op) ?? 0}`);
    rows.push({ operator: op, rule: os[0]!.rule, plants: os.length, found: f, serious: s, others: Object.fromEntries(others), pre: result.pre.get(op) ?? 0 });
    plants += os.length;
    found += f;
  }
  const byRule = new Map<string, { n: number; f: number }>();
  for (const o of result.outcomes) {
    const r = byRule.get(o.rule) ?? { n: 0, f: 0 };
    r.n++;
    if (o.found) r.f++;
    byRule.set(o.rule, r);
  }
  console.log('');
  for (const [rule, r] of [...byRule].sort()) console.log(`${rule.padEnd(22)}plants ${String(r.n).padStart(5)}  found ${String(r.f).padStart(5)}  recall ${pct(r.f, r.n)}`);
  console.log(`${chosen.length} texts, ${plants} plants: found ${found} (${pct(found, plants).trim()}) (${seconds} s)`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ texts: chosen.length, plants, found, operators: rows, misses: result.outcomes.filter((o) => !o.found) }, null, 1)}\n`);
  return 0;
}

process.exitCode = main();
