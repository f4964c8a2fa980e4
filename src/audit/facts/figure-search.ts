/**
 * Small searches over the extracted figures and the text around them, shared by the facts and the rules.
 */
import type { Figure } from './types.ts';

/** Index of the first figure that starts at or after `offset` (figures are in text order; binary search). */
export function firstFigureAtOrAfter(figures: readonly Figure[], offset: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a bracket opened before `from` closes between `from` and `to` (what stands at `from` is inside it). */
export function bracketClosesBetween(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}
