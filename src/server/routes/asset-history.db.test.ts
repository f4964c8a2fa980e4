/** An asset card's edit history: edits on screen and register imports that change a card, who/when/old → new. */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
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
  const card = async (n: string) => {
    const r = await clerk.inject({ method: 'GET', url: `${BASE}/assets/${n}` });
    return { ...(r.json() as { location: string; custodian: string; version: number }), etag: r.headers.etag };
  };
  const patch = (n: string, payload: object, version?: number) =>
    clerk.inject({ method: 'PATCH', url: `${BASE}/assets/${n}`, payload, headers: version === undefined ? {} : { 'if-match': `"${version}"` } });

  it('starts empty: the first import creates cards, it changes none', async () => {
    expect((await history('ZC2020-0001')).items).toEqual([]);
  });

  it('records an edit with who and old → new as the register prints them', async () => {
    const r = await patch('ZC2020-0001', { location: '会议室301', custodian: '赵六' }, (await card('ZC2020-0001')).version);
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

  it('refuses an edit without the version it was made on (428), and one on a version changed since (409), writing nothing', async () => {
    const n = 'ZC2021-0003';
    const read = await card(n);
    expect(read.etag).toBe(`"${read.version}"`);
    const without = await patch(n, { custodian: '钱七' });
    expect(without.statusCode).toBe(428);
    expect(without.json()).toMatchObject({ code: 'precondition-required' });
    // someone else saves first, on the version both read
    const first = await patch(n, { custodian: '孙八' }, read.version);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers.etag).toBe(`"${read.version + 1}"`);
    const stale = await patch(n, { custodian: '钱七', location: '仓库' }, read.version);
    expect(stale.statusCode).toBe(409);
    const refusal = stale.json() as { code: string; message: string };
    expect(refusal.code).toBe('version-conflict');
    expect(refusal.message).toMatch(/已被他人修改.*请刷新后再保存 \/ .*changed by someone else/);
    expect(refusal.message).toContain(n);
    const after = await card(n);
    expect({ custodian: after.custodian, location: after.location, version: after.version }).toEqual({ custodian: '孙八', location: read.location, version: read.version + 1 });
    expect((await history(n)).items).toHaveLength(1);
  });

  it('writes a card and its history in one transaction: when the history cannot be written, the card stays as it was', async () => {
    const n = 'ZC2022-0006';
    const before = await card(n);
    // the audit log refuses asset entries for this test only
    await sql`create function refuse_asset_history() returns trigger language plpgsql as $$
      begin
        if new.action in ('asset-update', 'asset-import') then raise exception 'history refused by the test'; end if;
        return new;
      end $$`.execute(ctx.db);
    await sql`create trigger refuse_asset_history before insert on audit_log for each row execute function refuse_asset_history()`.execute(ctx.db);
    try {
      const edit = await patch(n, { location: '走廊' }, before.version);
      expect(edit.statusCode).toBe(500);
      const imported = small.replace(/^(ZC2022-0006,[^\n]*?),办公室\d+,/m, '$1,档案柜,');
      expect(imported).not.toBe(small);
      const r = await clerk.inject({ method: 'POST', url: `${BASE}/assets/import`, payload: imported, headers: { 'content-type': 'text/csv' } });
      expect(r.statusCode).toBe(500);
    } finally {
      await sql`drop trigger refuse_asset_history on audit_log`.execute(ctx.db);
      await sql`drop function refuse_asset_history()`.execute(ctx.db);
    }
    const after = await card(n);
    expect({ location: after.location, version: after.version }).toEqual({ location: before.location, version: before.version });
    expect((await history(n)).items).toHaveLength(0);
  });

  it('is the department’s own: another department sees 404', async () => {
    expect((await outsider.inject({ method: 'GET', url: `${BASE}/assets/ZC2020-0001/history` })).statusCode).toBe(404);
  });
});
