/**
 * Dates written with the year last, as a spreadsheet re-saved in an English locale writes them: 4/16/2019 (month
 * first, en-US) or 16/4/2019 (day first, en-GB). 4/5/2019 alone could be either, so the order is taken from the file:
 * a date whose first part is over 12 says day first, one whose second part is over 12 says month first. One locale
 * wrote the whole file, so every date column counts as evidence. A date is read only when its own parts or the file's
 * evidence settle the order; an ambiguous date in a file without evidence, or a file with evidence both ways, is an
 * error naming the cell — never a guess.
 */

/** 4/16/2019, 04/16/2019 0:00:00, 4/16/2019 12:00:00 AM: year last, four digits, slashes only. */
const YEAR_LAST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;

export type DayOrder = 'month-first' | 'day-first';

interface YearLast {
  readonly first: number;
  readonly second: number;
  readonly year: number;
}

function yearLast(text: string): YearLast | undefined {
  const m = YEAR_LAST.exec(text.normalize('NFKC').trim());
  return m ? { first: Number(m[1]), second: Number(m[2]), year: Number(m[3]) } : undefined;
}

/** The order this date's own parts prove, if any. */
function ownOrder(d: YearLast): DayOrder | undefined {
  if (d.first > 12 && d.second <= 12) return 'day-first';
  if (d.second > 12 && d.first <= 12) return 'month-first';
  return undefined;
}

/** What the file's year-last dates say about the order: one order with an example, both (a conflict), or nothing. */
export interface DayOrderEvidence {
  readonly order?: DayOrder;
  /** The first date proving each order seen. */
  readonly examples: Partial<Record<DayOrder, { readonly text: string; readonly row: number }>>;
}

export function dayOrderEvidence(cells: readonly { readonly text: string; readonly row: number }[]): DayOrderEvidence {
  const examples: Partial<Record<DayOrder, { text: string; row: number }>> = {};
  for (const c of cells) {
    const d = yearLast(c.text);
    const o = d && ownOrder(d);
    if (o && !examples[o]) examples[o] = { text: c.text.trim(), row: c.row };
  }
  const orders = Object.keys(examples) as DayOrder[];
  return orders.length === 1 ? { order: orders[0]!, examples } : { examples };
}

const iso = (y: number, m: number, d: number): string | undefined => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
};

const ORDER_ZH: Record<DayOrder, string> = { 'month-first': '月/日/年', 'day-first': '日/月/年' };

/**
 * A year-last date read by the file's order: `{ date }`, or `{ error }` (Chinese with English) when the order is not
 * settled or the date is not a calendar day; undefined when the text is not a year-last date at all.
 */
export function readYearLastDate(text: string, evidence: DayOrderEvidence): { date: string } | { error: string } | undefined {
  const d = yearLast(text);
  if (!d) return undefined;
  const { 'month-first': mf, 'day-first': df } = evidence.examples;
  if (mf && df) {
    return {
      error:
        `文件中的日期月、日顺序不一致（第${mf.row}行「${mf.text}」只能是月/日/年，第${df.row}行「${df.text}」只能是日/月/年），无法确定本日期；` +
        '请从资产系统按 YYYY-MM-DD 重新导出 / the file has dates month-first and day-first: the order is unknown',
    };
  }
  const order = ownOrder(d) ?? evidence.order;
  if (order === undefined) {
    const a = iso(d.year, d.first, d.second);
    const b = iso(d.year, d.second, d.first);
    const readings = [a, b].filter((x) => x !== undefined);
    if (readings.length === 0) return { error: '不是有效日期 / not a calendar date' };
    return {
      error:
        `日期可读作 ${[...new Set(readings)].join(' 或 ')}：文件中没有能判定月、日顺序的日期（如 4/16/2019 为月/日/年），` +
        '请从资产系统按 YYYY-MM-DD 重新导出，或在表格软件中把日期列设为 yyyy-mm-dd 格式后另存 / ambiguous date: month/day order unknown',
    };
  }
  const [month, day] = order === 'month-first' ? [d.first, d.second] : [d.second, d.first];
  const date = iso(d.year, month, day);
  return date ? { date } : { error: `按${ORDER_ZH[order]}不是有效日期 / not a calendar date` };
}

/** How the file's year-last dates were read, for a note on the import: `月/日/年（依据：第5行「4/16/2019」）`. */
export function dayOrderNote(evidence: DayOrderEvidence): string | undefined {
  if (!evidence.order) return undefined;
  const ex = evidence.examples[evidence.order]!;
  return `${ORDER_ZH[evidence.order]}（依据：第${ex.row}行「${ex.text}」）`;
}
