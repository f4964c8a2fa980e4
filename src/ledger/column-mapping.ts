/**
 * Which column holds which field. Exports differ between accounting packages, so the header row is found
 * among the first rows and its cells matched against synonyms (data/ledger/header-synonyms.json); a mapping
 * the user gives (field → header text, or 1-based column number) wins and is remembered per department.
 */
import { FIELD_LABEL, LEDGER_FIELDS, type LedgerField, REQUIRED_FIELDS } from './entry.ts';
import type { AnalysisGroups, HeaderSynonyms } from './rule-data.ts';
import { isPageInfoCell } from '../reference/row-kinds.ts';
import { type BookSide, type BookSideWords, type HeaderSides, headerSides } from './book-sides.ts';

/** A user's mapping: field → header text as it appears in the file, or a 1-based column number. */
export type ColumnMapping = Partial<Record<LedgerField, string | number>>;

export interface ResolvedColumns {
  /** 0-based index of the header row in the file. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  /** field → 0-based column index. */
  readonly columns: Partial<Record<LedgerField, number>>;
  /** A 多栏账's analysis columns (one per economic class), when the file has no economic-class column. */
  readonly analysis?: AnalysisColumns;
  /**
   * 平行记账 on one row (book-sides.ts): the columns of each side's account and amounts. `columns` gives the entry's
   * account and amounts from the budget side; a row with the financial side alone is no entry.
   */
  readonly sides?: BookSideColumns;
}

/** The book columns (account, amounts) of the two sides of a 平行记账 row, and the side words as printed. */
export interface BookSideColumns {
  readonly budget: readonly number[];
  readonly financial: readonly number[];
  readonly printed: Readonly<Record<BookSide, string>>;
}

/** The columns of a 多栏账 group header (借方金额分析 over 30201办公费, 30202印刷费 …). */
export interface AnalysisColumns {
  /** The group header as printed (借方金额分析; 借方金额分析/贷方金额分析 when a 借贷多栏账 has both). */
  readonly group: string;
  /** `credit`: a column of a 贷方 group (贷方金额分析), whose amounts reduce spending. */
  readonly columns: readonly { readonly index: number; readonly header: string; readonly economicCode: string; readonly credit?: true }[];
}

/** How a 多栏账 is recognised (its groups, from the rule data) and its sub-columns named. */
export interface AnalysisOptions extends AnalysisGroups {
  /** A sub-column's header to its economic code, or why it names none (Chinese). */
  readonly classOf: (header: string) => { readonly code: string } | { readonly error: string };
}

/**
 * The spans of a group header on the upper of two header rows: each cell equal to a group word, with the cells
 * to its right that are empty (CSV) or repeat it (merged cells), where the lower row names a sub-column.
 * A group spanning every column is a title, not a group.
 */
function analysisSpans(
  upper: readonly string[],
  lower: readonly string[],
  options: AnalysisOptions,
  synonyms: HeaderSynonyms,
): Spans | undefined {
  const words = new Set(options.groups.map(normalizeHeader));
  const creditWords = new Set(options.creditGroups.map(normalizeHeader));
  const ends = new Set([...options.otherColumns, ...Object.values(synonyms).flat()].map(normalizeHeader));
  const width = Math.max(upper.length, lower.length);
  const indices: number[] = [];
  const credit: number[] = [];
  const names: string[] = [];
  for (let i = 0; i < width; i++) {
    const u = normalizeHeader(upper[i] ?? '');
    const isCredit = creditWords.has(u);
    if (!words.has(u) && !isCredit) continue;
    const name = (upper[i] ?? '').trim();
    const before = indices.length;
    for (let j = i; j < width; j++) {
      const above = normalizeHeader(upper[j] ?? '');
      if (j > i && above !== '' && above !== u) break;
      const below = (lower[j] ?? '').trim();
      // Under an empty upper cell (a CSV prints the group once) the span ends at an empty cell or at a fixed
      // column after the group (方向, 余额): a sub-column that names no class stays in it, to be reported.
      if (j > i && above === '' && (below === '' || ends.has(normalizeHeader(below)))) break;
      if (below !== '' && normalizeHeader(below) !== u) {
        indices.push(j);
        if (isCredit) credit.push(j);
      }
      i = j;
    }
    if (indices.length > before && !names.includes(name)) names.push(name);
  }
  // A title that happens to read 支出明细 over an ordinary header is no group: a group names at least one class.
  if (!indices.some((i) => !credit.includes(i) && !('error' in options.classOf((lower[i] ?? '').trim())))) return undefined;
  const outside = Array.from({ length: width }, (_, i) => i).filter((i) => !indices.includes(i) && (lower[i] || upper[i] || '').trim() !== '');
  return outside.length > 0 ? { group: names.join('/'), indices, credit } : undefined;
}

