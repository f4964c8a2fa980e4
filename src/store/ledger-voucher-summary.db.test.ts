/**
 * Migration 20261203230000 (ledger_entries.voucher_summary) on both engines: an entry line's voucher 摘要 is stored
 * apart from its own 摘要 and read back by either read path, and entries written before the migration read back whole.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { entry } from '../ledger/testing/fixtures.ts';
import { loadLedgerEntries, readLedgerEntries, replaceLedgerEntries } from './ledger-repository.ts';
import { migrateToLatest, migrateUpTo } from './migrate.ts';
import { forEachEngine } from './testing.ts';

const BEFORE = '20261203200000_ledger_function_name';
const tenant = { regionCode: '431222', departmentCode: 'public-security' };

forEachEngine(
  'ledger voucher summary migration',
  (ctx) => {
    it('keeps an entry line\'s own 摘要 and its voucher\'s apart, and old entries whole', async () => {
      await migrateUpTo(ctx.db, BEFORE);
      await sql`insert into ledger_entries (region_code, department_code, fiscal_year, entry_no, source_row, entry_date,
          voucher_no, summary, amount, function_code, economic_code, nature)
        values (${tenant.regionCode}, ${tenant.departmentCode}, 2024, 1, 2, '2024-03-05', '记-4', '公务用车维修：轮胎',
          128000, '2040201', '30231', 'basic')`.execute(ctx.db);
      await migrateToLatest(ctx.db);
      const old = await readLedgerEntries(ctx.opened, tenant, 2024);
      expect(old, 'an old entry reads back whole, with no voucher 摘要').toHaveLength(1);
      expect(old[0]).not.toHaveProperty('voucherSummary');

      const lines = [
        entry({ summary: '轮胎及刹车片 赣C·A2371', voucherSummary: '公务用车维修', economicCode: '30231' }),
        entry({ summary: '支付3月电费', economicCode: '30206' }),
      ];
      await replaceLedgerEntries(ctx.opened, tenant, 2023, lines, { source: 'gaj.xlsx', format: 'xlsx' });
      expect(await readLedgerEntries(ctx.opened, tenant, 2023)).toEqual(lines);
      expect(await loadLedgerEntries(ctx.db, tenant, 2023)).toEqual(lines);
    });
  },
  { migrate: false },
);
