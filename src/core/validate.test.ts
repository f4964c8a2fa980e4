import { describe, expect, it } from 'vitest';
import { loadCodeTables } from '../reference/code-tables.ts';
import { loadDemo } from '../reference/demo.ts';
import { type DepartmentYear, type DepartmentYearInput, departmentYearSchema } from './department-year.ts';
import { validate } from './validate.ts';

function minimal(overrides: Partial<DepartmentYearInput> = {}): DepartmentYear {
  const base: DepartmentYearInput = {
    schemaVersion: 1,
    fiscalYear: 2024,
    region: { code: '431222', province: '湖南省' },
    department: { code: 'test', name: '测试局', kind: 'administrative' },
    staffing: {},
    revenue: { total: { final: '100万元' }, bySource: [{ code: '1', name: '一般公共预算财政拨款收入', amounts: { final: '100万元' } }] },
    expenditure: {
      byNature: { basic: { amounts: { final: '60万元' } }, project: { amounts: { final: '40万元' } } },
    },
    threePublic: {},
  };
  return departmentYearSchema.parse({ ...base, ...overrides });
}

describe('validate on the demo department (沅陵县商务局 2024)', () => {
  const dy = loadDemo();
  const findings = validate(dy, { codes: loadCodeTables(dy.fiscalYear) });
  const sums = findings.filter((f) => f.rule === 'sum-mismatch');

  it('reports the basic expenditure whose economic classes do not add up, with both figures and the gap', () => {
    const basic = sums.find((f) => f.evidence[0]?.path === 'expenditure.byNature.basic.amounts.final');
    expect(basic, 'basic = 458.18 + 64.37 + 85.77 must be reported').toBeDefined();
    expect(basic!.severity).toBe('error');
    expect(basic!.calculation).toBe('458.18 + 64.37 + 85.77 + 0 + 0 = 608.32 ≠ 609.29（差 0.97万元）');
    expect(basic!.difference).toBe(97_00_00);
    expect(basic!.message).toContain('609.29');
    expect(basic!.message).toContain('608.32');
  });

  it('reports the "三公" budget written as 28元 against its 28万元 part, hinting at the unit', () => {
    const tp = sums.find((f) => f.evidence[0]?.path === 'threePublic.total.budget');
    expect(tp).toBeDefined();
    expect(tp!.message).toContain('疑似单位错误');
  });

  it('reports nothing on the decompositions that add up', () => {
    // revenue by source, by function (3 phases), basic + project, the 7 projects (1059.4098 ≈ 1059.41), 三公 final
    expect(sums).toHaveLength(2);
    const paths = sums.map((f) => f.evidence[0]?.path);
    expect(paths).not.toContain('expenditure.byNature.project.amounts.final');
    expect(findings.filter((f) => f.rule === 'revenue-expenditure-balance')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'count-mismatch')).toEqual([]);
  });

  it('notes the codes missing from a table of another year (2026 for 2024 data) as info, never a warning or a failure', () => {
    const unknown = findings.filter((f) => f.rule === 'unknown-code');
    expect(unknown.map((f) => f.evidence[0]?.quote)).toContain('216 商业服务业等支出');
    for (const f of unknown) {
      expect(f.severity).toBe('info');
      expect(f.message).toContain('未收录2024年的代码表');
    }
  });

  it('flags the differing head counts and goal lists', () => {
    expect(findings.some((f) => f.rule === 'staff-count-mismatch' && f.message.includes('34'))).toBe(true);
    expect(findings.some((f) => f.rule === 'goal-mismatch')).toBe(true);
  });
});

