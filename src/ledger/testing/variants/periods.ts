/**
 * Test support: a base's period lines (本月合计, 本年累计, 期初余额, 年末结转, 过次页 …) in other words, and period
 * lines the file did not have, with amounts in the amount column.
 */
import { parseLedgerDate } from '../../parse-entries.ts';
import { isDataRow, periodRows } from './rows.ts';
import { type Base, clone, FISCAL_YEAR, fenOf, type Table, type TableVariant, tableVariant, width } from './table.ts';

/** A period line: its label under 摘要, an amount in the first amount column (借方, else 金额), optionally 借 and a date. */
function periodLine(b: Base, label: string, fen: number, o: { direction?: boolean; date?: string } = {}): string[] {
  const row = Array<string>(width(b.rows)).fill('');
  row[b.columns.summary!] = label;
  row[(b.columns.debit ?? b.columns.amount)!] = (fen / 100).toFixed(2);
  if (o.direction && b.columns.direction !== undefined) row[b.columns.direction] = '借';
  if (o.date !== undefined && b.columns.date !== undefined) row[b.columns.date] = o.date;
  return row;
}

const WORDINGS: readonly (readonly string[])[] = [
  ['本月合计', '本月发生额合计', '月计', '本期合计'],
  ['本年累计', '本年累计发生额', '累计', '本年累计数'],
  ['期初余额', '上年结转', '年初余额', '上年余额'],
  ['年末结转', '结转下年', '期末结转', '年终结转'],
];
/** Each period line of the file (not an entry) as the word `k` places on in its group of wordings. */
export function periodWordingVariants(b: Base, steps: readonly number[] = [1, 2, 3]): TableVariant[] {
  const col = b.columns.summary;
  if (col === undefined) return [];
  return steps.flatMap((k) => {
    const rows = clone(b.rows);
    let changed = false;
    for (let r = b.headerRow + 1; r < rows.length; r++) {
      if (b.entryRows.has(r)) continue;
      const text = (rows[r]![col] ?? '').replace(/\s/g, '');
      const group = WORDINGS.find((g) => g.includes(text));
      if (!group) continue;
      rows[r]![col] = group[(group.indexOf(text) + k) % group.length]!;
      changed = true;
    }
    return changed ? [tableVariant('period', `wording+${k}`, rows)] : [];
  });
}

/** Period lines the file did not have: a 本月合计 and a 本年累计 line after each month's last entry (debit totals, no voucher). */
export function insertedPeriodVariants(b: Base): TableVariant[] {
  const { date, month, summary } = b.columns;
  const debit = b.columns.debit ?? b.columns.amount;
  if (summary === undefined || debit === undefined || (date === undefined && month === undefined)) return [];
  const monthOf = (row: readonly string[]) =>
    date !== undefined ? parseLedgerDate(row[date] ?? '')?.slice(5, 7) : month !== undefined && /^\d{1,2}$/.test((row[month] ?? '').trim()) ? (row[month] ?? '').trim().padStart(2, '0') : undefined;
  const out: Table = [];
  let current: string | undefined;
  let monthSum = 0;
  let yearSum = 0;
  const close = () => {
    if (current !== undefined) out.push(periodLine(b, '本月合计', monthSum), periodLine(b, '本年累计', yearSum));
  };
  b.rows.forEach((row, r) => {
    if (b.entryRows.has(r)) {
      const m = monthOf(row) ?? current;
      if (m !== current) {
        close();
        current = m;
        monthSum = 0;
      }
      const fen = fenOf(row[debit] ?? '') ?? 0;
      monthSum += fen;
      yearSum += fen;
    }
    out.push(row);
  });
  close();
  return [tableVariant('period', 'inserted', out)];
}

const PERIOD_LABELS = ['本期合计', '本月合计', '本月发生额合计', '月计', '本季合计', '本年累计', '累计', '本月小计', '本期发生额', '月合计', '本月累计', '本年合计', '合计'];
const OPENING_LABELS = ['期初余额', '上年结转', '年初余额', '上年余额', '承前页', '上期结转'];
const CLOSING_LABELS = ['过次页', '年末结转', '结转下年', '本年累计', '期末余额'];

/**
 * The month's period lines renamed to each label; an opening line at the top, a closing line at the end, and a
 * 过次页 / 承前页 pair every 40 rows (a printed book's page turns) — their date empty, or the month's last day.
 */
export function periodLabelVariants(b: Base): TableVariant[] {
  const out: TableVariant[] = [];
  const s = b.columns.summary!;
  const existing = periodRows(b).filter((r) => /本月|本期|月计/.test(b.rows[r]![s] ?? ''));
  for (const label of PERIOD_LABELS) {
    if (existing.length === 0) break;
    const rows = clone(b.rows);
    for (const r of existing) rows[r]![s] = label;
    out.push(tableVariant('period', `rename:${label}`, rows));
  }
  const amountCol = (b.columns.debit ?? b.columns.amount)!;
  const total = b.rows.reduce((sum, row, r) => sum + (isDataRow(b, r) ? (fenOf(row[amountCol] ?? '') ?? 0) : 0), 0);
  for (const dated of [false, true]) {
    const line = (label: string, fen: number, date: string) => periodLine(b, label, fen, { direction: true, date: dated ? date : '' });
    for (const label of OPENING_LABELS) {
      const rows = clone(b.rows);
      rows.splice(b.headerRow + 1, 0, line(label, total / 3, `${FISCAL_YEAR}-01-01`));
      out.push(tableVariant('period', `open:${label}${dated ? ' dated' : ''}`, rows));
    }
    for (const label of CLOSING_LABELS) {
      const rows = clone(b.rows);
      rows.push(line(label, total, `${FISCAL_YEAR}-12-31`));
      out.push(tableVariant('period', `close:${label}${dated ? ' dated' : ''}`, rows));
    }
    const rows: Table = [];
    let run = 0;
    b.rows.forEach((row, r) => {
      rows.push([...row]);
      if (isDataRow(b, r)) run += fenOf(row[amountCol] ?? '') ?? 0;
      if (r > b.headerRow && (r - b.headerRow) % 40 === 0) {
        const date = b.columns.date !== undefined ? (row[b.columns.date] ?? '') : '';
        rows.push(line('过次页', run, date), line('承前页', run, date));
      }
    });
    out.push(tableVariant('period', `pages${dated ? ' dated' : ''}`, rows));
  }
  return out;
}
