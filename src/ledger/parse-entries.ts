/**
 * Text rows (below the header) to entries. Every bad cell is collected, not just the first, so the user
 * fixes a file in one pass; the import then writes nothing (all or nothing is the caller's transaction).
 */
import { type Fen, MONEY_UNITS, MoneyError, type MoneyUnit, parseFen } from '../core/money.ts';
import {
  type AccountTitle,
  accountTitleOfPageInfo,
  accountTitleOfRow,
  classifyRow,
  isClosingLabel,
  isSystemSwitchLabel,
  loadRowKinds,
  normalizeLabel,
  type PageContext,
  projectCellCodeName,
  type SectionRow,
  type SkipCounts,
  type SkipReason,
  sameAsAboveKey,
  sectionOfRow,
  sheetSectionOf,
  titleRowKey,
  titleSectionOf,
} from '../reference/row-kinds.ts';
import { accountEconomicClass } from './account-class.ts';
import { isDateVoucherColumn, normalizeHeader, type ResolvedColumns } from './column-mapping.ts';
import { type DateVoucher, splitDateVoucher } from './date-voucher-cell.ts';
import { digitRunProblem, splitAmountProblem } from './digit-columns.ts';
import { economicNameKey, economicNames } from './economic-names.ts';
import { codeLegend, conventionLegend, decodeValue, loadFieldCodes, natureOfAccountCode, redInkLegend, redInkOf } from './field-codes.ts';
import { type ExpenditureNature, FIELD_LABEL, type LedgerEntry, type LedgerField, namedClass, NO_FUNCTION, type NatureSource } from './entry.ts';
import { formatYuan } from './format-money.ts';
import { type FunctionNameResolution, fileNameIndex, functionTableNames, type NameIndex, resolveFunctionName, splitNamePath } from './function-names.ts';
import { type ClassificationRules, loadLedgerRuleData } from './rule-data.ts';
import { joinWrappedRows } from './wrapped-rows.ts';

export interface RowError {
  /** 1-based row of the file. */
  readonly row: number;
  readonly field?: LedgerField;
  /** The header text of the column. */
  readonly column?: string;
  readonly value?: string;
  /** Chinese / English: the command line's (it may name a flag). */
  readonly message: string;
  /** The web app's text when it differs from `message` (channel-message.ts). */
  readonly webMessage?: string;
}

export interface ParseOptions {
  readonly fiscalYear: number;
  /** Called every few thousand rows (progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stop collecting after this many errors (a wrong file would otherwise list every row). Default 1000. */
  readonly maxErrors?: number;
  /** Added to every row number: rows parsed after others of the same file (a sheet in its own layout) number on. */
  readonly rowOffset?: number;
}

export interface ParseResult {
  readonly entries: LedgerEntry[];
  readonly errors: RowError[];
  /** True when errors stopped being collected at maxErrors. */
  readonly errorsTruncated: boolean;
  /** Rows skipped as blank, title, total, period (期初余额, 本月合计 …) or footer lines. */
  readonly skippedRows: number;
  /** The same, by reason. */
  readonly skipped: SkipCounts;
  /** Distinct rows with at least one error (a row with three bad cells is one bad row). */
  readonly badRows: number;
  /** Rows of a 多栏账 whose analysis columns held several classes, each made one entry. */
  readonly splitRows: number;
  /** Rows whose function class was written as a name, resolved by the function table or by the file's own `code name` cells. */
  readonly functionByName: FunctionByName;
  /**
   * Rows whose function or economic class is a name the code table does not settle (the shipped tables are
   * incomplete), imported under that name as written (entry.ts namedClass).
   */
  readonly keptNames: KeptNames;
  /** Section rows of a 辅助明细账 grouped by project (项目：[code]name, 基本支出), which set the project of the entries under them. */
  readonly sections: SectionCounts;
  /** Entry rows that took a blank 日期/凭证号 or a blank or 同上 摘要 from the entry row just above them. */
  readonly carriedRows: number;
  /** Entry rows of a ledger with 月 and 日 columns that left 月 blank and took the month written on a row above. */
  readonly monthCarriedRows: number;
  /** Rows of returned or voided payments (状态 已退回, 已作废 …), left out and counted with their amount. */
  readonly voided: VoidedRows;
  /** 平行记账: entries whose payee or project was taken from the 财务会计 lines of their voucher. */
  readonly fromParallelBooks: FromParallelBooks;
  /**
   * Entries imported without a function class: a 多栏明细账 analysed by economic class only prints no 功能科目 column
   * (column-mapping.ts); their functionCode is entry.ts NO_FUNCTION (''), and the checks that need it say so.
   */
  readonly withoutFunction: number;
  /** The unit the amounts were read in when it was not 元 (金额单位：万元), with the rows read so; undefined for 元. */
  readonly amountUnit?: { readonly unit: MoneyUnit; readonly rows: number };
  /** Lines of the other units of a multi-unit export, skipped, and their net amount (借 − 贷) in 分. */
  readonly otherUnits: { readonly rows: number; readonly amount: number };
}

/**
 * 平行记账 (政府会计制度): the 预算会计 支出 line (7201 …) of a voucher often leaves 往来单位 and 项目 blank where the
 * 财务会计 lines of the same voucher (5101 单位管理费用, 1011 零余额账户用款额度, 1601 …) state them. Entries that took
 * them from there, by field.
 */
export interface FromParallelBooks {
  readonly payee: number;
  readonly project: number;
}

/** Rows left out because their status column says the payment was returned, voided or withdrawn. */
export interface VoidedRows {
  readonly rows: number;
  /** Their amounts as the row states them (借方 − 贷方, or 金额), in 分. */
  readonly amount: number;
  /** Rows per status as written (已退回 3, 已作废 1). */
  readonly byStatus: Readonly<Record<string, number>>;
}

/**
 * Section rows read, by kind: a project section sets 项目编码/项目名称 of its entries, a basic one sets none, a
 * function or economic one (功能科目：[2050803]培训支出) the class where the file has no value for it.
 */
export interface SectionCounts {
  readonly project: number;
  readonly basic: number;
  readonly function: number;
  readonly economic: number;
  /** Entries whose project was taken from their section (the file has no value for it in a column). */
  readonly entries: number;
}

/** Rows whose class was imported under the name the file writes (no code of the table fits it), by kind. */
export interface KeptNames {
  readonly function: number;
  readonly economic: number;
}

