/**
 * General causes read on dev-jdlxz (held-out 48, spent 2026-12-07 by l454748), each in invented wordings
 * (data/ledger/three-public.json, reasons there): a licence plate makes 空调维修/空调保养 the car's air-conditioning (a
 * plate override, as for 水泵 and 发电机), while an office's air-conditioner stays a building's; and a title of a person
 * ending in 员 (特派员, 网格员 …) ends where it stands, so 员工 (the unit's staff, negative for 公务接待) is not read across
 * 网格员|工作 in a visiting group's meal.
 */
import { describe, expect, it } from 'vitest';
import { oneEntrySums } from '../testing/three-public-sums.ts';

describe('a plated car’s air-conditioning', () => {
  it('is the car’s running cost beside its licence plate, whatever class it was booked in', () => {
    for (const summary of ['赣K·3D518空调维修', '公务车赣K·3D518空调保养及加氟']) {
      expect([summary, oneEntrySums('30213', summary, '某县顺通汽车修理厂').vehicleOperation]).toEqual([summary, 1000]);
    }
  });

  it('stays a building’s without a plate', () => {
    for (const summary of ['办公楼空调维修', '机关会议室空调保养']) {
      expect([summary, oneEntrySums('30213', summary, '某县顺通汽车修理厂').vehicleOperation]).toEqual([summary, 0]);
    }
  });
});

describe('a person’s title ending in 员 before 工作', () => {
  it('does not read 员工 across it: a visiting group’s meal is 公务接待', () => {
    for (const summary of ['市农业农村局督导组检查村级防疫员工作午餐', '省民政厅评估组考察社区网格员工作午餐']) {
      expect([summary, oneEntrySums('30216', summary, '某县竹林农家乐').reception]).toEqual([summary, 1000]);
    }
  });

  it('still reads the unit’s own staff (员工) as no guest', () => {
    expect(oneEntrySums('30216', '局机关员工工作午餐（市督导组检查期间）', '某县竹林农家乐').reception).toBe(0);
  });
});
