/**
 * The year a text without a titled year speaks of as its own: an excerpt of a 决算 (七、财政拨款“三公”经费支出决算情况说明
 * …) names its year in its sentences (2023年一般公共预算财政拨款基本支出911.7万元) though no title says it.
 */
import type { DateFact } from './types.ts';

/** The words a body-year reading needs (data/audit/grammar.json) and its thresholds (data/audit/thresholds.json bodyYear). */
export interface BodyYearLexicon {
  /** Subjects of the report that follow its own year within the clause (决算, 一般公共, 部门 …). */
  readonly subjects: readonly string[];
  /** Words before a year that make it the other side of a comparison (比, 较, 与 …). */
  readonly comparisons: readonly string[];
  /** Characters after the year (its 年 / 年度 included) within which a subject is looked for. */
  readonly subjectReach: number;
  readonly minMentions: number;
  readonly minMentionsAgainstOther: number;
  readonly dominance: number;
}

/**
 * The year named as the text's own: a year alone (not a date with a month, not a period) that no comparison word
 * precedes and a subject of the report follows within its clause. Taken when named so at least minMentions times and
 * no other year is; where another is, at least minMentionsAgainstOther times and dominance times as often as any
 * other. Otherwise null: a text that names several years alike says nothing sure of its own.
 */
export function readBodyYear(text: string, dates: readonly DateFact[], lexicon: BodyYearLexicon): number | null {
  const counts = new Map<number, number>();
  for (const d of dates) {
    if (d.year === null || d.month !== null || d.isPeriod) continue;
    const before = text.slice(Math.max(0, d.start - 2), d.start);
    if (lexicon.comparisons.some((w) => before.endsWith(w))) continue;
    // Spaces a copy scattered inside the words (2023年 一般 公共预 算…) do not part them.
    const after = text.slice(d.end, d.end + lexicon.subjectReach).split(/[，。；：\n]/)[0]!.replace(/ /g, '');
    if (!lexicon.subjects.some((w) => after.includes(w))) continue;
    counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < lexicon.minMentions) return null;
  if (second && (best[1] < lexicon.minMentionsAgainstOther || best[1] < lexicon.dominance * second[1])) return null;
  return best[0];
}
