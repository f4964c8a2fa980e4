/**
 * Changes stated against a named prior amount: `补贴机具2,468台，较2023年的2,135台增长18.60%`, `资产总额较上年末的
 * 960.81万元增长16.88%`, `…，比上年的10987.16万元增加565.41万元，增长5.15%`. The prior amount A is named by the frame
 * itself (较 + a period + 的), so the rate, the direction and the change are all of one pair: the current amount X and A.
 *
 * X is read where the writer puts it:
 * - `adjacent`: the amount right before the frame, only a comma between, of the same unit family (X，较上年的A…);
 * - otherwise the words from the clause's start to the frame name the subject (资产总额, “三公”经费支出) and X is looked
 *   for in the sentences before by the rule (rules/lib/framed-change-checks.ts).
 *
 * Quantities are plain numbers in the smallest unit the text writes (money in 元·10^k, counts in their measure word)
 * with half a unit of their last written digit, so that a check can allow for rounding. Words: data/audit/
 * figure-relations.json framedChange. Linear: one regex pass over the text, bounded pieces, no nested quantifiers.
 */
import relations from '../../../data/audit/figure-relations.json' with { type: 'json' };
import { anyWord } from './word-pattern.ts';
import type { AuditFacts, Span } from './types.ts';

const WORDS = relations.framedChange;

/** A number as written with its unit family: money in 元 (any of its units), a count in its measure word. */
export interface Quantity extends Span {
  readonly raw: string;
  /** The value in the family's base (元 for money, the measure word's unit for counts). */
  readonly value: number;
  /** Half a unit of the last digit written, in the same base. */
  readonly half: number;
  /** 'money', or 'count:' + the measure word (台, 万人次). */
  readonly family: string;
}

export interface FramedChange {
  /** The frame, from the comparison word to the rate's % sign. */
  readonly span: Span;
  readonly prior: Quantity;
  /** The change amount when stated between the prior and the rate (…的A增加C，增长R%). */
  readonly change: Quantity | null;
  readonly direction: 'up' | 'down';
  /** The rate in per cent as written, with half a unit of its last digit. */
  readonly rate: { readonly value: number; readonly half: number; readonly span: Span; readonly raw: string };
  /** X right before the frame (X，较上年的A…), or null. */
  readonly current: Quantity | null;
  /** The words from the clause's start to the frame when no amount stands there (资产总额), else ''. */
  readonly subject: string;
  /** The frame opens a clause after other clauses of its sentence (…1,286.45万元（…），较2023年的A…). */
  readonly opensClause: boolean;
  readonly sentence: number;
}

const MONEY_SCALE: Record<string, number> = { 万亿元: 1e12, 亿元: 1e8, 亿: 1e8, 万元: 1e4, 千元: 1e3, 元: 1 };
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Money units first (longer first), then a measure word of one to three characters, then a measure in brackets (台（套）). */
const UNIT = String.raw`万亿元|亿元|万元|千元|元|亿|[\u4e00-\u9fff]{1,3}?`;
/** A measure in brackets after a measure word (台（套）), a line break a PDF copy left allowed around it. */
const BRACKET = String.raw`(?:(?:[ \t]{0,3}\n)?[ \t]{0,3}[（(](?:[ \t]{0,3}\n)?[\u4e00-\u9fff]{1,3}(?:[ \t]{0,3}\n)?[）)])?`;
const PERIOD = String.raw`(?:${anyWord(WORDS.priorWords)}|(?:19|20)\d{2}年(?:度|末|底)?(?:同期)?)`;
const PERIOD_AT_START = new RegExp(`^${anyWord(WORDS.compareWords)}${PERIOD}`);
const UP = anyWord(WORDS.upWords);
const DOWN = anyWord(WORDS.downWords);
const DIRECTION = `(?:${UP}|${DOWN})`;
const LINK = `(?:${anyWord(WORDS.rateLinks)})?`;

/**
 * 较 PERIOD 的 A UNIT [相比] [，] DIR [C UNIT ， [DIR|幅]] [为] R%. Groups: 1 A, 2 unit, 3 first direction, 4 C, 5 C's
 * unit, 6 R.
 */
