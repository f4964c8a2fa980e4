import { describe, expect, it } from 'vitest';
import { dateOutOfPeriod } from './date-out-of-period.ts';
import { runRule } from './lib/run-rule.ts';

const TITLE = '2024年度某县商务局部门整体支出绩效自评报告\n';

describe('date-out-of-period', () => {
  it('reports a state told as of a date after the report\'s own signing date (截至2025年6月底 in a report signed 2025年3月12日; former test32 2728)', () => {
    const text = (asOf: string): string =>
      `赣溪县农机中心2024年度部门整体支出绩效自评报告\n三、绩效目标完成情况\n全年培训农机手540人次；截至${asOf}，累计培训农机手1,120人次。\n\n赣溪县农机中心\n2025年3月12日\n`;
    const found = runRule(dateOutOfPeriod, text('2025年6月底')).findings.filter((f) => f.shape === 'as-of-after-signing');
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(runRule(dateOutOfPeriod, text('2024年12月31日')).findings.filter((f) => f.shape === 'as-of-after-signing')).toEqual([]);
    expect(runRule(dateOutOfPeriod, text('2025年3月10日')).findings.filter((f) => f.shape === 'as-of-after-signing')).toEqual([]);
  });

  it('reports an event told as done after the report\'s own signing date, a 警告 (经2024年9月秋收测产 in a report signed 2024年4月10日; former test34 2761)', () => {
    const text = (sentence: string, section = '三、项目绩效目标完成情况'): string =>
      `滨沽区农业农村委员会2023年度高标准农田建设项目支出绩效自评报告\n${section}\n${sentence}\n\n滨沽区农业农村委员会\n2024年4月10日\n`;
    const found = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.filter((f) => f.shape === 'event-after-signing').map((f) => `${f.severity} ${f.evidence[0]!.quote}`);
    expect(found(text('经2024年9月秋收测产，项目区亩均增产约48公斤。'))).toEqual(['warning 2024年9月']);
    // Look-alikes: before the signing date; a plan; a deadline; the end of a period; a planning section.
    expect(found(text('经2024年3月测产，项目区亩均增产约48公斤。'))).toEqual([]);
    expect(found(text('预计2024年9月秋收测产。'))).toEqual([]);
    expect(found(text('项目区测产于2024年9月底前完成。'))).toEqual([]);
    expect(found(text('申报时间为2024年1月1日至2024年12月31日。'))).toEqual([]);
    expect(found(text('2024年9月组织秋收测产。', '六、下一步改进措施'))).toEqual([]);
  });

  it('reads a deadline a whole year before the project’s stated period of work as a wrong year', () => {
    const form = (deadline: string, period = '专项实施期2022年3月-2022年11月'): string =>
      `某县马铃薯种薯项目绩效目标自评表（2022年度）\n${period}\n时效指标 ${deadline}前完成资金支付\n`;
    const quotes = (t: string): (string | undefined)[] => runRule(dateOutOfPeriod, t).findings.map((f) => f.evidence[0]!.quote);
    expect(quotes(form('2021年11月30日'))).toEqual(['2021年11月30日']);
    // Within or after the period's first year, no period stated, or two periods: nothing is said.
    expect(quotes(form('2022年11月30日'))).toEqual([]);
    expect(quotes(form('2022年2月28日'))).toEqual([]);
    expect(quotes(form('2021年11月30日', '项目于2022年组织实施'))).toEqual([]);
    expect(quotes(form('2021年11月30日', '实施期2022年3月-2022年11月，二期实施期2021年3月-2021年11月'))).toEqual([]);
  });

  it('reads a heading of the outline naming the previous year, whatever its subject, as last year’s outline left in', () => {
    // Shapes (a 决算's contents and a budget's contents, test21 spent), invented wording.
    const shapes = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.map((f) => f.shape ?? '');
    const accounts = (third: string): string =>
      `2022年度白沙镇文化站部门决算\n目录\n第一部分 部门概况\n一、主要职能\n二、机构设置\n三、${third}\n第二部分 决算情况说明\n一、收入支出决算总体情况说明\n`;
    expect(shapes(accounts('2021年度重点工作开展情况'))).toEqual(['prior-year-heading']);
    expect(shapes(accounts('2022年度重点工作开展情况'))).toEqual([]);
    // Last year named on purpose: a comparison, a carry-over, a rectification of last year's findings.
    expect(shapes(accounts('与2021年度决算对比情况'))).toEqual([]);
    expect(shapes(accounts('2021年度结转资金使用情况'))).toEqual([]);
    expect(shapes(accounts('2021年度审计发现问题整改情况'))).toEqual([]);
    expect(shapes(accounts('2021年度预算执行情况说明'))).toEqual([]);
    // A numbered sentence, not an outline item.
    expect(shapes(accounts('2021年度开展的重点工作均已完成。'))).toEqual([]);
    // The contents and the body repeating the heading: told once.
    expect(shapes(`${accounts('2021年度重点工作开展情况')}第一部分 部门概况\n三、2021年度重点工作开展情况\n全年举办展览6场。\n`)).toEqual(['prior-year-heading']);
    const budget = (fourth: string): string => `白沙镇文化站2022年部门预算\n目录\n第一部分 概况\n一、主要职责\n二、机构设置\n三、人员情况\n四、${fourth}\n第二部分 预算表\n`;
    expect(shapes(budget('2021年预算编制范围'))).toEqual(['prior-year-heading']);
    // A budget may review last year's work or its execution: only a heading of the budget itself is read.
    expect(shapes(budget('2021年工作开展情况'))).toEqual([]);
    expect(shapes(budget('2021年预算执行情况'))).toEqual([]);
    // A project's self-evaluation (its funds may be the year before's) and a year read from the body are not read.
    expect(shapes(accounts('2021年度重点工作开展情况').replace('部门决算', '项目支出绩效自评报告'))).toEqual([]);
  });

  it('reads the part lines of a document (第三部分 …): one naming another year than the parts worded alike is left in', () => {
    const messages = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.map((f) => f.message);
    // Real shapes (a kindergarten's 2025 budget, dev 2307; a finance bureau's 2020 决算 contents, dev 2305), new wording.
    const budget = (third: string): string =>
      `青石镇中心小学2024年单位预算\n目录\n第一部分 青石镇中心小学单位概况\n第二部分 青石镇中心小学2024年单位预算表\n第三部分 ${third}\n第四部分 名词解释\n`;
    expect(messages(budget('青石镇中心小学2024年单位预算情况说明'))).toEqual([]);
    expect(messages(budget('青石镇中心小学2023年单位预算情况说明'))).toEqual([expect.stringContaining('第三部分青石镇中心小学2023年单位预算情况说明')]);
    // Preconditions: another body's name before the year, another form (年度), or another phase in a budget
    // (2023年单位预算执行情况) is no part worded alike — nothing is said.
    expect(messages(budget('白河镇中心小学2023年单位预算情况说明'))).toEqual([]);
    expect(messages(budget('青石镇中心小学2023年度单位预算情况说明'))).toEqual([]);
    expect(messages(budget('青石镇中心小学2023年单位预算执行情况'))).toEqual([]);
    // Without a title the year is the body's: two other parts must name it.
    const contents = (second: string): string =>
      `目 录\n第一部分 2022年度部门决算报表\n第二部分 ${second}\n第三部分 2021年度其他重要事项的情况说明\n第四部分 名词解释\n`;
    expect(messages(contents('2022年度部门决算说明'))).toEqual([expect.stringContaining('写2021年')]);
    expect(messages(contents('部门决算说明'))).toEqual([]);
  });

  it('does not read the body\'s previous year as left in where the page was published within the title\'s year (tspend, dev 1910)', () => {
    const body = '\n第二部分  2020年度部门决算表\n第三部分  2020年度部门决算情况说明\n一、收入支出决算总体情况说明\n2020年度收入总计100万元。\n';
    const shapes = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.map((f) => f.shape ?? '');
    // Real wording: a page published 2021-08-06 under a title of 2021年度 whose body is the 2020 决算: the title's year
    // is in question (published-within-year), not the body's.
    expect(shapes(`公开日期 2021-08-06\n某市文旅广电局2021年度部门决算公开说明${body}`)).toEqual(['published-within-year']);
    // New wording: 发布时间 written with 年.
    expect(shapes(`发布时间：2021年8月6日\n某市文旅广电局2021年度部门决算${body}`)).toEqual(['published-within-year']);
    // True positive: published in the next year, the body's previous year is last year's text left in.
    expect(runRule(dateOutOfPeriod, `公开日期 2022-08-06\n某市文旅广电局2021年度部门决算公开说明${body}`).findings.length).toBeGreaterThan(0);
  });

  it('reports a 决算 published within the year its title names (公开时间:2021年9月19日 under 2021年度部门决算)', () => {
    const body = '\n第一部分 部门概况\n一、基本职能\n负责全县乡村振兴工作。\n';
    const found = runRule(dateOutOfPeriod, `2021年度 某县乡村振兴局部门决算 公开时间:2021年9月19日${body}`).findings;
    expect(found.map((f) => f.shape)).toEqual(['published-within-year']);
    expect(found[0]!.evidence[0]!.quote).toBe('公开时间：2021年9月19日');
    // Published after the year: right. A budget published within its year: right. A date without its label: not read.
    expect(runRule(dateOutOfPeriod, `2021年度 某县乡村振兴局部门决算 公开时间:2022年9月19日${body}`).findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, `2021年度 某县乡村振兴局部门预算 公开时间:2021年2月19日${body}`).findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, `2021年度 某县乡村振兴局部门决算 2021年9月19日${body}`).findings).toEqual([]);
  });

  it('leaves alone a later date of the year\'s own evaluation, review or reporting, also inside a result section', () => {
    const body = (sentence: string): string => `${TITLE}一、部门基本情况\n本局内设5个股室。\n二、绩效目标完成情况\n${sentence}\n`;
    const count = (sentence: string): number => runRule(dateOutOfPeriod, body(sentence)).findings.length;
    expect(count('2025年2月，我局组织开展了2024年度项目绩效自评工作，成立了自评工作小组。')).toBe(0);
    expect(count('本报告于2025年3月15日经局党组会议审议通过。')).toBe(0);
    // The year's accounts settled with / approved by the higher finance later (dev 1903, tspend).
    expect(count('2024年财政结算已于2025年8月19日经省财政厅最终核定。')).toBe(0);
    expect(count('2024年度决算于2025年5月经市财政局核定。')).toBe(0);
    expect(count('2025年1月，县财政局委托第三方机构对2024年度项目进行了绩效评价。')).toBe(0);
    expect(count('2025年1月5日，召开年度工作总结会议。')).toBe(0);
    // A result told with a later date is still reported.
    expect(count('全年完成培训1200人次，2025年1月8日完成全部验收。')).toBe(1);
  });

  it('reports the previous year opening a statement of the report\'s own (2023年度收入总计…, 2023年度部门决算情况说明 in 2024)', () => {
    const final = '某县商务局2024年度部门决算\n';
    const messages = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.map((f) => f.message);
    expect(messages(`${final}一、收入支出决算总体情况说明\n2023年度收入总计88万元，支出总计88万元。`)).toEqual(['2024年度的文本中写“2023年度收入总计”：本年度的情况应为2024年，疑为沿用上年文本']);
    expect(messages(`${final}第一部分 部门概况\n第二部分 2023年度部门决算情况说明\n一、说明`)).toEqual(['2024年度的文本中写“2023年度部门决算”：本年度的情况应为2024年，疑为沿用上年文本']);
    expect(messages(`${TITLE}一、部门基本情况\n2023年“三公”经费支出决算12万元，主要用于公务接待。`)).toEqual(['2024年度的文本中写“2023年“三公”经费”：本年度的情况应为2024年，疑为沿用上年文本']);
    // A comparison, the own year beside it, a column header on a line of its own, a budget, another document's title.
    expect(messages(`${final}2023年度收入总计80万元，比上年增加8万元。`)).toEqual([]);
    expect(messages(`${final}2024年度收入总计88万元，2023年度收入总计80万元。`)).toEqual([]);
    expect(messages(`${final}项目\n2023年决算数\n2024年决算数\n`)).toEqual([]);
    expect(messages('某县商务局2024年部门预算\n2023年度部门决算已公开，详见网站。')).toEqual([]);
    expect(messages(`${final}依据《2023年度部门决算编制手册》编制。`)).toEqual([]);
  });

  it('reports the year’s own 决算 named as the base of a comparison where the text compares with the previous year’s (与2024年决算数持平 in 2024)', () => {
    const final = '某县商务局2024年度部门决算\n';
    const messages = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.map((f) => f.message);
    const items = ['1、行政运行9185万元，较2023年决算数增加268万元。', '2、一般行政管理事务118万元，较2023年决算数增加13万元。', '3、民族事务156万元，与2024年决算数持平。'];
    expect(messages(`${final}${items.join('\n')}`)).toEqual(['2024年度决算中写“2024年决算”作比较基数：本年决算与自身比较，其余2处均与2023年决算比较，疑为2023年之误']);
    // Look-alikes: one comparison with the previous year vouches for nothing; the own year's 预算 is a rightful base;
    // a budget compares with whatever year it likes.
    expect(messages(`${final}${items.slice(1).join('\n')}`)).toEqual([]);
    expect(messages(`${final}${items.slice(0, 2).join('\n')}\n3、民族事务156万元，与2024年预算数持平。`)).toEqual([]);
    expect(messages(`某县商务局2024年部门预算\n${items.join('\n')}`)).toEqual([]);
  });

  it('reports an event after the fiscal year among the results', () => {
    const { findings } = runRule(dateOutOfPeriod, `${TITLE}六、绩效情况\n2025年1月26日，牵头举行迎春座谈会，现场签约8个项目。`);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.calculation).toBe('2025年1月26日 > 2024年12月31日');
  });

  it('reports a long name given once with the previous year and elsewhere with the report’s own year', () => {
    // Given a notice allocating 2024 funds whose body calls the project a 2023 one
    const text = '关于下达2024年中央财政衔接推进老区乡村振兴补助资金的通知\n根据《关于提前下达2024年中央衔接推进老区乡村振兴补助资金的通知》文件精神，决定将彭城村道路改造项目，确定为2023年中央财政衔接推进老区乡村振兴补助项目，现将补助资金10万元下达给你们。\n附件1\n2024年中央财政衔接推进老区乡村振兴补助项目资金分配表\n';
    const found = runRule(dateOutOfPeriod, text).findings;
    // Then the earlier year is reported as last year's name left in
    expect(found.map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['warning', '2023年中央财政衔接推进老区乡村振兴补助项目']]);
    // But a comparison of the two years, or a short shared name, is no slip
    const compared = `${TITLE}2024年中央财政衔接推进乡村振兴补助资金100万元，比2023年中央财政衔接推进乡村振兴补助资金增加10万元。`;
    expect(runRule(dateOutOfPeriod, compared).findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, `${TITLE}2024年三公经费预算拨入33万元，2023年三公经费预算拨入57万元。`).findings).toEqual([]);
  });

  it('accepts 截至, plans, 《》 titles, the improvement section and the signature date', () => {
    const text = `${TITLE}截至2025年1月31日，在职人员30人。\n计划于2025年3月完成验收。\n依据《2025年1月印发的办法》执行。\n七、下一步改进措施\n2025年6月前完成整改。\n某县商务局\n2025年3月10日`;
    expect(runRule(dateOutOfPeriod, text).findings).toEqual([]);
  });

  it('leaves the date the text was delivered or published alone (a report to a later meeting, a bracketed date)', () => {
    const text = '关于某县2019年财政决算情况的报告\n（2020年9月28日在县第十六届人大常委会第三十四次会议上）\n一、2019年财政决算情况\n全年收入增长5%。\n本报告于（2020年10月8日）公开。\n2020年3月2日印发的通知要求……';
    expect(runRule(dateOutOfPeriod, text).findings).toEqual([]);
  });

  it('leaves a line of a date and the meeting the report goes to alone (2024年11月27日县人大常委会第二十三次会议)', () => {
    const text = '关于某县2023年财政决算草案的\n报 告\n2024年11月27日县十八届人大常委会第二十三次会议\n一、2023年财政决算情况\n全年收入增长5%。';
    expect(runRule(dateOutOfPeriod, text).findings).toEqual([]);
    // A meeting held later, told in a sentence, is still a later date.
    const held = text.replace('一、2023年', '一、2023年').replace('全年收入增长5%。', '2024年11月27日召开会议。');
    expect(runRule(dateOutOfPeriod, held).findings).toHaveLength(1);
  });

  it('makes a later date in a text without result sections a 提示 (info): it may be an approval, a meeting or a plan', () => {
    const text = '某县林业局2024年度部门决算情况说明\n一、收入支出决算总体情况\n2025年1月26日召开专题会议。';
    expect(runRule(dateOutOfPeriod, text).findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('leaves a later date told as a delay alone (资金于2025年2月26日下达，下达滞后), not one told as done', () => {
    const late = `${TITLE}六、绩效情况\n资金分解下达进度：2024年第三批资金于2025年2月26日省级下达，下达滞后。`;
    expect(runRule(dateOutOfPeriod, late).findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, late.replace('，下达滞后', '，全部拨付到位')).findings).toHaveLength(1);
  });

  it('leaves a project’s completion after the year alone in its own self-evaluation, not another later event or another kind of report', () => {
    const project = '西畴县2021年森林抚育项目支出绩效自评报告\n一、绩效目标完成情况分析\n';
    const done = '资金于2021年9月2日拨付到位。2022年5月已完工并通过检查验收，已按合同支付资金196.56万元。';
    expect(runRule(dateOutOfPeriod, `${project}${done}`).findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, `${project}项目于2022年3月竣工。`).findings).toEqual([]);
    // Look-alikes: another event of the next year in the project's report; the same completion in a department's report.
    expect(runRule(dateOutOfPeriod, `${project}2022年5月召开现场推进会，签约项目8个。`).findings).toHaveLength(1);
    expect(runRule(dateOutOfPeriod, `2021年度某县林业局部门整体支出绩效自评报告\n六、绩效情况\n${done}`).findings).toHaveLength(1);
  });

  it('leaves a period that starts within the year alone (2024年7月至2025年6月，共完成审计项目108个)', () => {
    const text = (from: string): string => `${TITLE}六、绩效情况\n${from}至2025年6月，全县审计系统共完成审计项目108个。`;
    expect(runRule(dateOutOfPeriod, text('2024年7月')).findings).toEqual([]);
    // A period wholly after the year is still reported.
    expect(runRule(dateOutOfPeriod, text('2025年1月')).findings).toHaveLength(1);
  });

  it('accepts dates within or before the year', () => {
    expect(runRule(dateOutOfPeriod, `${TITLE}2024年7月17日召开会议。对2021年以来签约项目回头看。`).findings).toEqual([]);
  });

  it('says it could not check without a fiscal year', () => {
    expect(runRule(dateOutOfPeriod, '2025年1月26日召开会议。').notChecked[0]).toContain('年度');
  });
});

