/**
 * Experts named by the checking they came for (验收专家, 评估专家 …) are a visiting party, as 专家组 is: their meal or
 * lodging is 公务接待 whatever class it was booked in. data/ledger/three-public.json (categories.reception.pairedWords).
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { threePublicTotals } from './three-public.ts';

const run = (entries: Parameters<typeof threePublicTotals>[0]) => {
  const { totals, findings } = threePublicTotals(entries, context());
  return { reception: totals.booked.reception + totals.hidden.reception, rows: findings.map((f) => f.evidence[0]!.line) };
};

describe('三公: experts who came to check', () => {
  it('counts the lodging of acceptance experts booked as 培训费', () => {
    const stay = entry({ economicCode: '30216', summary: '省级标准化卫生院验收专家住宿费（4人1晚）', payee: '县金穗大酒店', amount: 96_000 });
    const r = run([stay]);
    expect(r.reception).toBe(96_000);
    expect(r.rows).toEqual([stay.row]);
  });

  it('stays silent on the trainers of a course the unit holds', () => {
    const trainers = entry({ economicCode: '30216', summary: '乡村医生培训班授课专家住宿费（2人2晚）', payee: '县金穗大酒店', amount: 64_000 });
    expect(run([trainers]).rows).toEqual([]);
  });
});
