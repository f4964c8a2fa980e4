/**
 * Pure functions of the report-audit evaluation (issue 3, point 5): the shape of the hand annotations,
 * locating an annotated quote in the auditor's normalised text, matching findings to annotations, and
 * counting TP / FP / FN per rule. Nothing here imports the auditor, so these tests run without it.
 */
import { Converter } from 'opencc-js/t2cn';

export const RULE_IDS = [
  'sum-mismatch',
  'percent-mismatch',
  'unit',
  'entity-name',
  'count-mismatch',
  'numbering',
  'date-out-of-period',
  'date-malformed',
  'goal-mismatch',
  'score-vs-problems',
  'target-too-low',
  'budget-adjustment',
  'outline',
  'precision',
  'table-text-mismatch',
  'direction-mismatch',
  'template-residue',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(s: string): s is RuleId {
  return (RULE_IDS as readonly string[]).includes(s);
}

/** One hand annotation: a proven defect, or a check that came out right (`clean`). */
export interface Annotation {
  readonly rule: RuleId;
  /** Exact substring of the fixture's .txt where the defect (or the clean check) is. */
  readonly quote: string;
  /** Other places of the same defect (the other side of a cross-check, the parts of a sum). */
  readonly also?: readonly string[];
  /**
   * Other rules that prove the same defect (a prose total that differs from its table cell and from the sum of
   * its own parts): a finding of one of them on the defect counts like one of `rule`.
   */
  readonly alsoRules?: readonly RuleId[];
  readonly note: string;
}

export interface AnnotationFile {
  readonly defects: readonly Annotation[];
  readonly clean: readonly Annotation[];
  /**
   * Places where a finding is neither right nor wrong because of how the text was stored (an excerpt that
   * starts in the middle of a document, a list cut off by the store). Findings there are not counted.
   */
  readonly ignore?: readonly Annotation[];
  readonly notes: string;
}

export interface SourceSidecar {
  readonly url: string;
  readonly title: string;
  readonly kind: string;
  readonly fiscalYear: number;
  readonly department: string;
  readonly retrieved: string;
  /** True when only the opening of the published page is stored. */
  readonly excerpt?: boolean;
}

/** The part of the auditor's Finding that the evaluation reads. */
export interface EvidenceLike {
  readonly quote?: string;
  readonly start?: number;
  readonly end?: number;
  readonly line?: number;
}

export interface FindingLike {
  readonly rule: string;
  readonly severity: string;
  readonly message?: string;
  readonly calculation?: string;
  readonly evidence: readonly EvidenceLike[];
}

export interface Span {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

// ---------------------------------------------------------------- validation of annotation files

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toEvidence(v: unknown): EvidenceLike | undefined {
  if (!isRecord(v)) return undefined;
  const ev: { quote?: string; start?: number; end?: number; line?: number } = {};
  if (typeof v['quote'] === 'string') ev.quote = v['quote'];
  if (typeof v['start'] === 'number') ev.start = v['start'];
  if (typeof v['end'] === 'number') ev.end = v['end'];
  if (typeof v['line'] === 'number') ev.line = v['line'];
  return ev;
}

/** Reads an auditor's result defensively (any commit's `auditText`): `{ text, findings }`. */
export function readAuditResult(v: unknown): { text: string | undefined; findings: FindingLike[] } {
  if (!isRecord(v) || !Array.isArray(v['findings'])) throw new Error('auditText did not return { text, findings[] }');
  const findings: FindingLike[] = [];
  for (const f of v['findings']) {
    if (!isRecord(f) || typeof f['rule'] !== 'string' || typeof f['severity'] !== 'string') continue;
    const evidence = Array.isArray(f['evidence'])
      ? f['evidence'].map(toEvidence).filter((e): e is EvidenceLike => e !== undefined)
      : [];
    findings.push({
      rule: f['rule'],
      severity: f['severity'],
      evidence,
      ...(typeof f['message'] === 'string' ? { message: f['message'] } : {}),
      ...(typeof f['calculation'] === 'string' ? { calculation: f['calculation'] } : {}),
    });
  }
  return { text: typeof v['text'] === 'string' ? v['text'] : undefined, findings };
}

/** Parses one annotation list entry; returns an error message instead of throwing. */
function parseAnnotation(v: unknown, where: string): Annotation | string {
  if (!isRecord(v)) return `${where}: not an object`;
  const { rule, quote, also, note, alsoRules } = v;
  if (typeof rule !== 'string' || !isRuleId(rule)) return `${where}: unknown rule ${JSON.stringify(rule)}`;
  if (alsoRules !== undefined && !(Array.isArray(alsoRules) && alsoRules.every((r) => typeof r === 'string' && isRuleId(r)))) {
    return `${where}: alsoRules must be an array of rule ids`;
  }
  const extra = alsoRules === undefined ? {} : { alsoRules: alsoRules as RuleId[] };
  if (typeof quote !== 'string' || quote.length === 0) return `${where}: quote must be a non-empty string`;
  if (typeof note !== 'string' || note.length === 0) return `${where}: note must be a non-empty string`;
  if (also !== undefined) {
    if (!Array.isArray(also) || !also.every((a): a is string => typeof a === 'string' && a.length > 0)) {
      return `${where}: also must be an array of non-empty strings`;
    }
    return { rule, quote, also, note, ...extra };
  }
  return { rule, quote, note, ...extra };
}

/** Validates the JSON of an `.annotations.json`; returns the file or the list of problems. */
export function parseAnnotationFile(json: unknown): { ok: true; value: AnnotationFile } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (!isRecord(json)) return { ok: false, errors: ['not an object'] };
  const lists: Record<'defects' | 'clean' | 'ignore', Annotation[]> = { defects: [], clean: [], ignore: [] };
  for (const key of ['defects', 'clean', 'ignore'] as const) {
    const raw = json[key];
    if (key === 'ignore' && raw === undefined) continue;
    if (!Array.isArray(raw)) {
      errors.push(`${key} must be an array`);
      continue;
    }
    raw.forEach((entry, i) => {
      const a = parseAnnotation(entry, `${key}[${i}]`);
      if (typeof a === 'string') errors.push(a);
      else lists[key].push(a);
    });
  }
  if (typeof json['notes'] !== 'string') errors.push('notes must be a string');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { defects: lists.defects, clean: lists.clean, ignore: lists.ignore, notes: json['notes'] as string },
  };
}

