/**
 * Sixteenth blind register pair (test/fixtures/exports/blind-2026-12-06m, README there), from two different systems: a
 * 用友 U8+ 固定资产 「卡片管理」 list output to .xlsx — 固定资产编号 beside 卡片编号, 固定资产名称, 类别编号/类别名称, 部门名称 with
 * 使用比例 (two departments in one cell, 新闻采编部/播出技术部 60%/40%), 录入日期, 净值 and 净额 as formulas with cached
 * values, number cells with float noise (683310.6800000001), SUBTOTAL 小计 rows, U8 statuses 季节性停用 / 经营性出租 /
 * 大修理停用 / 不需用 — and a province 资产云 GBK CSV with ￥-text amounts whose later export has another column order and
 * one column more (卡片状态). Each with its next export. Everything asserted comes from the writer's truth.json, through
 * the path the CLI takes. First contact, cause and fix: the README.
 */
import { describe, expect, it } from 'vitest';
import { parseFen } from '../core/money.ts';
import type { CardTruthBase, FileCountAndSums } from './testing/blind-exports.ts';
import {
  blindPair,
  COMMON_PLAN_FIELDS,
  COMMON_STATUS_OF,
  expectCardsAsTruth,
  expectCountAndSums,
  expectNextExportAsTruth,
  expectQuantityAndAreaSums,
  expectReimportChangesNothing,
  importFirstExport,
  keptColumn,
  registerCardView,
  registerSums,
  registerTruthView,
} from './testing/blind-exports.ts';
import type { Asset, AssetStatus } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06m';

interface TruthCard extends CardTruthBase {
  readonly className: string;
  readonly spec: string;
  readonly unit: string;
  readonly quantity: number;
  readonly department: string;
  readonly user: string;
  readonly location: string;
  readonly acquiredOn: string;
  readonly bookedOn: string;
  readonly acquisition: string;
  // zprm (用友 U8+)
  readonly cardNo?: string;
  readonly classGroup?: string;
  readonly useRatio?: string;
  readonly lifeMonths?: number;
  readonly method?: string;
  readonly monthsDepreciated?: number;
  readonly monthlyDepreciationFen?: number;
  readonly impairmentFen?: number;
  readonly netAmountFen?: number;
  // zptj (资产云)
  readonly area?: string;
  readonly valueType?: string;
  readonly fiscalFen?: number;
  readonly nonFiscalFen?: number;
  readonly direction?: string;
}
type Sums = { readonly originalValueFen: number; readonly accumulatedDepreciationFen: number; readonly netValueFen: number };
interface FileTruth extends FileCountAndSums {
  readonly cards: readonly TruthCard[];
  readonly quantitySum?: number;
  readonly classSubtotals?: Readonly<Record<string, Sums>>;
  readonly departmentSubtotals?: Readonly<Record<string, Sums>>;
  readonly fiscalFen?: number;
  readonly nonFiscalFen?: number;
}

const pair = blindPair<FileTruth>(DIR);
const { truth, statusWord } = pair;
const u8 = (file: string) => file.startsWith('register-zprm');

/**
 * The status words of the pair as data/assets/register-columns.json groups them. 用友's 使用状况 puts 季节性停用, 经营性出租
 * and 大修理停用 under 使用中 (needed, depreciated: in use); 不需用 is held and not needed (idle). 资产云's 出借 is a use of
 * the asset; 待处置 awaits disposal.
 */
const STATUS_OF: Readonly<Record<string, AssetStatus>> = { ...COMMON_STATUS_OF, 季节性停用: 'in-use', 经营性出租: 'in-use', 大修理停用: 'in-use', 不需用: 'idle' };

/** A column kept by its header as an amount in 分 ('' when the card has none): 净额 683310.68, ￥3,286,500.00. */
const keptFen = (a: Asset | undefined, header: string): number | undefined => {
  const v = keptColumn(a, header);
  return v === '' ? undefined : parseFen(v);
};

const cardView = (file: string) => (a: Asset | undefined) => ({
  ...registerCardView(a, statusWord),
  // The U8 list has no 计量单位 column: the card has no unit.
  unit: a?.unit ?? '',
  className: a?.className,
  quantity: a?.quantity,
  acquired: a?.acquiredOn,
  // U8's 录入日期 (the day the card was entered into the system) is no booking date: kept under its header, where the
  // truth's bookedOn is its value (data/assets/register-columns.json source).
  booked: u8(file) ? keptColumn(a, '录入日期') : a?.bookedOn,
  ...(u8(file)
    ? {
        cardNo: keptColumn(a, '卡片编号'),
        useRatio: keptColumn(a, '使用比例'),
        acquisition: keptColumn(a, '增加方式'),
        life: keptColumn(a, '使用年限(月)'),
        method: keptColumn(a, '折旧方法'),
        months: keptColumn(a, '已计提月份'),
        monthly: keptFen(a, '月折旧额'),
        impairment: keptFen(a, '减值准备'),
        netAmount: keptFen(a, '净额'),
      }
    : {
        area: keptColumn(a, '面积(㎡)'),
        valueType: keptColumn(a, '价值类型'),
        acquisition: keptColumn(a, '取得方式'),
        fiscal: keptFen(a, '其中:财政拨款(元)'),
        nonFiscal: keptFen(a, '其中:非财政拨款(元)'),
        direction: keptColumn(a, '使用方向'),
      }),
});
const truthView = (file: string) => (c: TruthCard) => ({
  ...registerTruthView(c, STATUS_OF),
  className: c.className,
  quantity: c.quantity,
  acquired: c.acquiredOn,
  booked: c.bookedOn,
  ...(u8(file)
    ? {
        cardNo: c.cardNo,
        useRatio: c.useRatio,
        acquisition: c.acquisition,
        life: String(c.lifeMonths),
        method: c.method,
        months: String(c.monthsDepreciated),
        monthly: c.monthlyDepreciationFen,
        impairment: c.impairmentFen,
        netAmount: c.netAmountFen,
      }
    : {
        area: c.area ?? '',
        valueType: c.valueType,
        acquisition: c.acquisition,
        fiscal: c.fiscalFen,
        nonFiscal: c.nonFiscalFen,
        direction: c.direction,
      }),
});

