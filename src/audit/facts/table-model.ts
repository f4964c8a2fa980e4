/** A table read as rows × columns: header, the phase each column holds, each row's label and code. */
import { type MoneyUnit, parseAmount } from '../../core/money.ts';
import { GRAMMAR } from '../config.ts';
import { withoutPinyinGlosses } from './pinyin.ts';
import { ObjectSlot } from './object-slot.ts';
import { plainFen } from './plain-amount.ts';
import { isNumericCell } from './tables.ts';
import type { Phase, TableCell, TableFact } from './types.ts';

/** An amount as a table cell writes it: with a decimal point or thousands separators (0.00, 19,184,248.85). */
const AMOUNT_TEXT = /\d[.,，]\d/;
/** A code cell too narrow for its digits, each read on a line of its own (0 ⏎ 5 read as 0 5). */
const SPLIT_DIGITS = /^\d(\s\d){1,2}$/;
/** An amount written as a cell writes it (19,184,248.85, 0.00) inside a longer text. */
const GLUED_AMOUNT = /(^|[^\d.,])(\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d{2})($|[^\d.,%％])/;

/** A code cell naming several codes of one level, joined by / or 、 (301/303 over 人员经费). */
const JOINED_CODES = /^(\d{3}|\d{5})(?:\s*[/、]\s*(\d{3}|\d{5}))+$/;

/** A column so headed (序号, 行次) holds row numbers, not amounts. */
const ROW_NUMBER_HEADERS = GRAMMAR.rowNumberHeaders;

export interface TableRow {
  readonly label: string;
  readonly labelCell: TableCell;
  /** 功能分类 / 经济分类 code at the start of the row, when there is one. */
  readonly code: string | null;
  /**
   * Every code of a code cell naming several of one level (301/303 人员经费: 工资福利支出 and 对个人和家庭的补助 under
   * one row), `code` the first of them; absent for a row of one code.
   */
  readonly codes?: readonly string[];
  readonly cells: readonly (TableCell | null)[];
}

export interface TableModel {
  readonly table: TableFact;
  readonly index: number;
  readonly header: readonly string[];
  readonly columnPhase: readonly (Phase | null)[];
  readonly rows: readonly TableRow[];
  readonly unit: MoneyUnit | null;
  /** Some row has a 款 / 项 code whose 类 / 款 the table does not hold, or a code cell wrapped digit by digit: the rows' levels are unknown. */
  readonly unresolvedCodes?: boolean;
  /**
   * The leftmost row-number column (行次), where its numbers count up one by one from above 1 (7, 8, 9), and its first
   * number: the rows right of it are a piece of a table whose first rows stand elsewhere (a page before, its header
   * repeated); absent otherwise.
   */
  readonly laterRows?: { readonly column: number; readonly from: number };
}

export function phaseOfHeader(h: string): Phase | null {
  // Another year's column (上年决算数) holds no amount of the report's year, whatever phase it names.
  if (GRAMMAR.otherYearHeaders.some((w) => h.includes(w))) return null;
  // A column of balances (年初结转和结余, 年末结转和结余: the 一般公共预算财政拨款收入支出决算表 of some provinces) holds money
  // carried between years, not the amounts of a phase — 年初 there is the year's start, not its budget.
  if (GRAMMAR.balanceWords.some((w) => h.includes(w))) return null;
  // A header naming two phases (决算数年初预算合计: a wrapped title read into its neighbours, or 决算数占年初预算%) says
  // no one phase its amounts are in.
  if (GRAMMAR.headerPhases.filter(({ naming }) => naming.some((w) => h.includes(w))).length > 1) return null;
  for (const { phase, words } of GRAMMAR.headerPhases) if (words.some((w) => h.includes(w))) return phase;
  return null;
}

/** Several rules read the same tables: each table is modelled once. */
const models = new ObjectSlot<TableFact, TableModel | null>();

export function modelTable(table: TableFact, index: number): TableModel | null {
  const cached = models.get(table);
  if (cached !== undefined && (cached === null || cached.index === index)) return cached;
  const model = buildModel(table, index);
  models.set(table, model);
  return model;
}

