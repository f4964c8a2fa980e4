/**
 * The blind register pairs asked of their writers as the typical case rather than a new shape (READMEs there):
 * - 18th, test/fixtures/exports/blind-2026-12-07o: a 行政事业单位资产管理信息系统 资产卡片 export (.xlsx; title, 单位名称/导出日期
 *   and 金额单位 rows, 合计, a 制表人/审核人/打印日期 footer; a building and land with their area in 数量) and a 用友 GRP-U8
 *   固定资产 卡片列表 saved as GBK CSV (卡片编号 beside 资产编号, "2,148,500.00" amounts, yyyy/m/d dates);
 * - 19th, test/fixtures/exports/blind-2026-12-07p: a provincial 资产卡片 export saved as Excel 97–2003 .xls and an asset
 *   system's 「导出CSV」 in GBK;
 * - 20th, test/fixtures/exports/blind-2026-12-07q: the 资产云 资产卡片 export (.xlsx, date cells, 会计凭证号, 使用方向, 折旧状态,
 *   a 名义金额 land card) and a 浪潮 GS 卡片台账 (.xls; 卡片编号 beside 资产编号, 资金来源, 月折旧额, 已提月份), whose next
 *   export changes most cards by a month's depreciation only;
 * - 21st, test/fixtures/exports/blind-2026-12-07r: a 行政事业单位资产管理信息系统 资产卡片 list saved as GBK CSV (title, 单位 and
 *   截止日期 lines, "1,234.00" amounts, 合计, 制表人/打印日期 footer) and a 久其 卡片明细 .xlsx (two-row merged header: 取得信息 over
 *   取得方式/取得日期/入账日期/凭证号, 价值信息 over 原值/累计折旧/净值 …; 资产分类 as `[A02010105]台式计算机`);
 * - 22nd, test/fixtures/exports/blind-2026-12-07s: a 财政部版 资产卡片 .xls (BIFF8; title, 单位名称 and 导出日期/截止日期 rows,
 *   header on row 4, 24 columns, 合计 and a 制表人/审核人/单位负责人 footer) and a provincial platform's 资产明细账 as a UTF-8-BOM CSV
 *   (every cell quoted, a two-row header whose group names stand over their first column only, "6,385,200.00" amounts,
 *   cells with line breaks and commas, 已提月数 for 已提月份, the cards in another order).
 * Each imported with every card at first contact on code not changed for it; this test keeps it so. Everything asserted
 * comes from the writer's truth.json, through the path the CLI takes.
 */
import { describe, it } from 'vitest';
import type { FileCountAndSums, RegisterCardTruth } from './testing/blind-exports.ts';
import {
  blindPair,
  COMMON_PLAN_FIELDS,
  expectCardsAsTruth,
  expectCountAndSums,
  expectReimportThenNextAsTruth,
  importFirstExport,
  keptColumn,
  registerCardView,
  registerTruthView,
} from './testing/blind-exports.ts';
import type { Asset, AssetStatus } from './types.ts';

interface TruthCard extends RegisterCardTruth {
  readonly className: string;
  /** A count of items, or an area in 平方米 for a building or land (2386.4). */
  readonly quantity: number;
  readonly acquiredOn: string;
  readonly bookedOn: string;
  /** 取得方式 as written (the 18th pair's key, the 19th's). */
  readonly acquireMode?: string;
  readonly acquisitionMethod?: string;
  /** The 20th pair's columns that no card field holds, kept beside the card as the export wrote them. */
  readonly voucher?: string;
  readonly usageDirection?: string;
  readonly depreciationState?: string;
  readonly fundingSource?: string;
  readonly depreciatedMonths?: number;
}
interface FileTruth extends FileCountAndSums {
  readonly cards: readonly TruthCard[];
}

/** The pair's status words as data/assets/register-columns.json groups them (出租出借 is a use of the asset). */
const STATUS_OF: Readonly<Record<string, AssetStatus>> = {
  在用: 'in-use',
  出租出借: 'in-use',
  出借: 'in-use',
  出租: 'in-use', // 22nd pair: the .xls writes 出租 alone
  闲置: 'idle',
  待处置: 'pending-scrap',
  待报废: 'pending-scrap',
};

/** The area units among the pair's 计量单位 (the building's and the land's 平方米). */
const AREA_UNITS = new Set(['平方米']);

const cardView = (statusWord: (a: Asset) => string) => (a: Asset | undefined) => ({
  ...registerCardView(a, statusWord),
  className: a?.className,
  // A card counts items: an area in 数量 makes one card, the area kept beside it as the export wrote it.
  quantity: a?.quantity,
  area: keptColumn(a, '数量（非整数）'),
  acquired: a?.acquiredOn,
  booked: a?.bookedOn,
  mode: keptColumn(a, '取得方式') || keptColumn(a, '增加方式'),
  // 会计凭证号 (20th pair) or 凭证号 under 取得信息 (21st pair's 久其 file): the same voucher, kept by the header it had.
  kept: [keptColumn(a, '会计凭证号') || keptColumn(a, '凭证号'), keptColumn(a, '使用方向'), keptColumn(a, '折旧状态'), a?.fundingSource ?? '', keptColumn(a, '已提月份') || keptColumn(a, '已提月数')],
});
const truthView = (c: TruthCard) => ({
  ...registerTruthView(c, STATUS_OF),
  className: c.className,
  quantity: AREA_UNITS.has(c.unit) ? 1 : c.quantity,
  area: AREA_UNITS.has(c.unit) ? String(c.quantity) : '',
  acquired: c.acquiredOn,
  booked: c.bookedOn,
  mode: c.acquireMode ?? c.acquisitionMethod,
  kept: [c.voucher ?? '', c.usageDirection ?? '', c.depreciationState ?? '', c.fundingSource ?? '', c.depreciatedMonths === undefined ? '' : String(c.depreciatedMonths)],
});

/** Where the 20th pair's own changed fields show in an update plan: the kept columns they were read from. */
const PLAN_FIELDS = {
  ...COMMON_PLAN_FIELDS,
  name: ['name'],
  depreciationState: ['extra:折旧状态'],
  depreciatedMonths: ['extra:已提月份', 'extra:已提月数'],
  usageDirection: ['extra:使用方向'],
  monthlyDepreciationFen: ['extra:月折旧额'],
};

for (const dir of ['test/fixtures/exports/blind-2026-12-07o', 'test/fixtures/exports/blind-2026-12-07p', 'test/fixtures/exports/blind-2026-12-07q', 'test/fixtures/exports/blind-2026-12-07r', 'test/fixtures/exports/blind-2026-12-07s']) {
  const pair = blindPair<FileTruth>(dir);
  const { truth, statusWord } = pair;
  const name = dir.slice(dir.lastIndexOf('/') + 1);
  const expectFile = (file: string, assets: readonly Asset[]) => {
    const t = truth.files[file]!;
    expectCountAndSums(assets, t);
    expectCardsAsTruth(assets, t.cards, cardView(statusWord), truthView);
  };

  describe(`typical register exports ${name}`, () => {
    for (const [i, u] of truth.updates.entries()) {
      it(`${u.from}: imports unedited with every card as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone`, async () => {
        const c = await importFirstExport(pair, u, { regionCode: '431222', departmentCode: `${name}-${i}` }, '2026-12-07T12:00:00Z');
        expectFile(u.from, c.first.assets);
        await expectReimportThenNextAsTruth(c, u, { expectFile, planFields: PLAN_FIELDS });
      });
    }
  });
}
