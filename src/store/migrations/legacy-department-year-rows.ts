/**
 * The department-year's layout before documents (migrations up to 20261127194500): a header row in
 * department_years plus ten child tables, and the mapping both ways between those rows and the model as it was
 * then (schemaVersion 1). Frozen with the layout: migration 20261202220000 builds each year's document with
 * fromRows; its test writes the old layout with toRows, as the release before it did. Never change this file
 * to follow the model — old rows hold only what the old model had.
 */
import type { ColumnType, Insertable, Selectable } from 'kysely';
import {
  type DepartmentYear,
  departmentKinds,
  establishmentTypes,
  type Indicator,
  type NarrativeItem,
  operators,
  type PhasedAmount,
  type ThreePublicItem,
} from '../../core/department-year.ts';
import { type Fen, fen } from '../../core/money.ts';
import type { DepartmentsTable, Int8, Numeric, Timestamp, YearKey } from '../database.ts';
import { StoreDataError } from '../errors.ts';

type Json<T> = ColumnType<T, string, string>;

/** The three budget phases; NULL = not stated. */
export interface PhaseColumns {
  initial_budget: Int8 | null;
  adjusted_budget: Int8 | null;
  final: Int8 | null;
}

/** department_years before documents: the header scalars of the model. */
export interface DepartmentYearsTable extends YearKey {
  schema_version: number;
  status: ColumnType<string, string | undefined, string>;
  version: ColumnType<number, number | undefined, number>;
  region_province: string;
  region_city: string | null;
  region_county: string | null;
  department_name: string;
  department_short_names: Json<string[]>;
  department_supervisor: string | null;
  department_kind: string;
  internal_units: Json<string[]>;
  stated_internal_unit_count: number | null;
  subordinate_units: Json<string[]>;
  duties: string;
  establishment_total: number | null;
  staff_in_post: number | null;
  retirees: number | null;
  procurement_budget: Int8 | null;
  procurement_actual: Int8 | null;
  carry_over_beginning: Int8 | null;
  carry_over_ending: Int8 | null;
  fixed_assets_total_original_value: Int8 | null;
  fixed_assets_in_use_original_value: Int8 | null;
  fixed_assets_stated_threshold: Int8 | null;
  narrative_management: string;
  narrative_government_funds: string;
  narrative_state_capital: string;
  narrative_social_insurance: string;
  narrative_other_matters: string;
  self_score: Numeric | null;
  self_max_score: Numeric;
  self_grade: string | null;
  projects_evaluated: number | null;
  display_unit: string;
  display_decimals: number;
  source_precision_unit: string | null;
  source_precision_decimals: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface StaffingEstablishmentTable extends YearKey {
  position: number;
  establishment_type: string;
  label: string | null;
  headcount: number;
}

export interface StaffingStatedCountsTable extends YearKey {
  position: number;
  label: string;
  headcount: number;
}

export interface GoalsTable extends YearKey {
  position: number;
  title: string;
  description: string | null;
}

export interface GoalEvaluationsTable extends YearKey {
  position: number;
  title: string;
  narrative: string;
}

export interface AmountLinesTable extends YearKey, PhaseColumns {
  section: string;
  position: number;
  code: string | null;
  name: string | null;
}

export interface ProjectsTable extends YearKey, PhaseColumns {
  position: number;
  code: string | null;
  name: string;
  function_code: string | null;
  goal: string | null;
  self_score: Numeric | null;
  self_grade: string | null;
}

export interface ProjectFundSourcesTable extends YearKey {
  project_position: number;
  position: number;
  code: string | null;
  name: string;
  amount: Int8;
}

export interface IndicatorsTable extends YearKey {
  owner_kind: 'goal' | 'project';
  owner_position: number;
  position: number;
  library_id: string | null;
  level1: string | null;
  level2: string | null;
  name: string;
  operator: string;
  target_number: Numeric | null;
  target_text: string | null;
  unit: string | null;
  actual_number: Numeric | null;
  actual_text: string | null;
  weight: Numeric | null;
  score: Numeric | null;
  deviation_reason: string | null;
}

export interface ThreePublicTable extends YearKey {
  item: string;
  last_year_final: Int8 | null;
  budget: Int8 | null;
  final: Int8 | null;
}

export interface NarrativeItemsTable extends YearKey {
  kind: 'problem' | 'measure';
  position: number;
  title: string;
  detail: string;
  category: string;
}

/** The old layout's tables, by name. */
export interface LegacyTables {
  departments: DepartmentsTable;
  department_years: DepartmentYearsTable;
  staffing_establishment: StaffingEstablishmentTable;
  staffing_stated_counts: StaffingStatedCountsTable;
  goals: GoalsTable;
  goal_evaluations: GoalEvaluationsTable;
  amount_lines: AmountLinesTable;
  projects: ProjectsTable;
  project_fund_sources: ProjectFundSourcesTable;
  indicators: IndicatorsTable;
  three_public: ThreePublicTable;
  narrative_items: NarrativeItemsTable;
}

/** The child tables of a year (children before parents). */
export const LEGACY_CHILD_TABLES = [
  'indicators',
  'project_fund_sources',
  'projects',
  'amount_lines',
  'goals',
  'goal_evaluations',
  'staffing_establishment',
  'staffing_stated_counts',
  'three_public',
  'narrative_items',
] as const satisfies readonly (keyof LegacyTables)[];

/** Where each amount of the model lives in amount_lines.section. */
export const SECTION = {
  revenueTotal: 'revenue.total',
  revenueBySource: 'revenue.bySource',
  expenditureTotal: 'expenditure.total',
  expenditureByFunction: 'expenditure.byFunction',
  expenditureByEconomic: 'expenditure.byEconomic',
  basic: 'expenditure.byNature.basic',
  basicPersonnel: 'expenditure.byNature.basic.personnel',
  basicPublicExpense: 'expenditure.byNature.basic.publicExpense',
  basicByEconomic: 'expenditure.byNature.basic.byEconomic',
  project: 'expenditure.byNature.project',
} as const;

/** Items of three_public.item, in the model's order. */
const THREE_PUBLIC_ITEMS = [
  'total',
  'reception',
  'overseasTravel',
  'vehicles',
  'vehiclePurchase',
  'vehicleOperation',
] as const;

const NARRATIVE_CATEGORIES = [
  'finance',
  'assets',
  'budget',
  'performance',
  'procurement',
  'other',
] as const satisfies readonly NarrativeItem['category'][];
const DISPLAY_UNITS = ['元', '万元'] as const satisfies readonly DepartmentYear['settings']['displayUnit'][];
type SourcePrecisionUnit = NonNullable<DepartmentYear['settings']['sourcePrecision']>['unit'];
const SOURCE_PRECISION_UNITS = ['元', '万元', '亿元'] as const satisfies readonly SourcePrecisionUnit[];


/** Every row of one department-year, ready to insert (children in model order, position from 0). */
export interface DepartmentYearRows {
  department: Insertable<DepartmentsTable>;
  header: Insertable<DepartmentYearsTable>;
  staffingEstablishment: Insertable<StaffingEstablishmentTable>[];
  staffingStatedCounts: Insertable<StaffingStatedCountsTable>[];
  goals: Insertable<GoalsTable>[];
  goalEvaluations: Insertable<GoalEvaluationsTable>[];
  amountLines: Insertable<AmountLinesTable>[];
  projects: Insertable<ProjectsTable>[];
  projectFundSources: Insertable<ProjectFundSourcesTable>[];
  indicators: Insertable<IndicatorsTable>[];
  threePublic: Insertable<ThreePublicTable>[];
  narrativeItems: Insertable<NarrativeItemsTable>[];
}

/** The stored rows of one department-year, as read (children ordered by position). */
export interface StoredDepartmentYearRows {
  header: Selectable<DepartmentYearsTable>;
  staffingEstablishment: Selectable<StaffingEstablishmentTable>[];
  staffingStatedCounts: Selectable<StaffingStatedCountsTable>[];
  goals: Selectable<GoalsTable>[];
  goalEvaluations: Selectable<GoalEvaluationsTable>[];
  amountLines: Selectable<AmountLinesTable>[];
  projects: Selectable<ProjectsTable>[];
  projectFundSources: Selectable<ProjectFundSourcesTable>[];
  indicators: Selectable<IndicatorsTable>[];
  threePublic: Selectable<ThreePublicTable>[];
  narrativeItems: Selectable<NarrativeItemsTable>[];
}

/** The tenant-and-year key of a department-year. */
export function yearKeyOf(dy: DepartmentYear): YearKey {
  return { region_code: dy.region.code, department_code: dy.department.code, fiscal_year: dy.fiscalYear };
}

function phaseColumns(amounts: PhasedAmount): Insertable<PhaseColumns> {
  return {
    initial_budget: amounts.initialBudget ?? null,
    adjusted_budget: amounts.adjustedBudget ?? null,
    final: amounts.final ?? null,
  };
}

function indicatorRows(
  key: YearKey,
  ownerKind: 'goal' | 'project',
  ownerPosition: number,
  indicators: readonly Indicator[],
): Insertable<IndicatorsTable>[] {
  return indicators.map((ind, position) => ({
    ...key,
    owner_kind: ownerKind,
    owner_position: ownerPosition,
    position,
    library_id: ind.libraryId ?? null,
    level1: ind.level1 ?? null,
    level2: ind.level2 ?? null,
    name: ind.name,
    operator: ind.operator,
    target_number: typeof ind.target === 'number' ? ind.target : null,
    target_text: typeof ind.target === 'string' ? ind.target : null,
    unit: ind.unit ?? null,
    actual_number: typeof ind.actual === 'number' ? ind.actual : null,
    actual_text: typeof ind.actual === 'string' ? ind.actual : null,
    weight: ind.weight ?? null,
    score: ind.score ?? null,
    deviation_reason: ind.deviationReason ?? null,
  }));
}

/** Split a department-year into its table rows. */
export function toRows(dy: DepartmentYear): DepartmentYearRows {
  const key = yearKeyOf(dy);
  const amountLines: Insertable<AmountLinesTable>[] = [];
  const single = (section: string, amounts: PhasedAmount | undefined): void => {
    if (amounts) amountLines.push({ ...key, section, position: 0, code: null, name: null, ...phaseColumns(amounts) });
  };
  const lines = (section: string, list: DepartmentYear['revenue']['bySource']): void => {
    list.forEach((line, position) => {
      amountLines.push({ ...key, section, position, code: line.code ?? null, name: line.name, ...phaseColumns(line.amounts) });
    });
  };
  const { revenue, expenditure } = dy;
  single(SECTION.revenueTotal, revenue.total);
  lines(SECTION.revenueBySource, revenue.bySource);
  single(SECTION.expenditureTotal, expenditure.total);
  lines(SECTION.expenditureByFunction, expenditure.byFunction);
  lines(SECTION.expenditureByEconomic, expenditure.byEconomic);
  single(SECTION.basic, expenditure.byNature.basic.amounts);
  single(SECTION.basicPersonnel, expenditure.byNature.basic.personnel);
  single(SECTION.basicPublicExpense, expenditure.byNature.basic.publicExpense);
  lines(SECTION.basicByEconomic, expenditure.byNature.basic.byEconomic);
  single(SECTION.project, expenditure.byNature.project.amounts);

  const threePublic: Insertable<ThreePublicTable>[] = [];
  for (const item of THREE_PUBLIC_ITEMS) {
    const value: ThreePublicItem | undefined = dy.threePublic[item];
    if (value) {
      threePublic.push({
        ...key,
        item,
        last_year_final: value.lastYearFinal ?? null,
        budget: value.budget ?? null,
        final: value.final ?? null,
      });
    }
  }

  const { department, staffing, narrative, selfAssessment, settings } = dy;
  return {
    department: {
      region_code: key.region_code,
      department_code: key.department_code,
      name: department.name,
      name_fiscal_year: dy.fiscalYear,
    },
    header: {
      ...key,
      schema_version: dy.schemaVersion,
      region_province: dy.region.province,
      region_city: dy.region.city ?? null,
      region_county: dy.region.county ?? null,
      department_name: department.name,
      department_short_names: JSON.stringify(department.shortNames),
      department_supervisor: department.supervisor ?? null,
      department_kind: department.kind,
      internal_units: JSON.stringify(department.internalUnits),
      stated_internal_unit_count: department.statedInternalUnitCount ?? null,
      subordinate_units: JSON.stringify(department.subordinateUnits),
      duties: department.duties,
      establishment_total: staffing.establishmentTotal ?? null,
      staff_in_post: staffing.inPost ?? null,
      retirees: staffing.retirees ?? null,
      procurement_budget: dy.procurement.budget ?? null,
      procurement_actual: dy.procurement.actual ?? null,
      carry_over_beginning: dy.carryOver.beginning ?? null,
      carry_over_ending: dy.carryOver.ending ?? null,
      fixed_assets_total_original_value: dy.fixedAssets.totalOriginalValue ?? null,
      fixed_assets_in_use_original_value: dy.fixedAssets.inUseOriginalValue ?? null,
      fixed_assets_stated_threshold: dy.fixedAssets.statedThreshold ?? null,
      narrative_management: narrative.management,
      narrative_government_funds: narrative.governmentFunds,
      narrative_state_capital: narrative.stateCapital,
      narrative_social_insurance: narrative.socialInsurance,
      narrative_other_matters: narrative.otherMatters,
      self_score: selfAssessment.score ?? null,
      self_max_score: selfAssessment.maxScore,
      self_grade: selfAssessment.grade ?? null,
      projects_evaluated: selfAssessment.projectsEvaluated ?? null,
      display_unit: settings.displayUnit,
      display_decimals: settings.displayDecimals,
      source_precision_unit: settings.sourcePrecision?.unit ?? null,
      source_precision_decimals: settings.sourcePrecision?.decimals ?? null,
    },
    staffingEstablishment: staffing.establishment.map((e, position) => ({
      ...key,
      position,
      establishment_type: e.type,
      label: e.label ?? null,
      headcount: e.count,
    })),
    staffingStatedCounts: staffing.otherStatedCounts.map((c, position) => ({
      ...key,
      position,
      label: c.label,
      headcount: c.count,
    })),
    goals: dy.goals.map((g, position) => ({ ...key, position, title: g.title, description: g.description ?? null })),
    goalEvaluations: dy.goalEvaluations.map((g, position) => ({
      ...key,
      position,
      title: g.title,
      narrative: g.narrative,
    })),
    amountLines,
    projects: dy.projects.map((p, position) => ({
      ...key,
      position,
      code: p.code ?? null,
      name: p.name,
      function_code: p.functionCode ?? null,
      ...phaseColumns(p.amounts),
      goal: p.goal ?? null,
      self_score: p.selfScore ?? null,
      self_grade: p.selfGrade ?? null,
    })),
    projectFundSources: dy.projects.flatMap((p, projectPosition) =>
      p.fundSources.map((s, position) => ({
        ...key,
        project_position: projectPosition,
        position,
        code: s.code ?? null,
        name: s.name,
        amount: s.amount,
      })),
    ),
    indicators: [
      ...dy.goals.flatMap((g, position) => indicatorRows(key, 'goal', position, g.indicators)),
      ...dy.projects.flatMap((p, position) => indicatorRows(key, 'project', position, p.indicators)),
    ],
    threePublic,
    narrativeItems: [
      ...narrative.problems.map((n, position) => narrativeRow(key, 'problem', position, n)),
      ...narrative.measures.map((n, position) => narrativeRow(key, 'measure', position, n)),
    ],
  };
}

function narrativeRow(
  key: YearKey,
  kind: 'problem' | 'measure',
  position: number,
  item: NarrativeItem,
): Insertable<NarrativeItemsTable> {
  return { ...key, kind, position, title: item.title, detail: item.detail, category: item.category };
}

// ---- reading -------------------------------------------------------------------------------------------

function member<T extends string>(values: readonly T[], value: string, column: string): T {
  const found = values.find((v) => v === value);
  if (found === undefined) {
    throw new StoreDataError(`数据库中 ${column} 的值“${value}”无法识别 / unknown value "${value}" in ${column}`);
  }
  return found;
}

function optional<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

function optionalFen(value: number | null): Fen | undefined {
  return value === null ? undefined : fen(value);
}

function optionalNumber(value: string | null): number | undefined {
  return value === null ? undefined : Number(value);
}

function phasedAmount(row: PhaseColumnsRead): PhasedAmount {
  return dropUndefined({
    initialBudget: optionalFen(row.initial_budget),
    adjustedBudget: optionalFen(row.adjusted_budget),
    final: optionalFen(row.final),
  });
}
type PhaseColumnsRead = Selectable<PhaseColumns>;

/** A copy of `value` without the keys whose value is undefined (shallow). */
function dropUndefined<T extends object>(value: T): T {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out as T;
}

function jsonStrings(value: unknown, column: string): string[] {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  throw new StoreDataError(`数据库中 ${column} 不是字符串列表 / ${column} is not a list of strings`);
}

function groupBy<R, K>(rows: readonly R[], keyOf: (row: R) => K): Map<K, R[]> {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

function indicatorFromRow(row: Selectable<IndicatorsTable>): Indicator {
  return dropUndefined({
    libraryId: optional(row.library_id),
    level1: optional(row.level1),
    level2: optional(row.level2),
    name: row.name,
    operator: member(operators, row.operator, 'indicators.operator'),
    target: row.target_number !== null ? Number(row.target_number) : optional(row.target_text),
    unit: optional(row.unit),
    actual: row.actual_number !== null ? Number(row.actual_number) : optional(row.actual_text),
    weight: optionalNumber(row.weight),
    score: optionalNumber(row.score),
    deviationReason: optional(row.deviation_reason),
  });
}

/** Assemble a department-year from its stored rows. */
export function fromRows(stored: StoredDepartmentYearRows): DepartmentYear {
  const h = stored.header;
  if (h.schema_version !== 1) {
    throw new StoreDataError(
      `不支持的数据版本 schemaVersion=${h.schema_version} / unsupported schemaVersion ${h.schema_version}`,
    );
  }
  const linesBySection = groupBy(stored.amountLines, (r) => r.section);
  const singleAmount = (section: string): PhasedAmount | undefined => {
    const row = linesBySection.get(section)?.[0];
    return row ? phasedAmount(row) : undefined;
  };
  const lineList = (section: string): DepartmentYear['revenue']['bySource'] =>
    (linesBySection.get(section) ?? []).map((r) => {
      if (r.name === null) {
        throw new StoreDataError(`数据库中 ${section} 的行缺少名称 / a line of ${section} has no name`);
      }
      return dropUndefined({ code: optional(r.code), name: r.name, amounts: phasedAmount(r) });
    });
  const indicatorsByOwner = groupBy(stored.indicators, (r) => `${r.owner_kind}:${r.owner_position}`);
  const indicatorsOf = (kind: 'goal' | 'project', position: number): Indicator[] =>
    (indicatorsByOwner.get(`${kind}:${position}`) ?? []).map(indicatorFromRow);
  const fundsByProject = groupBy(stored.projectFundSources, (r) => r.project_position);
  const threePublicByItem = new Map(stored.threePublic.map((r) => [r.item, r]));
  const threePublicItem = (item: (typeof THREE_PUBLIC_ITEMS)[number]): ThreePublicItem | undefined => {
    const row = threePublicByItem.get(item);
    return row
      ? dropUndefined({
          lastYearFinal: optionalFen(row.last_year_final),
          budget: optionalFen(row.budget),
          final: optionalFen(row.final),
        })
      : undefined;
  };
  const narrativeItems = (kind: 'problem' | 'measure'): NarrativeItem[] =>
    stored.narrativeItems
      .filter((r) => r.kind === kind)
      .map((r) => ({
        title: r.title,
        detail: r.detail,
        category: member(NARRATIVE_CATEGORIES, r.category, 'narrative_items.category'),
      }));

  return {
    schemaVersion: 1,
    fiscalYear: h.fiscal_year,
    region: dropUndefined({
      code: h.region_code,
      province: h.region_province,
      city: optional(h.region_city),
      county: optional(h.region_county),
    }),
    department: dropUndefined({
      code: h.department_code,
      name: h.department_name,
      shortNames: jsonStrings(h.department_short_names, 'department_short_names'),
      supervisor: optional(h.department_supervisor),
      kind: member(departmentKinds, h.department_kind, 'department_kind'),
      internalUnits: jsonStrings(h.internal_units, 'internal_units'),
      statedInternalUnitCount: optional(h.stated_internal_unit_count),
      subordinateUnits: jsonStrings(h.subordinate_units, 'subordinate_units'),
      duties: h.duties,
    }),
    staffing: dropUndefined({
      establishment: stored.staffingEstablishment.map((r) =>
        dropUndefined({
          type: member(establishmentTypes, r.establishment_type, 'staffing_establishment.establishment_type'),
          label: optional(r.label),
          count: r.headcount,
        }),
      ),
      establishmentTotal: optional(h.establishment_total),
      inPost: optional(h.staff_in_post),
      retirees: optional(h.retirees),
      otherStatedCounts: stored.staffingStatedCounts.map((r) => ({ label: r.label, count: r.headcount })),
    }),
    goals: stored.goals.map((g) =>
      dropUndefined({
        title: g.title,
        description: optional(g.description),
        indicators: indicatorsOf('goal', g.position),
      }),
    ),
    goalEvaluations: stored.goalEvaluations.map((g) => ({ title: g.title, narrative: g.narrative })),
    revenue: dropUndefined({
      total: singleAmount(SECTION.revenueTotal),
      bySource: lineList(SECTION.revenueBySource),
    }),
    expenditure: dropUndefined({
      total: singleAmount(SECTION.expenditureTotal),
      byFunction: lineList(SECTION.expenditureByFunction),
      byEconomic: lineList(SECTION.expenditureByEconomic),
      byNature: {
        basic: dropUndefined({
          amounts: singleAmount(SECTION.basic) ?? {},
          personnel: singleAmount(SECTION.basicPersonnel),
          publicExpense: singleAmount(SECTION.basicPublicExpense),
          byEconomic: lineList(SECTION.basicByEconomic),
        }),
        project: { amounts: singleAmount(SECTION.project) ?? {} },
      },
    }),
    projects: stored.projects.map((p) =>
      dropUndefined({
        code: optional(p.code),
        name: p.name,
        functionCode: optional(p.function_code),
        amounts: phasedAmount(p),
        fundSources: (fundsByProject.get(p.position) ?? []).map((s) =>
          dropUndefined({ code: optional(s.code), name: s.name, amount: fen(s.amount) }),
        ),
        goal: optional(p.goal),
        indicators: indicatorsOf('project', p.position),
        selfScore: optionalNumber(p.self_score),
        selfGrade: optional(p.self_grade),
      }),
    ),
    threePublic: dropUndefined({
      total: threePublicItem('total') ?? {},
      reception: threePublicItem('reception') ?? {},
      overseasTravel: threePublicItem('overseasTravel') ?? {},
      vehicles: threePublicItem('vehicles') ?? {},
      vehiclePurchase: threePublicItem('vehiclePurchase'),
      vehicleOperation: threePublicItem('vehicleOperation'),
    }),
    procurement: dropUndefined({
      budget: optionalFen(h.procurement_budget),
      actual: optionalFen(h.procurement_actual),
    }),
    carryOver: dropUndefined({
      beginning: optionalFen(h.carry_over_beginning),
      ending: optionalFen(h.carry_over_ending),
    }),
    fixedAssets: dropUndefined({
      totalOriginalValue: optionalFen(h.fixed_assets_total_original_value),
      inUseOriginalValue: optionalFen(h.fixed_assets_in_use_original_value),
      statedThreshold: optionalFen(h.fixed_assets_stated_threshold),
    }),
    narrative: {
      management: h.narrative_management,
      governmentFunds: h.narrative_government_funds,
      stateCapital: h.narrative_state_capital,
      socialInsurance: h.narrative_social_insurance,
      problems: narrativeItems('problem'),
      measures: narrativeItems('measure'),
      otherMatters: h.narrative_other_matters,
    },
    selfAssessment: dropUndefined({
      score: optionalNumber(h.self_score),
      maxScore: Number(h.self_max_score),
      grade: optional(h.self_grade),
      projectsEvaluated: optional(h.projects_evaluated),
    }),
    settings: dropUndefined({
      displayUnit: member(DISPLAY_UNITS, h.display_unit, 'display_unit'),
      displayDecimals: h.display_decimals,
      sourcePrecision:
        h.source_precision_unit !== null && h.source_precision_decimals !== null
          ? {
              unit: member(SOURCE_PRECISION_UNITS, h.source_precision_unit, 'source_precision_unit'),
              decimals: h.source_precision_decimals,
            }
          : undefined,
    }),
  };
}

/**
 * What the release before documents read back after saving `dy`: its rows, as the database returns them, through
 * fromRows. Fields the old layout had no column for (added to the model since) are not in it — tests of the
 * migration and of restoring old backups compare with this.
 */
export function asStoredByOldRelease(dy: DepartmentYear): DepartmentYear {
  const rows = toRows(dy);
  const numeric = (v: number | string | null | undefined): string | null =>
    v === null || v === undefined ? null : String(v);
  const h = rows.header;
  return fromRows({
    header: {
      ...h,
      status: 'draft',
      version: 1,
      department_short_names: JSON.parse(h.department_short_names) as string[],
      internal_units: JSON.parse(h.internal_units) as string[],
      subordinate_units: JSON.parse(h.subordinate_units) as string[],
      self_score: numeric(h.self_score),
      self_max_score: String(h.self_max_score),
      region_city: h.region_city ?? null,
      region_county: h.region_county ?? null,
      created_at: new Date(0),
      updated_at: new Date(0),
    } as Selectable<DepartmentYearsTable>,
    staffingEstablishment: rows.staffingEstablishment as Selectable<StaffingEstablishmentTable>[],
    staffingStatedCounts: rows.staffingStatedCounts as Selectable<StaffingStatedCountsTable>[],
    goals: rows.goals as Selectable<GoalsTable>[],
    goalEvaluations: rows.goalEvaluations as Selectable<GoalEvaluationsTable>[],
    amountLines: rows.amountLines as Selectable<AmountLinesTable>[],
    projects: rows.projects.map((p) => ({ ...p, self_score: numeric(p.self_score) })) as Selectable<ProjectsTable>[],
    projectFundSources: rows.projectFundSources as Selectable<ProjectFundSourcesTable>[],
    indicators: rows.indicators.map((i) => ({
      ...i,
      target_number: numeric(i.target_number),
      actual_number: numeric(i.actual_number),
      weight: numeric(i.weight),
      score: numeric(i.score),
    })) as Selectable<IndicatorsTable>[],
    threePublic: rows.threePublic as Selectable<ThreePublicTable>[],
    narrativeItems: rows.narrativeItems as Selectable<NarrativeItemsTable>[],
  });
}
