/**
 * Fixed assets against a real database, on PGlite and PostgreSQL: the end-to-end stocktake of the issue (import
 * 500, open, confirm most, move some, leave some unseen, add an unknown one, close → exactly the planted
 * differences, utilisation from the result), all-or-nothing imports, disposal approval and tenant isolation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type AssetContext,
  AssetStateError,
  applyStocktakeToRegister,
  closeStocktakeFor,
  confirmAsset,
  decideDisposalFor,
  idleFor,
  importLedgerRows,
  indicatorsFor,
  loadAssetConfig,
  openStocktakeFor,
  requestDisposalFor,
} from '../assets/index.ts';
import { generateAssets, generateLedgerRows, TEST_LOCATIONS } from '../assets/test-support.ts';
import { fen } from '../core/money.ts';
import { repoPath } from '../reference/paths.ts';
import { readCsv, toCsv } from '../reference/spreadsheet.ts';
import { readTableRows } from '../reference/table-file.ts';
import { assetsRepository } from './assets-repository.ts';
import { forEachEngine } from './testing.ts';

const config = loadAssetConfig();
let clock = Date.parse('2026-11-20T08:00:00Z');
const now = () => {
  clock += 1000;
  return new Date(clock);
};

forEachEngine('assets repository', (ctx) => {
  const assetCtx = (): AssetContext => ({ store: assetsRepository(ctx.db), config, now });

  describe('a full stocktake of 500 assets', () => {
    const tenant = { regionCode: '431222', departmentCode: 'yuanling-commerce' };
    const generated = generateAssets(500);
    const rows = generateLedgerRows(generated);
    // Planted in the ledger: two labels that do not carry their asset number.
    const LABEL_COLUMN = rows[0]!.indexOf('标签编码');
    rows[7]![LABEL_COLUMN] = 'OLD-0007';
    rows[8]![LABEL_COLUMN] = '';
    const missing = ['ZC-00011', 'ZC-00052', 'ZC-00123', 'ZC-00250', 'ZC-00333', 'ZC-00499'];
    const moved = new Map([
      ['ZC-00003', '局长办公室'],
      ['ZC-00044', '仓库'],
      ['ZC-00101', '会议室B'],
      ['ZC-00402', '仓库'],
    ]);
    const damaged = ['ZC-00005', 'ZC-00206', 'ZC-00417'];
    const unknown = 'ZC-90001';

    it('imports, counts, closes with an approver and reconciles to exactly the planted differences', { timeout: 240_000 }, async () => {
      const c = assetCtx();
      // The ledger goes in as a CSV file would: written out as text and read back.
      const imported = await importLedgerRows(c, tenant, readCsv(toCsv(rows)));
      expect(imported.errors).toEqual([]);
      expect(imported.written).toBe(500);

      const opened = await openStocktakeFor(c, tenant, { fiscalYear: 2026, openedBy: '王会计' });
      expect(opened.expected).toHaveLength(500);
      expect(opened.id).toMatch(/^PD2026-[2-9A-Z]{6}$/);

      for (const a of generated) {
        if (missing.includes(a.assetNumber)) continue;
        const seenLocation = moved.get(a.assetNumber) ?? a.location;
        const condition = damaged.includes(a.assetNumber) ? '毁损' : a.status;
        if (a.assetNumber === 'ZC-00020') {
          // A counter's slip, corrected a moment later: the latest confirmation wins.
          await confirmAsset(c, tenant, opened.id, { assetNumber: a.assetNumber, seenLocation: '仓库', condition, confirmedBy: '小刘' });
        }
        const result = await confirmAsset(c, tenant, opened.id, {
          assetNumber: a.assetNumber,
          seenLocation,
          condition,
          labelCode: a.assetNumber === 'ZC-00007' ? 'OLD-0007' : a.assetNumber,
          confirmedBy: '小刘',
        });
        expect(result.status).toBe('expected');
      }
      const surplus = await confirmAsset(c, tenant, opened.id, {
        assetNumber: unknown,
        name: '激光打印机',
        seenLocation: '办公室203',
        condition: 'in-use',
        confirmedBy: '小刘',
      });
      expect(surplus.status).toBe('surplus');
      expect(surplus.confirmedCount).toBe(494);

      await expect(
        closeStocktakeFor(c, tenant, opened.id, { closedBy: '王会计', approvedBy: '王会计' }),
        'the opener may not approve the closing',
      ).rejects.toThrow(AssetStateError);

      const closed = await closeStocktakeFor(c, tenant, opened.id, { closedBy: '王会计', approvedBy: '李局长' });
      const rec = closed.reconciliation!;
      const byKind = (kind: string) =>
        rec.differences
          .filter((d) => d.kind === kind)
          .map((d) => d.assetNumber)
          .sort();
      expect(byKind('missing')).toEqual(missing);
      expect(byKind('moved')).toEqual([...moved.keys()].sort());
      expect(byKind('condition-changed')).toEqual(damaged);
      expect(byKind('label-mismatch')).toEqual(['ZC-00007', 'ZC-00008']);
      expect(byKind('surplus')).toEqual([unknown]);
      expect(rec.differences, 'nothing but the planted differences').toHaveLength(6 + 4 + 3 + 2 + 1);
      expect(rec.differences.every((d) => d.action.length > 0), 'every difference says what to do').toBe(true);
      expect(rec.foundCount).toBe(494);
      expect(rec.matchedCount).toBe(494 - 4 - 3 - 2);
      expect(rec.bookEqualsPhysical).toBe(false);
      const missingValue = generated.filter((a) => missing.includes(a.assetNumber)).reduce((s, a) => s + a.valueFen, 0);
      expect(rec.missingValue).toBe(missingValue);

      await expect(
        confirmAsset(c, tenant, opened.id, { assetNumber: 'ZC-00011', seenLocation: '', confirmedBy: '小刘' }),
        'no confirmations after closing',
      ).rejects.toThrow(/已结束/);

      const ind = await indicatorsFor(c, tenant, 2026);
      const total = generated.reduce((s, a) => s + a.valueFen, 0);
      const inUse = generated
        .filter((a) => a.status === '在用' && !missing.includes(a.assetNumber) && !damaged.includes(a.assetNumber))
        .reduce((s, a) => s + a.valueFen, 0);
      expect(ind.utilisation.basis).toBe('stocktake');
      expect(ind.utilisation.totalOriginalValue).toBe(total);
      expect(ind.utilisation.inUseOriginalValue).toBe(inUse);
      expect(ind.utilisation.value).toBeCloseTo((inUse / total) * 100, 10);
      expect(ind.security.stocktakeDoneThisYear.passed).toBe(true);
      expect(ind.security.labelsMatch.passed).toBe(false);
      expect(ind.security.labelsMatch.mismatched).toEqual(['ZC-00007', 'ZC-00008']);
      expect(ind.security.bookEqualsPhysical.passed).toBe(false);
      expect(ind.security.bookEqualsPhysical.missing).toHaveLength(6);
    });

    it('lists idle assets past the configured period for reallocation', async () => {
      const idle = await idleFor(assetCtx(), tenant, '2026-11-27');
      // Every 10th generated asset has been idle since 2024-01-01: far past 180 days.
      expect(idle).toHaveLength(50);
      expect(idle.every((x) => x.idleDays > config.idleDays)).toBe(true);
      expect(await idleFor(assetCtx(), tenant, '2024-03-01')).toEqual([]);
    });

    it('keeps an asset on the register until its disposal is approved by someone else', async () => {
      const c = assetCtx();
      const store = c.store;
      const request = await requestDisposalFor(c, tenant, {
        assetNumber: 'ZC-00005',
        kind: '报废',
        reason: '盘点发现毁损，无维修价值',
        requestedBy: '王会计',
      });
      expect((await store.getAsset(tenant, 'ZC-00005'))?.status).toBe('in-use');
      await expect(
        requestDisposalFor(c, tenant, { assetNumber: 'ZC-00005', kind: 'scrap', reason: '重复申请', requestedBy: '王会计' }),
      ).rejects.toThrow(/待审批/);
      await expect(decideDisposalFor(c, tenant, request.id, { approve: true, decidedBy: '王会计' })).rejects.toThrow(
        /审批人不能是申请人/,
      );
      const decided = await decideDisposalFor(c, tenant, request.id, { approve: true, decidedBy: '李局长', note: '同意报废' });
      expect(decided.state).toBe('approved');
      const active = await store.listAssets(tenant);
      expect(active.some((a) => a.assetNumber === 'ZC-00005'), 'an approved disposal leaves the active register').toBe(false);
      const all = await store.listAssets(tenant, { includeDisposed: true });
      expect(all.find((a) => a.assetNumber === 'ZC-00005')?.status).toBe('disposed');
    });
  });

  describe('imports are all or nothing', () => {
    const tenant = { regionCode: '431222', departmentCode: 'bad-import' };

    it('writes nothing from a ledger with bad rows, and reports each', async () => {
      const c = assetCtx();
      const rows = readCsv(readFileSync(repoPath('test/fixtures/assets/ledger-bad.csv'), 'utf8'));
      const result = await importLedgerRows(c, tenant, rows);
      expect(result.written).toBe(0);
      expect(result.errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7]); // row 7's unknown status word 丢了 is a warning, not an error
      expect(await c.store.listAssets(tenant, { includeDisposed: true })).toEqual([]);
    });

    it('re-importing a larger register adds the new cards and leaves the others unchanged', async () => {
      const c = assetCtx();
      const first = generateLedgerRows(generateAssets(3));
      expect((await importLedgerRows(c, tenant, first)).written).toBe(3);
      const second = generateLedgerRows(generateAssets(5));
      const result = await importLedgerRows(c, tenant, second);
      expect(result.errors).toEqual([]);
      expect(result.plan).toMatchObject({ updated: [], unchanged: 3, absent: [] });
      expect(result.plan?.added.map((a) => a.assetNumber)).toEqual(['ZC-00004', 'ZC-00005']);
      expect(await c.store.assetNumbers(tenant)).toEqual(new Set(['ZC-00001', 'ZC-00002', 'ZC-00003', 'ZC-00004', 'ZC-00005']));
    });

    it('keeps every register column (money, dates, extra columns by header) and an update import is one transaction', async () => {
      const store = assetsRepository(ctx.db);
      const card = {
        ...sampleAsset('FULL-1'),
        className: '台式计算机',
        unit: '台',
        accumulatedDepreciation: fen(485_000),
        netValue: fen(0),
        bookedOn: '2019-03-20',
        extra: { 取得方式: '新购', 备注: '第一行\n第二行' },
      };
      await store.saveRegisterImport(tenant, [card], []);
      // a new card is version 1, each change makes the next
      expect(await store.getAsset(tenant, 'FULL-1')).toEqual({ ...card, version: 1 });
      const changed = { ...card, custodian: '陈静', extra: { 取得方式: '调入' } };
      const missing = { ...sampleAsset('NOT-THERE') };
      await expect(store.saveRegisterImport(tenant, [sampleAsset('NEW-1')], [changed, missing])).rejects.toThrow();
      expect(await store.getAsset(tenant, 'NEW-1'), 'the added card was rolled back with the failed update').toBeUndefined();
      expect(await store.getAsset(tenant, 'FULL-1')).toEqual({ ...card, version: 1 });
      await store.saveRegisterImport(tenant, [], [changed]);
      expect(await store.getAsset(tenant, 'FULL-1')).toEqual({ ...changed, version: 2 });
    });

    it('rolls back a whole insert when the database refuses one row', async () => {
      const store = assetsRepository(ctx.db);
      const good = { ...sampleAsset('OK-1') };
      const bad = { ...sampleAsset('BAD-1'), quantity: 0 };
      await expect(store.insertAssets(tenant, [good, bad])).rejects.toThrow();
      expect(await store.getAsset(tenant, 'OK-1')).toBeUndefined();
    });
  });

  describe('a stocktake of a real-shaped register (test/fixtures/exports/register-zcgl-2024.xlsx)', () => {
    it('reports a condition change only where a counter stated one, after storage and on applying', async () => {
      const tenant = { regionCode: '431226', departmentCode: 'mayang-agriculture' };
      const c = assetCtx();
      const file = await readTableRows(readFileSync(repoPath('test/fixtures/exports/register-zcgl-2024.xlsx')), 'register-zcgl-2024.xlsx');
      expect((await importLedgerRows(c, tenant, file.all)).errors).toEqual([]);
      const cards = await c.store.listAssets(tenant);
      const bookedStatus = new Map(cards.map((a) => [a.assetNumber, a.status]));
      const opened = await openStocktakeFor(c, tenant, { fiscalYear: 2025, openedBy: '滕建华' });
      // Every card seen; no condition stated except for the printer, found damaged. The idle computer and the
      // card awaiting disposal are confirmed twice, the second time without a condition either.
      for (const a of cards) {
        const stated = a.assetNumber === '4312261000202000011' ? { condition: '毁损' } : {};
        await confirmAsset(c, tenant, opened.id, { assetNumber: a.assetNumber, confirmedBy: '陈刚', ...stated });
      }
      for (const n of ['4312261000201900002', '4312261000202200019', '4312261000202000011']) {
        await confirmAsset(c, tenant, opened.id, { assetNumber: n, confirmedBy: '杨丽', seenLocation: '办公楼库房' });
      }
      const closed = await closeStocktakeFor(c, tenant, opened.id, { closedBy: '滕建华', approvedBy: '杨丽' });
      const changed = closed.reconciliation!.differences.filter((d) => d.kind === 'condition-changed');
      expect(changed.map((d) => [d.assetNumber, d.seen])).toEqual([['4312261000202000011', 'damaged']]);
      const applied = await applyStocktakeToRegister(c, tenant, opened.id);
      const after = new Map((await c.store.listAssets(tenant, { includeDisposed: true })).map((a) => [a.assetNumber, a.status]));
      for (const [n, status] of bookedStatus) {
        expect(after.get(n), n).toBe(n === '4312261000202000011' ? 'damaged' : status);
      }
      expect(applied.some((a) => a.assetNumber === '4312261000201900002' && a.status !== 'idle')).toBe(false);
    });
  });

  describe('tenants', () => {
    it('a department sees only its own assets and stocktakes', async () => {
      const store = assetsRepository(ctx.db);
      const other = { regionCode: '431222', departmentCode: 'someone-else' };
      expect(await store.listAssets(other)).toEqual([]);
      expect(await store.listStocktakes(other)).toEqual([]);
      const found = await store.listStocktakes({ regionCode: '431222', departmentCode: 'yuanling-commerce' });
      expect(await store.findStocktakeTenant(found[0]!.id)).toEqual({ regionCode: '431222', departmentCode: 'yuanling-commerce' });
      expect(await store.getStocktake(other, found[0]!.id)).toBeUndefined();
    });
  });
});

function sampleAsset(assetNumber: string) {
  return {
    assetNumber,
    name: '台式计算机',
    classCode: 'A02010105',
    specification: '',
    quantity: 1,
    originalValue: 485000 as ReturnType<typeof loadAssetConfig>['thresholdFen'],
    acquiredOn: '2024-01-02',
    fundingSource: '',
    location: TEST_LOCATIONS[0]!,
    custodian: '',
    departmentUnit: '',
    status: 'in-use' as const,
    statusSince: '2024-01-02',
    labelCode: assetNumber,
  };
}
