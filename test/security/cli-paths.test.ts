/**
 * Hostile paths given to the CLI: a FIFO or a device dressed as a report, a folder, a missing file behind `..`,
 * a code-table kind that is a path. (Reading a file the user names, /etc/passwd included, is the user's right:
 * the CLI runs as them.) Each is refused with exit 2 and one line (no
 * stack trace), promptly (a FIFO or /dev/zero read to the end would hang or fill memory), writing nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoPath } from '../../src/reference/paths.ts';
import { runCli } from '../reliability/support.ts';

const work = mkdtempSync(path.join(tmpdir(), 'jixiao-cli-paths-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('CLI paths', () => {
  it('refuses traversal, devices, FIFOs, folders and path-like arguments with exit 2 and one line, within seconds, writing nothing', async () => {
    const fifo = path.join(work, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    symlinkSync('/dev/zero', path.join(work, 'zero.txt'));
    mkdirSync(path.join(work, 'folder.txt'));
    const dataBefore = readdirSync(repoPath('data'), { recursive: true }).length;
    const env = { ...process.env, JIXIAO_DATA: path.join(work, 'db') };
    const cases: [string, string[]][] = [
      ['a FIFO named .txt (reading it would block forever)', ['check', fifo]],
      ['/dev/zero named .txt (reading it would never end)', ['check', path.join(work, 'zero.txt')]],
      ['a folder named .txt', ['check', path.join(work, 'folder.txt')]],
      ['a missing file', ['validate', path.join(work, 'nope', '..', '..', 'missing.json')]],
      ['a code-table kind that is a path', ['codes', 'import', '../../../tmp/evil', '2024', path.join(work, 'x.csv')]],
    ];
    const results = await Promise.all(
      cases.map(async ([name, args]) => {
        const started = Date.now();
        const r = await runCli(args, env, 90_000);
        return { name, r, ms: Date.now() - started };
      }),
    );
    for (const { name, r, ms } of results) {
      expect(r.code, `${name}: exit 2 (got ${r.code}; ${r.stderr.trim()})`).toBe(2);
      expect(r.stderr, `${name}: no stack trace`).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().length, `${name}: says why`).toBeGreaterThan(0);
      expect(ms, `${name}: refused promptly (a hang is killed at 90 s)`).toBeLessThan(80_000);
    }
    expect(readdirSync(repoPath('data'), { recursive: true }).length, 'no file appeared under data/').toBe(dataBefore);
    expect(readdirSync('/tmp').filter((n) => n === 'evil' || n.startsWith('evil')), 'nothing written at the traversal target').toEqual([]);
  }, 180_000);
});
