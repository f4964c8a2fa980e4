/**
 * Progressive delays for wrong passwords (issue 17), instead of locking an account: a stranger who guesses
 * wrong from their own address slows down only themselves. Two counters per failure: the account name with
 * the address (after `maxFailures` failures each further try waits 1 s, 2 s, 4 s … up to `lockMinutes`), and
 * the address alone (after `attemptsPerIpPerMinute` failures, the same progression across every name it
 * tries). The counters are keyed by the name as typed, whether or not such a user exists, so the answers do not
 * tell which names exist. A success clears the account's counter for that address. In memory, one process.
 */
import type { LoginPolicy } from './login-policy.ts';

interface Counter {
  failures: number;
  /** Time before which the next try is refused. */
  until: number;
  last: number;
}

export interface LoginThrottle {
  /** Milliseconds the caller must still wait before trying `username` from `address` (0: go ahead). */
  waitMs(username: string, address: string): number;
  /** A wrong password (or a wrong current password when changing it). */
  failed(username: string, address: string): void;
  succeeded(username: string, address: string): void;
}

export function createLoginThrottle(policy: LoginPolicy, now: () => number = Date.now): LoginThrottle {
  const counters = new Map<string, Counter>();
  const maxDelay = policy.lockMinutes * 60_000;
  const accountKey = (username: string, address: string) => `a:${username.normalize('NFKC').toLowerCase()}|${address}`;
  const addressKey = (address: string) => `i:${address}`;

  const current = (key: string, t: number): Counter | undefined => {
    const c = counters.get(key);
    // Forgotten after a quiet spell as long as the longest delay.
    if (c && t - c.last > Math.max(maxDelay, 60_000)) {
      counters.delete(key);
      return undefined;
    }
    return c;
  };

  const bump = (key: string, free: number, t: number) => {
    if (counters.size > 50_000) for (const [k, c] of counters) if (t - c.last > Math.max(maxDelay, 60_000)) counters.delete(k);
    const c = current(key, t) ?? { failures: 0, until: 0, last: t };
    c.failures++;
    c.last = t;
    const over = c.failures - free;
    c.until = over >= 0 ? t + Math.min(maxDelay, 1000 * 2 ** over) : 0;
    counters.set(key, c);
  };

  return {
    waitMs(username, address) {
      const t = now();
      const a = current(accountKey(username, address), t)?.until ?? 0;
      const i = current(addressKey(address), t)?.until ?? 0;
      return Math.max(0, a - t, i - t);
    },
    failed(username, address) {
      const t = now();
      bump(accountKey(username, address), policy.maxFailures, t);
      bump(addressKey(address), policy.attemptsPerIpPerMinute, t);
    },
    succeeded(username, address) {
      counters.delete(accountKey(username, address));
    },
  };
}
