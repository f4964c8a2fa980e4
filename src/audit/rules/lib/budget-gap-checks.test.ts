import { describe, expect, it } from 'vitest';
import { budgetGapAmounts, budgetGapDirections } from './budget-gap-checks.ts';
import { runRule } from './run-rule.ts';

const messages = (pass: typeof budgetGapAmounts, text: string): string[] => runRule(pass, text).findings.map((f) => `${f.rule} ${f.severity} ${f.message}`);

describe('an amount told as over or under its budget (X，超出预算金额C / 节余预算金额C)', () => {
  const county = (gap: string, word = '超出'): string =>
    `贵池区申请基础养老金补贴945.72万元，缴费补贴46.36万元；2022年底实际领取待遇10.76万人，发放市级承担基础养老金1045.28万元，超出预算金额99.56万元；实际缴费人数56294人，补贴金额154.89万元，${word}预算金额${gap}。`;

  it('finds the budget that makes the gap, and says nothing when one does', () => {
    expect([...messages(budgetGapAmounts, county('108.53万元')), ...messages(budgetGapDirections, county('108.53万元'))]).toEqual([]);
  });

  it('reports a gap one digit off the one budget that gives such a value', () => {
    expect(messages(budgetGapAmounts, county('118.53万元'))).toEqual(['sum-mismatch warning 超出预算金额写为118.53万元，按154.89万元与预算46.36万元计算应为108.53万元']);
    // A gap no budget comes near: which budget is meant is not known.
    expect(messages(budgetGapAmounts, county('300.00万元'))).toEqual([]);
  });

  it('reports a saving said of an amount above the budget the gap confirms', () => {
    const text = '青阳县申请基础养老金补贴238.34万元，缴费补贴17.17万元；2022年底实际领取待遇人数为51268人，基础养老金实际支出239.53万元，节余预算金额1.19万元。';
    expect(messages(budgetGapDirections, text)).toEqual(['direction-mismatch warning 变动方向有误：239.53万元高于预算238.34万元，应为超出预算1.19万元，文中写为节余']);
    expect(messages(budgetGapDirections, text.replace('节余', '超出'))).toEqual([]);
  });
});
