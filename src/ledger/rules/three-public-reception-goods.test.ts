/**
 * Tobacco, liquor, tea and fruit laid on for a visiting group are 公务接待, whatever class they were booked in
 * (data/ledger/three-public.json reception.pairedWords, the goods pair). After held-out 68 (spent as dev-dlxls):
 * 省政协调研陪同 购茶叶、香烟及水果 under 30299 was not counted. New wording; the goods alone stay silent.
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { threePublicTotals } from './three-public.ts';

describe('三公 reception: goods laid on for a visiting group', () => {
  it('counts cigarettes, liquor or fruit bought for a group that came, under 办公费 or 其他商品和服务支出', () => {
    const entries = [
      entry({ summary: '市人大执法检查组来县 购矿泉水及水果', economicCode: '30299', amount: 36_000 }),
      entry({ summary: '陪同省纪委督导组 购烟酒', economicCode: '30201', amount: 128_000 }),
      entry({ summary: '邻县政协考察团来访 会议室茶叶', economicCode: '30299', amount: 24_000 }),
    ];
    const { totals, findings } = threePublicTotals(entries, context());
    expect(totals.hidden.reception).toBe(188_000);
    expect(findings.map((f) => f.evidence[0]!.line)).toEqual(entries.map((e) => e.row));
  });

  it('leaves the goods alone: no visiting group, a 慰问, or the unit\'s own staff going out', () => {
    const entries = [
      entry({ summary: '机关迎春茶话会 水果及瓜子', economicCode: '30299', amount: 45_000 }),
      entry({ summary: '会议室待客用茶叶', economicCode: '30201', amount: 16_000 }),
      entry({ summary: '陪同市领导慰问敬老院老人 购水果', economicCode: '30299', amount: 30_000 }),
      entry({ summary: '陪同市调研组下乡 途中购矿泉水', economicCode: '30299', amount: 4_000 }),
    ];
    const { totals, findings } = threePublicTotals(entries, context());
    expect(totals.hidden.reception).toBe(0);
    expect(findings).toEqual([]);
  });
});
