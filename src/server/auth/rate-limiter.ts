/**
 * A fixed-window counter per key (the client address for sign-in): at most `limit` hits per `windowMs`.
 * In memory — one server process; good enough for a county's server, and it forgets on restart.
 */
export class RateLimiter {
  readonly #hits = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly now: () => number = Date.now,
  ) {}

  /** Count a hit; false when the key is over its limit in the current window. */
  hit(key: string): boolean {
    const t = this.now();
    const entry = this.#hits.get(key);
    if (!entry || t - entry.start >= this.windowMs) {
      if (this.#hits.size > 10_000) this.#sweep(t);
      this.#hits.set(key, { start: t, count: 1 });
      return true;
    }
    entry.count++;
    return entry.count <= this.limit;
  }

  /** Milliseconds until the key's window ends. */
  retryAfterMs(key: string): number {
    const entry = this.#hits.get(key);
    return entry ? Math.max(0, entry.start + this.windowMs - this.now()) : 0;
  }

  #sweep(t: number): void {
    for (const [k, e] of this.#hits) if (t - e.start >= this.windowMs) this.#hits.delete(k);
  }
}
