/**
 * `npm start` builds the web app when web/dist is missing (a fresh clone). Vite is a dev dependency: without it
 * (a production install) the server still starts and `/` says how to build the interface.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { repoPath } from '../../reference/paths.ts';

export function ensureWebBuilt(log: (line: string) => void = console.log): boolean {
  if (existsSync(repoPath('web/dist/index.html'))) return true;
  const vite = repoPath('node_modules/vite/bin/vite.js');
  if (!existsSync(vite)) {
    log('未找到 Vite，跳过网页界面构建 / Vite not installed: the web app is not built');
    return false;
  }
  log('正在构建网页界面（首次启动，约半分钟）… / building the web app (first start)…');
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
