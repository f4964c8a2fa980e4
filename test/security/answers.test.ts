/**
 * Malformed input answers 400/404 in the project's `{ code, message }` shape, never a 500 or Fastify's raw error
 * (issue 17); every signed-in answer carries Cache-Control: no-store.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../../src/server/auth/testing.ts';
import { forEachEngine } from '../../src/store/testing.ts';
import { CODE_A, departmentBody, ID_A, POLICY, REGION, YEAR } from './support.ts';

forEachEngine('answers', (ctx) => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  let officer: SignedInClient;
  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test', loginPolicy: POLICY });
    await createTestUser(ctx.db, { username: 'ans-officer', role: 'officer', regionCode: REGION, departmentCode: CODE_A });
    officer = await signedIn(app, 'ans-officer');
    await officer.inject({ method: 'POST', url: '/api/department-years', payload: departmentBody(CODE_A) });
  });
  afterAll(async () => {
    await app?.close();
  });

  const shape = (body: string) => {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    return typeof parsed.code === 'string' && typeof parsed.message === 'string';
  };

  it('answers every malformed input of issue 17 with a 4xx in the error shape', async () => {
    const card = { assetNumber: 'ANS-1', name: '碎纸机', classCode: 'A02021301', originalValue: 50000, location: '办公室' };
    const cases: { name: string; run: () => Promise<{ statusCode: number; body: string }> }[] = [
      { name: 'invalid date in the JSON asset route', run: () => officer.inject({ method: 'POST', url: `/api/departments/${ID_A}/assets`, payload: { ...card, acquiredOn: '2024-13-45' } }) },
      { name: 'invalid date 2024-02-30', run: () => officer.inject({ method: 'POST', url: `/api/departments/${ID_A}/assets`, payload: { ...card, assetNumber: 'ANS-2', acquiredOn: '2024-02-30' } }) },
      {
        name: 'lone surrogate in a JSON text',
        run: () =>
          officer.inject({ method: 'POST', url: `/api/departments/${ID_A}/assets`, headers: { 'content-type': 'application/json' }, payload: `{"assetNumber":"ANS-3","name":"\\ud800x","classCode":"A02021301","originalValue":1,"acquiredOn":"2024-01-01"}` }),
      },
      { name: 'lone surrogate in a query', run: () => officer.inject({ method: 'GET', url: `/api/departments/${ID_A}/assets?includeDisposed=%ED%A0%80` }) },
      { name: 'year 2147483648', run: () => officer.inject({ method: 'GET', url: `/api/departments/${ID_A}/years/2147483648` }) },
      { name: 'year 2147483648 on a write', run: () => officer.inject({ method: 'PUT', url: `/api/departments/${ID_A}/years/2147483648/parts/goals`, payload: [] }) },
      { name: 'malformed x-filename', run: () => officer.inject({ method: 'POST', url: '/api/audit', headers: { 'content-type': 'text/plain', 'x-filename': '%E0%A4%A.txt' }, payload: '报告' }) },
      { name: 'malformed URL encoding', run: () => officer.inject({ method: 'GET', url: `/api/departments/%E0%A4%A/years/${YEAR}` }) },
      { name: 'overlong URL parameter', run: () => officer.inject({ method: 'GET', url: `/api/departments/${'x'.repeat(5000)}/years/${YEAR}` }) },
    ];
    const problems: string[] = [];
    for (const c of cases) {
      const r = await c.run();
      if (r.statusCode < 400 || r.statusCode >= 500) problems.push(`${c.name}: ${r.statusCode} ${r.body.slice(0, 160)}`);
      else if (!shape(r.body)) problems.push(`${c.name}: ${r.statusCode} not the error shape: ${r.body.slice(0, 160)}`);
    }
    expect(problems).toEqual([]);
  });

  it('answers an overlong URL on a listening server with 431 in the error shape, not a bare status line', async () => {
    const server = await buildApp({ store: ctx.opened, version: 'test', loginPolicy: POLICY });
    try {
      await server.listen({ port: 0, host: '127.0.0.1' });
      const { port } = server.server.address() as AddressInfo;
      const r = await new Promise<{ status?: number; body: string }>((resolve) => {
        const req = http.request({ host: '127.0.0.1', port, path: `/api/department-years?${'a=1&'.repeat(20_000)}` }, (res) => {
          let body = '';
          res.on('data', (b: Buffer) => {
            body += b.toString();
          });
          res.on('end', () => resolve({ ...(res.statusCode !== undefined ? { status: res.statusCode } : {}), body }));
        });
        req.on('error', (e) => resolve({ body: e.message }));
        req.end();
      });
      expect(r.status, r.body).toBe(431);
      expect(shape(r.body), r.body).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('marks every signed-in answer Cache-Control: no-store (JSON, errors and downloads)', async () => {
    for (const url of [`/api/departments/${ID_A}/years/${YEAR}`, '/api/department-years', `/api/departments/${ID_A}/assets/export?format=csv`, `/api/departments/${ID_A}/years/1999`]) {
      const r = await officer.inject({ method: 'GET', url });
      expect(r.headers['cache-control'], `${url} (${r.statusCode})`).toBe('no-store');
    }
  });
});
