#!/usr/bin/env node
// The jixiao command. Runs the JavaScript compiled into dist/ (`npm run build`, which `npm install` runs as
// `prepare`) when it was built from the sources as they are now; otherwise — a source edited, added or removed
// since, or no dist/ at all — the TypeScript sources through tsx, so an edit is never shadowed by stale
// JavaScript. JIXIAO_FROM_SOURCE=1 forces the sources.
import { fileURLToPath } from 'node:url';
import { compiledIsCurrent } from './compiled.js';

let main;
if (compiledIsCurrent(fileURLToPath(new URL('..', import.meta.url)))) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
