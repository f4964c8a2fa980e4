import { describe, expect, it } from 'vitest';
import { firstVisibleChar, isCellRow, isWhiteSpaceCode, lineAround } from './lines.ts';

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

describe('lineAround', () => {
  const text = '一、概况\n本年收入100万元。\n合计\t100\t50';
  it('gives the whole line holding an offset, with its bounds', () => {
    const at = text.indexOf('收入');
    expect(lineAround(text, at)).toEqual({ start: 5, end: 15, text: '本年收入100万元。' });
  });
  it('runs from the line of start to the end of the line of end', () => {
    expect(lineAround(text, 1, text.indexOf('100')).text).toBe('一、概况\n本年收入100万元。');
  });
  it('reaches the end of the text on the last line and its start on the first', () => {
    expect(lineAround(text, text.length - 1).text).toBe('合计\t100\t50');
    expect(lineAround(text, 0).start).toBe(0);
  });
});

describe('isCellRow', () => {
  it('knows a table row by its tab or | cell borders, and prose by their absence', () => {
    expect(isCellRow('合计\t100\t50')).toBe(true);
    expect(isCellRow('合计 | 100 | 50')).toBe(true);
    expect(isCellRow('本年收入100万元，比上年增加10万元。')).toBe(false);
  });
});
