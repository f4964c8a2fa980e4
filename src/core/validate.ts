/**
 * Validation of a department-year: plain check functions `(dy, context) => Finding[]`, listed explicitly in
 * VALIDATIONS. Every finding names the data path of each figure, states both figures and the difference, and
 * writes the arithmetic out.
 *
 * Rounding tolerance: when the figures were transcribed rounded (settings.sourcePrecision, e.g. 万元 with 2
 * decimals), each rounded figure may be off by half a unit, so a total and the sum of its n parts may differ by
 * up to (n + 1) half-units without anything being wrong. Exact data (no sourcePrecision) gets no tolerance.
 */
import { CODE_TABLE_LABEL, type CodeTable, type CodeTables } from './codes.ts';
import {
  type DepartmentYear,
  PHASE_LABEL,
  PHASES,
  type PhasedAmount,
  THREE_PUBLIC_PHASE_LABEL,
  THREE_PUBLIC_PHASES,
  type ThreePublicItem,
} from './department-year.ts';
import { type Finding, finding } from './finding.ts';
import { formatExact, MONEY_UNITS, type MoneyUnit } from './money.ts';

export interface ValidationContext {
  readonly codes: CodeTables;
}

export type Check = (dy: DepartmentYear, ctx: ValidationContext) => Finding[];

/** One side of a comparison: a figure and where it lives. */
interface Figure {
  readonly label: string;
  readonly path: string;
  readonly value: number;
}

function unitOf(dy: DepartmentYear): MoneyUnit {
  return dy.settings.displayUnit;
}

function halfUnit(dy: DepartmentYear): number {
  const p = dy.settings.sourcePrecision;
  if (!p) return 0;
  const step = 10 ** (MONEY_UNITS[p.unit] - p.decimals);
  return step / 2;
}

function show(dy: DepartmentYear, value: number): string {
  return formatExact(value, unitOf(dy), false);
}

/**
 * Compare a stated total with the sum of its stated parts. Parts lacking the value are skipped by the caller
 * (a decomposition is only checked in a phase where every part is stated).
 */
function compareSum(
  dy: DepartmentYear,
  rule: string,
  subject: string,
  total: Figure,
  parts: readonly Figure[],
): Finding[] {
  if (parts.length === 0) return [];
  const sum = parts.reduce((acc, p) => acc + p.value, 0);
  const diff = total.value - sum;
  const tolerance = halfUnit(dy) * (parts.length + 1);
  if (Math.abs(diff) <= tolerance) return [];
  const unit = unitOf(dy);
  const calculation = `${parts.map((p) => show(dy, p.value)).join(' + ')} = ${show(dy, sum)} ≠ ${show(dy, total.value)}（差 ${show(dy, Math.abs(diff))}${unit}）`;
  let hint = '';
  const big = Math.max(total.value, sum);
  const small = Math.min(total.value, sum);
  if (small > 0) {
    for (const [factor, words] of [
      [10_000, '万元写成了元'],
      [100_000_000, '亿元写成了元'],
    ] as const) {
      if (Math.abs(big - small * factor) <= big / 100) hint = `；两者相差约${factor === 10_000 ? '一万' : '一亿'}倍，疑似单位错误（${words}）`;
    }
  }
  return [
    finding({
      rule,
      severity: 'error',
      message: `${subject}：${total.label}为${show(dy, total.value)}${unit}，各组成部分合计${show(dy, sum)}${unit}，相差${show(dy, Math.abs(diff))}${unit}${hint}`,
      evidence: [
        { path: total.path, value: total.value, quote: total.label },
        ...parts.map((p) => ({ path: p.path, value: p.value, quote: p.label })),
      ],
      calculation,
      difference: diff,
    }),
  ];
}

/** For each phase in which the total and every part are stated, compare them. */
function comparePhased(
  dy: DepartmentYear,
  subject: string,
  total: { label: string; path: string; amounts: PhasedAmount | undefined },
  parts: readonly { label: string; path: string; amounts: PhasedAmount }[],
): Finding[] {
  const out: Finding[] = [];
  if (!total.amounts || parts.length === 0) return out;
  for (const phase of PHASES) {
    const t = total.amounts[phase];
    if (t === undefined) continue;
    if (parts.some((p) => p.amounts[phase] === undefined)) continue;
    out.push(
      ...compareSum(
        dy,
        'sum-mismatch',
        `${subject}（${PHASE_LABEL[phase]}）`,
        { label: total.label, path: `${total.path}.${phase}`, value: t },
        parts.map((p) => ({ label: p.label, path: `${p.path}.${phase}`, value: p.amounts[phase]! })),
      ),
    );
  }
  return out;
}

function linesAsParts(lines: readonly { name: string; amounts: PhasedAmount }[], basePath: string) {
  return lines.map((l, i) => ({ label: l.name, path: `${basePath}[${i}].amounts`, amounts: l.amounts }));
}

function basicPlusProject(dy: DepartmentYear): PhasedAmount {
  const { basic, project } = dy.expenditure.byNature;
  const out: Record<string, number> = {};
  for (const phase of PHASES) {
    const b = basic.amounts[phase];
    const p = project.amounts[phase];
    if (b !== undefined && p !== undefined) out[phase] = b + p;
  }
  return out as PhasedAmount;
}

