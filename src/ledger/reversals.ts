/**
 * Refunds and red-ink reversals (negative amounts) as the per-entry checks read them. A negative entry is no spending
 * of its own: it takes back (part of) an entry booked before — a refund of a bill, a 红字冲销 of a line booked twice
 * or booked wrongly, the 贷方 half of a 调账. The checks that judge what an entry was spent on (ledger.basic-on-project,
 * ledger.summary-project-mismatch, ledger.nature-inconsistent) judge the spending, not its reversal; and a spending
 * entry the unit itself took back in full — a later negative entry of the same project (or none), economic class,
 * function class and amount — no longer stands in the books: the unit corrected it (《政府会计制度》 红字更正法), so it
 * is no finding either. ledger.three-public nets reversals against what they reverse in its own way (three-public.ts).
 */
import { type LedgerEntry, projectKeyOf } from './entry.ts';

/**
 * The positive entries a later negative entry reverses in full: same project key (or both none), economic class,
 * function class and amount, dated on or after it. Each negative reverses one entry, the latest before it (by date,
 * then row): of a bill booked twice and reversed once, one stays.
 */
export function reversedInFull(entries: readonly LedgerEntry[]): Set<LedgerEntry> {
  const key = (e: LedgerEntry, amount: number) => [projectKeyOf(e) ?? '', e.economicCode, e.functionCode, amount].join('\u0000');
  const open = new Map<string, LedgerEntry[]>();
  const order = [...entries].sort((a, b) => (a.date === b.date ? a.row - b.row : a.date < b.date ? -1 : 1));
  const out = new Set<LedgerEntry>();
  for (const e of order) {
    if (e.amount > 0) {
      const k = key(e, e.amount);
      const list = open.get(k);
      if (list) list.push(e);
      else open.set(k, [e]);
    } else if (e.amount < 0) {
      const reversed = open.get(key(e, -e.amount))?.pop();
      if (reversed) out.add(reversed);
    }
  }
  return out;
}

/**
 * Whether a per-entry check judges the entry: spending (a positive amount) that no later entry reversed in full.
 * `reversed` is reversedInFull(entries) of the same entries.
 */
export function standsAsSpending(entry: LedgerEntry, reversed: ReadonlySet<LedgerEntry>): boolean {
  return entry.amount > 0 && !reversed.has(entry);
}
