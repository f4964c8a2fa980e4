import { describe, expect, it } from 'vitest';
import { countMismatch } from './count-mismatch.ts';
import { runRule } from './lib/run-rule.ts';

describe('count-mismatch', () => {
  it('reads a list after a colon whose clause holds the setting verb, closed by its count (内设机构包括：A、…、G8个部室; former test31 2708)', () => {
    const text = (n: number): string => `（一）内设机构设置。本馆内设机构包括：办公室、财务室、政工人事部、宣教部、陈列研究部、安保部、园林管理部${n}个部室。`;
    expect(runRule(countMismatch, text(7)).findings).toEqual([]);
    expect(runRule(countMismatch, text(8)).findings.map((f) => [f.severity, f.message])).toEqual([['warning', '写明“8个部室”，其前却列出7项']]);
    // No setting verb before the colon: not read.
    expect(runRule(countMismatch, text(8).replace('内设机构包括', '主要科室包括')).findings).toEqual([]);
  });

  it('reads a count after a conjunction by its own noun, not by the noun of the count before it (former test32 2727)', () => {
    const text = (s: string): string => `一、部门基本情况\n我局下设下属单位2个：区退役军人服务中心、区光荣院。\n自评小组${s}进行了实地核查。`;
    expect(runRule(countMismatch, text('对2个下属单位和4个镇街服务站')).findings).toEqual([]);
    // The same quantity stated twice with two values is still read.
    expect(runRule(countMismatch, text('对4个下属单位')).findings.map((f) => f.message)).toEqual([expect.stringContaining('同一数量（下属单位数）前后不一致')]);
  });

  it('reads no “X中Y” count as a second value of X (在职职工中专业技术人员 counts a part of the staff)', () => {
    const messages = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.message);
    expect(messages('本院年末在职职工120人，编内90人。在职职工中专业技术人员100人，占83%。')).toEqual([]);
    // Still found: the same quantity stated again with another value.
    expect(messages('本院年末在职职工120人，编内90人。年底在职职工118人。').length).toBe(1);
  });

  it('ends a list of names at a ， before a clause about every item (分别承担…), and splits two names ending in the measure word', () => {
    const messages = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.message);
    // Invented: five centres named, then what they do — the clause after the ， is no part of the list.
    const units = '（二）机构设置\n所属事业单位4个，分别为：甲检测中心、乙监测站、丙服务中心、丁管理所，分别承担检测、监测、服务和管理任务。';
    expect(messages(units)).toEqual([]);
    expect(messages(units.replace('4个', '5个'))).toEqual(['写明“所属事业单位5个”，其后却列出4项']);
    // Look-alike: a ， before a clause that speaks of no items (以及) ends nothing — the list is not read as four.
    expect(messages(units.replace('，分别承担', '，以及承担').replace('4个', '5个'))).toEqual([]);
    // Invented: three kinds announced, two named, each ending in 类 and joined by 和.
    const kinds = '本年资金涉及三类项目，分别是：道路养护类和桥梁检测类。';
    expect(messages(kinds)).toEqual(['写明“本年资金涉及三类项目”，其后却列出2项']);
    expect(messages(kinds.replace('三类', '两类'))).toEqual([]);
    // Look-alike: one name holding 和 whose first half does not end in 类 stays one item (no split, no finding).
    expect(messages('本年资金涉及1类项目，即：城乡和道路养护类。')).toEqual([]);
  });

  it('reads a head count broken down in the bracket right after it (SUMS.md form 3), and a list of kinds ended by ；', () => {
    const shapes = (t: string): (string | undefined)[] => runRule(countMismatch, t).findings.map((f) => f.shape);
    // Invented: a bureau's staff, the kinds in brackets after each count; 年末在职 names the staff in post by 在职 alone.
    const text = '（三）人员情况\n核定编制30名（行政12名、事业18名）；年末在职29人（行政11人、事业16人、工勤2人），退休5人。';
    expect(shapes(text)).toEqual([]);
    expect(shapes(text.replace('工勤2人', '工勤1人'))).toEqual(['breakdown-short']);
    expect(shapes(text.replace('事业18名', '事业19名'))).toEqual(['breakdown-over']);
    // Look-alike: a bracket of groups that are no kinds of post (党员, 团员), or with a word of an open list, is no breakdown.
    expect(shapes('年末在职29人（党员11人、团员6人）。')).toEqual([]);
    expect(shapes('年末在职29人（行政11人等）。')).toEqual([]);
    // 包括 kinds, then after a ； the next item of the outer list (退休人员): the list of kinds ended at the ；.
    const semi = '实有人数70人，其中在职人员50人，包括行政人员20人，事业人员30人；退休人员20人。';
    expect(shapes(semi)).toEqual([]);
    expect(shapes(semi.replace('事业人员30人', '事业人员28人'))).toEqual(['breakdown-short']);
  });

  it('reads one item per numbered line under a count whose line ends in a colon', () => {
    const messages = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.message);
    expect(messages('一、概况\n下属单位3个：\n1.甲中心\n2.乙站\n二、收支\n本年收入10万元。')).toEqual(['写明“下属单位3个”，其后却列出2项']);
    expect(messages('一、概况\n下属单位2个：\n（1）甲中心\n（2）乙站\n二、收支')).toEqual([]);
    // Paragraphs under the count (duties), a gap in the numbers, a run cut by the text's end: not read.
    expect(messages('一、概况\n主要职责3项：\n1.负责甲工作。\n2.负责乙工作。\n二、收支')).toEqual([]);
    expect(messages('一、概况\n下属单位3个：\n1.甲中心\n3.乙站\n二、收支')).toEqual([]);
    expect(messages('一、概况\n下属单位3个：\n1.甲中心\n2.乙站')).toEqual([]);
  });

  it('reads numbered lines under a count followed by a clause or two leading to the colon (单位共3个，包括本级和所属单位，具体是：)', () => {
    const messages = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.message);
    const text = (n: number): string => `一、概况\n纳入本部门决算编制范围的单位共${n}个，包括本级和所属单位，具体是：\n1.甲局（本级）\n2.甲站\n3.甲场\n4.甲中心\n二、收支`;
    expect(messages(text(4))).toEqual([]);
    expect(messages(text(3))).toEqual(['写明“纳入本部门决算编制范围的单位3个”，其后却列出4项']);
    // Look-alike: a 其中 clause lists some of them; a clause with a number is another statement.
    expect(messages('一、概况\n下属单位5个，其中：\n1.甲站\n2.乙站\n二、收支')).toEqual([]);
    expect(messages('一、概况\n下属单位5个，2024年撤并2个，现有：\n1.甲站\n2.乙站\n3.丙站\n二、收支')).toEqual([]);
  });

  it('reads no numbered list whose end is unclear: a sub-list under an item, or its own numbers going on a few lines later', () => {
    const messages = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.message);
    expect(messages('一、概况\n下设站所4个：\n1.综合站\n2.检测站\n（1）化验室\n（2）留样室\n3.推广站\n4.服务站\n二、收支')).toEqual([]);
    expect(messages('一、概况\n下设站所4个：\n1.综合站\n2.检测站\n承担全县抽检任务\n3.推广站\n4.服务站\n二、收支')).toEqual([]);
    // A list that ends before a heading is still read.
    expect(messages('一、概况\n下设站所4个：\n1.综合站\n2.检测站\n3.推广站\n二、收支')).toEqual(['写明“下设站所4个”，其后却列出3项']);
  });

  it('reads more list forms: 即, a last item joined by 和 whose halves end like the others, and 等N个 after the list', () => {
    const messages = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.message);
    expect(messages('内设科室3个，即综合科、业务科、财务科、后勤科。')).toEqual(['写明“内设科室3个”，其后却列出4项']);
    expect(messages('内设科室3个：综合科、业务科、财务科和后勤科。')).toEqual(['写明“内设科室3个”，其后却列出4项']);
    expect(messages('项目覆盖东村、西村、南村、北村、中村等4个村。')).toEqual(['写明“4个村”，其前却列出5项']);
    // 等 leaves items out; a joined name (人力资源和社会保障局); other names of one office in brackets.
    expect(messages('项目覆盖东村、西村等4个村。')).toEqual([]);
    // Behind an item number (3. or ③ alike) the subject and verb run into the first item: no plain list of names.
    expect(messages('③本局、本馆内设办公室、业务科、财务科等3个科室。')).toEqual([]);
    expect(messages('涉及部门3个：财政局、人力资源和社会保障局、审计局。')).toEqual([]);
    expect(messages('内设机构3个：办公室（挂档案室、保密室牌子）、业务科和财务科。')).toEqual([]);
  });

  it('reports the number of 下属单位 stated twice with different values (上述3个下属单位 … 下属单位4个)', () => {
    const text = (n: string): string => `本部门决算为汇总决算，包括某局本级和上述3个下属单位的收支。某局内设6个职能股室，下属单位${n}个，均为公益一类事业单位。`;
    expect(runRule(countMismatch, text('3')).findings).toEqual([]);
    expect(runRule(countMismatch, text('4')).findings.map((f) => f.calculation)).toEqual(['3个 ≠ 4个']);
  });

  it('accepts a stated count that matches its list', () => {
    expect(runRule(countMismatch, '内设机构3个，分别为：办公室、财务股、人事股。').findings).toEqual([]);
  });

  it('reports a stated count that differs from its list', () => {
    const { findings } = runRule(countMismatch, '内设机构4个，分别为：办公室、财务股、人事股。');
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('3项');
  });

  it('reads a last item joined by 和 as possibly two items, and a name with 和 as possibly one', () => {
    expect(runRule(countMismatch, '本会有3个内设机构，分别是秘书股、业务股和康复站。').findings).toEqual([]);
    expect(runRule(countMismatch, '本会有2个内设机构，分别是秘书股、人力资源和社会保障股。').findings).toEqual([]);
    // Neither reading gives 5: still a contradiction.
    const { findings } = runRule(countMismatch, '本会有5个内设机构，分别是秘书股、业务股和康复站。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('error');
  });

  it('does not take a count after 其中 for the whole quantity', () => {
    expect(runRule(countMismatch, '本部门年末实有人数12人，其中在职人员7人，离休人员0人；年末其他人员2人。').findings).toEqual([]);
    expect(runRule(countMismatch, '本部门年末实有人数12人。\n机关在职人员7人。').findings).toHaveLength(1);
  });

  it('makes a list opened by 包括 that names fewer items than the count a 提示 (it may name only some)', () => {
    const text = '我院内设职能部门6个，包括办公室、政治部、立案庭、执行局。另有两个派出法庭。';
    expect(runRule(countMismatch, text).findings.map((f) => f.severity)).toEqual(['info']);
    expect(runRule(countMismatch, text.replace('包括', '分别为')).findings.map((f) => f.severity)).toEqual(['error']);
    // More items than the count is a contradiction whatever the opener.
    expect(runRule(countMismatch, '内设机构2个，包括办公室、财务股、业务股。').findings.map((f) => f.severity)).toEqual(['error']);
  });

  it('makes a 包括 list of the units of a 决算 that names fewer than its count an error (the form lists them all)', () => {
    const text = '纳入棠溪县公安局2024年度部门决算编制范围的单位共3个，包括：棠溪县公安局（本级）、棠溪县看守所。';
    expect(runRule(countMismatch, text).findings.map((f) => f.severity)).toEqual(['error']);
    expect(runRule(countMismatch, text.replace('共3个', '共2个')).findings).toEqual([]);
  });

  it('ignores open-ended lists (等)', () => {
    expect(runRule(countMismatch, '内设机构4个，包括：办公室、财务股等。').findings).toEqual([]);
  });

  it('reports the staff in post stated twice with different values', () => {
    const { findings } = runRule(countMismatch, '在职人员30人，离退休人员40人。\n全局34名干部职工参与结对帮扶。');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.calculation).toBe('30人 ≠ 34名');
  });

  it('takes two staff counts in clauses naming different groups (行政编制 / 事业编制) for those groups’ counts', () => {
    const text = '某区人民法院部门行政编制362人，实有人数344人；事业编制33人，实有人数30人。';
    expect(runRule(countMismatch, text).findings).toEqual([]);
    // Under the same group the two counts still disagree (the second clause is no record of its own: no count beside it).
    expect(runRule(countMismatch, text.replace('事业编制33人，', '行政编制')).findings).toHaveLength(1);
    // A line wrapped inside a clause (实有人数⏎344人) does not end it; a line ending its clause does.
    expect(runRule(countMismatch, text.replace('实有人数344人', '实有人数\n344人')).findings).toEqual([]);
    expect(runRule(countMismatch, '一、行政编制362人。\n二、实有人数344人；\n三、实有人数30人。').findings).toHaveLength(1);
  });

  it('takes two counts in clauses of the same shape (编制人数N人，实有人数M人；…编制人数n人，实有人数m人) for two bodies’ records', () => {
    const text = '单位内设一个科室：办公室，编制人数4人，实有人数4人；内设一个事业科室，编制人数1人，实有人数1人。';
    expect(runRule(countMismatch, text).findings).toEqual([]);
    // Also over two sentences; but a clause with no other count beside it is no record, and the counts disagree.
    expect(runRule(countMismatch, text.replace('；', '。')).findings).toEqual([]);
    expect(runRule(countMismatch, text.replace('编制人数1人，', '')).findings).toHaveLength(1);
    // Two counts in one clause are no two records.
    expect(runRule(countMismatch, '办公室编制人数4人，实有人数4人，实有人数1人。').findings).toHaveLength(1);
  });

  it('does not take the authorised establishment (人员编制) for the staff in post', () => {
    const text = '截至2018年12月统计，部门基本情况如下：在职人员编制202人，其中：行政编制199人，工勤编制3人。在职实有241人，其中：财政全供养241人。';
    expect(runRule(countMismatch, text).findings).toEqual([]);
    expect(runRule(countMismatch, '在职人员202人。在职实有241人。').findings).toHaveLength(1);
  });

  it('does not count a list that runs to the end of the text (a page cut mid-list)', () => {
    expect(runRule(countMismatch, '内设机构5个，分别为：办公室、财务股、业务股').findings).toEqual([]);
    expect(runRule(countMismatch, '内设机构5个，分别为：办公室、财务股、业务股。').findings).toHaveLength(1);
  });

  it('does not count a list cut on the last line of the text even with blank lines after it', () => {
    expect(runRule(countMismatch, '一、主要职能\n内设机构5个，包括：办公室、财务股、业务\n\n').findings).toEqual([]);
    expect(runRule(countMismatch, '内设机构5个，包括：办公室、财务股、业务股\n二、人员情况\n在职3人。\n').findings).toHaveLength(1);
  });

  it('takes three or more different staff counts for several bodies, not one count misstated', () => {
    const text = '机关行政编制50名，实有人员45人；妇儿工委办公室编制4名，实有人员3人；保育院编制41名，实有人员30人。';
    expect(runRule(countMismatch, text).findings).toEqual([]);
  });

  it('does not mix retirees, new hires or party members into the staff count', () => {
    const text = '在职人员30人，离退休人员40人。引进事业编干部2名。培养3名年轻干部入党。全局30名干部职工。';
    expect(runRule(countMismatch, text).findings).toEqual([]);
  });
});

