import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { loadDemo } from '../../reference/demo.ts';
import { basicOnProject } from './basic-on-project.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

const project = { nature: 'project' as const, projectCode: 'XM001', projectName: '电子商务进农村综合示范项目', economicCode: '30216' };
const logistics = { nature: 'project' as const, projectCode: 'XM002', projectName: '国际陆港班列物流补贴资金', economicCode: '31204' };

describe('ledger.summary-project-mismatch', () => {
  it('does not flag an ordinary reimbursement that merely does not repeat the project words', () => {
    const ordinary = ['张三赴长沙参加培训差旅费', '支付讲师课酬', '报销会议资料印刷费', '支付项目经费'].map((summary) => entry({ ...project, summary }));
    expect(summaryProjectMismatch.check([...ordinary, entry({ ...logistics, summary: '拨付班列补贴' })], context())).toEqual([]);
  });

  it('reads a short form of the own project\'s name (劳模 of 劳动|模范) as naming it: the other project\'s learned words do not win', () => {
    const models = { nature: 'project' as const, projectCode: 'ZGH2402', projectName: '劳动模范关爱经费', economicCode: '30399' };
    const hardship = { nature: 'project' as const, projectCode: 'ZGH2401', projectName: '困难职工帮扶解困资金', economicCode: '30305' };
    const learned = ['春节慰问困难职工', '困难职工春节慰问金', '中秋慰问困难职工', '困难职工子女助学金'].map((summary) => entry({ ...hardship, summary }));
    const gift = entry({ ...models, summary: '发放劳模春节慰问金' });
    expect(summaryProjectMismatch.check([...learned, gift, entry({ ...models, summary: '劳动模范疗休养' })], context())).toEqual([]);
  });

  it('two characters of the own name inside a longer word (教学 of 教学楼) are no short form of it: the repair project\'s word and supplier name it', () => {
    const meals = { nature: 'project' as const, projectName: '农村义务教育学生营养改善计划', economicCode: '30218', payee: '县农投配餐有限公司' };
    const repairs = { nature: 'project' as const, projectName: '校舍维修改造', economicCode: '30213', payee: '县宏达建筑工程有限公司' };
    const own = ['营养改善计划3月学生营养餐食材款', '营养改善计划4月学生营养餐食材款'].map((summary) => entry({ ...meals, summary }));
    const theirs = ['教学楼屋面防水维修工程款', '学生厕所改造工程款', '校舍维修工程质保金'].map((summary) => entry({ ...repairs, summary }));
    const basic = entry({ nature: 'basic', economicCode: '30213', summary: '打印机维修', payee: '镇电脑维修部' });
    const wall = entry({ ...meals, economicCode: '30213', summary: '教学楼外墙瓷砖脱落维修', payee: '县宏达建筑工程有限公司' });
    const found = summaryProjectMismatch.check([...own, ...theirs, basic, wall], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wall.row]);
    expect(found[0]!.message).toContain('校舍维修改造');
  });

  it("a word of another project's name holding the own project's word (人大代表 ⊃ 代表) gives way to the own entries' vocabulary (dev-xkbb)", () => {
    const station = { nature: 'project' as const, projectCode: 'RD2404', projectName: '代表联络站运行经费', economicCode: '30202', payee: '县华艺印务有限公司' };
    const duty = { nature: 'project' as const, projectCode: 'RD2402', projectName: '人大代表履职能力提升经费', economicCode: '30216', payee: '县委党校' };
    const own = ['代表联络站宣传资料及运行费用', '代表联络站宣传资料及运行费用'].map((summary) => entry({ ...station, summary }));
    const theirs = ['人大代表履职培训班场地及资料费（4月）', '人大代表履职培训班场地及资料费（5月）', '乡镇人大代表之家设备购置补助'].map((summary) => entry({ ...duty, summary }));
    const voters = entry({ ...station, summary: '人大代表“接待选民日”活动宣传资料' });
    // The same words without the own vocabulary (no 宣传) still name the other project.
    const training = entry({ ...station, economicCode: '30216', summary: '人大代表履职培训班讲课费' });
    const found = summaryProjectMismatch.check([...own, ...theirs, voters, training], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([training.row]);
  });

  it('a short form written together with another word (救灾 of 救灾物资) still names the own project', () => {
    const relief = { nature: 'project' as const, projectName: '自然灾害救助', economicCode: '30227', payee: '县顺达物流有限公司' };
    const stock = { nature: 'project' as const, projectName: '应急物资储备', economicCode: '30218', payee: '县应急物资供应站' };
    const theirs = ['应急物资储备库电费（1-2月）', '防汛物资仓库5月看护劳务费', '防汛物资仓库6月看护劳务费', '接收省应急厅调拨救灾帐篷装卸费'].map((summary) => entry({ ...stock, summary }));
    const lorry = entry({ ...relief, summary: '租用厢式货车转运救灾物资' });
    expect(summaryProjectMismatch.check([...theirs, lorry, entry({ ...relief, economicCode: '30305', summary: '发放受灾群众生活救助金' })], context())).toEqual([]);
  });

  it('flags an entry whose 摘要 names another project, quoting that project', () => {
    const own = entry({ ...logistics, summary: '拨付一季度班列补贴' });
    const wrong = entry({ ...project, summary: '拨付国际陆港班列物流补贴资金二期' });
    const found = summaryProjectMismatch.check([own, wrong], context());
    expect(found.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${wrong.row}]`]);
    expect(found[0]!.message).toContain('国际陆港班列物流补贴资金');
  });

  it('counts the fragments of one word once, and a sector word (交通运输) alone names no project; two real words still do', () => {
    const station = { nature: 'project' as const, projectName: '若水超限检测站运行经费', economicCode: '30215' };
    const enforcement = { nature: 'project' as const, projectName: '交通运输综合执法经费', economicCode: '30227' };
    const ferry = { nature: 'project' as const, projectName: '乡镇渡口渡船安全管理经费', economicCode: '30227' };
    const meeting = entry({ ...station, summary: '召开全县交通运输安全生产工作会议会场费' });
    const lifeJackets = entry({ ...station, summary: '渡口渡船救生衣采购' });
    const found = summaryProjectMismatch.check(
      [meeting, lifeJackets, entry({ ...enforcement, summary: '执法文书印制' }), entry({ ...ferry, summary: '渡口巡查' })],
      context(),
    );
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([lifeJackets.row]);
  });

  it('an own-project word that another project shares (安全) does not hide that the 摘要 names the other project', () => {
    const food = { nature: 'project' as const, projectName: '食品安全抽检监测经费', economicCode: '30226' };
    const lifts = { nature: 'project' as const, projectName: '特种设备安全监察经费', economicCode: '30227' };
    const wrong = entry({ ...food, summary: '电梯维保单位特种设备安全检查劳务费' });
    const own = entry({ ...food, summary: '食品安全抽检样品费' });
    const sharedOnly = entry({ ...food, summary: '安全生产月宣传' });
    const found = summaryProjectMismatch.check([wrong, own, sharedOnly, entry({ ...lifts, summary: '电梯检验' })], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
    expect(found[0]!.message).toContain('特种设备安全监察经费');
  });

  it('relief money (救助资金) spent through a class other than a transfer is flagged; paying the relief is not', () => {
    const relief = { nature: 'project' as const, projectName: '司法救助资金' };
    const screen = entry({ ...relief, economicCode: '31002', summary: '第三审判庭LED显示屏采购' });
    const paid = entry({ ...relief, economicCode: '30305', summary: '司法救助金发放' });
    const found = summaryProjectMismatch.check([screen, paid], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([screen.row]);
    expect(found[0]!.message).toContain('31002');
  });

  it('relief work (宣传, 志愿者餐) under 302 is the relief fund\'s; the unit\'s own activity under 302 is not', () => {
    const relief = { nature: 'project' as const, projectName: '自然灾害救助资金' };
    const leaflets = entry({ ...relief, economicCode: '30202', summary: '国际减灾日宣传资料印制' });
    const meals = entry({ ...relief, economicCode: '30299', summary: '防汛救灾志愿者午餐' });
    const party = entry({ ...relief, economicCode: '30299', summary: '局机关党支部主题党日活动场地及交通费' });
    const found = summaryProjectMismatch.check([leaflets, meals, party], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([party.row]);
  });

  it('words of what was done with the money (租用, 印制) are nobody\'s project vocabulary', () => {
    const fire = { nature: 'project' as const, projectName: '森林防灭火', economicCode: '30214' };
    const relief = { nature: 'project' as const, projectName: '自然灾害救助', economicCode: '30306' };
    const entries = [
      entry({ ...relief, summary: '地震演练' }),
      entry({ ...relief, summary: '租用帐篷' }),
      entry({ ...fire, summary: '扑火队员装备' }),
      entry({ ...fire, summary: '扑火队员培训' }),
    ];
    const drill = entry({ ...fire, summary: '演练场地租用' });
    expect(summaryProjectMismatch.check([...entries, drill], context())).toEqual([]);
  });

  it('staff rest-and-recuperation (疗休养) is no project\'s purpose', () => {
    const store = { nature: 'project' as const, projectName: '应急物资储备', economicCode: '30229' };
    const found = summaryProjectMismatch.check([entry({ ...store, summary: '干部职工疗休养费用' }), entry({ ...store, summary: '储备库帐篷采购' })], context());
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('疗休养');
  });

  it('a travel agency paid from a project whose words the 摘要 does not name is a tour, no project\'s purpose; a 研学旅行 project\'s agency is its own', () => {
    // Given a school-improvement project paying a travel agency for a 考察学习 trip, and a study-tour project paying one
    const schools = { nature: 'project' as const, projectName: '薄弱学校改善', economicCode: '30299' };
    const tour = entry({ ...schools, summary: '组织校长赴三亚考察学习旅行社团费' });
    const desks = entry({ ...schools, summary: '薄弱学校课桌椅采购' });
    const study = entry({ nature: 'project', projectName: '中小学生研学旅行', economicCode: '30299', summary: '研学旅行旅行社服务费' });
    // When the rule reads them
    const found = summaryProjectMismatch.check([tour, desks, study], context());
    // Then only the tour is flagged, as an unrelated purpose
    expect(found.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${tour.row}]`]);
    expect(found[0]!.message).toContain('旅行社');
  });

  it('reads an entry line\'s own 摘要, not its voucher\'s: a voucher labelled with the own project (交通安全项目支出) does not tie what a line bought to it', () => {
    // Given entry lines under vouchers labelled with their project, one of them buying the drug project's test kits
    const traffic = { nature: 'project' as const, projectName: '道路交通安全管理与秩序整治', economicCode: '30218', voucherSummary: '交通安全项目支出' };
    const drugs = { nature: 'project' as const, projectName: '禁毒专项工作经费', economicCode: '30218', voucherSummary: '禁毒专项支出' };
    const kits = entry({ ...traffic, summary: '毒品尿检试剂盒 500人份' });
    const own = [1, 2].map(() => entry({ ...traffic, summary: '交通标志标线及隔离护栏材料' }));
    const theirs = [1, 2].map(() => entry({ ...drugs, summary: '禁毒宣传品及尿检试剂' }));
    // When the rule reads them
    const found = summaryProjectMismatch.check([kits, ...own, ...theirs], context());
    // Then only the test kits are flagged, as the drug project's, quoting the line's 摘要 and its voucher's apart
    expect(found.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${kits.row}]`]);
    expect(found[0]!.message).toContain('禁毒专项工作经费');
    expect(found[0]!.message).toContain('摘要“毒品尿检试剂盒 500人份”（凭证摘要“交通安全项目支出”）');
  });

  it('a word of another project\'s name its entries use again and again, paid to that project\'s only supplier, names that project', () => {
    // Given the traffic project's sign supplier paid three times by it and once from the drug project for traffic lights,
    // in a unit whose basic entries use 交通 too (市内交通费: the word alone is general vocabulary)
    const traffic = { nature: 'project' as const, projectName: '道路交通安全管理与秩序整治', economicCode: '30218', payee: '县路安交通设施有限公司' };
    const drugs = { nature: 'project' as const, projectName: '禁毒专项工作经费', economicCode: '30213' };
    const signs = [1, 2, 3].map(() => entry({ ...traffic, summary: '交通标志标线及隔离护栏材料' }));
    const taxi = entry({ nature: 'basic', economicCode: '30239', summary: '报销市内交通费', payee: '王军' });
    const lights = entry({ ...drugs, summary: '城区路口交通信号灯维护', payee: '县路安交通设施有限公司' });
    // When the rule reads them
    const found = summaryProjectMismatch.check([...signs, taxi, lights], context());
    // Then the traffic lights are flagged, naming the traffic project
    expect(found.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${lights.row}]`]);
    expect(found[0]!.message).toContain('道路交通安全管理与秩序整治');
    // And a supplier the basic entries pay too is no project's supplier: nothing is said
    const office = entry({ nature: 'basic', economicCode: '30213', summary: '办公楼门禁维修', payee: '县路安交通设施有限公司' });
    expect(summaryProjectMismatch.check([...signs, taxi, lights, office], context())).toEqual([]);
  });

  it('a learned word made of the own project\'s name\'s characters (救灾 of 自然灾害救助) ties the entry to it', () => {
    const relief = { nature: 'project' as const, projectName: '自然灾害救助', economicCode: '30214' };
    const store = { nature: 'project' as const, projectName: '应急物资储备', economicCode: '30218' };
    const fire = { nature: 'project' as const, projectName: '森林防灭火', economicCode: '30214' };
    const entries = [entry({ ...store, summary: '救灾 帐篷采购' }), entry({ ...store, summary: '救灾 帐篷仓储' }), entry({ ...relief, summary: '受灾群众生活救助' })];
    const lorry = entry({ ...relief, summary: '租用货车转运救灾 帐篷' });
    const elsewhere = entry({ ...fire, summary: '租用货车转运救灾 帐篷' });
    expect(summaryProjectMismatch.check([...entries, lorry], context())).toEqual([]);
    const found = summaryProjectMismatch.check([...entries, elsewhere], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([elsewhere.row]);
  });

  it('a word the own project shares with another that uses it more (篮球) does not tie an entry naming that other project\'s event', () => {
    const school = { nature: 'project' as const, projectName: '业余体校运动员训练经费', economicCode: '30218' };
    const league = { nature: 'project' as const, projectName: '全民健身赛事活动经费', economicCode: '30299' };
    const entries = [
      entry({ ...school, summary: '篮球队训练器材' }),
      entry({ ...school, summary: '篮球队集训伙食' }),
      entry({ ...school, summary: '篮球教练课酬' }),
      ...['篮球联赛裁判劳务', '篮球联赛场地布置', '篮球联赛参赛保险', '篮球联赛秋季赛开幕式', '篮球联赛宣传'].map((summary) => entry({ ...league, summary })),
    ];
    const trophies = entry({ ...school, summary: '篮球联赛秋季赛奖杯制作' });
    const camp = entry({ ...school, summary: '篮球队寒假集训' });
    const found = summaryProjectMismatch.check([...entries, trophies, camp], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([trophies.row]);
    expect(found[0]!.message).toContain('全民健身赛事活动经费');
  });

  it('learns each project\'s words from its own entries: a 摘要 that only another project\'s entries use names that project', () => {
    const it_ = { nature: 'project' as const, projectName: '教育信息化建设项目', economicCode: '31002' };
    const safety = { nature: 'project' as const, projectName: '校园安全专项经费', economicCode: '30227' };
    const entries = [
      entry({ ...it_, summary: '中小学智慧课堂设备采购' }),
      entry({ ...it_, summary: '智慧课堂教师培训平台' }),
      entry({ ...it_, summary: '教育城域网专线租费' }),
      entry({ ...safety, summary: '校园安保服务费' }),
      entry({ ...safety, summary: '校园消防器材更换' }),
      entry({ ...safety, summary: '防溺水宣传资料印制' }),
      entry({ ...safety, summary: '防溺水宣传横幅' }),
    ];
    const wrong = entry({ ...safety, summary: '中小学智慧课堂设备采购（尾款）' });
    const banner = entry({ ...safety, summary: '防溺水宣传资料补印' });
    const found = summaryProjectMismatch.check([...entries, wrong, banner], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
    expect(found[0]!.message).toContain('教育信息化建设项目');
  });

  it('慰问金 paid to the persons a project helps (303) is its purpose; bought for staff it is unrelated', () => {
    const elderly = { nature: 'project' as const, projectName: '特困人员供养服务机构运营补助' };
    const paid = entry({ ...elderly, economicCode: '30305', summary: '敬老月高龄老人慰问金发放' });
    const staff = entry({ ...elderly, economicCode: '30299', summary: '职工节日慰问金' });
    expect(summaryProjectMismatch.check([paid, staff], context()).map((f) => f.evidence[0]!.line)).toEqual([staff.row]);
  });

  it('flags a purpose unrelated to any project (data: unrelatedPurposeWords), and keeps one that shares the project words', () => {
    const gift = entry({ ...project, summary: '购买节日礼品' });
    const related = entry({ ...project, summary: '农村电商培训讲师课酬' });
    const found = summaryProjectMismatch.check([gift, related], context());
    expect(found.map((f) => f.evidence[0]!.path)).toEqual([`ledger[row ${gift.row}]`]);
    expect(found[0]!.message).toContain('礼品');
  });

  it('reads a purpose word inside a title or before 节目/宣传 as a subject, not a purpose', () => {
    // Given a media centre's programme about outbound tourism, a campaign about tourism, and a real tour, on one project
    const media = { nature: 'project' as const, projectName: '重大主题宣传报道' };
    const programme = entry({ ...media, economicCode: '30227', summary: '《出境旅游安全提示》专题节目制作' });
    const campaign = entry({ ...media, economicCode: '30227', summary: '文明旅游宣传片拍摄' });
    const tour = entry({ ...media, economicCode: '30299', summary: '组织采编人员赴三亚旅游' });
    // When the rule runs
    const found = summaryProjectMismatch.check([programme, campaign, tour], context());
    // Then only the tour is flagged
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([tour.row]);
  });

  it('reads 旅游 before 专版/广告/带头人/接待 and 旅行社 before 踩线 as a subject and 旅行社 checked nine characters later as the object of a check; a tour stays flagged', () => {
    const promo = { nature: 'project' as const, projectName: '对外宣传及涉外培训' };
    const advert = entry({ ...promo, economicCode: '30227', summary: '海外华文报纸家乡旅游专版广告刊登' });
    const checks = { nature: 'project' as const, projectName: '文化市场综合执法' };
    const contracts = entry({ ...checks, economicCode: '30226', summary: '旅行社团队游合同履行情况抽查专家劳务费' });
    const tour = entry({ ...checks, economicCode: '30299', summary: '组织职工赴桂林旅游团费（旅行社）' });
    const farmers = { nature: 'project' as const, projectName: '高素质农民培育' };
    const leaders = entry({ ...farmers, economicCode: '30216', summary: '乡村旅游带头人培训班食宿' });
    const famtrip = entry({ ...promo, economicCode: '30227', summary: '境外旅行社踩线宣传册翻译' });
    const counted = entry({ ...checks, economicCode: '30227', summary: '国庆假期旅游接待量抽样统计服务费' });
    const found = summaryProjectMismatch.check([advert, contracts, tour, leaders, famtrip, counted], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([tour.row]);
  });

  it('a long word of another project\'s entries that is a stopword and a short word (服务质量) is no long keyword; its work itself still names it', () => {
    const tourism = { nature: 'project' as const, projectName: '旅游市场监管', economicCode: '30227' };
    const transport = { nature: 'project' as const, projectName: '交通运输综合行政执法', economicCode: '30227' };
    const theirs = [1, 2, 3].map((m) => entry({ ...tourism, summary: `旅行社服务质量保证金监管系统运维（${m}季度）` }));
    const ours = [1, 2, 3].map((m) => entry({ ...transport, summary: `超限超载车辆执法检查（${m}月）` }));
    const taxis = entry({ ...transport, summary: '出租车行业服务质量考核' });
    const stray = entry({ ...transport, summary: '旅行社服务质量保证金监管系统运维（4季度）' });
    const found = summaryProjectMismatch.check([...theirs, ...ours, taxis, stray], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([stray.row]);
  });

  it('接待 is a kind of work (workKindWords): with one other word another project\'s entries use it names no other project', () => {
    const centre = { nature: 'project' as const, projectName: '游客服务中心运行', economicCode: '30226' };
    const checks = { nature: 'project' as const, projectName: '文化市场综合执法', economicCode: '30226' };
    const theirs = [1, 2, 3].map((m) => entry({ ...centre, summary: `黄金周游客接待引导员劳务费（${m}批）` }));
    const ours = [1, 2, 3].map((m) => entry({ ...checks, summary: `网吧歌厅执法巡查劳务费（${m}月）` }));
    const counted = entry({ ...checks, summary: '黄金周接待量统计劳务费' });
    // Look-alike: the other project's own wording (游客, 引导员 beside 接待) still names it.
    const stray = entry({ ...checks, summary: '黄金周游客接待引导员劳务费（4批）' });
    const found = summaryProjectMismatch.check([...theirs, ...ours, counted, stray], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([stray.row]);
  });

  it('takes the keywords an officer adds to a project (projects[].ledgerKeywords) as that project’s words', () => {
    const dy = loadDemo();
    const [a, b] = dy.projects;
    const charged = entry({ nature: 'project', projectName: a!.name, summary: '支付冷链仓储租金' });
    const naming = (found: { message: string }[]) => found.filter((f) => f.message.includes(`另一项目“${b!.name}”`));
    expect(naming(summaryProjectMismatch.check([charged], context({ departmentYear: dy })))).toEqual([]);
    dy.projects[1] = { ...b!, ledgerKeywords: ['冷链仓储'] };
    const found = naming(summaryProjectMismatch.check([charged], context({ departmentYear: dy })));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('关键词“冷链仓储”');
  });

  it('ignores basic entries', () => {
    expect(summaryProjectMismatch.check([entry({ summary: '购买节日礼品' })], context())).toEqual([]);
  });

  it('a campaign word (行动, 计划) of the own project\'s name does not tie an entry that names another project to it', () => {
    const skills = { nature: 'project' as const, projectName: '职业技能提升行动', economicCode: '30226' };
    const inspection = { nature: 'project' as const, projectName: '劳动保障监察执法', economicCode: '30227' };
    const wrong = entry({ ...skills, summary: '劳动保障监察专项执法行动协查人员劳务费' });
    const own = entry({ ...skills, summary: '职业技能培训考评员劳务费' });
    const found = summaryProjectMismatch.check([wrong, own, entry({ ...inspection, summary: '劳动保障监察执法记录仪购置' })], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
  });

  it('one word of another project\'s name that its entries use again and again names that project, unless the 摘要 is tied to its own', () => {
    const enforcement = { nature: 'project' as const, projectName: '生态环境执法监管', economicCode: '30227' };
    const sewage = { nature: 'project' as const, projectName: '农村生活污水治理', economicCode: '31003' };
    const routine = ['执法车辆年检', '执法文书印制', '执法人员培训'].map((summary) => entry({ ...enforcement, summary }));
    const wrong = entry({ ...sewage, summary: '执法记录仪及执法终端采购' });
    const own = entry({ ...sewage, summary: '污水处理站执法检查配合费' });
    const once = entry({ ...sewage, summary: '执法终端' });
    const found = summaryProjectMismatch.check([...routine, wrong, own], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
    // Used by two entries of the other project only: not habitual.
    expect(summaryProjectMismatch.check([...routine.slice(0, 2), once], context())).toEqual([]);
  });

  it('of two payments to one payee that name each other\'s project, only the later is flagged; without a common payee both are', () => {
    const immunisation = { nature: 'project' as const, projectName: '免疫规划专项经费', economicCode: '31002' };
    const laboratory = { nature: 'project' as const, projectName: '实验室检测能力提升项目', economicCode: '31002' };
    const routine = [
      entry({ ...immunisation, summary: '疫苗运输冷链车租赁' }),
      entry({ ...laboratory, summary: '检测试剂采购' }),
    ];
    const first = entry({ ...immunisation, date: '2024-06-18', summary: '预防接种门诊数字化改造', payee: '某智医信息技术有限公司' });
    const last = entry({ ...laboratory, date: '2024-07-24', summary: '预防接种门诊数字化改造（尾款）', payee: '某智医信息技术有限公司' });
    expect(summaryProjectMismatch.check([...routine, first, last], context()).map((f) => f.evidence[0]!.line)).toEqual([last.row]);
    const other = entry({ ...laboratory, date: '2024-07-24', summary: '预防接种门诊数字化改造（尾款）', payee: '另一家信息公司' });
    expect(summaryProjectMismatch.check([...routine, first, other], context()).map((f) => f.evidence[0]!.line).sort()).toEqual([first.row, other.row].sort());
  });

  it('two gift purchases from one payee on two projects are no payments of one contract: both stay flagged', () => {
    const immunisation = { nature: 'project' as const, projectName: '免疫规划专项经费', economicCode: '30299' };
    const laboratory = { nature: 'project' as const, projectName: '实验室检测能力提升项目', economicCode: '30299' };
    const routine = [entry({ ...immunisation, summary: '疫苗运输冷链车租赁' }), entry({ ...laboratory, summary: '检测试剂采购' })];
    const first = entry({ ...immunisation, date: '2024-06-18', summary: '预防接种门诊数字化改造人员购物卡', payee: '某超市有限公司' });
    const last = entry({ ...laboratory, date: '2024-07-24', summary: '预防接种门诊数字化改造人员购物卡', payee: '某超市有限公司' });
    const lines = summaryProjectMismatch.check([...routine, first, last], context()).map((f) => f.evidence[0]!.line);
    expect(lines.sort()).toEqual([first.row, last.row].sort());
  });

  it('a place two projects work at (白石水库) names neither; what the money was for (大坝灌浆) still names the other project', () => {
    const reservoir = { nature: 'project' as const, projectName: '白石水库除险加固', economicCode: '31005' };
    const flood = { nature: 'project' as const, projectName: '防汛抗旱', economicCode: '30299' };
    const works = [
      entry({ ...reservoir, summary: '白石水库大坝灌浆工程进度款' }),
      entry({ ...reservoir, summary: '除险加固工程监理费', economicCode: '30227' }),
      entry({ ...flood, summary: '防汛物资采购', economicCode: '30218' }),
    ];
    const duty = entry({ ...flood, summary: '白石水库汛期值守人员补助' });
    const wrong = entry({ ...flood, summary: '白石水库大坝灌浆工程尾款', economicCode: '31005' });
    const found = summaryProjectMismatch.check([...works, duty, wrong], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
  });

  it('gifts for staff are no project\'s purpose even beside the project\'s own words; gifts a relief project gives to the people it serves are', () => {
    const training = { nature: 'project' as const, projectName: '教师培训专项经费', economicCode: '30299' };
    const relief = { nature: 'project' as const, projectName: '城乡低保补助', economicCode: '30299' };
    const visit = { nature: 'project' as const, projectName: '春节慰问困难群众', economicCode: '30299' };
    const gifts = entry({ ...training, summary: '教师节慰问品采购' });
    const course = entry({ ...training, summary: '教师培训讲义印制' });
    const served = entry({ ...relief, summary: '困难群众春节慰问品' });
    const named = entry({ ...visit, summary: '春节慰问品采购' });
    const found = summaryProjectMismatch.check([gifts, course, served], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([gifts.row]);
    expect(found[0]!.message).toContain('慰问品');
    expect(summaryProjectMismatch.check([named], context())).toEqual([]);
    // A gift word configured as the project's own keyword (a 展销 project that buys gift packaging) is its purpose.
    expect(summaryProjectMismatch.check([gifts], context({ projectKeywords: { 教师培训专项经费: ['慰问品'] } }))).toEqual([]);
  });

  it('a 摘要 naming a project (…项目) that shares nothing with its own project names another project; a sub-project of its own does not', () => {
    const disease = { nature: 'project' as const, projectName: '重大动物疫病防控', economicCode: '30227' };
    const roads = { nature: 'project' as const, projectName: '农村公路建设', economicCode: '31005' };
    const own = [entry({ ...disease, summary: '动物防疫物资采购' }), entry({ ...roads, summary: '桃花村道路硬化工程进度款' })];
    const wrong = entry({ ...disease, summary: '高标准农田建设项目竣工验收专家评审费' });
    const sub = entry({ ...roads, summary: '支付桃花村道路硬化项目监理费' });
    const found = summaryProjectMismatch.check([...own, wrong, sub], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
    expect(found[0]!.message).toContain('高标准农田建设项目');
  });

  it('a project that works on projects (重大项目前期工作经费) names the projects it prepares; a project named …项目经费 does not', () => {
    const prep = { nature: 'project' as const, projectName: '重大项目前期工作经费', economicCode: '30227' };
    const disease = { nature: 'project' as const, projectName: '重大动物疫病防控项目经费', economicCode: '30227' };
    const own = [entry({ ...prep, summary: '储备库入库论证会场租' }), entry({ ...disease, summary: '动物防疫物资采购' })];
    const study = entry({ ...prep, summary: '城东物流园区扩建项目可行性研究报告编制费' });
    const wrong = entry({ ...disease, summary: '高标准农田整治项目竣工验收专家评审费' });
    const found = summaryProjectMismatch.check([...own, study, wrong], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
  });

  it('words the unit\'s basic trips and meetings name (电梯维保) still name the project whose entries use them; an ordinary trip on a project does not', () => {
    const lifts = { nature: 'project' as const, projectName: '特种设备安全监察', economicCode: '30227' };
    const consumers = { nature: 'project' as const, projectName: '消费者权益保护宣传', economicCode: '30202' };
    const entries = [
      entry({ ...lifts, summary: '电梯维保质量抽查检测费' }),
      entry({ ...lifts, summary: '电梯应急处置平台运维' }),
      entry({ ...lifts, summary: '维保单位质量信用评价' }),
      entry({ ...lifts, summary: '电梯维保单位年度考评' }),
      entry({ ...consumers, summary: '消费者权益日宣传展板' }),
      entry({ ...consumers, summary: '消费维权热线宣传单印制' }),
      entry({ economicCode: '30211', summary: '赴省参加电梯维保质量监管培训差旅费' }),
      entry({ economicCode: '30215', summary: '召开电梯维保单位约谈会会场费' }),
    ];
    const plates = entry({ ...consumers, summary: '电梯维保质量公示牌制作' });
    const trip = entry({ ...consumers, economicCode: '30211', summary: '李四赴市参加电梯维保质量座谈会差旅费' });
    const found = summaryProjectMismatch.check([...entries, plates, trip], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([plates.row]);
    expect(found[0]!.message).toContain('特种设备安全监察');
  });

  it('a sector word (教育) shared with the own project\'s name does not tie a 摘要 that another project\'s entries name', () => {
    const meals = { nature: 'project' as const, projectName: '农村义务教育学生营养改善计划', economicCode: '30218' };
    const labs = { nature: 'project' as const, projectName: '教育装备标准化建设', economicCode: '31002' };
    const entries = [
      entry({ ...meals, summary: '学生营养餐食材配送' }),
      entry({ ...meals, summary: '营养餐食堂燃气费' }),
      entry({ ...labs, summary: '中学物理实验室仪器采购' }),
      entry({ ...labs, summary: '化学实验室通风改造' }),
    ];
    const wrong = entry({ ...meals, summary: '中小学教育实验室仪器柜更换' });
    const found = summaryProjectMismatch.check([...entries, wrong], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
    expect(found[0]!.message).toContain('教育装备标准化建设');
  });

  it('劳务费, a kind of cost every project pays, does not tie an entry to its project', () => {
    const soil = { nature: 'project' as const, projectName: '水土保持监测', economicCode: '30226' };
    const rivers = { nature: 'project' as const, projectName: '河湖长制工作经费', economicCode: '30227' };
    const entries = [
      entry({ ...soil, summary: '水土流失监测点观测员劳务费' }),
      entry({ ...soil, summary: '径流小区监测设备校准' }),
      entry({ ...rivers, summary: '非法采砂巡查船只租赁' }),
      entry({ ...rivers, summary: '采砂监控设备运维' }),
      entry({ ...rivers, summary: '河道巡查无人机航拍' }),
    ];
    const wrong = entry({ ...soil, summary: '非法采砂联合巡查协管员劳务费' });
    const found = summaryProjectMismatch.check([...entries, wrong], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
  });

  it('of two entries that share words only each other use, the one that also names the other project (执法) is flagged, not its twin', () => {
    const soil = { nature: 'project' as const, projectName: '水土保持监测', economicCode: '30226' };
    const sand = { nature: 'project' as const, projectName: '河道采砂执法巡查', economicCode: '30227' };
    const entries = [
      entry({ ...soil, summary: '水土流失监测点观测员补助' }),
      entry({ ...soil, summary: '径流小区监测设备校准' }),
      entry({ ...sand, summary: '采砂船只登记造册' }),
      entry({ ...sand, summary: '采砂监控设备运维' }),
    ];
    const misplaced = entry({ ...soil, summary: '河湖清四乱专项执法行动协管员补助' });
    const twin = entry({ ...sand, summary: '河湖清四乱专项整治第三方评估' });
    const found = summaryProjectMismatch.check([...entries, misplaced, twin], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([misplaced.row]);
    // Neither names the other's project: the ledger cannot say which is misplaced, both are flagged.
    const plain = entry({ ...soil, summary: '河湖清四乱专项行动协管员补助' });
    expect(summaryProjectMismatch.check([...entries, plain, twin], context()).map((f) => f.evidence[0]!.line).sort()).toEqual([plain.row, twin.row].sort());
  });

  it('one habitual word of another project\'s work names it in a purchase, not in an ordinary trip or course of the own project', () => {
    const enforcement = { nature: 'project' as const, projectName: '生态环境执法监管', economicCode: '30227' };
    const sewage = { nature: 'project' as const, projectName: '农村生活污水治理', economicCode: '30227' };
    const base = [
      entry({ ...enforcement, summary: '执法记录仪采购' }),
      entry({ ...enforcement, summary: '执法文书印制' }),
      entry({ ...enforcement, summary: '执法车辆租赁' }),
      entry({ ...sewage, summary: '污水管网运维' }),
      entry({ ...sewage, summary: '污水处理站水质检测' }),
      entry({ economicCode: '30211', summary: '赴省厅汇报工作差旅费' }),
    ];
    const flags = (e: ReturnType<typeof entry>) => summaryProjectMismatch.check([...base, e], context()).some((f) => f.evidence[0]!.line === e.row);
    expect(flags(entry({ ...sewage, economicCode: '30202', summary: '执法宣传资料印制' }))).toBe(true);
    expect(flags(entry({ ...sewage, economicCode: '30211', summary: '赴省参加执法业务培训差旅费' }))).toBe(false);
    expect(flags(entry({ ...sewage, economicCode: '30216', summary: '执法人员业务培训班' }))).toBe(false);
  });

  it('a word another project\'s entries use habitually (护栏), beside a word of that project\'s name (公路), names it; alone it does not', () => {
    const roads = { nature: 'project' as const, projectName: '农村公路养护', economicCode: '31003' };
    const buses = { nature: 'project' as const, projectName: '农村客运班线补贴', economicCode: '31204' };
    const palace = { nature: 'project' as const, projectName: '乡村学校少年宫运行', economicCode: '30218' };
    const base = [
      entry({ ...roads, summary: '波形护栏采购（第一批）' }),
      entry({ ...roads, summary: '波形护栏采购（第二批）' }),
      entry({ ...roads, summary: '护栏立柱安装' }),
      entry({ ...buses, summary: '公路客运班线运营补贴（一季度）' }),
      entry({ ...palace, summary: '少年宫美术器材' }),
      entry({ ...palace, summary: '少年宫辅导员课时补助' }),
    ];
    const flags = (e: ReturnType<typeof entry>) => summaryProjectMismatch.check([...base, e], context()).some((f) => f.evidence[0]!.line === e.row);
    expect(flags(entry({ ...palace, summary: '滨江公路段护栏更换' }))).toBe(true);
    expect(flags(entry({ ...palace, summary: '滨江路段护栏更换' }))).toBe(false);
  });

  it('flags a 摘要 that names another project by a run of its name (春苗计划 of 春苗计划及助学补助), not by a generic run', () => {
    const fire = { nature: 'project' as const, projectName: '森林防火专项经费', economicCode: '30202' };
    const bud = { nature: 'project' as const, projectName: '春苗计划及助学补助', economicCode: '30308' };
    const own = [entry({ ...fire, summary: '森林防火宣传资料印制' }), entry({ ...fire, summary: '防火检查站值守劳务费' })];
    const theirs = [entry({ ...bud, summary: '拨付春季学期春苗计划助学补助' }), entry({ ...bud, summary: '拨付秋季学期春苗计划助学补助' })];
    const wrong = entry({ ...fire, summary: '春苗计划资助对象名册印制' });
    const generic = entry({ ...fire, summary: '年度工作计划及补助名册印制' });
    const found = summaryProjectMismatch.check([...own, ...theirs, wrong, generic], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
    expect(found[0]!.message).toContain('春苗计划');
  });

  it('a 摘要 naming its own project by a short form (公卫 of 基本公共卫生服务) is tied to it; another project\'s name run in it (乡村医生) names whom the course trained', () => {
    const gongwei = { nature: 'project' as const, projectName: '基本公共卫生服务项目', economicCode: '30216' };
    const doctors = { nature: 'project' as const, projectName: '乡村医生补助', economicCode: '30305' };
    const course = entry({ ...gongwei, summary: '乡村医生公卫业务培训班学员伙食费' });
    const theirs = [entry({ ...doctors, summary: '发放一季度乡村医生补助' }), entry({ ...doctors, summary: '发放二季度乡村医生补助' })];
    const wrong = entry({ ...gongwei, summary: '乡村医生养老补助发放' });
    const found = summaryProjectMismatch.check([course, ...theirs, wrong, entry({ ...gongwei, summary: '老年人健康体检' })], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
  });

  it('generic qualifiers another project\'s entries happen to use (专题, 机构, 运营) name no project; a telling word still does', () => {
    const main = { nature: 'project' as const, projectName: '主体班次教学培训经费', economicCode: '30202' };
    const rural = { nature: 'project' as const, projectName: '乡村振兴基层干部专题轮训', economicCode: '30216' };
    const theirs = [1, 2, 3].map((n) => entry({ ...rural, summary: `第${n}期乡村振兴专题轮训机构运营服务费` }));
    const generic = entry({ ...main, summary: '“安全生产”专题课件制作' });
    const operator = entry({ ...main, summary: '培训机构运营补贴' });
    const wrong = entry({ ...main, summary: '乡村振兴轮训学员手册印制' });
    const found = summaryProjectMismatch.check([...theirs, generic, operator, wrong], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
  });

  it('a word every project carries in its name (统计) ties an entry to none of them; a trip stays an ordinary reimbursement', () => {
    const census = { nature: 'project' as const, projectName: '经济普查统计经费', economicCode: '30226' };
    const farm = { nature: 'project' as const, projectName: '农业统计调查经费', economicCode: '30226' };
    const law = { nature: 'project' as const, projectName: '统计执法检查经费', economicCode: '30226' };
    const base = [
      entry({ ...census, summary: '普查员入户登记劳务费' }),
      entry({ ...farm, summary: '粮食产量抽样测产劳务费' }),
      entry({ ...farm, summary: '粮食产量抽样测产样本费' }),
      entry({ ...law, summary: '统计执法检查文书印制' }),
      entry({ ...law, summary: '统计执法检查文书送达' }),
    ];
    const wrong = entry({ ...law, summary: '粮食产量抽样测产统计劳务费' });
    const trip = entry({ ...law, economicCode: '30211', summary: '赴乡镇粮食产量抽样测产统计差旅费' });
    const found = summaryProjectMismatch.check([...base, wrong, trip], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
    expect(found[0]!.message).toContain('农业统计调查经费');
  });

  it("one word of another project's entries (消毒剂) names it when the payee is that project's supplier only", () => {
    const disease = { nature: 'project' as const, projectName: '水产疫病防控经费', economicCode: '30218' };
    const boats = { nature: 'project' as const, projectName: '渔船安全监管经费', economicCode: '30218' };
    const base = [
      entry({ ...disease, summary: '池塘消毒剂采购', payee: '县渔药经营部' }),
      entry({ ...disease, summary: '水产苗种检疫样本费', payee: '县水产站' }),
      entry({ ...boats, summary: '渔船救生衣采购', payee: '县劳保用品店' }),
      entry({ ...boats, summary: '渔船灭火器更换', payee: '县劳保用品店' }),
    ];
    const wrong = entry({ ...boats, summary: '采购渔用消毒剂', payee: '县渔药经营部' });
    const ownShop = entry({ ...boats, summary: '采购渔用消毒剂', payee: '县劳保用品店' });
    const flags = (e: ReturnType<typeof entry>) => summaryProjectMismatch.check([...base, e], context()).some((f) => f.evidence[0]!.line === e.row);
    expect(flags(wrong)).toBe(true);
    expect(flags(ownShop)).toBe(false);
  });

  it("leaves the staff's own welfare (职工 and 慰问品) to basic-on-project; a gift that is no routine word stays here", () => {
    const fair = { nature: 'project' as const, projectName: '农特产品展销推介经费', economicCode: '30299' };
    const base = [entry({ ...fair, summary: '展销会展位搭建' }), entry({ ...fair, summary: '推介会宣传册印制' })];
    const staff = entry({ ...fair, summary: '购买职工端午节慰问品' });
    const gifts = entry({ ...fair, summary: '购买端午节礼品' });
    const found = summaryProjectMismatch.check([...base, staff, gifts], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([gifts.row]);
    expect(basicOnProject.check([...base, staff], context()).map((f) => f.evidence[0]!.line)).toEqual([staff.row]);
  });

  describe('a kind of work shared with the own project\'s name (监测, 巡查: workKindWords) does not tie the 摘要 to it', () => {
    const farmland = { nature: 'project' as const, natureSource: 'inferred' as const, projectName: '耕地保护动态监测', functionCode: '2200106', economicCode: '30227' };
    const hazard = { nature: 'project' as const, natureSource: 'inferred' as const, projectName: '地质灾害防治', functionCode: '2240601', economicCode: '30226' };
    const basic = (summary: string, functionCode = '2200101', economicCode = '30213') => entry({ natureSource: 'inferred', functionCode, economicCode, summary });
    const farmlandLedger = () => [
      ...['耕地卫片核查技术服务费', '耕地卫片核查技术服务费', '无人机航飞外业（耕地卫片核查）', '购买境外高分辨率遥感影像数据'].map((summary) => entry({ ...farmland, summary })),
      ...['地灾隐患点群测群防员补助', '地灾隐患点群测群防员补助', '地灾隐患点群测群防员补助', '地灾隐患点群测群防员补助', '采购地质灾害监测专用材料（裂缝计、雨量计）', '发放地质灾害避险搬迁户生活补助（23户）', '地质灾害防治业务培训班食宿费'].map((summary) =>
        entry({ ...hazard, summary }),
      ),
      basic('办公室空调维修'),
      basic('购复印纸、档案盒'),
      // Booked without a project on the hazard project's function item (ledger.nature-inconsistent): not the unit's routine words.
      // A technical service (委托业务费, a class the unit's basic spending does not use elsewhere), as in dev-xlsxml 记-16.
      basic('汛期地灾隐患点应急排查技术服务', '2240601', '30227'),
    ];

    it('flags hazard-point monitoring equipment repaired on the farmland-monitoring project (地灾, 隐患 are the hazard project\'s)', () => {
      const wrong = entry({ ...farmland, economicCode: '30213', summary: '地灾隐患点专业监测设备维修' });
      const found = summaryProjectMismatch.check([...farmlandLedger(), wrong], context());
      expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
      expect(found[0]!.message).toContain('地质灾害防治');
    });

    it('flags a pine-wilt survey on the forest-fire patrol project (巡查 shared, 松材, 线虫病 the pest project\'s)', () => {
      const patrol = { nature: 'project' as const, projectName: '森林防火巡查', economicCode: '30227' };
      const pest = { nature: 'project' as const, projectName: '林业有害生物防治', economicCode: '30226' };
      const wrong = entry({ ...patrol, summary: '松材线虫病疫情巡查无人机租用' });
      const found = summaryProjectMismatch.check(
        [
          ...['森林防火巡查员补助', '森林防火巡查员补助', '防火隔离带清理'].map((summary) => entry({ ...patrol, summary })),
          ...['松材线虫病疫木清理劳务费', '松材线虫病疫木清理劳务费', '松材线虫病诱捕器采购'].map((summary) => entry({ ...pest, summary })),
          entry({ summary: '购买办公用品' }),
          wrong,
        ],
        context(),
      );
      expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
    });

    it('does not flag a 摘要 that also names its own project\'s subject (耕地卫片监测设备维修)', () => {
      const own = entry({ ...farmland, economicCode: '30213', summary: '耕地卫片监测设备维修' });
      expect(summaryProjectMismatch.check([...farmlandLedger(), own], context())).toEqual([]);
    });

    it('does not flag on one habitual word of another project and its payee when the 摘要 shares a kind of work with its own project', () => {
      const quality = { nature: 'project' as const, projectName: '生态环境质量监测', economicCode: '30213' };
      const enforcement = { nature: 'project' as const, projectName: '生态环境执法监管', economicCode: '30227' };
      const station = '县环宇机动车检测有限公司';
      const own = entry({ ...quality, summary: '机动车尾气遥感监测设备年度维护（路检点）', payee: station });
      const found = summaryProjectMismatch.check(
        [
          ...['空气自动监测站运维', '空气自动监测站运维', '水质自动监测站运维'].map((summary) => entry({ ...quality, summary })),
          entry({ ...enforcement, summary: '柴油货车路检路查排放抽检', payee: station }),
          ...['报废机动车回收拆解企业专项检查', '机动车维修企业废气排放执法检查', '机动车检测机构执法检查'].map((summary) => entry({ ...enforcement, summary })),
          entry({ summary: '购买办公用品' }),
          own,
        ],
        context(),
      );
      expect(found).toEqual([]);
    });
  });

  describe('a run of characters another project\'s entries repeat, which jieba splits differently (otherProject.minSharedRunLength)', () => {
    const upkeep = { nature: 'project' as const, projectName: '农村公路日常养护', economicCode: '30227' };
    const planning = { nature: 'project' as const, projectName: '“十五五”交通发展规划前期工作', economicCode: '30227' };
    const bus = { nature: 'project' as const, projectName: '农村客运站运营补助', economicCode: '31204' };
    const ledger = (patching: string) => [
      ...[patching, patching, patching, '1月农村公路养护片区劳务费', '汛期水毁农村公路抢修机械台班费'].map((summary) => entry({ ...upkeep, summary })),
      entry({ ...planning, summary: '规划外业调查租车费（越野车2辆×10天）' }),
      ...['拨付客运站一季度运营补助', '拨付客运站二季度运营补助', '拨付客运站三季度运营补助'].map((summary) => entry({ ...bus, summary })),
      entry({ summary: '3月电费', economicCode: '30206' }),
      entry({ summary: '购复印纸' }),
    ];

    it('flags road patching on the planning project (坑槽修补: 面坑, 槽 here, 坑, 槽 in the maintenance entries)', () => {
      const wrong = entry({ ...planning, summary: 'X035线路面坑槽修补' });
      const found = summaryProjectMismatch.check([...ledger('县乡道坑槽修补材料款'), wrong], context());
      expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
      expect(found[0]!.message).toContain('农村公路日常养护');
      expect(found[0]!.message).toContain('坑槽修补');
    });

    it('flags it worded otherwise on another project (Y012线坑槽修补: 线坑, 槽; 乡道坑槽修补沥青冷料款: 坑, 槽)', () => {
      const wrong = entry({ ...bus, economicCode: '30227', summary: 'Y012线坑槽修补' });
      const found = summaryProjectMismatch.check([...ledger('乡道坑槽修补沥青冷料款'), wrong], context());
      expect(found.map((f) => f.evidence[0]!.line)).toEqual([wrong.row]);
    });

    it('does not flag a run that is a kind of cost (技术服务费) or one the own project or basic spending also holds', () => {
      const survey = { nature: 'project' as const, projectName: '耕地保护动态监测', economicCode: '30227' };
      const registry = { nature: 'project' as const, projectName: '不动产登记能力建设', economicCode: '30227' };
      const cost = entry({ ...registry, summary: '档案整理技术服务费' });
      const own = entry({ ...planning, summary: 'X035线路面坑槽修补' });
      const found = summaryProjectMismatch.check(
        [
          ...['耕地卫片核查技术服务费', '耕地卫片核查技术服务费', '耕地卫片核查技术服务费'].map((summary) => entry({ ...survey, summary })),
          ...['不动产登记窗口临聘人员劳务费', '不动产登记窗口临聘人员劳务费'].map((summary) => entry({ ...registry, summary })),
          cost,
          ...ledger('县乡道坑槽修补材料款'),
          // The planning project's own survey of patching: the run is its too.
          entry({ ...planning, summary: '规划路线坑槽修补现状调查' }),
          own,
        ],
        context(),
      );
      expect(found.map((f) => f.message)).toEqual([]);
    });

    it('does not flag a trip about it (差旅费: what the trip was about, not whose money paid it)', () => {
      const trip = entry({ ...planning, economicCode: '30211', summary: '赴邻县考察坑槽修补新工艺差旅费' });
      expect(summaryProjectMismatch.check([...ledger('县乡道坑槽修补材料款'), trip], context())).toEqual([]);
    });
  });
});

describe('ledger.summary-project-mismatch: held-out 18 spent as dev-zxmx', () => {
  it('reads a venue named X之家 as one word of the project that builds it, not the people its name shares with another', () => {
    // Given a union's two projects whose names share 职工, and a venue of one bought on the other
    const home = { nature: 'project' as const, projectCode: 'GH2403', projectName: '职工之家建设经费', economicCode: '31002' };
    const skills = { nature: 'project' as const, projectCode: 'GH2404', projectName: '职工技能培训经费', economicCode: '30216' };
    const own = ['职工之家改造装修工程款', '职工之家活动室空调购置'].map((summary) => entry({ ...home, summary }));
    const courses = ['职工技能培训班讲课费', '职工技能培训班教材费'].map((summary) => entry({ ...skills, summary }));
    const misplaced = entry({ ...skills, economicCode: '31002', summary: '职工之家健身器材采购' });
    // When the ledger is checked, then only the venue's equipment on the skills project is flagged, naming the venue's project
    const found = summaryProjectMismatch.check([...own, ...courses, misplaced], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([misplaced.row]);
    expect(found[0]!.message).toContain('职工之家建设经费');
  });

  it("words many of the unit's project names carry (代表, 人大) name no project; a word the own project's entries also write is no habit of another", () => {
    // Given a 人大 office whose project names mostly carry 人大 and 代表, and the motions project paying the members' allowance
    const p = (code: string, projectName: string, economicCode = '30202') => ({ nature: 'project' as const, projectCode: code, projectName, economicCode });
    const visits = p('RD01', '代表视察调研经费');
    const home = p('RD02', '人大代表之家建设经费', '31002');
    const training = p('RD03', '人大代表履职能力培训经费', '30216');
    const motions = p('RD04', '议案建议办理经费');
    const sessions = p('RD05', '人大常委会会议经费', '30215');
    const annals = p('RD06', '人大志书编纂经费');
    const others = [
      ...['代表视察乡村振兴资料印制', '代表视察河长制资料印制'].map((summary) => entry({ ...visits, summary })),
      ...['代表之家改造工程款', '代表之家电子屏采购'].map((summary) => entry({ ...home, summary })),
      ...['代表履职培训班讲课费', '代表履职培训班讲课费', '代表履职能力提升培训班培训费'].map((summary) => entry({ ...training, summary })),
      entry({ ...sessions, summary: '常委会第9次会议会务费' }),
      entry({ ...annals, summary: '人大志书第二卷印刷费' }),
      entry({ ...motions, summary: '议案建议办理工作报告印刷' }),
    ];
    const allowance = entry({ ...motions, economicCode: '30399', summary: '发放2024年度人大代表履职补助' });
    const board = entry({ ...motions, summary: '代表履职风采展板制作' });
    const venue = entry({ ...motions, economicCode: '31002', summary: '代表之家桌椅采购' });
    // When the ledger is checked, then the allowance and the board stay silent, the venue's furniture is flagged
    const found = summaryProjectMismatch.check([...others, allowance, board, venue], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([venue.row]);
  });

  it("a fragment of the own name's word (资料 of 文史资料) that other projects' entries write more often ties no entry to the own project", () => {
    // Given an archive's annals project, its digitisation project and a guided-tour project printing 资料 every quarter
    const annals = { nature: 'project' as const, projectCode: 'DA01', projectName: '文史资料整理出版经费', economicCode: '30202' };
    const digital = { nature: 'project' as const, projectCode: 'DA02', projectName: '档案数字化加工经费', economicCode: '30227' };
    const tours = { nature: 'project' as const, projectCode: 'DA03', projectName: '红色教育基地讲解经费', economicCode: '30202' };
    const ledger = [
      ...['文史资料审稿劳务费', '文史资料整理校对费'].map((summary) => entry({ ...annals, summary })),
      ...['档案数字化扫描加工费', '档案数字化著录服务费'].map((summary) => entry({ ...digital, summary })),
      ...['一季度讲解资料印制', '二季度讲解资料印制', '三季度讲解资料印制', '四季度讲解资料印制'].map((summary) => entry({ ...tours, summary })),
    ];
    const misplaced = entry({ ...annals, summary: '档案数字化工作推进会资料汇编印刷' });
    const own = entry({ ...annals, summary: '文史资料第十辑印刷' });
    // When the ledger is checked, then the digitisation meeting's print on the annals project is flagged, the annals' own print is not
    const found = summaryProjectMismatch.check([...ledger, misplaced, own], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([misplaced.row]);
    expect(found[0]!.message).toContain('档案数字化加工经费');
  });
});
