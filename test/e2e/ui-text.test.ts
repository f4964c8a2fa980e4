import { describe, expect, it } from 'vitest';
import { labelPathsIn } from '../../src/core/field-labels.ts';
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
    expect(internalTextProblems('指标 budget_adjustment_rate')).toEqual(['模板或指标编号：budget_adjustment_rate']);
    expect(internalTextProblems('Not found: no such department year')).toEqual(['英文句子：Not found: no such department year']);
  });

  it('fails on what the 自评表 showed before its texts were labelled, and passes the labelled text', () => {
    const raw = '需补充：编制数（staffing.establishmentTotal 或 staffing.establishment[].count）；实际支付进度（数据模型暂无此项，建议增加字段 paymentProgress.actualPercent）；本年预算调整明细（budgetAdjustments：追加）';
    const problems = internalTextProblems(raw);
    expect(problems).toContain('数据路径：staffing.establishmentTotal');
    expect(problems).toContain('数据路径：paymentProgress.actualPercent');
    expect(problems).toContain('字段标识符：budgetAdjustments');
    expect(internalTextProblems(labelPathsIn(raw))).toEqual([]);
  });

  it('accepts Chinese text, dates, file names, amounts and allowed user names', () => {
    expect(internalTextProblems('绩效 Jixiao 2024-12-31 报告.docx 1,234.5678万元 Excel PDF', [])).toEqual([]);
    expect(internalTextProblems('用户名 demo-officer', ['demo-officer'])).toEqual([]);
    expect(internalTextProblems('已选择 ledger-bad.csv，共 7 行')).toEqual([]);
  });
});
