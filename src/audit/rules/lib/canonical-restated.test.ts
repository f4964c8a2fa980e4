import { describe, expect, it } from 'vitest';
import { tableTextMismatch } from '../table-text-mismatch.ts';
import { runRule } from './run-rule.ts';

/** The findings of a department-level quantity stated twice (shape canonical-restated). */
function found(text: string): ReturnType<typeof runRule>['findings'] {
  return runRule(tableTextMismatch, text).findings.filter((f) => f.shape === 'canonical-restated');
}

const HEAD = '松岭县林业局2025年度部门整体支出绩效自评报告\n一、部门概况\n';

describe('canonical-restated', () => {
  it('reports a department-level 年初预算 given two values in two sections, with both quotes and the arithmetic', () => {
    const text = `${HEAD}2025年，我局年初预算为1,648.20万元，全年预算1,702.35万元。\n二、预算执行情况\n本部门年初预算1,596.20万元，全年支出1,690.11万元，预算执行率99.28%。\n`;
    const fs = found(text);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.severity).toBe('warning');
    expect(fs[0]!.message).toContain('年初预算');
    expect(fs[0]!.evidence.map((e) => e.quote).join(' ')).toContain('1,596.20万元');
    expect(fs[0]!.evidence.map((e) => e.quote).join(' ')).toContain('1,648.20万元');
    expect(fs[0]!.calculation).toContain('≠');
  });

  it('reports a 实有人数 and a 执行率 stated twice with other values', () => {
    const text = `${HEAD}本单位编制数28人，实有人数26人，内设机构5个。\n二、绩效情况\n部门预算执行率为97.40%。\n三、其他\n全局实有人数24人；预算执行率94.70%。\n`;
    const kinds = found(text).map((f) => f.message);
    expect(kinds.some((m) => m.includes('实有人数'))).toBe(true);
    expect(kinds.some((m) => m.includes('预算执行率'))).toBe(true);
  });

  it('reads values that agree within rounding, and in 元 against 万元, as one', () => {
    const text = `${HEAD}部门全年支出1,690.11万元。\n二、执行\n全年支出16,901,100.00元，执行率99.3%。\n三、小结\n执行率99.28%。\n`;
    expect(found(text)).toHaveLength(0);
  });

  it('is silent where one statement is a project\'s, a 其中 part, last year\'s, a sub-unit\'s or a target', () => {
    const project = `${HEAD}本部门年初预算1,648.20万元。\n二、重点工作\n森林防火能力提升项目年初预算396.00万元，全年支出388.10万元。\n`;
    const part = `${HEAD}本部门年初预算1,648.20万元，其中年初预算安排基本支出1,101.00万元。\n`;
    const lastYear = `${HEAD}预算执行率98.10%。\n二、对比\n2024年预算执行率92.50%，上年预算执行率93.00%。\n`;
    const subUnit = `${HEAD}本部门实有人数26人。\n二、下属单位\n所属国有林场实有人数14人。\n`;
    const target = `${HEAD}预算执行率98.10%。\n二、年度目标\n年度绩效目标：预算执行率100%。\n`;
    const project2 = `${HEAD}部门年初预算1,648.20万元。\n二、项目支出情况\n年初预算396.00万元，执行率96%。\n`;
    for (const text of [project, part, lastYear, subUnit, target, project2]) expect(found(text)).toHaveLength(0);
  });

  it('is silent where the line names the subject in a sentence of its own before a bare label', () => {
    const item = `${HEAD}本部门年初预算1,648.20万元。\n二、支出说明\n（2）林业和草原支出（类）森林资源管理（项）。年初预算为412.00万元。\n`;
    const named = `${HEAD}预算执行率98.10%。\n二、重点工作\n2．国有林场改造提升工程。执行率86.40%。\n`;
    for (const text of [item, named]) expect(found(text)).toHaveLength(0);
    // Look-alike: a sentence before it on the line that states figures of the department leaves the label its own.
    const flowing = `${HEAD}本部门年初预算1,648.20万元。\n二、执行\n全年支出1,690.11万元，占全年预算的99%。年初预算1,596.20万元。\n`;
    expect(found(flowing)).toHaveLength(1);
  });

  it('is silent on three different values: a scope the reader did not see', () => {
    const text = `${HEAD}部门年初预算100.00万元。\n二、a\n年初预算120.00万元。\n三、b\n年初预算140.00万元。\n`;
    expect(found(text)).toHaveLength(0);
  });
});

