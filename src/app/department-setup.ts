/**
 * Setting up departments and years: a new department's first (empty) year, and next year's record started
 * from this year's. Pure: the caller stores the result.
 *
 * What carries into the next year: the region, the department (name, kind, units, duties), staffing, the
 * goals and projects with their indicators and targets (not their results or scores), the settings; last
 * year's 决算 becomes the new 上年决算数 of the 三公 table and the year-end carry-over the new opening one.
 * Every budget phase of the new year starts empty.
 */
import { randomBytes } from 'node:crypto';
import type { DepartmentYear } from '../core/department-year.ts';
import { parseDepartmentYear } from './department-year-service.ts';

export interface NewDepartment {
  readonly region: DepartmentYear['region'];
  readonly name: string;
  readonly kind: DepartmentYear['department']['kind'];
  readonly supervisor?: string;
  readonly fiscalYear: number;
}

/** A department code nobody types or reads (it only keys the tenant): `d` and 10 hex digits. */
export function newDepartmentCode(): string {
  return `d${randomBytes(5).toString('hex')}`;
}

export function newDepartmentYear(input: NewDepartment, code: string = newDepartmentCode()): DepartmentYear {
  return parseDepartmentYear({
    schemaVersion: 1,
    fiscalYear: input.fiscalYear,
    region: input.region,
    department: { code, name: input.name.trim(), kind: input.kind, ...(input.supervisor?.trim() ? { supervisor: input.supervisor.trim() } : {}) },
    staffing: {},
    revenue: {},
    expenditure: { byNature: { basic: { amounts: {} }, project: { amounts: {} } } },
    threePublic: {},
  });
}

type Indicator = DepartmentYear['goals'][number]['indicators'][number];

/** An indicator as planned: what is measured and the target, without last year's result and score. */
function plannedIndicator(indicator: Indicator): Indicator {
  const { actual: _actual, score: _score, deviationReason: _reason, ...planned } = indicator;
  return planned;
}

export function nextYearFrom(previous: DepartmentYear): DepartmentYear {
  const tp = previous.threePublic;
  // This year's budget and final become next year's 上年预算数 and 上年决算数 (the 53号 变动率 compares budgets).
  const lastFinal = (item: { budget?: number; final?: number } | undefined) => ({
    ...(item?.budget !== undefined ? { lastYearBudget: item.budget } : {}),
    ...(item?.final !== undefined ? { lastYearFinal: item.final } : {}),
  });
  return parseDepartmentYear({
    schemaVersion: 1,
    fiscalYear: previous.fiscalYear + 1,
    region: previous.region,
    department: previous.department,
    staffing: previous.staffing,
    goals: previous.goals.map((g) => ({ ...g, indicators: g.indicators.map(plannedIndicator) })),
    goalEvaluations: [],
    revenue: {},
    expenditure: { byNature: { basic: { amounts: {} }, project: { amounts: {} } } },
    projects: previous.projects.map((p) => {
      // 重点项目 is decided with each year's budget: next year's projects start unclassified.
      const { selfScore: _s, selfGrade: _g, isKey: _k, ...rest } = p;
      return { ...rest, amounts: {}, fundSources: [], indicators: p.indicators.map(plannedIndicator) };
    }),
    threePublic: {
      total: lastFinal(tp.total),
      reception: lastFinal(tp.reception),
      overseasTravel: lastFinal(tp.overseasTravel),
      vehicles: lastFinal(tp.vehicles),
      ...(tp.vehiclePurchase ? { vehiclePurchase: lastFinal(tp.vehiclePurchase) } : {}),
      ...(tp.vehicleOperation ? { vehicleOperation: lastFinal(tp.vehicleOperation) } : {}),
    },
    carryOver: previous.carryOver.ending !== undefined ? { beginning: previous.carryOver.ending } : {},
    fixedAssets: previous.fixedAssets.statedThreshold !== undefined ? { statedThreshold: previous.fixedAssets.statedThreshold } : {},
    settings: previous.settings,
  });
}