describe('count-mismatch: points in time', () => {
  it('does not compare the year-start head count with the year-end one', () => {
    expect(runRule(countMismatch, '年初在职人员32人，年末在职人员30人。全局30名干部职工。').findings).toEqual([]);
  });

  it('reads a list opened by a colon typed after a stop (单位。：分别是…)', () => {
    const text = '本单位内设8个科室下属 6个单位。：分别是炉山中学、炉山小学、炉山二小、紫荆小学、洛棉小学和炉山中心幼儿园单位。\n编制数212人。';
    expect(runRule(countMismatch, text).findings).toEqual([]);
    expect(runRule(countMismatch, text.replace('6个单位', '7个单位')).findings.map((f) => f.message)).toEqual(['写明“科室下属7个单位”，其后却列出6项']);
  });

  it('reads a list of names joined by ， as one joined by 、', () => {
    const text = '本局下属5个单位，分别是：城区中学，城区小学，东关小学，西街小学和实验幼儿园。\n编制数80人。';
    expect(runRule(countMismatch, text).findings).toEqual([]);
    expect(runRule(countMismatch, text.replace('5个单位', '6个单位')).findings.map((f) => f.message)).toEqual(['写明“下属6个单位”，其后却列出5项']);
  });

  it('reads a piece opening with a copula (，为行政单位) as what the name before it is, not a name of its own', () => {
    // audit-pdf 830–839: 单位共1个，即某局本级，为行政单位 — one unit; its kind is no second item.
    const text = (n: number, kind: string): string => `纳入霁阳县司法局2024年度部门决算编制范围的单位共${n}个，即霁阳县司法局本级，${kind}。\n截至2024年12月31日。`;
    expect(runRule(countMismatch, text(1, '为行政单位')).findings).toEqual([]);
    expect(runRule(countMismatch, text(1, '系参照公务员法管理的事业单位')).findings).toEqual([]);
    // Look-alike: a second name after the comma is still an item of the list.
    expect(runRule(countMismatch, text(1, '霁阳县法律援助中心')).findings.map((f) => f.message)).toEqual(['写明“纳入霁阳县司法局2024年度部门决算编制范围的单位1个”，其后却列出2项']);
  });

  it('reports a count pointed back to (这N个, 上述N所) that differs from the count it repeats', () => {
    const run = (text: string) => runRule(countMismatch, text).findings.filter((f) => f.message.includes('回指'));
    const defect = '全市尚有11个乡和民族乡未通客运班车，而这10个乡镇大多地处山区。';
    expect(run(defect).map((f) => [f.severity, f.evidence.map((e) => e.quote), f.calculation])).toEqual([['warning', ['这10个', '11个'], '11 ≠ 10']]);
    expect(run('今年新建的七所幼儿园为东园，西园，南园，北园，中园，新园和春园。各园均已开学。上述六所幼儿园共招生900人。').map((f) => f.calculation)).toEqual(['7 ≠ 6']);
    // Look-alikes: the same count; a subset picked out (其中, a 、 list) before it; an approximate or ordinal count;
    // 一个 as an article; another measure word.
    expect(run('全市有11个乡和民族乡，这11个乡镇大多地处山区。')).toEqual([]);
    expect(run('项目覆盖5个村，其中3个村已完工，这3个村共安装路灯40盏。')).toEqual([]);
    expect(run('项目覆盖5个村，东村、西村已完工，这两个村共安装路灯40盏。')).toEqual([]);
    expect(run('项目覆盖5个以上村组，这4个村组已完工。')).toEqual([]);
    expect(run('已建成第5个村级站点，这4个村的群众受益。')).toEqual([]);
    expect(run('新建一个服务中心，这两个中心分工负责。')).toEqual([]);
    expect(run('培训5期，这4场培训均已完成。')).toEqual([]);
  });

  it('reports the counts of a breakdown whose amounts make the total but whose counts do not (审定368宗 … 其中预算173宗 … 结算185宗)', () => {
    const run = (text: string) => runRule(countMismatch, text).findings.filter((f) => f.message.includes('金额合计'));
    const defect = '全年受理信访事项212件，涉及金额86.40万元，其中来信97件，涉及金额31.25万元；来访105件，涉及金额55.15万元。';
    expect(run(defect).map((f) => [f.severity, f.evidence.map((e) => e.quote), f.calculation])).toEqual([['warning', ['212件', '97件', '105件'], '97件 + 105件 = 202件 ≠ 212件']]);
    // Look-alikes: the counts add up; the amounts do not close (a partial list: 其中 names some parts only); a part
    // without its own count; another measure word.
    expect(run(defect.replace('212件', '202件'))).toEqual([]);
    expect(run(defect.replace('55.15万元', '40.15万元'))).toEqual([]);
    expect(run(defect.replace('来访105件，', '来访，'))).toEqual([]);
    expect(run(defect.replace('来访105件', '来访105人次'))).toEqual([]);
    // The amount broken down, with a count of a measure word no figure takes (宗, 笔) before each part's amount.
    const cases = '全年评审工程结算96宗，送审金额4.83亿元，其中房建类51宗，送审金额2.95亿元，市政类42宗，送审金额1.88亿元。';
    expect(run(cases).map((f) => f.calculation)).toEqual(['51宗 + 42宗 = 93宗 ≠ 96宗']);
    expect(run(cases.replace('96宗', '93宗'))).toEqual([]);
    expect(run(cases.replace('1.88亿元', '1.38亿元'))).toEqual([]);
  });
});

