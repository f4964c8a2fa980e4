/**
 * An export holding the books of several units: a township 财政所 keeping the books of the town government and its
 * 事业单位 (代理记账), or a 会计核算中心, exports one 凭证明细 of every unit it keeps, a 单位编码 / 单位名称 column on
 * every line. A department-year's ledger is one unit's, so an import reads one unit of such a file:
 *  - the unit the user names (`--unit`, its code or its name exactly as the file writes it);
 *  - else the unit whose code is the department's own code (importing into 360000.001003 reads 单位编码 001003);
 *  - else nothing: the import stops with an error listing every unit (code, name, lines), so the user can choose.
 * The other units' lines are skipped and counted ('other-unit', with their net amount, so that a 合计 row of the whole
 * file can still be reconciled: the imported net plus the other units' equals it). Rows with no unit (合计, 本月合计,
 * the footer), and a unit's own 小计 or period line, are left to the usual row kinds. A file with one unit, or without a unit column, is read as it is.
 * The column headers are data (data/ledger/header-synonyms.json `unitColumns`); a column a ledger field took (往来单位)
 * is never the unit's.
 */
import { InputError } from '../core/input-error.ts';
import type { RowSource } from '../reference/csv.ts';
import { classifyRow } from '../reference/row-kinds.ts';
import { normalizeHeader, type ResolvedColumns } from './column-mapping.ts';

/** What the import is told about the unit to read (both optional). */
export interface UnitChoice {
  /** The unit named by the user: its code or its name, as the file writes it. */
  readonly unit?: string;
  /** The department's own code (the part after the region of 360000.001003): the unit of that code is read. */
  readonly department?: string;
}

/** The headers of a unit's code and name columns (header-synonyms.json unitColumns). */
export interface UnitColumnWords {
  readonly code: readonly string[];
  readonly name: readonly string[];
}

/** A unit of a multi-unit export, and how many of its lines the file holds. */
export interface LedgerUnit {
  readonly code?: string;
  readonly name?: string;
  readonly rows: number;
}

/** The unit read out of a multi-unit export: which one, why, and the units the file holds. */
export interface UnitSelection {
  readonly chosen: LedgerUnit;
  /** `option`: named by the user; `department`: its code is the department's. */
  readonly by: 'option' | 'department';
  readonly units: readonly LedgerUnit[];
}

/**
 * Why a unit could not be read: the file holds several units and none is chosen (`several-units`), the unit named
 * is none of the file's (`unknown-unit`) or several of them (`ambiguous-unit`), or a unit is named for a file
 * without a unit column (`no-unit-column`).
 */
export type UnitChoiceProblem = 'several-units' | 'unknown-unit' | 'ambiguous-unit' | 'no-unit-column';

/**
 * The unit of a multi-unit export is not settled: nothing is imported. `message` is the command line's (it names
 * --unit); `choiceMessage` says the same to someone choosing from a list (the web page), and `units` is that list.
 */
export class UnitChoiceError extends InputError {
  override name = 'UnitChoiceError';
  constructor(
    message: string,
    readonly problem: UnitChoiceProblem,
    readonly choiceMessage: string,
    readonly units: readonly LedgerUnit[],
    readonly named?: string,
  ) {
    super(message);
  }
}

/** The HTTP error code of each problem (the body is `{ code, message, details }` like every API error). */
const UNIT_CHOICE_CODES: Record<UnitChoiceProblem, string> = {
  'several-units': 'ledger-unit-required',
  'unknown-unit': 'ledger-unit-unknown',
  'ambiguous-unit': 'ledger-unit-unknown',
  'no-unit-column': 'ledger-unit-not-applicable',
};

/** What an API answers for a unit not settled: the message for someone choosing from a list, and that list. */
export function unitChoiceAnswer(err: UnitChoiceError): {
  readonly code: string;
  readonly message: string;
  readonly details: { readonly problem: UnitChoiceProblem; readonly units: readonly LedgerUnit[]; readonly named?: string };
} {
  return {
    code: UNIT_CHOICE_CODES[err.problem],
    message: err.choiceMessage,
    details: {
      problem: err.problem,
      units: err.units.map((u) => ({ ...(u.code !== undefined ? { code: u.code } : {}), ...(u.name !== undefined ? { name: u.name } : {}), rows: u.rows })),
      ...(err.named !== undefined ? { named: err.named } : {}),
    },
  };
}