/**
 * A row numbering the columns: labelled 栏次 / 行次 (whatever follows, such as 合计 read into the same cell), or
 * its numbers 1, 2, 3 … in order, at least three of them and nothing else (or after a label holding 栏次 / 行次).
 */
function columnNumbers(r: readonly TableCell[]): boolean {
  // The first filled cell decides most rows: such a row starts with 栏次 / 行次 or with 1.
  let head = '';
  for (const c of r) {
    head = c.text.replace(/\s+/g, '');
    if (head !== '') break;
  }
  // (A row whose first filled cell is neither 1 nor holds 栏次 / 行次 — most rows — is no such row: its cells are not read.)
  if (head !== '1' && !/栏次|行次/.test(head)) return false;
  const filled = r.map((c) => c.text.replace(/\s+/g, '')).filter((t) => t !== '');
  if (filled.length === 0) return false;
  // (Or a label holding 栏次 / 行次 amid header words or a row label read into its cell — 码称栏次, 码称栏次行政 — over
  // the numbers 1, 2, 3 … in order.)
  if (head !== '1' && !/^(栏次|行次)/.test(head)) return /栏次|行次/.test(head) && filled.length >= 4 && filled.slice(1).every((t, i) => t === String(i + 1));
  if (/^(栏次|行次)/.test(filled[0]!) && filled.slice(1).every((t) => /^\d{1,2}$/.test(t))) return true;
  return filled.length >= 3 && filled.every((t, i) => t === String(Number(filled[0]) + i)) && filled[0] === '1';
}

/**
 * A header whose column titles were read k cells left of their amounts (项目 | 预算数 | 决算数 | ⌴ over
 * 合计 | ⌴ | 5.00 | 4.53): its last k cells are empty and every body row is as wide, its label first, the k cells after
 * it empty and an amount in its last cell. The titles are moved right by k, over their amounts; any other header is
 * kept as read.
 */
export function alignedHeader(header: readonly string[], body: readonly (readonly string[])[]): string[] {
  let k = 0;
  while (k < header.length - 2 && header[header.length - 1 - k]!.trim() === '') k++;
  if (k === 0 || header[0]!.trim() === '' || header.slice(1, header.length - k).some((h) => h.trim() === '')) return [...header];
  const rows = body.filter((r) => r.some((c) => c !== ''));
  const shifted =
    rows.length >= 2 &&
    rows.every((r) => r.length === header.length && r[0]!.trim() !== '' && !isNumericCell(r[0]!) && r.slice(1, 1 + k).every((c) => c.trim() === '') && isNumericCell(r[r.length - 1]!));
  return shifted ? [header[0]!, ...header.slice(header.length - k), ...header.slice(1, header.length - k)] : [...header];
}