describe('count-mismatch: a head count against its kinds', () => {
  const of = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => `${f.severity} ${f.calculation}`);

  it('reads an establishment, retirees, a year-end head count and cars broken down by kind', () => {
    expect(of('本所核定编制人数28人，其中行政编制17人、事业编制9人。')).toEqual(['warning 17人 + 9人 = 26人 ≠ 28人']);
    expect(of('全站离退休职工52人，其中离休人员3人，退休人员50人。')).toEqual(['warning 3人 + 50人 = 53人 ≠ 52人']);
    expect(of('截至年底实有人数31人，其中在职人员22人，离休人员0人，退休人员8人；其他人员0人。')).toEqual(['warning 22人 + 0人 + 8人 + 0人 = 30人 ≠ 31人']);
    expect(of('现有车辆11辆，其中执法执勤用车6辆、特种专业技术用车4辆。')).toEqual(['warning 6辆 + 4辆 = 10辆 ≠ 11辆']);
    // 参照公务员管理事业编制 is a 参公 post, not a second 事业 one; 名 and 人 count alike.
    expect(of('人员编制70名，其中参照公务员管理事业编制41名，事业编制27人。')).toEqual(['warning 41名 + 27人 = 68名 ≠ 70名']);
  });

  it('reads the kinds up to another whole that opens the next statement', () => {
    expect(of('编制人数40人，其中行政编制19人、事业编制23人，实有人数38人。')).toEqual(['warning 19人 + 23人 = 42人 ≠ 40人']);
  });

  it('stays silent where the kinds may leave some out, or the parts are of another sort', () => {
    // Agreeing parts; a head count without its 退休 (they may be the rest); retirees with 离休 only.
    expect(of('本所核定编制人数28人，其中行政编制17人、事业编制11人。')).toEqual([]);
    expect(of('实有人数31人，其中在职人员22人，离休人员0人。')).toEqual([]);
    expect(of('离退休职工52人，其中离休人员3人。')).toEqual([]);
    // A part of another sort (空编, 党员), a kind named twice, a note in brackets on the part before.
    expect(of('核定编制人数28人，其中行政编制17人、事业编制9人，空编2人。')).toEqual([]);
    expect(of('在职人员30人，其中党员12人、团员9人。')).toEqual([]);
    expect(of('核定编制28人，其中行政编制17人、事业编制9人，本年新增事业编制2人。')).toEqual([]);
    expect(of('在职人员64人，其中行政32人（包括工勤3人），事业32人。')).toEqual([]);
    // A total that is itself a kind (事业编制…其中…), a change, a closing total after its parts.
    expect(of('事业编制30人，其中参公编制20人、工勤编制8人。')).toEqual([]);
    expect(of('编制人数比上年减少5人，其中行政编制2人、事业编制2人。')).toEqual([]);
    expect(of('行政编制17人，事业编制9人，合计28人。')).toEqual([]);
  });
});

