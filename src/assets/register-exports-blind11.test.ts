/**
 * Eleventh blind register pair (test/fixtures/exports/blind-2026-12-06h, README there), from two different systems: a
 * county 人社局's 预算管理一体化 资产模块 「资产卡片查询 → 导出」 as a flat UTF-8-BOM CSV (header on line 1, every field
 * quoted, 单位代码 / 单位名称 / 会计期间 repeated on every row, 18-digit 资产编号 beyond 2^53, ISO dates with a T time, 数量
 * as text with two decimals, 已折旧月数 beside 使用年限（月）, statuses 自用 / 对外出租 / 对外出借 / 闲置 / 待处置) — and a
 * school 资产管理平台's 「固定资产明细账 → 打印到Excel」 BIFF8 .xls (pages of 12 cards, the two-row merged header —
 * 价值信息（元） over 原值 / 累计折旧 / 净值 … — repeated at the top of every page, 承前页 / 本页小计 / 过次页 / 合计 rows,
 * 第N页 共M页 lines, the class by name only, dates as number cells 20190305, 使用年限(年), 领用人, 处置日期, statuses 在用 /
 * 在库 / 借用 / 送修 / 报废中 / 已报废 with a 已报废 card still listed). Each with its next export a month later: a card
 * split (sxrs) and two cards merged (lqez). Everything asserted comes from the writer's truth.json, through the path the
 * CLI takes. First contact and the cause and fix: see the README.
 */
import { describe, expect, it } from 'vitest';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { MISSING_CLASS_CODE, STATED_QUANTITY } from './ledger-import.ts';
import { RULE_CLASS_FROM_NAME, RULE_UNKNOWN_STATUS } from './register-checks.ts';
import { importRegisterSheets } from './service.ts';
import type { FileCountAndSums } from './testing/blind-exports.ts';
import { COMMON_PLAN_FIELDS, expectCardsAsTruth, expectCountAndSums, expectPlanChangesOnly, expectPlanNumbersAsTruth, expectReimportChangesNothing, heldAfterUpdate, keptColumn, quantityAsWritten, readRegisterTruth, registerCardView, sheetsIn, statusWordOf } from './testing/blind-exports.ts';
import type { Asset, AssetStatus } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06h';

interface TruthCard {
  readonly number: string;
  readonly name: string;
  readonly classCode: string;
  readonly className: string;
  readonly spec: string;
  readonly unit: string;
  /** sxrs: text with two decimals (3280.40 平方米, 24.00 张); lqez: a whole count. */
  readonly quantity: string | number;
  readonly valueType?: string;
  readonly originalValueFen: number;
  readonly accumulatedDepreciationFen: number;
  readonly netValueFen: number;
  readonly acquiredBy?: string;
  readonly acquiredOn: string;
  readonly bookedOn: string;
  readonly lifeMonths: number;
  readonly depreciationMethod?: string;
  readonly monthsDepreciated?: number;
  readonly department: string;
  readonly user: string;
  readonly location: string;
  readonly status: string;
  readonly disposedOn?: string;
  readonly note: string;
}
interface FileTruth extends FileCountAndSums {
  readonly unit: string;
  readonly unitCode?: string;
  readonly period?: string;
  readonly quantitySum?: number;
  readonly pages?: number;
  readonly cards: readonly TruthCard[];
}

const truth = readRegisterTruth<FileTruth>(DIR);
const config = loadAssetConfig();
const sheetsOf = sheetsIn(DIR);
const statusWord = statusWordOf(config);
const sxrs = (name: string) => name.startsWith('register-sxrs');

/**
 * The README's readings of the status words (data/assets/register-columns.json statusAliases): 自用 in use by the unit
 * itself, 对外出租 / 对外出借 / 借用 let or lent (in use), 送修 in use but away for repair, 在库 idle in store, 待处置 / 报废中
 * held awaiting disposal, 已报废 disposed although still listed.
 */
const STATUS_OF: Readonly<Record<string, AssetStatus>> = {
  自用: 'in-use',
  对外出租: 'in-use',
  对外出借: 'in-use',
  闲置: 'idle',
  待处置: 'pending-scrap',
  在用: 'in-use',
  在库: 'idle',
  借用: 'in-use',
  送修: 'in-use',
  报废中: 'pending-scrap',
  已报废: 'disposed',
};

/** Where a truth.json change shows in the update plan: the card's field, or the column kept by its header. */
const PLAN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ...COMMON_PLAN_FIELDS,
  quantity: ['quantity', `extra:${STATED_QUANTITY}`],
  monthsDepreciated: ['extra:已折旧月数'],
  disposedOn: ['extra:处置日期'],
};


