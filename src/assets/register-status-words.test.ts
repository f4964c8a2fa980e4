/**
 * Status words of other systems (data/assets/register-columns.json `statusAliases`) and a word nobody listed: the
 * register is imported, the word kept and marked, one warning per word names its rows and how to map it, and the
 * utilisation rate does not count such a card as in use. Invented rows (the words 外单位占用 and 丢了 are in no group).
 */
import { describe, expect, it } from 'vitest';
import {
  assetClasses,
  assetIndicators,
  assetReportParagraph,
  closeStocktake,
  idleForReallocation,
  importLedger,
  indicatorsText,
  ledgerRows,
  loadAssetConfig,
  memoryAssetStore,
  openStocktake,
} from './index.ts';
import { STATED_STATUS } from './ledger-import.ts';
import { STATUS_ALIASES, normaliseHeader } from './ledger-columns.ts';
import { RULE_UNKNOWN_STATUS } from './register-checks.ts';
import { importRegisterSheets } from './service.ts';
import { UNMAPPED_STATUS } from './types.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);
const HEAD = ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '使用状况'];
const rows = (third: string, fourth = '外单位占用'): string[][] => [
  HEAD,
  ['A-1', '台式计算机', 'A02010105', '5000', '2021-03-18', '在用'],
  ['A-2', '打印机', 'A02021003', '3000', '2021-03-18', fourth],
  ['A-3', '复印机', 'A02020100', '20000', '2021-03-18', third],
  ['A-4', '投影仪', 'A02020200', '4000', '2021-03-18', '外单位占用'],
];