/** Revenue total = its sources. */
export const checkRevenue: Check = (dy) =>
  comparePhased(
    dy,
    '收入按来源分',
    { label: '收入合计', path: 'revenue.total', amounts: dy.revenue.total },
    linesAsParts(dy.revenue.bySource, 'revenue.bySource'),
  );

/**
 * Expenditure decompositions against the expenditure total. Where no expenditure total is stated, basic +
 * project serves as the total (the 决算 tables' 支出合计 is exactly that).
 */
export const checkExpenditure: Check = (dy) => {
  const { expenditure } = dy;
  const stated = expenditure.total !== undefined;
  const total = stated
    ? { label: '支出合计', path: 'expenditure.total', amounts: expenditure.total }
    : { label: '基本支出与项目支出合计', path: 'expenditure.byNature', amounts: basicPlusProject(dy) };
  const out: Finding[] = [];
  out.push(
    ...comparePhased(dy, '支出按功能分类分', total, linesAsParts(expenditure.byFunction, 'expenditure.byFunction')),
  );
  out.push(
    ...comparePhased(dy, '支出按经济分类分', total, linesAsParts(expenditure.byEconomic, 'expenditure.byEconomic')),
  );
  if (stated) {
    out.push(
      ...comparePhased(dy, '支出按性质分', total, [
        { label: '基本支出', path: 'expenditure.byNature.basic.amounts', amounts: expenditure.byNature.basic.amounts },
        { label: '项目支出', path: 'expenditure.byNature.project.amounts', amounts: expenditure.byNature.project.amounts },
      ]),
    );
  }
  const basic = expenditure.byNature.basic;
  out.push(
    ...comparePhased(
      dy,
      '基本支出按经济分类分',
      { label: '基本支出', path: 'expenditure.byNature.basic.amounts', amounts: basic.amounts },
      linesAsParts(basic.byEconomic, 'expenditure.byNature.basic.byEconomic'),
    ),
  );
  if (basic.personnel && basic.publicExpense) {
    out.push(
      ...comparePhased(dy, '基本支出按人员经费和公用经费分', { label: '基本支出', path: 'expenditure.byNature.basic.amounts', amounts: basic.amounts }, [
        { label: '人员经费', path: 'expenditure.byNature.basic.personnel', amounts: basic.personnel },
        { label: '公用经费', path: 'expenditure.byNature.basic.publicExpense', amounts: basic.publicExpense },
      ]),
    );
  }
  if (dy.projects.length > 0) {
    out.push(
      ...comparePhased(
        dy,
        '项目支出按项目分',
        { label: '项目支出', path: 'expenditure.byNature.project.amounts', amounts: expenditure.byNature.project.amounts },
        linesAsParts(dy.projects, 'projects'),
      ),
    );
  }
  return out;
};

/**
 * Revenue and expenditure balance: 年初结转结余 + 收入 = 支出 + 年末结转结余. Carry-over that is not stated is taken
 * as zero, so the finding is a warning and says so.
 */
export const checkBalance: Check = (dy) => {
  const revenue = dy.revenue.total;
  const spent = dy.expenditure.total ?? basicPlusProject(dy);
  if (!revenue) return [];
  const out: Finding[] = [];
  const beginning = dy.carryOver.beginning ?? 0;
  const ending = dy.carryOver.ending ?? 0;
  const carryStated = dy.carryOver.beginning !== undefined || dy.carryOver.ending !== undefined;
  for (const phase of PHASES) {
    const r = revenue[phase];
    const e = spent[phase];
    if (r === undefined || e === undefined) continue;
    const useCarry = phase === 'final';
    const left = r + (useCarry ? beginning : 0);
    const right = e + (useCarry ? ending : 0);
    const diff = left - right;
    if (Math.abs(diff) <= halfUnit(dy) * 4) continue;
    out.push(
      finding({
        rule: 'revenue-expenditure-balance',
        severity: 'warning',
        message: `收支不平衡（${PHASE_LABEL[phase]}）：收入${show(dy, r)}${unitOf(dy)}，支出${show(dy, e)}${unitOf(dy)}${useCarry && !carryStated ? '（未填写结转结余，按0计）' : ''}`,
        evidence: [
          { path: `revenue.total.${phase}`, value: r },
          { path: dy.expenditure.total ? `expenditure.total.${phase}` : 'expenditure.byNature', value: e },
        ],
        calculation: useCarry
          ? `${show(dy, beginning)} + ${show(dy, r)} ≠ ${show(dy, e)} + ${show(dy, ending)}`
          : `${show(dy, r)} ≠ ${show(dy, e)}`,
        difference: diff,
      }),
    );
  }
  return out;
};

const THREE_PUBLIC_LABEL = {
  total: '“三公”经费合计',
  reception: '公务接待费',
  overseasTravel: '因公出国（境）费',
  vehicles: '公务用车购置及运行维护费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
} as const;

