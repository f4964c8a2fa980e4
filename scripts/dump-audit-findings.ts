/**
 * `node --import tsx scripts/dump-audit-findings.ts [out.json]` — writes every finding of the auditor on the
 * development parts only (test/fixtures/audit/dev/*.txt and test/fixtures/audit-pdf/*.pdf, read as the product
 * reads them) as JSON: per file, the findings (rule, severity, message, evidence, calculation, difference) and what
 * was not checked. Meant for refactors that must not change behaviour: dump before, dump after, compare bytes.
 * `--facts` also writes the extracted facts each rule reads (figures, dates, decompositions, enumerations, tables,
 * title), for changes to src/audit/facts. It never reads the held-out parts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/audit/config.ts';
import { extractFacts } from '../src/audit/facts/extract.ts';
import { auditText, readDocument } from '../src/audit/index.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = [
  { dir: join(ROOT, 'test', 'fixtures', 'audit', 'dev'), ext: '.txt' },
  { dir: join(ROOT, 'test', 'fixtures', 'audit-pdf'), ext: '.pdf' },
] as const;

const args = process.argv.slice(2);
const withFacts = args.includes('--facts');
const out = args.find((a) => !a.startsWith('--')) ?? join(ROOT, 'bench', 'results', 'audit-findings-dev.json');
const files: object[] = [];

function factsOf(text: string): object {
  const { figures, dates, malformedDates, decompositions, enumerations, tables, title } = extractFacts(text, loadConfig());
  return { figures, dates, malformedDates, decompositions, enumerations, tables, title };
}

for (const part of PARTS) {
  for (const name of readdirSync(part.dir).filter((f) => f.endsWith(part.ext)).sort()) {
    const path = join(part.dir, name);
    const file = relative(ROOT, path);
    const text = part.ext === '.pdf' ? (await readDocument(path)).text : readFileSync(path, 'utf8');
    const report = auditText(text, { file });
    files.push({
      file,
      fiscalYear: report.fiscalYear,
      department: report.department,
      findings: report.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        evidence: f.evidence,
        calculation: f.calculation ?? null,
        difference: f.difference ?? null,
      })),
      notChecked: report.notChecked,
      ...(withFacts ? { facts: factsOf(report.text) } : {}),
    });
  }
}
writeFileSync(out, `${JSON.stringify(files, null, 1)}\n`);
console.log(`${files.length} files, ${files.reduce((n, f) => n + (f as { findings: unknown[] }).findings.length, 0)} findings → ${out}`);
