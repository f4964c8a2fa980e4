/**
 * ledger.three-public: kinds read on the dev ledgers written blind (dev-lvprint, dev-pxjnl, dev-sgone; 2026-12-07,
 * lprec). Each test states the kind in wordings that are not the files' own, with look-alikes that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { oneEntrySums } from '../testing/three-public-sums.ts';

const one = oneEntrySums;

describe('ledger.three-public: a car bought to replace a scrapped one', () => {
  it('替换报废, 置换报废 … name the reason for the purchase, not a disposal; 报废 alone still is one', () => {
    expect(one('31002', '购置执法执勤用车1辆（混动越野车，替换报废车）', '县吉顺汽车销售服务有限公司').vehiclePurchase).toBe(1000);
    expect(one('31003', '新购公务用车一辆（置换报废车辆）', '').vehiclePurchase).toBe(1000);
    expect(one('31002', '购置公务用车一辆（报废车辆残值评估）', '县吉顺汽车销售服务有限公司').vehiclePurchase).toBe(0);
    expect(one('30299', '旧公务用车报废拍卖评估费', '县资产评估事务所').vehicleOperation).toBe(0);
  });
});

describe('ledger.three-public: a leader of a higher body named as the party at table', () => {
  it('接待省…厅领导 … 工作餐 under 培训费 is hospitality; a lecturer’s fee, a course’s meal, the unit going out or 市民 are not', () => {
    expect(one('30216', '接待省自然资源厅领导督导工作餐', '县机关食堂').reception).toBe(1000);
    expect(one('30299', '州农业农村局领导来县调研午餐', '县好客来饭店').reception).toBe(1000);
    expect(one('30216', '州财政局领导授课课酬', '').reception).toBe(0);
    expect(one('30216', '全县统计业务培训班学员午餐（州统计局领导授课）', '县宾馆').reception).toBe(0);
    expect(one('30299', '陪同州交通局领导赴乡镇调研工作餐', '').reception).toBe(0);
    expect(one('30299', '市民服务中心领导班子会议工作餐', '').reception).toBe(0);
  });
});

describe('ledger.three-public: an ETC card topped up', () => {
  it('ETC充值 paid to an ETC operator’s outlet is the unit’s car’s toll; alone, to a claimant or for an ambulance it is not', () => {
    expect(one('30239', 'ETC充值', '江西高速ETC服务中心青枫网点').vehicleOperation).toBe(1000);
    expect(one('30299', '单位ETC卡充值（二季度）', '广西高速公路ETC客服中心').vehicleOperation).toBe(1000);
    expect(one('30239', 'ETC充值', '').vehicleOperation).toBe(0);
    expect(one('30239', 'ETC卡充值', '李卫东').vehicleOperation).toBe(0);
    expect(one('30239', '救护车ETC充值', '江西高速ETC服务中心青枫网点').vehicleOperation).toBe(0);
    expect(one('30299', '宽带续费', '中国电信青枫营业厅').vehicleOperation).toBe(0);
  });
});

describe('ledger.three-public: a bill that says nothing but that it was paid', () => {
  it('paid to a restaurant itself with only 付款 or 支付 under 其他商品和服务支出 or 办公费, it is a meal bought', () => {
    expect(one('30299', '支付款项', '青枫县山里人家土菜馆').reception).toBe(1000);
    expect(one('30201', '付款（6月）', '青枫县老街饭馆').reception).toBe(1000);
    // Another purchase named, the staff's own classes, a claimant, a lodging trade: silent.
    expect(one('30299', '付土鸡蛋采购款', '青枫县山里人家土菜馆').reception).toBe(0);
    expect(one('30228', '付款', '青枫县山里人家土菜馆').reception).toBe(0);
    expect(one('30299', '付款', '赵小兰').reception).toBe(0);
    expect(one('30299', '付款', '青枫县迎宾宾馆').reception).toBe(0);
    // A canteen's contractor (餐饮管理, 配送) paid with only 付款 supplies the staff's canteen as well.
    expect(one('30299', '付款（8月份）', '青枫县佳味餐饮管理有限公司').reception).toBe(0);
    expect(one('30299', '付款', '青枫县鲜达餐饮配送有限公司').reception).toBe(0);
    expect(one('30299', '付4月份账款', '青枫县老街饭馆').reception).toBe(1000);
  });
  it('a meal named alone under 会议费 or 培训费 is not explained by the class; naming the event or 工作餐 it is', () => {
    expect(one('30215', '午餐费', '青枫县迎宾宾馆').reception).toBe(1000);
    expect(one('30216', '晚餐', '青枫县老街饭馆').reception).toBe(1000);
    expect(one('30215', '全县安全生产工作会议午餐', '青枫县迎宾宾馆').reception).toBe(0);
    expect(one('30216', '工作餐', '青枫县迎宾宾馆').reception).toBe(0);
    expect(one('30215', '付款', '青枫县迎宾宾馆').reception).toBe(0);
    expect(one('30211', '晚餐', '青枫县迎宾宾馆').reception).toBe(0);
  });
});

describe('ledger.three-public: kinds of dev-sgtwo (written blind)', () => {
  it('a higher body’s 巡查组 fed under 会议费 with no meeting named is hospitality; the unit’s own 巡查 or a meeting’s meal is not', () => {
    expect(one('30215', '省林业局森林资源管理巡查组检查期间用餐', '青枫县迎宾宾馆').reception).toBe(1000);
    expect(one('30215', '全县森林防火工作会议午餐（市林业局巡查组列席）', '青枫县迎宾宾馆').reception).toBe(0);
    expect(one('30211', '护林防火巡查组下乡差旅费', '').reception).toBe(0);
  });
  it('a road or parking cost paid to the unit’s driver is its car’s running cost, also under 差旅费; paid to a claimant it is not', () => {
    expect(one('30211', '赴省城报送材料过路过桥费', '局驾驶员').vehicleOperation).toBe(1000);
    expect(one('30211', '赴省城报送材料过路过桥费', '周建平').vehicleOperation).toBe(0);
    expect(one('30211', '驾驶员安全培训差旅费', '局驾驶员').vehicleOperation).toBe(0);
  });
});
