import { describe, expect, it } from 'vitest';
import { runRule } from './run-rule.ts';
import { slippedRates, slippedSums } from './slipped-relations.ts';

const rates = (text: string): string[] => runRule(slippedRates, text).findings.map((f) => f.calculation ?? '');

describe('a rate one digit off the ratio of two amounts near it (slippedRates)', () => {
  it('reports a swapped or changed digit whatever the rate is called', () => {
    // Two neighbouring digits swapped: 731 ÷ 800 = 91.38 %, written 91.83 %.
    expect(rates('该镇共排查危房800户，已完成改造731户，改造完成比例为91.83%。')).toEqual(['731 ÷ 800 = 91.38% ≠ 91.83%']);
    // A middle digit changed, the whole in the sentence before: 46.50 ÷ 62.00 = 75.00 %, written 78.00 %.
    expect(rates('年内安排补助资金62.00万元。截至年底兑现到户46.50万元，兑现进度78.00%。')).toEqual(['46.50 ÷ 62.00 = 75.00% ≠ 78.00%']);
  });

  it('takes two wholes of one value as one binding', () => {
    expect(rates('发放问卷250份，收回250份，表示满意的231份，满意率93.40%。')).toEqual(['231 ÷ 250 = 92.40% ≠ 93.40%']);
  });

  it('stays silent when a pair explains the rate, the slip is not unique or could be rounding', () => {
    expect(rates('该镇共排查危房800户，已完成改造731户，改造完成比例为91.38%。')).toEqual([]);
    // One decimal: too coarse to tell a slip from a coincidence.
    expect(rates('该镇共排查危房800户，已完成改造731户，改造完成比例为91.8%。')).toEqual([]);
    // The last digit: the rounding of amounts not shown.
    expect(rates('该镇共排查危房800户，已完成改造731户，改造完成比例为91.39%。')).toEqual([]);
    // A change is no ratio of two amounts.
    expect(rates('该镇共排查危房800户，已完成改造731户，比上年增长91.83%。')).toEqual([]);
    // Counts of different measure words are not one kind.
    expect(rates('该镇共排查危房800间，已完成改造731户，改造完成比例为91.83%。')).toEqual([]);
  });
});

describe('a slipped rate resting on a total proven wrong by its parts', () => {
  it('is folded into the sum finding, which names the wrong total', async () => {
    const { auditText } = await import('../../audit-text.ts');
    const text = '2024年度“三公”经费财政拨款支出预算为8.00万元，支出决算为7.44万元，完成预算的92.00%。其中：因公出国（境）费0.00万元；公务用车购置费0.00万元；公务用车运行维护费6.80万元；公务接待费0.56万元。';
    const found = auditText(text).findings.filter((f) => f.rule === 'sum-mismatch' || f.rule === 'percent-mismatch');
    expect(found.map((f) => f.rule)).toEqual(['sum-mismatch']);
    expect(found[0]!.message).toContain('比率也相符');
  });
});

const sums = (text: string): string[] => runRule(slippedSums, text).findings.map((f) => `${f.severity} ${f.calculation ?? ''}`);

describe('a total one digit off the run of amounts that breaks it down (slippedSums)', () => {
  it('reports a total whose parts add up to it with a digit changed or swapped', () => {
    // Parts over the total: 2318.40 + 571.25 = 2889.65, written 2898.65 (two digits swapped).
    expect(sums('全镇年度支出2898.65万元，其中：基本支出2318.40万元，项目支出571.25万元。')).toEqual(['warning 2318.40 + 571.25 = 2889.65 ≠ 2898.65']);
    // The parts in the next sentence, one short of the total by a changed digit.
    expect(sums('本年收入合计4,595.30万元。其中财政拨款4,280.10万元，事业收入305.20万元。')).toEqual(['warning 4,280.10 + 305.20 = 4585.30 ≠ 4,595.30']);
  });

  it('stays silent on parts that agree, siblings, a short total and an open list', () => {
    expect(sums('全镇年度支出2889.65万元，其中：基本支出2318.40万元，项目支出571.25万元。')).toEqual([]);
    // No breakdown mark: the amounts after it are its siblings.
    expect(sums('基本支出2898.65万元，项目支出2318.40万元，其他支出571.25万元。')).toEqual([]);
    // Four significant digits and short of the total: the list may be open, a 提示 at most.
    expect(sums('基金收入4399亿元，其中保费收入816亿元，财政补助3523亿元。')).toEqual(['info 816 + 3523 = 4339 ≠ 4399']);
    // Short and the list goes on after the last part read.
    expect(sums('累计支付795333.77元，其中中央资金630000元、村集体资金135333.77元、扣除群众投劳部分。')).toEqual(['info 630000 + 135333.77 = 765333.77 ≠ 795333.77']);
  });
});
