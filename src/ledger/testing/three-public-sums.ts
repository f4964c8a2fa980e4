/**
 * Test support: the 三公 totals a ledger gives per category (booked under the class plus hidden under other words)
 * and the lines the rule reports, for tests that state the totals a reviewer would reach by hand.
 */
import { threePublicTotals } from '../rules/three-public.ts';
import { context, entry } from './fixtures.ts';

export function threePublicSums(entries: Parameters<typeof threePublicTotals>[0]) {
  const { totals, findings } = threePublicTotals(entries, context());
  const sum = (c: keyof typeof totals.booked) => totals.booked[c] + totals.hidden[c];
  return {
    reception: sum('reception'),
    overseasTravel: sum('overseasTravel'),
    vehicleOperation: sum('vehicleOperation'),
    vehiclePurchase: sum('vehiclePurchase'),
    // The lines reported, in the ledger's order (the rule ranks its findings by evidence).
    rows: findings.map((f) => f.evidence[0]!.line).sort((a, b) => (a ?? 0) - (b ?? 0)),
  };
}

/** The 三公 totals of a ledger of one entry of 1000 分 (10.00 元) with this class, 摘要 and payee. */
export function oneEntrySums(economicCode: string, summary: string, payee?: string) {
  return threePublicSums([entry({ economicCode, summary, payee, amount: 1000 })]);
}
