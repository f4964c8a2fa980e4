/**
 * Synthetic department-years for benchmarks, load tests and demos at county (60) and province (6,000) scale.
 * Deterministic by seed. Every decomposition adds up exactly in every phase, so validation finds no error on
 * generated data unless a caller plants one on purpose.
 */
import type { DepartmentYear, DepartmentYearInput, Indicator, OfficerScore } from '../core/department-year.ts';
import { departmentYearSchema } from '../core/department-year.ts';
import { DEFAULT_DEPARTMENT_TEMPLATE, evaluateAll, gradeFor } from '../evaluation/index.ts';

/** mulberry32: small, fast, good enough for synthetic data; the same seed gives the same stream. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

/** Split `total` 分 into `n` positive integer parts that add up exactly (whole 元 where possible). */
export function splitExact(r: Random, total: number, n: number): number[] {
  if (n <= 1) return [total];
  const weights = Array.from({ length: n }, () => 0.2 + r());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum / 100) * 100);
  const rest = total - parts.reduce((a, b) => a + b, 0);
  parts[parts.length - 1]! += rest;
  return parts;
}

/** Final amounts under each adjusted budget: the shortfall split over the lines (never above a line's budget). */
function belowEach(r: Random, adjusted: readonly number[], shortfall: number): number[] {
  const cuts = splitExact(r, shortfall, adjusted.length);
  return adjusted.map((a, i) => a - Math.min(a, cuts[i]!)).map((v, i, all) => {
    if (i < all.length - 1) return v;
    // Whatever a clamp kept back comes off the last line so the total stays exact.
    const target = adjusted.reduce((x, y) => x + y, 0) - shortfall;
    return target - all.slice(0, -1).reduce((x, y) => x + y, 0);
  });
}

const DEPARTMENTS = [
  ['commerce', '商务局'],
  ['education', '教育局'],
  ['finance', '财政局'],
  ['agriculture', '农业农村局'],
  ['health', '卫生健康局'],
  ['transport', '交通运输局'],
  ['water', '水利局'],
  ['natural-resources', '自然资源局'],
  ['ecology', '生态环境分局'],
  ['housing', '住房和城乡建设局'],
  ['culture', '文化旅游广电体育局'],
  ['civil-affairs', '民政局'],
  ['human-resources', '人力资源和社会保障局'],
  ['justice', '司法局'],
  ['audit', '审计局'],
  ['statistics', '统计局'],
  ['market', '市场监督管理局'],
  ['emergency', '应急管理局'],
  ['forestry', '林业局'],
  ['development', '发展和改革局'],
] as const;