describe('date-out-of-period: deadlines', () => {
  it('accepts a deadline after the year (…前完成)', () => {
    expect(runRule(dateOutOfPeriod, `${TITLE}六、绩效情况\n已部署整改，2025年6月底前完成。`).findings).toEqual([]);
  });
});

describe('date-out-of-period: background sections', () => {
  it('reads only the result sections when the report has them', () => {
    const text = `${TITLE}一、基本情况\n2025年1月，我局内设机构调整为5个。\n二、绩效情况\n2025年1月26日举行座谈会。`;
    const { findings } = runRule(dateOutOfPeriod, text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.evidence[0]!.quote).toBe('2025年1月26日');
  });

  it('reports the end of the previous year given as the year’s own position, not a comparison with it', () => {
    const title = '青山县农业农村局2024年度部门决算\n';
    const { findings } = runRule(dateOutOfPeriod, `${title}（三）国有资产占用情况\n截至2023年12月31日，共有车辆2辆。`);
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['2023年12月31日']);
    expect(runRule(dateOutOfPeriod, `${title}截至2024年12月31日，共有车辆2辆，比截至2023年12月31日减少1辆。`).findings).toEqual([]);
  });

  it('reports a budget’s heading naming last year’s budget as its own, and a town’s 财政决算 of last year in its 决算', () => {
    const budget = '某县文化馆2026年部门预算\n目录\n一、部门收支总体情况说明\n二、2025年部门预算绩效目标情况说明\n三、其他重要事项说明\n';
    expect(runRule(dateOutOfPeriod, budget).findings.map((f) => f.evidence[0]!.quote)).toEqual(['2025年']);
    // Last year's budget as executed, or a sentence of the budget, is left alone.
    expect(runRule(dateOutOfPeriod, '某县文化馆2026年部门预算\n一、部门概况\n二、2025年部门预算执行情况\n三、收支说明\n').findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, '某县文化馆2026年部门预算\n一、部门概况\n2025年部门预算安排的项目已全部实施。\n').findings).toEqual([]);
    const town = '2024年财政决算情况报告\n某镇人民政府\n一、2024年财政决算情况\n2023年财政决算情况如下：\n一般公共预算总收入完成1200万元。';
    expect(runRule(dateOutOfPeriod, town).findings.map((f) => f.evidence[0]!.quote)).toEqual(['2023年']);
    expect(runRule(dateOutOfPeriod, '2024年财政决算情况报告\n某镇人民政府\n2024年一般公共预算收入比2023年财政决算数增加50万元。').findings).toEqual([]);
  });

  it('leaves a budget’s position at the end of the previous year alone (a budget is drawn up before its year)', () => {
    const budget = '南溪县人民医院2025年单位预算公开说明\n二、机构设置情况\n本院内设科室12个，截止2024年12月31日止，在职职工215人。';
    expect(runRule(dateOutOfPeriod, budget).findings).toEqual([]);
    // The same sentence in the year's 决算 is last year's position given as the year's own.
    const accounts = '南溪县人民医院2025年度单位决算\n二、机构设置情况\n本院内设科室12个，截止2024年12月31日止，在职职工215人。';
    expect(runRule(dateOutOfPeriod, accounts).findings.map((f) => f.evidence[0]!.quote)).toEqual(['2024年12月31日']);
  });

  it('reports the staff in post counted at the end of the previous year in a final account or self-evaluation', () => {
    const accounts = runRule(dateOutOfPeriod, '某县水利局2023年度部门决算\n（二）人员情况\n本单位核定编制15名，2022年底在职人员13人，退休4人。');
    expect(accounts.findings.map((f) => f.evidence[0]!.quote)).toEqual(['2022年底']);
    const selfEvaluation = runRule(dateOutOfPeriod, '2024年度某县文化馆部门整体支出绩效自评报告\n一、基本情况\n本馆2023年末在编职工11人，离退休3人，全年开展展览12场。');
    expect(selfEvaluation.findings.map((f) => f.evidence[0]!.quote)).toEqual(['2023年末']);
    // A budget counts its staff at the previous year's end on purpose; a comparison with the own year-end, or a
    // year-end figure that is not staff, is left alone.
    expect(runRule(dateOutOfPeriod, '某县水利局2023年部门预算\n本单位核定编制15名，2022年末实有在职人员13人。').findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, '某县水利局2023年度部门决算\n2023年末实有在职人员13人，较2022年末在职人员少1人。').findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, '某县水利局2023年度部门决算\n2022年末固定资产原值120万元，已全部入账。').findings).toEqual([]);
  });

  it('reports a sentence opening with the previous year that tells that year\'s change as its own', () => {
    const text = '某区2020年“三公”经费决算情况说明\n某区2020年“三公”经费决算数200万元，比上年下降10%。\n2019年某区“三公”经费支出决算同比下降的原因主要是从严控制开支。';
    const { findings } = runRule(dateOutOfPeriod, text);
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['2019年']);
    // A comparison that names both years, or a sentence that does not open with the year, is left alone.
    expect(runRule(dateOutOfPeriod, '某区2020年“三公”经费决算情况说明\n2019年决算数220万元，2020年比2019年下降10%。').findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, '某区2020年“三公”经费决算情况说明\n与2019年相比，“三公”经费决算同比下降10%。').findings).toEqual([]);
  });
});

