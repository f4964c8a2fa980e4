/**
 * Kinds found by the tenth probe batch of scripts/probe-ledger.ts (2026-12-05, ledtune), written as a finance officer
 * writes them: each test states what a reviewer would conclude, and the rule must agree in whatever words.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { threePublicSums } from '../testing/three-public-sums.ts';
import { basicOnProject } from './basic-on-project.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

describe('another project named only by a fragment or a kind of cost', () => {
  it('农民 inside 返乡农民工 names no 高素质农民培育 work: a migrant worker\'s job desk stays with the jobs project', () => {
    const jobs = { nature: 'project' as const, projectCode: 'JY01', projectName: '就业创业补贴', payee: '县广告传媒有限公司' };
    const farmers = { nature: 'project' as const, projectCode: 'NM01', projectName: '高素质农民培育', economicCode: '30216', payee: '县农广校' };
    const theirs = ['高素质农民培训班讲课费', '农民培训班教材资料费', '农民田间学校实训基地租金', '高素质农民培训班讲课费'].map((summary) => entry({ ...farmers, summary }));
    const own = ['就业创业补贴发放', '公益性岗位补贴发放'].map((summary) => entry({ ...jobs, economicCode: '30399', summary }));
    const desk = entry({ ...jobs, economicCode: '30202', summary: '返乡农民工就业接待咨询台布置' });
    expect(summaryProjectMismatch.check([...theirs, ...own, desk], context())).toEqual([]);
    // The same project named by its words outright is still found.
    const course = entry({ ...jobs, economicCode: '30216', summary: '高素质农民培训班讲课费（第三期）', payee: '县农广校' });
    expect(summaryProjectMismatch.check([...theirs, ...own, course], context()).map((f) => f.evidence[0]!.line)).toEqual([course.row]);
  });

  it('a toll (过路费) paid to the road office another project also pays names no subject of that project', () => {
    const relief = { nature: 'project' as const, projectCode: 'WQ01', projectName: '困难群众节日慰问' };
    const roads = { nature: 'project' as const, projectCode: 'GL01', projectName: '农村公路养护' };
    const theirs = [
      entry({ ...roads, economicCode: '30213', summary: '农村公路养护工程款', payee: '县路桥养护有限公司' }),
      entry({ ...roads, economicCode: '30299', summary: '养护巡查过路费', payee: '县高速公路管理处' }),
    ];
    const own = ['春节困难群众慰问金发放', '困难群众慰问品采购'].map((summary) => entry({ ...relief, economicCode: '30305', summary }));
    const toll = entry({ ...relief, economicCode: '30239', summary: '运送救灾物资租用货车过路费', payee: '县高速公路管理处' });
    expect(summaryProjectMismatch.check([...theirs, ...own, toll], context())).toEqual([]);
  });
});

describe('a site of the project named by a word of its name', () => {
  it('充电站 electricity on a charging-infrastructure project is the site\'s running cost; the office\'s bill is basic', () => {
    const charging = { nature: 'project' as const, projectCode: 'CD01', projectName: '新能源汽车充电基础设施建设', economicCode: '30206', payee: '国网县供电公司' };
    const station = entry({ ...charging, summary: '充电站运行电费' });
    const office = entry({ ...charging, summary: '局机关3月电费' });
    expect(basicOnProject.check([station, office], context()).map((f) => f.evidence[0]!.line)).toEqual([office.row]);
  });

  it('a site the unit\'s basic spending pays too (its own 充电站) stays basic on a project', () => {
    const charging = { nature: 'project' as const, projectCode: 'CD01', projectName: '新能源汽车充电基础设施建设', economicCode: '30206', payee: '国网县供电公司' };
    const own = entry({ nature: 'basic', economicCode: '30206', summary: '机关大院充电站电费', payee: '国网县供电公司' });
    const station = entry({ ...charging, summary: '充电站运行电费' });
    expect(basicOnProject.check([own, station], context()).map((f) => f.evidence[0]!.line)).toEqual([station.row]);
  });
});

describe('三公 hidden in goods, car care and plates', () => {
  it('tobacco, drink and fruit bought for a named visiting party are 公务接待; the word alone from a shop is one signal; tea for visiting petitioners is not', () => {
    const cigarettes = entry({ economicCode: '30201', summary: '购买接待用烟酒（市考核组一行5人）', payee: '县百货超市', amount: 86_000 });
    const fruit = entry({ economicCode: '30201', summary: '接待用水果', payee: '县百货超市', amount: 12_000 });
    const tea = entry({ economicCode: '30201', summary: '接待来访群众茶叶纸杯', payee: '县百货超市', amount: 9_000 });
    const r = threePublicSums([cigarettes, fruit, tea]);
    expect(r.reception).toBe(86_000);
    expect(r.rows).toEqual([cigarettes.row]);
  });

  it('a car wash paid under 办公费 is the car\'s running; a new car\'s plates count with the purchase', () => {
    const wash = entry({ economicCode: '30201', summary: '洗车费', payee: '县洗车行', amount: 4_000 });
    const plates = entry({ economicCode: '30299', summary: '新车上牌费', payee: '县车管所', amount: 20_000 });
    const bike = entry({ economicCode: '30202', summary: '电动自行车上牌登记宣传', payee: '县广告传媒有限公司', amount: 50_000 });
    const r = threePublicSums([wash, plates, bike]);
    expect(r.vehicleOperation).toBe(4_000);
    expect(r.vehiclePurchase).toBe(20_000);
    expect(r.rows).toEqual([wash.row, plates.row]);
  });
});

describe('a gift or leisure word that is the object of oversight', () => {
  const tourism = { nature: 'project' as const, projectCode: 'LY01', projectName: '旅游市场监管', economicCode: '30227', payee: '县旅游协会' };
  const enforcement = { nature: 'project' as const, projectCode: 'ZF01', projectName: '交通运输综合行政执法', economicCode: '30227', payee: '县烟草专卖局' };
  it('travel agencies inspected and illegal tobacco enforced against are what is regulated, not what was bought', () => {
    const agencies = entry({ ...tourism, summary: '研学旅行社资质检查' });
    const tobacco = entry({ ...enforcement, summary: '打击非法烟酒经营联合执法' });
    expect(summaryProjectMismatch.check([agencies, tobacco], context())).toEqual([]);
  });
  it('tobacco bought for a visiting inspection group (检查组) is still a gift', () => {
    const gift = entry({ ...enforcement, economicCode: '30299', summary: '购买烟酒迎接检查组', payee: '县百货超市' });
    expect(summaryProjectMismatch.check([gift], context()).map((f) => f.evidence[0]!.line)).toEqual([gift.row]);
  });
});

describe('kinds met in dledw\'s blind ledgers (dev-pzdy, dev-lcgs)', () => {
  it('a plate written with the province\'s other 简称 (黔C) is a plate; a print on a publicity van (喷绘) is no repair', () => {
    const parking = entry({ economicCode: '30211', summary: '黔C·G0518 省城办事停车费（3天）', payee: '杨帆', amount: 18_000 });
    const van = entry({ economicCode: '30202', summary: '法治宣传车（黔E·F3207）喷绘宣传画面更换', payee: '县广告传媒有限公司', amount: 98_000 });
    const r = threePublicSums([parking, van]);
    expect(r.vehicleOperation).toBe(18_000);
    expect(r.rows).toEqual([parking.row]);
  });

  it('a mobile screening van (专用医疗车) is a special-purpose vehicle like an ambulance', () => {
    const van = entry({ economicCode: '30299', summary: '流动听力筛查车（晋E·Y0217 专用医疗车）下乡筛查燃油', payee: '中国石油黎坪销售分公司', amount: 62_000 });
    expect(threePublicSums([van]).vehicleOperation).toBe(0);
  });

  it('tendered projects after a trip clause (赴乡镇开展招投标项目后评估) name no other project', () => {
    const panel = { nature: 'project' as const, projectCode: 'GZ2405', projectName: '招标代理机构“考评团”年度考评及信用评价', economicCode: '30214', payee: '县安达汽车租赁有限公司' };
    const survey = entry({ ...panel, summary: '租用越野车（黔C·A3B71 含驾驶员）赴乡镇开展招投标项目后评估现场踏勘' });
    expect(summaryProjectMismatch.check([survey], context())).toEqual([]);
  });

  it('the centre\'s own outpatient building cleaned from a maternal-health project is basic spending', () => {
    const maternal = { nature: 'project' as const, projectCode: 'FY2402', projectName: '孕产妇及0—6岁儿童健康管理', economicCode: '30209', payee: '黎坪县安康物业服务有限公司' };
    const cleaning = entry({ ...maternal, summary: '中心门诊楼保洁服务费（一季度）' });
    expect(basicOnProject.check([cleaning], context()).map((f) => f.evidence[0]!.line)).toEqual([cleaning.row]);
  });
});
