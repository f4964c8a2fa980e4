/**
 * The asset routes through `inject` on both engines: ledger import (CSV and .xlsx, a rejected file writes
 * nothing), export, the stocktake steps signed by the session user (the opener cannot approve), the phone page
 * with its own script nonce, indicators, labels, and tenant isolation.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoPath } from '../../reference/paths.ts';
import { forEachEngine } from '../../store/testing.ts';
import { buildApp } from '../app.ts';
import { createTestUser, type SignedInClient, signedIn } from '../auth/testing.ts';
import { assetRoutes } from './assets.ts';

const hasChromium = existsSync(process.env['JIXIAO_CHROMIUM'] ?? '/usr/bin/chromium');
const ID = '431222.yuanling-commerce';
const BASE = `/api/departments/${ID}`;
const small = readFileSync(repoPath('test/fixtures/assets/ledger-small.csv'));
const bad = readFileSync(repoPath('test/fixtures/assets/ledger-bad.csv'));

forEachEngine('asset routes', (ctx) => {
  let server: FastifyInstance;
  let opener: SignedInClient;
  let approver: SignedInClient;
  let outsider: SignedInClient;

  beforeAll(async () => {
    server = await buildApp({ store: ctx.opened, version: 'test' });
    // Until app.ts registers the asset routes, the test adds them itself.
    if (!server.hasRoute({ method: 'GET', url: '/api/departments/:id/assets' })) assetRoutes(server, { store: ctx.opened });
    await createTestUser(ctx.db, { username: 'asset-clerk', role: 'officer', regionCode: '431222', departmentCode: 'yuanling-commerce' });
    await createTestUser(ctx.db, { username: 'asset-boss', role: 'supervisor', regionCode: '431222', departmentCode: 'yuanling-commerce' });
    await createTestUser(ctx.db, { username: 'other-clerk', role: 'officer', regionCode: '431222', departmentCode: 'other-unit' });
    opener = await signedIn(server, 'asset-clerk');
    approver = await signedIn(server, 'asset-boss');
    outsider = await signedIn(server, 'other-clerk');
  });
  afterAll(async () => {
    await server.close();
  });

  const post = (client: SignedInClient, url: string, payload: unknown) => client.inject({ method: 'POST', url, payload: payload as object });

  describe('register', () => {
    it('rejects a ledger with bad rows, naming each, and writes nothing', async () => {
      const r = await opener.inject({ method: 'POST', url: `${BASE}/assets/import`, payload: bad, headers: { 'content-type': 'text/csv' } });
      expect(r.statusCode, r.body).toBe(422);
      const body = r.json() as { code: string; details: { row: number; column: string }[] };
      expect(body.code).toBe('import-rejected');
      expect(body.details.map((d) => `${d.row} ${d.column}`)).toEqual([
        '3 C 分类代码',
        '4 E 原值（元）',
        '5 A 资产编号',
        '6 A 资产编号',
        '7 F 取得日期',
      ]);
      const list = await opener.inject({ method: 'GET', url: `${BASE}/assets` });
      expect(list.json()).toMatchObject({ count: 0 });
    });

    it('reads every register sheet of an uploaded workbook (one sheet per asset class), not only the first', async () => {
      const workbook = readFileSync(repoPath('test/fixtures/exports/register-sheets-2024.xlsx'));
      const r = await opener.inject({ method: 'POST', url: `${BASE}/assets/import?preview=1`, payload: workbook, headers: { 'content-type': 'application/octet-stream' } });
      expect(r.statusCode, r.body).toBe(200);
      const body = r.json() as { added: number; addedItems: { assetNumber: string }[] };
      // 房屋 2 + 车辆 1 + 通用设备 3; the 填表说明 sheet is no register
      expect(body.added).toBe(6);
      expect(body.addedItems.map((a) => a.assetNumber)).toContain('ZJSL-CL-003');
      const list = await opener.inject({ method: 'GET', url: `${BASE}/assets` });
      expect(list.json(), 'a preview writes nothing').toMatchObject({ count: 0 });
    });

    it('reads an uploaded Excel 97–2003 register (.xls) in the parse worker like its .xlsx twin; a damaged one is refused by name', async () => {
      const preview = async (name: string) => {
        const payload = readFileSync(repoPath(`test/fixtures/exports/${name}`));
        return opener.inject({ method: 'POST', url: `${BASE}/assets/import?preview=1`, payload, headers: { 'content-type': 'application/vnd.ms-excel' } });
      };
      const xls = await preview('register-grp-2024-12.xls');
      expect(xls.statusCode, xls.body).toBe(200);
      const body = xls.json() as { added: number; addedItems: { assetNumber: string }[] };
      expect(body.added).toBe(6);
      expect(body.addedItems.map((a) => a.assetNumber)).toContain('XHZR-2017-0002');
      expect(body).toEqual((await preview('register-grp-2024-12.xlsx')).json());
      const damaged = Buffer.from(readFileSync(repoPath('test/fixtures/exports/register-grp-2024-12.xls')).subarray(0, 2600));
      const r = await opener.inject({ method: 'POST', url: `${BASE}/assets/import?preview=1`, payload: damaged, headers: { 'content-type': 'application/vnd.ms-excel' } });
      expect(r.statusCode, r.body).toBeGreaterThanOrEqual(400);
      expect(r.statusCode).toBeLessThan(500);
      expect(r.body).toMatch(/上传的台账：/u);
      expect(r.body).not.toMatch(/\bat \w+ \(/);
    });

    it('imports a CSV ledger, flags the item below the threshold, and lists the cards', async () => {
      const r = await opener.inject({ method: 'POST', url: `${BASE}/assets/import`, payload: small, headers: { 'content-type': 'text/csv' } });
      expect(r.statusCode, r.body).toBe(201);
      const body = r.json() as { written: number; findings: { rule: string }[] };
      expect(body.written).toBe(8);
      expect(body.findings.map((f) => f.rule)).toEqual(['asset-below-threshold']);
      const checks = await opener.inject({ method: 'GET', url: `${BASE}/assets/checks` });
      expect((checks.json() as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual([
        'asset-label-mismatch',
        'asset-below-threshold',
        'asset-label-missing',
      ]);
    });

    it('exports .xlsx that imports into another department unchanged', async () => {
      const r = await opener.inject({ method: 'GET', url: `${BASE}/assets/export?format=xlsx` });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toContain('spreadsheetml');
      // The copy's own officer imports it (an admin writes no department data).
      await createTestUser(ctx.db, { username: 'asset-copier', role: 'officer', regionCode: '431222', departmentCode: 'copy-unit' });
      const admin = await signedIn(server, 'asset-copier');
      const copy = await admin.inject({
        method: 'POST',
        url: '/api/departments/431222.copy-unit/assets/import',
        payload: r.rawPayload,
        headers: { 'content-type': 'application/octet-stream' },
      });
      expect(copy.statusCode, copy.body).toBe(201);
      const a = (await opener.inject({ method: 'GET', url: `${BASE}/assets` })).json() as { items: unknown[] };
      const b = (await admin.inject({ method: 'GET', url: '/api/departments/431222.copy-unit/assets' })).json() as { items: unknown[] };
      expect(b.items).toEqual(a.items);
    });

    it('answers 404, as if absent, on every asset and stocktake route of another department', async () => {
      const routes = server.routeTable.filter(
        (r) => /^\/api\/departments\/:id\/(assets|stocktakes)/.test(r.url) && r.method !== 'HEAD',
      );
      expect(routes.length).toBeGreaterThanOrEqual(15);
      for (const route of routes) {
        const url = `${route.url.replace(':id', ID).replace(/:[a-zA-Z]+/g, 'x')}?year=2026&asOf=2026-12-31`;
        const r = await outsider.inject({ method: route.method as 'GET', url, ...(route.method === 'GET' ? {} : { payload: {} }) });
        expect(r.statusCode, `${route.method} ${url}`).toBe(404);
        expect(r.json(), `${route.method} ${url}`).toEqual({ code: 'not-found', message: '未找到 / not found' });
      }
    });

    it.skipIf(!hasChromium)('prints labels as a PDF', { timeout: 60_000 }, async () => {
      const r = await opener.inject({ method: 'GET', url: `${BASE}/assets/labels.pdf?numbers=ZC2020-0001,ZC2020-0002&department=沅陵县商务局` });
      expect(r.statusCode, r.body.slice(0, 200)).toBe(200);
      expect(r.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const sizes = await opener.inject({ method: 'GET', url: `${BASE}/assets/label-sizes` });
      expect((sizes.json() as { items: { id: string }[] }).items.map((i) => i.id)).toContain('a4-3x8-70x37');
      const unknown = await opener.inject({ method: 'GET', url: `${BASE}/assets/labels.pdf?numbers=NOPE` });
      expect(unknown.statusCode).toBe(400);
    });
  });

  describe('single cards', () => {
    it('adds a card with the import’s rules, and changes one in place (never to 已处置)', async () => {
      const card = {
        assetNumber: 'X-NEW-2',
        name: '碎纸机',
        classCode: 'A02021301',
        originalValue: 50000,
        acquiredOn: '2026-11-20',
        location: '办公室203',
      };
      const unknownClass = await post(opener, `${BASE}/assets`, { ...card, classCode: 'A99999999' });
      expect(unknownClass.statusCode).toBe(400);
      const created = await post(opener, `${BASE}/assets`, card);
      expect(created.statusCode, created.body).toBe(201);
      expect((created.json() as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(['asset-below-threshold']);
      expect((await post(opener, `${BASE}/assets`, card)).statusCode).toBe(409);
      // an edit names the version it was made on (a new card is version 1)
      const patched = await opener.inject({ method: 'PATCH', url: `${BASE}/assets/X-NEW-2`, payload: { custodian: '赵六', status: '闲置' }, headers: { 'if-match': '"1"' } });
      expect(patched.json()).toMatchObject({ custodian: '赵六', status: 'idle', version: 2 });
      const dispose = await opener.inject({ method: 'PATCH', url: `${BASE}/assets/X-NEW-2`, payload: { status: '已处置' }, headers: { 'if-match': '"2"' } });
      expect(dispose.statusCode).toBe(409);
      expect(dispose.json()).toMatchObject({ code: 'disposal-required' });
      const missing = await opener.inject({ method: 'PATCH', url: `${BASE}/assets/NOPE`, payload: { custodian: 'x' }, headers: { 'if-match': '"1"' } });
      expect(missing.statusCode).toBe(404);
    });
  });

  describe('stocktake', () => {
    let sid = '';

    it('opens as the signed-in user and serves the phone page with its own script nonce', async () => {
      const r = await post(opener, `${BASE}/stocktakes`, { fiscalYear: 2026, openedBy: 'someone else' });
      expect(r.statusCode, r.body).toBe(201);
      const body = r.json() as { id: string; expectedCount: number; openedBy: string; page: string };
      expect(body.expectedCount).toBe(9);
      expect(body.openedBy, 'the session user, not a name in the body').toBe('asset-clerk');
      sid = body.id;
      const page = await opener.inject({ method: 'GET', url: body.page });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      const nonce = /<script nonce="([^"]+)">/.exec(page.body)?.[1];
      expect(nonce).toBeDefined();
      expect(String(page.headers['content-security-policy'])).toContain(`'nonce-${nonce}'`);
      expect(page.body).toContain('BarcodeDetector');
      expect(page.body).toContain('应盘 9 项');
      const anonymous = await server.inject({ method: 'GET', url: body.page });
      expect(anonymous.statusCode).toBe(401);
      const foreign = await outsider.inject({ method: 'GET', url: body.page });
      expect(foreign.statusCode).toBe(404);
    });

    it('takes confirmations, and refuses the opener as approver', async () => {
      const numbers = ['ZC2020-0001', 'ZC2020-0002', 'ZC2021-0003', 'ZC2022-0005', 'ZC2022-0006', 'ZC2023-0007', 'ZC2023-0008'];
      for (const n of numbers) {
        const condition = n === 'ZC2022-0006' ? '待报废' : '在用';
        const seenLocation = n === 'ZC2020-0002' ? '会议室' : '';
        const r = await post(opener, `${BASE}/stocktakes/${sid}/confirmations`, { assetNumber: n, condition, seenLocation });
        expect(r.statusCode, r.body).toBe(200);
      }
      const extra = await post(opener, `${BASE}/stocktakes/${sid}/confirmations`, { assetNumber: 'X-NEW', name: '碎纸机' });
      expect(extra.json()).toMatchObject({ status: 'surplus', confirmedCount: 7, expectedCount: 9 });
      const badCondition = await post(opener, `${BASE}/stocktakes/${sid}/confirmations`, { assetNumber: 'ZC2020-0001', condition: '丢失' });
      expect(badCondition.statusCode).toBe(400);
      const self = await post(opener, `${BASE}/stocktakes/${sid}/close`, {});
      expect(self.statusCode).toBe(409);
      expect(self.json()).toMatchObject({ code: 'approver-is-opener' });
    });

    it('closes with another user as approver and answers the reconciliation and indicators', async () => {
      const r = await post(approver, `${BASE}/stocktakes/${sid}/close`, {});
      expect(r.statusCode, r.body).toBe(200);
      const st = r.json() as { approvedBy: string; reconciliation: { differences: { kind: string; assetNumber: string }[] } };
      expect(st.approvedBy).toBe('asset-boss');
      expect(st.reconciliation.differences.map((d) => `${d.kind} ${d.assetNumber}`).sort()).toEqual([
        'label-mismatch ZC2022-0005',
        'label-mismatch ZC2023-0007',
        'missing X-NEW-2',
        'missing ZC2021-0004',
        'moved ZC2020-0002',
        'surplus X-NEW',
      ]);
      const again = await post(opener, `${BASE}/stocktakes/${sid}/confirmations`, { assetNumber: 'ZC2021-0004' });
      expect(again.statusCode).toBe(409);
      const applied = await post(approver, `${BASE}/stocktakes/${sid}/apply`, {});
      expect(applied.json()).toMatchObject({ updated: 1 });
      const card = await opener.inject({ method: 'GET', url: `${BASE}/assets/ZC2020-0002` });
      expect(card.json(), 'the moved card now has the seen location').toMatchObject({ location: '会议室' });
      const history = (await opener.inject({ method: 'GET', url: `${BASE}/assets/ZC2020-0002/history` })).json() as {
        items: { actor: string; changes: { field: string; new: string }[] }[];
      };
      expect(history.items[0]!.changes, 'applying the stocktake is in the card’s history').toContainEqual(expect.objectContaining({ field: 'location', new: '会议室' }));
      expect(history.items[0]!.actor).toContain('asset-boss');
      const ind = await opener.inject({ method: 'GET', url: `${BASE}/assets/indicators?year=2026` });
      expect(ind.statusCode).toBe(200);
      const body = ind.json() as { utilisation: { basis: string; value: number }; security: { stocktakeDoneThisYear: { passed: boolean } } };
      expect(body.utilisation.basis).toBe('stocktake');
      expect(body.security.stocktakeDoneThisYear.passed).toBe(true);
    });
  });
});
