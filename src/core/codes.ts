/**
 * Classification code tables (支出功能分类, 经济分类, 收入来源, 资产分类). Pure: the tables arrive as text from
 * the data folder or a user's upload; this module parses and queries them. A table may be incomplete (the
 * shipped function table is a fragment), so a missing code is a warning for the caller, never a crash.
 */

export type CodeTableKind = 'function' | 'economic' | 'revenue-source' | 'asset-class';

export const CODE_TABLE_LABEL: Record<CodeTableKind, string> = {
  function: '支出功能分类科目',
  economic: '部门预算支出经济分类科目',
  'revenue-source': '收入来源',
  'asset-class': '固定资产分类（GB/T 14885-2022）',
};

export interface CodeEntry {
  readonly code: string;
  readonly name: string;
  readonly level: number;
  readonly parent?: string;
}

export interface CodeTable {
  readonly kind: CodeTableKind;
  /** The year of the source the table was taken from. */
  readonly year: number;
  /** False when the table is known to lack codes (SOURCES.md says so). */
  readonly complete: boolean;
  /**
   * Classes (code prefixes) that an incomplete table nevertheless lists whole (the 部门预算支出经济分类 301/302/303
   * 款 as the 决算 基本支出 template prints every one): a code under one of them that the table lacks is wrong.
   */
  readonly completeUnder?: readonly string[];
  /** Where it came from: a file name or "用户导入". */
  readonly source: string;
  readonly entries: ReadonlyMap<string, CodeEntry>;
}

export class CodeTableError extends Error {
  override name = 'CodeTableError';
}

/**
 * Parse CSV text (RFC 4180): quoted cells may hold commas, doubled quotes and line breaks. Returns each record
 * with the 1-based line it starts on, so errors can name the line a person sees. Blank lines are skipped.
 */
export function parseCsvRecords(text: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  const src = text.replace(/^\uFEFF/, '');
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let sawContent = false;
  const endRecord = () => {
    cells.push(cell.trim());
    if (sawContent || cells.length > 1 || cells[0] !== '') out.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    sawContent = false;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      sawContent = true;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
      sawContent = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || cells.length > 0 || sawContent) endRecord();
  return out;
}

/** Split one CSV line with RFC 4180 quoting. */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/**
 * Parse a code table CSV with a header containing `code` and `name` (optionally `level`, `parent`; Chinese
 * headers 代码/编码, 名称 are accepted). Errors name the line.
 */
export function parseCodeTableCsv(text: string, meta: CodeTableMeta): CodeTable {
  return codeTableFromRecords(parseCsvRecords(text), meta);
}

type CodeTableMeta = { kind: CodeTableKind; year: number; complete: boolean; source: string; completeUnder?: readonly string[] };

/**
 * A code table from rows already split (a table file read once, in any format): the first record is the header
 * (as `parseCodeTableCsv` takes it), each record's `line` the one its errors name; cells are trimmed, blank
 * records (no cell, or one empty cell) skipped.
 */
export function codeTableFromRecords(rows: Iterable<{ readonly line: number; readonly cells: readonly string[] }>, meta: CodeTableMeta): CodeTable {
  const records = (function* () {
    for (const { line, cells } of rows) {
      if (cells.length === 0 || (cells.length === 1 && cells[0]?.trim() === '')) continue;
      yield { line, cells: cells.map((c) => c.trim()) };
    }
  })();
  const first = records.next();
  const header = (first.done ? [] : first.value.cells).map((h) => h.toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const codeCol = col(['code', '代码', '编码', '科目编码']);
  const nameCol = col(['name', '名称', '科目名称']);
  const levelCol = col(['level', '级次', '层级']);
  const parentCol = col(['parent', '上级', '上级代码']);
  if (codeCol < 0 || nameCol < 0) {
    throw new CodeTableError(
      `${meta.source} 第1行：表头须包含 code（代码）和 name（名称）列 / line 1: header needs code and name columns`,
    );
  }
  const entries = new Map<string, CodeEntry>();
  for (const { line, cells } of records) {
    const i = line - 1;
    const code = cells[codeCol] ?? '';
    const name = cells[nameCol] ?? '';
    if (!/^[0-9A-Za-z]{1,12}$/.test(code)) {
      throw new CodeTableError(
        `${meta.source} 第${i + 1}行：代码“${code}”无效 / line ${i + 1}: invalid code "${code}"`,
      );
    }
    if (name === '') {
      throw new CodeTableError(`${meta.source} 第${i + 1}行：名称为空 / line ${i + 1}: empty name`);
    }
    if (entries.has(code)) {
      throw new CodeTableError(`${meta.source} 第${i + 1}行：代码“${code}”重复 / line ${i + 1}: duplicate code`);
    }
    const levelText = levelCol >= 0 ? cells[levelCol] : undefined;
    const parent = parentCol >= 0 ? cells[parentCol] || undefined : undefined;
    entries.set(code, { code, name, level: levelText ? Number(levelText) : inferLevel(code), parent });
  }
  return { ...meta, entries };
}

/** 类 = 3 digits, 款 = 5, 项 = 7 for the budget classifications. */
function inferLevel(code: string): number {
  if (code.length <= 3) return 1;
  if (code.length <= 5) return 2;
  return 3;
}

/**
 * Choose the table version for a fiscal year: the same year, else the newest older one, else the oldest newer
 * one. Returns the chosen year so callers can say which version they used.
 */
export function chooseVersion(available: readonly number[], fiscalYear: number): number | undefined {
  if (available.includes(fiscalYear)) return fiscalYear;
  const older = available.filter((y) => y < fiscalYear).sort((a, b) => b - a);
  if (older.length > 0) return older[0];
  return [...available].sort((a, b) => a - b)[0];
}

export interface CodeTables {
  readonly function?: CodeTable;
  readonly economic?: CodeTable;
  readonly revenueSource?: CodeTable;
}

export interface CodeFormats {
  readonly function?: RegExp;
  readonly economic?: RegExp;
}

/**
 * Codes that cannot be right: a code whose shape is not that classification's. Such input is refused (HTTP 400).
 * A well-formed code missing from a table is never refused, however complete the table claims to be (an
 * imported table may be partial, or of another year): validation reports it (checkCodes), by the table's year.
 */
export function impossibleCodes(
  lines: readonly { path: string; code: string | undefined; kind: 'function' | 'economic' | 'revenue-source' }[],
  formats: CodeFormats,
): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  for (const line of lines) {
    if (!line.code) continue;
    const format = line.kind === 'function' ? formats.function : line.kind === 'economic' ? formats.economic : undefined;
    if (format && !format.test(line.code)) {
      out.push({ path: line.path, message: `“${line.code}”不是有效的${CODE_TABLE_LABEL[line.kind]}代码 / not a valid ${line.kind} code` });
    }
  }
  return out;
}

/** Does the table list every code that `code` could be (the whole table is complete, or the class `code` is under)? */
export function listsWhole(table: CodeTable, code: string): boolean {
  return table.complete || (table.completeUnder ?? []).some((p) => code.startsWith(p) && code.length > p.length);
}
