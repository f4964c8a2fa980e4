import { describe, expect, it } from 'vitest';
import { runRule } from './run-rule.ts';
import { yearChangeAmounts, yearChangeRates } from './year-change-checks.ts';

const found = (pass: typeof yearChangeRates, text: string): string[] => runRule(pass, text).findings.map((f) => `${f.rule} ${f.severity} ${f.message}`);

describe('a change told of a name against another year, checked against the amounts the text states for both years', () => {
  const text = (change: string, rate: string): string =>
    '一、2022年“三公”经费预算安排情况\n2022年度“三公”经费预算总计21.8万元，其中：因公出国（境）经费0万元，公务接待11.8万元，公务用车运行费用10万元。\n' +
    '二、2021年“三公”经费决算情况\n2021年度“三公”经费合计支出20.12万元，其中：因公出国（境）经费0万元，公务接待15.39万元，公务用车运行费用7.73万元。\n' +
    `2022年度“三公”经费预算较2021年度增加1.68万元，其中公务接待较上年同期减少${change}，减少${rate}。公务用车运行费用较上年同期增加2.27万元，增长29.37%。`;

  it('finds the two years\' amounts of the name in other sections (公务接待 in 2022 and in 2021)', () => {
    expect(found(yearChangeAmounts, text('3.59万元', '23.33%'))).toEqual([]);
    expect(found(yearChangeRates, text('3.59万元', '23.33%'))).toEqual([]);
    // The change wrong, the rate right (3.59 / 15.39 = 23.33 %): the change is reported.
    expect(found(yearChangeAmounts, text('3.95万元', '23.33%'))).toEqual(['sum-mismatch warning 变动额写为3.95万元，按2022年11.8万元与2021年15.39万元（“公务接待”）计算应为3.59万元']);
    // The change right, the rate wrong.
    expect(found(yearChangeRates, text('3.59万元', '25.33%'))).toEqual(['percent-mismatch warning 变动率写为25.33%，按2022年11.8万元与2021年15.39万元（“公务接待”）计算应为23.33%']);
  });

  it('says nothing when neither the change nor the rate agrees (the amounts compared are not sure), and gives a 提示 within rounding', () => {
    expect([...found(yearChangeAmounts, text('5.00万元', '40.00%')), ...found(yearChangeRates, text('5.00万元', '40.00%'))]).toEqual([]);
    // 3.58 against 3.59: 11.8 may be 11.805 — a 提示.
    expect(found(yearChangeAmounts, text('3.58万元', '23.26%')).map((f) => f.split(' ')[1])).toEqual(['info']);
  });

  it('needs one value of the name in each year', () => {
    const two = text('3.95万元', '23.33%').replace('公务用车运行费用7.73万元。', '公务用车运行费用7.73万元。2021年度公务接待16.39万元（含追加）。');
    expect(found(yearChangeAmounts, two)).toEqual([]);
  });
});
