import { describe, expect, it } from 'vitest';
import { framedChangeAmounts, framedChangeDirections, framedChangeRates } from './framed-change-checks.ts';
import { runRule } from './run-rule.ts';

const found = (pass: typeof framedChangeRates, text: string): [string, string, string][] =>
  runRule(pass, text).findings.map((f) => [f.rule, f.severity, f.message]);

describe('changes stated against a named prior amount (X，较上年的A增长R%)', () => {
  it('reads the rate against the amount right before the frame, counts included', () => {
    const text = (rate: string): string => `补贴机具2,468台（套），较2023年的2,135台（套）增长${rate}；受益农户1,936户。`;
    expect(found(framedChangeRates, text('18.60%'))).toEqual([['percent-mismatch', 'error', '变动率写为18.60%，按本期2,468台与所比的2,135台计算应为15.60%']]);
    // Given the rate the two amounts give, nothing; nor for a rate cut rather than rounded (15.597 → 15.59).
    expect(found(framedChangeRates, text('15.60%'))).toEqual([]);
    expect(found(framedChangeRates, text('15.59%'))).toEqual([]);
  });

  it('finds the year\'s amount a subject names in the sentence before (资产总额较上年末的A增长R%)', () => {
    const text = (rate: string): string =>
      `截至2025年12月31日，资产总额1094.1942万元，其中流动资产437.7956万元，固定资产600.5323万元。资产总额较上年末的960.8140万元增长${rate}，主要是新购置设备增加。`;
    expect(found(framedChangeRates, text('16.88%')).map((f) => f[2])).toEqual(['变动率写为16.88%，按本期1094.1942万元与所比的960.8140万元计算应为13.88%']);
    expect(found(framedChangeRates, text('13.88%'))).toEqual([]);
  });

  it('says a direction is wrong only when the rate confirms the pair', () => {
    expect(found(framedChangeDirections, '全年刑事案件立案1,318起，较上年的1,236起下降6.63%；破获刑事案件742起。')).toEqual([
      ['direction-mismatch', 'error', '变动方向有误：本期1,318起高于所比的1,236起，应为增长，文中写为下降6.63%'],
    ]);
    expect(found(framedChangeDirections, '全年刑事案件立案1,318起，较上年的1,236起增长6.63%。')).toEqual([]);
    // A rate that fits neither reading: the pair is unsure, nothing is said of the direction.
    expect(found(framedChangeDirections, '全年刑事案件立案1,318起，较上年的1,236起下降2.5%。')).toEqual([]);
  });

  it('takes the amount whose label ends in the subject\'s head noun in a sentence naming the rest (实际支出 for “三公”经费支出)', () => {
    const text = (word: string, rate = '6.60%'): string =>
      `2024年“三公”经费预算9.87万元，实际支出8.78万元，其中公务接待费3.59万元，公务用车运行维护费5.19万元。“三公”经费支出较上年的9.40万元${word}${rate}，主要是严格执行规定。`;
    expect(found(framedChangeDirections, text('增长'))).toEqual([['direction-mismatch', 'error', '变动方向有误：本期8.78万元低于所比的9.40万元，应为下降，文中写为增长6.60%']]);
    expect(found(framedChangeDirections, text('下降'))).toEqual([]);
    expect(found(framedChangeRates, text('下降', '7.60%')).length).toBe(1);
  });

  it('takes the one amount of the sentence before that the rate fits when the subject names none (a 警告, the direction only)', () => {
    const text = (word: string, rate = '6.60%'): string =>
      `2024年“三公”经费预算9.87万元，实际支出8.78万元，其中公务接待费3.59万元，公务用车运行维护费5.19万元。上述经费较上年的9.40万元${word}${rate}，主要是严格执行规定。`;
    expect(found(framedChangeDirections, text('增长'))).toEqual([['direction-mismatch', 'warning', '变动方向有误：本期8.78万元低于所比的9.40万元，应为下降，文中写为增长6.60%']]);
    expect(found(framedChangeDirections, text('下降'))).toEqual([]);
    // The rate is not checked against an amount chosen by the rate.
    expect(found(framedChangeRates, text('下降', '7.60%'))).toEqual([]);
  });

  it('checks a stated change against the two amounts when the rate confirms them', () => {
    const text = (change: string, rate = '5.15%'): string => `2024年度本年收入合计11552.57万元，比上年的10987.16万元增加${change}万元，增长${rate}。`;
    expect(found(framedChangeAmounts, text('565.41'))).toEqual([]);
    expect(found(framedChangeAmounts, text('556.41'))).toEqual([['sum-mismatch', 'error', '变动额写为556.41万元，按本期11552.57万元与所比的10987.16万元计算应为565.41万元']]);
    // The rate computed from the wrong change (556.41 / 10987.16 = 5.06 %): the change is the slip, not the rate.
    expect(found(framedChangeAmounts, text('556.41', '5.06%')).length).toBe(1);
    expect(found(framedChangeRates, text('556.41', '5.06%'))).toEqual([]);
  });

  it('leaves a unit slip and amounts of two families alone', () => {
    expect(found(framedChangeRates, '本年支出3815.92万元，较上年的3604.15元增长5.88%。')).toEqual([]);
    expect(found(framedChangeRates, '接待群众26.3万人次，较2023年的22.8万元增长1.35%。')).toEqual([]);
  });

  it('reads the frame without 的 and with the prior\'s kind (比上年决算数A), and not A read as a lost change (较上年[减少]A，下降R%)', () => {
    expect(found(framedChangeDirections, '可实现公共财政预算收入11406万元，比上年10005万元下降14%。').map((f) => f[1])).toEqual(['error']);
    expect(found(framedChangeRates, '实际完成15.39亿元，比上年决算数14.94亿元增长3.0%。')).toEqual([]);
    expect(found(framedChangeRates, '实际完成15.39亿元，比上年决算数14.94亿元增长5.0%。').length).toBe(1);
    expect(found(framedChangeRates, '实际完成15.39亿元，较2021年度决算的14.94亿元增长5.0%。').length).toBe(1);
    // 38.31 / (568.5 + 38.31) = 6.31 %: 38.31 is the fall, its 减少 lost — no pair of X and A.
    const lost = '本年支出568.5万元，较2023年度决算数38.31万元，下降6.31%。';
    expect([...found(framedChangeRates, lost), ...found(framedChangeDirections, lost)]).toEqual([]);
  });

  it('finds the amount a subject names exactly a paragraph up, and the one amount of a sentence whose clause the frame opens', () => {
    const up = (rate: string): string =>
      `（二）预算执行情况\n2023年全年支出2698.28万元，预算执行率为95.87%。其中：基本支出1938.18万元。\n按经济分类：工资福利支出1721.33万元，合计2698.28万元。\n与上年相比，全年支出较上年的2425.35万元增加272.93万元，增长${rate}，主要原因是人员工资标准调整。`;
    expect(found(framedChangeRates, up('11.25%'))).toEqual([]);
    expect(found(framedChangeRates, up('12.25%')).map((f) => f[2])).toEqual(['变动率写为12.25%，按本期2698.28万元与所比的2425.35万元计算应为11.25%']);
    const clause = (rate: string): string => `2025年“三公”经费支出2.86万元，全部为公务用车运行维护费，较上年3.12万元下降${rate}。`;
    expect(found(framedChangeRates, clause('8.33%'))).toEqual([]);
    expect(found(framedChangeRates, clause('9.33%')).length).toBe(1);
    // Two amounts before the frame: which one it compares is not said.
    expect(found(framedChangeRates, '公务接待费1.26万元，公务用车运行维护费2.86万元，均从严控制，较上年3.12万元下降9.33%。')).toEqual([]);
  });

  it('reads a frame a copy from a PDF wrapped between two of its tokens (较上年的9.40⏎万元增长6.60%)', () => {
    const text = '2024年“三公”经费预算9.87万元，实际支\n出8.78万元，其中公务接待费3.59万元。“三公”经费支出较上年的9.40\n万元增长6.60%，主要是严格执行规定。';
    expect(found(framedChangeDirections, text).map((f) => f[2])).toEqual(['变动方向有误：本期8.78万元低于所比的9.40万元，应为下降，文中写为增长6.60%']);
  });
});