describe('date-out-of-period: the year\'s performance evaluation told of the previous year', () => {
  const text = (y: string): string =>
    `某局2024年度部门决算\n十三、预算绩效管理情况说明\n本部门组织对${y}年度一般公共预算项目支出全面开展绩效自评，共涉及项目3个，资金218.80万元。`;

  it('makes 对2023年度…项目支出…绩效自评 in the 2024 report a 提示 (info)', () => {
    const { findings } = runRule(dateOutOfPeriod, text('2023'));
    expect(findings.map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['info', '对2023年度一般公共预算项目支出全面开展绩效自评']]);
    expect(runRule(dateOutOfPeriod, text('2024')).findings).toEqual([]);
  });

  it('stays silent on the previous year named otherwise (与2023年度相比, 2023年度结转资金)', () => {
    expect(runRule(dateOutOfPeriod, '某局2024年度部门决算\n与2023年度相比，项目支出增加，绩效自评得分提高。').findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, '某局2024年度部门决算\n对2023年度结转资金进行了清理。').findings).toEqual([]);
  });

  it('reads the evaluation carried out right before its year (开展了2023年度部门绩效自评工作) as 对2023年度… is read', () => {
    // Shape (a self-evaluation answering the finance bureau's notice, test21 spent), invented wording.
    const said = (t: string) => runRule(dateOutOfPeriod, t).findings.map((f) => [f.severity, f.evidence[0]!.quote]);
    const report = (y: string): string =>
      `某区林业局2024年度部门整体支出绩效自评报告\n一、自评工作开展情况\n按照《区财政局关于做好2024年度绩效自评工作的通知》要求，我局完成了${y}年度部门整体支出绩效自评工作。\n`;
    expect(said(report('2023'))).toEqual([['info', '2023年度部门整体支出绩效自评工作']]);
    expect(said(report('2024'))).toEqual([]);
    // Silent: the year inside the notice's 《》; a verb before the year of something other than an evaluation.
    expect(said('某区林业局2024年度部门整体支出绩效自评报告\n根据《关于开展2023年度部门绩效自评工作的通知》，本年继续推进。\n')).toEqual([]);
    expect(said('某区林业局2024年度部门整体支出绩效自评报告\n本局开展了2023年度结转项目的清理，绩效自评另行报告。\n')).toEqual([]);
  });
});

