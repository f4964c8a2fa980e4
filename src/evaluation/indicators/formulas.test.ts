import { describe, expect, it } from 'vitest';
import {
  computeIndicator,
  DEPARTMENT_LIBRARY,
  formatPercent,
  type IndicatorValue,
} from '../index.ts';
import { departmentYear, type Patch } from '../test-support.ts';

function compute(id: string, patch: Patch): IndicatorValue {
  const def = DEPARTMENT_LIBRARY.indicators.find((d) => d.id === id);
  if (!def) throw new Error(`no indicator ${id}`);
  return computeIndicator(departmentYear(patch), def);
}

function computed(id: string, patch: Patch): Extract<IndicatorValue, { status: 'computed' }> {
  const v = compute(id, patch);
  if (v.status !== 'computed') throw new Error(`${id} expected computed, got ${v.status}: ${JSON.stringify(v)}`);
  return v;
}

const budgets = (initial: string, adjusted: string, final: string): Patch => ({
  expenditure: {
    total: { initialBudget: initial, adjustedBudget: adjusted, final },
    byNature: { basic: { amounts: {} }, project: { amounts: {} } },
  },
});

describe('ratio and change formulas on illustrative figures (the published examples are in worked-examples.test.ts)', () => {
  it('预算调整率 is not scored from the gross change alone: 需补充 the classified adjustments, the gross 139.81% shown as an upper bound', () => {
    // The seed: 年初 695.83万元, 全年 1668.70万元. 972.87 / 695.83 = 1.398143… (the issue's “139.82%” is a slip).
    const v = compute('budget_adjustment_rate', budgets('695.83万元', '1668.7万元', '1668.7万元'));
    expect(v.status).toBe('missing');
    if (v.status !== 'missing') return;
    expect(v.missing[0]).toContain('需补充：本年预算调整明细及分类');
    expect(v.notes).toContain('毛调整率（上限，未剔除不计入的调整）：|1668.70万元 − 695.83万元| / 695.83万元 × 100% = 139.81%');
  });

  it('预算调整率 = 预算调整数 / 预算数, figures of a published Hunan 部门整体支出绩效评价指标表 (S5): 767.86 / 1922.76 = 39.94%', () => {
    // wanglu.net/thread/t4-462766-0.html: 「本年预算追加数为767.86万元，年初预算为1922.76万元」.
    const v = computed('budget_adjustment_rate', {
      ...budgets('1922.76万元', '2690.62万元', '2670.82万元'),
      budgetAdjustments: [{ description: '本年追加预算', kind: 'increase', amount: '767.86万元', cause: 'ordinary' }],
    });
    expect(formatPercent(v.value)).toBe('39.94%');
    expect(v.calculation).toBe('(767.86万元) / 1922.76万元 × 100% = 39.94%');
  });

  it('预算调整率 leaves out adjustments for national policy, force majeure and assigned tasks (财预〔2013〕53号), and lists them', () => {
    const v = computed('budget_adjustment_rate', {
      ...budgets('1000万元', '1300万元', '1300万元'),
      budgetAdjustments: [
        { description: '追加业务经费', kind: 'increase', amount: '100万元', cause: 'ordinary' },
        { description: '调减会议费', kind: 'decrease', amount: '20万元', cause: 'ordinary' },
        { description: '防汛救灾', kind: 'increase', amount: '220万元', cause: 'force-majeure' },
      ],
    });
    // 追加 and 追减 both count (100 + 20), the force-majeure 220 does not: 120 / 1000 = 12%.
    expect(v.value).toBe(12);
    expect(v.notes?.some((n) => n.startsWith('不计入：防汛救灾（追加，不可抗力）220.00万元'))).toBe(true);
  });

  it('“三公经费”控制率 = 实际 / 预算: 26.34 / 28 = 94.07%', () => {
    const v = computed('three_public_control_rate', {
      threePublic: { total: { budget: '28万元', final: '26.34万元' } },
    });
    expect(v.value).toBeCloseTo(94.0714285714, 9);
    expect(v.calculation).toBe('26.34万元 / 28.00万元 × 100% = 94.07%');
  });

  it('“三公经费”控制率 uses the parts when the stated total disagrees with them, and says so', () => {
    const v = computed('three_public_control_rate', {
      threePublic: {
        total: { budget: '28元', final: '26.34万元' },
        reception: { budget: '28万元', final: '26.34万元' },
        overseasTravel: { budget: 0, final: 0 },
        vehicles: { budget: 0, final: 0 },
      },
    });
    expect(formatPercent(v.value)).toBe('94.07%');
    expect(v.notes?.join('')).toContain('需核实：“三公经费”预算安排数的合计数 0.0028万元');
  });

  it('a total within the rounding tolerance of its parts (万元, 2 decimals) is used as stated', () => {
    const withParts = (projectAdjusted: string): Patch => ({
      settings: { sourcePrecision: { unit: '万元', decimals: 2 } },
      expenditure: {
        total: { initialBudget: '100万元', adjustedBudget: '110万元', final: '110万元' },
        byNature: {
          basic: { amounts: { initialBudget: '60万元', adjustedBudget: '70万元' } },
          project: { amounts: { initialBudget: '40万元', adjustedBudget: projectAdjusted } },
        },
      },
    });
    // 70 + 40.01 = 110.01 vs 110: 0.01万元 ≤ (2 + 1) × 0.005万元 → rounding; the stated 110 gives exactly 10%.
    const within = computed('budget_completion_rate', withParts('40.01万元'));
    expect(within.value).toBe(100);
    expect(within.notes?.[0]).toContain('相差在舍入误差内，按合计数计算');
    // 70 + 40.02 = 110.02: 0.02万元 is beyond rounding → the parts are used and the gap is flagged.
    const beyond = computed('budget_completion_rate', withParts('40.02万元'));
    expect(beyond.value).toBeCloseTo((110 * 100) / 110.02, 10);
    expect(beyond.notes?.[0]).toMatch(/^需核实/);
  });

  it('在职人员控制率 = 在职 / 编制: 32 / 30 = 106.67%, 编制 summed by type when no total is stated', () => {
    const v = computed('staff_control_rate', {
      staffing: {
        inPost: 32,
        establishment: [
          { type: 'administrative', count: 16 },
          { type: 'public-institution', count: 14 },
        ],
      },
    });
    expect(formatPercent(v.value)).toBe('106.67%');
    expect(v.inputs[1]?.paths).toEqual(['staffing.establishment[0].count', 'staffing.establishment[1].count']);
  });

  it('预算完成率 = 决算 / 全年预算: 1500 / 1668.70 = 89.89%', () => {
    expect(formatPercent(computed('budget_completion_rate', budgets('695.83万元', '1668.7万元', '1500万元')).value)).toBe('89.89%');
  });

  it('结转结余率 = 年末结转结余 / 全年预算: 50 / 1000 = 5.00%', () => {
    const v = computed('carryover_balance_rate', { ...budgets('1000万元', '1000万元', '950万元'), carryOver: { ending: '50万元' } });
    expect(v.value).toBe(5);
  });

  it('结转结余变动率 = (本年 − 上年) / 上年: (60 − 80) / 80 = −25%', () => {
    expect(computed('carryover_balance_change_rate', { carryOver: { beginning: '80万元', ending: '60万元' } }).value).toBe(-25);
  });

  it('公用经费控制率 = 决算 / 预算: 64.37 / 70 = 91.96%', () => {
    const v = computed('public_funds_control_rate', {
      expenditure: {
        byNature: {
          basic: { amounts: {}, publicExpense: { adjustedBudget: '70万元', final: '64.37万元' } },
          project: { amounts: {} },
        },
      },
    });
    expect(formatPercent(v.value)).toBe('91.96%');
  });

  it('政府采购执行率 = 45 / 50 = 90%; 固定资产利用率 = 90 / 120 = 75%', () => {
    expect(computed('gov_procurement_execution_rate', { procurement: { budget: '50万元', actual: '45万元' } }).value).toBe(90);
    expect(
      computed('fixed_asset_utilization_rate', { fixedAssets: { totalOriginalValue: '120万元', inUseOriginalValue: '90万元' } }).value,
    ).toBe(75);
  });

  it('实际完成率 counts quantified goal indicators that reach their target: 3 / 4 = 75%', () => {
    const v = computed('actual_completion_rate', {
      goals: [
        {
          title: '目标1',
          indicators: [
            { name: 'A', operator: '>=', target: 100, actual: 294 },
            { name: 'B', operator: '>=', target: '≥95%', actual: '90%' },
            { name: 'C', operator: '<=', target: 10, actual: 8 },
            { name: 'D', operator: '=', target: 3, actual: 3 },
            { name: '定性', operator: 'qualitative', actual: '达成预期指标' },
          ],
        },
      ],
    });
    expect(v.value).toBe(75);
    expect(v.calculation).toBe('3项 / 4项 × 100% = 75.00%');
    expect(v.notes?.[0]).toContain('按年度绩效目标中的量化指标计数');
    expect(v.notes?.[1]).toContain('goals[0].indicators[1]');
  });
});

