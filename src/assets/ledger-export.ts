/**
 * The register written out in the same columns the import reads, so an export re-imports cleanly (and changes
 * nothing): money in 元 with two decimals, statuses by their Chinese labels, other kept columns by their header.
 */
import ExcelJS from 'exceljs';
import { formatAmount } from '../core/money.ts';
import { toExportCsv } from '../reference/export-csv.ts';
import type { AssetConfig } from './config.ts';
import { LEDGER_COLUMNS } from './ledger-columns.ts';
import type { Asset } from './types.ts';

const MONEY = new Set(['originalValue', 'accumulatedDepreciation', 'netValue']);

export function ledgerRows(register: readonly Asset[], config: AssetConfig): string[][] {
  const extraHeaders: string[] = [];
  for (const a of register) for (const h of Object.keys(a.extra ?? {})) if (!extraHeaders.includes(h)) extraHeaders.push(h);
  const rows: string[][] = [[...LEDGER_COLUMNS.map((c) => c.header), ...extraHeaders]];
  for (const a of register) {
    rows.push([
      ...LEDGER_COLUMNS.map((c) => {
        const v = a[c.field];
        if (v === undefined) return '';
        if (MONEY.has(c.field)) return formatAmount(v as number, { unit: '元', decimals: 2, withUnit: false });
        if (c.field === 'status') return config.statusLabel[a.status];
        return String(v);
      }),
      ...extraHeaders.map((h) => a.extra?.[h] ?? ''),
    ]);
  }
  return rows;
}

export function ledgerCsv(register: readonly Asset[], config: AssetConfig): string {
  return toExportCsv(ledgerRows(register, config));
}

/** An .xlsx workbook with one sheet 资产台账; money and quantity columns are numeric so sums work in Excel. */
export async function ledgerXlsx(register: readonly Asset[], config: AssetConfig, title = '资产台账'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao';
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  const rows = ledgerRows(register, config);
  const numeric = LEDGER_COLUMNS.flatMap((c, i) => (MONEY.has(c.field) || c.field === 'quantity' ? [i] : []));
  sheet.addRow(rows[0]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows.slice(1)) {
    // Cells stay text except amounts and the quantity; asset numbers like 0012 must keep their zeros.
    const values: (string | number)[] = [...row];
    for (const i of numeric) if (row[i] !== '') values[i] = Number(row[i]);
    sheet.addRow(values);
  }
  for (const i of numeric) if (LEDGER_COLUMNS[i]!.field !== 'quantity') sheet.getColumn(i + 1).numFmt = '0.00';
  sheet.columns.forEach((col, i) => {
    col.width = Math.max(10, (rows[0]?.[i]?.length ?? 4) * 2 + 4);
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
