/**
 * The department-year (部门年度数据): everything one department publishes about one fiscal year. This file is
 * the model's single definition — the zod schema parses input (a JSON file, an API body) and the TypeScript
 * types are inferred from it. Amounts are Fen (integer 分); input may give them as integer 分 or as a string
 * with a unit ("695.83万元"), which is parsed here, at the edge.
 */
import { z } from 'zod';
import { type Fen, MoneyError, parseFen } from './money.ts';

/** An amount: integer 分, or a string such as "1668.7万元" / "26.34元". Never negative. */
export const amountSchema = z
  .union([z.number(), z.string()], { error: '金额应为整数分或带单位的字符串 / amount must be integer fen or a string' })
  .transform((input, ctx): Fen => {
    if (typeof input === 'number') {
      if (!Number.isSafeInteger(input)) {
        ctx.addIssue({
          code: 'custom',
          message: `金额应为整数分：${input} / amount in fen must be a safe integer`,
        });
        return z.NEVER;
      }
      if (input < 0) {
        ctx.addIssue({ code: 'custom', message: `金额不能为负数：${input} / amount must not be negative` });
        return z.NEVER;
      }
      return input as Fen;
    }
    try {
      const value = parseFen(input);
      if (value < 0) {
        ctx.addIssue({ code: 'custom', message: `金额不能为负数：${input} / amount must not be negative` });
        return z.NEVER;
      }
      return value;
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: err instanceof MoneyError ? err.message : String(err) });
      return z.NEVER;
    }
  });

/** The three budget phases of an amount. A missing phase means "not stated", never zero. */
export const phasedAmountSchema = z
  .object({
    /** 年初预算数 */
    initialBudget: amountSchema.optional(),
    /** 全年预算数 (adjusted budget) */
    adjustedBudget: amountSchema.optional(),
    /** 决算数 / 执行数 */
    final: amountSchema.optional(),
  })
  .strict();
