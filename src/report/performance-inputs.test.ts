/**
 * Issue 13: the 53号 inputs the model gained appear in the report where they belong — 上年预算数 in the “三公”
 * paragraph and table, the 重点项目 in 项目管理, work tasks, key tasks, payment progress and the survey after the
 * indicator table — each as a figure read from its field; a year that states none of them prints none.
 */
import { describe, expect, it } from 'vitest';
import { fen } from '../core/money.ts';
import { composeReport } from './compose.ts';
import { collectFigures, documentText } from './document-model.ts';
import { correctedDemo, sourceValue } from './test-support.ts';

const WAN = 1_000_000;

function withInputs() {
  const dy = correctedDemo();
  dy.threePublic.total.lastYearBudget = fen(32 * WAN);
  dy.threePublic.reception.lastYearBudget = fen(32 * WAN);
  dy.threePublic.overseasTravel.lastYearBudget = fen(0);
  dy.threePublic.vehicles.lastYearBudget = fen(0);
  dy.expenditure.byNature.project.amounts.initialBudget = fen(500 * WAN);
  dy.projects[0]!.isKey = true;
  dy.projects[0]!.amounts.initialBudget = fen(150 * WAN);
  dy.projects[1]!.isKey = true;
  dy.projects[1]!.amounts.initialBudget = fen(350 * WAN);
  dy.projects[2]!.isKey = false;
  dy.workTasks = { planned: 40, completed: 38, completedOnTime: 36, qualityMet: 37 };
  dy.keyTasks = { assigned: 12, completed: 11 };
  dy.paymentProgress = { actualPercent: 96.5, plannedPercent: 100, asOf: '2024-12-31' };
  dy.satisfactionSurvey = { respondents: '服务企业', method: '问卷调查', validSamples: 200, satisfied: 186 };
  dy.budgetAdjustments = [
    { description: '年中追加招商经费', kind: 'increase', amount: fen(800 * WAN), cause: 'ordinary' },
    { description: '落实消费品以旧换新政策', kind: 'increase', amount: fen(172_870_000), cause: 'national-policy' },
  ];
  return dy;
}

describe('the 53号 inputs in the report', () => {
  it('states each where it belongs, with the rate computed from the printed figures', () => {
    const dy = withInputs();
    const doc = composeReport(dy);
    const text = documentText(doc);
    expect(text).toContain('与上年预算数32.00万元相比减少4.00万元，减幅12.50%。');
    expect(text).toContain('列为重点项目的有2个（“商贸流通工作经费”、“招商引资工作经费”），年初预算数合计500.00万元，占项目支出年初预算数的100.00%。');
    expect(text).toContain('年度计划工作任务40项，实际完成38项；按时完成36项，质量达标37项。');
    expect(text).toContain('党委、政府、人大及相关部门交办或下达重点工作12项，已办结11项，办结率91.67%。');
    expect(text).toContain('截至2024年12月31日，实际支付进度96.5%，既定支付进度100%。');
    expect(text).toContain(
      '本年预算调整2项：年中追加招商经费（追加，一般调整）800.00万元；落实消费品以旧换新政策（追加，执行国家政策）172.87万元。执行国家政策、不可抗力和临时交办事项的调整不计入预算调整率，计入的调整数为800.00万元。',
    );
    expect(text).toMatch(/对服务企业以问卷调查方式开展满意度调查，有效样本200份，满意（含基本满意）186份，满意度93\.00%。/);
    // The “三公” table gains the 上年预算数 column.
    const table = doc.blocks.find((b) => b.type === 'table' && b.caption.includes('“三公”经费情况'));
    expect(table?.type === 'table' && JSON.stringify(table.rows[0])).toContain('上年预算数');
    // Every figure read from a field equals that field.
    for (const f of collectFigures(doc)) {
      const expected = sourceValue(dy, f);
      if (expected !== undefined) expect(f.value, f.text).toBe(expected);
    }
  });

  it('says so when every project is marked as not key, and when the year had no budget adjustment', () => {
    const dy = correctedDemo();
    for (const p of dy.projects) p.isKey = false;
    dy.budgetAdjustments = [];
    const text = documentText(composeReport(dy));
    expect(text).toContain('本年度未将任何项目列为重点项目。');
    expect(text).toContain('本年未作预算调整。');
  });

  it('prints none of them for the demo, which states none (no value invented)', () => {
    const text = documentText(composeReport(correctedDemo()));
    for (const words of ['本年预算调整', '本年未作预算调整', '上年预算数', '列为重点项目', '计划工作任务', '交办或下达重点工作', '实际支付进度', '开展满意度调查']) expect(text).not.toContain(words);
  });
});