describe('missing and non-applicable inputs', () => {
  it('“三公经费”变动率 needs last year’s budget, not last year’s 决算: 需补充 until it is stated, never substituted', () => {
    const v = compute('three_public_change_rate', { threePublic: { total: { budget: '28万元', lastYearFinal: '30万元' } } });
    expect(v.status).toBe('missing');
    if (v.status !== 'missing') return;
    expect(v.missing).toEqual([
      '需补充：上年度“三公经费”预算数（threePublic.total.lastYearBudget 或 threePublic.reception.lastYearBudget 或 threePublic.overseasTravel.lastYearBudget 或 threePublic.vehicles.lastYearBudget）',
    ]);
    const stated = computed('three_public_change_rate', { threePublic: { total: { budget: '28万元', lastYearBudget: '32万元', lastYearFinal: '30万元' } } });
    expect(stated.calculation).toBe('(28.00万元 − 32.00万元) / 32.00万元 × 100% = -12.50%');
  });

  it('a missing path names the input and where it should be', () => {
    const v = compute('gov_procurement_execution_rate', { procurement: { budget: '50万元' } });
    expect(v.status === 'missing' && v.missing).toEqual(['需补充：实际政府采购金额（procurement.actual）']);
  });

  it('a zero denominator makes a ratio not applicable, never zero or infinite', () => {
    const v = compute('gov_procurement_execution_rate', { procurement: { budget: 0, actual: 0 } });
    expect(v.status).toBe('not-applicable');
  });

  it('a change from zero to zero does not apply; from zero to something needs a person', () => {
    expect(compute('carryover_balance_change_rate', { carryOver: { beginning: 0, ending: 0 } }).status).toBe('not-applicable');
    const v = compute('carryover_balance_change_rate', { carryOver: { beginning: 0, ending: '5万元' } });
    expect(v.status === 'missing' && v.missing[0]).toContain('变动率无定义');
  });

  it('实际完成率 without quantified goal indicators asks for them', () => {
    const v = compute('actual_completion_rate', { goals: [{ title: '目标', indicators: [] }] });
    expect(v.status === 'missing' && v.missing[0]).toContain('goals[].indicators');
  });
});