function compareThreePublic(
  dy: DepartmentYear,
  subject: string,
  total: { key: keyof typeof THREE_PUBLIC_LABEL; item: ThreePublicItem },
  parts: { key: keyof typeof THREE_PUBLIC_LABEL; item: ThreePublicItem }[],
): Finding[] {
  const out: Finding[] = [];
  for (const phase of THREE_PUBLIC_PHASES) {
    const t = total.item[phase];
    if (t === undefined || parts.some((p) => p.item[phase] === undefined)) continue;
    out.push(
      ...compareSum(
        dy,
        'sum-mismatch',
        `${subject}（${THREE_PUBLIC_PHASE_LABEL[phase]}）`,
        { label: THREE_PUBLIC_LABEL[total.key], path: `threePublic.${total.key}.${phase}`, value: t },
        parts.map((p) => ({
          label: THREE_PUBLIC_LABEL[p.key],
          path: `threePublic.${p.key}.${phase}`,
          value: p.item[phase]!,
        })),
      ),
    );
  }
  return out;
}

/** "三公" = its three parts; vehicles = purchase + operation. */
export const checkThreePublic: Check = (dy) => {
  const tp = dy.threePublic;
  const out = compareThreePublic(dy, '“三公”经费', { key: 'total', item: tp.total }, [
    { key: 'reception', item: tp.reception },
    { key: 'overseasTravel', item: tp.overseasTravel },
    { key: 'vehicles', item: tp.vehicles },
  ]);
  if (tp.vehiclePurchase && tp.vehicleOperation) {
    out.push(
      ...compareThreePublic(dy, '公务用车费用', { key: 'vehicles', item: tp.vehicles }, [
        { key: 'vehiclePurchase', item: tp.vehiclePurchase },
        { key: 'vehicleOperation', item: tp.vehicleOperation },
      ]),
    );
  }
  return out;
};

/** Head counts: establishment by type = total; listed internal units = stated count; one head count everywhere. */
export const checkCounts: Check = (dy) => {
  const out: Finding[] = [];
  const { staffing, department } = dy;
  if (staffing.establishmentTotal !== undefined && staffing.establishment.length > 0) {
    const sum = staffing.establishment.reduce((a, e) => a + e.count, 0);
    if (sum !== staffing.establishmentTotal) {
      out.push(
        finding({
          rule: 'count-mismatch',
          severity: 'error',
          message: `编制人数：合计${staffing.establishmentTotal}人，分类合计${sum}人，相差${Math.abs(sum - staffing.establishmentTotal)}人`,
          evidence: [
            { path: 'staffing.establishmentTotal', value: staffing.establishmentTotal },
            ...staffing.establishment.map((e, i) => ({ path: `staffing.establishment[${i}].count`, value: e.count, quote: e.label })),
          ],
          calculation: `${staffing.establishment.map((e) => e.count).join(' + ')} = ${sum} ≠ ${staffing.establishmentTotal}`,
          difference: staffing.establishmentTotal - sum,
        }),
      );
    }
  }
  if (department.statedInternalUnitCount !== undefined && department.internalUnits.length > 0) {
    const n = department.internalUnits.length;
    if (n !== department.statedInternalUnitCount) {
      out.push(
        finding({
          rule: 'count-mismatch',
          severity: 'error',
          message: `内设机构：称有${department.statedInternalUnitCount}个，列出${n}个`,
          evidence: [
            { path: 'department.statedInternalUnitCount', value: department.statedInternalUnitCount },
            { path: 'department.internalUnits', value: n },
          ],
          calculation: `${n} ≠ ${department.statedInternalUnitCount}`,
          difference: department.statedInternalUnitCount - n,
        }),
      );
    }
  }
  const inPost = staffing.inPost;
  if (inPost !== undefined) {
    staffing.otherStatedCounts.forEach((c, i) => {
      if (c.count !== inPost) {
        out.push(
          finding({
            rule: 'staff-count-mismatch',
            severity: 'warning',
            message: `人数前后不一致：年末在职人员${staffing.inPost}人，“${c.label}”为${c.count}人`,
            evidence: [
              { path: 'staffing.inPost', value: staffing.inPost },
              { path: `staffing.otherStatedCounts[${i}].count`, value: c.count, quote: c.label },
            ],
            calculation: `${c.count} ≠ ${inPost}`,
            difference: c.count - inPost,
          }),
        );
      }
    });
  }
  const evaluated = dy.selfAssessment.projectsEvaluated;
  if (evaluated !== undefined && dy.projects.length > 0 && evaluated !== dy.projects.length) {
    out.push(
      finding({
        rule: 'count-mismatch',
        severity: 'warning',
        message: `自评项目数：称自评${evaluated}个项目，项目清单有${dy.projects.length}个`,
        evidence: [
          { path: 'selfAssessment.projectsEvaluated', value: evaluated },
          { path: 'projects', value: dy.projects.length },
        ],
        calculation: `${evaluated} ≠ ${dy.projects.length}`,
        difference: evaluated - dy.projects.length,
      }),
    );
  }
  return out;
};

/**
 * 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助, 公用经费 = 302 商品和服务支出 + 310 资本性支出 (+ 399 其他支出
 * where the unit books running costs there), each against the basic expenditure's own economic classes (the
 * 类 level: a 款 under its 类 is part of it, not a second line to add).
 */
