import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_FILE } from '../../reference/demo.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { demoOfficerAndReviewer, type SignedInClient } from '../auth/testing.ts';

const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;
const URL_KW = '/api/departments/431222.yuanling-commerce/years/2024/ledger/keywords';

interface Keywords {
  version: number;
  projects: { index: number; name: string; keywords: string[]; derived: string[] }[];
}

forEachEngine('ledger project keywords', (ctx) => {
  let app: FastifyInstance;
  let officer: SignedInClient;
  let reviewer: SignedInClient;

  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test' });
    ({ officer, reviewer } = await demoOfficerAndReviewer(app, ctx.db));
    expect((await officer.inject({ method: 'POST', url: '/api/department-years', payload: demoRaw })).statusCode).toBe(201);
  });
  afterAll(async () => {
    await app.close();
  });

  const read = async (client: SignedInClient) => (await client.inject({ method: 'GET', url: URL_KW })).json() as Keywords;
  const put = (client: SignedInClient, payload: Record<string, unknown>, version?: number) =>
    client.inject({ method: 'PUT', url: URL_KW, payload, headers: version === undefined ? {} : { 'if-match': `"${version}"` } });

  it('lists each project with the words the check derives and none added yet', async () => {
    const body = await read(officer);
    expect(body.projects.length).toBe((demoRaw.projects as unknown[]).length);
    expect(body.projects[0]!.keywords).toEqual([]);
    expect(body.projects[0]!.derived.length).toBeGreaterThan(0);
    // derived from the project's own name
    expect(body.projects[0]!.derived.some((w) => body.projects[0]!.name.includes(w))).toBe(true);
  });

  it('saves an officer’s keywords with If-Match, in the audit trail, and refuses without it or with a bad word', async () => {
    const before = await read(officer);
    expect((await put(officer, { projects: [{ index: 1, keywords: ['冷链仓储'] }] })).statusCode).toBe(428);
    const bad = await put(officer, { projects: [{ index: 1, keywords: [''] }] }, before.version);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/关键词/);
    expect(bad.json().details[0].path).toBe('projects.0.keywords.0');
    const missing = await put(officer, { projects: [{ index: 99, keywords: ['冷链'] }] }, before.version);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toContain('第100个项目不存在');

    const ok = await put(officer, { projects: [{ index: 1, keywords: ['冷链仓储', ' 冷链仓储 ', '物流园'] }] }, before.version);
    expect(ok.statusCode, ok.body).toBe(200);
    const after = await read(officer);
    expect(after.version).toBe(before.version + 1);
    expect(after.projects[1]!.keywords).toEqual(['冷链仓储', '物流园']);
    expect(after.projects[0]!.keywords).toEqual([]);
    const trail = (await officer.inject({ method: 'GET', url: '/api/departments/431222.yuanling-commerce/years/2024/audit-trail' })).json() as {
      items: { changes: { path: string }[] }[];
    };
    expect(trail.items[0]!.changes.map((c) => c.path)).toContain('projects[1].ledgerKeywords');
    // stale version: 409, nothing written
    expect((await put(officer, { projects: [{ index: 1, keywords: [] }] }, before.version)).statusCode).toBe(409);
    // a reviewer reads them but may not change a department's data
    expect((await read(reviewer)).projects[1]!.keywords).toEqual(['冷链仓储', '物流园']);
    expect((await put(reviewer, { projects: [{ index: 1, keywords: [] }] }, after.version)).statusCode).toBe(403);
    // an empty list removes them
    expect((await put(officer, { projects: [{ index: 1, keywords: [] }] }, after.version)).statusCode).toBe(200);
    expect((await read(officer)).projects[1]!.keywords).toEqual([]);
  });
});
