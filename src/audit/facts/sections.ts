/** Sections: each heading's span runs to the next heading of the same or a higher level. */
import { toChineseNumber } from './chinese-numbers.ts';
import { ObjectSlot } from './object-slot.ts';
import type { AuditFacts, Heading, HeadingStyle, Span } from './types.ts';

export const LEVEL: Record<HeadingStyle, number> = { cjk: 1, 'paren-cjk': 2, arabic: 3, 'paren-arabic': 4 };

export interface Section extends Span {
  readonly heading: Heading;
  /** Body: after the heading line to the section end. */
  readonly bodyStart: number;
}

const STYLES: readonly HeadingStyle[] = ['cjk', 'paren-cjk', 'arabic', 'paren-arabic'];

/** Number n written in the style of heading h (its own separator for 1. / 1、). */
export function markerFor(h: Heading, n: number): string {
  if (h.style === 'cjk') return `${toChineseNumber(n)}、`;
  if (h.style === 'paren-cjk') return `（${toChineseNumber(n)}）`;
  if (h.style === 'paren-arabic') return `（${n}）`;
  return `${n}${h.marker.slice(-1)}`;
}

/**
 * Number n written in any marker of h's numeral family (1. 1、 （1） for Arabic styles; 一、 （一） for Chinese ones): a
 * list's first item run on inside a line may be written in a style of its own.
 */
export function markersOfNumber(h: Heading, n: number): string[] {
  if (h.style === 'cjk' || h.style === 'paren-cjk') {
    const c = toChineseNumber(n);
    return [`${c}、`, `（${c}）`, `(${c})`];
  }
  return [`${n}.`, `${n}、`, `${n}．`, `（${n}）`, `(${n})`];
}

/** Whether `marker` (1. / （一）) stands in `span` as a marker, not as part of a number (1.5%, 21.). */
export function markerInside(span: string, marker: string): boolean {
  for (let at = span.indexOf(marker); at !== -1; at = span.indexOf(marker, at + 1)) {
    const before = span.charCodeAt(at - 1);
    const after = span.charCodeAt(at + marker.length);
    if (before >= 48 && before <= 57) continue;
    if (after >= 48 && after <= 57) continue;
    return true;
  }
  return false;
}

/**
 * The level of each heading style in this text. The standard order is 一、 > （一） > 1. > （1）, but a text may nest
 * its styles otherwise (1. above （一）, （1）above 1.): a style whose lists start (its 1, right after a heading of
 * another style) more often under headings of a second style than the other way round stands below it (a list may
 * also start right after a heading of a deeper level that closed a section: the majority tells), and so on
 * transitively. When the evidence agrees with the standard order (or there is none) the standard order holds; else
 * two styles it does not relate stand in the order the text first uses them. Evidence that orders styles in a cycle
 * (each above the next and the last above the first) proves no order: the standard order holds.
 */
export function styleLevels(hs: readonly Heading[]): Record<HeadingStyle, number> {
  // starts[a][b]: how often a list of style b starts right under a heading of style a.
  const starts = new Map<string, number>();
  const firstAt = new Map<HeadingStyle, number>();
  for (let i = 0; i < hs.length; i++) {
    const cur = hs[i]!;
    if (!firstAt.has(cur.style)) firstAt.set(cur.style, i);
    const prev = hs[i - 1];
    if (prev && cur.number === 1 && cur.style !== prev.style) starts.set(`${prev.style}>${cur.style}`, (starts.get(`${prev.style}>${cur.style}`) ?? 0) + 1);
  }
  if (starts.size === 0) return LEVEL;
  // a over b by evidence (more lists of b start under a than the other way round), closed transitively.
  const over = new Set<string>();
  for (const a of STYLES) {
    for (const b of STYLES) if (a !== b && (starts.get(`${a}>${b}`) ?? 0) > (starts.get(`${b}>${a}`) ?? 0)) over.add(`${a}>${b}`);
  }
  for (const k of STYLES) for (const a of STYLES) for (const b of STYLES) if (a !== b && over.has(`${a}>${k}`) && over.has(`${k}>${b}`)) over.add(`${a}>${b}`);
  const standard = STYLES.every((a) => STYLES.every((b) => !over.has(`${a}>${b}`) || LEVEL[a] < LEVEL[b]));
  // Evidence that contradicts itself (a cycle: 1、 lists under （一）, （一） under 一、, and 一、 right after a contents
  // list's 10、 read as a list started under 1、) orders nothing: the standard order holds.
  const cyclic = STYLES.some((a) => STYLES.some((b) => a !== b && over.has(`${a}>${b}`) && over.has(`${b}>${a}`)));
  if (standard || cyclic) return LEVEL;
  // Styles the evidence does not relate: the one the text uses first stands above (its first heading opens the text).
  const above = (a: HeadingStyle, b: HeadingStyle): boolean => {
    const ab = over.has(`${a}>${b}`);
    const ba = over.has(`${b}>${a}`);
    if (ab !== ba) return ab;
    return (firstAt.get(a) ?? Number.MAX_SAFE_INTEGER) < (firstAt.get(b) ?? Number.MAX_SAFE_INTEGER) || (!firstAt.has(a) && !firstAt.has(b) && LEVEL[a] < LEVEL[b]);
  };
  const order: HeadingStyle[] = [];
  for (const st of STYLES) {
    const k = order.findIndex((o) => above(st, o));
    order.splice(k === -1 ? order.length : k, 0, st);
  }
  const levels = { ...LEVEL };
  order.forEach((st, i) => {
    levels[st] = i + 1;
  });
  return levels;
}

