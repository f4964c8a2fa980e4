/**
 * The indicator library (指标库) as data: which indicators exist, their definitions and formulas, and where their
 * inputs live in a DepartmentYear. Weights and scoring rules are not here — they are local configuration and
 * live in the scoring templates.
 */
import { z } from 'zod';

export const confidenceLevels = [
  'confirmed',
  'partly_confirmed',
  'recalled_unconfirmed',
  'assumed',
] as const;
export type Confidence = (typeof confidenceLevels)[number];

const sourceSchema = z
  .object({
    note: z.string(),
    urls: z.array(z.string()).default([]),
    confidence: z.enum(confidenceLevels),
  })
  .strict();
export type SourceInfo = z.output<typeof sourceSchema>;

export const inputQuantities = ['money', 'count', 'rate'] as const;
export type InputQuantity = (typeof inputQuantities)[number];

/** One input of a computed indicator: a path into the DepartmentYear, or a field the model does not have yet. */
export const indicatorInputSchema = z
  .object({
    key: z.string().min(1),
    label: z.string().min(1),
    quantity: z.enum(inputQuantities),
    /** Dotted path; `[]` sums over an array (`staffing.establishment[].count`). */
    path: z.string().min(1).optional(),
    /** Used when `path` holds no value: the sum of these paths, when every one of them has a value. */
    sumOf: z.array(z.string().min(1)).optional(),
    /** The model field this input would need; set when the model has no such field yet. */
    missingFromModel: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((i) => i.path !== undefined || i.missingFromModel !== undefined, {
    error: '输入须有 path 或 missingFromModel / an input needs path or missingFromModel',
  });
export type IndicatorInputSpec = z.output<typeof indicatorInputSchema>;

/**
 * A worked example from a published document: the inputs as the document states them and the result it prints.
 * `data` is a part of a DepartmentYear (amounts as written, e.g. "1922.76万元"); `inputs` is used instead when an
 * input has no field in the model yet (the formula is then checked on its own, and the indicator says 需补充).
 */
export const workedExampleSchema = z
  .object({
    source: z
      .object({
        title: z.string().min(1),
        url: z.string().nullable(),
        /** The source's own words stating the inputs and the result. */
        quote: z.string().min(1),
      })
      .strict(),
    data: z.record(z.string(), z.unknown()).optional(),
    inputs: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    /** The result as the source prints it (`95.10%`). */
    expected: z.string().min(1),
    /** How the source's figures map onto the inputs, where it is not one to one. */
    note: z.string().optional(),
  })
  .strict()
  .refine((e) => (e.data === undefined) !== (e.inputs === undefined), {
    error: '示例须有 data 或 inputs 之一 / an example needs exactly one of data or inputs',
  });
export type WorkedExample = z.output<typeof workedExampleSchema>;

export const indicatorFamilies = ['ratio', 'change', 'goal-tasks', 'qualitative', 'budget-adjustment'] as const;
export type IndicatorFamily = (typeof indicatorFamilies)[number];

export const libraryIndicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/),
    level1: z.string().min(1),
    level2: z.string().min(1),
    name: z.string().min(1),
    definition: z.string(),
    family: z.enum(indicatorFamilies),
    /** change family: use the absolute change (an adjustment up or down is an adjustment). */
    absolute: z.boolean().optional(),
    unit: z.string().nullable(),
    direction: z.enum(['higher_better', 'lower_better', 'target', 'qualitative']),
    formula: z.string().min(1),
    inputs: z.array(indicatorInputSchema).default([]),
    checkpoints: z.array(z.string()).default([]),
    /** Categories of the department's own problem list (narrative.problems) that bear on this indicator. */
    relatedProblemCategories: z.array(z.string()).default([]),
    confidence: z.enum(confidenceLevels),
    source: z.string().nullable(),
    notes: z.string().optional(),
    /** A published worked example of the formula, or null when none was found (then `workedExampleNote` says so). */
    workedExample: workedExampleSchema.nullable().optional(),
    workedExampleNote: z.string().optional(),
  })
  .strict()
  .superRefine((ind, ctx) => {
    if (ind.family === 'qualitative') return;
    // Every formula either carries a published worked example or says plainly that none was found.
    if (ind.workedExample === undefined) {
      ctx.addIssue({ code: 'custom', path: ['workedExample'], message: `计算指标须有 workedExample（无公开算例时为 null 并说明）/ a formula needs workedExample or null` });
    } else if (ind.workedExample === null && !ind.workedExampleNote) {
      ctx.addIssue({ code: 'custom', path: ['workedExampleNote'], message: '无公开算例时须说明 / say why there is no published example' });
    }
  });
export type LibraryIndicator = z.output<typeof libraryIndicatorSchema>;

export const departmentLibrarySchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    kind: z.literal('department'),
    title: z.string(),
    document: z.string(),
    source: sourceSchema,
    indicators: z.array(libraryIndicatorSchema).min(1),
  })
  .strict()
  .superRefine((lib, ctx) => {
    const seen = new Set<string>();
    lib.indicators.forEach((ind, i) => {
      if (seen.has(ind.id)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `指标编号重复：${ind.id} / duplicate id` });
      }
      seen.add(ind.id);
    });
  });
export type DepartmentLibrary = z.output<typeof departmentLibrarySchema>;

export const projectLibrarySchema = z
  .object({
    id: z.string().min(1),
    version: z.string().min(1),
    kind: z.literal('project'),
    title: z.string(),
    document: z.string(),
    source: sourceSchema,
    executionRate: z
      .object({
        id: z.string(),
        name: z.string(),
        formula: z.string(),
        unit: z.string(),
        defaultPoints: z.number(),
        inputs: z.array(indicatorInputSchema),
        confidence: z.enum(confidenceLevels),
        source: z.string().nullable(),
        workedExample: workedExampleSchema.nullable(),
        /** Further published examples (e.g. a rate below 100%), tested the same way at the precision they print. */
        additionalWorkedExamples: z.array(workedExampleSchema).optional(),
        workedExampleNote: z.string().optional(),
      })
      .strict(),
    level1: z
      .array(z.object({ name: z.string(), defaultPoints: z.number(), level2: z.array(z.string()) }).strict())
      .min(1),
  })
  .strict();
export type ProjectLibrary = z.output<typeof projectLibrarySchema>;

export function findIndicator(library: DepartmentLibrary, id: string): LibraryIndicator | undefined {
  return library.indicators.find((i) => i.id === id);
}
