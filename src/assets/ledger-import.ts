/**
 * Reading an asset register (rows of text from Excel or CSV, as the asset systems export it) into cards, and
 * planning an update import against the cards already held. The header may sit below title rows; 合计/小计 and
 * the signature/print footer are skipped and counted; every column is kept (unknown ones by their header).
 * Every bad cell is reported by row and column, and nothing is planned for writing unless every row is good:
 * a half-imported register is worse than none.
 */
import type { CodeTable } from '../core/codes.ts';
import { type Finding, finding } from '../core/finding.ts';
import { type Fen, fen, formatAmount, MoneyError, type MoneyUnit, parseFen } from '../core/money.ts';
import { isRuleLine } from '../reference/fixed-width.ts';
import { classifyRow, loadRowKinds, normalizeLabel, sectionOfRow, type SkipCounts } from '../reference/row-kinds.ts';
import { classPathCode, classPathNames } from './class-path.ts';
import { classNameKey, shortNameCodes } from './class-short-names.ts';
import { type AssetConfig, parseStatus } from './config.ts';
import { dayOrderEvidence, dayOrderNote, readYearLastDate } from './day-order.ts';
import {
  type AmountPart,
  type AssetField,
  amountPartOf,
  ATTACHMENT_ROWS,
  BESIDE_COLUMNS,
  CODE_COLUMN_SUFFIX,
  CODE_NAME_EXTRA_COLUMNS,
  CODE_NAME_FIELDS,
  CODED_NAME_FIELDS,
  codedColumn,
  codeNameColumn,
  type CodedReader,
  columnLetter,
  groupRowKind,
  isPageTotal,
  HINT_ROW_MIN_TYPED,
  isAreaUnit,
  monthOnlyDate,
  quantityWithUnit,
  CONTINUATION_ROWS,
  isColumnLetterRow,
  isColumnNumberRow,
  isCountLine,
  isFieldKeyRow,
  isFileFactHeader,
  LEDGER_COLUMNS,
  type LedgerColumn,
  type MovementPart,
  movementPartOf,
  normaliseHeader,
  headerUnitOf,
  STATUS_ALIASES,
  statusWordParts,
  VALUE_PARTS,
  VALUE_PARTS_UNDER_GROUP,
} from './ledger-columns.ts';
import {
  belowThresholdFinding,
  RULE_AMOUNT_MISMATCH,
  RULE_CLASS_FROM_NAME,
  RULE_DATE_ORDER,
  RULE_MONTH_ONLY_DATE,
  RULE_MOVEMENT_MISMATCH,
  RULE_OLDER_CLASS,
  RULE_TWO_DIGIT_YEAR,
  RULE_UNKNOWN_STATUS,
  RULE_VALUE_FROM_PARTS,
} from './register-checks.ts';
import { fileDateAnchor, isTwoDigitYearText, twoDigitYearDate, type YearAnchor } from './two-digit-year.ts';
import { type Asset, type AssetStatus, BLANK_STATUS, UNMAPPED_STATUS } from './types.ts';

export interface ImportError {
  /** The workbook sheet, when the file has several. */
  readonly sheet?: string;
  /** 1-based row in the spreadsheet (0: the sheet as a whole). */
  readonly row: number;
  /** Column letter and header, e.g. `C 分类代码`; empty for a whole-row or file-level error. */
  readonly column: string;
  readonly field?: AssetField;
  readonly value: string;
  readonly message: string;
}

export interface ImportResult {
  /** The parsed cards; empty whenever `errors` is not. */
  readonly assets: readonly Asset[];
  readonly errors: readonly ImportError[];
  /** Warnings on good rows (below the threshold …): they do not stop the import. */
  readonly findings: readonly Finding[];
  /** Data rows read (skipped rows not counted). */
  readonly rowCount: number;
  /** 1-based row of the header. */
  readonly headerRow?: number;
  /** Rows skipped by reason (title, 合计, footer …). */
  readonly skipped?: SkipCounts;
  /** The fields the file has a column for (others keep the card's value on update). */
  readonly fieldsPresent?: readonly AssetField[];
  /** Headers kept as they are (columns Jixiao has no field for). */
  readonly extraColumns?: readonly string[];
  /**
   * Export-metadata columns (data `fileFacts`: 会计期间, 单位代码, 单位名称 …) holding one value on every card of the
   * file: facts of the file, not of a card — kept here, not on the cards, so a new period changes no card.
   */
  readonly fileFacts?: Readonly<Record<string, string>>;
  /** The required fields the header found has no column for (the sheet was not read). */
  readonly missingColumns?: readonly AssetField[];
  /** The sheets read, when a workbook had several with cards. */
  readonly sheets?: readonly { readonly sheet: string; readonly rowCount: number }[];
}

export interface ImportOptions {
  readonly config: AssetConfig;
  readonly classes: CodeTable;
  /** Asset numbers already in the register: importing one again is an error (insert-only imports). */
  readonly existingNumbers?: ReadonlySet<string>;
  /**
   * The import date: a card that is not in use and has no status date is dated from here (the earliest day the
   * status is known), not from its purchase — an idle period counted from purchase would be far too long.
   */
  readonly today?: string;
}

/**
 * The column a card keeps a quantity that is not a whole number in (an area in 平方米): the card counts as one
 * item, the figure is kept and written back on export.
 */
export const STATED_QUANTITY = '数量（非整数）';

/** The column a card keeps another system's status word in (出借 → 在用, 不需用 → 闲置): nothing is lost. */
export const STATED_STATUS = '使用状况（原表）';

/**
 * The column a card without a class code keeps its class name in (or 无分类信息): the register had no 分类代码 column
 * and the name is not one GB/T 14885 has once. The card is imported with an empty code, to be classified.
 */
export const MISSING_CLASS_CODE = '分类代码（待补）';

/** How far down title rows may push the header. */
export const HEADER_SEARCH_ROWS = 30;

const DATE_RE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** 2024/3/5, 2024-03-05, 2024年3月5日, 20240305, 2024-03-05 00:00:00 → 2024-03-05; undefined when not a real calendar date. */
export function parseDate(text: string): string | undefined {
  const t = text.normalize('NFKC').trim();
  const m = DATE_RE.exec(t) ?? COMPACT_DATE.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const MONEY_EN: Partial<Record<AssetField, string>> = {
  originalValue: 'original value',
  accumulatedDepreciation: 'accumulated depreciation',
  netValue: 'net value',
};

interface Position {
  readonly index: number;
  readonly column: LedgerColumn;
  readonly label: string;
}

/**
 * Which field a header names, and how well: 0 for Jixiao's own header, 1 + the alias's place otherwise — when
 * two columns name one field (用友's 卡片编号 beside 资产编号), the better-ranked name wins.
 */
function fieldOf(name: string): { column: LedgerColumn; rank: number } | undefined {
  const key = normaliseHeader(name);
  if (key === '') return undefined;
  for (const column of LEDGER_COLUMNS) {
    const names = [column.header, ...column.aliases];
    const rank = names.findIndex((a) => normaliseHeader(a) === key);
    if (rank >= 0) return { column, rank };
  }
  return undefined;
}

/**
 * Header cells as candidate names per column. A one-row header has one name per column; a two-row header
 * (价值信息 over 原值/累计折旧/净值, 资产类别 over 编码/名称, or 序号/资产编号 merged down beside 取得方式 …)
 * tries the group and the field together first (资产类别 + 名称 = 资产类别名称), then the field alone.
 */
type HeaderNames = readonly (readonly string[])[];

/**
 * The names one header cell offers: the cell, and when it is written on several lines (“Asset No.↵资产编号”, a
 * bilingual export; 使用年限↵（月）) each line too, the lines with a Chinese character first. The last name is the
 * cell as written: a column is known (and kept) by it.
 */
export function cellNames(cell: string): string[] {
  const lines = cell.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length < 2) return [cell];
  const han = lines.filter((l) => /\p{Script=Han}/u.test(l));
  return [cell, ...han, ...lines.filter((l) => !han.includes(l)), cell];
}

function singleNames(row: readonly string[]): HeaderNames {
  return row.map((c) => cellNames(c));
}

/**
 * The upper row of a two-row header per column: the group a field stands under, carried across the columns the group
 * spans, or the cell merged down over an empty one.
 */
function upperCells(upper: readonly string[], lower: readonly string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  // A group merged across columns is written once in a CSV (原值,, over 数量,金额): an empty upper cell right of a
  // group (an upper cell with a field under it) carries that group on, as the spreadsheet repeats it in every cell it
  // spans. A header merged down (累计折旧 with nothing under it) is no group and carries nothing on.
  let group = '';
  return Array.from({ length: width }, (_, i) => {
    const l = (lower[i] ?? '').trim();
    let u = (upper[i] ?? '').trim();
    if (u !== '') group = l === '' ? '' : u;
    else if (l !== '') u = group;
    else group = '';
    return u;
  });
}

/** Per column, the group of a two-row header it stands under (原值（元） over 财政拨款), or '' (no group, a cell merged down). */
function groupsOf(upper: readonly string[], lower: readonly string[]): string[] {
  return upperCells(upper, lower).map((u, i) => {
    const l = (lower[i] ?? '').trim();
    return l !== '' && u !== '' && normaliseHeader(u) !== normaliseHeader(l) ? u : '';
  });
}

const nfkcTrim = (s: string) => s.normalize('NFKC').trim();

function pairNames(upper: readonly string[], lower: readonly string[]): HeaderNames {
  return upperCells(upper, lower).map((u, i) => {
    const l = (lower[i] ?? '').trim();
    if (l === '') return cellNames(u);
    if (u === '' || normaliseHeader(u) === normaliseHeader(l)) return cellNames(l);
    // A group with its unit (原值（万元） over 数量/金额) also names the field without it; the unit is read from the first.
    const unit = moneyUnitInHeader(u);
    const bare = unit !== undefined ? normaliseHeader(u) : '';
    return bare !== '' && bare !== nfkcTrim(u) ? [u + l, bare + l, l] : [u + l, l];
  });
}

/** The text a column is known by: the field row's cell, or the group row's where the field row is empty. */
function displayHeader(names: HeaderNames): string[] {
  return names.map((n) => n[n.length - 1] ?? '');
}

