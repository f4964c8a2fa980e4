/**
 * The evaluation engine (pure): a department-year and a scoring template give every indicator's value with its
 * trace, its score, block totals, the total and the grade. An indicator without its inputs gets no score; the
 * total then says how much of it is verified and how much is still open — it never fills in a number.
 */
import type { DepartmentYear } from '../core/department-year.ts';
import { DEPARTMENT_LIBRARY } from './default-libraries.ts';
import { formatPercent, roundHalfAway } from './format.ts';
import { computeIndicator } from './indicators/registry.ts';
import type { InputTrace } from './indicators/types.ts';
import type { Confidence, DepartmentLibrary } from './library.ts';
import { applyAssessmentRule, applyValueRule, gradeFor, type IndicatorAssessment } from './scoring.ts';
import { type DepartmentTemplate, isValueRule, type TemplateItem } from './template-schema.ts';

export type IndicatorStatus = 'scored' | 'missing' | 'not-applicable';

export interface IndicatorResult {
  readonly id: string;
  readonly name: string;
  readonly level1: string;
  readonly level2: string;
  readonly blockId: string;
  readonly unit: string | null;
  readonly status: IndicatorStatus;
  /** Percent for rates (139.82 means 139.82%), unrounded; null when not computed. */
  readonly value: number | null;
  readonly displayValue: string | null;
  readonly inputs: readonly InputTrace[];
  readonly formula: string;
  /** The formula with figures, e.g. `|1668.70万元 − 695.83万元| / 695.83万元 × 100% = 139.82%`. */
  readonly calculation: string | null;
  /** The template's rule in words (its basis) and the scoring arithmetic. */
  readonly ruleBasis: string | null;
  readonly scoring: string | null;
  readonly score: number | null;
  /** The template weight before rescaling. */
  readonly weight: number;
  /** The indicator's full marks after rescaling for non-applicable indicators. */
  readonly maxScore: number;
  /** 「需补充：…」 for each missing input or judgement. */
  readonly missing: readonly string[];
  readonly notes: readonly string[];
  readonly confidence: Confidence;
}

export interface BlockResult {
  readonly id: string;
  readonly name: string;
  readonly weight: number;
  readonly maxScore: number;
  /** Sum of the scores that could be given. */
  readonly score: number;
  /** Full marks of the indicators still missing an input. */
  readonly missingMaxScore: number;
}

export interface Evaluation {
  readonly template: { readonly id: string; readonly version: string; readonly title: string; readonly year: number };
  readonly library: { readonly id: string; readonly version: string };
  readonly department: { readonly code: string; readonly name: string };
  readonly fiscalYear: number;
  readonly indicators: readonly IndicatorResult[];
  readonly blocks: readonly BlockResult[];
  /** Verified score: the sum of the indicators that could be scored. */
  readonly total: number;
  readonly maxTotal: number;
  /** Full marks still open because inputs are missing. */
  readonly missingMaxScore: number;
  /** The most the department could reach if every open indicator got full marks. */
  readonly upperBound: number;
  readonly complete: boolean;
  /** The grade when complete; null while inputs are missing (see gradeRange). */
  readonly grade: string | null;
  readonly gradeRange: { readonly low: string; readonly high: string };
  /** Factor applied to the applicable indicators' weights when some did not apply (1 when none). */
  readonly rescaleFactor: number;
}

export interface EvaluateOptions {
  /** Reviewer assessments of qualitative indicators, by indicator id. */
  readonly assessments?: Readonly<Record<string, IndicatorAssessment>>;
}

interface Draft {
  readonly item: TemplateItem;
  readonly blockId: string;
  readonly base: Omit<IndicatorResult, 'status' | 'score' | 'maxScore' | 'scoring' | 'missing'>;
  status: IndicatorStatus;
  /** Score on the unscaled weight. */
  score: number | null;
  scoring: string | null;
  missing: string[];
}