/**
 * The level each heading plays. A heading numbered in a lower style but continuing the top-level sequence
 * (七、 … 1、 2、 8、) plays level 1: the writer meant 八、 (the numbering rule reports the style change).
 */
export function effectiveLevels(hs: readonly Heading[], text?: string): { levels: number[]; promoted: boolean[] } {
  const levels: number[] = [];
  const promoted: boolean[] = [];
  let lastTop = 0;
  let lastTopHeading: Heading | undefined;
  const lastAt = new Map<number, number>();
  const styleLevel = styleLevels(hs);
  for (const h of hs) {
    let level = styleLevel[h.style];
    let isPromoted = false;
    if (level > 1 && lastTop > 0 && h.number === lastTop + 1) {
      const expected = (lastAt.get(level) ?? 0) + 1;
      // Only a jump forward (… 2、 then 8、) reads as the top level; a repeat or a step back is a numbering slip at its own level.
      // Not when the numbers below it stand glued inside the text since the top heading (一、单位职责⏎…职责是：1. 实施…⏎2. …):
      // the list of its own level started there, its 1 run on after a colon.
      // (Read only for a jump — h.number > expected first: the text since the top heading grows with the document, and
      // reading it for every heading was quadratic.)
      if (
        h.number > expected &&
        !(text !== undefined && lastTopHeading !== undefined && markersOfNumber(h, expected).some((m) => markerInside(text.slice(lastTopHeading!.start + lastTopHeading!.marker.length, h.start), m)))
      ) {
        level = 1;
        isPromoted = true;
      }
    }
    if (level === 1) {
      lastTop = h.number;
      lastTopHeading = h;
    }
    lastAt.set(level, h.number);
    for (const l of [...lastAt.keys()]) if (l > level) lastAt.delete(l);
    levels.push(level);
    promoted.push(isPromoted);
  }
  return { levels, promoted };
}

/** The sections of each document, built once: outline, score-vs-problems and date-out-of-period all read them. */
const sectionsCache = new ObjectSlot<AuditFacts, readonly Section[]>();

export function sectionsOf(facts: AuditFacts): readonly Section[] {
  let cached = sectionsCache.get(facts);
  if (!cached) {
    cached = buildSections(facts);
    sectionsCache.set(facts, cached);
  }
  return cached;
}

function buildSections(facts: AuditFacts): Section[] {
  const hs = facts.headings;
  const { levels } = effectiveLevels(hs, facts.text);
  const ends: number[] = new Array<number>(hs.length).fill(facts.text.length);
  // One pass with a stack of open sections: a heading closes every open one of the same or a deeper level.
  const open: number[] = [];
  for (let j = 0; j < hs.length; j++) {
    while (open.length > 0 && levels[open[open.length - 1]!]! >= levels[j]!) ends[open.pop()!] = hs[j]!.start;
    open.push(j);
  }
  return hs.map((h, i) => {
    const end = ends[i]!;
    const lineEnd = facts.text.indexOf('\n', h.start);
    return { heading: h, start: h.start, end, bodyStart: lineEnd === -1 ? end : Math.min(end, lineEnd + 1) };
  });
}

/** Sections whose heading title contains one of the words. */
export function sectionsTitled(facts: AuditFacts, words: readonly string[]): readonly Section[] {
  return sectionsOf(facts).filter((s) => words.some((w) => s.heading.title.includes(w)));
}

export function insideAny(offset: number, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= offset && offset < s.end);
}
