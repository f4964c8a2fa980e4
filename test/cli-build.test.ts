/**
 * The compiled CLI: `npm run build` turns src/ into JavaScript that runs without tsx and answers exactly as the
 * sources do; bin/jixiao.js runs it only while it was built from the sources as they are, and the sources
 * otherwise (an edit, a new file, a removed file, or no build at all), so stale JavaScript never runs.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript beside the bin script, without type declarations
import { compiledIsCurrent, sourceSnapshot } from '../bin/compiled.js';

const isCurrent = compiledIsCurrent as (root: string, env?: Record<string, string | undefined>) => boolean;
const snapshot = sourceSnapshot as (src: string) => { files: string[]; fingerprint: string };

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, `.dist-test-${process.pid}`);
const demo = path.join(root, 'data/demo/yuanling-commerce-2024.json');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-build-'));

afterAll(() => {
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** Run `main(args)` of the compiled CLI in `dir` in a plain Node process (no tsx loader). */
function runCompiled(dir: string, args: string[]) {
  const main = pathToFileURL(path.join(dir, 'cli/main.js')).href;
  const script = `const { main } = await import(${JSON.stringify(main)}); process.exitCode = await main(${JSON.stringify(args)});`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: scratch, encoding: 'utf8' });
}

function runSource(args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'bin/jixiao.js'), ...args], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, JIXIAO_FROM_SOURCE: '1' },
  });
}

describe('npm run build', () => {
  it('compiles src/ into JavaScript that answers like the sources, and records what it was built from', { timeout: 120_000 }, () => {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--out', out], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const info = JSON.parse(fs.readFileSync(path.join(out, 'build-info.json'), 'utf8')) as { fingerprint: string };
    expect(info.fingerprint, 'the sources have not changed since').toBe(snapshot(path.join(root, 'src')).fingerprint);
    expect(fs.readFileSync(path.join(out, 'cli/main.js'), 'utf8'), 'imports rewritten to .js').not.toMatch(/from ['"]\.{1,2}\/[^'"]*\.ts['"]/);
    // A command that reads data/ (JSON imports with attributes, code tables) and exits 1 on the demo's errors.
    for (const args of [['validate', demo, '--json'], ['evaluate', '--demo', '--json'], ['--help'], ['no-such-command']]) {
      const compiled = runCompiled(out, args);
      const source = runSource(args);
      expect(compiled.stderr, `jixiao ${args.join(' ')}: same messages`).toBe(source.stderr);
      expect(compiled.stdout, `jixiao ${args.join(' ')}: same output`).toBe(source.stdout);
      expect(compiled.status, `jixiao ${args.join(' ')}: same exit code`).toBe(source.status);
    }
  });
});

describe('bin/jixiao.js chooses the compiled code only while it is current', () => {
  function fakePackage(): string {
    const dir = fs.mkdtempSync(path.join(scratch, 'pkg-'));
    fs.mkdirSync(path.join(dir, 'src/cli'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'src/cli/main.ts'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(dir, 'src/cli/main.test.ts'), 'test\n');
    return dir;
  }
  function build(dir: string): void {
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist/build-info.json'), JSON.stringify({ fingerprint: snapshot(path.join(dir, 'src')).fingerprint }));
  }

  it('runs the sources when there is no build, and the build once made', () => {
    const dir = fakePackage();
    expect(isCurrent(dir, {})).toBe(false);
    build(dir);
    expect(isCurrent(dir, {})).toBe(true);
    expect(isCurrent(dir, { JIXIAO_FROM_SOURCE: '1' }), 'unless told to run the sources').toBe(false);
  });

  it('runs the sources again after a source is edited, added or removed — but not for a test file', () => {
    const dir = fakePackage();
    build(dir);
    fs.writeFileSync(path.join(dir, 'src/cli/main.test.ts'), 'test edited\n');
    expect(isCurrent(dir, {}), 'a test file is not compiled').toBe(true);
    fs.writeFileSync(path.join(dir, 'src/cli/main.ts'), 'export const a = 2;\n');
    expect(isCurrent(dir, {}), 'edited').toBe(false);
    build(dir);
    // Same size, older modification time (a file restored from a backup): still a change.
    const file = path.join(dir, 'src/cli/main.ts');
    fs.writeFileSync(file, 'export const a = 3;\n');
    fs.utimesSync(file, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(isCurrent(dir, {}), 'replaced by an older file').toBe(false);
    build(dir);
    fs.writeFileSync(path.join(dir, 'src/cli/extra.ts'), 'export {};\n');
    expect(isCurrent(dir, {}), 'added').toBe(false);
    build(dir);
    fs.rmSync(path.join(dir, 'src/cli/extra.ts'));
    expect(isCurrent(dir, {}), 'removed').toBe(false);
  });
});
