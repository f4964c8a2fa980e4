/**
 * Eighteenth blind register pair (test/fixtures/exports/blind-2026-12-07o, README there), asked of its writer as the
 * typical case rather than a new shape: a 行政事业单位资产管理信息系统 资产卡片 export (.xlsx; title, 单位名称/导出日期 and
 * 金额单位 rows, 合计, a 制表人/审核人/打印日期 footer; a building and land with their area in 数量) and a 用友 GRP-U8
 * 固定资产 卡片列表 saved as GBK CSV (卡片编号 beside 资产编号, "2,148,500.00" amounts, yyyy/m/d dates). It imported with
 * every card at first contact on code not changed for it; this test keeps it so. Everything asserted comes from the
 * writer's truth.json, through the path the CLI takes.
 */
import { describe, expect, it } from 'vitest';
import { memoryAssetStore } from './index.ts';
import { RULE_UNKNOWN_STATUS } from './register-checks.ts';
import { importRegisterSheets } from './service.ts';
import type { FileCountAndSums, RegisterCardTruth } from './testing/blind-exports.ts';
import {
  blindPair,
  COMMON_PLAN_FIELDS,
  expectCardsAsTruth,
  expectCountAndSums,
  expectNextExportAsTruth,
  expectReimportChangesNothing,
  keptColumn,
  registerCardView,
  registerTruthView,
} from './testing/blind-exports.ts';
import type { Asset, AssetStatus } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-07o';

interface TruthCard extends RegisterCardTruth {
  readonly className: string;
  /** A count of items, or an area in 平方米 for a building or land (2386.4). */
  readonly quantity: number;
  readonly acquiredOn: string;
  readonly bookedOn: string;
  readonly acquireMode: string;
}
interface FileTruth extends FileCountAndSums {
  readonly cards: readonly TruthCard[];
}

const { truth, config, sheetsOf, statusWord } = blindPair<FileTruth>(DIR);

/** The pair's status words as data/assets/register-columns.json groups them (出租出借 is a use of the asset). */
const STATUS_OF: Readonly<Record<string, AssetStatus>> = {
  在用: 'in-use',
  出租出借: 'in-use',
  闲置: 'idle',
  待处置: 'pending-scrap',
};

/** The area units among the pair's 计量单位 (the building's and the land's 平方米). */
const AREA_UNITS = new Set(['平方米']);

const cardView = (a: Asset | undefined) => ({
  ...registerCardView(a, statusWord),
  className: a?.className,
  // A card counts items: an area in 数量 makes one card, the area kept beside it as the export wrote it.
  quantity: a?.quantity,
  area: keptColumn(a, '数量（非整数）'),
  acquired: a?.acquiredOn,
  booked: a?.bookedOn,
  mode: keptColumn(a, '取得方式') || keptColumn(a, '增加方式'),
});
const truthView = (c: TruthCard) => ({
  ...registerTruthView(c, STATUS_OF),
  className: c.className,
  quantity: AREA_UNITS.has(c.unit) ? 1 : c.quantity,
  area: AREA_UNITS.has(c.unit) ? String(c.quantity) : '',
  acquired: c.acquiredOn,
  booked: c.bookedOn,
  mode: c.acquireMode,
});

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  expectCountAndSums(assets, t);
  expectCardsAsTruth(assets, t.cards, cardView, truthView);
};

describe('blind register exports 2026-12-07o (typical: 资产管理信息系统 资产卡片 .xlsx; 用友 GRP-U8 卡片列表 GBK CSV)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone`, async () => {
      const tenant = { regionCode: '431222', departmentCode: `blind-2026-12-07o-${i}` };
      const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-07T12:00:00Z') };
      const first = await importRegisterSheets(ctx, tenant, await sheetsOf(u.from));
      expect(first.errors).toEqual([]);
      expect(first.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS)).toEqual([]);
      const t0 = truth.files[u.from]!;
      expect(first.rowCount).toBe(t0.cardCount);
      expectFile(u.from, first.assets);

      await expectReimportChangesNothing(importRegisterSheets(ctx, tenant, await sheetsOf(u.from)), t0.cardCount);

      await expectNextExportAsTruth(importRegisterSheets(ctx, tenant, await sheetsOf(u.to)), u, { store: ctx.store, tenant, expectFile, planFields: COMMON_PLAN_FIELDS });
    });
  }
});
