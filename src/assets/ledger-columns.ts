/**
 * The columns of an asset register spreadsheet: the header names accepted on import (as the asset systems
 * print them, and English) and the ones written on export. The lists are data: data/assets/register-columns.json.
 */
import { z } from 'zod';
import { InputError } from '../core/input-error.ts';
import { ASSET_STATUSES, type Asset, type AssetStatus } from './types.ts';
import { loadDataJson } from '../reference/data-json.ts';

export type AssetField = Exclude<keyof Asset, 'extra'>;

export interface LedgerColumn {
  readonly field: AssetField;
  /** The header written on export. */
  readonly header: string;
  /** Other headers accepted on import (compared after removing spaces and brackets' units). */
  readonly aliases: readonly string[];
  readonly required: boolean;
  /** When two columns name this field (存放地点 beside 坐落位置), the better-ranked one's empty cell is filled from the other. */
  readonly fillEmpty?: boolean;
  /**
   * When two columns name this field (使用状况 beside 资产状态), a word meaning 已处置 (disposed) in the other column makes
   * the card disposed, whatever the better-ranked column says; any other word there changes nothing (status only).
   */
  readonly disposedFromOther?: boolean;
}

const FIELDS = [
  'assetNumber', 'name', 'classCode', 'className', 'specification', 'unit', 'quantity', 'originalValue',
  'accumulatedDepreciation', 'netValue', 'acquiredOn', 'bookedOn', 'fundingSource', 'location', 'custodian',
  'departmentUnit', 'status', 'statusSince', 'labelCode',
] as const satisfies readonly AssetField[];

const schema = z.object({
  source: z.string().min(1),
  version: z.string().min(1),
  headerUnits: z.object({
    brackets: z.array(z.tuple([z.string().min(1), z.string().min(1)])).min(1),
    slashes: z.array(z.string().min(1)),
    units: z.array(z.string().min(1)).min(1),
    prefixes: z.array(z.string().min(1)),
  }),
  columns: z.array(
    z.object({
      field: z.enum(FIELDS),
      header: z.string().min(1),
      aliases: z.array(z.string().min(1)),
      required: z.boolean(),
      fillEmpty: z.boolean().optional(),
      disposedFromOther: z.boolean().optional(),
    }),
  ),
  statusAliases: z.object({
    groups: z.array(
      z.object({
        status: z.enum(ASSET_STATUSES as [AssetStatus, ...AssetStatus[]]),
        words: z.array(z.string().min(1)).min(1),
        reason: z.string().min(1),
      }),
    ),
    partSeparators: z.array(z.string().min(1)).optional(),
  }),
  attachmentRows: z
    .object({ labels: z.array(z.string().min(1)), header: z.string().min(1) })
    .optional(),
  countLines: z.object({ patterns: z.array(z.string().min(1)) }),
  movement: z.object({
    opening: z.array(z.string().min(1)).min(1),
    increase: z.array(z.string().min(1)).min(1),
    decrease: z.array(z.string().min(1)).min(1),
  }),
  amountAsValue: z.object({ unitPrice: z.array(z.string().min(1)).min(1), amount: z.array(z.string().min(1)).min(1) }),
  groupRows: z.object({
    classHeading: z.array(z.string().min(1)),
    note: z.array(z.string().min(1)),
    columnNumberLabels: z.array(z.string().min(1)),
    columnNumberLetters: z.array(z.string().min(1)),
    pageTotalAbout: z.string().optional(),
    pageTotal: z.array(z.string().min(1)).optional(),
  }),
  valueFromParts: z.object({
    rules: z.array(
      z.object({
        field: z.enum(['originalValue', 'accumulatedDepreciation', 'netValue']),
        parts: z.array(z.array(z.string().min(1)).min(1)).min(2),
      }),
    ),
    underGroup: z
      .array(z.object({ field: z.enum(['originalValue', 'accumulatedDepreciation', 'netValue']), partWords: z.array(z.string().min(1)).min(2) }))
      .optional(),
  }),
  twoDigitYears: z
    .object({ shapes: z.array(z.string().min(1)).min(1), anchorLabels: z.array(z.string().min(1)).min(1) })
    .optional(),
  fileFacts: z.object({ headers: z.array(z.string().min(1)) }).optional(),
  codedNames: z.object({
    fields: z.array(z.enum(FIELDS)),
    patterns: z.array(z.string().min(1)),
    minCodeLength: z.number().int().min(1),
    column: z.object({
      minShare: z.number().gt(0).max(1),
      minCells: z.number().int().min(1),
      oneCodeLength: z.boolean(),
    }),
    codeColumnSuffix: z.string().min(1),
  }),
  besideColumns: z
    .object({ rules: z.array(z.object({ field: z.enum(['originalValue', 'accumulatedDepreciation', 'netValue']), columns: z.array(z.array(z.string().min(1)).min(1)).min(2) })) })
    .optional(),
  areaUnits: z.object({ units: z.array(z.string().min(1)).min(1) }).optional(),
  monthOnlyDates: z.object({ shapes: z.array(z.string().min(1)).min(1) }).optional(),
  quantityWithUnit: z.object({ pattern: z.string().min(1) }).optional(),
  continuationRows: z.object({ fields: z.array(z.enum(FIELDS)), headers: z.array(z.string().min(1)) }).optional(),
  classPath: z.object({ separators: z.array(z.string().min(1)).min(1) }).optional(),
  codeNameCells: z
    .object({
      pattern: z.string().min(1),
      fields: z.array(z.enum(FIELDS)),
      extraColumns: z.boolean(),
      minCells: z.number().int().min(1),
      minShare: z.number().gt(0).max(1),
    })
    .optional(),
  hintRows: z.object({ minTypedCells: z.number().int().min(1) }).optional(),
  fieldKeyRows: z.object({ minShare: z.number().gt(0).max(1) }).optional(),
});

