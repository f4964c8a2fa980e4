import { describe, expect, it } from 'vitest';
import { fieldLabel, labelPathsIn } from './field-labels.ts';

describe('field labels', () => {
  it('labels a path, rows counted from 1, and a path of any row', () => {
    expect(fieldLabel('revenue.bySource[0].amounts.final')).toBe('收入 › 按来源 › 第1行 › 决算数');
    expect(fieldLabel('staffing.establishment[].count')).toBe('人员编制 › 编制 › 人数');
    expect(fieldLabel('')).toBe('整体');
    // A budget adjustment's kind is its type (追加/追减), not the department's 单位性质.
    expect(fieldLabel('budgetAdjustments[1].kind')).toBe('预算调整明细 › 第2行 › 调整类型');
    expect(fieldLabel('department.kind')).toBe('单位 › 单位性质');
  });

  it('replaces the paths and model words inside a message with their labels', () => {
    expect(labelPathsIn('需补充：编制数（机构编制部门核定）（staffing.establishmentTotal 或 staffing.establishment[].count）')).toBe(
      '需补充：编制数（机构编制部门核定）（人员编制 › 编制总数 或 人员编制 › 编制 › 人数）',
    );
    expect(labelPathsIn('需补充：本年预算调整明细及分类（budgetAdjustments：追加、追减或结构调整）')).toBe(
      '需补充：本年预算调整明细及分类（预算调整明细：追加、追减或结构调整）',
    );
    expect(labelPathsIn('见 projects[0].indicators[1].score')).toBe('见 项目 › 第1行 › 指标 › 第2行 › 得分');
    // A filtered path (the projects marked 重点项目) and the 53号 inputs the model gained in issue 13.
    expect(labelPathsIn('需补充：重点项目支出（projects[isKey].amounts.initialBudget）')).toBe('需补充：重点项目支出（项目 › 重点项目 › 年初预算数）');
    expect(labelPathsIn('（threePublic.total.lastYearBudget）')).toBe('（“三公”经费 › 合计 › 上年预算数）');
    expect(labelPathsIn('workTasks.completedOnTime、satisfactionSurvey.validSamples')).toBe('工作任务 › 及时完成数、满意度调查 › 有效样本数');
  });

  it('says the system lacks a field instead of naming the field the model should get', () => {
    const out = labelPathsIn('需补充：实际支付进度（数据模型暂无此项，建议增加字段 paymentProgress.actualPercent）');
    expect(out).toBe('需补充：实际支付进度（系统暂无此项数据）');
    expect(labelPathsIn('重点项目支出（数据模型暂无此项，建议增加字段 projects[].isKey（重点项目标记））')).toBe('重点项目支出（系统暂无此项数据）');
  });

  it('leaves words that are not the model’s alone', () => {
    expect(labelPathsIn('min(91.67% / 100.00%, 1) × 1 = 0.92分，见 报告.docx')).toBe('min(91.67% / 100.00%, 1) × 1 = 0.92分，见 报告.docx');
  });
});