/** How many header rows below a 多栏账's group row are read as one (借方金额分析 over 类 over 编码 over 名称 …). */
const MAX_HEADER_DEPTH = 6;

/** The economic class code a header cell begins with (302 of `302 商品和服务支出`, 30201 of `[30201]办公费`). */
const LEADING_CLASS_CODE = /^[[【(（]?([35]\d{2}(?:\d{2})?)(?!\d)/u;

/** A header cell's digits may only be an economic class's code (30217, [302], 30217公务接待费): any other is a data cell's. */
const HEADER_CODE_CELL = /^[[【(（]?[35]\d{2}(?:\d{2})?[\]】)）]?[^\d]*$/u;

/**
 * A 多栏账 header deeper than two rows: below the row holding the group cell (借方金额分析), rows that only go on
 * naming columns — a row of 类 merged over their classes (301 工资福利支出), a row of class codes (30101), a row of class
 * names (基本工资) — while the fixed columns stand merged down (or empty, or a header word such as 月 | 日). Read as one
 * lower row: under the group, each column's own cells joined top to bottom (30101 基本工资), leaving out a row whose
 * cells each span several columns (the 类 row, merged or printed once over empty cells); elsewhere the lowest cell.
 * Undefined when the header has no more than two rows (the pair is read as it always was). `depth` is how many rows
 * below the group row belong to the header.
 */
function deepAnalysisHeader(
  rows: readonly (readonly string[])[],
  r: number,
  options: AnalysisOptions,
  synonyms: HeaderSynonyms,
): { lower: string[]; depth: number } | undefined {
  const upper = rows[r] ?? [];
  const groupWords = new Set([...options.groups, ...options.creditGroups].map(normalizeHeader));
  // The columns under a group cell: those repeating it (merged) or empty after it (a CSV prints it once).
  const region = new Set<number>();
  const below = rows.slice(r + 1, r + 1 + MAX_HEADER_DEPTH);
  const width = Math.max(upper.length, ...below.map((row) => row.length));
  for (let i = 0; i < upper.length; i++) {
    const u = normalizeHeader(upper[i] ?? '');
    if (!groupWords.has(u)) continue;
    region.add(i);
    let j = i + 1;
    for (; j < width; j++) {
      const above = normalizeHeader(upper[j] ?? '');
      if (above !== '' && above !== u) break;
      region.add(j);
    }
    i = j - 1;
  }
  if (region.size === 0) return undefined;
  const words = new Set(
    [...Object.values(synonyms).flat(), ...options.otherColumns, ...options.totalColumns].map(normalizeHeader),
  );
  const headerLike = (row: readonly string[], prev: readonly string[]): boolean =>
    [...region].some((i) => (row[i] ?? '').trim() !== '') &&
    row.every((cell, i) => {
      const c = normalizeHeader(cell ?? '');
      if (c === '') return true;
      if (/[:：]/u.test(c) || (/\d/u.test(c) && !HEADER_CODE_CELL.test(c))) return false;
      return region.has(i) || c === normalizeHeader(prev[i] ?? '') || words.has(c);
    });
  let depth = 0;
  while (depth < MAX_HEADER_DEPTH && r + depth + 1 < rows.length && headerLike(rows[r + depth + 1]!, rows[r + depth]!)) depth++;
  if (depth < 2) return undefined;
  const stack = below.slice(0, depth);
  const regionCells = (row: readonly string[]) => [...region].map((i) => (row[i] ?? '').trim()).filter((c) => c !== '');
  const last = stack[stack.length - 1]!;
  const finest = new Set(regionCells(last)).size;
  const cols = [...region].sort((a, b) => a - b);
  const cell = (row: readonly string[], i: number) => (row[i] ?? '').trim();
  const codeOf = (text: string) => LEADING_CLASS_CODE.exec(normalizeHeader(text))?.[1];
  // A row of groups over the classes (the 类 row), left out of each column's name: its cells span several columns
  // (merged: one text over two columns the lowest row tells apart; or printed once over empty cells, so the row names
  // at most half as many columns as the lowest row), or each is a 类 code over a longer code a lower row gives its column
  // (302 商品和服务支出 over 30201, one class under it).
  const grouping = stack.map((row, k) => {
    if (k === stack.length - 1) return false;
    if (new Set(regionCells(row)).size * 2 <= finest) return true;
    const merged = cols.some((i) => {
      const j = i + 1;
      return region.has(j) && cell(row, i) !== '' && cell(row, i) === cell(row, j) && cell(last, i) !== '' && cell(last, j) !== '' && cell(last, i) !== cell(last, j);
    });
    if (merged) return true;
    const filled = cols.filter((i) => cell(row, i) !== '');
    return (
      filled.length > 0 &&
      filled.every((i) => {
        const code = codeOf(cell(row, i));
        return code !== undefined && stack.slice(k + 1).some((below) => {
          const finer = codeOf(cell(below, i));
          return finer !== undefined && finer.length > code.length && finer.startsWith(code);
        });
      })
    );
  });
  const lower = Array.from({ length: width }, (_, i) => {
    const cells = stack.map((row) => (row[i] ?? '').trim());
    if (!region.has(i)) return cells.filter((c) => c !== '').at(-1) ?? '';
    const parts: string[] = [];
    cells.forEach((c, k) => {
      if (c === '' || grouping[k] || parts.some((p) => normalizeHeader(p).includes(normalizeHeader(c)))) return;
      parts.push(c);
    });
    return parts.join(' ');
  });
  return { lower, depth };
}

/** A header that is an economic class's code (部门 3xx or 政府 5xx, 类 or 款) followed by its name (30201办公费). */
const CLASS_HEADER = /^[[【(（]?([35]\d{2}(?:\d{2})?)[\]】)）]?[-－_.、:：]?[^\d\s\-－_.、:：]/;

/**
 * A 多栏账 printed without a group header (one header row: …借方, 贷方, 30201办公费, 30217公务接待费 …): at least two
 * cells that are a class's code and name are its analysis columns.
 */
function bareAnalysisSpans(headers: readonly string[]): Spans | undefined {
  const indices = headers.flatMap((h, i) => (CLASS_HEADER.test(normalizeHeader(h)) ? [i] : []));
  return indices.length >= 2 ? { group: '经济分类栏', indices, credit: [] } : undefined;
}

/** The analysis columns found on two header rows: all of them, and those of a 贷方 group. */
interface Spans {
  readonly group: string;
  readonly indices: readonly number[];
  readonly credit: readonly number[];
}

/** Per field, header words that rule a column out when its header only contains a synonym (data/ledger/header-synonyms.json notContaining). */
export type HeaderExclusions = Partial<Record<LedgerField, readonly string[]>>;

/**
 * The file's columns could not be read. `message` is the command line's (it may name --mapping); `webMessage`,
 * when given, says the same to the web app's user, who maps columns on the import page or renames the headers.
 */
export class MappingError extends Error {
  override name = 'MappingError';
  constructor(
    message: string,
    readonly webMessage?: string,
  ) {
    super(message);
  }
}

/** How far down a title block may push the header row. */
export const HEADER_SEARCH_ROWS = 30;

/** Header text compared without spaces, full-width forms or a unit suffix such as （元）. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[([]?(?:单位[:：]?)?(?:万元|元)[)\]]?$/, '')
    // The mark of a required column (*摘要, 摘要*), before or after the name.
    .replace(/^\*|\*$/g, '');
}

/**
 * A header compared with the headers of a combined date-and-voucher column (header-synonyms.json dateVoucher): normalised,
 * and without the connectors and brackets a header may put between its two words (日期/凭证号, 日期及凭证号, 日期（凭证号）).
 */
export function combinedHeaderKey(text: string): string {
  return normalizeHeader(text).replace(/[/\\、,，及和与&+\-－—_|·・()（）[\]【】]/gu, '');
}

/**
 * Whether the date and the voucher come from one column (日期凭证号: 2024-03-05 记-12), each cell split by
 * src/ledger/date-voucher-cell.ts: a header of the data's dateVoucher list, or a mapping giving both fields one column.
 */
export function isDateVoucherColumn(columns: Partial<Record<LedgerField, number>>): boolean {
  return columns.date !== undefined && columns.date === columns.voucher;
}

function matchColumns(
  headers: readonly string[],
  synonyms: HeaderSynonyms,
  mapping: ColumnMapping,
  exclusions: HeaderExclusions,
  exactOnly: ReadonlySet<string>,
  dateVoucher: ReadonlySet<string>,
): { columns: Partial<Record<LedgerField, number>>; unknownMapped: string[] } {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const columns: Partial<Record<LedgerField, number>> = {};
  const unknownMapped: string[] = [];
  for (const field of LEDGER_FIELDS) {
    const wanted = mapping[field];
    if (wanted === undefined) continue;
    const index =
      typeof wanted === 'number' ? wanted - 1 : normalized.indexOf(normalizeHeader(wanted));
    if (index < 0 || index >= headers.length) {
      unknownMapped.push(`${FIELD_LABEL[field]}→${String(wanted)}`);
      continue;
    }
    columns[field] = index;
    taken.add(index);
  }
  // A column of date and voucher in one cell (日期凭证号) is both fields, unless a mapping names either; read before the
  // fields one by one, else its header would give the date alone (it contains 日期).
  if (dateVoucher.size > 0 && [mapping.date, mapping.voucher, mapping.month, mapping.day].every((m) => m === undefined)) {
    const index = headers.findIndex((h, i) => !taken.has(i) && dateVoucher.has(combinedHeaderKey(h)));
    if (index >= 0) {
      columns.date = index;
      columns.voucher = index;
      taken.add(index);
    }
  }
  // Exact synonyms first for every field, then containment, so 项目名称 never steals the 项目编码 column.
  for (const exact of [true, false]) {
    for (const field of LEDGER_FIELDS) {
      if (columns[field] !== undefined) continue;
      const excluded = exclusions[field] ?? [];
      for (const synonym of synonyms[field]) {
        const s = normalizeHeader(synonym);
        if (!exact && exactOnly.has(s)) continue;
        const index = normalized.findIndex(
          (h, i) =>
            !taken.has(i) &&
            h !== '' &&
            (exact ? h === s : s.length >= 2 && h.includes(s) && !excluded.some((w) => h.includes(w))),
        );
        if (index >= 0) {
          columns[field] = index;
          taken.add(index);
          break;
        }
      }
    }
  }
  // A 功能科目名称 column with no code column beside it holds the code (2010301 行政运行): it is the function column.
  if (columns.functionCode === undefined && columns.functionName !== undefined && mapping.functionName === undefined) {
    columns.functionCode = columns.functionName;
    delete columns.functionName;
  }
  // A 凭证字 column with no number column beside it holds the whole voucher (记-16): it is the voucher column.
  if (columns.voucher === undefined && columns.voucherType !== undefined && mapping.voucherType === undefined) {
    columns.voucher = columns.voucherType;
    delete columns.voucherType;
  }
  return { columns, unknownMapped };
}

/**
 * Find the header row and map columns. Throws MappingError naming the missing fields and the headers seen,
 * so the user can write a --mapping.
 */
export function resolveColumns(
  rows: readonly (readonly string[])[],
  synonyms: HeaderSynonyms,
  mapping: ColumnMapping = {},
  exclusions: HeaderExclusions = {},
  analysisOptions?: AnalysisOptions,
  /** Fields the file's section rows give (功能科目：[2050803]培训支出 over its entries): not required as a column. */
  sectionFields: ReadonlySet<LedgerField> = new Set(),
  /** Normalised synonyms matched only when a header equals them (科目: never 对方科目). */
  exactOnly: ReadonlySet<string> = new Set(),
  /** Normalised lower-row words that qualify the column above them (原币, 本位币): read as 借方本位币. */
  subColumns: ReadonlySet<string> = new Set(),
  /** Headers of a combined date-and-voucher column, as combinedHeaderKey gives them (日期凭证号). */
  dateVoucher: ReadonlySet<string> = new Set(),
  /** The side words of a 平行记账 header on one row (财务会计 | 预算会计). */
  bookSides?: BookSideWords,
): ResolvedColumns {
  let best: ResolvedColumns | undefined;
  let bestScore = 0;
  let bestUnknown: string[] = [];
  let bestSpans: Spans | undefined;
  const joinedHeaders: { headerRow: number; headers: readonly string[]; spans?: Spans }[] = [];
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    // A header printed on two rows (a group cell such as 辅助核算 or 金额 over 功能分类/经济分类 or 借方/贷方)
    // is read as one: each column's lower cell, or the upper one where the lower is empty.
    const upper = rows[r] ?? [];
    // A 多栏账 header of more than two rows is read as its group row over one lower row that stands for the rest.
    // (Only where the rows read so name analysis columns: else the pair is read as before.)
    const deepFound = analysisOptions && deepAnalysisHeader(rows, r, analysisOptions, synonyms);
    const deep = deepFound && analysisSpans(upper, deepFound.lower, analysisOptions!, synonyms) ? deepFound : undefined;
    const lower = deep ? deep.lower : rows[r + 1];
    const lowerRow = r + (deep ? deep.depth : 1);
    const candidates: { headerRow: number; headers: readonly string[]; spans?: Spans; blank?: readonly number[]; qualified?: true }[] = [];
    if (lower?.some((c) => c.trim() !== '') && upper.some((c) => c.trim() !== '')) {
      const width = Math.max(upper.length, lower.length);
      // A lower cell that qualifies the column above it (借方 over 原币 | 本位币) is read with it: 借方本位币; such a
      // lower row belongs to the header, whatever the upper row maps alone.
      let qualified = false;
      // An upper row of one filled cell is a title (明细分类账), no group cell: it qualifies nothing below it.
      const titleOnly = upper.filter((c) => c.trim() !== '').length === 1;
      const merged = Array.from({ length: width }, (_, i) => {
        const below = (lower[i] ?? '').trim();
        // A title row's 金额单位：元 or 期间：… above the header names no column (金额单位：元 would read as 金额).
        if (below === '') return isPageInfoCell(upper[i] ?? '') ? '' : (upper[i] ?? '');
        if (!subColumns.has(normalizeHeader(below))) return lower[i]!;
        // Under an empty upper cell, the group cell it continues (余额 over 方向 | 金额, printed once in a CSV or a
        // merged cell): the nearest upper cell to the left over which every cell between has a lower cell.
        let group = i;
        while (group > 0 && (upper[group] ?? '').trim() === '' && (lower[group] ?? '').trim() !== '') group--;
        const over = (upper[group] ?? '').trim();
        // (A title row's 金额单位：元 above a 金额 column qualifies nothing: a header word carries no colon and value.)
        if (over === '' || titleOnly || (lower[group] ?? '').trim() === '' || /[:：]/u.test(over)) return lower[i]!;
        qualified = true;
        return `${over}${below}`;
      });
      // A 多栏账: the group's sub-columns are classes, never a field's column; read alone, its upper row's group
      // cells (借方金额分析) are no field's header either.
      const spans = analysisOptions && analysisSpans(upper, lower, analysisOptions, synonyms);
      candidates.push({ headerRow: r, headers: upper, ...(spans ? { blank: spans.indices } : {}) });
      candidates.push({ headerRow: lowerRow, headers: merged, ...(spans ? { spans, blank: spans.indices } : {}), ...(qualified ? { qualified: true as const } : {}) });
      // A group cell merged over its sub-columns names them with it (凭证 over 日期 | 号数: 凭证日期, 凭证号数): read so
      // only where no header found otherwise has every required column (below). The group spans the empty upper cells
      // after it that have a lower cell.
      // (A lower row with a digit or a colon is a data or section row, never header words.)
      // A 多栏账's fixed columns may be grouped so too (凭证 over 字 | 号 beside 借方金额分析 over its classes): its
      // analysis columns are left as they are.
      const inSpans = (i: number) => spans?.indices.includes(i) === true;
      if (!lower.some((c, i) => !inSpans(i) && /[\d:：]/u.test(c))) {
        const words = new Set(Object.values(synonyms).flat().map(normalizeHeader));
        let group = '';
        let joined = false;
        const withGroup = Array.from({ length: width }, (_, i) => {
          if (inSpans(i)) {
            group = '';
            return lower[i]!;
          }
          const below = (lower[i] ?? '').trim();
          const above = (upper[i] ?? '').trim();
          if (above !== '') group = below === '' ? '' : above;
          else if (below === '') group = '';
          // A cell merged down over both rows (日期 | 日期) names its column once.
          // A lower word that names a column by itself (金额 over 借方 | 贷方) stays itself.
          if (below === '' || group === '' || below === above || words.has(normalizeHeader(below))) return below === '' ? (upper[i] ?? '') : lower[i]!;
          joined = true;
          return `${group}${below}`;
        });
        if (joined) joinedHeaders.push({ headerRow: lowerRow, headers: withGroup, ...(spans ? { spans } : {}) });
      }
    } else {
      candidates.push({ headerRow: r, headers: upper });
    }
    for (const candidate of candidates) {
      const { headerRow, headers } = candidate;
      const spans = candidate.spans ?? (analysisOptions && !candidate.blank ? bareAnalysisSpans(headers) : undefined);
      const blank = candidate.blank ?? spans?.indices;
      const matched = blank ? headers.map((h, i) => (blank.includes(i) ? '' : h)) : headers;
      const { columns, unknownMapped } = matchColumns(matched, synonyms, mapping, exclusions, exactOnly, dateVoucher);
      // The analysis columns stand in for the economic class when the file has no column for it.
      const usesSpans = spans !== undefined && columns.economicCode === undefined;
      const score = Object.keys(columns).length - unknownMapped.length + (usesSpans ? 1 : 0) + (candidate.qualified ? 1 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = { headerRow, headers, columns };
        bestUnknown = unknownMapped;
        bestSpans = usesSpans ? spans : undefined;
      }
    }
  }
  if (!best) {
    throw new MappingError(
      `前 ${Math.min(rows.length, HEADER_SEARCH_ROWS)} 行中找不到表头行（需要日期、凭证号、摘要、金额等列） / no header row found in the first ${HEADER_SEARCH_ROWS} rows`,
    );
  }
  if (bestUnknown.length > 0) {
    throw new MappingError(
      `列映射中的列在表头中不存在：${bestUnknown.join('、')} / mapped columns not found in the header`,
    );
  }
  if (bestSpans && analysisOptions) best = { ...best, analysis: analysisColumns(best.headers, bestSpans, analysisOptions, best.headerRow) };
  else if (bookSides) best = withBookSides(best, rows, bookSides, synonyms, mapping, exclusions, exactOnly, dateVoucher);
  // 借方/贷方 columns stand in for a single 金额 column.
  const hasAmount = (c: ResolvedColumns['columns']) => c.amount !== undefined || c.debit !== undefined || c.credit !== undefined;
  // 月 and 日 columns (a 明细账 printed by month) stand in for a date column; the year is the fiscal year.
  const hasDate = (c: ResolvedColumns['columns']) => c.date !== undefined || (c.month !== undefined && c.day !== undefined);
  // A 会计科目 column stands in for the economic class when the class is its last digits (7101010130231).
  const missingOf = (found: ResolvedColumns) =>
    REQUIRED_FIELDS.filter((f) =>
      sectionFields.has(f)
        ? false
        : f === 'amount'
          ? !hasAmount(found.columns) && found.analysis === undefined
          : f === 'date'
            ? !hasDate(found.columns)
            : f === 'economicCode'
              ? found.columns.economicCode === undefined && found.columns.account === undefined && found.analysis === undefined
              : // A 多栏账 analysed by economic class (a township's 7101) often prints no function column: its entries
                // are imported without one and the import says so (parse-entries.ts NO_FUNCTION).
                f === 'functionCode'
                ? found.columns.functionCode === undefined && found.analysis === undefined
                : found.columns[f] === undefined,
    );
  let missing = missingOf(best);
  // A header on two rows whose upper row alone maps every field (功能科目 | 经济科目 over 编码 | 名称): a workbook's cells
  // merged over their sub-columns, saved as CSV, print once, the cells beside and below them empty. The lower row is
  // the header's, not an entry (its 日期 cell is empty): the columns stay as the upper row names them.
  const lowerOfBest = rows[best.headerRow + 1] ?? [];
  if (missing.length === 0 && !best.analysis && !lowerOfBest.some((c) => /[\d:：]/u.test(c)) && mergedGroupRow(rows[best.headerRow] ?? [], lowerOfBest)) {
    best = { ...best, headerRow: best.headerRow + 1 };
  }
  // A header on two rows whose group cell names its sub-columns (凭证 over 日期 | 号数), read together.
  for (const joined of missing.length > 0 ? joinedHeaders.filter((j) => !best!.analysis || j.spans) : []) {
    const blank = joined.spans?.indices;
    const matched = blank ? joined.headers.map((h, i) => (blank.includes(i) ? '' : h)) : joined.headers;
    const { columns, unknownMapped } = matchColumns(matched, synonyms, mapping, exclusions, exactOnly, dateVoucher);
    const analysis =
      joined.spans && analysisOptions && columns.economicCode === undefined ? analysisColumns(joined.headers, joined.spans, analysisOptions, joined.headerRow) : undefined;
    const found: ResolvedColumns = { headerRow: joined.headerRow, headers: joined.headers, columns, ...(analysis ? { analysis } : {}) };
    if (unknownMapped.length === 0 && missingOf(found).length === 0) {
      best = found;
      missing = [];
      break;
    }
  }
  if (missing.length > 0) {
    // A book printing only the running balance (借或贷 | 余额) states no entry's amount: the balance is not one.
    const balanceOnly = missing.includes('amount') && best.headers.some((h) => normalizeHeader(h).includes('余额'));
    const zh =
      `找不到必需的列：${missing.map((f) => `${FIELD_LABEL[f]}(${f})`).join('、')}；表头（第${best.headerRow + 1}行）为：${best.headers.join('|')}` +
      (balanceOnly ? '；余额列不是发生额，请导出带借方/贷方（或金额）发生额列的明细账' : '');
    const en = (hint: string) =>
      ` / required columns missing (${missing.join(', ')}); ${hint}` +
      (balanceOnly ? '; a balance column is no amount: export the ledger with its debit/credit (or amount) columns' : '');
    const labels = missing.map((f) => `“${FIELD_LABEL[f]}”`).join('、');
    throw new MappingError(
      zh + en(`give --mapping '{"${missing[0]}":"列名"}'`),
      // The web page maps columns of a CSV file (its 列对应); a workbook's headers are renamed in the file.
      `${zh}；CSV 文件可在导入页的“列对应”中为${labels}选择列，其他文件请把表头改为${labels}后重新导入` +
        en('choose the columns under 列对应 (CSV) or rename the headers'),
    );
  }
  return best;
}

/**
 * Whether a row of words under a header row is the sub-columns of merged group cells printed once (功能科目 | '' over
 * 编码 | 名称): every filled lower cell stands under a filled upper cell, or right of one over a run of filled lower
 * cells, and at least one group spans an empty upper cell. (A data row's 摘要 under 摘要 spans nothing.)
 */
function mergedGroupRow(upper: readonly string[], lower: readonly string[]): boolean {
  const filled = (cells: readonly string[], i: number) => (cells[i] ?? '').trim() !== '';
  let spans = false;
  for (let i = 0; i < lower.length; i++) {
    if (!filled(lower, i)) continue;
    let group = i;
    while (group >= 0 && !filled(upper, group)) {
      if (!filled(lower, group)) return false;
      group--;
    }
    if (group < 0) return false;
    if (group < i) spans = true;
  }
  return spans;
}

/**
 * A header with a 财务会计 and a 预算会计 side (book-sides.ts): the entry's account and amounts are read from the budget
 * side, the financial side's only to tell the rows that have it alone. The side words stand on one of the two rows above
 * the header's lowest row, or in the columns' own headers. Precondition: each side has an amount column of its own;
 * else the header is read as it was. A field the user's mapping names stays where the mapping puts it.
 */
function withBookSides(
  found: ResolvedColumns,
  rows: readonly (readonly string[])[],
  words: BookSideWords,
  synonyms: HeaderSynonyms,
  mapping: ColumnMapping,
  exclusions: HeaderExclusions,
  exactOnly: ReadonlySet<string>,
  dateVoucher: ReadonlySet<string>,
): ResolvedColumns {
  const groupRowsAbove = (headerRow: number) => [headerRow - 1, headerRow - 2].filter((r) => r >= 0).map((r) => rows[r] ?? []);
  let sides = bookSideFields(found.headers, groupRowsAbove(found.headerRow), words, synonyms, exclusions, exactOnly);
  if (sides === undefined) return found;
  let headerRow = found.headerRow;
  let headers = found.headers;
  // A header one row deeper (财务会计 over 科目 | 发生额 over 编码 | 名称 | 借方 | 贷方): the row below the one read, all
  // words (no digit, no colon), names the sides' columns more finely — each column its lowest cell, joined to the one
  // above where the lowest alone names no field (科目 over 编码: 科目编码).
  const deeper = deeperHeader(found.headers, rows[headerRow + 1], synonyms);
  if (deeper !== undefined) {
    const finer = bookSideFields(deeper, [found.headers, ...groupRowsAbove(headerRow)], words, synonyms, exclusions, exactOnly);
    const count = (c: Partial<Record<LedgerField, number>>) => Object.keys(c).length;
    if (finer !== undefined && count(finer.budget) > count(sides.budget)) {
      sides = finer;
      headerRow += 1;
      headers = deeper;
    }
  }
  const { budget, financial } = sides;
  const book = new Set<LedgerField>(words.bookFields);
  const financialBook = new Set(Object.values(financial));
  // The row's other columns: the budget side's or the shared ones first (a 功能分类 under each side is the budget's),
  // then one under the financial side for a field found nowhere else.
  const { columns } = matchColumns(sides.bare.map((h, i) => (sides.side[i] === 'financial' ? '' : h)), synonyms, mapping, exclusions, exactOnly, dateVoucher);
  const used = new Set(Object.values(columns));
  const withFinancial = matchColumns(sides.bare.map((h, i) => (financialBook.has(i) ? '' : h)), synonyms, mapping, exclusions, exactOnly, dateVoucher).columns;
  for (const field of LEDGER_FIELDS) {
    const index = withFinancial[field];
    if (columns[field] !== undefined || book.has(field) || index === undefined || used.has(index)) continue;
    columns[field] = index;
    used.add(index);
  }
  for (const field of words.bookFields) {
    if (mapping[field] !== undefined) continue;
    if (budget[field] !== undefined) columns[field] = budget[field];
    else delete columns[field];
  }
  // A side is there on a row when its account or an amount is: a 方向 (of the running balance) may stand on every row.
  const present = (c: Partial<Record<LedgerField, number>>) =>
    [...new Set([c.account, c.debit, c.credit, c.amount].filter((i): i is number => i !== undefined))];
  return {
    headerRow,
    headers,
    columns,
    sides: { budget: present(budget), financial: present(financial), printed: sides.printed },
  };
}

/**
 * A header read one row deeper: `next`, when it is all words (no digit, no colon), names the columns more finely — each
 * column its lowest cell, joined to the one above where the lowest alone names no field (科目 over 编码: 科目编码).
 * Undefined when `next` is no header row.
 */
export function deeperHeader(headers: readonly string[], next: readonly string[] | undefined, synonyms: HeaderSynonyms): string[] | undefined {
  if (!next?.some((c) => c.trim() !== '') || next.some((c) => /[\d:：]/u.test(c))) return undefined;
  const fieldWords = new Set(Object.values(synonyms).flat().map(normalizeHeader));
  return headers.map((h, i) => {
    const below = (next[i] ?? '').trim();
    if (below === '' || normalizeHeader(below) === normalizeHeader(h)) return h;
    return fieldWords.has(normalizeHeader(below)) ? below : `${h.trim()}${below}`;
  });
}

/**
 * The book columns (account, amounts, direction: `words.bookFields`) of each side of a 平行记账 header on one row, matched
 * by the fields' synonyms in each side's columns; `groupRows` are the header rows above `headers`, nearest first.
 * Undefined unless both sides are found and each has an amount column of its own.
 */
export function bookSideFields(
  headers: readonly string[],
  groupRows: readonly (readonly string[])[],
  words: BookSideWords,
  synonyms: HeaderSynonyms,
  exclusions: HeaderExclusions = {},
  exactOnly: ReadonlySet<string> = new Set(),
):
  | (HeaderSides & { readonly budget: Partial<Record<LedgerField, number>>; readonly financial: Partial<Record<LedgerField, number>> })
  | undefined {
  const book = new Set<LedgerField>(words.bookFields);
  const bookSynonyms = Object.fromEntries(LEDGER_FIELDS.map((f) => [f, book.has(f) ? synonyms[f] : []])) as unknown as HeaderSynonyms;
  const bookWords = new Set(words.bookFields.flatMap((f) => synonyms[f]).map(normalizeHeader));
  const sides = headerSides(headers, groupRows, words, normalizeHeader, (bare) => bookWords.has(normalizeHeader(bare)));
  if (sides === undefined) return undefined;
  const sideColumns = (side: BookSide) =>
    matchColumns(sides.bare.map((h, i) => (sides.side[i] === side ? h : '')), bookSynonyms, {}, exclusions, exactOnly, new Set()).columns;
  const budget = sideColumns('budget');
  const financial = sideColumns('financial');
  const hasAmount = (c: Partial<Record<LedgerField, number>>) => c.debit !== undefined || c.credit !== undefined || c.amount !== undefined;
  if (!hasAmount(budget) || !hasAmount(financial)) return undefined;
  return { ...sides, budget, financial };
}

/**
 * Name each analysis column's class. Throws MappingError naming every sub-column that is no class (an unknown
 * name, a name shared by several classes) and every class printed twice, since amounts under them could not be
 * told apart.
 */
function analysisColumns(
  headers: readonly string[],
  spans: Spans,
  options: AnalysisOptions,
  /** 0-based row the column names were read from (the lowest header row). */
  headerRow: number,
): AnalysisColumns {
  const totals = new Set(options.totalColumns.map(normalizeHeader));
  const columns: { index: number; header: string; economicCode: string; credit?: true }[] = [];
  const problems: string[] = [];
  /** Per class (and side), the first column that names it: its 1-based number and header. */
  const seen = new Map<string, { column: number; header: string }>();
  const twiceClasses: string[] = [];
  for (const index of spans.indices) {
    const header = (headers[index] ?? '').trim();
    if (totals.has(normalizeHeader(header))) continue;
    const named = options.classOf(header);
    if ('error' in named) {
      problems.push(`第${index + 1}列“${header}”${named.error}`);
      continue;
    }
    // A class once on each side of a 借贷多栏账 is two columns; twice on one side, the amounts could not be told apart.
    const credit = spans.credit.includes(index);
    const key = `${credit ? '贷' : '借'}${named.code}`;
    const twice = seen.get(key);
    if (twice !== undefined) {
      twiceClasses.push(named.code);
      problems.push(`第${index + 1}列“${header}”与第${twice.column}列“${twice.header}”是同一经济分类 ${named.code}`);
      continue;
    }
    seen.set(key, { column: index + 1, header });
    columns.push({ index, header, economicCode: named.code, ...(credit ? { credit: true as const } : {}) });
  }
  if (problems.length > 0) {
    // Columns named only by a 类 (301 工资福利支出 over several columns): a row of groups read as the columns' names,
    // the rows naming each column (codes, names) not found right below it.
    const classOnly = twiceClasses.length > 0 && twiceClasses.every((c) => c.length === 3);
    const hint = classOnly
      ? `这些列名只写到“类”（${[...new Set(twiceClasses)].join('、')}），同类的各栏无法区分：请在各栏写明经济分类编码（如“30201办公费”）；表头有多行时，各栏的编码行或名称行须紧接在类所在行之下，中间不能有其他行`
      : '请在列名中写明经济分类编码（如“30201办公费”）';
    throw new MappingError(
      `多栏账“${spans.group}”下的列（表头第${headerRow + 1}行）无法对应经济分类：${problems.join('；')}。${hint}` +
        ` / analysis columns of "${spans.group}" that name no single economic class`,
    );
  }
  return { group: spans.group, columns };
}