describe('count-mismatch: more list shapes', () => {
  const of = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => `${f.severity} ${f.message}`);

  it('reads two names joined by 和 as two items, a joined name as one', () => {
    expect(of('本中心内设机构3个：综合室和检测科；无下属单位。')).toEqual(['error 写明“本中心内设机构3个”，其后却列出2项']);
    expect(of('本中心内设机构2个：综合室和检测科；无下属单位。')).toEqual([]);
    // 住房和城乡建设股: 住房 ends as no unit's name, so it may be one name.
    expect(of('本中心内设机构2个：住房和城乡建设股。')).toEqual([]);
  });

  it('reads a count written in Chinese numerals before its list', () => {
    expect(of('本院内设十一个科室，分别为：门诊部、住院部、药剂科、检验科、放射科。')).toEqual(['error 写明“本院内设十一个科室”，其后却列出5项']);
    expect(of('本院下设三所分院，分别为：东院、西院、北院。')).toEqual([]);
    // 一个 is an article; 第三个 an ordinal.
    expect(of('成立一个工作专班，包括：组长、副组长、成员。')).toEqual([]);
    expect(of('第三个项目：道路工程、桥梁工程。')).toEqual([]);
  });

  it('reads items numbered within the sentence, and names separated by ；', () => {
    expect(of('本年实施项目3个，分别是：1.乡村道路硬化项目；2.农田灌溉渠修缮项目；3.村级卫生室改造项目；4.饮水安全巩固项目。')).toEqual(['error 写明“本年实施项目3个”，其后却列出4项']);
    expect(of('下属单位2个，分别是：（1）县农技站；（2）县植保站。')).toEqual([]);
    expect(of('下设股室5个：综合股；计划股；统计股；审批股。')).toEqual(['error 写明“下设股室5个”，其后却列出4项']);
    expect(of('下设股室4个：综合股；计划股；统计股；审批股。')).toEqual([]);
  });

  it('stays silent on numbered items that go on past the stop, long items, or a list cut at the text end', () => {
    expect(of('主要工作3项，分别是：1.加强预算管理。2.完善内控制度。3.强化绩效监控。4.提升服务水平。')).toEqual([]);
    expect(of('实施项目2个，分别是：1.乡村道路硬化项目，全长十二公里，涉及沿线多个行政村共计数千户群众日常出行和农产品运输需求的道路建设；2.桥梁加固项目；3.路灯安装项目。')).toEqual([]);
    expect(of('本年实施项目3个，分别是：1.乡村道路硬化项目；2.农田灌溉渠修缮项目')).toEqual([]);
    expect(of('内设机构3个：办公室、财务科、业务科、')).toEqual([]);
    // A ；-piece that is a clause, not a name; a partial 等 list; a count of something else beside the list.
    expect(of('内设机构3个：办公室；承担日常运转工作。')).toEqual([]);
    expect(of('下属单位3个，包括：县农技站、县植保站等。')).toEqual([]);
    expect(of('项目覆盖3个乡镇5个村：东村、西村、南村、北村、中村。')).toEqual([]);
    expect(of('内设科室5个，其中2个业务科室：甲科、乙科。')).toEqual([]);
  });
});

