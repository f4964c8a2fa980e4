/** The demo department (沅陵县商务局 2024, transcribed from the seed report) through the whole evaluation. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { departmentYearSchema } from '../core/department-year.ts';
import { validate } from '../core/validate.ts';
import {
  evaluateAll,
} from './index.ts';

const demoUrl = new URL('../../data/demo/yuanling-commerce-2024.json', import.meta.url);
const dy = departmentYearSchema.parse(JSON.parse(readFileSync(demoUrl, 'utf8')));
const report = evaluateAll(dy, { validationFindings: validate(dy) });
const ev = report.evaluation;
const indicator = (id: string) => {
  const i = ev.indicators.find((x) => x.id === id);
  if (!i) throw new Error(`no ${id}`);
  return i;
};

describe('demo department: computed indicators with their traces', () => {
  it('预算调整率: the seed lists no adjustments, so 需补充; the gross 139.81% from 695.83万元 → 1668.70万元 is shown as an upper bound', () => {
    const i = indicator('budget_adjustment_rate');
    expect(i.status).toBe('missing');
    expect(i.score).toBeNull();
    expect(i.inputs.map((t) => [t.display, t.paths])).toEqual([
      ['1668.70万元', ['expenditure.byNature.basic.amounts.adjustedBudget', 'expenditure.byNature.project.amounts.adjustedBudget']],
      ['695.83万元', ['expenditure.byNature.basic.amounts.initialBudget', 'expenditure.byNature.project.amounts.initialBudget']],
    ]);
    expect(i.notes).toContain('毛调整率（上限，未剔除不计入的调整）：|1668.70万元 − 695.83万元| / 695.83万元 × 100% = 139.81%');
  });

  it('“三公经费”控制率 from 26.34 / 28万元, noting the report’s “28元” total', () => {
    const i = indicator('three_public_control_rate');
    expect(i.calculation).toBe('26.34万元 / 28.00万元 × 100% = 94.07%');
    expect(i.score).toBe(6);
    expect(i.notes.some((n) => n.startsWith('需核实：“三公经费”预算安排数的合计数 0.0028万元'))).toBe(true);
  });

  it('预算完成率 100%, 实际完成率 from the six quantified goal indicators; 在职人员控制率 needs the approved 编制数 the seed does not state', () => {
    expect(indicator('budget_completion_rate').value).toBe(100);
    // 「现实有…30人，其中行政编制人员16人…14人」 are staff in post, not the approved establishment.
    expect(indicator('staff_control_rate').status).toBe('missing');
    expect(indicator('staff_control_rate').missing[0]).toContain('编制数（机构编制部门核定）');
    expect(indicator('actual_completion_rate').calculation).toBe('6项 / 6项 × 100% = 100.00%');
  });

  it('the indicators without data say exactly which input is missing', () => {
    expect(indicator('three_public_change_rate').missing[0]).toContain('上年度“三公经费”预算数');
    expect(indicator('key_expenditure_rate').missing[0]).toContain('projects[isKey].amounts.initialBudget');
    // The seed states none of these: they stay 需补充, never filled in for the demo.
    for (const id of ['payment_progress_rate', 'timely_completion_rate', 'quality_compliance_rate', 'key_task_closure_rate', 'public_satisfaction']) {
      expect(indicator(id).status, id).toBe('missing');
    }
    expect(indicator('gov_procurement_execution_rate').missing).toEqual([
      '需补充：实际政府采购金额（procurement.actual）',
      '需补充：政府采购预算数（procurement.budget）',
    ]);
    expect(indicator('public_funds_control_rate').missing[0]).toContain('expenditure.byNature.basic.publicExpense.final');
    expect(indicator('fund_use_compliance').missing[0]).toMatch(/^需补充：逐项判断评价要点/);
    for (const i of ev.indicators) {
      if (i.status === 'missing') {
        expect(i.score, i.name).toBeNull();
        expect(i.missing.length, i.name).toBeGreaterThan(0);
      }
    }
  });

  it('totals: 18 verified (预算完成率 4 + “三公经费”控制率 6 + 实际完成率 8), 82 open — the grade is not decided', () => {
    expect(ev.total).toBe(18);
    expect(ev.missingMaxScore).toBe(82);
    expect(ev.upperBound).toBe(100);
    expect(ev.grade).toBeNull();
    expect(ev.gradeRange).toEqual({ low: '差', high: '优' });
  });
});

describe('demo department: the claimed 100 points', () => {
  const byRule = (rule: string) => report.findings.filter((f) => f.rule === rule);

  it('the claimed 100: only 18 points are supported by the data, 82 lack evidence', () => {
    const [f] = byRule('claimed-score-unsupported').filter((x) => x.evidence[0]?.path === 'selfAssessment.score');
    expect(f?.severity).toBe('warning');
    expect(f?.calculation).toBe('已复核 18 + 待补充 82 = 100');
    expect(report.scoreSheet.department.unsupportedPoints).toBe(82);
  });

  it('the 7 projects claim 100 each with no budget figures or indicators to support it', () => {
    const projects = byRule('claimed-score-unsupported').filter((x) => x.evidence[0]?.path?.startsWith('projects['));
    expect(projects).toHaveLength(7);
    expect(projects[0]?.message).toContain('需补充：全年预算数（projects[0].amounts.adjustedBudget）');
  });

  it('full marks despite the department’s own finance and asset problems', () => {
    const titles = byRule('full-score-with-problems').map((f) => f.evidence[1]?.path);
    expect(titles).toContain('narrative.problems[0]');
    expect(titles).toContain('narrative.problems[1]');
  });

  it('294% and 212.5% of target counted full with no analysis', () => {
    expect(byRule('over-target-no-analysis').map((f) => f.calculation)).toEqual([
      '294 / 100 = 294.00% ≥ 150.00%',
      '212.5 / 100 = 212.50% ≥ 150.00%',
    ]);
  });
});