function mapHeader(names: HeaderNames): Map<AssetField, Position> {
  const positions = new Map<AssetField, Position & { rank: number }>();
  names.forEach((candidates, index) => {
    for (const name of candidates) {
      const hit = fieldOf(name);
      if (!hit) continue;
      const held = positions.get(hit.column.field);
      if (!held || hit.rank < held.rank) {
        const label = candidates[candidates.length - 1] ?? name;
        positions.set(hit.column.field, { index, column: hit.column, label: `${columnLetter(index)} ${label.trim()}`, rank: hit.rank });
      }
      return;
    }
  });
  return positions;
}

/**
 * The other columns naming a field whose column has the flag (data: `fillEmpty`, 坐落位置 beside 存放地点;
 * `disposedFromOther`, 资产状态 beside 使用状况): field → column indexes, best-ranked first.
 */
function otherColumns(
  names: HeaderNames,
  positions: ReadonlyMap<AssetField, Position>,
  flag: 'fillEmpty' | 'disposedFromOther',
): Map<AssetField, number[]> {
  const out = new Map<AssetField, { index: number; rank: number }[]>();
  names.forEach((candidates, index) => {
    for (const name of candidates) {
      const hit = fieldOf(name);
      if (!hit) continue;
      const held = positions.get(hit.column.field);
      if (hit.column[flag] === true && held !== undefined && held.index !== index) {
        out.set(hit.column.field, [...(out.get(hit.column.field) ?? []), { index, rank: hit.rank }]);
      }
      return;
    }
  });
  return new Map([...out].map(([f, xs]) => [f, xs.sort((a, b) => a.rank - b.rank).map((x) => x.index)]));
}

/** The header: among the first rows, the one matching most known columns and naming the asset number. */
function findHeader(rows: readonly (readonly string[])[]): { index: number; best: number; bestCount: number } {
  let best = -1;
  let bestCount = 0;
  let index = -1;
  let indexCount = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const positions = mapHeader(singleNames(rows[i]!));
    if (positions.size > bestCount) {
      best = i;
      bestCount = positions.size;
    }
    if (positions.has('assetNumber') && positions.size > indexCount) {
      index = i;
      indexCount = positions.size;
    }
  }
  return { index, best, bestCount };
}

/**
 * The header row found, alone or with the row above or below it as a two-row header — whichever names more
 * fields. The row below joins only if it is not a card: its asset-number cell is empty or repeats the header
 * (a cell merged down).
 */
function headerRows(rows: readonly (readonly string[])[], index: number): { top: number; bottom: number; names: HeaderNames } {
  let choice = { top: index, bottom: index, names: singleNames(rows[index]!) };
  let size = mapHeader(choice.names).size;
  const numberAt = mapHeader(choice.names).get('assetNumber')!.index;
  const consider = (top: number, bottom: number) => {
    const names = pairNames(rows[top]!, rows[bottom]!);
    const n = mapHeader(names).size;
    if (n > size) {
      choice = { top, bottom, names };
      size = n;
    }
  };
  if (index > 0) {
    consider(index - 1, index);
    // A group row above (基本信息 / 价值信息 …) whose merged-down cells name columns the field row leaves empty
    // (序号, 备注 written once in the upper row of a CSV) joins even when it names no further known field.
    if (choice.bottom === index && isGroupRow(rows[index - 1]!, rows[index]!)) {
      choice = { top: index - 1, bottom: index, names: pairNames(rows[index - 1]!, rows[index]!) };
    }
  }
  const below = rows[index + 1];
  if (below) {
    const cell = normaliseHeader(below[numberAt] ?? '');
    if (cell === '' || cell === normaliseHeader(rows[index]![numberAt] ?? '')) {
      consider(index, index + 1);
      // Field names under groups that are all unknown (财政拨款 over 金额/文号) name no more fields, but the row is
      // still a header: no asset number, words only — no amount, date or count a card would have.
      if (choice.bottom === index && isSubHeader(rows[index]!, below)) {
        choice = { top: index, bottom: index + 1, names: pairNames(rows[index]!, below) };
      }
    }
  }
  return choice;
}

/** How many columns two rows name alike (the same header text in the same column). */
function sharedNames(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = normaliseHeader(a[i] ?? '');
    if (x !== '' && x === normaliseHeader(b[i] ?? '')) n++;
  }
  return n;
}

/**
 * A row that repeats one row of the header as the file wrote it (the upper row of a merged two-row header, 价值信息（元）
 * over 原值 / 累计折旧 / 净值, printed again at the top of each page): every filled cell equals the header row's cell in
 * its column, at least two of them. Not a card.
 */
function repeatsHeaderRow(cells: readonly string[], headerRow: readonly string[]): boolean {
  let same = 0;
  for (let i = 0; i < cells.length; i++) {
    const own = normaliseHeader(cells[i] ?? '');
    if (own === '') continue;
    if (own !== normaliseHeader(headerRow[i] ?? '')) return false;
    same++;
  }
  return same > 1;
}

/**
 * A subtotal labelled by its group (办公室 小计, 通用设备合计) in the asset-number or name column: the label
 * ends with a total word (data/imports/row-kinds.json). No asset number or name ends that way.
 */
function subtotalOf(cells: readonly string[], labelCells: readonly (number | undefined)[], numberEmpty = false): 'total' | undefined {
  const kinds = loadRowKinds();
  // 分类汇总's 「办公用房 汇总」: a group's name before 汇总, only in a row without an asset number.
  const words = numberEmpty ? [...kinds.total, ...kinds.groupTotal] : kinds.total;
  for (const i of labelCells) {
    if (i === undefined) continue;
    const label = normalizeLabel(cells[i] ?? '').replace(/[:：)）\]】]+$/, '');
    if (label !== '' && words.some((w) => label.endsWith(w))) return 'total';
  }
  return undefined;
}

/** `="0012345"` → `0012345`: the formula a CSV uses to keep a number as text in Excel. */
function excelText(cell: string): string {
  const m = /^\s*="(.*)"\s*$/s.exec(cell);
  return m ? m[1]!.replace(/""/g, '"') : cell;
}

/** A money unit in a header cell, 原值（万元）, or in a title row, 金额单位：万元. */
const MONEY_UNIT_WORDS: ReadonlySet<string> = new Set(['百万元', '亿元', '万元', '千元', '元']);
/** The money unit a header cell states in any bracket style (原值（万元）, 原值[元]; data `headerUnits`), or undefined. */
const moneyUnitInHeader = (name: string): string | undefined => {
  const u = headerUnitOf(name);
  return u !== undefined && MONEY_UNIT_WORDS.has(u) ? u : undefined;
};
const TITLE_UNIT = /单位[:：]\s*(百万元|亿元|万元|千元|元)(?![\p{Script=Han}])/u;

/** A row of field names under a group row: words only, at least one under an empty or repeated (merged) group cell. */
function isSubHeader(upper: readonly string[], lower: readonly string[]): boolean {
  let under = 0;
  for (let i = 0; i < lower.length; i++) {
    const l = (lower[i] ?? '').trim();
    if (l === '') continue;
    if (!/\p{Script=Han}/u.test(l) || /\d/.test(l)) return false;
    const u = (upper[i] ?? '').trim();
    if (u === '' || u === (upper[i - 1] ?? '').trim() || (upper[i + 1] ?? '').trim() === '') under++;
  }
  return under > 0 && classifyRow(lower, []) === undefined;
}

/**
 * A row of group names above the field row: words only (no digits, no 单位名称：… colon), at least one over a
 * field of the row below (a group) and at least one over an empty cell (a header merged down, empty below in CSV).
 */
export function isGroupRow(upper: readonly string[], lower: readonly string[]): boolean {
  let filled = 0;
  let groups = 0;
  let mergedDown = 0;
  for (let i = 0; i < upper.length; i++) {
    const u = (upper[i] ?? '').trim();
    if (u === '') continue;
    if (!/\p{Script=Han}/u.test(u) || /[\d:：]/.test(u)) return false;
    filled++;
    if ((lower[i] ?? '').trim() === '') mergedDown++;
    else groups++;
  }
  return filled >= 2 && groups > 0 && mergedDown > 0 && classifyRow(upper, []) === undefined;
}

