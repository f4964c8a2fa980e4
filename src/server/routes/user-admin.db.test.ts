import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../auth/testing.ts';

forEachEngine('account admin: edit and disable', (ctx) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  let countyAdmin: SignedInClient;
  let officerId: number;
  let elsewhereId: number;
  beforeAll(async () => {
    app = await buildApp({ store: ctx.opened, version: 'test' });
    await app.ready();
    const a = await createTestUser(ctx.db, { username: 'ua-admin', role: 'admin', regionCode: null, departmentCode: null });
    await createTestUser(ctx.db, { username: 'ua-county-admin', role: 'admin', regionCode: '431222', departmentCode: null });
    officerId = (await createTestUser(ctx.db, { username: 'ua-officer', role: 'officer', regionCode: '431222', departmentCode: 'dept-a' })).id;
    elsewhereId = (await createTestUser(ctx.db, { username: 'ua-other', role: 'officer', regionCode: '110101', departmentCode: 'dept-b' })).id;
    expect(a.id).toBeGreaterThan(0);
    admin = await signedIn(app, 'ua-admin');
    countyAdmin = await signedIn(app, 'ua-county-admin');
  }, 120_000);
  afterAll(async () => {
    await app.close();
  });

  /** The account's version as the admin's list shows it. */
  const versionOf = async (id: number) =>
    ((await admin.inject({ method: 'GET', url: '/api/users' })).json() as { items: { id: number; version: number }[] }).items.find((u) => u.id === id)!.version;
  const edit = async (client: SignedInClient, id: number, payload: object, version?: number) =>
    client.inject({ method: 'PATCH', url: `/api/users/${id}`, payload, headers: { 'if-match': `"${version ?? (await versionOf(id))}"` } });

  it('edits the name and department, and a disabled account can no longer sign in', async () => {
    const edited = await edit(admin, officerId, { displayName: '新名字', departmentCode: 'dept-c' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as { user: { displayName: string; departmentCode: string } }).user).toMatchObject({ displayName: '新名字', departmentCode: 'dept-c' });
    await signedIn(app, 'ua-officer');
    const off = await edit(admin, officerId, { disabled: true });
    expect(off.statusCode).toBe(200);
    await expect(signedIn(app, 'ua-officer')).rejects.toThrow(/sign-in of ua-officer failed/);
    const list = (await admin.inject({ method: 'GET', url: '/api/users' })).json() as { items: { username: string; disabled: boolean }[] };
    expect(list.items.find((u) => u.username === 'ua-officer')?.disabled).toBe(true);
    expect((await edit(admin, officerId, { disabled: false })).statusCode).toBe(200);
    await signedIn(app, 'ua-officer');
  });

  it('refuses an officer without a department, naming the field, and users outside a county admin’s region', async () => {
    const bad = await edit(admin, officerId, { departmentCode: null });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { details: { path: string }[] }).details[0]?.path).toBe('departmentCode');
    const outside = await edit(countyAdmin, elsewhereId, { displayName: 'x' }, 1);
    expect(outside.statusCode).toBe(404);
  });

  it('refuses an edit without the version it was made on (428), and one on an account changed since (409), writing nothing', async () => {
    const read = await versionOf(officerId);
    const without = await admin.inject({ method: 'PATCH', url: `/api/users/${officerId}`, payload: { displayName: '无版本' } });
    expect(without.statusCode).toBe(428);
    // another admin saves first, on the version both read
    const first = await edit(countyAdmin, officerId, { displayName: '县管理员改的' }, read);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe(`"${read + 1}"`);
    const stale = await edit(admin, officerId, { displayName: '过时的修改', disabled: true }, read);
    expect(stale.statusCode).toBe(409);
    const refusal = stale.json() as { code: string; message: string };
    expect(refusal.code).toBe('version-conflict');
    expect(refusal.message).toMatch(/已被他人修改.*请刷新后再保存 \/ .*changed by someone else/);
    const list = (await admin.inject({ method: 'GET', url: '/api/users' })).json() as { items: { id: number; displayName: string; disabled: boolean; version: number }[] };
    expect(list.items.find((u) => u.id === officerId)).toMatchObject({ displayName: '县管理员改的', disabled: false, version: read + 1 });
    // a sign-in (failed-attempt counting) is not an edit: the version stays
    await signedIn(app, 'ua-officer');
    expect(await versionOf(officerId)).toBe(read + 1);
  });
});
