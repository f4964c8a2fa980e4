import { describe, expect, it } from 'vitest';
import { boundInWord, withNameShortForms } from './project-keywords.ts';
import { jiebaSegmenter } from './segment-words.ts';

describe('withNameShortForms', () => {
  it('reads 劳模 as 劳动模范 of the own name', () => {
    expect(withNameShortForms('发放劳模春节慰问金', '劳动模范关爱经费', jiebaSegmenter)).toContain('劳动模范');
  });

  it('does not read 教学 inside 教学楼 as 教育学生 of 农村义务教育学生营养改善计划', () => {
    expect(withNameShortForms('教学楼外墙瓷砖脱落维修', '农村义务教育学生营养改善计划', jiebaSegmenter)).toBe('教学楼外墙瓷砖脱落维修');
  });
});

describe('boundInWord', () => {
  it('a part of one longer word is bound; a word written together with another word is not', () => {
    expect(boundInWord('教学', ['教学', '教学楼', '外墙'])).toBe(true);
    expect(boundInWord('救灾', ['转运', '救灾', '物资', '救灾物资'])).toBe(false);
    expect(boundInWord('劳模', ['发放', '劳模', '春节'])).toBe(false);
  });
});
