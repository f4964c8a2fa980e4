/**
 * A change told of a named quantity against another year without the prior amount (公务接待较上年同期减少0.58万元，减少
 * 4.68%), checked against the amounts the text states for that name in the two years (facts/labelled-figures.ts:
 * 2022年度…公务接待11.8万元 and 2021年度…公务接待12.39万元): the change C = |X − A| (sum-mismatch), the rate R = |X − A| ÷ A
 * (percent-mismatch).
 *
 * Preconditions (silent otherwise):
 * - the statement's year is the first year its sentence writes outside a comparison (2022年度…较2021年度…), else the
 *   report's; the prior year is the one the comparison names (上年: the year before);
 * - the name (facts/labelled-figures.ts nameOf, at least three characters) holds exactly one value in each year across
 *   the text's prose (amounts equal within rounding count once), neither in the statement's own clause;
 * - X − A moves the way the statement says;
 * - a wrong change is reported only when the rate is stated and agrees with A (R = |X − A| ÷ A, or R = C ÷ A — the rate
 *   computed from the wrong change): the rate confirms which amounts the statement compares; a wrong rate only when
 *   the change agrees;
 * - tolerance: the rounding of every amount (taken as stated to two decimals at least) and one more unit of R's last
 *   digit.
 * Warnings: the amounts are bound by name and year, not by the sentence. Linear: one regex pass over the text and a
 * lookup by name and year.
 */
import relations from '../../../../data/audit/figure-relations.json' with { type: 'json' };
import { type Finding, finding } from '../../../core/finding.ts';
import { type FigureNode, labelledFigures, nameOf } from '../../facts/labelled-figures.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import { quoteFigure, quoteSpan } from './evidence.ts';
import type { RuleOptions } from './types.ts';

const WORDS = relations.yearChange;
const PRIOR = relations.framedChange.priorWords;
const UP = new RegExp(`^(?:${anyWord(WORDS.upWords)})`);
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/**
 * 较 PERIOD [相比][，] DIR C UNIT [，RATE-WORD [为] R%], the subject S read backwards from 较 (CJK, quotes, brackets; at
 * most 20 characters). Groups: 1 period year, 2 direction, 3 C, 4 unit, 5 R. Anchored on 较/比, so each position of the
 * text is tried once.
 */
const STATEMENT = new RegExp(
  `(?:较|比)(?:${anyWord(PRIOR)}|((?:19|20)\\d{2})年度?(?:同期)?)(?:相比)?[，,]?` +
    `(${anyWord([...WORDS.upWords, ...WORDS.downWords])})(${NUMBER})(万亿元|亿元|万元|千元|元)` +
    `(?:[，,](?:${anyWord(WORDS.rateWords)})(?:为|了)?(\\d+(?:\\.\\d+)?)%)?`,
  'g',
);
const SUBJECT_CHAR = /[\u4e00-\u9fff“”（）()]/;
const MAX_SUBJECT = 20;

/** The subject written right before `at`: CJK characters, quotes and brackets, at most MAX_SUBJECT. */
function subjectBefore(text: string, at: number): string {
  let k = at;
  while (k > 0 && at - k < MAX_SUBJECT && SUBJECT_CHAR.test(text[k - 1]!)) k--;
  return text.slice(k, at);
}
const SCALE: Record<string, number> = { 万亿元: 1e12, 亿元: 1e8, 万元: 1e4, 千元: 1e3, 元: 1 };
const YEAR = /(较|比|与)?((?:19|20)\d{2})年/g;

/** The first year a sentence writes before `at` outside a comparison (较2021年度 is the prior year). */
function statementYear(text: string, start: number, at: number): number | null {
  const s = text.slice(start, at);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) if (!m[1]) return Number(m[2]);
  return null;
}

/** The statement year of the nearest sentence before in the same paragraph that writes one (at most three back). */
function yearOfParagraph(facts: AuditFacts, sentence: number): number | null {
  const paragraph = facts.sentences[sentence]?.paragraph;
  for (let k = sentence - 1; k >= 0 && k >= sentence - 3; k--) {
    const s = facts.sentences[k]!;
    if (s.paragraph !== paragraph) break;
    const y = statementYear(facts.text, s.start, s.end);
    if (y !== null) return y;
  }
  return null;
}