/** A unit code: letters, digits and . - _ with at least one digit (001003, 1001.03); no footer or label text. */
const UNIT_CODE = /^(?=.*\d)[0-9A-Za-z][0-9A-Za-z._-]*$/u;

const norm = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

/** The unit code and name columns of a header (exact header words, columns no field took). */
export function unitColumns(resolved: ResolvedColumns, words: UnitColumnWords): { readonly code?: number; readonly name?: number } {
  const taken = new Set(Object.values(resolved.columns));
  const find = (list: readonly string[]) => {
    const wanted = new Set(list.map(normalizeHeader));
    const i = resolved.headers.findIndex((h, k) => !taken.has(k) && wanted.has(normalizeHeader(h ?? '')));
    return i >= 0 ? i : undefined;
  };
  const code = find(words.code);
  const name = find(words.name);
  return { ...(code !== undefined ? { code } : {}), ...(name !== undefined ? { name } : {}) };
}

/** 「001003 檀溪县桃林镇农业综合服务中心（254 行）」 */
export function describeUnit(unit: LedgerUnit, withRows = true): string {
  const label = [unit.code, unit.name].filter((t) => t !== undefined && t !== '').join(' ');
  return withRows ? `${label}（${unit.rows} 行）` : label;
}

/**
 * `rows` with the lines of the other units of a multi-unit export skipped ('other-unit'), and the unit read; the rows
 * as they are (and no selection) for a file of one unit or without a unit column.
 * @throws InputError when the file holds several units and none is chosen (every unit listed), when the unit named
 * is not in the file, or when a unit is named for a file without a unit column.
 */
