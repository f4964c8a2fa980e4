import { describe, expect, it } from 'vitest';
import { internalTextProblems } from './ui-text.ts';

describe('internal names on screen', () => {
  it('finds data paths, identifiers, rule ids, code names, English sentences and JSON', () => {
    expect(internalTextProblems('需补充 goals[0].indicators[0].weight')).toContain('数据路径：goals[0].indicators[0].weight');
    expect(internalTextProblems('见 revenue.bySource[0]')[0]).toContain('revenue.bySource[0]');
    expect(internalTextProblems('expenditure.byNature.basic.final 不符')).toContain('数据路径：expenditure.byNature.basic.final');
    expect(internalTextProblems('字段 adjustedBudget')).toEqual(['字段标识符：adjustedBudget']);
    expect(internalTextProblems('规则 sum-mismatch')).toEqual(['规则编号或代码名：sum-mismatch']);
    expect(internalTextProblems('单位代码 yuanling-commerce')).toEqual(['规则编号或代码名：yuanling-commerce']);
    expect(internalTextProblems('金额有误 / amount is not valid')).toEqual(['英文句子：amount is not valid']);
    expect(internalTextProblems('{"code":"x"}')).toContain('JSON：{"code":');
  });

  it('accepts Chinese text, dates, file names, amounts and allowed user names', () => {
    expect(internalTextProblems('绩效 Jixiao 2024-12-31 报告.docx 1,234.5678万元 Excel PDF', [])).toEqual([]);
    expect(internalTextProblems('用户名 demo-officer', ['demo-officer'])).toEqual([]);
    expect(internalTextProblems('已选择 ledger-bad.csv，共 7 行')).toEqual([]);
  });
});