export const checkPersonnelAndPublicExpense: Check = (dy) => {
  const basic = dy.expenditure.byNature.basic;
  const lines = basic.byEconomic
    .map((l, i) => ({ ...l, i }))
    .filter((l): l is typeof l & { code: string } => l.code !== undefined && /^\d{3}$/.test(l.code));
  if (lines.length === 0) return [];
  const pick = (codes: readonly string[]) => lines.filter((l) => codes.includes(l.code));
  const out: Finding[] = [];
  const check = (subject: string, path: string, amounts: PhasedAmount | undefined, codes: readonly string[], optional: readonly string[]) => {
    if (!amounts) return;
    const base = pick(codes);
    if (base.length === 0) return;
    for (const phase of PHASES) {
      const total = amounts[phase];
      if (total === undefined || base.some((l) => l.amounts[phase] === undefined)) continue;
      const parts = base.map((l) => ({ label: `${l.code} ${l.name}`, path: `expenditure.byNature.basic.byEconomic[${l.i}].amounts.${phase}`, value: l.amounts[phase]! }));
      const found = compareSum(dy, 'sum-mismatch', `${subject}（${PHASE_LABEL[phase]}）= ${codes.join(' + ')}`, { label: subject, path: `${path}.${phase}`, value: total }, parts);
      if (found.length === 0) continue;
      // 399 其他支出 belongs to 公用经费 where the unit books running costs there: accept the sum with it.
      const extra = pick(optional).filter((l) => l.amounts[phase] !== undefined);
      const withExtra = [...parts, ...extra.map((l) => ({ label: `${l.code} ${l.name}`, path: `expenditure.byNature.basic.byEconomic[${l.i}].amounts.${phase}`, value: l.amounts[phase]! }))];
      if (extra.length > 0 && compareSum(dy, 'sum-mismatch', subject, { label: subject, path: `${path}.${phase}`, value: total }, withExtra).length === 0) continue;
      out.push(...found);
    }
  };
  check('人员经费', 'expenditure.byNature.basic.personnel', basic.personnel, ['301', '303'], []);
  check('公用经费', 'expenditure.byNature.basic.publicExpense', basic.publicExpense, ['302', '310'], ['399']);
  return out;
};

/**
 * A stated total (自评得分) and the officer's indicator scores are two statements of one figure: the total is
 * printed as stated, and a disagreement with its parts is an error to resolve, never silently replaced.
 */
export const checkSelfScores: Check = (dy) => {
  const stated = dy.selfAssessment.score;
  const parts = Object.entries(dy.selfAssessment.indicators ?? {});
  const out: Finding[] = [];
  if (stated !== undefined && stated > dy.selfAssessment.maxScore) {
    out.push(
      finding({
        rule: 'total-above-maximum',
        severity: 'error',
        message: `自评得分${stated}分超过满分${dy.selfAssessment.maxScore}分`,
        evidence: [{ path: 'selfAssessment.score', value: stated }],
        calculation: `${stated} > ${dy.selfAssessment.maxScore}`,
      }),
    );
  }
  if (stated === undefined || parts.length === 0) return out;
  // Scores are entered to 2 decimals: the sum of n of them is exact to the hundredth (integer arithmetic).
  const sumHundredths = parts.reduce((t, [, c]) => t + Math.round(c.score * 100), 0);
  const statedHundredths = Math.round(stated * 100);
  if (sumHundredths !== statedHundredths) {
    out.push(
      finding({
        rule: 'stated-total-mismatch',
        severity: 'error',
        message: `自评得分${stated}分与${parts.length}项指标的自评得分之和${sumHundredths / 100}分不一致`,
        evidence: [
          { path: 'selfAssessment.score', value: stated },
          { path: 'selfAssessment.indicators', value: sumHundredths / 100 },
        ],
        calculation: `${parts.map(([, c]) => c.score).join(' + ')} = ${sumHundredths / 100} ≠ ${stated}`,
        difference: (statedHundredths - sumHundredths) / 100,
      }),
    );
  }
  return out;
};

/** Goals set (绩效目标) and goals evaluated (评价指标分析) should be the same list. */
export const checkGoals: Check = (dy) => {
  if (dy.goals.length === 0 || dy.goalEvaluations.length === 0) return [];
  if (dy.goals.length === dy.goalEvaluations.length) return [];
  return [
    finding({
      rule: 'goal-mismatch',
      severity: 'warning',
      message: `设定绩效目标${dy.goals.length}个，评价指标分析中评价了${dy.goalEvaluations.length}个目标，两者不一致`,
      evidence: [
        { path: 'goals', value: dy.goals.length },
        { path: 'goalEvaluations', value: dy.goalEvaluations.length },
      ],
      calculation: `${dy.goals.length} ≠ ${dy.goalEvaluations.length}`,
      difference: dy.goalEvaluations.length - dy.goals.length,
    }),
  ];
};

/** A part that cannot exceed its whole: one count of the 53号 performance inputs against another. */
interface CountPair {
  readonly subject: string;
  readonly part: { readonly label: string; readonly path: string; readonly value: number | undefined };
  readonly whole: { readonly label: string; readonly path: string; readonly value: number | undefined };
}

/**
 * The counts behind the 53号 performance indicators, as a finance bureau checks them: completed ≤ planned,
 * on time and to standard ≤ completed (or planned when completed is not stated), 办结 ≤ 交办, 满意 ≤ 有效样本;
 * the key projects' 年初预算 within the project total; the 支付进度 measured within the year. Each finding
 * names both fields.
 */
