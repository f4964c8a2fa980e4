import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEDGER_RULES } from './registry.ts';

describe('ledger rule registry', () => {
  it('lists every rule file once, each with a distinct ledger.* id', () => {
    const dir = import.meta.dirname;
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'registry.ts');
    const ids = files.map((f) => /id: '(ledger\.[a-z-]+)'/.exec(readFileSync(path.join(dir, f), 'utf8'))?.[1]);
    expect(ids.every((id) => id !== undefined), 'every rule file declares an id').toBe(true);
    expect([...LEDGER_RULES.map((r) => r.id)].sort()).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a test beside each rule', () => {
    const dir = import.meta.dirname;
    const rules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'registry.ts');
    for (const f of rules) expect(readdirSync(dir), f).toContain(f.replace(/\.ts$/, '.test.ts'));
  });
});
