import { describe, expect, it } from 'vitest';
import { tableTextMismatch } from '../table-text-mismatch.ts';
import { digitSlip, measureOf, nameKey } from './restated-values.ts';
import { runRule } from './run-rule.ts';

/** The findings of the restated-value check (table-text-mismatch's findings of one amount stated twice). */
function restated(text: string): ReturnType<typeof runRule>['findings'] {
  return runRule(tableTextMismatch, text).findings.filter((f) => /^同一数[额量]/.test(f.message));
}

const HEAD = '青禾县农业农村局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n';

/** A report stating the 决算 of one project in its overview and again in its section, with the two amounts given. */
function twice(first: string, second: string, secondLabel = '高标准农田建设项目决算支出'): string {
  return `${HEAD}2024年度，高标准农田建设项目决算支出${first}万元，主要用于田间道路和灌溉渠系。\n二、项目实施情况\n${secondLabel}${second}万元，完成年度建设任务。\n`;
}

describe('digitSlip', () => {
  it('reads prose mentions of no kind as the kind of the one table column holding one of their values', () => {
    const text = (cell: string, second: string) =>
      `某局2023年度一般公共预算财政拨款“三公”经费支出决算情况说明\n一、“三公”经费支出决算表\n单位:万元\n项目 | 预算数 | 决算数\n合计 | 15.80 | 13.72\n公务用车运行维护费 | 10.00 | 9.35\n公务接待费 | 5.80 | ${cell}\n二、具体情况说明\n2023年度“三公”经费中，公务接待费支出4.37万元，占31.85%。具体情况如下：\n2.公务接待费支出${second}万元，主要用于上级部门检查指导工作的接待。\n`;
    const messages = (t: string) => runRule(tableTextMismatch, t).findings.filter((f) => f.message.startsWith('同一数额')).map((f) => f.calculation);
    expect(messages(text('4.37', '4.73'))).toEqual(['4.73万元 ≠ 4.37万元：相邻两位互换']);
    expect(messages(text('4.37', '4.37'))).toEqual([]);
    // Both prose values unlike any cell of the name: which kind they are is unknown — silent.
    expect(messages(text('4.21', '4.73'))).toEqual([]);
  });

  it('tells one changed digit and two neighbouring digits swapped from other differences', () => {
    expect(digitSlip('75300', '73300')).toEqual({ kind: 'substitution', at: 1 });
    expect(digitSlip('17592', '17952')).toEqual({ kind: 'transposition', at: 2 });
    // Two digits changed, two digits swapped far apart, another length: no slip.
    expect(digitSlip('17592', '18692')).toBeNull();
    expect(digitSlip('17592', '97512')).toBeNull();
    expect(digitSlip('7530', '753')).toBeNull();
    expect(digitSlip('753', '753')).toBeNull();
  });
});

describe('nameKey and measureOf', () => {
  it('reads a name without its unit, kind words and generic endings, and keeps a fund holding 预算 whole', () => {
    expect(nameKey('实际支出（万元）', null, [])).toBe('支出');
    expect(nameKey('校舍维修改造项目预算', null, [])).toBe('校舍维修改造');
    expect(nameKey('公务接待费支出', null, [])).toBe('公务接待费');
    expect(nameKey('一般公共预算财政拨款基本支出', null, [])).toBe('一般公共预算财政拨款基本支出');
    expect(nameKey('青禾县农业农村局2024年度项目支出', '青禾县农业农村局', [])).toBe('项目支出');
    expect(measureOf('计划支出数（万元）')).toBe('budget');
    expect(measureOf('支出决算')).toBe('final');
    expect(measureOf('一般公共预算财政拨款支出')).toBeNull();
    expect(measureOf('年初预算数')).toBe('initial');
  });
});

