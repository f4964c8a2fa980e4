/**
 * A fresh clone is all a user has: no code or test may read a file outside the repository (the project's
 * working notes lived in a sibling `shared/` folder, and two tests once read the seed report from there and
 * failed with ENOENT on every clone).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const CODE = /\.(ts|tsx|js|mjs|cjs)$/;
/** A path that leaves the repository towards the sibling notes folder, or the machine's absolute work folder. */
const OUTSIDE = /\.\.\/shared\/|['"`/]work\/shared\b|['"`]\/work\//;

function* codeFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'fixtures' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* codeFiles(full);
    else if (CODE.test(name)) yield full;
  }
}

describe('the repository is self-contained', () => {
  it('no source, test, script or bench file names a path outside the clone', () => {
    const offenders: string[] = [];
    for (const top of ['src', 'test', 'scripts', 'bench', 'bin', 'web']) {
      for (const file of codeFiles(path.join(root, top))) {
        if (file === import.meta.filename) continue;
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (OUTSIDE.test(line)) offenders.push(`${path.relative(root, file)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(offenders, 'these lines read files that a fresh clone does not have').toEqual([]);
  });

  it('the pattern does catch the kind of path it guards against', () => {
    expect(OUTSIDE.test("path.resolve(dir, '../../../shared/seed/000.txt')")).toBe(true);
    expect(OUTSIDE.test("readFileSync('/work/shared/seed/000.txt')")).toBe(true);
    expect(OUTSIDE.test("resolve(root, 'test/fixtures/audit/000-seed.txt')")).toBe(false);
  });
});
