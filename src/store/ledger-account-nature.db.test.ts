/**
 * Migration 20261204143000 (ledger_entries.account_nature) on both engines: the account's 明细科目 nature, kept where
 * it contradicts the 支出类型 cell, is stored and read back by either read path, so a year checked from the database
 * finds the contradiction the file check finds; entries written before the migration read back without it.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { entry } from '../ledger/testing/fixtures.ts';
import { loadLedgerEntries, readLedgerEntries, replaceLedgerEntries } from './ledger-repository.ts';
import { migrateToLatest, migrateUpTo } from './migrate.ts';
import { forEachEngine } from './testing.ts';

const BEFORE = '20261204000000_ledger_nature_source';
const tenant = { regionCode: '431222', departmentCode: 'culture' };

forEachEngine(
  'ledger account nature migration',
  (ctx) => {
    it('stores the account\'s contradicting nature, and reads old entries without it', async () => {
      await migrateUpTo(ctx.db, BEFORE);
      await sql`insert into ledger_entries (region_code, department_code, fiscal_year, entry_no, source_row, entry_date,
          voucher_no, summary, amount, function_code, economic_code, nature, project_code, nature_source)
        values (${tenant.regionCode}, ${tenant.departmentCode}, 2024, 1, 2, '2024-11-19', '记-0244', '放映设备租赁',
          640000, '2070808', '30214', 'project', 'XM2404', 'column')`.execute(ctx.db);
      await migrateToLatest(ctx.db);
      const old = await readLedgerEntries(ctx.opened, tenant, 2024);
      expect(old, 'an old entry reads back whole, without an account nature').toHaveLength(1);
      expect(old[0]).not.toHaveProperty('accountNature');

      const entries = [
        entry({ nature: 'project', natureSource: 'column', accountNature: 'basic', projectCode: 'XM2404' }),
        entry({ nature: 'basic', natureSource: 'column', accountNature: 'project', projectCode: 'XM2404' }),
        entry({ nature: 'basic', natureSource: 'column' }),
      ];
      await replaceLedgerEntries(ctx.opened, tenant, 2023, entries, { source: 'rmt.xls', format: 'xml' });
      expect(await readLedgerEntries(ctx.opened, tenant, 2023)).toEqual(entries);
      expect(await loadLedgerEntries(ctx.db, tenant, 2023)).toEqual(entries);
      await expect(
        sql`update ledger_entries set account_nature = 'other' where fiscal_year = 2023`.execute(ctx.db),
        'only the two natures are stored',
      ).rejects.toThrow();
    });
  },
  { migrate: false },
);
