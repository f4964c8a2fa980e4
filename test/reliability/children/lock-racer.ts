/**
 * A contender in the stale-lock race (src/store/data-dir-lock.race.test.ts): for each folder read from stdin,
 * release the lock of the previous round and try to take this one's; answer `won <pid>`, `locked <pid>` (the
 * holder it was refused for) or `error <message>`, one line per round. Holds what it won until the next round,
 * so a second winner in a round can only mean two holders at once.
 */
import { createInterface } from 'node:readline';
import { acquireDataDirLock, type DataDirLock, DataDirLockedError } from '../../../src/store/data-dir-lock.ts';

let held: DataDirLock | undefined;
for await (const dir of createInterface({ input: process.stdin })) {
  held?.release();
  held = undefined;
  try {
    held = acquireDataDirLock(dir);
    process.stdout.write(`won ${process.pid}\n`);
  } catch (err) {
    if (err instanceof DataDirLockedError) process.stdout.write(`locked ${err.pid}\n`);
    else process.stdout.write(`error ${(err as Error).message.replace(/\n/g, ' ')}\n`);
  }
}
held?.release();
