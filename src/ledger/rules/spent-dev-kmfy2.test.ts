/**
 * Cause read on held-out 46 after it was spent as dev (dev-kmfy2, a county 国防动员办公室's 明细账 printed per account;
 * 2026-12-06, l46), stated in invented wordings that are not the file's own, each with the case that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { oneEntrySums as one } from '../testing/three-public-sums.ts';

describe('ledger.three-public: a neighbouring body’s visit (邻县/邻市, an office …办, doing a visit’s work)', () => {
  it('a meal of a neighbouring county’s or city’s office come to observe or inspect is hospitality, whatever class it is booked in', () => {
    expect(one('30211', '邻县应急办观摩防汛演练工作午餐（山庄）', '县溪谷山庄').reception).toBe(1000);
    expect(one('30299', '邻市统计局考察交流工作餐', '县城东酒家').reception).toBe(1000);
    expect(one('30215', '外县招商办调研座谈晚餐', '县城东酒家').reception).toBe(1000);
  });

  it('the unit’s own people going to a neighbouring body, or a meal naming no visiting party, stay silent', () => {
    expect(one('30211', '赴邻县应急办考察学习工作午餐', '县溪谷山庄').reception).toBe(0);
    expect(one('30211', '赴邻市人防办考察住宿费', '邻市人防宾馆').reception).toBe(0);
    expect(one('30211', '邻县交界处水毁道路查勘误餐补助', '县溪谷山庄').reception).toBe(0);
    expect(one('30215', '全县人防工作会议午餐', '县城东酒家').reception).toBe(0);
  });
});