describe('indicators whose inputs the model gained in issue 13 (illustrative figures)', () => {
  const projects = (...list: { isKey?: boolean; initial: string }[]): Patch => ({
    expenditure: { byNature: { basic: { amounts: {} }, project: { amounts: { initialBudget: '500万元' } } } },
    projects: list.map((p, i) => ({ name: `项目${i + 1}`, amounts: { initialBudget: p.initial }, ...(p.isKey === undefined ? {} : { isKey: p.isKey }) })),
  });

  it('重点支出安排率 sums the 年初预算 of the projects marked 重点项目 only: (200 + 100) / 500 = 60%', () => {
    const v = computed('key_expenditure_rate', projects({ isKey: true, initial: '200万元' }, { isKey: false, initial: '200万元' }, { isKey: true, initial: '100万元' }));
    expect(v.value).toBe(60);
    expect(v.inputs[0]?.paths).toEqual(['projects[0].amounts.initialBudget', 'projects[2].amounts.initialBudget']);
    expect(v.calculation).toBe('300.00万元 / 500.00万元 × 100% = 60.00%');
  });

  it('重点支出安排率: no project classified is 需补充 (not 0%); all classified as not key is 0%', () => {
    const none = compute('key_expenditure_rate', projects({ initial: '200万元' }, { initial: '300万元' }));
    expect(none.status).toBe('missing');
    expect(none.status === 'missing' && none.missing[0]).toBe('需补充：重点项目支出（年初预算安排）（projects[isKey].amounts.initialBudget）');
    expect(computed('key_expenditure_rate', projects({ isKey: false, initial: '200万元' })).value).toBe(0);
  });

  it('支付进度率 = 实际支付进度 / 既定支付进度: 72.5% / 75% = 96.67%', () => {
    const v = computed('payment_progress_rate', { paymentProgress: { actualPercent: 72.5, plannedPercent: 75 } });
    expect(formatPercent(v.value)).toBe('96.67%');
    expect(v.calculation).toBe('72.50% / 75.00% × 100% = 96.67%');
  });

  it('完成及时率, 质量达标率 and 实际完成率 from the stated work tasks (40 planned, 38 done, 36 on time, 37 to standard)', () => {
    const patch: Patch = {
      workTasks: { planned: 40, completed: 38, completedOnTime: 36, qualityMet: 37 },
      goals: [{ title: '目标', indicators: [{ name: 'A', operator: '>=', target: 10, actual: 8 }] }],
    };
    expect(computed('timely_completion_rate', patch).value).toBe(90);
    expect(computed('quality_compliance_rate', patch).value).toBe(92.5);
    const actual = computed('actual_completion_rate', patch);
    expect(actual.value).toBe(95);
    expect(actual.calculation).toBe('38项 / 40项 × 100% = 95.00%');
    expect(actual.inputs.map((t) => t.paths[0])).toEqual(['workTasks.planned', 'workTasks.completed']);
    // The goal-based count stays visible beside the stated one.
    expect(actual.notes?.[0]).toBe('对照：年度绩效目标中有量化指标值的指标1项，实际完成值达到指标值的0项（0.00%）');
  });

  it('完成及时率 with only the planned count names the missing one', () => {
    const v = compute('timely_completion_rate', { workTasks: { planned: 40 } });
    expect(v.status === 'missing' && v.missing).toEqual(['需补充：及时完成实际工作数（workTasks.completedOnTime）']);
  });

  it('重点工作办结率 12 / 12 = 100%; 满意度 186 / 200 = 93%', () => {
    expect(computed('key_task_closure_rate', { keyTasks: { assigned: 12, completed: 12 } }).value).toBe(100);
    const s = computed('public_satisfaction', { satisfactionSurvey: { validSamples: 200, satisfied: 186, method: '问卷调查' } });
    expect(s.value).toBe(93);
    expect(s.calculation).toBe('186 / 200 × 100% = 93.00%');
  });

  it('a survey of no valid samples does not apply rather than dividing by zero', () => {
    expect(compute('public_satisfaction', { satisfactionSurvey: { validSamples: 0, satisfied: 0 } }).status).toBe('not-applicable');
  });
});