describe('date-out-of-period: a text without a titled year', () => {
  const excerpt = (slip: string, later = ''): string =>
    `六、基本支出决算情况说明\n2024年一般公共预算财政拨款基本支出500万元。\n七、“三公”经费支出决算情况说明\n${slip}“三公”经费财政拨款支出决算为3.5万元，较上年增加1万元。\n2024年“三公”经费财政拨款支出中，公务接待费1万元。${later}\n`;

  it('tells an earlier year’s sentence left in, by the year the sentences name', () => {
    const { findings } = runRule(dateOutOfPeriod, excerpt('2023年'));
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['2023年']);
    expect(runRule(dateOutOfPeriod, excerpt('2024年')).findings).toEqual([]);
  });

  it('does not judge later dates by a year read from the sentences', () => {
    const { findings, notChecked } = runRule(dateOutOfPeriod, excerpt('2024年', '\n2025年7月12日完成车辆处置。'));
    expect(findings).toEqual([]);
    expect(notChecked.join('')).toContain('按正文推断为2024年度');
  });
});

describe('date-out-of-period: last year’s goals left in', () => {
  it('reports a sentence opening with the previous year that sets out the unit’s goals', () => {
    const text = `${TITLE}（二）绩效目标\n2023年我局主要目标是：完成培训200人次。\n`;
    expect(runRule(dateOutOfPeriod, text).findings.map((f) => f.evidence[0]!.quote)).toEqual(['2023年我局主要目标是']);
  });

  it('reads the unit’s own name as its subject, after a comma too (2023年，某幼儿园主要任务是… in its 2024 budget)', () => {
    // Real shape (a kindergarten's 2024 单位预算, spent dev 2314), new wording.
    const budget = '2024年度青山市湖滨区实验幼儿园单位预算\n二、单位主要任务\n';
    const quotes = (line: string): string[] => runRule(dateOutOfPeriod, `${budget}${line}\n`).findings.map((f) => f.evidence[0]!.quote ?? '');
    expect(quotes('2023年，青山市湖滨区实验幼儿园主要任务是：开展好保育教育活动。')).toEqual(['2023年，青山市湖滨区实验幼儿园主要任务是']);
    expect(quotes('2023年湖滨区实验幼儿园主要任务是：开展好保育教育活动。')).toHaveLength(1);
    // Look-alikes: the budget's own year; a review of last year's tasks; another body's tasks.
    expect(quotes('2024年，青山市湖滨区实验幼儿园主要任务是：开展好保育教育活动。')).toEqual([]);
    expect(quotes('2023年，青山市湖滨区实验幼儿园主要任务完成情况良好。')).toEqual([]);
    expect(quotes('2023年，青山市湖滨区教育局主要任务是：推进学前教育。')).toEqual([]);
  });

  it('says nothing of the report’s year, a comparison or another subject', () => {
    for (const line of ['2024年我局主要目标是：完成培训200人次。', '2023年我局主要目标为培训150人次，2024年提高到200人次。', '2023年省厅下达的目标为培训150人次。']) {
      expect(runRule(dateOutOfPeriod, `${TITLE}${line}\n`).findings).toEqual([]);
    }
  });
});

