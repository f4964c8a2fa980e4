/**
 * A change stated against a named prior amount (facts/framed-changes.ts: X，较上年的A增长R% / 资产总额较上年末的A下降R%)
 * checked against its two amounts: the rate R = |X − A| ÷ A, its direction (增长 when X > A), and a stated change C = |X − A|.
 *
 * Preconditions (silent otherwise):
 * - X is certain: the amount right before the frame (only a comma between); or the one amount whose label ends with the
 *   frame's subject, up to three paragraphs back (资产总额 … 资产总额较上年末的A; 2023年全年支出 … 全年支出较上年的A); or,
 *   none such, the one amount of the two sentences before whose label ends with the subject's head noun in a sentence
 *   naming the rest (实际支出 for “三公”经费支出); or the one amount of the family before a frame opening a clause of its
 *   sentence (…资金1,286.45万元（…），较2023年的A…);
 *   both of one unit family (money with money, a count with the same measure word); X and A not a power of ten apart
 *   (a unit slip is the unit rule's);
 * - tolerance: the rounding of X, A (and C) as written and half a unit of R's last digit, and one more unit of R's last
 *   digit (a rate cut rather than rounded is no defect here);
 * - a direction opposite to X − A is reported only when R fits |X − A| ÷ A (the pair is then surely X and A). Where the
 *   subject names no amount of the sentences before exactly, X is the one amount there, of the family, whose change from
 *   A gives R — reported (a warning) only when that one amount moved the other way;
 * - a rate that fits neither is reported only when the direction agrees (opposite and unfitting: the pair is unsure);
 *   with C stated, the finding goes to the figure that breaks the arithmetic (C = |X − A| or R = C ÷ A).
 * Linear: one pass over the framed changes, each looking back over a bounded set of figures.
 */
import { type Evidence, type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS } from '../../../core/money.ts';
import { type FramedChange, framedChanges, type Quantity } from '../../facts/framed-changes.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { quoteSpan } from './evidence.ts';

/** Framed changes of one facts object, read once for the rules that check them. */
const cache = new WeakMap<AuditFacts, FramedChange[]>();
function changesOf(facts: AuditFacts): FramedChange[] {
  let list = cache.get(facts);
  if (!list) {
    list = framedChanges(facts);
    cache.set(facts, list);
  }
  return list;
}

/** How many sentences back the amount a subject names is looked for. */
const SENTENCES_BACK = 2;
/** How far back an amount the subject names exactly is looked for: paragraphs, and sentences at most. */
const NAMED_PARAGRAPHS_BACK = 3;
const NAMED_SENTENCES_BACK = 12;

/** A figure as a quantity of the frame's family, or null. */
function quantityOfFigure(f: Figure, family: string): Quantity | null {
  if (f.qualifier || f.comparative) return null;
  const d = 0.5 * 10 ** -f.decimals;
  if (family === 'money') {
    if (f.kind !== 'money' || (f.currency !== undefined && f.currency !== 'CNY') || !f.moneyUnit) return null;
    const scale = 10 ** (MONEY_UNITS[f.moneyUnit] - 2);
    return { start: f.start, end: f.end, raw: f.raw, value: f.scaled / 100, half: d * scale, family };
  }
  if (f.kind !== 'count' || `count:${f.unit}` !== family) return null;
  return { start: f.start, end: f.end, raw: f.raw, value: f.scaled / 10 ** f.decimals, half: d, family };
}

