/** An asset card's edit history: edits on screen and register imports that change a card, who/when/old → new. */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoPath } from '../../reference/paths.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../auth/testing.ts';

const BASE = '/api/departments/431222.yuanling-commerce';
const small = readFileSync(repoPath('test/fixtures/assets/ledger-small.csv'), 'utf8');

interface History {
  items: { actor: string; action: string; changes: { field: string; label: string; old: string; new: string }[] }[];
}

forEachEngine('asset edit history', (ctx) => {
  let server: FastifyInstance;
  let clerk: SignedInClient;
  let outsider: SignedInClient;

  beforeAll(async () => {
    server = await buildApp({ store: ctx.opened, version: 'test' });
    await createTestUser(ctx.db, { username: 'asset-clerk', displayName: '王资产', role: 'officer', regionCode: '431222', departmentCode: 'yuanling-commerce' });
    await createTestUser(ctx.db, { username: 'other-clerk', role: 'officer', regionCode: '431222', departmentCode: 'other-unit' });
    clerk = await signedIn(server, 'asset-clerk');
    outsider = await signedIn(server, 'other-clerk');
    const r = await clerk.inject({ method: 'POST', url: `${BASE}/assets/import`, payload: small, headers: { 'content-type': 'text/csv' } });
    expect(r.statusCode, r.body).toBe(201);
  });
  afterAll(async () => {
    await server.close();
  });

  const history = async (n: string) => (await clerk.inject({ method: 'GET', url: `${BASE}/assets/${n}/history` })).json() as History;

  it('starts empty: the first import creates cards, it changes none', async () => {
    expect((await history('ZC2020-0001')).items).toEqual([]);
  });

  it('records an edit with who and old → new as the register prints them', async () => {
    const r = await clerk.inject({ method: 'PATCH', url: `${BASE}/assets/ZC2020-0001`, payload: { location: '会议室301', custodian: '赵六' } });
    expect(r.statusCode, r.body).toBe(200);
    const h = await history('ZC2020-0001');
    expect(h.items).toHaveLength(1);
    expect(h.items[0]).toMatchObject({ action: 'asset-update' });
    expect(h.items[0]!.actor).toContain('王资产');
    expect(h.items[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'location', label: '存放地点', old: '办公室201', new: '会议室301' },
        { field: 'custodian', label: '使用人', old: '张伟', new: '赵六' },
      ]),
    );
    expect((await history('ZC2020-0002')).items).toEqual([]);
  });

  it('records an import that changes a card, and keeps the cards out of the department-year trail', async () => {
    const edited = small.replace('ZC2020-0002,便携式计算机,A02010108,华为 MateBook 14,1,5699,2020/6/3,财政拨款,办公室202', 'ZC2020-0002,便携式计算机,A02010108,华为 MateBook 14,1,5699,2020/6/3,财政拨款,档案室');
    expect(edited).not.toBe(small);
    const r = await clerk.inject({ method: 'POST', url: `${BASE}/assets/import`, payload: edited, headers: { 'content-type': 'text/csv' } });
    expect(r.statusCode, r.body).toBeLessThan(300);
    const h = await history('ZC2020-0002');
    expect(h.items[0]).toMatchObject({ action: 'asset-import' });
    expect(h.items[0]!.changes).toContainEqual({ field: 'location', label: '存放地点', old: '办公室202', new: '档案室' });
    // a preview writes nothing, so records nothing
    const again = edited.replace(',档案室,', ',机房,');
    await clerk.inject({ method: 'POST', url: `${BASE}/assets/import?preview=1`, payload: again, headers: { 'content-type': 'text/csv' } });
    expect((await history('ZC2020-0002')).items).toHaveLength(1);
    const trail = (await clerk.inject({ method: 'GET', url: `${BASE}/audit-trail` })).json() as { items: { action: string }[] };
    expect(trail.items.some((i) => i.action.startsWith('asset-'))).toBe(false);
  });

  it('is the department’s own: another department sees 404', async () => {
    expect((await outsider.inject({ method: 'GET', url: `${BASE}/assets/ZC2020-0001/history` })).statusCode).toBe(404);
  });
});
