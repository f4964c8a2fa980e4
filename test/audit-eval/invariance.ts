/**
 * Metamorphic check of the auditor: audit a text, audit each meaning-preserving rewrite of it (rewrites.ts), and
 * list the findings (errors, warnings and infos) that appear only after the rewrite. Such a finding is a false alarm: the
 * rule fired on a shape of text it was not written for. Findings on an annotated defect or `ignore` span, and
 * `outline` findings on an excerpt, are left out (they are not judged on the original either).
 *
 * A finding of the rewritten text is placed back on the original through the rewrite's offset map and matched,
 * by rule and line, against the original's findings: one at the same place with the same rule and at least the
 * same severity is the same finding.
 */
import { computeLineStarts, lineOf } from '../../src/audit/facts/lines.ts';
import type { Fixture } from './fixtures.ts';
import { locateQuote } from './matching.ts';
import { headingCases, REWRITES, type RewriteCase } from './rewrites.ts';

export interface AuditLike {
  readonly text: string;
  readonly findings: readonly {
    readonly rule: string;
    readonly severity: string;
    readonly message: string;
    readonly evidence: readonly { readonly start?: number; readonly end?: number; readonly quote?: string }[];
  }[];
}

export type AuditFn = (text: string) => AuditLike;
export type NormalizeFn = (text: string) => { text: string; toOriginal: ArrayLike<number> };

export interface NewFinding {
  readonly file: string;
  readonly rewrite: string;
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  /** The evidence as it stands in the rewritten text. */
  readonly quote: string;
  /** The original line it maps to (1-based), if any. */
  readonly line: number | undefined;
}

export interface InvarianceResult {
  /** Texts × rewrites that produced a different text. */
  readonly runs: number;
  readonly byRewrite: Map<string, { runs: number; errors: number; warnings: number; infos: number }>;
  readonly findings: NewFinding[];
  /** Annotated defects found on the original and not found on a rewrite, by rewrite. */
  readonly lost: { file: string; rewrite: string; rule: string; quote: string; touched: boolean }[];
  /**
   * For rewrites that report their edits (paraphrases): annotated defects found on the original whose lines a
   * rewrite edited (±1 line), by rewrite, with how many of them were still found after it.
   */
  readonly touched: Map<string, { rule: string; kept: boolean }[]>;
}

export interface InvarianceOptions {
  /** Only runs where a rewrite edited the lines of a defect found on the original (the --lost measure; faster). */
  readonly touchedOnly?: boolean;
}

const RANK: Record<string, number> = { info: 0, warning: 1, error: 2 };

interface Placed {
  readonly rule: string;
  readonly rank: number;
  /** Lines of the original raw text the evidence covers (inclusive ranges). */
  readonly ranges: readonly [number, number][];
}

function intersects(a: readonly [number, number][], b: readonly [number, number][], slack = 0): boolean {
  return a.some(([s1, e1]) => b.some(([s2, e2]) => s1 <= e2 + slack && s2 <= e1 + slack));
}

function clampIndex(map: ArrayLike<number>, i: number): number {
  return map[Math.max(0, Math.min(map.length - 1, i))]!;
}

