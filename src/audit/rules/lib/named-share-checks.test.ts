import { describe, expect, it } from 'vitest';
import { namedShares } from './named-share-checks.ts';
import { runRule } from './run-rule.ts';

const messages = (text: string): string[] => runRule(namedShares, text).findings.map((f) => `${f.severity} ${f.message}`);

describe('a share of a whole named by an equivalent name (占采购总额的R% of 实际采购W)', () => {
  const text = (rate: string): string =>
    `2024年政府采购预算200.5552万元，实际采购195.4679万元，其中货物类93.0673万元，服务类43.8702万元；授予中小企业合同金额156.0608万元，占采购总额的${rate}。`;

  it('reads the whole from the amount its name labels without its ending (总额) and opening word (实际)', () => {
    expect(messages(text('84.79%'))).toEqual(['warning 占比写为84.79%，按156.0608万元占“采购总额”（即实际采购195.4679万元）计算应为79.84%']);
    expect(messages(text('79.84%'))).toEqual([]);
    // A rate cut rather than rounded (79.839 → 79.83) is no defect.
    expect(messages(text('79.83%'))).toEqual([]);
  });

  it('stays silent on a sibling\'s name, on a rate another amount of the sentence gives, and on lists of rates', () => {
    // 上划中央收入 is no 收入: the whole is not named.
    expect(messages('一般公共预算收入17056万元，其中上划中央收入7716万元，上划省级收入2432万元，占收入的24.26%。')).toEqual([]);
    // 156.0608 / 200.5552 = 77.81 %: the budget may be the whole meant.
    expect(messages(text('77.81%'))).toEqual([]);
    expect(messages('2023年全国政府采购规模33929.6亿元。货物、工程和服务采购规模分别为7738.1亿元、14486.8亿元和11704.8亿元，占全国政府采购规模的22.8%、42.7%和34.5%。')).toEqual([]);
  });

  it('reads counts of one measure word alike (占户籍人口总数的R% of 户籍人口N人)', () => {
    const text = (rate: string): string => `截至年底，户籍人口52,000人，脱贫人口4,160人，占户籍人口总数的${rate}。`;
    expect(messages(text('10%'))).toEqual(['warning 占比写为10%，按4,160人占“户籍人口总数”（即户籍人口52,000人）计算应为8.00%']);
    expect(messages(text('8%'))).toEqual([]);
    // A whole of another measure word is no whole of persons.
    expect(messages('截至年底，户籍人口52,000户，脱贫人口4,160人，占户籍人口总数的10%。')).toEqual([]);
  });
});
