import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { normalizeText } from '../read/normalize.ts';
import { extractFacts } from './extract.ts';
import { clauseStartBefore, segment, unwrapSentences } from './structure.ts';

const facts = (text: string) => extractFacts(normalizeText(text).text, loadConfig());

describe('extractFacts', () => {
  it('segments the outline in its four styles', () => {
    const f = facts('一、基本情况\n（一）机构\n1.内设\n（1）股室\n2、人员\n二、支出');
    expect(f.headings.map((h) => [h.style, h.number, h.title])).toEqual([
      ['cjk', 1, '基本情况'],
      ['paren-cjk', 1, '机构'],
      ['arabic', 1, '内设'],
      ['paren-arabic', 1, '股室'],
      ['arabic', 2, '人员'],
      ['cjk', 2, '支出'],
    ]);
  });

  it('reads the numbered items of a note list under a table (注：1.… then 2.…) as notes, not headings', () => {
    const table = (no: number): string => `表${no} 支出决算表\n项目\t决算数\n合计\t1.00\n注：1.本表金额单位为万元。\n2.本表反映本部门支出情况。`;
    const f = facts(`一、部门决算表\n${table(1)}\n${table(2)}\n二、情况说明\n1.收入\n2.支出`);
    expect(f.headings.map((h) => h.marker)).toEqual(['一、', '二、', '1.', '2.']);
  });

  it('reads amounts in 分 with their unit, precision, label, subject and phase', () => {
    const f = facts('基本支出年初预算数515.93万元，全年预算数609.29万元，决算数609.29万元。外资515万美元。');
    expect(f.figures.map((x) => [x.scaled, x.unit, x.decimals, x.subject, x.phase])).toEqual([
      [515930000, '万元', 2, '基本支出', 'initialBudget'],
      [609290000, '万元', 2, '基本支出', 'adjustedBudget'],
      [609290000, '万元', 2, '基本支出', 'final'],
      [515000000, '万美元', 0, '外资', null],
    ]);
    expect(f.figures[3]!.currency).toBe('USD');
  });

  it('reads a balance carried between years (年初结转和结余) as its own subject, with no budget phase', () => {
    const f = facts('收入总计868.57万元，其中年初结转和结余85.86万元，年初财政拨款结转和结余60.00万元；年初预算数515.93万元。');
    expect(f.figures.slice(1, 3).map((x) => [x.subject, x.phase])).toEqual([
      ['年初结转和结余', null],
      ['年初财政拨款结转和结余', null],
    ]);
    // 年初 of a budget still names its phase.
    expect(f.figures[3]!.phase).toBe('initialBudget');
  });

  it('reads percentages, counts with measure words and their nouns, scores', () => {
    const f = facts('完成年度任务的294%，全局34名干部职工，实得100分，50余名企业家。');
    expect(f.figures.map((x) => [x.kind, x.raw, x.noun, x.qualifier])).toEqual([
      ['percent', '294%', '', false],
      ['count', '34名', '干部职工', false],
      ['score', '100分', '', false],
      ['count', '50余名', '企业家', true],
    ]);
  });

  it('reads dates and periods, and reports malformed ones', () => {
    const f = facts('2024年1-12月，2025年1月26日，6月底，2024年9以来，2024年2月30日。');
    expect(f.dates.map((d) => [d.raw, d.isPeriod])).toEqual([
      ['2024年1-12月', true],
      ['2025年1月26日', false],
      ['6月', false],
    ]);
    expect(f.malformedDates.map((d) => d.raw)).toEqual(['2024年9以来', '2024年2月30日']);
  });

  it('reports a year whose 年 is lost before 度, not an amount of electricity', () => {
    expect(facts('七、2022度一般公共预算财政拨款“三公”经费支出情况说明').malformedDates.map((d) => d.reason)).toEqual(['年份后缺少“年”']);
    expect(facts('全年节约用电2022度，折合电费1200元。').malformedDates).toEqual([]);
  });

  it('ends a 其中 list at a part that is a per-capita figure or a total of another quantity', () => {
    const f = facts('预计工农业总产值能到达61.2亿元，其中产业总产值到达60亿元，财政总收入到达7000万元，农民人均收入到达7600元。');
    expect(f.decompositions.map((d) => d.parts.map((p) => p.raw))).toEqual([['60亿元']]);
  });

  it('reads two amounts written as a pair (A1,A2万元) with the unit written after the second, not years or thousands', () => {
    const f = facts('收、支总计各是4125.49,4143.91万元。2021,2022年收入1,234.56万元。');
    expect(f.figures.filter((g) => g.kind === 'money').map((g) => g.raw)).toEqual(['4125.49', '4143.91万元', '1,234.56万元']);
  });

  it('reads the year of a notice allocating funds from its title', () => {
    expect(facts('关于下达2024年中央财政衔接推进老区乡村振兴补助资金的通知\n东岭镇人民政府：\n').title.fiscalYear).toBe(2024);
  });

  it('reports a heading year followed directly by a subject of the report (年 lost), not a version, a grade or a code', () => {
    // Given headings whose year stands right before 部门 / 预算 without 年 or 年度
    expect(facts('第三部分 2018年度部门决算情况说明\n（四）2018部门整体支出绩效自评报告\n').malformedDates.map((d) => d.raw)).toEqual(['2018部门']);
    expect(facts('二、2022预算情况说明\n').malformedDates.map((d) => d.reason)).toEqual(['年份后缺少“年”']);
    // Then a version, a grade, a code or a year inside a sentence are no slip
    expect(facts('（一）2018版部门预算编制手册\n（二）2018级学生资助\n项目编号2018001部门\n本单位2018部门经费\n').malformedDates).toEqual([]);
    // A year glued to a kind of report (部门预算, 单位决算 …) lost its 年 wherever it stands (rule-words
    // date-malformed.reportKindsAfterYear; spent dev 2339, 2354).
    expect(facts('本单位2018部门预算\n').malformedDates.map((d) => d.raw)).toEqual(['2018部门']);
  });

  it('reads a number with a magnitude and a measure word after a year as a quantity of the year, not a month without 月', () => {
    expect(facts('组织对2021年1万亩森林抚育项目进行规划设计。').malformedDates).toEqual([]);
    expect(facts('全县2023年3千吨粮食储备已轮换完毕，2022年2亿元债券资金已拨付。').malformedDates).toEqual([]);
    // A month without 月 is still a slip; so is a bare 万 with nothing measured after it.
    expect(facts('项目于2021年5日完成验收。').malformedDates.map((d) => d.reason)).toEqual(['年份后的数字缺少“月”']);
    expect(facts('项目于2021年1万完成验收。').malformedDates.map((d) => d.reason)).toEqual(['年份后的数字缺少“月”']);
  });

  it('reports a year run into its month (19806月: 年 lost), not an amount of months', () => {
    expect(facts('本馆于19806月成立。').malformedDates.map((d) => d.reason)).toEqual(['年份后缺少“年”']);
    expect(facts('培训12月，共计36个月。').malformedDates).toEqual([]);
  });

  it('reads a three-digit year as whole in a text of the 民国 calendar, as a slip elsewhere', () => {
    expect(facts('主计总处报告110年度中央政府总决算。').malformedDates).toEqual([]);
    expect(facts('本单位202年度收入100万元。').malformedDates.map((d) => d.reason)).toEqual(['年份少了一位数字']);
  });

  it('reads a label without the pinyin glosses a mirror site inserts (增長(zhǎng)), not without other brackets', () => {
    const labels = (t: string): string[] => facts(t).figures.map((f) => f.label);
    expect(labels('本年收入25968億元，比上年增加4907億元，增長(zhǎng)23.3%。')).toEqual(['本年收入', '比上年增加', '增长']);
    expect(labels('支出决算(jué suàn)較上年減少(jiǎn shǎo)12萬元。')).toEqual(['支出决算较上年减少']);
    expect(labels('一般公共预算（本级）支出100万元，项目（A类）支出20万元。')).toEqual(['一般公共预算（本级）支出', '项目（A类）支出']);
  });

  it('reads a year written in Chinese digits (二〇二三年度) in the title and the text, as arabic of the same length', () => {
    const f = facts('某县财政局二〇二三年度部门决算\n一、基本情况\n二〇二二年度收入总计80万元，二零二四年预算另行公开。三年来成效明显。');
    expect(f.title.fiscalYear).toBe(2023);
    expect(f.dates.map((d) => [d.year, f.shown!.slice(d.start, d.end)])).toEqual([
      [2023, '二〇二三年度'],
      [2022, '二〇二二年度'],
      [2024, '二零二四年'],
    ]);
    // Every fact and rule reads the years in arabic digits; quotes are taken from the text as written.
    expect(f.text).toBe('某县财政局2023年度部门决算\n一、基本情况\n2022年度收入总计80万元，2024年预算另行公开。三年来成效明显。');
  });

  it('reads a year with a digit lost or added where a year stands, against a year the text writes well', () => {
    const reasons = (t: string): string[] => facts(t).malformedDates.map((d) => d.reason);
    expect(reasons('某局2024年度部门决算\n224年，本局支出100万元。')).toEqual(['年份少了一位数字']);
    expect(reasons('某局2023年度工作总结\n项目于2023年开工，至202年底完成。')).toEqual(['年份少了一位数字']);
    expect(reasons('某局2023年度工作总结\n20233年，本局支出100万元。')).toEqual(['年份多了一位数字']);
    // An indicator's number glued to a year by the copy (指标1 | 2021年11月30日前…), tspend dev 2133; not after another word.
    expect(reasons('某项目2022年度绩效自评表\n时效指标指标12022年11月30日前完成资金支付')).toEqual([]);
    expect(reasons('某项目2022年度绩效自评表\n目标22022年完成。')).toEqual([]);
    // …and the date after the glued number is read with its year.
    expect(facts('某项目2022年度绩效自评表\n时效指标指标12021年11月30日前完成资金支付').dates.map((d) => [d.raw, d.year])).toContainEqual(['2021年11月30日', 2021]);
    expect(facts('某项目2022年度绩效自评表\n共计12021年支出').dates.map((d) => d.raw)).not.toContain('2021年');
    expect(reasons('某项目2022年度绩效自评表\n于12022年完成。')).toEqual(['年份多了一位数字']);
    // An age or a length in years (建校118年, 历时120年), and a number no year of the text loses a digit into.
    expect(reasons('学校始建于1905年，建校118年，历时120年。2023年支出100万元。')).toEqual([]);
    expect(reasons('某局2023年度工作总结\n至今已有204年，保存完好。')).toEqual([]);
    expect(reasons('某局2023年度工作总结\n共计12345年，无误。')).toEqual([]);
  });

  it('reads three digits before 年 as a year with a digit lost where what surrounds them makes a year, wherever the clause starts', () => {
    const reasons = (t: string): string[] => facts(t).malformedDates.map((d) => d.reason);
    // A subject of the report after the 年: a number of 200–229 is a year even with no year of the text to match.
    expect(reasons('某中心220年绩效自评报告\n一、概况')).toEqual(['年份少了一位数字']);
    expect(reasons('经汇总，本级204年预算安排100万元。')).toEqual(['年份少了一位数字']);
    // A word of comparison before, 全/本 after, a heading's number before: only against a year the text writes well.
    expect(reasons('2018年支出100万元，较208年决算数减少5万元。')).toEqual(['年份少了一位数字']);
    expect(reasons('2023年度报告\n203年全国政府采购规模为10亿元。')).toEqual(['年份少了一位数字']);
    expect(reasons('2021年度报告\n（二）221年重点工作完成情况')).toEqual(['年份少了一位数字']);
    expect(reasons('某局报告\n较208年减少5万元。')).toEqual([]);
    // Opening a line or clause before a word, against a year the text writes: 201年公务接待24批次; not a length (120年来).
    expect(reasons('2018年度三公经费\n201年公务接待24批次。')).toEqual(['年份少了一位数字']);
    expect(reasons('2018年度报告\n经汇总，208年龙泉市部门支出100万元。')).toEqual(['年份少了一位数字']);
    expect(reasons('2020年度报告\n200年一遇标准建设。')).toEqual([]);
    expect(reasons('2021年度报告\n公务接待，201年来首次。')).toEqual([]);
    // After a word, or closing a range from a year written well (下达203年…, 2017-208年): a year; after a word that leads a
    // length (历时, 已有, 第 — yearLengthLeads), a length.
    expect(reasons('2023年度报告\n省财政提前下达203年中央资金100万元。')).toEqual(['年份少了一位数字']);
    expect(reasons('2018年度报告\n选聘了2017-208年生态护林员396人。')).toEqual(['年份少了一位数字']);
    expect(reasons('2020年度报告\n该古村落历时200年形成，已有202年建村历史，第200年重修。')).toEqual([]);
    expect(reasons('2020年度报告\n全镇人口202年前迁入。')).toEqual([]);
    // Lengths and ages stay: no subject after, or out of 200–229.
    expect(reasons('2020年度报告\n按照200年一遇标准建设，已有300年预算传统。')).toEqual([]);
  });

  it('reads a four-digit year no report can have (2202年度, 2320年5月) as a slip, not an age or a count in years', () => {
    expect(facts('第三部分 2302年度部门决算情况说明').malformedDates.map((d) => [d.raw, d.reason])).toEqual([['2302年度', '年份有误：不可能的年份']]);
    expect(facts('项目于2210年3月完成验收。').malformedDates.map((d) => d.raw)).toEqual(['2210年3月']);
    expect(facts('古树树龄2300年，2023年度完成保护。').malformedDates).toEqual([]);
    expect(facts('2100年度目标与2099年度规划。').malformedDates).toEqual([]);
    expect(facts('项目总工期2400年。').malformedDates).toEqual([]);
  });

  it('reads a three-digit year set with layout spaces before 年度 as a slip, not a spaced count or amount', () => {
    expect(facts('部门整体支出绩效自评报告\n（ 202 年度）\n').malformedDates.map((d) => d.raw)).toEqual(['202 年度']);
    expect(facts('青山县财政局 203  年度部门决算公开').malformedDates.map((d) => d.reason)).toEqual(['年份少了一位数字']);
    expect(facts('自评报告\n（ 2021 年度）\n').malformedDates).toEqual([]);
    expect(facts('全年培训 260 人次，年度目标全部完成。').malformedDates).toEqual([]);
    expect(facts('合计 202 年 底前完成').malformedDates).toEqual([]);
    expect(facts('项目总数 120 年度计划均已完成').malformedDates).toEqual([]);
  });

  it('finds 其中 and 按…分 decompositions and enumerations after a stated count', () => {
    const f = facts('收入1668.7万元。\n按支出性质分，基本支出609.29万元；项目支出1059.41万元。\n支出609.29万元，其中：工资458.18万元、其他0万元。\n内设机构3个，分别为：办公室、财务股、人事股。');
    expect(f.decompositions.map((d) => [d.kind, d.total.raw, d.parts.length])).toEqual([['qizhong', '609.29万元', 2]]);
    expect(f.enumerations.map((e) => [e.count.raw, e.items.length])).toEqual([['3个', 3]]);
  });

  it('reads tables from tab, pipe and space-aligned text, with the unit caption', () => {
    const f = facts('单位：万元\n项目\t预算数\t决算数\n基本支出\t1\t2\n项目支出\t3\t4\n');
    expect(f.tables).toHaveLength(1);
    expect(f.tables[0]!.moneyUnit).toBe('万元');
    expect(f.tables[0]!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '预算数', '决算数'],
      ['基本支出', '1', '2'],
      ['项目支出', '3', '4'],
    ]);
  });

  it('reads the title: fiscal year, department, short names', () => {
    const f = facts('2024年度沅陵县商务局部门整体支出绩效自评报告\n沅陵县商务局（以下简称“商务局”或“我局”）是县政府组成部门。');
    expect(f.title).toMatchObject({ fiscalYear: 2024, department: '沅陵县商务局', shortNames: ['商务局', '我局'], documentKind: 'department-overall' });
    expect(facts('某某县委员会办公室 2023年部门整体支出绩效自评报告').title.department).toBe('某某县委员会办公室');
    // A heading after lost characters is no title naming a body.
    expect(facts('？？？？二、部门预算单位构成\n甲市接待办内设3个处室。').title.department).toBeNull();
  });

  it('passes over the part of the year a title names after it: the body is the name before the year', () => {
    // A third-party report on nine months of a bureau's spending, its title on two lines.
    expect(facts('青禾县水务局2023年1-9月\n部门整体支出绩效评价报告').title).toMatchObject({ fiscalYear: 2023, department: '青禾县水务局' });
    expect(facts('青禾县水务局2023年上半年部门整体支出绩效评价报告').title.department).toBe('青禾县水务局');
    // Look-alike: a name after the year is still the name (the period words only go when they open it).
    expect(facts('2023年青禾县水务局部门整体支出绩效评价报告').title.department).toBe('青禾县水务局');
    // A generic word after the body's full name (X部门2024年度部门决算) is the kind of report; a name without a body's
    // ending keeps it.
    expect(facts('青禾市卫生健康委员会部门2024年度部门决算').title.department).toBe('青禾市卫生健康委员会');
    expect(facts('青禾县水务局单位2024年度单位决算').title.department).toBe('青禾县水务局');
    expect(facts('青禾县财政部门2024年度部门决算').title.department).toBe('青禾县财政部门');
  });

  it('reads a project self-evaluation’s body before the year, not the project after it', () => {
    expect(facts('青禾县教育局2025年度农村义务教育学生营养改善计划项目支出绩效自评报告').title).toMatchObject({ fiscalYear: 2025, department: '青禾县教育局', documentKind: 'project' });
    // Look-alikes: what follows the year ends as a body's name (it stays the name); nothing body-like before the year.
    expect(facts('青禾县教育局2025年度青禾县第一中学项目支出绩效自评报告').title.department).toBe('青禾县第一中学');
    expect(facts('关于2025年度农村公路养护项目支出绩效自评报告').title.department).toBe('农村公路养护');
  });

  it('reads a cover’s title: the body’s name on the line above the year (泮川区应急管理局 / 2024年度部门决算)', () => {
    const f = facts('泮川区应急管理局\n2024年度部门决算\n泮川区应急管理局\n2025年9月\n第一部分 泮川区应急管理局概况');
    expect(f.title).toMatchObject({ title: '泮川区应急管理局2024年度部门决算', fiscalYear: 2024, department: '泮川区应急管理局' });
    // Look-alike: a line above that names no body (no body’s last word) stays out of the title.
    expect(facts('政务公开专栏\n2024年度部门决算\n第一部分 概况').title.department).toBeNull();
  });

  it('titles a 决算 printed without a title line by its part headings (第一部分 某局概况 … 第二部分 2024年度部门决算表)', () => {
    const body = '第一部分 青禾县档案馆概况\n一、部门职能\n青禾县档案馆是县委直属事业单位。\n第二部分 2024年度部门决算表\n公开01表\n收入支出决算总表\n单位：万元\n项目\t决算数\n本年收入合计\t120.00';
    expect(facts(body).title).toMatchObject({ title: '青禾县档案馆2024年度部门决算', fiscalYear: 2024, department: '青禾县档案馆', documentKind: 'final-accounts' });
    // A later heading naming the body itself is the title as it stands (no name written twice).
    expect(facts(body.replace('第二部分 2024年度', '第二部分 青禾县档案馆2024年度')).title).toMatchObject({ title: '青禾县档案馆2024年度部门决算', department: '青禾县档案馆' });
    // A title line above the part headings is the title, as before.
    expect(facts(`青禾县档案馆2023年度部门决算\n${body}`).title).toMatchObject({ fiscalYear: 2023, department: '青禾县档案馆' });
    // Look-alikes: a first part naming no body (第一部分 部门概况), or no later part naming a year and a title's ending.
    expect(facts(body.replace('青禾县档案馆概况', '部门概况')).title.department).toBeNull();
    expect(facts(body.replace('第二部分 2024年度部门决算表', '第二部分 决算表')).title.department).toBeNull();
  });

  it('reads a title wrapped in its box with a character or two on its last line (…2024年度部门决 / 算)', () => {
    const f = facts('汀源区住房和城乡建设局2024年度部门决\n算\n第一部分 汀源区住房和城乡建设局概况');
    expect(f.title).toMatchObject({ title: '汀源区住房和城乡建设局2024年度部门决算', fiscalYear: 2024, department: '汀源区住房和城乡建设局' });
  });
});

