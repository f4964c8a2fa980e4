/**
 * The security suite over the HTTP API, on each engine, sharing one app and one database per engine (initdb
 * costs seconds): tenant isolation of every route, authentication bypass and CSRF, SQL injection strings,
 * hostile uploads and bodies, security headers. Each guard has a test that breaks it on purpose and shows the
 * check catches it.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDepartmentId } from '../../src/app/department-year-service.ts';
import { getDepartmentYear } from '../../src/store/index.ts';
import { forEachEngine } from '../../src/store/testing.ts';
import { authBypassSuite } from './auth-bypass.ts';
import { headersSuite } from './headers.ts';
import { injectionSuite } from './injection.ts';
import {
  B_MARKER,
  buildFixture,
  CODE_B,
  ID_A,
  ID_B,
  ID_C,
  REGION,
  type SecurityFixture,
  SWEEP_EXCLUDED,
  sweepTenantIsolation,
  YEAR,
} from './support.ts';
import { uploadsSuite } from './uploads.ts';

forEachEngine('security', (ctx) => {
  let fx: SecurityFixture | undefined;
  const fixture = (): SecurityFixture => {
    if (!fx) throw new Error('fixture not built');
    return fx;
  };
  beforeAll(async () => {
    fx = await buildFixture(ctx, (app) => {
      // Deliberately unscoped: reads any department by its id, as a handler that forgot tenantFor would.
      app.get<{ Params: { id: string; year: string } }>('/api/test-leaky/departments/:id/years/:year', async (request) => {
        const tenant = parseDepartmentId(request.params.id);
        if (!tenant) return { found: false };
        const found = await getDepartmentYear(ctx.db, tenant, Number(request.params.year));
        return { name: found?.data.department.name ?? null };
      });
      // Deliberately injectable: a query parameter pasted into SQL text (the parameter sweep must catch it).
      app.get<{ Querystring: { q?: string } }>('/api/test-injectable', async (request) => {
        const q = String(request.query.q ?? '');
        const r = await sql<{ n: string }>`select count(*) as n from departments where name = '${sql.raw(q.replace(/;/g, ''))}'`.execute(ctx.db);
        return { n: r.rows[0]?.n };
      });
      // Deliberately telling: a 403 that says the department exists where a missing one gets 404.
      app.get<{ Params: { id: string } }>('/api/test-telling/:id', async (request, reply) => {
        const tenant = parseDepartmentId(request.params.id);
        const found = tenant ? await getDepartmentYear(ctx.db, tenant, YEAR) : null;
        if (!found) return reply.status(404).send({ code: 'not-found', message: '未找到 / not found' });
        return reply.status(403).send({ code: 'forbidden', message: '这是另一个单位的数据 / belongs to another department' });
      });
    });
  });
  afterAll(async () => {
    await fx?.app.close();
  });

  describe('tenant isolation across every route', () => {
    const realViolations = (violations: { route: string }[]) => violations.filter((v) => !v.route.includes('/api/test-'));

    it('officer A naming department B (same region) on every route answers as for a department that does not exist, and writes nothing to B', async () => {
      const f = fixture();
      const tenantB = { regionCode: REGION, departmentCode: CODE_B };
      const versionBefore = (await getDepartmentYear(ctx.db, tenantB, YEAR))?.version;
      const result = await sweepTenantIsolation(f.app, f.officerA, ID_B, { otherParam: String(f.userIdB) });
      expect(result.called.length, `the sweep called every route of the table (${result.called.join(', ')})`).toBeGreaterThanOrEqual(20);
      expect(result.called.filter((r) => r.includes(':id')).length, 'every department route was swept').toBeGreaterThanOrEqual(10);
      expect(realViolations(result.violations), 'no route leaks B to an officer of A').toEqual([]);
      const after = await getDepartmentYear(ctx.db, tenantB, YEAR);
      expect(after?.version, 'no write of the sweep reached B').toBe(versionBefore);
      expect(after?.status, 'B is still a draft: the sweep’s workflow calls did not move it').toBe('draft');
    });

    it('officer A naming department C of another region is refused the same way', async () => {
      const f = fixture();
      const result = await sweepTenantIsolation(f.app, f.officerA, ID_C, { otherParam: String(f.userIdB) });
      expect(realViolations(result.violations), 'no route leaks another region to an officer of A').toEqual([]);
    });

    it('A still reaches its own department (a route answering 404 to everyone is not mistaken for scoping)', async () => {
      const f = fixture();
      const own = await f.officerA.inject({ method: 'GET', url: `/api/departments/${ID_A}/years/${YEAR}` });
      expect(own.statusCode, 'A reads its own year').toBe(200);
      expect(own.body.includes(B_MARKER), 'A’s own year carries no B data').toBe(false);
      const list = await f.officerA.inject({ method: 'GET', url: '/api/department-years' });
      expect((list.json() as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([ID_A]);
    });

    it('excludes only routes that cannot name a department, each with its reason', () => {
      for (const [route, reason] of Object.entries(SWEEP_EXCLUDED)) {
        expect(route.includes(':id'), `${route} is excluded only because ${reason}`).toBe(false);
      }
    });

    it('the sweep can fail: it catches a deliberately unscoped route that hands B’s data to A', async () => {
      const f = fixture();
      const result = await sweepTenantIsolation(f.app, f.officerA, ID_B, { otherParam: String(f.userIdB) });
      const leaky = result.violations.filter((v) => v.route.includes('/api/test-leaky/'));
      expect(leaky.map((v) => v.problem).join('\n'), 'the leaky route is reported for carrying B’s data').toMatch(/another department's data/);
      expect(leaky.some((v) => /success 200/.test(v.problem)), 'and for its 200 to a foreign id').toBe(true);
    });

    it('the sweep can fail: it catches a 403 that tells A the department exists (a missing one gets 404)', async () => {
      const f = fixture();
      const result = await sweepTenantIsolation(f.app, f.officerA, ID_B, { otherParam: String(f.userIdB) });
      const telling = result.violations.filter((v) => v.route.includes('/api/test-telling/'));
      expect(telling.length, 'the telling 403 is distinguishable from a missing department').toBeGreaterThan(0);
      expect(telling[0]?.problem).toMatch(/differs from a department that does not exist/);
    });
  });

  describe('authentication bypass and CSRF', () => authBypassSuite(fixture, ctx));
  describe('SQL injection strings', () => injectionSuite(fixture, ctx));
  describe('hostile uploads and bodies', () => uploadsSuite(fixture));
  describe('security headers', () => headersSuite(fixture));
});
