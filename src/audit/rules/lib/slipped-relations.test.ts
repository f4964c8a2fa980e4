import { describe, expect, it } from 'vitest';
import { runRule } from './run-rule.ts';
import { slippedRates } from './slipped-relations.ts';

const rates = (text: string): string[] => runRule(slippedRates, text).findings.map((f) => f.calculation ?? '');

describe('a rate one digit off the ratio of two amounts near it (slippedRates)', () => {
  it('reports a swapped or changed digit whatever the rate is called', () => {
    // Two neighbouring digits swapped: 731 ÷ 800 = 91.38 %, written 91.83 %.
    expect(rates('该镇共排查危房800户，已完成改造731户，改造完成比例为91.83%。')).toEqual(['731 ÷ 800 = 91.38% ≠ 91.83%']);
    // A middle digit changed, the whole in the sentence before: 46.50 ÷ 62.00 = 75.00 %, written 78.00 %.
    expect(rates('年内安排补助资金62.00万元。截至年底兑现到户46.50万元，兑现进度78.00%。')).toEqual(['46.50 ÷ 62.00 = 75.00% ≠ 78.00%']);
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
