import { describe, expect, it } from 'vitest';
import { declaredParts } from './declared-parts.ts';
import { runRule } from './run-rule.ts';

const HEAD = '青禾县自然资源局2021年度部门整体支出绩效自评报告\n一、部门基本情况\n';
const run = (text: string) => runRule(declaredParts, text).findings;

describe('declared parts', () => {
  it('binds a 其中 sentence to the quantity before whose name ends as its parts’ names do', () => {
    const text = (a: string) => `${HEAD}全县行政事业单位资产总额30.0亿元，负债总额9.5亿元。其中，行政单位资产总额${a}亿元，事业单位资产总额22.1亿元。\n`;
    expect(run(text('8.9')), '8.9 + 22.1 = 31.0 exceeds 30.0').toHaveLength(1);
    // A 其中 list may be partial: parts below the whole are no defect.
    expect(run(text('6.9'))).toEqual([]);
  });

  it('stays silent where the parts share no name with a quantity before', () => {
    const text = `${HEAD}全年支出1,000.00万元。其中，人员经费600.00万元，日常公用经费500.00万元。\n`;
    expect(run(text), 'no common ending of two characters or more: the whole is not bound').toEqual([]);
  });

  it('adds up the scores of a total’s parts listed after 其中', () => {
    const text = (total: string) => `${HEAD}经逐项打分，我局2021年度自评得分${total}分，其中决策18分、过程19分、产出35分、效益17分，自评等级为“良”。\n`;
    expect(run(text('93')), '18 + 19 + 35 + 17 = 89, not 93').toHaveLength(1);
    expect(run(text('89'))).toEqual([]);
  });
});