describe('date-out-of-period: a heading naming another year among siblings naming the report’s own', () => {
  const quotes = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.map((f) => f.evidence[0]!.quote ?? '');
  it('reports a numbered heading whose year differs from both neighbours of the same wording', () => {
    const final = '某县水利局2023年度部门决算\n一、2023年度收入决算情况\n收入100万元。\n二、2023年度支出决算情况\n支出90万元。\n三、2022年度财政拨款收支决算情况\n财政拨款90万元。\n四、2023年度“三公”经费决算情况\n三公经费2万元。\n';
    expect(quotes(final)).toEqual(['2022年度']);
    const notes = '2024年度某镇卫生院单位决算\n（一）关于2024年度项目支出的说明\n无。\n（二）关于2025年度基本支出的说明\n无。\n（三）关于2024年度政府采购的说明\n无。\n';
    expect(quotes(notes)).toEqual(['2025年度']);
  });
  it('says nothing of a budget report’s execution heading, a comparison heading, or a first or last heading', () => {
    expect(quotes('某县2024年预算报告\n一、2024年收入预算\n略。\n二、2023年预算执行情况\n略。\n三、2024年支出预算\n略。\n')).toEqual([]);
    const alternating = '某县2023年预算表格\n一、2022年全县一般公共预算执行情况表\n二、2023年全县一般公共预算收支情况表\n三、2022年全县政府性基金执行情况表\n四、2023年全县政府性基金收支情况表\n五、2023年全县国有资本经营收支情况表\n';
    expect(quotes(alternating)).toEqual([]);
    expect(quotes('某县水利局2023年度部门决算\n一、2023年度收入情况\n略。\n二、2022年度与2023年度对比情况\n略。\n三、2023年度支出情况\n略。\n')).toEqual([]);
    expect(quotes('某县水利局2023年度部门决算\n一、2022年度预算执行情况说明\n略。\n二、2023年度收入情况说明\n略。\n三、2023年度支出情况说明\n略。\n')).toEqual([]);
  });
  it('reads a name that runs across the previous year (…人民政府2022年度村干部报酬项目) as last year’s left in when the text names it with its own year', () => {
    const report = (line: string): string => `青山镇人民政府2023年农村公路养护项目\n绩效评价报告\n一、项目概况\n${line}\n`;
    expect(runRule(dateOutOfPeriod, report('综上，青山镇人民政府2022年度农村公路养护项目在立项、资金管理方面总体较好。'), { fiscalYear: 2023 }).findings.map((f) => f.severity)).toEqual(['warning']);
    const other = '东湖街道办事处2024年社区服务补助资金绩效自评\n东湖街道办事处2023年社区服务补助资金分配及时，管理规范。\n';
    expect(runRule(dateOutOfPeriod, other, { fiscalYear: 2024 }).findings).toHaveLength(1);
    // Another item after the same department name, a comparison, or a short shared name are not judged.
    expect(runRule(dateOutOfPeriod, report('青山镇人民政府2022年度部门决算已公开。'), { fiscalYear: 2023 }).findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, report('与青山镇人民政府2022年度农村公路养护项目相比，本年里程增加。'), { fiscalYear: 2023 }).findings).toEqual([]);
    expect(runRule(dateOutOfPeriod, report('本镇2022年农村公路完成验收。'), { fiscalYear: 2023 }).findings).toEqual([]);
  });

  it('reads last year’s 单位决算 in a part heading of a unit’s own final accounts', () => {
    const text = '某镇中心学校2022年度单位决算\n目 录\n第一部分 某镇中心学校概况\n一、主要职责\n第二部分 某镇中心学校2021年度单位决算表\n一、收入支出决算总表\n第三部分 某镇中心学校2022年度单位决算情况说明\n一、收入支出决算总体情况说明\n';
    expect(runRule(dateOutOfPeriod, text).findings.map((f) => f.message)).toEqual(['2022年度的文本中写“2021年度单位决算”：本年度的情况应为2022年，疑为沿用上年文本']);
    expect(runRule(dateOutOfPeriod, text.replace('2021年度单位决算表', '2022年度单位决算表')).findings).toEqual([]);
  });
});

describe('date-out-of-period: the own scope of the budget or account told under the previous year', () => {
  it('reports 纳入 + the previous year + 部门预算编制 in a budget, not the own year or a comparison', () => {
    const title = '青石县林业局2024年部门预算公开说明\n';
    const run = (sentence: string) => runRule(dateOutOfPeriod, `${title}一、部门概况\n${sentence}\n二、收支预算情况\n2024年收入预算合计356.20万元。`).findings;
    expect(run('列入2023年度部门预算编制范围的单位包括：局机关本级、县林业技术推广站。').map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['warning', '2023年度']]);
    // Look-alikes: the report's own year; a comparison with the previous year's scope; the previous year not as the
    // scope (2023年部门预算执行中); another year still.
    expect(run('列入2024年度部门预算编制范围的单位包括：局机关本级、县林业技术推广站。')).toEqual([]);
    expect(run('与纳入2023年部门预算编报的单位相比，增加1个。')).toEqual([]);
    expect(run('纳入2023年部门预算执行监控的项目共5个。')).toEqual([]);
    expect(run('纳入2022年部门预算编报的单位共2个，已于当年撤并。')).toEqual([]);
  });
});

describe('date-out-of-period: 关于 before last year in a heading of the report’s own statements', () => {
  it('reads 关于2022年度预算绩效情况的说明 in the contents of a 2023 决算 as last year’s heading left in', () => {
    // Real shape (a CDC's 2023 决算 contents, dev 2302), new wording.
    const text = (line: string): string => `某县卫生健康局2023年度部门决算\n目录\n十三、关于2023年度国有资产占用情况的说明\n${line}\n`;
    const quotes = (line: string): string[] => runRule(dateOutOfPeriod, text(line)).findings.map((f) => f.evidence[0]!.quote ?? '');
    expect(quotes('十四、关于2022年度预算绩效情况的说明')).toEqual(['2022年度']);
    expect(quotes('十四、关于2023年度预算绩效情况的说明')).toEqual([]);
    // Look-alike: a comparison by 于 (成立于, 低于) stays unread.
    expect(quotes('十四、本局成立于2022年度部门决算编制之前。')).toEqual([]);
  });

  it('reports a date on which a document was handled before the year its number carries, with or without a fiscal year', () => {
    const said = (t: string) => runRule(dateOutOfPeriod, t).findings.map((f) => [f.shape, f.severity, f.evidence[0]!.quote, f.evidence[1]!.quote]);
    // A county office receiving a provincial notice whose number is three years younger than the date given.
    const received = '一、资金下达情况\n2015年3月2日，县农业农村局收到《省财政厅关于下达2018年耕地保护资金的通知》（赣财农〔2018〕12号），下达资金50万元。\n二、资金使用情况\n资金已全部拨付到村。';
    expect(said(received)).toEqual([['before-its-document', 'warning', '2015年3月2日', '〔2018〕12号']]);
    expect(said(`2018年度耕地保护资金绩效自评报告\n${received}`)).toEqual([['before-its-document', 'warning', '2015年3月2日', '〔2018〕12号']]);
    // Look-alikes: a document of an earlier year handled later, or of the same year (an advance notice in November);
    // a rule of a later year named without a verb of handling; a later document in another dated clause.
    expect(said(received.replace('2015年3月2日', '2018年3月2日'))).toEqual([]);
    expect(said(received.replace('赣财农〔2018〕12号', '赣财农〔2015〕12号'))).toEqual([]);
    expect(said('2015年3月起，资金按《耕地保护资金管理办法》（赣财农〔2018〕12号）的标准核算。')).toEqual([]);
    expect(said('2015年3月2日，县农业农村局成立了工作专班，2018年5月6日收到《省财政厅关于下达资金的通知》（赣财农〔2018〕12号）。')).toEqual([]);
    expect(said('2015年3月印发了实施方案，2018年收到《省财政厅关于下达资金的通知》（赣财农〔2018〕12号）。')).toEqual([]);
  });
});

