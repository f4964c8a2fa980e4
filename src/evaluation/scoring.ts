/**
 * Applying a template's scoring rule. Value rules score a computed figure; assessment rules score a reviewer's
 * judgement of check points or a qualitative band. Scores are plain numbers, rounded only for display.
 */
import { formatNumber, formatScore } from './format.ts';
import type { AssessmentRule, ValueRule } from './template-schema.ts';

export interface ScoreOutcome {
  readonly score: number;
  /** The arithmetic, e.g. `139.82% > 30% → 0分`. */
  readonly explanation: string;
}

function fmtPct(v: number): string {
  return `${formatNumber(v)}%`;
}

function holds(op: '=' | '<' | '<=' | '>' | '>=', value: number, bound: number): boolean {
  switch (op) {
    case '=':
      return value === bound;
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '>':
      return value > bound;
    case '>=':
      return value >= bound;
  }
}

const OP_TEXT = { '=': '=', '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const;

export function applyValueRule(rule: ValueRule, value: number, maxScore: number): ScoreOutcome {
  switch (rule.type) {
    case 'proportional': {
      if (rule.direction === 'positive') {
        const ratio = value / rule.target;
        const over = rule.overCompletion;
        if (over?.action === 'reduce-by-deviation' && ratio * 100 >= over.thresholdPercent) {
          // 10号: a target set too low is no merit — the share above the threshold comes off the points.
          const keep = Math.max(0, 1 - (ratio - over.thresholdPercent / 100));
          const score = keep * maxScore;
          return {
            score,
            explanation: `${fmtPct(value)} / ${fmtPct(rule.target)} = ${fmtPct(ratio * 100)} ≥ ${fmtPct(over.thresholdPercent)}，超额调减：${maxScore} × (1 − (${formatNumber(ratio, 4)} − ${formatNumber(over.thresholdPercent / 100, 4)})) = ${formatScore(score)}分`,
          };
        }
        // A negative completion (a change rate below zero) earns nothing rather than negative points.
        const score = Math.max(0, Math.min(ratio, 1)) * maxScore;
        return {
          score,
          explanation: `min(${fmtPct(value)} / ${fmtPct(rule.target)}, 1) × ${maxScore} = ${formatScore(score)}分`,
        };
      }
      if (value <= rule.target) {
        return { score: maxScore, explanation: `${fmtPct(value)} ≤ ${fmtPct(rule.target)} → ${maxScore}分` };
      }
      const score = (rule.target / value) * maxScore;
      return {
        score,
        explanation: `${fmtPct(rule.target)} / ${fmtPct(value)} × ${maxScore} = ${formatScore(score)}分`,
      };
    }
    case 'bands': {
      for (const band of rule.bands) {
        if (holds(band.op, value, band.value)) {
          return { score: band.score, explanation: `${fmtPct(value)} ${OP_TEXT[band.op]} ${fmtPct(band.value)} → ${band.score}分` };
        }
      }
      return { score: rule.otherwise, explanation: `${fmtPct(value)} 不在前列各档 → ${rule.otherwise}分` };
    }
    case 'deduction': {
      const excess = rule.side === 'above' ? value - rule.threshold : rule.threshold - value;
      const sideText = rule.side === 'above' ? '超出' : '低于';
      if (excess <= 0) {
        return {
          score: maxScore,
          explanation: `${fmtPct(value)} ${rule.side === 'above' ? '≤' : '≥'} ${fmtPct(rule.threshold)} → ${maxScore}分`,
        };
      }
      const steps = rule.stepwise ? Math.floor(excess / rule.per) : excess / rule.per;
      const score = Math.max(0, maxScore - rule.deduct * steps);
      return {
        score,
        explanation: `${sideText}${fmtPct(rule.threshold)} ${formatNumber(excess)}个百分点，每${rule.per}个百分点扣${rule.deduct}分：max(0, ${maxScore} − ${rule.deduct} × ${formatScore(steps)}) = ${formatScore(score)}分`,
      };
    }
  }
}

/** A reviewer's judgement of a qualitative indicator (from the web app or a file; never guessed). */
export interface IndicatorAssessment {
  /** One entry per check point of the library indicator, in order. */
  readonly checkpointsMet?: readonly boolean[];
  /** For qualitative bands: the share of the points awarded (0–1). */
  readonly share?: number;
  readonly notApplicable?: boolean;
  readonly note?: string;
}

export type AssessmentOutcome = ScoreOutcome | { readonly missing: string };

export function applyAssessmentRule(
  rule: AssessmentRule,
  assessment: IndicatorAssessment | undefined,
  maxScore: number,
  checkpoints: readonly string[],
): AssessmentOutcome {
  switch (rule.type) {
    case 'checkpoints':
    case 'breach-deduction': {
      const met = assessment?.checkpointsMet;
      if (!met || met.length !== checkpoints.length) {
        return { missing: `需补充：逐项判断评价要点（${checkpoints.map((c, i) => `${i + 1}.${c}`).join('；')}）` };
      }
      const failed = checkpoints.filter((_, i) => met[i] !== true);
      if (rule.type === 'checkpoints') {
        const score = rule.points.reduce((sum, p, i) => sum + (met[i] === true ? p : 0), 0);
        return {
          score,
          explanation: `满足${met.filter(Boolean).length}/${checkpoints.length}项要点${failed.length ? `（未满足：${failed.join('；')}）` : ''} → ${formatScore(score)}分`,
        };
      }
      const score = Math.max(0, maxScore - rule.deduct * failed.length);
      return {
        score,
        explanation: `不符合${failed.length}项${failed.length ? `（${failed.join('；')}）` : ''}，每项扣${rule.deduct}分：max(0, ${maxScore} − ${rule.deduct} × ${failed.length}) = ${formatScore(score)}分`,
      };
    }
    case 'qualitative-bands': {
      const s = assessment?.share;
      const bandText = rule.bands.map((b) => `${b.label}（${b.maxShare * 100}%–${b.minShare * 100}%）`).join('；');
      if (s === undefined) return { missing: `需补充：定性评判档次与得分比例（${bandText}）` };
      const band = rule.bands.find((b) => s >= b.minShare && s <= b.maxShare);
      if (!band) return { missing: `需补充：得分比例${s}不在任何档次内（${bandText}）` };
      const score = s * maxScore;
      return { score, explanation: `${band.label}：${formatNumber(s * 100)}% × ${maxScore} = ${formatScore(score)}分` };
    }
  }
}

export interface GradeBand {
  readonly grade: string;
  readonly min: number;
}

/** The grade of a score: the first band (highest first) whose minimum the score reaches. */
export function gradeFor(score: number, grades: readonly GradeBand[]): string {
  for (const g of grades) {
    if (score >= g.min) return g.grade;
  }
  return grades[grades.length - 1]?.grade ?? '';
}
