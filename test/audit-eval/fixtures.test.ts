import { describe, expect, it } from 'vitest';
import { loadFixtures } from './fixtures.ts';
import { isRuleId } from './matching.ts';

const MAX_QUOTE = 60;

describe('annotated audit corpus (test/fixtures/audit)', () => {
  const { fixtures, problems } = loadFixtures();

  it('has no malformed fixture (sidecars present, JSON valid, every quote an exact substring)', () => {
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
  });

  it('holds the seed and at least 18 further real reports', () => {
    expect(fixtures.some((f) => f.name.startsWith('000-'))).toBe(true);
    expect(fixtures.length).toBeGreaterThanOrEqual(19);
  });

  it('uses only known rule ids', () => {
    for (const f of fixtures) {
      for (const a of [...f.annotations.defects, ...f.annotations.clean, ...(f.annotations.ignore ?? [])]) {
        expect(isRuleId(a.rule), `${f.name}: ${a.rule}`).toBe(true);
      }
    }
  });

  it('keeps quotes short and unique in their file', () => {
    const bad: string[] = [];
    for (const f of fixtures) {
      for (const a of [...f.annotations.defects, ...f.annotations.clean, ...(f.annotations.ignore ?? [])]) {
        for (const q of [a.quote, ...(a.also ?? [])]) {
          if (q.length > MAX_QUOTE) bad.push(`${f.name}: too long (${q.length}): ${q}`);
          const first = f.text.indexOf(q);
          if (first >= 0 && f.text.indexOf(q, first + 1) >= 0) bad.push(`${f.name}: not unique: ${q}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('gives every fixture a source URL, a fiscal year and notes', () => {
    for (const f of fixtures) {
      expect(f.source.url, f.name).toMatch(/^(https?|file):\/\//);
      expect(f.annotations.notes.length, f.name).toBeGreaterThan(0);
    }
  });
});
