/**
 * Migration 20261202220000 on data made by the release before it: the database is migrated to the migration
 * before, department-years are written exactly as that release wrote them (header plus ten child tables, the
 * frozen legacy mapping), then the database is migrated to the latest version and every year must read back
 * deep-equal, with its status, version, overview row, lines projection and a first history entry.
 */
import { type Kysely, type Migration, sql, type Transaction } from 'kysely';
import { expect, it } from 'vitest';
import type { DepartmentYear } from '../core/department-year.ts';
import { departmentKinds } from '../core/department-year.ts';
import { generateDepartmentYears } from '../gen/generate.ts';
import { loadDemo } from '../reference/demo.ts';
import type { Database } from './database.ts';
import { linesOf } from './department-year-lines.ts';
import { getDepartmentYear, listDepartmentYears, migrateToLatest, saveDepartmentYear } from './index.ts';
import { migrations } from './migrations/index.ts';
import { asStoredByOldRelease, type LegacyTables, toRows } from './migrations/legacy-department-year-rows.ts';
import { listOverview, writeSummaryFigures } from './summaries-repository.ts';
import { forEachEngine } from './testing.ts';
import { allEnumsDepartmentYear, fullDepartmentYear, minimalDepartmentYear } from './testing-fixtures.ts';

const DOCUMENTS_MIGRATION = '20261202220000_department_year_documents';

/** The migration list of the release before documents. */
function releaseBefore(): Record<string, Migration> {
  const names = Object.keys(migrations);
  const upTo = names.indexOf(DOCUMENTS_MIGRATION);
  expect(upTo, 'the documents migration is listed').toBeGreaterThan(0);
  return Object.fromEntries(names.slice(0, upTo).map((n) => [n, migrations[n]!]));
}

/** Retry only when another test file dropped its own schema while Kysely introspected every schema. */
async function migrate(db: Kysely<Database>, list?: Record<string, Migration>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await migrateToLatest(db, list ? { migrations: list } : {});
      return;
    } catch (err) {
      if (attempt >= 4 || !/schema "[^"]+" does not exist/.test((err as Error).message)) throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}

async function insertChunked<T extends keyof LegacyTables & string>(
  trx: Transaction<LegacyTables>,
  table: T,
  rows: readonly Parameters<ReturnType<Transaction<LegacyTables>['insertInto']>['values']>[0][],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    // biome-ignore lint/suspicious/noExplicitAny: rows come typed from the legacy mapping for `table`
    await trx.insertInto(table).values(rows.slice(i, i + 500) as any).execute();
  }
}

/** Save a department-year the way the release before documents did: header row, then every child row. */
async function saveOldLayout(db: Kysely<Database>, dy: DepartmentYear): Promise<void> {
  const rows = toRows(dy);
  const old = db as unknown as Kysely<LegacyTables>;
  await old.transaction().execute(async (trx) => {
    await trx.insertInto('departments').values(rows.department).onConflict((oc) => oc.doNothing()).execute();
    await trx.insertInto('department_years').values(rows.header).execute();
    await insertChunked(trx, 'staffing_establishment', rows.staffingEstablishment);
    await insertChunked(trx, 'staffing_stated_counts', rows.staffingStatedCounts);
    await insertChunked(trx, 'goals', rows.goals);
    await insertChunked(trx, 'goal_evaluations', rows.goalEvaluations);
    await insertChunked(trx, 'amount_lines', rows.amountLines);
    await insertChunked(trx, 'projects', rows.projects);
    await insertChunked(trx, 'project_fund_sources', rows.projectFundSources);
    await insertChunked(trx, 'indicators', rows.indicators);
    await insertChunked(trx, 'three_public', rows.threePublic);
    await insertChunked(trx, 'narrative_items', rows.narrativeItems);
    await writeSummaryFigures(trx as unknown as Transaction<Database>, dy, 1);
  });
}

const tenantOf = (dy: DepartmentYear) => ({ regionCode: dy.region.code, departmentCode: dy.department.code });

