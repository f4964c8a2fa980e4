/**
 * Severity calibrated to measured reliability. Each prose check names the kind of evidence a finding rests on (its
 * `shape`); data/audit/severity.json gives, per (rule, shape), how often that kind of evidence was right at first
 * contact with unseen text (docs/first-contact.md) and the highest severity it may therefore carry. A reviewer must be
 * able to trust an 错误 and mostly trust a 警告: evidence right less than half the time is a 提示 (info), an 错误
 * needs 80 % or more. The ceiling only lowers a severity, never raises it; a finding without a shape, or with a shape
 * the data does not list, keeps the severity its rule gave.
 */
import severityData from '../../../../data/audit/severity.json' with { type: 'json' };
import { type Finding, finding, type Severity, SEVERITY_ORDER } from '../../../core/finding.ts';

export interface ShapeEntry {
  readonly description: string;
  /** First contact (all severities): findings of this shape that hit an annotated defect, and those that did not. */
  readonly firstContact: { readonly tp: number; readonly fp: number };
  readonly ceiling: Severity;
}

export interface SeverityPolicy {
  /** Below this first-contact precision (with at least `minFindings` findings) a shape is a 提示. */
  readonly infoBelow: number;
  /** From this first-contact precision (with at least `minFindings` findings) a shape may be an 错误. */
  readonly errorFrom: number;
  readonly minFindings: number;
}

export interface SeverityTable {
  readonly policy: SeverityPolicy;
  readonly shapes: Readonly<Record<string, Readonly<Record<string, ShapeEntry>>>>;
}

export const SEVERITY_TABLE = severityData as unknown as SeverityTable;

/**
 * The ceiling the policy gives a shape measured `tp` right and `fp` wrong at first contact: a 提示 when measured
 * (n ≥ minFindings) below infoBelow; an 错误 only when measured at errorFrom or more; a 警告 otherwise — also when
 * too few findings were seen to measure (an 错误 must have earned its trust).
 */
export function ceilingOf(tp: number, fp: number, policy: SeverityPolicy = SEVERITY_TABLE.policy): Severity {
  const n = tp + fp;
  if (n < policy.minFindings) return 'warning';
  const p = tp / n;
  if (p < policy.infoBelow) return 'info';
  return p >= policy.errorFrom ? 'error' : 'warning';
}

/** Lowers each finding's severity to its (rule, shape) ceiling; findings without a listed shape are unchanged. */
export function calibrateSeverity(findings: readonly Finding[], table: SeverityTable = SEVERITY_TABLE): Finding[] {
  return findings.map((f) => {
    if (f.shape === undefined) return f;
    const entry = table.shapes[f.rule]?.[f.shape];
    if (!entry || SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[entry.ceiling]) return f;
    return finding({ ...f, severity: entry.ceiling });
  });
}
