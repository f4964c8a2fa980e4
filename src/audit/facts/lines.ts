/** Line starts and offset → 1-based line number (binary search, so evidence lookup stays O(log n)). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** Index of the last of `sorted` (ascending) that is at most `x`; 0 when none is (the first entry). */
export function lastAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineOf(lineStarts: readonly number[], offset: number): number {
  return lastAtMost(lineStarts, offset) + 1;
}

/** Index of the span (sorted by start, not overlapping) that contains `offset`, or -1. */
export function spanIndexAt(spans: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether a UTF-16 code unit is white space as the regular expression `\s` reads it. */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The first character of text[start, end) that is not white space, or '' when there is none: the first character
 * of `text.slice(start, end).replace(/\s+/g, '')` without building that string (a test on every line stays cheap).
 */
export function firstVisibleChar(text: string, start: number, end: number): string {
  for (let k = start; k < end; k++) if (!isWhiteSpaceCode(text.charCodeAt(k))) return text[k]!;
  return '';
}

/** The last character of text[start, end) that is not white space, or '' when there is none (see firstVisibleChar). */
export function lastVisibleChar(text: string, start: number, end: number): string {
  for (let k = end - 1; k >= start; k--) if (!isWhiteSpaceCode(text.charCodeAt(k))) return text[k]!;
  return '';
}

/** The line(s) of `text` around [start, end): from the start of the line holding `start` to the end of the line holding `end`. */
export function lineAround(text: string, start: number, end = start): { start: number; end: number; text: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  const lineEnd = next === -1 ? text.length : next;
  return { start: lineStart, end: lineEnd, text: text.slice(lineStart, lineEnd) };
}

/** Whether a line is a table row as the Word and PDF readers write them (cells joined by tabs or |), not prose. */
export function isCellRow(line: string): boolean {
  return line.includes('\t') || line.includes('|');
}
