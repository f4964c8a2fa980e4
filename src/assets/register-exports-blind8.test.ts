/**
 * Eighth blind register pair (test/fixtures/exports/blind-2026-12-06e, README there), from two different systems: a
 * county CDC's web 固定资产台账 「导出Excel」 — GBK tab-separated text named .xls (title, 单位名称/统计日期/金额单位 row,
 * one 24-column header with 卡片号, 品牌 beside 型号, 面积(㎡), 月折旧额 beside 累计折旧, 启用日期, 管理科室 beside 使用科室,
 * 保管人, 资产状态; dates 2009-6-18, amounts without separators, a quoted line break; 总计, 记录数：33, 导出人 footer)
 * — and a county archive's FineReport .xlsx 资产卡片明细表 (two-row grouped header, 使用部门 merged down over each
 * department and its 小计, hidden 资产ID and 单位编码 columns, 8-digit text card numbers, 合计 and a signature footer).
 * Statuses of other systems: 借出, 在修, 拟报废 / 正常使用, 出租出借, 拟报废, 待修. Each with its next export a month later.
 * Everything asserted comes from the writer's truth.json, through the path the CLI takes. First contact: see the README.
 */
import { describe, expect, it } from 'vitest';
import { parseFen } from '../core/money.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { parseDate, STATED_QUANTITY, STATED_STATUS } from './ledger-import.ts';
import { RULE_UNKNOWN_STATUS } from './register-checks.ts';
import { importRegisterSheets } from './service.ts';
import type { FileCountAndSums } from './testing/blind-exports.ts';
import { expectCardsAsTruth, expectCountAndSums, expectPlanChangesOnly, expectPlanNumbersAsTruth, expectReimportChangesNothing, heldAfterUpdate, keptColumn, readRegisterTruth, sheetsIn, statusWordOf } from './testing/blind-exports.ts';
import type { Asset } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06e';

interface TruthCard {
  readonly number: string;
  readonly name: string;
  readonly classCode: string;
  readonly className: string;
  readonly brand?: string;
  readonly spec: string;
  readonly quantity: number;
  readonly unit: string;
  readonly areaSqm: string;
  readonly originalValueFen: number;
  readonly monthlyDepreciationFen?: number;
  readonly accumulatedDepreciationFen: number;
  readonly netValueFen: number;
  readonly acquiredOn: string;
  readonly startedOn?: string;
  readonly bookedOn: string;
  readonly lifeMonths: number;
  readonly managingDepartment?: string;
  readonly department: string;
  readonly user: string;
  readonly location: string;
  readonly status: string;
  readonly note: string;
  readonly hiddenAssetId?: string;
}
interface FileTruth extends FileCountAndSums {
  readonly cards: readonly TruthCard[];
}

const truth = readRegisterTruth<FileTruth>(DIR);
const config = loadAssetConfig();
const sheetsOf = sheetsIn(DIR);
const statusWord = statusWordOf(config);
const slcdc = (name: string) => name.startsWith('register-slcdc');

/** Where a truth.json change shows in the update plan: the card's field, or the column kept by its header. */
const PLAN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  status: ['status', `extra:${STATED_STATUS}`, 'statusSince'],
  department: ['departmentUnit'],
  user: ['custodian'],
  location: ['location'],
  note: ['extra:备注'],
  accumulatedDepreciationFen: ['accumulatedDepreciation'],
  netValueFen: ['netValue'],
};

const fenOf = (text: string) => (text === '' ? undefined : Number(parseFen(text, '元')));

