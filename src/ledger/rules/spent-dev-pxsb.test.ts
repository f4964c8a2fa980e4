/**
 * Causes read on held-out 30 after it was spent as dev (dev-pxsb, a county library's 平行记账 凭证序时簿; 2026-12-05,
 * sled4), stated in wordings that are not the file's own, each with the look-alike or the true case that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { oneEntrySums as one, threePublicSums } from '../testing/three-public-sums.ts';
import { basicOnProject } from './basic-on-project.ts';

describe('ledger.three-public: spending of one 三公 category booked under another 三公 class', () => {
  it('a visiting group’s meal under 公务用车运行维护费 is 公务接待费 (counted there and flagged), not a car’s cost', () => {
    const sums = one('30231', '宴请市审计局核查组一行午餐', '某大酒店');
    expect(sums.reception).toBe(1000);
    expect(sums.vehicleOperation).toBe(0);
    expect(sums.rows).toHaveLength(1);
    const lunch = one('30231', '陪同省考评组工作餐', '');
    expect([lunch.reception, lunch.vehicleOperation]).toEqual([1000, 0]);
  });

  it('the class still decides when the text names anything of it: a car used for a reception stays a car’s cost', () => {
    const fuel = one('30231', '接待省调研组用车加油', '某石油公司');
    expect([fuel.reception, fuel.vehicleOperation, fuel.rows.length]).toEqual([0, 1000, 0]);
    const plated = one('30231', '赣C·A2371 接待任务过路费', '');
    expect([plated.reception, plated.vehicleOperation]).toEqual([0, 1000]);
    const bare = one('30231', '公务卡还款', '');
    expect([bare.reception, bare.vehicleOperation, bare.rows.length]).toEqual([0, 1000, 0]);
  });

  it('a plated car’s fuel under 公务接待费 is a car’s running cost; a guest’s meal there stays reception', () => {
    const fuel = one('30217', '湘A·3K7Q2加油', '某石油公司');
    expect([fuel.reception, fuel.vehicleOperation]).toEqual([0, 1000]);
    const meal = one('30217', '接待市局检查组工作餐', '某宾馆');
    expect([meal.reception, meal.vehicleOperation, meal.rows.length]).toEqual([1000, 0, 0]);
  });

  it('a red-ink reversal of such a meal out of the class it was booked in leaves nothing counted and nothing flagged', () => {
    const meal = entry({ economicCode: '30231', summary: '宴请市审计局核查组一行午餐', payee: '某大酒店', amount: 1000 });
    const red = entry({ economicCode: '30231', summary: '红字冲销宴请市审计局核查组一行午餐', payee: '某大酒店', amount: -1000 });
    const sums = threePublicSums([meal, red]);
    expect([sums.reception, sums.vehicleOperation, sums.rows.length]).toEqual([0, 0, 0]);
  });
});

describe('ledger.basic-on-project: a unit’s administration office', () => {
  const digital = { nature: 'project' as const, projectCode: 'SZ04', projectName: '智慧档案平台建设', economicCode: '30201', payee: '县文具店' };
  it('its supplies (办公费) are basic spending whatever project pays; the project’s own supplies and office are the project’s', () => {
    const office = entry({ ...digital, summary: '综合办公室打印纸、墨粉采购' });
    const head = entry({ ...digital, summary: '站长办公室购签字笔及文件夹' });
    const own = entry({ ...digital, summary: '档案数字化扫描用纸及标签采购' });
    const projectOffice = entry({ ...digital, summary: '智慧档案项目办公室打印纸采购' });
    const found = basicOnProject.check([office, head, own, projectOffice], context());
    expect(found.map((f) => f.evidence[0]!.line)).toEqual([office.row, head.row]);
  });
});
