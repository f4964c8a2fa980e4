/**
 * If-Match is required on every write to a versioned resource (issue 17): each route of VERSIONED_WRITES —
 * the department-year document, a part, the budget-table import, score overrides, a workflow action — answers
 * 428 in the error shape without it and writes nothing (no new version, no audit entry); a stale version is a
 * 409; the current one saves.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { ROUTE_CAPABILITIES, VERSIONED_WRITES } from '../../src/server/auth/authorisation.ts';
import { createTestUser, type SignedInClient, signedIn } from '../../src/server/auth/testing.ts';
import { forEachEngine } from '../../src/store/testing.ts';
import { POLICY, REGION, departmentBody, YEAR } from './support.ts';

const CODE = 'im-dept';
const ID = `${REGION}.${CODE}`;
const URL_DY = `/api/departments/${ID}/years/${YEAR}`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

forEachEngine('If-Match required', (ctx) => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  let officer: SignedInClient;
  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test', loginPolicy: POLICY });
    await createTestUser(ctx.db, { username: 'im-officer', role: 'officer', regionCode: REGION, departmentCode: CODE });
    officer = await signedIn(app, 'im-officer');
    const created = await officer.inject({ method: 'POST', url: '/api/department-years', payload: departmentBody(CODE) });
    if (created.statusCode !== 201) throw new Error(`fixture: ${created.body}`);
  });
  afterAll(async () => {
    await app?.close();
  });

  const version = async () => ((await officer.inject({ method: 'GET', url: URL_DY })).json() as { version: number }).version;
  const auditCount = async () =>
    Number((await sql<{ n: string }>`select count(*) as n from audit_log where department_code = ${CODE}`.execute(ctx.db)).rows[0]?.n);

  /** A valid write of each versioned route (the workflow action last: it makes the year read-only). */
  const writes: { route: string; send: (headers: Record<string, string>) => Promise<{ statusCode: number; body: string; json: () => unknown }> }[] = [
    {
      route: 'PUT /api/departments/:id/years/:year',
      send: async (headers) => {
        const body = departmentBody(CODE) as { department: Record<string, unknown> };
        body.department = { ...body.department, duties: `职能${Date.now()}` };
        return officer.inject({ method: 'PUT', url: URL_DY, payload: body, headers });
      },
    },
    {
      route: 'PUT /api/departments/:id/years/:year/parts/:part',
      send: async (headers) => {
        const part = (await officer.inject({ method: 'GET', url: `${URL_DY}/parts/staffing` })).json() as { staffing: { retirees?: number } };
        return officer.inject({ method: 'PUT', url: `${URL_DY}/parts/staffing`, payload: { ...part.staffing, retirees: (part.staffing.retirees ?? 0) + 1 }, headers });
      },
    },
    {
      route: 'PUT /api/departments/:id/years/:year/ledger/keywords',
      send: (headers) => officer.inject({ method: 'PUT', url: `${URL_DY}/ledger/keywords`, payload: { projects: [{ index: 0, keywords: [`关键词${Date.now() % 100000}`] }] }, headers }),
    },
    {
      route: 'POST /api/departments/:id/years/:year/budget-tables',
      send: async (headers) => {
        const workbook = (await officer.inject({ method: 'GET', url: `${URL_DY}/budget-tables.xlsx` })).rawPayload;
        return officer.inject({ method: 'POST', url: `${URL_DY}/budget-tables`, payload: workbook, headers: { 'content-type': XLSX, ...headers } });
      },
    },
    {
      route: 'PUT /api/departments/:id/years/:year/score-overrides',
      send: (headers) => officer.inject({ method: 'PUT', url: `${URL_DY}/score-overrides`, payload: { overrides: [] }, headers }),
    },
    {
      route: 'POST /api/departments/:id/years/:year/workflow',
      send: (headers) => officer.inject({ method: 'POST', url: `${URL_DY}/workflow`, payload: { action: 'submit' }, headers }),
    },
  ];

  it('the versioned routes are declared writes of the rule table, and each is exercised here', () => {
    for (const route of VERSIONED_WRITES) expect(Object.keys(ROUTE_CAPABILITIES), route).toContain(route);
    expect(writes.map((w) => w.route).sort()).toEqual([...VERSIONED_WRITES].sort());
  });

  for (const [i, write] of writes.entries()) {
    it(`${write.route}: missing If-Match → 428, nothing written; stale → 409; current → 200`, async () => {
      // Each write runs on the year the previous one left (a valid document throughout).
      expect(i === 0 || (await version()) > 0).toBe(true);
      const before = { version: await version(), audit: await auditCount() };

      const missing = await write.send({});
      expect(missing.statusCode, missing.body).toBe(428);
      const err = missing.json() as { code: string; message: string };
      expect(err.code).toBe('precondition-required');
      expect(err.message, 'Chinese and English').toMatch(/[\u4e00-\u9fff].*If-Match/);
      expect(await version(), 'no new version').toBe(before.version);
      expect(await auditCount(), 'no audit entry').toBe(before.audit);

      const stale = await write.send({ 'if-match': `"${before.version + 1}"` });
      expect(stale.statusCode, stale.body).toBe(409);
      expect((stale.json() as { code: string }).code).toBe('version-conflict');
      expect(await version()).toBe(before.version);

      const malformed = await write.send({ 'if-match': '"abc"' });
      expect(malformed.statusCode, malformed.body).toBe(400);

      const current = await write.send({ 'if-match': `"${before.version}"` });
      expect(current.statusCode, current.body).toBe(200);
    }, 60_000);
  }
});
