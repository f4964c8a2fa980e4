/**
 * ledger.three-public: classes read on dev (lchk, 2026-12-07) where the 三公 total fell short of the truth — a party of
 * another place received by the unit and written in the shapes real ledgers use (an organ that is no bureau, the
 * county's one-character short name after 来, a higher body's working people), and a plated car's own bill written
 * after the errand it ran (运送…). Wordings here are not the fixtures'; look-alikes beside each must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { oneEntrySums as one } from '../testing/three-public-sums.ts';

describe('ledger.three-public: a body of elsewhere whose organ is no bureau', () => {
  it('…处, …所, …站, …中心 of 外县/邻县 or a named county, come or named at a visit’s work, is a party received', () => {
    expect(one('30216', '邻县不动产登记中心来我县交流学习人员午餐', '县某酒家').reception).toBe(1000);
    expect(one('30226', '外县档案馆史志研究所来交流晚餐', '').reception).toBe(1000);
    expect(one('30211', '兄弟县农技推广站考察人员住宿费', '县宾馆').reception).toBe(1000);
    expect(one('30215', '石门县疾控中心来岚调研工作餐', '').reception).toBe(1000);
  });
  it('the unit going there, or such a body without a meal, stays silent', () => {
    expect(one('30211', '赴外县不动产登记中心交流学习住宿费', '县宾馆').reception).toBe(0);
    expect(one('30216', '外县公证处公证员业务培训资料费', '').reception).toBe(0);
    expect(one('30299', '邻县疾控中心来函检测报告复印', '').reception).toBe(0);
  });
});

describe('ledger.three-public: 来 and the place’s one-character short name', () => {
  it('来 + one character + a visit’s work (来浔考察, 来榆交流) is a party that came', () => {
    expect(one('30216', '市外兄弟单位来浔考察人员工作餐', '').reception).toBe(1000);
    expect(one('30226', '协作单位来榆交流午餐', '').reception).toBe(1000);
  });
  it('a place whose name begins with 来 (来凤, 来宾, 来安), 来回, or two characters after 来, is no party that came', () => {
    expect(one('30211', '来凤考察学习人员住宿费', '宾馆').reception).toBe(0);
    expect(one('30211', '来安县考察学习午餐', '').reception).toBe(0);
    expect(one('30211', '来回考察途中午餐', '').reception).toBe(0);
  });
});

describe('ledger.three-public: a higher body’s working people (…检查人员) are its working group', () => {
  it('省/市 … 检查人员 with a meal is hospitality, as …检查组 is', () => {
    expect(one('30215', '省质监站抽查人员晚餐', '').reception).toBe(1000);
    expect(one('30299', '市审计局审计人员工作餐', '').reception).toBe(1000);
  });
  it('the unit’s own people (本局, 全市), the market (市场), a domain patrolled (市容), a meeting’s meal, stay silent', () => {
    expect(one('30299', '本局检查人员加班工作餐', '').reception).toBe(0);
    expect(one('30299', '全市检查人员培训午餐', '').reception).toBe(0);
    expect(one('30299', '市场监管检查人员午餐', '').reception).toBe(0);
    // No organ between the level and the work: a domain (市容, 市政) or a road (省道) patrolled by the unit's own staff.
    expect(one('30299', '市容巡查人员工作餐', '').reception).toBe(0);
    expect(one('30226', '市政设施巡查人员午餐', '').reception).toBe(0);
    expect(one('30216', '省道养护巡查人员午餐', '').reception).toBe(0);
    expect(one('30215', '全县安全生产推进会午餐（市检查人员）', '').reception).toBe(0);
  });
});

describe('ledger.three-public: the errand written before a plated car’s own bill', () => {
  it('运送… then the plate and its fuel or repair is the car’s running cost', () => {
    expect(one('30218', '运送档案至新馆 公务车湘A·B1234加油', '').vehicleOperation).toBe(1000);
    expect(one('30299', '运送防疫物资 赣C·D5678维修', '汽车修理厂').vehicleOperation).toBe(1000);
  });
  it('a carrier hired (运输费, 货车, 租用) stays silent', () => {
    expect(one('30299', '运送防疫物资运输费（赣C·D5678）', '物流公司').vehicleOperation).toBe(0);
    expect(one('30214', '租用货车运送救灾物资（湘J·B8217）', '').vehicleOperation).toBe(0);
    expect(one('30299', '运送物资', '').vehicleOperation).toBe(0);
  });
});

import { monthNamedOrNone } from './three-public.ts';
import { entry } from '../testing/fixtures.ts';
import { threePublicSums } from '../testing/three-public-sums.ts';

describe('ledger.three-public: a 调账 naming the day of the bill it moves', () => {
  it('names that day only: another bill of the same month is not what it moves', () => {
    expect(monthNamedOrNone('调账：9月8日付餐费系接待，红字冲减其他商品和服务支出', '2024-09-08')).toBe(true);
    expect(monthNamedOrNone('调账：9月8日付餐费系接待，红字冲减其他商品和服务支出', '2024-09-21')).toBe(false);
    expect(monthNamedOrNone('调账：9月付餐费', '2024-09-21')).toBe(true);
    expect(monthNamedOrNone('调整9月1日至9月30日误记餐费', '2024-09-21')).toBe(true);
  });
  it('its red-ink half does not net a hidden meal of another day of that month', () => {
    const sums = threePublicSums([
      entry({ date: '2024-09-08', voucher: '付-3', economicCode: '30299', summary: '付餐费', amount: 56_000 }),
      entry({ date: '2024-09-21', voucher: '付-9', economicCode: '30299', summary: '省督查组检查期间用餐（6人）', payee: '县某大酒店', amount: 83_000 }),
      entry({ date: '2024-11-02', voucher: '记-4', economicCode: '30217', summary: '调账：9月8日付餐费系接待省督查组，调入公务接待费', amount: 56_000 }),
      entry({ date: '2024-11-02', voucher: '记-4', economicCode: '30299', summary: '调账：9月8日付餐费红字冲减其他商品和服务支出', amount: -56_000 }),
    ]);
    expect(sums.reception).toBe(56_000 + 83_000);
  });
});

describe('ledger.three-public: front-line crews of a response fed or comforted', () => {
  it('are the response’s people (一线, 抗洪, 抗旱, 抗疫, 扑火, 医护人员), not guests, even at a restaurant', () => {
    expect(one('30299', '慰问抗洪一线巡堤人员盒饭', '县某酒家').reception).toBe(0);
    expect(one('30299', '抗疫一线医护人员晚餐', '县某饭店').reception).toBe(0);
    expect(one('30299', '扑火队伍一线工作餐', '县某饭店').reception).toBe(0);
  });
  it('a visiting party come about that work is still received, and a plated car’s fuel still counts', () => {
    expect(one('30299', '市防指工作组来县指导抗旱 晚餐', '县某饭店').reception).toBe(1000);
    expect(one('30299', '省领导深入抗洪一线检查指导 工作餐', '县某饭店').reception).toBe(1000);
    expect(one('30299', '市领导深入一线调研 午餐', '县某饭店').reception).toBe(1000);
    expect(one('30299', '湘A·B1234加油（抗洪一线）', '中国石化').vehicleOperation).toBe(1000);
  });
});

describe('ledger.three-public: a driving simulator is no car', () => {
  it('its upkeep (汽车驾驶模拟器维修) is training equipment’s; the car’s own repair still counts', () => {
    expect(one('30213', '驾校汽车模拟驾驶器保养', '县电子公司').vehicleOperation).toBe(0);
    expect(one('30299', '小汽车驾驶模拟器维修', '').vehicleOperation).toBe(0);
    expect(one('30213', '公务用车更换刹车片', '县汽修厂').vehicleOperation).toBe(1000);
  });
});
