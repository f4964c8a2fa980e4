/**
 * Test support: a base's amounts written another way — with thousands separators, 元 or ¥, red ink in parentheses or
 * with a minus, binary float noise, nothing written as 0.00, - or blank — and 借方/贷方 as one 金额 and a 方向 column.
 */
import { isDataRow } from './rows.ts';
import { amountColumns, type Base, clone, fenOf, type Table, type TableVariant, tableVariant, withThousands, yuan } from './table.ts';

const thousands = (fen: number) => withThousands(yuan(fen));
/** Non-negative amounts (in 分) as exports write them. */
export const AMOUNT_FORMATS = {
  plain: yuan,
  thousands,
  元: (f) => `${yuan(f)}元`,
  '1,234.00元': (f) => `${thousands(f)}元`,
  '¥': (f) => `¥${thousands(f)}`,
  '￥': (f) => `￥${yuan(f)}`,
  'no decimals': (f) => (f % 100 === 0 ? String(f / 100) : yuan(f)),
  'one decimal': (f) => (f % 10 === 0 ? (f / 100).toFixed(1) : yuan(f)),
  padded: (f) => ` ${yuan(f)} `,
} satisfies Record<string, (fen: number) => string>;
/** A negative amount (red ink) by its magnitude. */
export const RED_INK = {
  '-x': (f) => `-${yuan(f)}`,
  '(x)': (f) => `(${yuan(f)})`,
  '（x）': (f) => `（${yuan(f)}）`,
  '-1,234.00': (f) => `-${thousands(f)}`,
  '(1,234.00)': (f) => `(${thousands(f)})`,
  '－x': (f) => `－${yuan(f)}`,
  '−x': (f) => `−${yuan(f)}`,
} satisfies Record<string, (fen: number) => string>;

/** Every amount cell below the header rewritten (its 分 and its text); an empty one to `blank`'s text where it gives one. */
function mapAmounts(b: Base, f: (fen: number, cell: string) => string, blank?: (r: number) => string | undefined): Table {
  const rows = clone(b.rows);
  for (let r = b.headerRow + 1; r < rows.length; r++) {
    for (const c of amountColumns(b)) {
      const cell = rows[r]![c] ?? '';
      const fen = fenOf(cell);
      if (fen !== undefined) rows[r]![c] = f(fen, cell);
      else if (cell.trim() === '' && blank) rows[r]![c] = blank(r) ?? cell;
    }
  }
  return rows;
}

/** The non-negative amounts in each format (negative ones as they are); nothing as 0.00; credits on the spending account as red-ink debits. */
export function amountFormatVariants(b: Base): TableVariant[] {
  const out = Object.entries(AMOUNT_FORMATS).map(([name, fmt]) => tableVariant('amount', name, mapAmounts(b, (fen, cell) => (fen < 0 ? cell : fmt(fen)))));
  const { debit, credit } = b.columns;
  if (debit === undefined || credit === undefined) return out;
  const rows = clone(b.rows);
  for (let r = b.headerRow + 1; r < rows.length; r++) {
    if (!isDataRow(b, r)) continue;
    for (const c of [debit, credit]) if ((rows[r]![c] ?? '').trim() === '') rows[r]![c] = '0.00';
  }
  out.push(tableVariant('amount', 'zero 0.00', rows));
  for (const [name, fmt] of Object.entries(RED_INK)) {
    const rows = clone(b.rows);
    let moved = 0;
    for (let r = b.headerRow + 1; r < rows.length; r++) {
      if (!isDataRow(b, r)) continue;
      const cell = (rows[r]![credit] ?? '').trim();
      if (cell === '' || (rows[r]![debit] ?? '').trim() !== '') continue;
      const f = fenOf(cell);
      if (f === undefined || f <= 0) continue;
      rows[r]![debit] = fmt(f);
      rows[r]![credit] = '';
      moved++;
    }
    if (moved > 0) out.push(tableVariant('amount', `red ${name}`, rows));
  }
  return out;
}

