/**
 * `npm start` builds the web app when web/dist is missing (a fresh clone) or older than its sources (after a
 * pull). Vite is a dev dependency: without it (a production install) the server still starts and `/` says how
 * to build the interface.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from '../../reference/paths.ts';

/** Newest modification time under `dir` (files only). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether web/dist is there and newer than every source of the web app. */
export function webBuildIsCurrent(): boolean {
  const built = repoPath('web/dist/index.html');
  if (!existsSync(built)) return false;
  const sources = Math.max(newestMtime(repoPath('web/src')), statSync(repoPath('web/index.html')).mtimeMs, statSync(repoPath('web/vite.config.ts')).mtimeMs);
  return statSync(built).mtimeMs >= sources;
}

export function ensureWebBuilt(log: (line: string) => void = console.log): boolean {
  if (webBuildIsCurrent()) return true;
  // API-only runs (the reliability suite's servers, headless deployments) need no interface.
  if (process.env.JIXIAO_SKIP_WEB_BUILD === '1') return false;
  const vite = repoPath('node_modules/vite/bin/vite.js');
  if (!existsSync(vite)) {
    log('未找到 Vite，跳过网页界面构建 / Vite not installed: the web app is not built');
    return false;
  }
  log('正在构建网页界面（约半分钟）… / building the web app…');
  const r = spawnSync(process.execPath, [vite, 'build', '--config', repoPath('web/vite.config.ts'), '--logLevel', 'warn'], {
    cwd: repoPath('web'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) {
    log('网页界面构建失败，服务器仍会启动 / the web build failed; the API still starts');
    return false;
  }
  return true;
}
