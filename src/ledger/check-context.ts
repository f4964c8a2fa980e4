/** What the ledger checks see besides the entries: the year, the published figures, code tables, rule data. */
import type { CodeFormats, CodeTables } from '../core/codes.ts';
import type { DepartmentYear } from '../core/department-year.ts';
import type { Finding } from '../core/finding.ts';
import type { LedgerEntry } from './entry.ts';
import type { LedgerRuleData } from './rule-data.ts';
import type { Segmenter } from './segment-words.ts';

export interface LedgerCheckContext {
  readonly fiscalYear: number;
  /** The department-year's published figures; without it reconciliation and 三公 comparison say so. */
  readonly departmentYear?: DepartmentYear;
  readonly codeTables: CodeTables;
  readonly codeFormats: CodeFormats;
  readonly rules: LedgerRuleData;
  readonly segment: Segmenter;
  /** Extra keywords per project (code or name), on top of data/ledger/project-match.json. */
  readonly projectKeywords?: Readonly<Record<string, readonly string[]>>;
}

/** A ledger check: pure, one file per rule, listed in rules/registry.ts. */
export interface LedgerRule {
  readonly id: string;
  /** Short Chinese title for the summary table. */
  readonly title: string;
  check(entries: readonly LedgerEntry[], context: LedgerCheckContext): Finding[];
}

/** Any of `words` as one regular-expression source, each literal, longest first (so 公务接待费 wins over 公务接待). */
export function wordAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Build a matcher for any of `words` (one regex: 200,000 summaries × dozens of words stays fast). */
export function wordMatcher(words: readonly string[]): (text: string) => string | undefined {
  if (words.length === 0) return () => undefined;
  const re = new RegExp(wordAlternation(words));
  return (text) => re.exec(text)?.[0];
}

/** Does `code` fall under any of the classes (prefix match: 301 covers 30101)? Returns the class. */
export function prefixMatcher(prefixes: readonly string[]): (code: string) => string | undefined {
  const sorted = [...prefixes].sort((a, b) => b.length - a.length);
  return (code) => sorted.find((p) => code.startsWith(p));
}
