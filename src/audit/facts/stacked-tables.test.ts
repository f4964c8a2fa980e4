import { describe, expect, it } from 'vitest';
import { computeLineStarts } from './lines.ts';
import { stackedTables } from './stacked-tables.ts';

const rowsOf = (text: string): string[][][] => stackedTables(text, computeLineStarts(text)).map((t) => t.rows.map((r) => r.map((c) => c.text)));

describe('stackedTables: tables a web copy flattened one cell per line', () => {
  it('rebuilds cells ending with their pipe (row ends as pipe lines): a header, then rows of a label and amounts', () => {
    const text = '一、2020年度“三公”经费支出决算表\n单位:万元\n项 目 |\n预 算 数 |\n决 算 数 |\n合 计 |\n30.8 |\n25.7 |\n||\n因公出国(境)费 |\n0 |\n0 |\n公务接待费 |\n14.8 |\n16.3 |\n二、情况说明\n';
    expect(rowsOf(text)).toEqual([[['项 目', '预 算 数', '决 算 数'], ['合 计', '30.8', '25.7'], ['因公出国(境)费', '0', '0'], ['公务接待费', '14.8', '16.3']]]);
    expect(stackedTables(text, computeLineStarts(text))[0]!.moneyUnit).toBe('万元');
  });
  it('rebuilds bare cells between pipe lines, a pipe after a pipe being an empty cell', () => {
    const text = '单位:万元\n项 目\n|\n预 算 数\n|\n合 计\n|\n0.36\n|\n因公出国(境)费\n|\n|\n公务接待费\n|\n0.36\n|\n二、说明\n';
    expect(rowsOf(text)).toEqual([[['项 目', '预 算 数'], ['合 计', '0.36'], ['因公出国(境)费', ''], ['公务接待费', '0.36']]]);
  });
  it('reads a header of groups first (预算数 | 决算数 over 合计 | 一般公共预算 twice) and the 三公 header with its car group', () => {
    const grouped = '编制部门:某中学 |\n金额单位:万元 |\n||\n项目 |\n预算数 |\n决算数 |\n|||\n合计 |\n一般公共预算 |\n合计 |\n一般公共预算 |\n||\n公务接待费 |\n8.50 |\n8.50 |\n4.50 |\n4.50 |\n|\n总计 |\n8.50 |\n8.50 |\n4.50 |\n4.50 |\n';
    expect(rowsOf(grouped)[0]![0]).toEqual(['项目', '预算数合计', '预算数一般公共预算', '决算数合计', '决算数一般公共预算']);
    const sangong = '单位:万元\n“三公”经费合计 |\n因公出国(境)费 |\n公务用车购置及运行费 |\n公务接待费 |\n||\n小计 |\n公务用车购置费 |\n公务用车运行费 |\n|||\n79 |\n0 |\n75 |\n50 |\n25 |\n4 |\n二、说明\n';
    expect(rowsOf(sangong)).toEqual([[['“三公”经费合计', '因公出国(境)费', '小计', '公务用车购置费', '公务用车运行费', '公务接待费'], ['79', '0', '75', '50', '25', '4']]]);
  });
  it('reads nothing from key-value forms, rows of unequal width, rows partly empty, prose or a header that fits no form', () => {
    // A form of labels and values in pairs: a row without amounts.
    expect(rowsOf('项目名称 |\n村干部报酬项目 |\n评价年度 |\n2023 | |||||\n自评分值 |\n100 |\n自评等级 |\n优 |\n')).toEqual([]);
    expect(rowsOf('项目 |\n预算数 |\n决算数 |\n合计 |\n30.8 |\n25.7 |\n公务接待费 |\n14.8 |\n')).toEqual([]);
    expect(rowsOf('项目\n|\n预算数\n|\n决算数\n|\n合计\n|\n30.8\n|\n|\n公务接待费\n|\n14.8\n|\n16.3\n|\n')).toEqual([]);
    expect(rowsOf('项目 |\n甲 |\n乙 |\n丙 |\n合计 |\n1 |\n2 |\n公务接待费 |\n3 |\n4 |\n')).toEqual([]);
    expect(rowsOf('一、基本情况\n本单位2020年支出30.8万元，较上年增加1万元。\n二、说明\n')).toEqual([]);
  });
});
