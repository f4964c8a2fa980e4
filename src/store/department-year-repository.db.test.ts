import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { departmentKinds, departmentYearSchema } from '../core/department-year.ts';
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
  });

  it('round-trips the demo department (the seed report) exactly, and times save and get', async () => {
    const demo = loadDemo();
    const tenant = { regionCode: demo.region.code, departmentCode: demo.department.code };
    let started = performance.now();
    await saveDepartmentYear(ctx.db, demo);
    const saveMs = performance.now() - started;
    started = performance.now();
    const found = await getDepartmentYear(ctx.db, tenant, demo.fiscalYear);
    const getMs = performance.now() - started;
    console.info(`demo [${ctx.engine}]: save ${saveMs.toFixed(0)} ms, get ${getMs.toFixed(0)} ms`);
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