/** Rows whose function class was written by name only, by what resolved it. */
export interface FunctionByName {
  readonly table: number;
  readonly file: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A cell of a 平行记账 side that holds nothing: blank, a zero amount or a dash. */
const NO_SIDE_AMOUNT = /^(?:[-—–－]*|0+(?:\.0+)?)$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
/** A date with a two-digit year (24/03/05, 24-3-5): read only when the year is the fiscal year's last two digits. */
const SHORT_YEAR_DATE = /^(\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
/**
 * A date written year last (1/5/2024, 05.01.2024, 1/5/2024 0:00): what a spreadsheet program writes for a date cell
 * saved as CSV in a locale other than Chinese (LibreOffice and Excel in en-US: M/D/YYYY; en-GB: D/M/YYYY).
 */
const YEAR_LAST_DATE = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/iu;

/**
 * Which part of a year-last date is the month, as the file's own dates show it: a first part above 12 makes it day
 * first, a second part above 12 month first; when no date tells (every part 12 or less), month first, as the
 * programs' default short date (en-US) writes it. Undefined when the dates disagree (a day above 12 in both places):
 * such a date is not read.
 */
export function yearLastOrder(texts: Iterable<string>): 'month-first' | 'day-first' | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const m = YEAR_LAST_DATE.exec(text.normalize('NFKC').trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return undefined;
  return dayFirst ? 'day-first' : 'month-first';
}

/** A year-last date (YEAR_LAST_DATE) as YYYY-MM-DD in the order given, or undefined. */
export function parseYearLastDate(text: string, order: 'month-first' | 'day-first' | undefined): string | undefined {
  const m = YEAR_LAST_DATE.exec(text.normalize('NFKC').trim());
  if (!m || order === undefined) return undefined;
  const [month, day] = order === 'month-first' ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
  return parseLedgerDate(`${m[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}
/** An amount cell that carries its direction (借 1,200.00, 贷 320.00): 借 is a debit, 贷 a credit. */
const DIRECTION_PREFIX = /^\s*([借贷])\s*(.*)$/su;
const PLAIN_AMOUNT = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/;
/** The side of a nil balance (借或贷 平), written in a balance's direction column only. */
const BALANCE_SIDE = /^\s*平\s*$/u;
/** Fields whose cell holds a code (read with its digits, whatever their width). */
const CODE_FIELDS: ReadonlySet<LedgerField> = new Set(['functionCode', 'functionName', 'economicCode', 'projectCode', 'account']);
const FULL_WIDTH_DIGIT = /[０-９]/u;
/**
 * A plain decimal whose digits after the 分 are a float’s rounding error: 0000001… or 9999998… (see parseLedgerAmountIn).
 * The 分 is the unit's own decimal place: the second for 元, the sixth for 万元 (MONEY_UNITS), one pattern per unit.
 */
const FLOAT_NOISE = new Map(
  (Object.entries(MONEY_UNITS) as [MoneyUnit, number][]).map(([unit, places]) => [unit, new RegExp(`^(-?)(\\d{1,13})\\.(\\d{${places}})(0{4,}\\d*|9{4,}\\d*)$`)] as const),
);

/**
 * The whole 分 a plain decimal in `unit` holds when its digits after the unit's 分 place are a spreadsheet's binary float
 * written out in full (1234.5600000001, 0.30000000000000004 元; 0.06972100000000001, 209.839623999999 万元); undefined
 * when it is no such number. Such noise is a run of at least four 0s or 9s right after the 分 digit in a number written
 * to 12 or more significant digits (a double prints 15 to 17); 12.345 元 or 0.0697215 万元 (typed, or a share worked out
 * to a fraction of a 分) are not noise, and stay an error.
 */
function floatNoiseFen(t: string, unit: MoneyUnit): Fen | undefined {
  const noisy = FLOAT_NOISE.get(unit)?.exec(t);
  if (!noisy || t.replace(/^-?0*\.?0*/, '').replace('.', '').length < 12) return undefined;
  const fen = Number(`${noisy[2]}${noisy[3]}`) + (noisy[4]!.startsWith('9') ? 1 : 0);
  if (!Number.isSafeInteger(fen)) return undefined;
  return (noisy[1] === '-' ? -fen : fen) as Fen;
}

/** A month heading of a ledger printed in month blocks: 2024年01月, 2024年1月, 1月, 01月份. */
const MONTH_HEADING = /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月份?$/u;
/** A 月 cell's own month (1, 01, 1月): the month carried down to the rows of the month that leave 月 blank. */
const WRITTEN_MONTH = /^(?:\d{4}\s*[年\-./]\s*)?(?:0?[1-9]|1[0-2])\s*月?份?$/u;

/** The day of a 日 cell (5, 05, 5日), or undefined for any other text. */
function dayOfMonth(text: string): number | undefined {
  const d = /^(\d{1,2})日?$/u.exec(text.trim())?.[1];
  return d === undefined ? undefined : Number(d);
}

/** A leading tag of a 摘要 (【项目名称】rest), with no label colon inside: the tag and the rest. */
const SUMMARY_PROJECT_TAG = /^\s*[【［[]([^【】［］[\]:：]{4,40})[】］\]]\s*(\S.*)$/u;

/** A code as a cell's own text starts with it, after an optional opening bracket ([30217], 【30217】, (30217)). */
const LEADING_CODE = /^\s*[[【(（［〔]?\s*(\d{3,7})(?!\d)/;
/** A code printed in groups (302 17, 201-05-07, 302.17): 类 of 3 digits, 款 and 项 of 2. */
const GROUPED_CODE = /^\s*[[【(（［〔]?\s*(\d{3})[\s.\-－](\d{2})(?:[\s.\-－](\d{2}))?(?![\d.])/;
/**
 * A code standing alone elsewhere in the cell: after a bracket, a path separator or a space (公务接待费(30217),
 * 商品和服务支出/[30217]公务接待费), never inside a longer number or a letter-and-digit code (YL2024-002).
 */
const LATER_CODE = /(?<=[[【(（［〔/\\>＞|｜、\s—\-－_])([1-9]\d{2,6})(?![\dA-Za-z])/g;

/**
 * The voucher an entry belongs to when the export prints its 凭证字 (记, 收, 付, 转) and its number in two columns:
 * `付-1`, as a 凭证字号 column prints it. Packages that number vouchers per type have a 收-1, a 付-1 and a 转-1 in one
 * month, three vouchers; read by number alone they would be one (grouped as one, one 调账 read across them). The
 * number as written when there is no type, no number (a blank number stays blank: a type is no voucher), or the number
 * already begins with its type (付-1, 付字第1号).
 */
export function voucherWithType(number: string, type: string): string {
  const kind = type.replace(/\s+/gu, '');
  if (kind === '' || number === '' || number.normalize('NFKC').startsWith(kind.normalize('NFKC'))) return number;
  return `${kind}-${number}`;
}

/**
 * The 摘要 of an entry line under a voucher line: the line's own text, and the voucher's 摘要 kept apart
 * (LedgerEntry.voucherSummary) for the rules that read it. The voucher's 摘要 stands for the line's when the line has
 * none; it is not kept when the line's text already contains it. Every entry line under a voucher line is read so,
 * marked as a continuation (└, indentation) or not: the readers trim a cell's spaces, so indentation alone is not
 * seen, and an entry line's text is by its place a part of its voucher.
 */
export function entryLineSummary(voucherSummary: string, own: string): { readonly summary: string; readonly voucherSummary?: string } {
  if (own === '') return { summary: voucherSummary };
  if (voucherSummary === '' || own.includes(voucherSummary)) return { summary: own };
  return { summary: own, voucherSummary };
}

/** A dated entry has a parseable date: rows without one are checked against the skip words first. */
function looksLikeEntryDate(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57 && text.length >= 5;
}

/** Days from 1899-12-30 (Excel's day zero, after its 1900 leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Oracle's default date format DD-MON-RR as a database client prints a DATE column (SQL*Plus, a spool): `05-MAR-24`
 * in English, `05-3月 -24` in a Chinese client (the month padded to the width of 12月).
 */
const ORACLE_DATE = /^(\d{1,2})-\s*(\d{1,2}(?=\s*月)|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s*月?\s*-\s*(\d{2}|\d{4})$/iu;
const ORACLE_MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/**
 * A date cell to YYYY-MM-DD, or undefined. Accepts 2024-03-05, 2024/3/5, 2024年3月5日, 20240305, Excel serials (with
 * or without a time fraction), Oracle's DD-MON-RR (05-MAR-24, 05-3月 -24).
 */
export function parseLedgerDate(text: string): string | undefined {
  // Full-width digits and separators (２０２４－０１－０５, as an older GBK export writes them) are the same date.
  const t = text.normalize('NFKC').trim();
  let y: number;
  let m: number;
  let d: number;
  const match = ISO_DATE.exec(t) ?? LOOSE_DATE.exec(t) ?? COMPACT_DATE.exec(t);
  const oracle = match ? undefined : ORACLE_DATE.exec(t);
  if (match) {
    y = Number(match[1]);
    m = Number(match[2]);
    d = Number(match[3]);
  } else if (oracle) {
    // RR: a two-digit year 00–49 is 20xx, 50–99 19xx.
    const yy = Number(oracle[3]);
    y = oracle[3]!.length === 4 ? yy : yy < 50 ? 2000 + yy : 1900 + yy;
    m = oracle[2]!.length <= 2 ? Number(oracle[2]) : ORACLE_MONTHS.indexOf(oracle[2]!.toUpperCase()) + 1;
    d = Number(oracle[1]);
  } else if (/^\d{5}(?:\.\d+)?$/.test(t)) {
    // An Excel serial, with the time of day as its fraction (45297.4375 = 2024-01-06 10:30) when a date-time was saved as a number.
    const date = new Date(EXCEL_EPOCH_MS + Number.parseInt(t, 10) * 86_400_000);
    y = date.getUTCFullYear();
    m = date.getUTCMonth() + 1;
    d = date.getUTCDate();
  } else {
    return undefined;
  }
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The word a class's level column ends with, in order: 类 (3 digits), 款 (2), 项 (2). */
const LEVEL_WORDS = ['类', '款', '项'] as const;

/**
 * For the function and economic class: the columns of its levels when its column's header ends with 类 (功能科目类,
 * 功能分类(类)) and the next columns' headers are the same words ending with 款 (and 项). Otherwise none.
 */
export function levelColumns(resolved: ResolvedColumns): Map<LedgerField, number[]> {
  const out = new Map<LedgerField, number[]>();
  for (const field of ['functionCode', 'economicCode'] as const) {
    const index = resolved.columns[field];
    if (index === undefined) continue;
    const stem = (i: number, word: string): string | undefined => {
      const h = normalizeHeader(resolved.headers[i] ?? '').replace(/[()（）]/gu, '');
      return h.length > 1 && h.endsWith(word) ? h.slice(0, -1) : undefined;
    };
    const base = stem(index, LEVEL_WORDS[0]);
    if (base === undefined) continue;
    const parts = [index];
    for (const word of LEVEL_WORDS.slice(1)) {
      const next = index + parts.length;
      if (stem(next, word) !== base) break;
      parts.push(next);
    }
    if (parts.length > 1) out.set(field, parts);
  }
  return out;
}

/** The units a ledger may state its amounts in (元, 千元, 万元, 百万元, 亿元), longest first. */
const YUAN_UNITS = (Object.keys(MONEY_UNITS) as MoneyUnit[]).filter((u) => u.endsWith('元')).sort((a, b) => b.length - a.length);
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The unit an amount column's header states after its name — 借方金额（万元）, 金额(单位：万元), 发生额万元 — or undefined.
 * `labels` are the words that may name the unit inside the brackets (header-synonyms.json amountUnit).
 */
export function headerAmountUnit(header: string, labels: readonly string[]): MoneyUnit | undefined {
  const t = header.normalize('NFKC').replace(/\s+/gu, '');
  const label = labels.length > 0 ? `(?:(?:${labels.map(escapeRe).join('|')}):?)?` : '';
  const m = new RegExp(`(?:[(\\[]${label})?(${YUAN_UNITS.join('|')})[)\\]]?$`, 'u').exec(t);
  return m ? (m[1] as MoneyUnit) : undefined;
}

/**
 * The unit a title row above the header states for the amounts (金额单位：万元, 单位：元), the first one found; undefined
 * when none does. A label's value must be a unit word alone (单位：某县文化馆 names the unit, not the money's unit).
 * The statement may stand anywhere in the title block: in a cell of several fields (单位：[018003]某局　科目：7101 行政支出
 * 期间：2024年01月—2024年12月　金额单位：万元, one merged cell), or with its label and its unit in two cells side by side
 * (金额单位： | 万元, as a grid export writes a label and its value; empty merged cells between them are passed over).
 */
export function titleAmountUnit(rows: readonly (readonly string[])[], labels: readonly string[]): MoneyUnit | undefined {
  if (labels.length === 0) return undefined;
  const sorted = [...labels].sort((a, b) => b.length - a.length).map(escapeRe);
  const units = YUAN_UNITS.join('|');
  const pattern = new RegExp(`(?:${sorted.join('|')})\\s*[:：]\\s*(${units})(?![\\p{Script=Han}A-Za-z])`, 'u');
  const labelAlone = new RegExp(`(?:^|\\s)(?:${sorted.join('|')})\\s*[:：]?$`, 'u');
  const unitAlone = new RegExp(`^(${units})$`, 'u');
  for (const cells of rows) {
    const texts = cells.map((c) => (c ?? '').normalize('NFKC').trim());
    for (let i = 0; i < texts.length; i++) {
      const m = pattern.exec(texts[i]!);
      if (m) return m[1] as MoneyUnit;
      if (labelAlone.test(texts[i]!)) {
        const next = texts.slice(i + 1).find((t) => t !== '');
        const unit = next === undefined ? undefined : unitAlone.exec(next)?.[1];
        if (unit !== undefined) return unit as MoneyUnit;
      }
    }
  }
  return undefined;
}

/**
 * An amount cell written in `unit`, the unit the ledger states, to 分, exactly by its digits (0.128050 万元 is
 * 128050 分; an amount finer than the unit's 分 is a MoneyError, never rounded). One reading of the cell's text form for
 * every unit: parseLedgerAmount is its 元 case.
 * - A plain 元 decimal (1234.56, -12.3) takes a fast path: 200,000 rows.
 * - Excel's accounting format (会计专用) writes nothing as a dash (`-`, `—`, `--`) and puts the currency sign before
 *   the amount and after its minus (`-￥620.00`, `￥-620.00`, `￥(620.00)`): saved as text, the same amounts.
 * - Accountants write reversals in parentheses: (1,234.00); a typeset minus sign (U+2212, as a word processor or a PDF
 *   conversion writes red ink) is a minus; so is a minus after the number (1,160.00-, as older DOS- and Windows-era
 *   print engines write red ink). One notation at a time: (1,160.00-) or -1,160.00- is no amount.
 * - A spreadsheet's binary float written out in full (1234.5600000001, 0.30000000000000004 元; 0.06972100000000001
 *   万元) is the whole 分 the cell held, not a fraction of one (floatNoiseFen) — however its sign is written: the
 *   parentheses and the minus sign are the sign's notation, the digits inside are the number.
 */
export function parseLedgerAmountIn(text: string, unit: MoneyUnit): Fen {
  const t = text.trim();
  if (unit === '元') {
    const m = PLAIN_AMOUNT.exec(t);
    if (m) {
      const value = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
      return (m[1] === '-' ? -value : value) as Fen;
    }
  }
  if (/^[-－—–‐]{1,2}$/u.test(t) || /^[¥￥]\s*[-－—–]$/u.test(t)) return 0 as Fen;
  const bare = t.replace(/^([-\u2212]?)\s*[¥￥]\s*/u, '$1');
  if (bare !== t) return parseLedgerAmountIn(bare, unit);
  const read = (v: string): Fen => floatNoiseFen(v, unit) ?? parseFen(v, unit);
  const paren = /^[(（](.*)[)）]$/u.exec(t);
  if (paren) return -read(paren[1]!) as Fen;
  // A trailing minus (640.00-, 1,160.00-), as older print engines write a negative: the same sign, written after.
  const trailing = /^(\d[\d,]*(?:\.\d+)?)\s*[-\u2212－]$/u.exec(t);
  if (trailing) return -read(trailing[1]!) as Fen;
  return read(t.replace(/^\u2212/u, '-'));
}

/** An amount cell in 元 to 分: parseLedgerAmountIn's 元 case. */
export function parseLedgerAmount(text: string): Fen {
  return parseLedgerAmountIn(text, '元');
}

/**
 * A code cell to its digits, or undefined: "30201", "30201 办公费", "30201办公费", "[2010301]行政运行", "【30217】公务接待费",
 * "公务接待费(30217)", "302 17" — and a hierarchy path, whatever its separators ("[302]商品和服务支出/[30217]公务接待费",
 * "302 商品和服务支出-30217 公务接待费"), to its most specific code: each level's code begins with the one above, so
 * the path's codes form a chain and the longest is the entry's class. A later code that does not continue the chain
 * (30217 公务接待费（原30299）) is a remark, not a level.
 */
export function parseCode(text: string): string | undefined {
  const grouped = GROUPED_CODE.exec(text);
  let code = grouped ? grouped[1]! + grouped[2]! + (grouped[3] ?? '') : LEADING_CODE.exec(text)?.[1];
  for (const m of text.matchAll(LATER_CODE)) {
    const next = m[1]!;
    if (code === undefined) code = next;
    else if (next.length > code.length && next.startsWith(code)) code = next;
  }
  return code;
}

/**
 * The name a classification cell writes right after its code ("2220101/行政运行", "[2070306]体育训练",
 * "2050101行政运行", "[201]…/[2011301]行政运行"), or undefined: where the name is a path of the levels above
 * ("2100408 卫生健康支出\\公共卫生\\基本公共卫生服务"), its last level. Only a name after the code as written (not after
 * a code printed in groups) and only one without digits (a remark naming another code is none) — or, when the cell ends
 * with its code in brackets (行政运行（2081101）, 行政运行[2011301]: a 名称（编码） export writes the name first), the name
 * right before the bracket. A name before an unbracketed code is not read (商贸事务 2011301 may name the level above).
 */
export function parseCodeName(text: string, code: string): string | undefined {
  const at = text.lastIndexOf(code);
  if (at < 0) return undefined;
  const rest = text.slice(at + code.length).replace(/^[\s\]】)）］〕:：/\\>＞|｜—\-－_·.]+/, '');
  const last = rest.split(/[/\\>＞|｜]/).at(-1)!.replace(/[\s\])）】］〕]+$/, '').trim();
  if (last !== '') return /\d/.test(last) ? undefined : last;
  const bracketed = /^(.*?)\s*[（([【［〔]\s*$/u.exec(text.slice(0, at));
  if (!bracketed || !/^\s*[)）\]】］〕]\s*$/u.test(text.slice(at + code.length))) return undefined;
  const before = bracketed[1]!.split(/[/\\>＞|｜]/).at(-1)!.trim();
  return before === '' || /\d/.test(before) || !/\p{Script=Han}/u.test(before) ? undefined : before;
}

/** 基本支出 / 项目支出 in the words accounting packages use; undefined when unrecognised. */
/** The direction codes read by convention (D 借, C 贷), upper-cased. */
let directionCodes: ReadonlyMap<string, string> | undefined;
const directionConvention = (): ReadonlyMap<string, string> =>
  (directionCodes ??= new Map(Object.entries(loadFieldCodes().conventions.direction).map(([c, l]) => [c.toUpperCase(), l])));

/**
 * The side a direction column's cell states: 借/贷 (借方, 贷方), debit/credit, or a code of the debit/credit convention
 * (D/C, 1/-1: data/ledger/field-codes.json conventions.direction); 'empty' for an empty cell, 'unknown' for any
 * other value (收, X, 2, 平 …), which the caller must not read as either side.
 */
export function directionOf(text: string): 'debit' | 'credit' | 'empty' | 'unknown' {
  const written = text.trim();
  if (written === '') return 'empty';
  const t = directionConvention().get(written.normalize('NFKC').toUpperCase()) ?? written;
  if (t.startsWith('借') || /^(?:debit|dr)$/i.test(t)) return 'debit';
  if (t.startsWith('贷') || /^(?:credit|cr)$/i.test(t)) return 'credit';
  return 'unknown';
}

/** 借/贷 in a direction column: true for 贷 (credit, a refund or reversal). */
function isCreditDirection(text: string): boolean {
  return directionOf(text) === 'credit';
}

export function parseNature(text: string): ExpenditureNature | undefined {
  const t = text.trim();
  if (t.includes('基本') || t === '人员经费' || t === '公用经费' || /^basic$/i.test(t)) return 'basic';
  if (t.includes('项目') || /^project$/i.test(t)) return 'project';
  return undefined;
}

/** Rows by index (see read-ledger-file.ts RowSource); a plain array of rows works too. */
export type Rows =
  | readonly (readonly string[])[]
  | {
      readonly count: number;
      row(index: number): readonly string[];
      skip?(index: number): SkipReason | undefined;
      titleRows?(index: number): readonly (readonly string[])[] | undefined;
      sheetName?(index: number): string | undefined;
      readonly sheetNames?: readonly string[];
    };

function isRowArray(input: Rows): input is readonly (readonly string[])[] {
  return Array.isArray(input);
}

/** What a chunked parse has seen so far; complete once its generator is exhausted. */
export interface ParseState {
  readonly errors: RowError[];
  errorsTruncated: boolean;
  skippedRows: number;
  entryCount: number;
  /** Skipped rows by reason. */
  skipped?: SkipCounts;
  /** Project names read from a leading 【…】 tag of the 摘要 on project rows (file without a project column). */
  summaryTags?: Set<string>;
  /** Distinct rows with an error. */
  badRows?: number;
  /** 多栏账 rows made several entries (one per class). */
  splitRows?: number;
  /** Rows whose function class was a name, by what resolved it. */
  functionByName?: { table: number; file: number };
  /** Rows whose class was kept as the name written, by kind. */
  keptNames?: { function: number; economic: number };
  /** Section rows read and the entries they gave a project. */
  sections?: { project: number; basic: number; function: number; economic: number; entries: number };
  /** Entry rows that took 日期/凭证号/摘要 from the row above. */
  carriedRows?: number;
  /** Entry rows that left 月 blank and took the month written on a row above (a hand-kept ledger). */
  monthCarriedRows?: number;
  /** Rows of returned or voided payments left out. */
  voided?: { rows: number; amount: number; byStatus: Record<string, number> };
  /** 平行记账: entries whose payee or project was taken from the 财务会计 lines of their voucher. */
  fromParallelBooks?: { payee: number; project: number };
  /** Entries without a function class (a 多栏账 with no 功能科目 column). */
  withoutFunction?: number;
  /** Rows whose amount was read in a unit other than 元 (the last such unit). */
  amountUnit?: { unit: MoneyUnit; rows: number };
  /** Lines of the other units of a multi-unit export, skipped, and their net amount (借 − 贷) in 分. */
  otherUnits?: { rows: number; amount: number };
}

/** Parse everything at once (small files, tests). */
export function parseLedgerRows(input: Rows, resolved: ResolvedColumns, options: ParseOptions): ParseResult {
  const { entries, state } = parseLedgerWhole(input, resolved, options);
  return parseResultOf(state, entries);
}

/** Parse everything at once, keeping the parse's state (a reader that parses to decide how to read may hand it on). */
export function parseLedgerWhole(input: Rows, resolved: ResolvedColumns, options: ParseOptions): { entries: LedgerEntry[]; state: ParseState } {
  const state: ParseState = { errors: [], errorsTruncated: false, skippedRows: 0, entryCount: 0 };
  const entries: LedgerEntry[] = [];
  for (const chunk of parseLedgerChunks(input, resolved, options, state, Number.MAX_SAFE_INTEGER)) {
    for (const e of chunk) entries.push(e);
  }
  return { entries, state };
}

/** The result of a parse run to its end into `state`. */
export function parseResultOf(state: ParseState, entries: LedgerEntry[]): ParseResult {
  return {
    entries,
    errors: state.errors,
    errorsTruncated: state.errorsTruncated,
    skippedRows: state.skippedRows,
    skipped: state.skipped ?? {},
    badRows: state.badRows ?? 0,
    splitRows: state.splitRows ?? 0,
    functionByName: state.functionByName ?? { table: 0, file: 0 },
    keptNames: state.keptNames ?? { function: 0, economic: 0 },
    sections: state.sections ?? { project: 0, basic: 0, function: 0, economic: 0, entries: 0 },
    carriedRows: state.carriedRows ?? 0,
    monthCarriedRows: state.monthCarriedRows ?? 0,
    voided: state.voided ?? { rows: 0, amount: 0, byStatus: {} },
    fromParallelBooks: state.fromParallelBooks ?? { payee: 0, project: 0 },
    withoutFunction: state.withoutFunction ?? 0,
    ...(state.amountUnit ? { amountUnit: state.amountUnit } : {}),
    otherUnits: state.otherUnits ?? { rows: 0, amount: 0 },
  };
}

/**
 * Parse in chunks of `chunkSize` entries, so a bulk load can send one chunk while the next is parsed (the
 * PostgreSQL server ingests in its own process). Once a row has failed no more chunks are yielded, but parsing
 * goes on to the end so every bad row is reported; `state` holds the errors and counts.
 */
export function* parseLedgerChunks(
  given: Rows,
  resolved: ResolvedColumns,
  options: ParseOptions,
  state: ParseState,
  chunkSize = 10_000,
): Generator<LedgerEntry[], void, undefined> {
  // Wrapped cells split into rows (a PDF-to-Excel conversion): the rows that carry only the rest of a wrapped text are
  // joined to the line above them and skipped (src/ledger/wrapped-rows.ts).
  const input: Rows = joinWrappedRows(given, resolved);
  let entries: LedgerEntry[] = [];
  const errors = state.errors;
  const maxErrors = options.maxErrors ?? 1000;
  const col = resolved.columns;
  const header = (field: LedgerField): string => resolved.headers[col[field] ?? -1] ?? FIELD_LABEL[field];
  const total = isRowArray(input) ? input.length : input.count;
  const rowAt = isRowArray(input) ? (i: number): readonly string[] => input[i] ?? [] : input.row;
  // A reader that knows a line is no data by its layout (a fixed-width print's page titles) says so first.
  const layoutSkip = isRowArray(input) ? undefined : input.skip?.bind(input);
  state.skipped ??= {};
  const skipped: SkipCounts = state.skipped;
  const skip = (reason: keyof SkipCounts): void => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
    state.skippedRows++;
  };
  let lastBadRow = -1;
  // `zh` is one text, or the command line's and the web app's when what to do differs (a flag against a page).
  const fail = (row: number, field: LedgerField, value: string, zh: string | { readonly cli: string; readonly web: string }, en: string, column = header(field)): void => {
    if (row !== lastBadRow) {
      lastBadRow = row;
      state.badRows = (state.badRows ?? 0) + 1;
    }
    if (errors.length >= maxErrors) {
      state.errorsTruncated = true;
      return;
    }
    errors.push(
      typeof zh === 'string'
        ? { row, field, column, value, message: `${zh} / ${en}` }
        : { row, field, column, value, message: `${zh.cli} / ${en}`, webMessage: `${zh.web} / ${en}` },
    );
  };
  // A class printed by level in adjacent columns (功能科目类 | 功能科目款 | 功能科目项: 208 | 05 | 03; 经济科目类 |
  // 经济科目款: 302 | 01), as 部门决算 and budget tables print it: the levels' digits joined are the code.
  const levels = levelColumns(resolved);
  // Date and voucher in one cell (日期凭证号: 2024-03-05 记-12): each read from its part. A cell that cannot be split
  // gives its whole text as the date (a label such as 本月合计 is then classified as in a date column; an entry's is
  // an error naming the cell) and no voucher.
  const combined = isDateVoucherColumn(col);
  const splits = new Map<string, DateVoucher | undefined>();
  const splitOf = (text: string): DateVoucher | undefined => {
    if (!splits.has(text)) splits.set(text, splitDateVoucher(text));
    return splits.get(text);
  };
  const cell = (cells: readonly string[], field: LedgerField): string => {
    const index = col[field];
    if (index === undefined) return '';
    let text = (cells[index] ?? '').trim();
    if (combined && (field === 'date' || field === 'voucher')) {
      const parts = splitOf(text);
      text = field === 'date' ? (parts?.date ?? text) : (parts?.voucher ?? '');
    }
    if (field === 'voucher') return voucherWithType(text, col.voucherType === undefined ? '' : (cells[col.voucherType] ?? ''));
    // A code written in full-width digits (３０２０１ 办公费, as an older GBK export writes it) is the same code.
    if (CODE_FIELDS.has(field) && FULL_WIDTH_DIGIT.test(text)) return text.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10));
    const parts = levels.get(field);
    if (!parts) return text;
    // A 款 or 项 of one digit is its two with the leading zero lost (06 read as the number 6 by a spreadsheet program
    // that opened the CSV and saved it again): a level below the 类 is always two digits.
    const digits = parts.map((i, k) => {
      const d = (cells[i] ?? '').trim();
      return k > 0 && /^\d$/u.test(d) ? `0${d}` : d;
    });
    return digits.every((d, k) => (k === 0 ? /^\d{3}$/u : /^\d{2}$/u).test(d)) ? digits.join('') : text;
  };
  /** A combined 日期凭证号 cell of this row that cannot be split (its error names it whole). */
  const unsplit = (cells: readonly string[]): boolean => combined && splitOf((cells[col.date!] ?? '').trim()) === undefined;
  // A year has 365 dates and a few hundred codes: parse each distinct text once.
  const dates = new Map<string, string | undefined>();
  let yearLast: { order: 'month-first' | 'day-first' | undefined } | undefined;
  const codes = new Map<string, string | undefined>();
  const cachedCode = (text: string): string | undefined => {
    if (codes.has(text)) return codes.get(text);
    const code = parseCode(text);
    codes.set(text, code);
    return code;
  };
  const functionNames = new Map<string, string | undefined>();
  const cachedFunctionName = (text: string, code: string): string | undefined => {
    if (functionNames.has(text)) return functionNames.get(text);
    const name = parseCodeName(text, code);
    functionNames.set(text, name);
    return name;
  };
  // The name column's cell: its last level, after a code it may repeat (2010301 行政运行).
  const nameColumn = new Map<string, string | undefined>();
  const cachedNameColumn = (text: string): string | undefined => {
    if (nameColumn.has(text)) return nameColumn.get(text);
    const code = cachedCode(text);
    const name = code !== undefined && text.includes(code) ? parseCodeName(text, code) : splitNamePath(text).at(-1);
    nameColumn.set(text, name);
    return name;
  };
  // The row's project as its cells write it: a cell that writes the code before the name (FL2401 特困人员集中供养,
  // [XM2401]某某项目, 431127241100000000103-护理型床位改造提升) is read as a 项目 section row is, code and name apart —
  // the name cell where the code cell is absent or empty or writes the same code, else the code cell where no name
  // cell is filled. A name cell starting with another code than the code cell's stays as written.
  const projectSplits = new Map<string, { readonly code: string; readonly name: string } | undefined>();
  const splitProject = (text: string) => {
    if (projectSplits.has(text)) return projectSplits.get(text);
    const split = projectCellCodeName(text);
    projectSplits.set(text, split);
    return split;
  };
  const projectOf = (cells: readonly string[]): { code?: string; name?: string } => {
    const code = cell(cells, 'projectCode') || undefined;
    const name = cell(cells, 'projectName') || undefined;
    if (name !== undefined) {
      const split = splitProject(name);
      if (split !== undefined && (code === undefined || normalizeLabel(code) === normalizeLabel(split.code))) return { code: code ?? split.code, name: split.name };
    } else if (code !== undefined) {
      const split = splitProject(code);
      if (split !== undefined) return split;
    }
    return { code, name };
  };
  // Title lines above the header (单位名称, 会计期间, 单位：元 …) are skipped and counted; a ledger printed page by
  // page repeats them at each page head (title-repeat, see classifyRow).
  const titles = new Set<string>();
  for (let r = 0; r < resolved.headerRow && r < total; r++) {
    const reason = classifyRow(rowAt(r), []);
    skip(reason === 'blank' ? 'blank' : 'title');
    const key = reason === 'blank' ? undefined : titleRowKey(rowAt(r));
    if (key !== undefined) titles.add(key);
  }
  const labelCells = [col.summary, col.date, col.voucher, col.month];
  // Columns no field reads (序号, 卡号, 核销状态 …): a total word there (合计 under 序号, wherever the export puts that
  // column) makes a row without date and voucher the file's total line, as it does in a label cell; a period word
  // (本月合计, 本年累计) its period line only when the row names no class either — a 备注 of 上年结转 may describe an
  // entry's money.
  const mapped = new Set<number>([...Object.values(col).filter((c): c is number => c !== undefined), ...(resolved.analysis?.columns.map((a) => a.index) ?? [])]);
  const unmappedColumns = resolved.headers.flatMap((_, i) => (mapped.has(i) ? [] : [i]));
  const labelInUnmapped = (cells: readonly string[]): 'total' | 'period' | undefined => {
    for (const i of unmappedColumns) {
      if ((cells[i] ?? '').trim() === '') continue;
      const kind = classifyRow([cells[i]!], []);
      if (kind === 'total') return kind;
      if (kind === 'period' && [col.functionCode, col.economicCode, col.account].every((c) => c === undefined || (cells[c] ?? '').trim() === '')) return kind;
    }
    return undefined;
  };
  const byMonthDay = col.date === undefined && col.month !== undefined && col.day !== undefined;
  // 月 and 日 as two cells: the date in the fiscal year ("03", "3" and "3月" all read as March).
  const monthDayDate = (m: string, d: string): string => {
    // 1月, 01, 2024年01月, 2024-01: a month cell may carry the year.
    const mm = /^(?:\d{4}\s*[年\-./]\s*)?(\d{1,2})\s*月?(?:份)?$/.exec(m.trim())?.[1];
    const dd = /^(\d{1,2})日?$/.exec(d.trim())?.[1];
    return mm && dd ? `${options.fiscalYear}-${mm.padStart(2, '0')}-${dd.padStart(2, '0')}` : m || d ? `${m}/${d}` : '';
  };
  let blockMonth: string | undefined;
  // A ledger kept by hand like a paper one (a 明细账 typed into WPS 表格 or Excel, 月 and 日 in two columns) writes the
  // 月 only on the first row of each month and leaves it blank below: a row with a 日 and no 月 takes the month last
  // written on a row above. Precondition: no period or total row (本月合计, 本年累计, 上年结转, 合计) came between — the
  // month's total closes it, and a row after it that writes no 月 of its own stays an error (or, with a closing 摘要,
  // the closing line it is). Counted (monthCarriedRows) and reported with the rows carried from above.
  // Days move forward within a month: a row that leaves 月 blank and whose 日 comes before a day already written under
  // that month (the 29th, then the 3rd) may be the first row of a new month whose 月 was forgotten, or a row of the same
  // month written out of order; the file does not say which. Such a row takes no month: it is an error that names the row,
  // the day and the day above it (so are further rows before that day, until a row writes its 月).
  let writtenMonth: string | undefined;
  let writtenMonthDay = 0;
  let dayBack: { readonly day: number; readonly after: number } | undefined;
  const hasDebitCredit = col.debit !== undefined || col.credit !== undefined;
  // A 多栏账: the class of each amount is the analysis column it stands in (see column-mapping.ts).
  const analysis = col.economicCode === undefined ? resolved.analysis : undefined;
  // No 借方 or 金额 column beside the group (借方 itself printed over the classes): the 借方 is the sum of its columns.
  // The legends a coded column's header states (支出类型(1基本支出2项目支出), 红字标志(1红字)): field-codes.ts.
  const natureLegend = col.nature === undefined ? undefined : codeLegend(resolved.headers[col.nature] ?? '');
  // A header without legend: codes unambiguous by convention (B/P) are read, checked against the rest of the row below.
  const natureConvention = col.nature === undefined ? undefined : conventionLegend('nature', resolved.headers[col.nature] ?? '');
  const redLegend = col.redInk === undefined ? undefined : redInkLegend(resolved.headers[col.redInk] ?? '');
  const debitFromAnalysis = analysis !== undefined && col.debit === undefined && col.amount === undefined;
  const netLabel = debitFromAnalysis
    ? col.credit === undefined
      ? '借方各栏'
      : '借方各栏−贷方'
    : hasDebitCredit
      ? col.credit === undefined
        ? '借方'
        : col.debit === undefined
          ? '−贷方'
          : '借方−贷方'
      : '金额';
  const basicProjectWords = loadLedgerRuleData().classification.basicProjectWords?.words ?? [];
  const digitWords = loadLedgerRuleData().digitColumns;
  const basicProjects = new Map<string, boolean>();
  const isBasicProject = (text: string): boolean => {
    let basic = basicProjects.get(text);
    if (basic === undefined) {
      basic = basicProjectWords.some((w) => text.includes(w));
      basicProjects.set(text, basic);
    }
    return basic;
  };
  // No flag in the file: an entry charged to a project is project expenditure, unless the project is one of the
  // 人员类/公用经费 projects under which 预算管理一体化 books basic expenditure.
  const inferredNature = (projectCode: string | undefined, projectName: string | undefined): ExpenditureNature =>
    (projectCode || projectName) && !isBasicProject(`${projectCode ?? ''} ${projectName ?? ''}`) ? 'project' : 'basic';
  // No economic-class column: the class the spending account names (7101010130231 → 30231; …-差旅费 → 30211).
  const economicInAccount = accountEconomicClass(options.fiscalYear);
  // A 明细分类账 printed by 科目 (data/imports/row-kinds.json accountTitle): a section title (科目：5001010211 业务活动费用-
  // 商品和服务费用-差旅费) books the entries under it, up to the next one, to its account. Precondition: the file has no
  // economic-class column and no analysis columns (there the class is known and a title changes nothing; it stays a
  // page-info line); a 会计科目 column's own cell wins over the section's account.
  const accountTitles = col.economicCode === undefined && analysis === undefined;
  let accountSection: (AccountTitle & { readonly account: string }) | undefined;
  const accountOf = (title: AccountTitle) => ({ ...title, account: `${title.code} ${title.name}`.trim() });
  // A 明细账 printed per 明细科目 writes the account only on its page-info line (单位：… | 科目：71010130201 行政支出—基本支出—
  // 商品和服务支出—办公费 | 期间：… | 金额单位：元): above the header of each sheet (the sheet's account), or over each section
  // of one sheet. Read so only when the account names an economic class (a page-info 科目：7101 行政支出 stays a title line).
  const pageInfoAccount = (cells: readonly string[]): AccountTitle | undefined => {
    const title = accountTitleOfPageInfo(cells);
    return title !== undefined && economicInAccount(`${title.code} ${title.name}`.trim()) !== '' ? title : undefined;
  };
  // A 科目明细账 “含下级科目” (浪潮 PS): the 科目 column alone holds each level's code and name, indented
  // (7201 事业支出 / 　　72010101 基本支出 / 　　　7201010130201 办公费), and the entry rows under a heading leave it
  // empty. Such a row is an account heading; its name is read as the path of the headings above it whose codes its
  // code extends (事业支出-财政拨款支出-基本支出-办公费), so the nature a parent heading names reaches its entries.
  const headingNames = new Map<string, string>();
  const accountHeading = (cells: readonly string[]): AccountTitle | undefined => {
    if (col.account === undefined) return undefined;
    const own = (cells[col.account] ?? '').normalize('NFKC').trim();
    if (own === '' || cells.some((c, i) => i !== col.account && (c ?? '').trim() !== '')) return undefined;
    const m = /^(\d{4,})\s*[-—–_]?\s*(\p{Script=Han}[^:：]*)$/u.exec(own);
    if (!m) return undefined;
    const code = m[1]!;
    headingNames.set(code, m[2]!.trim());
    const path = [...headingNames].filter(([c]) => code.startsWith(c)).sort(([a], [b]) => a.length - b.length).map(([, n]) => n);
    return { label: own, code, name: path.join('-') };
  };
  const accountText = (cells: readonly string[]): string => {
    const own = cell(cells, 'account');
    if (accountSection === undefined) return own;
    if (own === '') return accountSection.account;
    // A row's account that the section's extends (710101 行政支出-基本支出 under 科目：71010130201 …—办公费): the
    // section names the row's account to its last level.
    const code = /^\s*[[【(（［〔]?\s*(\d{4,})(?!\d)/u.exec(own)?.[1];
    return code !== undefined && accountSection.code.length > code.length && accountSection.code.startsWith(code) ? accountSection.account : own;
  };
  // An economic cell that names its class without a code (公务接待费, 商品和服务支出/公务接待费): the class of the year's
  // economic table with that name, when exactly one class has it, or the preferred of two (310 over 309: economicNameTies).
  const classNames = economicNames(options.fiscalYear);
  const economicOfNameCache = new Map<string, string | undefined>();
  // Two classes of one name (办公设备购置 30902/31002): the data's preferred class of a pair with the same suffix.
  const ties = loadLedgerRuleData().classification.economicNameTies?.pairs ?? [];
  const nameForms = loadLedgerRuleData().classification.economicNameForms;
  const informalNames = new Map(Object.entries(nameForms?.names ?? {}).map(([informal, name]) => [economicNameKey(informal), name]));
  const tiedCode = (a: string, b: string): string | undefined => {
    for (const [preferred, other] of ties) {
      for (const [x, y] of [[a, b], [b, a]] as const) {
        if (x.startsWith(preferred) && y.startsWith(other) && x.slice(preferred.length) === y.slice(other.length)) return x;
      }
    }
    return undefined;
  };
  const economicOfName = (text: string): string | undefined => {
    if (economicOfNameCache.has(text)) return economicOfNameCache.get(text);
    const last = text.split(/[/\\>＞|｜—\-－]/).map((t) => t.trim()).filter((t) => t !== '').at(-1) ?? '';
    const exact = classNames.codesNamed(last);
    // No class of that exact name: the same name with its last word shortened or lengthened (因公出国（境）费), an
    // informal name of the data (接待费), or a name cut short that begins one class's name only (公务用车运行维护).
    const loose = exact.length > 0 ? exact : classNames.codesNamedLoosely(last);
    const informal = informalNames.get(economicNameKey(last));
    const formal = loose.length > 0 || informal === undefined ? loose : classNames.codesNamed(informal);
    const codes =
      formal.length > 0 || nameForms === undefined || [...economicNameKey(last)].length < nameForms.minPrefixLength ? formal : classNames.codesNamedStartingWith(last);
    const code = codes.length === 1 ? codes[0] : codes.length === 2 ? tiedCode(codes[0]!, codes[1]!) : undefined;
    economicOfNameCache.set(text, code);
    return code;
  };
  // A function cell that names its class without a code (农林水支出-水利-防汛, 防汛): the code of the year's function
  // table, else the code the file's other rows write beside the same name (2130314 防汛); read on the first such cell.
  const functionTable = functionTableNames(options.fiscalYear);
  let functionFileNames: NameIndex | undefined;
  const functionOfNameCache = new Map<string, FunctionNameResolution>();
  const functionOfName = (text: string): FunctionNameResolution => {
    let named = functionOfNameCache.get(text);
    if (named === undefined) {
      functionFileNames ??= fileNameIndex(
        (function* () {
          for (let r = resolved.headerRow + 1; r < total; r++) {
            const t = cell(rowAt(r), 'functionCode');
            const code = t === '' ? undefined : cachedCode(t);
            if (code !== undefined) yield { text: t, code };
          }
        })(),
      );
      named = resolveFunctionName(text, functionTable, functionFileNames);
      functionOfNameCache.set(text, named);
    }
    return named;
  };
  // The spending account's 明细科目 may name the nature (7201 事业支出—财政拨款支出—项目支出); its name stands in the
  // 会计科目 column or in a 科目名称 column beside a 科目编码 one. Without a 支出类型 column it gives the nature; beside
  // one it is kept only where it states the other nature (LedgerEntry.accountNature, for ledger.nature-inconsistent).
  const natureInAccount = loadLedgerRuleData().classification.accountClasses?.natureInAccount;
  const accountSynonyms = new Set(loadLedgerRuleData().headerSynonyms.account.map(normalizeHeader));
  const mappedColumns = new Set(Object.values(col));
  const accountNameColumns =
    natureInAccount === undefined
      ? []
      : [
          ...(col.account === undefined ? [] : [col.account]),
          ...resolved.headers.flatMap((h, i) => (!mappedColumns.has(i) && accountSynonyms.has(normalizeHeader(h)) ? [i] : [])),
        ];
  // The class the spending account names: its code's last level (7101.01.01.30217), else — a unit's own numbering of
  // its 明细科目 (7101.01.01.006) — the last level of the account's name in a 科目名称/科目全称 column beside the code.
  const accountNameBeside = resolved.headers.flatMap((h, i) => (i !== col.account && !mappedColumns.has(i) && accountSynonyms.has(normalizeHeader(h)) ? [i] : []));
  const economicOfAccountCells = (cells: readonly string[]): string => {
    const own = accountText(cells);
    const found = economicInAccount(own);
    if (found !== '' || col.account === undefined || cell(cells, 'account') === '') return found;
    for (const index of accountNameBeside) {
      const name = (cells[index] ?? '').trim();
      const named = name === '' ? '' : economicInAccount(`${own} ${name}`);
      if (named !== '') return named;
    }
    return '';
  };
  const accountNatures = new Map<string, ExpenditureNature | undefined>();
  const natureOfText = (text: string): ExpenditureNature | undefined => {
    if (!accountNatures.has(text)) {
      const levels = text.split(/[\s—–\-_/\\>＞|｜]+/u);
      const has = (words: readonly string[]) => levels.some((l) => words.includes(l));
      accountNatures.set(text, has(natureInAccount!.project) ? 'project' : has(natureInAccount!.basic) ? 'basic' : undefined);
    }
    return accountNatures.get(text);
  };
  // The account a sheet's title block names (科目：72010102 事业支出—财政拨款支出—项目支出): a 明细账 printed per
  // 明细科目, one sheet each, says basic/project there only. The first sheet's title rows stand above the header;
  // a further sheet's come with its rows (RowSource.titleRows).
  const firstTitles = Array.from({ length: Math.min(resolved.headerRow, total) }, (_, r) => rowAt(r));
  const partTitles = isRowArray(input) ? undefined : input.titleRows?.bind(input);
  const titleNatures = new Map<readonly (readonly string[])[], ExpenditureNature | undefined>();
  const titleNature = (r: number): ExpenditureNature | undefined => {
    const rows = partTitles?.(r) ?? firstTitles;
    if (!titleNatures.has(rows)) {
      const named = rows.flatMap((cells) =>
        cells.flatMap((c) => {
          const m = /^(?:会计)?科目\s*[:：]\s*(\S.*)$/u.exec(c.normalize('NFKC').trim());
          const nature = m ? natureOfText(m[1]!.trim()) : undefined;
          return nature ? [nature] : [];
        }),
      );
      titleNatures.set(rows, named.length > 0 && named.every((n) => n === named[0]) ? named[0] : undefined);
    }
    return titleNatures.get(rows);
  };
  // A 项目辅助明细账 printed one sheet per 预算项目 (基本支出-人员经费, 基本支出-公用经费, one sheet per project) names
  // the project only in the sheet's title block (项目：[LC24TY01]name, 辅助核算：项目-code name) or its name, not in a
  // column. Precondition: the row's project cells are empty (or the file has no project column). The title block wins
  // (a sheet name may be cut at 31 characters); a sheet's name is read only when the file has no project column, every
  // sheet read names a project or basic part so and one at least marks itself (a basic label, a 项目 prefix, a code): a
  // workbook of months (1月) or of accounts (72010102项目支出) names none.
  const hasProjectColumn = col.projectCode !== undefined || col.projectName !== undefined;
  const partSheetName = isRowArray(input) ? undefined : input.sheetName?.bind(input);
  const sheetNamesRead = isRowArray(input) ? undefined : input.sheetNames;
  const namedSheets = ((): ReadonlyMap<string, SectionRow> | undefined => {
    if (hasProjectColumn || sheetNamesRead === undefined || sheetNamesRead.length < 2) return undefined;
    const read = sheetNamesRead.map((n) => [n, sheetSectionOf(n)] as const);
    if (read.some(([, s]) => s === undefined) || !read.some(([, s]) => s!.explicit)) return undefined;
    return new Map(read.map(([n, s]) => [n, s!.section]));
  })();
  // A sheet of a 明细账 printed per 明细科目 is named by the account its title block names (71010130207邮电费 under
  // 科目：71010130207 行政支出—…—邮电费): its name is no project.
  // Or by its name's last level (行政支出-基本支出-办公费, 办公费 under 科目：…—商品和服务支出—办公费).
  const namedByAccount = (rows: readonly (readonly string[])[], name: string): boolean => {
    const lead = /^\s*[[【(（]?(\d{4,})/u.exec(name.normalize('NFKC'))?.[1];
    const letters = (t: string) => t.normalize('NFKC').replace(/[^\p{Script=Han}A-Za-z]/gu, '');
    const own = letters(name.split(/[-—–_/\\\s]+/u).filter((l) => letters(l) !== '').at(-1) ?? '');
    return rows.some((cells) => {
      const title = accountTitleOfRow(cells) ?? accountTitleOfPageInfo(cells);
      if (title === undefined) return false;
      if (lead !== undefined && title.code !== '' && (title.code.startsWith(lead) || lead.startsWith(title.code))) return true;
      return own.length >= 2 && letters(title.name).endsWith(own);
    });
  };
  const partSections = new Map<unknown, SectionRow | undefined>();
  const partSection = (r: number): SectionRow | undefined => {
    const rows = partTitles?.(r) ?? firstTitles;
    const name = partSheetName?.(r);
    const key = name ?? rows;
    if (!partSections.has(key)) {
      const section = titleSectionOf(rows, undefined, name) ?? (name === undefined || namedByAccount(rows, name) ? undefined : namedSheets?.get(name));
      partSections.set(key, section);
      if (section !== undefined) {
        state.sections ??= { project: 0, basic: 0, function: 0, economic: 0, entries: 0 };
        if (section.kind === 'project' || section.kind === 'basic') state.sections[section.kind]++;
      }
    }
    return partSections.get(key);
  };
  const natureOfAccount = (cells: readonly string[], r: number): ExpenditureNature | undefined => {
    for (const index of accountNameColumns) {
      const text = (cells[index] ?? '').trim();
      if (text === '') continue;
      const nature = natureOfText(text);
      if (nature !== undefined) return nature;
    }
    // The account of the section the row stands in (科目：7201010102 事业支出-财政拨款支出-项目支出).
    if (natureInAccount !== undefined && col.nature === undefined && accountSection !== undefined && cell(cells, 'account') === '') {
      return natureOfText(accountSection.name);
    }
    if (natureInAccount !== undefined && col.nature === undefined && accountSection === undefined && cell(cells, 'account') === '') {
      return titleNature(r);
    }
    return undefined;
  };
  // A 会计科目 column (凭证明细, 序时账), or section titles naming accounts: only the spending lines are entries.
  const titleAccount = (cells: readonly string[]): string | undefined => {
    if (!accountTitles) return undefined;
    const title = accountTitleOfRow(cells);
    return title === undefined ? undefined : accountOf(title).account;
  };
  let hasAccountTitles = false;
  if (accountTitles && col.account === undefined) {
    for (let r = resolved.headerRow + 1; r < total && !hasAccountTitles; r++) {
      const cells = rowAt(r);
      if (!looksLikeEntryDate(cell(cells, 'date')) && titleAccount(cells) !== undefined) hasAccountTitles = true;
    }
  }
  const accountClasses = loadLedgerRuleData().classification.accountClasses;
  const accountKind = col.account === undefined && !hasAccountTitles ? undefined : accountKindOf(accountClasses);
  // An account of the 财务会计 books by its code (1 资产 … 5 费用); without a code, only a 费用 name says so.
  const financialPrefixes = accountClasses?.financial?.prefixes ?? [];
  const isFinancialAccount = (text: string): boolean => {
    const code = /^\s*\[?(\d{4,})/.exec(text)?.[1];
    return code !== undefined && financialPrefixes.some((p) => code.startsWith(p));
  };
  let keepAccount: AccountKind | undefined;
  // 平行记账: budget-expenditure lines beside lines of the 财务会计 books (费用 5001, 1011, 4001, 1601 …). The budget
  // lines are the entries; the financial ones are counted apart from the counter-lines (8001 资金结存, 6001 …).
  let parallel = false;
  if (accountKind) {
    const seen = new Set<AccountKind | 'financial'>();
    for (let r = resolved.headerRow + 1; r < total && seen.size < 3; r++) {
      const cells = rowAt(r);
      const text = cell(cells, 'account') || (titleAccount(cells) ?? '');
      const kind = accountKind(text);
      if (kind === 'other' && isFinancialAccount(text)) seen.add('financial');
      else if (kind !== 'other' && kind !== undefined) seen.add(kind);
    }
    keepAccount = seen.has('budget') ? 'budget' : seen.has('expense') ? 'expense' : undefined;
    parallel = keepAccount === 'budget' && (seen.has('expense') || seen.has('financial'));
  }
  // 平行记账: a 支出 line without 往来单位 or 项目 takes them from its voucher's 财务会计 lines (completeFromParallelBooks).
  // Precondition: the file lists each voucher's lines together (a 序时账, 凭证明细), so a voucher is read whole before
  // its entries leave; a file where a voucher's number comes back after another's (a 明细账 by account) is left as is.
  let parallelVouchers = false;
  if (parallel && col.voucher !== undefined) {
    parallelVouchers = true;
    const closed = new Set<string>();
    let lastDate = '';
    let current: string | undefined;
    for (let r = resolved.headerRow + 1; r < total && parallelVouchers; r++) {
      const cells = rowAt(r);
      const voucherCell = cell(cells, 'voucher');
      const dateCell = byMonthDay ? monthDayDate(cell(cells, 'month'), cell(cells, 'day')) : cell(cells, 'date');
      if (dateCell !== '') lastDate = dateCell;
      if (voucherCell === '') continue;
      const key = `${lastDate}|${voucherCell}`;
      if (key === current) continue;
      if (closed.has(key)) parallelVouchers = false;
      if (current !== undefined) closed.add(current);
      current = key;
    }
  }
  let openVoucher: ParallelVoucher | undefined;
  const closeVoucher = (): void => {
    if (openVoucher === undefined) return;
    const carried = completeFromParallelBooks(openVoucher, (entry) => inferredNature(entry.projectCode, entry.projectName));
    if (carried.payee > 0 || carried.project > 0) {
      state.fromParallelBooks ??= { payee: 0, project: 0 };
      state.fromParallelBooks.payee += carried.payee;
      state.fromParallelBooks.project += carried.project;
    }
    openVoucher = undefined;
  };
  /** The voucher a line of a 平行记账 file belongs to, opened anew (and the one before closed) when its key changes. */
  const voucherOf = (dateText: string, voucher: string): ParallelVoucher => {
    const key = `${dateText}|${voucher}`;
    if (openVoucher?.key !== key) {
      closeVoucher();
      openVoucher = { key, entries: [], lines: [] };
    }
    return openVoucher;
  };
  // A 凭证汇总-style 分录明细 (data/imports/row-kinds.json continuationMarks): a voucher line — a date and/or voucher
  // number, a 摘要, no amount and no class (功能/经济分类, 会计科目, 支出类型) — heads the entry lines below it, which
  // leave both date and voucher blank. Precondition: the next data line is such an entry line (blank date and voucher,
  // an amount); else the row stays an entry and its empty amount an error, and a blank date in a file without voucher
  // lines is still an error naming its row. The voucher ends at the next row with a date or voucher, or at a period,
  // total or footer row. Each voucher line is counted among the skipped rows ('voucher-header').
  const marks = loadRowKinds().continuationMarks.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const leadingMarks = new RegExp(`^(?:\\s|${marks.length > 0 ? marks.join('|') : '(?!)'})+`, 'u');
  const amountColumns = [col.amount, col.debit, col.credit, ...(analysis?.columns.map((a) => a.index) ?? [])];
  // The header row as printed (its lower row when it spans two): a page's repeat of it is no entry.
  const printedHeader = resolved.headerRow < total ? titleRowKey(rowAt(resolved.headerRow)) : undefined;
  const page: PageContext = { titles, amountColumns, ...(printedHeader !== undefined ? { headerRows: new Set([printedHeader]) } : {}) };
  const classColumns = [col.functionCode, col.functionName, col.economicCode, col.account, col.nature];
  const blankAt = (cells: readonly string[], indexes: readonly (number | undefined)[]): boolean =>
    indexes.every((i) => i === undefined || (cells[i] ?? '').trim() === '');
  /** A row of a file with class columns (功能 and 经济, not a 多栏账) that leaves them all blank. */
  const restatedWithoutClass = (cells: readonly string[]): boolean =>
    !analysis && col.functionCode !== undefined && col.economicCode !== undefined && blankAt(cells, [col.functionCode, col.functionName, col.economicCode]);
  // A side of a 平行记账 row is absent when its account and amounts are blank, or the amounts a zero or a dash (an export
  // may print 0.00 or - in the other side's columns).
  const sideAbsent = (cells: readonly string[], indexes: readonly number[]): boolean =>
    indexes.every((i) => NO_SIDE_AMOUNT.test((cells[i] ?? '').trim()));
  const headsEntryLines = (r: number): boolean => {
    for (let k = r + 1; k < total; k++) {
      // Page furniture between a voucher line and its first entry (a print's page title, a repeated header, 承前页).
      if (layoutSkip?.(k) !== undefined) continue;
      const next = rowAt(k);
      const kind = classifyRow(next, labelCells, resolved.headers, page);
      if (kind === 'blank' || kind === 'header-repeat' || kind === 'carried-forward' || kind === 'page-number' || kind === 'title-repeat') continue;
      if (kind !== undefined) return false;
      const nextDate = byMonthDay ? monthDayDate(cell(next, 'month'), cell(next, 'day')) : cell(next, 'date');
      return nextDate === '' && cell(next, 'voucher') === '' && !blankAt(next, amountColumns);
    }
    return false;
  };
  // A payment export (国库集中支付 支付明细, 支付凭证 query) lists returned and voided payments beside the paid ones, their
  // amount still positive (data/ledger/payment-status.json): a column no field took whose header is a status header, and
  // a payment row (positive) whose status is a void value (已退回, 已作废 …, optionally with a bracketed note) is no entry;
  // it is counted with its amount. Any other value — 已支付, 已清算, blank, one not known — keeps the row.
  // The unit the amounts are in: an amount column's own header unit (借方金额（万元）), else its title block's
  // (金额单位：万元, each sheet's own), else 元.
  const unitLabels = loadLedgerRuleData().amountUnitLabels;
  const columnUnits = {
    amount: headerAmountUnit(header('amount'), unitLabels),
    debit: headerAmountUnit(header('debit'), unitLabels),
    credit: headerAmountUnit(header('credit'), unitLabels),
  };
  const titleUnits = new Map<readonly (readonly string[])[], MoneyUnit | undefined>();
  const titleUnit = (r: number): MoneyUnit | undefined => {
    const rows = partTitles?.(r) ?? firstTitles;
    if (!titleUnits.has(rows)) titleUnits.set(rows, titleAmountUnit(rows, unitLabels));
    return titleUnits.get(rows);
  };
  // The last row counted in state.amountUnit (a row of 借方 and 贷方 counts once).
  let unitRow = -1;
  const unitOf = (field: 'amount' | 'debit' | 'credit' | undefined, r: number): MoneyUnit =>
    (field === undefined ? undefined : columnUnits[field]) ?? titleUnit(r) ?? '元';
  const status = voidStatusOf(resolved.headers, new Set(Object.values(col)));
  const statedAmount = (cells: readonly string[], r: number): number => {
    const read = (field: 'amount' | 'debit' | 'credit'): number => {
      const text = cell(cells, field).replace(DIRECTION_PREFIX, (_, d: string, rest: string) => (d === '贷' ? `-${rest}` : rest));
      try {
        return text === '' ? 0 : parseLedgerAmountIn(text, unitOf(field, r));
      } catch {
        return 0;
      }
    };
    if (col.debit !== undefined || col.credit !== undefined) return read('debit') - read('credit');
    return read('amount') * (isCreditDirection(cell(cells, 'direction')) ? -1 : 1);
  };
  let voucherHead: { readonly dateText: string; readonly voucher: string; readonly summary: string } | undefined;
  // The row of the last closing (结转) line skipped: a closing voucher printed with its 日期/凭证号/摘要 on its first line
  // only closes with its further lines too.
  let closingRow: number | undefined;
  const rowOffset = options.rowOffset ?? 0;
  // A 序时账 that prints a voucher's 日期, 凭证号 and 摘要 on its first line only: a further line leaves them blank, or
  // writes 同上 (data/imports/row-kinds.json sameAsAbove) in 摘要, and takes them from the line just above it — only
  // when that row (the file's row right above, so never across a 本月合计, 期初, page-break or other skipped row) was
  // an entry without error, or a line of another account (a voucher's 对方 line). A blank 日期 takes the above's; a
  // blank 凭证号 only when the date is then the above's (a new date is a new voucher). 同上 takes the above's 摘要 always;
  // a blank 摘要 only in the same voucher. The 摘要 taken is the line's own as read (summary and voucherSummary), never
  // joined: the line repeats that line, so the rules read it as they read that line. A line with its own 摘要 keeps it
  // alone — the above's is another line's text, not known to be the voucher's. A voucher line (voucherHead) wins.
  let above: { readonly row: number; readonly dateText: string; readonly voucher: string; readonly summary: string; readonly voucherSummary?: string } | undefined;
  const sameAsAbove = loadRowKinds().sameAsAbove;
  // A 项目辅助明细账 names the project once, on a section row over its entries (项目：[P2024-03]中小学教师培训), and
  // closes the section with its 小计; a 基本支出 section holds the entries of no project.
  let section: SectionRow | undefined;
  // A 辅助明细账 grouped by 往来单位: the payee of the entries under its section row (a payee column's cell wins).
  let payeeSection: string | undefined;
  // A 辅助明细账 grouped by 科室/部门: the department of the entries under its section row (a 科室/部门 column's cell wins).
  let departmentSection: string | undefined;
  // Classification sections (功能科目：…, 经济科目：…), each kept until the next of its kind.
  const classSection: { function?: SectionRow & { value: string }; economic?: SectionRow & { value: string } } = {};
  // The sheet's account from its title block (pageInfoAccount), each sheet's own: it opens the sheet's rows.
  let titleBlockOf: readonly (readonly string[])[] | undefined;
  let accountFromBlock = false;
  for (let r = resolved.headerRow + 1; r < total; r++) {
    if (options.onProgress && r % 5000 === 0) options.onProgress(r, total);
    if (accountTitles) {
      const block = partTitles?.(r) ?? firstTitles;
      if (block !== titleBlockOf) {
        titleBlockOf = block;
        // Of several account lines in the block (科目：7201 事业支出 in a page-info line or a title line, then 科目：
        // 7201.01.30201 … over the section), the most specific: the one whose code continues the others', else the last.
        const title = block
          .map((cells) => accountTitleOfRow(cells) ?? pageInfoAccount(cells))
          .reduce<AccountTitle | undefined>((best, t) => (t === undefined ? best : best === undefined || !best.code.startsWith(t.code) || t.code.length >= best.code.length ? t : best), undefined);
        // A sheet whose title block names no such account does not inherit the sheet before's.
        if (title !== undefined || accountFromBlock) accountSection = title === undefined ? undefined : accountOf(title);
        accountFromBlock = title !== undefined;
      }
    }
    const byLayout = layoutSkip?.(r);
    if (byLayout === 'other-unit') {
      // Another unit's line of a multi-unit export: counted with its amount (the whole file's 合计 includes it).
      state.otherUnits ??= { rows: 0, amount: 0 };
      state.otherUnits.rows++;
      state.otherUnits.amount += statedAmount(rowAt(r), r);
    }
    if (byLayout !== undefined) {
      // A 辅助核算 sub-row, or a wrapped cell's continuation row, belongs to the line above it: the next line's "line above" is still that line.
      if ((PAGE_FURNITURE.has(byLayout) || byLayout === 'aux-subrow' || byLayout === 'wrapped-line') && above?.row === r + rowOffset) above = { ...above, row: r + 1 + rowOffset };
      skip(byLayout);
      continue;
    }
    const cells = rowAt(r);
    const row = r + 1 + rowOffset;
    let summary = cell(cells, 'summary').replace(leadingMarks, '');
    // A ledger printed in month blocks writes the month once, on a row of its own (2024年01月, merged across the row), and only the day on
    // each entry row: the month carries to the rows below it.
    let monthText = byMonthDay ? cell(cells, 'month') : '';
    let monthCarried = false;
    dayBack = undefined;
    if (byMonthDay && monthText !== '' && MONTH_HEADING.test(monthText) && cells.every((c) => (c ?? '').trim() === '' || (c ?? '').trim() === monthText)) {
      blockMonth = monthText;
      skip('period');
      continue;
    }
    if (byMonthDay && monthText === '' && blockMonth !== undefined && cell(cells, 'day') !== '') monthText = blockMonth;
    else if (byMonthDay && monthText === '' && writtenMonth !== undefined && cell(cells, 'day') !== '') {
      const day = dayOfMonth(cell(cells, 'day'));
      if (day !== undefined && day < writtenMonthDay) dayBack = { day, after: writtenMonthDay };
      else {
        monthText = writtenMonth;
        monthCarried = true;
        if (day !== undefined) writtenMonthDay = day;
      }
    } else if (byMonthDay && monthText !== '' && WRITTEN_MONTH.test(monthText)) {
      writtenMonth = monthText;
      writtenMonthDay = dayOfMonth(cell(cells, 'day')) ?? 0;
    }
    let dateText = byMonthDay ? monthDayDate(monthText, cell(cells, 'day')) : cell(cells, 'date');
    // An entry has a date and a summary that is not a period label; only other rows pay for the classifier (and a 摘要
    // that data/imports/row-kinds.json calls a closing line, which may be written with its closing word last: 12月支出结转,
    // closing.endWords).
    // 月/日 cells that read as no date (2024年 over 月 and 日 on a repeated two-row header) are classified too.
    if (!looksLikeEntryDate(dateText) || (byMonthDay && !ISO_DATE.test(dateText)) || summary === '' || /^[*★#【[<《(]?(?:合|总|小|本|期|年|上|承|过|结|月|累|全)/.test(summary) || isClosingLabel(normalizeLabel(summary)) || isSystemSwitchLabel(normalizeLabel(summary))) {
      const opened = sectionOfRow(cells);
      if (opened?.kind === 'total') {
        // 项目：合计 closes the project sections; its totals are period lines of the whole file.
        section = undefined;
        payeeSection = undefined;
        departmentSection = undefined;
        voucherHead = undefined;
        skip('total');
        continue;
      }
      // A section of another 辅助项: a 往来单位 names the payee of the entries under it, a 科室/部门 their department;
      // 职员 … nothing read.
      if (opened?.kind === 'payee' || opened?.kind === 'department' || opened?.kind === 'aux') {
        if (opened.kind === 'payee') payeeSection = opened.value;
        if (opened.kind === 'department') departmentSection = opened.value;
        voucherHead = undefined;
        skip('aux-section');
        continue;
      }
      if (opened !== undefined) {
        if (opened.kind === 'function' || opened.kind === 'economic') classSection[opened.kind] = opened;
        else section = opened;
        voucherHead = undefined;
        state.sections ??= { project: 0, basic: 0, function: 0, economic: 0, entries: 0 };
        state.sections[opened.kind]++;
        continue;
      }
      const title = accountTitles ? (accountTitleOfRow(cells) ?? accountHeading(cells) ?? pageInfoAccount(cells)) : undefined;
      if (title !== undefined) {
        accountSection = accountOf(title);
        voucherHead = undefined;
        skip('account-title');
        continue;
      }
      const reason =
        classifyRow(cells, labelCells, resolved.headers, page) ??
        (dateText === '' && cell(cells, 'voucher') === '' ? labelInUnmapped(cells) : undefined);
      // A line of a switch of accounting system (余额转入新系统, 承前原系统…) no other kind claims: no amount, or an
      // amount the old system's months restated by account with no class (期初数据导入：原系统1月基本支出借方发生额, the
      // same money as the old system's detail), no entry (row-kinds systemSwitch).
      if (
        reason === undefined &&
        (blankAt(cells, amountColumns) || (section === undefined && restatedWithoutClass(cells))) &&
        labelCells.some((c) => c !== undefined && isSystemSwitchLabel(normalizeLabel(cells[c] ?? '')))
      ) {
        voucherHead = undefined;
        skip('system-switch');
        continue;
      }
      if (reason === 'period' && isClosingLabel(normalizeLabel(summary))) closingRow = row;
      // A further line of a closing voucher (no date, voucher or 摘要 of its own, right under a closing line, no other
      // kind of row) closes too.
      if (reason === undefined && closingRow === row - 1 && dateText === '' && cell(cells, 'voucher') === '' && summary === '' && !blankAt(cells, amountColumns)) {
        closingRow = row;
        skip('period');
        continue;
      }
      if (reason !== undefined) {
        // A 小计 inside a section is that section's total.
        const sectionTotal = reason === 'total' && section !== undefined && labelCells.some((c) => c !== undefined && normalizeLabel(cells[c] ?? '').startsWith('小计'));
        if (reason === 'period' || reason === 'total' || reason === 'footer') {
          voucherHead = undefined;
          writtenMonth = undefined;
        }
        // A page break inside a voucher (过次页/承前页, a page number, a repeated header): the lines after it still
        // continue the line above the break (its date, voucher and 摘要 carry over it).
        if (PAGE_FURNITURE.has(reason) && above?.row === row - 1) above = { ...above, row };
        skip(sectionTotal ? 'section-total' : reason);
        continue;
      }
    }
    // A subtotal of a heading's rows (机关事业单位基本养老保险缴费 小计, 基本支出合计): a 摘要 ending so, with no voucher.
    if (col.voucher !== undefined && cell(cells, 'voucher') === '' && /(?:小计|合计)$/u.test(summary.replace(/\s+/gu, ''))) {
      voucherHead = undefined;
      skip('total');
      continue;
    }
    // Only a payment out (a positive amount, which a returned payment keeps): a negative row is a refund or reversal,
    // and its status (已退回: the money came back) is that refund's own.
    const voidStatus = status?.(cells);
    if (voidStatus !== undefined && statedAmount(cells, r) > 0) {
      state.voided ??= { rows: 0, amount: 0, byStatus: {} };
      state.voided.rows++;
      state.voided.amount += statedAmount(cells, r);
      state.voided.byStatus[voidStatus] = (state.voided.byStatus[voidStatus] ?? 0) + 1;
      continue;
    }
    let voucher = cell(cells, 'voucher');
    let voucherSummary: string | undefined;
    const ditto = summary !== '' && sameAsAbove.has(sameAsAboveKey(summary));
    const prev = above?.row === row - 1 ? above : undefined;
    let carried = false;
    if (ditto && prev !== undefined) {
      ({ summary, voucherSummary } = prev);
      carried = true;
    } else if (ditto) {
      summary = '';
    }
    if (dateText !== '' || voucher !== '') {
      // A row with its own date or voucher ends the voucher above; it heads the next one when it is a voucher line.
      voucherHead = undefined;
      if (blankAt(cells, amountColumns) && blankAt(cells, classColumns) && headsEntryLines(r)) {
        voucherHead = { dateText, voucher, summary };
        skip('voucher-header');
        continue;
      }
    } else if (voucherHead !== undefined) {
      dateText = voucherHead.dateText;
      voucher = voucherHead.voucher;
      ({ summary, voucherSummary } = entryLineSummary(voucherHead.summary, summary));
    }
    if (voucherHead === undefined && prev !== undefined) {
      if (dateText === '') {
        dateText = prev.dateText;
        carried = true;
      }
      if (voucher === '' && dateText === prev.dateText) {
        voucher = prev.voucher;
        carried = true;
      }
      if (summary === '' && dateText === prev.dateText && voucher === prev.voucher) {
        ({ summary, voucherSummary } = prev);
        carried = true;
      }
    }
    // 平行记账 on one row: a row with the 财务会计 side alone (计提, 折旧, 预借差旅费) is an expense or a receivable, no
    // budget spending — no entry, whatever its classes; counted with the skipped rows.
    if (resolved.sides !== undefined && sideAbsent(cells, resolved.sides.budget) && !sideAbsent(cells, resolved.sides.financial)) {
      above = { row, dateText, voucher, summary, ...(voucherSummary === undefined ? {} : { voucherSummary }) };
      skip('financial-side-only');
      continue;
    }
    if (keepAccount !== undefined) {
      const kind = accountKind!(accountText(cells));
      if (kind !== undefined && kind !== keepAccount) {
        above = { row, dateText, voucher, summary, ...(voucherSummary === undefined ? {} : { voucherSummary }) };
        const financial = parallel && (kind === 'expense' || isFinancialAccount(accountText(cells)));
        skip(financial ? 'financial-account' : 'other-account');
        if (financial && parallelVouchers) {
          const payee = cell(cells, 'payee');
          const project = projectOf(cells);
          const line: Mutable<ParallelLine> = { amount: Math.abs(statedAmount(cells, r)) };
          if (payee !== '') line.payee = payee;
          if (project.code !== undefined || project.name !== undefined) line.project = { code: project.code ?? '', name: project.name ?? '' };
          const open = voucherOf(dateText, voucher);
          if (line.amount !== 0 && (line.payee !== undefined || line.project !== undefined)) open.lines.push(line);
        }
        continue;
      }
    }
    const errorsBefore = errors.length;
    let date = dates.get(dateText);
    if (date === undefined && !dates.has(dateText)) {
      date = parseLedgerDate(dateText);
      // A printed 明细账 often gives only 月-日 (03-05, 3月5日): the year is the ledger's, in its title.
      const md = date === undefined ? MONTH_DAY.exec(dateText.trim()) : null;
      if (md) date = parseLedgerDate(`${options.fiscalYear}-${md[1]!.padStart(2, '0')}-${md[2]!.padStart(2, '0')}`);
      const short = date === undefined ? SHORT_YEAR_DATE.exec(dateText.trim()) : null;
      if (short && Number(short[1]) === options.fiscalYear % 100) {
        date = parseLedgerDate(`${options.fiscalYear}-${short[2]!.padStart(2, '0')}-${short[3]!.padStart(2, '0')}`);
      }
      if (date === undefined && YEAR_LAST_DATE.test(dateText.normalize('NFKC').trim())) {
        // The order is the whole file's: read once, from every date cell.
        yearLast ??= { order: yearLastOrder(Array.from({ length: Math.max(0, total - resolved.headerRow - 1) }, (_, i) => cell(rowAt(resolved.headerRow + 1 + i), 'date'))) };
        date = parseYearLastDate(dateText, yearLast.order);
      }
      dates.set(dateText, date);
    }
    const shortYear = date === undefined ? SHORT_YEAR_DATE.exec(dateText.trim()) : null;
    if (unsplit(cells)) {
      const whole = (cells[col.date!] ?? '').trim();
      fail(
        row,
        'date',
        whole,
        `“${header('date')}”列的“${whole}”无法拆分为日期和凭证号（应如“2024-03-05 记-12”“03-05 记12”或“记-12 2024-03-05”）`,
        `"${whole}" in column ${header('date')} cannot be split into a date and a voucher number`,
      );
    } else if (shortYear && Number(shortYear[1]) !== options.fiscalYear % 100) {
      fail(
        row,
        'date',
        dateText,
        `日期的两位年份“${shortYear[1]}”不是${options.fiscalYear}年度`,
        `two-digit year ${shortYear[1]} is not fiscal year ${options.fiscalYear}`,
      );
    } else if (dayBack !== undefined) {
      fail(
        row,
        'date',
        cell(cells, 'day'),
        `第${row}行“月”空着，“日”为${dayBack.day}日，早于上方本月已记到的${dayBack.after}日：沿用上方的月份可能不对（新的一月未写“月”，或本行补记），未沿用；请在该行写明月份`,
        `row ${row} leaves 月 blank and its day ${dayBack.day} comes before day ${dayBack.after} written above it: the month above may not be this row's (a new month with no 月 written, or a row entered late), so it was not carried; write the month on this row`,
        header('day'),
      );
    } else if (date === undefined) {
      fail(row, 'date', dateText, dateText ? '日期无法识别' : '日期为空', dateText ? 'not a date' : 'date is empty');
    } else if (Number(date.slice(0, 4)) !== options.fiscalYear) {
      fail(row, 'date', dateText, `日期不在${options.fiscalYear}年度内`, `date outside fiscal year ${options.fiscalYear}`);
    }
    if (voucher === '' && !unsplit(cells)) fail(row, 'voucher', voucher, '凭证号为空', 'voucher number is empty');
    if (summary === '' && ditto) fail(row, 'summary', cell(cells, 'summary'), '摘要写“同上”，但上一行不是分录', 'description says "same as above" but the row above is no entry');
    else if (summary === '') fail(row, 'summary', summary, '摘要为空', 'description is empty');
    let amount = 0 as Fen;
    const readAmount = (field: 'amount' | 'debit' | 'credit', text: string, cellText = text): Fen => {
      const unit = unitOf(field, r);
      try {
        if (unit !== '元' && unitRow !== r) {
          unitRow = r;
          state.amountUnit = { unit, rows: (state.amountUnit?.rows ?? 0) + 1 };
        }
        return parseLedgerAmountIn(text, unit);
      } catch (err) {
        // A 金额线 amount whose digit cells make no number (joinDigitColumns left them joined): say why.
        const digits = digitRunProblem(text, digitWords) ?? splitAmountProblem(text);
        // An amount in a stated unit (万元) says the unit it was read in (one finer than a 分 is never rounded to one).
        const inUnit = unit === '元' ? '' : `（按所述金额单位${unit}读取）`;
        if (digits !== undefined) fail(row, field, cellText, `${FIELD_LABEL[field]}无法识别：${digits.zh}`, digits.en);
        else fail(row, field, cellText, `${FIELD_LABEL[field]}无法识别${inUnit}`, err instanceof MoneyError ? err.message : 'not an amount');
        return 0 as Fen;
      }
    };
    // The row's 借方 and 贷方 as read (a 多栏账 may print a 贷方 amount also as a negative 借方: see below).
    let rowDebit = 0;
    let rowCredit = 0;
    if (debitFromAnalysis) {
      // The 借方 is added from the analysis columns below; a 贷方 column beside them is a refund.
      const creditText = cell(cells, 'credit');
      rowCredit = creditText === '' ? 0 : readAmount('credit', creditText);
      amount = -rowCredit as Fen;
    } else if (hasDebitCredit) {
      // 借方 is spending, 贷方 a refund or reversal: the entry's amount is their difference.
      const debitText = cell(cells, 'debit');
      const creditText = cell(cells, 'credit');
      if (debitText === '' && creditText === '') {
        fail(row, 'debit', debitText, '借方和贷方金额均为空', 'both debit and credit are empty');
      } else {
        const debit = debitText === '' ? 0 : readAmount('debit', debitText);
        const credit = creditText === '' ? 0 : readAmount('credit', creditText);
        rowDebit = debit;
        rowCredit = credit;
        amount = (debit - credit) as Fen;
      }
    } else {
      const amountText = cell(cells, 'amount');
      if (amountText === '') {
        fail(row, 'amount', amountText, '金额为空', 'amount is empty');
      } else {
        // The direction written in the cell (借 1,200.00 / 贷 320.00) stands for a direction column.
        const prefixed = DIRECTION_PREFIX.exec(amountText);
        if (prefixed) {
          amount = readAmount('amount', prefixed[2]!, amountText);
          if (prefixed[1] === '贷') amount = -amount as Fen;
        } else {
          amount = readAmount('amount', amountText);
          const direction = cell(cells, 'direction');
          const side = directionOf(direction);
          if (side === 'credit') amount = -amount as Fen;
          // 平 is the side of a balance that is nil, never the side of an amount: the column is the balance's (借或贷
          // beside 余额), and its 借/贷 on the other rows say nothing of their amounts either.
          else if (BALANCE_SIDE.test(direction)) {
            if (amount !== 0) {
              fail(
                row,
                'direction',
                direction,
                {
                  cli: '借贷方向列写“平”，是余额的方向，不是本行金额的方向；请用 --mapping 指定发生额的借贷方向列，或导出带借方、贷方金额列的明细账',
                  web: '借贷方向列写“平”，是余额的方向，不是本行金额的方向；请导出带借方、贷方金额列的明细账后重新导入',
                },
                '"平" is a balance\'s side, not an amount\'s: this direction column is the balance\'s; map the amount\'s direction column or export debit and credit columns',
              );
            }
          } else if (side === 'unknown') {
            // A value that states neither side (收, 2, X): read as 借 it would turn a refund into spending. The column is
            // not the amount's direction, or writes a code of its own.
            fail(
              row,
              'direction',
              direction,
              {
                cli: `借贷方向“${direction.trim()}”无法识别（应为借或贷，或按惯例写的 D/C、1/-1）；请用 --mapping 的 direction 键指定写明每笔金额借贷方向的列，或导出带借方、贷方金额列的明细账`,
                web: `借贷方向“${direction.trim()}”无法识别（应为借或贷，或按惯例写的 D/C、1/-1）；CSV 文件可在导入页的“列对应”中为“借贷方向”选择写明每笔金额借贷方向的列，或导出带借方、贷方金额列的明细账`,
              },
              `direction "${direction.trim()}" is neither debit nor credit (借/贷, D/C, 1/-1); give the mapping key "direction" the column stating each amount's side, or export debit and credit columns`,
            );
          }
        }
      }
    }
    // A 红字标志 column (a back-end extract's HZBZ): a red line's amounts are negative — a positive one is negated, one
    // the export already signed stays (field-codes.ts).
    if (col.redInk !== undefined && !debitFromAnalysis) {
      const flag = redInkOf(cell(cells, 'redInk'), redLegend);
      if (typeof flag === 'object') fail(row, 'redInk', cell(cells, 'redInk'), flag.error[0], flag.error[1]);
      else if (flag === 'red' && hasDebitCredit) amount = (Math.abs(rowCredit) - Math.abs(rowDebit)) as Fen;
      else if (flag === 'red') amount = (isCreditDirection(cell(cells, 'direction')) || cell(cells, 'amount').trim().startsWith('贷') ? Math.abs(amount) : -Math.abs(amount)) as Fen;
    }
    // A class named by a section row: the row's own cell wins; a different code is an error naming the row.
    const classText = (field: 'functionCode' | 'economicCode', kind: 'function' | 'economic'): string => {
      const text = cell(cells, field);
      const opened = classSection[kind];
      if (opened === undefined) return text;
      if (text === '') return opened.value;
      if (cachedCode(text) !== cachedCode(opened.value)) {
        fail(row, field, text, `${FIELD_LABEL[field]}“${text}”与所在分节“${opened.label}”不一致`, `differs from the section's (${opened.label})`);
      }
      return text;
    };
    const functionText = classText('functionCode', 'function');
    let functionCode = cachedCode(functionText);
    let functionNamed: string | undefined;
    if (functionText === '' && col.functionCode === undefined && classSection.function === undefined) {
      // No column and no section gives the function (a 多栏账 by economic class): none, said once for the file.
      functionCode = NO_FUNCTION;
      state.withoutFunction = (state.withoutFunction ?? 0) + 1;
    } else if (functionCode === undefined && /\p{Script=Han}/u.test(functionText)) {
      const named = functionOfName(functionText);
      if ('code' in named) {
        functionCode = named.code;
        functionNamed = splitNamePath(functionText).at(-1);
        state.functionByName ??= { table: 0, file: 0 };
        state.functionByName[named.via]++;
      } else {
        // The table (incomplete: data/codes/SOURCES.md) and the file settle no one code: the class is imported under
        // the name the file writes, and ledger.unknown-code says so once per name (never an error per row).
        functionCode = namedClass(functionText);
        functionNamed = splitNamePath(functionText).at(-1);
        state.keptNames ??= { function: 0, economic: 0 };
        state.keptNames.function++;
      }
    } else if (functionCode === undefined) {
      fail(row, 'functionCode', functionText, '功能科目不是科目编码', 'function code is not a code');
    }
    // 多栏账: one part per non-zero analysis cell; together they must make the row's amount.
    const parts: { economicCode: string; amount: Fen; column: number }[] = [];
    if (analysis) {
      let sum = 0;
      for (const a of analysis.columns) {
        const text = (cells[a.index] ?? '').trim();
        if (text === '') continue;
        let value: Fen;
        try {
          value = parseLedgerAmountIn(text, unitOf(undefined, r));
        } catch (err) {
          fail(row, 'economicCode', text, `第${row}行${analysis.group}“${a.header}”栏金额无法识别`, err instanceof MoneyError ? err.message : 'not an amount', a.header);
          continue;
        }
        if (value === 0) continue;
        // A 贷方 group's amount (贷方金额分析) is a refund or reversal of its class.
        if (a.credit) value = -value as Fen;
        parts.push({ economicCode: a.economicCode, amount: value, column: a.index + 1 });
        sum += value;
        if (debitFromAnalysis && !a.credit) amount = (amount + value) as Fen;
      }
      // A 借方多栏账 prints a 贷方 amount (a refund) as a negative in its class's column, and may print it in the 贷方
      // column as well (and its 借方合计 as the same negative): the class columns then hold the 贷方 once, the row's
      // net is their sum. Only where they say exactly that (the analysis is −贷方, and any 借方 is that same amount).
      const creditShownTwice =
        rowCredit !== 0 && sum === -rowCredit && (debitFromAnalysis || rowDebit === -rowCredit) && !analysis.columns.some((a) => a.credit);
      if (creditShownTwice && sum !== amount) amount = sum as Fen;
      if (errors.length === errorsBefore && parts.length === 0 && (amount !== 0 || debitFromAnalysis)) {
        fail(row, 'economicCode', '', `第${row}行${analysis.group}各栏均为空，无法确定经济分类（本行${netLabel} ${formatYuan(amount)}）`, 'no analysis column holds an amount', analysis.group);
      } else if (errors.length === errorsBefore && sum !== amount) {
        fail(
          row,
          'economicCode',
          formatYuan(sum),
          `第${row}行${analysis.group}各栏合计 ${formatYuan(sum)}，与本行${netLabel} ${formatYuan(amount)} 不等`,
          'the analysis columns do not sum to the row amount',
          analysis.group,
        );
      }
    }
    // An economic section stands in for the column (the column's cell, if any, wins).
    const economicColumn = col.economicCode !== undefined || classSection.economic !== undefined;
    const economicText = analysis ? '' : economicColumn ? classText('economicCode', 'economic') : economicOfAccountCells(cells);
    let economicCode = analysis
      ? parts[0]?.economicCode
      : economicText === '' && !economicColumn
        ? undefined
        : (cachedCode(economicText) ?? (!economicColumn ? undefined : economicOfName(economicText)));
    if (analysis) {
      // Reported above.
    } else if (economicCode === undefined && !economicColumn) {
      fail(
        row,
        'economicCode',
        accountText(cells),
        accountSection !== undefined && cell(cells, 'account') === ''
          ? `没有经济分类列，所在分节“${accountSection.label}”的科目也不是按经济分类设的明细科目`
          : '没有经济分类列，会计科目也不是按经济分类设的明细科目',
        'no economic-class column and the account names no economic class',
      );
    } else if (economicCode === undefined && /\p{Script=Han}/u.test(economicText)) {
      // A name the year's economic table has not (or has for several classes): imported under the name as written,
      // said once per name by ledger.unknown-code.
      economicCode = namedClass(economicText);
      state.keptNames ??= { function: 0, economic: 0 };
      state.keptNames.economic++;
    } else if (economicCode === undefined) {
      fail(
        row,
        'economicCode',
        economicText,
        economicText === '' ? '经济科目为空' : '经济科目不是科目编码，也不是经济分类表中的科目名称',
        economicText === '' ? 'economic class is empty' : 'economic class is neither a code nor a name',
      );
    }
    let { code: projectCode, name: projectName } = projectOf(cells);
    // No section row above it: the project its sheet names (a basic part names none).
    const ofPart = section === undefined && projectCode === undefined && projectName === undefined ? partSection(r) : undefined;
    if (ofPart?.kind === 'project') {
      projectCode = ofPart.code;
      projectName = ofPart.name;
      state.sections ??= { project: 0, basic: 0, function: 0, economic: 0, entries: 0 };
      state.sections.entries++;
    }
    if (section?.kind === 'project') {
      // The section names the project where the row's columns do not; a column naming another project is an error.
      const columnCode = projectCode;
      const columnName = projectName;
      if (columnCode !== undefined && section.code !== undefined && normalizeLabel(columnCode) !== normalizeLabel(section.code)) {
        fail(row, 'projectCode', columnCode, `项目编码“${columnCode}”与所在分节“${section.label}”的项目编码不一致`, `the project code differs from the section's (${section.label})`);
      }
      if (columnName !== undefined && normalizeLabel(columnName) !== normalizeLabel(section.name)) {
        fail(row, 'projectName', columnName, `项目名称“${columnName}”与所在分节“${section.label}”的项目名称不一致`, `the project name differs from the section's (${section.label})`);
      }
      projectCode ??= section.code;
      projectName ??= section.name;
      if (columnCode === undefined && columnName === undefined) {
        state.sections ??= { project: 0, basic: 0, function: 0, economic: 0, entries: 0 };
        state.sections.entries++;
      }
    }
    // A coded 支出类型 (1/2) is read by its header's legend (支出类型(1基本支出2项目支出)); a code it lacks is an error.
    const natureCell = cell(cells, 'nature');
    const natureByConvention = natureLegend === undefined ? natureConvention?.get(natureCell.trim().toUpperCase()) : undefined;
    const natureDecoded = natureCell === '' ? { value: '' } : natureByConvention !== undefined ? { value: natureByConvention } : decodeValue(natureCell, natureLegend);
    if ('error' in natureDecoded) fail(row, 'nature', natureCell, `${FIELD_LABEL.nature}${natureDecoded.error[0]}`, `nature: ${natureDecoded.error[1]}`);
    let natureText = 'error' in natureDecoded ? '' : natureDecoded.value;
    if (natureByConvention !== undefined) {
      // Read by convention only when the row agrees: the account's 基本/项目 明细科目, else its project (none for 基本支出).
      const expected = natureOfAccount(cells, r) ?? natureOfAccountCode(cell(cells, 'account')) ?? inferredNature(projectCode, projectName);
      if (parseNature(natureByConvention) !== expected) {
        const zh = `${FIELD_LABEL.nature}代码“${natureCell.trim()}”按惯例为${natureByConvention}，但本行的科目或项目表明为${expected === 'basic' ? '基本支出' : '项目支出'}；表头未说明代码含义，无法判断。请在表头写明代码（如 ${resolved.headers[col.nature!] ?? ''}(B基本支出P项目支出)），或用 --mapping 的 nature 键指定写明支出类型文字的列`;
        fail(row, 'nature', natureCell, zh, `nature code "${natureCell.trim()}" reads ${natureByConvention} by convention but the row's account or project says otherwise; state the legend in the header or give the mapping key "nature" a column of words`);
        natureText = '';
      }
    }
    let nature: ExpenditureNature | undefined;
    let natureSource: NatureSource;
    const accountNature = natureOfAccount(cells, r);
    if (accountNature !== undefined && natureText === '') {
      nature = accountNature;
      natureSource = 'account';
    } else if (natureText === '') {
      natureSource = 'inferred';
      // No flag in the file: an entry charged to a project is project expenditure, unless the project is one of
      // the 人员类/公用经费 projects under which 预算管理一体化 books basic expenditure.
      nature = inferredNature(projectCode, projectName);
    } else {
      natureSource = 'column';
      nature = parseNature(natureText);
      if (nature === undefined) {
        fail(row, 'nature', natureText, '支出类型应为基本支出或项目支出', 'nature must be basic or project');
      }
    }
    // The 支出类型 cell and the account's 明细科目 both state the nature, and disagree: kept for ledger.nature-inconsistent.
    const accountDisagrees = natureSource === 'column' && accountNature !== undefined && nature !== undefined && accountNature !== nature;
    // A file with no project column may name the project as a leading tag of the 摘要 (【党员教育培训】党员教育培训课程讲课费):
    // on a row the account or the 支出类型 cell states to be project spending, the tag is its project; a later row of
    // any nature carrying a tag seen so is charged to that project too. The tag leaves the 摘要.
    if (col.projectName === undefined && col.projectCode === undefined && projectCode === undefined && projectName === undefined) {
      const tag = SUMMARY_PROJECT_TAG.exec(summary);
      if (tag && /\p{Script=Han}/u.test(tag[1]!)) {
        const name = tag[1]!.trim();
        const stated = natureSource !== 'inferred' && nature === 'project';
        if (stated) {
          state.summaryTags ??= new Set();
          state.summaryTags.add(name);
        }
        if (stated || state.summaryTags?.has(name)) {
          projectName = name;
          summary = tag[2]!;
          if (natureSource === 'inferred') nature = inferredNature(projectCode, projectName);
        }
      }
    }
    if (errors.length !== errorsBefore || state.errorsTruncated) continue;
    above = { row, dateText, voucher, summary, ...(voucherSummary === undefined ? {} : { voucherSummary }) };
    if (carried) state.carriedRows = (state.carriedRows ?? 0) + 1;
    if (monthCarried) state.monthCarriedRows = (state.monthCarriedRows ?? 0) + 1;
    // Built field by field: object spreads per row cost several times more over 200,000 rows.
    const entry: Mutable<LedgerEntry> = {
      entryNo: ++state.entryCount,
      row,
      date: date!,
      voucher,
      summary,
      amount,
      functionCode: functionCode!,
      economicCode: economicCode!,
      nature: nature!,
      natureSource,
    };
    if (voucherSummary !== undefined) entry.voucherSummary = voucherSummary;
    if (accountDisagrees) entry.accountNature = accountNature;
    if (projectCode !== undefined) entry.projectCode = projectCode;
    if (projectName !== undefined) entry.projectName = projectName;
    // A name column beside the code column (功能科目名称) names the item; else the name the cell resolved, or its own.
    const nameText = cell(cells, 'functionName');
    const functionName = nameText !== '' ? cachedNameColumn(nameText) : (functionNamed ?? cachedFunctionName(functionText, functionCode!));
    if (functionName !== undefined) entry.functionName = functionName;
    const payee = cell(cells, 'payee');
    if (payee !== '') entry.payee = payee;
    else if (payeeSection !== undefined) entry.payee = payeeSection;
    const department = cell(cells, 'department');
    if (department !== '') entry.department = department;
    else if (departmentSection !== undefined) entry.department = departmentSection;
    const fundSource = cell(cells, 'fundSource');
    if (fundSource !== '') entry.fundSource = fundSource;
    // After the first bad row nothing will be written: keep parsing for the errors, stop collecting entries.
    if (errors.length > 0) continue;
    if (analysis) {
      // One entry per class, sharing the rest of the row and told apart by its column. A zero row with no class is no entry.
      if (parts.length > 1) state.splitRows = (state.splitRows ?? 0) + 1;
      state.entryCount--;
      for (const part of parts) entries.push({ ...entry, entryNo: ++state.entryCount, economicCode: part.economicCode, amount: part.amount, column: part.column });
    } else {
      if (parallelVouchers) {
        // A 平行记账 voucher still open may yet complete its entries: they leave once it is closed.
        const open = voucherOf(dateText, voucher);
        if (open.entries.length === 0 && entries.length >= chunkSize) {
          yield entries;
          entries = [];
        }
        open.entries.push(entry);
      }
      entries.push(entry);
    }
    if (entries.length >= chunkSize && (!parallelVouchers || (openVoucher?.entries.length ?? 0) === 0)) {
      yield entries;
      entries = [];
    }
  }
  closeVoucher();
  options.onProgress?.(total, total);
  if (entries.length > 0 && errors.length === 0) yield entries;
}

