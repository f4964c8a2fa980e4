/**
 * Scoring templates (计分模板) as data: one per region and year. A department template gives each library
 * indicator a weight and a rule; a project template gives the 10号 block weights and how indicators are scored.
 */
import { z } from 'zod';
import { confidenceLevels } from './library.ts';

const points = z.number({ error: '应为数字 / must be a number' }).min(0, { error: '不能为负数 / must not be negative' });
const positive = z.number({ error: '应为数字 / must be a number' }).gt(0, { error: '应大于0 / must be > 0' });
const share = z.number().min(0).max(1);

export const overCompletionSchema = z
  .object({
    /** Completion (in % of target) from which an indicator counts as far above target. */
    thresholdPercent: positive,
    /** flag: only the checks report it; reduce-by-deviation: the score drops by the share above the threshold. */
    action: z.enum(['flag', 'reduce-by-deviation']),
  })
  .strict();

export const proportionalRuleSchema = z
  .object({
    type: z.literal('proportional'),
    /** positive: actual/target; negative: target/actual; capped at full marks. */
    direction: z.enum(['positive', 'negative']),
    target: positive,
    overCompletion: overCompletionSchema.optional(),
  })
  .strict();

export const bandOps = ['=', '<', '<=', '>', '>='] as const;
export const bandsRuleSchema = z
  .object({
    type: z.literal('bands'),
    /** Checked in order; the first band whose condition holds gives the score. */
    bands: z.array(z.object({ op: z.enum(bandOps), value: z.number(), score: points }).strict()).min(1),
    otherwise: points,
  })
  .strict();

export const deductionRuleSchema = z
  .object({
    type: z.literal('deduction'),
    threshold: z.number(),
    /** above: deduct for each `per` points above the threshold; below: for each `per` points below it. */
    side: z.enum(['above', 'below']),
    deduct: positive,
    per: positive,
    /** true: only whole steps of `per` count (−2 per full 5%); false: linear. */
    stepwise: z.boolean().default(false),
  })
  .strict();

export const checkpointsRuleSchema = z
  .object({
    type: z.literal('checkpoints'),
    /** Points for each of the library indicator's check points, in order. */
    points: z.array(points).min(1),
  })
  .strict();

export const breachDeductionRuleSchema = z
  .object({
    type: z.literal('breach-deduction'),
    /** Points off for each check point not met. */
    deduct: positive,
  })
  .strict();

export const qualitativeBandSchema = z
  .object({ label: z.string().min(1), minShare: share, maxShare: share })
  .strict()
  .refine((b) => b.minShare <= b.maxShare, { error: 'minShare 应不大于 maxShare / minShare must be ≤ maxShare' });

export const qualitativeBandsRuleSchema = z
  .object({ type: z.literal('qualitative-bands'), bands: z.array(qualitativeBandSchema).min(1) })
  .strict();

export const scoringRuleSchema = z.discriminatedUnion(
  'type',
  [
    proportionalRuleSchema,
    bandsRuleSchema,
    deductionRuleSchema,
    checkpointsRuleSchema,
    breachDeductionRuleSchema,
    qualitativeBandsRuleSchema,
  ],
  { error: '未知的计分规则类型 / unknown rule type (proportional, bands, deduction, checkpoints, breach-deduction, qualitative-bands)' },
);
export type ScoringRule = z.output<typeof scoringRuleSchema>;
export type ValueRule = Extract<ScoringRule, { type: 'proportional' | 'bands' | 'deduction' }>;
export type AssessmentRule = Extract<ScoringRule, { type: 'checkpoints' | 'breach-deduction' | 'qualitative-bands' }>;

/** A rule that scores a computed value (as opposed to a reviewer's assessment). */
export function isValueRule(rule: ScoringRule): rule is ValueRule {
  return rule.type === 'proportional' || rule.type === 'bands' || rule.type === 'deduction';
}

const gradesSchema = z
  .array(z.object({ grade: z.string().min(1), min: points }).strict())
  .min(1)
  .refine((g) => g.every((x, i) => i === 0 || (g[i - 1]?.min ?? 0) > x.min), {
    error: '等级须按下限从高到低排列 / grades must be listed from the highest minimum down',
  })
  .refine((g) => g[g.length - 1]?.min === 0, { error: '最低等级的下限应为0 / the lowest grade must start at 0' });