describe('extractFacts: 其中 lists one part per sentence', () => {
  it('continues a 其中： list over the sentences that open with a part', () => {
    const f = extractFacts(
      normalizeText('基本支出911000.39元，其中：\n人员经费809961.19元，主要包括：基本工资、津贴补贴。\n公用经费71339.2元，主要包括：办公费。\n七、三公经费\n预算0元。').text,
      loadConfig(),
    );
    expect(f.decompositions.map((d) => d.parts.map((p) => p.raw))).toEqual([['809961.19元', '71339.2元']]);
  });

  it('reads an inclusion clause after a part of a ；-list as that part’s own breakdown, not more items', () => {
    const parts = (t: string): string[][] => extractFacts(normalizeText(t).text, loadConfig()).decompositions.map((d) => d.parts.map((p) => p.raw));
    const list = '全年支出1306.72万元，预算执行率为91.00%。其中：基本支出917.56万元，占总支出的70.22%，包括人员经费777.37万元、公用经费140.19万元；项目支出389.16万元，占总支出的29.78%。';
    expect(parts(list)).toEqual([['917.56万元', '389.16万元']]);
    // Without a ； between the items the inclusion clause has no end of its own: read as before.
    expect(parts(list.replace('；项目', '，项目'))).not.toEqual([['917.56万元', '389.16万元']]);
  });

  it('reads the lines numbered from 1 after 其中： ending its line as the parts, up to the outer list’s next item', () => {
    const parts = (t: string): string[][] => extractFacts(normalizeText(t).text, loadConfig()).decompositions.map((d) => d.parts.map((p) => p.raw));
    const list = '（一）2023年收入预算3814.61万元，其中：\n1、财政拨款3362.61万元；\n2、事业收入434万元；\n3、单位资金收入0万元。\n（二）2023年支出预算3380.61万元。';
    expect(parts(list)).toEqual([['3362.61万元', '434万元', '0万元']]);
    // Numbers that do not start at 1, or that do not run on, end the list there.
    expect(parts(list.replace('1、财政', '2、财政'))).toEqual([]);
    expect(parts(list.replace('3、单位', '5、单位'))).toEqual([['3362.61万元', '434万元']]);
    // Lines numbered in the total's own kind of marker are the outer list's items, and 其中 not ending its line opens no such list.
    expect(parts(list.replace('（一）', '1、'))).toEqual([]);
    expect(parts(list.replace('其中：\n1、', '其中：1、'))).not.toEqual([['3362.61万元', '434万元', '0万元']]);
  });
});

