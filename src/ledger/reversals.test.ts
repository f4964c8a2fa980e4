import { describe, expect, it } from 'vitest';
import { basicOnProject } from './rules/basic-on-project.ts';
import { natureInconsistent } from './rules/nature-inconsistent.ts';
import { summaryProjectMismatch } from './rules/summary-project-mismatch.ts';
import { reversedInFull } from './reversals.ts';
import { context, entry } from './testing/fixtures.ts';

const road = { nature: 'project' as const, projectName: '农村公路养护工程', functionCode: '2140106' };

describe('refunds and red-ink reversals in the per-entry checks', () => {
  it('a refund or a red-ink line is no finding of its own; spending reversed in full later is no finding; what stands still is', () => {
    const pay = entry({ ...road, date: '2024-03-09', economicCode: '30107', summary: '3月绩效工资', amount: 52_000 });
    const redInk = entry({ ...road, date: '2024-03-28', economicCode: '30107', summary: '红字冲销3月绩效工资（误记项目）', amount: -52_000 });
    const refund = entry({ ...road, date: '2024-05-10', economicCode: '30206', summary: '退回多付养护站电费', amount: -380 });
    const stands = entry({ ...road, date: '2024-06-09', economicCode: '30107', summary: '6月绩效工资', amount: 52_000 });
    const flagged = basicOnProject.check([pay, redInk, refund, stands], context()).map((f) => f.evidence[0]!.line);
    expect(flagged).toEqual([stands.row]);
  });

  it('one reversal takes back one of two equal bills (the latest before it); a reversal before the bill takes back nothing', () => {
    const a = entry({ ...road, date: '2024-04-01', economicCode: '30201', amount: 860 });
    const b = entry({ ...road, date: '2024-04-02', economicCode: '30201', amount: 860 });
    const back = entry({ ...road, date: '2024-04-20', economicCode: '30201', amount: -860 });
    const later = entry({ ...road, date: '2024-05-01', economicCode: '30201', amount: 860 });
    const other = entry({ ...road, projectName: '交通综合执法能力建设', date: '2024-04-03', economicCode: '30201', amount: 860 });
    expect([...reversedInFull([a, b, back, later, other])]).toEqual([b]);
  });

  it('nature-inconsistent and summary-project-mismatch stay silent on a refund', () => {
    const refund = entry({ nature: 'project', economicCode: '30227', summary: '退回多付技术服务费', amount: -4_000 });
    expect(natureInconsistent.check([refund], context())).toEqual([]);
    const refundOfCards = entry({ ...road, economicCode: '30299', summary: '退回购物卡款', amount: -2_000 });
    const cards = entry({ ...road, economicCode: '30299', summary: '购买购物卡', amount: 6_000 });
    expect(summaryProjectMismatch.check([refundOfCards, cards], context()).map((f) => f.evidence[0]!.line)).toEqual([cards.row]);
  });
});