/** The cards' three sums per group, the group of each card given by `groupOf`. */
const sumsBy = (assets: readonly Asset[], groupOf: (a: Asset) => string | undefined): Record<string, Sums> => {
  const out: Record<string, Sums> = {};
  const groups = new Map<string, Asset[]>();
  for (const a of assets) {
    const g = groupOf(a) ?? '?';
    groups.set(g, [...(groups.get(g) ?? []), a]);
  }
  for (const [g, xs] of groups) {
    const [o, d, n] = registerSums(xs);
    out[g] = { originalValueFen: o!, accumulatedDepreciationFen: d!, netValueFen: n! };
  }
  return out;
};

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  expectCountAndSums(assets, t);
  expectCardsAsTruth(assets, t.cards, cardView(file), truthView(file));
  if (t.quantitySum !== undefined) expectQuantityAndAreaSums(assets, { quantitySum: t.quantitySum });
  if (t.classSubtotals !== undefined) {
    // Each 小计 of the unit's own 大类 (a label only, not a column) equals the sums of the cards read under it.
    const groupOf = new Map(t.cards.map((c) => [c.number, c.classGroup]));
    expect(sumsBy(assets, (a) => groupOf.get(a.assetNumber))).toEqual(t.classSubtotals);
  }
  // Each 使用部门 小计 equals the sums of the cards read with that department.
  if (t.departmentSubtotals !== undefined) expect(sumsBy(assets, (a) => a.departmentUnit)).toEqual(t.departmentSubtotals);
  if (t.fiscalFen !== undefined) {
    expect(assets.reduce((s, a) => s + (keptFen(a, '其中:财政拨款(元)') ?? 0), 0)).toBe(t.fiscalFen);
    expect(assets.reduce((s, a) => s + (keptFen(a, '其中:非财政拨款(元)') ?? 0), 0)).toBe(t.nonFiscalFen);
  }
};

const PLAN_FIELDS = {
  ...COMMON_PLAN_FIELDS,
  monthsDepreciated: ['extra:已计提月份'],
  netAmountFen: ['extra:净额'],
  direction: ['extra:使用方向'],
};

describe('blind register exports 2026-12-06m (用友 U8+ 卡片管理 .xlsx with formula cells; 资产云 GBK CSV whose later export has another layout)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone`, async () => {
      const c = await importFirstExport(pair, u, { regionCode: '431222', departmentCode: `blind-2026-12-06m-${i}` }, '2026-12-07T12:00:00Z');
      const { first, t0 } = c;
      // Every 小计 (of a 大类 or of a 使用部门) and the 合计 are skipped as totals, none read as a card.
      expect(first.skipped?.total).toBe(Object.keys(t0.classSubtotals ?? t0.departmentSubtotals ?? {}).length + 1);
      expectFile(u.from, first.assets);

      await expectReimportChangesNothing(c.importFile(u.from), t0.cardCount);

      // The later export's columns that the earlier one did not have: filled in on the cards, no change of any card.
      const preview = await c.importFile(u.to, { preview: true });
      const added = (preview.extraColumns ?? []).filter((h) => !(first.extraColumns ?? []).includes(h));
      expect(preview.plan?.newColumns ?? []).toEqual(added);
      if (added.length > 0) expect(preview.plan?.filled).toHaveLength(u.expected.unchanged!);

      await expectNextExportAsTruth(c.importFile(u.to), u, {
        store: c.ctx.store,
        tenant: c.tenant,
        expectFile,
        planFields: PLAN_FIELDS,
        goneStatusOf: (w) => STATUS_OF[w]!,
      });
      // A new column was written onto every card of the later export, so importing it again changes nothing (the gone
      // cards stay listed as missing).
      await expectReimportChangesNothing(c.importFile(u.to), truth.files[u.to]!.cardCount, {
        absent: u.gone.map((g) => ({ assetNumber: g.number, name: t0.cards.find((c) => c.number === g.number)!.name, status: STATUS_OF[g.status!]! })),
      });
    });
  }
});
