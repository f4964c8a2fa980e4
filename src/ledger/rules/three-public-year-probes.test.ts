/**
 * How a real year books 三公 spending that the class-first reading (then text) may get wrong: refunds and partial
 * reversals, the running items of a car, the purchase tax booked apart from the car, a trip abroad split over 差旅费,
 * a meal with a visiting group booked as a meeting, special-purpose vehicles, closing lines and 调账. Each test states
 * the totals a reviewer would reach by hand (the 2024 《政府收支分类科目》 explanation of 30231/30212/30217/31013).
 */
import { describe, expect, it } from 'vitest';
import { classifyRow } from '../../reference/row-kinds.ts';
import { entry } from '../testing/fixtures.ts';
import { threePublicSums } from '../testing/three-public-sums.ts';

const run = threePublicSums;

describe('三公 totals over a year as units book it', () => {
  it('a partial refund under 公务接待费 nets the class; a refund of a hidden meal without payee nets its bill', () => {
    const meal = entry({ economicCode: '30217', summary: '接待市审计局审计组工作餐', payee: '县城老味道餐馆', amount: 1_200 });
    const refund = entry({ economicCode: '30217', summary: '退回多报接待费', amount: -200 });
    const red = entry({ economicCode: '30217', summary: '冲销3月记-12号接待费部分', amount: -150 });
    const r = run([meal, refund, red]);
    expect(r.reception).toBe(850);
    expect(r.rows).toEqual([]);
  });

  it('insurance, inspection, tolls, parking and fuel-card top-ups under 30231 are all running costs', () => {
    const lines = [
      entry({ economicCode: '30231', summary: '公务用车交强险及商业险', payee: '中国人民财产保险股份有限公司某县支公司', amount: 4_300 }),
      entry({ economicCode: '30231', summary: '车辆年检费', payee: '县机动车检测站', amount: 300 }),
      entry({ economicCode: '30231', summary: '报销过路费停车费', payee: '张建军', amount: 186 }),
      entry({ economicCode: '30231', summary: '加油卡充值', payee: '中国石化销售股份有限公司某分公司', amount: 5_000 }),
      entry({ economicCode: '30231', summary: 'ETC充值', payee: '县高速公路管理处', amount: 500 }),
      entry({ economicCode: '30231', summary: '停车场停车费', payee: '县城市停车场管理有限公司', amount: 240 }),
    ];
    const r = run(lines);
    expect(r.vehicleOperation).toBe(4_300 + 300 + 186 + 5_000 + 500 + 240);
    expect(r.rows).toEqual([]);
  });

  it('a fuel-card top-up or tolls of the unit car booked under 办公费 are hidden running costs', () => {
    const card = entry({ economicCode: '30201', summary: '公务车加油卡充值', payee: '中国石化销售股份有限公司某分公司', amount: 3_000 });
    const toll = entry({ economicCode: '30299', summary: '湘N·A3512过路费', amount: 85 });
    const r = run([card, toll]);
    expect(r.vehicleOperation).toBe(3_085);
    expect(r.rows).toEqual([card.row, toll.row]);
  });

  it('车辆购置税 booked apart from the car (30299 or 31013) counts with the purchase, however it is written', () => {
    const car = entry({ economicCode: '31013', summary: '购置执法执勤用车', payee: '县城汽车贸易有限公司', amount: 150_000 });
    const taxApart = entry({ economicCode: '30299', summary: '缴纳新车购置税', payee: '国家税务总局某县税务局', amount: 13_274 });
    const taxOn = entry({ economicCode: '31013', summary: '湘N·C2078车辆购置税', payee: '国家税务总局某县税务局', amount: 13_274 });
    const r = run([car, taxApart, taxOn]);
    expect(r.vehiclePurchase).toBe(150_000 + 13_274 + 13_274);
    expect(r.vehicleOperation).toBe(0);
  });

  it('the international tickets and the allowances of a trip abroad booked as 差旅费 are 因公出国（境）', () => {
    const fee = entry({ economicCode: '30212', summary: '赴日本农业考察团团费', payee: '省外事服务中心', amount: 18_000 });
    const ticket = entry({ economicCode: '30211', summary: '赴日本考察国际机票', payee: '某航空服务有限公司', amount: 9_600 });
    const ticket2 = entry({ economicCode: '30211', summary: '出访日本往返机票', payee: '某航空服务有限公司', amount: 4_800 });
    const domestic = entry({ economicCode: '30211', summary: '赴长沙送考察团出国机场交通费', payee: '李明', amount: 320 });
    const r = run([fee, ticket, ticket2]);
    expect(r.overseasTravel).toBe(18_000 + 9_600 + 4_800);
    expect(r.rows).toEqual([ticket.row, ticket2.row]);
    void domestic;
  });

  it('a visiting group fed at a restaurant and booked as 会议费 or 其他商品和服务 is 公务接待; a conference lunch is not', () => {
    const hidden = entry({ economicCode: '30215', summary: '省督导组来县督导工作餐', payee: '湘江大酒店', amount: 1_680 });
    const other = entry({ economicCode: '30299', summary: '接待市考核组晚餐', payee: '河畔人家酒店', amount: 960 });
    const conference = entry({ economicCode: '30215', summary: '全县安全生产工作会议工作餐', payee: '湘江大酒店', amount: 3_200 });
    const course = entry({ economicCode: '30216', summary: '村干部培训班学员就餐', payee: '湘江大酒店', amount: 4_500 });
    const r = run([hidden, other, conference, course]);
    expect(r.reception).toBe(1_680 + 960);
    expect(r.rows).toEqual([hidden.row, other.row]);
  });

  it('a law-enforcement car is a 公务用车 (执法执勤用车); an ambulance or a school bus is not', () => {
    const patrol = entry({ economicCode: '30231', summary: '执法车维修', payee: '县城汽车修理厂', amount: 1_500 });
    const hiddenPatrol = entry({ economicCode: '30213', summary: '执法执勤用车保养', payee: '县城汽车修理厂', amount: 800 });
    const ambulance = entry({ economicCode: '30213', summary: '救护车维修', payee: '县城汽车修理厂', amount: 2_000 });
    const bus = entry({ economicCode: '30299', summary: '校车加油', payee: '中石化县城加油站', amount: 600 });
    const r = run([patrol, hiddenPatrol, ambulance, bus]);
    expect(r.vehicleOperation).toBe(1_500 + 800);
    expect(r.rows).toEqual([hiddenPatrol.row]);
  });

  it('a 调账 moving a booked 公务接待费 out to 会议费 takes it out of reception; one moving hospitality in counts once', () => {
    const booked = entry({ voucher: '记-0040', date: '2024-06-03', economicCode: '30217', summary: '全县工作会议用餐', payee: '湘江大酒店', amount: 2_400 });
    const out = entry({ voucher: '记-0090', date: '2024-12-20', economicCode: '30217', summary: '调账：6月记-40号会议用餐调至会议费', amount: -2_400 });
    const into = entry({ voucher: '记-0090', date: '2024-12-20', economicCode: '30215', summary: '调账：6月记-40号会议用餐调至会议费', amount: 2_400 });
    const r = run([booked, out, into]);
    expect(r.reception).toBe(0);
    expect(r.rows).toEqual([]);
  });

  it("a vocational school's car-trade course (汽车维修专业实训设备, 汽车美容与装潢专业教学耗材) is no 公务用车; a 新车购置税 policy leaflet is no purchase", () => {
    const rig = entry({ economicCode: '31002', summary: '汽车维修专业实训设备采购', payee: '某教学设备有限公司', amount: 86_000 });
    const supplies = entry({ economicCode: '30218', summary: '汽车美容与装潢专业教学耗材', payee: '某汽配商行', amount: 2_300 });
    const contest = entry({ economicCode: '30299', summary: '汽车维修技能大赛耗材', payee: '某汽配商行', amount: 900 });
    const leaflet = entry({ economicCode: '30202', summary: '新能源汽车购置税减免政策宣传资料', payee: '某广告公司', amount: 1_200 });
    const garage = entry({ economicCode: '30213', summary: '公务用车维修', payee: '县城汽车修理厂', amount: 700 });
    const r = run([rig, supplies, contest, leaflet, garage]);
    expect(r.vehicleOperation).toBe(700);
    expect(r.vehiclePurchase).toBe(0);
    expect(r.rows).toEqual([garage.row]);
  });
});