describe('canonical-restated: subjects lent within a sentence', () => {
  it('reads a bare label after a clause of another scope as that scope, and after a change of the budget as the department\'s', () => {
    const lent = `${HEAD}本部门实有人数26人。\n二、人员\n参公编制9人，实有人数8人。\n`;
    const fund = `${HEAD}预算执行率98.10%。\n二、扣分\n扣分原因：护林员补助资金因人员调整延后发放，执行率91.20%。\n`;
    const sangong = `${HEAD}2025年全年支出1,690.11万元。\n二、三公\n公务接待费预算为2.00万元，全年支出1.60万元。\n`;
    for (const text of [lent, fund, sangong]) expect(found(text)).toHaveLength(0);
    const change = `${HEAD}全年预算1,702.35万元。\n二、调整\n年初预算1,648.20万元，年中追加森林防火资金40.15万元，调整后预算1,688.35万元。\n`;
    expect(found(change)).toHaveLength(1);
  });
});

describe('canonical-restated: the 三公 parts, the score and the arithmetic', () => {
  it('reads a 三公 part listed after 其中 as the department\'s, and tells a 预算 from a 支出 of it', () => {
    const text = `${HEAD}2025年“三公”经费支出8.40万元，其中公务接待费支出2.15万元，公务用车运行维护费支出6.25万元。\n二、三公经费\n公务接待费预算3.00万元，公务接待费支出2.78万元。\n`;
    const fs = found(text);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('公务接待费支出');
    expect(fs[0]!.message).toContain('相差0.63万元');
  });

  it('reports a 自评得分 restated in the conclusion, in 个百分点 for a rate', () => {
    const score = `${HEAD}经综合评定，部门整体支出绩效自评得分92.6分。\n二、结论\n综上，本部门自评总分为96.2分，等级为优。\n`;
    expect(found(score)).toHaveLength(1);
    const rate = `${HEAD}预算执行率为96.40%。\n二、结论\n截至2025年12月31日，部门预算执行率94.60%。\n`;
    const fs = found(rate);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('1.8个百分点');
  });

  it('is silent on last year\'s score and a sub-unit\'s 内设机构', () => {
    const lastYear = `${HEAD}自评得分92.6分。\n二、结果应用\n上年度自评得分为88.5分，结果已应用。\n`;
    const subUnit = `${HEAD}局机关内设机构6个。\n二、下属单位\n县林业站内设机构3个。\n`;
    // A fund source is another quantity: the 财政拨款 part of the 三公 spending against all of it.
    const fund = `${HEAD}2025年“三公”经费支出合计5.62万元。\n三、三公经费\n2025年度“三公”经费财政拨款支出决算为4.90万元。\n`;
    for (const text of [lastYear, subUnit, fund]) expect(found(text)).toHaveLength(0);
  });
});

describe('canonical-restated folded into another rule\'s finding of the same place', () => {
  it('adds its other place to a rate finding on the restated rate, and stands alone where no other rule quotes it', async () => {
    const { auditText } = await import('../../audit-text.ts');
    const rate = `${HEAD}全年预算1,200.00万元，全年支出1,140.00万元，预算执行率为96.00%。\n二、结论\n部门预算执行率95.00%，绩效目标基本完成。\n`;
    const fs = auditText(rate).findings;
    expect(fs.filter((f) => f.shape === 'canonical-restated')).toHaveLength(0);
    const host = fs.find((f) => f.message.includes('预算执行率前后不一致'));
    expect(host?.rule).toBe('percent-mismatch');
    expect(host?.evidence.some((e) => (e.quote ?? '').includes('95.00%'))).toBe(true);
    const alone = `${HEAD}预算执行率为96.00%。\n二、结论\n部门预算执行率95.00%，绩效目标基本完成。\n`;
    expect(auditText(alone).findings.filter((f) => f.shape === 'canonical-restated')).toHaveLength(1);
  });
});