/** An Excel date serial written as a bare number (a date cell without its format): 43529 → 2019-03-05. */
const SERIAL = /^\d{5}(?:\.0+)?$/;
/** A header naming a date (启用日期, 验收日期): its serial numbers are dates. */
const DATE_HEADER = /日期$/u;
function serialDate(text: string): string | undefined {
  if (!SERIAL.test(text)) return undefined;
  const days = Math.trunc(Number(text));
  // 1927-05-18 … 2173-10-14; Excel's serials count from 1899-12-30 (its 1900 leap-day bug lies before).
  if (days < 10_000 || days > 99_999) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The code of a class cell: "A02010105", "A02010105 台式计算机", "[A02010105]台式计算机", or the code in brackets after
 * the name, "台式计算机(A02010105)".
 */
function classCodeOf(text: string): string {
  const after = codeAfterName(text);
  if (after) return after.code;
  const m = /^\s*[[【(]?\s*([A-Za-z]?\d{2,9})\b/.exec(text.normalize('NFKC'));
  return (m ? m[1]! : text.trim()).toUpperCase();
}

/**
 * A class cell that carries the code and the name together (浪潮 资产类别 “2010104 台式机”, “[A02010105]台式计算机”,
 * “A02010105-台式计算机”): a 7–9 character GB/T 14885 code, then the name.
 */
const CODE_PREFIX = /^\s*[[【(（]?\s*([A-Za-z]?\d{7,9})\s*[\]】)）]?\s*[-—_:：]?\s*/u;

/**
 * The other order (a web system's 资产分类 “台式计算机(A02010105)”, “普通电视设备（电视机）(A02091001)”): the name,
 * then a 7–9 character code in brackets at the cell's end. The name is kept as written (its own brackets too).
 */
const CODE_SUFFIX = /^(.*?\S)\s*[[【(（]\s*([A-Za-zＡ-Ｚａ-ｚ]?[0-9０-９]{7,9})\s*[\]】)）]\s*$/su;

function codeAfterName(text: string): { code: string; name: string } | undefined {
  const m = CODE_SUFFIX.exec(text.trim());
  if (!m || !/\p{Script=Han}/u.test(m[1]!)) return undefined;
  return { code: m[2]!.normalize('NFKC').toUpperCase(), name: m[1]!.trim() };
}

/** The name part of a code-and-name class cell (a name with at least one Chinese character); undefined otherwise. */
export function classNameOf(text: string): string | undefined {
  const after = codeAfterName(text);
  if (after) return after.name;
  const t = text.normalize('NFKC');
  const m = CODE_PREFIX.exec(t);
  if (!m) return undefined;
  const name = t.slice(m[0].length).trim();
  return /\p{Script=Han}/u.test(name) ? name : undefined;
}

/**
 * GB/T 14885-2010 codes: 7 digits under one of its six 门类 (1 土地、房屋及构筑物 … 6 家具、用具、装具及动植物).
 * Registers of units that have not reclassified still carry them; they are imported as they are and flagged.
 */
export const OLDER_CLASS_CODE = /^[1-6]\d{6}$/;

/**
 * 数量 / 单价 / 金额 and no 原值 column (data/assets/register-columns.json `amountAsValue`): the 金额 column, to be read
 * as the 原值, and the 单价 column (kept by its header) it is checked against. Undefined for any other header.
 */
function amountAsValueColumns(
  names: HeaderNames,
  header: readonly string[],
  positions: ReadonlyMap<AssetField, Position>,
): { amount: Position; unitPrice: { index: number; header: string } } | undefined {
  if (positions.has('originalValue') || !positions.has('quantity')) return undefined;
  const mapped = new Set([...positions.values()].map((p) => p.index));
  // Only a column of its own: a 金额 under a group (财政拨款 over 金额) is that group's amount, not the card's.
  const at = (part: AmountPart) => names.findIndex((candidates, i) => !mapped.has(i) && candidates.length === 1 && amountPartOf(candidates[0]!) === part);
  const amount = at('amount');
  const unitPrice = at('unitPrice');
  const column = LEDGER_COLUMNS.find((c) => c.field === 'originalValue');
  if (amount < 0 || unitPrice < 0 || column === undefined) return undefined;
  return {
    amount: { index: amount, column, label: `${columnLetter(amount)} ${(header[amount] ?? '').trim()}` },
    unitPrice: { index: unitPrice, header: (header[unitPrice] ?? '').trim() },
  };
}

/**
 * 数量 × 单价 in 分, rounded half up to the 分 when 数量 is not whole (an area); exact integer arithmetic, never a float.
 * Undefined when 数量 is not a plain positive decimal.
 */
export function pricedFen(quantityText: string, unitPrice: number): number | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(quantityText.normalize('NFKC').replace(/[,\s]/g, ''));
  if (!m) return undefined;
  const frac = m[2] ?? '';
  const scale = 10n ** BigInt(frac.length);
  const product = BigInt(unitPrice) * BigInt(m[1]! + frac);
  return Number((product * 2n + scale) / (2n * scale));
}

/** A GB/T 14885 class code alone in a cell (A02010105; 2010104 of the 2010 edition): 7–9 characters. */
const CLASS_CODE_CELL = /^[A-Za-z]?\d{7,9}$/;

/**
 * No column names the class code, but one named as a class (资产类别 holding A02010105 beside 类别名称 holding the
 * names) has codes in most of its filled cells: that column is the code column. Columns given to other fields are not
 * considered.
 */
function classCodeColumn(names: HeaderNames, data: readonly (readonly string[])[], positions: ReadonlyMap<AssetField, Position>): Position | undefined {
  const taken = new Set([...positions].filter(([f]) => f !== 'className').map(([, p]) => p.index));
  for (const [index, candidates] of names.entries()) {
    if (taken.has(index)) continue;
    const hit = candidates.map((n) => fieldOf(n)).find((h) => h !== undefined);
    if (hit === undefined || (hit.column.field !== 'className' && hit.column.field !== 'classCode')) continue;
    let filled = 0;
    let codes = 0;
    for (const r of data) {
      const t = (r[index] ?? '').normalize('NFKC').trim();
      if (t === '') continue;
      filled++;
      if (CLASS_CODE_CELL.test(t)) codes++;
    }
    const code = LEDGER_COLUMNS.find((c) => c.field === 'classCode');
    if (codes > 0 && codes * 2 > filled && code !== undefined) {
      return { index, column: code, label: `${columnLetter(index)} ${(candidates[candidates.length - 1] ?? '').trim()}` };
    }
  }
  return undefined;
}

/**
 * The fields a register states only as the sum of their parts (data/assets/register-columns.json `valueFromParts`):
 * no column names the field, and the header has one column, not given to another field, for each part.
 */
function valuePartsColumns(
  names: HeaderNames,
  header: readonly string[],
  positions: ReadonlyMap<AssetField, Position>,
  groups: readonly string[],
): Map<AssetField, ValueParts> {
  const mapped = new Set([...positions.values()].map((p) => p.index));
  const out = new Map<AssetField, ValueParts>();
  const part = (i: number) => ({ index: i, header: (header[i] ?? '').trim(), label: `${columnLetter(i)} ${(header[i] ?? '').trim()}` });
  // Written as parts under a merged group naming the field (原值（元） over 财政拨款 / 自筹资金 / 其他资金, no total
  // column; data `valueFromParts.underGroup`): every column under the group a part word, none given to another field.
  for (const [field, words] of VALUE_PARTS_UNDER_GROUP) {
    if (positions.has(field) || out.has(field)) continue;
    const spans = new Map<string, number[]>();
    groups.forEach((g, i) => {
      if (g !== '' && fieldOf(g)?.column.field === field) spans.set(g, [...(spans.get(g) ?? []), i]);
    });
    for (const [group, columns] of spans) {
      if (columns.length < 2 || columns.some((i) => mapped.has(i) || !words.has(normaliseHeader(header[i] ?? '')))) continue;
      out.set(field, Object.assign(columns.map(part), { group }));
      break;
    }
  }
  for (const rule of VALUE_PARTS) {
    if (positions.has(rule.field) || out.has(rule.field)) continue;
    const columns = rule.parts.map((words) => {
      const at = names.flatMap((candidates, i) => (!mapped.has(i) && candidates.some((n) => words.includes(normaliseHeader(n))) ? [i] : []));
      return at.length === 1 ? at[0]! : -1;
    });
    if (columns.some((i) => i < 0) || new Set(columns).size !== columns.length) continue;
    out.set(rule.field, columns.map(part));
  }
  return out;
}

/**
 * The columns a field is summed from, and the merged group over them when the file writes one (原值（元）); `beside`:
 * the field's own column is one of them (累计折旧 beside 累计摊销, data `besideColumns`), so both empty is no error.
 */
type ValueParts = { index: number; header: string; label: string }[] & { group?: string; beside?: boolean };

/**
 * The fields a register writes in two columns side by side (累计折旧 for fixed assets, 累计摊销 for intangible ones;
 * data/assets/register-columns.json `besideColumns`): one column for each of a rule's names, the field's own column
 * (when one names it) among them. The card's field is then their sum; both are kept by their headers.
 */
function besideColumnsOf(names: HeaderNames, header: readonly string[], positions: ReadonlyMap<AssetField, Position>): Map<AssetField, ValueParts> {
  const out = new Map<AssetField, ValueParts>();
  const taken = new Map([...positions].map(([f, p]) => [p.index, f]));
  for (const rule of BESIDE_COLUMNS) {
    const columns = rule.columns.map((words) => {
      const at = names.flatMap((candidates, i) => (candidates.some((n) => words.includes(normaliseHeader(n))) ? [i] : []));
      return at.length === 1 ? at[0]! : -1;
    });
    if (columns.some((i) => i < 0) || new Set(columns).size !== columns.length) continue;
    if (columns.some((i) => taken.has(i) && taken.get(i) !== rule.field)) continue;
    const parts = columns.map((i) => ({ index: i, header: (header[i] ?? '').trim(), label: `${columnLetter(i)} ${(header[i] ?? '').trim()}` }));
    out.set(rule.field, Object.assign(parts, { beside: true }));
  }
  return out;
}

const FIELD_ZH: Partial<Record<AssetField, string>> = { originalValue: '原值', accumulatedDepreciation: '累计折旧', netValue: '净值' };

/** A note that a field was read as the sum of its parts (no column names it). */
function valuePartsFinding(summed: ReadonlyMap<AssetField, ValueParts>, headerRow: number): Finding {
  const lines = [...summed].map(([f, parts]) => `${FIELD_ZH[f] ?? f} = ${parts.map((x) => x.header.replace(/\s+/g, ' ')).join(' + ')}`);
  const grouped = [...summed].filter(([, parts]) => parts.group !== undefined).map(([f, parts]) => `“${parts.group}”下只有${parts.map((x) => x.header).join('、')}而没有${FIELD_ZH[f] ?? f}合计列`);
  const beside = [...summed].filter(([, parts]) => parts.beside === true).map(([f, parts]) => `${parts.map((x) => x.header).join('、')}分列两栏，卡片的${FIELD_ZH[f] ?? f}取两栏之和`);
  const plain = [...summed].filter(([, parts]) => parts.group === undefined && parts.beside !== true).map(([f]) => FIELD_ZH[f] ?? f);
  const lead = [...grouped, ...beside, ...(plain.length > 0 ? [`表头没有${plain.join('、')}列`] : [])].join('；');
  return finding({
    rule: RULE_VALUE_FROM_PARTS,
    severity: 'info',
    message: `${lead}：按 ${lines.join('；')} 逐行相加读取（分），各部分另存为其他列 / read as the sum of its parts (no column names it)`,
    evidence: [{ path: `第${headerRow}行`, quote: lines.join('；') }],
  });
}

/** One finding for a register without a class-code column: codes taken from the class names, and the cards left without one. */
function classFromNameFinding(
  from: 'name' | 'none',
  rows: { readonly byName: readonly number[]; readonly missing: readonly { row: number; name: string }[] },
  nameColumn: string | undefined,
): Finding {
  const shown = (xs: readonly number[]) => xs.slice(0, 10).map((r) => `第${r}行`).join('、') + (xs.length > 10 ? ' 等' : '');
  const missing = rows.missing.map((m) => m.row);
  const lead =
    from === 'name'
      ? `表头没有分类代码列：${rows.byName.length} 张卡片的分类代码按${nameColumn ?? '分类名称'}在 GB/T 14885-2022 中查得（名称与代码表一字不差且只有一个代码）`
      : '表头没有分类代码列，也没有分类名称列';
  const gap = missing.length > 0 ? `；${missing.length} 张卡片没有分类代码（${shown(missing)}），已导入，分类代码留空并标记“${MISSING_CLASS_CODE}”，请在资产系统中补齐后重新导出更新` : '';
  return finding({
    rule: RULE_CLASS_FROM_NAME,
    severity: missing.length > 0 ? 'warning' : 'info',
    message: `${lead}${gap} / no class-code column: ${rows.byName.length} codes looked up by class name, ${missing.length} cards left without a code`,
    evidence: (missing.length > 0 ? rows.missing.map((m) => ({ path: `第${m.row}行.classCode`, quote: m.name })) : rows.byName.map((r) => ({ path: `第${r}行.classCode`, quote: '' }))).slice(0, 10),
  });
}

/** A status from Jixiao's labels or codes, or another system's word (出租, 待处置 …). */
function statusOf(config: AssetConfig, text: string): AssetStatus | undefined {
  const whole = parseStatus(config, text) ?? STATUS_ALIASES.get(normaliseHeader(text));
  if (whole !== undefined) return whole;
  // A two-part word (在用-出租, 闲置-待调剂, 待处置(报废)): its first part in a group, main status first.
  for (const part of statusWordParts(text)) {
    const s = parseStatus(config, part) ?? STATUS_ALIASES.get(part);
    if (s !== undefined) return s;
  }
  return undefined;
}

/**
 * The name a 附属设备 sub-row gives its item (data/assets/register-columns.json `attachmentRows`): the name cell
 * without its tree mark (└, row-kinds continuationMarks) and its label (附属设备：); undefined when it has neither.
 */
function attachmentName(text: string): string | undefined {
  if (ATTACHMENT_ROWS === undefined) return undefined;
  const marks = loadRowKinds().continuationMarks;
  let t = text.replace(/^[\s\u3000]+/u, '');
  let marked = false;
  for (let m = marks.find((x) => t.startsWith(x)); m !== undefined; m = marks.find((x) => t.startsWith(x))) {
    t = t.slice(m.length).replace(/^[\s\u3000]+/u, '');
    marked = true;
  }
  t = t.normalize('NFKC').trim();
  for (const label of ATTACHMENT_ROWS.labels) {
    const l = label.normalize('NFKC');
    if (t.startsWith(l) && /^\s*:/u.test(t.slice(l.length))) {
      t = t.slice(l.length).replace(/^\s*:\s*/u, '');
      marked = true;
      break;
    }
  }
  return marked && t !== '' ? t : undefined;
}

export function importLedger(input: readonly (readonly string[])[], options: ImportOptions): ImportResult {
  // A spreadsheet reader leaves empty cells as holes (undefined): every cell is text from here on.
  // A web system's CSV writes ="0012…" (or a leading tab) so that Excel keeps long numbers as text.
  const rows = input.map((r) => Array.from(r, (c) => (c === undefined || c === null ? '' : excelText(String(c)))));
  const errors: ImportError[] = [];
  const found = findHeader(rows);
  if (found.index < 0) {
    const near =
      found.best >= 0 && found.bestCount > 0
        ? `；第${found.best + 1}行最像表头（${rows[found.best]!.filter((c) => c.trim() !== '').slice(0, 8).join('|')}），但没有“资产编号”列`
        : '';
    return {
      assets: [],
      errors: [
        {
          row: found.best >= 0 && found.bestCount > 0 ? found.best + 1 : 1,
          column: '',
          value: '',
          message: `前${Math.min(rows.length, HEADER_SEARCH_ROWS)}行中找不到表头（需要“资产编号”或“卡片编号”列）${near} / no header row with an asset-number column in the first ${HEADER_SEARCH_ROWS} rows`,
        },
      ],
      findings: [],
      rowCount: 0,
    };
  }
  const { top: headerTop, bottom: headerIndex, names: headerNames } = headerRows(rows, found.index);
  const header = displayHeader(headerNames);
  const positions = mapHeader(headerNames);
  // 财务入账日期 stands in for 取得日期 when a register has only the former.
  const acquiredFrom: AssetField = positions.has('acquiredOn') || !positions.has('bookedOn') ? 'acquiredOn' : 'bookedOn';
  // No 分类代码 column, but the 资产类别 (class name) cells start with a code: code and name share one column.
  const classNamePosition = positions.get('className');
  const combinedClass =
    !positions.has('classCode') &&
    classNamePosition !== undefined &&
    rows.slice(headerIndex + 1).some((r) => classNameOf(r[classNamePosition.index] ?? '') !== undefined);
  if (combinedClass) positions.set('classCode', classNamePosition);
  // The other way round: a 分类代码 column (资产分类) whose cells carry the name too, and no name column — the name is kept.
  const classCodePosition = positions.get('classCode');
  const nameInCodeCell =
    !combinedClass &&
    classNamePosition === undefined &&
    classCodePosition !== undefined &&
    rows.slice(headerIndex + 1).some((r) => classNameOf(r[classCodePosition.index] ?? '') !== undefined);
  if (nameInCodeCell) positions.set('className', classCodePosition);
  // Still no 分类代码 column: a column named as a class (资产类别 beside 类别名称) whose cells are codes holds them; failing
  // that, the class name gives the code through GB/T 14885 (a name the table has once), or the card keeps its code empty,
  // marked (MISSING_CLASS_CODE), with one warning naming the rows — a register is not refused for want of a code column.
  let classFrom: 'name' | 'none' | undefined;
  if (!positions.has('classCode')) {
    const codes = classCodeColumn(headerNames, rows.slice(headerIndex + 1), positions);
    if (codes !== undefined) {
      positions.set('classCode', codes);
      if (positions.get('className')?.index === codes.index) positions.delete('className');
    } else classFrom = positions.has('className') ? 'name' : 'none';
  }
  // Batch cards priced per item (数量 / 单价 / 金额, no 原值 column): 金额 is the card's 原值; 单价 stays by its header.
  const priced = amountAsValueColumns(headerNames, header, positions);
  if (priced) positions.set('originalValue', priced.amount);
  // 原值 stated only as 财政性资金 + 非财政性资金 (data `valueFromParts`): the field is their sum; the parts stay by their headers.
  const groups = headerTop < headerIndex ? groupsOf(rows[headerTop]!, rows[headerIndex]!) : [];
  const summed = valuePartsColumns(headerNames, header, positions, groups);
  // 累计折旧 beside 累计摊销 (data `besideColumns`): the card's field is their sum; both are kept by their headers.
  for (const [field, parts] of besideColumnsOf(headerNames, header, positions)) {
    if (summed.has(field)) continue;
    positions.delete(field);
    summed.set(field, parts);
  }
  const mappedIndexes = new Set([...positions.values()].map((p) => p.index));
  const extraColumns: { index: number; header: string }[] = [];
  const seenHeaders = new Set<string>();
  header.forEach((cell, index) => {
    let h = cell.trim();
    if (h === '' || mappedIndexes.has(index) || cellNames(h).some((n) => /^序号$|^行号$/.test(n.trim()))) return;
    // Two groups with a field of the same name (财政拨款 / 其他资金 over 金额): the later one is named with its group.
    const grouped = headerNames[index]!;
    if (seenHeaders.has(h) && grouped.length > 1) h = grouped[0]!.trim();
    if (seenHeaders.has(h)) return;
    seenHeaders.add(h);
    extraColumns.push({ index, header: h });
  });
  const fillFrom = otherColumns(headerNames, positions, 'fillEmpty');
  const disposalFrom = otherColumns(headerNames, positions, 'disposedFromOther').get('status') ?? [];
  // A 变动明细表's 期初原值 / 本期增加 / 本期减少 (kept by their headers): with all three, each row is checked.
  const movement = new Map<MovementPart, { index: number; header: string }>();
  for (const x of extraColumns) {
    const part = movementPartOf(x.header);
    if (part !== undefined && !movement.has(part)) movement.set(part, x);
  }
  const checkMovement = movement.size === 3 && positions.has('originalValue');
  for (const column of LEDGER_COLUMNS) {
    if (!column.required || positions.has(column.field)) continue;
    if (column.field === 'acquiredOn' && acquiredFrom === 'bookedOn') continue;
    if (summed.has(column.field) || (column.field === 'classCode' && classFrom !== undefined)) continue;
    errors.push({
      row: headerIndex + 1,
      column: '',
      field: column.field,
      value: '',
      message: `第${headerIndex + 1}行的表头缺少“${column.header}”列 / missing column ${column.field}`,
    });
  }
  if (errors.length > 0) {
    const missingColumns = errors.flatMap((e) => (e.field !== undefined ? [e.field] : []));
    // The fields the header does name, so that a workbook can tell a register sheet it cannot read from a 标签 list.
    const fieldsPresent = [...positions.keys(), ...summed.keys()];
    return { assets: [], errors, findings: [], rowCount: 0, headerRow: headerIndex + 1, missingColumns, fieldsPresent };
  }

  const { config, classes } = options;
  // 原值（万元）, or 金额单位：万元 above the header: amounts are read in that unit, never silently as 元.
  const titleUnit = rows.slice(0, headerTop).flatMap((r) => r.map((c) => TITLE_UNIT.exec(c.normalize('NFKC'))?.[1])).find((u) => u !== undefined);
  const moneyUnits = new Map<AssetField, MoneyUnit>();
  for (const field of ['originalValue', 'accumulatedDepreciation', 'netValue'] as const) {
    const p = positions.get(field);
    if (!p) continue;
    const own = headerNames[p.index]!.map((n) => moneyUnitInHeader(n)).find((u) => u !== undefined);
    const unit = own ?? titleUnit;
    if (unit !== undefined) moneyUnits.set(field, unit as MoneyUnit);
  }
  const priceUnit = priced
    ? ((headerNames[priced.unitPrice.index]!.map((n) => moneyUnitInHeader(n)).find((u) => u !== undefined) ?? titleUnit ?? '元') as MoneyUnit)
    : undefined;
  const classOfName = classByName(classes);
  const partUnit = (index: number) =>
    (headerNames[index]!.map((n) => moneyUnitInHeader(n)).find((u) => u !== undefined) ?? titleUnit ?? '元') as MoneyUnit;
  // The cells of a field given by code-and-name cells ([03]针灸推拿科): the code is kept in a column of its own.
  // Only a column written that way as a whole (data `codedNames.column`): 办公室(01) among plain names is a name.
  const codeColumns = new Map<AssetField, string>();
  const codedReaders = new Map<AssetField, CodedReader>();
  for (const [f, p] of positions) {
    if (!CODED_NAME_FIELDS.has(f)) continue;
    const reader = codedColumn(rows.slice(headerIndex + 1).map((r) => r[p.index] ?? ''));
    if (reader === undefined) continue;
    codeColumns.set(f, `${(header[p.index] ?? '').trim()}${CODE_COLUMN_SUFFIX}`);
    codedReaders.set(f, reader);
  }
  // Drop-down values exported `code-name` (1-在用, 04-经济责任审计股; data `codeNameCells`): the name is the value, the code
  // is kept beside it — in a field's column, or in a column kept by its header (价值类型 1-原值, 取得方式 01-新购).
  const dataCells = (index: number) => rows.slice(headerIndex + 1).map((r) => r[index] ?? '');
  for (const [f, p] of positions) {
    if (!CODE_NAME_FIELDS.has(f) || codedReaders.has(f) || (f === 'classCode' || f === 'className')) continue;
    const reader = codeNameColumn(dataCells(p.index));
    if (reader === undefined) continue;
    codeColumns.set(f, `${(header[p.index] ?? '').trim()}${CODE_COLUMN_SUFFIX}`);
    codedReaders.set(f, reader);
  }
  const extraReaders = new Map<number, { read: CodedReader; codeHeader: string }>();
  if (CODE_NAME_EXTRA_COLUMNS) {
    for (const x of extraColumns) {
      const read = codeNameColumn(dataCells(x.index));
      if (read !== undefined) extraReaders.set(x.index, { read, codeHeader: `${x.header}${CODE_COLUMN_SUFFIX}` });
    }
  }
  const extraCodesUsed = new Set<string>();
  const codedRows = new Set<AssetField>();
  const classRows = { byName: [] as number[], missing: [] as { row: number; name: string }[] };
  const pathRows = { byName: [] as number[], missing: [] as { row: number; name: string }[], first: '' };
  const blankStatusRows: number[] = [];
  // A row under the header, before any card, telling how to fill each column (yyyy-mm-dd, 数字，两位小数; data
  // `hintRows`): its typed cells (amounts, dates, 数量) are descriptions — filled, and not one holds a digit — and its
  // asset-number cell holds no number either (系统生成，勿改). A card has a number, and its errors are named.
  const numberIndex = positions.get('assetNumber')!.index;
  const typedIndexes = (['originalValue', 'accumulatedDepreciation', 'netValue', 'acquiredOn', 'bookedOn', 'quantity'] as const).flatMap((f) => {
    const p = positions.get(f);
    return p !== undefined ? [p.index] : (summed.get(f)?.map((x) => x.index) ?? []);
  });
  const isHintRow = (cells: readonly string[]): boolean => {
    if (HINT_ROW_MIN_TYPED === undefined) return false;
    const typed = typedIndexes.map((i) => (cells[i] ?? '').normalize('NFKC').trim()).filter((c) => c !== '');
    return typed.length >= HINT_ROW_MIN_TYPED && typed.every((c) => !/\d/.test(c)) && !/\d/.test((cells[numberIndex] ?? '').normalize('NFKC'));
  };
  const existing = options.existingNumbers ?? new Set<string>();
  const seen = new Map<string, number>();
  const assets: Asset[] = [];
  const findings: Finding[] = [];
  const skipped: SkipCounts = {};
  const skip = (reason: keyof SkipCounts) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  // Above the header: title lines; a rule line (-----) counts as blank, a row of column letters (A, B, C …) as column numbers.
  for (let r = 0; r < headerTop; r++) {
    const cells = rows[r]!;
    skip(
      cells.every((c) => c.trim() === '' || isRuleLine(c))
        ? 'blank'
        : isColumnLetterRow(cells)
          ? 'column-numbers'
          : r === headerTop - 1 && isFieldKeyRow(cells, rows[headerTop]!)
            ? 'field-keys'
            : 'title',
    );
  }
  const labelCells = [positions.get('assetNumber')?.index, positions.get('name')?.index];
  let rowCount = 0;
  const olderCodes: { row: number; code: string }[] = [];
  const unknownStatuses = new Map<string, number[]>();
  // Dates with the year last (4/16/2019, a register re-saved in an English locale): the order comes from the file.
  const dateIndexes = (['acquiredOn', 'bookedOn', 'statusSince'] as const).flatMap((f) => {
    const p = positions.get(f);
    return p ? [p.index] : [];
  });
  const dayOrder = dayOrderEvidence(
    rows.slice(headerIndex + 1).flatMap((cells, i) => dateIndexes.map((x) => ({ text: cells[x] ?? '', row: headerIndex + 2 + i }))),
  );
  let yearLastRead = 0;
  // Two-digit years (06.10.20): the century from the file's own latest date (打印日期：25.01.03 above the header or in
  // the footer; data `twoDigitYears`), else from the import date. Found only when the file has such a date cell.
  const twoDigitDates = rows.slice(headerIndex + 1).some((cells) => dateIndexes.some((x) => isTwoDigitYearText(cells[x] ?? '')));
  const ownLines = twoDigitDates
    ? [...rows.slice(0, headerTop), ...rows.slice(headerIndex + 1).filter((cells) => classifyRow(cells, labelCells, header) === 'footer')]
    : [];
  const fileAnchor = twoDigitDates && options.today !== undefined ? fileDateAnchor(ownLines, options.today, parseDate) : undefined;
  const yearAnchor: YearAnchor | undefined = fileAnchor ?? (twoDigitDates && options.today !== undefined ? { date: options.today, label: '', text: '' } : undefined);
  const twoDigitRead: { row: number; text: string; date: string }[] = [];
  const monthOnlyRead: { row: number; text: string }[] = [];
  let lastCard: { index: number; row: number } | undefined;
  /** A 附属设备 sub-row as one item (name 规格 数量单位 金额元), or undefined when the row is not one: no class code, no date. */
  const attachmentItem = (cells: readonly string[]): string | undefined => {
    const at = (field: AssetField) => {
      const p = positions.get(field);
      return p ? (cells[p.index] ?? '').trim() : '';
    };
    if (at('classCode') !== '' || at('acquiredOn') !== '' || at('bookedOn') !== '') return undefined;
    const name = attachmentName(at('name'));
    if (name === undefined) return undefined;
    let amount = at('originalValue');
    if (amount !== '') {
      try {
        amount = formatAmount(parseFen(amount, moneyUnits.get('originalValue') ?? '元'), { unit: '元', decimals: 2 });
      } catch {
        // Kept as written.
      }
    }
    return [name, at('specification'), `${at('quantity')}${at('unit')}`, amount].filter((x) => x !== '').join(' ');
  };
  /**
   * The filled cells of a card's continuation row — each in a column of `continuationRows` (规格型号, or kept under 备注 …)
   * — or undefined when the row fills any other cell or none.
   */
  const continuationColumns = new Map<number, { field?: AssetField; header?: string }>();
  if (CONTINUATION_ROWS !== undefined) {
    for (const [field, p] of positions) if (CONTINUATION_ROWS.fields.has(field)) continuationColumns.set(p.index, { field });
    for (const x of extraColumns) if (CONTINUATION_ROWS.headers.has(normaliseHeader(x.header))) continuationColumns.set(x.index, { header: x.header });
  }
  const continuationCells = (cells: readonly string[]) => {
    if (continuationColumns.size === 0) return undefined;
    const out: { field?: AssetField; header?: string; text: string }[] = [];
    for (let i = 0; i < cells.length; i++) {
      const text = (cells[i] ?? '').trim();
      if (text === '') continue;
      const column = continuationColumns.get(i);
      if (column === undefined) return undefined;
      out.push({ ...column, text });
    }
    return out.length > 0 ? out : undefined;
  };
  // A paged print repeats its header at the top of every page: each row of a two-row (merged) header as the file wrote it,
  // also a group row above the header (价值信息（元） over 原值) that named no further field but shares the names merged
  // down into both rows (序号, 资产编号 …) with the header's top row.
  const above = headerTop > 0 ? rows[headerTop - 1]! : undefined;
  const groupAbove = above !== undefined && sharedNames(above, rows[headerTop]!) > 1 ? [above] : [];
  const headerRowsAsWritten = [...groupAbove, ...rows.slice(headerTop, headerIndex + 1)];
  let groupDepartment: string | undefined;
  // A class heading (一、通用设备) came after the department's group row: the next total is the class's.
  let classInGroup = false;
  let groupRows = 0;
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r]!;
    // A row without an asset number may be labelled in another column (浪潮 writes 设备 小计 under 卡片编号).
    const numberIndex = labelCells[0];
    const firstFilled = cells.findIndex((c) => c.trim() !== '');
    const numberEmpty = numberIndex !== undefined && (cells[numberIndex] ?? '').trim() === '';
    const rowLabels = numberEmpty && firstFilled >= 0 ? [...labelCells, firstFilled] : labelCells;
    const reason =
      classifyRow(cells, labelCells, header) ??
      subtotalOf(cells, rowLabels, numberEmpty) ??
      groupRowKind(cells) ??
      (isCountLine(cells) ? 'footer' : undefined) ??
      (isColumnNumberRow(cells) || isColumnLetterRow(cells) ? 'column-numbers' : undefined) ??
      // A rule line of a text print (----- between header, cards and 合计): layout, like a blank line.
      (cells.every((c) => c.trim() === '' || isRuleLine(c)) ? 'blank' : undefined) ??
      (headerRowsAsWritten.some((h) => repeatsHeaderRow(cells, h)) ? 'header-repeat' : undefined);
    // A group row naming a department (部门：教务处, merged across the row; the words are data/imports/row-kinds.json
    // section.department): no card; the cards under it, up to the next such row or the group's total, belong to that
    // department where their own 使用部门 cell is empty. 部门：合计 closes the groups; a total row (合计, 小计, 总计 …)
    // closes the innermost open group — a class listed inside the department (一、通用设备 … 小计) when a class heading
    // came after the group row, else the department's — but a page total (本页合计, data/assets/register-columns.json
    // groupRows.pageTotal) closes none: the group runs on over the page break.
    const group = reason === undefined || reason === 'total' ? sectionOfRow(cells) : undefined;
    if (reason !== undefined) {
      if (group?.kind === 'total') {
        groupDepartment = undefined;
        classInGroup = false;
      } else if (reason === 'total' && groupDepartment !== undefined && !isPageTotal(cells)) {
        if (classInGroup) classInGroup = false;
        else groupDepartment = undefined;
      } else if (reason === 'class-heading' && groupDepartment !== undefined) classInGroup = true;
      skip(reason);
      continue;
    }
    if (group?.kind === 'department') {
      groupDepartment = group.value;
      classInGroup = false;
      groupRows++;
      skip('department-group');
      continue;
    }
    if (assets.length === 0 && rowCount === 0 && isHintRow(cells)) {
      skip('hints');
      continue;
    }
    // A 附属设备 sub-row right under its card (or under another one): no card, kept on the card above. Its amount is
    // part of the card's 原值 already (data/assets/register-columns.json attachmentRows), so it is not added.
    const item = numberEmpty && lastCard?.row === r - 1 ? attachmentItem(cells) : undefined;
    if (item !== undefined && lastCard !== undefined) {
      const card = assets[lastCard.index]!;
      const key = ATTACHMENT_ROWS!.header;
      const before = card.extra?.[key];
      assets[lastCard.index] = { ...card, extra: { ...card.extra, [key]: before !== undefined ? `${before}；${item}` : item } };
      lastCard.row = r;
      skip('attachment');
      continue;
    }
    // A card's further line of 规格型号 / 备注 on the row under it (a hand-kept register wrapping a long cell): joined to
    // the card on a new line, never a card and never an amount (data/assets/register-columns.json continuationRows).
    const continued = numberEmpty && lastCard?.row === r - 1 ? continuationCells(cells) : undefined;
    if (continued !== undefined && lastCard !== undefined) {
      let card = assets[lastCard.index]!;
      for (const x of continued) {
        if (x.field === 'specification') card = { ...card, specification: card.specification === '' ? x.text : `${card.specification}\n${x.text}` };
        else {
          const before = card.extra?.[x.header!];
          card = { ...card, extra: { ...card.extra, [x.header!]: before !== undefined && before !== '' ? `${before}\n${x.text}` : x.text } };
        }
      }
      assets[lastCard.index] = card;
      lastCard.row = r;
      skip('card-continuation');
      continue;
    }
    rowCount++;
    const rowNumber = r + 1;
    const before = errors.length;
    const cell = (field: AssetField) => {
      const p = positions.get(field);
      const own = p ? (cells[p.index] ?? '').trim() : '';
      if (own !== '') return own;
      for (const i of fillFrom.get(field) ?? []) {
        const other = (cells[i] ?? '').trim();
        if (other !== '') return other;
      }
      return own;
    };
    const fail = (field: AssetField, message: string) => {
      const p = positions.get(field);
      errors.push({ row: rowNumber, column: p?.label ?? '', field, value: cell(field), message });
    };
    const required = (field: AssetField, zh: string) => {
      const v = cell(field);
      if (v === '') fail(field, `${zh}为空 / ${field} is missing`);
      return v;
    };
    const money = (field: AssetField, zh: string, text: string): Fen | undefined => {
      if (text === '') return undefined;
      try {
        const value = parseFen(text, moneyUnits.get(field) ?? '元');
        if (value < 0) fail(field, `${zh}不能为负数 / ${MONEY_EN[field] ?? field} must not be negative`);
        return value;
      } catch (err) {
        fail(field, err instanceof MoneyError ? err.message : `${zh}无法识别 / not an amount`);
        return undefined;
      }
    };
    const date = (field: AssetField, text: string): string | undefined => {
      if (text === '') return undefined;
      const d = parseDate(text) ?? serialDate(text);
      if (d !== undefined) return d;
      // 2019年6月: a month-only date as the month's first day (data `monthOnlyDates`), counted in one note.
      const month = monthOnlyDate(text);
      if (month !== undefined) {
        monthOnlyRead.push({ row: rowNumber, text });
        return month;
      }
      const short = yearAnchor !== undefined ? twoDigitYearDate(text, yearAnchor.date) : undefined;
      if (short !== undefined) {
        twoDigitRead.push({ row: rowNumber, text, date: short });
        return short;
      }
      const yearLast = readYearLastDate(text, dayOrder);
      if (yearLast && 'date' in yearLast) {
        yearLastRead++;
        return yearLast.date;
      }
      fail(field, yearLast?.error ?? '日期应为 YYYY-MM-DD / date must be YYYY-MM-DD');
      return undefined;
    };

    const assetNumber = required('assetNumber', '资产编号');
    if (assetNumber !== '') {
      const firstRow = seen.get(assetNumber);
      if (firstRow !== undefined) {
        // Excel keeps 15 significant digits: a 19-digit number saved as a number loses its last digits to zeros.
        const rounded = /^\d{16,}$/.test(assetNumber) && /0$/.test(assetNumber)
          ? '；超过15位的编号被 Excel 存成数字后末几位变成了0，请从资产系统重新导出，或在 Excel 中把该列设为文本后重新录入'
          : '';
        fail('assetNumber', `资产编号“${assetNumber}”与第${firstRow}行重复${rounded} / duplicate asset number (row ${firstRow})`);
      } else if (existing.has(assetNumber)) {
        fail('assetNumber', `资产编号“${assetNumber}”已在资产账中 / asset number already in the register`);
      } else {
        seen.set(assetNumber, rowNumber);
      }
    }
    const name = required('name', '资产名称');
    const classText = classFrom === undefined ? required('classCode', '分类代码') : (classOfName(cell('className')) ?? '');
    // 房屋和构筑物/房屋/业务用房/教育用房: a path of GB/T 14885 names (data `classPath`) gives the one row it names, or a
    // marked gap (分类代码（待补）) as a card without a code — never a guess.
    const path = classFrom === undefined && classText !== '' ? classPathNames(classText) : undefined;
    const pathCode = path !== undefined ? classPathCode(path, classes.entries) : undefined;
    const classCode = path !== undefined ? (pathCode ?? '') : classText === '' ? '' : classCodeOf(classText);
    if (path !== undefined) {
      if (pathRows.first === '') pathRows.first = classText;
      if (pathCode !== undefined) pathRows.byName.push(rowNumber);
      else pathRows.missing.push({ row: rowNumber, name: classText });
    }
    if (classFrom !== undefined) {
      if (classCode !== '') classRows.byName.push(rowNumber);
      else classRows.missing.push({ row: rowNumber, name: cell('className') });
    }
    if (classCode !== '' && !classes.entries.has(classCode)) {
      // GB/T 14885-2010 codes are 7 digits without the 2022 edition's letter (2010104 台式机): kept, flagged below.
      if (OLDER_CLASS_CODE.test(classCode)) olderCodes.push({ row: rowNumber, code: classCode });
      else fail('classCode', `分类代码“${classCode}”不在 GB/T 14885-2022 中 / unknown class code`);
    }
    let quantity = 1;
    let statedQuantity: string | undefined;
    const quantityText = cell('quantity');
    // 5台: a 数量 cell carrying its unit (data `quantityWithUnit`); a 计量单位 cell of the row's own wins.
    const withUnit = quantityWithUnit(quantityText);
    const unitText = cell('unit') !== '' ? cell('unit') : (withUnit?.unit ?? '');
    if (quantityText !== '') {
      const stated = Number((withUnit?.quantity ?? quantityText).replace(/,/g, ''));
      if (!Number.isFinite(stated) || stated <= 0) fail('quantity', '数量应为正数 / quantity must be a positive number');
      // An area unit (平方米, 亩; data `areaUnits`): 数量 is the area, not a count — one card, the figure kept, whole or not.
      else if (isAreaUnit(unitText)) statedQuantity = String(stated);
      else if (Number.isInteger(stated)) quantity = stated;
      // An area (办公楼 2,460.50 平方米) is one card; the card keeps the stated figure in its own column.
      // As a plain number, so that 2,460.50 in a CSV and 2460.5 in an .xlsx are the same figure.
      else statedQuantity = String(stated);
    }
    // A field stated as the sum of its parts: the parts' cells added up in 分 (an empty part counts 0).
    const sumOf = (field: AssetField, zh: string): { text: string; value?: Fen } => {
      const parts = summed.get(field)!;
      let total = 0;
      let filled = false;
      let bad = false;
      for (const x of parts) {
        const text = (cells[x.index] ?? '').trim();
        if (text === '') continue;
        filled = true;
        try {
          total += parseFen(text, partUnit(x.index));
        } catch (err) {
          bad = true;
          const why = err instanceof MoneyError ? err.message : '不是金额 / not an amount';
          errors.push({ row: rowNumber, column: x.label, field, value: text, message: `${x.header}无法识别：${why}` });
        }
      }
      const names = parts.map((x) => x.header).join('、');
      if (!filled && parts.beside === true) return { text: '' };
      if (!filled) errors.push({ row: rowNumber, column: parts.map((x) => x.label).join('、'), field, value: '', message: `${zh}为空（${names}均为空） / ${field} is missing` });
      else if (total < 0) fail(field, `${zh}不能为负数 / ${MONEY_EN[field] ?? field} must not be negative`);
      return { text: filled ? String(total) : '', ...(filled && !bad ? { value: fen(total) } : {}) };
    };
    const amount = (field: 'originalValue' | 'accumulatedDepreciation' | 'netValue', zh: string, need: boolean): { text: string; value?: Fen } => {
      if (summed.has(field)) return sumOf(field, zh);
      const text = need ? required(field, zh) : cell(field);
      const value = money(field, zh, text);
      return { text, ...(value !== undefined ? { value } : {}) };
    };
    const stated = amount('originalValue', '原值', true);
    const valueText = stated.text;
    const originalValue = stated.value ?? 0;
    const accumulatedDepreciation = amount('accumulatedDepreciation', '累计折旧', false).value;
    const netValue = amount('netValue', '净值', false).value;
    let movementFen: { opening: number; increase: number; decrease: number } | undefined;
    if (checkMovement) {
      const parts: Partial<Record<MovementPart, number>> = {};
      for (const [part, x] of movement) {
        const text = (cells[x.index] ?? '').trim();
        const label = `${columnLetter(x.index)} ${x.header}`;
        if (text === '') {
          parts[part] = 0;
          continue;
        }
        try {
          parts[part] = parseFen(text, moneyUnits.get('originalValue') ?? '元');
        } catch (err) {
          const why = err instanceof MoneyError ? err.message : '不是金额 / not an amount';
          errors.push({ row: rowNumber, column: label, value: text, message: `${x.header}无法识别：${why}` });
        }
      }
      if (parts.opening !== undefined && parts.increase !== undefined && parts.decrease !== undefined) {
        movementFen = { opening: parts.opening, increase: parts.increase, decrease: parts.decrease };
      }
    }
    let unitPrice: Fen | undefined;
    if (priced && priceUnit) {
      const text = (cells[priced.unitPrice.index] ?? '').trim();
      if (text !== '') {
        try {
          unitPrice = parseFen(text, priceUnit);
        } catch (err) {
          const why = err instanceof MoneyError ? err.message : '不是金额 / not an amount';
          const label = `${columnLetter(priced.unitPrice.index)} ${priced.unitPrice.header}`;
          errors.push({ row: rowNumber, column: label, value: text, message: `${priced.unitPrice.header}无法识别：${why}` });
        }
      }
    }
    const acquiredText = required(acquiredFrom, acquiredFrom === 'acquiredOn' ? '取得日期' : '财务入账日期');
    const acquiredOn = date(acquiredFrom, acquiredText);
    const bookedOn = acquiredFrom === 'bookedOn' ? acquiredOn : date('bookedOn', cell('bookedOn'));
    let status: AssetStatus = 'in-use';
    const statusCell = cell('status');
    const statusCoded = codedReaders.get('status')?.(statusCell);
    const statusText = statusCoded?.name ?? statusCell;
    // A word nobody listed does not refuse the register: the card is held (in-use, so it stays on the stocktake list
    // and off the idle list), keeps its word and is marked; utilisation does not count it as in use (types.ts).
    const unmapped = statusText !== '' && statusOf(config, statusText) === undefined;
    if (statusText !== '' && !unmapped) status = statusOf(config, statusText)!;
    // A second status column (资产状态, the card's workflow state, beside 使用状况) that says 已处置: the disposal was
    // approved and the card is written off, though its last 使用状况 (待处置) was left as it was. Only that word counts.
    if (disposalFrom.some((i) => statusOf(config, (cells[i] ?? '').trim()) === 'disposed')) status = 'disposed';
    // A blank 使用状况 in a register that has the column: the status is unknown, not in use. The card is held like one
    // with a word nobody listed (in-use for the stocktake and idle lists), marked, and not counted as in use.
    const blankStatus = positions.has('status') && statusText === '' && status !== 'disposed';
    const sinceText = cell('statusSince');
    const undatedStatus = (status !== 'in-use' || unmapped || blankStatus) && options.today !== undefined ? options.today : acquiredOn;
    const statusSince = sinceText === '' ? undatedStatus : date('statusSince', sinceText);

    if (errors.length > before) continue;
    const extra: Record<string, string> = {};
    for (const x of extraColumns) {
      const v = (cells[x.index] ?? '').trim();
      const coded = v !== '' ? extraReaders.get(x.index) : undefined;
      const split = coded?.read(v);
      if (coded !== undefined && split !== undefined) {
        extra[x.header] = split.name;
        extra[coded.codeHeader] = split.code;
        extraCodesUsed.add(coded.codeHeader);
        continue;
      }
      // A date column Jixiao has no field for (启用日期 beside 购置日期), written as an Excel serial: kept as the date.
      if (v !== '') extra[x.header] = DATE_HEADER.test(x.header) ? (serialDate(v) ?? v) : v;
    }
    if (statusCoded !== undefined) {
      extra[codeColumns.get('status')!] = statusCoded.code;
      codedRows.add('status');
    }
    if (statedQuantity !== undefined) extra[STATED_QUANTITY] = statedQuantity;
    // [03]针灸推拿科, 韩梅(0305): the name is the field, the code is kept beside it (data `codedNames`).
    const named = (field: AssetField) => {
      const text = cell(field);
      const coded = codedReaders.get(field)?.(text);
      if (coded === undefined) return text;
      extra[codeColumns.get(field)!] = coded.code;
      codedRows.add(field);
      return coded.name;
    };
    const custodian = named('custodian');
    const departmentUnit = named('departmentUnit') || (groupDepartment ?? '');
    if (classFrom !== undefined && classCode === '') extra[MISSING_CLASS_CODE] = cell('className') || '无分类信息';
    if (path !== undefined && pathCode === undefined) extra[MISSING_CLASS_CODE] = classText;
    // Another system's word (出借, 不需用 …) says more than the status it maps to: the card keeps it.
    if (statusText !== '' && statusText !== config.statusLabel[status]) extra[STATED_STATUS] = statusText;
    if (blankStatus) {
      extra[UNMAPPED_STATUS] = BLANK_STATUS;
      blankStatusRows.push(rowNumber);
    }
    if (unmapped) {
      extra[UNMAPPED_STATUS] = statusText;
      const rowsOfWord = unknownStatuses.get(statusText) ?? [];
      unknownStatuses.set(statusText, [...rowsOfWord, rowNumber]);
    }
    const asset: Asset = {
      assetNumber,
      name,
      classCode,
      specification: cell('specification'),
      quantity,
      originalValue: fen(originalValue),
      acquiredOn: acquiredOn ?? '',
      fundingSource: cell('fundingSource'),
      location: cell('location'),
      custodian,
      departmentUnit,
      status,
      statusSince: statusSince ?? acquiredOn ?? '',
      labelCode: cell('labelCode'),
      ...classNameField(cell('className'), combinedClass, nameInCodeCell),
      // The path's last name is the class name when the file has no name column of its own.
      ...(path !== undefined && !positions.has('className') ? { className: path[path.length - 1]! } : {}),
      ...(unitText !== '' ? { unit: unitText } : {}),
      ...(accumulatedDepreciation !== undefined ? { accumulatedDepreciation } : {}),
      ...(netValue !== undefined ? { netValue } : {}),
      ...(bookedOn !== undefined ? { bookedOn } : {}),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
    };
    assets.push(asset);
    lastCard = { index: assets.length - 1, row: r };
    const below = belowThresholdFinding(asset, config, `第${rowNumber}行`);
    if (below) findings.push(below);
    if (priced && unitPrice !== undefined && valueText !== '' && quantityText !== '') {
      const expected = pricedFen(quantityText, unitPrice);
      if (expected !== undefined && expected !== asset.originalValue) {
        findings.push(amountFinding(rowNumber, asset, priced, quantityText, unitPrice, expected));
      }
    }
    if (movementFen !== undefined && valueText !== '') {
      const closing = movementFen.opening + movementFen.increase - movementFen.decrease;
      if (closing !== asset.originalValue) findings.push(movementFinding(rowNumber, asset, movement, movementFen, closing));
    }
  }
  if (rowCount === 0) {
    errors.push({ row: headerIndex + 2, column: '', value: '', message: `第${headerIndex + 1}行表头下没有数据行 / no data rows` });
  }
  if (olderCodes.length > 0) findings.push(olderClassFinding(olderCodes));
  const orderNote = dayOrderNote(dayOrder);
  if (yearLastRead > 0 && orderNote !== undefined) {
    findings.push(
      finding({
        rule: RULE_DATE_ORDER,
        severity: 'info',
        message: `${yearLastRead} 个年份在后的日期（表格软件按英文区域设置另存的写法）按 ${orderNote} 读取；请核对 / ${yearLastRead} year-last dates read in the file's month/day order`,
        evidence: [{ path: `第${dayOrder.examples[dayOrder.order!]!.row}行`, quote: dayOrder.examples[dayOrder.order!]!.text }],
      }),
    );
  }
  if (twoDigitRead.length > 0 && yearAnchor !== undefined) findings.push(twoDigitYearFinding(twoDigitRead, yearAnchor));
  if (monthOnlyRead.length > 0) {
    findings.push(
      finding({
        rule: RULE_MONTH_ONLY_DATE,
        severity: 'info',
        message: `${monthOnlyRead.length} 个日期只写到月（如 2019年6月），按该月1日读入；折旧从次月起算，不受影响 / ${monthOnlyRead.length} month-only dates read as the month's first day`,
        evidence: [{ path: `第${monthOnlyRead[0]!.row}行`, quote: monthOnlyRead[0]!.text }],
      }),
    );
  }
  const statusHeader = positions.get('status')?.label ?? '状态';
  for (const [word, rowsOfWord] of unknownStatuses) findings.push(unknownStatusFinding(word, rowsOfWord, statusHeader, config));
  if (blankStatusRows.length > 0) findings.push(blankStatusFinding(blankStatusRows, statusHeader));
  if (pathRows.byName.length + pathRows.missing.length > 0) findings.push(classPathFinding(pathRows, positions.get('classCode')?.label));
  const fieldsPresent = [...positions.keys(), ...summed.keys()];
  if (classFrom === 'name') fieldsPresent.push('classCode');
  // Departments given by group rows (部门：教务处) are the file's departments even without a 使用部门 column.
  if (groupRows > 0 && !positions.has('departmentUnit')) fieldsPresent.push('departmentUnit');
  if (summed.size > 0) findings.push(valuePartsFinding(summed, headerIndex + 1));
  if (classFrom !== undefined) findings.push(classFromNameFinding(classFrom, classRows, positions.get('className')?.label));
  // The code columns of coded names (and the missing-code mark, when codes come from names) follow the file on update.
  const derivedColumns = [
    ...[...codeColumns].filter(([f]) => codedRows.has(f)).map(([, h]) => h),
    ...(classFrom === 'name' || pathRows.byName.length + pathRows.missing.length > 0 ? [MISSING_CLASS_CODE] : []),
    ...extraCodesUsed,
  ];
  if (acquiredFrom === 'bookedOn') fieldsPresent.push('acquiredOn');
  // 会计期间 / 单位代码 / 单位名称 repeated on every row of a flat dump: one value in the whole file is a fact of the file.
  // A column whose values differ within the file (a dump of several units) stays on the cards and is compared.
  const fileFacts: Record<string, string> = {};
  for (const x of extraColumns) {
    if (!isFileFactHeader(x.header) || assets.length === 0) continue;
    const values = new Set(assets.map((a) => a.extra?.[x.header] ?? ''));
    if (values.size === 1) fileFacts[x.header] = [...values][0]!;
  }
  const factHeaders = new Set(Object.keys(fileFacts));
  const cards = factHeaders.size === 0 ? assets : assets.map((a) => withoutExtra(a, factHeaders));
  const shape = {
    rowCount,
    headerRow: headerIndex + 1,
    skipped,
    fieldsPresent,
    extraColumns: [...extraColumns.map((x) => x.header).filter((h) => !factHeaders.has(h)), ...derivedColumns],
    ...(factHeaders.size > 0 ? { fileFacts } : {}),
  };
  return errors.length > 0 ? { assets: [], errors, findings: [], ...shape } : { assets: cards, errors, findings, ...shape };
}

