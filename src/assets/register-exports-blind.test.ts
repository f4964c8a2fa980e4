/**
 * Registers exported by systems Jixiao had not seen, written blind (before reading this module) — see
 * test/fixtures/exports/README.md: a 湖南 一体化-style GBK CSV card list (two-row header with 序号/资产编号 merged
 * down, 小计 per department, amounts with thousands separators, dates as 20190305, an area in 平方米), a 用友
 * 卡片清单 .xlsx (merged two-row header with 资产类别 over 编码/名称, 卡片编号 beside 资产编号, 入账日期 as bare
 * Excel serials, SUM formulas in 合计) and a 金蝶 .xlsx written all as text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../reference/paths.ts';
import { readTableRows } from '../reference/table-file.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { STATED_QUANTITY, STATED_STATUS } from './ledger-import.ts';
import { ledgerCsv } from './ledger-export.ts';
import { reconciliationText } from './render-text.ts';
import {
  applyStocktakeToRegister,
  closeStocktakeFor,
  confirmAsset,
  importLedgerRows,
  importRegisterSheets,
  openStocktakeFor,
  registerSheetsOf,
  stocktakeProgressFor,
} from './service.ts';
import { assetsCommand } from './cli.ts';
import type { Asset } from './types.ts';

const TENANT = { regionCode: '431223', departmentCode: 'blind-register' };
const rowsOf = async (name: string) => (await readTableRows(readFileSync(repoPath(`test/fixtures/exports/${name}`)), name)).all;
const context = (day: string) => ({ store: memoryAssetStore(), config: loadAssetConfig(), now: () => new Date(`${day}T10:00:00Z`) });
const sums = (cards: readonly Asset[]) => [
  cards.reduce((s, a) => s + a.originalValue, 0),
  cards.reduce((s, a) => s + (a.accumulatedDepreciation ?? 0), 0),
  cards.reduce((s, a) => s + (a.netValue ?? 0), 0),
];

describe('registers of systems Jixiao had not seen', () => {
  it('湖南-style GBK CSV: two-row header, 小计 per department, 合计 and footer import unedited', async () => {
    const ctx = context('2025-01-06');
    const result = await importLedgerRows(ctx, TENANT, await rowsOf('register-hunan-2024.csv'));
    expect(result.errors).toEqual([]);
    expect(result.skipped).toMatchObject({ title: 3, total: 4, footer: 1 });
    const cards = await ctx.store.listAssets(TENANT);
    expect(cards).toHaveLength(11);
    // The file's own 合计 row: 3,794,899.12 / 1,645,812.77 / 2,149,086.35 元.
    expect(sums(cards)).toEqual([379_489_912, 164_581_277, 214_908_635]);
    const car = cards.find((a) => a.assetNumber === '43122300012016000003')!;
    expect(car).toMatchObject({ classCode: 'A02030501', className: '轿车', acquiredOn: '2016-04-11', bookedOn: '2016-04-20', departmentUnit: '办公室' });
    expect(car.extra).toEqual({ 取得方式: '新购', 价值类型: '原值', 凭证号: '记-2016-04-012', 备注: '湘L·A3235' });
    const building = cards.find((a) => a.assetNumber === '43122300012008000001')!;
    expect(building).toMatchObject({ quantity: 1, unit: '平方米' });
    expect(building.extra?.[STATED_QUANTITY], 'an area is kept').toBe('2460.5');
    const lent = cards.find((a) => a.assetNumber === '43122300012023000021')!;
    expect(lent.status).toBe('in-use');
    expect(lent.extra?.[STATED_STATUS], '出借 is kept beside 在用').toBe('出借');
    // The value standard is per item; 3,100 平方米 of land is one asset, not 3,100 items of 0.0003 元 — and its
    // 1.00元 is the nominal value (名义金额) of land without a cost, a 提示 rather than a value below the standard.
    expect(result.findings.map((f) => f.severity)).toEqual(['info']);
    expect(result.findings[0]?.message).toContain('名义金额1.00元');
  });

  it('re-importing changes nothing; the next month updates exactly the changed cards, lists the missing one, adds the new one', async () => {
    const ctx = context('2025-01-06');
    await importLedgerRows(ctx, TENANT, await rowsOf('register-hunan-2024.csv'));
    const before = await ctx.store.listAssets(TENANT, { includeDisposed: true });
    const again = await importLedgerRows(ctx, TENANT, await rowsOf('register-hunan-2024.csv'));
    expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: 11, absent: [] });
    expect(await ctx.store.listAssets(TENANT, { includeDisposed: true })).toEqual(before);

    const jan = { ...ctx, now: () => new Date('2025-01-20T10:00:00Z') };
    const later = await rowsOf('register-hunan-2025-01.csv');
    const preview = await importLedgerRows(jan, TENANT, later, { preview: true });
    expect(await ctx.store.listAssets(TENANT, { includeDisposed: true }), 'a preview writes nothing').toEqual(before);
    const plan = preview.plan!;
    expect(plan.added.map((a) => a.assetNumber)).toEqual(['43122300012025000001']);
    expect(plan.absent.map((a) => a.assetNumber)).toEqual(['43122300012015000009']);
    const updated = new Map(plan.updated.map((u) => [u.assetNumber, u.changes.map((c) => c.label)]));
    expect([...updated.keys()].sort()).toEqual(['43122300012019000001', '43122300012022000015']);
    expect(updated.get('43122300012019000001')).toEqual(['状态', '状态日期']);
    expect(updated.get('43122300012022000015')).toEqual(['存放地点']);
    expect(plan.unchanged).toBe(8);
    const status = plan.updated.find((u) => u.assetNumber === '43122300012019000001')!.changes[0]!;
    expect(status, 'the preview reads as the user writes it').toMatchObject({ label: '状态', before: '在用', after: '闲置' });
    await importLedgerRows(jan, TENANT, later);
    const twice = await importLedgerRows(jan, TENANT, later);
    expect(twice.plan).toMatchObject({ added: [], updated: [], unchanged: 11 });
  });

  it('用友 卡片清单 .xlsx: merged two-row header, 资产编号 preferred to 卡片编号, serial dates, SUM 合计', async () => {
    const ctx = context('2025-01-06');
    const result = await importLedgerRows(ctx, TENANT, await rowsOf('register-yonyou-2024-12.xlsx'));
    expect(result.errors).toEqual([]);
    expect(result.skipped).toMatchObject({ title: 2, total: 1, footer: 1 });
    const cards = await ctx.store.listAssets(TENANT);
    expect(cards).toHaveLength(9);
    // 合计: 602,917.00 / 550,673.25 / 52,243.75 元.
    expect(sums(cards)).toEqual([60_291_700, 55_067_325, 5_224_375]);
    const server = cards.find((a) => a.assetNumber === 'ZJJY-2018-0001')!;
    expect(server).toMatchObject({ classCode: 'A02010104', className: '服务器', acquiredOn: '2018-06-20', bookedOn: '2018-06-28' });
    expect(server.extra).toMatchObject({ 卡片编号: '00001', '使用年限(月)': '72', 已计提月份: '72', 折旧方法: '平均年限法' });
    const spare = cards.find((a) => a.assetNumber === 'ZJJY-2016-0002')!;
    expect(spare.status, '用友 不需用 is idle').toBe('idle');
    expect(spare.extra?.[STATED_STATUS]).toBe('不需用');
    expect(result.findings.map((f) => f.calculation), '40 chairs on one card are counted items').toEqual(['11200.00元 ÷ 40 = 280.00元 < 1000.00元']);
  });

  it('用友: the next period (depreciation, a status, a place, one gone, one new) updates exactly those cards', async () => {
    const ctx = context('2025-01-06');
    await importLedgerRows(ctx, TENANT, await rowsOf('register-yonyou-2024-12.xlsx'));
    const again = await importLedgerRows(ctx, TENANT, await rowsOf('register-yonyou-2024-12.xlsx'));
    expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: 9, absent: [] });
    const feb = { ...ctx, now: () => new Date('2025-02-05T10:00:00Z') };
    const later = await rowsOf('register-yonyou-2025-01.xlsx');
    const plan = (await importLedgerRows(feb, TENANT, later)).plan!;
    expect(plan.added.map((a) => a.assetNumber)).toEqual(['ZJJY-2025-0001']);
    expect(plan.absent.map((a) => a.assetNumber)).toEqual(['ZJJY-2016-0002']);
    const updated = new Map(plan.updated.map((u) => [u.assetNumber, u.changes.map((c) => c.label)]));
    expect([...updated.keys()].sort()).toEqual(['ZJJY-2017-0008', 'ZJJY-2020-0014', 'ZJJY-2021-0021', 'ZJJY-2022-0009', 'ZJJY-2023-0005', 'ZJJY-2024-0002']);
    expect(updated.get('ZJJY-2020-0014')).toEqual(['累计折旧（元）', '净值（元）', '已计提月份']);
    expect(updated.get('ZJJY-2024-0002')).toEqual(['累计折旧（元）', '净值（元）', '状态', '状态日期', '已计提月份', STATED_STATUS]);
    expect(updated.get('ZJJY-2022-0009')).toEqual(['累计折旧（元）', '净值（元）', '存放地点', '已计提月份']);
    const after = await ctx.store.listAssets(TENANT);
    expect(after.find((a) => a.assetNumber === 'ZJJY-2017-0008')).toMatchObject({ accumulatedDepreciation: 44_287_724, netValue: 942_276 });
    expect((await importLedgerRows(feb, TENANT, later)).plan).toMatchObject({ added: [], updated: [], unchanged: 9 });
  });

  it('金蝶 .xlsx written all as text imports unedited; Jixiao’s own export of it re-imports changing nothing', async () => {
    const ctx = context('2025-01-06');
    const result = await importLedgerRows(ctx, TENANT, await rowsOf('register-kingdee-2024.xlsx'));
    expect(result.errors).toEqual([]);
    const cards = await ctx.store.listAssets(TENANT);
    expect(sums(cards)).toEqual([57_443_000, 51_055_136, 6_387_864]);
    expect(cards.find((a) => a.assetNumber === 'XHWL2014-003')).toMatchObject({ status: 'pending-scrap', location: '局机关车库', acquiredOn: '2014-07-08' });
    const exported = ledgerCsv(cards, ctx.config);
    const rows = (await readTableRows(new TextEncoder().encode(exported), 'export.csv')).all;
    expect((await importLedgerRows(ctx, TENANT, rows)).plan).toMatchObject({ added: [], updated: [], unchanged: 5 });
  });

  it('a stocktake of the imported register reports only what the counters observed', async () => {
    const ctx = context('2025-01-06');
    await importLedgerRows(ctx, TENANT, await rowsOf('register-hunan-2024.csv'));
    const st = await openStocktakeFor(ctx, TENANT, { fiscalYear: 2024, openedBy: '舒敏' });
    expect(st.expected).toHaveLength(11);
    const confirm = (body: Record<string, string>) => confirmAsset(ctx, TENANT, st.id, { confirmedBy: '杨帆', ...body });
    await confirm({ assetNumber: '43122300012019000001' }); // seen, nothing stated
    await confirm({ assetNumber: '43122300012016000003', condition: '' }); // an empty condition states nothing either
    await confirm({ assetNumber: '43122300012017000002', condition: '在用', seenLocation: '二楼会议室' }); // booked 闲置
    await confirm({ assetNumber: '43122300012021000007', condition: '在用' }); // as booked
    await confirm({ assetNumber: '43122300012021000007' }); // seen again, nothing stated
    await confirm({ assetNumber: '43122300012020000004', labelCode: 'NJZ-0004' }); // an old label read off the drone
    await confirm({ assetNumber: '43122300012023000021', condition: '出借' }); // the unit's own word: lent out = in use, as booked
    const unknown = await confirm({ assetNumber: '43122300012019000010' });
    expect(unknown.status).toBe('unknown-number');
    const progress = await stocktakeProgressFor(ctx, TENANT, st.id);
    expect([progress.seen.length, progress.unseen.length]).toEqual([6, 5]);
    const closed = await closeStocktakeFor(ctx, TENANT, st.id, { closedBy: '舒敏', approvedBy: '向东' });
    const r = closed.reconciliation!;
    const kinds = (kind: string) => r.differences.filter((d) => d.kind === kind).map((d) => d.assetNumber);
    expect(kinds('condition-changed'), 'only the projector was seen in another condition').toEqual(['43122300012017000002']);
    expect(kinds('label-mismatch'), 'a register that records no labels: only a label read wrong is a mismatch').toEqual(['43122300012020000004']);
    expect(kinds('missing')).toHaveLength(5);
    expect(kinds('unknown-number')).toEqual(['43122300012019000010']);
    expect(r.matchedCount).toBe(4);
    const text = reconciliationText(closed, ctx.config);
    expect(text).toContain('  43122300012019000010 （是否为 43122300012019000001？）');
    expect(text, 'nothing recorded prints nothing').not.toContain('账面“”');
    const applied = await applyStocktakeToRegister(ctx, TENANT, st.id);
    expect(applied.map((a) => [a.assetNumber, a.status])).toEqual([['43122300012017000002', 'in-use']]);
  });

  it('a web system’s “.xls” (an HTML table with rowspan/colspan headers) imports unedited', async () => {
    const ctx = context('2025-01-06');
    const result = await importLedgerRows(ctx, TENANT, await rowsOf('register-web-2024.xls'));
    expect(result.errors).toEqual([]);
    const cards = await ctx.store.listAssets(TENANT);
    // 合计: 234,980.00 / 230,162.22 / 4,817.78 元.
    expect(sums(cards)).toEqual([23_498_000, 23_016_222, 481_778]);
    expect(cards.map((a) => a.assetNumber).sort()[0], 'leading zeros kept').toBe('0001201600002');
    expect(cards.find((a) => a.assetNumber === '0001201600002')).toMatchObject({ status: 'pending-scrap', className: '越野车' });
  });

  it('a workbook with one sheet per asset class imports every sheet, each with its own columns', async () => {
    const sheets = registerSheetsOf(await readTableRows(readFileSync(repoPath('test/fixtures/exports/register-sheets-2024.xlsx')), 'sheets.xlsx'));
    const ctx = context('2025-01-06');
    const result = await importRegisterSheets(ctx, TENANT, sheets);
    expect(result.errors).toEqual([]);
    expect(result.sheets, 'the 填表说明 sheet is not a register').toEqual([
      { sheet: '房屋', rowCount: 2 },
      { sheet: '车辆', rowCount: 1 },
      { sheet: '通用设备', rowCount: 3 },
    ]);
    const cards = await ctx.store.listAssets(TENANT);
    expect(cards).toHaveLength(6);
    expect(cards.find((a) => a.assetNumber === 'ZJSL-CL-003')?.extra).toEqual({ 车牌号: '湘N·S1209' });
    expect(cards.find((a) => a.assetNumber === 'ZJSL-FW-001')?.extra).toMatchObject({ 建筑面积: '1320.5', 权属证号: '芷房权证字第0088号' });
    const again = await importRegisterSheets(ctx, TENANT, sheets);
    expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: 6, absent: [] });
    // A number on two sheets is refused, naming the sheet.
    const twice = [...sheets, { sheet: '重复', rows: sheets[1]!.rows }];
    const refused = await importRegisterSheets(ctx, TENANT, twice);
    expect(refused.errors.map((e) => `${e.sheet} ${e.value}`)).toEqual(['重复 ZJSL-CL-003']);
  });

  it('the CLI reads a web system’s “.xls” and every sheet of a workbook', async () => {
    const store = memoryAssetStore();
    const out: string[] = [];
    const run = (file: string) =>
      assetsCommand(['import', file, '--department', '431223.blind-register'], {
        withAssetStore: (work) => work(store),
        write: (t) => void out.push(t),
        writeError: (t) => void out.push(t),
        readFile: async (f) => readFileSync(repoPath(`test/fixtures/exports/${f}`)),
        writeFile: async () => undefined,
        now: () => new Date('2025-01-06T10:00:00Z'),
      });
    expect(await run('register-web-2024.xls'), out.join('\n')).toBe(0);
    expect(await run('register-sheets-2024.xlsx'), out.join('\n')).toBe(0);
    expect(out.join('\n')).toContain('读取 3 个工作表：房屋 2 行、车辆 1 行、通用设备 3 行');
    expect(await store.listAssets({ regionCode: '431223', departmentCode: 'blind-register' })).toHaveLength(10);
  });

  it('amounts in 万元 (a header 原值（万元） or 金额单位：万元 above it) are read in 万元, never as 元', async () => {
    const card = ['A-0001', '台式计算机', 'A02010105', '0.568', '2019-03-05'];
    const byTitle = [['资产卡片清单'], ['金额单位：万元'], ['资产编号', '资产名称', '分类代码', '原值', '取得日期'], card];
    const byHeader = [['资产编号', '资产名称', '分类代码', '原值（万元）', '取得日期'], card];
    const inYuan = [['单位：元宝山林场'], ['资产编号', '资产名称', '分类代码', '原值', '取得日期'], ['A-0001', '台式计算机', 'A02010105', '5680', '2019-03-05']];
    for (const rows of [byTitle, byHeader, inYuan]) {
      const ctx = context('2025-01-06');
      const result = await importLedgerRows(ctx, TENANT, rows);
      expect(result.errors).toEqual([]);
      expect((await ctx.store.listAssets(TENANT))[0]?.originalValue).toBe(568_000);
    }
  });

  it('19-digit numbers that Excel stored as numbers (last digits zeroed) are refused with the reason', async () => {
    const rows = [
      ['资产编号', '资产名称', '分类代码', '原值', '取得日期'],
      ['43122300012019000000', '台式计算机', 'A02010105', '5680', '2019-03-05'],
      ['43122300012019000000', '便携式计算机', 'A02010108', '6499', '2021-06-18'],
    ];
    const result = await importLedgerRows(context('2025-01-06'), TENANT, rows);
    expect(result.errors.map((e) => e.message)).toEqual([expect.stringContaining('被 Excel 存成数字后末几位变成了0')]);
  });

  it('a CSV that keeps long numbers as text for Excel (="0012…", a leading tab) imports the numbers as they are', async () => {
    const csv = '资产编号,资产名称,分类代码,原值,取得日期\r\n="0001202100031",台式计算机,A02010105,"5,680.00",2021-04-12\r\n\t0001202100032,台式计算机,A02010105,5680,="2021-04-12"\r\n';
    const rows = (await readTableRows(new TextEncoder().encode(csv), 'web.csv')).all;
    const ctx = context('2025-01-06');
    expect((await importLedgerRows(ctx, TENANT, rows)).errors).toEqual([]);
    expect((await ctx.store.listAssets(TENANT)).map((a) => [a.assetNumber, a.acquiredOn])).toEqual([
      ['0001202100031', '2021-04-12'],
      ['0001202100032', '2021-04-12'],
    ]);
  });

  it('a register still on GB/T 14885-2010 codes is imported as it is, with one warning naming the old codes', async () => {
    const rows = [['资产编号', '资产名称', '分类代码', '原值', '取得日期'], ['A-1', '台式计算机', '2010105', '5680', '2019-03-05']];
    const ctx = context('2025-01-06');
    const result = await importLedgerRows(ctx, TENANT, rows);
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([['asset-older-class-code', 'warning']]);
    expect(result.findings[0]?.message).toContain('GB/T 14885-2010 的7位旧代码（2010105）');
    expect((await ctx.store.listAssets(TENANT)).map((a) => a.classCode)).toEqual(['2010105']);
  });

  it('two groups with a field of the same name keep both columns', async () => {
    const rows = [
      ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '财政拨款', '', '其他资金', ''],
      ['', '', '', '', '', '金额', '文号', '金额', '文号'],
      ['A-1', '台式计算机', 'A02010105', '5680', '2019-03-05', '5000', '辰财预〔2019〕12号', '680', ''],
    ];
    const ctx = context('2025-01-06');
    expect((await importLedgerRows(ctx, TENANT, rows)).errors).toEqual([]);
    expect((await ctx.store.listAssets(TENANT))[0]?.extra).toEqual({ 金额: '5000', 文号: '辰财预〔2019〕12号', 其他资金金额: '680' });
  });
});