/** Every amount rewritten, negative ones too: separators, red ink, float noise, and an entry's empty side as 0.00, - or blank. */
export function amountSignVariants(b: Base): TableVariant[] {
  const signed = (red: (f: number) => string, fmt: (f: number) => string) => (fen: number) => (fen < 0 ? red(fen) : fmt(fen));
  const entryCell = (text: string) => (r: number) => (b.entryRows.has(r) ? text : undefined);
  let noise = 0;
  // A binary float written out in full, 13 digits after the first (1234.5600000001, 1234.5599999999).
  const float = (fen: number) => {
    const x = fen / 100;
    if (fen === 0) return '0';
    return String(x + (noise++ % 2 === 0 ? 1 : -1) * 10 ** (Math.floor(Math.log10(Math.max(1, Math.abs(x)))) - 13));
  };
  const minus = signed(RED_INK['-x'], yuan);
  return [
    tableVariant('amount', 'thousands signed', mapAmounts(b, signed(RED_INK['-1,234.00'], thousands))),
    tableVariant('amount', 'red-parentheses', mapAmounts(b, signed(RED_INK['(x)'], yuan))),
    tableVariant('amount', 'red-minus', mapAmounts(b, minus)),
    tableVariant('amount', 'float-noise', mapAmounts(b, float)),
    tableVariant('amount', 'nothing-zero', mapAmounts(b, (fen) => (fen === 0 ? '0.00' : minus(fen)), entryCell('0.00'))),
    tableVariant('amount', 'nothing-dash', mapAmounts(b, (fen) => (fen === 0 ? '-' : minus(fen)), entryCell('-'))),
    tableVariant('amount', 'nothing-blank', mapAmounts(b, (fen, cell) => (fen === 0 ? '' : cell))),
  ];
}

/** 借方/贷方 as one 金额 column and a 方向 column (only where the file has no 方向 of its own). */
export function directionVariants(b: Base): TableVariant[] {
  const { debit, credit } = b.columns;
  if (debit === undefined || credit === undefined || b.columns.direction !== undefined || b.columns.amount !== undefined) return [];
  const rows = b.rows.map((row, r) => {
    const out = [...row];
    if (r === b.headerRow) {
      out[debit] = '金额';
      out[credit] = '方向';
    } else if (r > b.headerRow) {
      const d = fenOf(row[debit] ?? '') ?? 0;
      const c = fenOf(row[credit] ?? '') ?? 0;
      const [amount, dir] = d !== 0 ? [row[debit]!, '借'] : c !== 0 ? [row[credit]!, '贷'] : ['', ''];
      out[debit] = amount;
      out[credit] = dir;
    }
    return out;
  });
  return [tableVariant('direction', 'amount+direction', rows)];
}

/** Vouchers as 记-0012 and as 记字第12号. */
export function voucherVariants(b: Base): TableVariant[] {
  const col = b.columns.voucher;
  if (col === undefined) return [];
  const forms: Record<string, (word: string, n: number) => string> = {
    'dash-padded': (w, n) => `${w || '记'}-${String(n).padStart(4, '0')}`,
    'zi-di-hao': (w, n) => `${w || '记'}字第${n}号`,
  };
  return Object.entries(forms).map(([name, f]) => {
    const rows = clone(b.rows);
    // Every voucher cell (a 序时账's counter-lines carry the voucher too), but no label：value cell (a section row
    // 功能科目：2100312 spans the voucher column).
    for (let r = b.headerRow + 1; r < rows.length; r++) {
      const m = /^\s*([^\d\s\-－_:：]*)[\s\-－_]*0*(\d+)\s*$/u.exec(rows[r]![col] ?? '');
      if (m) rows[r]![col] = f(m[1]!.replace(/字$/, ''), Number(m[2]));
    }
    return tableVariant('voucher', name, rows);
  });
}
