/**
 * Test support: a base's dates written another way — as 2024/3/5, 2024年3月5日, a serial, without the year … — or as
 * 月 and 日 in two columns in place of the date column (the year is the ledger's).
 */
import { parseLedgerDate } from '../../parse-entries.ts';
import { type Base, clone, FISCAL_YEAR, type TableVariant, tableVariant } from './table.ts';

const p2 = (n: number) => String(n).padStart(2, '0');
export const DATE_FORMATS = {
  '2024-03-05': (y, m, d) => `${y}-${p2(m)}-${p2(d)}`,
  '2024/3/5': (y, m, d) => `${y}/${m}/${d}`,
  '2024/03/05': (y, m, d) => `${y}/${p2(m)}/${p2(d)}`,
  '2024.03.05': (y, m, d) => `${y}.${p2(m)}.${p2(d)}`,
  '2024.3.5': (y, m, d) => `${y}.${m}.${d}`,
  '20240305': (y, m, d) => `${y}${p2(m)}${p2(d)}`,
  '2024年3月5日': (y, m, d) => `${y}年${m}月${d}日`,
  '2024年03月05日': (y, m, d) => `${y}年${p2(m)}月${p2(d)}日`,
  '2024-03-05 00:00:00': (y, m, d) => `${y}-${p2(m)}-${p2(d)} 00:00:00`,
  '2024/3/5 0:00:00': (y, m, d) => `${y}/${m}/${d} 0:00:00`,
  '2024-03-05T00:00:00': (y, m, d) => `${y}-${p2(m)}-${p2(d)}T00:00:00`,
  serial: (y, m, d) => String(Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000)),
  '03-05': (_, m, d) => `${p2(m)}-${p2(d)}`,
  '3月5日': (_, m, d) => `${m}月${d}日`,
} satisfies Record<string, (y: number, m: number, d: number) => string>;
export type DateFormat = keyof typeof DATE_FORMATS;

/** A date cell's year, month and day; a date written without its year (03-05, 3月5日, by an earlier rewrite) in the ledger's year. */
function ymd(cell: string): [number, number, number] | undefined {
  const iso = parseLedgerDate(cell);
  if (iso) return iso.split('-').map(Number) as [number, number, number];
  const md = /^(\d{1,2})[-月](\d{1,2})日?$/u.exec(cell.trim());
  return md ? [FISCAL_YEAR, Number(md[1]), Number(md[2])] : undefined;
}

export function dateVariants(b: Base, formats: readonly DateFormat[] = Object.keys(DATE_FORMATS) as DateFormat[]): TableVariant[] {
  const c = b.columns.date;
  if (c === undefined) return [];
  return formats.map((name) => {
    const rows = clone(b.rows);
    for (let r = b.headerRow + 1; r < rows.length; r++) {
      const d = ymd(rows[r]![c] ?? '');
      if (d) rows[r]![c] = DATE_FORMATS[name](...d);
    }
    return tableVariant('date', name, rows);
  });
}

export interface MonthDayOptions {
  /**
   * None where other date columns stand beside the date (交易日期, 入账日期 and 月/日 would leave which is the booking
   * date to guess), or where an entry's date is read only with the fiscal year (24/01/05).
   */
  readonly unambiguous?: boolean;
  /** A row with no date (a title or period line) has nothing under 月 (else it keeps its cell there). */
  readonly blankUndated?: boolean;
}
export const MONTH_DAY_HEADERS: readonly (readonly [string, string])[] = [['月', '日'], ['月份', '日'], ['会计月份', '日']];

/** 月 and 日 columns in place of the date; the header repeated down the file too. */
export function monthDayVariants(b: Base, headers = MONTH_DAY_HEADERS, o: MonthDayOptions = {}): TableVariant[] {
  const col = b.columns.date;
  if (col === undefined) return [];
  if (o.unambiguous) {
    if (b.rows[b.headerRow]!.some((h, i) => i !== col && /日期|时间/.test(h))) return [];
    if ([...b.entryRows].some((r) => (b.rows[r]![col] ?? '').trim() !== '' && parseLedgerDate(b.rows[r]![col]!) === undefined)) return [];
  }
  const headerKey = b.rows[b.headerRow]!.join('\u0000');
  return headers.map(([mh, dh]) => {
    const rows = b.rows.map((row, r) => {
      const out = [...row];
      const isHeader = r === b.headerRow || (r > b.headerRow && row.join('\u0000') === headerKey);
      const d = r > b.headerRow && !isHeader ? ymd(row[col] ?? '') : undefined;
      const [m, day] = isHeader ? [mh, dh] : d ? [String(d[1]), String(d[2])] : [o.blankUndated ? '' : (row[col] ?? ''), ''];
      out.splice(col, 1, m, day);
      return out;
    });
    return tableVariant('date', `${mh}+${dh}`, rows);
  });
}
