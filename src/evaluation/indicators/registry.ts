/** The indicator families, listed (not discovered): one small function each. */
import type { DepartmentYear } from '../../core/department-year.ts';
import type { IndicatorFamily, LibraryIndicator } from '../library.ts';
import { computeBudgetAdjustment } from './budget-adjustment.ts';
import { computeChange } from './change.ts';
import { computeGoalTasks } from './goal-tasks.ts';
import { computeQualitative } from './qualitative.ts';
import { computeRatio } from './ratio.ts';
import type { IndicatorValue } from './types.ts';

export type FamilyFunction = (dy: DepartmentYear, def: LibraryIndicator) => IndicatorValue;

export const FAMILIES: Readonly<Record<IndicatorFamily, FamilyFunction>> = {
  ratio: computeRatio,
  change: computeChange,
  'goal-tasks': computeGoalTasks,
  qualitative: computeQualitative,
  'budget-adjustment': computeBudgetAdjustment,
};

export function computeIndicator(dy: DepartmentYear, def: LibraryIndicator): IndicatorValue {
  return FAMILIES[def.family](dy, def);
}