/** Validates a `.source.json` sidecar. */
export function parseSidecar(json: unknown): { ok: true; value: SourceSidecar } | { ok: false; errors: string[] } {
  if (!isRecord(json)) return { ok: false, errors: ['not an object'] };
  const errors: string[] = [];
  for (const key of ['url', 'title', 'kind', 'department', 'retrieved'] as const) {
    if (typeof json[key] !== 'string' || (json[key] as string).length === 0) errors.push(`${key} must be a non-empty string`);
  }
  const fy = json['fiscalYear'];
  if (typeof fy !== 'number' || !Number.isInteger(fy) || fy < 2000 || fy > 2100) errors.push('fiscalYear must be a year');
  if (typeof json['retrieved'] === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(json['retrieved'])) {
    errors.push('retrieved must be YYYY-MM-DD');
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: json as unknown as SourceSidecar };
}

// ---------------------------------------------------------------- locating quotes

/** The normalisation applied to annotated quotes before looking for them in the auditor's text. */
export function normaliseQuote(s: string): string {
  return s.normalize('NFKC');
}

let t2cn: ((s: string) => string) | undefined;
const canonCache = new Map<string, string>();

/**
 * The comparison form of one character: NFKC (half-width digits and punctuation), traditional → simplified
 * (OpenCC t2cn, kept only when it does not change the length), whitespace dropped. Used to find a quote in
 * a text that an auditor normalised in its own way (full-width punctuation, simplified characters).
 */
function canonChar(ch: string): string {
  const hit = canonCache.get(ch);
  if (hit !== undefined) return hit;
  const n = ch.normalize('NFKC');
  let c: string;
  if (/^\s*$/.test(n)) c = '';
  else {
    const convert = t2cn ?? Converter({ from: 't', to: 'cn' });
    t2cn = convert;
    const t = convert(n);
    c = t.length === n.length ? t : n;
  }
  canonCache.set(ch, c);
  return c;
}

