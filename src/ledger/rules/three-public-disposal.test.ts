/**
 * Disposing of an old 公务用车 (its valuation, auction fee) is no running cost of a car the unit keeps: a 摘要 that
 * names the car before 处置 (旧公务用车处置评估费) or an asset valuation (资产评估) of a car is negative context for
 * 公务用车运行维护费 and 购置 (data/ledger/three-public.json, vehicleOperation/vehiclePurchase excludeWords).
 */
import { describe, expect, it } from 'vitest';
import { context, entry } from '../testing/fixtures.ts';
import { threePublicTotals } from './three-public.ts';

const run = (entries: Parameters<typeof threePublicTotals>[0]) => {
  const { totals, findings } = threePublicTotals(entries, context());
  return { vehicles: totals.hidden.vehicleOperation + totals.hidden.vehiclePurchase, rows: findings.map((f) => f.evidence[0]!.line) };
};

describe('三公: disposal of an old car', () => {
  it('stays silent on a car disposal’s valuation, in two wordings', () => {
    const a = entry({ economicCode: '30227', summary: '旧公务用车处置评估费', payee: '梅岗县正信资产评估所', amount: 60_000 });
    const b = entry({ economicCode: '30299', summary: '执法执勤用车处置资产评估服务费', payee: '县华信评估有限公司', amount: 45_000 });
    const r = run([a, b]);
    expect(r.vehicles).toBe(0);
    expect(r.rows).toEqual([]);
  });

  it('still counts look-alikes: an old car’s repair, a car’s fuel at an emergency response (应急处置)', () => {
    const repair = entry({ economicCode: '30213', summary: '旧公务用车维修费', payee: '县顺达汽车维修有限公司', amount: 32_000 });
    const fuel = entry({ economicCode: '30299', summary: '突发事件应急处置公务用车加油费', payee: '张伟', amount: 18_000 });
    const r = run([repair, fuel]);
    expect(r.vehicles).toBe(32_000 + 18_000);
    expect(r.rows).toEqual([repair.row, fuel.row]);
  });
});