export type PhasedAmount = z.output<typeof phasedAmountSchema>;
export const PHASES = ['initialBudget', 'adjustedBudget', 'final'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABEL: Record<Phase, string> = {
  initialBudget: '年初预算数',
  adjustedBudget: '全年预算数',
  final: '决算数',
};

const text = z.string().max(200_000);
const shortText = z.string().min(1, { error: '不能为空 / must not be empty' }).max(500);
const count = z
  .number({ error: '应为数字 / must be a number' })
  .int({ error: '应为整数 / must be an integer' })
  .min(0, { error: '不能为负数 / must not be negative' });
const code = z
  .string()
  .regex(/^[0-9A-Za-z]{1,12}$/, { error: '代码只能由数字和字母组成 / a code is letters and digits only' });

export const departmentKinds = ['administrative', 'civil-service-managed', 'public-institution'] as const;
export const DEPARTMENT_KIND_LABEL: Record<(typeof departmentKinds)[number], string> = {
  administrative: '行政单位',
  'civil-service-managed': '参照公务员法管理事业单位',
  'public-institution': '事业单位',
};

export const establishmentTypes = [
  'administrative',
  'public-institution',
  'civil-service-managed',
  'logistics',
  'other',
] as const;
export const ESTABLISHMENT_TYPE_LABEL: Record<(typeof establishmentTypes)[number], string> = {
  administrative: '行政编制',
  'public-institution': '事业编制',
  'civil-service-managed': '参公编制',
  logistics: '工勤编制',
  other: '其他',
};

export const operators = ['>=', '<=', '=', '>', '<', 'qualitative'] as const;

export const adjustmentKinds = ['increase', 'decrease', 'structural'] as const;
export const ADJUSTMENT_KIND_LABEL: Record<(typeof adjustmentKinds)[number], string> = { increase: '追加', decrease: '追减', structural: '结构调整' };
export const adjustmentCauses = ['ordinary', 'national-policy', 'force-majeure', 'assigned-task'] as const;
export const ADJUSTMENT_CAUSE_LABEL: Record<(typeof adjustmentCauses)[number], string> = {
  ordinary: '一般调整',
  'national-policy': '执行国家政策',
  'force-majeure': '不可抗力',
  'assigned-task': '上级或本级党委政府临时交办',
};

/** One budget adjustment of the year and why it was made. */
export const budgetAdjustmentSchema = z
  .object({
    description: z.string().min(1, { error: '不能为空 / must not be empty' }).max(500),
    kind: z.enum(adjustmentKinds, { error: '调整类型应为 increase / decrease / structural' }),
    amount: amountSchema,
    cause: z.enum(adjustmentCauses, { error: '调整原因应为 ordinary / national-policy / force-majeure / assigned-task' }),
  })
  .strict();
export type BudgetAdjustment = z.output<typeof budgetAdjustmentSchema>;

/** The officer's own score of one indicator (自评得分), with what it rests on and why it deviates. */
export const officerScoreSchema = z
  .object({
    score: z.number({ error: '得分应为数字 / score must be a number' }).min(0, { error: '得分不能为负 / score must be ≥ 0' }).max(100),
    /** 评分依据: what the score rests on. */
    basis: z.string().max(5000).optional(),
    /** 偏差原因分析及改进措施 */
    deviationReason: z.string().max(5000).optional(),
  })
  .strict();
export type OfficerScore = z.output<typeof officerScoreSchema>;

/** A performance indicator (绩效指标), for a department goal or a project. */
export const indicatorSchema = z
  .object({
    /** Id in the indicator library, when the indicator is a library one (evaluation uses it). */
    libraryId: z.string().max(100).optional(),
    /** 一级指标: 产出指标 / 效益指标 / 满意度指标 (or 投入/过程/产出/效果). */
    level1: z.string().max(50).optional(),
    /** 二级指标 */
    level2: z.string().max(50).optional(),
    /** 三级指标 */
    name: shortText,
    operator: z.enum(operators, { error: '运算符应为 >= <= = > < 或 qualitative / unknown operator' }),
    /** 年度指标值 (target): a number for quantitative indicators, text for qualitative ones. */
    target: z.union([z.number(), z.string().max(500)]).optional(),
    unit: z.string().max(20).optional(),
    /** 实际完成值 */
    actual: z.union([z.number(), z.string().max(500)]).optional(),
    /** 分值 */
    weight: z.number().min(0).max(100).optional(),
    /** Self-assessed 得分 */
    score: z.number().min(0).max(100).optional(),
    /** 偏差原因分析及改进措施 */
    deviationReason: z.string().max(5000).optional(),
    /**
     * 「其中」: the name of the indicator of the same goal (or project) whose 实际完成值 this one is a part of
     * (新签约项目30个，其中2亿元以下11个…). The parts may not exceed their total.
     */
    partOf: z.string().min(1).max(500).optional(),
  })
  .strict();
export type Indicator = z.output<typeof indicatorSchema>;

/** A 绩效目标 set for the year, with its indicators. */
export const goalSchema = z
  .object({
    title: shortText,
    description: z.string().max(5000).optional(),
    indicators: z.array(indicatorSchema).max(500).default([]),
  })
  .strict();
export type Goal = z.output<typeof goalSchema>;

/** A goal as the report evaluates it (评价指标分析). Compared with the goals set. */
export const goalEvaluationSchema = z
  .object({
    title: shortText,
    narrative: text.default(''),
  })
  .strict();

const lineSchema = z
  .object({
    code: code.optional(),
    name: shortText,
    amounts: phasedAmountSchema,
  })
  .strict();
export type AmountLine = z.output<typeof lineSchema>;

const fundSourceSchema = z.object({ code: code.optional(), name: shortText, amount: amountSchema }).strict();

export const projectSchema = z
  .object({
    code: code.optional(),
    name: shortText,
    /** 支出功能分类 code (类/款/项) */
    functionCode: code.optional(),
    amounts: phasedAmountSchema,
    fundSources: z.array(fundSourceSchema).max(50).default([]),
    goal: z.string().max(5000).optional(),
    indicators: z.array(indicatorSchema).max(500).default([]),
    selfScore: z.number().min(0).max(100).optional(),
    selfGrade: z.string().max(10).optional(),
    /**
     * 重点项目: the project serves the department's key duties or the government's key work (财预〔2013〕53号
     * 重点支出安排率). Absent: not classified — never read as “not key”.
     */
    isKey: z.boolean({ error: '重点项目标记应为 true 或 false / isKey must be true or false' }).optional(),
    /** Words the officer adds so the ledger check ties 摘要 to this project (关键词), beside those it derives. */
    ledgerKeywords: z.array(z.string().trim().min(1).max(30)).max(50).optional(),
  })
  .strict();
export type Project = z.output<typeof projectSchema>;

/** One "三公" item: last year's budget and final, this year's budget, this year's final. */
export const threePublicItemSchema = z
  .object({
    /** 上年预算数: the 53号 “三公经费”变动率 compares this year's budget with it (budget with budget). */
    lastYearBudget: amountSchema.optional(),
    lastYearFinal: amountSchema.optional(),
    budget: amountSchema.optional(),
    final: amountSchema.optional(),
  })
  .strict();
export type ThreePublicItem = z.output<typeof threePublicItemSchema>;
export const THREE_PUBLIC_PHASES = ['lastYearBudget', 'lastYearFinal', 'budget', 'final'] as const;
export const THREE_PUBLIC_PHASE_LABEL: Record<(typeof THREE_PUBLIC_PHASES)[number], string> = {
  lastYearBudget: '上年预算数',
  lastYearFinal: '上年决算数',
  budget: '本年预算数',
  final: '本年决算数',
};

/** A percentage as entered (0–100). */
const percent = z
  .number({ error: '应为数字 / must be a number' })
  .min(0, { error: '百分比应在0至100之间 / a percentage is between 0 and 100' })
  .max(100, { error: '百分比应在0至100之间 / a percentage is between 0 and 100' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期应为 YYYY-MM-DD / a date is YYYY-MM-DD' });

/**
 * 支付进度 at a point in time: the share of the budget actually paid and the share the schedule planned
 * (财预〔2013〕53号 支付进度率 = 实际支付进度 / 既定支付进度). Both in percent of the budget.
 */
export const paymentProgressSchema = z
  .object({
    /** 实际支付进度 (%) */
    actualPercent: percent.optional(),
    /** 既定支付进度 (%) */
    plannedPercent: percent.optional(),
    /** The date both are measured at (e.g. the year's end or a quarter's). */
    asOf: isoDate.optional(),
  })
  .strict();
export type PaymentProgress = z.output<typeof paymentProgressSchema>;

/**
 * The year's work tasks (工作任务) as the department counts them: 计划工作数 and how many were completed, completed
 * on time, and met their quality standard (53号 实际完成率, 完成及时率, 质量达标率). Absent counts are not stated.
 */
export const workTasksSchema = z
  .object({
    /** 计划工作数 */
    planned: count.optional(),
    /** 实际完成工作数 */
    completed: count.optional(),
    /** 及时完成工作数 (within the set time) */
    completedOnTime: count.optional(),
    /** 质量达标工作数 */
    qualityMet: count.optional(),
  })
  .strict();
export type WorkTasks = z.output<typeof workTasksSchema>;

/** 重点工作: tasks the Party committee, government, 人大 or another department assigned (53号 重点工作办结率). */
export const keyTasksSchema = z
  .object({
    /** 交办或下达数 */
    assigned: count.optional(),
    /** 实际完成数 (办结) */
    completed: count.optional(),
  })
  .strict();
export type KeyTasks = z.output<typeof keyTasksSchema>;

/** The satisfaction survey (满意度调查) of the public or the department's service users. */
export const satisfactionSurveySchema = z
  .object({
    /** 调查对象 (e.g. 服务企业) */
    respondents: z.string().max(200).optional(),
    /** 调查方式 (e.g. 问卷调查, 电话回访) */
    method: z.string().max(200).optional(),
    /** 有效样本数 */
    validSamples: count.optional(),
    /** 满意（含基本满意）样本数 */
    satisfied: count.optional(),
  })
  .strict();
export type SatisfactionSurvey = z.output<typeof satisfactionSurveySchema>;

export const narrativeItemSchema = z
  .object({
    title: shortText,
    detail: z.string().max(20_000).default(''),
    /** What the item is about; lets scoring see a problem with the books or the assets. */
    category: z.enum(['finance', 'assets', 'budget', 'performance', 'procurement', 'other']).default('other'),
  })
  .strict();
export type NarrativeItem = z.output<typeof narrativeItemSchema>;

export const departmentYearSchema = z
  .object({
    schemaVersion: z.literal(1, { error: 'schemaVersion 应为 1 / schemaVersion must be 1' }),
    fiscalYear: z
      .number({ error: '年度应为数字 / fiscalYear must be a number' })
      .int()
      .min(2000, { error: '年度超出范围 / fiscalYear out of range' })
      .max(2100, { error: '年度超出范围 / fiscalYear out of range' }),
    region: z
      .object({
        /** 行政区划代码, the tenant key's region part. */
        code: z.string().regex(/^\d{6}$/, { error: '行政区划代码应为6位数字 / region code is 6 digits' }),
        province: shortText,
        city: z.string().max(100).optional(),
        county: z.string().max(100).optional(),
      })
      .strict(),
    department: z
      .object({
        /** Department code, unique within the region: the tenant key's department part. */
        code: z.string().regex(/^[0-9A-Za-z_-]{1,40}$/, {
          error: '单位代码只能由字母、数字、-、_组成 / department code: letters, digits, - and _',
        }),
        name: shortText,
        /** 简称 such as 商务局 / 我局 */
        shortNames: z.array(shortText).max(20).default([]),
        /** 主管部门 */
        supervisor: z.string().max(200).optional(),
        kind: z.enum(departmentKinds, {
          error: '单位性质应为 administrative / civil-service-managed / public-institution',
        }),
        /** 内设机构 */
        internalUnits: z.array(shortText).max(200).default([]),
        /** The count the text states (内设机构7个), compared with the list. */
        statedInternalUnitCount: count.optional(),
        /** 下属单位 */
        subordinateUnits: z.array(shortText).max(500).default([]),
        /** 主要职能 */
        duties: text.default(''),
      })
      .strict(),
    staffing: z
      .object({
        /** 编制数 by type */
        establishment: z
          .array(z.object({ type: z.enum(establishmentTypes), label: z.string().max(50).optional(), count }).strict())
          .max(20)
          .default([]),
        /** The total the text states, compared with the sum by type. */
        establishmentTotal: count.optional(),
        /** 年末在职人数 */
        inPost: count.optional(),
        /**
         * Staff in post by kind (现实有…人，其中行政编制人员16人…): a head count, not the approved 编制数 — the
         * 在职人员控制率 compares it with the establishment the 机构编制 authority approved, never with itself.
         */
        inPostByType: z
          .array(z.object({ label: shortText, count }).strict())
          .max(20)
          .optional(),
        /** 离退休人数 */
        retirees: count.optional(),
        /** Other places the department states its head count (e.g. 全局34名干部职工), kept for cross-checks. */
        otherStatedCounts: z
          .array(z.object({ label: shortText, count }).strict())
          .max(20)
          .default([]),
      })
      .strict(),
    goals: z.array(goalSchema).max(100).default([]),
    goalEvaluations: z.array(goalEvaluationSchema).max(100).default([]),
    revenue: z
      .object({
        total: phasedAmountSchema.optional(),
        bySource: z.array(lineSchema).max(50).default([]),
      })
      .strict(),
    expenditure: z
      .object({
        total: phasedAmountSchema.optional(),
        byFunction: z.array(lineSchema).max(2000).default([]),
        /** Economic classes of the whole expenditure (basic + project). */
        byEconomic: z.array(lineSchema).max(2000).default([]),
        byNature: z
          .object({
            basic: z
              .object({
                amounts: phasedAmountSchema,
                /** 人员经费 */
                personnel: phasedAmountSchema.optional(),
                /** 公用经费 */
                publicExpense: phasedAmountSchema.optional(),
                /** The basic expenditure's economic classes. */
                byEconomic: z.array(lineSchema).max(2000).default([]),
              })
              .strict(),
            project: z.object({ amounts: phasedAmountSchema }).strict(),
          })
          .strict(),
      })
      .strict(),
    projects: z.array(projectSchema).max(2000).default([]),
    threePublic: z
      .object({
        total: threePublicItemSchema.default({}),
        reception: threePublicItemSchema.default({}),
        overseasTravel: threePublicItemSchema.default({}),
        /** 公务用车购置及运行维护费 */
        vehicles: threePublicItemSchema.default({}),
        vehiclePurchase: threePublicItemSchema.optional(),
        vehicleOperation: threePublicItemSchema.optional(),
      })
      .strict(),
    procurement: z.object({ budget: amountSchema.optional(), actual: amountSchema.optional() }).strict().default({}),
    /**
     * The year's budget adjustments (预算调整), each classified as 财预〔2013〕53号 counts them: 追加, 追减 and 结构调整
     * count; adjustments for national policy, force majeure or tasks assigned by the government do not. Absent:
     * not classified (the gross |全年 − 年初| / 年初 is then only an upper bound).
     */
    budgetAdjustments: z.array(budgetAdjustmentSchema).max(500).optional(),
    /** 支付进度 (53号 支付进度率). */
    paymentProgress: paymentProgressSchema.optional(),
    /** The year's work tasks (53号 实际完成率, 完成及时率, 质量达标率). */
    workTasks: workTasksSchema.optional(),
    /** 重点工作 assigned and completed (53号 重点工作办结率). */
    keyTasks: keyTasksSchema.optional(),
    /** 满意度调查 (53号 社会公众或服务对象满意度). */
    satisfactionSurvey: satisfactionSurveySchema.optional(),
    carryOver: z
      .object({
        /** 年初结转结余 */
        beginning: amountSchema.optional(),
        /** 年末结转结余 */
        ending: amountSchema.optional(),
      })
      .strict()
      .default({}),
    fixedAssets: z
      .object({
        totalOriginalValue: amountSchema.optional(),
        inUseOriginalValue: amountSchema.optional(),
        /** The capitalisation threshold the department says it applies (the seed: 1500元). */
        statedThreshold: amountSchema.optional(),
      })
      .strict()
      .default({}),
    narrative: z
      .object({
        management: z.string().max(50_000).default(''),
        /** How the “三公” funds were managed (中央八项规定, 票据审核 …), in the officer's words. */
        threePublicManagement: z.string().max(20_000).optional(),
        governmentFunds: z.string().max(5000).default(''),
        stateCapital: z.string().max(5000).default(''),
        socialInsurance: z.string().max(5000).default(''),
        problems: z.array(narrativeItemSchema).max(100).default([]),
        measures: z.array(narrativeItemSchema).max(100).default([]),
        otherMatters: z.string().max(20_000).default(''),
      })
      .strict()
      .default({ management: '', governmentFunds: '', stateCapital: '', socialInsurance: '', problems: [], measures: [], otherMatters: '' }),
    selfAssessment: z
      .object({
        /** The total the department states (自评得分). Printed as stated; disagreement with its parts is a finding. */
        score: z.number().min(0).max(100).optional(),
        maxScore: z.number().min(0).max(100).default(100),
        grade: z.string().max(10).optional(),
        projectsEvaluated: count.optional(),
        /** 成文日期 of the self-evaluation report (YYYY-MM-DD). */
        reportDate: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '成文日期应为 YYYY-MM-DD / reportDate must be YYYY-MM-DD' })
          .optional(),
        /**
         * The officer's 自评得分 for each indicator of the department scoring template, keyed by the template's
         * stable indicator id (e.g. `staff_control_rate`), never by a position.
         */
        indicators: z.record(z.string().regex(/^[a-z0-9_]{1,80}$/, { error: '指标编号只能由小写字母、数字和_组成 / indicator id: a-z 0-9 _' }), officerScoreSchema).optional(),
      })
      .strict()
      .default({ maxScore: 100 }),
    settings: z
      .object({
        /** How amounts are shown: unit and digits after the point. */
        displayUnit: z.enum(['元', '万元']).default('万元'),
        displayDecimals: z.number().int().min(0).max(6).default(2),
        /**
         * The precision the figures were entered at, when they were transcribed rounded (e.g. from a report in
         * 万元 with 2 decimals). Validation then tolerates the rounding of each part. Absent: exact figures.
         */
        sourcePrecision: z
          .object({ unit: z.enum(['元', '万元', '亿元']), decimals: z.number().int().min(0).max(6) })
          .strict()
          .optional(),
      })
      .strict()
      .default({ displayUnit: '万元', displayDecimals: 2 }),
  })
  .strict();

export type DepartmentYearInput = z.input<typeof departmentYearSchema>;
export type DepartmentYear = z.output<typeof departmentYearSchema>;
