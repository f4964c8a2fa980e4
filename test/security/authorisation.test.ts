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
import { createTestUser, type SignedInClient, signedIn, TEST_PASSWORD } from '../../src/server/auth/testing.ts';
import { forEachEngine } from '../../src/store/testing.ts';
import type { Role } from '../../src/workflow/roles.ts';
import { availableActions, STATUSES, type Status, TRANSITIONS } from '../../src/workflow/state-machine.ts';
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
    const all = app.routeTable.map((r) => `${r.method} ${r.url}`);
    for (const [route, capability] of Object.entries(ROUTE_CAPABILITIES)) {
      expect(all, `${route} (${capability}) exists`).toContain(route);
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
          if (capability === 'workflow.transition') continue; // its own table (TRANSITIONS), swept below
          await setStatus(status);
          const [method, pattern] = route.split(' ') as [string, string];
          const url = pattern
            .replace(':id', ID_A)
            .replace(':year', String(YEAR))
            .replace(':part', 'goals')
            .replace(':number', 'AZ-1')
            .replace(':sid', '999999')
            .replace(':did', '999999');
          // Valid bodies where a role the table allows could succeed (a new department-year of the region, an asset card).
          const payload =
            route === 'POST /api/departments/:id/assets'
              ? card(++serial)
              : route === 'POST /api/department-years'
                ? departmentBody(`az-new-${++serial}`)
                : route.endsWith('/next')
                  ? undefined
                  : {};
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
          if (r.statusCode >= 200 && r.statusCode < 300 && isWrite(method)) {
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

  it('admin rights come only from the admin role, and that role holds no department-data capability (the table says so)', () => {
    const withAdmin = Object.entries(CAPABILITY_RULES).filter(([, rule]) => rule.roles.includes('admin')).map(([c]) => c).sort();
    // Set-up of the system only: accounts, the installation's code tables, and a department's entry (an empty
    // first year) before its accounts exist.
    expect(withAdmin).toEqual(['account.manage', 'code-table.import', 'department.create']);
    expect(CAPABILITY_RULES['account.manage'].roles).toEqual(['admin']);
    expect(Object.values(TRANSITIONS).filter((t) => t.roles.includes('admin')), 'no workflow action is the admin role’s').toEqual([]);
    for (const route of ['GET /api/users', 'POST /api/users', 'PATCH /api/users/:id', 'POST /api/users/:id/reset-password']) {
      expect(ROUTE_CAPABILITIES[route], `${route} goes through the rule table`).toBe('account.manage');
    }
  });

  it('an admin acts on data only through a named role: refused on every data write, nothing written; accounts by role, never by user name', async () => {
    await setStatus('draft');
    const version = await yearVersion();
    const audit = await auditCount();
    const ifMatch = { 'if-match': `"${version}"` };
    const attempts = [
      { method: 'PUT', url: `/api/departments/${ID_A}/years/${YEAR}/parts/goals`, payload: [], headers: ifMatch },
      { method: 'POST', url: `/api/departments/${ID_A}/years/${YEAR}/workflow`, payload: { action: 'submit' }, headers: ifMatch },
      { method: 'POST', url: `/api/departments/${ID_A}/assets`, payload: { assetNumber: 'AZ-ADMIN', name: '碎纸机', classCode: 'A02021301', originalValue: 1, acquiredOn: '2024-01-01' } },
      { method: 'POST', url: '/api/department-years', payload: departmentBody('az-admin-made') },
    ] as const;
    for (const a of attempts) {
      const r = await clients.admin.inject({ ...a, method: a.method, payload: a.payload as object });
      expect(r.statusCode, `${a.method} ${a.url}: ${r.body}`).toBe(403);
      expect((r.json() as { code: string }).code).toBe('forbidden');
    }
    expect(await yearVersion(), 'the year is unchanged').toBe(version);
    expect(await auditCount(), 'nothing recorded, nothing written').toBe(audit);

    // Accounts: the admin role through the table; no other role, whatever the user is called.
    expect((await clients.admin.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(200);
    await createTestUser(ctx.db, { username: 'admin', role: 'officer', regionCode: REGION, departmentCode: CODE_A });
    const namedAdmin = await signedIn(app, 'admin');
    for (const client of [namedAdmin, clients.reviewer, clients.supervisor]) {
      const list = await client.inject({ method: 'GET', url: '/api/users' });
      expect(list.statusCode, list.body).toBe(403);
      const create = await client.inject({ method: 'POST', url: '/api/users', payload: { username: 'az-made', displayName: '新账户', role: 'admin', regionCode: null, departmentCode: null } });
      expect(create.statusCode, create.body).toBe(403);
    }
    // The role, not the account: the admin made a reviewer loses account rights at once and gains the reviewer's.
    await sql`update users set role = 'reviewer', region_code = ${REGION} where username = 'az-admin'`.execute(ctx.db);
    expect((await clients.admin.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
    expect((await clients.admin.inject({ method: 'GET', url: '/api/overview' })).statusCode).toBe(200);
    await sql`update users set role = 'admin', region_code = '000000' where username = 'az-admin'`.execute(ctx.db);
    expect((await clients.admin.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(200);
  });

  const lastEntry = async (departmentCode = CODE_A) =>
    (
      await sql<{ action: string; actor_name: string; changes: { path: string; old: unknown; new: unknown }[] }>`select action, actor_name, changes from audit_log where department_code = ${departmentCode} order by id desc limit 1`.execute(ctx.db)
    ).rows[0];

  it('every write’s audit entry says old → new: an asset’s field, a stocktake opened, a ledger replaced, an account’s role and flags', async () => {
    await setStatus('draft');
    const created = await clients.officer.inject({ method: 'POST', url: `/api/departments/${ID_A}/assets`, payload: { assetNumber: 'AZ-OLD', name: '碎纸机', classCode: 'A02021301', originalValue: 50000, acquiredOn: '2024-01-01', location: '办公室203' } });
    expect(created.statusCode, created.body).toBe(201);
    expect((await lastEntry())?.changes).toContainEqual(expect.objectContaining({ path: 'assets.AZ-OLD', old: null }));
    const moved = await clients.officer.inject({ method: 'PATCH', url: `/api/departments/${ID_A}/assets/AZ-OLD`, payload: { location: '档案室' }, headers: { 'if-match': '"1"' } });
    expect(moved.statusCode, moved.body).toBe(200);
    // A card's edit is recorded per field by its route (the card's history), beside the capability's entry.
    const edits = (
      await sql<{ changes: { path: string; old: unknown; new: unknown }[] }>`select changes from audit_log where department_code = ${CODE_A} and action = 'asset-update' order by id desc limit 1`.execute(ctx.db)
    ).rows[0];
    expect(edits?.changes).toContainEqual(expect.objectContaining({ path: 'assets[AZ-OLD].location', old: '办公室203', new: '档案室' }));

    const opened = await clients.officer.inject({ method: 'POST', url: `/api/departments/${ID_A}/stocktakes`, payload: { fiscalYear: YEAR } });
    expect(opened.statusCode, opened.body).toBe(201);
    const sid = (opened.json() as { id: string }).id;
    expect((await lastEntry())?.changes).toContainEqual(expect.objectContaining({ path: `stocktakes.${sid}`, old: null }));

    const ledger = (n: number) =>
      clients.officer.inject({
        method: 'POST',
        url: `/api/departments/${ID_A}/years/${YEAR}/ledger?source=l${n}.csv`,
        headers: { 'content-type': 'text/csv' },
        payload: `日期,凭证号,摘要,功能科目,经济科目,金额\n${Array.from({ length: n }, (_, i) => `2024-01-0${i + 1},记-${i + 1},办公用品,2011301,30201,100`).join('\n')}\n`,
      });
    for (const n of [1, 2]) {
      const r = await ledger(n);
      expect(r.statusCode, r.body).toBe(200);
    }
    expect((await lastEntry())?.changes).toContainEqual({ path: 'ledger.entryCount', old: 1, new: 2 });

    const user = await createTestUser(ctx.db, { username: 'az-audited', role: 'officer', regionCode: REGION, departmentCode: CODE_A });
    const patched = await clients.admin.inject({ method: 'PATCH', url: `/api/users/${user.id}`, payload: { role: 'supervisor', disabled: true }, headers: { 'if-match': '"1"' } });
    expect(patched.statusCode, patched.body).toBe(200);
    // Account entries file under the region (department ''), apart from the department's data trail.
    const account = await lastEntry('');
    expect(account).toMatchObject({ action: 'account.update', actor_name: expect.stringContaining('az-admin') });
    expect(account?.changes).toEqual(
      expect.arrayContaining([
        { path: 'users.az-audited.role', old: 'officer', new: 'supervisor' },
        { path: 'users.az-audited.disabled', old: false, new: true },
      ]),
    );
    const reset = await clients.admin.inject({ method: 'POST', url: `/api/users/${user.id}/reset-password` });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(await lastEntry('')).toMatchObject({ action: 'account.reset-password', changes: [{ path: 'users.az-audited.password', old: '（原密码）', new: '（已重置）' }] });
    await createTestUser(ctx.db, { username: 'az-own-pw', role: 'officer', regionCode: REGION, departmentCode: CODE_A });
    const own = await signedIn(app, 'az-own-pw');
    const changed = await own.inject({ method: 'POST', url: '/api/auth/password', payload: { current: TEST_PASSWORD, next: 'a-much-longer-pass-phrase-9' } });
    expect(changed.statusCode, changed.body).toBeLessThan(300);
    expect(await lastEntry('')).toMatchObject({ action: 'account.password', changes: [{ path: 'users.az-own-pw.password', old: '（原密码）', new: '（本人已修改）' }] });
    expect(JSON.stringify(await lastEntry('')), 'no password or hash in the trail').not.toMatch(/argon|\$2[aby]\$/);
  });

  it('a sweep of every workflow action as every role in every state answers as TRANSITIONS says, and every success records status old → new', async () => {
    const mismatches: string[] = [];
    let successes = 0;
    for (const status of STATUSES) {
      for (const role of ROLES) {
        for (const action of Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[]) {
          await setStatus(status);
          const before = await auditCount();
          const payload = action === 'return' ? { action, comments: [{ path: 'goals', text: '请补充' }] } : { action };
          const r = await clients[role].inject({ method: 'POST', url: `/api/departments/${ID_A}/years/${YEAR}/workflow`, payload, headers: { 'if-match': `"${await yearVersion()}"` } });
          const code = (r.json() as { code?: string }).code;
          const allowed = availableActions(status, role).includes(action);
          if (!allowed && !((r.statusCode === 403 && code === 'forbidden') || (r.statusCode === 409 && code === 'invalid-transition'))) {
            mismatches.push(`${role} ${status} ${action}: table refuses, got ${r.statusCode} ${code}`);
          }
          if (allowed && (code === 'forbidden' || code === 'invalid-transition')) mismatches.push(`${role} ${status} ${action}: table allows, got ${r.statusCode} ${code}`);
          if (r.statusCode === 200) {
            successes++;
            const entry = await lastEntry();
            if ((await auditCount()) <= before || !entry?.changes.some((c) => c.path === 'status' && c.old === status && c.new === TRANSITIONS[action].to)) {
              mismatches.push(`${role} ${status} ${action}: 200 but no audit entry with status ${status} → ${TRANSITIONS[action].to}`);
            }
          }
        }
      }
    }
    expect(mismatches, 'answers that differ from TRANSITIONS').toEqual([]);
    expect(successes, 'the sweep made successful transitions').toBeGreaterThan(5);
  }, 300_000);

  it('the audit trail and the workflow history refuse TRUNCATE, UPDATE and DELETE', async () => {
    const before = await auditCount();
    expect(before, 'there is something to protect').toBeGreaterThan(0);
    await expect(sql`truncate audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate workflow_events`.execute(ctx.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(ctx.db)).rejects.toThrow(/append-only/);
    expect(await auditCount()).toBe(before);
  });
});
