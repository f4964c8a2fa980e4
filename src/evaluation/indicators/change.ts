/** Change family: (current − previous) / previous × 100% (“三公经费”变动率, 预算调整率, 结转结余变动率). */
import type { DepartmentYear } from '../../core/department-year.ts';
import { formatPercent } from '../format.ts';
import type { LibraryIndicator } from '../library.ts';
import { readInputs } from './inputs.ts';
import type { IndicatorValue } from './types.ts';

/** Change in percent; the difference is taken on the integers before the one division. */
export function changePercent(current: number, previous: number, absolute = false): number {
  const diff = current - previous;
  return ((absolute ? Math.abs(diff) : diff) * 100) / previous;
}

export function computeChange(dy: DepartmentYear, def: LibraryIndicator): IndicatorValue {
  const { traces, values, missing, notes } = readInputs(dy, def.inputs);
  if (missing.length > 0) return { status: 'missing', inputs: traces, missing };
  const current = values.get('current');
  const previous = values.get('previous');
  const curTrace = traces.find((t) => t.key === 'current');
  const prevTrace = traces.find((t) => t.key === 'previous');
  if (current === undefined || previous === undefined || !curTrace || !prevTrace) {
    return { status: 'missing', inputs: traces, missing: ['需补充：指标库中此指标的本期或上期定义'] };
  }
  if (previous === 0) {
    if (current === 0) {
      return { status: 'not-applicable', inputs: traces, reason: `${prevTrace.label}与${curTrace.label}均为0，本指标不适用` };
    }
    // A rise from zero has no finite rate: a person has to judge it, the engine does not invent one.
    return {
      status: 'missing',
      inputs: traces,
      missing: [`需补充：${prevTrace.label}为0而${curTrace.label}为${curTrace.display}，变动率无定义，需人工评分`],
    };
  }
  const absolute = def.absolute === true;
  const value = changePercent(current, previous, absolute);
  const diff = absolute ? `|${curTrace.display} − ${prevTrace.display}|` : `(${curTrace.display} − ${prevTrace.display})`;
  return {
    status: 'computed',
    value,
    inputs: traces,
    notes,
    calculation: `${diff} / ${prevTrace.display} × 100% = ${formatPercent(value)}`,
  };
}
