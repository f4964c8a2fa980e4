/**
 * The stale-lock race, shared by the quick run in `npm test` (src/store/data-dir-lock.race.test.ts) and the
 * 1,000-round run of the reliability suite (lock-race.slow.ts): rounds of contender processes
 * (children/lock-racer.ts) that find the same stale lock at the same moment. Not a test file.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { LOCK_FILE_NAME } from '../../src/store/data-dir-lock.ts';

const RACER = path.resolve(import.meta.dirname, 'children/lock-racer.ts');

const bootId = fs.existsSync('/proc/sys/kernel/random/boot_id') ? fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() : '';

/**
 * Stale locks as they are found in the field: a dead holder (this pid with another start time), an old
 * one-line lock of an ended process, an empty file, and a dead holder whose takeover a crashed contender had
 * already claimed.
 */
function writeStaleLock(dir: string, round: number, deadPid: number): void {
  const lockPath = path.join(dir, LOCK_FILE_NAME);
  const dead = `${process.pid}\n1\n${bootId}\n`;
  const text = [dead, `${deadPid}\n`, '', dead][round % 4]!;
  fs.writeFileSync(lockPath, text);
  if (round % 4 === 3) {
    const id = createHash('sha256').update(text).digest('hex').slice(0, 16);
    fs.writeFileSync(`${lockPath}.takeover-${id}-1`, `${deadPid}\n`);
  }
}

/** Run `rounds` rounds of `contenders` processes; returns what went wrong (empty when each round had exactly one holder). */
export async function raceForStaleLocks(rounds: number, contenders: number): Promise<{ problems: string[]; holders: number }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-lock-race-'));
  const racers: ChildProcessWithoutNullStreams[] = [];
  try {
    const ended = spawn(process.execPath, ['-e', '0']);
    const deadPid = ended.pid!;
    await new Promise((r) => ended.once('exit', r));
    const answers: ((line: string) => void)[][] = [];
    for (let i = 0; i < contenders; i++) {
      const child = spawn(process.execPath, ['--import', 'tsx', RACER], { stdio: ['pipe', 'pipe', 'pipe'] });
      racers.push(child);
      const waiting: ((line: string) => void)[] = [];
      answers.push(waiting);
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => {
        stderr += b.toString();
      });
      child.once('exit', (code) => {
        for (const w of waiting.splice(0)) w(`error racer exited ${code}: ${stderr}`);
      });
      createInterface({ input: child.stdout }).on('line', (line) => waiting.shift()?.(line));
    }
    const problems: string[] = [];
    let holders = 0;
    for (let round = 0; round < rounds && problems.length < 5; round++) {
      const dir = path.join(work, String(round));
      fs.mkdirSync(dir);
      writeStaleLock(dir, round, deadPid);
      const replies = await Promise.all(
        racers.map(
          (child, i) =>
            new Promise<string>((resolve) => {
              answers[i]!.push(resolve);
              child.stdin.write(`${dir}\n`);
            }),
        ),
      );
      const winners = replies.filter((r) => r.startsWith('won '));
      holders += winners.length;
      const holder = winners[0]?.slice(4);
      if (winners.length !== 1) problems.push(`round ${round}: ${winners.length} holders (${replies.join('; ')})`);
      for (const r of replies) {
        if (!r.startsWith('won ') && r !== `locked ${holder}`) problems.push(`round ${round}: a contender answered "${r}" while ${holder} held the lock`);
      }
      const left = fs.readdirSync(dir);
      if (left.length !== 1 || left[0] !== LOCK_FILE_NAME) problems.push(`round ${round}: files left in the folder: ${left.join(', ')}`);
      else if (fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8').split('\n')[0] !== holder) problems.push(`round ${round}: the lock file does not name the holder ${holder}`);
    }
    return { problems, holders };
  } finally {
    for (const r of racers) r.kill('SIGKILL');
    fs.rmSync(work, { recursive: true, force: true });
  }
}