export function selectUnit(
  rows: RowSource,
  resolved: ResolvedColumns,
  choice: UnitChoice,
  words: UnitColumnWords,
  source: string,
): { readonly rows: RowSource; readonly selection?: UnitSelection } {
  const columns = unitColumns(resolved, words);
  const named = choice.unit?.trim();
  if (columns.code === undefined && columns.name === undefined) {
    if (named) {
      const columnWords = words.code.concat(words.name).join('、');
      throw new UnitChoiceError(
        `${source}：文件没有单位编码或单位名称列（${columnWords}），不是多单位导出，不需要 --unit / the file has no unit column: --unit is for an export of several units`,
        'no-unit-column',
        `${source}：文件没有单位编码或单位名称列（${columnWords}），不是多单位导出，不需要选择单位，请不选单位重新导入 / the file has no unit column: import it without choosing a unit`,
        [],
        named,
      );
    }
    return { rows };
  }
  const codeOf = (cells: readonly string[]) => (columns.code === undefined ? '' : norm(cells[columns.code] ?? ''));
  const nameOf = (cells: readonly string[]) => (columns.name === undefined ? '' : (cells[columns.name] ?? '').trim());
  const headerWords = new Set([...words.code, ...words.name].map(normalizeHeader));
  // A unit's own 小计 (001001 | … | 小计) or period line is no line of the unit: the usual row kinds read it.
  const labelCells = [resolved.columns.summary, resolved.columns.date, resolved.columns.voucher];
  // Each row's unit key (its code, else its name); none for a row of no unit (合计, 表尾, a repeated header, a kind of
  // row). A line whose unit cells are empty right under a line of a unit (a voucher's further lines, the unit written
  // on its first line only) is that unit's; any kind of row or blank line between ends the carry.
  const keys: (string | undefined)[] = new Array<string | undefined>(rows.count);
  const units = new Map<string, { code?: string; name?: string; rows: number }>();
  let above: string | undefined;
  for (let i = resolved.headerRow + 1; i < rows.count; i++) {
    const cells = rows.row(i);
    if (classifyRow(cells, labelCells) !== undefined) {
      above = undefined;
      continue;
    }
    const code = codeOf(cells);
    const name = nameOf(cells);
    const own = columns.code !== undefined ? code : norm(name);
    let key: string | undefined;
    if (own === '' && code === '' && name === '') key = above;
    else if (own !== '' && !headerWords.has(normalizeHeader(own)) && (columns.code === undefined || UNIT_CODE.test(code))) key = own;
    keys[i] = key;
    above = key;
    if (key === undefined) continue;
    const unit = units.get(key);
    if (unit) unit.rows++;
    else units.set(key, { ...(columns.code !== undefined ? { code } : {}), ...(name !== '' ? { name } : {}), rows: 1 });
  }
  const keyOf = (index: number): string | undefined => keys[index];
  // By code (001001, 001002 …) when every unit has one, else in the file's order.
  const list = [...units.values()].sort((a, b) => (a.code !== undefined && b.code !== undefined ? a.code.localeCompare(b.code) : 0));
  const listed = list.map((u) => describeUnit(u)).join('、');
  const matches = (u: LedgerUnit, text: string) => norm(text) === (u.code ?? '') || (u.name !== undefined && norm(text) === norm(u.name));
  if (named) {
    const found = list.filter((u) => matches(u, named));
    if (found.length !== 1) {
      const none = found.length === 0;
      throw new UnitChoiceError(
        `${source}：--unit“${named}”${none ? '不是文件中的单位' : '对应多个单位，请写单位编码'}；文件中的单位：${listed || '（无）'} / --unit "${named}" ${none ? 'names no unit of the file' : 'names several units: give the code'}`,
        none ? 'unknown-unit' : 'ambiguous-unit',
        `${source}：所选单位“${named}”${none ? '不是文件中的单位' : '对应多个单位'}，请从文件中的单位里选择：${listed || '（无）'}；未导入任何数据 / "${named}" ${none ? 'names no unit of the file' : 'names several units'}: choose one of the file's units; nothing imported`,
        list,
        named,
      );
    }
    if (list.length <= 1) return { rows };
    return { rows: onlyUnit(rows, keyOf, keyOfUnit(found[0]!)), selection: { chosen: found[0]!, by: 'option', units: list } };
  }
  if (list.length <= 1) return { rows };
  const own = choice.department === undefined ? [] : list.filter((u) => u.code !== undefined && u.code === norm(choice.department!));
  if (own.length === 1) return { rows: onlyUnit(rows, keyOf, keyOfUnit(own[0]!)), selection: { chosen: own[0]!, by: 'department', units: list } };
  const where = [columns.code, columns.name].filter((c) => c !== undefined).map((c) => `第${c! + 1}列“${resolved.headers[c!]}”`).join('、');
  const english = `the file holds the entries of ${list.length} units (${list.map((u) => describeUnit(u, false)).join(', ')})`;
  throw new UnitChoiceError(
    `${source}：文件含 ${list.length} 个单位的分录（${where}）：${listed}。` +
      `一个部门年度只导入一个单位：请用 --unit 指定单位编码或名称（或以单位编码与文件中相同的部门编号导入）；未导入任何数据 / ` +
      `${english}; choose one with --unit <code or name>; nothing imported`,
    'several-units',
    `${source}：文件含 ${list.length} 个单位的分录（${where}）：${listed}。一个部门年度只导入一个单位：请选择要导入的单位后再导入；未导入任何数据 / ${english}; choose the unit to import; nothing imported`,
    list,
  );
}

const keyOfUnit = (u: LedgerUnit): string => u.code ?? norm(u.name ?? '');

/** `rows` with every line of another unit skipped ('other-unit'); a reader's own layout skips first. */
function onlyUnit(rows: RowSource, keyOf: (index: number) => string | undefined, key: string): RowSource {
  const { skip } = rows;
  return {
    count: rows.count,
    row: (index) => rows.row(index),
    line: (index) => rows.line(index),
    skip: (index) => {
      const own = skip?.call(rows, index);
      if (own !== undefined) return own;
      const unit = keyOf(index);
      return unit !== undefined && unit !== key ? 'other-unit' : undefined;
    },
    ...(rows.titleRows ? { titleRows: (index: number) => rows.titleRows!(index) } : {}),
    ...(rows.sheetName ? { sheetName: (index: number) => rows.sheetName!(index) } : {}),
    ...(rows.sheetNames ? { sheetNames: rows.sheetNames } : {}),
  };
}