/** The card without the columns named (kept as facts of the file instead). */
function withoutExtra(asset: Asset, headers: ReadonlySet<string>): Asset {
  if (asset.extra === undefined) return asset;
  const extra = Object.fromEntries(Object.entries(asset.extra).filter(([h]) => !headers.has(h)));
  const { extra: _dropped, ...rest } = asset;
  return Object.keys(extra).length > 0 ? { ...rest, extra } : rest;
}

/** The card's class name: the cell, or the name part of a cell shared with the code (none when it holds a code alone). */
function classNameField(text: string, codeInNameCell: boolean, nameInCodeCell: boolean): { className?: string } {
  if (text === '') return {};
  if (nameInCodeCell) {
    const name = classNameOf(text);
    return name !== undefined ? { className: name } : {};
  }
  return { className: codeInNameCell ? (classNameOf(text) ?? text) : text };
}

const yuanText = (v: number) => formatAmount(v, { unit: '元', decimals: 2, grouping: true, withUnit: false });

/** A 变动明细表 row whose movement does not add up to its 期末原值 (the card's 原值): a warning naming the row. */
function movementFinding(
  row: number,
  asset: Asset,
  columns: ReadonlyMap<MovementPart, { header: string }>,
  m: { opening: number; increase: number; decrease: number },
  closing: number,
): Finding {
  const h = (p: MovementPart) => columns.get(p)?.header ?? p;
  return finding({
    rule: RULE_MOVEMENT_MISMATCH,
    severity: 'warning',
    message:
      `第${row}行 ${asset.assetNumber} ${asset.name}：${h('opening')} ${yuanText(m.opening)} + ${h('increase')} ${yuanText(m.increase)} − ${h('decrease')} ${yuanText(m.decrease)} = ${yuanText(closing)}，` +
      `与原值 ${yuanText(asset.originalValue)} 相差 ${yuanText(asset.originalValue - closing)} 元；已按原值导入，请在资产系统中核对该卡片的本期变动 / row ${row}: opening + increase − decrease ≠ closing original value`,
    evidence: [{ path: `第${row}行.originalValue`, quote: yuanText(asset.originalValue) }],
  });
}

