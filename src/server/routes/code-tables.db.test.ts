/** Importing a code table from a screen: admins only, a preview that writes nothing, the line at fault named. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCodeTable } from '../../reference/code-tables.ts';
import { DEMO_FILE } from '../../reference/demo.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../auth/testing.ts';

const TABLE = ['code,name', '1,一般公共预算财政拨款收入', '2,政府性基金预算财政拨款收入', '9,测试收入来源'].join('\n');

forEachEngine('code table import', (ctx) => {
  let server: FastifyInstance;
  let admin: SignedInClient;
  let officer: SignedInClient;
  const before = process.env.JIXIAO_DATA;
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-codes-'));

  beforeAll(async () => {
    process.env.JIXIAO_DATA = dir;
    server = await buildApp({ store: ctx.opened, version: 'test' });
    await createTestUser(ctx.db, { username: 'code-admin', role: 'admin', regionCode: null, departmentCode: null });
    await createTestUser(ctx.db, { username: 'code-officer', role: 'officer', regionCode: '431222', departmentCode: 'yuanling-commerce' });
    admin = await signedIn(server, 'code-admin');
    officer = await signedIn(server, 'code-officer');
  });
  afterAll(async () => {
    await server.close();
    if (before === undefined) delete process.env.JIXIAO_DATA;
    else process.env.JIXIAO_DATA = before;
    rmSync(dir, { recursive: true, force: true });
  });

  const send = (client: SignedInClient, url: string, body: string) => client.inject({ method: 'POST', url, payload: body, headers: { 'content-type': 'text/csv' } });

  it('previews a table without writing it, then imports it for the year', async () => {
    const preview = await send(admin, '/api/code-tables/revenue-source/2031?preview=1', TABLE);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ preview: true, count: 3 });
    expect(preview.json().sample[2]).toMatchObject({ code: '9', name: '测试收入来源' });
    expect(existsSync(path.join(dir, 'codes', 'revenue-source_2031.csv'))).toBe(false);
    const done = await send(admin, '/api/code-tables/revenue-source/2031', TABLE);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ preview: false, count: 3 });
    expect(loadCodeTable('revenue-source', 2031)?.entries.get('9')?.name).toBe('测试收入来源');
  });

  it('refuses a bad file naming the line, a bad kind or year, and anyone but an admin', async () => {
    const bad = await send(admin, '/api/code-tables/function/2031?preview=1', '科目,说明\n201,一般公共服务支出');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain('第1行');
    expect((await send(admin, '/api/code-tables/nonsense/2031', TABLE)).statusCode).toBe(400);
    // a year that is not one answers 404, as on every year route
    expect((await send(admin, '/api/code-tables/function/31', TABLE)).statusCode).toBe(404);
    expect((await send(officer, '/api/code-tables/revenue-source/2031', TABLE)).statusCode).toBe(403);
  });

  it('a partial function table of one year never refuses saving another year, nor its own: an unknown code is a finding', async () => {
    const table = ['code,name', '201,一般公共服务支出', '20101,人大事务', '2010101,行政运行'].join('\n');
    expect((await send(admin, '/api/code-tables/function/2026', table)).statusCode).toBe(200);
    const demo = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as { fiscalYear: number; revenue: { bySource: { code?: string }[] }; expenditure: { byFunction: { code?: string }[] } };
    // A revenue source code that no table holds: saved too, and reported.
    demo.revenue.bySource[0]!.code = '99';
    const missing = demo.expenditure.byFunction.map((l) => l.code).filter((c): c is string => c !== undefined && loadCodeTable('function', 2026)?.entries.has(c) === false);
    expect(missing.length).toBeGreaterThan(0);
    const id = '431222.yuanling-commerce';
    for (const [year, severity] of [[2023, 'info'], [2024, 'info'], [2026, 'warning']] as const) {
      const created = await officer.inject({ method: 'POST', url: '/api/department-years', payload: { ...demo, fiscalYear: year } });
      expect(created.statusCode, created.body).toBe(201);
      const url = `/api/departments/${id}/years/${year}`;
      const part = (await officer.inject({ method: 'GET', url: `${url}/parts/expenditure` })).json() as { version: number; expenditure: Record<string, unknown> };
      const saved = await officer.inject({ method: 'PUT', url: `${url}/parts/expenditure`, payload: part.expenditure, headers: { 'if-match': `"${part.version}"` } });
      expect(saved.statusCode, saved.body).toBe(200);
      const { findings } = (await officer.inject({ method: 'GET', url: `${url}/validation` })).json() as { findings: { rule: string; severity: string; message: string; evidence: { path: string }[] }[] };
      const unknown = findings.filter((f) => f.rule === 'unknown-code' && f.evidence[0]?.path.startsWith('expenditure.byFunction'));
      expect(unknown.map((f) => f.message.match(/^代码(\d+)/)?.[1]).sort()).toEqual([...missing].sort());
      expect(new Set(unknown.map((f) => f.severity))).toEqual(new Set([severity]));
      if (year !== 2026) expect(unknown[0]!.message).toContain('按2026年表核对，仅供参考');
      const source = findings.find((f) => f.rule === 'unknown-code' && f.evidence[0]?.path === 'revenue.bySource[0].code');
      expect(source).toMatchObject({ severity: 'info' });
      expect(source?.message).toContain('代码99');
    }
  });
});
