import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { basicOnProject } from './basic-on-project.ts';

const project = { nature: 'project' as const, projectCode: 'XM001', projectName: '电子商务进农村综合示范项目' };

describe('ledger.basic-on-project', () => {
  it('社保卡 is a card, not a 社保 contribution: its readers on a 经办 project are the project\'s; 社保 paid from it stays basic', () => {
    const office = { nature: 'project' as const, projectCode: 'YB2403', projectName: '医保经办服务能力建设', payee: '县联创电脑经营部' };
    const readers = entry({ ...office, economicCode: '30218', summary: '经办窗口社保卡读卡器及耗材' });
    const contribution = entry({ ...office, economicCode: '30299', summary: '缴纳经办人员社保', payee: '县社会保险事业服务中心' });
    const found = basicOnProject.check([readers, contribution], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([contribution.row]);
  });

  it('a hospital\'s 行政楼 is the unit\'s office: its property fee on a clinical-centre project is basic spending', () => {
    const centre = { nature: 'project' as const, projectCode: 'YY2024-02', projectName: '胸痛中心及卒中中心建设', economicCode: '30209', payee: '县宜居物业公司' };
    const admin = entry({ ...centre, summary: '支付行政楼第三季度物业服务费' });
    const ward = entry({ ...centre, economicCode: '30218', summary: '胸痛中心导管室耗材采购', payee: '县康泰医疗器械有限公司' });
    const found = basicOnProject.check([admin, ward], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([admin.row]);
  });

  it('gifts under 303 go to the people a project serves, gifts naming the staff stay basic (dev-dyfz)', () => {
    const safety = { nature: 'project' as const, projectCode: 'DY2402', projectName: '道路运输安全监管执法', payee: '潭口县万家乐超市' };
    const drivers = entry({ ...safety, economicCode: '30399', summary: '春运期间一线客运驾驶员及站务人员慰问品（春运保障）' });
    const staff = entry({ ...safety, economicCode: '30399', summary: '干部职工中秋慰问品' });
    const welfare = entry({ ...safety, economicCode: '30229', summary: '中秋节慰问品' });
    const found = basicOnProject.check([drivers, staff, welfare], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([staff.row, welfare.row]);
  });

  it("a site named by one word of the project's name, the 摘要's note naming the project, is the project's unless the unit's basic spending names that word (dev-zzb, dev-paged)", () => {
    const talent = { nature: 'project' as const, projectName: '人才引进及服务专项经费', economicCode: '30206', payee: '国网枫江县供电公司' };
    const flat = entry({ ...talent, summary: '人才公寓公共区域电费（人才引进及服务专项）' });
    const archive = { nature: 'project' as const, projectName: '馆藏档案数字化建设', economicCode: '30206', payee: '国网柘岭县供电分公司' };
    const own = entry({ nature: 'basic', economicCode: '30206', summary: '支付1月档案馆库房及办公楼电费', payee: '国网柘岭县供电分公司' });
    const hall = entry({ ...archive, summary: '支付档案馆8月空调用电电费（馆藏档案数字化建设）' });
    // Without the note naming the project, one word of its name is a topic, not its site.
    const bare = entry({ ...talent, summary: '人才公寓公共区域电费' });
    const found = basicOnProject.check([flat, own, hall, bare], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([hall.row, bare.row]);
  });

  it('flags a project entry whose economic class is basic by nature (工资福利, 办公费, 电费)', () => {
    const entries = [
      entry({ ...project, economicCode: '30101', summary: '电商培训讲师课酬' }),
      entry({ ...project, economicCode: '30206', summary: '电商服务中心运营' }),
    ];
    const found = basicOnProject.check(entries, context());
    expect(found.map((f) => f.evidence[0]?.path)).toEqual([`ledger[row ${entries[0]!.row}]`, `ledger[row ${entries[1]!.row}]`]);
    expect(found[0]!.message).toContain('工资福利支出');
  });

  it('flags a project entry whose 摘要 names a routine running cost, unless the context makes it project spending', () => {
    const routine = entry({ ...project, economicCode: '30299', summary: '支付3月电费' });
    const onSite = entry({ ...project, economicCode: '30299', summary: '展会活动现场电费' });
    const found = basicOnProject.check([routine, onSite], context());
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('电费');
  });

  it('flags upkeep of the unit’s own office on a project, not the repair of the project’s own works', () => {
    const dyke = { nature: 'project' as const, projectCode: 'XM009', projectName: '小型水利工程维修养护' };
    const office = entry({ ...dyke, economicCode: '30213', summary: '局机关办公楼屋面漏水维修' });
    const works = entry({ ...dyke, economicCode: '30213', summary: '东干渠渠堤塌方维修' });
    const found = basicOnProject.check([office, works], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row]);
  });

  it('reads a routine word only as a word: 体检 of staff, not the characters of 气体|检测', () => {
    const air = { nature: 'project' as const, projectCode: 'XM010', projectName: '大气污染防治' };
    const meter = entry({ ...air, economicCode: '30213', summary: '有毒气体检测报警仪校准' });
    const staff = entry({ ...air, economicCode: '30299', summary: '在职职工体检费' });
    const found = basicOnProject.check([meter, staff], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([staff.row]);
  });

  it('reads a routine word only inside a bracketed note (值班餐（机关食堂）: where the meal was bought) as no cost; outside it, it is one', () => {
    const duty = { nature: 'project' as const, projectName: '应急值班值守' };
    const meals = entry({ ...duty, economicCode: '30299', summary: '春节期间应急值班人员值班餐（机关食堂）', payee: '县政府机关食堂' });
    const canteen = entry({ ...duty, economicCode: '30299', summary: '机关食堂3月燃气费（应急值班值守）' });
    const staff = entry({ ...duty, economicCode: '30299', summary: '中秋节慰问（工会会员）' });
    const found = basicOnProject.check([meals, canteen, staff], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([canteen.row, staff.row]);
  });

  it('leaves the pay of the providers 基本公卫 funds may pay (公卫人员 on 基本公共卫生服务项目); flags the unit\'s staff pay on it, and other projects\' own staff', () => {
    const phs = { nature: 'project' as const, projectCode: 'FL24WJ04', projectName: '基本公共卫生服务项目', economicCode: '30107' };
    const own = entry({ ...phs, summary: '发放公卫人员上半年绩效（基本公卫项目经费）' });
    const staff = entry({ ...phs, summary: '发放职工12月基本工资（补差）', economicCode: '30101' });
    const office = entry({ ...phs, summary: '发放机关公卫人员绩效' });
    const generic = entry({ ...phs, summary: '发放服务人员绩效' });
    const enforcement = entry({ nature: 'project', projectName: '执法办案经费', economicCode: '30107', summary: '发放执法人员年终绩效' });
    const found = basicOnProject.check([own, staff, office, generic, enforcement], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([staff.row, office.row, generic.row, enforcement.row]);
  });

  it('flags the unit office\'s computers bought on a project (办公设备购置 naming the unit\'s office), not the project\'s own equipment', () => {
    const aid = { nature: 'project' as const, projectCode: 'ZGH2401', projectName: '困难职工帮扶解困资金', economicCode: '31002' };
    const office = entry({ ...aid, summary: '机关办公电脑及打印机采购' });
    const own = entry({ ...aid, summary: '帮扶中心服务窗口排队叫号机采购' });
    const found = basicOnProject.check([office, own], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row]);
  });

  it('leaves basic entries and ordinary project spending alone', () => {
    const entries = [entry({ economicCode: '30206', summary: '支付3月电费' }), entry({ ...project, economicCode: '30216', summary: '电商培训讲师课酬' })];
    expect(basicOnProject.check(entries, context())).toEqual([]);
  });

  it('leaves the utilities of a site the project itself names, and the wages of workers it hired; flags the office\'s', () => {
    const station = { nature: 'project' as const, projectName: '若水超限检测站运行经费' };
    const site = entry({ ...station, economicCode: '30206', summary: '若水超限检测站一季度电费' });
    const office = entry({ ...station, economicCode: '30206', summary: '局机关办公楼检测站分摊电费' });
    const otherSite = entry({ ...project, economicCode: '30206', summary: '支付电子商务公共服务中心电费' });
    const hired = entry({ ...project, economicCode: '30226', summary: '聘用电商讲解员3月工资' });
    const staff = entry({ ...project, economicCode: '30299', summary: '发放3月工资' });
    const found = basicOnProject.check([site, office, otherSite, hired, staff], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row, otherSite.row, staff.row]);
  });

  it('reads a site noun at the start of a compound site name (水库 of 水库管理所) as the project\'s own site', () => {
    const reservoir = { nature: 'project' as const, projectName: '小型水库安全运行管护经费' };
    const dutyRoom = entry({ ...reservoir, economicCode: '30206', summary: '水库管理所值班室电费' });
    const office = entry({ ...reservoir, economicCode: '30206', summary: '局机关水库科电费' });
    const other = entry({ ...reservoir, economicCode: '30206', summary: '车库照明电费' });
    const found = basicOnProject.check([dutyRoom, office, other], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row, other.row]);
  });

  it('a cost whose object names two words of the project\'s name is the project\'s site; one topic word is not', () => {
    const memorial = { nature: 'project' as const, projectName: '烈士纪念设施管护' };
    const lights = entry({ ...memorial, economicCode: '30206', summary: '烈士纪念碑及陵园照明电费（全年）' });
    const office = entry({ ...memorial, economicCode: '30205', summary: '机关办公楼烈士纪念展厅水费' });
    const centre = entry({ ...project, economicCode: '30206', summary: '支付电子商务公共服务中心一季度电费' });
    const found = basicOnProject.check([lights, office, centre], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row, centre.row]);
  });

  it('reads the object of a utility bill: street lights on a street-light project are the project\'s, a 文化馆 on a 送戏下乡 project is not', () => {
    const lights = { nature: 'project' as const, projectName: '城市路灯维护经费' };
    const shows = { nature: 'project' as const, projectName: '送戏下乡文化惠民演出经费' };
    const own = entry({ ...lights, economicCode: '30206', summary: '支付城区路灯3月电费' });
    const ownQuarter = entry({ ...lights, economicCode: '30299', summary: '缴纳滨江路灯一季度（补）电费' });
    const notOwn = entry({ ...shows, economicCode: '30206', summary: '支付文化馆二季度电费' });
    const hired30199 = entry({ ...lights, economicCode: '30199', summary: '路灯临聘电工3月工资' });
    const staff30101 = entry({ ...lights, economicCode: '30101', summary: '路灯所在编人员3月工资' });
    const found = basicOnProject.check([own, ownQuarter, notOwn, hired30199, staff30101], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([notOwn.row, staff30101.row]);
  });

  it('a site whose object contains the project\'s core name is its own; 劳务费 pay is hired labour whatever its words', () => {
    const fire = { nature: 'project' as const, projectName: '43122624T0001 森林防火专项经费' };
    const tower = entry({ ...fire, economicCode: '30206', summary: '铜湾森林防火瞭望台电费' });
    const crew = entry({ ...fire, economicCode: '30226', summary: '扑火队队员8月加班工资' });
    const office = entry({ ...fire, economicCode: '30206', summary: '局机关森林防火办公室电费' });
    const bonus = entry({ ...fire, economicCode: '30299', summary: '发放8月奖金' });
    const found = basicOnProject.check([tower, crew, office, bonus], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row, bonus.row]);
  });

  it('the data fees of field monitoring stations a project runs are the project\'s', () => {
    const flood = { nature: 'project' as const, projectName: '防汛抗旱专项经费' };
    const gauges = entry({ ...flood, economicCode: '30207', summary: '一季度雨量站通讯卡流量费' });
    const phones = entry({ ...flood, economicCode: '30207', summary: '一季度电话费' });
    expect(basicOnProject.check([gauges, phones], context()).map((f) => f.evidence[0]!.line)).toEqual([phones.row]);
  });

  it('办公费, 邮电费 and 物业管理费 on a project are basic only when the 摘要 says nothing but routine office words or names the office', () => {
    const court = { nature: 'project' as const, projectName: '审判业务经费' };
    const business = [
      entry({ ...court, economicCode: '30207', summary: '法律文书EMS邮寄送达费（12月，1862件）' }),
      entry({ ...court, economicCode: '30201', summary: '庭审录音录像光盘刻录耗材' }),
      entry({ ...court, economicCode: '30209', summary: '县体育馆第1季度保洁及安保服务费' }),
    ];
    const routine = entry({ ...court, economicCode: '30201', summary: '购买打印纸及硒鼓' });
    const quarterly = entry({ ...court, economicCode: '30209', summary: '一季度物业服务费' });
    const building = entry({ ...court, economicCode: '30209', summary: '支付第3季度审判综合楼物业管理费' });
    const union = entry({ ...court, economicCode: '30228', summary: '庭审工作工会经费' });
    const found = basicOnProject.check([...business, routine, quarterly, building, union], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([routine.row, quarterly.row, building.row, union.row]);
  });

  it('a routine word in a 摘要 that names the project\'s own words is the project\'s, unless it is about the unit\'s staff or office', () => {
    const meals = { nature: 'project' as const, projectName: '农村义务教育学校营养改善计划' };
    const canteen = entry({ ...meals, economicCode: '30227', summary: '学校食堂从业人员健康体检' });
    const staffCheck = entry({ ...meals, economicCode: '30299', summary: '局机关干部职工健康体检' });
    const gifts = entry({ ...meals, economicCode: '30299', summary: '学校营养餐工作人员节日慰问品' });
    const found = basicOnProject.check([canteen, staffCheck, gifts], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([staffCheck.row, gifts.row]);
  });

  it('a routine word about the people a project serves (从业人员, 学校) is the project\'s work', () => {
    const health = { nature: 'project' as const, projectName: '慢性病综合防控示范区建设' };
    const served = entry({ ...health, economicCode: '30218', summary: '餐饮单位从业人员健康证体检试剂' });
    const schools = entry({ ...health, economicCode: '30227', summary: '学校食堂饮用水卫生监测' });
    const staff = entry({ ...health, economicCode: '30299', summary: '中心职工健康体检' });
    expect(basicOnProject.check([served, schools, staff], context()).map((f) => f.evidence[0]!.line)).toEqual([staff.row]);
    // 基本公卫's 老年人健康管理: the elderly public's health checks, not the 卫生院's staff 体检.
    const publicHealth = { nature: 'project' as const, projectName: '基本公共卫生服务项目' };
    const elderly = entry({ ...publicHealth, economicCode: '30227', summary: '老年人免费健康体检外送检验费（5月）' });
    const ownStaff = entry({ ...publicHealth, economicCode: '30299', summary: '卫生院职工年度健康体检' });
    expect(basicOnProject.check([elderly, ownStaff], context()).map((f) => f.evidence[0]!.line)).toEqual([ownStaff.row]);
  });

  it('the wages of other employers\' workers that the unit supervises (农民工工资, 欠薪) are the project\'s object, not its payroll', () => {
    const inspection = { nature: 'project' as const, projectName: '劳动保障监察执法' };
    const platform = entry({ ...inspection, economicCode: '30227', summary: '农民工工资支付监控预警平台运维服务费' });
    const staff = entry({ ...inspection, economicCode: '30299', summary: '劳动监察大队工作人员绩效工资' });
    const found = basicOnProject.check([platform, staff], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([staff.row]);
  });

  it('the power of a project\'s own cold store and the allowances of census takers are the project\'s; the office\'s power is not', () => {
    const immunisation = { nature: 'project' as const, projectName: '免疫规划专项经费' };
    const census = { nature: 'project' as const, projectName: '第五次全国经济普查' };
    const coldStore = entry({ ...immunisation, economicCode: '30206', summary: '疫苗冷链设备电费' });
    const takers = entry({ ...census, economicCode: '30299', summary: '普查员电话费补贴' });
    const office = entry({ ...census, economicCode: '30206', summary: '局机关办公楼电费' });
    const found = basicOnProject.check([coldStore, takers, office], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row]);
  });

  it('pay through a transfer to persons (303) goes to people outside the unit\'s payroll; the unit\'s own staff pay booked there does not', () => {
    const aid = { nature: 'project' as const, projectName: '对口支援专业技术人员选派' };
    const seconded = entry({ ...aid, economicCode: '30399', summary: '选派支边教师在外期间原单位工资差额补助' });
    const bonus = entry({ ...aid, economicCode: '30399', summary: '局机关干部年终奖发放' });
    const asWelfare = entry({ ...aid, economicCode: '30299', summary: '选派支边教师在外期间原单位工资差额补助' });
    const found = basicOnProject.check([seconded, bonus, asWelfare], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([bonus.row, asWelfare.row]);
    // 高龄津贴 (30305 生活补助) goes to the elderly; the unit's own 津贴 stays basic under 301 or when it names the office.
    const elderly = { nature: 'project' as const, projectName: '居家养老服务补贴及站点运营' };
    const oldAge = entry({ ...elderly, economicCode: '30305', summary: '发放80周岁以上老人高龄津贴（补贴发放）' });
    const staffAllowance = entry({ ...elderly, economicCode: '30102', summary: '发放养老服务站工作人员津贴' });
    const officeAllowance = entry({ ...elderly, economicCode: '30399', summary: '街道机关干部下乡津贴' });
    const more = basicOnProject.check([oldAge, staffAllowance, officeAllowance], context());
    expect(more.map((f) => f.evidence[0]!.line)).toEqual([staffAllowance.row, officeAllowance.row]);
  });

  it('a social-insurance subsidy under 303 goes to the people a programme helps; the unit\'s own contribution under 301 or on its office stays basic', () => {
    const jobs = { nature: 'project' as const, projectName: '就业创业扶持资金' };
    const helped = entry({ ...jobs, economicCode: '30305', summary: '灵活就业人员养老保险补贴兑付' });
    const own = entry({ ...jobs, economicCode: '30108', summary: '缴纳在职人员养老保险' });
    const office = entry({ ...jobs, economicCode: '30399', summary: '局机关干部社保补缴' });
    const found = basicOnProject.check([helped, own, office], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([own.row, office.row]);
  });

  it('a site\'s running cost named under 物业管理费 or 邮电费 is judged by the site it names: the project\'s own site is its business, another site is basic', () => {
    const shows = { nature: 'project' as const, projectName: '送戏下乡文化惠民演出经费' };
    const hall = entry({ ...shows, economicCode: '30209', summary: '支付文化馆二季度物业管理费' });
    const venue = entry({ ...shows, economicCode: '30209', summary: '县体育馆第1季度保洁及安保服务费' });
    const station = entry({ nature: 'project', projectName: '若水超限检测站运行经费', economicCode: '30207', summary: '若水超限检测站宽带费' });
    const kiosk = entry({ nature: 'project', projectName: '慢性病综合防控示范区建设', economicCode: '30207', summary: '慢病示范区健康小屋宽带费' });
    const found = basicOnProject.check([hall, venue, station, kiosk], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([hall.row]);
  });
});

describe('ledger.basic-on-project reads an entry line with its voucher\'s 摘要', () => {
  it('flags a line under a voucher that names a routine running cost (支付3月电费), though the line names only the place', () => {
    // Given an entry line 局机关 under the voucher 支付3月电费, charged to a project
    const line = entry({ ...project, economicCode: '30299', summary: '局机关', voucherSummary: '支付3月电费' });
    // When the rule reads it
    const found = basicOnProject.check([line], context());
    // Then the voucher's routine cost is the evidence, and the message quotes both texts
    expect(found.map((f) => f.evidence[0]?.path)).toEqual([`ledger[row ${line.row}]`]);
    expect(found[0]!.message).toContain('凭证摘要“支付3月电费”');
  });

  it('a routine cost the project\'s own name carries (机关食堂 of 机关食堂运行补助) is the project\'s, under its class too; staff pay and another project are not', () => {
    const canteen = { nature: 'project' as const, projectName: '机关食堂运行补助' };
    const subsidy = entry({ ...canteen, economicCode: '30229', summary: '第1季度机关食堂运行补助', payee: '县机关食堂' });
    const groceries = entry({ ...canteen, economicCode: '30229', summary: '机关食堂食材配送服务费（职工餐）' });
    const elsewhere = entry({ nature: 'project', projectName: '公共机构节能', economicCode: '30229', summary: '机关食堂运行补助' });
    const pay = entry({ ...canteen, economicCode: '30101', summary: '食堂工作人员基本工资' });
    const found = basicOnProject.check([subsidy, groceries, elsewhere, pay], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([elsewhere.row, pay.row]);
  });

  it('a routine payee (燃气公司) is no evidence when the 摘要 names a cost the project\'s own name carries (学员食堂燃气费)', () => {
    const school = { nature: 'project' as const, projectName: '学员食堂及宿舍运行保障', economicCode: '30299' };
    const gas = entry({ ...school, summary: '学员食堂燃气费', payee: '县华润燃气公司' });
    const bare = entry({ ...school, summary: '3月结算', payee: '县华润燃气公司' });
    const found = basicOnProject.check([gas, bare], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([bare.row]);
  });

  it('a running cost inside a subsidy paid to others (303: 运营补助（含水电费）) is the recipient\'s, not the unit\'s', () => {
    const homes = { nature: 'project' as const, projectCode: 'XM031', projectName: '农村互助幸福院建设' };
    const grant = entry({ ...homes, economicCode: '30399', summary: '幸福院运营补助（含水电费）' });
    const own = entry({ ...homes, economicCode: '30299', summary: '支付局机关水电费' });
    const found = basicOnProject.check([grant, own], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([own.row]);
  });

  it('a project that pays an allowance (乡村教师生活补助) books it under its pay class: an entry restating the name is no finding; other pay is', () => {
    const rural = { nature: 'project' as const, projectName: '乡村教师生活补助', economicCode: '30102' };
    const paid = entry({ ...rural, summary: '发放1月乡村教师生活补助' });
    const bonus = entry({ ...rural, summary: '发放教职工年终绩效奖' });
    const found = basicOnProject.check([paid, bonus], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([bonus.row]);
  });
});

describe('ledger.basic-on-project: the staff summer allowance (held-out 18 spent as dev-zxmx)', () => {
  it("flags the staff's 防暑降温费 on a meetings project; the workers' on a sanitation project that names them is its own", () => {
    const meetings = { nature: 'project' as const, projectCode: 'ZX01', projectName: '全体会议及常委会议经费', economicCode: '30299' };
    const sanitation = { nature: 'project' as const, projectCode: 'HW01', projectName: '城乡环卫保洁经费', economicCode: '30299' };
    const staff = entry({ ...meetings, summary: '发放机关干部职工防暑降温费', payee: '在职职工' });
    const workers = entry({ ...sanitation, summary: '环卫保洁工人防暑降温费' });
    const found = basicOnProject.check([staff, workers], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([staff.row]);
  });
});
