/**
 * CSV text to rows (RFC 4180: quoted cells may hold commas, quotes and line breaks). The one CSV parser of the
 * project: assets, ledger and code tables all read through it (via table-file.ts).
 */

import type { SkipReason } from './row-kinds.ts';

/** Rows read on demand: a 200,000-line CSV is split record by record as it is parsed, not held as arrays. */
export interface RowSource {
  readonly count: number;
  row(index: number): readonly string[];
  /** The 1-based line of the file where a row starts (differs from index + 1 after a quoted line break). */
  line(index: number): number;
  /** Why a row is no data by the file's layout alone (a fixed-width print's page-title lines); undefined for the rest. */
  skip?(index: number): SkipReason | undefined;
  /**
   * The title rows above the header of the part a row comes from, for several sheets read as one ledger (each
   * sheet's own title block, 科目：72010102 …—项目支出, is not among the rows); undefined for the first part.
   */
  titleRows?(index: number): readonly (readonly string[])[] | undefined;
  /**
   * The name of the sheet a row comes from, for several sheets read as one ledger (a 项目辅助明细账 printed one sheet
   * per 预算项目 names the project there); `sheetNames` lists every sheet read, in order.
   */
  sheetName?(index: number): string | undefined;
  readonly sheetNames?: readonly string[];
}

/**
 * `rows` with each row read through `row(index)`: the same count, file lines and layout facts (skip, titleRows), so a
 * reader that widens or rewrites rows (a carried voucher head, split auxiliary cells) keeps what the file said.
 */
export function remapRows(rows: RowSource, row: (index: number) => readonly string[]): RowSource {
  const { skip, titleRows, sheetName, sheetNames } = rows;
  return {
    count: rows.count,
    row,
    line: (index) => rows.line(index),
    ...(skip ? { skip: (index: number) => skip.call(rows, index) } : {}),
    ...(titleRows ? { titleRows: (index: number) => titleRows.call(rows, index) } : {}),
    ...(sheetName ? { sheetName: (index: number) => sheetName.call(rows, index) } : {}),
    ...(sheetNames ? { sheetNames } : {}),
  };
}

/** `row` followed by empty cells up to `width` cells. */
export function padRow(row: readonly string[], width: number): string[] {
  return [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')];
}

export function arrayRows(rows: readonly (readonly string[])[]): RowSource {
  return { count: rows.length, row: (i) => rows[i] ?? [], line: (i) => i + 1 };
}

/**
 * The cell separator: a comma, a tab in the tab-separated text files (.txt) some packages export, or a semicolon in the
 * CSV of a system that keeps the comma for thousands (sniffDelimiter).
 */
export type Delimiter = ',' | '\t' | ';';

/**
 * Split one CSV record (RFC 4180: a quote opens only at the start of a cell; "" inside quotes is a quote). A quote
 * that opens a cell and never closes in the record (a 摘要 typed with a stray opening quote, "付电费, in an export that
 * quotes nothing) is read as a character of its cell, so the cells after it stay cells.
 */
export function splitCsvRecord(record: string, delimiter: Delimiter = ',', literal: ReadonlySet<number> = new Set()): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  let openedAt = -1;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i]!;
    if (quoted) {
      if (ch === '"' && record[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && atStart && !literal.has(i)) {
      quoted = true;
      atStart = false;
      openedAt = i;
    } else if (ch === '=' && atStart && record[i + 1] === '"' && !literal.has(i + 1)) {
      // ="2011301": the text formula web exports write to keep leading zeros; Excel shows the quoted text.
      quoted = true;
      atStart = false;
      openedAt = i + 1;
      i++;
    } else if (ch === delimiter) {
      cells.push(cell.trim());
      cell = '';
      atStart = true;
    } else {
      if (ch !== ' ' && ch !== '\t') atStart = false;
      cell += ch;
    }
  }
  if (quoted) return splitCsvRecord(record, delimiter, new Set([...literal, openedAt]));
  cells.push(cell.trim());
  return cells;
}

/**
 * Whether a line leaves a quoted cell open, given whether it started inside one; 'stray' when it started inside one
 * and the quote that closes it is followed by more text of the cell (…付场地租金 after a quote: that quote opened a
 * cell of its own line, so the quote left open above was a stray one, not a cell running over lines).
 */
function leavesQuoteOpen(line: string, startQuoted: boolean, delimiter: Delimiter): boolean | 'stray' {
  let quoted = startQuoted;
  let atStart = !startQuoted;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') i++;
      else if (ch === '"') {
        quoted = false;
        // The quote that closes the cell begun on a line above ends it: a delimiter or the line's end follows.
        if (startQuoted) {
          const rest = line.slice(i + 1).replace(/^ +/u, '');
          if (rest !== '' && !rest.startsWith(delimiter)) return 'stray';
          startQuoted = false;
        }
      }
    } else if ((ch === '"' || (ch === '=' && line[i + 1] === '"')) && atStart) {
      if (ch === '=') i++;
      quoted = true;
      atStart = false;
    } else if (ch === delimiter) {
      atStart = true;
    } else if (ch !== ' ' && ch !== '\t') {
      atStart = false;
    }
  }
  return quoted;
}