const FILE = 'data/assets/register-columns.json';

const data = loadDataJson(FILE, schema);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nfkcNoSpace = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
/**
 * A unit after a header's name in any bracket style of data/assets/register-columns.json `headerUnits` (原值（元）,
 * 累计折旧[元], 原值【万元】, 原值／元), each pattern capturing the unit word; the bracketed ones match anywhere in the
 * cell, the slash only at its end. Longest unit word first, so that 万元 is not read as 元.
 */
const HEADER_UNIT_PATTERNS: readonly { readonly re: RegExp; readonly atEnd: RegExp }[] = (() => {
  const u = data.headerUnits;
  const words = [...new Set(u.units.map(nfkcNoSpace))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const prefix = u.prefixes.length > 0 ? `(?:${[...new Set(u.prefixes.map(nfkcNoSpace))].map(escapeRegExp).join('|')})?` : '';
  const around = [
    ...u.brackets.map(([o, c]) => [escapeRegExp(nfkcNoSpace(o)), escapeRegExp(nfkcNoSpace(c))] as const),
    ...u.slashes.map((s) => [escapeRegExp(nfkcNoSpace(s)), ''] as const),
  ];
  return around.map(([o, c]) => ({ re: new RegExp(`${o}${prefix}(${words})${c}${c === '' ? '$' : ''}`), atEnd: new RegExp(`${o}${prefix}(${words})${c}$`) }));
})();


export const LEDGER_COLUMNS: readonly LedgerColumn[] = data.columns;

/** Status words of other systems (出租, 待处置 …) → status; compared after normaliseHeader. A word in two groups is a bad rule file. */
export const STATUS_ALIASES: ReadonlyMap<string, AssetStatus> = statusWords(data.statusAliases.groups);

/**
 * The parts of a two-part status word (在用-出租, 闲置-待调剂, 待处置(报废)), main status first, each normalised
 * (normaliseHeader); empty when the word has one part. Separators are data (`statusAliases.partSeparators`).
 */
export function statusWordParts(text: string): string[] {
  const seps = data.statusAliases.partSeparators ?? [];
  let t = text.normalize('NFKC');
  for (const sep of seps) t = t.split(sep.normalize('NFKC')).join('\u0000');
  const parts = t
    .replace(/[(（[【]/gu, '\u0000')
    .replace(/[)）\]】]/gu, '')
    .split('\u0000')
    .map((p) => normaliseHeader(p))
    .filter((p) => p !== '');
  return parts.length > 1 ? parts : [];
}

/** Sub-rows of a card (附属设备): their labels and the column they are kept in on the card (`attachmentRows`). */
export const ATTACHMENT_ROWS: { readonly labels: readonly string[]; readonly header: string } | undefined = data.attachmentRows;

function statusWords(groups: readonly { status: AssetStatus; words: readonly string[] }[]): Map<string, AssetStatus> {
  const map = new Map<string, AssetStatus>();
  for (const g of groups) {
    for (const w of g.words) {
      const key = normaliseHeader(w);
      const before = map.get(key);
      if (before !== undefined && before !== g.status) {
        throw new InputError(`规则文件 ${FILE} 有误：状态词“${w}”同时属于 ${before} 和 ${g.status} / a status word is in two groups`);
      }
      map.set(key, g.status);
    }
  }
  return map;
}

const FILE_FACTS: ReadonlySet<string> = new Set((data.fileFacts?.headers ?? []).map(normaliseHeader));

/** An export-metadata column (会计期间, 单位代码 …, data/assets/register-columns.json `fileFacts`); compared after normaliseHeader. */
export function isFileFactHeader(header: string): boolean {
  return FILE_FACTS.has(normaliseHeader(header));
}

const COUNT_LINES: readonly RegExp[] = data.countLines.patterns.map((p) => new RegExp(p, 'u'));

/** A record-count line under the cards (共53条记录): every filled cell matches a pattern of data/assets/register-columns.json. */
export function isCountLine(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.normalize('NFKC').replace(/\s+/g, '')).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => COUNT_LINES.some((re) => re.test(c)));
}