/** The comparison form of a string, with, for each of its UTF-16 units, the span of the source character. */
export function canonicalize(s: string): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    const c = canonChar(ch);
    for (let k = 0; k < c.length; k++) {
      starts.push(i);
      ends.push(i + ch.length);
    }
    text += c;
    i += ch.length;
  }
  return { text, starts, ends };
}

/**
 * For each offset of `raw` (0..raw.length), its offset in NFKC(raw), computed code point by code point.
 * Returns undefined when the per-code-point normalisation does not rebuild `target` (then the auditor
 * normalised differently and we cannot map offsets exactly).
 */
function nfkcOffsetMap(raw: string, target: string): number[] | undefined {
  const map: number[] = new Array(raw.length + 1);
  let built = '';
  let i = 0;
  while (i < raw.length) {
    const cp = raw.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    for (let k = 0; k < ch.length; k++) map[i + k] = built.length;
    built += ch.normalize('NFKC');
    i += ch.length;
  }
  map[raw.length] = built.length;
  return built === target ? map : undefined;
}

export type LocateMethod = 'exact' | 'nfkc' | 'canonical' | 'raw-mapped';

export interface Located {
  readonly span: Span;
  readonly method: LocateMethod;
}

/**
 * Finds `quote` (an exact substring of `raw`) in `normalised`, the text the auditor returned.
 * Tries, in order: the quote as is; its NFKC form; both in comparison form (NFKC, simplified characters, no
 * whitespace; see canonicalize); the raw position mapped through a per-character NFKC map. Returns undefined
 * when none works.
 */
export function locateQuote(quote: string, normalised: string, raw: string): Located | undefined {
  const direct = normalised.indexOf(quote);
  if (direct >= 0) return { span: { start: direct, end: direct + quote.length }, method: 'exact' };
  const nq = normaliseQuote(quote);
  const n = normalised.indexOf(nq);
  if (n >= 0) return { span: { start: n, end: n + nq.length }, method: 'nfkc' };
  const hay = canonicalize(normalised);
  const needle = canonicalize(quote).text;
  if (needle.length > 0) {
    // Several places may share the comparison form (whitespace is dropped): take the one nearest to where
    // the quote stands in the raw text, scaled to the normalised length.
    const r = raw.indexOf(quote);
    const expected = r >= 0 && raw.length > 0 ? (r * normalised.length) / raw.length : 0;
    let best: Span | undefined;
    for (let w = hay.text.indexOf(needle); w >= 0; w = hay.text.indexOf(needle, w + 1)) {
      const span: Span = { start: hay.starts[w]!, end: hay.ends[w + needle.length - 1]! };
      if (!best || Math.abs(span.start - expected) < Math.abs(best.start - expected)) best = span;
    }
    if (best) return { span: best, method: 'canonical' };
  }
  const r = raw.indexOf(quote);
  if (r >= 0) {
    const map = nfkcOffsetMap(raw, normalised);
    if (map) return { span: { start: map[r]!, end: map[r + quote.length]! }, method: 'raw-mapped' };
  }
  return undefined;
}

// ---------------------------------------------------------------- matching

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** An annotation with its quote (and `also` quotes) located in the normalised text. */
export interface LocatedAnnotation {
  readonly annotation: Annotation;
  readonly kind: 'defect' | 'clean' | 'ignore';
  /** Spans of quote and also-quotes; the first is the main quote. */
  readonly spans: readonly Span[];
  /** Normalised quote strings, same order as spans. */
  readonly quotes: readonly string[];
}

/**
 * Every annotation of a file (defects, clean checks, ignore spans) with its quote and `also` quotes located in the
 * normalised text. `onQuote` hears of each quote, located or not (the eval counts methods and lists the unlocated).
 */
