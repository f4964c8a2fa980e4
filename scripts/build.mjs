#!/usr/bin/env node
/**
 * `npm run build` (and `prepare`, which `npm install` / `npm ci` run): compile src/ to JavaScript in dist/, one
 * file per source file (same folder depth, so paths relative to a module — data/, web/ — stay right), with
 * relative `.ts` imports rewritten to `.js`. Only transpiles (esbuild, which tsx brings): type errors are
 * `npm run typecheck`'s job and never stop an install.
 *
 * dist/build-info.json records a fingerprint of the sources (names, sizes, modification times); bin/jixiao.js
 * runs dist only while the sources still have that fingerprint, and the TypeScript sources (through tsx) otherwise —
 * so an edit in src/ is never shadowed by stale JavaScript.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceSnapshot } from '../bin/compiled.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
// `--out <folder>` (tests): another folder directly inside the package, so module-relative paths still work.
const outArg = process.argv.indexOf('--out');
const dist = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'dist');
if (path.dirname(dist) !== root) {
  console.error(`输出目录必须直接位于 ${root} 下 / the output folder must be directly inside the package`);
  process.exit(2);
}

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.warn('未找到 esbuild，跳过编译：jixiao 将直接运行 TypeScript 源码 / esbuild not found: jixiao runs from source');
  process.exit(0);
}

const started = Date.now();
// Taken before compiling: a file saved during the build is newer than the record, so dist counts as stale.
const snapshot = sourceSnapshot(src);
const entryPoints = snapshot.files.filter((f) => f.endsWith('.ts'));

/** Every import stays an import: relative `.ts` specifiers become `.js`, everything else is left as written. */
const keepImports = {
  name: 'keep-imports',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const relative = args.path.startsWith('./') || args.path.startsWith('../');
      return { path: relative ? args.path.replace(/\.ts$/, '.js') : args.path, external: true };
    });
  },
};

// Built beside and swapped in, so a jixiao starting meanwhile finds the old dist/ or none (then runs the sources).
const staging = `${dist}.building-${process.pid}`;
fs.rmSync(staging, { recursive: true, force: true });
await esbuild.build({
  entryPoints: entryPoints.map((f) => path.join(src, f)),
  outbase: src,
  outdir: staging,
  bundle: true,
  plugins: [keepImports],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Node 20.10+ reads `with { type: 'json' }`; esbuild's table would otherwise drop the attribute.
  supported: { 'import-attributes': true },
  logLevel: 'warning',
});
// Files read next to a module at run time (e.g. server/auth/login-policy.json).
for (const f of snapshot.files.filter((f) => f.endsWith('.json'))) {
  fs.mkdirSync(path.dirname(path.join(staging, f)), { recursive: true });
  fs.copyFileSync(path.join(src, f), path.join(staging, f));
}
fs.writeFileSync(path.join(staging, 'build-info.json'), `${JSON.stringify({ fingerprint: snapshot.fingerprint, files: snapshot.files.length })}\n`);
const old = `${dist}.old-${process.pid}`;
if (fs.existsSync(dist)) fs.renameSync(dist, old);
fs.renameSync(staging, dist);
fs.rmSync(old, { recursive: true, force: true });
console.log(`已编译 ${entryPoints.length} 个源文件到 ${path.basename(dist)}/（${Date.now() - started} ms） / compiled ${entryPoints.length} files to ${path.basename(dist)}/`);