/** A priced card's row whose 数量 × 单价 is not its 金额 (read as the 原值): a warning naming the row. */
function amountFinding(
  row: number,
  asset: Asset,
  priced: { amount: Position; unitPrice: { header: string } },
  quantityText: string,
  unitPrice: number,
  expected: number,
): Finding {
  const amountHeader = priced.amount.label.replace(/^[A-Z]+ /, '');
  return finding({
    rule: RULE_AMOUNT_MISMATCH,
    severity: 'warning',
    message:
      `第${row}行 ${asset.assetNumber} ${asset.name}：数量 ${quantityText} × ${priced.unitPrice.header} ${yuanText(unitPrice)} = ${yuanText(expected)}，` +
      `与${amountHeader} ${yuanText(asset.originalValue)} 相差 ${yuanText(asset.originalValue - expected)} 元；已按${amountHeader}作为原值导入，请在资产系统中核对该卡片 / row ${row}: quantity × unit price ≠ amount`,
    evidence: [{ path: `第${row}行.originalValue`, quote: yuanText(asset.originalValue) }],
  });
}

/**
 * One warning per status word in no group of data/assets/register-columns.json `statusAliases`, naming its rows and
 * how to map it: the cards are imported with the word kept (marked 使用状况（未识别）), not refused.
 */