/** Function classes present in the shipped table, with a 项 to use. */
const FUNCTION_CLASSES = [
  ['201', '一般公共服务支出'],
  ['205', '教育支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['210', '卫生健康支出'],
  ['212', '城乡社区支出'],
  ['221', '住房保障支出'],
] as const;

const PROJECT_WORDS = ['专项工作经费', '信息化建设', '业务培训', '宣传推广', '设施维护', '专项补助', '检查督导', '普查调查'];

function projectIndicators(r: Random, name: string): Indicator[] {
  const planned = int(r, 4, 40);
  const done = Math.max(0, planned + int(r, -3, 4));
  return [
    { level1: '产出指标', level2: '数量指标', name: `${name}完成数`, operator: '>=', target: planned, unit: '项', actual: done, weight: 20 },
    { level1: '产出指标', level2: '质量指标', name: '验收合格率', operator: '>=', target: 95, unit: '%', actual: int(r, 90, 100), weight: 15 },
    { level1: '产出指标', level2: '时效指标', name: '按期完成率', operator: '>=', target: 90, unit: '%', actual: int(r, 85, 100), weight: 15 },
    { level1: '效益指标', level2: '社会效益指标', name: '服务对象覆盖率', operator: '>=', target: 80, unit: '%', actual: int(r, 75, 98), weight: 30 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', operator: '>=', target: 90, unit: '%', actual: int(r, 85, 99), weight: 10 },
  ];
}

export interface GenerateOptions {
  readonly departments: number;
  readonly seed: number;
  readonly fiscalYear?: number;
  /** Departments per county before the region code changes (a county has about 60). */
  readonly perCounty?: number;
}

/** Region code of the n-th synthetic county: 4301xx, 4302xx … (湖南-like, not real codes). */
function regionCode(county: number): string {
  const city = 1 + Math.floor(county / 20);
  const c = 21 + (county % 20);
  return `43${String(city).padStart(2, '0')}${String(c).padStart(2, '0')}`;
}

export function generateDepartmentYear(index: number, options: GenerateOptions): DepartmentYear {
  const r = rng(options.seed * 1_000_003 + index);
  const year = options.fiscalYear ?? 2024;
  const perCounty = options.perCounty ?? 60;
  const county = Math.floor(index / perCounty);
  const [slug, title] = DEPARTMENTS[index % DEPARTMENTS.length]!;
  const countyName = `样例${county + 1}县`;
  const suffix = Math.floor((index % perCounty) / DEPARTMENTS.length);
  const name = `${countyName}${title}${suffix ? `（${suffix + 1}）` : ''}`;

  const initial = int(r, 200, 5000) * 10_000_00; // 200万–5000万, whole 万元
  const adjusted = initial + int(r, 0, Math.floor(initial / 10_000_00 / 3)) * 10_000_00;
  const finalTotal = adjusted - int(r, 0, Math.floor(adjusted / 10_000_00 / 20)) * 10_000_00;
  const basicShare = 0.4 + r() * 0.4;
  const phases = { initialBudget: initial, adjustedBudget: adjusted, final: finalTotal } as const;
  const basic = {
    initialBudget: Math.round((initial * basicShare) / 100) * 100,
    adjustedBudget: Math.round((adjusted * basicShare) / 100) * 100,
    final: Math.round((finalTotal * basicShare) / 100) * 100,
  };
  const project = {
    initialBudget: initial - basic.initialBudget,
    adjustedBudget: adjusted - basic.adjustedBudget,
    final: finalTotal - basic.final,
  };

  const functionCount = int(r, 2, 4);
  const classes = [...FUNCTION_CLASSES].sort(() => r() - 0.5).slice(0, functionCount);
  const fi = splitExact(r, initial, functionCount);
  const fa = splitExact(r, adjusted, functionCount);
  const ff = belowEach(r, fa, adjusted - finalTotal);

  const econ = [
    ['301', '工资福利支出', 0.7],
    ['302', '商品和服务支出', 0.2],
    ['303', '对个人和家庭的补助', 0.1],
  ] as const;
  const econLines = econ.map(([code, ename]) => ({ code, name: ename, amounts: {} as Record<string, number> }));
  for (const phase of ['initialBudget', 'adjustedBudget', 'final'] as const) {
    const total = basic[phase];
    const a = Math.round((total * econ[0][2]) / 100) * 100;
    const b = Math.round((total * econ[1][2]) / 100) * 100;
    econLines[0]!.amounts[phase] = a;
    econLines[1]!.amounts[phase] = b;
    econLines[2]!.amounts[phase] = total - a - b;
  }

  const projectCount = int(r, 3, 10);
  const pi = splitExact(r, project.initialBudget, projectCount);
  const pa = splitExact(r, project.adjustedBudget, projectCount);
  const pf = belowEach(r, pa, project.adjustedBudget - project.final);
  const projects = Array.from({ length: projectCount }, (_, i) => {
    const pname = `${title.replace(/局$/, '')}${pick(r, PROJECT_WORDS)}${i + 1}`;
    return {
      code: `P${year}${String(index).padStart(5, '0')}${String(i + 1).padStart(2, '0')}`,
      name: pname,
      functionCode: classes[i % classes.length]![0],
      amounts: { initialBudget: pi[i]!, adjustedBudget: pa[i]!, final: pf[i]! },
      fundSources: [{ code: '1', name: '一般公共预算财政拨款收入', amount: pa[i]! }],
      goal: `完成${pname}年度任务`,
      indicators: projectIndicators(r, pname),
    };
  });

  const reception = int(r, 1, 30) * 1_000_00;
  const vehicleOp = int(r, 0, 20) * 1_000_00;
  const tpBudget = { reception: reception + 5_000_00, overseasTravel: 0, vehicles: vehicleOp + 5_000_00 };
  const establishmentA = int(r, 8, 40);
  const establishmentP = int(r, 0, 30);
  const goalCount = int(r, 3, 5);
  const goalTasks = Array.from({ length: goalCount }, () => {
    const planned = int(r, 3, 30);
    return { planned, done: Math.max(0, planned - int(r, 0, 1)) };
  });
  const totalAssets = int(r, 50, 2000) * 1_000_00;
  const personnel = Object.fromEntries(
    (['initialBudget', 'adjustedBudget', 'final'] as const).map((ph) => [ph, econLines[0]!.amounts[ph]! + econLines[2]!.amounts[ph]!]),
  );
  const publicExpense = Object.fromEntries((['initialBudget', 'adjustedBudget', 'final'] as const).map((ph) => [ph, econLines[1]!.amounts[ph]!]));
  const procurementBudget = int(r, 5, 200) * 1_000_00;
  // The 53号 inputs added in issue 13 draw from their own stream, so the figures above stay what they were.
  const r2 = rng(options.seed * 2_000_029 + index * 7 + 3);
  const lastReception = tpBudget.reception + int(r2, -3, 3) * 1_000_00;
  const lastVehicles = Math.max(0, tpBudget.vehicles + int(r2, -3, 3) * 1_000_00);
  const keyMarks = projects.map(() => r2() < 0.5);
  keyMarks[0] = true;
  const plannedTasks = goalTasks.reduce((t, g) => t + g.planned, 0);
  const doneTasks = goalTasks.reduce((t, g) => t + g.done, 0);
  const keyAssigned = int(r2, 3, 15);
  const samples = int(r2, 50, 300);
  // The year's adjustments explain 全年 − 年初 exactly: part 一般追加, part (sometimes) for a national policy.
  const change = adjusted - initial;
  const policy = change > 0 ? int(r2, 0, Math.floor(change / 10_000_00 / 3)) * 10_000_00 : 0;
  const budgetAdjustments = [
    ...(change - policy > 0 ? [{ description: '年中追加业务工作经费', kind: 'increase' as const, amount: change - policy, cause: 'ordinary' as const }] : []),
    ...(policy > 0 ? [{ description: '落实国家政策追加资金', kind: 'increase' as const, amount: policy, cause: 'national-policy' as const }] : []),
  ];

  const input: DepartmentYearInput = {
    schemaVersion: 1,
    fiscalYear: year,
    region: { code: regionCode(county), province: '湖南省', county: countyName },
    department: {
      code: `${slug}${suffix ? `-${suffix + 1}` : ''}`,
      name,
      shortNames: [title, '我局'],
      kind: 'administrative',
      internalUnits: ['办公室', '财务股', '业务股'],
      statedInternalUnitCount: 3,
      duties: `负责全县${title.replace(/局$/, '')}相关工作。`,
    },
    staffing: {
      establishment: [
        { type: 'administrative', count: establishmentA },
        { type: 'public-institution', count: establishmentP },
      ],
      establishmentTotal: establishmentA + establishmentP,
      inPost: establishmentA + establishmentP,
      retirees: int(r, 0, 60),
    },
    goals: goalTasks.map((t, i) => ({
      title: `年度重点任务${i + 1}`,
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: `重点任务${i + 1}完成事项数`, operator: '>=' as const, target: t.planned, unit: '项', actual: t.done },
      ],
    })),
    goalEvaluations: goalTasks.map((t, i) => ({
      title: `年度重点任务${i + 1}`,
      narrative: `计划完成${t.planned}项，实际完成${t.done}项。${t.done < t.planned ? '未完成事项已列入下年度计划。' : ''}`,
    })),
    revenue: {
      total: { ...phases },
      bySource: [{ code: '1', name: '一般公共预算财政拨款收入', amounts: { ...phases } }],
    },
    expenditure: {
      total: { ...phases },
      byFunction: classes.map(([code, cname], i) => ({
        code,
        name: cname,
        amounts: { initialBudget: fi[i]!, adjustedBudget: fa[i]!, final: ff[i]! },
      })),
      byEconomic: [],
      byNature: {
        basic: { amounts: basic, personnel, publicExpense, byEconomic: econLines },
        project: { amounts: project },
      },
    },
    projects: projects.map((p, i) => ({ ...p, isKey: keyMarks[i]! })),
    threePublic: {
      total: {
        lastYearBudget: lastReception + lastVehicles,
        budget: tpBudget.reception + tpBudget.overseasTravel + tpBudget.vehicles,
        final: reception + vehicleOp,
      },
      reception: { lastYearBudget: lastReception, budget: tpBudget.reception, final: reception },
      overseasTravel: { lastYearBudget: 0, budget: 0, final: 0 },
      vehicles: { lastYearBudget: lastVehicles, budget: tpBudget.vehicles, final: vehicleOp },
    },
    budgetAdjustments,
    paymentProgress: { actualPercent: Math.round((finalTotal * 10_000) / adjusted) / 100, plannedPercent: 100, asOf: `${year}-12-31` },
    workTasks: {
      planned: plannedTasks,
      completed: doneTasks,
      completedOnTime: Math.max(0, doneTasks - int(r2, 0, 1)),
      qualityMet: Math.max(0, doneTasks - int(r2, 0, 1)),
    },
    keyTasks: { assigned: keyAssigned, completed: keyAssigned - int(r2, 0, 1) },
    satisfactionSurvey: { respondents: '服务对象', method: '问卷调查', validSamples: samples, satisfied: samples - int(r2, 0, Math.floor(samples / 10)) },
    carryOver: { beginning: 0, ending: 0 },
    procurement: { budget: procurementBudget, actual: procurementBudget - int(r, 0, 4) * 1_000_00 },
    fixedAssets: { totalOriginalValue: totalAssets, inUseOriginalValue: totalAssets - int(r, 0, 10) * 1_000_00, statedThreshold: 1000_00 },
    narrative: {
      management: '严格执行预算管理制度。',
      governmentFunds: '无',
      stateCapital: '无',
      socialInsurance: '无',
      problems: [
        { title: '绩效目标细化不够', detail: '部分绩效指标以定性描述为主，量化程度不高，不利于跟踪评价。', category: 'performance' },
      ],
      measures: [{ title: '细化量化绩效指标', detail: '编制下年度预算时按任务清单设置可衡量的数量、质量和时效指标。', category: 'performance' }],
      otherMatters: '无',
    },
    selfAssessment: { maxScore: 100, projectsEvaluated: projectCount },
  };
  return withOfficerScores(r, departmentYearSchema.parse(input));
}

