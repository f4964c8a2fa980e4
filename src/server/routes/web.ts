/**
 * The web application (web/dist, built by Vite) served from `/`. Hash routing, so only `/` and the built
 * assets exist. Without a build, `/` explains how to build it instead of failing.
 */
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { repoPath } from '../../reference/paths.ts';

export const WEB_DIST = repoPath('web/dist');

/** The app's own page loads scripts from /assets only; antd writes its styles inline. */
export const WEB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

export async function webRoutes(app: FastifyInstance, distDir: string = WEB_DIST): Promise<void> {
  app.addHook('onSend', async (request, reply, payload) => {
    const path = request.url.split('?')[0];
    if ((path === '/' || path === '/index.html') && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header('Content-Security-Policy', WEB_CSP);
    }
    return payload;
  });
  if (existsSync(`${distDir}/index.html`)) {
    // The build writes .br and .gz beside each asset (web/vite.config.ts): served as they are, never compressed per request.
    await app.register(fastifyStatic, { root: distDir, prefix: '/', index: ['index.html'], wildcard: false, preCompressed: true });
    return;
  }
  app.get('/', async (_request, reply) => {
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>绩效 Jixiao</title></head>
<body style="font-family:sans-serif;margin:2rem"><h1>绩效 Jixiao</h1>
<p>网页界面尚未构建。请运行 <code>npm run build:web</code> 后重新启动（<code>npm start</code> 会自动构建）。</p>
<p>The web app is not built yet: run <code>npm run build:web</code>. The API is at <a href="/api/health">/api/health</a>.</p></body></html>`;
  });
}
