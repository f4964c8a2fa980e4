import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROFILES, RULE_IDS } from './registry.ts';

const here = dirname(fileURLToPath(import.meta.url));

describe('the rule registry', () => {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'registry.ts')
    .map((f) => f.slice(0, -3));

  it('lists every rule file of this folder (a rule that is not registered never runs)', () => {
    for (const file of files) expect(RULE_IDS, `rules/${file}.ts is not in the registry`).toContain(file);
  });

  it('has a file and a test for every registered id', () => {
    const tests = readdirSync(here).filter((f) => f.endsWith('.test.ts'));
    for (const id of RULE_IDS) {
      expect(files, `no rules/${id}.ts`).toContain(id);
      expect(tests, `no rules/${id}.test.ts`).toContain(`${id}.test.ts`);
    }
  });

  it('has exactly the seventeen agreed ids', () => {
    expect([...RULE_IDS].sort()).toEqual(
      [
        'sum-mismatch', 'percent-mismatch', 'unit', 'entity-name', 'count-mismatch', 'numbering', 'date-out-of-period',
        'date-malformed', 'goal-mismatch', 'score-vs-problems', 'target-too-low', 'budget-adjustment', 'outline',
        'precision', 'table-text-mismatch', 'direction-mismatch', 'template-residue',
      ].sort(),
    );
  });

  it('profiles only name registered rules, and strict runs them all', () => {
    for (const id of [...PROFILES.basic, ...PROFILES.strict]) expect(RULE_IDS).toContain(id);
    expect(PROFILES.strict).toEqual(RULE_IDS);
  });
});