/**
 * CSV text as rows, keeping blank lines as empty rows so row numbers stay those of the file. A quoted cell may
 * hold line breaks (as Excel and toCsv write them): such a record spans several lines and is one row.
 */
export function csvRowSource(text: string, delimiter: Delimiter = ','): RowSource {
  const bare = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Lines ended by CR alone (a classic Mac OS text export): read as line breaks, or the whole file is one row.
  const src = !bare.includes('\n') && bare.includes('\r') ? bare.replace(/\r/g, '\n') : bare;
  const lines = src.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const strip = (l: string) => (l.endsWith('\r') ? l.slice(0, -1) : l);
  if (!src.includes('"')) {
    return {
      count: lines.length,
      row(i) {
        const line = strip(lines[i] ?? '');
        return line === '' ? [] : line.split(delimiter).map((c) => c.trim());
      },
      line: (i) => i + 1,
    };
  }
  const records: string[] = [];
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let record = strip(lines[i]!);
    const start = i + 1;
    if (record.includes('"')) {
      let open = leavesQuoteOpen(record, false, delimiter);
      let k = i;
      let joined = record;
      while (open === true && k + 1 < lines.length) {
        const next = strip(lines[++k]!);
        joined += `\n${next}`;
        open = leavesQuoteOpen(next, true, delimiter);
      }
      // A quote still open at the end of the file, or closed by a quote that opens a cell of a later line, closes
      // nothing: it was a stray one, and the line is a record of its own (splitCsvRecord reads the quote as a character).
      if (open === false) {
        record = joined;
        i = k;
      }
    }
    records.push(record);
    starts.push(start);
  }
  return {
    count: records.length,
    row(i) {
      const record = records[i] ?? '';
      if (record === '') return [];
      return record.includes('"') ? splitCsvRecord(record, delimiter) : record.split(delimiter).map((c) => c.trim());
    },
    line: (i) => starts[i] ?? i + 1,
  };
}

/**
 * The cell separator of a text export: a comma, a tab, or a semicolon (the list separator of a European-locale Excel
 * and of web systems that keep the comma for thousands, 5,426,000.00). Among the first 50 lines, each candidate's
 * count outside quotes is taken per line. The header is the first line that a candidate splits into three cells or more
 * and whose next non-blank line that candidate splits into as many (else, rows being uneven, splits at all) (title lines above it have no separator, or are padded with
 * the file's own: 单位名称：某局;;;); the separator must split the header, and among those that do it is the one that
 * gives the most lines from the header on the header's number of cells — a table's rows have its header's cells, while
 * commas in amounts, tabs or semicolons in a text cell (规格型号 i5;8G;256G on every card) do not split the header. A file
 * whose rows leave trailing empty cells out (uneven rows) keeps its separator so. A tie keeps the comma, then the tab.
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = text
    .slice(0, 65_536)
    .split('\n')
    .slice(0, 50)
    .map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const counts = DELIMITERS.map((d) => lines.map((line) => countOutsideQuotes(line, d)));
  const nextFilled = (i: number): number => {
    let k = i + 1;
    while (k < lines.length && lines[k]!.trim() === '') k++;
    return k;
  };
  const splitsHeader = (i: number, min: number): boolean =>
    counts.some((c) => c[i]! >= min && (nextFilled(i) >= lines.length || c[nextFilled(i)]! >= 1));
  // A header the next line matches cell for cell is taken first: a query echoed above a tab-separated spool (SQL> select
  // a, b, c …, its continuation lines holding other numbers of commas) is no header.
  let header = lines.findIndex((_, i) => counts.some((c) => c[i]! >= 2 && nextFilled(i) < lines.length && c[nextFilled(i)] === c[i]));
  if (header < 0) header = lines.findIndex((_, i) => splitsHeader(i, 2));
  if (header < 0) header = lines.findIndex((_, i) => counts.some((c) => c[i]! >= 1));
  if (header < 0) return ',';
  let best: Delimiter = ',';
  let bestScore = 0;
  DELIMITERS.forEach((d, k) => {
    const c = counts[k]!;
    const width = c[header]!;
    if (width === 0) return;
    let score = 0;
    for (let i = header; i < lines.length; i++) if (c[i] === width) score++;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  });
  return best;
}

const DELIMITERS: readonly Delimiter[] = [',', '\t', ';'];

/** How many times `delimiter` separates cells of one line: outside quoted cells (a quoted amount "1,234.50" holds none). */
function countOutsideQuotes(line: string, delimiter: Delimiter): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) n++;
  }
  return n;
}

/** CSV text to rows (all at once; small files and tests). */
export function csvRows(text: string, delimiter: Delimiter = ','): string[][] {
  const source = csvRowSource(text, delimiter);
  return Array.from({ length: source.count }, (_, i) => [...source.row(i)]);
}