function unknownStatusFinding(word: string, rows: readonly number[], header: string, config: AssetConfig): Finding {
  const shown = rows.slice(0, 10).map((r) => `第${r}行`).join('、') + (rows.length > 10 ? ` 等` : '');
  const statuses = Object.entries(config.statusLabel).map(([code, label]) => `${label} ${code}`).join('、');
  return finding({
    rule: RULE_UNKNOWN_STATUS,
    severity: 'warning',
    message:
      `${header}「${word}」不是已知的状态词（${shown}，${rows.length} 张卡片）：已导入，原文保留在“${STATED_STATUS}”，并标记“${UNMAPPED_STATUS}”；` +
      `在确认前不计入固定资产利用率的在用原值。如该词表示某一状态，请把“${word}”加入 data/assets/register-columns.json 的 statusAliases.groups ` +
      `中相应状态（${statuses}）的 words，再重新导入该文件（只更新这些卡片） / status word “${word}” is not known (${rows.length} cards): imported with the word kept, ` +
      `not counted as in use; map it in data/assets/register-columns.json statusAliases.groups and re-import`,
    evidence: rows.slice(0, 10).map((r) => ({ path: `第${r}行.status`, quote: word })),
  });
}

/**
 * One warning for the cards whose status cell is blank in a register that has the column: the status is unknown, not
 * in use — imported, marked 使用状况（未识别） (BLANK_STATUS), not counted as in use until stated.
 */
