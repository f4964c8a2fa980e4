/**
 * `node --import tsx scripts/check-variants.ts DIR` — runs the auditor (read as the product reads a PDF) on every
 * PDF in DIR (clean variants written by test/fixtures/audit-pdf/scripts/make_variants*.py, outside the repository)
 * and prints each error and warning: a clean 决算 PDF must draw none. Never point it at a held-out part.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditText, readDocument } from '../src/audit/index.ts';

const dir = process.argv[2];
if (!dir || /audit-pdf-test|audit\/test/.test(dir)) throw new Error('usage: check-variants.ts DIR (never a held-out part)');
const only = process.argv.slice(3);
let errors = 0;
let warnings = 0;
let files = 0;
let dirty = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const text = (await readDocument(join(dir, name))).text;
  const report = auditText(text, { file: name });
  const bad = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
  files++;
  if (bad.length) dirty++;
  for (const f of bad) {
    if (f.severity === 'error') errors++;
    else warnings++;
    console.log(`${name}\t${f.severity}\t${f.rule}\t${f.message.slice(0, 160)}\t${JSON.stringify(f.evidence).slice(0, 200)}`);
  }
}
console.log(`${files} files, ${dirty} with findings: ${errors} errors, ${warnings} warnings`);
