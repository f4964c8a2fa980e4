/**
 * Causes read on held-out 42 after it was spent as dev (dev-fmxl, a livestock centre's ledger kept in Excel;
 * 2026-12-06, sled42), stated in invented wordings that are not the file's own, each with the look-alike or the true
 * case that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { oneEntrySums as one } from '../testing/three-public-sums.ts';

describe('ledger.three-public: a plate overrides 水泵 and 发电机 as machines', () => {
  it('a plated car’s water pump or alternator replaced under 维修（护）费 is its running cost; a pump or generator alone is not', () => {
    expect(one('30213', '执法车（湘D·K7712）更换水泵及节温器', '县通达汽修厂').vehicleOperation).toBe(1000);
    expect(one('30213', '湘D-K7712 更换发电机', '县通达汽修厂').vehicleOperation).toBe(1000);
    expect(one('30218', '抗旱水泵加油', '中国石化县城加油站').vehicleOperation).toBe(0);
    expect(one('30218', '应急柴油发电机加油', '中国石化县城加油站').vehicleOperation).toBe(0);
  });
});

describe('ledger.three-public: a boat (…艇) is no car', () => {
  it('fuel of an enforcement or survey boat paid to a fuel company is not 公务用车; a car’s fuel there still is', () => {
    expect(one('30225', '水政监察执法艇（湘岳水01）加油', '中国石化县城加油站').vehicleOperation).toBe(0);
    expect(one('30218', '航道测量汽艇燃油', '中国石油县城加油站').vehicleOperation).toBe(0);
    expect(one('30218', '执法车（湘D·K7712）加油', '中国石油县城加油站').vehicleOperation).toBe(1000);
  });
});