export const checkPerformanceInputs: Check = (dy) => {
  const out: Finding[] = [];
  const w = dy.workTasks;
  const k = dy.keyTasks;
  const s = dy.satisfactionSurvey;
  const planned = { label: '计划工作数', path: 'workTasks.planned', value: w?.planned };
  const completed = { label: '实际完成工作数', path: 'workTasks.completed', value: w?.completed };
  const base = completed.value !== undefined ? completed : planned;
  const pairs: CountPair[] = [
    { subject: '工作任务', part: completed, whole: planned },
    { subject: '工作任务', part: { label: '及时完成工作数', path: 'workTasks.completedOnTime', value: w?.completedOnTime }, whole: base },
    { subject: '工作任务', part: { label: '质量达标工作数', path: 'workTasks.qualityMet', value: w?.qualityMet }, whole: base },
    {
      subject: '重点工作',
      part: { label: '实际完成数', path: 'keyTasks.completed', value: k?.completed },
      whole: { label: '交办或下达数', path: 'keyTasks.assigned', value: k?.assigned },
    },
    {
      subject: '满意度调查',
      part: { label: '满意样本数', path: 'satisfactionSurvey.satisfied', value: s?.satisfied },
      whole: { label: '有效样本数', path: 'satisfactionSurvey.validSamples', value: s?.validSamples },
    },
  ];
  for (const { subject, part, whole } of pairs) {
    if (part.value === undefined || whole.value === undefined || part.value <= whole.value) continue;
    out.push(
      finding({
        rule: 'part-exceeds-whole',
        severity: 'error',
        message: `${subject}：${part.label}${part.value}超过${whole.label}${whole.value}`,
        evidence: [
          { path: part.path, value: part.value, quote: part.label },
          { path: whole.path, value: whole.value, quote: whole.label },
        ],
        calculation: `${part.value} > ${whole.value}`,
        difference: part.value - whole.value,
      }),
    );
  }
  const projectTotal = dy.expenditure.byNature.project.amounts.initialBudget;
  const key = dy.projects.map((p, i) => ({ p, i })).filter(({ p }) => p.isKey === true && p.amounts.initialBudget !== undefined);
  const keySum = key.reduce((t, { p }) => t + p.amounts.initialBudget!, 0);
  if (projectTotal !== undefined && key.length > 0 && keySum > projectTotal + halfUnit(dy) * (key.length + 1)) {
    out.push(
      finding({
        rule: 'part-exceeds-whole',
        severity: 'error',
        message: `重点项目年初预算数合计${show(dy, keySum)}${unitOf(dy)}超过项目支出年初预算数${show(dy, projectTotal)}${unitOf(dy)}`,
        evidence: [
          ...key.map(({ p, i }) => ({ path: `projects[${i}].amounts.initialBudget`, value: p.amounts.initialBudget, quote: p.name })),
          { path: 'expenditure.byNature.project.amounts.initialBudget', value: projectTotal, quote: '项目支出' },
        ],
        calculation: `${key.map(({ p }) => show(dy, p.amounts.initialBudget!)).join(' + ')} = ${show(dy, keySum)} > ${show(dy, projectTotal)}`,
        difference: keySum - projectTotal,
      }),
    );
  }
  const asOf = dy.paymentProgress?.asOf;
  if (asOf !== undefined && Number(asOf.slice(0, 4)) !== dy.fiscalYear) {
    out.push(
      finding({
        rule: 'date-outside-year',
        severity: 'warning',
        message: `支付进度的统计时点${asOf}不在${dy.fiscalYear}年度内`,
        evidence: [{ path: 'paymentProgress.asOf', quote: asOf }],
      }),
    );
  }
  return out;
};

/**
 * 「其中」 among indicators: the parts of one total (partOf names it, in the same list) may not add up to more
 * than it, and a part must name an indicator that exists. Checked where every part and the total have a numeric
 * 实际完成值 in one unit. Parts that add up to less are only noted: a 其中 need not list every part.
 */