export type MovementPart = 'opening' | 'increase' | 'decrease';

/** The period-movement columns of a 变动明细表 (期初原值, 本期增加, 本期减少) a header names, by part; compared after normaliseHeader. */
export function movementPartOf(header: string): MovementPart | undefined {
  const key = normaliseHeader(header);
  if (key === '') return undefined;
  for (const part of ['opening', 'increase', 'decrease'] as const) {
    if (data.movement[part].some((w) => normaliseHeader(w) === key)) return part;
  }
  return undefined;
}

export type AmountPart = 'unitPrice' | 'amount';

/**
 * The 单价 / 金额 columns of a card list that prices batch cards (data/assets/register-columns.json `amountAsValue`):
 * with a 数量 column and no 原值 column, 金额 is the 原值. Compared after normaliseHeader.
 */
export function amountPartOf(header: string): AmountPart | undefined {
  const key = normaliseHeader(header);
  if (key === '') return undefined;
  for (const part of ['unitPrice', 'amount'] as const) {
    if (data.amountAsValue[part].some((w) => normaliseHeader(w) === key)) return part;
  }
  return undefined;
}

const CLASS_HEADINGS: readonly RegExp[] = data.groupRows.classHeading.map((p) => new RegExp(p, 'u'));
const NOTE_LINES: readonly RegExp[] = data.groupRows.note.map((p) => new RegExp(p, 'u'));

const PAGE_TOTALS: readonly string[] = (data.groupRows.pageTotal ?? []).map((w) => w.normalize('NFKC').replace(/\s+/gu, ''));

/**
 * A page total at the foot of a printed register's page (本页合计; data/assets/register-columns.json groupRows.pageTotal):
 * a filled cell of the row starts with one, after NFKC and removing spaces.
 */
export function isPageTotal(cells: readonly string[]): boolean {
  return cells.some((c) => {
    const t = c.normalize('NFKC').replace(/\s+/gu, '');
    return t !== '' && PAGE_TOTALS.some((w) => t.startsWith(w));
  });
}

/** The one text of a row (one filled cell, or the same text merged across cells), or undefined. */
function onlyText(cells: readonly string[]): string | undefined {
  let text: string | undefined;
  for (const c of cells) {
    const t = c.trim();
    if (t === '' || t === text) continue;
    if (text !== undefined) return undefined;
    text = t;
  }
  return text;
}