/** The one value a name holds in a year (nodes equal within rounding), or null. */
function oneValue(nodes: readonly FigureNode[] | undefined, skip: { start: number; end: number }): FigureNode | null {
  if (!nodes) return null;
  const kept = nodes.filter((n) => n.figure.end <= skip.start || n.figure.start >= skip.end);
  if (kept.length === 0) return null;
  const first = kept[0]!;
  return kept.every((n) => Math.abs(n.value - first.value) <= n.half + first.half) ? first : null;
}

function decimals(numberText: string): number {
  const dot = numberText.indexOf('.');
  return dot < 0 ? 0 : numberText.length - dot - 1;
}

interface Resolved {
  readonly x: FigureNode;
  readonly a: FigureNode;
  readonly change: { value: number; half: number; raw: string; start: number; end: number; unit: string; decimals: number };
  readonly rate: { value: number; half: number; raw: string; start: number; end: number } | null;
  readonly up: boolean;
  readonly span: { start: number; end: number };
}

const cache = new WeakMap<AuditFacts, Resolved[]>();

export function resolved(facts: AuditFacts, options: RuleOptions): Resolved[] {
  const hit = cache.get(facts);
  if (hit) return hit;
  const out: Resolved[] = [];
  const text = facts.text;
  let index: Map<string, FigureNode[]> | null = null;
  let si = 0;
  STATEMENT.lastIndex = 0;
  for (let m = STATEMENT.exec(text); m; m = STATEMENT.exec(text)) {
    const subject = subjectBefore(text, m.index);
    const start = m.index - subject.length;
    const end = m.index + m[0].length;
    const name = nameOf(subject);
    if (name.length < 3) continue;
    while (si + 1 < facts.sentences.length && facts.sentences[si]!.end <= start) si++;
    const sentence = facts.sentences[si];
    if (!sentence || sentence.start > start) continue;
    const year = statementYear(text, sentence.start, start) ?? yearOfParagraph(facts, si) ?? options.fiscalYear;
    if (year === null) continue;
    const priorYear = m[1] ? Number(m[1]) : year - 1;
    if (priorYear >= year) continue;
    index ??= labelledFigures(facts);
    const x = oneValue(index.get(`${name}|${year}`), { start, end });
    const a = oneValue(index.get(`${name}|${priorYear}`), { start, end });
    if (!x || !a || a.value <= 0) continue;
    const cText = m[3]!;
    const unit = m[4]!;
    const cAt = m.index + m[0].indexOf(cText, m[0].indexOf(m[2]!));
    const cDecimals = decimals(cText);
    const scale = SCALE[unit]!;
    const change = {
      value: Number(cText.replace(/,/g, '')) * scale,
      half: 0.5 * 10 ** -Math.max(2, cDecimals) * scale,
      raw: `${cText}${unit}`,
      start: cAt,
      end: cAt + cText.length + unit.length,
      unit,
      decimals: Math.max(2, cDecimals),
    };
    const rText = m[5];
    const rate = rText === undefined ? null : { value: Number(rText), half: 0.5 * 10 ** -decimals(rText), raw: `${rText}%`, start: end - rText.length - 1, end };
    out.push({ x, a, change, rate, up: UP.test(m[2]!), span: { start, end } });
  }
  cache.set(facts, out);
  return out;
}

function rateFits(rate: NonNullable<Resolved['rate']>, part: number, partHalf: number, base: number, baseHalf: number): boolean {
  const lo = ((part - partHalf) / (base + baseHalf)) * 100;
  const hi = ((part + partHalf) / Math.max(base - baseHalf, Number.MIN_VALUE)) * 100;
  return rate.value + rate.half * 3 >= lo && rate.value - rate.half * 3 <= hi;
}

