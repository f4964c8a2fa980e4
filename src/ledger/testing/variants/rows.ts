/**
 * Test support for the export variants: which rows of a base are entry and period lines (as a reader of the printed
 * ledger tells them, without the import), columns put in or taken out, and a class cell's code and name.
 */
import { loadCodeTables } from '../../../reference/code-tables.ts';
import { parseCode } from '../../parse-entries.ts';
import { type Base, FISCAL_YEAR, type Table } from './table.ts';

const PERIOD = /^(?:本期合计|本月合计|本月发生额合计|本年累计|上年结转|期初余额|承前页|过次页|年末结转|结转下年|月计|本季合计|累计|合计)/u;
export const isPeriodRow = (summary: string) => PERIOD.test(summary.trim());

/** An entry row: below the header, no period line, and a voucher or an amount (a voucher's further lines leave 日期/凭证号 blank). */
export function isDataRow(b: Base, r: number): boolean {
  if (r <= b.headerRow) return false;
  const row = b.rows[r]!;
  const summary = row[b.columns.summary!] ?? '';
  const amounts = [b.columns.debit, b.columns.credit, b.columns.amount].filter((x): x is number => x !== undefined);
  const filled = (c: number | undefined) => c !== undefined && (row[c] ?? '').trim() !== '';
  return !isPeriodRow(summary) && (filled(b.columns.voucher) || amounts.some(filled)) && (filled(b.columns.functionCode) || filled(b.columns.economicCode) || filled(b.columns.voucher));
}
export function periodRows(b: Base): number[] {
  return b.rows.flatMap((row, r) => (r > b.headerRow && isPeriodRow(row[b.columns.summary!] ?? '') ? [r] : []));
}

/** Insert a column at `at` (header text, cell of each data row by its index, '' elsewhere). */
export function insertColumn(b: Base, rows: Table, at: number, header: string, cell: (r: number) => string): Table {
  return rows.map((row, r) => {
    const out = [...row];
    while (out.length < at) out.push('');
    out.splice(at, 0, r === b.headerRow ? header : isDataRow(b, r) ? cell(r) : '');
    return out;
  });
}
export function removeColumns(rows: Table, cols: readonly number[]): Table {
  return rows.map((row) => row.filter((_, i) => !cols.includes(i)));
}

export type ClassKind = 'function' | 'economic';
let tables: ReturnType<typeof loadCodeTables> | undefined;
/** A class's name in the code table of the fiscal year ('' for a code it lacks). */
export function nameOf(kind: ClassKind, code: string): string {
  tables ??= loadCodeTables(FISCAL_YEAR);
  const table = kind === 'function' ? tables.function : tables.economic;
  return table?.entries.get(code)?.name ?? '';
}
/** A class cell to its code and its name (as written after the code, else the table's). */
export function codeAndName(kind: ClassKind, cell: string): { code: string; name: string } | undefined {
  const code = parseCode(cell);
  if (code === undefined) return undefined;
  const rest = cell.slice(cell.lastIndexOf(code) + code.length).replace(/^[\s\]】)）:：\-－_/\\]+/, '');
  const name = rest.split(/[/\\>＞|｜]/).at(-1)!.trim();
  return { code, name: name !== '' && !/\d/.test(name) ? name : nameOf(kind, code) };
}