function scoreItem(dy: DepartmentYear, item: TemplateItem, blockId: string, library: DepartmentLibrary, options: EvaluateOptions): Draft {
  const def = library.indicators.find((d) => d.id === item.indicatorId);
  if (!def) {
    // loadTemplate rejects this; kept for templates built in code.
    throw new Error(`指标库中没有指标“${item.indicatorId}” / unknown indicator id`);
  }
  const computed = computeIndicator(dy, def);
  const assessment = options.assessments?.[def.id];
  const notes: string[] = [...(computed.status === 'computed' || computed.status === 'missing' ? (computed.notes ?? []) : [])];
  if (def.notes) notes.push(def.notes);
  if (assessment?.note) notes.push(`评审意见：${assessment.note}`);
  // The department's own problem list is evidence a reviewer must weigh before giving these points.
  dy.narrative.problems.forEach((p, i) => {
    if (def.relatedProblemCategories.includes(p.category)) {
      notes.push(`部门自述问题涉及本项：${p.title}（narrative.problems[${i}]）`);
    }
  });
  const base = {
    id: def.id,
    name: def.name,
    level1: def.level1,
    level2: def.level2,
    blockId,
    unit: def.unit,
    value: computed.status === 'computed' ? computed.value : null,
    displayValue: computed.status === 'computed' ? formatPercent(computed.value) : null,
    inputs: computed.inputs,
    formula: def.formula,
    calculation: computed.status === 'computed' ? computed.calculation : null,
    ruleBasis: item.basis ?? null,
    weight: item.weight,
    notes,
    confidence: def.confidence,
  };
  const draft: Draft = { item, blockId, base, status: 'missing', score: null, scoring: null, missing: [] };
  if (computed.status === 'not-applicable' || assessment?.notApplicable === true) {
    draft.status = 'not-applicable';
    draft.scoring = computed.status === 'not-applicable' ? computed.reason : '评审认定本指标不适用';
    return draft;
  }
  if (computed.status === 'missing') {
    draft.missing = [...computed.missing];
    return draft;
  }
  if (computed.status === 'computed') {
    if (!isValueRule(item.rule)) {
      // loadTemplate refuses this pairing; a template built in code could still carry it.
      draft.missing = [`需补充：计算型指标须用 proportional、bands 或 deduction 规则（模板给的是 ${item.rule.type}）`];
      return draft;
    }
    const outcome = applyValueRule(item.rule, computed.value, item.weight);
    draft.status = 'scored';
    draft.score = outcome.score;
    draft.scoring = outcome.explanation;
    return draft;
  }
  if (isValueRule(item.rule)) {
    draft.missing = [`需补充：定性指标须用 checkpoints、breach-deduction 或 qualitative-bands 规则（模板给的是 ${item.rule.type}）`];
    return draft;
  }
  const outcome = applyAssessmentRule(item.rule, assessment, item.weight, def.checkpoints);
  if ('missing' in outcome) {
    draft.missing = [outcome.missing];
    return draft;
  }
  draft.status = 'scored';
  draft.score = outcome.score;
  draft.scoring = outcome.explanation;
  return draft;
}

export function evaluateDepartmentYear(
  dy: DepartmentYear,
  template: DepartmentTemplate,
  library: DepartmentLibrary = DEPARTMENT_LIBRARY,
  options: EvaluateOptions = {},
): Evaluation {
  const drafts: Draft[] = [];
  for (const block of template.blocks) {
    for (const item of block.items) drafts.push(scoreItem(dy, item, block.id, library, options));
  }
  for (const d of drafts) {
    if (d.status !== 'not-applicable') continue;
    if (d.item.whenNotApplicable === 'full') {
      d.status = 'scored';
      d.score = d.item.weight;
      d.scoring = `${d.scoring ?? ''}；模板规定不适用时给满分 → ${d.item.weight}分`;
    } else if (d.item.whenNotApplicable === 'zero') {
      d.status = 'scored';
      d.score = 0;
      d.scoring = `${d.scoring ?? ''}；模板规定不适用时不得分 → 0分`;
    }
  }
  // 10号 practice: an indicator that does not apply is dropped and the rest is rescaled to the full total.
  const droppedWeight = drafts.filter((d) => d.status === 'not-applicable').reduce((s, d) => s + d.item.weight, 0);
  const rescaleFactor = droppedWeight > 0 && droppedWeight < template.maxTotal ? template.maxTotal / (template.maxTotal - droppedWeight) : 1;
  const indicators: IndicatorResult[] = drafts.map((d) => {
    const applicable = d.status !== 'not-applicable';
    const maxScore = applicable ? d.item.weight * rescaleFactor : 0;
    const score = d.score === null ? null : d.score * rescaleFactor;
    const scoring =
      d.scoring !== null && rescaleFactor !== 1 && applicable && d.score !== null
        ? `${d.scoring}；不适用指标剔除后折算 × ${roundHalfAway(rescaleFactor, 4)}`
        : d.scoring;
    return { ...d.base, status: d.status, score, maxScore, scoring, missing: d.missing };
  });
  const blocks: BlockResult[] = template.blocks.map((block) => {
    const own = indicators.filter((i) => i.blockId === block.id);
    return {
      id: block.id,
      name: block.name,
      weight: block.weight,
      maxScore: own.reduce((s, i) => s + i.maxScore, 0),
      score: own.reduce((s, i) => s + (i.score ?? 0), 0),
      missingMaxScore: own.filter((i) => i.status === 'missing').reduce((s, i) => s + i.maxScore, 0),
    };
  });
  const total = blocks.reduce((s, b) => s + b.score, 0);
  const missingMaxScore = blocks.reduce((s, b) => s + b.missingMaxScore, 0);
  const upperBound = total + missingMaxScore;
  const complete = indicators.every((i) => i.status !== 'missing');
  const low = gradeFor(roundHalfAway(total, 2), template.grades);
  const high = gradeFor(roundHalfAway(upperBound, 2), template.grades);
  return {
    template: { id: template.id, version: template.version, title: template.title, year: template.year },
    library: { id: library.id, version: library.version },
    department: { code: dy.department.code, name: dy.department.name },
    fiscalYear: dy.fiscalYear,
    indicators,
    blocks,
    total,
    maxTotal: template.maxTotal,
    missingMaxScore,
    upperBound,
    complete,
    grade: complete ? low : null,
    gradeRange: { low, high },
    rescaleFactor,
  };
}