describe('count-mismatch: a list closed by its total, and names one a line', () => {
  const of = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => `${f.severity} ${f.message}`);

  it('reads A、B、C共N个 as a complete list of the counted kind', () => {
    expect(of('本所设综合室、检测室和质控室共4个科室。')).toEqual(['error 写明“4个科室”，其前却列出3项']);
    expect(of('本所设综合室、检测室和质控室共3个科室。')).toEqual([]);
    // A count of something else beside the list (projects in the villages listed): not read.
    expect(of('在东村、西村共实施5个项目。')).toEqual([]);
    expect(of('东村、西村合计7个项目。')).toEqual([]);
  });

  it('reads one name a line under a count, when the run ends at a heading', () => {
    expect(of('一、基本情况\n下设股室4个：\n综合股\n审批股\n执法股\n二、收支情况')).toEqual(['error 写明“下设股室4个”，其后却列出3项']);
    expect(of('一、基本情况\n下设股室3个：\n综合股\n审批股\n执法股\n二、收支情况')).toEqual([]);
    // Cut by the text's end or a page's foot; lines that are clauses of duties, not names.
    expect(of('一、基本情况\n下设股室4个：\n综合股\n审批股\n执法股')).toEqual([]);
    expect(of('一、基本情况\n下设股室4个：\n综合股\n审批股\n\n- 3 -\n执法股\n二、收支情况')).toEqual([]);
    expect(of('一、基本情况\n主要职责3项：\n负责预算\n负责决算\n二、收支情况')).toEqual([]);
  });
});

