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

  it('edits the name and department, and a disabled account can no longer sign in', async () => {
    const edited = await admin.inject({ method: 'PATCH', url: `/api/users/${officerId}`, payload: { displayName: '新名字', departmentCode: 'dept-c' } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as { user: { displayName: string; departmentCode: string } }).user).toMatchObject({ displayName: '新名字', departmentCode: 'dept-c' });
    await signedIn(app, 'ua-officer');
    const off = await admin.inject({ method: 'PATCH', url: `/api/users/${officerId}`, payload: { disabled: true } });
    expect(off.statusCode).toBe(200);
    await expect(signedIn(app, 'ua-officer')).rejects.toThrow(/sign-in of ua-officer failed/);
    const list = (await admin.inject({ method: 'GET', url: '/api/users' })).json() as { items: { username: string; disabled: boolean }[] };
    expect(list.items.find((u) => u.username === 'ua-officer')?.disabled).toBe(true);
    await admin.inject({ method: 'PATCH', url: `/api/users/${officerId}`, payload: { disabled: false } });
    await signedIn(app, 'ua-officer');
  });

  it('refuses an officer without a department, naming the field, and users outside a county admin’s region', async () => {
    const bad = await admin.inject({ method: 'PATCH', url: `/api/users/${officerId}`, payload: { departmentCode: null } });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { details: { path: string }[] }).details[0]?.path).toBe('departmentCode');
    const outside = await countyAdmin.inject({ method: 'PATCH', url: `/api/users/${elsewhereId}`, payload: { displayName: 'x' } });
    expect(outside.statusCode).toBe(404);
  });
});
