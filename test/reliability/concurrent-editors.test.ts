/**
 * Two (and ten) concurrent editors of one department-year, on each engine: whoever saves on a stale version
 * gets 409 and writes nothing, so no update is lost — through the API (whole record and one part) and in the
 * store with truly parallel transactions. And the check can fail: saves without a version check lose an
 * update, and the lost-update detector says so.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseDepartmentYear } from '../../src/app/department-year-service.ts';
import { DEMO_FILE } from '../../src/reference/demo.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../../src/server/auth/testing.ts';
import { getDepartmentYear, saveDepartmentYear, VersionConflictError } from '../../src/store/index.ts';
import { forEachEngine } from '../../src/store/testing.ts';

const REGION = '431222';
const CODE = 'conc-dept';
const ID = `${REGION}.${CODE}`;
const YEAR = 2024;
const URL = `/api/departments/${ID}/years/${YEAR}`;
const demoRaw = JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;

function body(duties: string, code = CODE): Record<string, unknown> {
  const b = structuredClone(demoRaw) as { department: Record<string, unknown>; region: Record<string, unknown> };
  b.department = { ...b.department, code, name: `${code} 并发测试`, duties };
  b.region = { ...b.region, code: REGION };
  return b as Record<string, unknown>;
}

interface EditOutcome {
  readonly who: string;
  readonly status: number;
  readonly duties: string;
}

/**
 * A lost update: more than one editor was told "saved" for the same base version, or the stored text is not
 * the one editor whose save was acknowledged.
 */
function lostUpdates(outcomes: readonly EditOutcome[], storedDuties: string): string[] {
  const winners = outcomes.filter((o) => o.status === 200 || o.status === 201);
  const problems: string[] = [];
  if (winners.length > 1) problems.push(`${winners.length} editors were told their edit of the same version was saved: ${winners.map((w) => w.who).join(', ')}`);
  if (winners.length === 1 && winners[0]?.duties !== storedDuties) problems.push(`${winners[0]?.who}'s acknowledged edit is not what is stored`);
  for (const o of outcomes) if (![200, 201, 409].includes(o.status)) problems.push(`${o.who} got ${o.status}`);
  return problems;
}

