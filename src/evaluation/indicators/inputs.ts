/** Reads a family's declared inputs into traces, naming each missing one as 「需补充：…」. */
import type { DepartmentYear } from '../../core/department-year.ts';
import { MONEY_UNITS } from '../../core/money.ts';
import { formatMoney, formatNumber, formatPercent } from '../format.ts';
import type { IndicatorInputSpec } from '../library.ts';
import { resolveInput } from '../paths.ts';
import type { InputTrace } from './types.ts';

export function displayInput(quantity: IndicatorInputSpec['quantity'], value: number): string {
  if (quantity === 'money') return formatMoney(value);
  if (quantity === 'rate') return formatPercent(value);
  return formatNumber(value, 0);
}

export function missingMessage(spec: IndicatorInputSpec): string {
  if (spec.path === undefined && spec.missingFromModel !== undefined) {
    const note = spec.note ? `；${spec.note}` : '';
    return `需补充：${spec.label}（数据模型暂无此项，建议增加字段 ${spec.missingFromModel}${note}）`;
  }
  const where = [spec.path, ...(spec.sumOf ?? [])].filter((p): p is string => p !== undefined);
  return `需补充：${spec.label}（${where.join(' 或 ')}）`;
}

export interface ReadInputs {
  readonly traces: InputTrace[];
  readonly values: Map<string, number>;
  readonly missing: string[];
  /** Remarks for the trace, e.g. a total that disagrees with its parts. */
  readonly notes: string[];
}

/**
 * Figures transcribed rounded (settings.sourcePrecision, e.g. 万元 with 2 decimals) may each be off by half a
 * unit, so a total may differ from the sum of its n parts by (n + 1) half-units without anything being wrong —
 * the same tolerance the core validation uses.
 */
function moneyTolerance(dy: DepartmentYear): (parts: number) => number {
  const precision = dy.settings.sourcePrecision;
  if (!precision) return () => 0;
  const halfUnit = 10 ** (MONEY_UNITS[precision.unit] - precision.decimals) / 2;
  return (parts) => (parts + 1) * halfUnit;
}

export function readInputs(dy: DepartmentYear, specs: readonly IndicatorInputSpec[]): ReadInputs {
  const tolerance = moneyTolerance(dy);
  const traces: InputTrace[] = [];
  const values = new Map<string, number>();
  const missing: string[] = [];
  const notes: string[] = [];
  for (const spec of specs) {
    const resolved = resolveInput(dy, spec, spec.quantity === 'money' ? tolerance : () => 0);
    if (resolved === undefined) {
      missing.push(missingMessage(spec));
      traces.push({
        key: spec.key,
        label: spec.label,
        quantity: spec.quantity,
        paths: [spec.path ?? spec.missingFromModel ?? ''],
        value: null,
        display: '缺',
      });
    } else {
      values.set(spec.key, resolved.value);
      if (resolved.conflict) {
        const { total, parts } = resolved.conflict;
        notes.push(
          `需核实：${spec.label}的合计数 ${displayInput(spec.quantity, total.value)}（${total.paths.join('、')}）与分项之和 ${displayInput(spec.quantity, parts.value)}（${parts.paths.join(' + ')}）不一致，按分项之和计算`,
        );
      }
      if (resolved.roundingGap) {
        const { total, parts } = resolved.roundingGap;
        notes.push(
          `${spec.label}的合计数 ${displayInput(spec.quantity, total.value)} 与分项之和 ${displayInput(spec.quantity, parts.value)} 相差在舍入误差内，按合计数计算`,
        );
      }
      traces.push({
        key: spec.key,
        label: spec.label,
        quantity: spec.quantity,
        paths: resolved.paths,
        value: resolved.value,
        display: displayInput(spec.quantity, resolved.value),
      });
    }
  }
  return { traces, values, missing, notes };
}
