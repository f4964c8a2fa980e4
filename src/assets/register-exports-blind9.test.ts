/**
 * Ninth blind register pair (test/fixtures/exports/blind-2026-12-06f, README there), from two different systems: a
 * county maternal and child health hospital's 行政事业单位资产管理信息系统 「资产卡片信息表」 as GB18030 CSV (title and
 * 单位名称/单位编码/截止日期 lines, every row padded to 28 cells ending in an empty column, 合计 row directly UNDER the
 * header and above the cards, amounts in 万元 with 4 decimals, 卡片号 beside 资产编号, 财政拨款/非财政拨款 split, two
 * status columns 使用状况 and 资产状态 (正常 / 已处置), 使用方向 出租/出借, 权属证号, dates 2019/03/05, cells with
 * leading/trailing spaces, full-width digits) — and a county road maintenance centre's desktop 资产管理系统
 * 「固定资产卡片明细表」 .xlsx (说明 sheet first, cards on 资产卡片, 分类汇总 after; column A empty; headers with a line
 * break in the cell; 卡片号 as number cells, 资产编号 padded with trailing spaces to 16; 车牌号, 排气量(L), 使用状态 with
 * 封存, 卡片状态 已审核/未审核). Each with its next export a month later. Everything asserted comes from the writer's
 * truth.json, through the path the CLI takes. First contact: see the README.
 */
import { describe, expect, it } from 'vitest';
import { parseFen } from '../core/money.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { STATED_QUANTITY, STATED_STATUS } from './ledger-import.ts';
import { RULE_UNKNOWN_STATUS } from './register-checks.ts';
import { importRegisterSheets } from './service.ts';
import { expectCardsAsTruth, expectCountAndSums, expectPlanChangesOnly, expectPlanNumbersAsTruth } from './testing/blind-exports.ts';
import { expectReimportChangesNothing, heldAfterUpdate, readRegisterTruth, sheetsIn, statusWordOf } from './testing/blind-exports.ts';
import type { FileCountAndSums } from './testing/blind-exports.ts';
import type { Asset } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06f';

interface TruthCard {
  readonly cardNo: string;
  readonly number: string;
  readonly numberRaw?: string;
  readonly name: string;
  readonly classCode: string;
  readonly className: string;
  readonly spec: string;
  readonly unit: string;
  readonly quantity: number;
  readonly areaSqm: string;
  readonly originalValueFen: number;
  readonly accumulatedDepreciationFen: number;
  readonly netValueFen: number;
  readonly fiscalFen?: number;
  readonly nonFiscalFen?: number;
  readonly valueType?: string;
  readonly acquiredBy?: string;
  readonly acquiredOn: string;
  readonly bookedOn: string;
  readonly lifeMonths: number;
  readonly department: string;
  readonly user: string;
  readonly location: string;
  readonly useDirection?: string;
  readonly status: string;
  readonly cardState?: string;
  readonly reviewState?: string;
  readonly titleCertificate?: string;
  readonly plate?: string;
  readonly displacementL?: string;
  readonly note: string;
  readonly rawCells?: Readonly<Record<string, string>>;
}
interface FileTruth extends FileCountAndSums {
  readonly quantitySum: number;
  readonly cards: readonly TruthCard[];
}

const truth = readRegisterTruth<FileTruth>(DIR);
const config = loadAssetConfig();
const sheetsOf = sheetsIn(DIR);
const statusWord = statusWordOf(config);
const fybj = (name: string) => name.startsWith('register-fybj');

/** Where a truth.json change shows in the update plan: the card's field, or the column kept by its header. */
const PLAN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  status: ['status', `extra:${STATED_STATUS}`, 'statusSince'],
  // 资产状态 正常 → 已处置 makes the card disposed (data/assets/register-columns.json `disposedFromOther`).
  cardState: ['status', 'extra:资产状态', 'statusSince'],
  reviewState: ['extra:卡片状态'],
  department: ['departmentUnit'],
  user: ['custodian'],
  location: ['location'],
  note: ['extra:备注'],
  accumulatedDepreciationFen: ['accumulatedDepreciation'],
  netValueFen: ['netValue'],
};

const kept = (a: Asset | undefined, header: string) => a?.extra?.[header] ?? '';
/** 万元 with 4 decimals, read exactly (a sub-分 figure would be refused, never rounded). */
const wanFen = (text: string) => (text === '' ? undefined : Number(parseFen(text, '万元')));
/** An area as a figure: the .xlsx number cell 1860.40 (format 0.00) is read as its value 1860.4. */
const area = (text: string) => (text === '' ? '' : Number(text));