export function locateAnnotations(
  ann: AnnotationFile,
  text: string,
  raw: string,
  onQuote?: (quote: string, annotation: Annotation, located: Located | undefined) => void,
): LocatedAnnotation[] {
  const anns: LocatedAnnotation[] = [];
  for (const kind of ['defects', 'clean', 'ignore'] as const) {
    for (const a of ann[kind] ?? []) {
      const spans: Span[] = [];
      const quotes: string[] = [];
      for (const q of [a.quote, ...(a.also ?? [])]) {
        const l = locateQuote(q, text, raw);
        onQuote?.(q, a, l);
        if (l) {
          spans.push(l.span);
          quotes.push(normaliseQuote(q));
        }
      }
      anns.push({ annotation: a, kind: kind === 'defects' ? 'defect' : kind, spans, quotes });
    }
  }
  return anns;
}

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Whether one evidence item points at a located annotation: its span overlaps one of the annotation's
 * spans; lacking offsets, its quote contains or is contained in one of the annotation's quotes; lacking
 * both, its line is the line of one of the spans.
 */
export function evidenceHits(ev: EvidenceLike, ann: LocatedAnnotation, text: string): boolean {
  if (typeof ev.start === 'number' && typeof ev.end === 'number') {
    const span: Span = ev.end > ev.start ? { start: ev.start, end: ev.end } : { start: ev.start, end: ev.start + 1 };
    return ann.spans.some((s) => overlaps(span, s));
  }
  if (typeof ev.quote === 'string' && ev.quote.length > 0) {
    const q = normaliseQuote(ev.quote).trim();
    if (q.length === 0) return false;
    return ann.quotes.some((aq) => aq.includes(q) || q.includes(aq));
  }
  if (typeof ev.line === 'number') {
    return ann.spans.some((s) => lineOf(text, s.start) === ev.line);
  }
  return false;
}

export function findingHits(f: FindingLike, ann: LocatedAnnotation, text: string): boolean {
  const rules: readonly string[] = [ann.annotation.rule, ...(ann.annotation.alsoRules ?? [])];
  return rules.includes(f.rule) && f.evidence.some((ev) => evidenceHits(ev, ann, text));
}

/**
 * How an annotated defect is credited.
 * - 'rule' (the headline figures): only a finding of the defect's rule (or one of its alsoRules) at its place.
 * - 'place' (a second, looser reading): also an error or warning of any other rule whose evidence points at the
 *   defect's place — the reviewer is sent to the defect, though the rule that names it differs from the
 *   annotator's choice (a head count summed under count-mismatch or sum-mismatch). Clean and ignore annotations
 *   are matched by rule in both readings.
 */
export type DefectCredit = 'rule' | 'place';

function defectHit(f: FindingLike, ann: LocatedAnnotation, text: string, credit: DefectCredit): boolean {
  if (findingHits(f, ann, text)) return true;
  if (credit === 'rule' || (f.severity !== 'error' && f.severity !== 'warning')) return false;
  return f.evidence.some((ev) => evidenceHits(ev, ann, text));
}

/** What became of one finding. */
export type FindingOutcome =
  | { readonly kind: 'tp'; readonly defect: number }
  | { readonly kind: 'duplicate'; readonly defect: number }
  | { readonly kind: 'clean-flagged'; readonly clean: number }
  | { readonly kind: 'ignored' }
  | { readonly kind: 'fp' }
  | { readonly kind: 'info' };

export interface FileMatch {
  /** For each annotated defect, the indices of the findings that matched it. */
  readonly defectHits: readonly (readonly number[])[];
  readonly outcomes: readonly FindingOutcome[];
}

/**
 * Matches the findings of one file against its located annotations.
 * - A finding of rule R matching an annotated defect of rule R: the first such finding is a TP of that
 *   defect, later ones are duplicates (neither TP nor FP). Any severity counts towards recall. With
 *   `credit` 'place', an error or warning of another rule at the defect's place counts the same way.
 * - A finding that hits a `clean` annotation of its rule (and no defect): 'clean-flagged', always a FP,
 *   whatever its severity.
 * - A finding that hits an `ignore` annotation, or whose rule is in `ignoreRules` (rules that cannot be
 *   judged on this fixture, e.g. `outline` on an excerpt): 'ignored', not counted.
 * - Other findings: FP when severity is error or warning, 'info' otherwise (reported, not counted).
 */