interface Verdict {
  readonly diff: number;
  /** Within the rounding of every amount. */
  readonly changeFits: boolean;
  /** The change is |X − A| of the amounts as written, rounded to the change's last digit. */
  readonly changeExact: boolean;
  readonly rateFitsDiff: boolean;
  /** The rate is |X − A| ÷ A of the amounts as written, rounded (or cut) to its last digit. */
  readonly rateExact: boolean;
  readonly rateFitsChange: boolean;
}

function verdict(r: Resolved): Verdict | null {
  const diff = r.x.value - r.a.value;
  const slack = r.x.half + r.a.half;
  // The direction told must be the one the amounts move (a change within rounding proves nothing).
  if ((r.up && diff < -slack) || (!r.up && diff > slack)) return null;
  const changeFits = Math.abs(Math.abs(diff) - r.change.value) <= slack + r.change.half;
  const changeExact = Math.abs(Math.abs(diff) - r.change.value) <= r.change.half * 1.0001;
  const rateFitsDiff = r.rate !== null && rateFits(r.rate, Math.abs(diff), slack, r.a.value, r.a.half);
  const rateExact = r.rate !== null && rateFits(r.rate, Math.abs(diff), 0, r.a.value, 0);
  const rateFitsChange = r.rate !== null && rateFits(r.rate, r.change.value, r.change.half, r.a.value, r.a.half);
  return { diff, changeFits, changeExact, rateFitsDiff, rateExact, rateFitsChange };
}

function amount(value: number, unit: string, decimalsShown: number): string {
  return `${(value / SCALE[unit]!).toFixed(decimalsShown)}${unit}`;
}

/** sum-mismatch: the change told is not the difference of the two years' amounts (the rate agreeing with the prior). */
export function yearChangeAmounts(facts: AuditFacts, options: RuleOptions): Finding[] {
  const out: Finding[] = [];
  for (const r of resolved(facts, options)) {
    const v = verdict(r);
    if (!v || v.changeExact || !(v.rateFitsDiff || v.rateFitsChange)) continue;
    const should = amount(Math.abs(v.diff), r.change.unit, r.change.decimals);
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'year-change-amount',
        // Within the rounding of the amounts (11.8 may be 11.805): a 提示.
        severity: v.changeFits ? 'info' : 'warning',
        message: `变动额写为${r.change.raw}，按${r.x.year}年${r.x.figure.raw}与${r.a.year}年${r.a.figure.raw}（“${r.x.name}”）计算应为${should}`,
        evidence: [quoteSpan(facts, { start: r.change.start, end: r.change.end }), quoteFigure(facts, r.x.figure), quoteFigure(facts, r.a.figure)],
        calculation: `|${r.x.figure.raw} − ${r.a.figure.raw}| = ${should} ≠ ${r.change.raw}`,
      }),
    );
  }
  return out;
}

/** percent-mismatch: the rate told is not the change of the two years' amounts over the prior. */
export function yearChangeRates(facts: AuditFacts, options: RuleOptions): Finding[] {
  const out: Finding[] = [];
  for (const r of resolved(facts, options)) {
    const v = verdict(r);
    if (!v || !r.rate || v.rateExact || !(v.changeFits || v.rateFitsChange)) continue;
    const pct = ((Math.abs(v.diff) / r.a.value) * 100).toFixed(Math.max(2, decimals(r.rate.raw.slice(0, -1))));
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'year-change-rate',
        severity: v.rateFitsDiff ? 'info' : 'warning',
        message: `变动率写为${r.rate.raw}，按${r.x.year}年${r.x.figure.raw}与${r.a.year}年${r.a.figure.raw}（“${r.x.name}”）计算应为${pct}%`,
        evidence: [quoteSpan(facts, { start: r.rate.start, end: r.rate.end }), quoteFigure(facts, r.x.figure), quoteFigure(facts, r.a.figure)],
        calculation: `|${r.x.figure.raw} − ${r.a.figure.raw}| ÷ ${r.a.figure.raw} = ${pct}% ≠ ${r.rate.raw}`,
      }),
    );
  }
  return out;
}