const NAME_NOISE = /[\s“”"'‘’「」《》（）()、]|(?:19|20)\d{2}年度?|截至[^，,]{0,14}[，,]?/g;
function plainName(text: string): string {
  return text.replace(NAME_NOISE, '');
}

/** The current amount of a change: certain, or the candidates its subject leaves. */
export function currentOf(facts: AuditFacts, c: FramedChange): { certain: Quantity | null; candidates: Quantity[] } {
  if (c.current) return { certain: c.current, candidates: [c.current] };
  if (c.opensClause) {
    // …资金1,286.45万元（由…），较2023年的A…: the one amount of the family the sentence states before the frame.
    const before: Quantity[] = [];
    for (let k = firstFigureOfSentence(facts, c.sentence); k < facts.figures.length; k++) {
      const f = facts.figures[k]!;
      if (f.sentence !== c.sentence || f.start >= c.span.start) break;
      const q = quantityOfFigure(f, c.prior.family);
      if (q) before.push(q);
      else if (f.kind === c.prior.family.slice(0, 5)) return { certain: null, candidates: [] };
    }
    return { certain: before.length === 1 ? before[0]! : null, candidates: [] };
  }
  const subject = plainName(c.subject);
  if (subject.length < 2) return { certain: null, candidates: [] };
  const paragraph = facts.sentences[c.sentence]?.paragraph ?? -1;
  const named: Quantity[] = [];
  // Second choice: a label ending in the subject's head noun (实际支出 for “三公”经费支出) in a sentence naming the rest.
  const headed: Quantity[] = [];
  const head = subject.slice(-2);
  const rest = subject.slice(0, -2);
  const candidates: Quantity[] = [];
  // The amount the subject names exactly may stand a few paragraphs up (2023年全年支出A … 全年支出较上年的B…); the
  // others only in the sentences just before.
  let from = c.sentence;
  while (from > 0 && c.sentence - from < NAMED_SENTENCES_BACK && (facts.sentences[from - 1]?.paragraph ?? -1) >= paragraph - NAMED_PARAGRAPHS_BACK) from--;
  for (let k = firstFigureOfSentence(facts, from); k < facts.figures.length; k++) {
    const f = facts.figures[k]!;
    if (f.sentence >= c.sentence) break;
    const q = quantityOfFigure(f, c.prior.family);
    if (!q) continue;
    const near = facts.sentences[f.sentence]?.paragraph === paragraph && f.sentence >= c.sentence - SENTENCES_BACK;
    if (near) candidates.push(q);
    const label = plainName(f.label);
    if (label.length >= 2 && (label.endsWith(subject) || subject === plainName(f.subject))) named.push(q);
    else if (near && rest.length >= 2 && label.endsWith(head) && sentenceNames(facts, f.sentence, rest)) headed.push(q);
  }
  const certain = named.length === 1 ? named[0]! : named.length === 0 && headed.length === 1 ? headed[0]! : null;
  return { certain, candidates };
}

/** Whether a sentence's words, quotes and blanks left out, hold `words`. */
function sentenceNames(facts: AuditFacts, sentence: number, words: string): boolean {
  const s = facts.sentences[sentence];
  return s !== undefined && plainName(facts.text.slice(s.start, s.end)).includes(words);
}

/** Index of the first figure of sentence `s` or later (binary search over the figures in text order). */
function firstFigureOfSentence(facts: AuditFacts, s: number): number {
  let lo = 0;
  let hi = facts.figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (facts.figures[mid]!.sentence < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Fit {
  /** +1: X surely above A, −1 surely below, 0 within rounding. */
  readonly sign: number;
  /** R within the rounding of X and A, and one more unit of R's last digit. */
  readonly rateFits: boolean;
  /** |X − A| ÷ A in per cent. */
  readonly computed: number;
}

function fitOf(x: Quantity, a: Quantity, rate: FramedChange['rate']): Fit {
  const aLo = a.value - a.half;
  const aHi = a.value + a.half;
  const lo = ((x.value - x.half - aHi) / aHi) * 100;
  const hi = ((x.value + x.half - aLo) / Math.max(aLo, Number.MIN_VALUE)) * 100;
  const sign = lo > 0 ? 1 : hi < 0 ? -1 : 0;
  const magLo = sign === 0 ? 0 : Math.min(Math.abs(lo), Math.abs(hi));
  const magHi = Math.max(Math.abs(lo), Math.abs(hi));
  const slack = rate.half * 3;
  const rateFits = rate.value + slack >= magLo && rate.value - slack <= magHi;
  return { sign, rateFits, computed: (Math.abs(x.value - a.value) / a.value) * 100 };
}

/**
 * Whether X and A cannot be read as a pair: a power of ten apart (a unit slip, left to the unit rule), or A read as
 * well as the change itself, its direction word lost (较上年[减少]38.31万元，下降6.31%: R = A ÷ (X ± A)).
 */
function unitApart(x: Quantity, a: Quantity, rate?: FramedChange['rate']): boolean {
  if (a.value <= 0 || x.value <= 0) return true;
  const q = x.value / a.value;
  if (q > 50 || q < 0.02) return true;
  if (!rate) return false;
  const asChange = (base: number): boolean => {
    if (base <= 0) return false;
    const tol = rate.half * 3 + ((a.half + (a.value * (x.half + a.half)) / base) / base) * 100;
    return Math.abs((a.value / base) * 100 - rate.value) <= tol;
  };
  return asChange(x.value + a.value) || asChange(x.value - a.value);
}

function show(q: Quantity): string {
  return q.raw;
}

function evidenceOf(facts: AuditFacts, c: FramedChange, x: Quantity): Evidence[] {
  return [quoteSpan(facts, c.span), quoteSpan(facts, { start: x.start, end: x.end })];
}

const DIRECTION_NAME = { up: '增长', down: '下降' } as const;

/** percent-mismatch: a rate against its named prior amount that its two amounts do not give. */
export function framedChangeRates(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  for (const c of changesOf(facts)) {
    const { certain: x } = currentOf(facts, c);
    if (!x || unitApart(x, c.prior, c.rate) || c.prior.value <= 0) continue;
    const fit = fitOf(x, c.prior, c.rate);
    if (fit.rateFits || fit.sign !== (c.direction === 'up' ? 1 : -1)) continue;
    if (c.change) {
      // With C stated, the rate follows C (R = C ÷ A) when C is the figure that is wrong: that is sum's finding.
      const byChange = fitOf({ ...x, value: c.prior.value + (c.direction === 'up' ? 1 : -1) * c.change.value, half: x.half + c.change.half }, c.prior, c.rate);
      if (byChange.rateFits) continue;
    }
    const pct = fit.computed.toFixed(Math.max(2, decimals(c.rate.raw)));
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'framed-prior-rate',
        severity: 'error',
        message: `变动率写为${c.rate.raw}，按本期${show(x)}与所比的${show(c.prior)}计算应为${pct}%`,
        evidence: evidenceOf(facts, c, x),
        calculation: `|${show(x)} − ${show(c.prior)}| ÷ ${show(c.prior)} = ${pct}% ≠ ${c.rate.raw}`,
      }),
    );
  }
  return out;
}