describe('title behind page chrome', () => {
  it('skips a breadcrumb and metadata rows to the title', () => {
    const text = '您当前的位置：首页>甲镇>政务公开>预算/决算\n[ 体裁分类 ] 财政预算、决算\n重庆市甲县甲镇人民政府 2021年度部门决算情况说明\n一、部门基本情况';
    const { title } = facts(text);
    expect(title.fiscalYear).toBe(2021);
    expect(title.department).toBe('重庆市甲县甲镇人民政府');
  });

  it('reads the title from the cell of a site’s metadata row that names the document (名称: | X | ||||)', () => {
    const text = '发布机构: | 甲山区财政局 | 生成日期: | 2022-08-24 |\n名称: | 重庆市甲山区交通局2021年度部门决算情况说明 | ||||\n文号: | 主题词: |\n一、部门基本情况';
    const { title } = facts(text);
    expect(title).toMatchObject({ title: '重庆市甲山区交通局2021年度部门决算情况说明', fiscalYear: 2021, department: '重庆市甲山区交通局' });
    expect(facts('标题: | 甲镇2020年预算执行和2021年预算草案 | ||\n表1').title.department).toBe('甲镇');
    // Look-alikes: an empty cell, and a label that is not the document's name, are no title.
    expect(facts('文件名称: | |||\n绩效评价报告\n').title.department).toBeNull();
    expect(facts('单位名称: | 甲镇 |\n').title.title).toBeNull();
  });

  it('skips a site metadata row that holds a category with 预算 (组配分类 部门预算 发布机构 …) to the title', () => {
    const text = '索引号 001008/2024-1\n组配分类 部门预算 发布机构 市交通运输局\n生成日期 2024-03-11 公开方式 主动公开\n甲市交通运输局2024年部门预算\n目录';
    const { title } = facts(text);
    expect(title.fiscalYear).toBe(2024);
    expect(title.department).toBe('甲市交通运输局');
    // 关于 opening the title is a preposition, not a body.
    expect(facts('关于2018年度市级预算执行\n和其他财政收支的审计工作报告\n正文。').title.department).toBeNull();
  });

  it('passes over a metadata value holding a title word for the titled line with a year below it', () => {
    const text = '• 公开目录\n• 自评报告\n• 发布日期\n• 2022-07-13\n甲市图书馆2021年度部门整体支出绩效自评报告\n一、部门基本情况';
    const { title } = facts(text);
    expect(title.fiscalYear).toBe(2021);
    expect(title.department).toBe('甲市图书馆');
  });

  it('reads a number at the end of a wrapped line with its unit at the start of the next (用车3 / 辆，)', () => {
    const f = facts('截至2024年12月31日，某局共有车辆4辆，其中：一般公务用车1辆，执法执勤用车3\n辆，特种专业技术用车0辆。采购货物支出12.60\n万元。');
    expect(f.figures.map((x) => [x.raw, x.kind])).toEqual([
      ['4辆', 'count'],
      ['1辆', 'count'],
      ['3辆', 'count'],
      ['0辆', 'count'],
      ['12.60万元', 'money'],
    ]);
    // A bare number closing a line that ends its sentence (or a table cell) takes no unit from the next line.
    expect(facts('合计为3。\n辆次统计见下表').figures).toEqual([]);
  });

  it('reads an enumeration wrapped inside an item (…法⏎规股、…) to the end of its sentence', () => {
    const f = facts('一、机构设置\n本部门内设机构5个，分别为：办公室、业务股、法\n规股、执法监督股、信息中心。下设事业单位1个。');
    expect(f.enumerations.map((e) => [e.count.raw, e.items.length])).toEqual([['5个', 5]]);
  });

  it('reads an enumeration of short names joined by ， as one joined by 、, but no list of clauses', () => {
    const f = facts('一、机构设置\n本局下属4个单位，分别是：城区中学，城区小学，东关小学和实验幼儿园。');
    expect(f.enumerations.map((e) => [e.count.raw, e.items.length])).toEqual([['4个', 3]]);
    // A piece longer than a name is a clause of prose; a list that mixes ， and 、 is not read either.
    expect(facts('本局设3个科室，分别为：办公室，负责机关日常运转和文电会务工作，财务股。').enumerations).toEqual([]);
    expect(facts('本局设3个科室，分别为：办公室、人事股，财务股。').enumerations).toEqual([]);
    // Cut by ；, it may be the first of a list joined by ；.
    expect(facts('本局设4个科室，包括：办公室，人事股；财务股；法规股。').enumerations).toEqual([]);
    // The last piece may join two names.
    expect(facts('本局下属3个单位，分别是：城区中学，城区第二实验小学和城区中心幼儿园单位。').enumerations.map((e) => e.items.length)).toEqual([2]);
  });

  it('reads a year and a list opener across the break of a wrapped line whose sentence goes on', () => {
    const f = facts('某县财政局2023年度部门决算\n一、基本情况\n根据《中华人民共和国政府信息公开条例》和上级部门的有关要求，现将某县财政局2023\n年度部门决算公开如下，请予监督。本局是县政府的工作部门，设3个股室，分\n别为：办公室、预算股、国库股。');
    expect(f.dates.map((d) => [d.year, f.text.slice(d.start, d.end)])).toEqual([
      [2023, '2023年度'],
      [2023, '2023\n年度'],
    ]);
    expect(f.enumerations.map((e) => [e.count.raw, e.items.length])).toEqual([['3个', 3]]);
    // A year closing its sentence is no date of the next line's 年.
    expect(facts('某局2023年度决算\n本局编号2023。\n年度工作如下。').dates.map((d) => d.raw)).toEqual(['2023年度']);
  });

  it('reads the prose after a numbered line’s title closed by 。 as wrapping onto the next line', () => {
    const f = facts('某项目2023年度绩效自评报告\n一、资金情况\n2.项目资金执行情况分析。项目资金共8010\n万元，已完成拨付7810万元，执行率97.5%。\n3.项目资金管理情况分析。\n');
    expect(f.figures.filter((x) => x.kind === 'money').map((x) => [x.raw.replace('\n', ''), x.moneyUnit])).toEqual([
      ['8010万元', '万元'],
      ['7810万元', '万元'],
    ]);
    // A numbered heading alone on its line is no open sentence.
    expect(facts('某项目2023年度绩效自评报告\n2.项目资金执行情况分析\n8010万元。').figures.map((x) => x.raw)).toEqual(['8010万元']);
  });
});