export const checkIndicatorParts: Check = (dy) => {
  const out: Finding[] = [];
  const lists = [
    ...dy.goals.map((g, i) => ({ path: `goals[${i}].indicators`, list: g.indicators })),
    ...dy.projects.map((p, i) => ({ path: `projects[${i}].indicators`, list: p.indicators })),
  ];
  for (const { path, list } of lists) {
    const byTotal = new Map<string, number[]>();
    list.forEach((ind, i) => {
      if (ind.partOf !== undefined) byTotal.set(ind.partOf, [...(byTotal.get(ind.partOf) ?? []), i]);
    });
    for (const [name, parts] of byTotal) {
      const t = list.findIndex((ind) => ind.name === name);
      if (t < 0) {
        out.push(
          finding({
            rule: 'part-of-unknown',
            severity: 'error',
            message: `指标“${list[parts[0]!]!.name}”所属的“${name}”在同一目标的指标中不存在`,
            evidence: parts.map((i) => ({ path: `${path}[${i}].partOf`, quote: name })),
          }),
        );
        continue;
      }
      const total = list[t]!;
      const figures = parts.map((i) => ({ i, ind: list[i]! }));
      if (typeof total.actual !== 'number' || figures.some(({ ind }) => typeof ind.actual !== 'number' || (ind.unit ?? '') !== (total.unit ?? ''))) continue;
      const sum = figures.reduce((acc, { ind }) => acc + (ind.actual as number), 0);
      const diff = Math.round((sum - total.actual) * 1e6) / 1e6;
      if (diff === 0) continue;
      const unit = total.unit ?? '';
      out.push(
        finding({
          rule: diff > 0 ? 'part-exceeds-whole' : 'parts-below-whole',
          severity: diff > 0 ? 'error' : 'info',
          message:
            diff > 0
              ? `“${total.name}”为${total.actual}${unit}，其中各项合计${sum}${unit}，超出${diff}${unit}`
              : `“${total.name}”为${total.actual}${unit}，所列其中各项合计${sum}${unit}，少${-diff}${unit}（如其中各项应涵盖全部，请核对）`,
          evidence: [
            { path: `${path}[${t}].actual`, value: total.actual, quote: total.name },
            ...figures.map(({ i, ind }) => ({ path: `${path}[${i}].actual`, value: ind.actual as number, quote: ind.name })),
          ],
          calculation: `${figures.map(({ ind }) => ind.actual).join(' + ')} = ${sum} ${diff > 0 ? '>' : '<'} ${total.actual}`,
          difference: diff,
        }),
      );
    }
  }
  return out;
};

/**
 * The budget adjustments listed against the budget they changed: 追加 − 追减 (结构调整 moves money within the
 * budget) should explain 全年预算数 − 年初预算数 of the expenditure. A gap is a warning: an adjustment is missing
 * from the list, or the 全年预算数 holds something else (上年结转) to be explained.
 */
export const checkBudgetAdjustments: Check = (dy) => {
  const list = dy.budgetAdjustments;
  if (list === undefined) return [];
  const total = dy.expenditure.total;
  const fromTotal = total?.initialBudget !== undefined && total.adjustedBudget !== undefined;
  const amounts = fromTotal ? total : basicPlusProject(dy);
  const initial = amounts?.initialBudget;
  const adjusted = amounts?.adjustedBudget;
  if (initial === undefined || adjusted === undefined) return [];
  const at = (phase: 'initialBudget' | 'adjustedBudget', value: number) =>
    fromTotal
      ? [{ path: `expenditure.total.${phase}`, value }]
      : (['basic', 'project'] as const).map((k) => ({ path: `expenditure.byNature.${k}.amounts.${phase}`, value: dy.expenditure.byNature[k].amounts[phase]! }));
  const up = list.filter((a) => a.kind === 'increase').reduce((t, a) => t + a.amount, 0);
  const down = list.filter((a) => a.kind === 'decrease').reduce((t, a) => t + a.amount, 0);
  const net = up - down;
  const change = adjusted - initial;
  const gap = net - change;
  if (Math.abs(gap) <= halfUnit(dy) * (list.length + 2)) return [];
  const unit = unitOf(dy);
  return [
    finding({
      rule: 'adjustments-mismatch',
      severity: 'warning',
      message:
        list.length === 0
          ? `已填“本年无预算调整”，但支出全年预算数${show(dy, adjusted)}${unit}与年初预算数${show(dy, initial)}${unit}相差${show(dy, Math.abs(change))}${unit}`
          : `预算调整明细：追加${show(dy, up)}${unit}、追减${show(dy, down)}${unit}，净额${show(dy, net)}${unit}，与支出全年预算数减年初预算数的${show(dy, change)}${unit}相差${show(dy, Math.abs(gap))}${unit}（漏列调整事项，或全年预算数含上年结转等，请核对）`,
      evidence: [{ path: 'budgetAdjustments', value: net }, ...at('adjustedBudget', adjusted), ...at('initialBudget', initial)],
      calculation: `${show(dy, up)} − ${show(dy, down)} = ${show(dy, net)} ≠ ${show(dy, adjusted)} − ${show(dy, initial)} = ${show(dy, change)}`,
      difference: gap,
    }),
  ];
};

