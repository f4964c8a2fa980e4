/**
 * A year is approved and published only when its final report can be produced (issue 17): otherwise the action
 * is refused (409 final-report-refused) with the list of what blocks it — the same findings the report writer
 * refuses with — and nothing changes. A complete year walks through and its public report downloads.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DepartmentYear } from '../core/department-year.ts';
import { finalReportBlockers, ReportRefusedError, prepareReport } from '../report/index.ts';
import { completeDemo } from '../report/test-support.ts';
import { forEachEngine } from '../store/testing.ts';
import { buildApp } from './app.ts';
import { createTestUser, type SignedInClient, signedIn } from './auth/testing.ts';

const REGION = '431222';

/** The demo completed as an officer would before a final report (report/test-support), with a new code. */
function completeYear(code: string): DepartmentYear {
  const demo = completeDemo();
  const dy = { ...demo, department: { ...demo.department, code, name: `${code} 门禁测试局` } };
  return JSON.parse(JSON.stringify(dy)) as DepartmentYear;
}

forEachEngine('final report gate on approve and publish', (ctx) => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  let officer: SignedInClient;
  let reviewer: SignedInClient;
  const url = (code: string) => `/api/departments/${REGION}.${code}/years/2024`;
  const read = async (code: string) => (await reviewer.inject({ method: 'GET', url: url(code) })).json() as { version: number; status: string };
  const act = async (client: SignedInClient, code: string, payload: Record<string, unknown>) =>
    client.inject({ method: 'POST', url: `${url(code)}/workflow`, payload, headers: { 'if-match': `"${(await read(code)).version}"` } });
  const events = async (code: string) =>
    Number((await sql<{ n: string }>`select count(*) as n from workflow_events where department_code = ${code}`.execute(ctx.db)).rows[0]?.n);

  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test' });
    for (const code of ['gate-complete', 'gate-missing']) {
      await createTestUser(ctx.db, { username: `${code}-officer`, role: 'officer', regionCode: REGION, departmentCode: code });
    }
    await createTestUser(ctx.db, { username: 'gate-reviewer', role: 'reviewer', regionCode: REGION, departmentCode: null });
    reviewer = await signedIn(app, 'gate-reviewer');
    officer = await signedIn(app, 'gate-missing-officer');
  });
  afterAll(async () => {
    await app?.close();
  });

  const create = async (client: SignedInClient, dy: DepartmentYear) => {
    const r = await client.inject({ method: 'POST', url: '/api/department-years', payload: dy });
    expect(r.statusCode, r.body).toBe(201);
  };

  it('the gate is the report writer’s own check: the blockers are exactly what prepareReport refuses with', () => {
    const dy = completeYear('gate-pure');
    const missing = { ...dy, narrative: { ...dy.narrative, problems: [], measures: [] } };
    const blockers = finalReportBlockers(missing);
    expect(blockers.filter((f) => f.rule === 'report-incomplete').map((f) => f.evidence[0]?.path)).toEqual(
      expect.arrayContaining(['narrative.problems', 'narrative.measures']),
    );
    let refused: readonly unknown[] = [];
    try {
      prepareReport(missing);
    } catch (err) {
      if (err instanceof ReportRefusedError) refused = err.findings;
    }
    expect(refused).toEqual(blockers);
  });

  it('refuses to approve a year whose final report would be refused, listing what blocks it; nothing changes', async () => {
    const dy = completeYear('gate-missing');
    await create(officer, { ...dy, narrative: { ...dy.narrative, problems: [], measures: [] } });
    const blockersBefore = finalReportBlockers({ ...dy, narrative: { ...dy.narrative, problems: [], measures: [] } });
    expect(blockersBefore.length, 'the year is incomplete').toBeGreaterThan(0);
    expect((await act(officer, 'gate-missing', { action: 'submit' })).statusCode).toBe(200);
    const before = { ...(await read('gate-missing')), events: await events('gate-missing') };
    const r = await act(reviewer, 'gate-missing', { action: 'approve', spotCheckScore: 80 });
    expect(r.statusCode, r.body).toBe(409);
    const body = r.json() as { code: string; message: string; details: { rule: string; path: string; message: string }[] };
    expect(body.code).toBe('final-report-refused');
    expect(body.message).toMatch(/^不能审核通过：正式报告无法生成.*需填写：存在的问题及原因分析.* \/ cannot approve/);
    expect(body.details.map((d) => d.path)).toEqual(expect.arrayContaining(['narrative.problems', 'narrative.measures']));
    expect(body.details.length).toBe(blockersBefore.length);
    expect(await read('gate-missing')).toMatchObject({ status: 'submitted', version: before.version });
    expect(await events('gate-missing'), 'no workflow event').toBe(before.events);
    // Returning it stays possible: the department fills the gap.
    expect((await act(reviewer, 'gate-missing', { action: 'return', comments: [{ path: 'narrative.problems', text: '请补充问题' }] })).statusCode).toBe(200);
  });

  it('refuses to publish an approved year whose final report would be refused (a year approved before this rule)', async () => {
    await sql`update department_years set status = 'approved' where department_code = 'gate-missing'`.execute(ctx.db);
    const before = await read('gate-missing');
    const r = await act(reviewer, 'gate-missing', { action: 'publish' });
    expect(r.statusCode, r.body).toBe(409);
    expect((r.json() as { code: string; message: string }).message).toMatch(/^不能公开：/);
    expect(await read('gate-missing')).toMatchObject({ status: 'approved', version: before.version });
    const download = await app.inject({ method: 'GET', url: `/api/public/reports/${REGION}.gate-missing/2024/report.html` });
    expect(download.statusCode, 'not published, so not public').toBe(404);
  });

  it('a complete year is approved and published, and its public report downloads', async () => {
    const own = await signedIn(app, 'gate-complete-officer');
    const dy = completeYear('gate-complete');
    expect(finalReportBlockers(dy), 'the fixture is complete').toEqual([]);
    await create(own, dy);
    expect((await act(own, 'gate-complete', { action: 'submit' })).statusCode).toBe(200);
    const approved = await act(reviewer, 'gate-complete', { action: 'approve', spotCheckScore: 85 });
    expect(approved.statusCode, approved.body).toBe(200);
    const published = await act(reviewer, 'gate-complete', { action: 'publish' });
    expect(published.statusCode, published.body).toBe(200);
    const download = await app.inject({ method: 'GET', url: `/api/public/reports/${REGION}.gate-complete/2024/report.html` });
    expect(download.statusCode, download.body.slice(0, 300)).toBe(200);
  }, 60_000);
});
