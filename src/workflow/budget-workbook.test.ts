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

  it('round-trips the officer’s scores by indicator id, and names a score above its 分值 by its cell', async () => {
    const demo = loadDemo();
    delete demo.selfAssessment.score;
    delete demo.selfAssessment.grade;
    const edited = await edit(await exportBudgetWorkbook(demo), (wb) => {
      const sheet = wb.getWorksheet('自评得分')!;
      // Every indicator at its 分值, except 预算调整率 at 2 with a reason; the rows are then reversed.
      const rows: unknown[][] = [];
      for (let row = 2; row <= sheet.rowCount; row++) {
        const values = (sheet.getRow(row).values as unknown[]).slice(1);
        values[5] = values[0] === 'budget_adjustment_rate' ? 2 : values[4];
        if (values[0] === 'budget_adjustment_rate') values[7] = '年中追加预算较多';
        rows.push(values);
      }
      rows.reverse().forEach((values, i) => {
        sheet.getRow(i + 2).values = values as ExcelJS.CellValue[];
      });
    });
    const back = await importBudgetWorkbook(demo, edited);
    expect(back.selfAssessment.indicators?.budget_adjustment_rate).toEqual({ score: 2, deviationReason: '年中追加预算较多' });
    expect(back.selfAssessment.indicators?.three_public_control_rate?.score).toBe(6);
    // All scored and no total stated: the total is their sum (100 − 1).
    expect(back.selfAssessment.score).toBe(99);
    // …and exported again, the same scores come back.
    const again = await importBudgetWorkbook(back, await exportBudgetWorkbook(back));
    expect(plain(again.selfAssessment)).toEqual(plain(back.selfAssessment));

    const bad = await edit(edited, (wb) => {
      const sheet = wb.getWorksheet('自评得分')!;
      for (let row = 2; row <= sheet.rowCount; row++) if (sheet.getRow(row).getCell(1).value === 'budget_adjustment_rate') sheet.getRow(row).getCell(6).value = 9;
    });
    const err = await importBudgetWorkbook(demo, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).issues[0]?.message).toMatch(/^工作表“自评得分”第\d+行第F列（自评得分）：得分应为0至3之间的数：9$/);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(importBudgetWorkbook(loadDemo(), Buffer.from('not excel'))).rejects.toThrow(/xlsx/);
  });
});
