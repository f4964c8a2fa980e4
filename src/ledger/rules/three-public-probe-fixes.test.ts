/**
 * ledger.three-public: fixes after the blind 三公 probe (scripts/probe-three-public.ts, 2026-12-05). Each test states the
 * kind with a wording that is not the probe's own, and a look-alike that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { threePublicTotals } from './three-public.ts';
import { oneEntrySums, threePublicSums } from '../testing/three-public-sums.ts';

const one = oneEntrySums;

describe('ledger.three-public after the blind probe', () => {
  it("a visiting group's 伙食费 is hospitality; the unit's own people's board is not", () => {
    expect(one('30299', '省审计厅审计组进点期间伙食费', '县宾馆').reception).toBe(1000);
    expect(one('30201', '市考评组伙食费（3天）', '县政府机关食堂').reception).toBe(1000);
    expect(one('30299', '驻村帮扶工作队伙食费', '村委会').reception).toBe(0);
    expect(one('30299', '防汛抢险队员伙食费', '如意快餐').reception).toBe(0);
    expect(one('30299', '检查组外出伙食补助', '').reception).toBe(0);
  });

  it("a plated car's charging is its fuel; charging an e-bike or a pile is not", () => {
    expect(one('30206', '湘A·D56789公务车充电', '星星充电').vehicleOperation).toBe(1000);
    expect(one('30299', '赣B·F32145快充费用（充电）', '国网电动汽车服务公司').vehicleOperation).toBe(1000);
    expect(one('30206', '机关电动车充电费', '县物业公司').vehicleOperation).toBe(0);
    expect(one('30213', '充电桩维修', '县电力安装工程公司').vehicleOperation).toBe(0);
  });

  it('equipment that tests cars is no car bought; a car bought under equipment still is', () => {
    expect(one('31003', '采购机动车尾气分析仪', '县环保仪器公司').vehiclePurchase).toBe(0);
    expect(one('31003', '汽车安全性能检测线设备购置', '县机械设备公司').vehiclePurchase).toBe(0);
    expect(one('31003', '购置执法巡查越野车', '县汽车销售有限公司').vehiclePurchase).toBe(1000);
  });

  it('a car with a buying verb paid to a dealer is a purchase; a part bought for the car stays running cost', () => {
    const bought = one('30299', '支付公务车购买合同预付款', '县汽车贸易有限公司');
    expect([bought.vehiclePurchase, bought.vehicleOperation]).toEqual([1000, 0]);
    const part = one('30299', '采购公务车轮胎两条', '县汽车贸易有限公司');
    expect([part.vehiclePurchase, part.vehicleOperation]).toEqual([0, 1000]);
  });

  it("a lecture's title naming a 三公 item under 劳务费 is the talk's subject; a mechanic's labour on a car is still the car's", () => {
    expect(one('30226', '社区学校“车辆保养与安全行车知识”讲座劳务费', '讲课费代发专户').vehicleOperation).toBe(0);
    expect(one('30226', '“公务接待礼仪规范”专题讲课费', '县委党校').reception).toBe(0);
    expect(one('30226', '公务车维修工时费（临时聘用修理工）', '王师傅').vehicleOperation).toBe(1000);
    expect(one('30226', '陪同省调研组翻译劳务费及午餐', '张译').reception).toBe(1000);
  });

  it("员工 is not read across 人员|工作餐: a visiting group's staff's meal is hospitality; the unit's own 员工 meal is not", () => {
    expect(one('30299', '中央督导组随行工作人员工作餐', '县锦华酒店').reception).toBe(1000);
    expect(one('30201', '省考核组工作人员工作餐', '县天香饭店').reception).toBe(1000);
    expect(one('30299', '单位员工工作餐', '县天香饭店').reception).toBe(0);
    expect(one('30299', '本局工作人员加班工作餐', '县天香饭店').reception).toBe(0);
  });

  it("a visiting group's 伙食 (without 费) is its meals; a traveller's 伙食补助 is not", () => {
    expect(one('30299', '市林业局执法督查组驻点伙食', '县林业局食堂').reception).toBe(1000);
    expect(one('30299', '督查组外出伙食补助', '李强').reception).toBe(0);
  });

  it("tools and test equipment named after cars are equipment; a plated car's repair is still running cost", () => {
    expect(one('31003', '购置汽车维修工具一套（车库用）', '县五金机电公司').vehicleOperation).toBe(0);
    expect(one('31003', '车辆故障诊断仪采购', '县汽配城').vehicleOperation).toBe(0);
    expect(one('30213', '湘C·8J236维修（更换刹车片）', '县汽车修理厂').vehicleOperation).toBe(1000);
  });

  it("a hotel's refund naming a bill of another kind (会议室, 场地) does not net a visiting group's meal there; one of lodging nets a lodging bill", () => {
    const meal = entry({ economicCode: '30299', summary: '市考评组一行晚餐', payee: '县迎宾楼酒店', amount: 1500, date: '2024-05-06' });
    const hall = entry({ economicCode: '30299', summary: '县迎宾楼酒店退回多收场地费', payee: '县迎宾楼酒店', amount: -400, date: '2024-05-20' });
    expect(threePublicSums([meal, hall]).reception).toBe(1500);
    const lodging = entry({ economicCode: '30299', summary: '省督查组住宿费', payee: '县迎宾楼酒店', amount: 1500, date: '2024-06-06' });
    const rooms = entry({ economicCode: '30299', summary: '县迎宾楼酒店退回多收房费', payee: '县迎宾楼酒店', amount: -300, date: '2024-06-20' });
    expect(threePublicSums([lodging, rooms]).reception).toBe(1200);
  });

  it("the unit's driver's safety reward is a 公务用车 running cost (302-31 安全奖励费用); an allowance or a campaign's prize is not", () => {
    expect(one('30299', '2024年度驾驶员安全行车奖励', '李师傅').vehicleOperation).toBe(1000);
    expect(one('30201', '机关司机安全驾驶奖（全年无事故）', '王师傅').vehicleOperation).toBe(1000);
    expect(one('30299', '驾驶员安全行车补贴', '李师傅').vehicleOperation).toBe(0);
    expect(one('30299', '驾驶人文明驾驶竞赛安全奖励', '县交警大队').vehicleOperation).toBe(0);
  });

  it('full-width letters and digits (湘Ｂ·Ｄ５６７８９, ＥＴＣ) read as half-width: a plate still names a car; quotes keep the text as written', () => {
    expect(one('30299', '湘Ｂ·Ｄ５６７８９更换轮胎', '县汽车修理厂').vehicleOperation).toBe(1000);
    expect(one('30239', '单位公务车ＥＴＣ通行费', '湖南高速').vehicleOperation).toBe(1000);
    expect(one('30213', '复印机Ａ３纸盒维修', '县办公设备维修部').vehicleOperation).toBe(0);
    const e = entry({ economicCode: '30299', summary: '湘Ｂ·Ｄ５６７８９加油', amount: 1000 });
    expect(threePublicTotals([e], context()).findings[0]!.evidence[0]!.quote).toBe('湘Ｂ·Ｄ５６７８９加油');
  });

  it("the unit's own plated car towed after a breakdown is its running cost; towing others' vehicles is not", () => {
    expect(one('30299', '赣C·K2817抛锚救援拖车费', '县道路救援服务部').vehicleOperation).toBe(1000);
    expect(one('30227', '违法停放车辆拖车费', '县拖车服务公司').vehicleOperation).toBe(0);
    expect(one('30227', '赣C·K2817事故车辆拖车费（肇事方）', '县拖车服务公司').vehicleOperation).toBe(0);
  });

  it('an accessory or part bought for a car (定位终端, 警灯, 喷涂标识) is no car bought; a car bought with its accessories still is', () => {
    expect(one('31003', '采购执法车辆北斗定位终端', '县通信设备公司').vehiclePurchase).toBe(0);
    expect(one('31002', '购买公务车辆LED警示灯', '县电子科技有限公司').vehiclePurchase).toBe(0);
    expect(one('31003', '购置执法执勤车辆及车载记录仪', '县汽车销售有限公司').vehiclePurchase).toBe(1000);
    expect(one('31003', '购置巡查皮卡车（配警灯）', '县汽车销售有限公司').vehiclePurchase).toBe(1000);
  });
});
