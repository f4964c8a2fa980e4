/**
 * Wrapped cells split into rows. A 明细账 printed to PDF and turned back into a workbook by a PDF-to-Excel converter
 * writes each printed line as a row: a cell the print wrapped on two or three lines (a long 摘要, a class name, a
 * project, a payee) leaves the entry's row with the first line of the text and puts the rest on the rows below, each
 * part in its own column, everything else on those rows empty.
 *
 * Precondition of a continuation row (words: data/ledger/header-synonyms.json wrappedCells):
 *  - every filled cell stands in a column of a text field that may wrap (`fields`: 摘要, 科目, 功能科目, 经济科目, 项目,
 *    往来单位 …) — so no date, voucher, month/day, amount, direction or other column (a column no field reads, a
 *    spacer column without a header, a 余额) holds anything;
 *  - a cell under one of `codeFields` does not begin with a code of its own (a line with a class code is a line of its
 *    own; a print breaks a code's line after the code, never before it);
 *  - the row is no kind of row (period, total, 承前页/过次页, page number, footer, a page's title or header repeated:
 *    classifyRow with the page's titles and header; a section or 科目 title row: sectionOfRow, accountTitleOfRow);
 *  - the row right above is a row with its own date, voucher or amount that is an entry, a voucher line or a period or
 *    total line (never page furniture: 承前页/过次页, a repeated header or title), or another continuation row of it.
 * Such rows are joined to that row: each cell's text to the same column's text, without a space (Chinese is written
 * without spaces and a print breaks between any two characters: 公务用车运 + 行维护费, （赣 + C·A6235）), with one space
 * between two Latin letters or digits only (a print never breaks inside such a run, so the break was at a space); the
 * continuation rows are skipped and counted ('wrapped-line'). A file without such rows is returned as it is.
 */
import { accountTitleOfRow, classifyRow, type PageContext, type SkipReason, sectionOfRow, titleRowKey } from '../reference/row-kinds.ts';
import type { ResolvedColumns } from './column-mapping.ts';
import type { LedgerField } from './entry.ts';
import type { Rows } from './parse-entries.ts';
import { loadLedgerRuleData } from './rule-data.ts';

/** The rows parseLedgerChunks reads (parse-entries.ts Rows: an array, or rows by index with what a reader knows of them). */
export type WrappableRows = Rows;

/** The words: which fields' text may wrap onto the rows below, and which of them hold codes. */
export interface WrappedCellWords {
  readonly fields: readonly LedgerField[];
  readonly codeFields: readonly LedgerField[];
}

