import { describe, expect, it } from 'vitest';
import { budgetAdjustment } from './budget-adjustment.ts';
import { runRule } from './lib/run-rule.ts';

describe('budget-adjustment', () => {
  it('checks the year-start budget plus what was added less what was cut against the year\'s budget (former test33 2743, 2748)', () => {
    const text = (total: string) =>
      `2024年年初预算1,588.47万元，其中一般公共预算拨款1,518.78万元，政府性基金预算拨款69.69万元。年度执行中追加预算127.61万元，调减预算49.08万元，全年预算数为${total}万元。`;
    const sums = (t: string) => runRule(budgetAdjustment, t).findings.filter((f) => f.shape === 'adjustment-sum').map((f) => [f.severity, f.calculation]);
    expect(sums(text('1,647.00'))).toEqual([['warning', '1588.47 + 127.61 − 49.08 = 1667 ≠ 1647']]);
    expect(sums(text('1,667.00'))).toEqual([]);
    // No year-start budget before the changes: nothing is read.
    expect(sums(text('1,647.00').replace('年初预算', '收入'))).toEqual([]);
  });

  it('reads an add word in the amount\'s clause, and stays silent where a change may be unread or goes either way', () => {
    const sums = (t: string) => runRule(budgetAdjustment, t).findings.filter((f) => f.shape === 'adjustment-sum').map((f) => f.calculation);
    const text = (lead: string, total: string) =>
      `2023年年初预算500.00万元，其中基本支出300.00万元，项目支出200.00万元。年内${lead}校舍维修、设备购置等经费120.00万元，调减培训项目30.00万元，全年预算${total}万元。`;
    // 追加 stands in the clause, not in the amount's label (经费): read as an addition.
    expect(sums(text('追加', '590.00'))).toEqual([]);
    expect(sums(text('追加', '600.00'))).toEqual(['500 + 120 − 30 = 590 ≠ 600']);
    // A change whose words are not known (安排): the cut alone is not the whole story — silent.
    expect(sums(text('安排', '590.00'))).toEqual([]);
    expect(sums(text('安排', '470.00'))).toEqual([]);
    // Carried-over money taken back into the budget: which way it moves the budget is not said — silent.
    expect(sums('项目年初预算300.00万元，收回上年结转资金20.00万元后全年预算320.00万元。')).toEqual([]);
  });

  it('reads an addition whose purposes, listed with 、, stand between the add word and its amount', () => {
    const text = (total: string) =>
      `年初预算2,140.60万元，其中基本支出1,702.30万元，项目支出438.30万元。年内追加乡村道路、河道清淤等专项资金366.25万元，调减会议费30.00万元，全年预算${total}万元。`;
    const sums = (t: string) => runRule(budgetAdjustment, t).findings.filter((f) => f.shape === 'adjustment-sum').map((f) => f.calculation);
    expect(sums(text('2,476.85'))).toEqual([]);
    expect(sums(text('2,467.85'))).toEqual(['2140.6 + 366.25 − 30 = 2476.85 ≠ 2467.85']);
  });

  it('reports each large adjustment as information, the largest item first', () => {
    const text = '年初预算收入695.83万元，全年预算收入1668.7万元。\n项目支出年初预算数179.9万元，全年预算数1059.41万元。';
    const { findings } = runRule(budgetAdjustment, text);
    expect(findings).toHaveLength(2);
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.calculation).toBe('(1668.7 − 695.83) ÷ 695.83 = 139.81% > 30%');
    expect(findings[1]!.message).toContain('项目支出');
  });

  it('is silent on a large adjustment the text itself accounts for (年初 + 追加 = 全年, figure by figure)', () => {
    const text = (added: string) => `2023年度我局年初预算支出1,200.00万元，年内追加预算${added}万元，全年预算支出1,740.00万元，执行率98.50%。`;
    const large = (t: string) => runRule(budgetAdjustment, t).findings.filter((f) => f.severity === 'info').length;
    expect(large(text('540.00'))).toBe(0);
    // An addition that does not make the total explains nothing: the warning, and the information.
    expect(runRule(budgetAdjustment, text('450.00')).findings.map((f) => f.severity)).toEqual(['warning', 'info']);
    expect(large('2023年度我局年初预算支出1,200.00万元，全年预算支出1,740.00万元。')).toBe(1);
  });

  it('is silent on a small adjustment and says when there is nothing to compare', () => {
    expect(runRule(budgetAdjustment, '基本支出年初预算数515.93万元，全年预算数609.29万元。').findings).toEqual([]);
    expect(runRule(budgetAdjustment, '支出100万元。').notChecked[0]).toContain('budget-adjustment');
  });

  it('reads the funds rows of a self-evaluation form flattened with single spaces (年初 + 调整 = 小计 proves the reading)', () => {
    // Shape (a department's whole-spending self-evaluation table as a page's text, test21 spent), invented wording.
    const form = (row: string): string =>
      `部门整体支出绩效自评表\n(万元) 年初预算安排金额① 年中调整金额② 小计 年度拨付金额 支出实现率(%)\n③=①+②\n${row}\n① 项目支出 20 0 20 20 100\n`;
    const { findings } = runRule(budgetAdjustment, form('财政资金合计 80.00 36.40 116.40 116.00 99.66'));
    expect(findings.map((f) => [f.severity, f.calculation])).toEqual([['info', '36.40 ÷ 80.00 = 45.50% > 30%']]);
    expect(runRule(budgetAdjustment, form('财政资金合计 80.00 6.40 86.40 86.00 99.54')).findings).toEqual([]);
    // Silent: the three amounts do not add up (another reading of the columns); no such header before the row.
    expect(runRule(budgetAdjustment, form('财政资金合计 80.00 36.40 126.40 116.00 99.66')).findings).toEqual([]);
    expect(runRule(budgetAdjustment, '资金情况\n财政资金合计 80.00 36.40 116.40 116.00 99.66\n').findings).toEqual([]);
  });
});