describe('status words', () => {
  it('maps the other systems’ words of the blind exports by their group (lent, under repair → in use; proposed for scrapping → 待报废)', () => {
    const status = (w: string) => STATUS_ALIASES.get(normaliseHeader(w));
    expect(['借出', '在修', '待修', '维修中', '出租出借', '正常使用'].map(status)).toEqual(Array(6).fill('in-use'));
    expect(['拟报废', '待处置'].map(status)).toEqual(['pending-scrap', 'pending-scrap']);
    expect(['不需用', '封存'].map(status)).toEqual(['idle', 'idle']);
    expect(status('丢了')).toBeUndefined();
  });

  it('imports a card whose status word nobody listed, keeps and marks the word, and warns once per word with its rows', () => {
    const result = importLedger(rows('丢了'), { config, classes, today: '2026-12-06' });
    expect(result.errors).toEqual([]);
    expect(result.assets).toHaveLength(4);
    const by = new Map(result.assets.map((a) => [a.assetNumber, a]));
    expect(by.get('A-2')?.extra).toEqual({ [STATED_STATUS]: '外单位占用', [UNMAPPED_STATUS]: '外单位占用' });
    expect(by.get('A-2')?.status, 'held: stays on the stocktake list, off the idle list').toBe('in-use');
    expect(by.get('A-2')?.statusSince, 'dated from the import, not the purchase').toBe('2026-12-06');
    expect(by.get('A-1')?.extra).toBeUndefined();
    const warnings = result.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS);
    expect(warnings.map((w) => [w.severity, w.evidence.map((e) => e.path)])).toEqual([
      ['warning', ['第3行.status', '第5行.status']],
      ['warning', ['第4行.status']],
    ]);
    expect(warnings[0]?.message).toContain('F 使用状况「外单位占用」');
    expect(warnings[0]?.message).toContain('第3行、第5行，2 张卡片');
    expect(warnings[0]?.message).toContain('statusAliases');
  });

  it('does not count such a card as in use, and says so; a stocktake that saw it decides', () => {
    const assets = importLedger(rows('在用'), { config, classes }).assets;
    const ind = assetIndicators(assets, [], 2026, { inUseStatuses: config.inUseStatuses, activeStatuses: config.activeStatuses });
    expect(ind.utilisation).toMatchObject({
      totalOriginalValue: 3_200_000,
      inUseOriginalValue: 2_500_000,
      inUseCount: 2,
      unknownStatus: { count: 2, originalValue: 700_000, words: ['外单位占用'] },
    });
    expect(indicatorsText(ind)).toContain('状态词未识别 2 项');
    expect(assetReportParagraph(ind)).toContain('另有2项资产（原值7000.00元）的使用状况未能确认，未计入在用。');
    // A stocktake: A-2 seen in use decides for it; A-4 found without a stated condition stays unknown, as booked.
    const opened = openStocktake(assets, { id: 'PD', fiscalYear: 2026, scope: {}, openedBy: '甲', openedAt: '2026-12-01T00:00:00Z' }, config);
    expect(opened.expected.map((e) => e.assetNumber), 'held cards are on the stocktake list').toEqual(['A-1', 'A-2', 'A-3', 'A-4']);
    const seen = (assetNumber: string, condition?: 'in-use') => ({ assetNumber, seenLocation: '', ...(condition ? { condition } : {}), confirmedBy: '乙', confirmedAt: '2026-12-02T00:00:00Z' });
    const closed = closeStocktake(
      { ...opened, confirmations: [seen('A-1', 'in-use'), seen('A-2', 'in-use'), seen('A-3', 'in-use'), seen('A-4')] },
      { closedBy: '甲', approvedBy: '丙', closedAt: '2026-12-03T00:00:00Z' },
    );
    expect(assetIndicators(assets, [closed], 2026).utilisation).toMatchObject({
      basis: 'stocktake',
      inUseOriginalValue: 2_800_000,
      unknownStatus: { count: 1, originalValue: 400_000 },
    });
    expect(idleForReallocation(assets, '2028-01-01', config), 'not taken for idle either').toEqual([]);
    const known = importLedger(rows('在用', '在用'), { config, classes }).assets.filter((a) => a.assetNumber !== 'A-4');
    expect(assetIndicators(known, [], 2026).utilisation.unknownStatus).toBeUndefined();
  });

  it('re-importing the same file changes nothing; once the word is mapped (here: the file says 在用) exactly those cards update and lose the mark', async () => {
    const tenant = { regionCode: '431222', departmentCode: 'status-words' };
    const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
    const sheet = (r: string[][]) => [{ sheet: 'Sheet1', rows: r }];
    const first = await importRegisterSheets(ctx, tenant, sheet(rows('在用')));
    expect(first.errors).toEqual([]);
    const again = await importRegisterSheets(ctx, tenant, sheet(rows('在用')));
    expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: 4, absent: [] });
    const mapped = await importRegisterSheets(ctx, tenant, sheet(rows('在用', '在用').map((r) => r.map((c) => (c === '外单位占用' ? '在用' : c)))));
    expect(mapped.plan?.updated.map((u) => u.assetNumber).sort()).toEqual(['A-2', 'A-4']);
    const held = await ctx.store.listAssets(tenant, {});
    expect(held.filter((a) => a.extra?.[UNMAPPED_STATUS] !== undefined)).toEqual([]);
  });

  it('writes the kept word and its mark on export, and the export re-imports unchanged', async () => {
    const tenant = { regionCode: '431222', departmentCode: 'status-words-export' };
    const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
    await importRegisterSheets(ctx, tenant, [{ sheet: 'Sheet1', rows: rows('在用') }]);
    const out = ledgerRows(await ctx.store.listAssets(tenant, {}), config);
    expect(out[0]).toContain(UNMAPPED_STATUS);
    const back = await importRegisterSheets(ctx, tenant, [{ sheet: '资产台账', rows: out }]);
    expect(back.errors).toEqual([]);
    expect(back.plan).toMatchObject({ added: [], updated: [], unchanged: 4 });
  });

  it('a status a person sets, or a stocktake states, settles the card and clears the mark', async () => {
    const { applyStocktakeToRegister, closeStocktakeFor, confirmAsset, openStocktakeFor, updateAsset } = await import('./service.ts');
    const tenant = { regionCode: '431222', departmentCode: 'status-words-settled' };
    let now = new Date('2026-12-06T12:00:00Z');
    const ctx = { store: memoryAssetStore(), config, now: () => now };
    await importRegisterSheets(ctx, tenant, [{ sheet: 'Sheet1', rows: rows('在用') }]);
    const edited = await updateAsset(ctx, tenant, 'A-2', { status: '闲置' });
    expect([edited.status, edited.extra?.[UNMAPPED_STATUS], edited.extra?.[STATED_STATUS]]).toEqual(['idle', undefined, '外单位占用']);

    const st = await openStocktakeFor(ctx, tenant, { fiscalYear: 2026, openedBy: '王' });
    now = new Date('2026-12-10T09:00:00Z');
    await confirmAsset(ctx, tenant, st.id, { assetNumber: 'A-4', condition: '在用', confirmedBy: '小刘' });
    for (const n of ['A-1', 'A-2', 'A-3']) await confirmAsset(ctx, tenant, st.id, { assetNumber: n, confirmedBy: '小刘' });
    await closeStocktakeFor(ctx, tenant, st.id, { approvedBy: '李', closedBy: '李' });
    const applied = await applyStocktakeToRegister(ctx, tenant, st.id);
    expect(applied.map((a) => [a.assetNumber, a.status, a.extra?.[UNMAPPED_STATUS]])).toEqual([['A-4', 'in-use', undefined]]);
    const held = await ctx.store.listAssets(tenant, {});
    expect(held.filter((a) => a.extra?.[UNMAPPED_STATUS] !== undefined)).toEqual([]);
  });
});

