/**
 * Registers as asset systems export them (hand-written fixtures in test/fixtures/exports, see its README): a
 * GBK CSV with title rows, a 合计 row, a footer and columns Jixiao has no field for, and a later .xlsx export.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../reference/paths.ts';
import { readTableRows } from '../reference/table-file.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { STATED_QUANTITY } from './ledger-import.ts';
import { importLedgerRows } from './service.ts';
import { quantityAsWritten } from './testing/blind-exports.ts';

const TENANT = { regionCode: '431222', departmentCode: 'yuanling-commerce' };
const rowsOf = async (name: string) => {
  const file = await readTableRows(readFileSync(repoPath(`test/fixtures/exports/${name}`)), name);
  return { rows: file.all, encoding: file.encoding };
};

function context(day: string) {
  return { store: memoryAssetStore(), config: loadAssetConfig(), now: () => new Date(`${day}T10:00:00Z`) };
}

describe('a register exported by an asset system', () => {
  it('GBK CSV with title rows, 合计 and footer imports unedited with every card and column', async () => {
    const { rows, encoding } = await rowsOf('register-zcy-2024.csv');
    expect(encoding).toBe('gb18030');
    const ctx = context('2025-01-06');
    const result = await importLedgerRows(ctx, TENANT, rows);
    expect(result.errors).toEqual([]);
    expect(result.headerRow).toBe(4);
    expect(result.skipped).toMatchObject({ title: 3, total: 1, footer: 1 });
    expect(result.plan?.added).toHaveLength(14);
    const cards = await ctx.store.listAssets(TENANT);
    const sum = (f: (a: (typeof cards)[number]) => number | undefined) => cards.reduce((s, a) => s + (f(a) ?? 0), 0);
    // The file's own 合计 row: 31 items, 487,308.00 / 98,375.82 / 388,932.18 元.
    expect([sum((a) => a.quantity), sum((a) => a.originalValue), sum((a) => a.accumulatedDepreciation), sum((a) => a.netValue)]).toEqual([
      31, 48_730_800, 9_837_582, 38_893_218,
    ]);
    const air = cards.find((a) => a.assetNumber === 'ZC2021000019')!;
    expect(air).toMatchObject({ className: '空调机组', unit: '台', quantity: 2, bookedOn: '2021-07-15', acquiredOn: '2021-07-02' });
    expect(air.extra).toEqual({ 取得方式: '新购', 品牌: '格力', 供应商: '沅陵县家电城' });
    const idle = cards.find((a) => a.assetNumber === 'ZC2019000102')!;
    expect(idle.status).toBe('idle');
    expect(idle.extra?.备注, 'a quoted line break stays in its cell').toBe('原使用人调离,\n待调剂');
    expect(idle.statusSince, 'an undated idle status counts from the import, not from the 2019 purchase').toBe('2025-01-06');
    expect(cards.find((a) => a.assetNumber === 'ZC2023000002')?.status, '出借 counts as in use').toBe('in-use');
  });

  it('re-importing the same file changes nothing; a later .xlsx export updates exactly the changed cards', async () => {
    const ctx = context('2025-01-06');
    await importLedgerRows(ctx, TENANT, (await rowsOf('register-zcy-2024.csv')).rows);
    const before = await ctx.store.listAssets(TENANT, { includeDisposed: true });
    const again = await importLedgerRows(ctx, TENANT, (await rowsOf('register-zcy-2024.csv')).rows);
    expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: 14, absent: [] });
    expect(again.written).toBe(0);
    expect(await ctx.store.listAssets(TENANT, { includeDisposed: true })).toEqual(before);

    const later = await rowsOf('register-zcy-2025-01.xlsx');
    const jan10 = { ...ctx, now: () => new Date('2025-01-10T10:00:00Z') };
    const preview = await importLedgerRows(jan10, TENANT, later.rows, { preview: true });
    expect(preview.errors).toEqual([]);
    expect(await ctx.store.listAssets(TENANT, { includeDisposed: true }), 'a preview writes nothing').toEqual(before);
    const plan = preview.plan!;
    expect(plan.added.map((a) => a.assetNumber)).toEqual(['ZC2025000002']);
    expect(plan.updated.map((u) => u.assetNumber)).toEqual(['ZC2019000102']);
    expect(plan.updated[0]!.changes.map((c) => c.label)).toEqual(['存放地点', '使用人', '使用部门', '状态', '状态日期', '备注']);
    expect(plan.absent, 'a card gone from the export is listed, not deleted').toEqual([
      { assetNumber: 'ZC2022000013', name: '投影仪', status: 'pending-scrap' },
    ]);
    expect(plan.unchanged).toBe(12);

    const applied = await importLedgerRows(jan10, TENANT, later.rows);
    expect(applied.written).toBe(2);
    const after = await ctx.store.listAssets(TENANT, { includeDisposed: true });
    expect(after).toHaveLength(15);
    expect(after.find((a) => a.assetNumber === 'ZC2019000102')).toMatchObject({ status: 'in-use', custodian: '陈静', statusSince: '2025-01-10' });
    const twice = await importLedgerRows(jan10, TENANT, later.rows);
    expect(twice.plan).toMatchObject({ added: [], updated: [], unchanged: 14 });
  });

  it('a card export of the 行政事业单位资产管理信息系统 shape (.xlsx, a group-header row above the headers) imports unedited', async () => {
    const { rows } = await rowsOf('register-zcgl-2024.xlsx');
    const ctx = context('2025-01-08');
    const result = await importLedgerRows(ctx, TENANT, rows);
    expect(result.errors).toEqual([]);
    expect(result.headerRow).toBe(4);
    expect(result.skipped).toMatchObject({ title: 3, total: 1, footer: 1 });
    const cards = await ctx.store.listAssets(TENANT);
    expect(cards).toHaveLength(10);
    const sum = (f: (a: (typeof cards)[number]) => number | undefined) => cards.reduce((s, a) => s + (f(a) ?? 0), 0);
    // The file's own 合计 row: 1878 (items and m² added together), 3,980,119.00 / 1,181,405.00 / 2,798,714.00 元. The
    // building's 1860 平方米 is an area (data areaUnits): one card, its figure kept — the 合计 is the figures as written.
    expect([sum(quantityAsWritten), sum((a) => a.originalValue), sum((a) => a.accumulatedDepreciation), sum((a) => a.netValue)]).toEqual([
      1878, 398_011_900, 118_140_500, 279_871_400,
    ]);
    const car = cards.find((a) => a.assetNumber === '4312261000202400003')!;
    expect(car).toMatchObject({ classCode: 'A02030501', className: '轿车', unit: '辆', originalValue: 14_860_000, bookedOn: '2024-09-20' });
    expect(car.extra).toMatchObject({ 车牌号: '湘N·F3385', 价值类型: '原值', 财务入账状态: '已入账', 会计凭证号: '记-0005', 使用方向: '行政', 备注: '执法执勤用车' });
    expect(cards.find((a) => a.assetNumber === '4312261000202300002')?.status, '出借 counts as in use').toBe('in-use');
    expect(cards.find((a) => a.assetNumber === '4312261000202200019')?.status).toBe('pending-scrap');
    expect(cards.find((a) => a.assetNumber === '4312261000201500001')).toMatchObject({ unit: '平方米', quantity: 1, extra: { [STATED_QUANTITY]: '1860' } });
  });

  it('its next export (a month’s depreciation, one card reassigned, one gone, one new) updates exactly those cards', async () => {
    const ctx = context('2025-01-08');
    await importLedgerRows(ctx, TENANT, (await rowsOf('register-zcgl-2024.xlsx')).rows);
    const before = await ctx.store.listAssets(TENANT, { includeDisposed: true });
    const again = await importLedgerRows(ctx, TENANT, (await rowsOf('register-zcgl-2024.xlsx')).rows);
    expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: 10, absent: [] });
    expect(await ctx.store.listAssets(TENANT, { includeDisposed: true })).toEqual(before);

    const feb = { ...ctx, now: () => new Date('2025-02-10T10:00:00Z') };
    const later = (await rowsOf('register-zcgl-2025-02.xlsx')).rows;
    const applied = await importLedgerRows(feb, TENANT, later);
    expect(applied.errors).toEqual([]);
    const plan = applied.plan!;
    expect(plan.added.map((a) => a.assetNumber)).toEqual(['4312261000202500001']);
    expect(plan.absent.map((a) => a.assetNumber), 'the disposed copier is listed, not deleted').toEqual(['4312261000202200019']);
    const updated = new Map(plan.updated.map((u) => [u.assetNumber, u.changes.map((c) => c.label)]));
    // January's depreciation moved 累计折旧 and 净值 on the six cards still depreciating; the idle computer was reassigned.
    expect([...updated.keys()].sort()).toEqual(
      ['4312261000201500001', '4312261000201900002', '4312261000202100004', '4312261000202200007', '4312261000202300002', '4312261000202300015', '4312261000202400003'].sort(),
    );
    expect(updated.get('4312261000202100004')).toEqual(['累计折旧（元）', '净值（元）']);
    expect(updated.get('4312261000201900002')).toEqual(expect.arrayContaining(['使用人', '存放地点', '状态', '备注']));
    expect(plan.unchanged).toBe(2);
    const after = await ctx.store.listAssets(TENANT, { includeDisposed: true });
    expect(after.find((a) => a.assetNumber === '4312261000202100004')).toMatchObject({ accumulatedDepreciation: 1_218_000, netValue: 522_000 });
    expect(after.find((a) => a.assetNumber === '4312261000201900002')).toMatchObject({ status: 'in-use', custodian: '李娜', statusSince: '2025-02-10' });
    const twice = await importLedgerRows(feb, TENANT, later);
    expect(twice.plan).toMatchObject({ added: [], updated: [], unchanged: 10 });
  });

  it('names the row that looks like the header when the asset-number column is missing', async () => {
    const ctx = context('2025-01-06');
    const rows = [['资产卡片清单'], ['单位：元'], ['名称', '分类代码', '原值', '取得日期']];
    const result = await importLedgerRows(ctx, TENANT, rows);
    expect(result.errors[0]?.row).toBe(3);
    expect(result.errors[0]?.message).toContain('第3行最像表头');
  });
});
