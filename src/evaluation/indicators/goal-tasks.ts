/**
 * Goal-tasks family (实际完成率 = 实际完成工作数 / 计划工作数). The department's own counts (workTasks.planned and
 * workTasks.completed, the library's inputs) are used when both are stated. Otherwise its quantified goal
 * indicators are the planned tasks and those whose 实际完成值 reaches the 年度指标值 are the completed ones —
 * Jixiao's reading of 53号, and the trace says so.
 */
import type { DepartmentYear } from '../../core/department-year.ts';
import { formatPercent } from '../format.ts';
import type { LibraryIndicator } from '../library.ts';
import { meetsTarget, readQuantitative } from '../target-values.ts';
import { readInputs } from './inputs.ts';
import type { IndicatorValue, InputTrace } from './types.ts';

interface GoalCount {
  readonly plannedPaths: string[];
  readonly metPaths: string[];
  readonly unmet: string[];
}

function countGoals(dy: DepartmentYear): GoalCount {
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
  return { plannedPaths, metPaths, unmet };
}

function fromStatedCounts(dy: DepartmentYear, def: LibraryIndicator, goals: GoalCount): IndicatorValue | undefined {
  if (def.inputs.length === 0) return undefined;
  const { traces, values, missing } = readInputs(dy, def.inputs);
  if (missing.length > 0) return undefined;
  const planned = values.get('planned');
  const completed = values.get('completed');
  if (planned === undefined || completed === undefined) return undefined;
  const inputs = traces.map((t) => ({ ...t, display: `${t.display}项` }));
  if (planned === 0) return { status: 'not-applicable', inputs, reason: '计划工作数为0，本指标不适用' };
  const value = (completed * 100) / planned;
  const notes: string[] = [];
  if (goals.plannedPaths.length > 0) {
    notes.push(
      `对照：年度绩效目标中有量化指标值的指标${goals.plannedPaths.length}项，实际完成值达到指标值的${goals.metPaths.length}项（${formatPercent((goals.metPaths.length * 100) / goals.plannedPaths.length)}）`,
    );
  }
  return { status: 'computed', value, inputs, calculation: `${completed}项 / ${planned}项 × 100% = ${formatPercent(value)}`, notes };
}

export function computeGoalTasks(dy: DepartmentYear, def: LibraryIndicator): IndicatorValue {
  const goals = countGoals(dy);
  const stated = fromStatedCounts(dy, def, goals);
  if (stated) return stated;
  const { plannedPaths, metPaths, unmet } = goals;
  const label = '计划工作数（年度绩效目标中的量化指标）';
  if (plannedPaths.length === 0) {
    const inputs: InputTrace[] = [
      { key: 'planned', label, quantity: 'count', paths: ['goals[].indicators[]'], value: null, display: '缺' },
    ];
    return {
      status: 'missing',
      inputs,
      missing: [
        '需补充：计划工作数与实际完成工作数（workTasks.planned、workTasks.completed），或部门年度绩效目标中的量化指标（年度指标值与实际完成值均为数值，goals[].indicators[]）',
      ],
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
  const notes = ['未填报计划工作数与实际完成工作数，按年度绩效目标中的量化指标计数（Jixiao 对53号的理解）'];
  if (unmet.length > 0) notes.push(`未达到指标值：${unmet.join('；')}`);
  return { status: 'computed', value, inputs, calculation: `${completed}项 / ${planned}项 × 100% = ${formatPercent(value)}`, notes };
}
