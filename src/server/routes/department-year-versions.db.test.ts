import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_FILE } from '../../reference/demo.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../auth/testing.ts';

const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown> & {
  staffing: Record<string, unknown>;
  fiscalYear: number;
};
const ID = '431222.yuanling-commerce';
const URL_DY = `/api/departments/${ID}/years/2024`;

interface Change {
  path: string;
  old: unknown;
  new: unknown;
  label?: string;
}

forEachEngine('department-year versions and compare', (ctx) => {
  let app: FastifyInstance;
  let officer: SignedInClient;
  let reviewer: SignedInClient;
  let stranger: SignedInClient;
  const retirees = [demoRaw.staffing['retirees'], 41, 42];

  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test' });
    await createTestUser(ctx.db, { username: 'officer', displayName: '张填报', role: 'officer', regionCode: '431222', departmentCode: 'yuanling-commerce' });
    await createTestUser(ctx.db, { username: 'reviewer', displayName: '李审核', role: 'reviewer', regionCode: '431222', departmentCode: null });
    await createTestUser(ctx.db, { username: 'stranger', displayName: '王外人', role: 'officer', regionCode: '431222', departmentCode: 'other-bureau' });
    officer = await signedIn(app, 'officer');
    reviewer = await signedIn(app, 'reviewer');
    stranger = await signedIn(app, 'stranger');
    // Given version 1 (created), 2 and 3 (retirees changed twice) of 2024, and a 2023 with one figure changed
    const created = await officer.inject({ method: 'POST', url: '/api/department-years', payload: demoRaw });
    expect(created.statusCode, created.body).toBe(201);
    for (const [i, value] of retirees.slice(1).entries()) {
      const r = await officer.inject({
        method: 'PUT',
        url: `${URL_DY}/parts/staffing`,
        payload: { ...demoRaw.staffing, retirees: value },
        headers: { 'if-match': `"${i + 1}"` },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    const lastYear = { ...demoRaw, fiscalYear: 2023, staffing: { ...demoRaw.staffing, inPost: 7 } };
    const r2023 = await officer.inject({ method: 'POST', url: '/api/department-years', payload: lastYear });
    expect(r2023.statusCode, r2023.body).toBe(201);
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists every saved version with who saved it and when', async () => {
    const r = await reviewer.inject({ method: 'GET', url: `${URL_DY}/versions` });
    expect(r.statusCode, r.body).toBe(200);
    const { items } = r.json() as { items: { version: number; savedAt: string; actor: { name: string } | null }[] };
    expect(items.map((i) => i.version)).toStrictEqual([1, 2, 3]);
    expect(items.every((i) => i.actor?.name === '张填报（officer）')).toBe(true);
    expect(Date.now() - new Date(items[2]!.savedAt).getTime()).toBeLessThan(120_000);
  });

  it('returns the document of each version as it was saved', async () => {
    for (const [i, value] of retirees.entries()) {
      const r = await officer.inject({ method: 'GET', url: `${URL_DY}/versions/${i + 1}` });
      expect(r.statusCode, r.body).toBe(200);
      const body = r.json() as { version: number; data: { staffing: { retirees?: number } } };
      expect(body.version).toBe(i + 1);
      expect(body.data.staffing.retirees).toBe(value);
    }
    const current = (await officer.inject({ method: 'GET', url: URL_DY })).json() as { data: unknown };
    const v3 = (await officer.inject({ method: 'GET', url: `${URL_DY}/versions/3` })).json() as { data: unknown };
    expect(v3.data).toStrictEqual(current.data);
  });

  it('compares with version N: the field diff with Chinese labels, the same as the audit trail recorded', async () => {
    const r = await officer.inject({ method: 'GET', url: `${URL_DY}/compare?with=1` });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toStrictEqual({
      from: { fiscalYear: 2024, version: 1 },
      to: { fiscalYear: 2024, version: 3 },
      changes: [{ path: 'staffing.retirees', old: retirees[0], new: 42, label: '人员编制 › 离退休人数' }],
    });
    const step = (await officer.inject({ method: 'GET', url: `${URL_DY}/compare?with=1&to=2` })).json() as { changes: Change[] };
    const trail = (await officer.inject({ method: 'GET', url: `${URL_DY}/audit-trail` })).json() as {
      items: { version: number; changes: Change[] }[];
    };
    const entry = trail.items.find((i) => i.version === 2);
    expect(step.changes.map(({ label: _label, ...c }) => c)).toStrictEqual(entry!.changes);
  });

  it('compares with last year', async () => {
    const r = await officer.inject({ method: 'GET', url: `${URL_DY}/compare?with=last-year` });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as { from: unknown; to: unknown; changes: Change[] };
    expect(body.from).toStrictEqual({ fiscalYear: 2023, version: 1 });
    expect(body.to).toStrictEqual({ fiscalYear: 2024, version: 3 });
    expect(body.changes).toStrictEqual([
      { path: 'fiscalYear', old: 2023, new: 2024, label: '年度' },
      { path: 'staffing.inPost', old: 7, new: demoRaw.staffing['inPost'], label: '人员编制 › 年末在职人数' },
      { path: 'staffing.retirees', old: retirees[0], new: 42, label: '人员编制 › 离退休人数' },
    ]);
    // 2023 has no year before it.
    const none = await officer.inject({ method: 'GET', url: `/api/departments/${ID}/years/2023/compare?with=last-year` });
    expect(none.statusCode).toBe(404);
  });

  it('needs a session', async () => {
    for (const url of [`${URL_DY}/versions`, `${URL_DY}/versions/1`, `${URL_DY}/compare?with=1`]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(401);
    }
  });

  it('answers 404 for another tenant, a missing version or year; 400 for a bad "with"', async () => {
    for (const url of [`${URL_DY}/versions`, `${URL_DY}/versions/1`, `${URL_DY}/compare?with=1`, `${URL_DY}/compare?with=last-year`]) {
      const r = await stranger.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
      expect(r.body).not.toContain('yuanling');
    }
    for (const url of [`${URL_DY}/versions/9`, `${URL_DY}/versions/x`, `${URL_DY}/compare?with=9`, `/api/departments/${ID}/years/2030/versions`]) {
      expect((await officer.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    for (const url of [`${URL_DY}/compare`, `${URL_DY}/compare?with=abc`, `${URL_DY}/compare?with=1&to=0`]) {
      const r = await officer.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(400);
      expect((r.json() as { message: string }).message).toMatch(/应为版本号.*must be/);
    }
  });
  it('lists the status changes beside the saved versions, each with the version it made, so the numbers do not skip', async () => {
    const url2023 = `/api/departments/${ID}/years/2023`;
    const submitted = await officer.inject({ method: 'POST', url: `${url2023}/workflow`, payload: { action: 'submit' }, headers: { 'if-match': '"1"' } });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const returned = await reviewer.inject({ method: 'POST', url: `${url2023}/workflow`, payload: { action: 'return', comments: [{ path: '', text: '请核实' }] }, headers: { 'if-match': '"2"' } });
    expect(returned.statusCode, returned.body).toBe(200);
    const r = await officer.inject({ method: 'GET', url: `${url2023}/versions` });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as { items: { version: number }[]; statusChanges: { version: number; action: string; from: string; to: string; fromLabel: string; toLabel: string; actor: { name: string } }[] };
    expect(body.items.map((i) => i.version)).toStrictEqual([1]);
    expect(body.statusChanges.map((c) => [c.version, c.action, c.from, c.to, c.fromLabel, c.toLabel, c.actor.name])).toStrictEqual([
      [2, 'submit', 'draft', 'submitted', '填报中', '已报送', '张填报（officer）'],
      [3, 'return', 'submitted', 'returned', '已报送', '已退回', '李审核（reviewer）'],
    ]);
    // the current version is the last status change's
    expect(((await officer.inject({ method: 'GET', url: url2023 })).json() as { version: number }).version).toBe(3);
  });
});
