/**
 * The second pass of blind registers (test/fixtures/exports/README.md, “Written blind, second pass”): a 财政部
 * 资产管理信息系统 2.0 GBK CSV (group row above the fields, 序号/备注 merged down, 小计 per class), a 浪潮 卡片台账
 * .xlsx in 万元 (资产类别 “2010104 台式机” in one cell, 小计 under 卡片编号), a 省级 web “.xls” that is a GB2312
 * HTML table, and a 用友 GRP-A++ .xlsx with a merged two-row header — all on GB/T 14885-2010 codes — each with the
 * next month's export. Every file imports unedited; totals are the files' own 合计 rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../reference/paths.ts';
import { readTableRows } from '../reference/table-file.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { STATED_QUANTITY, STATED_STATUS } from './ledger-import.ts';
import { importLedgerRows } from './service.ts';
import type { Asset } from './types.ts';

const TENANT = { regionCode: '431028', departmentCode: 'blind-register-2' };
const rowsOf = async (name: string) => (await readTableRows(readFileSync(repoPath(`test/fixtures/exports/${name}`)), name)).all;
const context = (day: string) => ({ store: memoryAssetStore(), config: loadAssetConfig(), now: () => new Date(`${day}T10:00:00Z`) });
const sums = (cards: readonly Asset[]) => [
  cards.reduce((s, a) => s + a.originalValue, 0),
  cards.reduce((s, a) => s + (a.accumulatedDepreciation ?? 0), 0),
  cards.reduce((s, a) => s + (a.netValue ?? 0), 0),
];

interface Case {
  readonly shape: string;
  readonly first: string;
  readonly next: string;
  readonly cards: number;
  /** The 2024 file's 合计 row, 原值 / 累计折旧 / 净值 in 分. */
  readonly total: readonly number[];
  readonly nextTotal: readonly number[];
  readonly extra: readonly string[];
  readonly updated: readonly string[];
  readonly added: readonly string[];
  readonly absent: readonly string[];
}

const cases: readonly Case[] = [
  {
    shape: '财政部 2.0 GBK CSV', first: 'register-czb2-2024.csv', next: 'register-czb2-2025-01.csv', cards: 118,
    total: [695_870_245, 251_932_373, 443_937_872], nextTotal: [695_800_445, 251_392_359, 444_408_086],
    extra: ['取得方式', '财政拨款', '非财政拨款', '折旧方法', '折旧年限（月）', '备注'],
    updated: ['43102800122013000068', '43102800122014000052', '43102800122020000029', '43102800122024000062'],
    added: ['43102800122025000119'], absent: ['43102800122012000026'],
  },
  {
    shape: '浪潮 .xlsx in 万元', first: 'register-inspur-2024.xlsx', next: 'register-inspur-2025-01.xlsx', cards: 84,
    total: [1_004_903_047, 353_346_410, 651_556_637], nextTotal: [1_005_572_707, 352_679_769, 652_892_938],
    extra: ['卡片编号', '取得方式', '财政拨款', '非财政拨款', '折旧方法', '使用年限(年)', '已提月份', '备注'],
    updated: ['ZRZY-2013-0028', 'ZRZY-2015-0083', 'ZRZY-2019-0079'], added: ['ZRZY-2025-0085', 'ZRZY-2025-0086'], absent: ['ZRZY-2019-0045'],
  },
  {
    shape: '省级 web HTML .xls in GB2312', first: 'register-ythweb-2024.xls', next: 'register-ythweb-2025-01.xls', cards: 66,
    total: [534_869_456, 193_929_776, 340_939_680], nextTotal: [534_836_612, 193_444_371, 341_392_241],
    extra: ['财政拨款', '非财政拨款', '取得方式', '折旧方法', '折旧年限（年）', '备注'],
    // The card gone (43120201500046) was 报废 in the 2024 file, so it was already disposed: not listed as absent.
    updated: ['43120201500027', '43120201500035', '43120201500062'], added: ['43120201500067', '43120201500068'], absent: [],
  },
  {
    shape: '用友 GRP-A++ .xlsx', first: 'register-grpa-2024.xlsx', next: 'register-grpa-2025-01.xlsx', cards: 102,
    total: [805_255_991, 294_470_044, 510_785_947], nextTotal: [804_515_621, 293_579_288, 510_936_333],
    extra: ['卡片编号', '增加方式', '财政性资金', '非财政性资金', '折旧方法', '预计使用月份', '已计提月份', '备注'],
    updated: ['WLGD20130067', 'WLGD20160068', 'WLGD20190046', 'WLGD20210037'], added: ['WLGD20250103'], absent: ['WLGD20130079'],
  },
];