describe('clauseStartBefore', () => {
  it('reads back over a line break inside the sentence (a wrap) but stops at one that ends a paragraph', () => {
    const wrapped = '本部门三公经费支出预算为40万元，支出决算为30万元，完\n成预算的80%。';
    const at = wrapped.indexOf('80%');
    const { sentences } = segment(wrapped);
    expect(sentences).toHaveLength(1);
    expect(wrapped.slice(clauseStartBefore(wrapped, sentences[0], at, 30, '，。'), at)).toBe('完\n成预算的');
    // A short line (a heading or title, < 15 characters) is not continued by segment(): its break stays a break.
    const heading = '三、预算完\n成预算的80%。';
    const h = segment(heading);
    const at2 = heading.indexOf('80%');
    const sentence = h.sentences.find((x) => x.start <= at2 && x.end > at2);
    expect(heading.slice(clauseStartBefore(heading, sentence, at2, 30, '，。'), at2)).toBe('成预算的');
  });
});

describe('unit word wrapped inside it', () => {
  it('reads 3.4公⏎里 as 3.4公里 when the sentence goes on over the break, and a unit before a break as before', () => {
    const f = facts('一年来，全乡硬化道路7.8公里，其中三湾村3.4公\n里，庙沟村4.4公里。');
    expect(f.figures.map((x) => [x.kind, x.unit, x.subject])).toEqual([
      ['count', '公里', '全乡硬化道路'],
      ['count', '公里', '三湾村'],
      ['count', '公里', '庙沟村'],
    ]);
    const m = facts('本年度单位项目支出预算为120.5万\n元，比上年增加20万元。');
    expect(m.figures.filter((x) => x.kind === 'money').map((x) => x.scaled)).toEqual([120_500_000, 20_000_000]);
    // A line closed by punctuation ends the sentence: the characters after the break are no unit of the number.
    expect(facts('全乡共有村卫生室3。\n公里数另表列示。').figures.filter((x) => x.kind === 'count')).toEqual([]);
  });
});

