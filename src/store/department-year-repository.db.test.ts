import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type DepartmentYear, departmentKinds, departmentYearSchema } from '../core/department-year.ts';
import { type Fen, fen } from '../core/money.ts';
import { loadDemo } from '../reference/demo.ts';
import {
  deleteDepartmentYear,
  getDepartmentYear,
  listDepartmentYears,
  saveDepartmentYear,
  setStatus,
  StoreWriteError,
  VersionConflictError,
} from './index.ts';
import { linesOf } from './department-year-lines.ts';
import { forEachEngine } from './testing.ts';
import { allEnumsDepartmentYear, fullDepartmentYear, minimalDepartmentYear } from './testing-fixtures.ts';

forEachEngine('department-year repository', (ctx) => {
  it('round-trips a department-year with every field set, exactly', async () => {
    const dy = fullDepartmentYear({ departmentCode: 'RT-FULL' });
    const saved = await saveDepartmentYear(ctx.db, dy);
    expect(saved.version).toBe(1);

    const found = await getDepartmentYear(ctx.db, { regionCode: '431222', departmentCode: 'RT-FULL' }, 2024);
    expect(found).not.toBeNull();
    expect(found!.data).toStrictEqual(dy);
    expect(found!.version).toBe(1);
    expect(found!.status).toBe('draft');
    expect(found!.data.revenue.total!.initialBudget).toBe(1069600000000);
    expect(found!.data.revenue.bySource[0]!.amounts.final).toBe(4294967297);
    // The 53号 inputs added in issue 13 travel inside the document: nothing in the store names them.
    expect(found!.data.threePublic.total.lastYearBudget).toBe(320000);
    expect(found!.data.projects.map((p) => p.isKey)).toEqual([true, false]);
    expect(found!.data.workTasks).toEqual({ planned: 40, completed: 38, completedOnTime: 36, qualityMet: 37 });
    expect(found!.data.keyTasks).toEqual({ assigned: 12, completed: 11 });
    expect(found!.data.satisfactionSurvey?.satisfied).toBe(186);
    expect(found!.data.paymentProgress).toEqual({ actualPercent: 96.5, plannedPercent: 100, asOf: '2024-12-31' });
  });

  it('round-trips the demo department (the seed report) exactly, and times save and get', async () => {
    const demo = loadDemo();
    const tenant = { regionCode: demo.region.code, departmentCode: demo.department.code };
    // The first save and read include loading code tables and warming the JIT; then the steady state: the
    // median of 20 saves (each a new version) and 20 reads, with the machine's load beside them.
    let started = performance.now();
    await saveDepartmentYear(ctx.db, demo);
    const firstSaveMs = performance.now() - started;
    const saves: number[] = [];
    const gets: number[] = [];
    for (let i = 0; i < 20; i++) {
      started = performance.now();
      await saveDepartmentYear(ctx.db, demo);
      saves.push(performance.now() - started);
      started = performance.now();
      await getDepartmentYear(ctx.db, tenant, demo.fiscalYear);
      gets.push(performance.now() - started);
    }
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!.toFixed(1);
    const found = await getDepartmentYear(ctx.db, tenant, demo.fiscalYear);
    console.info(
      `demo [${ctx.engine}]: save ${median(saves)} ms, get ${median(gets)} ms (median of 20; first save ` +
        `${firstSaveMs.toFixed(0)} ms; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} CPUs)`,
    );
    expect(found!.version).toBe(21);
    expect(found!.data).toStrictEqual(demo);
  });

  it('reads a department-year with one query', async () => {
    const dy = fullDepartmentYear({ departmentCode: 'RT-ONE' });
    await saveDepartmentYear(ctx.db, dy);
    let queries = 0;
    const counted = ctx.db.withPlugin({
      transformQuery: (args) => {
        queries++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const found = await getDepartmentYear(counted, { regionCode: '431222', departmentCode: 'RT-ONE' }, 2024);
    expect(found!.data).toStrictEqual(dy);
    expect(queries).toBe(1);
  });

  it('stores a model grown by an optional field without any change in the store', async () => {
    // Given the model with one more optional scalar field (as a future schema would have it)
    const grown = departmentYearSchema.extend({
      department: departmentYearSchema.shape.department.extend({ foundedYear: z.number().int().optional() }),
    });
    const base = fullDepartmentYear({ departmentCode: 'RT-GROWN' });
    const dy = { ...base, department: { ...base.department, foundedYear: 1984 } };
    // When it is saved and read with that model
    await saveDepartmentYear(ctx.db, dy, { schema: grown });
    const found = await getDepartmentYear(ctx.db, { regionCode: '431222', departmentCode: 'RT-GROWN' }, 2024, {
      schema: grown,
    });
    // Then the new field comes back, and so does everything else
    expect(found!.data).toStrictEqual(dy);
    // A year saved before the field existed reads with the grown model too.
    await saveDepartmentYear(ctx.db, fullDepartmentYear({ departmentCode: 'RT-OLDER' }));
    const older = await getDepartmentYear(ctx.db, { regionCode: '431222', departmentCode: 'RT-OLDER' }, 2024, {
      schema: grown,
    });
    expect(older!.data).toStrictEqual(fullDepartmentYear({ departmentCode: 'RT-OLDER' }));
  });

  it('accepts and returns every enum value of the model (the CHECK constraints match the model)', async () => {
    for (const kind of departmentKinds) {
      const dy = allEnumsDepartmentYear(kind);
      await saveDepartmentYear(ctx.db, dy);
      const found = await getDepartmentYear(ctx.db, { regionCode: dy.region.code, departmentCode: dy.department.code }, 2024);
      expect(found!.data).toStrictEqual(dy);
    }
  });

  it('keeps missing phases and optional parts undefined, never 0', async () => {
    const dy = minimalDepartmentYear({ departmentCode: 'RT-MIN' });
    await saveDepartmentYear(ctx.db, dy);
    const found = await getDepartmentYear(ctx.db, { regionCode: '431222', departmentCode: 'RT-MIN' }, 2024);
    expect(found!.data).toStrictEqual(dy);
    expect(found!.data.revenue.total).toBeUndefined();
    expect(found!.data.expenditure.byNature.basic.amounts).toStrictEqual({});
    expect(found!.data.threePublic.vehiclePurchase).toBeUndefined();

    const full = fullDepartmentYear({ departmentCode: 'RT-MIN', fiscalYear: 2023 });
    await saveDepartmentYear(ctx.db, full);
    const back = await getDepartmentYear(ctx.db, { regionCode: '431222', departmentCode: 'RT-MIN' }, 2023);
    expect(back!.data.revenue.bySource[1]!.amounts).toStrictEqual({});
    expect(back!.data.expenditure.byFunction[1]!.amounts).toStrictEqual({ final: 12345 });
    expect(back!.data.expenditure.byNature.basic.byEconomic[1]!.amounts).toStrictEqual({ adjustedBudget: 0, final: 0 });
  });

  it('replaces every child row on a second save and bumps the version', async () => {
    const tenant = { regionCode: '431222', departmentCode: 'RT-REPLACE' };
    const first = fullDepartmentYear({ departmentCode: tenant.departmentCode });
    await saveDepartmentYear(ctx.db, first);
    const second = structuredClone(first);
    second.projects = second.projects.slice(1);
    second.goals[0]!.indicators.pop();
    second.expenditure.byFunction.push({ code: '2011399', name: '其他商贸事务支出', amounts: { final: fen(1) } });
    delete second.revenue.total;
    const { version } = await saveDepartmentYear(ctx.db, second, { expectedVersion: 1 });
    expect(version).toBe(2);
    const found = await getDepartmentYear(ctx.db, tenant, 2024);
    expect(found!.data).toStrictEqual(second);
    expect(found!.version).toBe(2);
  });

  it('keeps the lines projection equal to the document on every save, with or without a known year before', async () => {
    const tenant = { regionCode: '431222', departmentCode: 'RT-LINES' };
    const linesInDb = async () =>
      ctx.db
        .selectFrom('department_year_lines')
        .select(['kind', 'position', 'code', 'name', 'phase', 'amount'])
        .where('department_code', '=', tenant.departmentCode)
        .orderBy('kind')
        .orderBy('position')
        .orderBy('phase')
        .execute();
    const expected = (dy: DepartmentYear) =>
      linesOf(dy)
        .map(({ region_code: _r, department_code: _d, fiscal_year: _y, ...line }) => line)
        .sort((a, b) => a.kind.localeCompare(b.kind) || a.position - b.position || a.phase.localeCompare(b.phase));
    const withHook = { onSaved: async () => {} };
    const first = fullDepartmentYear({ departmentCode: tenant.departmentCode });
    await saveDepartmentYear(ctx.db, first, withHook);
    expect(await linesInDb()).toStrictEqual(expected(first));
    // A text edit (the year before is known to the hook path): same lines.
    const textOnly = { ...first, narrative: { ...first.narrative, management: '只改了文字' } };
    await saveDepartmentYear(ctx.db, textOnly, withHook);
    expect(await linesInDb()).toStrictEqual(expected(textOnly));
    // An amount edit, with and without the hook: the lines follow.
    const amounts = structuredClone(textOnly);
    amounts.expenditure.byFunction[0]!.amounts.final = fen(777);
    amounts.revenue.bySource.pop();
    await saveDepartmentYear(ctx.db, amounts, withHook);
    expect(await linesInDb()).toStrictEqual(expected(amounts));
    await saveDepartmentYear(ctx.db, first);
    expect(await linesInDb()).toStrictEqual(expected(first));
    // Deleting the year deletes its lines.
    await deleteDepartmentYear(ctx.db, tenant, 2024);
    expect(await linesInDb()).toStrictEqual([]);
  });

  it("names the department after its latest year's data; saving an older year keeps it", async () => {
    const code = 'RT-NAME';
    const nameOf = async () =>
      (await ctx.db.selectFrom('departments').select('name').where('department_code', '=', code).executeTakeFirstOrThrow()).name;
    const y2024 = fullDepartmentYear({ departmentCode: code });
    await saveDepartmentYear(ctx.db, y2024);
    expect(await nameOf()).toBe(y2024.department.name);
    await saveDepartmentYear(ctx.db, { ...y2024, fiscalYear: 2023, department: { ...y2024.department, name: '旧名称局' } });
    expect(await nameOf()).toBe(y2024.department.name);
    await saveDepartmentYear(ctx.db, { ...y2024, department: { ...y2024.department, name: '新名称局' } });
    expect(await nameOf()).toBe('新名称局');
    await saveDepartmentYear(ctx.db, { ...y2024, fiscalYear: 2025, department: { ...y2024.department, name: '再改名局' } });
    expect(await nameOf()).toBe('再改名局');
  });

  it('a failing save writes nothing and leaves the previous version intact', async () => {
    const tenant = { regionCode: '431222', departmentCode: 'RT-FAIL' };
    const good = fullDepartmentYear({ departmentCode: tenant.departmentCode });
    await saveDepartmentYear(ctx.db, good);

    const bad = structuredClone(good);
    bad.department.name = '改了名字';
    // A negative amount deep in the document: the model's schema refuses it before anything is written.
    bad.threePublic.reception.final = -1 as Fen;
    await expect(saveDepartmentYear(ctx.db, bad)).rejects.toBeInstanceOf(StoreWriteError);

    const found = await getDepartmentYear(ctx.db, tenant, 2024);
    expect(found!.data).toStrictEqual(good);
    expect(found!.version).toBe(1);

    // A failing first save leaves no trace either.
    const badNew = structuredClone(bad);
    badNew.fiscalYear = 2022;
    await expect(saveDepartmentYear(ctx.db, badNew)).rejects.toThrow(/未写入任何数据/);
    expect(await getDepartmentYear(ctx.db, tenant, 2022)).toBeNull();
  });

  it('optimistic locking refuses a stale version and writes nothing', async () => {
    const tenant = { regionCode: '431222', departmentCode: 'RT-LOCK' };
    const dy = fullDepartmentYear({ departmentCode: tenant.departmentCode });
    await saveDepartmentYear(ctx.db, dy);
    await saveDepartmentYear(ctx.db, dy, { expectedVersion: 1 });

    const stale = structuredClone(dy);
    stale.narrative.otherMatters = 'stale edit';
    const error = await saveDepartmentYear(ctx.db, stale, { expectedVersion: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError).currentVersion).toBe(2);
    expect((error as Error).message).toContain('数据已被他人修改（当前版本 2），请刷新后再保存');
    expect((error as Error).message).toContain('the record was changed by someone else');

    const found = await getDepartmentYear(ctx.db, tenant, 2024);
    expect(found!.data.narrative.otherMatters).toBe(dy.narrative.otherMatters);
    expect(found!.version).toBe(2);

    // expectedVersion 0 = create only.
    await expect(saveDepartmentYear(ctx.db, dy, { expectedVersion: 0 })).rejects.toBeInstanceOf(VersionConflictError);
    const created = await saveDepartmentYear(ctx.db, { ...dy, fiscalYear: 2021 }, { expectedVersion: 0 });
    expect(created.version).toBe(1);
    // A version for a year that does not exist: someone deleted it.
    await expect(
      saveDepartmentYear(ctx.db, { ...dy, fiscalYear: 2020 }, { expectedVersion: 3 }),
    ).rejects.toThrow(/已被他人删除/);
  });

  it('concurrent saves of the same version: exactly one wins', async () => {
    const tenant = { regionCode: '431222', departmentCode: 'RT-RACE' };
    const dy = fullDepartmentYear({ departmentCode: tenant.departmentCode });
    await saveDepartmentYear(ctx.db, dy);
    const results = await Promise.allSettled([
      saveDepartmentYear(ctx.db, dy, { expectedVersion: 1 }),
      saveDepartmentYear(ctx.db, dy, { expectedVersion: 1 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(VersionConflictError);
    expect((await getDepartmentYear(ctx.db, tenant, 2024))!.version).toBe(2);
  });

  it('concurrent first saves: without a version both land (1 then 2); "create only" lets exactly one win', async () => {
    const dy = fullDepartmentYear({ departmentCode: 'RT-CREATE' });
    const tenant = { regionCode: dy.region.code, departmentCode: dy.department.code };
    const both = await Promise.all([saveDepartmentYear(ctx.db, dy), saveDepartmentYear(ctx.db, dy)]);
    expect(both.map((r) => r.version).sort()).toStrictEqual([1, 2]);
    expect((await getDepartmentYear(ctx.db, tenant, 2024))!.data).toStrictEqual(dy);

    const next = { ...dy, fiscalYear: 2025 };
    const results = await Promise.allSettled([
      saveDepartmentYear(ctx.db, next, { expectedVersion: 0 }),
      saveDepartmentYear(ctx.db, next, { expectedVersion: 0 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(VersionConflictError);
  });

  it('scopes every read by tenant: department B is never returned for A', async () => {
    const a = fullDepartmentYear({ regionCode: '110101', departmentCode: 'TEN-A' });
    const b = fullDepartmentYear({ regionCode: '110101', departmentCode: 'TEN-B' });
    b.department.name = '乙单位';
    const otherRegion = fullDepartmentYear({ regionCode: '110102', departmentCode: 'TEN-A' });
    otherRegion.department.name = '另一区的甲单位';
    await saveDepartmentYear(ctx.db, a);
    await saveDepartmentYear(ctx.db, b);
    await saveDepartmentYear(ctx.db, otherRegion);

    const gotA = await getDepartmentYear(ctx.db, { regionCode: '110101', departmentCode: 'TEN-A' }, 2024);
    expect(gotA!.data).toStrictEqual(a);
    const gotOther = await getDepartmentYear(ctx.db, { regionCode: '110102', departmentCode: 'TEN-A' }, 2024);
    expect(gotOther!.data.department.name).toBe('另一区的甲单位');
    expect(await getDepartmentYear(ctx.db, { regionCode: '110101', departmentCode: 'TEN-C' }, 2024)).toBeNull();

    const listA = await listDepartmentYears(ctx.db, { regionCode: '110101', departmentCode: 'TEN-A' });
    expect(listA.map((r) => [r.regionCode, r.departmentCode])).toStrictEqual([['110101', 'TEN-A']]);
    const region = await listDepartmentYears(ctx.db, { regionCode: '110101' });
    expect(region.map((r) => r.departmentCode)).toStrictEqual(['TEN-A', 'TEN-B']);
    expect(region[1]).toMatchObject({ departmentName: '乙单位', fiscalYear: 2024, status: 'draft', version: 1 });
    expect(region[0]!.totalFinal).toBe(1069600000000);
    expect(region[0]!.updatedAt).toBeInstanceOf(Date);

    // Deleting A's year in one region leaves B and the other region alone.
    expect(await deleteDepartmentYear(ctx.db, { regionCode: '110101', departmentCode: 'TEN-A' }, 2024)).toBe(true);
    expect(await deleteDepartmentYear(ctx.db, { regionCode: '110101', departmentCode: 'TEN-A' }, 2024)).toBe(false);
    expect(await getDepartmentYear(ctx.db, { regionCode: '110101', departmentCode: 'TEN-B' }, 2024)).not.toBeNull();
    expect(await getDepartmentYear(ctx.db, { regionCode: '110102', departmentCode: 'TEN-A' }, 2024)).not.toBeNull();
    expect(await listDepartmentYears(ctx.db, { regionCode: '110101' })).toHaveLength(1);
  });

  it('sets the status, bumping the version', async () => {
    const tenant = { regionCode: '431222', departmentCode: 'RT-STATUS' };
    await saveDepartmentYear(ctx.db, minimalDepartmentYear({ departmentCode: tenant.departmentCode }));
    expect(await setStatus(ctx.db, tenant, 2024, 'submitted')).toStrictEqual({ version: 2 });
    const found = await getDepartmentYear(ctx.db, tenant, 2024);
    expect(found).toMatchObject({ status: 'submitted', version: 2 });
    // A save keeps the status.
    await saveDepartmentYear(ctx.db, found!.data, { expectedVersion: 2 });
    expect(await getDepartmentYear(ctx.db, tenant, 2024)).toMatchObject({ status: 'submitted', version: 3 });
    await expect(setStatus(ctx.db, tenant, 2024, 'approved', { expectedVersion: 2 })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    expect(await setStatus(ctx.db, tenant, 1999, 'submitted')).toBeNull();
    await expect(setStatus(ctx.db, tenant, 2024, ' ')).rejects.toThrow(/状态值不合法/);
  });
});

describe('fixtures', () => {
  it('the full fixture sets amounts above 2^32', () => {
    const dy = fullDepartmentYear();
    expect(dy.procurement.budget!).toBeGreaterThan(2 ** 32);
  });
});
