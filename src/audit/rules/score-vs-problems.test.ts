import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { scoreVsProblems } from './score-vs-problems.ts';

const SCORE = '六、绩效情况\n财政资金整体绩效要值100分，部门整体支出实得100分，评价等级为“优”。\n';

describe('score-vs-problems', () => {
  it('reports a full score beside admitted accounting problems', () => {
    const text = `${SCORE}七、存在的问题及原因分析\n1、财务管理工作有待加强\n账务记录不准确，将基本支出计入项目支出。\n八、下一步改进措施\n无。`;
    const { findings } = runRule(scoreVsProblems, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.evidence[0]!.quote).toContain('实得100分');
  });

  it('accepts a full score when the problem section says 无', () => {
    expect(runRule(scoreVsProblems, `${SCORE}七、存在的问题及原因分析\n无。\n八、下一步改进措施\n无。`).findings).toEqual([]);
  });

  it('accepts a score below the maximum', () => {
    const text = '六、绩效情况\n部门整体支出自评得分92分。\n七、存在的问题\n资产管理不规范，未进行年度盘点。';
    expect(runRule(scoreVsProblems, text).findings).toEqual([]);
  });

  it('warns when only the top grade is claimed and the problems are not of a deducting kind', () => {
    const text = '六、绩效情况\n评价等级为“优”。\n七、存在的问题\n宣传工作力度有待加大。';
    expect(runRule(scoreVsProblems, text).findings[0]!.severity).toBe('warning');
  });
});

describe('score-vs-problems: grade with a score', () => {
  it('accepts the top grade when the score shows deductions', () => {
    const text = '六、绩效情况\n部门整体支出自评92分，评价等级为“优”。\n七、存在的问题\n固定资产未进行年度盘点。';
    expect(runRule(scoreVsProblems, text).findings).toEqual([]);
  });
});

describe('score-vs-problems: indicator rows', () => {
  const table = (score: string) => `项目支出绩效自评表\n三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分\n维修桥梁座数 | ≥6座 | 7座 | 10 | ${score}\n`;
  it('reports a score above its weight', () => {
    const { findings } = runRule(scoreVsProblems, table('12'));
    expect(findings.map((f) => [f.shape, f.calculation])).toEqual([['indicator-score-above-weight', '12 > 10']]);
  });
  it('accepts a score up to its weight', () => {
    expect(runRule(scoreVsProblems, table('10')).findings).toEqual([]);
    expect(runRule(scoreVsProblems, table('9.5')).findings).toEqual([]);
  });
});