describe('a second status column (资产状态 beside 使用状况)', () => {
  const TWO = ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '使用状况', '资产状态', '卡片状态'];
  const two = (state: string): string[][] => [
    TWO,
    ['B-1', '救护车', 'A02030621', '286000', '2016-01-18', '待处置', state, '已审核'],
    ['B-2', '复印机', 'A02020100', '20000', '2021-03-18', '在用', '正常', '已审核'],
    ['B-3', '打印机', 'A02021003', '3000', '2021-03-18', '闲置', '', '未审核'],
  ];

  it('a card whose 资产状态 says 已处置 is disposed although its 使用状况 still says 待处置; other words there change nothing', () => {
    const result = importLedger(two('已处置'), { config, classes, today: '2026-12-06' });
    expect(result.errors).toEqual([]);
    const by = new Map(result.assets.map((a) => [a.assetNumber, a]));
    expect([by.get('B-1')?.status, by.get('B-2')?.status, by.get('B-3')?.status]).toEqual(['disposed', 'in-use', 'idle']);
    // Both words kept: the 使用状况 as written, the 资产状态 by its header.
    expect(by.get('B-1')?.extra).toMatchObject({ [STATED_STATUS]: '待处置', 资产状态: '已处置' });
    expect(by.get('B-1')?.statusSince).toBe('2026-12-06');
    // 正常 (and any non-disposal word) leaves the 使用状况's status: the pending card stays pending.
    expect(importLedger(two('正常'), { config, classes, today: '2026-12-06' }).assets[0]?.status).toBe('pending-scrap');
  });

  it('a register whose next export turns 资产状态 to 已处置 updates that card to 已处置; a 卡片状态 word is only kept', async () => {
    const tenant = { regionCode: '361124', departmentCode: 'two-status' };
    const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
    await importRegisterSheets(ctx, tenant, [{ sheet: 'a', rows: two('正常') }]);
    const later = await importRegisterSheets(ctx, tenant, [{ sheet: 'b', rows: two('已处置') }]);
    expect(later.plan?.updated.map((u) => [u.assetNumber, u.changes.map((c) => c.field)])).toEqual([['B-1', ['status', 'extra:资产状态']]]);
    const held = await ctx.store.listAssets(tenant, { includeDisposed: true });
    expect(held.find((a) => a.assetNumber === 'B-1')?.status).toBe('disposed');
    expect(held.find((a) => a.assetNumber === 'B-3')?.extra?.卡片状态).toBe('未审核');
  });
});