/** Every column of a card, the file's own columns included (by their headers as the file writes them). */
function cardView(file: string, a: Asset | undefined) {
  const common = {
    name: a?.name,
    code: [a?.classCode, a?.className],
    spec: a?.specification,
    quantity: a?.quantity,
    unit: a?.unit,
    fen: [a?.originalValue, a?.accumulatedDepreciation, a?.netValue],
    booked: a?.bookedOn,
    dept: a?.departmentUnit,
    user: a?.custodian,
    location: a?.location,
    status: a ? statusWord(a) : undefined,
    note: keptColumn(a, '备注'),
  };
  if (slcdc(file)) {
    return {
      ...common,
      area: keptColumn(a, '面积(㎡)'),
      brand: keptColumn(a, '品牌'),
      monthly: fenOf(keptColumn(a, '月折旧额(元)')),
      // 取得日期 is the card's date; 启用日期 (first used) is another date, kept by its header as written (2009-7-1).
      dates: [a?.acquiredOn, parseDate(keptColumn(a, '启用日期'))],
      lifeMonths: Number(keptColumn(a, '折旧年限(年)')) * 12,
      managing: keptColumn(a, '管理科室'),
    };
  }
  return {
    ...common,
    area: keptColumn(a, '面积(平方米)'),
    dates: [a?.acquiredOn],
    lifeMonths: Number(keptColumn(a, '使用年限(月)')),
    hiddenAssetId: keptColumn(a, '资产ID'),
  };
}
function truthView(file: string, c: TruthCard) {
  const common = {
    name: c.name,
    code: [c.classCode, c.className],
    spec: c.spec,
    quantity: c.quantity,
    unit: c.unit,
    fen: [c.originalValueFen, c.accumulatedDepreciationFen, c.netValueFen],
    booked: c.bookedOn,
    dept: c.department,
    user: c.user,
    location: c.location,
    status: c.status,
    note: c.note,
  };
  if (slcdc(file)) {
    return {
      ...common,
      area: c.areaSqm,
      brand: c.brand,
      monthly: c.monthlyDepreciationFen,
      dates: [c.acquiredOn, c.startedOn],
      lifeMonths: c.lifeMonths,
      managing: c.managingDepartment,
    };
  }
  return { ...common, area: c.areaSqm, dates: [c.acquiredOn], lifeMonths: c.lifeMonths, hiddenAssetId: c.hiddenAssetId };
}

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  expectCountAndSums(assets, t);
  expectCardsAsTruth(
    assets,
    t.cards,
    (a) => cardView(file, a),
    (c) => truthView(file, c),
    // A whole 数量 is the card's count; nothing is kept as a non-whole quantity.
    (c, a) => expect(a?.extra?.[STATED_QUANTITY], c.number).toBeUndefined(),
  );
};

describe('blind register exports 2026-12-06e (GBK tab text named .xls; FineReport .xlsx with hidden columns)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card and column as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone one`, async () => {
      const tenant = { regionCode: '361124', departmentCode: `blind-2026-12-06e-${i}` };
      const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
      const first = await importRegisterSheets(ctx, tenant, await sheetsOf(u.from));
      expect(first.errors).toEqual([]);
      // Every status word of the pair is mapped by the shipped data: no card is left unmapped.
      expect(first.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS)).toEqual([]);
      expect(first.rowCount).toBe(truth.files[u.from]!.cardCount);
      expectFile(u.from, first.assets);

      await expectReimportChangesNothing(importRegisterSheets(ctx, tenant, await sheetsOf(u.from)), truth.files[u.from]!.cardCount);

      const later = await importRegisterSheets(ctx, tenant, await sheetsOf(u.to));
      expect(later.errors).toEqual([]);
      expectFile(u.to, later.assets);
      const plan = later.plan!;
      expectPlanNumbersAsTruth(plan, u);
      // The gone card was 拟报废 (proposed, not yet written off): listed as missing, not as disposed.
      expect(plan.disposedAbsent).toEqual([]);
      // Each changed card changes in exactly the fields truth.json names.
      expectPlanChangesOnly(plan, u.changed, PLAN_FIELDS);
      // Held after the update: every card of the next export as truth.json says.
      expectFile(u.to, (await heldAfterUpdate(ctx.store, tenant, later.assets)).inNext);
    });
  }
});
