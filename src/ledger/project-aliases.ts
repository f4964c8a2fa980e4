/**
 * One project under two codes. A book kept in two systems in one year (an old 账套 until September, 预算管理一体化 from
 * October) writes the same project under its old code and its new one (FYY2024-01 学前教育保教质量提升, then
 * 611126241000000000101 学前教育保教质量提升); so does a book whose project library was renumbered mid-year. Read by
 * code alone, each half of the year would be a project of its own, and the words of one half would name "another
 * project" in the other.
 *
 * Precondition, from the book alone: the keys differ (the code, or the name where no code is written), the name is the
 * same (compared in NFKC, spaces removed) and holds at least `MIN_NAME` Han characters, and each key is written with that one
 * name only — a code written with two names says nothing about which project it is, and stays apart. The checks then
 * know all those keys by one (`projectKey`: the key written on most entries, the first written on a tie); each entry
 * keeps its own code and name, which is what a message quotes.
 */
import { type LedgerEntry, projectKeyOf } from './entry.ts';

/** A name shorter than this (专项, 项目) may be a generic label several projects share, not one project's name. */
const MIN_NAME = 4;

/**
 * The project's name as the entry writes it, compared in NFKC without spaces. A code the file writes at the head of the
 * name cell (FYY2024-04 幼儿教师培训专项) is the reader's to take off (parse-entries.ts projectOf): the entry's name is
 * the name alone.
 */
function nameOf(entry: Pick<LedgerEntry, 'projectName'>): string {
  return (entry.projectName ?? '').normalize('NFKC').replace(/\s+/gu, '');
}

/** The entries, those of a project known under several keys of the same name given one key (`projectKey`). */
export function withProjectAliases(entries: readonly LedgerEntry[]): readonly LedgerEntry[] {
  // The project's key as the entry writes it (projectKeyOf) → the names written with it, and how many entries write it.
  const byKey = new Map<string, { names: Set<string>; count: number; first: number }>();
  entries.forEach((e, i) => {
    const key = projectKeyOf({ ...e, projectKey: undefined });
    if (!key) return;
    const slot = byKey.get(key) ?? { names: new Set<string>(), count: 0, first: i };
    slot.names.add(nameOf(e));
    slot.count++;
    byKey.set(key, slot);
  });
  // name → the keys written with that one name only.
  const byName = new Map<string, string[]>();
  for (const [key, slot] of byKey) {
    if (slot.names.size !== 1) continue;
    const name = [...slot.names][0]!;
    if ((name.match(/\p{Script=Han}/gu) ?? []).length < MIN_NAME) continue;
    byName.set(name, [...(byName.get(name) ?? []), key]);
  }
  const aliasOf = new Map<string, string>();
  for (const keys of byName.values()) {
    if (keys.length < 2) continue;
    const one = [...keys].sort((a, b) => byKey.get(b)!.count - byKey.get(a)!.count || byKey.get(a)!.first - byKey.get(b)!.first)[0]!;
    for (const key of keys) if (key !== one) aliasOf.set(key, one);
  }
  if (aliasOf.size === 0) return entries;
  return entries.map((e) => {
    const key = projectKeyOf({ ...e, projectKey: undefined });
    const one = key === undefined ? undefined : aliasOf.get(key);
    return one === undefined ? e : { ...e, projectKey: one };
  });
}
