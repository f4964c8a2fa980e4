/**
 * CLI start-up: wall time of `jixiao --help` from the compiled dist/ and from the TypeScript sources (tsx), each
 * against a bare `node -e 0` measured in the same run, alternating so the machine's load hits all three alike.
 * Medians of ROUNDS; the goal is ≤ 6× node's own start for the compiled CLI. `jixiao validate` of the demo
 * shows what a command that does work gains.
 * Run: node --import tsx bench/cli-start.bench.ts
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
// @ts-expect-error -- plain JavaScript beside the bin script, without type declarations
import { compiledIsCurrent } from '../bin/compiled.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.CLI_BENCH_ROUNDS ?? 15);

function wallMs(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, stdio: 'ignore' });
  // validate exits 1 on the demo's error-level findings; 2 would mean it could not run.
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function runCliStartBench(): Promise<Record<string, number>> {
  if (!(compiledIsCurrent as (root: string) => boolean)(ROOT)) {
    const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const bin = path.join(ROOT, 'bin/jixiao.js');
  const node: number[] = [];
  const compiled: number[] = [];
  const source: number[] = [];
  const validateCompiled: number[] = [];
  const validateSource: number[] = [];
  const fromSource = { ...process.env, JIXIAO_FROM_SOURCE: '1' };
  const validate = [bin, 'validate', path.join(ROOT, 'data/demo/yuanling-commerce-2024.json')];
  for (let i = 0; i < ROUNDS; i++) {
    node.push(wallMs(['-e', '0']));
    compiled.push(wallMs([bin, '--help']));
    source.push(wallMs([bin, '--help'], fromSource));
    if (i % 3 === 0) {
      validateCompiled.push(wallMs(validate));
      validateSource.push(wallMs(validate, fromSource));
    }
  }
  const n = median(node);
  return {
    'node -e 0 (ms)': n,
    'jixiao --help, compiled (ms)': median(compiled),
    'jixiao --help, compiled ÷ node (goal ≤ 6)': median(compiled) / n,
    'jixiao --help, from source via tsx (ms)': median(source),
    'jixiao --help, source ÷ node': median(source) / n,
    'jixiao validate demo, compiled (ms)': median(validateCompiled),
    'jixiao validate demo, from source (ms)': median(validateSource),
  };
}

if (import.meta.filename === process.argv[1]) console.table(await runCliStartBench());