export function matchFile(
  findings: readonly FindingLike[],
  anns: readonly LocatedAnnotation[],
  text: string,
  ignoreRules: ReadonlySet<string> = new Set(),
  credit: DefectCredit = 'rule',
): FileMatch {
  const defects = anns.filter((a) => a.kind === 'defect');
  const cleans = anns.filter((a) => a.kind === 'clean');
  const ignores = anns.filter((a) => a.kind === 'ignore');
  const defectHits: number[][] = defects.map(() => []);
  const outcomes: FindingOutcome[] = findings.map((f, fi) => {
    // A finding may cover several defects (one finding quoting both 8、 and 9、): credit all it hits.
    const hits: number[] = [];
    defects.forEach((d, di) => {
      if (defectHit(f, d, text, credit)) hits.push(di);
    });
    if (hits.length > 0) {
      for (const di of hits) defectHits[di]!.push(fi);
      const firstFor = hits.find((di) => defectHits[di]![0] === fi);
      return firstFor !== undefined ? { kind: 'tp', defect: firstFor } : { kind: 'duplicate', defect: hits[0]! };
    }
    const c = cleans.findIndex((d) => findingHits(f, d, text));
    if (c >= 0) return { kind: 'clean-flagged', clean: c };
    if (ignoreRules.has(f.rule) || ignores.some((d) => findingHits(f, d, text))) return { kind: 'ignored' };
    return f.severity === 'error' || f.severity === 'warning' ? { kind: 'fp' } : { kind: 'info' };
  });
  return { defectHits, outcomes };
}

// ---------------------------------------------------------------- counting

export interface RuleCounts {
  tp: number;
  fp: number;
  fn: number;
  /** FPs that hit a clean annotation (included in fp). */
  cleanFlagged: number;
  /** Extra findings on an already matched defect (not counted as TP or FP). */
  duplicates: number;
  /** Info findings matching no annotation (not counted). */
  info: number;
  /** Findings on an `ignore` annotation or of a rule not judged on this fixture (not counted). */
  ignored: number;
  /** Annotated clean checks of this rule. */
  cleanChecks: number;
}

export function emptyCounts(): RuleCounts {
  return { tp: 0, fp: 0, fn: 0, cleanFlagged: 0, duplicates: 0, info: 0, ignored: 0, cleanChecks: 0 };
}

/** Adds one file's match to per-rule counts (mutates and returns `into`). */
export function addFileCounts(
  into: Map<string, RuleCounts>,
  findings: readonly FindingLike[],
  anns: readonly LocatedAnnotation[],
  match: FileMatch,
): Map<string, RuleCounts> {
  const get = (rule: string): RuleCounts => {
    let c = into.get(rule);
    if (!c) {
      c = emptyCounts();
      into.set(rule, c);
    }
    return c;
  };
  const defects = anns.filter((a) => a.kind === 'defect');
  defects.forEach((d, i) => {
    const c = get(d.annotation.rule);
    if (match.defectHits[i]!.length > 0) c.tp++;
    else c.fn++;
  });
  for (const a of anns) if (a.kind === 'clean') get(a.annotation.rule).cleanChecks++;
  match.outcomes.forEach((o, i) => {
    const c = get(findings[i]!.rule);
    if (o.kind === 'fp') c.fp++;
    else if (o.kind === 'clean-flagged') {
      c.fp++;
      c.cleanFlagged++;
    } else if (o.kind === 'duplicate') c.duplicates++;
    else if (o.kind === 'info') c.info++;
    else if (o.kind === 'ignored') c.ignored++;
  });
  return into;
}

export function recall(c: RuleCounts): number | null {
  return c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
}

export function precision(c: RuleCounts): number | null {
  return c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
}

export function sumCounts(all: Iterable<RuleCounts>): RuleCounts {
  const t = emptyCounts();
  for (const c of all) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
    t.cleanFlagged += c.cleanFlagged;
    t.duplicates += c.duplicates;
    t.info += c.info;
    t.ignored += c.ignored;
    t.cleanChecks += c.cleanChecks;
  }
  return t;
}

export function formatRatio(r: number | null): string {
  return r === null ? '—' : `${(r * 100).toFixed(1)}%`;
}