/**
 * The officer's scores of a generated year: where the data computes a score the officer claims it (with the
 * arithmetic as basis); where it cannot (check points, qualitative bands) a judgement of 80–100 % of the weight.
 * Totals are the sums of their parts, grades follow, so a generated year is complete and consistent.
 */
function withOfficerScores(r: Random, dy: DepartmentYear): DepartmentYear {
  const report = evaluateAll(dy);
  const indicators: Record<string, OfficerScore> = {};
  for (const row of report.scoreSheet.department.rows) {
    const judged = Math.round(row.weight * (0.8 + r() * 0.2) * 2) / 2;
    // The officer enters scores to 2 decimals.
    const score = Math.round((row.computed ?? Math.min(row.weight, judged)) * 100) / 100;
    indicators[row.id] = {
      score,
      basis: row.computed !== null ? `按数据计算：${row.calculation ?? row.formula}` : '按评价要点逐项自评，佐证资料存档备查',
      ...(score < row.weight ? { deviationReason: '部分评价要点未完全达到，已列入整改' } : {}),
    };
  }
  const total = Object.values(indicators).reduce((t, c) => t + Math.round(c.score * 100), 0) / 100;
  const projects = dy.projects.map((p, i) => {
    const se = report.projects[i]!;
    const scored = p.indicators.map((ind, k) => {
      const computed = se.indicators[k]?.score ?? ind.weight ?? 0;
      const score = Math.round(computed * 100) / 100;
      return { ...ind, score, ...(score < (ind.weight ?? 0) ? { deviationReason: '实际完成值略低于年度指标值，下年度加强进度管理' } : {}) };
    });
    const selfScore = Math.round(((se.execution.score ?? 0) + scored.reduce((t, ind) => t + ind.score, 0)) * 100) / 100;
    return { ...p, indicators: scored, selfScore, selfGrade: gradeOf(selfScore) };
  });
  const reportDate = `${dy.fiscalYear + 1}-03-${String(20 + Math.floor(r() * 11)).padStart(2, '0')}`;
  return { ...dy, projects, selfAssessment: { ...dy.selfAssessment, score: total, grade: gradeOf(total), indicators, reportDate } };
}

const gradeOf = (score: number) => gradeFor(score, DEFAULT_DEPARTMENT_TEMPLATE.grades);

export function* generateDepartmentYears(options: GenerateOptions): Generator<DepartmentYear> {
  for (let i = 0; i < options.departments; i++) yield generateDepartmentYear(i, options);
}
