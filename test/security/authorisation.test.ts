/**
 * One authorisation rule for every write (issue 17): every write route of Fastify's route table is in the
 * capability table (or listed as changing no department's data), and a sweep of every write route as every
 * role in every workflow state answers as the table says — a refusal exactly where the table refuses, never
 * where it allows. Every successful write of the sweep appears in the audit trail. Separation of duties: who
 * submitted cannot approve. The audit trail refuses TRUNCATE.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { completeDemo } from '../../src/report/test-support.ts';
import { buildApp } from '../../src/server/app.ts';
import { CAPABILITY_RULES, decide, isWrite, NOT_DATA_WRITES, ROUTE_CAPABILITIES, VERSIONED_WRITES } from '../../src/server/auth/authorisation.ts';
import { createTestUser, type SignedInClient, signedIn } from '../../src/server/auth/testing.ts';
import { forEachEngine } from '../../src/store/testing.ts';
import type { Role } from '../../src/workflow/roles.ts';
import { STATUSES, type Status } from '../../src/workflow/state-machine.ts';
import { CODE_A, departmentBody, ID_A, POLICY, REGION, YEAR } from './support.ts';

forEachEngine('authorisation', (ctx) => {
  let app: Awaited<ReturnType<typeof buildApp>>;
  const clients = {} as Record<Role, SignedInClient>;
  const ROLES: readonly Role[] = ['officer', 'supervisor', 'reviewer', 'admin'];

  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test', loginPolicy: POLICY });
    await createTestUser(ctx.db, { username: 'az-officer', role: 'officer', regionCode: REGION, departmentCode: CODE_A });
    await createTestUser(ctx.db, { username: 'az-officer2', role: 'officer', regionCode: REGION, departmentCode: CODE_A });
    await createTestUser(ctx.db, { username: 'az-supervisor', role: 'supervisor', regionCode: REGION, departmentCode: CODE_A });
    await createTestUser(ctx.db, { username: 'az-reviewer', role: 'reviewer', regionCode: REGION, departmentCode: null });
    await createTestUser(ctx.db, { username: 'az-reviewer2', role: 'reviewer', regionCode: REGION, departmentCode: null });
    await createTestUser(ctx.db, { username: 'az-admin', role: 'admin', regionCode: null, departmentCode: null });
    for (const role of ROLES) clients[role] = await signedIn(app, `az-${role}`);
    const created = await clients.officer.inject({ method: 'POST', url: '/api/department-years', payload: departmentBody(CODE_A) });
    if (created.statusCode !== 201) throw new Error(`fixture: ${created.body}`);
  });
  afterAll(async () => {
    await app?.close();
  });

  const setStatus = (status: Status) =>
    sql`update department_years set status = ${status} where region_code = ${REGION} and department_code = ${CODE_A} and fiscal_year = ${YEAR}`.execute(ctx.db);
  const yearVersion = async () =>
    Number((await sql<{ v: number }>`select version as v from department_years where region_code = ${REGION} and department_code = ${CODE_A} and fiscal_year = ${YEAR}`.execute(ctx.db)).rows[0]?.v);
  const auditCount = async () =>
    Number((await sql<{ n: string }>`select count(*) as n from audit_log where region_code = ${REGION} and department_code = ${CODE_A}`.execute(ctx.db)).rows[0]?.n);

  it('every write route of the route table has a capability in the one table, or is listed as changing no department data', () => {
    const writes = app.routeTable.filter((r) => isWrite(r.method) && r.url.startsWith('/api/')).map((r) => `${r.method} ${r.url}`);
    expect(writes.length, 'the table has write routes').toBeGreaterThan(15);
    const unlisted = writes.filter((w) => !(w in ROUTE_CAPABILITIES) && !(w in NOT_DATA_WRITES));
    expect(unlisted, 'write routes missing from the capability table').toEqual([]);
    for (const [route, capability] of Object.entries(ROUTE_CAPABILITIES)) {
      expect(writes, `${route} (${capability}) exists`).toContain(route);
    }
  });

  it('a sweep of every write route as every role in every workflow state answers as the table says, and every success is audited', async () => {
    const mismatches: string[] = [];
    let successes = 0;
    const card = (n: number) => ({ assetNumber: `AZ-${n}`, name: '碎纸机', classCode: 'A02021301', originalValue: 50000, acquiredOn: '2026-11-20', location: '办公室203' });
    let serial = 0;
    for (const status of STATUSES) {
      for (const role of ROLES) {
        for (const [route, capability] of Object.entries(ROUTE_CAPABILITIES)) {
          if (capability === 'workflow.transition' || capability === 'department.create') continue; // own tables, tested below / in department-setup
          await setStatus(status);
          const [method, pattern] = route.split(' ') as [string, string];
          const url = pattern
            .replace(':id', ID_A)
            .replace(':year', String(YEAR))
            .replace(':part', 'goals')
            .replace(':number', 'AZ-1')
            .replace(':sid', '999999')
            .replace(':did', '999999');
          const payload = route === 'POST /api/departments/:id/assets' ? card(++serial) : route.endsWith('/next') ? undefined : {};
          const before = await auditCount();
          // A versioned write names the version it read, as every client must (else 428).
          const headers = VERSIONED_WRITES.has(route) ? { 'if-match': `"${await yearVersion()}"` } : {};
          const r = await clients[role].inject({ method: method as 'POST', url, headers, ...(payload !== undefined ? { payload } : {}) });
          const code = (() => {
            try {
              return (r.json() as { code?: string }).code;
            } catch {
              return undefined;
            }
          })();
          const yearBound = CAPABILITY_RULES[capability].states !== undefined;
          const expected = decide(capability, role, yearBound ? status : undefined);
          const refusedByTable = (r.statusCode === 403 && code === 'forbidden') || (r.statusCode === 409 && code === 'read-only');
          if (!expected.ok && !(r.statusCode === expected.status && code === expected.code)) {
            mismatches.push(`${role} ${status} ${route}: table refuses (${expected.status} ${expected.code}), got ${r.statusCode} ${code}`);
          }
          if (expected.ok && refusedByTable) mismatches.push(`${role} ${status} ${route}: table allows, got ${r.statusCode} ${code}`);
          if (r.statusCode >= 200 && r.statusCode < 300) {
            successes++;
            if ((await auditCount()) <= before) mismatches.push(`${role} ${status} ${route}: ${r.statusCode} but no audit entry`);
          }
          if (route.endsWith('/next') && r.statusCode === 201) {
            await sql`delete from department_years where region_code = ${REGION} and department_code = ${CODE_A} and fiscal_year = ${YEAR + 1}`.execute(ctx.db);
          }
        }
      }
    }
    expect(mismatches, 'answers that differ from the table').toEqual([]);
    expect(successes, 'the sweep also made successful writes (each checked in the audit trail)').toBeGreaterThan(5);
  }, 300_000);

  it('the reviewer may not touch a department’s assets, ledger or stocktakes; an officer may not replace the ledger of a published year', async () => {
    await setStatus('draft');
    const asReviewer = await clients.reviewer.inject({ method: 'POST', url: `/api/departments/${ID_A}/assets`, payload: { assetNumber: 'AZ-R' } });
    expect(asReviewer.statusCode, asReviewer.body).toBe(403);
    const stocktake = await clients.reviewer.inject({ method: 'POST', url: `/api/departments/${ID_A}/stocktakes`, payload: {} });
    expect(stocktake.statusCode).toBe(403);
    await setStatus('published');
    const ledger = await clients.officer.inject({
      method: 'POST',
      url: `/api/departments/${ID_A}/years/${YEAR}/ledger?source=x.csv`,
      headers: { 'content-type': 'text/csv' },
      payload: '日期,科目编码,金额\n2024-01-01,2011301,100\n',
    });
    expect(ledger.statusCode, ledger.body).toBe(409);
    await setStatus('draft');
  });

  it('who submitted a year cannot approve or return it; another reviewer can', async () => {
    await setStatus('draft');
    // A year whose final report can be produced (approval requires it).
    const complete = completeDemo();
    const saved = await clients.officer.inject({
      method: 'PUT',
      url: `/api/departments/${ID_A}/years/${YEAR}`,
      payload: { ...complete, department: { ...complete.department, code: CODE_A }, region: { ...complete.region, code: REGION } },
      headers: { 'if-match': `"${await yearVersion()}"` },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submit = await clients.officer.inject({ method: 'POST', url: `/api/departments/${ID_A}/years/${YEAR}/workflow`, payload: { action: 'submit' }, headers: { 'if-match': `"${await yearVersion()}"` } });
    expect(submit.statusCode, submit.body).toBe(200);
    // The same person cannot approve, whatever role they hold: make the officer a reviewer of the region.
    await sql`update users set role = 'reviewer' where username = 'az-officer'`.execute(ctx.db);
    const self = await clients.officer.inject({ method: 'POST', url: `/api/departments/${ID_A}/years/${YEAR}/workflow`, payload: { action: 'approve' }, headers: { 'if-match': `"${await yearVersion()}"` } });
    expect(self.statusCode, self.body).toBe(403);
    expect((self.json() as { code: string }).code).toBe('separation-of-duties');
    const other = await clients.reviewer.inject({ method: 'POST', url: `/api/departments/${ID_A}/years/${YEAR}/workflow`, payload: { action: 'approve' }, headers: { 'if-match': `"${await yearVersion()}"` } });
    expect(other.statusCode, other.body).toBe(200);
    await sql`update users set role = 'officer' where username = 'az-officer'`.execute(ctx.db);
  });

  it('the audit trail and the workflow history refuse TRUNCATE, UPDATE and DELETE', async () => {
    const before = await auditCount();
    expect(before, 'there is something to protect').toBeGreaterThan(0);
    await expect(sql`truncate audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate workflow_events`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
    expect(await auditCount()).toBe(before);
  });
});
