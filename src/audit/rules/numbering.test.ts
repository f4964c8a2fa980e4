import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { numbering } from './numbering.ts';

describe('numbering', () => {
  it('accepts a well-numbered outline', () => {
    const text = '一、基本情况\n（一）机构\n1.内设\n2.人员\n（二）职能\n二、支出\n1、基本\n（1）工资\n（2）公用\n2、项目\n三、问题';
    expect(runRule(numbering, text).findings).toEqual([]);
  });

  it('reports 七、 followed by 8、 as a change of style, and so 9、', () => {
    const text = '六、绩效\n七、问题\n1、财务\n2、资产\n8、下一步改进措施\n1、规范\n9、其他需要说明的情况\n无。';
    const findings = runRule(numbering, text).findings.filter((f) => f.severity === 'error');
    expect(findings).toHaveLength(2);
    expect(findings[0]!.message).toContain('八、');
    expect(findings[1]!.message).toContain('九、');
  });

  it('reports a skipped and a repeated number', () => {
    const skipped = runRule(numbering, '一、甲\n二、乙\n四、丁').findings;
    expect(skipped[0]!.message).toContain('跳号');
    const repeated = runRule(numbering, '一、甲\n（一）子\n（二）子\n（二）子\n').findings;
    expect(repeated[0]!.message).toContain('重复');
  });

  it('reads a list that starts again at 1 as a new list (目录 then body, 第二部分)', () => {
    expect(runRule(numbering, '目录\n一、甲\n二、乙\n一、甲\n二、乙\n三、丙').findings).toEqual([]);
  });

  it('does not count a gap left by the cells of a flattened table', () => {
    expect(runRule(numbering, '一、收入支出决算总表\n二、一般公共预算收入\n440.55\n三、事业收入\n12\n四、其他收入\n0\n五、部门预算').findings).toEqual([]);
  });

  it('does not read table rows as headings', () => {
    expect(runRule(numbering, '一、甲\n一、一般公共预算财政拨款收入\n1\n440.55\n二、乙\n|2.项目|内容|').findings).toEqual([]);
  });

  it('does not read a number at the start of a line as a heading (1.5万元)', () => {
    expect(runRule(numbering, '一、甲\n1.5万元用于办公\n二、乙').findings).toEqual([]);
  });
});