describe('validate: tolerance and edge cases', () => {
  it('gives exact data no tolerance: one fen off is an error', () => {
    const dy = minimal({
      expenditure: {
        total: { final: 100_000_001 },
        byNature: { basic: { amounts: { final: '60万元' } }, project: { amounts: { final: '40万元' } } },
      },
    });
    const f = validate(dy).filter((x) => x.rule === 'sum-mismatch');
    expect(f).toHaveLength(1);
    expect(f[0]!.difference).toBe(1);
  });

  it('tolerates rounding at the stated precision but not beyond', () => {
    const precise = { displayUnit: '万元' as const, displayDecimals: 2, sourcePrecision: { unit: '万元' as const, decimals: 2 } };
    const within = minimal({
      settings: precise,
      expenditure: {
        total: { final: '100.01万元' },
        byNature: { basic: { amounts: { final: '60万元' } }, project: { amounts: { final: '40万元' } } },
      },
    });
    // 3 figures each ±0.005 → up to 0.015 apart
    expect(validate(within).filter((x) => x.rule === 'sum-mismatch')).toEqual([]);
    const beyond = minimal({
      settings: precise,
      expenditure: {
        total: { final: '100.02万元' },
        byNature: { basic: { amounts: { final: '60万元' } }, project: { amounts: { final: '40万元' } } },
      },
    });
    expect(validate(beyond).filter((x) => x.rule === 'sum-mismatch')).toHaveLength(1);
  });

  it('checks a phase only where every part states it', () => {
    const dy = minimal({
      expenditure: {
        total: { initialBudget: '90万元', final: '100万元' },
        byNature: { basic: { amounts: { final: '60万元' } }, project: { amounts: { initialBudget: '1万元', final: '40万元' } } },
      },
    });
    expect(validate(dy).filter((x) => x.rule === 'sum-mismatch')).toEqual([]);
  });

  it('flags 决算 over 全年预算 and negative amounts built in code', () => {
    const dy = minimal({
      expenditure: {
        byNature: {
          basic: { amounts: { adjustedBudget: '50万元', final: '60万元' } },
          project: { amounts: { final: '40万元' } },
        },
      },
    });
    expect(validate(dy).some((f) => f.rule === 'over-budget' && f.difference === 10_000_000)).toBe(true);
    const negative = { ...dy, procurement: { actual: -5 } } as unknown as DepartmentYear;
    expect(validate(negative).some((f) => f.rule === 'negative-amount' && f.evidence[0]?.path === 'procurement.actual')).toBe(true);
  });

  it('checks establishment by type against the total and the listed internal units against the stated count', () => {
    const dy = minimal({
      staffing: { establishment: [{ type: 'administrative', count: 10 }, { type: 'public-institution', count: 5 }], establishmentTotal: 16 },
      department: { code: 'test', name: '测试局', kind: 'administrative', internalUnits: ['办公室', '财务股'], statedInternalUnitCount: 3 },
    });
    const counts = validate(dy).filter((f) => f.rule === 'count-mismatch');
    expect(counts.map((f) => f.calculation)).toEqual(['10 + 5 = 15 ≠ 16', '2 ≠ 3']);
  });

  it('checks vehicles = purchase + operation', () => {
    const dy = minimal({
      threePublic: {
        vehicles: { final: '10万元' },
        vehiclePurchase: { final: '6万元' },
        vehicleOperation: { final: '3万元' },
      },
    });
    expect(validate(dy).some((f) => f.rule === 'sum-mismatch' && f.evidence[0]?.path === 'threePublic.vehicles.final')).toBe(true);
  });
});