const sortLines = <T extends { kind: string; position: number; phase: string }>(rows: T[]): T[] =>
  [...rows].sort((a, b) => `${a.kind}|${a.position}|${a.phase}`.localeCompare(`${b.kind}|${b.position}|${b.phase}`));

forEachEngine(
  'migration to department-year documents',
  (ctx) => {
    const years: DepartmentYear[] = [
      loadDemo(),
      fullDepartmentYear({ departmentCode: 'MIG-FULL' }),
      minimalDepartmentYear({ departmentCode: 'MIG-MIN' }),
      ...departmentKinds.map((kind) => allEnumsDepartmentYear(kind)),
      ...generateDepartmentYears({ departments: 5, seed: 14 }),
    ];

    it('turns every year written by the previous release into a document that reads back deep-equal', async () => {
      await migrate(ctx.db, releaseBefore());
      for (const dy of years) await saveOldLayout(ctx.db, dy);
      // A year further along the workflow keeps its status and version.
      const submitted = years[1]!;
      await sql`update department_years set status = 'submitted', version = 3
                 where department_code = ${submitted.department.code}`.execute(ctx.db);
      const overviewBefore = await listOverview(ctx.db, {});

      const steps = await migrateToLatestReporting(ctx.db);
      expect(steps).toContain(DOCUMENTS_MIGRATION);

      for (const dy of years) {
        const found = await getDepartmentYear(ctx.db, tenantOf(dy), dy.fiscalYear);
        // What the previous release read back for the same rows (fields added to the model since have no column
        // there, so they are not expected here).
        expect(found?.data, `${dy.department.code} ${dy.fiscalYear}`).toStrictEqual(asStoredByOldRelease(dy));
        const expectedVersion = dy === submitted ? 3 : 1;
        expect(found?.version).toBe(expectedVersion);
        expect(found?.status).toBe(dy === submitted ? 'submitted' : 'draft');

        // The lines the migration projected by SQL are the lines a save projects from the document.
        const lines = await ctx.db
          .selectFrom('department_year_lines')
          .selectAll()
          .where('region_code', '=', dy.region.code)
          .where('department_code', '=', dy.department.code)
          .where('fiscal_year', '=', dy.fiscalYear)
          .execute();
        expect(sortLines(lines)).toStrictEqual(sortLines(linesOf(dy)));

        // The current version opens the history.
        const history = await ctx.db
          .selectFrom('department_year_versions')
          .select(['version', 'actor_name'])
          .where('region_code', '=', dy.region.code)
          .where('department_code', '=', dy.department.code)
          .where('fiscal_year', '=', dy.fiscalYear)
          .execute();
        expect(history).toStrictEqual([{ version: expectedVersion, actor_name: null }]);
      }
      expect(await listOverview(ctx.db, {})).toStrictEqual(overviewBefore);
      expect((await listDepartmentYears(ctx.db, {})).map((s) => s.departmentName)).toStrictEqual(
        overviewBefore.map((s) => s.departmentName),
      );

      const dropped = await sql<{ n: number }>`
        select count(*)::int as n from information_schema.tables
         where table_schema = current_schema() and table_name in ('amount_lines', 'projects', 'indicators', 'goals')`.execute(
        ctx.db,
      );
      expect(dropped.rows[0]!.n).toBe(0);
    });

    it('a migrated year saves on as before: next version, same lines, the history grows', async () => {
      const demo = years[0]!;
      const { version } = await saveDepartmentYear(ctx.db, demo, { expectedVersion: 1 });
      expect(version).toBe(2);
      const found = await getDepartmentYear(ctx.db, tenantOf(demo), demo.fiscalYear);
      expect(found?.data).toStrictEqual(demo);
      const count = await ctx.db
        .selectFrom('department_year_versions')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('department_code', '=', demo.department.code)
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(2);
    });
  },
  { migrate: false },
);

async function migrateToLatestReporting(db: Kysely<Database>): Promise<string[]> {
  const steps = await migrateToLatest(db);
  return steps.map((s) => s.migrationName);
}
