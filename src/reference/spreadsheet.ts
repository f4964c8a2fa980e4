/**
 * Reading a user's spreadsheet (.xlsx) or CSV into rows of text cells, for imports (code tables now; budget
 * tables, assets and ledgers later). Errors name the sheet and row.
 */
import ExcelJS from 'exceljs';
import { InputError } from '../core/input-error.ts';
import { numberText } from './cell-text.ts';
import { csvRows } from './csv.ts';
import { assertZipWithin } from './zip-guard.ts';

export interface SheetRows {
  readonly sheet: string;
  readonly rows: string[][];
  /** The workbook's other sheets, in order (some packages export one sheet per month). */
  readonly others?: readonly { readonly sheet: string; readonly rows: string[][] }[];
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return '';
  }
  if (typeof value === 'number') return numberText(value);
  return String(value).trim();
}

/** The first sheet of an .xlsx file as text rows. */
export async function readXlsx(buffer: Buffer, source: string): Promise<SheetRows> {
  await assertZipWithin(buffer, source);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new InputError(`${source}：不是有效的 Excel 文件 / not a valid .xlsx file`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new InputError(`${source}：工作簿中没有工作表 / the workbook has no sheet`);
  const rowsOf = (ws: ExcelJS.Worksheet): string[][] => {
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = row.values as ExcelJS.CellValue[];
      const cells = values.slice(1).map(cellText);
      // ExcelJS leaves a formula's cached result out of the cell value when it is 0 or false; the cell keeps it.
      row.eachCell((cell, col) => {
        if (cell.type === ExcelJS.ValueType.Formula && cell.result !== undefined && !('result' in (cell.value as object))) {
          cells[col - 1] = cellText(cell.result as ExcelJS.CellValue);
        }
      });
      rows[n - 1] = cells;
    });
    return Array.from(rows, (r) => r ?? []);
  };
  const others = workbook.worksheets.slice(1).map((ws) => ({ sheet: ws.name, rows: rowsOf(ws) }));
  return { sheet: sheet.name, rows: rowsOf(sheet), ...(others.length > 0 ? { others } : {}) };
}

/** CSV text to rows, blank lines dropped (a BOM is dropped; quoted line breaks stay in their cell). */
export function readCsv(text: string): string[][] {
  return csvRows(text).filter((r) => r.length > 1 || (r.length === 1 && r[0] !== ''));
}

/** Rows back to CSV text, quoting where needed. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `${rows.map((r) => r.map(quote).join(',')).join('\n')}\n`;
}