/**
 * A row between the cards that is not a card (data/assets/register-columns.json groupRows): a class heading of a
 * register listed by class (一、房屋和构筑物（3项）) or a note under the table (说明：…). Only a row with one text.
 */
export function groupRowKind(cells: readonly string[]): 'class-heading' | 'footer' | undefined {
  const text = onlyText(cells);
  if (text === undefined) return undefined;
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (CLASS_HEADINGS.some((re) => re.test(t))) return 'class-heading';
  if (NOTE_LINES.some((re) => re.test(t))) return 'footer';
  return undefined;
}

/**
 * A 栏次 row numbering the columns under the header (data/assets/register-columns.json groupRows): its filled cells
 * are an optional 栏次 label, optional letters (甲 乙), then 1, 2, 3 … in order, at least three numbers and nothing else.
 */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.normalize('NFKC').replace(/\s+/g, '')).filter((c) => c !== '');
  let i = 0;
  if (filled[i] !== undefined && data.groupRows.columnNumberLabels.includes(filled[i]!)) i++;
  while (filled[i] !== undefined && data.groupRows.columnNumberLetters.includes(filled[i]!)) i++;
  const numbers = filled.slice(i);
  return numbers.length >= 3 && numbers.every((t, k) => t === String(k + 1));
}

/**
 * A row naming the columns by their spreadsheet letters (A, B, C … one per column, in its own column), as a web system's
 * 「导出Excel」 writes above or under the header so that a printed form can cite 「第J列」: no card. Each filled cell is
 * the letter of its column, at least three of them.
 */
export function isColumnLetterRow(cells: readonly string[]): boolean {
  let letters = 0;
  for (let i = 0; i < cells.length; i++) {
    const t = (cells[i] ?? '').normalize('NFKC').trim();
    if (t === '') continue;
    if (t.toUpperCase() !== columnLetter(i)) return false;
    letters++;
  }
  return letters >= 3;
}

/** The unit word a header cell writes after its name in brackets or after a slash (原值[万元] → 万元), or undefined. */
export function headerUnitOf(text: string): string | undefined {
  const t = nfkcNoSpace(text);
  for (const p of HEADER_UNIT_PATTERNS) {
    const m = p.re.exec(t);
    if (m) return m[1];
  }
  return undefined;
}

