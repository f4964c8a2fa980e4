import { describe, expect, it } from 'vitest';
import { runRule } from './run-rule.ts';
import { sumMismatch } from '../sum-mismatch.ts';

const block = (cell: string) =>
  [
    '年度预算资金\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分',
    '资金总额\t1836.50\t1962.30\t1904.46\t98.05%\t10\t9.81',
    '其中：财政拨款\t1836.50\t1930.30\t1875.66\t97.17%\t—\t—',
    '上年结转\t0.00\t32.00\t28.80\t90.00%\t—\t—',
    '其中：基本支出\t1212.40\t1268.70\t1268.70\t100.00%\t—\t—',
    `项目支出\t624.10\t693.60\t${cell}\t94.26%\t—\t—`,
    '年度总体目标\t预期目标\t实际完成情况',
  ].join('\n');
const shape = (text: string) => runRule(sumMismatch, `${text}\n`).findings.filter((f) => f.shape === 'funds-block-sum');

describe('funds-block-sums (sum-mismatch)', () => {
  it('finds a breakdown of the funds total that does not add up in one column while it does in the others', () => {
    const f = shape(block('653.76'));
    expect(f.length).toBe(1);
    expect(f[0]!.calculation).toBe('1268.70 + 653.76 = 1922.46 ≠ 1904.46');
  });
  it('is silent when every breakdown adds up, or when one fails in every column (not a breakdown of that total)', () => {
    expect(shape(block('635.76'))).toEqual([]);
    expect(shape(block('635.76').replace('1212.40', '1.40').replace('1268.70\t1268.70', '1.70\t1.70'))).toEqual([]);
  });
});
