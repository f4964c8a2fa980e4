import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capabilitiesOf } from './authorisation.ts';
import { loadLoginPolicy } from './login-policy.ts';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { RateLimiter } from './rate-limiter.ts';
import { hashToken, newToken, sameToken } from './tokens.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('correct-horse-7');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'correct-horse-7')).toBe(true);
    expect(await verifyPassword(hash, 'correct-horse-8')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('generates readable passwords that pass the length rule', () => {
    const p = generatePassword();
    expect(p).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(passwordProblem(p)).toBeNull();
    expect(passwordProblem('short')).toMatch(/至少12位/);
  });

  it('refuses the passwords issue 17 found accepted, common ones lengthened to 12, repeats and the user name', () => {
    for (const p of ['12345678', 'password', 'password1234', '123456789012', 'Qwerty123456', 'iloveyou1234', 'aaaaaaaaaaaaaa', 'ababababababab']) {
      expect(passwordProblem(p), `${p} is refused`).not.toBeNull();
    }
    expect(passwordProblem('zhang.wei-2026!', 'zhang.wei')).toMatch(/用户名/);
    expect(passwordProblem('correct-horse-battery')).toBeNull();
  });
});

describe('tokens', () => {
  it('makes distinct tokens and compares them in constant time', () => {
    const a = newToken();
    expect(a).not.toBe(newToken());
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(sameToken(a, a)).toBe(true);
    expect(sameToken(a, `${a}x`)).toBe(false);
  });
});

describe('rate limiter', () => {
  it('allows `limit` hits per window per key, then refuses until the window ends', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect([limiter.hit('ip'), limiter.hit('ip'), limiter.hit('ip')]).toEqual([true, true, false]);
    expect(limiter.hit('other')).toBe(true);
    expect(limiter.retryAfterMs('ip')).toBe(60_000);
    now = 60_000;
    expect(limiter.hit('ip')).toBe(true);
  });
});

describe('login policy', () => {
  it('reads the shipped policy and names the field of a bad one', () => {
    expect(loadLoginPolicy()).toMatchObject({ maxFailures: 5, lockMinutes: 15 });
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-policy-'));
    const file = path.join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ maxFailures: 0, lockMinutes: 1, attemptsPerIpPerMinute: 5, sessionHours: 1 }));
    expect(() => loadLoginPolicy(file)).toThrow(/maxFailures/);
  });
});

describe('capabilitiesOf (what the screens offer each role)', () => {
  it('follows the rule table: the admin manages accounts and code tables, never a department’s data', () => {
    const admin = capabilitiesOf('admin');
    expect(admin).toContain('account.manage');
    expect(admin).toContain('code-table.import');
    for (const data of ['department-year.edit', 'department-year.next', 'asset.write', 'ledger.replace', 'disposal.decide', 'workflow.transition']) {
      expect(admin, data).not.toContain(data);
    }
    expect(capabilitiesOf('reviewer')).toEqual(expect.arrayContaining(['department.create', 'department-year.next', 'workflow.transition']));
    expect(capabilitiesOf('reviewer')).not.toContain('asset.write');
    expect(capabilitiesOf('supervisor')).toContain('disposal.decide');
    expect(capabilitiesOf('officer')).not.toContain('disposal.decide');
  });
});
