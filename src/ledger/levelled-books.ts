/**
 * A 明细账 printed for an account and again for its sub-accounts in one go (级次 1 到 末级, 包含下级科目): one book per
 * account — a sheet each, or sections of one file; the parent's book first or last; with or without 科目 columns — so
 * every entry stands in the book of each level printed. Which books to read is proved from what they print, never
 * assumed from a title: a parent's book is a repeat of its sub-accounts' books when their entries (date, voucher,
 * amount) are, as multisets, exactly the parent's and their last 本年累计 lines add up to the parent's; the
 * sub-accounts' books are then read (recursively, down to the finest level that covers its parent) and the parent's
 * rows are skipped and counted. Sub-accounts' books that hold only part of their parent's entries are repeats of it:
 * the parent's book is read. Books whose entries are not within their parent's are no repeats, and are all read.
 */
import { z } from 'zod';
import { accountTitleOfPageInfo, accountTitleOfRow, normalizeLabel } from '../reference/row-kinds.ts';
import type { RowSource } from '../reference/table-file.ts';
import type { ResolvedColumns } from './column-mapping.ts';
import type { LedgerEntry } from './entry.ts';
import { parseLedgerAmount } from './parse-entries.ts';
import { loadDataJson } from '../reference/data-json.ts';

/** One account's book as the choice reads it. */
export interface AccountBook {
  /** As the report names it: the sheet's name, else the account's code and name as its title prints them. */
  readonly name: string;
  /** The account's code, digits only (7101, 71010101). */
  readonly account: string;
  /** Rows the book spans (its title, header, entries and period lines). */
  readonly rows: number;
  /** Its entries, each as date, voucher and amount. */
  readonly entries: readonly string[];
  /** Its last 本年累计 line: 借方 and 贷方 in 分 (or the one amount), when it prints one. */
  readonly yearTotal?: readonly number[];
}

/** A book left out because its entries are read from another level's books. */
export interface RepeatedBook {
  readonly book: string;
  readonly account: string;
  readonly rows: number;
  readonly entries: number;
  /** The books read in its place. */
  readonly readIn: readonly string[];
}

/** The books of a levelled print: those read and those recognised as repeats. */
export interface LevelledBooks {
  readonly read: readonly string[];
  readonly repeated: readonly RepeatedBook[];
}

/** A book's entry as compared between levels: its date, voucher and amount (the class columns a leaf's book may drop). */
export function entryKey(entry: Pick<LedgerEntry, 'date' | 'voucher' | 'amount'>): string {
  return `${entry.date}|${entry.voucher.normalize('NFKC').replace(/\s+/g, '')}|${entry.amount}`;
}

const schema = z.object({ source: z.string(), about: z.string(), yearTotal: z.array(z.string()).min(1) });
let yearTotalWords: ReadonlySet<string> | undefined;

/** The 本年累计 labels (data/ledger/levelled-books.json). */
function yearTotalLabels(): ReadonlySet<string> {
  yearTotalWords ??= new Set(loadDataJson('data/ledger/levelled-books.json', schema).yearTotal.map(normalizeLabel));
  return yearTotalWords;
}

/**
 * The account a book's title rows name (科目：71010101 行政支出—财政拨款支出—基本支出, alone on its row or among the
 * page-info labels): of several, the most specific (the one whose code continues the others'); else a code leading
 * the sheet's name (71010101 基本支出); else undefined.
 */
export function bookAccount(titleRows: readonly (readonly string[])[], sheetName?: string): { code: string; name: string } | undefined {
  let best: { code: string; name: string } | undefined;
  for (const cells of titleRows) {
    const t = accountTitle(cells);
    if (t !== undefined && (best === undefined || t.code.startsWith(best.code))) best = t;
  }
  if (best) return best;
  const lead = /^\s*[[【(（]?(\d{4,})\s*[\]】)）]?\s*(.*)$/u.exec((sheetName ?? '').normalize('NFKC'));
  return lead ? { code: lead[1]!, name: lead[2]!.trim() } : undefined;
}

/** The account a row names as a book's or section's title, with its code; undefined for any other row. */
export function accountTitle(cells: readonly string[]): { code: string; name: string } | undefined {
  const t = accountTitleOfRow(cells) ?? accountTitleOfPageInfo(cells);
  if (t !== undefined) return t.code !== '' ? { code: t.code, name: t.name } : undefined;
  // A title line among labels the page-info words do not list (打印级次：一级至末级, 查询条件：…): its one 科目 piece,
  // when no cell is an amount or a date (an entry's row holds both).
  const filled = cells.map((c) => (c ?? '').normalize('NFKC').trim()).filter((c) => c !== '');
  if (filled.length === 0 || filled.some((c) => /^[-(]?[\d,]+(?:\.\d+)?\)?$/u.test(c) || /^\d{4}[-/.年]\d{1,2}/u.test(c))) return undefined;
  const pieces = filled.flatMap((c) => c.split(/\s{2,}|\s+(?=[^\s:：]{1,8}[:：])/u)).map((p) => p.trim()).filter((p) => p !== '');
  const titles = pieces.flatMap((p) => {
    const one = accountTitleOfRow([p]);
    return one !== undefined && one.code !== '' ? [one] : [];
  });
  return titles.length === 1 ? { code: titles[0]!.code, name: titles[0]!.name } : undefined;
}

