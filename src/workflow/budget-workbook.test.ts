import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fen } from '../core/money.ts';
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

  it('round-trips the 53号 inputs (上年预算数, 重点项目, 支付进度, 工作任务, 重点工作, 满意度调查) and applies edits to them', async () => {
    const demo = loadDemo();
    demo.threePublic.total.lastYearBudget = fen(3_000_000);
    demo.threePublic.reception.lastYearBudget = fen(3_000_000);
    demo.projects[0]!.isKey = true;
    demo.projects[1]!.isKey = false;
    demo.workTasks = { planned: 40, completed: 38 };
    demo.satisfactionSurvey = { method: '问卷调查', validSamples: 200, satisfied: 186 };
    const exported = await exportBudgetWorkbook(demo);
    expect(plain(await importBudgetWorkbook(demo, exported))).toEqual(plain(demo));

    const edited = await edit(exported, (wb) => {
      const three = wb.getWorksheet('三公经费')!;
      expect(three.getRow(1).getCell(2).value).toBe('上年预算数（万元）');
      three.getRow(3).getCell(2).value = 25; // 公务接待费 上年预算数
      const key = wb.getWorksheet('重点项目')!;
      key.getRow(2).getCell(3).value = null; // 项目1: back to 未标记
      key.getRow(4).getCell(3).value = '是';
      const perf = wb.getWorksheet('履职与满意度')!;
      const rowOf = (label: string) => {
        for (let r = 2; r <= perf.rowCount; r++) if (perf.getRow(r).getCell(1).value === label) return perf.getRow(r);
        throw new Error(label);
      };
      rowOf('实际支付进度（%）').getCell(2).value = 0.965;
      rowOf('实际支付进度（%）').getCell(2).numFmt = '0.0%';
      rowOf('既定支付进度（%）').getCell(2).value = 100;
      rowOf('重点工作交办或下达数').getCell(2).value = 12;
      rowOf('重点工作实际完成数').getCell(2).value = 12;
      for (const label of ['满意度调查方式', '有效样本数', '满意（含基本满意）样本数']) rowOf(label).getCell(2).value = null;
    });
    const back = await importBudgetWorkbook(demo, edited);
    expect(back.threePublic.reception.lastYearBudget).toBe(25_000_000);
    expect(back.projects.slice(0, 3).map((p) => p.isKey)).toEqual([undefined, false, true]);
    expect(back.paymentProgress).toEqual({ actualPercent: 96.5, plannedPercent: 100 });
    expect(back.keyTasks).toEqual({ assigned: 12, completed: 12 });
    expect(back.workTasks).toEqual({ planned: 40, completed: 38 });
    expect(back.satisfactionSurvey).toBeUndefined();
  });

  it('still reads a “三公经费” sheet exported before 上年预算数 existed, keeping the stored 上年预算数', async () => {
    const demo = loadDemo();
    demo.threePublic.total.lastYearBudget = fen(3_000_000);
    const old = await edit(await exportBudgetWorkbook(demo), (wb) => {
      const three = wb.getWorksheet('三公经费')!;
      three.spliceColumns(2, 1);
      three.getRow(2).getCell(4).value = 27; // 合计 本年决算数, now column D
    });
    const back = await importBudgetWorkbook(demo, old);
    expect(back.threePublic.total).toEqual({ lastYearBudget: 3_000_000, budget: demo.threePublic.total.budget, final: 27_000_000 });
  });

  it('names the cell of a bad 重点项目 mark, a project that is not there, a negative count and a rate above 100%', async () => {
    const demo = loadDemo();
    const bad = await edit(await exportBudgetWorkbook(demo), (wb) => {
      const key = wb.getWorksheet('重点项目')!;
      key.getRow(2).getCell(3).value = '重点';
      key.getRow(3).getCell(2).value = '另一个项目';
      key.addRow([99, '新项目', '是']);
      const perf = wb.getWorksheet('履职与满意度')!;
      perf.getRow(2).getCell(2).value = 120;
      perf.getRow(5).getCell(2).value = -3;
      perf.getRow(4).getCell(2).value = '12月底';
    });
    const err = await importBudgetWorkbook(demo, bad).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    const issues = (err as WorkbookError).issues;
    expect(issues.map((i) => i.path)).toEqual(['重点项目!C2', '重点项目!B3', `重点项目!A${demo.projects.length + 2}`, '履职与满意度!B2', '履职与满意度!B4', '履职与满意度!B5']);
    expect(issues[0]!.message).toBe('工作表“重点项目”第2行第C列（重点项目（是/否））：应填“是”或“否”（留空表示未标记）：重点');
    expect(issues[3]!.message).toMatch(/百分比应在0至100之间：120$/);
    expect(issues[5]!.message).toMatch(/应为不小于0的整数：-3$/);
  });

  it('round-trips the budget adjustments: none listed (not classified), 「本年无预算调整」, and a classified list; names a bad cell', async () => {
    const demo = loadDemo();
    expect(plain(await importBudgetWorkbook(demo, await exportBudgetWorkbook(demo)))).toEqual(plain(demo));
    expect((await importBudgetWorkbook(demo, await exportBudgetWorkbook(demo))).budgetAdjustments).toBeUndefined();
    const none = { ...demo, budgetAdjustments: [] };
    expect((await importBudgetWorkbook(none, await exportBudgetWorkbook(none))).budgetAdjustments).toEqual([]);

    const listed = await edit(await exportBudgetWorkbook(demo), (wb) => {
      const sheet = wb.getWorksheet('预算调整')!;
      sheet.addRow(['年中追加招商经费', '追加', 500.5, '一般调整']);
      sheet.addRow(['防汛救灾', '追加', 20, '不可抗力']);
    });
    const back = await importBudgetWorkbook(demo, listed);
    expect(back.budgetAdjustments).toEqual([
      { description: '年中追加招商经费', kind: 'increase', amount: 500_500_000, cause: 'ordinary' },
      { description: '防汛救灾', kind: 'increase', amount: 20_000_000, cause: 'force-majeure' },
    ]);
    expect(plain(await importBudgetWorkbook(back, await exportBudgetWorkbook(back)))).toEqual(plain(back));

    const bad = await edit(listed, (wb) => {
      wb.getWorksheet('预算调整')!.getRow(3).getCell(4).value = '上级要求';
    });
    const err = await importBudgetWorkbook(demo, bad).catch((e: unknown) => e);
    expect((err as WorkbookError).issues.map((i) => i.path)).toEqual(['预算调整!D3']);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(importBudgetWorkbook(loadDemo(), Buffer.from('not excel'))).rejects.toThrow(/xlsx/);
  });
});
