/**
 * Short class names registers write (台式机, 笔记本电脑 …) and the GB/T 14885 code each one unambiguously reads as:
 * data/assets/class-short-names.json. Used only where the table itself has no single row of that exact name.
 */
import { z } from 'zod';
import { InputError } from '../core/input-error.ts';
import { loadDataJson } from '../reference/data-json.ts';

const FILE = 'data/assets/class-short-names.json';

const schema = z.object({
  names: z.array(z.object({ name: z.string().min(1), code: z.string().regex(/^[A-Z]\d{8}$/), standard: z.string().min(1) })),
  notMapped: z.object({ names: z.array(z.object({ name: z.string().min(1), readings: z.array(z.string()).min(2) })) }),
});

export interface ClassShortName {
  readonly name: string;
  readonly code: string;
  /** The table's name of `code`, as the file cites it. */
  readonly standard: string;
}

/** The key short and table names are compared by: NFKC, no spaces, upper case. */
export const classNameKey = (n: string): string => n.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

let loaded: { names: readonly ClassShortName[]; notMapped: readonly string[] } | undefined;

/** The list as the file has it; a name twice, or a name both mapped and listed as not mapped, is an error naming it. */
export function classShortNames(): { names: readonly ClassShortName[]; notMapped: readonly string[] } {
  if (loaded) return loaded;
  const data = loadDataJson(FILE, schema);
  const seen = new Set<string>();
  for (const n of data.names) {
    if (seen.has(classNameKey(n.name))) throw new InputError(`规则文件 ${FILE} 有误：简称“${n.name}”重复 / a short name is listed twice`);
    seen.add(classNameKey(n.name));
  }
  const both = data.notMapped.names.filter((n) => seen.has(classNameKey(n.name)));
  if (both.length > 0) {
    throw new InputError(`规则文件 ${FILE} 有误：简称“${both.map((n) => n.name).join('、')}”既有对应代码又列为有歧义 / listed both ways`);
  }
  loaded = { names: data.names, notMapped: data.notMapped.names.map((n) => n.name) };
  return loaded;
}

/**
 * The short names whose cited row the class table has as cited (code present, its name the cited one): the
 * others are left out, so a table that renamed or dropped the row sends the card to the marked gap.
 */
export function shortNameCodes(entries: ReadonlyMap<string, { readonly name: string }>): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of classShortNames().names) {
    const row = entries.get(s.code);
    if (row && classNameKey(row.name) === classNameKey(s.standard)) out.set(classNameKey(s.name), s.code);
  }
  return out;
}
