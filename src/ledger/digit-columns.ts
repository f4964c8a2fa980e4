/**
 * A 明细账 printed in account-book form with 金额线 (账页式) and saved to a table: each amount is no number but one
 * digit per cell under digit-position heads (亿 千 百 十 万 千 百 十 元 角 分, any contiguous run ending at 分), the run
 * under a merged heading (借方, 贷方, 余额, 金额) on the header row above — or on the row above that, across a blank
 * row, and under a 金额 row over the headings in a three-row header. Leading positions are empty, every position from
 * the first digit down to 分 holds a digit (an empty one there is no 0: the amount is refused, naming the row), a
 * red-ink amount carries a minus in the cell before its first digit (or a sign cell of its own), a zero balance is
 * written θ.
 *
 * `joinDigitColumns` reads every such run as one amount column: the run's first cell holds the amount composed from
 * its digits (`1580.00`, `-1580.00`; empty when every position is empty), the other cells of the run are left empty,
 * and on the header rows the heading stands in the first cell alone, so the ordinary header synonyms (借方, 贷方, 金额)
 * map the column and a repeated header still reads as one. Rows keep their width and their line numbers. The words
 * (headings, position names, zero and sign marks) are data: data/ledger/header-synonyms.json `digitColumns`.
 */
import { padRow, type RowSource, remapRows } from '../reference/table-file.ts';
import { HEADER_SEARCH_ROWS, normalizeHeader } from './column-mapping.ts';

/** The words of a 金额线 header and its cells (header-synonyms.json digitColumns). */
export interface DigitColumnWords {
  /** Headings a run of positions stands under (借方, 贷方, 余额, 金额). */
  readonly headings: readonly string[];
  /** Per decimal place from 分 (0) upwards, the names a position of that place is printed under (2: 元; 6: 万). */
  readonly places: readonly (readonly string[])[];
  /** Heads of a sign cell printed left of the highest position (符号). */
  readonly signHeads: readonly string[];
  /** Marks read as the digit 0 (θ, written for a zero balance in the 元 position). */
  readonly zeroMarks: readonly string[];
  /** Marks of a red-ink (negative) amount when they stand before its first digit (-). */
  readonly signMarks: readonly string[];
  /** Currency marks written in the position before the first digit (¥), read as nothing. */
  readonly currencyMarks?: readonly string[];
  /**
   * An amount split in two cells under its heading, as a paper ledger rules it without 金额线: the whole 元 in one
   * column (`whole`: 元; red ink signed there, -880) and the 角 and 分 as two digits in the next (`fraction`: 角分).
   */
  readonly splitPlaces?: { readonly whole: readonly string[]; readonly fraction: readonly string[] };
}

/** One run of digit positions: its columns, left to right, and where its sign cell is. */
export interface DigitGroup {
  /** The heading as printed over it (借方). */
  readonly heading: string;
  /** The first column of the group (the sign cell's when it has one): the amount is written there. */
  readonly first: number;
  /** The sign cell's column, when the header prints one. */
  readonly sign?: number;
  /** The position columns, highest place first; the last is 分. */
  readonly digits: readonly number[];
  /** An amount split in two cells (元 | 角分): `digits` are the 元 column and the 角分 column. */
  readonly split?: true;
}

/** The digit groups of a header and the row of its position names. */
export interface DigitHeader {
  /** 0-based row of the position names (千 百 十 … 角 分); the heading row is the one above. */
  readonly positionRow: number;
  readonly groups: readonly DigitGroup[];
}

const norm = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '');

/**
 * The runs of digit positions on `lower` (each ending at 分, its places checked from the right) under a heading of
 * `upper`: every filled upper cell over the run equals one heading word. A run must reach 元 (元 角 分 at least).
 */
