/**
 * Enforces the layering in DESIGN.md: core imports nothing of ours and no node:* module; capabilities
 * (evaluation, report, audit, assets, ledger) reach each other only through their index.ts and never reach
 * store/ or server/; store/ never imports server/. Prints each violation as `file:line: …` and exits 1.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
const CAPABILITIES = ['evaluation', 'report', 'audit', 'assets', 'ledger'];

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else if (name.endsWith('.ts')) yield full;
  }
}

const violations: string[] = [];
const importRe = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/;

for (const file of files(src)) {
  const rel = path.relative(src, file);
  const layer = rel.split(path.sep)[0]!;
  const isTest = rel.endsWith('.test.ts');
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = importRe.exec(line);
      const spec = m?.[1] ?? m?.[2] ?? m?.[3];
      if (!spec) return;
      const where = `src/${rel}:${i + 1}`;
      const target = spec.startsWith('.') ? path.relative(src, path.resolve(path.dirname(file), spec)).split(path.sep) : [];
      const targetLayer = target[0];
      if (layer === 'core' && !isTest) {
        if (spec.startsWith('node:')) violations.push(`${where}: core 不能使用 ${spec} / core must not do I/O`);
        if (targetLayer && targetLayer !== 'core') violations.push(`${where}: core 不能依赖 ${targetLayer}/ / core depends on nothing of ours`);
      }
      if (CAPABILITIES.includes(layer) && targetLayer) {
        if (targetLayer === 'store' || targetLayer === 'server' || targetLayer === 'cli') {
          violations.push(`${where}: ${layer}/ 不能依赖 ${targetLayer}/ / capabilities stay free of storage and HTTP`);
        }
        if (CAPABILITIES.includes(targetLayer) && targetLayer !== layer && target.slice(1).join('/') !== 'index.ts') {
          violations.push(`${where}: 只能通过 ${targetLayer}/index.ts 调用 / use the other capability's index.ts`);
        }
      }
      if (layer === 'store' && (targetLayer === 'server' || targetLayer === 'cli')) {
        violations.push(`${where}: store/ 不能依赖 ${targetLayer}/ / the store must not know HTTP or the CLI`);
      }
    });
}

if (violations.length > 0) {
  console.error(violations.join('\n'));
  console.error(`分层检查失败：${violations.length} 处 / layering check failed`);
  process.exit(1);
}
console.log('分层检查通过 / layering check passed');