describe('date-out-of-period: years in a list of titles, in part titles inside a line, and a title given by the parts (trec)', () => {
  const shapes = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.map((f) => `${f.shape ?? ''} ${f.evidence[0]!.quote ?? ''}`);

  it('reads the one other year inside a run of list lines that all name the report year', () => {
    const list = (years: number[]): string => `某县气象局2023年部门预算公开\n附表目录\n${years.map((y, i) => `${'一二三四五六'[i]}）${y}年${['收支总表', '收入总表', '支出总表', '财政拨款收支表', '基本支出表', '项目支出表'][i]}`).join('\n')}\n`;
    expect(shapes(list([2023, 2023, 2022, 2023, 2023, 2023]))).toEqual(['list-run-year 2022年']);
    expect(shapes(list([2023, 2023, 2023, 2023, 2023, 2023]))).toEqual([]);
    // First or last of the run (a budget's 上年执行 table), two other years, a run too short: not read.
    expect(shapes(list([2022, 2023, 2023, 2023, 2023, 2023]))).toEqual([]);
    expect(shapes(list([2023, 2022, 2023, 2022, 2023, 2023]))).toEqual([]);
    expect(shapes(`某县气象局2023年部门预算公开\n一）2023年收支总表\n二）2022年收入总表\n三）2023年支出总表\n`)).toEqual([]);
    // The odd title names another phase of a budget (执行): a budget may show last year's execution.
    expect(shapes(list([2023, 2023, 2023, 2023, 2023, 2023]).replace('三）2023年支出总表', '三）2022年预算执行表'))).toEqual([]);
  });

  it('reads part titles inside a line (a contents flattened by a copy), the same part under two years', () => {
    const text = (bodyYear: number): string =>
      `目录 第一部分 2023年度部门决算情况说明 一、部门概况 二、收支情况 第二部分 2023年度部门决算报表 一、收支总表\n第一部分 ${bodyYear}年度部门决算情况说明 一、部门概况\n本局2023年度收入合计120万元，比上年增加5万元。\n`;
    expect(shapes(text(2022))).toEqual(['part-title-year 2022年度']);
    expect(shapes(text(2023))).toEqual([]);
  });

  it('takes the year and kind of a text without a title from its own part titles, for a heading naming last year', () => {
    const text = (heading: string): string =>
      `目 录\n第一部分 单位概况\n第二部分 2023年单位预算说明\n${heading}\n二、支出预算情况\n第三部分 2023年单位预算表\n一、收支预算总表\n本单位2023年收入预算450万元。\n`;
    expect(shapes(text('一、2022年单位预算收支总体情况'))).toEqual(['prior-year-heading 2022年']);
    expect(shapes(text('一、2023年单位预算收支总体情况'))).toEqual([]);
    // Last year's execution under a budget's heading is no own-year claim.
    expect(shapes(text('一、2022年预算执行情况'))).toEqual([]);
  });
});

describe('date-out-of-period: the same name with a word more or less under last year (trec)', () => {
  const shapes = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.map((f) => `${f.shape ?? ''} ${f.evidence[0]!.quote ?? ''}`);

  it('reads last year before a name the text gives under its own year with one word fewer', () => {
    const text = (y: number, words = '县级农业专项资金支出项目验收工作'): string =>
      `12月5日，县财政局对我站2023年度县级农业专项支出项目验收工作开展复核。复核组查阅了2023年度项目档案。复核组对我站${y}年度${words}给予肯定。\n`;
    expect(shapes(text(2022))).toEqual(['year-vs-elsewhere 2022年度县级农业专项资金支出项目验收工作']);
    expect(shapes(text(2023))).toEqual([]);
    // A name that shares only its start (another subject after the gap): not the same name.
    expect(shapes(text(2022, '县级农业专项资金管理办法修订情况'))).toEqual([]);
  });
});

describe('date-out-of-period: table captions, period labels, a year alone before its document, last year’s 年初 budget (ent)', () => {
  const shapes = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.map((f) => `${f.shape ?? ''} ${f.evidence[0]!.quote ?? ''}`);

  it('reads the one caption of a list of tables naming another year, 年 and 年度 mixed in the list', () => {
    const list = (odd: string): string =>
      `某县林业局2025年部门预算公开\n附件：\n表一：2025年度部门收支总表\n表二：2025年度部门收入总表\n表三：2025年度部门支出总表\n表四：${odd}年度财政拨款收支总表\n表五：2025年一般公共预算支出表\n表六：2025年政府性基金预算支出表\n`;
    expect(shapes(list('2024'))).toEqual(['list-run-year 2024年度']);
    expect(shapes(list('2025'))).toEqual([]);
    // The odd caption last in the list (a budget may close with last year's execution): not read.
    expect(shapes('某县林业局2025年部门预算公开\n表一：2025年度收支总表\n表二：2025年度收入总表\n表三：2025年度支出总表\n表四：2024年度预算执行情况表\n')).toEqual([]);
  });

  it('reads a form’s period label naming another year than the title', () => {
    const form = (label: string): string => `某县林业局2025年部门预算\n部门收支总表\n编制单位：某县林业局　${label}　单位：万元\n项目\t预算数\n`;
    expect(shapes(form('预算年度：2024'))).toEqual(['period-label-year 预算年度：2024']);
    expect(shapes(form('预算年度：2025'))).toEqual([]);
    // A range (a multi-year evaluation) is no single year; a year the title names too is meant.
    expect(shapes(form('评价年度：2023-2025'))).toEqual([]);
    expect(shapes('某县林业局2024年预算执行情况和2025年部门预算\n预算年度：2024\n')).toEqual([]);
  });

  it('reads a year alone opening its clause before a document numbered in a later year', () => {
    const t = (s: string): string => `2024年度某县救灾资金绩效自评报告\n一、资金情况\n${s}\n`;
    expect(shapes(t('2023年，市应急局通过某财建〔2024〕88号下达救灾资金50万元。'))).toEqual(['before-its-document 2023年']);
    expect(shapes(t('2024年，市应急局通过某财建〔2024〕88号下达救灾资金50万元。'))).toEqual([]);
    // The year naming what the funds are of, not the clause's time (no comma after it): not read.
    expect(shapes(t('2023年救灾资金由市应急局通过某财建〔2024〕88号下达。'))).toEqual([]);
  });

  it('reads last year’s 年初 budget arrangement told as the year’s own', () => {
    const t = (s: string): string => `2024年度某县农村公路养护资金绩效自评报告\n一、项目概况\n${s}\n`;
    expect(shapes(t('2023年初养护资金预算安排120万元，用于县乡道日常养护。'))).toEqual(['prior-year-start-budget 2023年初']);
    expect(shapes(t('2024年初养护资金预算安排120万元，用于县乡道日常养护。'))).toEqual([]);
    // A comparison with last year, or the own year named in the sentence: meant.
    expect(shapes(t('2023年初养护资金预算安排100万元，2024年初预算安排120万元。'))).toEqual([]);
    expect(shapes(t('与2023年初养护资金预算安排100万元相比有所提高。'))).toEqual([]);
    // A budget (drawn up before its year) is not read.
    expect(shapes('某县交通运输局2024年部门预算\n2023年初养护资金预算安排120万元，用于县乡道日常养护。\n')).toEqual([]);
  });
});

