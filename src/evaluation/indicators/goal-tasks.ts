/**
 * Goal-tasks family (实际完成率): the department's quantified goal indicators are its planned tasks; those whose
 * 实际完成值 reaches the 年度指标值 are the completed ones. Jixiao's reading of 53号 — the notes say so.
 */
import type { DepartmentYear } from '../../core/department-year.ts';
import { formatPercent } from '../format.ts';
import type { LibraryIndicator } from '../library.ts';
import { meetsTarget, readQuantitative } from '../target-values.ts';
import type { IndicatorValue, InputTrace } from './types.ts';

export function computeGoalTasks(dy: DepartmentYear, def: LibraryIndicator): IndicatorValue {
  const plannedPaths: string[] = [];
  const metPaths: string[] = [];
  const unmet: string[] = [];
  dy.goals.forEach((goal, g) => {
    goal.indicators.forEach((ind, i) => {
      const q = readQuantitative(ind);
      if (!q) return;
      const path = `goals[${g}].indicators[${i}]`;
      plannedPaths.push(path);
      if (meetsTarget(ind.operator, q.actual, q.target)) metPaths.push(path);
      else unmet.push(`${ind.name}：指标值${ind.operator}${q.target}，实际${q.actual}（${path}）`);
    });
  });
  const label = def.inputs[0]?.label ?? '计划工作数';
  if (plannedPaths.length === 0) {
    const inputs: InputTrace[] = [
      { key: 'planned', label, quantity: 'count', paths: ['goals[].indicators[]'], value: null, display: '缺' },
    ];
    return {
      status: 'missing',
      inputs,
      missing: ['需补充：部门年度绩效目标中的量化指标（年度指标值与实际完成值均为数值，goals[].indicators[]）'],
    };
  }
  const planned = plannedPaths.length;
  const completed = metPaths.length;
  const value = (completed * 100) / planned;
  const inputs: InputTrace[] = [
    { key: 'planned', label, quantity: 'count', paths: plannedPaths, value: planned, display: `${planned}项` },
    {
      key: 'completed',
      label: '实际完成工作数（实际完成值达到指标值）',
      quantity: 'count',
      paths: metPaths,
      value: completed,
      display: `${completed}项`,
    },
  ];
  return {
    status: 'computed',
    value,
    inputs,
    calculation: `${completed}项 / ${planned}项 × 100% = ${formatPercent(value)}`,
    notes: unmet.length > 0 ? [`未达到指标值：${unmet.join('；')}`] : [],
  };
}
