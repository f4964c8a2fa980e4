/** Sections: each heading's span runs to the next heading of the same or a higher level. */
import type { AuditFacts, Heading, HeadingStyle, Span } from './types.ts';

export const LEVEL: Record<HeadingStyle, number> = { cjk: 1, 'paren-cjk': 2, arabic: 3, 'paren-arabic': 4 };

export interface Section extends Span {
  readonly heading: Heading;
  /** Body: after the heading line to the section end. */
  readonly bodyStart: number;
}

/**
 * The level each heading plays. A heading numbered in a lower style but continuing the top-level sequence
 * (七、 … 1、 2、 8、) plays level 1: the writer meant 八、 (the numbering rule reports the style change).
 */
export function effectiveLevels(hs: readonly Heading[]): { levels: number[]; promoted: boolean[] } {
  const levels: number[] = [];
  const promoted: boolean[] = [];
  let lastTop = 0;
  const lastAt = new Map<number, number>();
  for (const h of hs) {
    let level = LEVEL[h.style];
    let isPromoted = false;
    if (level > 1 && lastTop > 0 && h.number === lastTop + 1) {
      const expected = (lastAt.get(level) ?? 0) + 1;
      // Only a jump forward (… 2、 then 8、) reads as the top level; a repeat or a step back is a numbering slip at its own level.
      if (h.number > expected) {
        level = 1;
        isPromoted = true;
      }
    }
    if (level === 1) lastTop = h.number;
    lastAt.set(level, h.number);
    for (const l of [...lastAt.keys()]) if (l > level) lastAt.delete(l);
    levels.push(level);
    promoted.push(isPromoted);
  }
  return { levels, promoted };
}

export function sectionsOf(facts: AuditFacts): Section[] {
  const hs = facts.headings;
  const { levels } = effectiveLevels(hs);
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
export function sectionsTitled(facts: AuditFacts, words: readonly string[]): Section[] {
  return sectionsOf(facts).filter((s) => words.some((w) => s.heading.title.includes(w)));
}

export function insideAny(offset: number, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start <= offset && offset < s.end);
}
