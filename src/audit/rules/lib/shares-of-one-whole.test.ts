import { describe, expect, it } from 'vitest';
import { percentMismatch } from '../percent-mismatch.ts';
import { runRule } from './run-rule.ts';

describe('shares of one unnamed whole (percent-mismatch)', () => {
  const list = (first: string): string =>
    `（二）支出决算结构情况\n支出决算结构：甲类支出279.81万元，占${first}；乙类支出57.68万元，占14.29%；丙类支出39.88万元，占9.88%；丁类支出26.27万元，占6.51%。`;

  it('reports the one share whose implied whole differs from the one its list agrees on', () => {
    const { findings } = runRule(percentMismatch, list('70.62%'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('应为69.32%');
    expect(findings[0]!.evidence[1]!.quote).toBe('占70.62%');
  });

  it('says nothing when the shares agree, or when no single share stands out', () => {
    expect(runRule(percentMismatch, list('69.32%')).findings).toEqual([]);
    // Two shares of a list of three that disagree with each other in different ways: no one outlier.
    const text = '（一）结构\n甲类支出100.00万元，占50.00%；乙类支出50.00万元，占30.00%；丙类支出50.00万元，占20.00%。';
    expect(runRule(percentMismatch, text).findings).toEqual([]);
    // Shares adding up to 100 %: the odd one's amount is off (its table cell's finding), not its rate.
    const amountOff = '（一）结构\n甲类支出246.67万元，占62.99%；乙类支出75.75万元，占19.58%；丙类支出34.88万元，占9.02%；丁类支出32.54万元，占8.41%。';
    expect(runRule(percentMismatch, amountOff).findings).toEqual([]);
  });

  it('reads one 类 or 项 a line as one list, and opens a new list under a new heading', () => {
    const lines = ['（二）结构情况', '1.甲（项）决算数为7.55万元，占2.75%；与年初预算持平。', '2.乙（项）决算数为76.12万元，占19.68%。', '3.丙（项）决算数为75.75万元，占19.58%。', '4.丁（项）决算数为227.44万元，占58.79%。'];
    const { findings } = runRule(percentMismatch, lines.join('\n'));
    expect(findings.map((f) => f.evidence[1]!.quote)).toEqual(['占2.75%']);
    // Split by an opening heading, neither list has three shares.
    const split = [...lines.slice(0, 3), '（三）其他', ...lines.slice(3)];
    expect(runRule(percentMismatch, split.join('\n')).findings).toEqual([]);
  });
});