/** Header text in comparable form: NFKC, no spaces, no unit at its end in any bracket style (headerUnits), lower case. */
export function normaliseHeader(text: string): string {
  let t = nfkcNoSpace(text);
  for (const p of HEADER_UNIT_PATTERNS) t = t.replace(p.atEnd, '');
  return t.replace(/^\*|\*$/g, '').toLowerCase();
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A money field a register may state only as the sum of its parts (data/assets/register-columns.json `valueFromParts`). */
export interface ValuePartsRule {
  readonly field: 'originalValue' | 'accumulatedDepreciation' | 'netValue';
  /** Per part, the header names it goes by (normalised like the column headers). */
  readonly parts: readonly (readonly string[])[];
}

export const VALUE_PARTS: readonly ValuePartsRule[] = data.valueFromParts.rules.map((r) => ({
  field: r.field,
  parts: r.parts.map((names) => names.map(normaliseHeader)),
}));

/**
 * A money field a register may write as parts under a merged group header naming it (原值（元） over 财政拨款 / 自筹资金 /
 * 其他资金, no total column; data/assets/register-columns.json `valueFromParts.underGroup`): the part names allowed
 * under the group, normalised like the column headers.
 */
export const VALUE_PARTS_UNDER_GROUP: ReadonlyMap<ValuePartsRule['field'], ReadonlySet<string>> = new Map(
  (data.valueFromParts.underGroup ?? []).map((r) => [r.field, new Set(r.partWords.map(normaliseHeader))]),
);

/**
 * Two-digit-year date shapes (06.10.20; named groups yy, mm, dd) and the labels of the lines a file dates itself by
 * (截止日期, 打印日期), from data/assets/register-columns.json `twoDigitYears`; none when the data lists none.
 */
export const TWO_DIGIT_YEARS: { readonly shapes: readonly RegExp[]; readonly anchorLabels: readonly string[] } = {
  shapes: (data.twoDigitYears?.shapes ?? []).map((p) => new RegExp(p, 'u')),
  anchorLabels: data.twoDigitYears?.anchorLabels ?? [],
};

const CODED_PATTERNS: readonly RegExp[] = data.codedNames.patterns.map((p) => new RegExp(p, 'su'));

/** The fields whose cells may carry a code beside the name ([03]针灸推拿科, 韩梅(0305)), and the suffix of the column keeping the code. */
export const CODED_NAME_FIELDS: ReadonlySet<AssetField> = new Set(data.codedNames.fields);
export const CODE_COLUMN_SUFFIX = data.codedNames.codeColumnSuffix;

/**
 * One department or person cell written as [code]name or name(code), split by one pattern of `codedNames`: the
 * name (holding a Chinese character) and the code, or undefined (read as written).
 */
function splitCoded(re: RegExp, text: string): { name: string; code: string } | undefined {
  const m = re.exec(text.trim());
  const name = m?.groups?.name?.trim();
  const code = m?.groups?.code?.trim();
  return name && code && code.length >= data.codedNames.minCodeLength && /\p{Script=Han}/u.test(name) ? { name, code } : undefined;
}

export type CodedReader = (text: string) => { name: string; code: string } | undefined;

/**
 * Whether a column is written code-and-name as a whole (`codedNames.column`): enough of its non-empty cells match
 * one pattern, with one code length where the data asks for it. Returns the reader splitting that column's
 * cells (that pattern, that length; any other cell read as written), or undefined: the column is read as written,
 * so a name that merely ends in a number in brackets (办公室(01)) among plain names keeps it.
 */
export function codedColumn(cells: readonly string[]): CodedReader | undefined {
  const rule = data.codedNames.column;
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length === 0) return undefined;
  for (const re of CODED_PATTERNS) {
    const splits = filled.map((c) => splitCoded(re, c)).filter((x) => x !== undefined);
    const lengths = new Set(splits.map((x) => x.code.length));
    if (splits.length < rule.minCells || splits.length < rule.minShare * filled.length) continue;
    if (rule.oneCodeLength && lengths.size !== 1) continue;
    const [length] = lengths;
    return (text) => {
      const split = splitCoded(re, text);
      return split && (!rule.oneCodeLength || split.code.length === length) ? split : undefined;
    };
  }
  return undefined;
}

/**
 * Two columns a register writes side by side for one field (累计折旧 for fixed assets beside 累计摊销 for intangible
 * ones; data/assets/register-columns.json `besideColumns`): the field is their sum. Header names normalised.
 */
export const BESIDE_COLUMNS: readonly { readonly field: 'originalValue' | 'accumulatedDepreciation' | 'netValue'; readonly columns: readonly (readonly string[])[] }[] = (
  data.besideColumns?.rules ?? []
).map((r) => ({ field: r.field, columns: r.columns.map((names) => names.map(normaliseHeader)) }));

const AREA_UNITS: ReadonlySet<string> = new Set((data.areaUnits?.units ?? []).map((u) => u.normalize('NFKC').replace(/\s+/g, '').toLowerCase()));

/** Whether a 计量单位 is an area (平方米, ㎡, 亩; data `areaUnits`): the card's 数量 is then an area, not a count. */
export function isAreaUnit(unit: string): boolean {
  return AREA_UNITS.has(unit.normalize('NFKC').replace(/\s+/g, '').toLowerCase());
}

const MONTH_ONLY: readonly RegExp[] = (data.monthOnlyDates?.shapes ?? []).map((p) => new RegExp(p, 'u'));

/**
 * A date written to the month only (2019年6月, 2019-06; data/assets/register-columns.json `monthOnlyDates`) as the first
 * day of that month (2019-06-01); undefined for any other text.
 */
export function monthOnlyDate(text: string): string | undefined {
  const t = text.normalize('NFKC').trim();
  for (const re of MONTH_ONLY) {
    const g = re.exec(t)?.groups;
    if (g?.yyyy === undefined || g.mm === undefined) continue;
    const mm = Number(g.mm);
    if (mm < 1 || mm > 12) return undefined;
    return `${g.yyyy}-${String(mm).padStart(2, '0')}-01`;
  }
  return undefined;
}

