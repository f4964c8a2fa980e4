/**
 * A change rate against the current amount and the change (本年A，比上年减少C，下降R%: R = C ÷ (A ± C)), and whether
 * the rate is explained only by reading the current amount in another unit (46.82元 for 46.82万元).
 */
import { MONEY_UNITS } from '../../../core/money.ts';
import type { Figure } from '../../facts/types.ts';

/** Half the last written digit of a money figure, in 分 (12.60万元 → 5,000 分). */
export function halfStep(f: Figure): number {
  const exponent = f.moneyUnit ? MONEY_UNITS[f.moneyUnit] : 2;
  return 10 ** (exponent - f.decimals) / 2;
}

/** Whether the stated rate R% follows from the current amount `current` (in 分) and the change, within rounding. */
export function changeRateFits(current: number, currentFigure: Figure, change: Figure, up: boolean, rate: Figure): boolean {
  const stated = rate.scaled / 10 ** rate.decimals;
  const prior = up ? current - change.scaled : current + change.scaled;
  if (prior <= 0) return false;
  const hc = halfStep(change);
  const hp = hc + halfStep(currentFigure) * (current / Math.max(1, currentFigure.scaled));
  const low = (Math.max(0, change.scaled - hc) / (prior + hp)) * 100;
  const high = prior - hp > 0 ? ((change.scaled + hc) / (prior - hp)) * 100 : Number.POSITIVE_INFINITY;
  const own = 0.5 / 10 ** rate.decimals + 1e-9;
  return stated >= low - own && stated <= high + own;
}

/**
 * The factor (10⁴, 10⁸ or their inverses) by which the current amount must be read for the rate to fit, when it does
 * not fit as written and the amount's unit differs from the change's: 46.82元 with 减少2.33万元，下降4.74% fits only
 * as 46.82万元. Null otherwise.
 */
export function unitSlipOfCurrent(currentFigure: Figure, change: Figure, up: boolean, rate: Figure): number | null {
  if (currentFigure.moneyUnit === undefined || change.moneyUnit === undefined || currentFigure.moneyUnit === change.moneyUnit) return null;
  if (changeRateFits(currentFigure.scaled, currentFigure, change, up, rate)) return null;
  for (const factor of [1e4, 1e-4, 1e8, 1e-8]) {
    const scaled = currentFigure.scaled * factor;
    if (Number.isSafeInteger(Math.round(scaled)) && changeRateFits(scaled, currentFigure, change, up, rate)) return factor;
  }
  return null;
}

/**
 * Whether the stated rate R% is also the change over the current amount as written (C ÷ A, rounded to R's digits):
 * the base a writer most often takes by mistake. For a small change it is close to both C ÷ (A − C) and C ÷ (A + C),
 * so a rate that is it does not tell which direction was meant (36,399亿元，较上年减少571.6亿元，下降1.6%:
 * 571.6 ÷ 36,399 = 1.57 %). The written amounts are taken as they stand: their rounding would make nearly any rate
 * of a small change fit.
 */
export function rateOverCurrentFits(currentFigure: Figure, change: Figure, rate: Figure): boolean {
  if (currentFigure.scaled <= 0) return false;
  const stated = rate.scaled / 10 ** rate.decimals;
  const computed = (change.scaled / currentFigure.scaled) * 100;
  return Math.abs(computed - stated) <= 0.5 / 10 ** rate.decimals + 1e-9;
}
