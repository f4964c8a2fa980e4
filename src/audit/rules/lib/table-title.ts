/**
 * The title a table stands under, read up from its first row: past its unit caption (单位：万元, 公开03表, 附表3 金额单位：元)
 * and the header lines the reader left above the first row without cell separators (科目编码 / （类/款/项） / 收入 支出), to
 * the nearest short line ending in 表. A number set after the title (收入支出决算总表（表1）) is dropped.
 */

import { SEARCH_WINDOWS } from '../../config.ts';

/** Lines read up from a table to its title: the caption and up to four header lines left above the first row. */
const TITLE_WINDOW = SEARCH_WINDOWS.tableTitleWindow;
/** The longest line taken for a title. */
const MAX_TITLE_CHARS = SEARCH_WINDOWS.tableTitleMax;
/** The table's number set after its title: 收入支出决算总表（表1）, …决算表(附表3), …决算表（公开表2）. */
const TITLE_NUMBER_TAIL = /[（(](?:附表|公开表|表)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]$/;

/** The title above the table starting at `start` (without white space), or '' when none stands there. */
export function titleAbove(text: string, start: number): string {
  let end = start - 1;
  for (let guard = 0; guard < TITLE_WINDOW && end > 0; guard++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const raw = text.slice(from, end);
    const line = raw.replace(/\s+/g, '');
    end = from - 1;
    if (line === '' || /单位[:：]|^公开\d+表$/.test(line)) continue;
    const named = line.replace(TITLE_NUMBER_TAIL, '');
    if (line.length <= MAX_TITLE_CHARS && named.endsWith('表')) return named;
    // A header line left above the first row: short, no cell separator, no sentence. Anything else (a row of the
    // table before, prose) ends the search: no title.
    if (line.length > MAX_TITLE_CHARS || raw.includes('\t') || /[。；，]/.test(line)) return '';
  }
  return '';
}