describe('restated values (table-text-mismatch)', () => {
  it('reports one amount stated twice with two neighbouring digits swapped, quoting both places', () => {
    const found = restated(twice('384.62', '348.62'));
    expect(found).toHaveLength(1);
    expect(found[0]!.rule).toBe('table-text-mismatch');
    expect(found[0]!.evidence.map((e) => e.quote).join('|')).toMatch(/384\.62万元.*\|.*348\.62万元|348\.62万元.*\|.*384\.62万元/);
    expect(found[0]!.message).toContain('相邻两位数字颠倒');
    // Look-alike: the same amount twice is no finding.
    expect(restated(twice('384.62', '384.62'))).toEqual([]);
  });

  it('reports one changed digit, and not a difference of two digits', () => {
    expect(restated(twice('384.62', '384.12'))[0]?.message).toContain('仅一位数字不同');
    expect(restated(twice('384.62', '381.12'))).toEqual([]);
  });

  it('reads an amount and its rounding as one value (384.6 and 384.62)', () => {
    expect(restated(twice('384.62', '384.6'))).toEqual([]);
    // …but the rounding of another digit is a slip: 348.6 is no rounding of 384.62, and 348.6 against 384.6 is.
    expect(restated(twice('384.6', '348.6'))).toHaveLength(1);
  });

  it('does not compare amounts of another year', () => {
    const text = `${HEAD}2024年度，高标准农田建设项目决算支出384.62万元。\n二、项目实施情况\n2023年高标准农田建设项目决算支出348.62万元，上年完成建设任务。\n`;
    expect(restated(text)).toEqual([]);
    const lastYear = `${HEAD}2024年度，高标准农田建设项目决算支出384.62万元。\n二、项目实施情况\n上年高标准农田建设项目决算支出348.62万元。\n`;
    expect(restated(lastYear)).toEqual([]);
  });

  it('does not compare a budget with a 决算, nor 年初预算 with 调整后预算', () => {
    expect(restated(twice('384.62', '348.62', '高标准农田建设项目预算'))).toEqual([]);
    const phases = `${HEAD}高标准农田建设项目年初预算384.62万元。\n二、项目实施情况\n高标准农田建设项目调整后预算348.62万元。\n`;
    expect(restated(phases)).toEqual([]);
  });

  it('does not compare two projects, nor a 总计 with the same name without it', () => {
    expect(restated(twice('384.62', '348.62', '农村公路养护项目决算支出'))).toEqual([]);
    const gross = `${HEAD}2024年度财政拨款收入5,139,530.97元。\n二、财政拨款收入支出决算总体情况说明\n2024年度财政拨款收入总计5,439,530.97元。\n`;
    expect(restated(gross)).toEqual([]);
  });

  it('leaves round amounts alone (300 and 700: one digit is all they have)', () => {
    expect(restated(twice('300.00', '700.00'))).toEqual([]);
    expect(restated(twice('38', '37'))).toEqual([]);
  });

  it('leaves a name alone that holds three values (several lines share it)', () => {
    const text = `${twice('384.62', '348.62')}三、其他\n高标准农田建设项目决算支出512.40万元。\n`;
    expect(restated(text)).toEqual([]);
  });

  it('reads a prose amount against a table line of the same name and kind', () => {
    const table = '表1 项目支出情况表\n单位：万元\n序号\t项目名称\t预算数\t执行数\n1\t高标准农田建设\t400.00\t384.62\n2\t农村公路养护\t120.00\t118.35\n';
    const prose = (amount: string): string => `${HEAD}${table}二、项目实施情况\n高标准农田建设项目预算400.00万元，实际支出${amount}万元，完成年度建设任务。\n`;
    const found = restated(prose('348.62'));
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence.some((e) => e.cell !== undefined && e.quote === '384.62')).toBe(true);
    expect(restated(prose('384.62'))).toEqual([]);
  });

  it('does not set two tables against each other (two scopes name their rows alike)', () => {
    const all = '表1 支出决算表\n单位：元\n项目\t基本支出\t项目支出\n合计\t9,642,600\t1,780,100\n';
    const fiscal = '表2 一般公共预算财政拨款支出决算表\n单位：元\n项目\t基本支出\t项目支出\n合计\t9,642,600\t1,730,100\n';
    expect(restated(`${HEAD}${all}${fiscal}二、说明\n本部门决算如上表。\n`)).toEqual([]);
  });

  it('reads a table a copy set one cell a line under its unit caption', () => {
    const stacked = ['表1 收入明细表', '项目', '金额（元）', '会费收入', '', '1,541,750.00', '服务收入', '', '734,496.58', ''].join('\n');
    const text = (amount: string): string => `青禾县农业协会2024年财务决算报告\n一、财务收入\n2024年服务收入${amount}元，会费收入1,541,750.00元。\n${stacked}\n`;
    expect(restated(text('743,496.58'))).toHaveLength(1);
    expect(restated(text('734,496.58'))).toEqual([]);
    // A row of two amounts (预算 and 决算 cells one a line, no header to tell them apart) is not read.
    const twoColumns = ['表1 收入明细表', '单位：元', '服务收入', '700,000.00', '734,496.58', ''].join('\n');
    expect(restated(`青禾县农业协会2024年财务决算报告\n2024年服务收入743,496.58元。\n${twoColumns}\n`)).toEqual([]);
  });

  it('reads counts of one thing by their measure word: 1,284件 and 1,248件 of one name, not 件 against 人', () => {
    const text = (second: string, unit = '件'): string => `${HEAD}2024年全局办理行政许可事项1284件，办结率100%。\n二、履职情况\n全年办理行政许可事项${second}${unit}，群众满意度98%。\n`;
    expect(restated(text('1248'))[0]?.message).toContain('同一数量');
    expect(restated(text('1284'))).toEqual([]);
    expect(restated(text('1248', '人'))).toEqual([]);
  });

  it('gives a prose amount of no kind no kind that only a table line gives (the table’s 决算 columns are named 合计 | 基本支出 | 项目支出)', () => {
    const table = '表5 一般公共预算财政拨款支出决算表\n单位：万元\n科目名称\t年初预算数\t合计\t基本支出\t项目支出\n卫生健康支出\t10.30\t10.36\t10.36\t0.00\n';
    const prose = (words: string): string => `${HEAD}${table}二、一般公共预算财政拨款支出决算情况说明\n2024年度一般公共预算财政拨款支出主要用于：${words}10.36万元。\n`;
    expect(restated(prose('卫生健康支出'))).toEqual([]);
    // Look-alike: the prose naming the 年初预算 differs from the 年初预算数 column — one finding (the rule's own reading
    // of the prose against its cell; the restated values do not report it again).
    expect(runRule(tableTextMismatch, prose('卫生健康支出年初预算')).findings).toHaveLength(1);
    expect(restated(prose('卫生健康支出年初预算'))).toEqual([]);
  });
});