/** direction-mismatch: 增长 said of an amount that fell below its named prior amount, or 下降 of one that rose. */
export function framedChangeDirections(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  for (const c of changesOf(facts)) {
    const { certain, candidates } = currentOf(facts, c);
    const wanted = c.direction === 'up' ? 1 : -1;
    let x: Quantity | null = null;
    let sure = false;
    if (certain) {
      if (unitApart(certain, c.prior, c.rate)) continue;
      const fit = fitOf(certain, c.prior, c.rate);
      if (fit.sign === -wanted && fit.rateFits) {
        x = certain;
        sure = true;
      }
    } else {
      // The one amount of the sentences before whose change from A gives R.
      const fitting = candidates.filter((q) => !unitApart(q, c.prior, c.rate) && fitOf(q, c.prior, c.rate).rateFits);
      if (fitting.length === 1 && fitOf(fitting[0]!, c.prior, c.rate).sign === -wanted) x = fitting[0]!;
    }
    if (!x) continue;
    const actual = wanted === 1 ? '下降' : '增长';
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: sure ? 'framed-prior-direction' : 'framed-prior-direction-inferred',
        severity: sure ? 'error' : 'warning',
        message: `变动方向有误：本期${show(x)}${wanted === 1 ? '低于' : '高于'}所比的${show(c.prior)}，应为${actual}，文中写为${DIRECTION_NAME[c.direction]}${c.rate.raw}`,
        evidence: evidenceOf(facts, c, x),
        calculation: `${show(x)} ${wanted === 1 ? '<' : '>'} ${show(c.prior)}：${actual}${fitOf(x, c.prior, c.rate).computed.toFixed(2)}%`,
      }),
    );
  }
  return out;
}

/** sum-mismatch: a change C said between the prior amount and the rate that is not |X − A|. */
export function framedChangeAmounts(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  for (const c of changesOf(facts)) {
    if (!c.change) continue;
    const { certain: x } = currentOf(facts, c);
    if (!x || unitApart(x, c.prior, c.rate)) continue;
    const fit = fitOf(x, c.prior, c.rate);
    const wanted = c.direction === 'up' ? 1 : -1;
    if (fit.sign !== wanted) continue;
    const diff = Math.abs(x.value - c.prior.value);
    const slack = x.half + c.prior.half + c.change.half * 2;
    if (Math.abs(diff - c.change.value) <= slack) continue;
    // The rate agrees with X and A (C is the slip), or with C (C is wrong and the rate was computed from it).
    const byChange = fitOf({ ...x, value: c.prior.value + wanted * c.change.value, half: x.half + c.change.half }, c.prior, c.rate);
    if (!fit.rateFits && !byChange.rateFits) continue;
    const shown = formatLike(diff, c.change);
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'framed-prior-change',
        severity: 'error',
        message: `变动额写为${c.change.raw}，按本期${show(x)}与所比的${show(c.prior)}计算应为${shown}`,
        evidence: [quoteSpan(facts, { start: c.change.start, end: c.change.end }), quoteSpan(facts, { start: x.start, end: x.end }), quoteSpan(facts, { start: c.prior.start, end: c.prior.end })],
        calculation: `${show(x)} − ${show(c.prior)} = ${shown} ≠ ${c.change.raw}`,
        difference: Math.round(Math.abs(diff - c.change.value) * (c.change.family === 'money' ? 100 : 1)),
      }),
    );
  }
  return out;
}

function decimals(raw: string): number {
  const m = /\.(\d+)/.exec(raw);
  return m ? m[1]!.length : 0;
}

/** A value written as `like` is: its unit and number of decimals. */
function formatLike(value: number, like: Quantity): string {
  const m = /^([\d,]+(?:\.\d+)?)(.*)$/.exec(like.raw);
  const unit = m?.[2] ?? '';
  const scale = like.family === 'money' ? ({ 万亿元: 1e12, 亿元: 1e8, 亿: 1e8, 万元: 1e4, 千元: 1e3, 元: 1 } as Record<string, number>)[unit] ?? 1 : 1;
  return `${(value / scale).toFixed(decimals(like.raw))}${unit}`;
}
