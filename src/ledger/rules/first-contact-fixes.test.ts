/**
 * Fixes after the ledger first-contact measure (scripts/first-contact-ledger.ts, docs/first-contact.md, 2026-12-05, lfc):
 * causes that still fired or missed on new wordings in scripts/probe-ledger.ts. Each test states the kind in words that
 * are neither the probe's nor a fixture's, with the neighbour that must keep its outcome.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { oneEntrySums } from '../testing/three-public-sums.ts';
import { basicOnProject } from './basic-on-project.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';

const one = oneEntrySums;

describe('ledger first-contact causes probed in new words', () => {
  it('a banquet named by its kind is hospitality, also under 会议费; a village 家宴 as a topic is not', () => {
    expect(one('30215', '文旅推介活动欢迎宴', '县锦江大饭店').reception).toBe(1000);
    expect(one('30215', '重点项目集中开工庆功宴', '县望江楼酒店').reception).toBe(1000);
    expect(one('30299', '客商座谈答谢宴酒水', '').reception).toBe(1000);
    expect(one('30202', '农村家宴食品安全宣传挂图', '县新华印刷厂').reception).toBe(0);
    // A meeting's own working meal stays the meeting's.
    expect(one('30215', '全县水利工作会议工作餐', '县锦江大饭店').reception).toBe(0);
  });

  it("an emergency crew's meal at a restaurant is the response's cost; a visiting group's meal there is still hospitality", () => {
    expect(one('30213', '水毁道路抢通机械操作手晚饭', '县好运来饭店').reception).toBe(0);
    expect(one('30299', '供水管网爆管抢修人员用餐', '县好运来饭店').reception).toBe(0);
    expect(one('30299', '省厅督导组一行晚饭', '县好运来饭店').reception).toBe(1000);
  });

  it("a road squad's station or a works camp the project's name names is the project's site; the office's power stays basic", () => {
    const roads = { nature: 'project' as const, projectCode: 'GL2403', projectName: '县道日常养护', economicCode: '30206', payee: '国网县供电公司' };
    const squad = entry({ ...roads, summary: '养护道班值班房电费（二季度）' });
    const yard = entry({ ...roads, economicCode: '30205', summary: '养护工区水费' });
    const office = entry({ ...roads, summary: '局机关二季度电费' });
    const found = basicOnProject.check([squad, yard, office], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row]);
  });

  it("a long word of another project that begins with a word of the own project's name is not distinctive by its length", () => {
    const course = { nature: 'project' as const, projectCode: 'PX01', projectName: '村干部能力培训', economicCode: '30216', payee: '县委党校' };
    const leaflet = { nature: 'project' as const, projectCode: 'XC01', projectName: '禁毒宣传教育', economicCode: '30202', payee: '县印务公司' };
    const theirs = ['禁毒宣传折页印制', '禁毒宣传展板制作', '禁毒志愿者培训教材印制'].map((summary) => entry({ ...leaflet, summary }));
    const own = ['村干部培训班讲课费', '村干部培训班场地费'].map((summary) => entry({ ...course, summary }));
    const books = entry({ ...course, summary: '培训教材印制' });
    // A long word of the other project with nothing of the own name in it still names that project.
    const posters = entry({ ...course, economicCode: '30202', summary: '禁毒宣传展板制作' });
    const found = summaryProjectMismatch.check([...theirs, ...own, books, posters], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([posters.row]);
  });

  it('a minivan (面包车) is a car, not a charter (包车); a hired one stays hired', () => {
    expect(one('30213', '机关面包车更换雨刮器', '县汽车修理厂').vehicleOperation).toBe(1000);
    expect(one('30299', '单位面包车年度交强险', '').vehicleOperation).toBe(1000);
    expect(one('30227', '租用面包车运送防汛物资', '县运输公司').vehicleOperation).toBe(0);
    expect(one('30227', '包车接送参训学员', '县客运公司').vehicleOperation).toBe(0);
  });

  it("a drill's participants fed at a restaurant are the drill's cost; a visiting group fed during it is still hospitality", () => {
    expect(one('30227', '地震应急演练保障人员晚餐', '县好运来饭店').reception).toBe(0);
    expect(one('30299', '演练期间省应急厅督导组一行晚餐', '县好运来饭店').reception).toBe(1000);
  });

  it("a run of another project's name in the 摘要 is not outweighed by a word of what was done that the own name holds (购置)", () => {
    const gear = { nature: 'project' as const, projectCode: 'ZB01', projectName: '应急装备购置', economicCode: '31002', payee: '县消防器材公司' };
    const fire = { nature: 'project' as const, projectCode: 'FH01', projectName: '森林防火监测体系建设', economicCode: '31002', payee: '县林业科技公司' };
    const theirs = ['防火瞭望塔视频监控安装', '林区防火监测探头维护'].map((summary) => entry({ ...fire, summary }));
    const own = entry({ ...gear, summary: '应急照明设备购置' });
    const towers = entry({ ...gear, summary: '森林防火监测终端设备购置' });
    const found = summaryProjectMismatch.check([...theirs, own, towers], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([towers.row]);
  });

  it('SUV and MPV are car nouns of running costs; a battery is a car item only beside a car noun', () => {
    expect(one('30299', '局里MPV车险续保', '县财产保险公司').vehicleOperation).toBe(1000);
    expect(one('30213', '单位SUV维修', '').vehicleOperation).toBe(1000);
    expect(one('30213', '执法车电瓶更换', '').vehicleOperation).toBe(1000);
    expect(one('30213', '档案室UPS蓄电池更换', '县电子科技有限公司').vehicleOperation).toBe(0);
  });

  it('省里领导 and 市里领导 are visiting leaders like 省领导; the unit’s own leaders at table are not', () => {
    expect(one('30299', '陪市里领导检查午饭', '县湘江鱼庄').reception).toBe(1000);
    expect(one('30211', '省里领导调研住宿', '县锦江宾馆').reception).toBe(1000);
    expect(one('30299', '局领导加班晚餐', '县湘江鱼庄').reception).toBe(0);
  });

  it("one entry's long word does not make it another project's subject; two entries' or one holding that project's name word do", () => {
    const roads = { nature: 'project' as const, projectCode: 'GL01', projectName: '乡村道路养护', economicCode: '30213', payee: '县路桥公司' };
    const lights = { nature: 'project' as const, projectCode: 'LD01', projectName: '城区路灯维护', economicCode: '30213', payee: '县照明工程公司' };
    const theirs = ['路灯灯杆防腐刷漆', '路灯灯杆防腐刷漆', '省财政厅绩效评价组午餐'].map((summary) => entry({ ...lights, summary }));
    const own = ['乡村道路坑槽修补', '乡村道路边沟清理'].map((summary) => entry({ ...roads, summary }));
    const review = entry({ ...roads, economicCode: '30227', summary: '项目绩效评价第三方服务费', payee: '县会计师事务所' });
    const poles = entry({ ...roads, summary: '灯杆防腐刷漆' });
    const found = summaryProjectMismatch.check([...theirs, ...own, review, poles], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([poles.row]);
  });
});
