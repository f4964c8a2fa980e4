/** Arithmetic shared by the rules: sums at stated precision, unit slips. */
import { MONEY_UNITS } from '../../../core/money.ts';
import type { Decomposition, Figure } from '../../facts/types.ts';
import { inUnit, precisionFen } from './evidence.ts';

export interface SumCheck {
  readonly total: number;
  readonly sum: number;
  /** Half a unit of the total's last stated digit: a gap up to this is the total's own rounding. */
  readonly totalTolerance: number;
  /** Plus the rounding of each part. */
  readonly partsTolerance: number;
}

/**
 * The precision of a figure of a breakdown (in 分), one unit of its last digit. Amounts are taken as stated to at
 * least 2 decimals (precisionFen: 1668.7万元 beside 108.25万元, or 108万元, dropped trailing zeros) — unless no figure
 * of the list in that unit has more than one decimal and one has one: a list written to one decimal throughout
 * (33929.6亿元，其中7738.1亿元、14486.8亿元、11704.8亿元) is rounded to that digit, each figure off by up to half of it.
 * Whole amounts stay exact (budgets are set in whole 万元).
 */
function listPrecisionFen(listed: ReadonlyMap<Figure['moneyUnit'], number>, f: Figure): number {
  if (listed.get(f.moneyUnit) !== 1) return precisionFen(f);
  return 10 ** Math.max(0, MONEY_UNITS[f.moneyUnit ?? '元'] - 1);
}

/** Counts and scores as exact integers at a common scale; money in 分. */
export function valuesOf(d: Decomposition): SumCheck {
  if (d.total.kind === 'money') {
    // The most decimals of the list's figures in each unit, read once (not once per figure: quadratic in the parts).
    const listed = new Map<Figure['moneyUnit'], number>([[d.total.moneyUnit, d.total.decimals]]);
    let sum = 0;
    for (const p of d.parts) {
      sum += p.scaled;
      listed.set(p.moneyUnit, Math.max(listed.get(p.moneyUnit) ?? p.decimals, p.decimals));
    }
    let partsTolerance = 0;
    // A zero is exact whatever its decimals.
    for (const p of d.parts) if (p.scaled !== 0) partsTolerance += listPrecisionFen(listed, p) / 2;
    return { total: d.total.scaled, sum, totalTolerance: listPrecisionFen(listed, d.total) / 2, partsTolerance };
  }
  const decimals = Math.max(d.total.decimals, ...d.parts.map((p) => p.decimals));
  const scale = (f: Figure): number => f.scaled * 10 ** (decimals - f.decimals);
  return {
    total: scale(d.total),
    sum: d.parts.reduce((acc, p) => acc + scale(p), 0),
    // Whole counts are exact; a count written with decimals is rounded like an amount.
    totalTolerance: d.total.decimals === 0 ? 0 : 10 ** (decimals - d.total.decimals) / 2,
    partsTolerance: d.parts.reduce((acc, p) => acc + (p.decimals === 0 ? 0 : 10 ** (decimals - p.decimals) / 2), 0),
  };
}

/** A money total whose parts add up to it × 10^±4 or 10^±8: one side was written in the wrong unit (元 for 万元). */
export function unitSlipFactor(d: Decomposition): number | null {
  if (d.total.kind !== 'money' || d.total.scaled === 0) return null;
  const { sum } = valuesOf(d);
  if (sum === 0) return null;
  for (const factor of [1e4, 1e8, 1e-4, 1e-8]) {
    const expected = d.total.scaled * factor;
    if (Math.abs(sum - expected) <= Math.max(1, Math.abs(expected) * 1e-9)) return factor;
  }
  return null;
}

/** How a figure's number is written in a calculation: its digits, plus its unit when units are mixed. */
export function term(f: Figure, withUnit: boolean): string {
  return withUnit ? f.raw : f.numberText.replace(/,/g, '');
}

/** A sum of money written in the total's unit, at the precision of the most precise term. */
export function writeMoney(fenValue: number, like: Figure): string {
  return inUnit(fenValue, like.moneyUnit);
}

/**
 * The one part of a money breakdown written in another unit than the total and every other part (货物6.89万元、
 * 工程19.85元、服务10.25万元 under 总额36.99万元), when read in the total's unit it makes the parts add up — and as written
 * they do not: that part's unit is a slip. Null otherwise.
 */
export function oddUnitPart(d: Decomposition): Figure | null {
  const unit = d.total.moneyUnit;
  if (d.total.kind !== 'money' || unit === undefined || d.parts.length < 2 || d.total.scaled === 0) return null;
  const odd = d.parts.filter((p) => p.moneyUnit !== unit);
  const p = odd[0];
  if (odd.length !== 1 || !p || p.kind !== 'money' || p.moneyUnit === undefined || p.scaled === 0 || p.currency !== d.total.currency) return null;
  if (d.parts.some((q) => q.kind !== 'money')) return null;
  const { sum, totalTolerance, partsTolerance } = valuesOf(d);
  if (Math.abs(sum - d.total.scaled) <= totalTolerance + partsTolerance) return null;
  // 分 stay whole: a smaller unit read as a larger one multiplies by a power of ten; the other way divides by one
  // (never multiplies by 0.0001, whose float product is not a whole number of 分).
  const shift = MONEY_UNITS[unit] - MONEY_UNITS[p.moneyUnit];
  const reread = { ...p, scaled: shift >= 0 ? p.scaled * 10 ** shift : p.scaled / 10 ** -shift, moneyUnit: unit };
  const resum = sum - p.scaled + reread.scaled;
  const tolerance = totalTolerance + partsTolerance - precisionFen(p) / 2 + precisionFen(reread) / 2;
  return Math.abs(resum - d.total.scaled) <= tolerance ? p : null;
}
