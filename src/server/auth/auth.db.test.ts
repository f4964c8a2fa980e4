import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FILE } from '../../reference/demo.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { createTestUser, type SignedInClient, signedIn, TEST_PASSWORD } from './testing.ts';

const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;
const A = '431222.yuanling-commerce';
const B = '431222.other-bureau';
const C = '431223.far-county';
const POLICY = { maxFailures: 3, lockMinutes: 10, attemptsPerIpPerMinute: 1000, sessionHours: 8 };

function departmentBody(code: string, region = '431222'): Record<string, unknown> {
  const body = JSON.parse(JSON.stringify(demoRaw)) as { department: Record<string, unknown>; region: Record<string, unknown> };
  body.department = { ...body.department, code, name: `${code} 测试单位` };
  body.region = { ...body.region, code: region };
  return body;
}

forEachEngine('accounts, sessions and tenant scope', (ctx) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  let officerA: SignedInClient;
  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test', loginPolicy: POLICY });
    await createTestUser(ctx.db, { username: 'root', role: 'admin', regionCode: null, departmentCode: null });
    await createTestUser(ctx.db, { username: 'officer-a', role: 'officer', regionCode: '431222', departmentCode: 'yuanling-commerce' });
    await createTestUser(ctx.db, { username: 'reviewer-431222', role: 'reviewer', regionCode: '431222', departmentCode: null });
    await createTestUser(ctx.db, {
      username: 'supervisor-a',
      role: 'supervisor',
      regionCode: '431222',
      departmentCode: 'yuanling-commerce',
      scopeDepartmentCodes: ['sub-unit'],
    });
    await createTestUser(ctx.db, { username: 'victim', role: 'officer', regionCode: '431222', departmentCode: 'other-bureau' });
    admin = await signedIn(app, 'root');
    for (const [code, region] of [['yuanling-commerce', '431222'], ['other-bureau', '431222'], ['sub-unit', '431222'], ['far-county', '431223']] as const) {
      const r = await admin.inject({ method: 'POST', url: '/api/department-years', payload: departmentBody(code, region) });
      expect(r.statusCode, r.body).toBe(201);
    }
    officerA = await signedIn(app, 'officer-a');
  });
  afterAll(async () => {
    await app.close();
  });

  describe('sign-in', () => {
    it('signs in with the right password: HttpOnly SameSite=Strict cookie, a CSRF token, and who I am', async () => {
      const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officer-a', password: TEST_PASSWORD } });
      expect(r.statusCode).toBe(200);
      const setCookie = String(r.headers['set-cookie']);
      expect(setCookie).toMatch(/jixiao_session=/);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
      const body = r.json() as { csrfToken: string; user: { role: string; roleLabel: string } };
      expect(body.csrfToken.length).toBeGreaterThan(20);
      expect(body.user).toMatchObject({ role: 'officer', roleLabel: '单位填报' });
      const me = await officerA.inject({ method: 'GET', url: '/api/auth/me' });
      expect(me.json()).toMatchObject({ user: { username: 'officer-a', departmentCode: 'yuanling-commerce' } });
    });

    it('refuses a wrong password and an unknown user with the same message', async () => {
      const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officer-a', password: 'nope-nope' } });
      const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'nope-nope' } });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.json().message).toMatch(/用户名或密码错误/);
      expect(wrong.headers['set-cookie']).toBeUndefined();
      // a later good sign-in clears the count
      await signedIn(app, 'officer-a');
    });

    it('locks an account after the configured failures, and it stays locked even with the right password', async () => {
      const attempt = (password: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'victim', password } });
      for (let i = 1; i < POLICY.maxFailures; i++) expect((await attempt('wrong-one')).statusCode).toBe(401);
      const locking = await attempt('wrong-one');
      expect(locking.statusCode).toBe(423);
      expect(locking.json().message).toMatch(/锁定/);
      for (let i = 0; i < 2; i++) {
        const r = await attempt(TEST_PASSWORD);
        expect(r.statusCode, 'the right password does not unlock').toBe(423);
        expect(r.headers['set-cookie']).toBeUndefined();
      }
    });

    it('rate-limits sign-in attempts from one address', async () => {
      const limited = await buildApp({ store: ctx.opened, version: 'test', loginPolicy: { ...POLICY, attemptsPerIpPerMinute: 2 } });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 3; i++) {
          codes.push((await limited.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } })).statusCode);
        }
        expect(codes).toEqual([401, 401, 429]);
      } finally {
        await limited.close();
      }
    });

    it('signs out: the old cookie no longer works', async () => {
      const client = await signedIn(app, 'reviewer-431222');
      expect((await client.inject({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
      expect((await client.inject({ method: 'GET', url: '/api/department-years' })).statusCode).toBe(401);
    });
  });

  describe('guards', () => {
    it('answers 401 to an API call without a session, except health, sign-in and the public pages', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/department-years' })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: `/api/departments/${A}/years/2024` })).statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/api/public/reports' })).statusCode).toBe(200);
      const r = await app.inject({ method: 'GET', url: '/api/department-years' });
      expect(r.json()).toEqual({ code: 'unauthorized', message: '请先登录 / please sign in' });
    });

    it('refuses a state-changing request without the CSRF token, or with a wrong one, and writes nothing', async () => {
      const before = (await officerA.inject({ method: 'GET', url: `/api/departments/${A}/years/2024` })).json() as { version: number };
      for (const token of [undefined, 'forged-token']) {
        const r = await app.inject({
          method: 'PUT',
          url: `/api/departments/${A}/years/2024/parts/staffing`,
          payload: { retirees: 1 },
          headers: { cookie: officerA.cookie, ...(token ? { 'x-csrf-token': token } : {}) },
        });
        expect(r.statusCode).toBe(403);
        expect(r.json().code).toBe('csrf');
      }
      const after = (await officerA.inject({ method: 'GET', url: `/api/departments/${A}/years/2024` })).json() as { version: number };
      expect(after.version).toBe(before.version);
    });

    it('lets only admins manage accounts', async () => {
      expect((await officerA.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
      const created = await admin.inject({
        method: 'POST',
        url: '/api/users',
        payload: { username: 'new-officer', displayName: '新填报员', role: 'officer', regionCode: '431222', departmentCode: 'other-bureau' },
      });
      expect(created.statusCode, created.body).toBe(201);
      const { password } = created.json() as { password: string };
      expect(password).toMatch(/^[a-z0-9]{4}-/);
      await signedIn(app, 'new-officer', password);
    });
  });

  describe('tenant scope', () => {
    it('lists only the caller’s departments: officer its own, supervisor its units, reviewer its region, admin all', async () => {
      const ids = async (client: SignedInClient) =>
        ((await client.inject({ method: 'GET', url: '/api/department-years' })).json() as { items: { id: string }[] }).items.map((i) => i.id).sort();
      expect(await ids(officerA)).toEqual([A]);
      expect(await ids(await signedIn(app, 'supervisor-a'))).toEqual(['431222.sub-unit', A].sort());
      expect(await ids(await signedIn(app, 'reviewer-431222'))).toEqual([B, '431222.sub-unit', A].sort());
      expect(await ids(admin)).toEqual([B, C, '431222.sub-unit', A].sort());
    });

    it('answers 404 to an officer of department A on every department route with department B’s id', async () => {
      const routes = app.routeTable.filter((r) => r.url.startsWith('/api/departments/:id') && r.method !== 'HEAD');
      expect(routes.length, 'the sweep found the department routes').toBeGreaterThanOrEqual(8);
      for (const target of [B, C]) {
        for (const route of routes) {
          const path = route.url.replace(':id', target).replace(':year', '2024').replace(':part', 'staffing').replace(/:[a-zA-Z]+/g, 'x');
          // Plausible query parameters, so the scope check (not input validation) is what answers.
          const url = `${path}?year=2024&asOf=2024-12-31`;
          const write = route.method !== 'GET';
          const r = await officerA.inject({
            method: route.method as 'GET',
            url,
            ...(write ? { payload: route.url.endsWith('/workflow') ? { action: 'submit' } : departmentBody(target.split('.')[1]!, target.split('.')[0]) } : {}),
          });
          expect(r.statusCode, `${route.method} ${url}`).toBe(404);
          expect(r.json(), `${route.method} ${url}`).toEqual({ code: 'not-found', message: '未找到 / not found' });
        }
      }
      const create = await officerA.inject({ method: 'POST', url: '/api/department-years', payload: departmentBody('brand-new') });
      expect(create.statusCode).toBe(404);
      // nothing of B changed
      const b = (await admin.inject({ method: 'GET', url: `/api/departments/${B}/years/2024/workflow` })).json() as { status: string; version: number };
      expect(b).toMatchObject({ status: 'draft', version: 1 });
    });
  });
});
