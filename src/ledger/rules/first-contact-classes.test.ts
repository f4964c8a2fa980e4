/**
 * lmeta (2026-12-07): the structural classes of the first-contact failures of the spent held-out ledgers (README
 * "First-contact failures of the spent files, by class"), each stated in NEW wordings and amounts, none a fixture's.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { oneEntrySums, threePublicSums as run } from '../testing/three-public-sums.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';
import { threePublicTotals } from './three-public.ts';

describe('order of evidence: a plate with a car purpose against a topic word', () => {
  it.each([
    ['30299', '桂D·7R215加油（送防汛补助资金到村）'],
    ['30213', '桂D·7R215更换刹车片 培训基地往返后检修'],
    ['30299', '桂D·7R215过路费 安全检查督查往返'],
    ['30213', '桂D·7R215年审检测（查处违规经营专项行动后）'],
  ])('%s %s is the car’s', (code, text) => {
    expect(oneEntrySums(code, text).vehicleOperation).toBe(1000);
  });
  it.each([
    ['30299', '桂D·7R215拖移清障费'],
    ['30213', '租用桂D·7R215面包车加油'],
    ['30299', '桂D·7R215拍卖处置评估费'],
    ['30299', '桂D·7R215加油（防汛安全检查用车）'],
    ['30299', '桂D·7R215加油 抵扣车改交通补贴'],
  ])('%s %s stays out', (code, text) => {
    expect(oneEntrySums(code, text).vehicleOperation).toBe(0);
  });
  it('is the order of evidence, not the words: without errandTopics the plate still outranks the topic by its rank (three-public-score.json); without both the plated fuel is silent', () => {
    const ctx = context();
    const { errandTopics: _t, ...excludeWords } = ctx.rules.threePublic.excludeWords;
    const rules = { ...ctx.rules, threePublic: { ...ctx.rules.threePublic, excludeWords } };
    const noRanks = {
      ...rules,
      threePublicScore: { ...ctx.rules.threePublicScore, negative: { ...ctx.rules.threePublicScore.negative, topicShapes: [] } },
    };
    const e = entry({ economicCode: '30299', summary: '桂D·7R215加油（送防汛补助资金到村）', amount: 1000 });
    expect(threePublicTotals([e], { ...ctx, rules: noRanks }).totals.hidden.vehicleOperation).toBe(0);
    expect(threePublicTotals([e], { ...ctx, rules }).totals.hidden.vehicleOperation).toBe(1000);
    expect(threePublicTotals([e], ctx).totals.hidden.vehicleOperation).toBe(1000);
  });
});

describe('special vehicles and machines in new names', () => {
  it.each([
    ['30213', '吸污车（桂D·7R215）更换轮胎'],
    ['30299', '除雪车加柴油'],
    ['30299', '冲锋舟舷外机汽油'],
    ['30299', '应急排涝泵车柴油'],
  ])('%s %s is no 公务用车', (code, text) => {
    expect(oneEntrySums(code, text).vehicleOperation).toBe(0);
  });
});

describe('a visiting party in new forms', () => {
  it.each([
    ['30299', '邻省住建厅学习交流团工作午餐'],
    ['30216', '市人大常委会执法检查组一行来局座谈午餐'],
  ])('%s %s is reception', (code, text) => {
    expect(oneEntrySums(code, text).reception).toBe(1000);
  });
});

describe('a booked 三公 class whose text names something else', () => {
  it.each([
    ['30217', '购置档案室密集架'],
    ['30217', '干部职工周末加班工作餐'],
    ['30217', '值班人员国庆期间午餐'],
    ['30231', '单位职工年度健康体检'],
    ['31013', '干部职工节日慰问品'],
  ])('%s %s is taken out', (code, text) => {
    const r = oneEntrySums(code, text);
    expect(r.reception + r.vehicleOperation).toBe(0);
  });
  it.each([
    ['30217', '接待市督导组晚餐'],
    ['30231', '公务用车加油'],
    ['30217', '省巡视组及陪同工作人员晚餐'],
    ['30217', '接待市考核组 职工食堂工作餐'],
    ['30217', '科技特派员工作午餐'],
    ['30231', '职工通勤车加油'],
    ['30231', '驾驶员年度体检'],
  ])('%s %s stays booked', (code, text) => {
    const r = oneEntrySums(code, text);
    expect(r.reception + r.vehicleOperation).toBe(1000);
  });
});

describe('a 三公 word in another sense', () => {
  it.each([
    ['30227', '政务大厅窗口接待礼仪培训授课费', 'reception'],
    ['30299', '出国留学中介机构专项检查资料费', 'overseasTravel'],
    ['30218', '境外输入疫情防控物资采购', 'overseasTravel'],
  ] as const)('%s %s counts nothing', (code, text, c) => {
    expect(oneEntrySums(code, text)[c]).toBe(0);
  });
});

describe('netting across months and classes', () => {
  it('red ink of a hidden dinner two months later nets it', () => {
    const dinner = entry({ voucher: '记-0031', date: '2024-03-12', economicCode: '30299', summary: '省督查组来县 某宾馆晚餐', payee: '某宾馆', amount: 2_350 });
    const red = entry({ voucher: '记-0077', date: '2024-05-20', economicCode: '30299', summary: '冲销3月重复入账某宾馆晚餐', payee: '某宾馆', amount: -2_350 });
    const again = entry({ voucher: '记-0032', date: '2024-03-12', economicCode: '30299', summary: '省督查组来县 某宾馆晚餐', payee: '某宾馆', amount: 2_350 });
    expect(run([dinner, again, red]).reception).toBe(2_350);
  });
  it('a 调账 out of 公务接待费 in a later month moves only what it names', () => {
    const booked = entry({ voucher: '记-0050', date: '2024-08-09', economicCode: '30217', summary: '接待省检查组午餐', amount: 2_000 });
    const text = '调账：8月接待费中培训学员餐费转培训费';
    const out = entry({ voucher: '记-0090', date: '2024-10-15', economicCode: '30217', summary: text, amount: -630 });
    const into = entry({ voucher: '记-0090', date: '2024-10-15', economicCode: '30216', summary: text, amount: 630 });
    expect(run([booked, out, into]).reception).toBe(1_370);
  });
  it('a refund of a plated car’s fuel in the next month nets the hidden bill', () => {
    const fuel = entry({ voucher: '记-0040', date: '2024-06-03', economicCode: '30299', summary: '桂D·7R215加油', payee: '中石化某加油站', amount: 5_000 });
    const back = entry({ voucher: '记-0052', date: '2024-07-02', economicCode: '30299', summary: '退回6月桂D·7R215多付油费', payee: '中石化某加油站', amount: -800 });
    expect(run([fuel, back]).vehicleOperation).toBe(4_200);
  });
});

describe('order of evidence: a visiting party named against a topic word', () => {
  it.each([
    ['30299', '省防指督导组来县指导抢险 工作晚餐'],
    ['30299', '市人社局调研组来县调研职业技能培训 午餐'],
    ['30215', '省应急厅检查组一行应急处置演练观摩 工作餐'],
  ])('%s %s is reception', (code, text) => {
    expect(oneEntrySums(code, text).reception).toBe(1000);
  });
  it.each([
    ['30299', '抢险队员工作餐'],
    ['30299', '防汛抢险现场工作餐'],
    ['30216', '职业技能培训班学员午餐'],
    ['30299', '检查组来县 抢险志愿者午餐'],
  ])('%s %s stays out', (code, text) => {
    expect(oneEntrySums(code, text).reception).toBe(0);
  });
});

const p = (code: string, name: string) => ({ nature: 'project' as const, projectCode: code, projectName: name });
const own = p('DS01', '农村电商服务站运维');
const a = p('DS02', '农产品直播带货技能培训');
const b = p('DS03', '县域直播基地建设');
const c = p('DS04', '乡村振兴农产品品牌推广');
const ledger = () => [
  entry({ ...own, economicCode: '30213', summary: '电商服务站网络设备维护' }),
  entry({ ...own, economicCode: '30227', summary: '服务站代运营服务费' }),
  entry({ ...a, economicCode: '30216', summary: '直播带货培训班讲课费' }),
  entry({ ...a, economicCode: '30216', summary: '带货主播实操培训场地费' }),
  entry({ ...b, economicCode: '31002', summary: '直播基地补光灯采购' }),
  entry({ ...b, economicCode: '30905', summary: '直播间装修工程款' }),
  entry({ ...c, economicCode: '30202', summary: '农产品品牌宣传册印制' }),
  entry({ ...c, economicCode: '30227', summary: '区域公用品牌设计费' }),
];
describe('project-name words (summary-project-mismatch) in new wordings', () => {
  it('a word two other names carry (直播) tells neither', () => {
    const x = entry({ ...own, economicCode: '30213', summary: '服务站直播设备维修' });
    expect(summaryProjectMismatch.check([...ledger(), x], context()).map((f) => f.evidence[0]!.line)).toEqual([]);
  });
  it('a place both write (农产品) tells neither', () => {
    const x = entry({ ...own, economicCode: '30202', summary: '服务站农产品上行宣传单印制' });
    expect(summaryProjectMismatch.check([...ledger(), x], context()).map((f) => f.evidence[0]!.line)).toEqual([]);
  });
  it('control: a bill of the other project’s own thing is flagged', () => {
    const x = entry({ ...own, economicCode: '30216', summary: '直播带货培训班讲课费' });
    expect(summaryProjectMismatch.check([...ledger(), x], context()).map((f) => f.evidence[0]!.line)).toEqual([x.row]);
  });
});
