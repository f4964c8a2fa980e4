/**
 * The sheet-rows parse job on an Excel 97–2003 workbook: read by the .xls reader with the same cell limit as an
 * .xlsx (a parse-limit error, 413), and its errors cross the worker boundary as the InputError they are.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/input-error.ts';
import { repoPath } from '../../reference/paths.ts';
import { ParseLimitError } from './parse-limit-error.ts';
import { fromFailure, runParseJob, toFailure } from './parse-jobs.ts';

const bytes = readFileSync(repoPath('test/fixtures/exports/register-grp-2024-12.xls'));
const job = (b: Uint8Array) => ({ kind: 'sheet-rows' as const, bytes: b, source: '上传的台账' });

describe('sheet-rows job on an .xls', () => {
  it('reads every sheet under the limit', async () => {
    const rows = await runParseJob(job(bytes), { sheetCells: 10_000, docxParagraphs: 10 });
    expect(rows).toMatchObject({ sheet: '卡片清单', others: [{ sheet: '填表说明' }, { sheet: '代码' }] });
  });

  it('stops at the cell limit with the 413 parse-limit error, and a damaged file stays an InputError across the boundary', async () => {
    // The register sheet alone spans 11 rows of up to 18 columns.
    const over = await runParseJob(job(bytes), { sheetCells: 100, docxParagraphs: 10 }).catch((e: unknown) => e);
    expect(over).toBeInstanceOf(ParseLimitError);
    expect((over as ParseLimitError).statusCode).toBe(413);
    expect((over as Error).message).toMatch(/^上传的台账：表格过大或过宽.*卡片清单/u);
    const damaged = await runParseJob(job(bytes.subarray(0, 2600)), { sheetCells: 10_000, docxParagraphs: 10 }).catch((e: unknown) => e);
    const crossed = fromFailure(toFailure(damaged));
    expect(crossed).toBeInstanceOf(InputError);
    expect(crossed.message).toMatch(/^上传的台账：/u);
  });
});

describe('sheet-rows job on a SpreadsheetML 2003 (Excel XML) .xls', () => {
  const xml = (rows: string) =>
    new TextEncoder().encode(
      `<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="台账"><Table>${rows}</Table></Worksheet></Workbook>`,
    );

  it('is read in the worker, under the same cell limit (413), and bad XML crosses as an InputError', async () => {
    const rows = await runParseJob(job(xml('<Row><Cell><Data ss:Type="String">资产编号</Data></Cell></Row>')), { sheetCells: 100, docxParagraphs: 10 });
    expect(rows).toEqual({ sheet: '台账', rows: [['资产编号']] });
    const wide = xml('<Row><Cell ss:Index="500"><Data ss:Type="String">x</Data></Cell></Row>');
    const over = await runParseJob(job(wide), { sheetCells: 100, docxParagraphs: 10 }).catch((e: unknown) => e);
    expect(over).toBeInstanceOf(ParseLimitError);
    expect((over as Error).message).toMatch(/^上传的台账：表格过大或过宽.*台账/u);
    const bad = await runParseJob(job(xml('<Row><Cell></Row>')), { sheetCells: 100, docxParagraphs: 10 }).catch((e: unknown) => e);
    const crossed = fromFailure(toFailure(bad));
    expect(crossed).toBeInstanceOf(InputError);
    expect(crossed.message).toMatch(/^上传的台账：第 2 行 XML 格式错误/u);
  });
});
