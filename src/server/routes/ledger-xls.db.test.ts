/**
 * A ledger uploaded as a real Excel 97–2003 workbook (.xls) is read in the parse worker and imported like its
 * .xlsx twin: the same entries, the same total in 分, the same skipped rows; the import records its format.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { repoPath } from '../../reference/paths.ts';
import { forEachEngine } from '../../store/testing.ts';
import { demoOfficerWithDepartmentYear } from '../auth/testing.ts';

const URL = '/api/departments/431222.yuanling-commerce/years/2024/ledger';

forEachEngine('ledger upload as .xls', (ctx) => {
  const demo = demoOfficerWithDepartmentYear(ctx);

  const upload = (ext: string, type: string) =>
    demo.officer.inject({
      method: 'POST',
      url: `${URL}?source=mx.${ext}`,
      payload: readFileSync(repoPath(`test/fixtures/exports/ledger-xinhuang-2024.${ext}`)),
      headers: { 'content-type': type },
    });

  it('imports the .xls (sent as application/vnd.ms-excel) with the entries and total of its .xlsx twin', async () => {
    const xls = await upload('xls', 'application/vnd.ms-excel');
    expect(xls.statusCode, xls.body).toBe(200);
    const a = xls.json() as { entries: number; total: number; format: string; skippedRows: number };
    // 1月 借方 50,095.36 less the 34.56 贷方 refund, 2月 41,993.05 元.
    expect(a).toMatchObject({ entries: 9, total: 5_009_536 - 3456 + 4_199_305, format: 'xls', skippedRows: 5 });
    const xlsx = await upload('xlsx', 'application/octet-stream');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    const b = xlsx.json() as typeof a;
    expect({ ...b, format: 'xls', result: undefined }).toEqual({ ...a, result: undefined });
  });
});