export function digitGroups(
  upper: readonly string[],
  lower: readonly string[],
  words: DigitColumnWords,
  /** The row above `upper`: a run's heading is read there when `upper` is empty over the run (a blank row between). */
  higher: readonly string[] = [],
): DigitGroup[] {
  const headings = new Set(words.headings.map(normalizeHeader));
  const places = words.places.map((names) => new Set(names.map(norm)));
  const signHeads = new Set(words.signHeads.map(norm));
  const groups: DigitGroup[] = [];
  let end = lower.length - 1;
  while (end >= 0) {
    if (places[0] === undefined || !places[0].has(norm(lower[end] ?? ''))) {
      end--;
      continue;
    }
    let start = end;
    while (start > 0 && end - start + 1 < places.length && places[end - start + 1]!.has(norm(lower[start - 1] ?? ''))) start--;
    const next = start - 1;
    if (end - start + 1 >= 3) {
      const hasSign = next >= 0 && signHeads.has(norm(lower[next] ?? ''));
      const first = hasSign ? next : start;
      // The heading row: the row right above, or the one above it when the row between is empty over the run.
      const blankOver = (row: readonly string[]) => row.slice(first, end + 1).every((c) => c.trim() === '');
      const headRow = blankOver(upper) ? higher : upper;
      const over = new Set<string>();
      for (let i = first; i <= end; i++) {
        const h = normalizeHeader(headRow[i] ?? '');
        if (h !== '') over.add(h);
      }
      const heading = over.size === 1 ? [...over][0]! : undefined;
      if (heading !== undefined && headings.has(heading)) {
        const printed = (headRow.slice(first, end + 1).find((c) => c.trim() !== '') ?? heading).trim();
        const digits = Array.from({ length: end - start + 1 }, (_, k) => start + k);
        groups.unshift({ heading: printed, first, ...(hasSign ? { sign: next } : {}), digits });
      }
      end = first - 1;
    } else {
      end = start - 1;
    }
  }
  return groups;
}

/**
 * The amounts split in two cells on `lower` (元 | 角分, see DigitColumnWords.splitPlaces), each pair under one heading
 * of `upper` (借方 merged over both, or written over the 元 cell alone), or of `higher` across a blank row.
 */
export function splitGroups(
  upper: readonly string[],
  lower: readonly string[],
  words: DigitColumnWords,
  higher: readonly string[] = [],
): DigitGroup[] {
  if (words.splitPlaces === undefined) return [];
  const headings = new Set(words.headings.map(normalizeHeader));
  const whole = new Set(words.splitPlaces.whole.map(norm));
  const fraction = new Set(words.splitPlaces.fraction.map(norm));
  const groups: DigitGroup[] = [];
  for (let c = 0; c + 1 < lower.length; c++) {
    if (!whole.has(norm(lower[c] ?? '')) || !fraction.has(norm(lower[c + 1] ?? ''))) continue;
    const blankOver = (row: readonly string[]) => row.slice(c, c + 2).every((cell) => (cell ?? '').trim() === '');
    const headRow = blankOver(upper) ? higher : upper;
    const over = new Set(headRow.slice(c, c + 2).map((cell) => normalizeHeader(cell ?? '')).filter((h) => h !== ''));
    const heading = over.size === 1 ? [...over][0]! : undefined;
    if (heading === undefined || !headings.has(heading)) continue;
    const printed = (headRow.slice(c, c + 2).find((cell) => (cell ?? '').trim() !== '') ?? heading).trim();
    groups.push({ heading: printed, first: c, digits: [c, c + 1], split: true });
    c++;
  }
  return groups;
}

/**
 * The first header among the first rows whose position row holds at least one digit group (金额线 positions, or an
 * amount split in 元 | 角分), its heading on the row above or, across a blank row, on the one above that.
 */
export function findDigitHeader(rows: RowSource, words: DigitColumnWords): DigitHeader | undefined {
  for (let r = 1; r < Math.min(rows.count, HEADER_SEARCH_ROWS + 1); r++) {
    const higher = r >= 2 ? rows.row(r - 2) : [];
    const groups = [...digitGroups(rows.row(r - 1), rows.row(r), words, higher), ...splitGroups(rows.row(r - 1), rows.row(r), words, higher)].sort((a, b) => a.first - b.first);
    if (groups.length > 0) return { positionRow: r, groups };
  }
  return undefined;
}

/** What joinDigitColumns puts between the two cells of a split amount it cannot read (元 ¦ 角分), for the row's error. */
const SPLIT_JOIN = '¦';

/**
 * The amount an amount split in 元 | 角分 writes, as exact decimal text in 元 built from the cells' digits (no
 * arithmetic): 元 `740` and 角分 `12` are `740.12`; `-880` and `00` are `-880.00` (red ink signed on the 元, a sign mark
 * of `signMarks`; `-0` and `45` are `-0.45`); an empty 元 beside a 角分 is 0 元; a 角分 of one digit is a number cell that
 * dropped its leading zero (5 is 05: five 分). '' when both cells are empty; undefined when either holds anything else
 * (a 元 with decimals or a word, a 角分 of three digits or signed) or the 角分 is empty beside a 元 (a digit lost: no 00
 * is guessed).
 */
