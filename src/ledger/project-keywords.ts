/**
 * What a project is about, as words: its name, goal, indicator names and any keywords configured for it,
 * segmented with jieba and stripped of words every entry or project shares (data/ledger/project-match.json).
 * A 摘要 is then scored against them: a shared keyword matches; otherwise the share of its character bigrams
 * found in the project text says how unlikely the match is (0 = nothing in common).
 */
import type { Project } from '../core/department-year.ts';
import { wordAlternation } from './check-context.ts';
import type { Segmenter } from './segment-words.ts';
import type { ProjectMatchRules } from './rule-data.ts';

export interface ProjectProfile {
  readonly key: string;
  readonly name: string;
  readonly keywords: readonly string[];
  /** Character bigrams of the project's texts (CJK and letters only). */
  readonly bigrams: ReadonlySet<string>;
}

const HAN_OR_LATIN = /[\p{Script=Han}A-Za-z]/u;
const DIGITS = /^[\d.%年月日]+$/u;

/** Character bigrams of the Han/Latin runs of `text`, minus those inside stopwords. */
export function bigramsOf(text: string, stop: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i]!;
    const b = chars[i + 1]!;
    if (!HAN_OR_LATIN.test(a) || !HAN_OR_LATIN.test(b)) continue;
    const pair = a + b;
    if (!stop.has(pair)) out.add(pair);
  }
  return out;
}

export function projectTexts(project: Project | undefined, fallbackName: string): string[] {
  if (!project) return [fallbackName];
  return [
    project.name,
    project.goal ?? '',
    ...project.indicators.flatMap((i) => [i.name, typeof i.target === 'string' ? i.target : '']),
  ].filter((t) => t !== '');
}

export function buildProjectProfile(
  key: string,
  name: string,
  texts: readonly string[],
  extraKeywords: readonly string[],
  rules: ProjectMatchRules,
  segment: Segmenter,
): ProjectProfile {
  const stop = new Set(rules.stopwords);
  const keywords = new Set<string>();
  for (const text of texts) {
    for (const word of segment(text)) {
      const w = word.trim();
      if ([...w].length < rules.minKeywordLength || stop.has(w) || DIGITS.test(w) || !HAN_OR_LATIN.test(w)) continue;
      keywords.add(w);
    }
  }
  // A venue named X之家 (委员之家, 职工之家): the segmenter cuts 之|家 off its name, which alone tells it from the words it
  // shares (委员 of 政协委员履职能力培训): kept whole, with the two characters before the ending.
  const venues = rules.venueEndings?.words ?? [];
  if (venues.length > 0) {
    const venue = new RegExp(`\\p{Script=Han}{2}(?:${wordAlternation(venues)})`, 'gu');
    for (const text of texts) for (const m of text.matchAll(venue)) keywords.add(m[0]);
  }
  for (const k of extraKeywords) keywords.add(k);
  const bigrams = new Set<string>();
  for (const text of [...texts, ...extraKeywords]) for (const b of bigramsOf(text, stop)) bigrams.add(b);
  return { key, name, keywords: [...keywords].sort((a, b) => b.length - a.length), bigrams };
}

export interface MatchScore {
  /** 1 when a keyword is shared; else bigramWeight × share of the 摘要's bigrams found in the project. */
  readonly score: number;
  readonly keyword?: string;
}

export function scoreSummary(summary: string, profile: ProjectProfile, rules: ProjectMatchRules, stop: ReadonlySet<string>): MatchScore {
  for (const keyword of profile.keywords) {
    if (summary.includes(keyword)) return { score: 1, keyword };
  }
  const bigrams = bigramsOf(summary, stop);
  if (bigrams.size === 0) return { score: 0 };
  let shared = 0;
  for (const b of bigrams) if (profile.bigrams.has(b)) shared++;
  return { score: (rules.bigramWeight * shared) / bigrams.size };
}

/**
 * `text` with the full form appended of every short form of `name` it contains: a short form takes the first character
 * of each of two neighbouring two-character words of the name (劳模 of 劳动|模范 in 劳动模范关爱经费, 公卫 of
 * 公共|卫生), the way Chinese abbreviates. Read for an entry's own project only, to tie the entry to it, never to
 * accuse: 发放劳模春节慰问金 on 劳动模范关爱经费 names its own project.
 */
export function withNameShortForms(text: string, name: string, segment: (text: string) => string[]): string {
  const words = segment(name.replace(/^[^\p{Script=Han}]+/u, '')).filter((w) => /^\p{Script=Han}{2}$/u.test(w));
  let out = text;
  let textWords: string[] | undefined;
  for (let i = 0; i + 1 < words.length; i++) {
    const full = `${words[i]}${words[i + 1]}`;
    const short = `${words[i]![0]}${words[i + 1]![0]}`;
    if (!name.includes(full)) continue;
    if (!text.includes(short) || text.includes(full)) continue;
    textWords ??= segment(text).map((w) => w.trim());
    if (boundInWord(short, textWords)) continue;
    out += ` ${full}`;
  }
  return out;
}

/**
 * `text` with the other form of every short form or full form it contains appended (data/ledger/project-match.json
 * `abbreviations`): 「非遗展演」 also reads as 「非物质文化遗产」. Unchanged when it contains none.
 */
export function withAbbreviations(text: string, pairs: Readonly<Record<string, string>> | undefined): string {
  if (!pairs) return text;
  let out = text;
  for (const [short, full] of Object.entries(pairs)) {
    if (text.includes(full)) out += ` ${short}`;
    else if (text.includes(short)) out += ` ${full}`;
  }
  return out;
}

/**
 * Whether `word` is only a part of a longer word of the text (教学 of 教学楼): the segmenter's words (search mode lists
 * the words inside a longer one) hold a longer word around it whose rest is no word of its own (楼). A longer word that
 * is two words written together (救灾物资: 救灾 | 物资) leaves `word` a word. Such a part is no short form of a
 * project's name (教学 of 教学楼 is not 教育|学生 of 农村义务教育学生营养改善计划).
 */
export function boundInWord(word: string, textWords: readonly string[]): boolean {
  return textWords.some((o) => {
    if (o.length <= word.length || !o.includes(word)) return false;
    const rest = o.replace(word, '');
    return !textWords.includes(rest);
  });
}