describe('count-mismatch: lists in brackets, after a setting verb, and labelled by ordinals (trec)', () => {
  const of = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => `${f.severity} ${f.message}`);

  it('reads the bracketed list right after a count and its noun', () => {
    expect(of('本院现有3个重点专科（骨伤科、康复科、针灸科、推拿科），技术力量雄厚。')).toEqual(['error 写明“本院现有3个重点专科”，其后却列出4项']);
    expect(of('本院现有4个重点专科（骨伤科、康复科、针灸科、推拿科），技术力量雄厚。')).toEqual([]);
    // A bracket naming only some (含, 其中), one open-ended (等), a cut bracket, names of another kind: not read.
    expect(of('项目覆盖5个乡镇（含城南镇、城北镇），惠及群众。')).toEqual([]);
    expect(of('本院现有3个重点专科（骨伤科、康复科等），技术力量雄厚。')).toEqual([]);
    expect(of('本院现有3个重点专科（骨伤科、康复科')).toEqual([]);
    expect(of('全年开展4次培训（春季、秋季），效果良好。')).toEqual([]);
  });

  it('reads a list of unit names after 内设 / 下设 closed by its count without 等 or 共', () => {
    expect(of('本站编制9人，下设综合股、检测股和推广股2个股室，实有8人。')).toEqual(['error 写明“2个股室”，其前却列出3项']);
    expect(of('本站编制9人，下设综合股、检测股和推广股3个股室，实有8人。')).toEqual([]);
    // The counted noun is no kind of unit (projects in the villages), or an item is no unit's name: not read.
    expect(of('下设东坪村、西坪村2个项目点。')).toEqual([]);
    expect(of('内设办公室、负责统计工作2个机构。')).toEqual([]);
    // A joined item whose first half ends as some unit (图书馆) but not as the list's items: may be one name.
    expect(of('本局内设财务处、规划与建设处、图书馆与档案处、督查处4个处室。')).toEqual([]);
  });

  it('reads a body’s make-up, 由A、B、C N家单位组成, as the whole list: a 警告 (former test34 2766)', () => {
    expect(of('本部门决算由县林业和草原局机关、县林业工作站、县草原站4家单位组成。')).toEqual(['warning 写明“4家单位组成”，其前却列出3项']);
    expect(of('本部门决算由县林业和草原局机关、县林业工作站、县草原站3家单位组成。')).toEqual([]);
    // Look-alikes: a subordinate word (局机关和所属A、B、C3家单位: the count may leave the 机关 out); no closer after the
    // noun; items that are no units' names.
    expect(of('本部门决算由局机关和所属区绿化管理所、区市容环境卫生管理所、区林业站3家单位组成。')).toEqual([]);
    expect(of('本部门决算由县林业和草原局机关、县林业工作站、县草原站4家单位编制。')).toEqual([]);
    expect(of('本项目由东坪村、西坪村3个单位组成。')).toEqual([]);
  });

  it('reads a list whose own endings decide a joined name as one', () => {
    expect(of('本局内设机构六个，分别是：秘书股、计划股、规划与审批股、执法与监察股、信息股。')).toEqual(['error 写明“本局内设机构六个”，其后却列出5项']);
    expect(of('本局内设机构五个，分别是：秘书股、计划股、规划与审批股、执法与监察股、信息股。')).toEqual([]);
  });

  it('reads items labelled 任务一 … 任务四 or 一是 … 三是 in the sentence after the count', () => {
    expect(of('本年度确定4项重点任务：任务一，完成道路养护；任务二，完成桥梁检测；任务三，完成路灯维修。\n二、收支')).toEqual(['error 写明“本年度确定4项重点任务”，其后却列出3项']);
    expect(of('本年度确定3项重点任务：任务一，完成道路养护；任务二，完成桥梁检测；任务三，完成路灯维修。\n二、收支')).toEqual([]);
    expect(of('主要抓了2项工作：一是规范资金拨付；二是加强项目监管；三是开展绩效自评。\n二、收支')).toEqual(['error 写明“主要抓2项工作”，其后却列出3项']);
    // The items going on past the stop, the list at the text's end, labels of another word: not read.
    expect(of('本年度确定2项重点任务：任务一，完成道路养护；任务二，完成桥梁检测。任务三，完成路灯维修。\n二、收支')).toEqual([]);
    expect(of('本年度确定4项重点任务：任务一，完成道路养护；任务二，完成桥梁检测。')).toEqual([]);
    expect(of('本年度确定4项重点任务：阶段一，完成道路养护；阶段二，完成桥梁检测。\n二、收支')).toEqual([]);
  });
});

describe('count-mismatch: a count against numbered lines whose amounts add up to the stated whole (former test34 2771)', () => {
  const found = (t: string): string[] => runRule(countMismatch, t).findings.filter((f) => f.shape === 'summed-list').map((f) => f.calculation ?? '');
  const text = (count: string, last = '4.科技金融服务，预算100.00万元，绩效目标为促成技术合同登记额不低于30亿元。'): string =>
    `九、预算绩效目标设置情况\n2025年本部门${count}个项目全部编制了绩效目标，涉及项目支出预算1000.00万元。主要项目绩效目标如下：\n1.研发投入补助，预算500.00万元，绩效目标为资助企业不少于420家。\n2.创新载体建设，预算300.00万元，绩效目标为新认定载体不少于15个。\n3.高新技术企业培育，预算100.00万元。\n${last}\n本部门将开展绩效运行监控。\n`;
  it('reads the lines as the whole list when their amounts make the whole exactly', () => {
    expect(found(text('5'))).toEqual(['列举 4 项（500.00 + 300.00 + 100.00 + 100.00 = 1000.00）≠ 5个']);
    expect(found(text('4'))).toEqual([]);
  });
  it('is silent when the amounts do not make the whole (the lines may be some of the items) or a line holds two amounts', () => {
    expect(found(text('5', '4.科技金融服务，预算90.00万元。'))).toEqual([]);
    expect(found(text('5', '4.科技金融服务，预算60.00万元，其中本级40.00万元。'))).toEqual([]);
  });
});

