/**
 * Migration 20261206220000 (ledger_entries.department) on both engines: an entry's 科室/部门 (a column's cell or its
 * 辅助明细账 section) is stored and read back by either read path; entries written before the migration read back
 * without it.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { entry } from '../ledger/testing/fixtures.ts';
import { loadLedgerEntries, readLedgerEntries, replaceLedgerEntries } from './ledger-repository.ts';
import { migrateToLatest, migrateUpTo } from './migrate.ts';
import { forEachEngine } from './testing.ts';

const BEFORE = '20261206190000_stocktake_unmapped_status';
const tenant = { regionCode: '431222', departmentCode: 'hospital' };

forEachEngine(
  'ledger department migration',
  (ctx) => {
    it('stores the entry\'s 科室, and reads old entries without it', async () => {
      await migrateUpTo(ctx.db, BEFORE);
      await sql`insert into ledger_entries (region_code, department_code, fiscal_year, entry_no, source_row, entry_date,
          voucher_no, summary, amount, function_code, economic_code, nature)
        values (${tenant.regionCode}, ${tenant.departmentCode}, 2024, 1, 6, '2024-01-07', '202401-0002', '院办公室办公用品',
          98050, '2100202', '30201', 'basic')`.execute(ctx.db);
      await migrateToLatest(ctx.db);
      const old = await readLedgerEntries(ctx.opened, tenant, 2024);
      expect(old, 'an old entry reads back whole, without a department').toHaveLength(1);
      expect(old[0]).not.toHaveProperty('department');

      const entries = [entry({ department: '总务科' }), entry({ department: '急诊科（120急救站）' }), entry({})];
      await replaceLedgerEntries(ctx.opened, tenant, 2023, entries, { source: 'ksmx.csv', format: 'csv' });
      expect(await readLedgerEntries(ctx.opened, tenant, 2023)).toEqual(entries);
      expect(await loadLedgerEntries(ctx.db, tenant, 2023)).toEqual(entries);
    });
  },
  { migrate: false },
);
