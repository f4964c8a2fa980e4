import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadDemo } from '../../reference/demo.ts';
import { saveDepartmentYear } from '../../store/index.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../auth/testing.ts';

const DEPARTMENTS = 60;

forEachEngine('county overview with 60 departments', (ctx) => {
  let app: FastifyInstance;
  let reviewer: SignedInClient;
  beforeAll(async () => {
    const demo = loadDemo();
    for (let i = 0; i < DEPARTMENTS; i++) {
      await saveDepartmentYear(ctx.db, { ...demo, department: { ...demo.department, code: `dept-${i}`, name: `测试单位${i}` } });
    }
    // As `serve` does: the overview's cache fills in the background once the server is ready.
    app = await buildApp({ store: ctx.opened, version: 'test', warmCaches: true });
    await app.ready();
    await createTestUser(ctx.db, { username: 'reviewer', role: 'reviewer', regionCode: demo.region.code, departmentCode: null });
    reviewer = await signedIn(app, 'reviewer');
  }, 300_000);
  afterAll(async () => {
    await app.close();
  });

  it('lists every department with status and error count within 500 ms (cache warmed at start)', async () => {
    // give the background warm-up the time a server has between start and the first reviewer
    await new Promise((resolve) => setTimeout(resolve, 8000));
    const cold = performance.now();
    const first = await reviewer.inject({ method: 'GET', url: '/api/overview' });
    const coldMs = performance.now() - cold;
    expect(first.statusCode).toBe(200);
    const items = (first.json() as { items: { errors: number; status: string }[] }).items;
    expect(items.length).toBe(DEPARTMENTS);
    expect(items.every((i) => i.errors === 2 && i.status === 'draft')).toBe(true);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await reviewer.inject({ method: 'GET', url: '/api/overview' });
      times.push(performance.now() - t);
    }
    const median = times.sort((a, b) => a - b)[2]!;
    console.log(`overview ${DEPARTMENTS} departments [${ctx.engine}]: first ${coldMs.toFixed(0)} ms, then median ${median.toFixed(0)} ms`);
    expect(coldMs, 'first overview of 60 departments after warm-up').toBeLessThan(500);
    expect(median, 'overview of 60 departments').toBeLessThan(500);
  });
});
