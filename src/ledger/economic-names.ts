/**
 * The economic classes of the fiscal year's table by name (the user's imported table wins over the shipped one):
 * a 多栏账 sub-column (办公费) and an economic cell without a code (公务接待费) are both read through it. Names are
 * compared without spaces or full-width forms (因公出国（境）费用 = 因公出国(境)费用). The table is read on first use.
 */
import type { CodeTable } from '../core/codes.ts';
import { loadCodeTable } from '../reference/code-tables.ts';

/** A class name as compared: NFKC, no white space. */
export function economicNameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * A class name as compared loosely: a trailing 费用 read as 费 (因公出国（境）费 for 因公出国（境）费用, 公务接待费用 for
 * 公务接待费): exports shorten or lengthen the name's last word; the class is the same.
 */
export function looseEconomicNameKey(name: string): string {
  return economicNameKey(name).replace(/费用$/u, '费');
}

export interface EconomicNames {
  /** The year's economic table, or undefined when there is none. */
  readonly table: () => CodeTable | undefined;
  /** Every code whose class has this name (one, several — 公务用车购置 is 30913 and 31013 — or none). */
  readonly codesNamed: (name: string) => readonly string[];
  /** The same, names compared loosely (looseEconomicNameKey): read only where no class has the exact name. */
  readonly codesNamedLoosely: (name: string) => readonly string[];
  /** Every code whose class name begins with this name (a name cut short), compared as codesNamed. */
  readonly codesNamedStartingWith: (name: string) => readonly string[];
}

export function economicNames(fiscalYear: number): EconomicNames {
  let table: CodeTable | undefined;
  let byName: Map<string, string[]> | undefined;
  let byLooseName: Map<string, string[]> | undefined;
  const load = (): Map<string, string[]> => {
    if (byName === undefined) {
      table = loadCodeTable('economic', fiscalYear);
      byName = new Map();
      byLooseName = new Map();
      for (const e of table?.entries.values() ?? []) {
        const key = economicNameKey(e.name);
        byName.set(key, [...(byName.get(key) ?? []), e.code]);
        const loose = looseEconomicNameKey(e.name);
        byLooseName.set(loose, [...(byLooseName.get(loose) ?? []), e.code]);
      }
    }
    return byName;
  };
  return {
    table: () => {
      load();
      return table;
    },
    codesNamed: (name) => load().get(economicNameKey(name)) ?? [],
    codesNamedLoosely: (name) => {
      load();
      return byLooseName!.get(looseEconomicNameKey(name)) ?? [];
    },
    codesNamedStartingWith: (name) => {
      const key = economicNameKey(name);
      return key === '' ? [] : [...load()].flatMap(([full, codes]) => (full.startsWith(key) ? codes : []));
    },
  };
}