describe('blind registers, second pass', () => {
  for (const c of cases) {
    it(`${c.shape}: imports unedited with every card and column; re-import changes nothing; next month updates exactly the changed cards`, async () => {
      const ctx = context('2025-01-06');
      const result = await importLedgerRows(ctx, TENANT, await rowsOf(c.first));
      expect(result.errors).toEqual([]);
      expect(result.extraColumns).toEqual(c.extra);
      expect(result.findings.filter((f) => f.rule === 'asset-older-class-code').map((f) => f.severity)).toEqual(['warning']);
      const cards = await ctx.store.listAssets(TENANT, { includeDisposed: true });
      expect(cards).toHaveLength(c.cards);
      expect(sums(cards)).toEqual(c.total);
      for (const a of cards) {
        expect(a.className, a.assetNumber).toMatch(/^\p{Script=Han}/u);
        expect(a.classCode, a.assetNumber).toMatch(/^[1-6]\d{6}$/);
        expect(a.bookedOn, a.assetNumber).toMatch(/^20\d\d-\d\d-\d\d$/);
        expect(a.departmentUnit, a.assetNumber).not.toBe('');
      }
      const building = cards.find((a) => a.name === '机关办公楼')!;
      expect(building.unit).toBe('平方米');
      expect(Number(building.extra?.[STATED_QUANTITY]), 'the area is kept').toBeGreaterThan(1000);
      const lent = cards.filter((a) => a.extra?.[STATED_STATUS] === '出借');
      expect(lent.length, '出借 is kept beside 在用').toBeGreaterThan(0);
      expect(lent.every((a) => a.status === 'in-use')).toBe(true);

      const before = await ctx.store.listAssets(TENANT, { includeDisposed: true });
      const again = await importLedgerRows(ctx, TENANT, await rowsOf(c.first));
      expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: c.cards, absent: [] });
      expect(await ctx.store.listAssets(TENANT, { includeDisposed: true })).toEqual(before);

      const feb = { ...ctx, now: () => new Date('2025-02-05T10:00:00Z') };
      const later = await rowsOf(c.next);
      const plan = (await importLedgerRows(feb, TENANT, later, { preview: true })).plan!;
      expect(plan.updated.map((u) => u.assetNumber).sort()).toEqual(c.updated);
      expect(plan.added.map((a) => a.assetNumber).sort()).toEqual(c.added);
      expect(plan.absent.map((a) => a.assetNumber).sort()).toEqual(c.absent);
      await importLedgerRows(feb, TENANT, later);
      const now = await ctx.store.listAssets(TENANT);
      const inFile = now.filter((a) => !c.absent.includes(a.assetNumber) && a.status !== 'disposed');
      expect(sums(inFile)).toEqual(c.nextTotal);
      expect((await importLedgerRows(feb, TENANT, later, { preview: true })).plan).toMatchObject({ added: [], updated: [] });
    });
  }

  it('浪潮: the 资产类别 cell gives code and name; amounts in 万元 are read to the 分', async () => {
    const ctx = context('2025-01-06');
    await importLedgerRows(ctx, TENANT, await rowsOf('register-inspur-2024.xlsx'));
    const desk = (await ctx.store.listAssets(TENANT)).find((a) => a.assetNumber === 'ZRZY-2013-0028')!;
    expect(desk).toMatchObject({ classCode: '2010104', className: '台式机', originalValue: 648_185 });
    expect(desk.extra?.['卡片编号']).toMatch(/^KP\d{6}$/);
  });
});
