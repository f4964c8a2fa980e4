/**
 * Tests of one character of a text by its UTF-16 code. `text[k]` makes a new one-character string of every character
 * beyond Latin-1 (each Chinese character) unless it is compared at once with ===: passed to a function, to .includes or
 * to a regular expression, it is allocated — in the loops that walk the text, a large share of an audit's garbage.
 */

/** A character of the CJK Unified Ideographs block (U+4E00–U+9FFF), as [\u4e00-\u9fff] tests. */
export function isCjkCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The codes of the given characters, for `codes.has(text.charCodeAt(k))` (NaN, past either end, is never held). */
export function charCodes(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}
