/**
 * Test support: the model of a ledger's export variants — a base table read from a dev ledger, and a variant of it
 * as a rewritten table or as the bytes of a file — with the writing and the cell helpers every family shares.
 */
import type { LedgerField } from '../../entry.ts';
import { parseLedgerAmount } from '../../parse-entries.ts';

export type Table = string[][];

export interface Base {
  readonly name: string;
  readonly rows: Table;
  readonly headerRow: number;
  readonly columns: Partial<Record<LedgerField, number>>;
  /** 0-based rows that made entries. */
  readonly entryRows: ReadonlySet<number>;
}

interface Named {
  /** The family of variations (date, order …): a probe reports by family. */
  readonly family: string;
  readonly name: string;
}
/** The table rewritten; written as a CSV by `written` (and the start of a further rewrite). */
export interface TableVariant extends Named {
  readonly rows: Table;
}
/** A file of its own bytes: an encoding, a workbook. */
export interface FileVariant extends Named {
  readonly file: string;
  readonly bytes: () => Promise<Uint8Array>;
}
export type Variant = TableVariant | FileVariant;

export interface CsvDialect {
  readonly sep?: string;
  readonly eol?: string;
  readonly quoteAll?: boolean;
}

export function csvCell(c: string, sep: string, quoteAll: boolean): string {
  return quoteAll || c.includes(sep) || c.includes('"') || c.includes('\n') || c.includes('\r') ? `"${c.replace(/"/g, '""')}"` : c;
}
export function csvText(rows: Table, o: CsvDialect = {}): string {
  const sep = o.sep ?? ',';
  return rows.map((r) => r.map((c) => csvCell(c, sep, o.quoteAll ?? false)).join(sep)).join(o.eol ?? '\n') + (o.eol ?? '\n');
}
export const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

export const tableVariant = (family: string, name: string, rows: Table): TableVariant => ({ family, name, rows });
export const fileVariant = (family: string, name: string, ext: string, bytes: () => Promise<Uint8Array>): FileVariant => ({
  family,
  name,
  file: `${family}-${name.replace(/\W+/g, '_')}.${ext}`,
  bytes,
});
/** A variant as a file: a rewritten table as a UTF-8 CSV in the dialect given. */
export function written(v: Variant, dialect: CsvDialect = {}): FileVariant {
  if (!('rows' in v)) return v;
  return { family: v.family, name: v.name, file: `${v.family}-${v.name}.csv`, bytes: async () => utf8(csvText(v.rows, dialect)) };
}
/** The rows of a table variant (undefined for a file's bytes). */
export const rowsOf = (v: Variant | undefined): Table | undefined => (v !== undefined && 'rows' in v ? v.rows : undefined);

export const clone = (t: Table): Table => t.map((r) => [...r]);
export const width = (t: Table) => Math.max(...t.map((r) => r.length));

/** An amount cell in 分, or undefined when it is none (text, nothing, a footer's 打印日期). */
export function fenOf(cell: string): number | undefined {
  try {
    return cell.trim() === '' ? undefined : Number(parseLedgerAmount(cell));
  } catch {
    return undefined;
  }
}
/** The amount of |fen| in 元 with two decimals, and with thousands separators. */
export const yuan = (fen: number) => (Math.abs(fen) / 100).toFixed(2);
export const withThousands = (s: string) => s.replace(/^(\d+)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ','));

export function amountColumns(b: Base): number[] {
  return [b.columns.debit, b.columns.credit, b.columns.amount].filter((c): c is number => c !== undefined);
}
/** Whether the row above the header is the upper row of a header on two rows (财务会计 | 预算会计, 借方 over 原币 | 本位币). */
export function headerOnTwoRows(b: Base): boolean {
  return new Set((b.rows[b.headerRow - 1] ?? []).filter((c) => c.trim() !== '')).size >= 3;
}
/** The base with its rows replaced by a table variant's (a step of a combination); unchanged for none. */
export function step(b: Base, v: Variant | undefined): Base {
  const rows = rowsOf(v);
  return rows ? { ...b, rows } : b;
}

/** The fiscal year of the bases (dev ledgers of 2024) and of dates written without their year. */
export const FISCAL_YEAR = 2024;
