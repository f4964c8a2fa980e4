/**
 * A function class written by name instead of code (hand-keyed lines of township and small-unit 代理记账 exports):
 * `农林水支出-水利-防汛` (类-款-项), `水利/防汛` (款-项) or `防汛` (the 项 alone). The name path is resolved to its code
 * through the year's function table: the last name matched exactly, each name above it matched to the level above
 * (项 under that 款 under that 类). The shipped table is incomplete (data/codes/SOURCES.md), so when the table knows
 * no such class or more than one, the file's own evidence decides: the codes its other rows write beside the same
 * name (`2130314 防汛`). Nothing else is guessed: a name neither source settles stays a row error.
 */
import type { CodeTable } from '../core/codes.ts';
import { loadCodeTable } from '../reference/code-tables.ts';
import { economicNameKey } from './economic-names.ts';

/** Codes by name and names by code (keys compared as economicNameKey: NFKC, no white space). */
export interface NameIndex {
  /** Every code written with this name. */
  readonly codesNamed: (name: string) => readonly string[];
  /** Every name written for this code. */
  readonly namesOf: (code: string) => readonly string[];
}

class MutableNameIndex implements NameIndex {
  private readonly byName = new Map<string, string[]>();
  private readonly byCode = new Map<string, string[]>();
  add(code: string, name: string): void {
    const key = economicNameKey(name);
    if (key === '') return;
    const codes = this.byName.get(key) ?? [];
    if (!codes.includes(code)) this.byName.set(key, [...codes, code]);
    const names = this.byCode.get(code) ?? [];
    if (!names.includes(key)) this.byCode.set(code, [...names, key]);
  }
  readonly codesNamed = (name: string): readonly string[] => this.byName.get(economicNameKey(name)) ?? [];
  readonly namesOf = (code: string): readonly string[] => this.byCode.get(code) ?? [];
}

/** The names of a code table. */
export function tableNameIndex(table: CodeTable | undefined): NameIndex {
  const index = new MutableNameIndex();
  for (const e of table?.entries.values() ?? []) index.add(e.code, e.name);
  return index;
}

/** The year's function table by name (the user's imported table wins over the shipped one), read on first use. */
export function functionTableNames(fiscalYear: number): NameIndex {
  let index: NameIndex | undefined;
  const load = (): NameIndex => (index ??= tableNameIndex(loadCodeTable('function', fiscalYear)));
  return { codesNamed: (name) => load().codesNamed(name), namesOf: (code) => load().namesOf(code) };
}

/** A function code as written in a cell (类 3 digits starting with 2, 款 5, 项 7), not inside a longer number. */
const FUNCTION_CODE = /(?<!\d)2\d{2}(?:\d{2}){0,2}(?!\d)/gu;

/**
 * The `code name` pairs a file writes in its function cells, each code being the cell's class or a level above it:
 * "2130314 防汛", "[213]农林水支出/[21303]水利/[2130314]防汛", and one code before a path of names
 * ("2100408 卫生健康支出\\公共卫生\\基本公共卫生服务": the last name is the code's, those before it the levels above).
 * A name with digits (a remark: 原2130399) is none.
 */
export function fileNameIndex(cells: Iterable<{ readonly text: string; readonly code: string }>): NameIndex {
  const index = new MutableNameIndex();
  for (const { text, code } of cells) {
    const found = [...text.matchAll(FUNCTION_CODE)];
    for (const [i, m] of found.entries()) {
      const level = m[0];
      if (!code.startsWith(level)) continue;
      const after = text.slice(m.index + level.length, found[i + 1]?.index ?? text.length);
      const names = splitNamePath(after.replace(/^[\s\]】)）］〕:：]+/u, '').replace(/[\s[【(（［〔]+$/u, ''));
      if (names.length === 0 || names.length > (level.length - 1) / 2 || names.some((n) => /\d/u.test(n))) continue;
      for (const [j, name] of names.entries()) index.add(level.slice(0, level.length - 2 * (names.length - 1 - j)), name);
    }
  }
  return index;
}

/** The levels of a name path, top first: split at - — / \ > | ， → (full-width forms too), else at white space. */
export function splitNamePath(text: string): string[] {
  const t = text.normalize('NFKC').trim();
  const separator = /\s*[-—–―~/\\>|,，→]+\s*/u;
  return t.split(separator.test(t) ? separator : /\s+/u).filter((p) => p !== '');
}

export type FunctionNameResolution =
  | { readonly code: string; readonly via: 'table' | 'file' }
  | { readonly error: 'ambiguous'; readonly name: string; readonly candidates: readonly string[] }
  | { readonly error: 'unknown'; readonly name: string };

/**
 * The code of a function class written as a name path, or why there is none. A candidate is a code with the last
 * name; it fits the path when it is deep enough for it and every level above whose name the table or the file
 * knows has the path's name there (a level neither knows is not held against it). The table's one fitting code
 * wins; when the table has none or several, the file's one fitting code; otherwise the name is ambiguous
 * (several codes fit) or unknown.
 */
export function resolveFunctionName(text: string, table: NameIndex, file: NameIndex): FunctionNameResolution {
  const names = splitNamePath(text);
  const last = names.at(-1);
  if (last === undefined) return { error: 'unknown', name: text.trim() };
  const fits = (code: string): boolean => {
    if (code.length < 1 + 2 * names.length) return false;
    return names.slice(0, -1).every((name, i) => {
      const level = code.slice(0, code.length - 2 * (names.length - 1 - i));
      const known = [...table.namesOf(level), ...file.namesOf(level)];
      return known.length === 0 || known.includes(economicNameKey(name));
    });
  };
  const inTable = table.codesNamed(last).filter(fits);
  if (inTable.length === 1) return { code: inTable[0]!, via: 'table' };
  const inFile = file.codesNamed(last).filter(fits);
  if (inFile.length === 1) return { code: inFile[0]!, via: 'file' };
  const all = [...new Set([...inTable, ...inFile])].sort();
  return all.length > 1 ? { error: 'ambiguous', name: last, candidates: all } : { error: 'unknown', name: last };
}