describe('count-mismatch: a list closed by 等 and a count of kinds, proven complete by a later breakdown (former test34 2763)', () => {
  const found = (t: string): string[] => runRule(countMismatch, t).findings.filter((f) => f.shape === 'open-list-summed').map((f) => f.calculation ?? '');
  const text = (kinds: string, last = '返贫致贫人口0.17万人'): string =>
    `对特困人员、低保对象、返贫致贫人口等${kinds}类困难群众个人缴费部分给予资助。\n2.困难群众资助参保人数：年度目标不少于1.32万人，实际1.35万人。资助特困人员0.06万人、低保对象1.12万人、${last}。\n`;
  it('reads the names as all the kinds when their later counts make the total exactly', () => {
    expect(found(text('四'))).toEqual(['列举 3 项（0.06 + 1.12 + 0.17 = 1.35）≠ 四类']);
    expect(found(text('三'))).toEqual([]);
  });
  it('is silent where the counts do not make the total (等 may leave kinds out) or a name is not counted', () => {
    expect(found(text('四', '返贫致贫人口0.15万人'))).toEqual([]);
    expect(found(text('四', '其他人员0.17万人'))).toEqual([]);
  });
});

describe('count-mismatch: a count of two or more announced with one name', () => {
  const shapes = (t: string): string[] => runRule(countMismatch, t).findings.filter((f) => f.shape === 'one-name-for-count').map((f) => f.message);
  it('reports a whole count followed by a single name where it claims the list', () => {
    expect(shapes('纳入本年度部门预算编制范围的单位共2个，为某县第三人民医院。')).toEqual(['写明共2个，其后却只列出1个：“某县第三人民医院”']);
    expect(shapes('下属单位共3家，分别为某市水文监测站；')).toHaveLength(1);
  });
  it('stays silent on a kind, a list, a count of one, an open list or a list set out below', () => {
    expect(shapes('纳入本年度部门预算编制范围的单位共2个，均为全额拨款事业单位。')).toEqual([]);
    expect(shapes('纳入本年度部门预算编制范围的单位共2个，为某县第三人民医院和某县中医院。')).toEqual([]);
    expect(shapes('纳入本年度部门预算编制范围的单位共1个，为某县第三人民医院。')).toEqual([]);
    expect(shapes('纳入本年度部门预算编制范围的单位共2个，为：\n某县第三人民医院\n某县中医院')).toEqual([]);
    expect(shapes('全年新建村级服务站2个，为群众提供便利。')).toEqual([]);
    expect(shapes('全年共建成村级服务站2个，为群众提供便利。')).toEqual([]);
  });
});

describe('count-mismatch: a list whose last name carries the counted noun, ended by a comma (agoal)', () => {
  const msgs = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.message);
  it('reads 城关、河口…卫生院， as the whole list and compares its length', () => {
    expect(msgs('全县设乡镇卫生院6个，分别为城关、河口、白塔、龙潭、石门卫生院，卫生院人员经费由县财政保障。')).toEqual([expect.stringContaining('5项')]);
    expect(msgs('全县设乡镇卫生院5个，分别为城关、河口、白塔、龙潭、石门卫生院，卫生院人员经费由县财政保障。')).toEqual([]);
  });
  it('does not end a list at a comma where another name carries the ending too (full names, not a shared ending)', () => {
    expect(msgs('全县设乡镇卫生院6个，分别为城关卫生院、河口、白塔、龙潭、石门卫生院，卫生院人员经费由县财政保障。')).toEqual([]);
  });
});

describe('count-mismatch: indicator counts against the indicator table below them (agoal)', () => {
  const table = (rows: string): string =>
    `本年度共设定绩效指标${'{N}'}个，其中产出指标3个、效果指标2个，具体详见下表：\n一级指标\t二级指标\t目标值\t完成值\n${rows}\n二、分析\n总体较好。\n`;
  const rows5 = '产出\t图书采购册数\t≥5000册\t5200册\n\t读者活动场次\t≥40场\t46场\n\t流动书车下乡\t≥24次\t24次\n效果\t年接待读者\t≥8万人次\t8.6万人次\n\t读者满意度\t≥90%\t95%';
  const msgs = (n: number, rows: string): string[] => runRule(countMismatch, table(rows).replace('{N}', String(n))).findings.filter((f) => f.shape === 'indicator-count-over-table').map((f) => f.calculation ?? '');
  it('is silent when the counts and the rows agree, merged kind cells going on', () => {
    expect(msgs(5, rows5)).toEqual([]);
  });
  it('reports a total or a kind that the rows do not bear out', () => {
    expect(msgs(6, rows5)).toEqual(['5 ≠ 6']);
    expect(msgs(5, rows5.replace('\n\t流动书车下乡\t≥24次\t24次', '\n效果\t流动书车下乡\t≥24次\t24次'))).toEqual(['2 ≠ 3', '3 ≠ 2']);
  });
});

describe('count-mismatch: a list ended by a comma after its last name, which ends with the counted noun', () => {
  const quotes = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.evidence[0]!.quote ?? '');
  it('reads the names up to that comma', () => {
    expect(quotes('全县设中心卫生院5个，分别为龙潭、石坝、青杠、土桥中心卫生院，卫生院经费纳入县级预算。')).toEqual(['全县设中心卫生院5个']);
    expect(quotes('全县设中心卫生院4个，分别为龙潭、石坝、青杠、土桥中心卫生院，卫生院经费纳入县级预算。')).toEqual([]);
  });
  it('does not cut a list whose last piece is no such name', () => {
    expect(quotes('全县设中心卫生院5个，分别为龙潭、石坝、青杠、土桥，卫生院经费纳入县级预算。')).toEqual([]);
  });
});

