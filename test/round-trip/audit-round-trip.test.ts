/**
 * Round trip on Jixiao's own output: a report the report writer generated, read back by the auditor as .html,
 * .docx and .pdf, gives no finding that its data does not contain —
 * - generated departments (data that passes validation): no error and no warning in any format, and the year,
 *   unit and tables are read;
 * - the demo department completed for a final report (its data keeps some of the seed report's defects): every
 *   error or warning is one of the seed's annotated defects (test/fixtures/audit/dev/000-…), and the .docx and
 *   .pdf give the same findings as the .html.
 * The .pdf part needs Chromium and pdftotext and is skipped (and says so) without them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DepartmentYear } from '../../src/core/department-year.ts';
import { generateDepartmentYears } from '../../src/gen/generate.ts';
import { closeReportRenderer, renderReport } from '../../src/report/index.ts';
import { completeDemo, missingTools } from '../../src/report/test-support.ts';
import { type AuditReport, auditFile } from '../../src/audit/index.ts';

const missing = missingTools(['chromium', 'pdftotext']);
const formats = missing ? (['html', 'docx'] as const) : (['html', 'docx', 'pdf'] as const);
const SEED_ANNOTATIONS = join(import.meta.dirname, '..', 'fixtures', 'audit', 'dev', '000-seed-yuanling-commerce-2024.annotations.json');

const squash = (s: string): string => s.replace(/\s+/g, '');
const problems = (r: AuditReport): string[] => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`);

async function readBack(dir: string, name: string, dy: DepartmentYear, format: string, draft: boolean): Promise<AuditReport> {
  const path = join(dir, `${name}.${format}`);
  writeFileSync(path, (await renderReport(dy, { format: format as 'html', draft })) as string | Buffer);
  return auditFile(path);
}

describe(`round trip: jixiao check on reports Jixiao wrote (${formats.join(', ')}${missing ? `；跳过 PDF：缺少 ${missing}` : ''})`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-roundtrip-'));
  afterAll(async () => {
    await closeReportRenderer();
  });

  it('finds nothing in generated departments’ reports, and reads their year, unit and tables', { timeout: 180_000 }, async () => {
    for (const dy of generateDepartmentYears({ departments: 2, seed: 5 })) {
      for (const format of formats) {
        const report = await readBack(dir, `${dy.region.code}-${dy.department.code}`, dy, format, true);
        const where = `${dy.department.name}.${format}`;
        expect(report.fiscalYear, where).toBe(dy.fiscalYear);
        expect(report.department, where).toBe(dy.department.name);
        expect(problems(report), where).toEqual([]);
        // The tables were read as tables, and the ones with amounts with their unit.
        expect(report.notChecked.filter((n) => n.startsWith('table-text-mismatch')), where).toEqual([]);
      }
    }
  });

  it('reports only the demo data’s own defects, the same in every format', { timeout: 180_000 }, async () => {
    const seed = JSON.parse(readFileSync(SEED_ANNOTATIONS, 'utf8')) as { defects: { rule: string; quote: string; also?: string[] }[] };
    const dy = completeDemo();
    const byFormat = new Map<string, string[]>();
    for (const format of formats) {
      const report = await readBack(dir, 'demo', dy, format, false);
      expect(report.fiscalYear, format).toBe(2024);
      expect(report.department, format).toBe(dy.department.name);
      for (const f of report.findings.filter((x) => x.severity !== 'info')) {
        const quotes = f.evidence.map((e) => squash(e.quote ?? '')).filter((q) => q !== '');
        const known = seed.defects.some(
          (d) => d.rule === f.rule && [d.quote, ...(d.also ?? [])].some((q) => quotes.some((e) => e.includes(squash(q)) || squash(q).includes(e))),
        );
        expect(known, `${format}: ${f.rule}: ${f.message} (${f.evidence[0]?.quote})`).toBe(true);
      }
      byFormat.set(format, problems(report).sort());
    }
    for (const format of formats) expect(byFormat.get(format), format).toEqual(byFormat.get('html'));
    expect(byFormat.get('html')!.length).toBeGreaterThan(0);
  });
});