describe('unwrapSentences', () => {
  it('removes a line break inside a sentence and keeps those between headings, paragraphs and table rows', () => {
    const text = '一、部门概况\n本部门分散采购金额占全国政府采购规模的比\n重为20.7%，较上年上升5.5%。\n项目\t金额\n合计\t10';
    const flat = unwrapSentences(text, segment(text).sentences);
    expect(flat.text).toBe('一、部门概况\n本部门分散采购金额占全国政府采购规模的比重为20.7%，较上年上升5.5%。\n项目\t金额\n合计\t10');
    const at = flat.text.indexOf('重为');
    expect(text.slice(flat.toOriginal[at]!, flat.toOriginal[at]! + 2)).toBe('重为');
    expect(flat.toOriginal[flat.text.length]).toBe(text.length);
  });
});

describe('segment: a line that opens with a clause mark', () => {
  it('continues the sentence of the short line before it, but a heading or table row stays apart', () => {
    const text = '1. 基本支出预算 2476260.58 元\n，占一般公共预算支出\n的84.06%，同比减少 4966.66 元。\n二、项目支出\n合计\t10';
    const { sentences } = segment(text);
    expect(sentences.map((x) => text.slice(x.start, x.end))).toEqual([
      '1. 基本支出预算 2476260.58 元\n，占一般公共预算支出\n的84.06%，同比减少 4966.66 元。',
      '二、项目支出',
      '合计\t10',
    ]);
    // Without the leading mark, the short numbered line is a heading and the next line a sentence of its own.
    const plain = '1. 基本支出预算\n占一般公共预算支出的84.06%。';
    expect(segment(plain).sentences.map((x) => plain.slice(x.start, x.end))).toEqual(['1. 基本支出预算', '占一般公共预算支出的84.06%。']);
  });
});

