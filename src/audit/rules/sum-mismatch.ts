/**
 * sum-mismatch — a stated total differs from the sum of its stated parts beyond rounding at the stated
 * precision (其中 lists, 按…分 breakdowns). A gap within the rounding of the figures is not reported, or is
 * only `info` when it needs the parts' rounding to close. Unit slips (×10⁴) are left to the `unit` rule.
 */
import { type Finding, finding } from '../../core/finding.ts';
import type { Decomposition } from '../facts/types.ts';
import { inUnit, quoteFigure, quoteSpan } from './lib/evidence.ts';
import { term, unitSlipFactor, valuesOf } from './lib/shared.ts';
import { tableSums } from './lib/table-sums.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

function write(d: Decomposition, value: number, mixed: boolean): string {
  if (d.total.kind === 'money') {
    return mixed ? `${inUnit(value, d.total.moneyUnit)}${d.total.moneyUnit}` : inUnit(value, d.total.moneyUnit);
  }
  const decimals = Math.max(d.total.decimals, ...d.parts.map((p) => p.decimals));
  return (value / 10 ** decimals).toFixed(decimals);
}

export const sumMismatch: Rule = (facts, options) => {
  const out: Finding[] = tableSums(facts, options);
  const seen = new Set<string>();
  for (const d of facts.decompositions) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (unitSlipFactor(d) !== null) continue;
    const { total, sum, totalTolerance, partsTolerance } = valuesOf(d);
    const gap = Math.abs(sum - total);
    if (gap <= totalTolerance) continue;
    const key = `${d.total.start}:${d.parts.map((p) => p.start).join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const mixed = d.parts.some((p) => p.unit !== d.total.unit);
    const calc = `${d.parts.map((p) => term(p, mixed)).join(' + ')} = ${write(d, sum, mixed)} ≠ ${term(d.total, mixed)}`;
    const unitWord = d.total.kind === 'money' ? (d.total.moneyUnit ?? '元') : d.total.unit;
    const partsSpan = { start: d.marker.start, end: d.parts[d.parts.length - 1]!.end };
    const evidence = [quoteFigure(facts, d.total), quoteSpan(facts, partsSpan)];
    const what = d.total.subject || d.total.label || '合计';
    // Each rounded figure is off by less than half its last unit on one side and at most half on the other, so
    // rounding explains a gap strictly below the sum of the half-units (30 + 30 + 29.99 ≠ 89.97: 0.02 is not).
    if (gap < totalTolerance + partsTolerance) {
      // Rounding of the parts explains the gap: nothing to act on, so only the strict profile mentions it.
      if (options.profile !== 'strict') continue;
      out.push(
        finding({
          rule: 'sum-mismatch',
          severity: 'info',
          message: `“${what}”${d.total.raw}与所列各项之和相差${write(d, gap, false)}${unitWord}，在各数四舍五入的范围内`,
          evidence,
          calculation: calc,
          difference: gap,
        }),
      );
      continue;
    }
    const over = sum > total;
    if (!over && d.truncated) continue;
    if (!over && !d.exhaustive && d.kind === 'qizhong') {
      // 其中 often names only some parts: a shortfall is only probable when several parts are listed.
      // Head counts are often followed by 其中 subsets (领导职数, 党员): only a list of three or more that
      // covers most of the total (and so reads as a breakdown) is worth a word.
      if (d.parts.length < 2) continue;
      if (d.total.kind === 'count' && (d.parts.length < 3 || sum < total * 0.8)) continue;
      out.push(
        finding({
          rule: 'sum-mismatch',
          severity: 'warning',
          message: `“${what}”为${d.total.raw}，“其中”所列各项合计${write(d, sum, false)}${unitWord}，少${write(d, gap, false)}${unitWord}；如未列全应注明“其他”`,
          evidence,
          calculation: calc,
          difference: gap,
        }),
      );
      continue;
    }
    out.push(
      finding({
        rule: 'sum-mismatch',
        severity: 'error',
        message: `“${what}”为${d.total.raw}，但所列各项之和为${write(d, sum, false)}${unitWord}，${over ? '多' : '少'}${write(d, gap, false)}${unitWord}`,
        evidence,
        calculation: calc,
        difference: gap,
      }),
    );
  }
  if (facts.decompositions.length === 0 && facts.tables.length === 0) {
    options.notChecked.push('sum-mismatch：未找到“其中”“按…分”等分项列示或表格，未核对合计');
  }
  return out;
};
