/**
 * The operator's view of the server: one log line per request with its method, route, status and time; every
 * 5xx logged with its stack while the client sees no detail; and only Fastify's own body parser answers
 * "body is not valid JSON" — a SyntaxError thrown by server code is a 500 like any other bug.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, type OpenedDatabase } from '../store/index.ts';
import { openTestPglite } from '../store/testing.ts';
import { buildApp } from './app.ts';
import { createTestUser, type SignedInClient, signedIn } from './auth/testing.ts';
import { createParsePool, type ParsePool } from './parse/parse-pool.ts';

interface LogLine {
  level: number;
  msg: string;
  method?: string;
  route?: string | null;
  path?: string;
  status?: number;
  ms?: number;
  err?: { type: string; message: string; stack: string; stderr?: string };
}

describe('server logging', () => {
  let store: OpenedDatabase;
  let app: FastifyInstance;
  let client: SignedInClient;
  const lines: LogLine[] = [];
  // A parse pool whose worker crashes as it starts (as a worker missing a module would).
  const workerDir = mkdtempSync(path.join(tmpdir(), 'jixiao-log-worker-'));
  let crashingPool: ParsePool;

  beforeAll(async () => {
    store = await openTestPglite();
    await migrateToLatest(store.db);
    app = await buildApp({ store, version: 'test' }, { logger: { level: 'info', stream: { write: (line) => lines.push(JSON.parse(line) as LogLine) } } });
    // Two routes with bugs in them, as server code could have: any error, and a JSON.parse of server data.
    app.post('/api/test/broken', async () => {
      throw new Error('database exploded');
    });
    app.post('/api/test/bad-server-json', async () => JSON.parse('{"half":'));
    const crashing = path.join(workerDir, 'crashing-worker.mjs');
    writeFileSync(crashing, `throw new Error('worker could not load its reader: table-file.js missing');`);
    crashingPool = createParsePool(
      { workers: 1, queueLength: 2, timeoutMs: 30_000, workerHeapMb: 64, sheetCells: 100, docxParagraphs: 10 },
      { worker: { file: crashing, throughTsx: false } },
    );
    app.post('/api/test/crashing-parse', async () => crashingPool.run({ kind: 'sheet-rows', bytes: new Uint8Array([1]), source: 'a.xlsx' }));
    await createTestUser(store.db, { username: 'log-admin', role: 'admin', regionCode: null, departmentCode: null });
    client = await signedIn(app, 'log-admin');
  });
  afterAll(async () => {
    await app?.close();
    await crashingPool?.close();
    await store?.close();
    rmSync(workerDir, { recursive: true, force: true });
  });

  const requestLines = () => lines.filter((l) => l.msg === 'request');

  it('logs each request once with its method, route pattern, path, status and time', async () => {
    lines.length = 0;
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const unknown = await client.inject({ method: 'GET', url: '/api/departments/431222.nobody/years/2024?x=1' });
    expect(unknown.statusCode).toBe(404);
    const logged = requestLines();
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ method: 'GET', route: '/api/health', path: '/api/health', status: 200 });
    expect(logged[1]).toMatchObject({ method: 'GET', route: '/api/departments/:id/years/:year', path: '/api/departments/431222.nobody/years/2024', status: 404 });
    for (const l of logged) expect(l.ms, 'the time taken, in ms').toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(lines), 'no session cookie in the log').not.toContain(client.cookie.split('=')[1]);
  });

  it('logs a 5xx with its stack, and tells the client nothing of it', async () => {
    lines.length = 0;
    const r = await client.inject({ method: 'POST', url: '/api/test/broken', payload: {} });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({ code: 'internal', message: '服务器内部错误 / internal server error' });
    expect(r.body).not.toContain('exploded');
    const error = lines.find((l) => l.level >= 50);
    expect(error?.err?.message).toBe('database exploded');
    expect(error?.err?.stack, 'the stack names the file that threw').toContain('logging.db.test.ts');
    expect(error).toMatchObject({ method: 'POST', route: '/api/test/broken' });
    expect(requestLines()).toMatchObject([{ method: 'POST', route: '/api/test/broken', status: 500 }]);
  });

  it('answers 400 "not valid JSON" only for a body the client sent, and 500 for a SyntaxError of server code', async () => {
    lines.length = 0;
    const badBody = await client.inject({ method: 'POST', url: '/api/department-years', payload: '{"half":', headers: { 'content-type': 'application/json' } });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json()).toMatchObject({ code: 'invalid-json' });
    const serverBug = await client.inject({ method: 'POST', url: '/api/test/bad-server-json', payload: {} });
    expect(serverBug.statusCode, 'a bug in the server is not the client’s bad JSON').toBe(500);
    expect(serverBug.json()).toMatchObject({ code: 'internal' });
    expect(lines.find((l) => l.level >= 50)?.err?.type).toBe('SyntaxError');
    expect(requestLines().map((l) => l.status)).toEqual([400, 500]);
  });

  it('logs a parse worker that crashed as a 5xx with its stderr — not 413 「文件过大」 — and tells the client nothing of it', async () => {
    lines.length = 0;
    const r = await client.inject({ method: 'POST', url: '/api/test/crashing-parse', payload: {} });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({ code: 'internal', message: '服务器内部错误 / internal server error' });
    expect(r.body).not.toContain('table-file');
    const error = lines.find((l) => l.level >= 50);
    expect(error?.err?.type).toBe('ParseWorkerCrash');
    expect(error?.err?.stderr, 'the worker’s stderr tail in the log line').toContain('worker could not load its reader: table-file.js missing');
    expect(requestLines()).toMatchObject([{ method: 'POST', route: '/api/test/crashing-parse', status: 500 }]);
  });
});
