/**
 * Reading 年度指标值 and 实际完成值 of a performance indicator (a department goal's or a project's). Values may be
 * numbers or short strings ("≥95%", "30个"); only a string that is one number with an optional comparison sign
 * and unit counts as a number — prose such as “达成预期指标” does not.
 */
import type { Indicator } from '../core/department-year.ts';

const NUMBER_TEXT = /^\s*(?:[≥≤><=]=?|不低于|不高于|不少于|不超过|大于|小于|达到)?\s*([-+]?\d+(?:\.\d+)?)\s*(?:%|％|[^\d\s.]{0,6})?\s*$/u;

export function numericValue(value: number | string | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = NUMBER_TEXT.exec(value.normalize('NFKC'));
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

export type Direction = 'positive' | 'negative' | 'equal';

export function directionOf(operator: Indicator['operator']): Direction | undefined {
  if (operator === '>=' || operator === '>') return 'positive';
  if (operator === '<=' || operator === '<') return 'negative';
  if (operator === '=') return 'equal';
  return undefined;
}

export function meetsTarget(operator: Indicator['operator'], actual: number, target: number): boolean {
  switch (operator) {
    case '>=':
      return actual >= target;
    case '>':
      return actual > target;
    case '<=':
      return actual <= target;
    case '<':
      return actual < target;
    case '=':
      return actual === target;
    default:
      return false;
  }
}

/**
 * Completion as a percentage of the target in the indicator's direction: actual/target for “≥”, target/actual
 * for “≤” (100 = exactly on target, above 100 = better than target). Undefined when it cannot be formed.
 */
export function completionPercent(operator: Indicator['operator'], actual: number, target: number): number | undefined {
  const dir = directionOf(operator);
  if (dir === 'positive' || dir === 'equal') return target === 0 ? undefined : (actual * 100) / target;
  if (dir === 'negative') {
    if (actual === 0) return target === 0 ? 100 : undefined;
    return (target * 100) / actual;
  }
  return undefined;
}

export interface QuantitativeReading {
  readonly target: number;
  readonly actual: number;
}

/** Both values as numbers for a quantitative indicator, else undefined. */
export function readQuantitative(ind: Indicator): QuantitativeReading | undefined {
  if (ind.operator === 'qualitative') return undefined;
  const target = numericValue(ind.target);
  const actual = numericValue(ind.actual);
  return target === undefined || actual === undefined ? undefined : { target, actual };
}
