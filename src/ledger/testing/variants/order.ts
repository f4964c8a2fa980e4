/** Test support: the columns of a base in another order (every row from the header down, a column's cells with it). */
import { type Base, headerOnTwoRows, type TableVariant, tableVariant, width } from './table.ts';

type Order = (b: Base, idx: readonly number[]) => number[];

export const COLUMN_ORDERS = {
  reversed: (_, idx) => [...idx].reverse(),
  // A fixed shuffle (not a rotation): odd columns first, then even, each half reversed.
  shuffled: (_, idx) => [...idx.filter((i) => i % 2 === 1).reverse(), ...idx.filter((i) => i % 2 === 0).reverse()],
  'summary-last': (b, idx) => [...idx.filter((i) => i !== b.columns.summary!), b.columns.summary!],
  'amounts-first': (b, idx) => {
    const amounts = [b.columns.debit, b.columns.credit, b.columns.amount, b.columns.direction].filter((x): x is number => x !== undefined);
    return [...amounts, ...idx.filter((i) => !amounts.includes(i))];
  },
  'rotate-3': (_, idx) => idx.map((i) => (i + 3) % idx.length),
} satisfies Record<string, Order>;
export type ColumnOrder = keyof typeof COLUMN_ORDERS;

export interface OrderOptions {
  /** The row above the header moves with the columns where it is the upper row of a header on two rows. */
  readonly upperHeaderRow?: boolean;
}

export function orderVariants(b: Base, orders: readonly ColumnOrder[], o: OrderOptions = {}): TableVariant[] {
  const idx = Array.from({ length: width(b.rows) }, (_, i) => i);
  const start = o.upperHeaderRow && headerOnTwoRows(b) ? b.headerRow - 1 : b.headerRow;
  return orders.map((name) => {
    const order: number[] = COLUMN_ORDERS[name](b, idx);
    return tableVariant('order', name, b.rows.map((r, i) => (i < start ? r : order.map((k) => r[k] ?? ''))));
  });
}
