/**
 * Twelfth blind register pair (test/fixtures/exports/blind-2026-12-06i, README there), from two different systems: a
 * township's register kept by hand in WPS 表格 (.xlsx) with 数据 → 分类汇总 applied — a 「<分类名称> 汇总」 row under
 * every class group and 总计 at the end —, 使用部门 merged by hand down runs of cards, 序号 12 twice, 取得日期 as text
 * 2019年3月5日 and 入账日期 as Excel serial numbers, 数量 and 面积(㎡) apart, statuses 在用-自用 / 在用-出租 / 在用-出借 /
 * 闲置-待调剂 / 待处置(报废) — and a hospital's 「固定资产卡片清单（含附属设备）」 saved as .ods, with 附属设备 sub-rows
 * under their card (no 卡片编号, an amount already inside the card's 原值), 行号 counting every printed line, dates as
 * serial numbers, statuses 在用 / 闲置 / 维修 / 待报废 / 已调出. Each with its next export a month later. Everything
 * asserted comes from the writer's truth.json, through the path the CLI takes. First contact, cause and fix: the README.
 */
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../core/money.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { MISSING_CLASS_CODE, STATED_STATUS } from './ledger-import.ts';
import { RULE_UNKNOWN_STATUS } from './register-checks.ts';
import { importRegisterSheets } from './service.ts';
import type { FileCountAndSums } from './testing/blind-exports.ts';
import { COMMON_PLAN_FIELDS, expectCardsAsTruth, expectCountAndSums, expectPlanChangesOnly, expectQuantityAndAreaSums, expectPlanNumbersAsTruth, expectReimportChangesNothing, heldAfterUpdate, keptColumn, readRegisterTruth, registerCardView, sheetsIn, statusWordOf } from './testing/blind-exports.ts';
import type { Asset, AssetStatus } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06i';

interface Attachment {
  readonly name: string;
  readonly spec: string;
  readonly quantity: number;
  readonly unit: string;
  readonly valueFen: number;
}
interface TruthCard {
  readonly number: string;
  readonly name: string;
  readonly classCode: string;
  readonly className: string;
  readonly spec: string;
  readonly unit: string;
  readonly quantity: number;
  /** sqz: 面积(㎡) with two decimals, '' on cards without an area. */
  readonly area?: string;
  readonly maker?: string;
  readonly originalValueFen: number;
  readonly accumulatedDepreciationFen: number;
  readonly netValueFen: number;
  readonly acquiredBy?: string;
  readonly acquiredOn: string;
  readonly bookedOn?: string;
  readonly startedOn?: string;
  readonly lifeYears?: number;
  readonly lifeMonths?: number;
  readonly monthsDepreciated?: number;
  readonly department: string;
  readonly user: string;
  readonly location?: string;
  readonly status: string;
  readonly note: string;
  readonly attachments?: readonly Attachment[];
}
interface FileTruth extends FileCountAndSums {
  readonly quantitySum: number;
  readonly areaSum?: string;
  readonly classSubtotalRows?: number;
  readonly attachmentRows?: number;
  readonly cards: readonly TruthCard[];
}

const truth = readRegisterTruth<FileTruth>(DIR);
const config = loadAssetConfig();
const sheetsOf = sheetsIn(DIR);
const statusWord = statusWordOf(config);
const sqz = (name: string) => name.startsWith('register-sqz');

/** The column a card's 附属设备 sub-rows are kept in (data/assets/register-columns.json attachmentRows.header). */
const ATTACHMENTS = '附属设备';

/**
 * The README's readings of the status words. A two-part word is read by its main part (在用-出租 and 在用-出借: let or
 * lent, in use; 闲置-待调剂 idle; 待处置(报废) awaiting scrapping); 维修 is in use (under repair, still the unit's);
 * 已调出 is transferred out (调拨 is a form of 处置): the card leaves the holdings as disposed, its word kept.
 */
const STATUS_OF: Readonly<Record<string, AssetStatus>> = {
  '在用-自用': 'in-use',
  '在用-出租': 'in-use',
  '在用-出借': 'in-use',
  '闲置-待调剂': 'idle',
  '待处置(报废)': 'pending-scrap',
  在用: 'in-use',
  闲置: 'idle',
  维修: 'in-use',
  待报废: 'pending-scrap',
  已调出: 'disposed',
};

/** Where a truth.json change shows in the update plan: the card's field, or the column kept by its header. */
const PLAN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ...COMMON_PLAN_FIELDS,
  monthsDepreciated: ['extra:已提月数'],
};

/** An item of a 附属设备 sub-row as the card keeps it: name, 型号规格, 数量 with 单位, amount in 元. */
const attachmentText = (x: Attachment) =>
  [x.name, x.spec, `${x.quantity}${x.unit}`, formatAmount(x.valueFen, { unit: '元', decimals: 2 })].filter((s) => s !== '').join(' ');

