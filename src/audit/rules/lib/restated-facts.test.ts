import { describe, expect, it } from 'vitest';
import { factKey } from './fact-table.ts';
import { restatedFacts } from './restated-facts.ts';
import { runRule } from './run-rule.ts';

const HEAD = '青禾县档案馆2024年度部门整体支出绩效自评报告\n一、部门基本情况\n';
const goals = runRule.bind(null, restatedFacts('goal-mismatch'));
const amounts = runRule.bind(null, restatedFacts('table-text-mismatch'));

/** A goal list, then the account of its completion naming the same target. */
function goalText(goal: string, measured: string): string {
  return `${HEAD}二、年度绩效目标\n目标1：馆藏档案数字化不少于${goal}万页；\n目标2：接待档案查阅利用不少于3200人次。\n三、目标完成情况\n1. 馆藏档案数字化：年度目标${measured}万页，实际完成84.5万页，完成年度目标。\n`;
}

/** A 三公 note stating one item's amount in its summary and again in its own paragraph. */
function itemText(summary: string, item: string): string {
  return `${HEAD}二、“三公”经费支出情况\n2024年度“三公”经费支出中，公务用车运行维护费支出21.91万元，公务接待费支出${summary}万元。具体情况如下：\n1.公务用车运行维护费支出21.91万元，主要用于执法车辆的燃料费。\n2.公务接待费支出${item}万元，主要用于上级部门检查指导工作的接待。\n`;
}

describe('factKey', () => {
  it('names a quantity without the words of its role, bound and number', () => {
    expect(factKey('目标2：馆藏档案数字化不少于', { department: null, shortNames: [] })).toBe('馆藏档案数字化');
    expect(factKey('2. 馆藏档案数字化：年度目标', { department: null, shortNames: [] })).toBe('馆藏档案数字化');
    expect(factKey('3.公务接待费支出', { department: null, shortNames: [] })).toBe('公务接待费');
  });
});

describe('restated facts', () => {
  it('reports a target stated in the goal list and measured against another value', () => {
    const { findings } = goals(goalText('80', '70'));
    expect(findings, 'the goal list says 80万页, the completion section measures against 70万页').toHaveLength(1);
    expect(findings[0]!.message).toContain('馆藏档案数字化');
    expect(findings[0]!.evidence.map((e) => e.quote)).toEqual(['目标1：馆藏档案数字化不少于80万页', '1. 馆藏档案数字化：年度目标70万页']);
  });

  it('stays silent when the target is restated with the same value', () => {
    expect(goals(goalText('80', '80')).findings).toEqual([]);
  });

  it('reads a count written with 万 before its measure word as the same count', () => {
    const text = `${HEAD}二、年度绩效目标\n产出目标：全年门（急）诊18万人次；出院1.1万人次。\n三、目标完成情况\n全年门（急）诊19.26万人次，超过年度目标16万人次；出院1.18万人次。\n`;
    const { findings } = goals(text);
    expect(findings, '18万人次 in the goal list, 16万人次 as the target in the completion section').toHaveLength(1);
    expect(findings[0]!.message).toContain('门急诊');
  });

  it('reports one amount stated twice with two digits swapped, and not with the same digits', () => {
    expect(amounts(itemText('2.46', '2.64')).findings).toHaveLength(1);
    expect(amounts(itemText('2.46', '2.46')).findings).toEqual([]);
  });

  it('does not read two different amounts of one name as a slip', () => {
    // 2.46 and 3.85 differ in more than one digit: two quantities, not one written twice.
    expect(amounts(itemText('2.46', '3.85')).findings).toEqual([]);
  });

  it('leaves out an amount of another year in its sentence', () => {
    const text = `${HEAD}2024年公务接待费支出2.46万元。\n2023年公务接待费支出2.64万元。\n`;
    expect(amounts(text).findings).toEqual([]);
  });

  it('reads a table’s lines: a bare total row by its table’s title, a row by its label, each column by its kind', () => {
    const table = (prose: string) =>
      `北营县教育局2024年部门预算\n一、“三公”经费支出预算表\n单位：万元\n项目\t2024年预算\t2023年预算\t增减额\n合计\t26.80\t29.50\t-2.70\n公务用车运行费\t21.60\t23.80\t-2.20\n公务接待费\t5.20\t5.70\t-0.50\n二、“三公”经费预算情况\n2024年“三公”经费预算合计${prose}万元，比上年减少2.70万元。\n`;
    const { findings } = amounts(table('26.30'));
    expect(findings, 'the title names the 合计 row: 26.80 in the table, 26.30 in the prose').toHaveLength(1);
    expect(findings[0]!.evidence.map((e) => e.quote)).toContain('26.80');
    expect(amounts(table('26.80')).findings).toEqual([]);
    // 26.30 beside the 2023 column's 29.50 and the 2024 column's 26.80: read against the 2024 column only, as above.
    expect(amounts(table('29.50')).findings, '29.50 is no slip of 26.80, and the 2023 column is not read').toEqual([]);
  });

  it('does not read a 总计 (with the balances) as the amount of the same name without it', () => {
    const text = `${HEAD}二、收入决算情况说明\n2024年度本年收入合计5,139,530.97元，其中：财政拨款收入5,100,930.97元。\n三、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收入总计5,400,930.97元。\n`;
    expect(amounts(text).findings).toEqual([]);
  });

  it('reads an indicator table’s target against the goal stated in prose, a qualifier before the name aside', () => {
    const text = (target: string) =>
      `青禾县卫生健康委员会2024年度部门整体支出绩效自评报告\n一、部门整体绩效目标\n我委2024年部门整体绩效目标为：常住人口家庭医生签约服务覆盖率达到65%以上；孕产妇系统管理率达到90%以上。\n二、绩效指标完成情况\n一级指标 二级指标 三级指标 目标值 实际完成值 得分\n产出指标 数量指标 居民电子健康档案建档率 ≥90% 92.4% 5\n产出指标 数量指标 家庭医生签约服务覆盖率 ${target} 66.0% 5\n产出指标 质量指标 孕产妇系统管理率 ≥90% 92.1% 5\n`;
    const { findings } = goals(text('≥60%'));
    expect(findings, 'the goal says 65 %, the indicator row ≥60 %').toHaveLength(1);
    expect(goals(text('≥65%')).findings).toEqual([]);
  });
});