/** Runs the check over fixtures; `only` limits the rewrites by name prefix. */
export function checkInvariance(
  fixtures: readonly Fixture[],
  audit: AuditFn,
  normalize: NormalizeFn,
  only: readonly string[] = [],
  options: InvarianceOptions = {},
): InvarianceResult {
  const touchedBy = new Map<string, { rule: string; kept: boolean }[]>();
  const byRewrite = new Map<string, { runs: number; errors: number; warnings: number; infos: number }>();
  const found: NewFinding[] = [];
  const lost: InvarianceResult['lost'] = [];
  let runs = 0;
  for (const fx of fixtures) {
    const raw = fx.text;
    const rawStarts = computeLineStarts(raw);
    const orig = audit(raw);
    const origNorm = normalize(raw);
    const placeOrig = (start: number, end: number): [number, number] => [
      lineOf(rawStarts, clampIndex(origNorm.toOriginal, start)),
      lineOf(rawStarts, clampIndex(origNorm.toOriginal, Math.max(start, end - 1))),
    ];
    const place = (f: AuditLike['findings'][number], toRaw: (i: number) => number): Placed => ({
      rule: f.rule,
      rank: RANK[f.severity] ?? 0,
      ranges: f.evidence
        .filter((e) => typeof e.start === 'number' && typeof e.end === 'number')
        .map((e): [number, number] => [lineOf(rawStarts, toRaw(e.start!)), lineOf(rawStarts, toRaw(Math.max(e.start!, e.end! - 1)))]),
    });
    const before = orig.findings.map((f) => place(f, (i) => clampIndex(origNorm.toOriginal, i)));
    // Annotated defects and ignore spans, as original lines.
    const excluded: [number, number][] = [];
    const defects: { rules: string[]; ranges: [number, number][]; quote: string }[] = [];
    for (const kind of ['defects', 'ignore'] as const) {
      for (const a of fx.annotations[kind] ?? []) {
        const ranges: [number, number][] = [];
        for (const q of [a.quote, ...(a.also ?? [])]) {
          const l = locateQuote(q, orig.text, raw);
          if (l) ranges.push(placeOrig(l.span.start, l.span.end));
        }
        excluded.push(...ranges);
        if (kind === 'defects') defects.push({ rules: [a.rule, ...(a.alsoRules ?? [])], ranges, quote: a.quote });
      }
    }
    const foundBefore = defects.map((d) => before.some((p) => d.rules.includes(p.rule) && intersects(p.ranges, d.ranges)));
    const unjudged = new Set<string>(fx.source.excerpt ? ['outline'] : []);
    for (const rc of [...REWRITES, ...headingCases(raw)] satisfies RewriteCase[]) {
      if (only.length > 0 && !only.some((o) => rc.name.startsWith(o))) continue;
      const rw = rc.apply(raw);
      if (rw === undefined || rw.text === raw) continue;
      const editLines: [number, number][] | undefined = rw.edits?.map((e) => [lineOf(rawStarts, e.start), lineOf(rawStarts, Math.max(e.start, e.end - 1))]);
      const touchedHere = defects.map((d, di) => foundBefore[di]! && editLines !== undefined && intersects(d.ranges, editLines, 1));
      if (options.touchedOnly && !touchedHere.some(Boolean)) continue;
      runs++;
      const stats = byRewrite.get(rc.name) ?? { runs: 0, errors: 0, warnings: 0, infos: 0 };
      stats.runs++;
      byRewrite.set(rc.name, stats);
      const after = audit(rw.text);
      const rwNorm = normalize(rw.text);
      const toRaw = (i: number): number => clampIndex(rw.toInput, clampIndex(rwNorm.toOriginal, i));
      const placedAfter = after.findings.map((f) => place(f, toRaw));
      after.findings.forEach((f, fi) => {
        const p = placedAfter[fi]!;
        if (unjudged.has(f.rule)) return;
        if (p.ranges.length > 0 && intersects(p.ranges, excluded)) return;
        const same =
          p.ranges.length > 0
            ? before.some((b) => b.rule === p.rule && b.rank >= p.rank && intersects(b.ranges, p.ranges, 1))
            : before.some((b) => b.rule === p.rule && b.rank >= p.rank && b.ranges.length === 0);
        if (same) return;
        if (f.severity === 'error') stats.errors++;
        else if (f.severity === 'warning') stats.warnings++;
        else stats.infos++;
        const e = f.evidence.find((x) => typeof x.start === 'number') ?? f.evidence[0];
        const quote = e?.quote ?? (e?.start !== undefined && e.end !== undefined ? after.text.slice(e.start, e.end) : '');
        found.push({
          file: fx.name,
          rewrite: rc.name,
          rule: f.rule,
          severity: f.severity,
          message: f.message,
          quote: quote.length > 80 ? `${quote.slice(0, 77)}…` : quote,
          line: p.ranges[0]?.[0],
        });
      });
      defects.forEach((d, di) => {
        if (!foundBefore[di]) return;
        const kept = placedAfter.some((p) => d.rules.includes(p.rule) && intersects(p.ranges, d.ranges, 1));
        if (touchedHere[di]) {
          const list = touchedBy.get(rc.name) ?? [];
          list.push({ rule: d.rules[0]!, kept });
          touchedBy.set(rc.name, list);
        }
        if (!kept) lost.push({ file: fx.name, rewrite: rc.name, rule: d.rules[0]!, quote: d.quote, touched: touchedHere[di]! });
      });
    }
  }
  return { runs, byRewrite, findings: found, lost, touched: touchedBy };
}
