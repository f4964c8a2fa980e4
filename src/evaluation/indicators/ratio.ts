/** Ratio family: numerator / denominator × 100% (在职人员控制率, 预算完成率, “三公经费”控制率 …). */
import type { DepartmentYear } from '../../core/department-year.ts';
import { formatPercent } from '../format.ts';
import type { LibraryIndicator } from '../library.ts';
import { readInputs } from './inputs.ts';
import type { IndicatorValue } from './types.ts';

/** Rate in percent from two integers; the only division is the last step. */
export function ratioPercent(numerator: number, denominator: number): number {
  return (numerator * 100) / denominator;
}

export function computeRatio(dy: DepartmentYear, def: LibraryIndicator): IndicatorValue {
  const { traces, values, missing, notes } = readInputs(dy, def.inputs);
  if (missing.length > 0) return { status: 'missing', inputs: traces, missing };
  const numerator = values.get('numerator');
  const denominator = values.get('denominator');
  const numTrace = traces.find((t) => t.key === 'numerator');
  const denTrace = traces.find((t) => t.key === 'denominator');
  if (numerator === undefined || denominator === undefined || !numTrace || !denTrace) {
    return { status: 'missing', inputs: traces, missing: ['需补充：指标库中此指标的分子或分母定义'] };
  }
  if (denominator === 0) {
    return { status: 'not-applicable', inputs: traces, reason: `${denTrace.label}为0，本指标不适用` };
  }
  const value = ratioPercent(numerator, denominator);
  return {
    status: 'computed',
    value,
    inputs: traces,
    notes,
    calculation: `${numTrace.display} / ${denTrace.display} × 100% = ${formatPercent(value)}`,
  };
}