type AccountKind = 'budget' | 'expense' | 'other';

/** A 财务会计 line of a 平行记账 voucher that names a payee or a project: its amount (借方 or 贷方, unsigned) and them. */
interface ParallelLine {
  readonly amount: number;
  readonly payee?: string;
  readonly project?: { readonly code: string; readonly name: string };
}

/** A voucher of a 平行记账 file as read so far: its entries (the 预算会计 支出 lines) and its 财务会计 lines that name a payee or project. */
interface ParallelVoucher {
  readonly key: string;
  readonly entries: Mutable<LedgerEntry>[];
  readonly lines: ParallelLine[];
}

/**
 * 平行记账: each entry of a closed voucher without a payee (or without a project) takes the one its voucher's 财务会计
 * lines state — by amount: the lines of the entry's amount (unsigned: the 1011 贷方 of a payment, the 5101 贷方 of a
 * refund) name exactly one; or for the whole voucher: the lines name only one, and one of them is of the voucher's
 * whole amount (the sum of its entries). When the lines name several, only the pairing by amount counts, and only for
 * an entry whose amount no other entry of the voucher shares. Nothing else is guessed: a voucher of two payees of
 * equal amounts leaves its entries blank. An inferred nature is inferred again from a project taken so.
 */
export function completeFromParallelBooks(
  voucher: { readonly entries: readonly Mutable<LedgerEntry>[]; readonly lines: readonly ParallelLine[] },
  natureOf: (entry: LedgerEntry) => ExpenditureNature,
): { payee: number; project: number } {
  const carried = { payee: 0, project: 0 };
  if (voucher.entries.length === 0 || voucher.lines.length === 0) return carried;
  const whole = Math.abs(voucher.entries.reduce((s, e) => s + e.amount, 0));
  const pick = <T>(fieldOf: (line: ParallelLine) => T | undefined, keyOf: (value: T) => string, entry: LedgerEntry): T | undefined => {
    const named = voucher.lines.filter((l) => fieldOf(l) !== undefined);
    const all = new Set(named.map((l) => keyOf(fieldOf(l)!)));
    if (all.size === 0) return undefined;
    const amount = Math.abs(entry.amount);
    const paired = named.filter((l) => l.amount === amount);
    const pairedKeys = new Set(paired.map((l) => keyOf(fieldOf(l)!)));
    if (pairedKeys.size === 1) {
      if (all.size === 1) return fieldOf(paired[0]!);
      const sharing = voucher.entries.filter((e) => Math.abs(e.amount) === amount).length;
      return sharing === 1 ? fieldOf(paired[0]!) : undefined;
    }
    if (pairedKeys.size === 0 && all.size === 1 && named.some((l) => l.amount === whole)) return fieldOf(named[0]!);
    return undefined;
  };
  for (const entry of voucher.entries) {
    if (entry.amount === 0) continue;
    if (entry.payee === undefined) {
      const payee = pick((l) => l.payee, (p) => p, entry);
      if (payee !== undefined) {
        entry.payee = payee;
        carried.payee++;
      }
    }
    if (entry.projectCode === undefined && entry.projectName === undefined) {
      const project = pick((l) => l.project, (p) => `${p.code}\u0000${p.name}`, entry);
      if (project !== undefined) {
        if (project.code !== '') entry.projectCode = project.code;
        if (project.name !== '') entry.projectName = project.name;
        if (entry.natureSource === 'inferred') entry.nature = natureOf(entry);
        carried.project++;
      }
    }
  }
  return carried;
}

