import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../reference/demo.ts';
import { saveDepartmentYear } from '../../store/index.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../auth/testing.ts';

forEachEngine('departments and years set up over HTTP', (ctx) => {
  let app: FastifyInstance;
  let reviewer: SignedInClient;
  let officer: SignedInClient;
  const demo = loadDemo();
  beforeAll(async () => {
    await saveDepartmentYear(ctx.db, demo);
    app = await buildApp({ store: ctx.opened, version: 'test' });
    await app.ready();
    await createTestUser(ctx.db, { username: 'setup-reviewer', role: 'reviewer', regionCode: demo.region.code, departmentCode: null });
    await createTestUser(ctx.db, { username: 'setup-officer', role: 'officer', regionCode: demo.region.code, departmentCode: demo.department.code });
    reviewer = await signedIn(app, 'setup-reviewer');
    officer = await signedIn(app, 'setup-officer');
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  describe('a new department', () => {
    it('is created by a reviewer with an empty first year in the region', async () => {
      const r = await reviewer.inject({ method: 'POST', url: '/api/departments', payload: { regionCode: demo.region.code, name: '沅陵县新建局', kind: 'administrative', fiscalYear: 2025 } });
      expect(r.statusCode, r.body).toBe(201);
      const { id, fiscalYear } = r.json() as { id: string; fiscalYear: number };
      expect(fiscalYear).toBe(2025);
      const year = (await reviewer.inject({ method: 'GET', url: `/api/departments/${id}/years/2025` })).json() as { data: { department: { name: string }; region: { county?: string } } };
      expect(year.data.department.name).toBe('沅陵县新建局');
      expect(year.data.region).toEqual(demo.region);
      // a duplicate name is refused, naming the field
      const again = await reviewer.inject({ method: 'POST', url: '/api/departments', payload: { regionCode: demo.region.code, name: '沅陵县新建局', kind: 'administrative', fiscalYear: 2025 } });
      expect(again.statusCode).toBe(409);
      expect((again.json() as { message: string }).message).toContain('已有名为');
    });

    it('is refused to an officer and outside the reviewer’s region', async () => {
      const byOfficer = await officer.inject({ method: 'POST', url: '/api/departments', payload: { regionCode: demo.region.code, name: '某局', kind: 'administrative', fiscalYear: 2025 } });
      expect(byOfficer.statusCode).toBe(403);
      const elsewhere = await reviewer.inject({ method: 'POST', url: '/api/departments', payload: { regionCode: '110101', name: '某局', kind: 'administrative', fiscalYear: 2025, province: '北京市' } });
      expect(elsewhere.statusCode).toBe(403);
    });
  });

  describe('the next year', () => {
    it('carries the department, staffing, duties and projects, with every budget phase empty', async () => {
      const r = await reviewer.inject({ method: 'POST', url: `/api/departments/${demo.region.code}.${demo.department.code}/years/2024/next` });
      expect(r.statusCode, r.body).toBe(201);
      const next = ((await officer.inject({ method: 'GET', url: `/api/departments/${demo.region.code}.${demo.department.code}/years/2025` })).json() as { data: typeof demo }).data;
      expect(next.fiscalYear).toBe(2025);
      expect(next.department).toEqual(demo.department);
      expect(next.staffing).toEqual(demo.staffing);
      expect(next.projects.map((p) => p.name)).toEqual(demo.projects.map((p) => p.name));
      expect(next.projects.every((p) => Object.keys(p.amounts).length === 0)).toBe(true);
      expect(next.revenue.bySource).toEqual([]);
      expect(next.expenditure.byNature.basic.amounts).toEqual({});
      expect(next.threePublic.total.budget).toBeUndefined();
      expect(next.threePublic.total.lastYearFinal).toBe(demo.threePublic.total.final);
      expect(next.threePublic.reception.lastYearBudget).toBe(demo.threePublic.reception.budget);
      const twice = await reviewer.inject({ method: 'POST', url: `/api/departments/${demo.region.code}.${demo.department.code}/years/2024/next` });
      expect(twice.statusCode).toBe(409);
    });
  });
});