describe('date-out-of-period: an as-of date a year late, a signature block before an attachment (ent)', () => {
  const shapes = (t: string): string[] => runRule(dateOutOfPeriod, t).findings.map((f) => `${f.shape ?? ''} ${f.evidence[0]!.quote ?? ''}`);

  it('reads the year’s figures stated as of the end of the year after, where another line states its own year’s end', () => {
    const text = (second: string): string =>
      `某县农学会2019年度财务收支情况说明\n截至2019年12月31日，2019年收入合计32.5万元。\n截至${second}年12月31日，2019年支出合计28.1万元。\n`;
    expect(shapes(text('2020'))).toEqual(['later-year-end 2020年12月31日']);
    expect(shapes(text('2019'))).toEqual([]);
    // Without the own year's end elsewhere, or in a plan: not read by this shape.
    expect(shapes('某县农学会2019年度财务收支情况说明\n截至2020年12月31日，2019年支出合计28.1万元。\n').filter((s) => s.startsWith('later-year-end'))).toEqual([]);
    expect(shapes(text('2020').replace('2019年支出合计', '计划2019年支出合计')).filter((s) => s.startsWith('later-year-end'))).toEqual([]);
  });

  it('reads a 决算 by its title as closing at its own year’s end, with no other as-of date needed (former test34 2766)', () => {
    const text = (title: string, sentence = '截至2026年12月31日，本部门共有车辆9辆。'): string => `${title}\n第三部分 2025年度部门决算情况说明\n十一、国有资产占有使用情况\n${sentence}\n`;
    expect(shapes(text('某县林业和草原局2025年度部门决算情况说明')).filter((s) => s.startsWith('later-year-end'))).toEqual(['later-year-end 2026年12月31日']);
    // Look-alikes: the own year's end; a plan. (A self-evaluation by its title closes at its year's end too — atext, dev 3056.)
    expect(shapes(text('某县林业和草原局2025年度部门决算情况说明', '截至2025年12月31日，本部门共有车辆9辆。')).filter((s) => s.startsWith('later-year-end'))).toEqual([]);
    expect(shapes(text('某县林业和草原局2025年度部门决算情况说明', '计划截至2026年12月31日，本部门共有车辆9辆。')).filter((s) => s.startsWith('later-year-end'))).toEqual([]);
    expect(shapes(text('某县林业和草原局2025年度部门整体支出绩效自评报告')).filter((s) => s.startsWith('later-year-end'))).toEqual(['later-year-end 2026年12月31日']);
    expect(shapes(text('某县林业和草原局2025年度部门工作总结')).filter((s) => s.startsWith('later-year-end'))).toEqual([]);
  });

  it('leaves the signature block alone when an attachment follows it', () => {
    const text = (signer: string): string =>
      `2023年度某县人民医院部门整体支出绩效自评报告\n一、部门整体支出绩效情况\n全年完成门诊3万人次。\n${signer}\n2024年3月20日\n附件：自评表\n一级指标：投入；分值：10；得分：10\n一级指标：过程；分值：10；得分：9\n一级指标：产出；分值：40；得分：38\n一级指标：效益；分值：40；得分：37\n`;
    expect(shapes(text('某县人民医院'))).toEqual([]);
    // A date under a line that is no body's name stays a result of the section.
    expect(shapes(text('全年完成体检'))).toEqual(['later-date 2024年3月20日']);
  });
});

// (Two readings of each class below, agoal's and awr's, were folded into one: evaluation-period-beyond-year and
// payment-before-year-as-delay.)
describe('date-out-of-period: the period a self-evaluation says it covers runs past its year', () => {
  const TITLE = '松岭县图书馆2023年度部门整体支出绩效自评报告\n';
  const shapes = (body: string): string[] => runRule(dateOutOfPeriod, `${TITLE}${body}\n`).findings.map((f) => f.shape ?? '');
  const period = (span: string): string[] =>
    runRule(dateOutOfPeriod, `岭西县城乡供水保障项目2025年度绩效自评报告\n一、自评工作开展情况\n本次评价期间为${span}，评价对象为项目全部资金。\n`).findings.filter((f) => f.shape === 'evaluation-period-beyond-year').map((f) => f.evidence[0]!.quote ?? '');
  it('reports an evaluation period ending after the fiscal year', () => {
    expect(shapes('一、自评概况\n本次评价期间为2023年1月1日至2024年6月30日，评价对象为部门整体支出。')).toContain('evaluation-period-beyond-year');
    expect(period('2025年1月1日至2026年12月31日')).toEqual([expect.stringContaining('2025年1月1日至2026年12月31日')]);
    expect(shapes('一、自评概况\n本次自评时间范围为2023年1月至2024年3月。')).toContain('evaluation-period-beyond-year');
  });
  it('leaves the year itself alone, and a period with no evaluation-period label', () => {
    expect(shapes('一、自评概况\n本次评价期间为2023年1月1日至2023年12月31日，评价对象为部门整体支出。')).not.toContain('evaluation-period-beyond-year');
    expect(period('2025年1月1日至2025年12月31日')).toEqual([]);
    // A working year that overlaps two years, with no evaluation-period label, is no evaluation period.
    expect(shapes('一、工作概况\n2023年1月至2024年3月，馆舍改造工程分两期实施。')).not.toContain('evaluation-period-beyond-year');
  });
});

describe('date-out-of-period: a payment before the year told as the cause of its low execution', () => {
  const TITLE = '松岭县图书馆2023年度部门整体支出绩效自评报告\n';
  const shapes = (body: string): string[] => runRule(dateOutOfPeriod, `${TITLE}${body}\n`).findings.map((f) => f.shape ?? '');
  const late = (date: string, effect = '导致项目执行率偏低'): string[] =>
    runRule(dateOutOfPeriod, `岭西县城乡供水保障项目2025年度绩效自评报告\n五、存在的问题\n一是管网改造尾款于${date}支付，${effect}。\n`).findings.filter((f) => f.shape === 'payment-before-year-as-delay').map((f) => f.evidence[0]!.quote ?? '');
  it('reports a date before the year', () => {
    expect(shapes('五、存在的问题\n图书采购尾款于2022年12月支付，导致全年执行率较低。')).toContain('payment-before-year-as-delay');
    expect(late('2024年2月')).toEqual([expect.stringContaining('2024年2月')]);
    expect(late('2024年2月才全部', '未能在当年支付')).toEqual([expect.stringContaining('2024年2月')]);
  });
  it('leaves a date after the year alone, last year named on purpose, and a payment not told as a delay', () => {
    expect(late('2026年2月')).toEqual([]);
    expect(shapes('五、存在的问题\n上年结转的图书采购尾款于2022年12月支付，导致全年执行率较低。')).not.toContain('payment-before-year-as-delay');
    expect(shapes('五、存在的问题\n图书采购尾款于2022年12月支付完毕，全年运行平稳。')).not.toContain('payment-before-year-as-delay');
  });
});

