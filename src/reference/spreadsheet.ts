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

/**
 * Other Office packages are zips too: a Word document, a presentation or an OpenDocument file given where a workbook
 * is expected is named as what it is (ExcelJS would load it as an empty workbook: "no sheet").
 */
const OTHER_PACKAGES: readonly { readonly entry: string; readonly zh: string; readonly en: string }[] = [
  { entry: 'word/document.xml', zh: '是 Word 文档（.docx），不是工作簿', en: 'a Word document, not a workbook' },
  { entry: 'ppt/presentation.xml', zh: '是演示文稿（.pptx），不是工作簿', en: 'a presentation, not a workbook' },
  // A spreadsheet (.ods) is read by ods.ts; what is left is a text document, a presentation or a drawing.
  { entry: 'content.xml', zh: '是 OpenDocument 文档（如 .odt），不是表格', en: 'an OpenDocument document, not a spreadsheet' },
];

function assertWorkbookPackage(entries: readonly string[], source: string): void {
  if (entries.includes('xl/workbook.xml')) return;
  const other = OTHER_PACKAGES.find((p) => entries.includes(p.entry)) ?? {
    zh: '不是 Excel 工作簿（压缩包中没有 xl/workbook.xml）',
    en: 'not an .xlsx workbook (no xl/workbook.xml)',
  };
  throw new InputError(`${source}：${other.zh}；请从财务软件导出 .xlsx、.xls 或 CSV 文件 / ${other.en}: export .xlsx, .xls or CSV`);
}

/** The first sheet of an .xlsx file as text rows. */
export async function readXlsx(buffer: Buffer, source: string): Promise<SheetRows> {
  assertWorkbookPackage(await assertZipWithin(buffer, source), source);
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