/**
 * A book's last 本年累计 line among rows [from, to): its 借方 and 贷方 (or its one amount, signed by a 贷 direction) in
 * 分, read in the book's own columns; undefined when the book prints none or its amounts do not read.
 */
export function bookYearTotal(rows: RowSource, from: number, to: number, columns: ResolvedColumns): readonly number[] | undefined {
  const labels = yearTotalLabels();
  const col = columns.columns;
  const read = (text: string | undefined) => ((text ?? '').trim() === '' ? 0 : parseLedgerAmount(text!));
  for (let r = to - 1; r >= from; r--) {
    const cells = rows.row(r);
    if (!cells.some((c) => labels.has(normalizeLabel(c ?? '')))) continue;
    try {
      if (col.debit !== undefined && col.credit !== undefined) return [read(cells[col.debit]), read(cells[col.credit])];
      if (col.amount !== undefined) {
        const credit = col.direction !== undefined && (cells[col.direction] ?? '').trim().startsWith('贷');
        return [read(cells[col.amount]) * (credit ? -1 : 1)];
      }
    } catch {
      return undefined;
    }
    return undefined;
  }
  return undefined;
}

type Counts = Map<string, number>;

function countsOf(keys: readonly string[]): Counts {
  const m: Counts = new Map();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

function added(maps: readonly Counts[]): Counts {
  const m: Counts = new Map();
  for (const one of maps) for (const [k, n] of one) m.set(k, (m.get(k) ?? 0) + n);
  return m;
}

/** Whether every key of `a` stands in `b` at least as often. */
function within(a: Counts, b: Counts): boolean {
  for (const [k, n] of a) if ((b.get(k) ?? 0) < n) return false;
  return true;
}

function sameCounts(a: Counts, b: Counts): boolean {
  return a.size === b.size && within(a, b);
}

/**
 * Which books to read. Undefined when no book repeats another's entries (books of sibling accounts, a parent section
 * that prints only totals, sheets of months): nothing to leave out. Books of the same account (one split over
 * pages or sheets) count as one.
 */
export function chooseBooks(books: readonly AccountBook[]): { read: readonly number[]; repeated: readonly (RepeatedBook & { index: number })[] } | undefined {
  const n = books.length;
  // The nearest book whose account is a strict prefix of this one's.
  const parent = books.map((b) => {
    let best = -1;
    for (let j = 0; j < n; j++) {
      const a = books[j]!.account;
      if (a.length < b.account.length && b.account.startsWith(a) && (best < 0 || a.length > books[best]!.account.length)) best = j;
    }
    return best;
  });
  if (parent.every((p) => p < 0)) return undefined;
  const children = books.map((_, i) => parent.flatMap((p, k) => (p === i ? [k] : [])));
  const counts = books.map((b) => countsOf(b.entries));
  const repeated: (RepeatedBook & { index: number })[] = [];
  const name = (i: number) => books[i]!.name;
  const descendants = (i: number): number[] => children[i]!.flatMap((k) => [k, ...descendants(k)]);
  const totalsAgree = (i: number, kids: readonly number[]): boolean => {
    const own = books[i]!.yearTotal;
    if (own === undefined) return true;
    // A sub-account's book without entries and without a 本年累计 (nothing booked there this year) adds nothing.
    const theirs = kids.map((k) => books[k]!.yearTotal ?? (books[k]!.entries.length === 0 ? own.map(() => 0) : undefined));
    if (theirs.some((t) => t === undefined || t.length !== own.length)) return false;
    return own.every((v, c) => theirs.reduce((s, t) => s + t![c]!, 0) === v);
  };
  const choose = (i: number): number[] => {
    const kids = children[i]!;
    const own = counts[i]!;
    if (kids.length === 0 || own.size === 0) return [i, ...kids.flatMap(choose)];
    const union = added(kids.map((k) => counts[k]!));
    if (union.size === 0 || !within(union, own)) return [i, ...kids.flatMap(choose)];
    if (sameCounts(union, own) && totalsAgree(i, kids)) {
      const read = kids.flatMap(choose);
      repeated.push({ index: i, book: name(i), account: books[i]!.account, rows: books[i]!.rows, entries: books[i]!.entries.length, readIn: read.map(name) });
      return read;
    }
    // The sub-accounts' books hold part of the parent's entries: the parent's book is read; each book below it whose
    // entries are within it repeats it, any other is read on its own.
    const read = [i];
    for (const d of descendants(i)) {
      if (within(counts[d]!, own)) repeated.push({ index: d, book: name(d), account: books[d]!.account, rows: books[d]!.rows, entries: books[d]!.entries.length, readIn: [name(i)] });
      else read.push(d);
    }
    return read;
  };
  const read = parent.flatMap((p, i) => (p < 0 ? choose(i) : []));
  if (repeated.length === 0) return undefined;
  return { read: [...new Set(read)].sort((a, b) => a - b), repeated: repeated.sort((a, b) => a.index - b.index) };
}

/**
 * 「按科目级次重复打印的账页：「7101 行政支出」（286 行，255 笔）、「710101 财政拨款支出」（286 行，255 笔）的分录
 * 与「71010101 基本支出」、「71010102 项目支出」相同，只导入一次」, or '' when there were none.
 */
export function describeLevelledBooks(books: LevelledBooks | undefined): string {
  if (!books || books.repeated.length === 0) return '';
  const groups = new Map<string, RepeatedBook[]>();
  for (const r of books.repeated) {
    const key = r.readIn.join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const zh = [...groups.values()].map(
    (rs) => `${rs.map((r) => `「${r.book}」（${r.rows} 行，${r.entries} 笔）`).join('、')}的分录已在${rs[0]!.readIn.map((b) => `「${b}」`).join('、')}中，只导入一次`,
  );
  const rows = books.repeated.reduce((s, r) => s + r.rows, 0);
  return `按科目级次重复打印的账页：${zh.join('；')} / ${books.repeated.length} account books (${rows} rows) repeat the entries of another level's books, read once`;
}

/** A part of a file that may be a book: a workbook's sheet, opened (its rows as read and its header mapped). */
export interface OpenedPart {
  readonly name: string;
  readonly rows: RowSource;
  readonly columns: ResolvedColumns;
}

/** Books of the same account (one split over pages or sheets) as one, in the order they first appear. */
function mergeByAccount(pieces: readonly (AccountBook & { part: number })[]): { books: AccountBook[]; parts: number[][] } {
  const byAccount = new Map<string, { book: AccountBook; parts: number[] }>();
  for (const p of pieces) {
    const had = byAccount.get(p.account);
    if (!had) {
      byAccount.set(p.account, { book: { name: p.name, account: p.account, rows: p.rows, entries: p.entries, ...(p.yearTotal ? { yearTotal: p.yearTotal } : {}) }, parts: [p.part] });
      continue;
    }
    const yearTotal = p.yearTotal ?? had.book.yearTotal;
    had.book = { name: had.book.name, account: p.account, rows: had.book.rows + p.rows, entries: [...had.book.entries, ...p.entries], ...(yearTotal ? { yearTotal } : {}) };
    had.parts.push(p.part);
  }
  return { books: [...byAccount.values()].map((v) => v.book), parts: [...byAccount.values()].map((v) => v.parts) };
}

/**
 * A workbook of one sheet per book: the sheets to leave out as repeats (by index), or undefined when the workbook is
 * not such a print. Precondition (cheap, before any sheet is read): two sheets name accounts, one a sub-account of
 * the other, in their title rows or names. `open` maps a sheet's header (undefined when it has none); `entries`
 * reads its entries.
 */
export function levelledSheets(
  parts: readonly { readonly name: string; readonly rows: RowSource }[],
  open: (index: number) => OpenedPart | undefined,
  entries: (part: OpenedPart) => readonly LedgerEntry[],
  titleSearchRows: number,
): { leaveOut: ReadonlySet<number>; books: LevelledBooks; rowsLeftOut: number } | undefined {
  const named = parts.map((p) => bookAccount(Array.from({ length: Math.min(p.rows.count, titleSearchRows) }, (_, i) => p.rows.row(i)), p.name)?.code);
  if (!named.some((a, i) => a !== undefined && named.some((b, j) => j !== i && b !== undefined && b.length < a.length && a.startsWith(b)))) return undefined;
  const pieces: (AccountBook & { part: number })[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = open(k);
    if (!part) continue;
    const titles = Array.from({ length: part.columns.headerRow }, (_, i) => part.rows.row(i));
    const account = bookAccount(titles, part.name);
    if (!account) continue;
    const yearTotal = bookYearTotal(part.rows, part.columns.headerRow + 1, part.rows.count, part.columns);
    pieces.push({ part: k, name: part.name, account: account.code, rows: parts[k]!.rows.count, entries: entries(part).map(entryKey), ...(yearTotal ? { yearTotal } : {}) });
  }
  const { books, parts: partsOf } = mergeByAccount(pieces);
  const chosen = chooseBooks(books);
  if (!chosen) return undefined;
  const leaveOut = new Set(chosen.repeated.flatMap((r) => partsOf[r.index]!));
  return {
    leaveOut,
    books: { read: chosen.read.map((i) => books[i]!.name), repeated: chosen.repeated.map(({ index: _, ...r }) => r) },
    rowsLeftOut: [...leaveOut].reduce((s, k) => s + parts[k]!.rows.count, 0),
  };
}

/**
 * Where each book of one table starts (its title row: 科目：7201 事业支出, alone or among page-info labels) and its
 * account; undefined unless one account is a sub-account of another (a cheap look: only rows with a colon are read).
 */
export function bookStarts(rows: RowSource): { row: number; code: string; name: string }[] | undefined {
  const starts: { row: number; code: string; name: string }[] = [];
  const oneText = (cells: readonly string[]) => {
    const texts = new Set(cells.map((c) => (c ?? '').trim()).filter((c) => c !== ''));
    return texts.size === 1 && !/\d[\d,]*\.\d/u.test([...texts][0]!);
  };
  for (let r = 0; r < rows.count; r++) {
    const cells = rows.row(r);
    // A title names its account after a label and a colon: no other row pays for the title reading.
    if (!cells.some((c) => (c ?? '').includes('：') || (c ?? '').includes(':'))) continue;
    const t = accountTitle(cells);
    if (t === undefined) continue;
    // The book's title block starts at the one-text rows right above (明细账), after the book before's last row.
    let from = r;
    const floor = starts.length > 0 ? starts.at(-1)!.row + 1 : 0;
    while (from > floor && r - from < 3 && oneText(rows.row(from - 1))) from--;
    starts.push({ row: from, ...t });
  }
  const codes = [...new Set(starts.map((s) => s.code))];
  return codes.some((a) => codes.some((b) => b.length < a.length && a.startsWith(b))) ? starts : undefined;
}

/**
 * One table holding the books one after another (each opened by its title row, 科目：7201 事业支出 …, alone or among
 * page-info labels; under one header or each under its own): the same rows, the repeated books' rows (after the
 * header) skipped as 'repeated-book'; undefined when no book repeats another's. `entries` reads the whole table's
 * entries (their `row` is the index + 1 of the row they stand on).
 */
export function levelledSections(
  rows: RowSource,
  columns: ResolvedColumns,
  entries: () => readonly LedgerEntry[],
  /** The books' starts (bookStarts), found in the file's rows as written. */
  starts: readonly { row: number; code: string; name: string }[],
): { rows: RowSource; books: LevelledBooks } | undefined {
  const bookOfRow = new Int32Array(rows.count).fill(-1);
  starts.forEach((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.row : rows.count;
    for (let r = s.row; r < end; r++) bookOfRow[r] = k;
  });
  const keys = starts.map(() => [] as string[]);
  for (const e of entries()) {
    const k = bookOfRow[e.row - 1] ?? -1;
    if (k >= 0) keys[k]!.push(entryKey(e));
  }
  const pieces = starts.map((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.row : rows.count;
    const yearTotal = bookYearTotal(rows, s.row, end, columns);
    return { part: k, name: `${s.code} ${s.name}`, account: s.code, rows: end - s.row, entries: keys[k]!, ...(yearTotal ? { yearTotal } : {}) };
  });
  const { books, parts: partsOf } = mergeByAccount(pieces);
  const chosen = chooseBooks(books);
  if (!chosen) return undefined;
  const leftOut = new Set(chosen.repeated.flatMap((r) => partsOf[r.index]!));
  const skipped = (i: number) => i > columns.headerRow && bookOfRow[i]! >= 0 && leftOut.has(bookOfRow[i]!);
  // Rows of the header's own book (its title above the header) before the header stay: they are the file's title.
  const repeated = chosen.repeated.map(({ index, ...r }) => ({ ...r, rows: partsOf[index]!.reduce((s, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.row : rows.count;
    let n = 0;
    for (let i = starts[k]!.row; i < end; i++) if (skipped(i)) n++;
    return s + n;
  }, 0) }));
  const wrapped: RowSource = {
    count: rows.count,
    row: (i) => rows.row(i),
    line: (i) => rows.line(i),
    skip: (i) => (skipped(i) ? 'repeated-book' : rows.skip?.(i)),
    ...(rows.titleRows ? { titleRows: (i: number) => rows.titleRows!(i) } : {}),
    ...(rows.sheetName ? { sheetName: (i: number) => rows.sheetName!(i) } : {}),
    ...(rows.sheetNames ? { sheetNames: rows.sheetNames } : {}),
  };
  return { rows: wrapped, books: { read: chosen.read.map((i) => books[i]!.name), repeated } };
}
