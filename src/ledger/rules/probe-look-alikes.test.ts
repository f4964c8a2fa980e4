/**
 * Look-alikes found by scripts/probe-ledger.ts (invented kinds, not from a fixture): each stays silent, each control
 * beside it is still flagged.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { basicOnProject } from './basic-on-project.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';
import { threePublic } from './three-public.ts';

const rowsOf = (found: ReturnType<typeof threePublic.check>) =>
  found.filter((f) => f.evidence[0]?.path?.startsWith('ledger[row')).map((f) => f.evidence[0]!.line);

describe('probe look-alikes (scripts/probe-ledger.ts)', () => {
  it('车辆购置税 as the subject of a tax office\'s work (征管, 免税, 代收代缴) is no car bought; paying it is', () => {
    const tax = { nature: 'project' as const, projectCode: 'XM2405', projectName: '车辆购置税征管宣传' };
    const board = entry({ ...tax, economicCode: '30202', summary: '车辆购置税征管宣传展板制作', payee: '县广告传媒有限公司' });
    const check = entry({ ...tax, economicCode: '30299', summary: '车辆购置税免税车辆核查工作餐', payee: '县机关食堂' });
    const paid = entry({ economicCode: '30299', summary: '缴纳新购执法车辆车辆购置税', payee: '国家税务总局县税务局' });
    expect(rowsOf(threePublic.check([board, check, paid], context()))).toEqual([paid.row]);
  });

  it('a publicity board about passports and a staff member\'s home leave to 香港 are no trip abroad; a trip to 日本 is', () => {
    const board = entry({ economicCode: '30202', summary: '护照签证知识宣传展板', payee: '县广告传媒有限公司' });
    const leave = entry({ economicCode: '30211', summary: '职工赴港澳地区探亲往返路费', payee: '周九' });
    const trip = entry({ economicCode: '30211', summary: '赴日本考察学习费用', payee: '县国际旅行社' });
    expect(rowsOf(threePublic.check([board, leave, trip], context()))).toEqual([trip.row]);
  });

  it("a sports event's staff fed at the venue's restaurant is an event cost; an inspection group fed there is hospitality", () => {
    const games = { nature: 'project' as const, projectCode: 'XM2409', projectName: '全民健身赛事活动', economicCode: '30299', payee: '县体育中心餐厅' };
    const staff = entry({ ...games, summary: '全民健身赛事工作人员用餐' });
    const group = entry({ ...games, summary: '市体育局检查组用餐' });
    const election = entry({ economicCode: '30299', summary: '选举投票站工作人员午餐', payee: '县好味饭店' });
    expect(rowsOf(threePublic.check([staff, group, election], context()))).toEqual([group.row]);
  });

  it("an examination's staff fed at a restaurant during it is an event cost (考务费); a visiting inspection group fed there is hospitality", () => {
    const exam = entry({ economicCode: '30299', summary: '中考考务工作人员午餐', payee: '县聚福酒家' });
    const group = entry({ economicCode: '30299', summary: '市教育局巡考组午餐', payee: '县聚福酒家' });
    expect(rowsOf(threePublic.check([exam, group], context()))).toEqual([group.row]);
  });

  it("a water works' pumping station is the water-supply project's own site; the unit's office electricity is not", () => {
    const water = { nature: 'project' as const, projectCode: 'XM2404', projectName: '农村饮水安全工程运行维护', economicCode: '30206', payee: '国网县供电公司' };
    const pump = entry({ ...water, summary: '水厂加压泵站电费' });
    const lift = entry({ ...water, summary: '提灌站抽水电费' });
    const office = entry({ ...water, summary: '局机关办公楼电费' });
    const found = basicOnProject.check([pump, lift, office], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row]);
  });

  it("a kind of work (宣传) shared with another project's name is no second subject word of it", () => {
    const law = { nature: 'project' as const, projectCode: 'XM2407', projectName: '交通运输综合行政执法', economicCode: '30202', payee: '县广告传媒有限公司' };
    const tax = { nature: 'project' as const, projectCode: 'XM2405', projectName: '车辆购置税征管宣传', economicCode: '30202', payee: '县新华印刷厂' };
    const own = ['交通运输综合行政执法装备购置', '交通运输综合行政执法装备购置'].map((summary) => entry({ ...law, economicCode: '31002', summary }));
    const theirs = ['车辆购置税征管宣传品制作', '车辆购置税征管宣传品制作'].map((summary) => entry({ ...tax, summary }));
    const banner = entry({ ...law, summary: '货运车辆超限超载治理宣传横幅' });
    const named = entry({ ...law, summary: '车辆购置税征管宣传品补印' });
    const found = summaryProjectMismatch.check([...own, ...theirs, banner, named], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([named.row]);
  });

  it("a duty lawyer's 值班补贴 on a petition project is hired service; the staff's own 值班补贴 there is basic", () => {
    const petition = { nature: 'project' as const, projectCode: 'XM2406', projectName: '信访接待中心运行', economicCode: '30226' };
    const lawyer = entry({ ...petition, summary: '接访群众矛盾调处律师值班补贴', payee: '县律师事务所' });
    const staff = entry({ ...petition, economicCode: '30299', summary: '机关干部节假日值班补贴', payee: '在职人员工资代发户' });
    const found = basicOnProject.check([lawyer, staff], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([staff.row]);
  });

  it("gifts for an event project's athletes serve the project; gifts for the staff do not", () => {
    const games = { nature: 'project' as const, projectCode: 'XM2409', projectName: '全民健身赛事活动', economicCode: '30299', payee: '县百货超市' };
    const own = ['全民健身赛事活动组织费', '全民健身赛事活动组织费'].map((summary) => entry({ ...games, economicCode: '30227', summary }));
    const athletes = entry({ ...games, summary: '为参赛运动员加油鼓劲慰问品' });
    const gifts = entry({ ...games, summary: '购买中秋月饼' });
    const found = summaryProjectMismatch.check([...own, athletes, gifts], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([gifts.row]);
  });

  it("a 摘要 its own project repeats is the own project's vocabulary: a shared run (安全检查劳务费) names no other project", () => {
    const law = { nature: 'project' as const, projectCode: 'XM2407', projectName: '交通运输综合行政执法', economicCode: '30226', payee: '专家劳务费代发专户' };
    const tour = { nature: 'project' as const, projectCode: 'XM2412', projectName: '旅游市场监管', economicCode: '30226', payee: '专家劳务费代发专户' };
    const theirs = [1, 2, 3].flatMap(() => [
      entry({ ...law, summary: '道路运输安全检查劳务费' }),
      entry({ ...law, economicCode: '30227', summary: '货运车辆动态监控平台服务费', payee: '县信息技术服务有限公司' }),
    ]);
    const water = { nature: 'project' as const, projectCode: 'XM2404', projectName: '农村饮水安全工程运行维护', economicCode: '30227', payee: '县水利服务站' };
    const third = [1, 2, 3].map(() => entry({ ...water, summary: '供水设施安全检查' }));
    const own = [1, 2, 3].map(() => entry({ ...tour, summary: '旅游安全检查劳务费' }));
    const stray = entry({ ...tour, economicCode: '30227', summary: '货运车辆动态监控平台服务费', payee: '县信息技术服务有限公司' });
    const found = summaryProjectMismatch.check([...theirs, ...third, ...own, stray], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([stray.row]);
  });

  it('a 三公 item as the subject of software, an audit, a procurement, a refund or a campaign is no meal, trip or car', () => {
    const topics = [
      ['30227', '接待费报销审核软件升级'],
      ['30202', '公务接待信息公开专栏制作'],
      ['30227', '因公出国（境）经费决算审计'],
      ['30227', '公务用车定点维修厂家招标代理费'],
      ['30226', '公务接待定点饭店采购项目评审费'],
      ['30299', '车辆购置税收入退库手续费'],
      ['30202', '宴请类违规问题专项整治宣传'],
      ['30227', '因公出国（境）审批系统运维'],
      ['30299', '公务用车驾驶员体检'],
      ['30202', '因公出国（境）团组公示'],
      ['30201', '公务用车使用登记本'],
    ].map(([economicCode, summary]) => entry({ economicCode, summary, payee: '县某服务有限公司' }));
    const meal = entry({ economicCode: '30201', summary: '公务接待定点饭店工作餐（省厅调研组）', payee: '县好味饭店' });
    const repair = entry({ economicCode: '30227', summary: '公务用车定点维修厂维修费', payee: '县汽车修理厂' });
    expect(rowsOf(threePublic.check([...topics, meal, repair], context()))).toEqual([meal.row, repair.row]);
  });

  it("the venue of an event a project holds (会场, 赛事场馆, 培训教室) is the event's; the unit's office is not", () => {
    const course = { nature: 'project' as const, projectCode: 'XM2403', projectName: '干部教育培训', economicCode: '30206', payee: '国网县供电公司' };
    const room = entry({ ...course, summary: '培训教室空调电费' });
    const hall = entry({ ...course, projectCode: 'XM2413', projectName: '县人代会会议经费', summary: '人代会会场空调电费' });
    const games = entry({ ...course, projectCode: 'XM2409', projectName: '全民健身赛事活动', summary: '赛事场馆空调电费' });
    const office = entry({ ...course, summary: '局机关办公楼空调电费' });
    const found = basicOnProject.check([room, hall, games, office], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row]);
  });
});
