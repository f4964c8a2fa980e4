/**
 * Round trip on Jixiao's own output: a report the report writer generated from consistent data, read back by
 * the auditor, gives no error and no warning — read as HTML here (fast, no browser); the .docx and .pdf of the
 * same reports were checked the same way (see the closing note of issue 12).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDepartmentYears } from '../gen/generate.ts';
import { renderReport } from '../report/index.ts';
import { auditFile } from './index.ts';

describe('round trip: jixiao check on reports Jixiao wrote', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-roundtrip-'));

  it('finds nothing in generated departments’ HTML reports, and reads their year, unit and tables', { timeout: 60_000 }, async () => {
    for (const dy of generateDepartmentYears({ departments: 2, seed: 5 })) {
      const path = join(dir, `${dy.region.code}-${dy.department.code}.html`);
      writeFileSync(path, String(await renderReport(dy, { format: 'html', draft: true })));
      const report = await auditFile(path);
      expect(report.fiscalYear).toBe(dy.fiscalYear);
      expect(report.department).toBe(dy.department.name);
      expect(report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      // The tables were read as tables: no table rule said it found none.
      expect(report.notChecked.some((n) => n.startsWith('table-text-mismatch：文本中未识别到表格'))).toBe(false);
    }
  });
});
