import { describe, expect, it } from 'vitest';
import { charWidth, chunksOf, cutLine, displayWidth, fixedWidthRows, isRuleLine, layoutOf } from './fixed-width.ts';

describe('display width of a print', () => {
  it('counts a Chinese character, a full-width form and the CJK-ambiguous ·, — and ─ as two columns, ASCII as one', () => {
    expect(displayWidth('湘N·3K618')).toBe(10);
    expect(displayWidth('（第1期）')).toBe(9);
    expect(displayWidth('2024年01月—2024年12月')).toBe(22);
    expect(charWidth('─'.codePointAt(0)!)).toBe(2);
    expect(displayWidth('ｱ')).toBe(1);
  });

  it('splits a line at runs of two spaces, keeping a single space inside a field', () => {
    expect(chunksOf('2070104 图书馆    30201 办公费')).toEqual([
      { text: '2070104 图书馆', start: 0, end: 14 },
      { text: '30201 办公费', start: 18, end: 30 },
    ]);
  });
});

describe('cutting a body line by the header', () => {
  //              0         10        20        30
  const layout = layoutOf('摘要      科目      借方金额  余额');
  it('puts text in the column it starts in and a number in the column it ends in', () => {
    expect(layout.starts).toEqual([0, 10, 20, 30]);
    // 1,234,567.00 starts under 科目 but ends under 借方金额; 9,876,543.21 ends under 余额.
    expect(cutLine('办公费    30201 1,234,567.00 9,876,543.21', layout)).toEqual(['办公费', '30201', '1,234,567.00', '9,876,543.21']);
  });

  it('reads an amount with a trailing minus (red ink of an older print engine) as a number, by the column it ends in', () => {
    expect(cutLine('办公费    30201 1,234,567.00- 9,876,543.21', layout)).toEqual(['办公费', '30201', '1,234,567.00-', '9,876,543.21']);
  });

  it('splits a field filled to its width at the single space before the next column, or at the column start', () => {
    expect(cutLine('办公用品A 30201     12.00', layout)).toEqual(['办公用品A', '30201', '12.00', '']);
    expect(cutLine('办公用品费30201 水费     1.00', layout)).toEqual(['办公用品费', '30201 水费', '1.00', '']);
  });

  it('knows rule lines', () => {
    expect(isRuleLine('=========')).toBe(true);
    expect(isRuleLine('\f──────')).toBe(true);
    expect(isRuleLine('-1.00')).toBe(false);
  });

  it('marks a page head (title lines after a form feed, other page number) as repeated title lines, the rest as rows', () => {
    const text = ['明细账  第1页', '摘要      借方金额', '办公费        1.00', '\f明细账  第2页', '摘要      借方金额', '电费          2.00'].join('\n');
    const rows = fixedWidthRows(text, 1);
    expect([0, 1, 2, 3, 4, 5].map((i) => rows.skip(i))).toEqual([undefined, undefined, undefined, 'title-repeat', undefined, undefined]);
    expect(rows.row(4)).toEqual(['摘要', '借方金额']);
    expect(rows.row(5)).toEqual(['电费', '2.00']);
  });

  it('marks a page-number line at a page foot as a page number, with or without a form feed', () => {
    const text = ['摘要      借方金额', '办公费        1.00', '                第 1 页  共 2 页', '- 2 -', '电费          2.00'].join('\n');
    const rows = fixedWidthRows(text, 0);
    expect([1, 2, 3, 4].map((i) => rows.skip(i))).toEqual([undefined, 'page-number', 'page-number', undefined]);
  });
});
