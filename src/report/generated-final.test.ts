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
import { chineseDate } from './compose.ts';
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

  // Departments of different shapes (attachment counts from 3 to 11, several function classes, charts).
  const cases = [
    { index: 1, seed: 7 },
    { index: 4, seed: 13 },
    { index: 5, seed: 42 },
  ];
  for (const { index, seed } of cases) {
    it(`department ${index} of seed ${seed}: states score and grade, prints no placeholder, stays within the maximum, and \`jixiao check\` finds no error in the .html, .docx or .pdf`, async () => {
      dir ||= await mkdtemp(join(tmpdir(), 'jixiao-gen-final-'));
      const dy = generateDepartmentYear(index, { departments: 10, seed });
      expect(validateDepartmentYear(dy).filter((f) => f.severity === 'error')).toEqual([]);
      const sheet = evaluateAll(dy).scoreSheet.department;
      expect(sheet.score).not.toBeNull();
      const doc = prepareReport(dy, {});
      const text = documentText(doc);
      expect(text).toContain(`自评得分为${sheet.score}分（满分${sheet.maxTotal}分），评价等级为“${sheet.grade}”`);
      expect(text).not.toMatch(/待填写|待定|未填报|待补充/);
      // Every score stays within its maximum: the total, and each indicator's 得分 against its 分值.
      expect(sheet.score!).toBeLessThanOrEqual(sheet.maxTotal);
      for (const r of sheet.rows) expect(r.claimed!, r.name).toBeLessThanOrEqual(r.weight + 1e-9);
      // …and every 总分 row as printed: the department's and each project's 自评表, 得分 not above 满分.
      const totals = text.split('\n').filter((l) => l.startsWith('总分')).map((l) => l.split('\t').filter((c) => /^\d+(\.\d+)?$/.test(c)).map(Number));
      expect(totals).toHaveLength(1 + dy.projects.length);
      for (const [max, score] of totals) expect(score!, `总分 ${score} / ${max}`).toBeLessThanOrEqual(max!);
      for (const format of ['html', 'docx', 'pdf'] as const) {
        const path = join(dir, `final-${index}-${seed}.${format}`);
        await writeFile(path, await renderDocument(doc, format));
        const report = await auditFile(path);
        const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${format}: [${f.rule}] ${f.message}`);
        expect(errors).toEqual([]);
      }
      const layout = (await run('pdftotext', ['-enc', 'UTF-8', join(dir, `final-${index}-${seed}.pdf`), '-'])).stdout;
      // Pages: none blank (a page-break marker left alone on a full page), none holding only a table's 总分 row.
      const pages = layout.split('\f').slice(0, -1).map((p) => p.replace(/—\s*\d+\s*—/g, '').replace(/\s+/g, ''));
      pages.forEach((p, i) => {
        expect(p.length, `page ${i + 1} is blank`).toBeGreaterThan(0);
        expect(p.startsWith('总分'), `page ${i + 1} holds only the end of a table: ${p.slice(0, 40)}`).toBe(false);
      });
      // The 落款 and 成文日期 never stand alone on a page (GB/T 9704): something of the text goes with them.
      const date = chineseDate(dy.selfAssessment.reportDate!);
      const signed = pages.find((p) => p.endsWith(`${dy.department.name}${date}`));
      expect(signed, 'the page with the 落款').toBeDefined();
      expect(signed!.length, 'the 落款 alone on its page').toBeGreaterThan(`${dy.department.name}${date}`.length);
      const pdf = layout.replace(/\s+/g, '');
      expect(pdf).toContain(`自评得分为${sheet.score}分（满分${sheet.maxTotal}分），评价等级为“${sheet.grade}”`);
      expect(pdf).not.toMatch(/待填写|待定|未填报|待补充/);
    }, 120_000);
  }
});
