import { describe, expect, it } from 'vitest';
import { runRule } from './run-rule.ts';
import { tableTextMismatch } from '../table-text-mismatch.ts';
import { clauseNames, nameStem } from './indicator-restated.ts';

const TABLE = [
  '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '\t产出指标\t数量指标\t新建及改造供水管网长度\t≥40公里\t42.6公里\t10\t10\t',
  '\t\t数量指标\t示范基地（片）数量\t≥5个\t5个\t10\t10\t',
  '\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t88.6%\t10\t9\t个别村组停水检修通知不及时',
].join('\n');

const restated = (prose: string) => runRule(tableTextMismatch, `${TABLE}\n${prose}\n`).findings.filter((f) => f.shape === 'indicator-restated-actual');

describe('indicator-restated (table-text-mismatch)', () => {
  it('reads a count written with thousands separators (1,236个) against the row\'s actual', () => {
    const table = '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n\t产出指标\t数量指标\t培训农村实用人才人数\t≥2,000人\t2,418人\t10\t10\n';
    const found = (prose: string) => runRule(tableTextMismatch, `${table}${prose}\n`).findings.filter((f) => f.shape === 'indicator-restated-actual').map((f) => f.calculation);
    expect(found('全年共培训农村实用人才2,481人，学员满意度较高。')).toEqual(['2,481人 ≠ 2,418人']);
    expect(found('全年共培训农村实用人才2,418人，学员满意度较高。')).toEqual([]);
  });

  it('names a row whose stem opens with a verb by the rest of the stem told with another verb', () => {
    expect(clauseNames('当年建成高标准农田', nameStem('新建高标准农田面积'), true)).toBe(true);
    expect(clauseNames('当年建成高标准农田', nameStem('新建高标准农田面积'))).toBe(false);
    // The rest too short to name the row: no reading.
    expect(clauseNames('当年建成农田', nameStem('新建农田面积'), true)).toBe(false);
    const table = '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n\t产出指标\t数量指标\t新建机耕道路长度\t≥30公里\t31.5公里\t10\t10\n';
    const found = (prose: string) => runRule(tableTextMismatch, `${table}${prose}\n`).findings.filter((f) => f.shape === 'indicator-restated-actual').length;
    expect(found('当年硬化机耕道路35.1公里，全部通过验收。')).toBe(1);
    // A goal sentence: its target named in an earlier clause.
    expect(found('项目年度目标为：完成土地平整，硬化机耕道路35.1公里。')).toBe(0);
  });

  it('finds a sentence restating a row’s actual with another number', () => {
    const f = restated('（一）产出情况。全年新建及改造供水管网38.6公里，工程验收合格率100%。');
    expect(f.length).toBe(1);
    expect(f[0]!.evidence[0]!.quote).toBe('全年新建及改造供水管网38.6公里');
    expect(f[0]!.evidence[1]!.quote).toContain('42.6公里');
  });

  it('is silent when the sentence repeats the actual, states the target, or lists parts', () => {
    expect(restated('全年新建及改造供水管网42.6公里。')).toEqual([]);
    expect(restated('计划新建及改造供水管网38.6公里。')).toEqual([]);
    expect(restated('累计新建及改造供水管网138.6公里。')).toEqual([]);
    expect(restated('建设示范基地3个、示范片2个。')).toEqual([]);
    // A row name holding a number (商务检查督导3完成数 | 32项): the prose's 3项 is the name's (round trip 样例1县商务局).
    const named = runRule(tableTextMismatch, `${TABLE}\n\t\t数量指标\t商务检查督导3完成数\t≥30项\t32项\t5\t5\t\n4.商务检查督导3项\n`).findings;
    expect(named.filter((f) => f.shape === 'indicator-restated-actual')).toEqual([]);
    // A number in another unit is another figure.
    expect(restated('新建及改造供水管网38.6米。')).toEqual([]);
  });

  it('leaves a numbered item’s own figure alone, but not the item that is the row', () => {
    // 3.某项目：… — the figure is that project's, not the whole's (dev 3040 under the 执行率 → 预算执行率 paraphrase).
    expect(restated('3.农村饮水安全巩固提升工程：新建及改造供水管网38.6公里，已完工。')).toEqual([]);
    expect(restated('（2）新建及改造供水管网长度：全年新建及改造供水管网38.6公里。').length).toBe(1);
  });

  it('reads a name’s stem and a leading part of it', () => {
    expect(nameStem('高标准农田建设面积')).toBe('高标准农田建设');
    expect(nameStem('示范基地（片）数量')).toBe('示范基地');
    expect(clauseNames('项目建成高标准农田', '高标准农田建设')).toBe(true);
    expect(clauseNames('项目建成高标准', '高标准农田建设')).toBe(false);
    expect(clauseNames('受益群众满意度达到', '受益群众满意度')).toBe(true);
  });
});

describe('restated total score (table-text-mismatch)', () => {
  const table = [
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
    '产出指标\t数量指标\t新打水源井数量\t≥6眼\t6眼\t60\t60',
    '满意度指标\t满意度指标\t受益群众满意度\t≥90%\t88.6%\t40\t36.31',
    '总分\t100\t96.31',
  ].join('\n');
  const total = (prose: string) => runRule(tableTextMismatch, `某县水利局2023年度项目支出绩效自评表\n${table}\n${prose}\n`).findings.filter((f) => f.shape === 'indicator-restated-total');

  it('finds a total score other than the 总分 of the one table that adds up', () => {
    const f = total('经综合评价，本局2023年度项目支出绩效自评得分为95.10分，评价等级为“优”。');
    expect(f.length).toBe(1);
    expect(f[0]!.evidence[0]!.quote).toBe('自评得分为95.10');
  });

  it('is silent on the same total, another year’s score, or a table that does not add up', () => {
    expect(total('本项目自评得分96.31分。')).toEqual([]);
    expect(total('2022年度自评得分93.6分，本年较上年有所提高。')).toEqual([]);
    expect(total('上年度自评得分为91.2分。')).toEqual([]);
    const wrong = runRule(tableTextMismatch, `${table.replace('\t96.31', '\t97.31')}\n本项目自评得分95.10分。\n`).findings;
    expect(wrong.filter((f) => f.shape === 'indicator-restated-total')).toEqual([]);
  });
});
