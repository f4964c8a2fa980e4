/**
 * Migration 20261206190000 (asset_stocktake_expected.unmapped_status) on both engines: a card whose register status
 * word was not recognised is frozen onto a stocktake's list with that word, read back by every read path (the
 * whole stocktake, one expected card, a confirmation's answer), so the texts show the book's own word; a list
 * frozen before the migration, and a backup taken before it, read back whole without the word.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { confirmAsset, importLedgerRows, loadAssetConfig, openStocktakeFor } from '../assets/index.ts';
import { assetsRepository } from './assets-repository.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { appliedMigrations, knownMigrations, migrateToLatest, migrateUpTo } from './migrate.ts';
import { forEachEngine, openTestPglite } from './testing.ts';

const BEFORE = '20261204143000_ledger_account_nature';
const tenant = { regionCode: '431222', departmentCode: 'unmapped-book' };
const config = loadAssetConfig();
const now = () => new Date('2026-12-06T12:00:00Z');

/** A stocktake frozen by the release before the migration: no unmapped_status column. */
async function oldStocktake(db: Parameters<typeof migrateUpTo>[0]): Promise<void> {
  await sql`insert into asset_stocktakes (region_code, department_code, id, fiscal_year, title, state, opened_by, opened_at)
    values (${tenant.regionCode}, ${tenant.departmentCode}, 'PD-OLD', 2026, '旧盘点', 'open', '王会计', '2026-12-01T08:00:00Z')`.execute(db);
  await sql`insert into asset_stocktake_expected (region_code, department_code, stocktake_id, asset_number, name, class_code,
      original_value, location, custodian, status, label_code)
    values (${tenant.regionCode}, ${tenant.departmentCode}, 'PD-OLD', 'Z-1', '打印机', 'A02021003', 300000, '办公室', '', 'in-use', '')`.execute(db);
}

forEachEngine(
  'stocktake unmapped status migration',
  (ctx) => {
    it('keeps the register’s unrecognised word on the frozen list; old lists and old backups read back without it', async () => {
      await migrateUpTo(ctx.db, BEFORE);
      await oldStocktake(ctx.db);
      const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-unmapped-'));
      const oldFile = path.join(dir, 'before.jsonl.gz');
      await backupDatabase(ctx.db, oldFile);
      await migrateToLatest(ctx.db);

      const store = assetsRepository(ctx.db);
      const old = await store.getStocktake(tenant, 'PD-OLD');
      expect(old?.expected).toEqual([
        { assetNumber: 'Z-1', name: '打印机', classCode: 'A02021003', originalValue: 300000, location: '办公室', custodian: '', status: 'in-use', labelCode: '' },
      ]);

      const c = { store, config, now };
      const imported = await importLedgerRows(c, tenant, [
        ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '使用状况', '存放地点'],
        ['B-1', '台式计算机', 'A02010105', '5000', '2021-03-18', '在用', '办公室'],
        ['B-2', '打印机', 'A02021003', '3000', '2021-03-18', '待核', '办公室'],
      ]);
      expect(imported.errors).toEqual([]);
      const st = await openStocktakeFor(c, tenant, { fiscalYear: 2026, openedBy: '王会计' });
      const back = await store.getStocktake(tenant, st.id);
      expect(back?.expected.map((e) => [e.assetNumber, e.status, e.unmappedStatus])).toEqual([
        ['B-1', 'in-use', undefined],
        ['B-2', 'in-use', '待核'],
      ]);
      expect(back?.expected[0]).not.toHaveProperty('unmappedStatus');
      expect((await store.getExpectedAsset(tenant, st.id, 'B-2'))?.unmappedStatus).toBe('待核');
      const answer = await confirmAsset(c, tenant, st.id, { assetNumber: 'B-2', seenLocation: '办公室', condition: '闲置', confirmedBy: '小刘' });
      expect(answer.message).toBe('已确认（与账面不同：账面状况“待核”（未识别））');

      const fresh = await openTestPglite();
      try {
        await restoreDatabase(fresh.db, oldFile);
        expect(await appliedMigrations(fresh.db), 'the old backup migrated forward').toEqual(knownMigrations());
        expect((await assetsRepository(fresh.db).getStocktake(tenant, 'PD-OLD'))?.expected).toEqual(old?.expected);
      } finally {
        await fresh.close();
      }
    });
  },
  { migrate: false },
);
