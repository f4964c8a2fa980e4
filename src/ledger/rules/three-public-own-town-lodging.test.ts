/**
 * A night at a hotel of the unit's own town booked as 差旅费, its 摘要 naming nothing but the lodging: a journey is to
 * places other than the place of work, so it lodged someone who came — hidden 公务接待. data/ledger/three-public.json
 * (categories.reception.bareBill.ownTownLodging; the own town's names: project-match.json localPlaces).
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { threePublicTotals } from './three-public.ts';

const run = (entries: Parameters<typeof threePublicTotals>[0]) => {
  const { totals, findings } = threePublicTotals(entries, context());
  return { reception: totals.booked.reception + totals.hidden.reception, rows: findings.map((f) => f.evidence[0]!.line), messages: findings.map((f) => f.message) };
};

// The ledger's own payees name its county: 青杉.
const own = [
  entry({ economicCode: '30206', summary: '缴纳3月电费', payee: '国网青杉县供电公司' }),
  entry({ economicCode: '30201', summary: '购办公用品', payee: '青杉县文苑文具店' }),
];

describe('三公: a bare lodging bill at a hotel of the unit’s own town under 差旅费', () => {
  it('counts it as hospitality, saying why', () => {
    const night = entry({ economicCode: '30211', summary: '房费（3间1晚）', payee: '青杉县江景商务酒店', amount: 54_000 });
    const r = run([...own, night]);
    expect(r.reception).toBe(54_000);
    expect(r.rows).toEqual([night.row]);
    expect(r.messages[0]).toContain('本地');
  });

  it('stays silent on a hotel elsewhere, on a 摘要 naming a trip or a traveller, and under 培训费', () => {
    const away = entry({ economicCode: '30211', summary: '住宿费（2间2晚）', payee: '长沙湘江宾馆', amount: 76_000 });
    const trip = entry({ economicCode: '30211', summary: '赴乡镇督查住宿费（1间1晚）', payee: '青杉县江景商务酒店', amount: 18_000 });
    const named = entry({ economicCode: '30211', summary: '报销李卫东住宿费', payee: '青杉县江景商务酒店', amount: 18_000 });
    const course = entry({ economicCode: '30216', summary: '住宿费（20间2晚）', payee: '青杉县江景商务酒店', amount: 480_000 });
    expect(run([...own, away, trip, named, course]).rows).toEqual([]);
  });
});