export function composeSplit(wholeCell: string, fractionCell: string, words: DigitColumnWords): string | undefined {
  let whole = norm(wholeCell);
  const fraction = norm(fractionCell);
  if (whole === '' && fraction === '') return '';
  const mark = words.signMarks.map(norm).find((s) => whole.startsWith(s));
  const negative = mark !== undefined;
  if (mark !== undefined) whole = whole.slice(mark.length);
  if (words.zeroMarks.map(norm).includes(whole)) whole = '0';
  if (whole !== '' && !/^(?:\d+|\d{1,3}(?:,\d{3})+)$/u.test(whole)) return undefined;
  if (!/^\d{1,2}$/u.test(fraction)) return undefined;
  const yuan = whole.replace(/,/gu, '').replace(/^0+(?=\d)/u, '') || '0';
  const text = `${yuan}.${fraction.padStart(2, '0')}`;
  return negative && /[1-9]/u.test(text) ? `-${text}` : text;
}

/**
 * Why the two cells of a split amount, as joinDigitColumns leaves them joined, make no amount; Chinese and English,
 * for the row's import error. Undefined for a text that is no such join.
 */
export function splitAmountProblem(joined: string): { readonly zh: string; readonly en: string } | undefined {
  const at = joined.indexOf(SPLIT_JOIN);
  if (at < 0) return undefined;
  const whole = joined.slice(0, at).trim();
  const fraction = joined.slice(at + SPLIT_JOIN.length).trim();
  return {
    zh: `金额分“元”“角分”两栏（元：“${whole}”，角分：“${fraction}”）无法合成金额：元栏应为整数（红字在元前加负号），角分栏应为两位数字（如 05），元栏有数时角分栏不能为空`,
    en: `the amount split in 元 "${whole}" and 角分 "${fraction}" cannot be read: 元 must be a whole number (red ink signed there), 角分 two digits, and not empty beside a 元`,
  };
}

/**
 * The amount a group's cells write, as exact decimal text in 元 built from the digits themselves (no arithmetic):
 * `1580.00`, `-1580.00` (a sign mark before the first digit, in a cell of its own or in the first digit's cell),
 * `0.00` (θ or 0 alone); '' when every cell is empty; undefined when a cell holds anything else (a word, two digits)
 * or the positions are not contiguous from the first digit down to 分 (an empty position after it).
 */
export function composeDigits(signCell: string | undefined, digitCells: readonly string[], words: DigitColumnWords): string | undefined {
  const zero = new Set(words.zeroMarks.map(norm));
  const signs = new Set(words.signMarks.map(norm));
  const currency = new Set((words.currencyMarks ?? []).map(norm));
  let negative = false;
  const sign = norm(signCell ?? '');
  if (sign !== '') {
    if (!signs.has(sign)) return undefined;
    negative = true;
  }
  let digits = '';
  let gap = false;
  let any = sign !== '';
  for (const raw of digitCells) {
    let cell = norm(raw);
    if (cell === '') {
      // Above the first digit, nothing. Below it, no zero: a book writes every position from the first digit down to
      // 分 (an amount right-aligned to 分); an empty one there means a digit lost or an amount out of its places.
      if (digits !== '') gap = true;
      continue;
    }
    if (gap) return undefined;
    // A currency mark before the first digit (¥ 1 2 8 0 5 0, as a book writes a total's amount): no digit.
    if (digits === '' && currency.has(cell)) continue;
    any = true;
    // A sign mark alone in a position before the first digit, or glued to the first digit (-1).
    const mark = [...signs].find((s) => cell.startsWith(s));
    if (mark !== undefined && digits === '' && !negative) {
      negative = true;
      cell = cell.slice(mark.length);
      if (cell === '') continue;
    }
    if (zero.has(cell)) cell = '0';
    if (!/^\d$/u.test(cell)) return undefined;
    digits += cell;
  }
  if (!any) return '';
  // A sign with no digit is no amount.
  if (digits === '') return negative ? undefined : '';
  // Digits that stop short of 分 (角 分 left empty) are no amount either, save a zero balance's θ (or 0) alone.
  if (gap && !/^0$/u.test(digits)) return undefined;
  const fen = digits.replace(/^0+/u, '').padStart(3, '0');
  const text = `${fen.slice(0, -2)}.${fen.slice(-2)}`;
  return negative && /[1-9]/u.test(fen) ? `-${text}` : text;
}

/**
 * `rows` with every digit group read as one amount column (see the module comment); `rows` itself when no header
 * among the first rows has a digit group. A data row whose group holds anything but digits and marks keeps its cells
 * joined with `|` in the amount cell, so that reading it as an amount fails and names what was there.
 */
