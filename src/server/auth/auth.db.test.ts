import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FILE } from '../../reference/demo.ts';
import { parseDepartmentYear } from '../../app/department-year-service.ts';
import { saveDepartmentYear } from '../../store/index.ts';
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
    // Loaded through the store: an admin writes no department data (issue 17).
    for (const [code, region] of [['yuanling-commerce', '431222'], ['other-bureau', '431222'], ['sub-unit', '431222'], ['far-county', '431223']] as const) {
      await saveDepartmentYear(ctx.db, parseDepartmentYear(departmentBody(code, region)), { expectedVersion: 0 });
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

    it('slows down wrong passwords per account and address: a stranger cannot keep the real user out', async () => {
      const attempt = (password: string, remoteAddress: string, username = 'victim') =>
        app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });
      for (let i = 0; i < POLICY.maxFailures; i++) expect((await attempt('wrong-one', '10.9.9.9')).statusCode).toBe(401);
      const slowed = await attempt(TEST_PASSWORD, '10.9.9.9');
      expect(slowed.statusCode, 'the stranger’s address now waits, even with the right password').toBe(429);
      expect(Number(slowed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      const owner = await attempt(TEST_PASSWORD, '10.1.1.1');
      expect(owner.statusCode, `the real user signs in from their own address at once: ${owner.body}`).toBe(200);
    });

    it('answers an unknown name exactly as a known one, failure by failure, in about the same time', async () => {
      const known: string[] = [];
      const unknown: string[] = [];
      for (let i = 0; i < POLICY.maxFailures + 1; i++) {
        for (const [name, address, out] of [
          ['officer-a', '10.2.0.1', known],
          ['no-such-user', '10.2.0.2', unknown],
        ] as const) {
          const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: 'wrong-password-x' }, remoteAddress: address });
          out.push(`${r.statusCode} ${r.body.replace(/\d+ 秒|\d+ s/g, 'N')}`);
        }
      }
      expect(unknown, 'the same answers for a name that does not exist').toEqual(known);
      // Timing: fresh addresses (no delays), interleaved, medians of 9.
      const knownMs: number[] = [];
      const unknownMs: number[] = [];
      for (let i = 0; i < 9; i++) {
        for (const [name, ms] of [
          ['officer-a', knownMs],
          ['no-such-user', unknownMs],
        ] as const) {
          const t = performance.now();
          await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: 'wrong-password-x' }, remoteAddress: `10.4.${i}.${name.length}` });
          ms.push(performance.now() - t);
        }
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
      const ratio = median(unknownMs) / median(knownMs);
      expect(ratio, `an unknown name costs about what a known one does (medians ${Math.round(median(unknownMs))} / ${Math.round(median(knownMs))} ms)`).toBeGreaterThan(0.6);
      expect(ratio).toBeLessThan(1.6);
    });

    it('puts the same limit on guessing the current password when changing it', async () => {
      const client = await signedIn(app, 'reviewer-431222');
      const change = (current: string) =>
        client.inject({ method: 'POST', url: '/api/auth/password', payload: { current, next: 'a-new-long-password-1' }, remoteAddress: '10.3.3.3' });
      for (let i = 0; i < POLICY.maxFailures; i++) expect((await change('not-my-password')).statusCode).toBe(400);
      expect((await change('not-my-password')).statusCode, 'further guesses wait').toBe(429);
      expect((await change(TEST_PASSWORD)).statusCode, 'even the right one, until the delay is over').toBe(429);
    });

    it('counts only failures against the address: many good sign-ins are never rate-limited', async () => {
      const limited = await buildApp({ store: ctx.opened, version: 'test', loginPolicy: { ...POLICY, attemptsPerIpPerMinute: 2 } });
      try {
        for (let i = 0; i < 5; i++) {
          const r = await limited.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'root', password: TEST_PASSWORD } });
          expect(r.statusCode, `good sign-in ${i + 1}`).toBe(200);
        }
      } finally {
        await limited.close();
      }
    });

    it('rate-limits wrong passwords from one address across names', async () => {
      const limited = await buildApp({ store: ctx.opened, version: 'test', loginPolicy: { ...POLICY, attemptsPerIpPerMinute: 2 } });
      try {
        const codes: number[] = [];
        for (const name of ['nobody', 'someone', 'anyone']) {
          codes.push((await limited.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name, password: 'x' } })).statusCode);
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