describe("vehicles that are no 公务用车, and a trip's own road costs", () => {
  it('special-purpose vehicles in their longer forms (消防救援车辆, 救护车辆, 特种车辆, 学生接送车辆, 公交车, 教练车) are no 公务用车', () => {
    const lines = [
      entry({ economicCode: '30299', summary: '消防救援车辆保险', payee: '某保险公司', amount: 3_000 }),
      entry({ economicCode: '30213', summary: '救护车辆维修', payee: '县城汽车修理厂', amount: 1_000 }),
      entry({ economicCode: '30213', summary: '特种车辆年检', payee: '县机动车检测站', amount: 600 }),
      entry({ economicCode: '30299', summary: '专用车辆加油', payee: '中石化县城加油站', amount: 800 }),
      entry({ economicCode: '30299', summary: '学生接送车辆保险', payee: '某保险公司', amount: 2_400 }),
      entry({ economicCode: '30213', summary: '公交车维修', payee: '县公交公司', amount: 900 }),
      entry({ economicCode: '30299', summary: '教练车保险', payee: '某保险公司', amount: 1_100 }),
    ];
    const patrol = entry({ economicCode: '30299', summary: '执法执勤车辆保险', payee: '某保险公司', amount: 3_200 });
    const r = run([...lines, patrol]);
    expect(r.vehicleOperation).toBe(3_200);
    expect(r.rows).toEqual([patrol.row]);
  });

  it("under 差旅费 a traveller's 过路费 and 停车费 are the trip's; the unit car's fuel or plate on a trip is the car's", () => {
    const own = entry({ economicCode: '30211', summary: '出差过路费停车费', payee: '王五', amount: 186 });
    const fuel = entry({ economicCode: '30211', summary: '出差加油费过路费', payee: '王五', amount: 420 });
    const plate = entry({ economicCode: '30211', summary: '湘N·A3512赴省城过路费', payee: '王五', amount: 95 });
    const office = entry({ economicCode: '30299', summary: '过路费停车费', payee: '王五', amount: 60 });
    const r = run([own, fuel, plate, office]);
    expect(r.vehicleOperation).toBe(420 + 95 + 60);
    expect(r.rows).toEqual([fuel.row, plate.row, office.row]);
  });
});

describe('closing lines of the year (年终结转) are no entries', () => {
  const labels = [2, 0, 1];
  it.each(['年终结转', '年底结转本年支出', '结转财政拨款支出', '结转行政支出', '结转事业支出', '结转业务活动费用', '结转单位管理费用'])(
    '%s is a closing line',
    (text) => {
      expect(classifyRow(['2024-12-31', '记-0320', text, '', '45,600.00'], labels)).toBe('period');
    },
  );
  it.each(['上年结转资金支付村道维修款', '结转项目资金支付设备款', '支付结转资金'])('%s stays an entry', (text) => {
    expect(classifyRow(['2024-06-30', '记-0120', text, '3,600.00', ''], labels)).toBeUndefined();
  });
});