function buildModel(table: TableFact, index: number): TableModel | null {
  const headerIndex = table.rows.findIndex((r) => r.filter((c) => isNumericCell(c.text)).length * 2 < r.length);
  if (headerIndex === -1) return null;
  const headerRow = table.rows[headerIndex]!;
  // A header names columns; it holds no amount (本年支出合计 | | 19,184,248.85: a table's body row, its header lost or
  // never there). Without a header the columns' roles are unknown: no model, nothing read from the table.
  if (headerRow.some((c) => isNumericCell(c.text) && AMOUNT_TEXT.test(c.text))) return null;
  // Nor an amount glued to a label (19,226,748.85本年支出合计: a two-sided table's body row whose cells were set
  // without padding): a header so read names no column; the table is not read.
  if (headerRow.some((c) => !isNumericCell(c.text) && GLUED_AMOUNT.test(c.text))) return null;
  // (alignedHeader reads the body only under a header whose last cell is blank: other tables pass none.)
  const lastBlank = headerRow.length > 2 && headerRow[headerRow.length - 1]!.text.trim() === '';
  const header = alignedHeader(
    // A mirror's pinyin glosses (预（yù）算数（shù）) are no words of the header, nor of a row's label below.
    headerRow.map((c) => withoutPinyinGlosses(c.text)),
    lastBlank ? table.rows.slice(headerIndex + 1).map((r) => r.map((c) => c.text)) : [],
  );
  const rows: TableRow[] = [];
  // A table whose rows hold amounts only, the header naming every column (the 三公 table as one row of twelve
  // columns: 预算数 合计 | 因公出国 | … | 决算数 合计 | …): each row is read with an empty label.
  const bodyRows = table.rows.slice(headerIndex + 1);
  const unlabelled = bodyRows.length > 0 && header.every((h) => h.trim() !== '') && bodyRows.every((r) => r.length === header.length && r.every((c) => c.text === '' || isNumericCell(c.text)) && r.some((c) => c.text !== ''));
  // Columns headed as row numbers (序号, 行次), read once per table; a cell beyond the header has an empty one.
  // (Or a column whose filled cells count the rows: whole numbers without separators, each one more than the one above,
  // three or more — a 行次 column whose header was lost, as on a page of a two-sided table read apart from its header.
  // Amounts do not run 29, 30, 31, 32.)
  const counting = (i: number): boolean => {
    const xs = bodyRows.map((r) => r[i]?.text.trim() ?? '').filter((t) => t !== '');
    return xs.length >= 3 && xs.every((t, k) => /^\d{1,4}$/.test(t) && (k === 0 || Number(t) === Number(xs[k - 1]) + 1));
  };
  const rowNumberColumn = header.map((h, i) => ROW_NUMBER_HEADERS.some((w) => h.endsWith(w)) || (i > 0 && counting(i)));
  const rowNumberBeyond = ROW_NUMBER_HEADERS.some((w) => ''.endsWith(w));
  // The last 类 and 款 codes read, for rows that write only their own level's digits.
  let lastClass: string | null = null;
  let lastKuan: string | null = null;
  let unresolved = false;
  for (const r of bodyRows) {
    // A 栏次 / 行次 row numbers the columns (1 2 3 …): no amounts — also when a row label set close under it in an
    // empty table was read into the same cell (栏次合计), or when its label was lost.
    if (columnNumbers(r)) continue;
    if (unlabelled) {
      rows.push({ label: '', labelCell: r[0]!, code: null, cells: r.map((c) => (isNumericCell(c.text) ? c : null)) });
      continue;
    }
    let labelIdx = r.findIndex((c) => c.text !== '' && !isNumericCell(c.text) && !SPLIT_DIGITS.test(c.text));
    // A row whose name was lost (a wrapped name read into its neighbours) still has its code: 30108 | | 412,345.60.
    // (Only amounts after it: not a code in three columns, 207 | 01 | 01, whose name is lost.)
    if (labelIdx === -1 && /^\d{3,9}$/.test(r[0]?.text ?? '') && r.slice(1).some((c) => isNumericCell(c.text)) && r.slice(1).every((c) => c.text === '' || /^[—–－-]{1,2}$/.test(c.text) || /[.,]/.test(c.text))) {
      labelIdx = 0;
    }
    if (labelIdx === -1) continue;
    if (/^(栏次|行次)$/.test(r[labelIdx]!.text.replace(/\s+/g, ''))) continue;
    let code: string | null = null;
    const first = r[0]!;
    if (/^\d{3,9}$/.test(first.text) && labelIdx > 0) code = first.text;
    // Several codes of one level in the code cell (301/303 | 人员经费): the row stands for all of them, its name the
    // next cell's.
    if (labelIdx === 0 && JOINED_CODES.test(first.text.trim())) {
      const joined = first.text.split(/[/、]/).map((t) => t.trim());
      const next = r.findIndex((c, i) => i > 0 && c.text !== '' && !isNumericCell(c.text));
      if (joined.every((t) => t.length === joined[0]!.length) && next > 0) {
        rows.push({ label: r[next]!.text.replace(/\s+/g, ''), labelCell: r[next]!, code: joined[0]!, codes: joined, cells: r.map((c, i) => (i > next && !(rowNumberColumn[i] ?? rowNumberBeyond) && isNumericCell(c.text) ? c : null)) });
        if (joined[0]!.length === 3) {
          lastClass = joined[0]!;
          lastKuan = null;
        }
        continue;
      }
    }
    // The code in three columns (类 | 款 | 项: 207 | 01 | 01) is one code, 2070101.
    // A code cell too narrow for its digits, each on a line of its own (0 ⏎ 5, read 0 5): the digits, joined — but the
    // columns of a table so narrow are not trusted (a 项 read into the 款 column): its levels are left unknown.
    const parts = r.slice(0, labelIdx).map((c) => (SPLIT_DIGITS.test(c.text) ? c.text.replace(/\s/g, '') : c.text));
    if (r.slice(0, labelIdx).some((c) => SPLIT_DIGITS.test(c.text))) unresolved = true;
    if (labelIdx >= 2 && /^\d{3}$/.test(parts[0]!) && parts.slice(1).every((t) => t === '' || /^\d{2}$/.test(t)) && parts.slice(1).some((t) => t !== '')) {
      code = parts.join('');
    }
    let label = r[labelIdx]!.text;
    // Codes in columns each holding only its own level (201 | | 一般公共服务支出, then | 03 | 政府办公厅…, then | | 01行政运行):
    // the level is the column filled, the code goes on from the rows above (20103, 2010301).
    let inherited: RegExpExecArray | null = null;
    if (code === null && labelIdx >= 2 && parts[0] === '') {
      const filled = parts.map((t, i) => (t === '' ? -1 : i)).filter((i) => i >= 0);
      const only = filled.length === 1 && /^\d{2}$/.test(parts[filled[0]!]!) ? filled[0]! : -1;
      if (only === 1 && lastClass !== null) code = `${lastClass}${parts[1]!}`;
      else if (only === 2 && lastKuan !== null) code = `${lastKuan}${parts[2]!}`;
      // A 款 or 项 digit group with no 类 or 款 above it in the table (a piece after a page turn whose repeated header
      // was not taken as one): the row has a code the table cannot tell.
      else if (only >= 1) unresolved = true;
      else if (lastKuan !== null && filled.length === 0) {
        inherited = /^(\d{2})\s*([\u4e00-\u9fff].*)$/.exec(label);
        // Or set between the two lines of a wrapped name (对村民委员会和村党支部 05的补助: the code centred in its cell).
        const between = inherited ? null : /^([\u4e00-\u9fff（）()]+) (\d{2})([\u4e00-\u9fff（）()]+)$/.exec(label);
        if (inherited) {
          code = `${lastKuan}${inherited[1]!}`;
          label = inherited[2]!;
        } else if (between) {
          inherited = between;
          code = `${lastKuan}${between[2]!}`;
          label = `${between[1]!}${between[3]!}`;
        }
      }
    }
    // The 项 code of a 类 | 款 | 项 row set close to the name read into the name's cell (201 | 13 | 01行政运行):
    // after the 类 and 款 columns, two digits leading the name are the 项.
    const glued: RegExpExecArray | null = inherited === null && labelIdx >= 2 && code !== null && code.length === 5 && parts.join('') === code ? /^(\d{2})\s*([\u4e00-\u9fff].*)$/.exec(label) : null;
    // 类 款 项 set close together read as one cell (207 01 01, then the name there or in the next cell).
    const spaced = /^(\d{3})\s*(\d{2})(?:\s+(\d{2}))?(?:\s+(\D.*))?$/.exec(label.includes(' ') ? label : '');
    const m = /^(\d{3,9})\s*(.*)$/.exec(label);
    if (inherited) {
      // (code and label read above)
    } else if (glued) {
      code = `${code!}${glued[1]!}`;
      label = glued[2]!;
    } else if (spaced) {
      code = `${spaced[1]}${spaced[2]}${spaced[3] ?? ''}`;
      const next = r.findIndex((c, i) => i > labelIdx && c.text !== '' && !isNumericCell(c.text));
      if (spaced[4]) label = spaced[4];
      else if (next > labelIdx) {
        labelIdx = next;
        label = r[next]!.text;
      }
    } else if (m?.[2]) {
      code = m[1]!;
      label = m[2];
    } else if (m && labelIdx === 0) code = m[1]!;
    // A code alone in a column of its own left of the name, after an empty one (301 | … then | 30101 | 基本工资 where the
    // 类 and its items stand in two code columns): the row's code. So is a 类 code there (| 213 | 农林水支出 under
    // 合计 | | : Calc prints 合计 left-aligned and the codes centred in one 科目编码 column, read as two columns).
    if (code === null && labelIdx >= 2) {
      const filled = parts.filter((t) => t !== '');
      if (filled.length === 1 && parts[0] === '' && /^\d{3}(\d{2}){0,2}$/.test(filled[0]!)) code = filled[0]!;
    }
    // The classification code in its own column is a label, not an amount.
    const codeIdx = code !== null && r[0]!.text === code ? 0 : -1;
    // Numbers left of the row label are its 序号 or code, not amounts; so is a 序号 / 编号 / 行次 column.
    const cells: (TableCell | null)[] = r.map((c, i) => (i > labelIdx && i !== codeIdx && !(rowNumberColumn[i] ?? rowNumberBeyond) && isNumericCell(c.text) ? c : null));
    if (labelIdx > 0 && code === null) labelIdx = 0;
    rows.push({ label: withoutPinyinGlosses(label).replace(/\s+/g, ''), labelCell: r[labelIdx]!, code, cells });
    if (code?.length === 3) {
      lastClass = code;
      lastKuan = null;
    } else if (code?.length === 5) lastKuan = code;
  }
  const laterRows = laterRowNumbers(bodyRows, rowNumberColumn);
  return { table, index, header, columnPhase: header.map(phaseOfHeader), rows, unit: table.moneyUnit, unresolvedCodes: unresolved, ...(laterRows === null ? {} : { laterRows }) };
}