describe('a 其中 part of the year’s spending against the spent column of a table', () => {
  const text = (prose: string, budgetPart = '96.40'): string =>
    `${HEAD}年初预算410.00万元，其中基本支出313.60万元、项目支出${budgetPart}万元。\n全年支出402.18万元，其中基本支出309.02万元，项目支出${prose}万元。\n表2 支出执行表（单位：万元）\n项目\t全年预算\t支出决算\t执行率\n基本支出\t313.60\t309.02\t98.54%\n项目支出\t96.40\t93.16\t96.64%\n合计\t410.00\t402.18\t98.10%\n`;
  it('reads the part as spent (its whole’s kind) and the cell under 支出决算 as its row’s item', () => {
    expect(restated(text('93.61')).map((f) => f.evidence.map((e) => e.quote))).toEqual([['项目支出93.61万元', '93.16']]);
    expect(restated(text('93.16'))).toEqual([]);
  });
  it('does not set a part of the year-start budget against the adjusted budget column', () => {
    // 96.04 at the year's start, 96.40 after adjustment: two kinds of budget, no slip.
    expect(restated(text('93.16', '96.04'))).toEqual([]);
  });
});

describe('a table column naming only the flow its rows are items of (实际支出)', () => {
  const text = (paid: string): string =>
    `${HEAD}三、项目实施\n全年兑付耕地地力保护补贴${paid}万元，惠及农户1.9万户。\n表3 项目支出情况表（单位：万元）\n项目名称\t全年预算\t实际支出\t执行率\n耕地地力保护补贴\t2,860.00\t2,815.36\t98.44%\n农机购置补贴\t420.00\t398.10\t94.79%\n`;
  it('gives the row’s name to the cell, and 兑付 is an amount paid out', () => {
    expect(restated(text('2,851.36')).map((f) => f.evidence.map((e) => e.quote))).toEqual([['全年兑付耕地地力保护补贴2,851.36万元', '2,815.36']]);
    expect(restated(text('2,815.36'))).toEqual([]);
  });
});

describe('restated values written in 元 and in 万元 (ainv)', () => {
  const two = (first: string, second: string): string =>
    `${HEAD}2024年度，高标准农田建设项目决算支出${first}，主要用于田间道路和灌溉渠系。\n二、项目实施情况\n高标准农田建设项目决算支出${second}，完成年度建设任务。\n`;
  it('reads two swapped digits of one amount written once in 元 and once in 万元', () => {
    expect(restated(two('12,846,000.00元', '1,248.60万元')).map((f) => f.message)).toEqual([
      expect.stringContaining('相邻两位数字颠倒（84与48）'),
    ]);
    // The same amount in both units: no slip.
    expect(restated(two('12,486,000.00元', '1,248.60万元'))).toEqual([]);
  });
  it('takes no difference among the trailing zeros of the coarser amount for a slip (a rounding)', () => {
    expect(restated(two('3,856,420.00元', '3856400元'))).toEqual([]);
    expect(restated(two('3,856,420.00元', '385.64万元'))).toEqual([]);
  });
});
