/**
 * Recall probe by planting (plants.ts): plant one defect of a known rule into a dev text without an annotated defect,
 * audit the planted text, and ask whether a finding of the planted rule now covers the planted span. The counterpart
 * of the invariance probe (invariance.ts), which asks the opposite of meaning-preserving rewrites.
 *
 * Found: a finding of the expected rule (any severity; `serious` counts errors and warnings only) with evidence
 * overlapping the planted span, or a new one (the original had none there) in the region of the defect's evidence
 * (Site.region: the total and its parts, the two years' amounts and the word). A plant where the original text already had a finding of that rule at the span is
 * left out (`pre`): the probe would credit an old finding. Findings of other rules at the span that the original
 * did not have are counted too (the defect seen under another name).
 */
import type { AuditFn, NormalizeFn } from './invariance.ts';
import type { Fixture } from './fixtures.ts';
import { type Planted, plantsOf } from './plants.ts';

export interface PlantOutcome {
  readonly file: string;
  readonly operator: string;
  readonly rule: string;
  readonly found: boolean;
  readonly serious: boolean;
  /** Other rules with a new finding at the span. */
  readonly others: readonly string[];
  /** The expected rule fires on the planted text elsewhere (not at the span) where the original had no such finding. */
  readonly elsewhere: boolean;
  readonly context: string;
  readonly planted: string;
}

export interface PlantedResult {
  readonly outcomes: PlantOutcome[];
  /** Plants left out because the original already had a finding of the rule there, by operator. */
  readonly pre: Map<string, number>;
}

interface Placed {
  readonly rule: string;
  readonly severity: string;
  readonly spans: readonly [number, number][];
}

function clampIndex(map: ArrayLike<number>, i: number): number {
  return map[Math.max(0, Math.min(map.length - 1, i))]!;
}

function overlaps(spans: readonly [number, number][], s: number, e: number): boolean {
  const end = Math.max(e, s + 1);
  return spans.some(([a, b]) => a < end && s < Math.max(b, a + 1));
}

/** Findings with their evidence spans in the coordinates of `text` (the auditor reports offsets in its normalised text). */
function placeFindings(text: string, audit: AuditFn, normalize: NormalizeFn): Placed[] {
  const r = audit(text);
  const norm = normalize(text);
  return r.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    spans: f.evidence
      .filter((e) => typeof e.start === 'number' && typeof e.end === 'number')
      .map((e): [number, number] => [clampIndex(norm.toOriginal, e.start!), clampIndex(norm.toOriginal, Math.max(e.start!, e.end! - 1)) + 1]),
  }));
}

export function checkPlanted(
  fixtures: readonly Fixture[],
  audit: AuditFn,
  normalize: NormalizeFn,
  perText = 2,
  seed = 1,
  only: readonly string[] = [],
): PlantedResult {
  const outcomes: PlantOutcome[] = [];
  const pre = new Map<string, number>();
  fixtures.forEach((fx, fi) => {
    const meta = { fiscalYear: fx.source.fiscalYear, department: fx.source.department };
    const plants = plantsOf(fx.text, meta, perText, seed * 7919 + fi, only);
    if (plants.length === 0) return;
    const before = placeFindings(fx.text, audit, normalize);
    for (const p of plants) {
      if (before.some((b) => b.rule === p.rule && overlaps(b.spans, p.inputRegion[0], p.inputRegion[1]))) {
        pre.set(p.operator, (pre.get(p.operator) ?? 0) + 1);
        continue;
      }
      outcomes.push(judge(fx.name, p, before, placeFindings(p.text, audit, normalize)));
    }
  });
  return { outcomes, pre };
}

function judge(file: string, p: Planted, before: readonly Placed[], after: readonly Placed[]): PlantOutcome {
  const toInput = (spans: readonly [number, number][]): [number, number][] =>
    spans.map(([a, b]) => [clampIndex(p.toInput, a), clampIndex(p.toInput, Math.max(a, b - 1)) + 1]);
  const atSpan = after.filter((f) => overlaps(f.spans, p.start, p.end));
  const isNew = (f: Placed): boolean => !before.some((b) => b.rule === f.rule && toInput(f.spans).some(([a, c]) => overlaps(b.spans, a, c)));
  // At the span, or (new) in the evidence region: a finding quoting the figures rather than the changed one.
  const [r0, r1] = p.inputRegion;
  const inRegion = (f: Placed): boolean => toInput(f.spans).some(([a, c]) => a < Math.max(r1, r0 + 1) && r0 < Math.max(c, a + 1));
  const mine = after.filter((f) => f.rule === p.rule && (overlaps(f.spans, p.start, p.end) || (inRegion(f) && isNew(f))));
  const others = [...new Set(atSpan.filter((f) => f.rule !== p.rule && isNew(f)).map((f) => f.rule))];
  const elsewhere = mine.length === 0 && after.some((f) => f.rule === p.rule && f.spans.length > 0 && isNew(f));
  const planted = p.text.slice(Math.max(0, p.start - 30), Math.min(p.text.length, p.end + 30)).replace(/\n/g, '⏎');
  return {
    file,
    operator: p.operator,
    rule: p.rule,
    found: mine.length > 0,
    serious: mine.some((f) => f.severity === 'error' || f.severity === 'warning'),
    others,
    elsewhere,
    context: p.context,
    planted,
  };
}
