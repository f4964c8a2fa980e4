// Whether dist/ (the JavaScript `npm run build` compiles from src/) may run: only when it was built from the
// sources exactly as they are now — every file under src/ (tests left out) with its size and modification
// time, hashed, equal to the fingerprint the build recorded in dist/build-info.json. Costs a few ms per start.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const COMPILED = /\.(ts|json)$/;
const TEST = /\.test\.ts$/;

/** @param {string} src the src/ folder @returns {{ files: string[], fingerprint: string }} */
export function sourceSnapshot(src) {
  const files = [];
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPILED.test(entry.name) || TEST.test(entry.name)) continue;
    files.push(path.relative(src, path.join(entry.parentPath ?? entry.path, entry.name)));
  }
  files.sort();
  const hash = createHash('sha1');
  for (const f of files) {
    const s = statSync(path.join(src, f));
    hash.update(`${f}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return { files, fingerprint: hash.digest('hex') };
}

/**
 * @param {string} root the package folder (holding src/ and dist/)
 * @param {Record<string, string | undefined>} env JIXIAO_FROM_SOURCE=1 forces the sources
 * @returns {boolean} whether dist/ is current
 */
export function compiledIsCurrent(root, env = process.env) {
  if (env.JIXIAO_FROM_SOURCE === '1') return false;
  try {
    const info = JSON.parse(readFileSync(path.join(root, 'dist', 'build-info.json'), 'utf8'));
    return info.fingerprint === sourceSnapshot(path.join(root, 'src')).fingerprint;
  } catch {
    return false;
  }
}
