import { describe, expect, it } from 'vitest';
import { runRule } from './lib/run-rule.ts';
import { templateResidue } from './template-residue.ts';

describe('template-residue', () => {
  it('reports placeholders and either/or template wording', () => {
    const { findings } = runRule(templateResidue, 'XX局2024年支出较上年增长（下降）5%。请填写项目名称。');
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['XX', '增长（下降）', '请填写']);
  });

  it('reports a form instruction standing in place of a cell, not a printed note inside a longer text', () => {
    const { findings } = runRule(templateResidue, '评价结论 | 结合自评情况，说明项目实施取得的成效。（200字以内） |\n说明：预算执行率未达到90%的需说明原因（100字以内）；年中调整的应说明理由。');
    expect(findings).toHaveLength(1);
  });

  it('reports the form’s name placeholder left in a heading, not the form’s label with its value', () => {
    expect(runRule(templateResidue, '第一部分:部门（单位）名称概况\n一、主要职能').findings).toHaveLength(1);
    expect(runRule(templateResidue, '部门(单位)名称:  某市城市管理监督指挥中心\n部门（单位）名称\t某局\n部门(单位)名称长沙市某区发展和改革局预算编码302001').findings).toEqual([]);
  });

  it('does not read XX inside a word, stars masking a name or number, or ordinary text', () => {
    expect(runRule(templateResidue, '采购XXL号工作服。支出较上年增长5%。').findings).toEqual([]);
    expect(runRule(templateResidue, '上传人:sc****y 文档编号:663091，联系电话138****5678。').findings).toEqual([]);
    expect(runRule(templateResidue, '我单位***年度收入100万元。').findings).toHaveLength(1);
  });
});

describe('template-residue: ellipsis blanks', () => {
  it('reports a form sentence left with …… blanks', () => {
    const { findings } = runRule(templateResidue, '本部门内设机构包括…… 。本部门下属单位包括：……。');
    expect(findings.length).toBeGreaterThanOrEqual(1);
  });
});