describe('人员经费 = 301 + 303, 公用经费 = 302 + 310 (+ 399)', () => {
  const basic = (personnel: string, publicExpense: string, extra: { code: string; name: string; final: string }[] = []) =>
    minimal({
      expenditure: {
        byNature: {
          basic: {
            amounts: { final: extra.length ? '60万元' : '58万元' },
            personnel: { final: personnel },
            publicExpense: { final: publicExpense },
            byEconomic: [
              { code: '301', name: '工资福利支出', amounts: { final: '40万元' } },
              { code: '302', name: '商品和服务支出', amounts: { final: '10万元' } },
              { code: '303', name: '对个人和家庭的补助', amounts: { final: '8万元' } },
              ...extra.map((e) => ({ code: e.code, name: e.name, amounts: { final: e.final } })),
            ],
          },
          project: { amounts: { final: '40万元' } },
        },
      },
    });
  const mismatches = (dy: DepartmentYear) => validate(dy).filter((f) => f.rule === 'sum-mismatch' && /^(人员经费|公用经费)（/.test(f.message));

  it('is silent when 人员经费 = 301 + 303 (40 + 8) and 公用经费 = 302 (10)', () => {
    expect(mismatches(basic('48万元', '10万元'))).toEqual([]);
    expect(validate(basic('48万元', '10万元')).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports 人员经费 that is 301 alone (40 ≠ 40 + 8), naming both classes', () => {
    const [f] = mismatches(basic('40万元', '10万元'));
    expect(f?.message).toContain('人员经费（决算数）= 301 + 303');
    expect(f?.calculation).toBe('40 + 8 = 48 ≠ 40（差 8万元）');
  });

  it('counts 399 其他支出 in 公用经费 where that is how the unit books it', () => {
    const withOther = [{ code: '399', name: '其他支出', final: '2万元' }];
    expect(mismatches(basic('48万元', '12万元', withOther))).toEqual([]);
    expect(mismatches(basic('48万元', '13万元', withOther))).toHaveLength(1);
  });
});

describe('over budget', () => {
  const spent = (carried?: string) =>
    minimal({
      revenue: { total: { final: '110万元' }, bySource: [{ code: '1', name: '一般公共预算财政拨款收入', amounts: { final: '110万元' } }] },
      expenditure: {
        total: { adjustedBudget: '100万元', final: '110万元' },
        byNature: { basic: { amounts: { adjustedBudget: '60万元', final: '60万元' } }, project: { amounts: { adjustedBudget: '40万元', final: '50万元' } } },
      },
      ...(carried ? { carryOver: { beginning: carried } } : {}),
    });
  const over = (dy: DepartmentYear) => validate(dy).filter((f) => f.rule === 'over-budget').map((f) => f.evidence[0]?.path);

  it('counts 上年结转 as money the department could spend: 110 ≤ 100 + 15 is not over budget', () => {
    expect(over(spent())).toEqual(['expenditure.total.final', 'expenditure.byNature.project.amounts.final']);
    expect(over(spent('15万元'))).toEqual([]);
  });

  it('reports what exceeds even budget plus carry-over, with both in the arithmetic', () => {
    const f = validate(spent('5万元')).find((x) => x.rule === 'over-budget' && x.evidence[0]?.path === 'expenditure.total.final');
    expect(f?.calculation).toBe('110 > 100 + 5');
    expect(f?.message).toContain('与上年结转5万元之和');
  });

  it('does not repeat as over budget a 三公 budget already reported as a unit slip (28元 for 28万元)', () => {
    const dy = loadDemo();
    const findings = validate(dy);
    expect(findings.some((f) => f.rule === 'sum-mismatch' && f.evidence[0]?.path === 'threePublic.total.budget' && f.message.includes('疑似单位错误'))).toBe(true);
    expect(findings.filter((f) => f.rule === 'over-budget' && f.evidence.some((e) => e.path === 'threePublic.total.budget'))).toEqual([]);
  });
});

describe('the counts behind the 53号 performance indicators (issue 13)', () => {
  const rules = (dy: DepartmentYear) => validate(dy).filter((f) => f.rule === 'part-exceeds-whole');

  it('consistent counts give no finding', () => {
    const dy = minimal({
      workTasks: { planned: 40, completed: 38, completedOnTime: 36, qualityMet: 38 },
      keyTasks: { assigned: 12, completed: 12 },
      satisfactionSurvey: { validSamples: 200, satisfied: 186 },
      paymentProgress: { actualPercent: 98, plannedPercent: 100, asOf: '2024-12-31' },
    });
    expect(validate(dy).filter((f) => ['part-exceeds-whole', 'date-outside-year'].includes(f.rule))).toEqual([]);
  });

  it('completed above planned, on time above completed, 办结 above 交办, 满意 above 有效样本: errors naming both fields', () => {
    const dy = minimal({
      workTasks: { planned: 40, completed: 42, completedOnTime: 43 },
      keyTasks: { assigned: 12, completed: 13 },
      satisfactionSurvey: { validSamples: 200, satisfied: 201 },
    });
    const found = rules(dy);
    expect(found.map((f) => f.evidence.map((e) => e.path))).toEqual([
      ['workTasks.completed', 'workTasks.planned'],
      ['workTasks.completedOnTime', 'workTasks.completed'],
      ['keyTasks.completed', 'keyTasks.assigned'],
      ['satisfactionSurvey.satisfied', 'satisfactionSurvey.validSamples'],
    ]);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found[0]!.message).toBe('工作任务：实际完成工作数42超过计划工作数40');
    expect(found[3]!.calculation).toBe('201 > 200');
  });

  it('quality without a completed count is checked against the planned count', () => {
    const found = rules(minimal({ workTasks: { planned: 10, qualityMet: 11 } }));
    expect(found.map((f) => f.message)).toEqual(['工作任务：质量达标工作数11超过计划工作数10']);
  });

  it('the key projects’ 年初预算 cannot exceed the project total', () => {
    const dy = minimal({
      expenditure: { byNature: { basic: { amounts: { final: '60万元' } }, project: { amounts: { initialBudget: '100万元', final: '40万元' } } } },
      projects: [
        { name: '甲', isKey: true, amounts: { initialBudget: '80万元' } },
        { name: '乙', isKey: false, amounts: { initialBudget: '20万元' } },
        { name: '丙', isKey: true, amounts: { initialBudget: '30万元' } },
      ],
    });
    const [f] = rules(dy);
    expect(f?.message).toBe('重点项目年初预算数合计110万元超过项目支出年初预算数100万元');
    expect(f?.evidence.map((e) => e.path)).toEqual(['projects[0].amounts.initialBudget', 'projects[2].amounts.initialBudget', 'expenditure.byNature.project.amounts.initialBudget']);
  });

  it('a percentage outside 0–100 and a count below 0 are refused on input, naming the field', () => {
    const bad = departmentYearSchema.safeParse({ ...minimal(), paymentProgress: { actualPercent: 120 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['paymentProgress', 'actualPercent']);
    expect(bad.error?.issues[0]?.message).toMatch(/^百分比应在0至100之间/);
    const negative = departmentYearSchema.safeParse({ ...minimal(), satisfactionSurvey: { validSamples: -1 } });
    expect(negative.error?.issues[0]?.path).toEqual(['satisfactionSurvey', 'validSamples']);
  });

  it('a payment progress measured outside the fiscal year is a warning', () => {
    const f = validate(minimal({ paymentProgress: { actualPercent: 50, plannedPercent: 60, asOf: '2023-06-30' } })).filter((x) => x.rule === 'date-outside-year');
    expect(f.map((x) => x.evidence[0]?.path)).toEqual(['paymentProgress.asOf']);
  });

  it('上年预算数 of the “三公” items adds up to their total like every other phase', () => {
    const dy = minimal({
      threePublic: {
        total: { lastYearBudget: '30万元' },
        reception: { lastYearBudget: '20万元' },
        overseasTravel: { lastYearBudget: 0 },
        vehicles: { lastYearBudget: '8万元' },
      },
    });
    const f = validate(dy).filter((x) => x.rule === 'sum-mismatch');
    expect(f.map((x) => x.message)).toEqual(['“三公”经费（上年预算数）：“三公”经费合计为30万元，各组成部分合计28万元，相差2万元']);
  });
});

describe('「其中」 among indicators (partOf)', () => {
  const goal = (parts: { name: string; actual: number | string; partOf?: string; unit?: string }[]) =>
    minimal({ goals: [{ title: '招商引资', indicators: parts.map((p) => ({ operator: 'qualitative' as const, unit: '个', ...p })) }] });

  it('the demo’s 11 + 14 + 5 new projects add up to its 30 (the seed’s 其中 is now data and checked)', () => {
    const demo = loadDemo();
    const parts = demo.goals.flatMap((g) => g.indicators).filter((i) => i.partOf === '新签约招商引资项目');
    expect(parts.map((i) => i.actual)).toEqual([11, 14, 5]);
    expect(validate(demo).filter((f) => ['part-exceeds-whole', 'parts-below-whole', 'part-of-unknown'].includes(f.rule))).toEqual([]);
  });

  it('parts above their total are an error naming every figure; below it only a note', () => {
    const over = validate(goal([{ name: '新签约项目', actual: 30 }, { name: '小项目', actual: 20, partOf: '新签约项目' }, { name: '大项目', actual: 14, partOf: '新签约项目' }]));
    const [f] = over.filter((x) => x.rule === 'part-exceeds-whole');
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe('“新签约项目”为30个，其中各项合计34个，超出4个');
    expect(f?.evidence.map((e) => e.path)).toEqual(['goals[0].indicators[0].actual', 'goals[0].indicators[1].actual', 'goals[0].indicators[2].actual']);
    const under = validate(goal([{ name: '新签约项目', actual: 30 }, { name: '500强项目', actual: 3, partOf: '新签约项目' }]));
    expect(under.find((x) => x.rule === 'parts-below-whole')?.severity).toBe('info');
  });

  it('a part naming no indicator of its goal is an error; text values or other units are not summed', () => {
    expect(validate(goal([{ name: '小项目', actual: 3, partOf: '不存在' }])).find((x) => x.rule === 'part-of-unknown')?.evidence[0]?.path).toBe('goals[0].indicators[0].partOf');
    const mixed = validate(goal([{ name: '总数', actual: '30个' }, { name: '部分', actual: 40, partOf: '总数' }]));
    expect(mixed.filter((x) => x.rule === 'part-exceeds-whole')).toEqual([]);
  });
});

describe('budget adjustments against the budget they changed', () => {
  const budgets = { total: { initialBudget: '100万元', adjustedBudget: '130万元', final: '100万元' }, byNature: { basic: { amounts: { final: '60万元' } }, project: { amounts: { final: '40万元' } } } };
  const found = (dy: DepartmentYear) => validate(dy).filter((f) => f.rule === 'adjustments-mismatch');

  it('追加 − 追减 that explain 全年 − 年初 give no finding; 结构调整 moves nothing', () => {
    const dy = minimal({
      expenditure: budgets,
      budgetAdjustments: [
        { description: '追加业务经费', kind: 'increase', amount: '40万元', cause: 'ordinary' },
        { description: '调减会议费', kind: 'decrease', amount: '10万元', cause: 'ordinary' },
        { description: '调剂至培训费', kind: 'structural', amount: '5万元', cause: 'ordinary' },
      ],
    });
    expect(found(dy)).toEqual([]);
  });

  it('a list that leaves part of the change unexplained, or “no adjustments” against a changed budget, is a warning', () => {
    const partial = found(minimal({ expenditure: budgets, budgetAdjustments: [{ description: '追加业务经费', kind: 'increase', amount: '20万元', cause: 'ordinary' }] }));
    expect(partial.map((f) => [f.severity, f.calculation])).toEqual([['warning', '20 − 0 = 20 ≠ 130 − 100 = 30']]);
    expect(partial[0]!.evidence.map((e) => e.path)).toEqual(['budgetAdjustments', 'expenditure.total.adjustedBudget', 'expenditure.total.initialBudget']);
    const none = found(minimal({ expenditure: budgets, budgetAdjustments: [] }));
    expect(none[0]?.message).toBe('已填“本年无预算调整”，但支出全年预算数130万元与年初预算数100万元相差30万元');
    // Not classified at all: nothing to compare (the indicator says 需补充 instead).
    expect(found(minimal({ expenditure: budgets }))).toEqual([]);
  });
});
