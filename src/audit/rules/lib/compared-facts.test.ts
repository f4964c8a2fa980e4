import { describe, expect, it } from 'vitest';
import { comparedFacts } from './compared-facts.ts';
import { runRule } from './run-rule.ts';

const HEAD = '龙泉县住房和城乡建设局2023年度部门整体支出绩效自评报告\n一、预算执行情况\n';
const run = (sentence: string) => runRule(comparedFacts, `${HEAD}${sentence}\n`).findings;

describe('compared facts', () => {
  it('reports a comparison word the two values contradict', () => {
    const findings = run('2023年决算支出6,805.74万元，预算执行率98.12%，低于上年的96.45%，主要是建立了周调度机制。');
    expect(findings, '98.12 % is above 96.45 %, not 低于').toHaveLength(1);
    expect(findings[0]!.evidence[0]!.quote).toBe('98.12%，低于上年的96.45%');
  });

  it('stays silent where the values bear the word out', () => {
    expect(run('预算执行率98.12%，高于上年的96.45%。')).toEqual([]);
    expect(run('全年门诊19.26万人次，超过年度目标16万人次。')).toEqual([]);
  });

  it('compares only quantities of one kind and unit, and not a change with a level', () => {
    // A count against a rate, and a change (比上年增加) before the word: nothing to compare.
    expect(run('完成改造120户，低于上年的96.45%。')).toEqual([]);
    expect(run('比上年增加12.5万元，低于上年的10.2万元。')).toEqual([]);
  });
});