/** Every column of a card, the file's own columns included (by their headers as the file writes them). */
function cardView(file: string, a: Asset | undefined) {
  const common = { ...registerCardView(a, statusWord), code: [a?.classCode, a?.className], quantity: a?.quantity };
  if (sqz(file)) {
    const area = keptColumn(a, '面积(㎡)');
    return { ...common, area: area === '' ? '' : Number(area), dates: [a?.acquiredOn, a?.bookedOn], acquiredBy: keptColumn(a, '取得方式'), life: keptColumn(a, '使用年限') };
  }
  return {
    ...common,
    maker: keptColumn(a, '生产厂家'),
    dates: [a?.acquiredOn, keptColumn(a, '启用日期'), a?.bookedOn],
    months: [Number(keptColumn(a, '折旧年限(月)')), Number(keptColumn(a, '已提月数'))],
    attachments: keptColumn(a, ATTACHMENTS),
  };
}
function truthView(file: string, c: TruthCard) {
  const common = {
    name: c.name,
    code: [c.classCode, c.className],
    spec: c.spec,
    unit: c.unit,
    quantity: c.quantity,
    fen: [c.originalValueFen, c.accumulatedDepreciationFen, c.netValueFen],
    dept: c.department,
    user: c.user,
    location: c.location ?? '',
    status: c.status,
    mapped: STATUS_OF[c.status],
    note: c.note,
  };
  if (sqz(file)) {
    // 使用年限 in years; the land's is the text 不提折旧 (truth.json: 0), kept as written.
    return {
      ...common,
      area: c.area === '' ? '' : Number(c.area),
      dates: [c.acquiredOn, c.bookedOn],
      acquiredBy: c.acquiredBy,
      life: c.lifeYears === 0 ? '不提折旧' : String(c.lifeYears),
    };
  }
  return {
    ...common,
    maker: c.maker,
    // 购置日期 is the acquisition date; 启用日期 (a serial number too) is kept beside it as a date; no 入账日期 column.
    dates: [c.acquiredOn, c.startedOn, undefined],
    months: [c.lifeMonths, c.monthsDepreciated],
    attachments: (c.attachments ?? []).map(attachmentText).join('；'),
  };
}

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  // The sums are the file's 总计 / 合计, to the 分: no 汇总 row and no 附属设备 amount counted again.
  expectCountAndSums(assets, t);
  expectQuantityAndAreaSums(assets, t);
  expectCardsAsTruth(assets, t.cards, (a) => cardView(file, a), (c) => truthView(file, c), (c, a) => {
    expect(a?.extra?.[MISSING_CLASS_CODE], c.number).toBeUndefined();
    // A card's accessories are part of its 原值, never more than it.
    const inside = (c.attachments ?? []).reduce((s, x) => s + x.valueFen, 0);
    expect(inside, c.number).toBeLessThanOrEqual(a?.originalValue ?? 0);
  });
};

describe('blind register exports 2026-12-06i (WPS .xlsx with 分类汇总 rows and hand merges; hospital .ods with 附属设备 sub-rows)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card and column as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone one`, async () => {
      const tenant = { regionCode: '530000', departmentCode: `blind-2026-12-06i-${i}` };
      const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
      const first = await importRegisterSheets(ctx, tenant, await sheetsOf(u.from));
      expect(first.errors).toEqual([]);
      // Every status word of the pair is mapped by the shipped data (two-part words by their main part).
      expect(first.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS)).toEqual([]);
      expect(first.fieldsPresent).toEqual(expect.arrayContaining(['classCode', 'originalValue', 'accumulatedDepreciation', 'netValue']));
      expect(first.rowCount).toBe(truth.files[u.from]!.cardCount);
      expect(first.headerRow).toBe(3);
      const t0 = truth.files[u.from]!;
      // The 汇总 rows and 总计 are totals, reported as skipped; the 附属设备 sub-rows are counted apart, not as cards.
      expect(first.skipped?.total).toBe((t0.classSubtotalRows ?? 0) + 1);
      expect(first.skipped?.attachment ?? 0).toBe(t0.attachmentRows ?? 0);
      expect(first.ignoredSheets ?? []).toEqual([]);
      expectFile(u.from, first.assets);

      await expectReimportChangesNothing(importRegisterSheets(ctx, tenant, await sheetsOf(u.from)), t0.cardCount);

      const later = await importRegisterSheets(ctx, tenant, await sheetsOf(u.to));
      expect(later.errors).toEqual([]);
      expect(later.skipped?.attachment ?? 0).toBe(truth.files[u.to]!.attachmentRows ?? 0);
      expectFile(u.to, later.assets);
      const plan = later.plan!;
      expectPlanNumbersAsTruth(plan, u);
      // The gone cards were 在用-自用 (transferred, not disposed) and 待报废 (held): listed as missing, not as disposed.
      expect(plan.disposedAbsent).toEqual([]);
      expect(plan.absent.map((g) => g.status)).toEqual(u.gone.map((g) => STATUS_OF[g.status!]));
      // Each changed card changes in exactly the fields truth.json names.
      expectPlanChangesOnly(plan, u.changed, PLAN_FIELDS);
      // Held after the update: every card of the next export as truth.json says, and its sums.
      const { held, inNext } = await heldAfterUpdate(ctx.store, tenant, later.assets);
      expectFile(u.to, inNext);
      // The gone card is still held (never deleted), with its status.
      for (const g of u.gone) expect(held.find((a) => a.assetNumber === g.number)?.status, g.number).toBe(STATUS_OF[g.status!]);
      // A card still listed as 已调出 is an update (its status), held as disposed with its word — not gone, not a new card.
      for (const c of u.changed.filter((x) => (x.changed.status as { to?: string } | undefined)?.to === '已调出')) {
        const h = held.find((a) => a.assetNumber === c.number);
        expect(h?.status, c.number).toBe('disposed');
        expect(h?.extra?.[STATED_STATUS], c.number).toBe('已调出');
      }
    });
  }
});
