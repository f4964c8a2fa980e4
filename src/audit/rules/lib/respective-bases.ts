/**
 * 全县全年接待游客412.6万人次，同比增长17.3%；实现旅游综合收入38.2亿元，同比增长14.03%。上年同期分别为362.8万人次和
 * 33.5亿元: the year's figures, each with its change rate, then last year's figures given together, in the same order,
 * after 上年(同期)分别为. Pairs each year's figure with its rate and last year's — the rate is (A − P) ÷ P.
 *
 * Preconditions, each needed (nothing is paired otherwise): a figure whose label ends with a lastYear word of
 * percent-mismatch and 分别 (the connective 为 / 是 is not kept in labels), followed in its sentence by figures joined only by
 * 和 / 、 / 及 / 与 (a measure word's tail aside), two or more in all; the sentence right before it in the same paragraph
 * holds exactly as many figures that are no per-cent, change or bound, each followed right after by a per-cent whose label
 * is a change word (同比增长, 下降) and nothing else of the sentence.
 */
import { MONEY_UNITS } from '../../../core/money.ts';
import { RULE_WORDS } from '../../config.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';

const LAST_YEAR = RULE_WORDS['percent-mismatch'].lastYear;
const UP = RULE_WORDS['percent-mismatch'].changeUp;
const DOWN = RULE_WORDS['percent-mismatch'].changeDown;
/** What may stand between two of the listed bases: a measure word's tail (次 of 万人次) and a joining word. */
const JOIN = /^[\u4e00-\u9fff]{0,2}?[和、及与]$/;

export interface RespectivePair {
  readonly current: Figure;
  readonly rate: Figure;
  readonly up: boolean;
  readonly prior: Figure;
}

export function respectivePairs(facts: AuditFacts): RespectivePair[][] {
  const out: RespectivePair[][] = [];
  const fs = facts.figures;
  for (let i = 0; i < fs.length; i++) {
    const first = fs[i]!;
    if (!first.label.includes('分别')) continue;
    const label = first.label.replace(/\s/g, '');
    if (!label.endsWith('分别') || !LAST_YEAR.some((w) => label.slice(0, -2).endsWith(w))) continue;
    const priors = [first];
    for (let k = i + 1; k < fs.length; k++) {
      const g = fs[k]!;
      if (g.sentence !== first.sentence || !JOIN.test(facts.text.slice(priors[priors.length - 1]!.end, g.start))) break;
      priors.push(g);
    }
    if (priors.length < 2) continue;
    const sentence = facts.sentences[first.sentence];
    const before = facts.sentences[first.sentence - 1];
    if (!sentence || !before || before.paragraph !== sentence.paragraph) continue;
    const prev: Figure[] = [];
    for (let k = i - 1; k >= 0 && fs[k]!.sentence >= first.sentence - 1; k--) if (fs[k]!.sentence === first.sentence - 1) prev.unshift(fs[k]!);
    if (prev.length !== priors.length * 2) continue;
    const pairs: RespectivePair[] = [];
    for (let p = 0; p < priors.length; p++) {
      const current = prev[2 * p]!;
      const rate = prev[2 * p + 1]!;
      if (current.kind === 'percent' || current.comparative || current.qualifier || rate.kind !== 'percent') break;
      const word = rate.label.replace(/\s/g, '');
      const up = UP.some((w) => word.endsWith(w));
      const down = DOWN.some((w) => word.endsWith(w));
      if (up === down) break;
      pairs.push({ current, rate, up, prior: priors[p]! });
    }
    if (pairs.length === priors.length) out.push(pairs);
  }
  return out;
}

/** A value and half a step of its last digit. */
export interface Reading {
  readonly v: number;
  readonly half: number;
}

/** The number as written, in the figure's own unit. */
export function asWritten(f: Figure): Reading {
  return { v: Number(f.numberText.replace(/,/g, '')), half: 0.5 * 10 ** -f.decimals };
}

/**
 * The year's figure and last year's read in one unit: two amounts of one currency in 分 (万元 beside 亿元 too), two
 * counts of one measure word as written; null when they are of different kinds or measures.
 */
export function inOneUnit(a: Figure, p: Figure): [Reading, Reading] | null {
  if (a.kind === 'money' && p.kind === 'money' && a.currency === p.currency && a.moneyUnit && p.moneyUnit) {
    return [
      { v: a.scaled, half: 0.5 * 10 ** (MONEY_UNITS[a.moneyUnit] - a.decimals) },
      { v: p.scaled, half: 0.5 * 10 ** (MONEY_UNITS[p.moneyUnit] - p.decimals) },
    ];
  }
  if (a.kind === p.kind && a.kind !== 'money' && a.unit === p.unit) return [asWritten(a), asWritten(p)];
  return null;
}

/** Whether the stated rate follows from A (the year's) and P (last year's) within the rounding of all three. */
export function rateFits(A: Reading, P: Reading, rate: Figure, up: boolean): boolean {
  if (P.v - P.half <= 0) return false;
  const lo = (A.v - A.half - (P.v + P.half)) / (P.v + P.half);
  const hi = (A.v + A.half - (P.v - P.half)) / (P.v - P.half);
  const R = asWritten(rate);
  const stated = (up ? 1 : -1) * R.v;
  return stated + R.half >= lo * 100 && stated - R.half <= hi * 100;
}

/** The rate A and P make, in per-cent, signed. */
export function rateOf(A: Reading, P: Reading): number {
  return ((A.v - P.v) / P.v) * 100;
}