/** A cell's text that begins with a code (2013301 行政运行, [30201]办公费, 7101010130231). */
const CODE_FIRST = /^[[【(（［〔]?\d{3,}/u;
/** A Latin letter or digit (after NFKC): the only characters a print keeps together on one line. */
const LATIN_OR_DIGIT = /^[A-Za-z0-9]$/u;

/** `head` and the wrapped rest of its cell as one text: a space only between two Latin letters or digits. */
export function joinWrappedText(head: string, rest: string): string {
  const a = head.trimEnd();
  const b = rest.trim();
  if (a === '') return b;
  if (b === '') return a;
  const last = a.slice(-1).normalize('NFKC');
  const first = b.slice(0, 1).normalize('NFKC');
  return LATIN_OR_DIGIT.test(last) && LATIN_OR_DIGIT.test(first) ? `${a} ${b}` : `${a}${b}`;
}

/** `rows` with each run of continuation rows joined to the row above it (see above); `rows` itself when it has none. */
export function joinWrappedRows<R extends WrappableRows>(
  rows: R,
  resolved: ResolvedColumns,
  words: WrappedCellWords = loadLedgerRuleData().wrappedCells,
): R | Exclude<WrappableRows, readonly (readonly string[])[]> {
  if (words.fields.length === 0) return rows;
  const list = Array.isArray(rows) ? (rows as readonly (readonly string[])[]) : undefined;
  const source = list === undefined ? (rows as Exclude<WrappableRows, readonly (readonly string[])[]>) : undefined;
  const count = list?.length ?? source!.count;
  const rowAt = (i: number): readonly string[] => (list !== undefined ? (list[i] ?? []) : source!.row(i));
  const skipAt = (i: number): SkipReason | undefined => source?.skip?.(i);

  const col = resolved.columns;
  const textColumns = new Set<number>(words.fields.flatMap((f) => (col[f] === undefined ? [] : [col[f]!])));
  if (textColumns.size === 0) return rows;
  const codeColumns = new Set<number>(words.codeFields.flatMap((f) => (col[f] === undefined ? [] : [col[f]!])));
  const ownColumns = [col.date, col.voucher, col.month, col.day].filter((c): c is number => c !== undefined);
  const amountColumns = [col.amount, col.debit, col.credit, ...(resolved.analysis?.columns.map((a) => a.index) ?? [])];
  const labelCells = [col.summary, col.date, col.voucher, col.month];
  const titles = new Set<string>();
  for (let r = 0; r < resolved.headerRow && r < count; r++) {
    const key = titleRowKey(rowAt(r));
    if (key !== undefined) titles.add(key);
  }
  const printedHeader = resolved.headerRow < count ? titleRowKey(rowAt(resolved.headerRow)) : undefined;
  const page: PageContext = { titles, amountColumns, ...(printedHeader !== undefined ? { headerRows: new Set([printedHeader]) } : {}) };
  const filled = (cells: readonly string[], i: number | undefined): boolean => i !== undefined && (cells[i] ?? '').trim() !== '';

  /** Only wrapped text: every filled cell in a text column, none a code under a code column; at least one. */
  const onlyWrappedText = (cells: readonly string[]): boolean => {
    let any = false;
    for (let i = 0; i < cells.length; i++) {
      const text = (cells[i] ?? '').trim();
      if (text === '') continue;
      if (!textColumns.has(i)) return false;
      if (codeColumns.has(i) && CODE_FIRST.test(text.normalize('NFKC'))) return false;
      any = true;
    }
    return any;
  };
  const noKind = (cells: readonly string[]): boolean =>
    classifyRow(cells, labelCells, resolved.headers, page) === undefined && sectionOfRow(cells) === undefined && accountTitleOfRow(cells) === undefined;
  /** A line of its own that a wrapped cell may continue: its own date, voucher or amount, and no page furniture. */
  const ownsLine = (r: number): boolean => {
    if (skipAt(r) !== undefined) return false;
    const cells = rowAt(r);
    if (!ownColumns.some((i) => filled(cells, i)) && !amountColumns.some((i) => filled(cells, i))) return false;
    const kind = classifyRow(cells, labelCells, resolved.headers, page);
    return kind === undefined || kind === 'period' || kind === 'total';
  };

  // owner row → the last continuation row of its run; every continuation row → its owner.
  const runEnd = new Map<number, number>();
  const ownerOf = new Map<number, number>();
  let owner: number | undefined;
  for (let r = resolved.headerRow + 1; r < count; r++) {
    const cells = rowAt(r);
    const candidate = owner !== undefined && skipAt(r) === undefined && onlyWrappedText(cells) && noKind(cells);
    if (candidate) {
      ownerOf.set(r, owner!);
      runEnd.set(owner!, r);
      continue;
    }
    owner = ownsLine(r) ? r : undefined;
  }
  if (ownerOf.size === 0) return rows;

  const blank: readonly string[] = [];
  const joined = (r: number): readonly string[] => {
    const cells = [...rowAt(r)];
    const end = runEnd.get(r)!;
    for (let k = r + 1; k <= end; k++) {
      const rest = rowAt(k);
      for (const i of textColumns) {
        const text = (rest[i] ?? '').trim();
        if (text === '') continue;
        while (cells.length <= i) cells.push('');
        cells[i] = joinWrappedText(cells[i] ?? '', text);
      }
    }
    return cells;
  };
  return {
    count,
    row: (index: number) => (ownerOf.has(index) ? blank : runEnd.has(index) ? joined(index) : rowAt(index)),
    skip: (index: number) => (ownerOf.has(index) ? 'wrapped-line' : skipAt(index)),
    ...(source?.titleRows ? { titleRows: (index: number) => source.titleRows!(index) } : {}),
    ...(source?.sheetName ? { sheetName: (index: number) => source.sheetName!(index) } : {}),
    ...(source?.sheetNames ? { sheetNames: source.sheetNames } : {}),
  };
}
