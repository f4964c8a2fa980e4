import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../reference/demo.ts';
import { exportBudgetWorkbook, importBudgetWorkbook, WorkbookError } from './budget-workbook.ts';

const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

async function edit(buffer: Buffer, fn: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  fn(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('budget tables workbook', () => {
  it('round-trips every budget table of the demo exactly (export → import)', async () => {
    const demo = loadDemo();
    const back = await importBudgetWorkbook(demo, await exportBudgetWorkbook(demo));
    expect(plain(back)).toEqual(plain(demo));
  });

  it('applies an edited figure in 万元 to the right line', async () => {
    const demo = loadDemo();
    const edited = await edit(await exportBudgetWorkbook(demo), (wb) => {
      wb.getWorksheet('基本支出按经济分类')!.getRow(3).getCell(5).value = 65.34;
    });
    const back = await importBudgetWorkbook(demo, edited);
    expect(back.expenditure.byNature.basic.byEconomic[1]!.amounts.final).toBe(65_340_000);
  });

  it('names the sheet, row and column of every unreadable cell and applies nothing', async () => {
    const demo = loadDemo();
    const bad = await edit(await exportBudgetWorkbook(demo), (wb) => {
      wb.getWorksheet('收入按来源')!.getRow(2).getCell(3).value = '一百万';
      wb.getWorksheet('三公经费')!.getRow(3).getCell(4).value = -5;
    });
    const err = await importBudgetWorkbook(demo, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    const issues = (err as WorkbookError).issues;
    expect(issues.map((i) => i.path)).toEqual(['收入按来源!C2', '三公经费!D3']);
    expect(issues[0]!.message).toMatch(/^工作表“收入按来源”第2行第C列（年初预算数（万元））：/);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(importBudgetWorkbook(loadDemo(), Buffer.from('not excel'))).rejects.toThrow(/xlsx/);
  });
});
