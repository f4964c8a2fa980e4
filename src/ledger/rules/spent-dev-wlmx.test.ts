/**
 * Causes read on held-out 40 after it was spent as dev (dev-wlmx, a plain GBK CSV 明细账; 2026-12-06, sled40) and on the
 * last 三公 difference of dev-boxtxt (held-out 39), stated in wordings that are not the files' own, each with the case
 * that must stay as it was.
 */
import { describe, expect, it } from 'vitest';
import { fen } from '../../core/money.ts';
import { loadDemo } from '../../reference/demo.ts';
import { context, entry } from '../testing/fixtures.ts';
import { oneEntrySums as one } from '../testing/three-public-sums.ts';
import { threePublic, threePublicTotals } from './three-public.ts';

describe('ledger.three-public: a body of elsewhere named without its place (外县, 兄弟市) is a party received', () => {
  it('a peer body’s group from another county fed by the unit is hospitality, under 会议费 or elsewhere', () => {
    const meeting = one('30215', '外市作协代表团交流座谈及晚餐', '');
    expect([meeting.reception, meeting.rows.length]).toEqual([1000, 1]);
    const other = one('30299', '兄弟县妇联考察组午餐', '');
    expect([other.reception, other.rows.length]).toEqual([1000, 1]);
    // Named at a 座谈会 booked as 会议费: the body of elsewhere is a party that came, not the meeting's own participants.
    const talk = one('30215', '友邻县科协交流组座谈会午餐', '');
    expect([talk.reception, talk.rows.length]).toEqual([1000, 1]);
  });

  it('its lodging under 差旅费 is no trip of the unit’s own team', () => {
    const lodging = one('30211', '外县残联参观团住宿费', '');
    expect([lodging.reception, lodging.rows.length]).toEqual([1000, 1]);
  });

  it('going there, a market abroad and a meeting’s own participants stay silent', () => {
    for (const text of ['赴外县文联学习交流住宿费', '到外市总工会交流组差旅费', '对外市场推介组工作会议午餐', '全县文艺工作会议午餐']) {
      const got = one(text.includes('差旅') || text.includes('住宿') ? '30211' : '30215', text, '');
      expect([text, got.reception, got.rows.length]).toEqual([text, 0, 0]);
    }
  });
});

describe('ledger.three-public: goods bought under 公务接待费 are mis-booked whatever the object (dev-boxtxt)', () => {
  it('an object named after a verb of buying, or a bill of a goods-only trade, is left out and flagged', () => {
    const covers = one('30217', '购档案室除湿机滤网', '');
    expect([covers.reception, covers.rows.length]).toEqual([0, 1]);
    const store = one('30217', '付货款', '清河县顺达五金店');
    expect([store.reception, store.rows.length]).toEqual([0, 1]);
  });

  it('food, drink and gifts for guests, a guest named, or a dining payee stay counted as the books say', () => {
    for (const [text, payee] of [
      ['购接待用水果', ''],
      ['购矿泉水', ''],
      ['购土特产', ''],
      ['市检查组工作餐', '清河县顺达五金店'],
      ['购点心', '清河县福满楼酒家'],
    ] as const) {
      const got = one('30217', text, payee);
      expect([text, got.reception, got.rows.length]).toEqual([text, 1000, 0]);
    }
  });

  it('the finding names the class, the text and the amount, and calls it a probable misclassification', () => {
    const covers = entry({ economicCode: '30217', summary: '购档案室除湿机滤网', amount: 86_000 });
    const { totals, findings } = threePublicTotals([covers], context());
    expect([totals.booked.reception, totals.misbooked.reception]).toEqual([0, 86_000]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/购档案室除湿机滤网.*30217.*860\.00.*错列/u);
  });

  it('a 决算 compiled by class that holds the mis-booked bill is told so when that is the whole difference', () => {
    const reported = (final: number) => ({
      ...loadDemo(),
      threePublic: { total: {}, reception: { final: fen(final) }, overseasTravel: {}, vehicles: {} },
    });
    const entries = [
      entry({ economicCode: '30217', summary: '接待市调研组工作餐', amount: 100_000 }),
      entry({ economicCode: '30217', summary: '购档案室除湿机滤网', amount: 86_000 }),
    ];
    const explained = threePublic.check(entries, context({ departmentYear: reported(186_000) })).find((f) => f.evidence[1]?.path === 'threePublic.reception.final');
    expect(explained?.message).toContain('正是记在该类科目但所记不属“三公”');
    const other = threePublic.check(entries, context({ departmentYear: reported(190_000) })).find((f) => f.evidence[1]?.path === 'threePublic.reception.final');
    expect(other?.message).not.toContain('正是');
    expect(other?.difference).toBe(100_000 - 190_000);
  });
});
