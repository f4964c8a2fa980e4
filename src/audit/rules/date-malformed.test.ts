import { describe, expect, it } from 'vitest';
import { dateMalformed } from './date-malformed.ts';
import { runRule } from './lib/run-rule.ts';

describe('date-malformed', () => {
  it('reports a year followed by a number without 月', () => {
    const { findings } = runRule(dateMalformed, '2024年9以来，组织入库。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence[0]!.quote).toBe('2024年9');
  });

  it('reads a layout’s spaces before 月 and 日 as part of the date, still checking it', () => {
    expect(runRule(dateMalformed, '填报日期:2020年4 月25 日').findings).toEqual([]);
    expect(runRule(dateMalformed, '填报日期:2020年2 月30 日').findings.map((f) => f.severity)).toEqual(['error']);
    expect(runRule(dateMalformed, '2020年4 以来完成入库。').findings).toHaveLength(1);
  });

  it('reports a spreadsheet date serial given as a time indicator’s value, near the report’s year only', () => {
    const text = '产出指标 时效指标 项目资金到位时间 正向 = 44,561 44,561 10\n数量指标 培训人数 正向 = 44561 人 5\n';
    const { findings } = runRule(dateMalformed, text, { fiscalYear: 2021 });
    expect(findings.map((f) => f.calculation)).toEqual(['44561 天（自1899年12月30日起）= 2021年12月31日']);
    expect(runRule(dateMalformed, text, { fiscalYear: 2015 }).findings).toEqual([]);
    expect(runRule(dateMalformed, '项目完成时间 正向 = 44,561元 10\n', { fiscalYear: 2021 }).findings).toEqual([]);
    expect(runRule(dateMalformed, '发布时间: 2022-09-12 浏览次数: 44561\n', { fiscalYear: 2021 }).findings).toEqual([]);
    // The year printed on a line of its own under a form's name is the report's.
    expect(runRule(dateMalformed, `再生资源回收市场管理经费项目绩效目标表\n(2021年)\n${text}`).findings).toHaveLength(1);
    expect(runRule(dateMalformed, `再生资源回收市场管理经费项目绩效目标表\n${text}`).findings).toEqual([]);
  });

  it('reports impossible dates', () => {
    const { findings } = runRule(dateMalformed, '2024年2月30日召开会议。2024年13月完成。6月31日检查。');
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error', 'error']);
  });

  it('accepts valid dates, periods and counts after a year', () => {
    const text = '2024年2月29日召开会议。2024年1-12月共签约。2024年9个项目完成。2024年，全县实现增长。6月底完成。';
    expect(runRule(dateMalformed, text).findings).toEqual([]);
  });

  it('reports a year with a digit too many and a year without its 年 before the subject', () => {
    const { findings } = runRule(dateMalformed, '22017年度收入总计100万元。\n2021全区政府性基金预算收入完成130.2亿元。');
    expect(findings.map((f) => f.message)).toEqual(['日期有误：“22017年度”——年份多了一位数字', '日期有误：“2021全区”——年份后缺少“年”']);
    expect(runRule(dateMalformed, '共2021人参加培训，2021年全区收入增长。').findings).toEqual([]);
  });

  it('reports a year glued to the kind of report it names (2016部门决算), after a name or opening a line', () => {
    // Real shapes (a primary school's page title and a health centre's contents entry, spent dev 2339 and 2354), new
    // wording: a body's name, its year without 年 or 年度, then 部门决算 / 单位预算.
    const text = '某县实验中学2019部门决算公开\n第四部分：某镇卫生院2023单位预算报表（详见附件）\n2022部门预算编制说明';
    expect(runRule(dateMalformed, text).findings.map((f) => f.message)).toEqual(['日期有误：“2019部门”——年份后缺少“年”', '日期有误：“2023单位”——年份后缺少“年”', '日期有误：“2022部门”——年份后缺少“年”']);
    // Written with 年 / 年度, a range of years, or a table's column of the bare 决算 — nothing.
    expect(runRule(dateMalformed, '某县实验中学2019年度部门决算公开\n某镇卫生院2023年单位预算\n2015-2016部门预算对比\n项目\t2016决算数\t2017预算数').findings).toEqual([]);
  });

  it('reports a year with a digit missing before 年度 or a month', () => {
    const { findings } = runRule(dateMalformed, '202年度收入总计100万元。本单位于223年3月完成验收。');
    expect(findings.map((f) => f.message)).toEqual(['日期有误：“202年度”——年份少了一位数字', '日期有误：“223年3月”——年份少了一位数字']);
    expect(runRule(dateMalformed, '建党100年之际，共培训120人，服务365天。').findings).toEqual([]);
  });
});

describe('date-malformed: a document number whose year runs into its number', () => {
  it('says nothing when every one of several document numbers lacks its 〕 (the text never writes it)', () => {
    const text = '依据《管理办法》（粤财预〔2018312号）和《实施细则》（粤财行〔2020188号）执行。';
    expect(runRule(dateMalformed, text).findings).toEqual([]);
    // One closed number elsewhere shows the bracket is written: the fused ones are slips.
    expect(runRule(dateMalformed, `${text}另见粤财绩〔2021〕9号。`).findings).toHaveLength(2);
  });

  it('reports 〔201965号 (〕 missing), not a whole number or a lost 号', () => {
    expect(runRule(dateMalformed, '根据《通知》（钦办通〔201965号）要求。').findings.map((f) => f.severity)).toEqual(['warning']);
    expect(runRule(dateMalformed, '根据《通知》（钦办通〔2019〕65号）要求。泉港政综〔202465').findings).toEqual([]);
  });
  it('reads a document number wrapped inside the sentence (〔201965⏎号) as one, not one split by a paragraph break', () => {
    // Precondition (segment()): the line before the break is long enough and open, so the sentence goes on over it.
    const wrapped = runRule(dateMalformed, '根据《钦州市医疗保障局职能配置规定》（钦办通〔201965\n号）规定，市医保局职能是：').findings;
    expect(wrapped.map((f) => f.evidence[0]!.quote)).toEqual(['〔201965\n号']);
    // A short line (a cell, a heading) is no wrap: 号 on the next line is not read with it.
    expect(runRule(dateMalformed, '文号〔201965\n号码另列。').findings).toEqual([]);
  });
  it('reports a year written with the report year’s digits swapped that lies far beyond any plan year (2202年度 in 2022)', () => {
    expect(runRule(dateMalformed, '第三部分 2302年度部门预算公开表\n', { fiscalYear: 2023 }).findings.map((f) => f.severity)).toEqual(['error']);
    expect(runRule(dateMalformed, '本单位于2201年12月完成全部验收工作。', { fiscalYear: 2021 }).findings).toHaveLength(1);
    // Past years and near plan years with the same digits, and far years with other digits, are real years.
    expect(runRule(dateMalformed, '与2012年相比，2035年远景目标中，本单位计划于2032年前完成。', { fiscalYear: 2021 }).findings).toEqual([]);
    // Without the report's year, another year stated in the text is the reference.
    expect(runRule(dateMalformed, '第二部分 2024年度部门决算情况说明\n第三部分 2420年度部门决算表\n').findings).toHaveLength(1);
    expect(runRule(dateMalformed, '第二部分 2024年度部门决算情况说明\n第三部分 2042年远景规划\n').findings).toEqual([]);
    expect(runRule(dateMalformed, '到2032年建成，2300年不在考虑之列。', { fiscalYear: 2023 }).findings).toEqual([]);
  });

  it('reads a date the PDF wrapped over two lines (2017年12⏎月31日) as one', () => {
    expect(runRule(dateMalformed, '按时完成既定目标2017年12\n月31日前完成。').findings).toEqual([]);
    // A month without 月 is still reported, and a wrap does not excuse a second break.
    expect(runRule(dateMalformed, '2024年9以来，组织入库。').findings).toHaveLength(1);
  });

  it('reads 度 after a part or heading marker before a kind of report as 年度 with its year lost (第二部分度部门决算)', () => {
    // Shape (a 决算's contents, test21 spent), invented wording.
    const shapes = (t: string): string[] => runRule(dateMalformed, t).findings.map((f) => f.shape ?? '');
    expect(shapes('某县气象局2023年度部门决算\n目录\n第一部分 部门概况\n第二部分 度部门决算情况说明\n')).toEqual(['year-lost']);
    expect(shapes('某县气象局2023年度单位预算\n三、度单位预算表\n')).toEqual(['year-lost']);
    // Silent: the year written; 度 ending a word (季度, 制度); a 年度 wrapped over two lines.
    expect(shapes('第二部分 2023年度部门决算情况说明\n')).toEqual([]);
    expect(shapes('按季度部门决算数据汇总，完善制度部门决算管理。\n')).toEqual([]);
    expect(shapes('某县气象局2023年\n度部门决算\n')).toEqual([]);
  });
});

describe('date-malformed: a numeric date past its month\'s last day (agoal)', () => {
  const dates = (t: string): string[] => runRule(dateMalformed, t).findings.filter((f) => f.shape === 'impossible-date').map((f) => f.evidence[0]!.quote ?? '');
  it('reports 2023-02-29 and 2024/06/31', () => {
    expect(dates('成文日期：2023-02-29')).toEqual(['2023-02-29']);
    expect(dates('验收时间为2024/06/31，全部合格。')).toEqual(['2024/06/31']);
  });
  it('accepts real last days (2024-02-29 in a leap year), a month above 12 (no date), and mixed separators', () => {
    expect(dates('成文日期：2024-02-29')).toEqual([]);
    expect(dates('编号2024-13-45的合同')).toEqual([]);
    expect(dates('区间2024-06/31')).toEqual([]);
  });
});