/**
 * The leftmost row-number column, where its filled cells are whole numbers counting up one by one, at least two of
 * them, from a number above 1 (行次 7, 8, 9 under a header repeated after a page turn), and that first number; else
 * null. (The 支出 half of a two-sided table numbers on from its 收入 half, 33, 34 …: only the leftmost column tells.)
 */
function laterRowNumbers(bodyRows: readonly (readonly TableCell[])[], rowNumberColumn: readonly boolean[]): { column: number; from: number } | null {
  const column = rowNumberColumn.indexOf(true);
  if (column < 0) return null;
  const xs = bodyRows.map((r) => r[column]?.text.trim() ?? '').filter((t) => t !== '');
  if (xs.length < 2 || !xs.every((t, k) => /^\d{1,4}$/.test(t) && (k === 0 || Number(t) === Number(xs[k - 1]) + 1))) return null;
  const from = Number(xs[0]);
  return from > 1 ? { column, from } : null;
}

/** A cell's amount in the one unit it was last read in (a table has one unit; a second unit re-reads it). */
/** Kept on the cell itself (two module-private keys, no object around them): a table-heavy text reads thousands of cells several times. */
const AMOUNT = Symbol('amount');
const AMOUNT_UNIT = Symbol('amount unit');
type CachedCell = TableCell & { [AMOUNT]?: { fen: number; decimals: number } | null; [AMOUNT_UNIT]?: MoneyUnit };

/** A numeric cell in 分, read in the table's unit (parsed once per cell). */
export function cellFen(cell: TableCell, unit: MoneyUnit): { fen: number; decimals: number } | null {
  if ((cell as CachedCell)[AMOUNT_UNIT] === unit) return (cell as CachedCell)[AMOUNT] ?? null;
  let value = plainFen(cell.text, unit);
  if (value === undefined) {
    try {
      const parsed = parseAmount(cell.text.replace(/,/g, ''), unit);
      value = { fen: parsed.fen, decimals: parsed.decimals };
    } catch {
      value = null;
    }
  }
  (cell as CachedCell)[AMOUNT] = value;
  (cell as CachedCell)[AMOUNT_UNIT] = unit;
  return value;
}
