import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { outline } from './outline.ts';

const FULL = [
  '2024年度某局部门整体支出绩效自评报告',
  '一、部门基本情况', '略。',
  '二、部门整体支出管理及使用情况', '略。',
  '三、政府性基金预算支出情况', '无。',
  '四、国有资本经营预算支出情况', '无。',
  '五、社会保险基金预算支出情况', '无。',
  '六、部门整体支出绩效情况', '略。',
  '七、存在的问题及原因分析', '略。',
  '八、下一步改进措施', '略。',
  '九、其他需要说明的情况', '无。',
];

describe('outline', () => {
  it('accepts the full nine-section outline', () => {
    expect(runRule(outline, FULL.join('\n')).findings).toEqual([]);
  });

  it('reports a missing section and an empty one that must say 无', () => {
    const text = FULL.filter((l) => !l.includes('国有资本')).join('\n').replace('五、社会保险基金预算支出情况\n无。', '五、社会保险基金预算支出情况');
    const { findings } = runRule(outline, text);
    expect(findings.map((f) => f.message).join('\n')).toContain('国有资本经营预算支出情况');
    expect(findings.map((f) => f.message).join('\n')).toContain('应写明“无”');
  });

  it('does not list every section of a report that follows another outline', () => {
    const { findings, notChecked } = runRule(outline, '2018年度某局整体支出绩效评价报告\n一、部门概况\n二、评价结论');
    expect(findings).toEqual([]);
    expect(notChecked[0]).toContain('其他提纲');
  });

  it('says when no template applies', () => {
    expect(runRule(outline, '某项目支出绩效自评表\n一、甲').notChecked[0]).toContain('outline');
  });
});
