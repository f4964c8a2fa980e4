/**
 * The stale-lock takeover is atomic: several processes that find the same stale lock (its holder died) at the
 * same moment, round after round — exactly one of them holds the folder, the others are refused naming it, and
 * nothing but the lock file is left behind. A quick run here; 1,000 rounds in `npm run test:reliability`
 * (test/reliability/lock-race.slow.ts).
 */
import { expect, it } from 'vitest';
import { raceForStaleLocks } from '../../test/reliability/lock-race.ts';

const ROUNDS = Number(process.env['LOCK_RACE_ROUNDS'] ?? 120);

it(`${ROUNDS} rounds of 6 processes racing for a stale lock: never two holders`, { timeout: 300_000 }, async () => {
  const { problems, holders } = await raceForStaleLocks(ROUNDS, 6);
  expect(problems, 'each round has exactly one holder, named by the lock file and by every refusal').toEqual([]);
  expect(holders).toBe(ROUNDS);
});
