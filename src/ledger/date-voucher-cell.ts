/**
 * A column that holds an entry's date and its voucher number in one cell (日期凭证号: `2024-03-05 记-0012`), as some web
 * ledgers (政务云-style 明细账 queries) print them. The column is recognised by its header (data/ledger/header-synonyms.json
 * dateVoucher; or a mapping that gives 日期 and 凭证号 the same column) and maps to both fields (column-mapping.ts); each
 * cell is split here, and parse-entries.ts reads the two parts as it reads a date column and a voucher column.
 *
 * Forms read, date first or voucher first, with a separator (spaces, / | , ; _) or none where a digit meets a non-digit:
 * `2024-03-05 记-0012`, `2024.03.05/付-3`, `2024年3月5日 记字第12号`, `20240305 记-12`, `2024-03-05 10:20:00 记-12`,
 * `03-05 记12` (month and day only: the year is the ledger's, as a 月-日 date column's), `记-12 2024-03-05`,
 * `记-12（2024-03-05）`. A cell of a date alone (a 期初余额 line) or a voucher alone is read as that part.
 */

/** A date as a ledger prints it: a full date (with an optional time of day), an 8-digit date, or month and day only. */
const DATE_FORM = String.raw`(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{8}|\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)`;
/** What may stand between the two parts. */
const SEPARATOR = String.raw`[\s/／|｜,，;；_、]*`;
const DATE_FIRST = new RegExp(`^(${DATE_FORM})(?!\\d)(${SEPARATOR})(.+)$`, 'u');
const DATE_LAST = new RegExp(`^(.+?)(${SEPARATOR})(${DATE_FORM})$`, 'u');
const DATE_ONLY = new RegExp(`^${DATE_FORM}$`, 'u');
/** A voucher number: a type word (记, 付, 记字第 …) or none, then digits, maybe with a month prefix (03-0012) and 号. */
const VOUCHER = /^[\p{Script=Han}A-Za-z]{0,4}\s*[-－—_#＃.·]?\s*(?:第\s*)?\d+(?:\s*[-－]\s*\d+)?\s*号?$/u;
/** A text ending as a month and day (…03-05, …3月5日). */
const MONTH_DAY_END = /\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/u;
/** Brackets around the second part (记-12（2024-03-05）). */
const BRACKETED = /^[(（[【〔](.*)[)）\]】〕]$/u;

/** The two parts of a combined cell; `undefined` when the text is no date and voucher number (a label, or unsplittable). */
export interface DateVoucher {
  /** The date as printed (2024-03-05, 03-05, 2024年3月5日), '' when the cell gives none. */
  readonly date: string;
  /** The voucher number as printed (记-0012), '' when the cell gives none. */
  readonly voucher: string;
}

function unbracket(text: string): string {
  return BRACKETED.exec(text)?.[1]?.trim() ?? text;
}

/** Two digits with no separator between them (记12 03-05 read as 记1203-05) cannot be told apart: no split. */
function digitsMeet(before: string, separator: string, after: string): boolean {
  return separator === '' && /\d$/u.test(before) && /^\d/u.test(after);
}

function isVoucher(text: string): boolean {
  return VOUCHER.test(text) && !DATE_ONLY.test(text);
}

/** Split a combined 日期凭证号 cell. '' gives two empty parts. */
export function splitDateVoucher(cellText: string): DateVoucher | undefined {
  const text = cellText.normalize('NFKC').trim();
  if (text === '') return { date: '', voucher: '' };
  if (DATE_ONLY.test(text)) return { date: text, voucher: '' };
  const first = DATE_FIRST.exec(text);
  if (first) {
    const [, date, separator, rest] = first as unknown as [string, string, string, string];
    const voucher = unbracket(rest.trim());
    if (!digitsMeet(date, separator, rest) && isVoucher(voucher)) return { date: date.trim(), voucher };
  }
  const last = DATE_LAST.exec(text);
  if (last) {
    const [, rest, separator, date] = last as unknown as [string, string, string, string];
    const voucher = rest.trim();
    if (!digitsMeet(rest, separator, date) && isVoucher(voucher)) return { date: date.trim(), voucher };
  }
  // The date in brackets after the voucher: 记-12（2024-03-05）.
  const bracketed = /^(.+?)\s*[(（[【〔]([^()（）[\]【】〔〕]+)[)）\]】〕]$/u.exec(text);
  if (bracketed && DATE_ONLY.test(bracketed[2]!.trim()) && isVoucher(bracketed[1]!.trim())) {
    return { date: bracketed[2]!.trim(), voucher: bracketed[1]!.trim() };
  }
  // A voucher alone, unless it ends as a month and day would (记1203-05: 记12 on 03-05?).
  if (isVoucher(text) && /\D/u.test(text) && !MONTH_DAY_END.test(text)) return { date: '', voucher: text };
  return undefined;
}