describe('a date wrapped after its 年', () => {
  it('reads 2018年⏎6月15日 as one date when the sentence goes on over the break, not a month after a closed line', () => {
    const f = facts('本项目由项目单位自行组织评价，评价时间：2018年\n6月15日至2018年6月25日，组织方式为项目单位自评。');
    expect(f.dates.map((d) => [d.year, d.month, d.day])).toEqual([[2018, 6, 15], [2018, 6, 25]]);
    // A line closed by 。 ends the sentence: the 6月 after the break is a date of its own, without the year.
    const closed = facts('本项目于本年度全部完工并投入使用2018年。\n6月15日召开验收会议。');
    expect(closed.dates.map((d) => [d.year, d.month, d.day])).not.toContainEqual([2018, 6, 15]);
  });
});

describe('tspend 2026-12-05: items opening with a year, value added', () => {
  it('reads 1、2020年… as a numbered item, 1.5万元 still as a number', () => {
    const { headings } = segment('一、收入情况\n（一）收入完成情况\n1、2020年完成业务收入44009万元。\n2、财政补助收入5802万元。\n3、2021年实现总收入49811万元。\n1.5万元用于培训。');
    expect(headings.map((h) => h.marker)).toEqual(['一、', '（一）', '1、', '2、', '3、']);
    // 一（yī）、 with a mirror site's pinyin gloss after the numeral (dev 1908); a bracket of plain Latin letters is no gloss.
    expect(segment('一（yī）、单位主要职责\n二、机构设置情况\n三（san）、其他').headings.map((h) => h.number)).toEqual([1, 2]);
    // 三 、 with a space typed before the 、 (dev 2137).
    expect(segment('二、机构设置\n三 、2023年度部门决算表\n四、情况说明').headings.map((h) => h.number)).toEqual([2, 3, 4]);
  });
  it('does not read 增加值 (value added) as an increase', () => {
    const facts = extractFacts(normalizeText('全年完成地区生产总值221.23亿元，增长5.0%。其中：第一产业实现增加值47.24亿元，增长2.8%；收入比上年增加3.2亿元。').text, loadConfig('basic'));
    const byValue = (v: string): boolean | undefined => facts.figures.find((f) => f.raw.startsWith(v))?.comparative;
    expect(byValue('47.24')).toBe(false);
    expect(byValue('3.2')).toBe(true);
    // 使用非财政拨款结余 is an income of the budget, not a saving (dev 1909).
    const budget = extractFacts(normalizeText('收入预算100万元，其中：上年结转60万元，事业收入30万元，使用非财政拨款结余10万元。').text, loadConfig('basic'));
    expect(budget.figures.find((f) => f.raw.startsWith('10'))?.comparative).toBe(false);
  });
});
