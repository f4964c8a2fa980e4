/**
 * Migration 20261203200000 (ledger_entries.function_name) on both engines: entries written before it read back
 * whole (with no name), a backup made before it restores and migrates forward, and entries imported after it
 * keep the name the ledger writes beside the function code.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { entry } from '../ledger/testing/fixtures.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';
import { readLedgerEntries, replaceLedgerEntries } from './ledger-repository.ts';
import { appliedMigrations, knownMigrations, migrateToLatest, migrateUpTo } from './migrate.ts';
import { forEachEngine, openTestPglite } from './testing.ts';

const BEFORE = '20261203170000_ledger_source_column';
const tenant = { regionCode: '431222', departmentCode: 'grain-bureau' };

/** An entry as the release before the migration read it back: every field it stored, no function name. */
const OLD_ENTRY = {
  entryNo: 1,
  row: 2,
  date: '2024-05-06',
  voucher: '记-05-0007',
  summary: '粮库维修工程款',
  amount: 4_800_000,
  functionCode: '2220101',
  economicCode: '30213',
  nature: 'project',
  projectCode: 'XM2404',
  column: 9,
} as const;

forEachEngine(
  'ledger function name migration',
  (ctx) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jixiao-ledger-fn-')), 'before-function-name.jsonl.gz');

    it('keeps the entries written before it, and stores the name of those imported after it', async () => {
      expect(knownMigrations(), 'the migration before this one is listed').toContain(BEFORE);
      await migrateUpTo(ctx.db, BEFORE);
      // Written as the previous release wrote it: its columns only.
      await sql`insert into ledger_entries (region_code, department_code, fiscal_year, entry_no, source_row, entry_date,
          voucher_no, summary, amount, function_code, economic_code, nature, project_code, source_column)
        values (${tenant.regionCode}, ${tenant.departmentCode}, 2024, 1, 2, '2024-05-06', '记-05-0007', '粮库维修工程款',
          4800000, '2220101', '30213', 'project', 'XM2404', 9)`.execute(ctx.db);
      await backupDatabase(ctx.db, file);

      await migrateToLatest(ctx.db);
      expect(await readLedgerEntries(ctx.opened, tenant, 2024), 'an old entry reads back whole, with no name').toEqual([OLD_ENTRY]);

      const named = [entry({ functionCode: '2220101', functionName: '行政运行' })];
      await replaceLedgerEntries(ctx.opened, tenant, 2023, named, { source: 'grain.csv', format: 'csv' });
      expect(await readLedgerEntries(ctx.opened, tenant, 2023)).toEqual(named);
    });

    it('restores a backup made before it, migrated forward, its entries whole', async () => {
      const fresh = await openTestPglite();
      try {
        await restoreDatabase(fresh.db, file);
        expect(await appliedMigrations(fresh.db), 'migrated to this version').toEqual(knownMigrations());
        expect(await readLedgerEntries(fresh, tenant, 2024)).toEqual([OLD_ENTRY]);
        // …and the restored copy stores names from then on.
        const named = [entry({ functionCode: '2220101', functionName: '行政运行' })];
        await replaceLedgerEntries(fresh, tenant, 2024, named, { source: 'grain.csv', format: 'csv' });
        expect(await readLedgerEntries(fresh, tenant, 2024)).toEqual(named);
      } finally {
        await fresh.close();
      }
    });
  },
  { migrate: false },
);