const QUANTITY_WITH_UNIT = data.quantityWithUnit !== undefined ? new RegExp(data.quantityWithUnit.pattern, 'u') : undefined;

/** A 数量 cell carrying its unit (5台 → 5 and 台, ５台 too; data `quantityWithUnit`), or undefined for any other text. */
export function quantityWithUnit(text: string): { readonly quantity: string; readonly unit: string } | undefined {
  // As written first, so that ㎡ stays ㎡ (NFKC makes it m2); then after NFKC (full-width digits).
  const g = (QUANTITY_WITH_UNIT?.exec(text.trim()) ?? QUANTITY_WITH_UNIT?.exec(text.normalize('NFKC').trim()))?.groups;
  return g?.quantity !== undefined && g.unit !== undefined ? { quantity: g.quantity, unit: g.unit } : undefined;
}

/** The fields and kept headers a card's continuation row may fill (data `continuationRows`); headers compared after normaliseHeader. */
export const CONTINUATION_ROWS: { readonly fields: ReadonlySet<AssetField>; readonly headers: ReadonlySet<string> } | undefined =
  data.continuationRows !== undefined
    ? { fields: new Set(data.continuationRows.fields), headers: new Set(data.continuationRows.headers.map(normaliseHeader)) }
    : undefined;

/** The separators of a class written as a path of GB/T 14885 names (data `classPath`). */
export const CLASS_PATH_SEPARATORS: readonly string[] = data.classPath?.separators ?? [];

/**
 * Whether a column is written `code-name` as a whole (1-在用, 04-经济责任审计股; data `codeNameCells`): at least
 * minCells and minShare of its filled cells match the pattern with one code length, the name holding a Chinese
 * character. Returns the reader splitting such a cell (that code length; any other cell undefined, read as written).
 */
export function codeNameColumn(cells: readonly string[]): CodedReader | undefined {
  const rule = data.codeNameCells;
  if (rule === undefined) return undefined;
  const re = new RegExp(rule.pattern, 'su');
  const split = (text: string) => {
    const m = re.exec(text.normalize('NFKC').trim());
    const name = m?.groups?.name?.trim();
    const code = m?.groups?.code?.trim();
    return name && code && /\p{Script=Han}/u.test(name) ? { name, code } : undefined;
  };
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const splits = filled.map(split).filter((x) => x !== undefined);
  const lengths = new Set(splits.map((x) => x.code.length));
  if (splits.length < rule.minCells || splits.length < rule.minShare * filled.length || lengths.size !== 1) return undefined;
  const [length] = lengths;
  return (text) => {
    const s = split(text);
    return s && s.code.length === length ? s : undefined;
  };
}

/** The fields whose columns may be written `code-name`, and whether columns kept by their header may be too (data `codeNameCells`). */
export const CODE_NAME_FIELDS: ReadonlySet<AssetField> = new Set(data.codeNameCells?.fields ?? []);
export const CODE_NAME_EXTRA_COLUMNS = data.codeNameCells?.extraColumns ?? false;

/** How many typed cells a hint row under the header fills, none of them a value (data `hintRows`); undefined: no such rows. */
export const HINT_ROW_MIN_TYPED = data.hintRows?.minTypedCells;

const FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A row of the system's field keys right above the header (ZCBH, ZCMC …; data `fieldKeyRows`): every filled cell an
 * ASCII identifier standing over a filled header cell, and at least minShare of the header's filled cells keyed.
 */
export function isFieldKeyRow(cells: readonly string[], header: readonly string[]): boolean {
  const rule = data.fieldKeyRows;
  if (rule === undefined) return false;
  let keyed = 0;
  for (let i = 0; i < cells.length; i++) {
    const c = (cells[i] ?? '').trim();
    if (c === '') continue;
    if (!FIELD_KEY.test(c) || (header[i] ?? '').trim() === '') return false;
    keyed++;
  }
  const named = header.filter((h) => h.trim() !== '').length;
  return keyed > 0 && keyed >= rule.minShare * named;
}