describe('count-mismatch: a list whose names share the counted noun, cut by a copy\'s wrap or spaces (ainv)', () => {
  const text = (list: string): string => `（二）机构设置\n局下属单位2个。全县共设基层卫生院9个，分别为${list}卫生院，卫生院经费纳入局本级预算。\n`;
  it('reads the names across a line break or a space inside one of them, and inside the opener', () => {
    const found = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.message);
    expect(found(text('东岭、西岭、南坡、北坡、桂\n花、梅溪、竹园、枫桥'))).toEqual(['写明“全县共设基层卫生院9个”，其后却列出8项']);
    expect(found(text('东岭、西岭、南坡、北坡、桂 花、梅溪、竹园、枫桥').replace('分别为', '分别 为'))).toEqual(['写明“全县共设基层卫生院9个”，其后却列出8项']);
    // Nine names: no contradiction.
    expect(found(text('东岭、西岭、南坡、北坡、桂\n花、梅溪、竹园、枫桥、松林'))).toEqual([]);
  });
});

describe('count-mismatch: names set off by ， or ；, long unit names, and the clause after them (ainv)', () => {
  const found = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.message);
  it('reads a ，- or ；-list whose units have long full names', () => {
    const list = (sep: string): string => `（二）机构设置\n县交通运输局内设股室四个，分别为：办公室${sep}规划建设股${sep}农村公路建设养护和路政管理股${sep}运输服务和交通安全监督管理股${sep}财务审计股。\n`;
    expect(found(list('，'))).toEqual(['写明“县交通运输局内设股室四个”，其后却列出5项']);
    expect(found(list('；'))).toEqual(['写明“县交通运输局内设股室四个”，其后却列出5项']);
    // A long piece that ends as no unit's name does is a clause: no list read.
    expect(found(list('，').replace('规划建设股', '负责全局规划和建设项目的日常管理工作'))).toEqual([]);
  });
  it('ends a ，-list before a clause speaking of every item, and after the name carrying the counted noun', () => {
    expect(found('（二）机构设置\n下属事业单位2个，分别为县公路养护中心，县运输服务中心，均纳入部门预算统一管理。\n')).toEqual([]);
    expect(found('（二）机构设置\n全县设交通管理站6个，分别为城关，河口，青山，柳林，石门交通管理站，交通管理站经费纳入局本级预算。\n')).toEqual(['写明“全县设交通管理站6个”，其后却列出5项']);
  });
  it('ends a ；-list at the ， after the name carrying the counted noun, or before a clause of every item', () => {
    expect(found('（二）机构设置\n全县设交通管理站6个，分别为城关；河口；青山；柳林；石门交通管理站，交通管理站经费纳入局本级预算。\n')).toEqual(['写明“全县设交通管理站6个”，其后却列出5项']);
    expect(found('（二）机构设置\n下属事业单位2个，分别为县公路养护中心；县运输服务中心；县港航服务中心，均纳入部门预算统一管理。\n')).toEqual(['写明“下属事业单位2个”，其后却列出3项']);
    // Pieces of no one kind and no shared noun: no list read.
    expect(found('（二）机构设置\n全县设交通管理站6个，分别为城关；河口；青山；柳林；石门，经费纳入局本级预算。\n')).toEqual([]);
  });
});


describe('count-mismatch: a count glued to the last name of its list (atext)', () => {
  const calc = (t: string): string[] => runRule(countMismatch, t).findings.map((f) => f.calculation ?? '');
  it('reports a count right after a 、 list of names that is not their number', () => {
    expect(calc('全年在东坪、西岭、北塘、南湾、上河5个村开展人居环境整治。')).toEqual([]);
    expect(calc('全年在东坪、西岭、北塘、南湾、上河6个村开展人居环境整治。')).toEqual(['列举 5 项 ≠ 6个']);
  });
  it('is silent on a count far from the names, a name holding 及 or 等, names of another kind, or fewer than three names', () => {
    expect(calc('全年在东坪、西岭、北塘抽查15所学校。')).toEqual([]);
    expect(calc('全年在东坪、西岭、北塘及6个村开展人居环境整治。')).toEqual([]);
    expect(calc('全年在东坪镇、西岭镇、北塘镇4个村开展人居环境整治。')).toEqual([]);
    expect(calc('全年在东坪、西岭3个村开展人居环境整治。')).toEqual([]);
  });
});

describe('count-mismatch: a list whose names hold a code (县道X215线: letters then digits, no figure) — atext, dev 2951', () => {
  const text = (n: string) => `4、重点项目。全年实施重点项目${n}个：县道X215线改建工程、通村公路安全生命防护工程、危桥改造工程、农村公路日常养护工程。\n`;
  it('counts the names', () => {
    expect(runRule(countMismatch, text('5')).findings.map((f) => f.rule)).toEqual(['count-mismatch']);
    expect(runRule(countMismatch, text('4')).findings).toEqual([]);
  });
  it('still reads no list of figures', () => {
    expect(runRule(countMismatch, '全年实施重点项目5个：改建工程215万元、防护工程30万元、危桥改造工程20万元。').findings).toEqual([]);
  });
});

describe('count-mismatch: N个X的M个Y：a list of the X (atext, dev 3082)', () => {
  const text = (n: string, list: string) => `评价组于2025年3月3日进场，在全县15个乡镇（街道）中抽查了${n}个乡镇的24个行政村：${list}，查阅了资金拨付凭证。`;
  const rules = (t: string) => runRule(countMismatch, t).findings.map((f) => f.rule);
  it('counts the names of the first count\'s kind', () => {
    expect(rules(text('6', '城关镇、湖镇、莲花镇、石梁镇、航埠镇'))).toEqual(['count-mismatch']);
    expect(rules(text('5', '城关镇、湖镇、莲花镇、石梁镇、航埠镇'))).toEqual([]);
  });
  it('is silent on names of the second count\'s kind, or closed by 等', () => {
    expect(rules(text('6', '城关村、湖村、莲花村、石梁村、航埠村'))).toEqual([]);
    expect(rules(text('6', '城关镇、湖镇、莲花镇、石梁镇、航埠镇等'))).toEqual([]);
  });
});
