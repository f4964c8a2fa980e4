import { describe, expect, it } from 'vitest';
import { firstVisibleChar, isWhiteSpaceCode } from './lines.ts';

describe('isWhiteSpaceCode', () => {
  it('agrees with the regular expression \\s on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isWhiteSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});

describe('firstVisibleChar', () => {
  it('is the first character of the range with white space removed', () => {
    const text = 'x\t \u3000第二部分 决算表\n、y';
    expect(firstVisibleChar(text, 1, text.length)).toBe('第');
    expect(firstVisibleChar(text, 1, 4)).toBe('');
    expect(firstVisibleChar(text, text.indexOf('\n'), text.length)).toBe('、');
    for (const [start, end] of [[0, 3], [1, 9], [2, 5], [9, 13]] as const) {
      expect(firstVisibleChar(text, start, end)).toBe(text.slice(start, end).replace(/\s+/g, '').slice(0, 1));
    }
  });
});
