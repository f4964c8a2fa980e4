/**
 * Test support: the 三公 totals a ledger gives per category (booked under the class plus hidden under other words)
 * and the lines the rule reports, for tests that state the totals a reviewer would reach by hand.
 */
import { threePublicTotals } from '../rules/three-public.ts';
import { context } from './fixtures.ts';

export function threePublicSums(entries: Parameters<typeof threePublicTotals>[0]) {
  const { totals, findings } = threePublicTotals(entries, context());
  const sum = (c: keyof typeof totals.booked) => totals.booked[c] + totals.hidden[c];
  return {
    reception: sum('reception'),
    overseasTravel: sum('overseasTravel'),
    vehicleOperation: sum('vehicleOperation'),
    vehiclePurchase: sum('vehiclePurchase'),
    rows: findings.map((f) => f.evidence[0]!.line),
  };
}