const checksSchema = z
  .object({
    overCompletionPercent: positive.default(150),
    lowExecutionPercent: positive.default(90),
    deductibleProblemCategories: z.array(z.string()).default(['finance', 'assets']),
  })
  .strict();

const templateSourceSchema = z
  .object({ note: z.string(), urls: z.array(z.string()).default([]), confidence: z.enum(confidenceLevels) })
  .strict();

/** A published document a template follows, and what of the template it supplies. */
const followedDocumentSchema = z
  .object({
    title: z.string().min(1),
    /** 文号 where the document has one (财预〔2020〕10号). */
    number: z.string().min(1).optional(),
    url: z.string().min(1).nullable(),
    /** What this document supplies (the indicator set, the 投入 weights, the 过程 rules …). */
    supplies: z.string().min(1),
  })
  .strict();

/**
 * The document(s) a template reproduces. A template built from more than one is a composite and must say so, in
 * `composite` and in its title (综合 / 拼合), so no one mistakes it for a single published table.
 */
const followsSchema = z
  .object({ composite: z.boolean(), documents: z.array(followedDocumentSchema).min(1) })
  .strict()
  .refine((f) => f.composite === f.documents.length > 1, {
    error: '多于一份来源文件的模板须标明 composite: true（仅一份时为 false）/ composite must be true exactly when more than one document is followed',
  });

const regionSchema = z
  .object({
    name: z.string().min(1),
    code: z.string().regex(/^\d{6}$/).optional(),
    province: z.string().optional(),
    level: z.enum(['national', 'province', 'city', 'county']).optional(),
  })
  .strict();

const commonFields = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: '模板编号只能含小写字母、数字和- / template id: a-z, 0-9, -' }),
  version: z.string().min(1),
  title: z.string().min(1),
  region: regionSchema,
  year: z.number().int().min(2000).max(2100),
  libraryId: z.string().min(1),
  source: templateSourceSchema,
  follows: followsSchema,
  maxTotal: positive,
  grades: gradesSchema,
  checks: checksSchema.default({ overCompletionPercent: 150, lowExecutionPercent: 90, deductibleProblemCategories: ['finance', 'assets'] }),
};

export const templateItemSchema = z
  .object({
    indicatorId: z.string().min(1),
    weight: positive,
    rule: scoringRuleSchema,
    /** When the indicator does not apply: drop it and rescale the rest (default), give full marks, or zero. */
    whenNotApplicable: z.enum(['rescale', 'full', 'zero']).default('rescale'),
    /** Where the weight and rule come from (a notice, a city's table). */
    basis: z.string().optional(),
    confidence: z.enum(confidenceLevels).optional(),
  })
  .strict();
export type TemplateItem = z.output<typeof templateItemSchema>;

export const departmentTemplateSchema = z
  .object({
    ...commonFields,
    kind: z.literal('department'),
    blocks: z
      .array(
        z
          .object({ id: z.string().min(1), name: z.string().min(1), weight: positive, items: z.array(templateItemSchema).min(1) })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type DepartmentTemplate = z.output<typeof departmentTemplateSchema>;

export const projectTemplateSchema = z
  .object({
    ...commonFields,
    kind: z.literal('project'),
    execution: z.object({ weight: positive, rule: scoringRuleSchema }).strict(),
    blocks: z.array(z.object({ level1: z.string().min(1), weight: positive }).strict()).min(1),
    quantitative: z.object({ overCompletion: overCompletionSchema.optional() }).strict().default({}),
    qualitative: z.object({ bands: z.array(qualitativeBandSchema).min(1) }).strict(),
  })
  .strict();
export type ProjectTemplate = z.output<typeof projectTemplateSchema>;

export const templateSchema = z.discriminatedUnion('kind', [departmentTemplateSchema, projectTemplateSchema], {
  error: 'kind 应为 department 或 project / kind must be department or project',
});
export type ScoringTemplate = z.output<typeof templateSchema>;
