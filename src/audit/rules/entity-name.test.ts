import { describe, expect, it } from 'vitest';
import { entityName } from './entity-name.ts';
import { runRule } from './lib/run-rule.ts';

const TITLE = '2024年度沅陵县商务局部门整体支出绩效自评报告\n沅陵县商务局（以下简称“商务局”或“我局”）是县政府组成部门。\n';

describe('entity-name', () => {
  it('reports another department named where the report speaks of itself', () => {
    const { findings } = runRule(entityName, `${TITLE}发改局现实有事业编人员30人。\n切实提升了县机关事务中心整体支出效益。`);
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['发改局', '县机关事务中心']);
    expect(findings[0]!.severity).toBe('error');
  });

  it('reports the own name with another place stem before the same level mark, for places no gazetteer knows (former test32 2720)', () => {
    const text = (other: string, lead = '经综合评定，'): string =>
      '澄溪县自然资源局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n澄溪县自然资源局内设股室6个。澄溪县国土空间规划编制有序推进。\n' +
      `四、自评结果\n${lead}${other}2024年度部门整体支出绩效自评得分92分。`;
    expect(runRule(entityName, text('岚江县自然资源局')).findings.map((f) => [f.evidence[0]!.quote, f.severity])).toEqual([['岚江县自然资源局', 'warning']]);
    // Look-alikes: the own name; another county tied on purpose (与…); a stem that is no place (2024年度县…); the other named twice.
    expect(runRule(entityName, text('澄溪县自然资源局')).findings).toEqual([]);
    expect(runRule(entityName, text('岚江县自然资源局', '与')).findings).toEqual([]);
    expect(runRule(entityName, text('2024年度县自然资源局', '经综合评定，')).findings).toEqual([]);
    expect(runRule(entityName, `${text('岚江县自然资源局')}岚江县。`).findings).toEqual([]);
    // A year right before the other name bounds it (综合来看，2024年浙东县…; former test33 2745); other CJK does not.
    expect(runRule(entityName, text('2024年岚江县自然资源局', '综合来看，')).findings.map((f) => [f.evidence[0]!.quote, f.severity])).toEqual([['岚江县自然资源局', 'warning']]);
    expect(runRule(entityName, text('对岚江县自然资源局', '综合来看，')).findings).toEqual([]);
  });

  it('reads another stem declared the own unit (为X本级决算) even where the own stem is named in the title only (former test34 2767)', () => {
    const text = (sentence: string): string => `澄源市审计局2023年度部门决算情况说明\n第三部分 2023年度部门决算情况说明\n${sentence}以下金额单位均为万元。`;
    expect(runRule(entityName, text('本部门决算为岚北市审计局本级决算，无所属预算单位。')).findings.map((f) => [f.evidence[0]!.quote, f.severity])).toEqual([['岚北市审计局', 'warning']]);
    // Look-alikes: the own name; the other not declared own (named once, the own stem once: too little to read); a
    // character that is no opener before the stem.
    expect(runRule(entityName, text('本部门决算为澄源市审计局本级决算，无所属预算单位。')).findings).toEqual([]);
    expect(runRule(entityName, text('本部门决算参照岚北市审计局的格式编制。')).findings).toEqual([]);
    expect(runRule(entityName, text('本部门决算对岚北市审计局本级决算作了说明。')).findings).toEqual([]);
  });

  it('reports another body as the subject of the 绩效 sentence, an error even in a text of several units when it is none of those listed', () => {
    const text = (who: string): string =>
      '泮川区应急管理局\n2024年度部门决算\n二、机构设置及决算单位构成\n纳入泮川区应急管理局2024年度部门决算编制范围的单位共2个，包括本级和所属单位，具体是：\n1.泮川区应急管理局（本级）\n2.泮川区应急救援保障中心\n三、预算绩效管理情况说明\n' +
      `根据预算绩效管理要求，${who}组织对2024年度一般公共预算项目支出全面开展绩效自评。`;
    const other = runRule(entityName, text('泮川区民政局')).findings;
    expect(other.map((f) => [f.evidence[0]!.quote, f.severity])).toEqual([['泮川区民政局', 'error']]);
    // Look-alikes: the own body, a listed unit (a 提示 at most), a counterpart (财政局) are no error.
    expect(runRule(entityName, text('泮川区应急管理局')).findings).toEqual([]);
    expect(runRule(entityName, text('泮川区应急救援保障中心')).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(runRule(entityName, text('泮川区财政局')).findings).toEqual([]);
  });

  it('reads a unit of the own kind (a school) named as the subject of the 绩效 sentence in a school’s report', () => {
    const text = (who: string): string =>
      '柳溪县第二小学2024年度部门决算\n三、预算绩效管理情况说明\n' + `根据预算绩效管理要求，${who}组织对2024年度一般公共预算项目支出全面开展绩效自评。`;
    expect(runRule(entityName, text('柳溪县第五小学')).findings.map((f) => [f.evidence[0]!.quote, f.severity])).toEqual([['柳溪县第五小学', 'error']]);
    // Look-alikes: the own school, its short form; a word ending like a unit (教学) that is no name.
    expect(runRule(entityName, text('柳溪县第二小学')).findings).toEqual([]);
    expect(runRule(entityName, text('我校')).findings).toEqual([]);
    expect(runRule(entityName, '柳溪县第二小学2024年度部门决算\n加强课堂教学组织对学生开展辅导。').findings).toEqual([]);
    // A cover naming the school on the line above its title (柳溪县第二小学 ⏎ 2024年度部门决算): the same department.
    const cover = (who: string): string => `柳溪县第二小学\n2024年度部门决算\n三、预算绩效管理情况说明\n根据预算绩效管理要求，${who}组织对2024年度项目支出开展绩效自评。`;
    expect(runRule(entityName, cover('柳溪县第五小学')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['柳溪县第五小学']);
    expect(runRule(entityName, cover('柳溪县第二小学')).findings).toEqual([]);
    // A unit named without a place (a national body ending in 社): the words read back before its ending are no name.
    expect(runRule(entityName, '中华全国供销合作总社\n2018年部门预算\n纳入供销合作总社部门预算编制范围的单位共3个。').findings).toEqual([]);
  });

  it('reads 本 / 我 before an ending of the own name as the report itself (本大队 of a 交通警察大队; audit-pdf 604)', () => {
    const cover = '沅石县公安局交通警察大队\n2024年度部门决算\n';
    const text = (who: string): string => `${cover}截至2024年12月31日，${who}共有车辆21辆，其中：执法执勤用车19辆。`;
    expect(runRule(entityName, text('本大队')).findings).toEqual([]);
    expect(runRule(entityName, text('我大队')).findings).toEqual([]);
    // Look-alike: 本 before a body word the own name does not end with (本中队) is still another body.
    expect(runRule(entityName, text('本中队')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['本中队']);
  });

  it('reads a short form keeping the own name’s characters in order as the report itself (疾控中心, 区政府办公室)', () => {
    const cover = '重庆市云阳县疾病预防控制中心\n2023年度决算公开说明\n';
    expect(runRule(entityName, `${cover}疾控中心内设机构15个科室。`).findings).toEqual([]);
    expect(runRule(entityName, '重庆市綦江区人民政府办公室\n2018年度部门决算情况说明\n区政府办公室主要职能职责有：协助区政府工作。区政府办公室内设机构8个。').findings).toEqual([]);
    // Look-alike: another body of the same last word, its characters not all in the own name, is still reported.
    expect(runRule(entityName, `${cover}卫生监督中心内设机构6个科室。`).findings.map((f) => f.evidence[0]!.quote)).toEqual(['卫生监督中心']);
  });

  it('reads the body of the 单位构成 sentence (为X本级，无下属预算单位) and of the vehicles (X共有车辆) as the report itself', () => {
    const text = `${TITLE}纳入沅陵县商务局2024年度部门决算编制范围的单位共1个，为沅陵县人民政府办公室本级，无下属预算单位。\n截至2024年12月31日，沅陵县文化馆共有车辆1辆。`;
    expect(runRule(entityName, text).findings.map((f) => f.evidence[0]!.quote)).toEqual(['沅陵县人民政府办公室', '沅陵县文化馆']);
    const own = `${TITLE}纳入沅陵县商务局2024年度部门决算编制范围的单位共1个，为沅陵县商务局本级，无下属预算单位。\n截至2024年12月31日，沅陵县商务局共有车辆1辆。`;
    expect(runRule(entityName, own).findings).toEqual([]);
  });

  it('reads a name with the year between it and its context (纳入某局2024年度部门决算编制范围)', () => {
    const text = (name: string): string => `${TITLE}纳入${name}2024年度部门决算编制范围的单位共1个，为沅陵县商务局本级。`;
    // (The name is read back to its last 和: 社会保障局 of 人力资源和社会保障局.)
    expect(runRule(entityName, text('沅陵县人力资源和社会保障局')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['社会保障局']);
    expect(runRule(entityName, text('沅陵县商务局')).findings).toEqual([]);
    // Another body named with a year before other budget words (an audit of its budget) is no slip.
    expect(runRule(entityName, `${TITLE}审计了沅陵县医保局2022年度部门预算执行情况。`).findings).toEqual([]);
  });

  it('reads a title line opened by a body’s name and naming the report’s own kind after a year (第二部分 X2025年部门预算表)', () => {
    const budget = (name: string): string => `屏南县文化馆2025年部门预算\n第一部分 屏南县文化馆2025年部门预算编制说明\n第二部分 ${name}2025年部门预算表\n一、部门财务收支预算总表\n`;
    expect(runRule(entityName, budget('古田县文化馆')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['古田县文化馆']);
    expect(runRule(entityName, budget('屏南县文化馆')).findings).toEqual([]);
    // A sentence naming another body's budget of a year, or a line that is prose, is no title of the report's own.
    expect(runRule(entityName, '屏南县文化馆2025年部门预算\n古田县文化馆2025年部门预算已于2月公开，可供参考。\n').findings).toEqual([]);
  });

  it('reads a single unit’s 单位决算 title line and the 部门职责 opening (X是市人民政府工作部门) as the report speaking of itself', () => {
    const unit = (name: string): string => `黄山市中医医院2023年度单位决算\n第三部分 ${name}2023年度单位决算情况说明\n一、收入支出决算总体情况说明\n`;
    expect(runRule(entityName, unit('黄山市妇幼保健院')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['黄山市妇幼保健院']);
    expect(runRule(entityName, unit('黄山市中医医院')).findings).toEqual([]);
    const duties = (name: string): string => `眉山市民政局2020年度部门决算\n一、部门职责\n${name}是市政府工作部门，正县级。\n`;
    expect(runRule(entityName, duties('眉山市商务局')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['眉山市商务局']);
    expect(runRule(entityName, duties('眉山市民政局')).findings).toEqual([]);
    // A title that lost its body ending (眉山市民政) still owns the name with the ending.
    expect(runRule(entityName, duties('眉山市民政局'), { department: '眉山市民政' }).findings).toEqual([]);
  });

  it('reads another body as the subject of the first line of the section on the body’s own duties (一、部门职责 ⏎ X是…)', () => {
    const duties = (line: string): string => `红河州数据发展中心2024年度部门整体支出绩效自评报告\n一、部门基本情况\n1.部门职能\n${line}\n二、绩效目标\n`;
    const quotes = (line: string): (string | undefined)[] => runRule(entityName, duties(line)).findings.map((f) => f.evidence[0]!.quote);
    expect(quotes('红河州疾病预防控制中心是贯彻执行国家、省、州有关信息化法律法规的事业单位。')).toEqual(['红河州疾病预防控制中心']);
    expect(quotes('红河州数据发展中心是贯彻执行国家、省、州有关信息化法律法规的事业单位。')).toEqual([]);
    // 属 as the verb (X属国家审判机关, a court's duties opening): the subject is named as with 属于.
    expect(quotes('红河州疾病预防控制中心属公益一类事业单位。')).toEqual(['红河州疾病预防控制中心']);
    expect(quotes('红河州数据发展中心属公益一类事业单位。')).toEqual([]);
    // 所属 is no verb after a name (X所属单位): the name is not read as X所.
    expect(quotes('红河州疾病预防控制中心所属单位共2个。')).toEqual([]);
    // Not the subject (根据《…》), a counterpart, or the first line under another heading.
    expect(quotes('根据《红河州机构编制委员会关于…的通知》，中心负责数据工作。')).toEqual([]);
    expect(quotes('红河州财政局是本中心的主管部门。')).toEqual([]);
    // A bracket defining the short form between the name and its verb; not a verb ending in 办 read into the name.
    expect(quotes('红河州疾病预防控制中心（以下简称州疾控中心）是公益一类事业单位。')).toEqual(['红河州疾病预防控制中心']);
    expect(quotes('红河州数据发展中心（以下简称数据中心）是公益一类事业单位。')).toEqual([]);
    expect(runRule(entityName, '红河州数据发展中心2024年度部门整体支出绩效自评报告\n三、存在问题\n红河州疾病预防控制中心是合作单位。\n').findings).toEqual([]);
  });

  it('reads another body on a title line of one of the report’s own parts (marker, body, the fiscal year, 预算/决算 …)', () => {
    const text = (line: string): string => `青岭县农业农村局2021年部门预算\n${line}\n一、部门基本概况\n青岭县农业农村局是县政府工作部门。\n`;
    const quotes = (line: string): (string | undefined)[] => runRule(entityName, text(line)).findings.map((f) => f.evidence[0]!.quote);
    expect(quotes('第一部分 青岭县自然资源局2021年预算公开说明')).toEqual(['青岭县自然资源局']);
    expect(quotes('（七）关于青岭县自然资源局2021年政府性基金预算支出情况说明')).toEqual(['青岭县自然资源局']);
    expect(quotes('第一部分 青岭县农业农村局2021年预算公开说明')).toEqual([]);
    // Another year, an audit of the body, a counterpart, or prose: not read.
    expect(quotes('第一部分 青岭县自然资源局2019年预算公开说明')).toEqual([]);
    expect(quotes('（一）关于青岭县自然资源局2021年预算执行情况的审计')).toEqual([]);
    expect(quotes('第一部分 青岭县财政局2021年预算公开说明')).toEqual([]);
    expect(quotes('青岭县自然资源局2021年预算安排100万元，用于设备购置。')).toEqual([]);
  });

  it('accepts the department, its short names and its region-qualified name', () => {
    const text = `${TITLE}我局现实有人员30人。商务局整体支出效益明显。县商务局内设机构7个。沅陵县商务局部门预算执行良好。`;
    expect(runRule(entityName, text).findings).toEqual([]);
  });

  it('accepts other organisations named in other contexts', () => {
    const text = `${TITLE}县财政局组织开展检查。县委组织部考察干部。主动接受县人大监督。`;
    expect(runRule(entityName, text).findings).toEqual([]);
  });

  it('says it could not check without a department', () => {
    const { findings, notChecked } = runRule(entityName, '发改局现实有事业编人员30人。');
    expect(findings).toEqual([]);
    expect(notChecked[0]).toContain('entity-name');
  });
});

describe('entity-name: counterparts', () => {
  it('does not read the finance bureau beside budget words as the report speaking of itself', () => {
    const text = `${TITLE}经县财政局年初预算批复，本年安排经费100万元。`;
    expect(runRule(entityName, text).findings).toEqual([]);
  });

  it('reports the same bureau of another level (市 in a 县 report), not the report’s own region-qualified name', () => {
    const title = '青山县农业农村局2024年度部门决算\n';
    const { findings } = runRule(entityName, `${title}2024年度青山市农业农村局机关运行经费支出438.04万元。`);
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['青山市农业农村局']);
    expect(runRule(entityName, `${title}2024年度县农业农村局机关运行经费支出438.04万元。青山县农业农村局内设机构6个。`).findings).toEqual([]);
  });

  it('reports a place or body name written twice in a row', () => {
    const { findings } = runRule(entityName, `${TITLE}沅陵县沅陵县商务局是县政府组成部门。`);
    expect(findings.map((f) => f.message)).toEqual(['名称重复：“沅陵县”连写了两次（沅陵县沅陵县）']);
    expect(findings[0]!.evidence[0]!.quote).toBe('沅陵县沅陵县');
  });

  it('leaves a run of three or more copies alone: the repeated cells of a flattened table row, not a pasted name', () => {
    // Header cells 省级资金 | 省级资金 | 省级资金 glued into one line, read from a 局 or 省 on: no slip.
    expect(runRule(entityName, `${TITLE}资金来源 中央资金省级资金省级资金省级资金市县资金。`).findings).toEqual([]);
    expect(runRule(entityName, `${TITLE}主管部门商务局商务局商务局商务局实施单位。`).findings).toEqual([]);
    // Two copies stay a slip, with or without a cell-like neighbour.
    expect(runRule(entityName, `${TITLE}资金来源：省级资金、芷江县芷江县财政资金。`).findings.map((f) => f.evidence[0]!.quote)).toEqual(['芷江县芷江县']);
    expect(runRule(entityName, `${TITLE}由县商务局商务局负责实施。`).findings.map((f) => f.evidence[0]!.quote)).toEqual(['商务局商务局']);
  });

  it('leaves reduplicated words and neighbouring different names alone (县县通, 县委县政府, 市市场监管局)', () => {
    expect(runRule(entityName, `${TITLE}实现县县通、村村通，县委县政府高度重视，市市场监管局配合。`).findings).toEqual([]);
  });

  it('reads （本级） as the report speaking of itself, and a place read as the department as owning its government', () => {
    const text = '甲县乙镇人民政府2021年度部门决算情况说明\n单位构成情况：行政部门1个：丙镇人民政府（本级）；事业部门2个。';
    const { findings } = runRule(entityName, text, { department: '甲县乙镇人民政府' });
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['丙镇人民政府']);
    expect(runRule(entityName, text.replace('丙镇人民政府（本级）', '乙镇人民政府（本级）'), { department: '甲县乙镇人民政府' }).findings).toEqual([]);
    expect(runRule(entityName, '丁乡部门整体支出绩效自评报告\n丁乡人民政府主要职能职责：…', { department: '丁乡' }).findings).toEqual([]);
  });
});

describe('entity-name: the 单位构成 sentence of a 部门决算 (某局本级及所属N个事业单位)', () => {
  it('reads X本级及所属 as the report speaking of itself', () => {
    const text = '青山县人力资源和社会保障局2024年度部门决算\n纳入2024年度部门决算编制范围的单位为青山县退役军人事务局本级及所属2个事业单位。';
    const { findings } = runRule(entityName, text);
    expect(findings.map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['error', '青山县退役军人事务局']]);
    expect(runRule(entityName, text.replace('退役军人事务局本级', '人力资源和社会保障局本级')).findings).toEqual([]);
    // A body named before 及所属 without 本级 is not said to be the report's own.
    expect(runRule(entityName, text.replace('本级及所属', '及所属')).findings).toEqual([]);
  });
});

describe('entity-name: a national body inside a local body’s name', () => {
  it('reports 中共中央 written between a county and its committee, not the ordinary names', () => {
    expect(runRule(entityName, '主管部门: 横县中共中央横县县委').findings.map((f) => f.severity)).toEqual(['warning']);
    expect(runRule(entityName, '根据中共中央、国务院的部署，横县县委、横县人民政府认真落实。').findings).toEqual([]);
  });
});


describe('entity-name: the own name written differently once', () => {
  const opening = '第一部分 青山县城关第三小学概况\n一、主要职能\n青山县城关第三小学是全额拨款事业单位。\n';
  const body = (unitList: string): string => `${opening}二、机构设置\n城关第三小学内设机构4个。\n三、决算单位构成\n${unitList}\n部门：青山县城关第三小学 单位：万元\n`;

  it('reports a name with one character added or changed inside it, against its many consistent mentions', () => {
    const added = runRule(entityName, body('纳入决算编制范围的单位为：青山县城关河第三小学本级。'));
    expect(added.findings.map((f) => f.evidence[0]!.quote)).toEqual(['青山县城关河第三小学']);
    expect(added.findings[0]!.message).toContain('城关第三小学');
    const changed = runRule(entityName, body('纳入决算编制范围的单位为：青山县城门第三小学本级。'));
    expect(changed.findings.map((f) => f.evidence[0]!.quote)).toEqual(['青山县城门第三小学']);
  });

  it('says nothing of a sibling body, another level, a short form or prose', () => {
    for (const other of ['青山县城关第四小学', '青山市城关第三小学', '城关三小', '青山县城关第三中学', '青山县城关的第三小学']) {
      expect(runRule(entityName, body(`本年度与${other}开展交流。`)).findings.filter((f) => f.message.includes('写法不一'))).toEqual([]);
    }
  });

  it('reports a region or body character written twice inside the own name (县县, 乡乡), not another level or a word of its own', () => {
    const quotes = (t: string): string[] => runRule(entityName, t).findings.filter((f) => f.message.includes('写法不一')).map((f) => f.evidence[0]!.quote ?? '');
    const county = (line: string): string =>
      `第一部分 青山县农业农村局概况\n青山县农业农村局是县政府工作部门。\n二、机构设置\n${line}\n部门：青山县农业农村局 单位：万元\n`;
    expect(quotes(county('青山县县农业农村局内设机构6个。'))).toEqual(['青山县县农业农村局']);
    const town = (line: string): string => `白沙乡人民政府2023年度部门决算\n第一部分 白沙乡人民政府概况\n白沙乡人民政府是一级政府。\n${line}\n单位：白沙乡人民政府\n`;
    expect(quotes(town('纳入编制范围的单位为：白沙乡乡人民政府本级。'))).toEqual(['白沙乡乡人民政府']);
    // Look-alikes: another level (青山市), a word that begins with the region character (县直, 乡村振兴), a doubled
    // character outside the own name.
    expect(quotes(county('青山市农业农村局指导本局工作。'))).toEqual([]);
    expect(quotes(county('本局配合县县直各单位开展工作。'))).toEqual([]);
    expect(quotes(town('白沙乡乡村振兴工作站归口管理。'))).toEqual([]);
  });

  it('reads the department of the title as the own name for a doubled character, however seldom the excerpt repeats it', () => {
    const quotes = (t: string): string[] => runRule(entityName, t).findings.filter((f) => f.message.includes('写法不一')).map((f) => f.evidence[0]!.quote ?? '');
    expect(quotes('2023年度柳溪镇人民政府部门决算\n目录\n第一部分 柳溪镇镇人民政府概况\n')).toEqual(['柳溪镇镇人民政府']);
    expect(quotes('2022年度青山市实验中学单位决算\n一、单位职责\n青山市市实验中学是全额拨款事业单位。\n')).toEqual(['青山市市实验中学']);
    // Look-alikes: a changed character (another body) and a word of the region (市直) with the title name only.
    expect(quotes('2022年度青山市实验中学单位决算\n一、单位职责\n青山县实验中学是兄弟学校。\n')).toEqual([]);
    expect(quotes('2022年度青山市实验中学单位决算\n一、单位职责\n本校配合青山市市直各单位开展工作。\n')).toEqual([]);
  });

  it('says nothing when the own name is not written the same often enough', () => {
    const text = '第一部分 青山县城关第三小学概况\n纳入决算编制范围的单位为：青山县城关河第三小学本级。\n';
    expect(runRule(entityName, text).findings.filter((f) => f.message.includes('写法不一'))).toEqual([]);
  });
});

describe('entity-name: the own 本级 written with the name of the higher-level body', () => {
  const quotes = (text: string, department?: string): string[] =>
    runRule(entityName, text, department ? { department } : {}).findings.map((f) => f.evidence[0]!.quote ?? '');

  it('reports a higher-level place before the own body words in the list of units (包括：X本级、…; X机关本级和…)', () => {
    const listed = '青山县自然资源局2024年度部门决算\n纳入本部门2024年度部门决算编制范围的单位共3个，包括：青州市自然资源局本级、青山县不动产登记中心、青山县测绘队。';
    expect(quotes(listed)).toEqual(['青州市自然资源局']);
    expect(runRule(entityName, listed).findings[0]!.severity).toBe('warning');
    const composed = '2023年度部门决算公开\n沙河区教育局部门决算由江城市教育局机关本级和所属3所学校的决算组成。';
    expect(quotes(composed, '沙河区教育局')).toEqual(['江城市教育局']);
  });

  it('stays silent on the own name, the higher body named on purpose, another level of department and other body words', () => {
    const title = '青山县自然资源局2024年度部门决算\n';
    expect(quotes(`${title}编制范围的单位包括：青山县自然资源局本级、青山县测绘队。`)).toEqual([]);
    expect(quotes(`${title}上级主管部门为青州市自然资源局，业务指导单位为青州市自然资源局本级。`)).toEqual([]);
    expect(quotes(`${title}收到青州市自然资源局本级下达的转移支付资金20万元。`)).toEqual([]);
    expect(quotes(`${title}编制范围的单位包括：青州市林业局本级、青山县测绘队。`)).toEqual([]);
    // A 县级市 department: the written 市 is no higher level than its own.
    expect(quotes('浏城市自然资源局2024年度部门决算\n编制范围的单位包括：江州市自然资源局本级、浏城市测绘队。')).toEqual([]);
  });
});

describe('entity-name: the own 本级 written with the department’s name less its last word', () => {
  const quotes = (text: string): string[] => runRule(entityName, text).findings.map((f) => f.evidence[0]!.quote ?? '');
  const title = '重庆市甲山区交通局2021年度部门决算情况说明\n';

  it('reports the own unit of the 单位构成 list written without the body ending (交通（本级） for 交通局), with or without its region', () => {
    expect(quotes(`${title}纳入本部门2021年度决算编制的预算单位包括2个单位：重庆市甲山区交通（本级）：行政单位、重庆市甲山区公路养护中心：公益一类事业单位。`)).toEqual(['重庆市甲山区交通（本级）']);
    expect(quotes(`${title}预算单位包括：甲山区交通本级、甲山区公路养护中心。`)).toEqual(['甲山区交通本级']);
  });

  it('stays silent on the full name, another body’s stem, another region and a stem that is a body itself', () => {
    expect(quotes(`${title}预算单位包括：重庆市甲山区交通局（本级）：行政单位、重庆市甲山区公路养护中心。`)).toEqual([]);
    expect(quotes(`${title}区交通局本级内设7个科室。`)).toEqual([]);
    expect(quotes(`${title}预算单位包括：乙水县交通本级、甲山区公路养护中心。`)).toEqual([]);
    expect(quotes(`${title}交通本级财政拨款收入较上年增加。`)).toEqual([]);
    // The 办公室 of a government: 人民政府（本级） names the government, a body of its own.
    expect(quotes('甲山区人民政府办公室2021年度部门决算\n预算单位包括：甲山区人民政府（本级）、甲山区档案馆。')).toEqual([]);
  });
});

describe('entity-name: places only the own unit takes (政府采购支出总额, 编制单位 captions)', () => {
  const school = '2024年度青山县第三小学部门决算\n青山县第三小学是县教育局所属公益一类事业单位。\n';

  it('reports another body of the county named for the report’s own purchases, a counterpart-named body too', () => {
    for (const other of ['青山县卫生健康局', '县审计局', '青山县人大常委会办公室']) {
      const { findings } = runRule(entityName, `${school}2024年度${other}政府采购支出总额56.10万元，其中货物支出12.00万元。`);
      expect(findings.map((f) => f.evidence[0]!.quote)).toEqual([other]);
      expect(['error', 'warning']).toContain(findings[0]!.severity);
    }
  });

  it('reads a long body name there (县 + 妇幼保健计划生育服务中心, 15 characters after the date), the own long name too', () => {
    const cdc = '2024年度沔溪县疾病预防控制中心部门决算\n沔溪县疾病预防控制中心是县卫生健康局所属公益一类事业单位。\n';
    const { findings } = runRule(entityName, `${cdc}2024年度沔溪县妇幼保健计划生育服务中心政府采购支出总额1,639,340.00元。`);
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['沔溪县妇幼保健计划生育服务中心']);
    expect(runRule(entityName, `${cdc}2024年度沔溪县疾病预防控制中心政府采购支出总额1,639,340.00元。`).findings).toEqual([]);
  });

  it('stays silent on the own name, a body named as counterpart or superior, and without a department', () => {
    const own = `${school}2024年度青山县第三小学政府采购支出总额56.10万元。本年度县第三小学政府采购支出总额较上年减少。`;
    expect(runRule(entityName, own).findings).toEqual([]);
    const superior = `${school}经上级主管部门青山县教育局政府采购支出总额统一核定。`;
    expect(runRule(entityName, superior).findings).toEqual([]);
    const counterpart = `${school}本年向青山县财政局政府采购支出总额报备。`;
    expect(runRule(entityName, counterpart).findings).toEqual([]);
    expect(runRule(entityName, '2024年度青山县卫生健康局政府采购支出总额56.10万元。').findings).toEqual([]);
  });

  it('reports a 编制单位 caption naming another body where the other captions name the department', () => {
    const title = '青山县农业农村局2024年度部门决算\n';
    const caption = (name: string): string => `编制单位：${name} 单位：万元\n项目 决算数\n`;
    const text = `${title}${caption('青山县农业农村局')}${caption('青山县农业农村局')}${caption('青山市农业农村局')}单位名称：青山县水利局\n`;
    const { findings } = runRule(entityName, text);
    expect(findings.map((f) => f.evidence[0]!.quote)).toEqual(['青山市农业农村局', '青山县水利局']);
    // Captions that all write another form of the name (none the department's) are not read.
    const full = `${title}${caption('中共青山县委农村工作领导小组办公室')}${caption('中共青山县委农村工作领导小组办公室')}`;
    expect(runRule(entityName, full).findings).toEqual([]);
  });

  it('gives a caption naming a unit of a text that covers several bodies as a 提示, the same bureau of another place as a warning', () => {
    const title = '青山县农业农村局2024年度部门决算\n本部门下属单位2个。\n';
    const caption = (name: string): string => `编制单位：${name} 单位：万元\n`;
    const { findings } = runRule(entityName, `${title}${caption('青山县农业农村局')}${caption('青山县农业技术推广站')}${caption('青山市农业农村局')}`);
    expect(findings.map((f) => [f.evidence[0]!.quote, f.severity])).toEqual([
      ['青山县农业技术推广站', 'info'],
      ['青山市农业农村局', 'warning'],
    ]);
  });

  it('reports a place given amounts once under its old level among allocations under its new one (繁昌县 among 繁昌区)', () => {
    const doc = '2022年度某市公共文化服务补助资金绩效自评报告\n';
    const lines = ['1.分配湾沚区16.2万元，繁昌区16.2万元，南陵县31.2万元。', '2.分配南陵县52万元，繁昌区25万元，湾沚区23万元。', '3.分配湾沚区24.6万元，繁昌县56.5万元，南陵县74.1万元。'];
    const findings = runRule(entityName, `${doc}${lines.join('\n')}`).findings.filter((f) => f.message.includes('旧名'));
    expect(findings.map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['warning', '繁昌县']]);
    // Look-alikes: each form once (no majority); the change told in words; the old name marked 原.
    expect(runRule(entityName, `${doc}${lines.slice(1).join('\n')}`).findings).toEqual([]);
    expect(runRule(entityName, `${doc}${lines.join('\n')}\n繁昌撤县设区后资金按区拨付。`).findings).toEqual([]);
    expect(runRule(entityName, `${doc}${lines.join('\n')}\n原繁昌县56.5万元为上年结转。`).findings).toEqual([]);
  });

  it('reports a body of another province given the short name of the own province’s body', () => {
    const text = '湖北省残疾人事业发展补助资金项目2018年度绩效自评报告\n根据《湖北省省级财政项目资金绩效评价实施暂行办法》的规定，湖南省残疾人联合会（以下简称“省残联”）成立绩效自评工作专班。省残联具体组织实施了项目。';
    expect(runRule(entityName, text).findings.map((f) => f.message)).toEqual(['“湖南省残疾人联合会”简称为“省…”，即本省的机构，而标题所称为湖北省：单位名称中的地名疑有误']);
    // The own province's body, or a short name not of the province's level, is left alone.
    expect(runRule(entityName, text.replace('湖南省残疾人联合会', '湖北残疾人联合会')).findings).toEqual([]);
    expect(runRule(entityName, text.replace('的规定，湖南省', '的规定湖北省')).findings).toEqual([]);
    expect(runRule(entityName, text.replace('以下简称“省残联”', '以下简称“残联”')).findings.filter((f) => f.shape !== 'sibling-place')).toEqual([]);
  });

  it('reads the same place when the pattern takes in a character before it on both sides (a region before the title’s city, a verb before the text’s)', () => {
    const text = (body: string): string =>
      `广西玉林市园林管理处2023年度部门整体支出绩效评价报告\n受${body}财政局（以下简称“市财政局”）委托，评价组对园林管理处的支出开展了评价。`;
    // 西玉林 / 受玉林 before 市: both end with the city's two characters — the own city's finance bureau.
    expect(runRule(entityName, text('玉林市')).findings).toEqual([]);
    // Look-alike: another city after the same verb is still read as another place.
    expect(runRule(entityName, text('贵港市')).findings.map((f) => f.message)).toEqual(['“受贵港市财政局”简称为“市…”，即本市的机构，而标题所称为西玉林市：单位名称中的地名疑有误']);
  });

  it('reports a body of another county of the same city written once in a text on its own county (东山县 in a 西岭县 report)', () => {
    const text =
      '西岭县农村饮水安全巩固提升工程绩效评价报告\n西岭县水利局组织实施本项目。西岭县财政局按进度拨付资金。西岭县各乡镇配合完成入户工作。西岭县共建成集中供水点12处。项目资金由青州市东山县水务工程管理中心统一核算。西岭县群众满意度达到96%。';
    const findings = runRule(entityName, text).findings.filter((f) => f.message.includes('另一县'));
    expect(findings.map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['warning', '青州市东山县水务工程管理中心']]);
    // The same with the name wrapped inside its sentence, or spaces scattered in it.
    expect(runRule(entityName, text.replace('东山县水务', '东山县水\n务')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['青州市东山县水\n务工程管理中心']);
    expect(runRule(entityName, text.replace('东山县水务', '东 山县水务')).findings).toHaveLength(1);
    // Look-alikes: the other county named as an example or together with the own one; a list of counties; the own
    // county written too few times; a city-wide text naming several counties with the city.
    expect(runRule(entityName, text.replace('项目资金由', '学习借鉴')).findings).toEqual([]);
    expect(runRule(entityName, text.replace('项目资金由青州市东山县水务工程管理中心统一核算', '项目资金由西岭县与青州市东山县水务工程管理中心统一核算')).findings).toEqual([]);
    expect(runRule(entityName, text.replace('项目资金由青州市东山县', '项目覆盖青州市南湖县、青州市东山县')).findings).toEqual([]);
    expect(runRule(entityName, text.replace(/西岭县(财政局|各乡镇|共建成|群众)/g, '$1')).findings).toEqual([]);
  });

  it('reports a part heading 第一部分 X概况 naming another body than the title (the overview of another body pasted in)', () => {
    const text = (heading: string): string =>
      `青湖县殡仪服务中心2021年度部门决算\n目录\n第一部分 县殡仪服务中心概况\n第二部分 2021年度部门决算表\n${heading}\n一、部门主要职能\n1、负责全县遗体火化。`;
    const found = runRule(entityName, text('第一部分 县殡葬管理所概况')).findings;
    expect(found.map((f) => [f.severity, f.evidence[0]!.quote])).toEqual([['warning', '县殡葬管理所概况']]);
    expect(found[0]!.evidence.map((e) => e.quote)).toContain('青湖县殡仪服务中心2021年度部门决算');
    // The same with 单位概况 and a colon after the marker.
    expect(runRule(entityName, text('第一部分：青湖县民政局单位概况')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['青湖县民政局单位概况']);
    // Look-alikes: the own body (with or without its region, 本级), the full form of a short title name, a heading that
    // is a sentence, a generic 部门概况, a heading not of a part.
    expect(runRule(entityName, text('第一部分 青湖县殡仪服务中心概况')).findings).toEqual([]);
    expect(runRule(entityName, text('第一部分 青湖县殡仪服务中心本级概况')).findings).toEqual([]);
    expect(runRule(entityName, text('第一部分 部门概况')).findings).toEqual([]);
    expect(runRule(entityName, text('第一部分 县殡葬管理所概况，本中心受其指导')).findings).toEqual([]);
    expect(runRule(entityName, text('（一）县殡葬管理所概况')).findings).toEqual([]);
    const short = '汨罗市文旅广电局2020年度部门决算公开说明\n第一部分 汨罗市文化旅游广电局概况\n一、主要职能';
    expect(runRule(entityName, short).findings).toEqual([]);
    // A text that covers several bodies names their overviews on purpose: a 提示 at most.
    expect(runRule(entityName, `${text('第一部分 县殡葬管理所概况')}\n所属单位2个。`).findings.map((f) => f.severity)).toEqual(['info']);
  });

  it('reports a title block in the body (a name line, then a year and the report’s kind) naming another body', () => {
    // Real shape (dev 1904, a county bureau's 2024 决算 with another county's title block), new wording.
    const text = (name: string): string => `青岭县农业农村局\n2024年度部门决算情况说明\n目录\n第一部分 部门概况\n${name}\n2024年度部门决算情况说明\n部门概况\n一、部门职责`;
    expect(runRule(entityName, text('白石县农业农村局')).findings.map((f) => f.evidence[0]!.quote)).toEqual(['白石县农业农村局']);
    // Look-alikes: the own body again (with or without region); a name line followed by prose; a short title's full form.
    expect(runRule(entityName, text('青岭县农业农村局')).findings).toEqual([]);
    expect(runRule(entityName, text('县农业农村局')).findings).toEqual([]);
    expect(runRule(entityName, text('白石县农业农村局').replace(/(白石县农业农村局)\n2024年度部门决算情况说明/, '$1\n2024年对本局业务进行指导。')).findings).toEqual([]);
  });
});


describe('entity-name: a neighbouring place of the own one named once (trec)', () => {
  const of = (t: string): string[] => runRule(entityName, t).findings.filter((f) => f.shape === 'sibling-place').map((f) => f.evidence[0]!.quote ?? '');

  it('reports a county of the same province named once in a county body’s report', () => {
    const text = (slip: string): string =>
      `武隆区交通运输委员会2023年度部门决算说明\n一、主要职责\n负责武隆区公路建设和养护管理。${slip}\n二、收支情况\n武隆区交通运输委员会本年收入合计300万元。\n`;
    expect(of(text('承办南川区委、区政府交办的其他事项。'))).toEqual(['南川区委、区政府交办的其他事项']);
    expect(of(text('承办区委、区政府交办的其他事项。'))).toEqual([]);
    // Tied to the own place on purpose (与…交界, 赴…学习), or a list of several places: not read.
    expect(of(text('与南川区交界的道路由双方共同养护。'))).toEqual([]);
    expect(of(text('组织人员赴南川区学习养护经验。'))).toEqual([]);
    expect(of(text('承办南川区、綦江区的联网工作。'))).toEqual([]);
  });

  it('reports another province named once in a provincial department’s report, and a short form of an autonomous county', () => {
    expect(of('2023年度甘肃省林业和草原局部门整体支出绩效自评报告\n一、职责\n负责甘肃省林草资源保护，编制青海省林草发展规划。\n二、甘肃省林草工作成效显著。\n')).toEqual(['青海省林草发展规划']);
    expect(of('石柱土家族自治县文化馆2024年单位预算\n一、概况\n本馆是石柱土家族自治县群众文化活动中心，是彭水县重要的文化阵地。\n石柱土家族自治县文化馆本年预算80万元。\n')).toEqual(['彭水县重要的文化阵地']);
  });

  it('stays silent when the own place is named once only or the other place lies in another province', () => {
    expect(of('武隆区交通运输委员会2023年度部门决算说明\n承办南川区委交办的其他事项。\n')).toEqual([]);
    expect(of('武隆区交通运输委员会2023年度部门决算说明\n一、职责\n负责武隆区公路养护。承办海淀区委交办的其他事项。\n武隆区交通运输委员会本年收入300万元。\n')).toEqual([]);
  });
});

describe('entity-name: another place’s higher body, a sibling township, a name behind pinyin glosses (ent)', () => {
  const shapes = (t: string, shape: string): string[] => runRule(entityName, t).findings.filter((f) => f.shape === shape).map((f) => f.evidence[0]!.quote ?? '');

  it('reports a body of a higher place that does not hold the own one, and keeps the own parent’s body', () => {
    const text = (body: string): string =>
      `宜都市审计局2022年度部门整体支出绩效自评报告\n一、基本情况\n宜都市审计局是市政府工作部门，内设股室6个。\n${body}\n二、宜都市审计局全年支出420万元。\n`;
    expect(shapes(text('按照荆州市财政局的统一部署开展自评。'), 'other-place-higher-body')).toEqual(['荆州市财政局的统一部署开展自评']);
    // The city holding 宜都市 (宜昌市), a higher body named inside 《》, or tied on purpose (赴…学习): not read.
    expect(shapes(text('按照宜昌市财政局的统一部署开展自评。'), 'other-place-higher-body')).toEqual([]);
    expect(shapes(text('根据《荆州市财政局关于绩效管理的通知》开展自评。'), 'other-place-higher-body')).toEqual([]);
    expect(shapes(text('组织人员赴荆州市财政局学习绩效管理经验。'), 'other-place-higher-body')).toEqual([]);
    // A place that is no body’s name (荆州市的项目) is not read by this shape.
    expect(shapes(text('参与荆州市的项目评审工作。'), 'other-place-higher-body')).toEqual([]);
  });

  it('reports a place of the same level in the clause telling whom the unit answers to, a conjunction tying nothing there', () => {
    const text = (clause: string): string =>
      `枝江市人民检察院2021年度部门决算\n一、部门职责\n枝江市人民检察院${clause}\n二、枝江市人民检察院本年支出合计900万元。\n`;
    expect(shapes(text('对枝江市人民代表大会和宜都市人民代表大会常务委员会负责。'), 'other-place-higher-body')).toEqual(['宜都市人民代表大会常务委员会负责']);
    expect(shapes(text('对枝江市人民代表大会和枝江市人民代表大会常务委员会负责。'), 'other-place-higher-body')).toEqual([]);
    // No clause of subordination: a sibling place after 和 is tied on purpose.
    expect(shapes(text('与枝江市公安局和宜都市公安局开展联合办案。'), 'other-place-higher-body')).toEqual([]);
  });

  it('reports another township of the own county in a township’s report', () => {
    const text = (town: string): string =>
      `铜梁区安居镇人民政府2022年部门预算\n第一部分 铜梁区安居镇人民政府概况\n${town}人民政府编制数40人，实有人数38人。\n第二部分 铜梁区安居镇人民政府2022年部门预算表\n`;
    expect(shapes(text('铜梁区少云镇'), 'sibling-township')).toEqual(['铜梁区少云镇人民政府编制数40人']);
    expect(shapes(text('铜梁区安居镇'), 'sibling-township')).toEqual([]);
    // A blank between the county and the township (a copy's scattered spaces): the name is not read.
    expect(shapes(text('铜梁区 少云镇人民政府 编制 数'), 'sibling-township')).toEqual([]);
    // Tied on purpose (与…交界): not read.
    expect(shapes(text('与铜梁区少云镇交界的村由两镇'), 'sibling-township')).toEqual([]);
  });

  it('reads the own place through pinyin glosses a mirror put after the characters', () => {
    const t =
      '宜昌市秭歸(guī)縣(xiàn)水利局2023年度部门决算\n第一部分 宜昌市興山縣(xiàn)水利局概况\n一、秭歸(guī)縣(xiàn)水利局主要职责\n二、秭歸(guī)縣(xiàn)水利局本年支出300万元。\n';
    const found = runRule(entityName, t).findings.map((f) => f.evidence[0]!.quote ?? '');
    expect(found.some((q) => q.startsWith('兴山县'))).toBe(true);
  });

  it('reads the own place from a form’s own label where the title names no body', () => {
    const text = (maker: string): string =>
      `部门整体支出绩效自评报告\n（2023年度）\n部门(单位)全称：兴山县林业局（公章）\n${maker}\n一、兴山县林业局基本情况\n`;
    expect(shapes(text('荆州市财政局制'), 'other-place-higher-body')).toEqual(['荆州市财政局制']);
    expect(shapes(text('宜昌市财政局制'), 'other-place-higher-body')).toEqual([]);
  });
});

describe('entity-name: another body of the own government as the actor of the report’s own work (ent)', () => {
  const actors = (t: string): [string, string][] =>
    runRule(entityName, t)
      .findings.filter((f) => f.shape === 'own-work-subject')
      .map((f) => [f.evidence[0]!.quote ?? '', f.severity]);
  const report = (body: string): string =>
    `江宁县水利局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n江宁县水利局是县政府工作部门。\n二、绩效情况\n（三）履职效能情况。${body}\n三、下一步改进措施\n（一）加强预算管理，江宁县水利局将严格控制一般性支出。\n`;

  it('reports a sibling bureau opening a clause of the own work, before a word of its own conduct', () => {
    expect(actors(report('2023年，县交通运输局坚持把河道整治放在首位，完成清淤12公里。'))).toEqual([['县交通运输局坚持把河道整治放在首位', 'warning']]);
    expect(actors(report('2023年，县水利局坚持把河道整治放在首位，完成清淤12公里。'))).toEqual([]);
    // An abbreviation of the own name, a counterpart (财政局), joint work (配合), or the name as an object: not read.
    expect(actors('江宁县水务管理局2023年度部门整体支出绩效自评报告\n（三）履职效能情况。2023年，县水务局坚持把河道整治放在首位。\n')).toEqual([]);
    expect(actors(report('2023年，县财政局将资金及时拨付到位。'))).toEqual([]);
    expect(actors(report('2023年，县交通运输局积极配合我局完成河道整治。'))).toEqual([]);
    expect(actors(report('2023年，我局协助县交通运输局完成河道整治。'))).toEqual([]);
  });

  it('reads only the sections of the own work', () => {
    const text = '江宁县水利局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n（一）主要职能\n县交通运输局将河道管理职责移交我局。\n';
    expect(actors(text)).toEqual([]);
  });

  it('keeps a government department a warning in a text of several units, and makes another unit a 提示', () => {
    const several = (who: string): string =>
      `江宁县水利局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n江宁县水利局下设所属单位3个。\n二、下一步改进措施\n（一）加强预算管理，${who}将严格控制一般性支出。\n`;
    expect(actors(several('江宁县交通运输局'))).toEqual([['江宁县交通运输局将严格控制一般性支出', 'warning']]);
    expect(actors(several('江宁县水利工程管理站'))).toEqual([['江宁县水利工程管理站将严格控制一般性支出', 'info']]);
  });
});

describe('entity-name: a body of the same level named without the county that opens the own name', () => {
  const body = (other: string): string[] =>
    runRule(
      entityName,
      `临溪县东关镇人民政府2024年度部门整体支出绩效自评报告\n一、基本情况\n东关镇人民政府辖12个行政村。东关镇人民政府内设党政办等5个办公室。\n二、整改\n对发现的问题，已由${other}人民政府研究部署整改。\n`,
    ).findings.map((f) => f.evidence[0]!.quote ?? '');
  it('reports another stem of the same kind after a clause opener', () => {
    expect(body('西岭镇')).toEqual(['西岭镇人民政府']);
  });
  it('leaves the own body alone', () => {
    expect(body('东关镇')).toEqual([]);
  });
});

describe('entity-name: another body of the same kind named as the model the report followed', () => {
  it('reads 参照 / 参考 as opening the name', () => {
    const named = (other: string): string[] =>
      runRule(entityName, `临溪县司法局2024年度部门整体支出绩效自评报告\n临溪县司法局是县政府工作部门。临溪县司法局内设5个股室。\n本报告参考${other}司法局2023年度自评报告格式编写。\n`).findings.map((f) => f.evidence[0]!.quote ?? '');
    expect(named('东湾县')).toEqual(['东湾县司法局']);
    expect(named('临溪县')).toEqual([]);
  });
});

// (Two readings of this class, agoal's sibling-township-organ and awr's other-township-body, were folded into one.)
describe('entity-name: another township with its organ in a township report', () => {
  const report = (sentence: string): string =>
    '松岭县桃源镇人民政府2024年度部门整体支出绩效自评报告\n一、基本情况\n桃源镇辖12个行政村。桃源镇人民政府内设党政办等5个办公室。\n' + `六、结果应用\n${sentence}\n`;
  const quotes = (sentence: string): string[] => runRule(entityName, report(sentence)).findings.filter((f) => f.shape === 'sibling-township-organ').map((f) => f.evidence[0]!.quote ?? '');
  const named = (sentence: string): string[] =>
    runRule(entityName, `临溪县青石岭镇人民政府2024年度部门整体支出绩效自评报告\n青石岭镇人民政府辖9个行政村。青石岭镇人民政府内设5个办公室。\n${sentence}\n`).findings.map((f) => f.evidence[0]!.quote ?? '');
  it('reports a neighbour township\'s 党委 or 镇长 bounded by an opener', () => {
    expect(named('本报告经马家坪镇党委会议研究通过。')).toEqual(['马家坪镇党委']);
    expect(quotes('整改方案已经青石镇党委会议研究同意。')).toEqual(['青石镇党委']);
    expect(quotes('自评小组以大柳树镇镇长为组长。')).toEqual(['大柳树镇镇长']);
    // Organs listed after it (党委、政府) tie no place.
    expect(quotes('自评工作组已成立。青石镇党委、政府高度重视自评工作。')).toEqual(['青石镇党委']);
  });
  it('reports one bounded by the mark of the county above it', () => {
    expect(quotes('自评小组由松岭县大柳树镇镇长任组长。')).toEqual(['大柳树镇镇长']);
  });
  it('is silent for the own township, joint work, a neighbour named twice, and names not bounded', () => {
    expect(named('本报告经青石岭镇党委会议研究通过。')).toEqual([]);
    expect(named('（11）执行镇党委的决定。')).toEqual([]);
    expect(named('本报告经与马家坪镇党委交流后修改。')).toEqual([]);
    expect(quotes('整改方案已经桃源镇党委会议研究同意。')).toEqual([]);
    expect(quotes('与青石镇人民政府共同实施跨镇道路项目。')).toEqual([]);
    expect(quotes('整改方案已经青石镇党委会议研究同意，青石镇。')).toEqual([]);
    expect(quotes('向上争取大柳树镇镇长支持。')).toEqual([]);
    // The own name after a verb, and a verb before the own township's organ (执行镇党委决定), the verb used elsewhere.
    expect(quotes('全面加强桃源镇人民政府自身建设。')).toEqual([]);
    expect(quotes('认真执行上级部署。执行镇党委决定。')).toEqual([]);
    // A verb before the own organ tied to another body (理顺镇政府与村委会的关系), and the own organs in a list.
    expect(quotes('全年工作中，理顺镇政府与村民委员会的关系。')).toEqual([]);
    expect(quotes('在县委、县政府和镇党委的领导下开展工作。')).toEqual([]);
  });
});


describe('entity-name: the own body written short after another county\'s stem (agoal)', () => {
  const report = (sentence: string): string =>
    '澄溪县残疾人联合会2024年度部门整体支出绩效自评报告\n澄溪县残疾人联合会（以下简称“县残联”）是县委领导的人民团体。澄溪县残疾人联合会内设3个部室。\n' + `三、绩效情况\n${sentence}\n`;
  const quotes = (sentence: string): string[] => runRule(entityName, report(sentence)).findings.filter((f) => f.shape === 'own-short-name-other-stem').map((f) => f.evidence[0]!.quote ?? '');
  it('reports 岚江县残联 (a short name) and 岚江县残疾人联 (characters of the name in order)', () => {
    expect(quotes('全年工作扎实。岚江县残联共发放辅助器具560件。')).toEqual(['岚江县残联']);
    expect(quotes('全年工作扎实。岚江县残疾人联会共发放辅助器具560件。')).toEqual(['岚江县残疾人联会']);
  });
  it('is silent for the own county, a county tied on purpose, and one named twice', () => {
    expect(quotes('全年工作扎实。澄溪县残联共发放辅助器具560件。')).toEqual([]);
    expect(quotes('全年工作扎实，与岚江县残联开展交流。')).toEqual([]);
    expect(quotes('全年工作扎实。岚江县残联共发放辅助器具560件，岚江县。')).toEqual([]);
  });
});

describe('entity-name: another body\'s name read across a copy\'s line break or scattered spaces (ainv)', () => {
  it('reads another township with its organ cut by a wrap inside its sentence, and quotes it in the text as written', () => {
    const text =
      '梅岭县石桥乡人民政府2023年度部门整体支出绩效自评报告\n一、基本情况\n石桥乡辖8个行政村。石桥乡人民政府内设4个办公室。\n' +
      '六、结果应用\n自评结果已在全乡干部大会上通报，问题整改方案经龙口\n乡党委会议研究同意后印发执行。\n';
    const found = runRule(entityName, text).findings.filter((f) => f.shape === 'sibling-township-organ');
    expect(found.map((f) => f.evidence[0]!.quote)).toEqual(['龙口\n乡党委']);
    // A wrap after a closed sentence is a paragraph's end: the name before it and the line after are two texts.
    const closed = text.replace('经龙口\n乡党委会议', '经研究。\n乡党委会议');
    expect(runRule(entityName, closed).findings.filter((f) => f.shape === 'sibling-township-organ')).toEqual([]);
  });
  it('reads the own name after another county\'s stem cut by a wrap inside its sentence', () => {
    const text =
      '松溪县文化和旅游局2023年度部门整体支出绩效自评报告\n一、部门基本情况\n松溪县文化和旅游局内设股室5个。松溪县公共文化服务体系建设有序推进。\n' +
      '四、自评结论\n根据评分标准并结合年度工作完成情况综合评定，桂阳县文化和\n旅游局2023年度部门整体支出绩效自评得分90分。\n';
    const found = runRule(entityName, text).findings.filter((f) => f.shape === 'own-name-other-stem');
    expect(found.map((f) => f.evidence[0]!.quote)).toEqual(['桂阳县文化和\n旅游局']);
  });
});

describe('entity-name: another place of the own level the gazetteer does not know (atext)', () => {
  const title = '云岫县文化旅游局2024年度部门整体支出绩效自评报告\n';
  const body = (s: string): string => `${title}一、基本情况\n云岫县文化旅游局负责全县文化旅游工作。\n二、绩效情况\n${s}\n云岫县文化旅游局\n`;
  const found = (s: string): string[] => runRule(entityName, body(s), { department: '云岫县文化旅游局' }).findings.filter((f) => f.shape === 'unknown-sibling-place').map((f) => f.evidence[0]!.quote ?? '');
  it('reports another county named once where the report tells its own work', () => {
    expect(found('全年举办文艺演出120场；澄江县乡村文化广场覆盖率达到98%。')).toEqual([]);
    expect(found('全年举办文艺演出120场；澄岭县村级文化广场覆盖率达到98%。')).toEqual(['澄岭县村级文化广场覆盖率达到98%']);
    expect(found('自评结果将在澄岭县人民政府网站公开。')).toEqual(['澄岭县人民政府网站公开']);
  });
  it('is silent on a county-level compound, a place tied on purpose, or a stem written elsewhere', () => {
    expect(found('全年举办文艺演出120场；完成县级文化馆评估定级。')).toEqual([]);
    expect(found('与澄岭县交界的三个乡镇开展联合巡演。')).toEqual([]);
    expect(found('澄岭县村级文化广场覆盖率达到98%，澄岭片区演出20场。')).toEqual([]);
  });
});

describe('entity-name: a project\'s report names the body carrying it out by its level (县水务局) — atext, dev 3044, 3076', () => {
  const text = (body: string) => `龙岩县2023年度农村饮水安全工程维修养护项目支出绩效自评报告\n一、项目基本情况\n2023年初，${body}组织对全县农村供水工程进行了全面排查，共排查出需要维修养护的工程32处。\n`;
  it('is silent on the own place\'s body named by its level alone', () => {
    expect(runRule(entityName, text('县水务局')).findings).toEqual([]);
  });
  it('still reports a body named with another place', () => {
    expect(runRule(entityName, text('岷阳县水务局')).findings.map((f) => f.rule)).toEqual(['entity-name']);
  });
});