/** Every column of a card, the file's own columns included (by their headers as the file writes them). */
function cardView(file: string, a: Asset | undefined) {
  const common = {
    cardNo: kept(a, '卡片号'),
    name: a?.name,
    code: [a?.classCode, a?.className],
    spec: a?.specification,
    quantity: a?.quantity,
    unit: a?.unit,
    fen: [a?.originalValue, a?.accumulatedDepreciation, a?.netValue],
    dates: [a?.acquiredOn, a?.bookedOn],
    dept: a?.departmentUnit,
    user: a?.custodian,
    location: a?.location,
    status: a ? statusWord(a) : undefined,
    note: kept(a, '备注'),
  };
  if (fybj(file)) {
    return {
      ...common,
      area: area(kept(a, '面积（平方米）')),
      valueType: kept(a, '价值类型'),
      fiscal: [wanFen(kept(a, '其中：财政拨款（万元）')), wanFen(kept(a, '其中：非财政拨款（万元）'))],
      acquiredBy: kept(a, '取得方式'),
      useDirection: kept(a, '使用方向'),
      cardState: kept(a, '资产状态'),
      titleCertificate: kept(a, '权属证号'),
      // The workflow state 已处置 is the card's status; any other (正常) leaves the 使用状况's.
      disposed: a?.status === 'disposed',
    };
  }
  // Headers with a line break in the cell are kept as the file writes them (面积\n（平方米）).
  return {
    ...common,
    area: area(kept(a, '面积\n（平方米）')),
    plate: kept(a, '车牌号'),
    displacement: kept(a, '排气量(L)'),
    lifeMonths: Number(kept(a, '使用年限\n（月）')),
    reviewState: kept(a, '卡片状态'),
  };
}
function truthView(file: string, c: TruthCard) {
  const common = {
    cardNo: c.cardNo,
    name: c.name,
    code: [c.classCode, c.className],
    spec: c.spec,
    quantity: c.quantity,
    unit: c.unit,
    fen: [c.originalValueFen, c.accumulatedDepreciationFen, c.netValueFen],
    dates: [c.acquiredOn, c.bookedOn],
    dept: c.department,
    user: c.user,
    location: c.location,
    status: c.status,
    note: c.note,
  };
  if (fybj(file)) {
    // No life column in this export: lifeMonths (truth only) is not asserted.
    return {
      ...common,
      area: area(c.areaSqm),
      valueType: c.valueType,
      fiscal: [c.fiscalFen, c.nonFiscalFen],
      acquiredBy: c.acquiredBy,
      useDirection: c.useDirection,
      cardState: c.cardState,
      titleCertificate: c.titleCertificate,
      disposed: c.cardState === '已处置',
    };
  }
  return {
    ...common,
    area: area(c.areaSqm),
    plate: c.plate,
    displacement: c.displacementL,
    lifeMonths: c.lifeMonths,
    reviewState: c.reviewState,
  };
}

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  // The 已处置 card is listed and counted: the sums are the file's 合计, to the 分.
  expectCountAndSums(assets, t);
  expect(assets.reduce((s, a) => s + a.quantity, 0)).toBe(t.quantitySum);
  expectCardsAsTruth(assets, t.cards, (a) => cardView(file, a), (c) => truthView(file, c), (c, a) => {
    // A whole 数量 is the card's count; nothing is kept as a non-whole quantity.
    expect(a?.extra?.[STATED_QUANTITY], c.number).toBeUndefined();
    // The padded 资产编号 cell (CHAR(16)) is the number without its padding.
    if (c.numberRaw !== undefined) expect(c.numberRaw.trim()).toBe(a?.assetNumber);
    // Cells written with leading/trailing spaces are read trimmed; full-width digits (３楼, （２００８）) stay as written.
    for (const [field, raw] of Object.entries(c.rawCells ?? {})) {
      expect(raw, `${c.number} ${field}`).not.toBe(raw.trim());
      expect((truthView(file, c) as Record<string, unknown>)[field], `${c.number} ${field}`).toBe(raw.trim());
    }
  });
};

describe('blind register exports 2026-12-06f (GB18030 CSV in 万元 with two status columns; .xlsx with 说明 sheet first)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card and column as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone one`, async () => {
      const tenant = { regionCode: '360728', departmentCode: `blind-2026-12-06f-${i}` };
      const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
      const first = await importRegisterSheets(ctx, tenant, await sheetsOf(u.from));
      expect(first.errors).toEqual([]);
      // Every status word of the pair is mapped by the shipped data: no card is left unmapped.
      expect(first.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS)).toEqual([]);
      expect(first.rowCount).toBe(truth.files[u.from]!.cardCount);
      // The 说明 and 分类汇总 sheets are not cards; the CSV has no other sheet.
      expect(first.ignoredSheets ?? []).toEqual(fybj(u.from) ? [] : ['说明', '分类汇总']);
      expectFile(u.from, first.assets);

      await expectReimportChangesNothing(importRegisterSheets(ctx, tenant, await sheetsOf(u.from)), truth.files[u.from]!.cardCount);

      const later = await importRegisterSheets(ctx, tenant, await sheetsOf(u.to));
      expect(later.errors).toEqual([]);
      expectFile(u.to, later.assets);
      const plan = later.plan!;
      expectPlanNumbersAsTruth(plan, u);
      // The gone cards were 闲置 / 待报废 (held, not written off): listed as missing, not as disposed.
      expect(plan.disposedAbsent).toEqual([]);
      expect(plan.absent.map((g) => statusWord({ status: g.status } as Asset))).toEqual(u.gone.map((g) => g.status));
      // Each changed card changes in exactly the fields truth.json names.
      expectPlanChangesOnly(plan, u.changed, PLAN_FIELDS);
      // Held after the update: every card of the next export as truth.json says (the newly 已处置 card disposed).
      expectFile(u.to, (await heldAfterUpdate(ctx.store, tenant, later.assets)).inNext);
      // A disposed card leaves the active register (off the stocktake list) though the export still lists it.
      const active = new Set((await ctx.store.listAssets(tenant, {})).map((a) => a.assetNumber));
      const disposedInTruth = truth.files[u.to]!.cards.filter((c) => c.cardState === '已处置').map((c) => c.number);
      expect(disposedInTruth.filter((n) => active.has(n))).toEqual([]);
      if (fybj(u.from)) expect(disposedInTruth.length).toBeGreaterThan(0);
    });
  }
});
