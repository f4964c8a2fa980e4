/**
 * Which column holds which field. Exports differ between accounting packages, so the header row is found
 * among the first rows and its cells matched against synonyms (data/ledger/header-synonyms.json); a mapping
 * the user gives (field → header text, or 1-based column number) wins and is remembered per department.
 */
import { FIELD_LABEL, LEDGER_FIELDS, type LedgerField, REQUIRED_FIELDS } from './entry.ts';
import type { HeaderSynonyms } from './rule-data.ts';

/** A user's mapping: field → header text as it appears in the file, or a 1-based column number. */
export type ColumnMapping = Partial<Record<LedgerField, string | number>>;

export interface ResolvedColumns {
  /** 0-based index of the header row in the file. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  /** field → 0-based column index. */
  readonly columns: Partial<Record<LedgerField, number>>;
  /**
   * A 多栏明细账 (借方金额分析 one column per economic class, `30201办公费` …) with no economic-class column: each entry's
   * class is the column its amount stands in.
   */
  readonly analysis?: readonly { readonly index: number; readonly code: string }[];
}

/** An analysis column's header: an economic class's code (部门 3xx or 政府 5xx, 类 or 款) followed by its name. */
const ANALYSIS_HEADER = /^[[【(（]?([35]\d{2}(?:\d{2})?)[\]】)）]?[-－_.、:：]?[^\d\s-－_.、:：]/;

/** The economic-class analysis columns of a header (at least two, or none). */
export function analysisColumns(headers: readonly string[]): { index: number; code: string }[] {
  const found = headers.flatMap((h, index) => {
    const code = ANALYSIS_HEADER.exec(normalizeHeader(h))?.[1];
    return code ? [{ index, code }] : [];
  });
  return found.length >= 2 ? found : [];
}

/** Per field, header words that rule a column out when its header only contains a synonym (data/ledger/header-synonyms.json notContaining). */
export type HeaderExclusions = Partial<Record<LedgerField, readonly string[]>>;

export class MappingError extends Error {
  override name = 'MappingError';
}

/** How far down a title block may push the header row. */
export const HEADER_SEARCH_ROWS = 30;

/** Header text compared without spaces, full-width forms or a unit suffix such as （元）. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[([]?(?:单位[:：]?)?(?:万元|元)[)\]]?$/, '')
    .replace(/\*$/, '');
}

function matchColumns(
  headers: readonly string[],
  synonyms: HeaderSynonyms,
  mapping: ColumnMapping,
  exclusions: HeaderExclusions,
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
  // Exact synonyms first for every field, then containment, so 项目名称 never steals the 项目编码 column.
  for (const exact of [true, false]) {
    for (const field of LEDGER_FIELDS) {
      if (columns[field] !== undefined) continue;
      const excluded = exclusions[field] ?? [];
      for (const synonym of synonyms[field]) {
        const s = normalizeHeader(synonym);
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
): ResolvedColumns {
  let best: ResolvedColumns | undefined;
  let bestScore = 0;
  let bestUnknown: string[] = [];
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    // A header printed on two rows (a group cell such as 辅助核算 or 金额 over 功能分类/经济分类 or 借方/贷方)
    // is read as one: each column's lower cell, or the upper one where the lower is empty.
    const upper = rows[r] ?? [];
    const lower = rows[r + 1];
    const candidates: { headerRow: number; headers: readonly string[] }[] = [{ headerRow: r, headers: upper }];
    if (lower?.some((c) => c.trim() !== '') && upper.some((c) => c.trim() !== '')) {
      const width = Math.max(upper.length, lower.length);
      const merged = Array.from({ length: width }, (_, i) => ((lower[i] ?? '').trim() !== '' ? lower[i]! : (upper[i] ?? '')));
      candidates.push({ headerRow: r + 1, headers: merged });
    }
    for (const { headerRow, headers } of candidates) {
      const { columns, unknownMapped } = matchColumns(headers, synonyms, mapping, exclusions);
      const score = Object.keys(columns).length - unknownMapped.length;
      if (score > bestScore) {
        bestScore = score;
        best = { headerRow, headers, columns };
        bestUnknown = unknownMapped;
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
  // 借方/贷方 columns stand in for a single 金额 column.
  const hasAmount = (c: ResolvedColumns['columns']) => c.amount !== undefined || c.debit !== undefined || c.credit !== undefined;
  // 月 and 日 columns (a 明细账 printed by month) stand in for a date column; the year is the fiscal year.
  const hasDate = (c: ResolvedColumns['columns']) => c.date !== undefined || (c.month !== undefined && c.day !== undefined);
  // A 会计科目 column stands in for the economic class when the class is its last digits (7101010130231).
  const missing = REQUIRED_FIELDS.filter((f) =>
    f === 'amount'
      ? !hasAmount(best.columns)
      : f === 'date'
        ? !hasDate(best.columns)
        : f === 'economicCode'
          ? best.columns.economicCode === undefined && best.columns.account === undefined && analysisColumns(best.headers).length === 0
          : best.columns[f] === undefined,
  );
  if (missing.length > 0) {
    throw new MappingError(
      `找不到必需的列：${missing.map((f) => `${FIELD_LABEL[f]}(${f})`).join('、')}；表头为：${best.headers.join('|')}` +
        ` / required columns missing (${missing.join(', ')}); give --mapping '{"${missing[0]}":"列名"}'`,
    );
  }
  if (best.columns.economicCode === undefined) {
    const analysis = analysisColumns(best.headers);
    if (analysis.length > 0) return { ...best, analysis };
  }
  return best;
}
