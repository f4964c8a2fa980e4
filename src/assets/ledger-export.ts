/**
 * The register written out as a ledger in the same columns the import reads, so an export re-imports cleanly:
 * money in 元 with two decimals, statuses by their Chinese labels.
 */
import ExcelJS from 'exceljs';
import { formatAmount } from '../core/money.ts';
import { toCsv } from '../reference/spreadsheet.ts';
import type { AssetConfig } from './config.ts';
import { LEDGER_COLUMNS } from './ledger-columns.ts';
import type { Asset } from './types.ts';

export function ledgerRows(register: readonly Asset[], config: AssetConfig): string[][] {
  const rows: string[][] = [LEDGER_COLUMNS.map((c) => c.header)];
  for (const a of register) {
    rows.push(
      LEDGER_COLUMNS.map((c) => {
        switch (c.field) {
          case 'originalValue':
            return formatAmount(a.originalValue, { unit: '元', decimals: 2, withUnit: false });
          case 'quantity':
            return String(a.quantity);
          case 'status':
            return config.statusLabel[a.status];
          default:
            return String(a[c.field]);
        }
      }),
    );
  }
  return rows;
}

export function ledgerCsv(register: readonly Asset[], config: AssetConfig): string {
  return toCsv(ledgerRows(register, config));
}

/** An .xlsx workbook with one sheet 资产台账; the value column is numeric so sums work in Excel. */
export async function ledgerXlsx(register: readonly Asset[], config: AssetConfig, title = '资产台账'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jixiao';
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  const rows = ledgerRows(register, config);
  const valueIndex = LEDGER_COLUMNS.findIndex((c) => c.field === 'originalValue');
  const quantityIndex = LEDGER_COLUMNS.findIndex((c) => c.field === 'quantity');
  sheet.addRow(rows[0]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows.slice(1)) {
    // Cells stay text except the amount and the quantity; asset numbers like 0012 must keep their zeros.
    const values: (string | number)[] = [...row];
    values[valueIndex] = Number(row[valueIndex]);
    values[quantityIndex] = Number(row[quantityIndex]);
    sheet.addRow(values);
  }
  sheet.getColumn(valueIndex + 1).numFmt = '0.00';
  sheet.columns.forEach((col, i) => {
    col.width = Math.max(10, (rows[0]?.[i]?.length ?? 4) * 2 + 4);
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
