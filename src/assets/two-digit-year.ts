/**
 * Dates with a two-digit year first (06.10.20, FoxPro's SET DATE ANSI in a DOS 固定资产管理系统's 「打印到文件」): the
 * century comes from the file itself — the latest date it states for itself (截止日期：24.12.31, 打印日期：25.01.03 on a
 * line above the header or in the footer) bounds every date on it: nothing on a register is booked after it was
 * printed. Shapes and labels are data (data/assets/register-columns.json `twoDigitYears`); no pivot year in code.
 */
import { TWO_DIGIT_YEARS } from './ledger-columns.ts';

/** The date a file is read against: the file's own latest stated date, or the import date when it states none. */
export interface YearAnchor {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The label and the text as the file wrote them (打印日期：25.01.03); empty when the anchor is the import date. */
  readonly label: string;
  readonly text: string;
}

function calendarDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Whether the text has a two-digit-year shape of the data (whatever its date). */
export function isTwoDigitYearText(text: string, shapes: readonly RegExp[] = TWO_DIGIT_YEARS.shapes): boolean {
  const t = text.normalize('NFKC').trim();
  return shapes.some((re) => re.test(t));
}

/**
 * A two-digit-year date (06.10.20) read as the latest calendar date with that year's last two digits on or before
 * `notAfter` (YYYY-MM-DD): 06.10.20 before 2025-01-03 is 2006-10-20, 25.01.16 before 2025-02-04 is 2025-01-16, 26.03.01
 * before 2025-02-04 is 1926-03-01. Undefined when the text has no such shape or is no calendar date.
 */
export function twoDigitYearDate(text: string, notAfter: string, shapes: readonly RegExp[] = TWO_DIGIT_YEARS.shapes): string | undefined {
  const t = text.normalize('NFKC').trim();
  const limit = Number(notAfter.slice(0, 4));
  for (const re of shapes) {
    const g = re.exec(t)?.groups;
    if (g?.yy === undefined || g.mm === undefined || g.dd === undefined) continue;
    const [yy, mm, dd] = [Number(g.yy), Number(g.mm), Number(g.dd)];
    // The latest year ≤ the bound's year ending in yy, then a century earlier when the day itself falls after the bound
    // (or is no date that year: 29 February).
    const latest = limit - ((((limit - yy) % 100) + 100) % 100);
    for (const y of [latest, latest - 100]) {
      const d = calendarDate(y, mm, dd);
      if (d !== undefined && d <= notAfter) return d;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The latest date the file states for itself on the given rows (those above the header and the footer): a cell, or a
 * part of one, `label：value` with a label of the data (截止日期, 打印日期 …). A value with a four-digit year is read by
 * `readFull`; a two-digit one against `today` (the import date: the file was printed before it was imported).
 * Undefined when no such line is there.
 */
export function fileDateAnchor(
  rows: readonly (readonly string[])[],
  today: string,
  readFull: (text: string) => string | undefined,
  labels: readonly string[] = TWO_DIGIT_YEARS.anchorLabels,
  shapes: readonly RegExp[] = TWO_DIGIT_YEARS.shapes,
): YearAnchor | undefined {
  if (labels.length === 0) return undefined;
  const escaped = labels.map((l) => l.normalize('NFKC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(${escaped.join('|')})\\s*[:：]\\s*(\\S+)`, 'gu');
  let best: YearAnchor | undefined;
  for (const row of rows) {
    for (const cell of row) {
      const t = (cell ?? '').normalize('NFKC');
      for (const m of t.matchAll(re)) {
        const value = m[2]!;
        const date = readFull(value) ?? twoDigitYearDate(value, today, shapes);
        if (date !== undefined && (best === undefined || date > best.date)) best = { date, label: m[1]!, text: value };
      }
    }
  }
  return best;
}