export function joinDigitColumns(rows: RowSource, words: DigitColumnWords): RowSource {
  const header = findDigitHeader(rows, words);
  if (header === undefined) return rows;
  const places = words.places.map((names) => new Set(names.map(norm)));
  const signHeads = new Set(words.signHeads.map(norm));
  const width = Math.max(...header.groups.map((g) => g.digits[g.digits.length - 1]! + 1));
  const whole = new Set((words.splitPlaces?.whole ?? []).map(norm));
  const fraction = new Set((words.splitPlaces?.fraction ?? []).map(norm));
  return remapRows(rows, (index) => {
    const row = rows.row(index);
    const out = padRow(row, width);
    for (const group of header.groups) {
      if (group.split) {
        const [w, f] = group.digits as [number, number];
        const cells = [row[w] ?? '', row[f] ?? ''];
        out[w] = '';
        out[f] = '';
        if (cells.every((c) => c.trim() === '')) continue;
        const amount = composeSplit(cells[0]!, cells[1]!, words);
        if (amount !== undefined) out[w] = amount;
        // The row of the two names (元 | 角分, on each sheet's or page's header too): the heading stands for the pair.
        else if (whole.has(norm(cells[0]!)) && fraction.has(norm(cells[1]!))) out[w] = group.heading;
        // One text over both (the heading merged across them, a title merged across the row), or a word in the 元
        // cell alone: once. A number there beside an empty 角分 is no amount (a digit lost): joined, so it fails.
        else if (cells[0]!.trim() === cells[1]!.trim() || (cells[1]!.trim() === '' && !/\d/u.test(cells[0]!))) out[w] = cells[0]!.trim();
        else out[w] = `${cells[0]!.trim()}${SPLIT_JOIN}${cells[1]!.trim()}`;
        continue;
      }
      const columns = group.sign === undefined ? group.digits : [group.sign, ...group.digits];
      const cells = columns.map((c) => row[c] ?? '');
      for (const c of columns) out[c] = '';
      const filled = cells.filter((c) => c.trim() !== '');
      if (filled.length === 0) continue;
      const amount = composeDigits(group.sign === undefined ? undefined : (row[group.sign] ?? ''), group.digits.map((c) => row[c] ?? ''), words);
      if (amount !== undefined) {
        out[group.first] = amount;
        continue;
      }
      // The row of position names (on each page's repeated header too): the heading stands for the group.
      const n = group.digits.length;
      const positions = group.digits.every((c, k) => {
        const cell = norm(row[c] ?? '');
        return cell === '' || places[n - 1 - k]!.has(cell);
      });
      const signOk = group.sign === undefined || norm(row[group.sign] ?? '') === '' || signHeads.has(norm(row[group.sign] ?? ''));
      if (positions && signOk) {
        out[group.first] = group.heading;
        continue;
      }
      // One text over the whole group (the heading merged across it, a page number merged across the row): once.
      const texts = new Set(filled.map((c) => c.trim()));
      out[group.first] = texts.size === 1 ? [...texts][0]! : cells.join('|');
    }
    return out;
  });
}

/**
 * Why the cells of a digit group, as joinDigitColumns leaves them joined with `|` (sign cell first when there is one),
 * make no amount: positions not contiguous (an empty position after the first digit, or digits stopping short of 分),
 * or a cell that is no digit. Chinese and English, for the row's import error; undefined for a text that is no such join.
 */
export function digitRunProblem(joined: string, words: DigitColumnWords): { readonly zh: string; readonly en: string } | undefined {
  if (!joined.includes('|')) return undefined;
  const cells = joined.split('|').map(norm);
  const zero = new Set(words.zeroMarks.map(norm));
  const signs = new Set(words.signMarks.map(norm));
  const currency = new Set((words.currencyMarks ?? []).map(norm));
  const markOk = (c: string) => c === '' || /^\d$/u.test(c) || zero.has(c) || signs.has(c) || currency.has(c) || [...signs].some((s) => c.startsWith(s) && /^\d$/u.test(c.slice(s.length)));
  const shown = cells.map((c) => (c === '' ? '□' : c)).join('');
  const odd = cells.find((c) => !markOk(c));
  if (odd !== undefined) {
    return { zh: `金额线的数位中有非数字“${odd}”（各位：${shown}）`, en: `a digit position holds "${odd}", not a digit (${shown})` };
  }
  return {
    zh: `金额线的数位不连续（各位：${shown}，□为空位）：第一位数字到“分”位之间每一位都应有数字，无法确定金额，请核对原账页`,
    en: `digit positions not contiguous (${shown}, □ empty): every position from the first digit down to 分 must hold a digit; the amount cannot be read`,
  };
}
