import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { tableTextMismatch } from './table-text-mismatch.ts';

const TABLE = '表1 收入支出决算表\n单位：万元\n项目\t年初预算数\t全年预算数\t决算数\n基本支出\t515.93\t609.29\t609.29\n项目支出\t179.90\t1059.41\t1059.41\n';

describe('table-text-mismatch', () => {
  it('reports a prose figure that differs from its table cell, quoting both', () => {
    const { findings } = runRule(tableTextMismatch, `${TABLE}基本支出决算数619.29万元。`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence[1]!.quote).toBe('609.29');
    expect(findings[0]!.evidence[1]!.cell).toEqual({ table: '表1', row: '基本支出', column: '决算数' });
  });

  it('accepts agreeing figures, including the same amount in 元', () => {
    expect(runRule(tableTextMismatch, `${TABLE}基本支出决算数609.29万元，项目支出年初预算数179.9万元。`).findings).toEqual([]);
  });

  it('says when there is no table or no unit', () => {
    expect(runRule(tableTextMismatch, '基本支出609.29万元。').notChecked[0]).toContain('表格');
    expect(runRule(tableTextMismatch, '项目\t决算数\t预算数\n基本支出\t1\t2\n项目支出\t3\t4\n').notChecked[0]).toContain('单位');
  });
});
