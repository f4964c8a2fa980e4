/**
 * 预算调整率 as 财预〔2013〕53号 defines it: 预算调整数 / 预算数 × 100%, where 预算调整数 counts 追加、追减 and 结构调整
 * but not adjustments for national policy, force majeure or tasks assigned by the government. The gross
 * |全年预算数 − 年初预算数| / 年初预算数 is only an upper bound: it nets additions against cuts and counts every
 * cause. It is shown, but the indicator is scored only once the year's adjustments are listed and classified.
 */
import { ADJUSTMENT_CAUSE_LABEL, ADJUSTMENT_KIND_LABEL, type DepartmentYear } from '../../core/department-year.ts';
import { formatMoney, formatPercent } from '../format.ts';
import type { LibraryIndicator } from '../library.ts';
import { changePercent } from './change.ts';
import { readInputs } from './inputs.ts';
import type { InputTrace, IndicatorValue } from './types.ts';

export function computeBudgetAdjustment(dy: DepartmentYear, def: LibraryIndicator): IndicatorValue {
  const { traces, values, missing, notes } = readInputs(dy, def.inputs);
  const adjusted = values.get('current');
  const initial = values.get('previous');
  const allNotes = [...notes];
  if (adjusted !== undefined && initial !== undefined && initial > 0) {
    const gross = changePercent(adjusted, initial, true);
    allNotes.push(
      `毛调整率（上限，未剔除不计入的调整）：|${formatMoney(adjusted)} − ${formatMoney(initial)}| / ${formatMoney(initial)} × 100% = ${formatPercent(gross)}`,
    );
  }
  if (missing.length > 0) return { status: 'missing', inputs: traces, missing, notes: allNotes };
  if (initial === undefined || initial === 0) {
    return { status: 'missing', inputs: traces, missing: ['需补充：年初预算数为0，预算调整率无定义'], notes: allNotes };
  }
  const list = dy.budgetAdjustments;
  if (list === undefined || (list.length === 0 && adjusted !== initial)) {
    return {
      status: 'missing',
      inputs: traces,
      missing: ['需补充：本年预算调整明细及分类（budgetAdjustments：追加、追减或结构调整；执行国家政策、不可抗力、上级或本级党委政府临时交办的调整不计入）'],
      notes: allNotes,
    };
  }
  const counted = list.filter((a) => a.cause === 'ordinary');
  const excluded = list.filter((a) => a.cause !== 'ordinary');
  const sum = counted.reduce((t, a) => t + a.amount, 0);
  const value = (sum * 100) / initial;
  const trace: InputTrace = {
    key: 'adjustments',
    label: '计入的预算调整数（追加、追减、结构调整）',
    quantity: 'money',
    paths: counted.map((a) => `budgetAdjustments[${list.indexOf(a)}].amount`),
    value: sum,
    display: formatMoney(sum),
  };
  for (const a of excluded) {
    allNotes.push(`不计入：${a.description}（${ADJUSTMENT_KIND_LABEL[a.kind]}，${ADJUSTMENT_CAUSE_LABEL[a.cause]}）${formatMoney(a.amount)}`);
  }
  const parts = counted.map((a) => formatMoney(a.amount)).join(' + ') || '0';
  return {
    status: 'computed',
    value,
    inputs: [...traces, trace],
    notes: allNotes,
    calculation: `(${parts}) / ${formatMoney(initial)} × 100% = ${formatPercent(value)}`,
  };
}
