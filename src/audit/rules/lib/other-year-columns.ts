/** The columns of a table headed by another year than the report's (read by table-text-mismatch and its restated values). */
import { GRAMMAR } from '../../config.ts';

/** A year named in a column header: 2023年决算数, 2023年度. */
const HEADER_YEAR = /(?<!\d)((?:19|20)\d{2})年/;

/**
 * The columns of a table headed by another year than the report's: an other-year word (上年, 去年 — grammar.json
 * otherYearHeaders), or a year before the report's year (2023年决算数 in a 2024 决算); without the report's year, the
 * earlier of two years the headers name.
 */
export function otherYearColumns(header: readonly string[], reportYear: number | null): boolean[] {
  const years = header.map((h) => {
    const m = HEADER_YEAR.exec(h.replace(/\s+/g, ''));
    return m ? Number(m[1]) : null;
  });
  const named = years.filter((y): y is number => y !== null);
  const own = reportYear ?? (named.length > 0 ? Math.max(...named) : null);
  return header.map((h, i) => {
    if (GRAMMAR.otherYearHeaders.some((w) => h.includes(w))) return true;
    const y = years[i];
    return y !== null && y !== undefined && own !== null && y < own;
  });
}

