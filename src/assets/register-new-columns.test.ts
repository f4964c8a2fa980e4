/**
 * The general pieces blind pair 16 (test/fixtures/exports/blind-2026-12-06m) brought, each stated by its own invented
 * rows: a later export with a column the register never carried, the header names of a 用友 U8+ 卡片管理 list, and
 * 用友's 使用状况 words under 使用中.
 */
import { describe, expect, it } from 'vitest';
import { assetClasses, importLedger, loadAssetConfig, memoryAssetStore } from './index.ts';
import { RULE_UNKNOWN_STATUS } from './register-checks.ts';
import { columnsNewToRegister, planRegisterUpdate } from './register-update.ts';
import { importRegisterSheets } from './service.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);
const HEAD = ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '使用人', '备注'];
const row = (n: string, user: string, note = ''): string[] => [n, '台式计算机', 'A02010105', '5000.00', '2020-03-01', user, note];
const read = (rows: string[][]) => {
  const r = importLedger(rows, { config, classes });
  expect(r.errors).toEqual([]);
  return r;
};

describe('a later export with a column the register never carried', () => {
  const held = read([HEAD, row('A-1', '张三', '旧'), row('A-2', '李四'), row('A-3', '王五')]).assets;

  it('fills the column in without counting it as a change of any card; a real change beside it still counts', () => {
    const later = read([
      ['卡片状态', ...HEAD],
      ['已审核', ...row('A-1', '张三', '旧')],
      ['已审核', ...row('A-2', '赵六')],
      ['已审核', ...row('A-3', '王五')],
    ]);
    const plan = planRegisterUpdate(later, held, '2026-12-07');
    expect(plan.newColumns).toEqual(['卡片状态']);
    expect(plan.updated.map((u) => [u.assetNumber, u.changes.map((c) => c.field)])).toEqual([['A-2', ['custodian']]]);
    expect(plan.unchanged).toBe(2);
    // The unchanged cards are written with the column (and the updated one carries it too), so the next import of
    // the same file plans nothing.
    expect(plan.filled?.map((a) => [a.assetNumber, a.extra?.卡片状态])).toEqual([
      ['A-1', '已审核'],
      ['A-3', '已审核'],
    ]);
    expect(plan.updated[0]?.asset.extra?.卡片状态).toBe('已审核');
    const after = [plan.filled![0]!, plan.updated[0]!.asset, plan.filled![1]!];
    expect(planRegisterUpdate(later, after, '2026-12-07')).toMatchObject({ updated: [], unchanged: 3 });
  });

  it('compares a column the register carried as before: a value that appears under it is a change', () => {
    // 备注 was carried (A-1 has one): A-2's first 备注 is an update, not a new column.
    const later = read([HEAD, row('A-1', '张三', '旧'), row('A-2', '李四', '调配使用'), row('A-3', '王五')]);
    const plan = planRegisterUpdate(later, held, '2026-12-07');
    expect(plan.newColumns).toBeUndefined();
    expect(plan.updated.map((u) => [u.assetNumber, u.changes.map((c) => `${c.field}:${c.before}→${c.after}`)])).toEqual([['A-2', ['extra:备注:→调配使用']]]);
    const withState = read([['卡片状态', ...HEAD], ['已审核', ...row('A-1', '张三')]]).assets;
    expect(columnsNewToRegister(['备注', '卡片状态'], held, withState)).toEqual(['卡片状态']);
    // A column empty on every card of the file fills nothing in; nothing held: no column is new (every card is).
    expect(columnsNewToRegister(['卡片状态'], held, held)).toEqual([]);
    expect(columnsNewToRegister(['卡片状态'], [], withState)).toEqual([]);
  });

  it('writes the filled cards through the import, so a re-import of the later file plans nothing', async () => {
    const tenant = { regionCode: '431222', departmentCode: 'new-columns' };
    const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-07T12:00:00Z') };
    const sheet = (rows: string[][]) => [{ sheet: 'Sheet1', rows }];
    await importRegisterSheets(ctx, tenant, sheet([HEAD, row('A-1', '张三'), row('A-2', '李四')]));
    const later = sheet([
      [...HEAD, '卡片状态'],
      [...row('A-1', '张三'), '已审核'],
      [...row('A-2', '李四'), '已审核'],
    ]);
    const once = await importRegisterSheets(ctx, tenant, later);
    expect(once.plan).toMatchObject({ updated: [], unchanged: 2, newColumns: ['卡片状态'] });
    expect(once.written).toBe(2);
    expect((await ctx.store.listAssets(tenant)).map((a) => a.extra?.卡片状态)).toEqual(['已审核', '已审核']);
    const again = await importRegisterSheets(ctx, tenant, later);
    expect(again.plan).toMatchObject({ updated: [], unchanged: 2 });
    expect(again.plan?.newColumns).toBeUndefined();
  });
});

describe('a 用友 U8+ 卡片管理 list', () => {
  const U8 = ['卡片编号', '固定资产编号', '固定资产名称', '类别编号', '类别名称', '部门名称', '使用比例', '使用状况', '开始使用日期', '录入日期', '原值', '累计折旧', '净值'];
  const u8row = (card: string, n: string, status: string, dept = '办公室', ratio = '100%'): string[] =>
    [card, n, '空调机', 'A02061804', '空调机', dept, ratio, status, '2019-05-10', '2019-05-28', '12000', '6000', '6000'];

  it('reads 固定资产编号 as the number (卡片编号 kept), its names, 部门名称 as written with 使用比例 kept, and keeps 录入日期', () => {
    const r = read([U8, u8row('00001', 'ZP-1', '在用', '采编部/技术部', '60%/40%')]);
    const a = r.assets[0]!;
    expect([a.assetNumber, a.name, a.classCode, a.className, a.departmentUnit, a.acquiredOn]).toEqual(['ZP-1', '空调机', 'A02061804', '空调机', '采编部/技术部', '2019-05-10']);
    // 录入日期 is the day the card was entered into U8 (a 原始卡片 may be entered years after the asset was booked), not
    // the 财务入账日期: kept under its own header, no booking date read (data/assets/register-columns.json source).
    expect(a.bookedOn).toBeUndefined();
    expect(r.fieldsPresent).not.toContain('bookedOn');
    expect(a.extra).toMatchObject({ 卡片编号: '00001', 使用比例: '60%/40%', 录入日期: '2019-05-28' });
  });

  it('maps the words under 用友 使用中 to in use and 不需用 to idle, keeping each word', () => {
    const words = ['季节性停用', '经营性出租', '大修理停用', '不需用'];
    const r = read([U8, ...words.map((w, i) => u8row(`0000${i}`, `ZP-${i}`, w))]);
    expect(r.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS)).toEqual([]);
    expect(r.assets.map((a) => [a.status, a.extra?.['使用状况（原表）']])).toEqual([
      ['in-use', '季节性停用'],
      ['in-use', '经营性出租'],
      ['in-use', '大修理停用'],
      ['idle', '不需用'],
    ]);
  });
});
