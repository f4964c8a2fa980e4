import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_FILE } from '../../reference/demo.ts';
import { completeDemo } from '../../report/test-support.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { demoOfficerAndReviewer, type SignedInClient } from '../auth/testing.ts';

const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;
const ID = '431222.yuanling-commerce';
const URL_DY = `/api/departments/${ID}/years/2024`;

interface AuditItem {
  action: string;
  actor: { name: string };
  version: number;
  changes: { path: string; old: unknown; new: unknown }[];
}

forEachEngine('review workflow and audit trail', (ctx) => {
  let app: FastifyInstance;
  let officer: SignedInClient;
  let reviewer: SignedInClient;
  const act = async (client: SignedInClient, payload: Record<string, unknown>) => {
    // Every workflow action names the version of the year it was decided on (If-Match).
    const version = ((await client.inject({ method: 'GET', url: URL_DY })).json() as { version?: number }).version ?? 0;
    return client.inject({ method: 'POST', url: `${URL_DY}/workflow`, payload, headers: { 'if-match': `"${version}"` } });
  };
  const staffing = async (client: SignedInClient) =>
    (await client.inject({ method: 'GET', url: `${URL_DY}/parts/staffing` })).json() as { version: number; staffing: Record<string, unknown> };
  const saveRetirees = async (client: SignedInClient, retirees: number, version?: number) => {
    const current = await staffing(client);
    return client.inject({
      method: 'PUT',
      url: `${URL_DY}/parts/staffing`,
      payload: { ...current.staffing, retirees },
      headers: { 'if-match': `"${version ?? current.version}"` },
    });
  };

  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test' });
    ({ officer, reviewer } = await demoOfficerAndReviewer(app, ctx.db));
    const created = await officer.inject({ method: 'POST', url: '/api/department-years', payload: demoRaw });
    expect(created.statusCode, created.body).toBe(201);
  });
  afterAll(async () => {
    await app.close();
  });

  it('records a change in the audit trail with who, when, and old → new per field path', async () => {
    const before = await staffing(officer);
    const r = await saveRetirees(officer, 99);
    expect(r.statusCode, r.body).toBe(200);
    const trail = (await reviewer.inject({ method: 'GET', url: `${URL_DY}/audit-trail` })).json() as { items: (AuditItem & { at: string })[] };
    const [latest, creation] = trail.items;
    expect(latest).toMatchObject({ action: 'update', actor: { name: '张填报（officer）' }, version: before.version + 1 });
    expect(latest!.changes).toEqual([{ path: 'staffing.retirees', old: before.staffing.retirees, new: 99 }]);
    expect(Date.now() - new Date(latest!.at).getTime()).toBeLessThan(60_000);
    expect(creation).toMatchObject({ action: 'create', version: 1 });
    // one record's history: ?path= narrows to a field
    const narrowed = (await officer.inject({ method: 'GET', url: `${URL_DY}/audit-trail?path=staffing.retirees` })).json() as { items: AuditItem[] };
    expect(narrowed.items.map((i) => i.action)).toEqual(['update']);
    const perDepartment = (await officer.inject({ method: 'GET', url: `/api/departments/${ID}/audit-trail` })).json() as { items: AuditItem[] };
    expect(perDepartment.items.length).toBe(2);
  });

  it('keeps the audit trail append-only in the database', async () => {
    await expect(sql`update audit_log set actor_name = 'someone else'`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
  });

  it('exports the budget tables to Excel and imports an edited copy, recorded in the audit trail', async () => {
    const xlsx = await officer.inject({ method: 'GET', url: `${URL_DY}/budget-tables.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    wb.getWorksheet('基本支出按经济分类')!.getRow(3).getCell(5).value = 65.34;
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const { version } = await staffing(officer);
    const up = await officer.inject({
      method: 'POST',
      url: `${URL_DY}/budget-tables`,
      payload: edited,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'if-match': `"${version}"` },
    });
    expect(up.statusCode, up.body).toBe(200);
    const trail = (await officer.inject({ method: 'GET', url: `${URL_DY}/audit-trail` })).json() as { items: AuditItem[] };
    expect(trail.items[0]!.changes).toEqual([{ path: 'expenditure.byNature.basic.byEconomic[1].amounts.final', old: 64_370_000, new: 65_340_000 }]);

    wb.getWorksheet('收入按来源')!.getRow(2).getCell(4).value = '很多';
    const bad = await officer.inject({
      method: 'POST',
      url: `${URL_DY}/budget-tables`,
      payload: Buffer.from(await wb.xlsx.writeBuffer()),
      headers: { 'content-type': 'application/octet-stream', 'if-match': `"${(await staffing(officer)).version}"` },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid-workbook', details: [{ path: '收入按来源!D2' }] });
  });

  it('refuses a save on a stale version with 409 and writes neither data nor audit entry', async () => {
    const { version } = await staffing(officer);
    const trailBefore = (await officer.inject({ method: 'GET', url: `${URL_DY}/audit-trail` })).json() as { items: AuditItem[] };
    const stale = await saveRetirees(officer, 5, version - 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version-conflict' });
    expect(stale.json().message).toMatch(/数据已被他人修改/);
    const trailAfter = (await officer.inject({ method: 'GET', url: `${URL_DY}/audit-trail` })).json() as { items: AuditItem[] };
    expect(trailAfter.items.length).toBe(trailBefore.items.length);
  });

  it('walks submit → return with comments → resubmit → approve with a spot-check score → publish', async () => {
    const wf = async (client: SignedInClient) =>
      (await client.inject({ method: 'GET', url: `${URL_DY}/workflow` })).json() as {
        status: string;
        actions: string[];
        editable: boolean;
        openComments: { path: string; text: string }[];
        review: { spotCheckScore: number } | null;
        events: { action: string; comments: unknown[] }[];
      };
    expect(await wf(officer)).toMatchObject({ status: 'draft', actions: ['submit'], editable: true });
    expect((await act(officer, { action: 'submit' })).statusCode).toBe(200);

    // read-only for the officer while submitted; the reviewer may never edit the data
    const refused = await saveRetirees(officer, 7);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'read-only' });
    expect(refused.json().message).toMatch(/已报送.*不能修改/);
    expect((await saveRetirees(reviewer, 7)).statusCode).toBe(403);
    expect((await staffing(officer)).staffing.retirees).toBe(99);

    // wrong side, wrong state, missing comment
    expect((await act(officer, { action: 'approve' })).statusCode).toBe(403);
    expect((await act(reviewer, { action: 'publish' })).statusCode).toBe(409);
    expect((await act(reviewer, { action: 'return' })).statusCode).toBe(400);

    const comment = { path: 'staffing.retirees', text: '离退休人数与决算报表不一致，请核实' };
    expect((await act(reviewer, { action: 'return', comments: [comment] })).statusCode).toBe(200);
    const returned = await wf(officer);
    expect(returned).toMatchObject({ status: 'returned', editable: true, actions: ['resubmit'] });
    expect(returned.openComments).toEqual([comment]);

    // unchanged since the return: resubmitting needs a reply; a save that changes nothing is still unchanged
    expect(returned).toMatchObject({ unchangedSinceReturn: true });
    expect((await saveRetirees(officer, 99)).statusCode).toBe(200);
    const silent = await act(officer, { action: 'resubmit' });
    expect(silent.statusCode).toBe(400);
    expect(silent.json()).toMatchObject({ code: 'reply-required' });
    expect((await wf(officer)).status).toBe('returned');

    expect((await saveRetirees(officer, 41)).statusCode).toBe(200);
    expect(await wf(officer)).toMatchObject({ unchangedSinceReturn: false });
    // The department fixes the figure and completes what the final report needs (approval requires it).
    const fixed = completeDemo();
    fixed.staffing.retirees = 41;
    const save = await officer.inject({ method: 'PUT', url: URL_DY, payload: fixed, headers: { 'if-match': `"${(await staffing(officer)).version}"` } });
    expect(save.statusCode, save.body).toBe(200);
    expect((await act(officer, { action: 'resubmit' })).statusCode).toBe(200);
    expect((await act(reviewer, { action: 'approve', spotCheckScore: 86.5 })).statusCode).toBe(200);
    expect((await act(reviewer, { action: 'publish' })).statusCode).toBe(200);

    const done = await wf(reviewer);
    expect(done).toMatchObject({ status: 'published', actions: [], review: { spotCheckScore: 86.5 } });
    expect(done.events.map((e) => e.action)).toEqual(['submit', 'return', 'resubmit', 'approve', 'publish']);

    const trail = (await officer.inject({ method: 'GET', url: `${URL_DY}/audit-trail` })).json() as { items: AuditItem[] };
    const approve = trail.items.find((i) => i.action === 'approve')!;
    expect(approve.changes).toEqual([
      { path: 'status', old: 'resubmitted', new: 'approved' },
      { path: 'review.spotCheckScore', old: null, new: 86.5 },
    ]);
    expect(trail.items.find((i) => i.action === 'return')!.changes).toContainEqual({ path: 'review.comments', old: null, new: [comment] });
  });

  it('shows a published year on the public pages without sign-in, and nothing unpublished', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/public/reports' });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { items: { id: string; spotCheckScore: number }[] }).items).toEqual([
      expect.objectContaining({ id: ID, fiscalYear: 2024, spotCheckScore: 86.5 }),
    ]);
    const one = await app.inject({ method: 'GET', url: `/api/public/reports/${ID}/2024` });
    expect(one.statusCode).toBe(200);
    expect(one.json().data.department.name).toBe('沅陵县商务局');
    expect((await app.inject({ method: 'GET', url: `/api/public/reports/${ID}/2023` })).statusCode).toBe(404);
    const caps = (await app.inject({ method: 'GET', url: '/api/public/capabilities' })).json() as { publicReports: string[]; audit: string[] };
    expect(caps.publicReports).toContain('/api/public/reports/:id/:year/report.:format');
  });

  it('lets anyone download a published year’s report as HTML, and no other year’s', async () => {
    const html = await app.inject({ method: 'GET', url: `/api/public/reports/${ID}/2024/report.html` });
    // The seed's decomposition error is still in the data, so the final report may be refused (409) — never a 5xx.
    expect([200, 409], html.body.slice(0, 200)).toContain(html.statusCode);
    if (html.statusCode === 200) expect(html.body).toContain('沅陵县商务局');
    const other = await app.inject({ method: 'GET', url: '/api/public/reports/431222.nobody/2024/report.html' });
    expect(other.statusCode).toBe(404);
  });

  it('gives the reviewer a county overview with status, scores and error counts', async () => {
    const r = await reviewer.inject({ method: 'GET', url: '/api/overview' });
    expect(r.statusCode).toBe(200);
    expect((r.json() as { items: unknown[] }).items).toEqual([
      // A published year has no validation error (its final report could be produced); 88 is the completed self-score.
      expect.objectContaining({ id: ID, status: 'published', statusLabel: '已公开', errors: 0, spotCheckScore: 86.5, selfScore: 88 }),
    ]);
  });
});