/**
 * The kind of a 会计科目 cell ("7101", "710101 行政支出-基本支出", "业务活动费用", "1011 零余额账户用款额度"):
 * budget expenditure, expense, another account, or undefined when the cell is empty. data/ledger/classification.json.
 */
function accountKindOf(classes: ClassificationRules['accountClasses']): (text: string) => AccountKind | undefined {
  const budget = classes?.budgetExpenditure ?? { prefixes: ['7'], names: ['行政支出', '事业支出'] };
  const expense = classes?.expense ?? { prefixes: ['5'], names: ['业务活动费用', '单位管理费用'] };
  const memo = new Map<string, AccountKind | undefined>();
  return (text) => {
    const t = text.trim();
    if (t === '') return undefined;
    let kind = memo.get(t);
    if (kind !== undefined || memo.has(t)) return kind;
    const code = /^\s*\[?(\d{4,})/.exec(t)?.[1];
    if (code) kind = budget.prefixes.some((p) => code.startsWith(p)) ? 'budget' : expense.prefixes.some((p) => code.startsWith(p)) ? 'expense' : 'other';
    else kind = budget.names.some((n) => t.includes(n)) ? 'budget' : expense.names.some((n) => t.includes(n)) ? 'expense' : 'other';
    memo.set(t, kind);
    return kind;
  };
}

/**
 * The status column of a payment export and the void status of a row, or undefined when the file has no such column
 * (data/ledger/payment-status.json): a column that no field took, whose header is exactly a status header. A row's
 * status is void when its cell, without spaces and after NFKC, is a void value, alone or followed by a bracketed note.
 */
/** Rows a print puts inside a voucher at a page break: the entry lines after them continue the line before them (a blank row does not: it may end anything, and the line after it stays an error). */
const PAGE_FURNITURE: ReadonlySet<string> = new Set(['carried-forward', 'page-number', 'header-repeat', 'title-repeat']);

function voidStatusOf(headers: readonly string[], taken: ReadonlySet<number | undefined>): ((cells: readonly string[]) => string | undefined) | undefined {
  const data = loadLedgerRuleData().paymentStatus;
  const names = new Set(data.headers.map(normalizeHeader));
  // Every status column no field took (a 凭证状态 of the bookkeeping beside the 支付状态 of the payment): a void value in any.
  const indexes = headers.flatMap((h, i) => (!taken.has(i) && names.has(normalizeHeader(h)) ? [i] : []));
  if (indexes.length === 0) return undefined;
  const values = new Set(data.voidValues.map((v) => v.normalize('NFKC').replace(/\s+/g, '')));
  const memo = new Map<string, string | undefined>();
  const voidOf = (text: string): string | undefined => {
    if (text === '') return undefined;
    if (memo.has(text)) return memo.get(text);
    const compact = text.normalize('NFKC').replace(/\s+/g, '');
    const head = compact.replace(/[(（[【].*[)）\]】]$/u, '');
    const value = values.has(head) ? text : undefined;
    memo.set(text, value);
    return value;
  };
  return (cells) => {
    for (const index of indexes) {
      const value = voidOf((cells[index] ?? '').trim());
      if (value !== undefined) return value;
    }
    return undefined;
  };
}