/** Every amount in the model with its path, for checks that look at all of them. */
export function* allAmounts(dy: DepartmentYear): Generator<{ path: string; value: number; phase?: string }> {
  function* phased(path: string, a: PhasedAmount | undefined) {
    if (!a) return;
    for (const phase of PHASES) {
      const v = a[phase];
      if (v !== undefined) yield { path: `${path}.${phase}`, value: v, phase };
    }
  }
  yield* phased('revenue.total', dy.revenue.total);
  for (const [i, l] of dy.revenue.bySource.entries()) yield* phased(`revenue.bySource[${i}].amounts`, l.amounts);
  yield* phased('expenditure.total', dy.expenditure.total);
  for (const [i, l] of dy.expenditure.byFunction.entries()) yield* phased(`expenditure.byFunction[${i}].amounts`, l.amounts);
  for (const [i, l] of dy.expenditure.byEconomic.entries()) yield* phased(`expenditure.byEconomic[${i}].amounts`, l.amounts);
  const basic = dy.expenditure.byNature.basic;
  yield* phased('expenditure.byNature.basic.amounts', basic.amounts);
  yield* phased('expenditure.byNature.basic.personnel', basic.personnel);
  yield* phased('expenditure.byNature.basic.publicExpense', basic.publicExpense);
  for (const [i, l] of basic.byEconomic.entries()) yield* phased(`expenditure.byNature.basic.byEconomic[${i}].amounts`, l.amounts);
  yield* phased('expenditure.byNature.project.amounts', dy.expenditure.byNature.project.amounts);
  for (const [i, p] of dy.projects.entries()) {
    yield* phased(`projects[${i}].amounts`, p.amounts);
    for (const [j, s] of p.fundSources.entries()) yield { path: `projects[${i}].fundSources[${j}].amount`, value: s.amount };
  }
  for (const [key, item] of Object.entries(dy.threePublic)) {
    if (!item) continue;
    for (const phase of THREE_PUBLIC_PHASES) {
      const v = item[phase];
      if (v !== undefined) yield { path: `threePublic.${key}.${phase}`, value: v };
    }
  }
  for (const [group, obj] of [
    ['procurement', dy.procurement],
    ['carryOver', dy.carryOver],
    ['fixedAssets', dy.fixedAssets],
  ] as const) {
    for (const [key, v] of Object.entries(obj)) {
      if (typeof v === 'number') yield { path: `${group}.${key}`, value: v };
    }
  }
}

/** No amount is negative (the schema refuses them on input; this guards objects built in code). */
export const checkNonNegative: Check = (dy) => {
  const out: Finding[] = [];
  for (const a of allAmounts(dy)) {
    if (a.value < 0) {
      out.push(
        finding({
          rule: 'negative-amount',
          severity: 'error',
          message: `金额不能为负数：${show(dy, a.value)}${unitOf(dy)}`,
          evidence: [{ path: a.path, value: a.value }],
        }),
      );
    }
  }
  return out;
};

/** 决算 above 全年预算 on any line is flagged for the reviewer; "三公" final above its budget likewise. */
export const checkOverBudget: Check = (dy) => {
  const out: Finding[] = [];
  const lines: { label: string; path: string; amounts: PhasedAmount | undefined }[] = [
    { label: '收入合计', path: 'revenue.total', amounts: dy.revenue.total },
    { label: '支出合计', path: 'expenditure.total', amounts: dy.expenditure.total },
    { label: '基本支出', path: 'expenditure.byNature.basic.amounts', amounts: dy.expenditure.byNature.basic.amounts },
    { label: '项目支出', path: 'expenditure.byNature.project.amounts', amounts: dy.expenditure.byNature.project.amounts },
    ...dy.expenditure.byFunction.map((l, i) => ({ label: l.name, path: `expenditure.byFunction[${i}].amounts`, amounts: l.amounts })),
    ...dy.projects.map((p, i) => ({ label: p.name, path: `projects[${i}].amounts`, amounts: p.amounts })),
  ];
  // 上年结转 can be spent on top of the year's budget: the department's totals are over budget only beyond it.
  const carried = dy.carryOver.beginning;
  const withCarryOver = new Set(['expenditure.total', 'expenditure.byNature.project.amounts']);
  for (const l of lines) {
    const budget = l.amounts?.adjustedBudget;
    const spent = l.amounts?.final;
    if (budget === undefined || spent === undefined || spent <= budget) continue;
    const plus = withCarryOver.has(l.path) && carried !== undefined && carried > 0 ? carried : 0;
    if (spent <= budget + plus) continue;
    out.push(
      finding({
        rule: 'over-budget',
        severity: 'warning',
        message: `${l.label}：决算数${show(dy, spent)}${unitOf(dy)}超过全年预算数${show(dy, budget)}${unitOf(dy)}${plus > 0 ? `与上年结转${show(dy, plus)}${unitOf(dy)}之和` : ''}`,
        evidence: [
          { path: `${l.path}.final`, value: spent },
          { path: `${l.path}.adjustedBudget`, value: budget },
          ...(plus > 0 ? [{ path: 'carryOver.beginning', value: plus }] : []),
        ],
        calculation: plus > 0 ? `${show(dy, spent)} > ${show(dy, budget)} + ${show(dy, plus)}` : `${show(dy, spent)} > ${show(dy, budget)}`,
        difference: spent - budget - plus,
      }),
    );
  }
  for (const [key, item] of Object.entries(dy.threePublic)) {
    if (!item || item.budget === undefined || item.final === undefined || item.final <= item.budget) continue;
    const label = THREE_PUBLIC_LABEL[key as keyof typeof THREE_PUBLIC_LABEL];
    out.push(
      finding({
        rule: 'over-budget',
        severity: 'warning',
        message: `${label}：决算数${show(dy, item.final)}${unitOf(dy)}超过预算数${show(dy, item.budget)}${unitOf(dy)}`,
        evidence: [
          { path: `threePublic.${key}.final`, value: item.final },
          { path: `threePublic.${key}.budget`, value: item.budget },
        ],
        calculation: `${show(dy, item.final)} > ${show(dy, item.budget)}`,
        difference: item.final - item.budget,
      }),
    );
  }
  return out;
};