/** A line break (with its blanks) a copy from a PDF may leave between two tokens of a frame. */
const J = String.raw`(?:[ \t]{0,3}\n)?[ \t]{0,3}`;
const FRAME = new RegExp(
  `${anyWord(WORDS.compareWords)}${J}${PERIOD}${J}(?:${anyWord(WORDS.priorKinds)})?的?${J}(${NUMBER})${J}(${UNIT})${BRACKET}${J}(?:${anyWord(WORDS.closeWords)})?[，,]?${J}(${DIRECTION})${J}` +
    `(?:(${NUMBER})${J}(${UNIT})${BRACKET}[，,]${J}(?:${DIRECTION}|增幅|降幅|幅度)?)?${LINK}${J}(\\d+(?:\\.\\d+)?)%`,
  'g',
);
const IS_UP = new RegExp(`^${UP}`);
/** The amount right before a frame: X UNIT [（套）] [，]. */
const BEFORE = new RegExp(`(?:^|[^\\d.,])(${NUMBER})${J}(${UNIT.replace('{1,3}?', '{1,3}')})${BRACKET}${J}[，,]?\\s*$`);
/** How far back the amount before a frame is looked for. */
const BEFORE_REACH = 40;

/** Where A starts in a frame: the first occurrence of its digits after the period words (a year's digits come before). */
function firstDigitAfterPeriod(frame: string, aText: string): number {
  const periodEnd = PERIOD_AT_START.exec(frame);
  return frame.indexOf(aText, periodEnd ? periodEnd[0].length : 0);
}

function decimalsOf(numberText: string): number {
  const dot = numberText.indexOf('.');
  return dot < 0 ? 0 : numberText.length - dot - 1;
}

/** A quantity from its number and unit as written; null for a unit that is neither money nor a measure word. */
export function quantityOf(numberText: string, unit: string, start: number, end: number, raw: string): Quantity | null {
  const n = Number(numberText.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const half = 0.5 * 10 ** -decimalsOf(numberText);
  const scale = MONEY_SCALE[unit];
  if (scale !== undefined) return { start, end, raw, value: n * scale, half: half * scale, family: 'money' };
  if (/[\d%％]/.test(unit)) return null;
  return { start, end, raw, value: n, half, family: `count:${unit}` };
}

/** Every framed change of the text, in order. */
export function framedChanges(facts: AuditFacts): FramedChange[] {
  const text = facts.text;
  const out: FramedChange[] = [];
  const sentences = facts.sentences;
  let si = 0;
  FRAME.lastIndex = 0;
  for (let m = FRAME.exec(text); m; m = FRAME.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (si + 1 < sentences.length && sentences[si]!.end <= start) si++;
    const sentence = sentences[si];
    if (!sentence || sentence.start > start || sentence.end < end) continue;
    const aText = m[1]!;
    const aAt = start + firstDigitAfterPeriod(m[0], aText);
    const prior = quantityOf(aText, m[2]!, aAt, aAt + aText.length + m[2]!.length, `${aText}${m[2]}`);
    if (!prior) continue;
    let change: Quantity | null = null;
    if (m[4] !== undefined) {
      const cAt = start + m[0].indexOf(m[4], aAt - start + aText.length + m[2]!.length);
      change = quantityOf(m[4], m[5]!, cAt, cAt + m[4].length + m[5]!.length, `${m[4]}${m[5]}`);
      if (!change || change.family !== prior.family) continue;
    }
    const rText = m[6]!;
    const rAt = end - rText.length - 1;
    const rate = { value: Number(rText), half: 0.5 * 10 ** -decimalsOf(rText), span: { start: rAt, end }, raw: `${rText}%` };
    // The clause before the frame: an amount right before it is X; words only are the subject.
    const clauseStart = Math.max(sentence.start, start - BEFORE_REACH);
    let lead = text.slice(clauseStart, start);
    const cut = Math.max(lead.lastIndexOf('；'), lead.lastIndexOf(';'), lead.lastIndexOf('。'));
    if (cut >= 0) lead = lead.slice(cut + 1);
    const leadStart = start - lead.length;
    let current: Quantity | null = null;
    let subject = '';
    let opensClause = false;
    const before = BEFORE.exec(lead);
    if (before) {
      const xText = before[1]!;
      const xAt = leadStart + before.index + before[0].indexOf(xText);
      const q = quantityOf(xText, before[2]!, xAt, xAt + xText.length + before[2]!.length, `${xText}${before[2]}`);
      if (q && q.family === prior.family) current = q;
      else if (q) continue;
    } else {
      const words = lead.slice(Math.max(lead.lastIndexOf('，'), lead.lastIndexOf(','), lead.lastIndexOf('：')) + 1);
      if (!/\d/.test(words)) subject = words.trim();
      opensClause = words.trim() === '' && /[，,]\s*$/.test(lead);
    }
    out.push({ span: { start, end }, prior, change, direction: IS_UP.test(m[3]!) ? 'up' : 'down', rate, current, subject, opensClause, sentence: si });
  }
  return out;
}
