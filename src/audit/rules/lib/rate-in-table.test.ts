import { describe, expect, it } from 'vitest';
import { runRule } from './run-rule.ts';
import { percentMismatch } from '../percent-mismatch.ts';

const FUNDS = ['项目资金（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分', '\t年度资金总额\t320.00\t356.00\t341.76\t10\t96.00%\t9.60'].join('\n');

describe('rate-in-table (percent-mismatch preconditions)', () => {
  it('reports the prose amount, not the rate, when a table line bears the rate out with the prose’s base', () => {
    const f = runRule(percentMismatch, `${FUNDS}\n项目年初预算320.00万元，全年预算356.00万元，实际支出314.76万元，预算执行率96.00%。\n`).findings;
    expect(f.map((x) => x.rule)).toEqual(['table-text-mismatch']);
    expect(f[0]!.evidence[1]!.quote).toBe('341.76');
  });

  it('is silent when a table line bears the rate out with the prose’s numerator (the base read was not the rate’s)', () => {
    const t = '预算执行情况    年初预算数    全年预算数    全年执行数    执行率\n项目支出    540.50    589.70    556.00    94.29%';
    const f = runRule(percentMismatch, `${t}\n2025年全年预算1318.20万元，全年执行数1284.50万元，执行率97.44%。其中项目支出556.00万元，项目支出执行率94.29%。\n`).findings;
    expect(f.filter((x) => x.evidence.some((e) => (e.quote ?? '').includes('556.00')))).toEqual([]);
  });

  it('still reports a rate no table line bears out', () => {
    const f = runRule(percentMismatch, `${FUNDS.replace('96.00%', '95.00%')}\n全年预算356.00万元，实际支出314.76万元，预算执行率96.00%。\n`).findings;
    expect(f.some((x) => x.rule === 'percent-mismatch')).toBe(true);
  });
});

describe('rateOfNumeratorRow (percent-mismatch)', () => {
  const t = '预算执行情况   年初预算数   全年预算数   全年执行数   执行率\n资金总额   2460.00   2786.40   2701.52   96.95%\n按支出性质分：基本支出   1120.00   1186.40   1186.40   100.00%\n项目支出   1340.00   1600.00   1515.12   94.70%';
  it('reports a rate other than the one the named item’s table line gives its spent amount', () => {
    const f = runRule(percentMismatch, `${t}\n其中，基本支出执行1186.40万元，执行率100%；项目支出执行1515.12万元，执行率为97.40%。\n`).findings;
    expect(f.map((x) => x.shape)).toEqual(['rate-row-rate']);
    expect(f[0]!.evidence[1]!.quote).toBe('94.70%');
  });
  it('is silent on the table’s rate, or where the sentence names another item', () => {
    expect(runRule(percentMismatch, `${t}\n项目支出执行1515.12万元，执行率为94.70%。\n`).findings).toEqual([]);
    expect(runRule(percentMismatch, `${t}\n专项资金执行1515.12万元，执行率为97.40%。\n`).findings.filter((x) => x.shape === 'rate-row-rate')).toEqual([]);
  });
});

describe('rateOfNumeratorRow across a copy\'s wrap (ainv)', () => {
  const t = '支出执行情况   年初预算数   全年预算数   全年执行数   执行率\n合计   860.00   905.00   874.30   96.61%\n人员经费   512.00   530.00   530.00   100.00%\n公用经费   348.00   375.00   344.30   91.81%';
  it('names the item by the words before a line break inside the sentence', () => {
    const f = runRule(percentMismatch, `${t}\n全年支出874.30万元。其中人员经费530.00万元，公用经费执行344.30万元，执行率为\n93.18%，主要是差旅费压减。\n`).findings;
    expect(f.filter((x) => x.shape === 'rate-row-rate').map((x) => x.evidence[1]!.quote)).toEqual(['91.81%']);
  });
  it('still stops at a stop before the line break', () => {
    const f = runRule(percentMismatch, `${t}\n全年支出874.30万元。其中人员经费530.00万元，公用经费执行344.30万元。执行率为\n93.18%，主要是差旅费压减。\n`).findings;
    expect(f.filter((x) => x.shape === 'rate-row-rate')).toEqual([]);
  });
});

describe('rate-in-table with the prose in 元 over a table in 万元 (ainv)', () => {
  it('reads the table line at a factor of 10,000 and writes the base as the table writes it', () => {
    const f = runRule(percentMismatch, `${FUNDS}\n项目年初预算3200000元，全年预算3560000元，实际支出3147600元，预算执行率96.00%。\n`).findings;
    expect(f.map((x) => x.rule)).toEqual(['table-text-mismatch']);
    expect(f[0]!.message).toContain('（341.76 ÷ 356.00 = 96.00%）');
  });
  it('is silent where the prose amount is the table\'s in 元', () => {
    expect(runRule(percentMismatch, `${FUNDS}\n项目年初预算3200000元，全年预算3560000元，实际支出3417600元，预算执行率96.00%。\n`).findings).toEqual([]);
  });
  it('reads a table in 元 under prose in 万元 at the inverse factor (data/audit/money-units.json)', () => {
    const inYuan = FUNDS.replace('（万元）', '（元）').replace('320.00\t356.00\t341.76', '3200000\t3560000\t3417600');
    const f = runRule(percentMismatch, `${inYuan}\n项目年初预算320.00万元，全年预算356.00万元，实际支出314.76万元，预算执行率96.00%。\n`).findings;
    expect(f.map((x) => x.rule)).toEqual(['table-text-mismatch']);
    expect(f[0]!.evidence[1]!.quote).toBe('3417600');
  });
});
