/**
 * 1,000 rounds of six processes racing for the same stale data-folder lock (src/store/data-dir-lock.ts): never
 * two holders, every refusal names the one holder, no claim or temporary file left behind.
 */
import { expect, it } from 'vitest';
import { raceForStaleLocks } from './lock-race.ts';

it('1,000 rounds of 6 processes racing for a stale lock: never two holders', async () => {
  const started = Date.now();
  const { problems, holders } = await raceForStaleLocks(1000, 6);
  console.info(`lock race: 1000 rounds × 6 processes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  expect(problems, 'each round has exactly one holder, named by the lock file and by every refusal').toEqual([]);
  expect(holders).toBe(1000);
});
