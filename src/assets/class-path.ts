/**
 * A class written as the path of GB/T 14885-2022 names (房屋和构筑物/房屋/业务用房/教育用房; no code anywhere), as an
 * education 资产管理平台 exports 资产分类: the code is the table's one row whose name is the path's last name and whose
 * parents' names hold the path's other names in order. The separators are data (register-columns.json `classPath`).
 */
import type { CodeEntry } from '../core/codes.ts';
import { classNameKey } from './class-short-names.ts';
import { CLASS_PATH_SEPARATORS } from './ledger-columns.ts';

/** The names of a class cell written as a path (two or more parts, each with a Chinese character); undefined otherwise. */
export function classPathNames(text: string, separators: readonly string[] = CLASS_PATH_SEPARATORS): string[] | undefined {
  const t = text.normalize('NFKC').trim();
  const sep = separators.map((s) => s.normalize('NFKC')).find((s) => t.includes(s));
  if (sep === undefined) return undefined;
  const names = t.split(sep).map((n) => n.trim());
  if (names.length < 2 || names.some((n) => n === '' || !/\p{Script=Han}/u.test(n))) return undefined;
  return names;
}

/**
 * The code a name path reads as: the rows named as the path's last name whose ancestors' names include the path's
 * other names in the same order (a level the path skips is allowed); one such row gives its code, none or several
 * give undefined — a path is never guessed.
 */
export function classPathCode(names: readonly string[], entries: ReadonlyMap<string, CodeEntry>): string | undefined {
  const leaf = classNameKey(names[names.length - 1]!);
  const above = names.slice(0, -1).map(classNameKey);
  const found: string[] = [];
  for (const e of entries.values()) {
    if (classNameKey(e.name) !== leaf) continue;
    const chain: string[] = [];
    for (let p = e.parent; p !== undefined && chain.length < 10; p = entries.get(p)?.parent) {
      const parent = entries.get(p);
      if (parent === undefined) break;
      chain.unshift(classNameKey(parent.name));
    }
    let at = 0;
    for (const n of chain) if (at < above.length && n === above[at]) at++;
    if (at === above.length) found.push(e.code);
  }
  return found.length === 1 ? found[0] : undefined;
}
