import { describe, expect, it } from 'vitest';
import {
  buildDepartmentSelfEvaluationTable,
  buildIndicatorScoreTable,
  buildProjectSelfEvaluationTable,
  DEFAULT_DEPARTMENT_TEMPLATE,
  DEFAULT_PROJECT_TEMPLATE,
  evaluateDepartmentSelfEvaluation,
  evaluateDepartmentYear,
  evaluateProjects,
  FUNDS_COLUMNS,
  INDICATOR_COLUMNS,
} from './index.ts';
import { departmentYear } from './test-support.ts';

const dy = departmentYear({
  department: { code: 'd', name: '沅陵县商务局', kind: 'administrative', supervisor: '沅陵县人民政府' },
  revenue: { bySource: [{ name: '一般公共预算财政拨款收入', amounts: { initialBudget: '695.83万元', adjustedBudget: '1668.7万元', final: '1668.7万元' } }] },
  expenditure: {
    byNature: {
      basic: { amounts: { initialBudget: '515.93万元', adjustedBudget: '609.29万元', final: '609.29万元' } },
      project: { amounts: { initialBudget: '179.9万元', adjustedBudget: '1059.41万元', final: '1059.41万元' } },
    },
  },
  goals: [{ title: '加大集货力度', indicators: [{ level1: '产出指标', level2: '数量指标', name: '班列任务完成率', operator: '>=', target: 100, actual: 294, unit: '%', weight: 90 }] }],
  projects: [
    {
      name: '招商引资工作经费',
      goal: '完成年度招商任务',
      amounts: { initialBudget: '100万元', adjustedBudget: '348.6698万元', final: '348.6698万元' },
      indicators: [{ level1: '产出指标', level2: '数量指标', name: '签约项目', operator: '>=', target: 25, actual: 30, unit: '个', weight: 50, score: 50 }],
      selfScore: 100,
    },
  ],
});

describe('self-evaluation tables', () => {
  it('项目支出绩效自评表: the 10号 funds rows and indicator rows', () => {
    const [p] = evaluateProjects(dy, DEFAULT_PROJECT_TEMPLATE);
    if (!p) throw new Error('no project');
    const t = buildProjectSelfEvaluationTable(dy, p);
    expect(t.title).toBe('项目支出绩效自评表（2024年度）');
    expect(t.fundsColumns).toEqual(FUNDS_COLUMNS);
    expect(t.funds[0]?.cells).toEqual(['年度资金总额', '100.00', '348.6698', '348.6698', '10', '100.00%', '10']);
    expect(t.funds.slice(1).map((r) => r.cells[0])).toEqual(['其中：当年财政拨款', '上年结转资金', '其他资金']);
    expect(t.funds[1]?.cells[4]).toBe('—');
    expect(t.indicatorColumns).toEqual(INDICATOR_COLUMNS);
    expect(t.indicators[0]?.cells).toEqual(['产出指标', '数量指标', '签约项目', '≥25个', '30个', '50', '50', '']);
    expect(t.total).toMatchObject({ maxScore: 100, score: 60, claimedScore: 100, complete: false });
    expect(t.goal.expected).toBe('完成年度招商任务');
  });

  it('部门整体支出绩效自评表: totals by revenue source and by nature', () => {
    const t = buildDepartmentSelfEvaluationTable(dy, evaluateDepartmentSelfEvaluation(dy, DEFAULT_PROJECT_TEMPLATE));
    expect(t.funds.map((r) => r.cells[0])).toEqual([
      '年度资金总额',
      '按收入性质分：一般公共预算财政拨款收入',
      '按支出性质分：基本支出',
      '按支出性质分：项目支出',
    ]);
    expect(t.funds[0]?.cells).toEqual(['年度资金总额', '695.83', '1668.70', '1668.70', '10', '100.00%', '10']);
    expect(t.goal.expected).toBe('目标1：加大集货力度');
    expect(t.indicators[0]?.cells.slice(3, 7)).toEqual(['≥100%', '294%', '90', '90']);
    expect(t.total.score).toBe(100);
    expect(t.total.complete).toBe(true);
    expect(t.total.grade).toBe('优');
  });

  it('the 53号 scoring table shows 待补充 for an indicator without data', () => {
    const rows = buildIndicatorScoreTable(evaluateDepartmentYear(dy, DEFAULT_DEPARTMENT_TEMPLATE)).rows;
    const done = rows.find((r) => r.id === 'budget_completion_rate');
    expect(done?.cells.slice(3, 7)).toEqual(['100.00%', '1668.70万元 / 1668.70万元 × 100% = 100.00%', '4', '4']);
    expect(rows.find((r) => r.id === 'budget_adjustment_rate')?.cells[6]).toBe('待补充');
    expect(rows.find((r) => r.id === 'gov_procurement_execution_rate')?.cells[6]).toBe('待补充');
  });
});
