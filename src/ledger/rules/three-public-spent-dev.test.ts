/**
 * ledger.three-public: causes read on held-out 2 and 4 after they were spent as dev (dev-zkjn, dev-ythx, 2026-12-05).
 * Each test states the kind in wordings that are not the files' own, with a look-alike that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { oneEntrySums } from '../testing/three-public-sums.ts';

const one = oneEntrySums;

describe('ledger.three-public: kinds from the spent held-out files', () => {
  it('a vehicle named by its work, with words between the work and 车, is special-purpose; the unit’s own car is not', () => {
    expect(one('30213', '垃圾清运车底盘大修', '县汽车修理厂').vehicleOperation).toBe(0);
    expect(one('30299', '洒水降尘车加油', '中国石化县城南加油站').vehicleOperation).toBe(0);
    expect(one('30213', '消防水罐车更换轮胎', '县汽修厂').vehicleOperation).toBe(0);
    expect(one('30213', '垃圾车辆维修', '县汽修厂').vehicleOperation).toBe(0);
    // The unit's own car, named after the unit (环卫处, 环卫所).
    expect(one('30213', '环卫处公务车维修', '县汽修厂').vehicleOperation).toBe(1000);
    expect(one('30213', '环卫所车辆保养', '县汽修厂').vehicleOperation).toBe(1000);
    expect(one('30213', '湘A·12345维修', '县汽修厂').vehicleOperation).toBe(1000);
  });

  it('a plated car’s insurance of any kind (its name ends in 险) is its running cost; a plate with no bill for the car is not', () => {
    expect(one('30299', '赣C6M218车损险及三者险续保', '县财产保险公司').vehicleOperation).toBe(1000);
    expect(one('30299', '湘A·3K927驾乘人员意外险', '县人寿保险公司').vehicleOperation).toBe(1000);
    expect(one('30299', '湘A·3K927车辆信息登记表印制', '县印刷厂').vehicleOperation).toBe(0);
  });
});
