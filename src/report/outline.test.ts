import { describe, expect, it } from 'vitest';
import { BLOCKS } from './blocks/registry.ts';
import { chineseNumeral, headingNumber } from './chinese-numbering.ts';
import { getOutline, loadOutlines, OutlineError, outlineBlockIds } from './outline.ts';

describe('outline templates (data/report/outlines)', () => {
  it('ships the county nine-section outline as default and the provincial ten-section one, each with source and version', () => {
    const outlines = loadOutlines();
    expect([...outlines.keys()].sort()).toEqual(['county-nine-2024', 'provincial-ten-2024']);
    expect(getOutline().id).toBe('county-nine-2024');
    expect(getOutline().sections).toHaveLength(9);
    expect(getOutline('provincial-ten-2024').sections).toHaveLength(10);
    for (const o of outlines.values()) {
      expect(o.source.length, `${o.id} says where it comes from`).toBeGreaterThan(40);
      expect(o.version).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
    }
  });

  it('names only blocks the registry knows', () => {
    for (const o of loadOutlines().values()) {
      const unknown = outlineBlockIds(o).filter((id) => !(id in BLOCKS));
      expect(unknown, `${o.id} names unknown blocks`).toEqual([]);
    }
  });

  it('keeps the 政府性基金 / 国有资本经营 / 社会保险基金 sections in both outlines', () => {
    for (const o of loadOutlines().values()) {
      const headings = o.sections.map((s) => s.heading);
      expect(headings).toContain('政府性基金预算支出情况');
      expect(headings).toContain('国有资本经营预算支出情况');
      expect(headings).toContain('社会保险基金预算支出情况');
    }
  });

  it('refuses an unknown outline id, in Chinese and English', () => {
    expect(() => getOutline('nope')).toThrow(OutlineError);
    expect(() => getOutline('nope')).toThrow(/未知的提纲模板.*unknown outline/);
  });
});

describe('outline numbering', () => {
  it('writes 一、 （一） 1. as 公文 does, up to 九十九', () => {
    expect(headingNumber(1, 9)).toBe('九、');
    expect(headingNumber(1, 10)).toBe('十、');
    expect(headingNumber(2, 12)).toBe('（十二）');
    expect(headingNumber(3, 4)).toBe('4.');
    expect(chineseNumeral(20)).toBe('二十');
    expect(chineseNumeral(99)).toBe('九十九');
  });
});
