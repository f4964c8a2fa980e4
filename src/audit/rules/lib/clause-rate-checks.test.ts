import { describe, expect, it } from 'vitest';
import { clauseRates } from './clause-rate-checks.ts';
import { runRule } from './run-rule.ts';

const messages = (text: string): string[] => runRule(clauseRates, text).findings.map((f) => `${f.severity} ${f.message}`);

describe('an execution rate closing a clause of two amounts (预算A，实际支出B，执行率R%)', () => {
  it('reads the rate against the spent amount over the budget of its own clause', () => {
    const text = (rate: string): string => `1.供销社为农服务：年度预算620.00万元，实际支出608.45万元，执行率${rate}；2.农资储备：年度预算160.00万元，实际支出160.00万元，执行率100.00%。`;
    expect(messages(text('98.41%'))).toEqual(['error 执行率写为98.41%，按608.45万元÷620.00万元计算应为98.14%']);
    expect(messages(text('98.14%'))).toEqual([]);
    expect(messages('两庭及装备更新维护195.00万元，年末结算支出185万元，项目资金支出进度比率为100%；')).toEqual(['error 项目资金支出进度比率写为100%，按185万元÷195.00万元计算应为94.87%']);
    // The spent amount first, the budget named after it.
    expect(messages('全年执行数95.20万元，全年预算数100.00万元，执行率97.20%。')).toEqual(['error 执行率写为97.20%，按95.20万元÷100.00万元计算应为95.20%']);
    expect(messages('全年执行数95.20万元，全年预算数100.00万元，执行率95.20%。')).toEqual([]);
  });

  it('stays silent on a clause of three amounts, a comparison, an unlabelled spending and a unit slip', () => {
    expect(messages('年度预算620.00万元，追加20.00万元，实际支出608.45万元，执行率98.41%。')).toEqual([]);
    expect(messages('年度预算620.00万元，实际支出608.45万元，执行率较上年提高8.41%。')).toEqual([]);
    expect(messages('年度预算620.00万元，608.45万元，执行率98.41%。')).toEqual([]);
    expect(messages('全年预算806,492.56元，实际支出749,816.19万元，执行率93.0%。')).toEqual([]);
  });
});