function blankStatusFinding(rows: readonly number[], header: string): Finding {
  const shown = rows.slice(0, 10).map((r) => `第${r}行`).join('、') + (rows.length > 10 ? ` 等` : '');
  return finding({
    rule: RULE_UNKNOWN_STATUS,
    severity: 'warning',
    message:
      `${header}为空（${shown}，${rows.length} 张卡片）：状况不明，不按在用处理；已导入并标记“${UNMAPPED_STATUS}”为“${BLANK_STATUS}”，` +
      `在确认前不计入固定资产利用率的在用原值。请在资产系统中补填使用状况后重新导出并导入（只更新这些卡片），或在盘点中确认 / ` +
      `status blank on ${rows.length} cards: imported as unknown (marked), not counted as in use until stated`,
    evidence: rows.slice(0, 10).map((r) => ({ path: `第${r}行.status`, quote: '' })),
  });
}

/** One finding for the class cells written as a path of GB/T 14885 names: codes found, and the cards left without one. */
function classPathFinding(rows: { readonly byName: readonly number[]; readonly missing: readonly { row: number; name: string }[]; readonly first: string }, column: string | undefined): Finding {
  const missing = rows.missing.map((m) => m.row);
  const shown = missing.slice(0, 10).map((r) => `第${r}行`).join('、') + (missing.length > 10 ? ' 等' : '');
  const gap =
    missing.length > 0
      ? `；${missing.length} 张卡片的名称路径在代码表中找不到唯一对应（${shown}），已导入，分类代码留空并标记“${MISSING_CLASS_CODE}”（保留原路径），请在资产系统中补齐后重新导出更新`
      : '';
  return finding({
    rule: RULE_CLASS_FROM_NAME,
    severity: missing.length > 0 ? 'warning' : 'info',
    message:
      `${column ?? '资产分类'}写的是 GB/T 14885-2022 名称路径（如“${rows.first}”）而非代码：${rows.byName.length} 张卡片按路径末级名称及其上级名称在代码表中查得唯一代码${gap} / ` +
      `class written as a path of names: ${rows.byName.length} codes found, ${missing.length} cards left without a code`,
    evidence: (missing.length > 0 ? rows.missing.map((m) => ({ path: `第${m.row}行.classCode`, quote: m.name })) : rows.byName.map((r) => ({ path: `第${r}行.classCode`, quote: '' }))).slice(0, 10),
  });
}