/** Every column of a card, the file's own columns included (by their headers as the file writes them). */
function cardView(file: string, a: Asset | undefined) {
  const common = { ...registerCardView(a, statusWord), code: [a?.classCode, a?.className], quantity: quantityAsWritten(a), dates: [a?.acquiredOn, a?.bookedOn] };
  if (sxrs(file)) {
    return {
      ...common,
      valueType: keptColumn(a, '价值类型'),
      acquiredBy: keptColumn(a, '取得方式'),
      depreciationMethod: keptColumn(a, '折旧方法'),
      lifeMonths: Number(keptColumn(a, '使用年限（月）')),
      monthsDepreciated: Number(keptColumn(a, '已折旧月数')),
    };
  }
  return { ...common, lifeYears: keptColumn(a, '使用年限(年)'), disposedOn: keptColumn(a, '处置日期') };
}
function truthView(file: string, c: TruthCard) {
  const common = {
    name: c.name,
    code: [c.classCode, c.className],
    spec: c.spec,
    unit: c.unit,
    quantity: Number(c.quantity),
    fen: [c.originalValueFen, c.accumulatedDepreciationFen, c.netValueFen],
    dates: [c.acquiredOn, c.bookedOn],
    dept: c.department,
    user: c.user,
    location: c.location,
    status: c.status,
    mapped: STATUS_OF[c.status],
    note: c.note,
  };
  if (sxrs(file)) {
    return {
      ...common,
      valueType: c.valueType,
      acquiredBy: c.acquiredBy,
      depreciationMethod: c.depreciationMethod,
      lifeMonths: c.lifeMonths,
      monthsDepreciated: c.monthsDepreciated,
    };
  }
  // 使用年限(年) is kept as written (truth.json states it in months); 处置日期 is kept as the number cell wrote it (20241115).
  return { ...common, lifeYears: String(c.lifeMonths / 12), disposedOn: (c.disposedOn ?? '').replace(/-/g, '') };
}

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  // The sums are the file's 合计 (lqez) or the writer's sums (sxrs has no total row), to the 分.
  expectCountAndSums(assets, t);
  if (t.quantitySum !== undefined) expect(assets.reduce((s, a) => s + a.quantity, 0)).toBe(t.quantitySum);
  expectCardsAsTruth(assets, t.cards, (a) => cardView(file, a), (c) => truthView(file, c), (c, a) => {
    expect(a?.extra?.[MISSING_CLASS_CODE], c.number).toBeUndefined();
    // The export's metadata (单位代码 / 单位名称 / 会计期间) is a fact of the file, not a column of the card.
    for (const h of ['单位代码', '单位名称', '会计期间']) expect(a?.extra?.[h], `${c.number} ${h}`).toBeUndefined();
  });
};

describe('blind register exports 2026-12-06h (flat 一体化 CSV with metadata on every row; paged .xls 明细账 with a repeated two-row header)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card and column as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone one`, async () => {
      const tenant = { regionCode: '361130', departmentCode: `blind-2026-12-06h-${i}` };
      const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
      const t = truth.files[u.from]!;
      const first = await importRegisterSheets(ctx, tenant, await sheetsOf(u.from));
      expect(first.errors).toEqual([]);
      // Every status word of the pair is mapped by the shipped data: no card is left unmapped.
      expect(first.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS)).toEqual([]);
      // lqez names the class only: every code is looked up by name, and said so once.
      expect(first.findings.filter((f) => f.rule === RULE_CLASS_FROM_NAME)).toHaveLength(sxrs(u.from) ? 0 : 1);
      expect(first.rowCount).toBe(t.cardCount);
      expect(first.headerRow).toBe(sxrs(u.from) ? 1 : 4);
      expect(first.ignoredSheets ?? []).toEqual([]);
      if (sxrs(u.from)) {
        expect(first.fileFacts).toEqual({ 单位代码: t.unitCode, 单位名称: t.unit, 会计期间: t.period });
        expect(first.skipped ?? {}).toEqual({});
      } else {
        // Each later page repeats both header rows and opens with 承前页 after the 过次页 that closed the page before;
        // each page has a 本页小计 and a 第N页 共M页 line, the last a 合计.
        const pages = t.pages!;
        expect(first.fileFacts).toBeUndefined();
        expect(first.skipped).toMatchObject({
          'header-repeat': 2 * (pages - 1),
          'carried-forward': 2 * (pages - 1),
          total: pages + 1,
          'page-number': pages,
          footer: 1,
        });
      }
      expectFile(u.from, first.assets);

      await expectReimportChangesNothing(importRegisterSheets(ctx, tenant, await sheetsOf(u.from)), t.cardCount, { disposedAbsent: [] });

      const later = await importRegisterSheets(ctx, tenant, await sheetsOf(u.to));
      expect(later.errors).toEqual([]);
      expectFile(u.to, later.assets);
      if (sxrs(u.to)) expect(later.fileFacts?.['会计期间']).toBe(truth.files[u.to]!.period);
      const plan = later.plan!;
      expectPlanNumbersAsTruth(plan, u);
      // The gone cards were 待处置 (held, awaiting disposal) or 在用 and merged into another: listed as missing, not as
      // disposed — the officer confirms a disposal or a merge; Jixiao does not assume either.
      expect(plan.disposedAbsent).toEqual([]);
      expect(plan.absent.map((g) => g.status)).toEqual(u.gone.map((g) => STATUS_OF[g.status!]));
      // Each changed card changes in exactly the fields truth.json names (no 会计期间 change on every card).
      expectPlanChangesOnly(plan, u.changed, PLAN_FIELDS);
      // Held after the update: every card of the next export as truth.json says, and its sums (the split and merged
      // cards' 原值 moved, none lost: the 已报废 card still listed stays held as disposed).
      const { held, inNext } = await heldAfterUpdate(ctx.store, tenant, later.assets);
      expectFile(u.to, inNext);
      for (const g of u.gone) expect(held.find((a) => a.assetNumber === g.number)?.status, g.number).toBe(STATUS_OF[g.status!]);
    });
  }
});