function checkCodesIn(
  fiscalYear: number,
  table: CodeTable | undefined,
  lines: readonly { code?: string; name: string }[],
  basePath: string,
  /** The line's name is the classification's name (false for projects, whose name is their own). */
  namesAreCodeNames = true,
  codeField = 'code',
): Finding[] {
  if (!table) return [];
  const out: Finding[] = [];
  lines.forEach((l, i) => {
    if (!l.code) return;
    const entry = table.entries.get(l.code);
    const path = `${basePath}[${i}].${codeField}`;
    if (!entry) {
      out.push(
        finding({
          rule: 'unknown-code',
          // Only the table of the data's own year can say a code does not exist; another year's is a hint.
          severity: table.year === fiscalYear ? 'warning' : 'info',
          message: `代码${l.code}（${l.name}）不在${table.year}年${CODE_TABLE_LABEL[table.kind]}中${
            table.year === fiscalYear
              ? table.complete
                ? ''
                : '（该代码表不完整，可导入完整的官方代码表）'
              : `（未收录${fiscalYear}年的代码表，按${table.year}年表核对，仅供参考；可导入${fiscalYear}年的官方代码表）`
          }`,
          evidence: [{ path, quote: `${l.code} ${l.name}` }],
        }),
      );
    } else if (namesAreCodeNames && entry.name !== l.name) {
      out.push(
        finding({
          rule: 'code-name-mismatch',
          severity: 'info',
          message: `代码${l.code}在代码表中名为“${entry.name}”，此处写作“${l.name}”`,
          evidence: [{ path, quote: `${l.code} ${l.name}` }],
        }),
      );
    }
  });
  return out;
}

/** Codes known for the year's tables. A code missing from a table is a finding (warning from the own year's table, else info), never a refusal. */
export const checkCodes: Check = (dy, ctx) => [
  ...checkCodesIn(dy.fiscalYear, ctx.codes.revenueSource, dy.revenue.bySource, 'revenue.bySource'),
  ...checkCodesIn(dy.fiscalYear, ctx.codes.function, dy.expenditure.byFunction, 'expenditure.byFunction'),
  ...checkCodesIn(dy.fiscalYear, ctx.codes.economic, dy.expenditure.byEconomic, 'expenditure.byEconomic'),
  ...checkCodesIn(dy.fiscalYear, ctx.codes.economic, dy.expenditure.byNature.basic.byEconomic, 'expenditure.byNature.basic.byEconomic'),
  ...checkCodesIn(
    dy.fiscalYear,
    ctx.codes.function,
    dy.projects.map((p) => ({ code: p.functionCode, name: p.name })),
    'projects',
    false,
    'functionCode',
  ),
];

/** The checks, in the order they run. Listed, not discovered. */
export const VALIDATIONS: readonly { id: string; check: Check }[] = [
  { id: 'non-negative', check: checkNonNegative },
  { id: 'revenue', check: checkRevenue },
  { id: 'expenditure', check: checkExpenditure },
  { id: 'balance', check: checkBalance },
  { id: 'three-public', check: checkThreePublic },
  { id: 'counts', check: checkCounts },
  { id: 'goals', check: checkGoals },
  { id: 'performance-inputs', check: checkPerformanceInputs },
  { id: 'indicator-parts', check: checkIndicatorParts },
  { id: 'budget-adjustments', check: checkBudgetAdjustments },
  { id: 'self-scores', check: checkSelfScores },
  { id: 'personnel-public', check: checkPersonnelAndPublicExpense },
  { id: 'over-budget', check: checkOverBudget },
  { id: 'codes', check: checkCodes },
];

export function validate(dy: DepartmentYear, ctx: ValidationContext = { codes: {} }): Finding[] {
  const all = VALIDATIONS.flatMap((v) => v.check(dy, ctx));
  // A budget already reported as a unit slip (28元 for 28万元) is not reported again as exceeded.
  const slipped = new Set(
    all.filter((f) => f.rule === 'sum-mismatch' && f.message.includes('疑似单位错误')).map((f) => f.evidence[0]?.path),
  );
  return all.filter((f) => f.rule !== 'over-budget' || !f.evidence.some((e) => e.path !== undefined && slipped.has(e.path)));
}

/** Every coded line of the department-year with its path and classification, for impossibleCodes(). */
export function codedLines(dy: DepartmentYear): { path: string; code: string | undefined; kind: 'function' | 'economic' | 'revenue-source' }[] {
  return [
    ...dy.revenue.bySource.map((l, i) => ({ path: `revenue.bySource[${i}].code`, code: l.code, kind: 'revenue-source' as const })),
    ...dy.expenditure.byFunction.map((l, i) => ({ path: `expenditure.byFunction[${i}].code`, code: l.code, kind: 'function' as const })),
    ...dy.expenditure.byEconomic.map((l, i) => ({ path: `expenditure.byEconomic[${i}].code`, code: l.code, kind: 'economic' as const })),
    ...dy.expenditure.byNature.basic.byEconomic.map((l, i) => ({
      path: `expenditure.byNature.basic.byEconomic[${i}].code`,
      code: l.code,
      kind: 'economic' as const,
    })),
    ...dy.projects.map((p, i) => ({ path: `projects[${i}].functionCode`, code: p.functionCode, kind: 'function' as const })),
  ];
}
