import { describe, expect, it } from 'vitest';
import { partRates } from './part-rate-checks.ts';
import { runRule } from './run-rule.ts';

const messages = (text: string): string[] => runRule(partRates, text).findings.map((f) => `${f.severity} ${f.message}`);

describe('a rate named after the part of a whole it measures (其中…满意…P份，满意度R%)', () => {
  const text = (rate: string): string =>
    `县医疗保障局开展服务对象满意度调查，共发放问卷384份，回收有效问卷376份，其中表示满意和基本满意的349份，满意度为${rate}，达到年度目标。`;

  it('reads the part by the rate\'s stem and the whole before 其中', () => {
    expect(messages(text('94.3%'))).toEqual(['error 满意度写为94.3%，按349份占376份计算应为92.82%']);
    expect(messages(text('92.8%'))).toEqual([]);
  });

  it('stays silent when the rate fits another whole of the sentence, or no amount names the stem', () => {
    // 349 / 384 = 90.89 %: the questionnaires sent out may be the whole meant.
    expect(messages(text('90.9%'))).toEqual([]);
    expect(messages('回收有效问卷376份，其中349份有效，满意度为94.3%。')).toEqual([]);
  });

  it('reads money parts too (资金200万元，其中已拨付150万元，拨付率R%)', () => {
    expect(messages('下达资金200万元，其中已拨付资金150万元，拨付率为80%。')).toEqual(['error 拨付率写为80%，按150万元占200万元计算应为75.00%']);
    expect(messages('下达资金200万元，其中已拨付资金150万元，拨付率为75%。')).toEqual([]);
  });
});