describe('date-out-of-period: a self-evaluation or 决算 filled in before its year began (agoal)', () => {
  const shapes = (title: string, date: string): string[] => runRule(dateOutOfPeriod, `${title}\n一、基本情况\n全年完成各项任务。\n填表日期：${date}\t填表人：王某\n`).findings.map((f) => f.shape ?? '');
  it('reports 填表日期 of the year before on a year\'s self-evaluation', () => {
    expect(shapes('松岭县图书馆2023年度部门整体支出绩效自评报告', '2022年4月2日')).toContain('report-dated-before-year');
    expect(shapes('松岭县乡村道路养护项目2023年度绩效自评报告', '2022年4月2日')).toContain('report-dated-before-year');
  });
  it('is silent for a date after the year began, and for a budget', () => {
    expect(shapes('松岭县图书馆2023年度部门整体支出绩效自评报告', '2024年4月2日')).not.toContain('report-dated-before-year');
    expect(shapes('松岭县图书馆2023年部门预算公开说明', '2022年12月2日')).not.toContain('report-dated-before-year');
  });
});

describe('date-out-of-period: a budget change explained by a later year (agoal)', () => {
  const shapes = (body: string): string[] => runRule(dateOutOfPeriod, `松岭县图书馆2024年部门预算公开说明\n五、“三公”经费预算情况\n${body}\n`).findings.map((f) => f.shape ?? '');
  it('reports a rise of the 2024 budget explained by 2025 activity', () => {
    expect(shapes('公务接待费较上年增加2.00万元，主要原因是2025年承办全省图书馆年会。')).toContain('later-year-as-reason');
  });
  it('is silent for the year\'s own activity, and for a later date outside a reason', () => {
    expect(shapes('公务接待费较上年增加2.00万元，主要原因是2024年承办全省图书馆年会。')).not.toContain('later-year-as-reason');
    expect(shapes('公务接待费较上年增加2.00万元。全省图书馆年会定于2025年举办。')).not.toContain('later-year-as-reason');
  });
});

describe('date-out-of-period: a budget approved at a session two years early (agoal)', () => {
  const shapes = (body: string): string[] => runRule(dateOutOfPeriod, `松岭县图书馆2024年部门预算公开说明\n一、预算审批\n${body}\n`).findings.map((f) => f.shape ?? '');
  it('reports the 2024 budget approved at a session of 2022', () => {
    expect(shapes('本单位2024年部门预算经2022年2月召开的松岭县第十八届人民代表大会第二次会议审查批准。')).toContain('approval-session-too-early');
  });
  it('is silent for a session at the turn of the year, and for last year\'s budget named on purpose', () => {
    expect(shapes('本单位2024年部门预算经2024年1月召开的松岭县第十八届人民代表大会第四次会议审查批准。')).not.toContain('approval-session-too-early');
    expect(shapes('本单位2024年部门预算经2023年12月召开的松岭县人民代表大会审查批准。')).not.toContain('approval-session-too-early');
    expect(shapes('与2024年预算相比，上年预算经2022年2月召开的人民代表大会审查批准。')).not.toContain('approval-session-too-early');
  });
});

describe('date-out-of-period: a self-evaluation dated before the year it evaluates', () => {
  const dated = (date: string): string[] =>
    runRule(dateOutOfPeriod, `岭西县城乡供水保障项目2025年度绩效自评报告\n一、项目概况\n本项目2025年完成管网改造12公里。\n编报日期：${date}\n`).findings.filter((f) => f.shape === 'report-dated-before-year').map((f) => f.evidence[0]!.quote ?? '');
  it('reports an own date in an earlier year', () => {
    expect(dated('2024年4月2日')).toEqual(['编报日期：2024年4月2日']);
  });
  it('leaves dates after the year or within it alone', () => {
    expect(dated('2026年4月2日')).toEqual([]);
    expect(dated('2025年12月31日')).toEqual([]);
  });
});

describe('date-out-of-period: a result dated outside the year (atext)', () => {
  const report = (sentence: string, section = '三、绩效目标完成情况'): string =>
    `清江县水利局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n本局负责全县水利工作。\n${section}\n${sentence}\n\n清江县水利局\n2025年3月20日\n`;
  const shapes = (t: string, shape: string): string[] => runRule(dateOutOfPeriod, t).findings.filter((f) => f.shape === shape).map((f) => f.evidence[0]!.quote ?? '');

  it('reports a result of the year dated, with its month, in an earlier year', () => {
    expect(shapes(report('（3）时效指标。山塘清淤工程于2023年10月通过验收；灌区渠系改造于2024年9月完工。'), 'earlier-date-result')).toEqual(['2023年10月']);
    expect(shapes(report('2023年11月，我局在城东水库举办防汛应急演练，参演人员320人。'), 'earlier-date-result')).toEqual(['2023年11月']);
  });

  it('is silent on history, a step before the result, another date in the clause, or outside the results', () => {
    expect(shapes(report('山塘清淤工程于2023年10月开工，2024年6月通过验收。'), 'earlier-date-result')).toEqual([]);
    expect(shapes(report('上年度实施的山塘清淤工程于2023年10月通过验收，本年支付尾款。'), 'earlier-date-result')).toEqual([]);
    expect(shapes(report('山塘清淤工程于2023年10月通过验收。', '一、项目概况'), 'earlier-date-result')).toEqual([]);
    expect(shapes(report('山塘清淤工程于2024年10月通过验收。'), 'earlier-date-result')).toEqual([]);
  });

  it('reads a plan word in the date\'s own clause group only (计划 before a ； is another clause)', () => {
    const later = (s: string): string[] => shapes(report(s), 'event-after-signing');
    expect(later('巡查按月度计划推进，各月均完成任务；2025年8月，我局在城东水库举办防汛应急演练。')).toEqual(['2025年8月']);
    expect(later('巡查按月度计划推进，计划2025年8月在城东水库举办防汛应急演练。')).toEqual([]);
  });
});

describe('date-out-of-period: the year after\'s year-end in a year\'s evaluation (atext, dev 3056)', () => {
  const text = (title: string, asOf: string) => `${title}\n\n一、项目基本情况\n2024年，项目资金主要用于减免保教费。\n二、资金使用情况\n截至${asOf}年12月31日，项目共支出1,206.38万元，执行率96.90%。\n`;
  const shapes = (t: string) => runRule(dateOutOfPeriod, t).findings.map((f) => f.shape);
  it('reports 截至2025年12月31日 in the 2024 self-evaluation', () => {
    expect(shapes(text('红柳湾县2024年度学前教育发展资金项目绩效自评报告', '2025'))).toEqual(['later-year-end']);
  });
  it('is silent on the year\'s own year-end, and on a title naming no evaluation', () => {
    expect(shapes(text('红柳湾县2024年度学前教育发展资金项目绩效自评报告', '2024'))).toEqual([]);
    expect(shapes(text('红柳湾县2024年度学前教育发展资金使用情况', '2025'))).toEqual([]);
  });
});

describe('date-out-of-period: the evaluation\'s own steps (atext, dev 3082)', () => {
  const text = (visit: string, draft: string) =>
    `2024年度衢溪县农村生活垃圾分类处理专项资金绩效评价报告\n受衢溪县财政局委托，评价组对2024年度专项资金开展了绩效评价。\n三、绩效目标完成情况\n评价组于${visit}进场，抽查了6个乡镇的24个行政村，发放满意度问卷600份。${draft}形成评价报告初稿，经征求意见后定稿。\n`;
  const shapes = (t: string) => runRule(dateOutOfPeriod, t).findings.map((f) => f.shape);
  it('reports the report formed before the year evaluated', () => {
    expect(shapes(text('2025年3月3日', '2023年4月15日'))).toEqual(['report-dated-before-year']);
  });
  it('is silent on the fieldwork and the draft after the year', () => {
    expect(shapes(text('2025年3月3日', '2025年4月15日'))).toEqual([]);
  });
});
