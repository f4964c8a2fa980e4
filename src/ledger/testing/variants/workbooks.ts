/**
 * Test support: a base's table as the workbooks exports write — .xlsx with every cell text, or amounts, dates and
 * codes as typed cells; the title merged across; a header on two rows with merged cells; one sheet per month; a
 * query-conditions sheet first — and as a sparse SpreadsheetML 2003 .xls.
 */
import ExcelJS from 'exceljs';
import { parseLedgerDate } from '../../parse-entries.ts';
import { amountColumns, type Base, type FileVariant, fenOf, fileVariant, headerOnTwoRows, type Table, utf8 } from './table.ts';

/** Which cells below the header are typed: amounts as numbers, dates as date cells, codes as numbers; with these formats. */
interface Typing {
  readonly amounts?: { readonly numFmt?: string };
  readonly dates?: { readonly numFmt: string };
  readonly codes?: boolean;
}
const TEXT: Typing = {};
const TYPED: Typing = { amounts: { numFmt: '#,##0.00;[Red]-#,##0.00' }, dates: { numFmt: 'yyyy-mm-dd' }, codes: true };

/** A cell of the table written into a sheet cell: text, or typed as `t` says (below the header only). */
function put(target: ExcelJS.Cell, b: Base, k: number, c: string, below: boolean, t: Typing): void {
  if (below && c.trim() !== '') {
    const fen = t.amounts && amountColumns(b).includes(k) ? fenOf(c) : undefined;
    const iso = t.dates && k === b.columns.date ? parseLedgerDate(c) : undefined;
    if (fen !== undefined) {
      target.value = fen / 100;
      if (t.amounts?.numFmt) target.numFmt = t.amounts.numFmt;
      return;
    }
    if (iso !== undefined) {
      target.value = new Date(`${iso}T00:00:00Z`);
      target.numFmt = t.dates!.numFmt;
      return;
    }
    if (t.codes && (k === b.columns.functionCode || k === b.columns.economicCode) && /^\d+$/.test(c)) {
      target.value = Number(c);
      return;
    }
  }
  target.value = c;
}
/** Rows appended to a sheet, every cell written (text or typed); rows after `headerRow` (of `rows`) typed. */
function fill(ws: ExcelJS.Worksheet, b: Base, rows: Table, t: Typing, headerRow: number): void {
  rows.forEach((row, r) => {
    const xr = ws.addRow([]);
    row.forEach((c, k) => {
      put(xr.getCell(k + 1), b, k, c, r > headerRow, t);
    });
  });
}
const workbook = (family: string, name: string, build: (wb: ExcelJS.Workbook) => void): FileVariant =>
  fileVariant(family, name, 'xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  });

/** The probe's workbooks: text, typed, typed with 年月日 dates, a merged title, a query sheet first, one sheet per month. */
export function workbookVariants(b: Base): FileVariant[] {
  const out = (['text', 'typed', 'typed-cn-date'] as const).map((name) =>
    workbook('xlsx', name, (wb) => fill(wb.addWorksheet('明细账'), b, b.rows, name === 'text' ? TEXT : name === 'typed' ? TYPED : { ...TYPED, dates: { numFmt: 'yyyy"年"m"月"d"日"' } }, b.headerRow)),
  );
  out.push(
    workbook('xlsx', 'merged title', (wb) => {
      const ws = wb.addWorksheet('明细账');
      fill(ws, b, b.rows, TYPED, b.headerRow);
      if (b.headerRow > 0) ws.mergeCells(1, 1, 1, Math.max(2, b.rows[b.headerRow]!.length));
    }),
    workbook('xlsx', 'query sheet first', (wb) => {
      fill(wb.addWorksheet('查询条件'), b, [['查询条件'], ['科目', '7101 行政支出'], ['期间', '2024年1月-12月'], ['币种', '人民币']], TEXT, 99);
      fill(wb.addWorksheet('明细账'), b, b.rows, TYPED, b.headerRow);
    }),
  );
  // One sheet per month: the title and header on each, the month's rows under it.
  const date = b.columns.date;
  if (date === undefined) return out;
  out.push(
    workbook('xlsx', 'sheet per month', (wb) => {
      const head = b.rows.slice(0, b.headerRow + 1);
      let month = 0;
      let ws: ExcelJS.Worksheet | undefined;
      for (let r = b.headerRow + 1; r < b.rows.length; r++) {
        const iso = parseLedgerDate(b.rows[r]![date] ?? '');
        const m = iso ? Number(iso.slice(5, 7)) : month;
        if (m !== month || ws === undefined) {
          month = m;
          ws = wb.addWorksheet(`${m}月`);
          fill(ws, b, head, TEXT, 99);
        }
        fill(ws, b, [b.rows[r]!], TYPED, -1);
      }
    }),
  );
  return out;
}

/** Cells written where they are not empty, by position; amounts as numbers, and dates as date cells where `t` says. */
function sparse(ws: ExcelJS.Worksheet, b: Base, r: number, at: number, t: Typing): void {
  b.rows[r]!.forEach((cell, c) => {
    if (cell !== '') put(ws.getCell(at, c + 1), b, c, cell, r > b.headerRow, t);
  });
}
const AMOUNTS: Typing = { amounts: {} };

/**
 * The export test's workbooks: amounts as numbers, with the header on one row or on two with merged cells (凭证 over
 * 日期 | 凭证号, 金额 over 借方 | 贷方; not over a header already on two rows); and dates as date cells.
 */
export function mergedHeaderVariants(b: Base): FileVariant[] {
  const write = (name: string, twoRows: boolean) =>
    workbook('xlsx', name, (wb) => {
      const ws = wb.addWorksheet('明细账');
      const header = b.rows[b.headerRow]!;
      let out = 1;
      for (let r = 0; r < b.rows.length; r++) {
        if (r !== b.headerRow || !twoRows) {
          sparse(ws, b, r, out++, AMOUNTS);
          continue;
        }
        const grouped = new Set<number>();
        for (const [a, c, word] of [[b.columns.date, b.columns.voucher, '凭证'], [b.columns.debit, b.columns.credit, '金额']] as const) {
          if (a === undefined || c !== a + 1) continue;
          ws.getCell(out, a + 1).value = word;
          ws.mergeCells(out, a + 1, out, c + 1);
          ws.getCell(out + 1, a + 1).value = header[a]!;
          ws.getCell(out + 1, c + 1).value = header[c]!;
          grouped.add(a).add(c);
        }
        header.forEach((h, c) => {
          if (grouped.has(c)) return;
          ws.getCell(out, c + 1).value = h;
          if (h.trim() !== '') ws.mergeCells(out, c + 1, out + 1, c + 1);
        });
        out += 2;
      }
    });
  return [write('one header row', false), ...(headerOnTwoRows(b) ? [] : [write('merged two header rows', true)])];
}
/** The table with its dates as date cells (a serial with a date format), amounts as numbers. */
export function dateCellVariants(b: Base): FileVariant[] {
  if (b.columns.date === undefined) return [];
  return [
    workbook('xlsx', 'date cells', (wb) => {
      const ws = wb.addWorksheet('明细账');
      for (let r = 0; r < b.rows.length; r++) sparse(ws, b, r, r + 1, { ...AMOUNTS, dates: { numFmt: 'yyyy-mm-dd' } });
    }),
  ];
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The table as a SpreadsheetML 2003 workbook (.xls as 用友/浪潮 web exports save it): empty cells left out and the
 * next one placed by a sparse ss:Index, amounts as ss:Type="Number" written as the double they are (float noise).
 */
export function spreadsheetMlVariants(b: Base): FileVariant[] {
  const amounts = new Set(amountColumns(b));
  let noise = 0;
  const body = b.rows
    .map((row, r) => {
      const cells: string[] = [];
      let next = 0;
      row.forEach((cell, c) => {
        if (cell.trim() === '') return;
        const fen = r > b.headerRow && amounts.has(c) ? fenOf(cell) : undefined;
        const at = c === next ? '' : ` ss:Index="${c + 1}"`;
        next = c + 1;
        if (fen !== undefined) {
          const x = fen / 100;
          const v = String(x + (fen !== 0 && noise++ % 3 === 0 ? 10 ** (Math.floor(Math.log10(Math.max(1, Math.abs(x)))) - 13) : 0));
          cells.push(`<Cell${at}><Data ss:Type="Number">${v}</Data></Cell>`);
        } else cells.push(`<Cell${at}><Data ss:Type="String">${xmlText(cell)}</Data></Cell>`);
      });
      return `<Row ss:Index="${r + 1}">${cells.join('')}</Row>`;
    })
    .join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="明细账"><Table>
${body}
</Table></Worksheet></Workbook>`;
  return [fileVariant('spreadsheetml', 'sparse', 'xls', async () => utf8(xml))];
}
