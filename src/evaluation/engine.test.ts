import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEPARTMENT_TEMPLATE,
  DEPARTMENT_LIBRARY,
  evaluateDepartmentYear,
  loadDepartmentTemplate,
} from './index.ts';
import { departmentYear } from './test-support.ts';

const small = loadDepartmentTemplate({
  id: 'test-small',
  version: '1',
  kind: 'department',
  title: '测试模板',
  region: { name: '测试' },
  year: 2024,
  libraryId: DEPARTMENT_LIBRARY.id,
  source: { note: 'test', confidence: 'assumed' },
  follows: { composite: false, documents: [{ title: '测试用评分表', url: null, supplies: '全部' }] },
  maxTotal: 100,
  grades: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
  blocks: [
    {
      id: 'process',
      name: '过程',
      weight: 100,
      items: [
        { indicatorId: 'budget_adjustment_rate', weight: 40, rule: { type: 'bands', bands: [{ op: '=', value: 0, score: 40 }, { op: '<=', value: 10, score: 30 }], otherwise: 0 } },
        { indicatorId: 'three_public_control_rate', weight: 30, rule: { type: 'deduction', threshold: 100, side: 'above', deduct: 1, per: 1 } },
        { indicatorId: 'gov_procurement_execution_rate', weight: 20, rule: { type: 'proportional', direction: 'positive', target: 100 } },
        { indicatorId: 'budget_disclosure', weight: 10, rule: { type: 'checkpoints', points: [5, 5] } },
      ],
    },
  ],
});

const data = departmentYear({
  expenditure: {
    total: { initialBudget: '1000万元', adjustedBudget: '1100万元', final: '1100万元' },
    byNature: { basic: { amounts: {} }, project: { amounts: {} } },
  },
  threePublic: { total: { budget: '20万元', final: '20.4万元' } },
  procurement: { budget: 0, actual: 0 },
  budgetAdjustments: [{ description: '追加业务经费', kind: 'increase', amount: '100万元', cause: 'ordinary' }],
});

describe('evaluateDepartmentYear', () => {
  it('scores what it can, rescales the non-applicable indicator away, and keeps the open one open', () => {
    const ev = evaluateDepartmentYear(data, small, DEPARTMENT_LIBRARY);
    const byId = Object.fromEntries(ev.indicators.map((i) => [i.id, i]));
    // 政府采购 does not apply (budget 0): its 20 points are dropped and the rest scaled by 100/80.
    expect(ev.rescaleFactor).toBe(1.25);
    expect(byId.gov_procurement_execution_rate?.status).toBe('not-applicable');
    expect(byId.gov_procurement_execution_rate?.maxScore).toBe(0);
    // 预算调整率 = 100/1000 = exactly 10% → 30 of 40 → × 1.25 = 37.5 of 50.
    expect(byId.budget_adjustment_rate?.value).toBe(10);
    expect(byId.budget_adjustment_rate?.score).toBe(37.5);
    expect(byId.budget_adjustment_rate?.maxScore).toBe(50);
    // 三公控制率 = 20.4/20 = 102% → 30 − 2 = 28 → × 1.25 = 35.
    expect(byId.three_public_control_rate?.value).toBeCloseTo(102, 12);
    expect(byId.three_public_control_rate?.score).toBeCloseTo(35, 12);
    // 预决算信息公开性 needs a judgement: no score, says what is needed.
    expect(byId.budget_disclosure?.status).toBe('missing');
    expect(byId.budget_disclosure?.score).toBeNull();
    expect(byId.budget_disclosure?.missing[0]).toMatch(/^需补充：逐项判断评价要点/);
    expect(ev.total).toBeCloseTo(72.5, 12);
    expect(ev.missingMaxScore).toBeCloseTo(12.5, 12);
    expect(ev.upperBound).toBeCloseTo(85, 12);
    expect(ev.complete).toBe(false);
    expect(ev.grade).toBeNull();
    expect(ev.gradeRange).toEqual({ low: '中', high: '良' });
  });

  it('uses reviewer assessments for qualitative indicators and then gives a grade', () => {
    const ev = evaluateDepartmentYear(data, small, DEPARTMENT_LIBRARY, {
      assessments: { budget_disclosure: { checkpointsMet: [true, false], note: '未按时限公开' } },
    });
    const disclosure = ev.indicators.find((i) => i.id === 'budget_disclosure');
    expect(disclosure?.score).toBeCloseTo(6.25, 12);
    expect(disclosure?.notes).toContain('评审意见：未按时限公开');
    expect(ev.complete).toBe(true);
    expect(ev.total).toBeCloseTo(78.75, 12);
    expect(ev.grade).toBe('中');
  });

  it('a template may give a non-applicable indicator full marks instead of rescaling', () => {
    const full = loadDepartmentTemplate({
      ...small,
      blocks: small.blocks.map((b) => ({ ...b, items: b.items.map((i) => (i.indicatorId === 'gov_procurement_execution_rate' ? { ...i, whenNotApplicable: 'full' } : i)) })),
    });
    const ev = evaluateDepartmentYear(data, full, DEPARTMENT_LIBRARY);
    expect(ev.rescaleFactor).toBe(1);
    expect(ev.indicators.find((i) => i.id === 'gov_procurement_execution_rate')?.score).toBe(20);
  });

  it('an assessment can declare an indicator not applicable (e.g. 生态效益 for a 商务局)', () => {
    const ev = evaluateDepartmentYear(departmentYear(), DEFAULT_DEPARTMENT_TEMPLATE, DEPARTMENT_LIBRARY, {
      assessments: { ecological_benefit: { notApplicable: true } },
    });
    expect(ev.indicators.find((i) => i.id === 'ecological_benefit')?.status).toBe('not-applicable');
    expect(ev.rescaleFactor).toBeCloseTo(100 / 97, 12);
    const sumMax = ev.indicators.reduce((s, i) => s + i.maxScore, 0);
    expect(sumMax).toBeCloseTo(100, 9);
  });

  it('an empty department-year invents nothing: every computed indicator is missing, the total is 0', () => {
    const ev = evaluateDepartmentYear(departmentYear(), DEFAULT_DEPARTMENT_TEMPLATE, DEPARTMENT_LIBRARY);
    expect(ev.indicators.every((i) => i.status === 'missing' && i.score === null && i.missing.length > 0)).toBe(true);
    expect(ev.total).toBe(0);
    expect(ev.upperBound).toBe(100);
  });
});