/** One note for the dates with a two-digit year: how many, read against which date of the file (or the import date). */
function twoDigitYearFinding(read: readonly { row: number; text: string; date: string }[], anchor: YearAnchor): Finding {
  const against =
    anchor.label !== ''
      ? `按本表自身的${anchor.label}“${anchor.text}”（${anchor.date}）`
      : `本表没有截止日期或打印日期，按导入日期 ${anchor.date}`;
  const first = read[0]!;
  return finding({
    rule: RULE_TWO_DIGIT_YEAR,
    severity: 'info',
    message:
      `${read.length} 个两位年份的日期（如第${first.row}行“${first.text}”读作 ${first.date}）${against}确定世纪：读作不晚于该日的年份；请核对 / ` +
      `${read.length} two-digit-year dates read as the latest year not after ${anchor.date}${anchor.label !== '' ? ` (the file's ${anchor.label})` : ' (the import date)'}`,
    evidence: read.slice(0, 5).map((x) => ({ path: `第${x.row}行`, quote: `${x.text} → ${x.date}` })),
  });
}

/** One warning for all cards with GB/T 14885-2010 codes (a register has them all or none, one line is enough). */
function olderClassFinding(older: readonly { row: number; code: string }[]): Finding {
  const codes = [...new Set(older.map((o) => o.code))];
  return finding({
    rule: RULE_OLDER_CLASS,
    severity: 'warning',
    message: `${older.length} 张卡片的分类代码是 GB/T 14885-2010 的7位旧代码（${codes.slice(0, 3).join('、')}${codes.length > 3 ? ' 等' : ''}），已按原样导入；资产检查会列出这些卡片，请在资产系统中按 GB/T 14885-2022 重新分类后再导出更新`,
    evidence: older.slice(0, 5).map((o) => ({ path: `第${o.row}行.classCode`, quote: o.code })),
  });
}

/** One line per error: `第3行 C 分类代码「X」：message`. */
export function formatImportError(e: ImportError): string {
  const where = e.column ? ` ${e.column}` : '';
  const value = e.value ? `「${e.value}」` : '';
  const sheet = e.sheet ? `工作表“${e.sheet}”` : '';
  return e.row > 0 ? `${sheet}第${e.row}行${where}${value}：${e.message}` : `${sheet}${value}：${e.message}`;
}

/** The code of a class name GB/T 14885 has exactly once (compared after NFKC, without spaces); undefined otherwise. */
function classByName(classes: CodeTable): (name: string) => string | undefined {
  const codes = new Map<string, string[]>();
  for (const e of classes.entries.values()) codes.set(classNameKey(e.name), [...(codes.get(classNameKey(e.name)) ?? []), e.code]);
  // 台式机, 笔记本电脑 …: a short name the table reads one way (data/assets/class-short-names.json).
  const short = shortNameCodes(classes.entries);
  return (name) => {
    const found = codes.get(classNameKey(name));
    if (found !== undefined) return found.length === 1 ? found[0] : undefined;
    return short.get(classNameKey(name));
  };
}
