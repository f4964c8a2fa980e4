/**
 * The overview's summary rows on both engines: after saves, updates, status changes, a failed save (rolled
 * back with the save) and a ledger import, each row equals what the overview computed from scratch before
 * the summaries existed (every year read in full and validated).
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { validateDepartmentYear } from '../app/department-year-service.ts';
import { countBySeverity } from '../core/finding.ts';
import { fen } from '../core/money.ts';
import {
  deleteDepartmentYear,
  getDepartmentYear,
  listDepartmentYears,
  saveDepartmentYear,
  setStatus,
} from './department-year-repository.ts';
import { replaceLedgerEntries } from './ledger-repository.ts';
import { fillSummaryFigures, listOverview, type OverviewRow } from './summaries-repository.ts';
import { type EngineContext, forEachEngine } from './testing.ts';
import { fullDepartmentYear, minimalDepartmentYear } from './testing-fixtures.ts';

const A = { regionCode: '431222', departmentCode: 'summary-a' };
const B = { regionCode: '431222', departmentCode: 'summary-b' };
const OTHER = { regionCode: '431223', departmentCode: 'summary-c' };

/** The overview line as /api/overview computed it from scratch before this table (list + read + validate). */
async function fromScratch(ctx: EngineContext, regionCode: string) {
  const out = [];
  for (const r of await listDepartmentYears(ctx.db, { regionCode })) {
    const found = await getDepartmentYear(ctx.db, r, r.fiscalYear);
    if (!found) continue;
    const counts = countBySeverity(validateDepartmentYear(found.data));
    const ledger = await sql<{ n: number; total: string | null }>`select count(*)::int as n, sum(amount)::text as total
      from ledger_entries where region_code = ${r.regionCode} and department_code = ${r.departmentCode}
        and fiscal_year = ${r.fiscalYear}`.execute(ctx.db);
    const l = ledger.rows[0]!;
    out.push({
      regionCode: r.regionCode,
      departmentCode: r.departmentCode,
      departmentName: r.departmentName,
      fiscalYear: r.fiscalYear,
      status: r.status,
      version: r.version,
      updatedAt: r.updatedAt,
      totalFinal: r.totalFinal,
      selfScore: found.data.selfAssessment.score ?? null,
      selfGrade: found.data.selfAssessment.grade ?? null,
      errors: counts.errors,
      warnings: counts.warnings,
      ledgerEntries: l.n,
      ledgerTotal: l.total === null ? null : Number(l.total),
    });
  }
  return out;
}

async function expectInStep(ctx: EngineContext, regionCode = A.regionCode): Promise<OverviewRow[]> {
  const summary = await listOverview(ctx.db, { regionCode });
  expect(summary).toStrictEqual(await fromScratch(ctx, regionCode));
  return summary;
}

forEachEngine('overview summaries', (ctx) => {
  it('follow saves, updates and status changes', async () => {
    await saveDepartmentYear(ctx.db, fullDepartmentYear({ ...A, fiscalYear: 2024 }));
    await saveDepartmentYear(ctx.db, minimalDepartmentYear({ ...B, fiscalYear: 2024 }));
    await saveDepartmentYear(ctx.db, minimalDepartmentYear({ ...OTHER, fiscalYear: 2024 }));
    const first = await expectInStep(ctx);
    expect(first.map((r) => r.departmentCode)).toStrictEqual(['summary-a', 'summary-b']);
    expect(first[0]!.selfScore).toBe(91.25);

    const changed = fullDepartmentYear({ ...A, fiscalYear: 2024 });
    const updated = {
      ...changed,
      expenditure: { ...changed.expenditure, total: { ...changed.expenditure.total, final: fen(123_456_789) } },
      selfAssessment: { ...changed.selfAssessment, score: 77.5, grade: '中' },
    };
    await saveDepartmentYear(ctx.db, updated, { expectedVersion: 1 });
    const second = await expectInStep(ctx);
    expect(second[0]).toMatchObject({ version: 2, totalFinal: 123_456_789, selfScore: 77.5, selfGrade: '中' });
    // The deliberate inconsistency is counted like the overview counted it.
    expect(second[0]!.errors).toBe((await fromScratch(ctx, A.regionCode))[0]!.errors);

    await setStatus(ctx.db, A, 2024, 'submitted');
    const third = await expectInStep(ctx);
    expect(third[0]).toMatchObject({ status: 'submitted', version: 3 });

    expect(await listOverview(ctx.db, { regionCode: A.regionCode, departmentCode: 'summary-b', fiscalYear: 2024 })).toHaveLength(1);
    expect(await listOverview(ctx.db, { regionCode: A.regionCode, fiscalYear: 2023 })).toHaveLength(0);
  });

  it('a failed save changes nothing: the summary is written in the save transaction', async () => {
    const before = await expectInStep(ctx);
    const dy = fullDepartmentYear({ ...A, fiscalYear: 2024 });
    const bigger = { ...dy, expenditure: { ...dy.expenditure, total: { ...dy.expenditure.total, final: fen(1) } } };
    const boom = new Error('hook refuses');
    await expect(
      saveDepartmentYear(ctx.db, bigger, {
        onSaved: async () => {
          throw boom;
        },
      }),
    ).rejects.toBe(boom);
    await expect(saveDepartmentYear(ctx.db, bigger, { expectedVersion: 1 })).rejects.toThrow();
    expect(await expectInStep(ctx)).toStrictEqual(before);
  });

  it('carry the ledger import totals, and go with a deleted year', async () => {
    const entries = [1, 2, 3].map((n) => ({
      entryNo: n,
      row: n + 1,
      date: '2024-03-01',
      voucher: `记-${n}`,
      summary: '办公用品',
      amount: n * 10_000 - (n === 3 ? 50_000 : 0),
      functionCode: '2010301',
      economicCode: '30201',
      nature: 'basic' as const,
    }));
    await replaceLedgerEntries(ctx.opened, B, 2024, entries, { source: 'b.csv', format: 'csv' });
    const rows = await expectInStep(ctx);
    expect(rows[1]).toMatchObject({ ledgerEntries: 3, ledgerTotal: 10_000 + 20_000 - 20_000 });
    expect(await deleteDepartmentYear(ctx.db, B, 2024)).toBe(true);
    expect((await expectInStep(ctx)).map((r) => r.departmentCode)).toStrictEqual(['summary-a']);
  });

  it('rows without counts (backfilled by the migration) are filled once, never over a newer save', async () => {
    await sql`update department_year_summaries set figures_version = null, errors = null, warnings = null`.execute(ctx.db);
    const [row] = await listOverview(ctx.db, { regionCode: A.regionCode });
    expect(row!.errors).toBeNull();
    const found = await getDepartmentYear(ctx.db, A, 2024);
    const counts = countBySeverity(validateDepartmentYear(found!.data));
    await fillSummaryFigures(ctx.db, A, 2024, found!.version, counts);
    await expectInStep(ctx);
    await fillSummaryFigures(ctx.db, A, 2024, found!.version, { errors: 99, warnings: 99 });
    await expectInStep(ctx);
  });
});