forEachEngine('reliability: concurrent editors', (ctx) => {
  let app: FastifyInstance;
  let officer: SignedInClient;
  /** A second officer of the same department (an admin acts on data only through a named role). */
  let admin: SignedInClient;
  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test' });
    await createTestUser(ctx.db, { username: 'conc-admin', role: 'officer', regionCode: REGION, departmentCode: CODE });
    await createTestUser(ctx.db, { username: 'conc-officer', role: 'officer', regionCode: REGION, departmentCode: CODE });
    admin = await signedIn(app, 'conc-admin');
    officer = await signedIn(app, 'conc-officer');
    const r = await admin.inject({ method: 'POST', url: '/api/department-years', payload: body('初始') });
    expect(r.statusCode, r.body).toBe(201);
  });
  afterAll(async () => {
    await app.close();
  });

  const current = async () => (await admin.inject({ method: 'GET', url: URL })).json() as { version: number; data: { department: { duties: string } } };

  it('two editors read version v; the first save wins, the second (If-Match v) gets 409 and its text is not stored', async () => {
    const { version } = await current();
    const first = await officer.inject({ method: 'PUT', url: URL, payload: body('填报员的修改'), headers: { 'if-match': `"${version}"` } });
    const second = await admin.inject({ method: 'PUT', url: URL, payload: body('管理员的修改'), headers: { 'if-match': `"${version}"` } });
    expect(first.statusCode, first.body).toBe(200);
    expect(second.statusCode, 'a save based on a stale version is refused').toBe(409);
    expect(second.json()).toMatchObject({ code: 'version-conflict' });
    const after = await current();
    expect(after.version, 'one save, one new version').toBe(version + 1);
    expect(lostUpdates([
      { who: 'officer', status: first.statusCode, duties: '填报员的修改' },
      { who: 'admin', status: second.statusCode, duties: '管理员的修改' },
    ], after.data.department.duties)).toEqual([]);
  });

  it('ten editors saving the same version at once: exactly one 200, nine 409, the winner’s text stored', async () => {
    const { version } = await current();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? admin : officer)
          .inject({ method: 'PUT', url: URL, payload: body(`并发编辑${i}`), headers: { 'if-match': `"${version}"` } })
          .then((r) => ({ who: `editor ${i}`, status: r.statusCode, duties: `并发编辑${i}` })),
      ),
    );
    expect(results.filter((r) => r.status === 200).length, `exactly one wins: ${JSON.stringify(results)}`).toBe(1);
    expect(results.filter((r) => r.status === 409).length, 'the rest are told to reload').toBe(9);
    const after = await current();
    expect(after.version).toBe(version + 1);
    expect(lostUpdates(results, after.data.department.duties)).toEqual([]);
  });

  it('two editors replacing different parts at once, each with the version it read: one lands, the other is refused (409) — never a silent overwrite', async () => {
    const before = await current();
    const version = before.version;
    const staffing = (before.data as unknown as { staffing: Record<string, unknown> }).staffing;
    const ifMatch = { 'if-match': `"${version}"` };
    const [a, b] = await Promise.all([
      officer.inject({ method: 'PUT', url: `${URL}/parts/staffing`, payload: { ...staffing, retirees: 1 }, headers: ifMatch }),
      admin.inject({ method: 'PUT', url: `${URL}/parts/goals`, payload: [], headers: ifMatch }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses, `one part save lands, the other read a version that is gone (${a.body} ${b.body})`).toEqual([200, 409]);
    const after = await current();
    expect(after.version, 'the acknowledged part save is one version').toBe(version + 1);
    const data = after.data as unknown as { staffing: { retirees?: number }; goals: unknown[] };
    if (a.statusCode === 200) expect(data.staffing.retirees, 'the acknowledged staffing edit is stored').toBe(1);
    if (b.statusCode === 200) expect(data.goals, 'the acknowledged goals edit is stored').toEqual([]);
  });

  it('a part save without If-Match is refused with 428 and writes nothing (no client can overwrite what it never read)', async () => {
    const before = await current();
    const r = await officer.inject({ method: 'PUT', url: `${URL}/parts/goals`, payload: [] });
    expect(r.statusCode, r.body).toBe(428);
    expect((await current()).version).toBe(before.version);
  });

  it('in the store, parallel transactions with the same expected version: exactly one commits', async () => {
    const tenant = { regionCode: REGION, departmentCode: CODE };
    const stored = await getDepartmentYear(ctx.db, tenant, YEAR);
    const version = stored?.version ?? 0;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) => saveDepartmentYear(ctx.db, parseDepartmentYear(body(`存储层${i}`)), { expectedVersion: version })),
    );
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const conflicts = outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof VersionConflictError);
    expect(won.length, 'one commit').toBe(1);
    expect(conflicts.length, 'five conflicts, each a VersionConflictError').toBe(5);
    expect((await getDepartmentYear(ctx.db, tenant, YEAR))?.version).toBe(version + 1);
  });

  it('the check can fail: saves without a version check (the store called without an expected version) both succeed and one edit is silently lost — the detector reports it', async () => {
    const tenant = { regionCode: REGION, departmentCode: CODE };
    const outcomes: EditOutcome[] = [];
    for (const [who, duties] of [['officer', '甲的修改（不带版本）'], ['admin', '乙的修改（不带版本）']] as const) {
      const saved = await saveDepartmentYear(ctx.db, parseDepartmentYear(body(duties))).then(() => 200, () => 409);
      outcomes.push({ who, status: saved, duties });
    }
    expect(outcomes.map((o) => o.status), 'without a version check both saves are acknowledged (last writer wins)').toEqual([200, 200]);
    const problems = lostUpdates(outcomes, (await getDepartmentYear(ctx.db, tenant, YEAR))?.data.department.duties ?? '');
    expect(problems.join('\n'), 'the lost update is reported').toMatch(/2 editors were told/);
  });
});
