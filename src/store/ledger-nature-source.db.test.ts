/**
 * Migration 20261204000000 (ledger_entries.nature_source) on both engines: where each entry's nature came from
 * (支出类型 column, account, inferred) is stored and read back by either read path, so a year checked from the
 * database re-infers only what the file check re-infers; entries written before the migration read back with no
 * source (taken as stated).
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { entry } from '../ledger/testing/fixtures.ts';
import { loadLedgerEntries, readLedgerEntries, replaceLedgerEntries } from './ledger-repository.ts';
import { migrateToLatest, migrateUpTo } from './migrate.ts';
import { forEachEngine } from './testing.ts';

const BEFORE = '20261203230000_ledger_voucher_summary';
const tenant = { regionCode: '431222', departmentCode: 'public-security' };

forEachEngine(
  'ledger nature source migration',
  (ctx) => {
    it('stores where each entry\'s nature came from, and reads old entries with none', async () => {
      await migrateUpTo(ctx.db, BEFORE);
      await sql`insert into ledger_entries (region_code, department_code, fiscal_year, entry_no, source_row, entry_date,
          voucher_no, summary, amount, function_code, economic_code, nature, project_code)
        values (${tenant.regionCode}, ${tenant.departmentCode}, 2024, 1, 2, '2024-03-05', '记-4', '宣传资料印制',
          80000, '2010401', '30202', 'project', 'P05')`.execute(ctx.db);
      await migrateToLatest(ctx.db);
      const old = await readLedgerEntries(ctx.opened, tenant, 2024);
      expect(old, 'an old entry reads back whole, with no nature source').toHaveLength(1);
      expect(old[0]).not.toHaveProperty('natureSource');

      const entries = [
        entry({ nature: 'project', natureSource: 'column', projectCode: 'P05', functionCode: '2010401' }),
        entry({ nature: 'project', natureSource: 'account', projectCode: 'P05' }),
        entry({ nature: 'project', natureSource: 'inferred', projectCode: 'P01', economicCode: '30102' }),
        entry({ nature: 'basic' }),
      ];
      await replaceLedgerEntries(ctx.opened, tenant, 2023, entries, { source: 'ythxm.xlsx', format: 'xlsx' });
      expect(await readLedgerEntries(ctx.opened, tenant, 2023)).toEqual(entries);
      expect(await loadLedgerEntries(ctx.db, tenant, 2023)).toEqual(entries);
      await expect(
        sql`update ledger_entries set nature_source = 'guessed' where fiscal_year = 2023`.execute(ctx.db),
        'only the three sources are stored',
      ).rejects.toThrow();
    });
  },
  { migrate: false },
);
