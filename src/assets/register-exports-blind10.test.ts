/**
 * Tenth blind register pair (test/fixtures/exports/blind-2026-12-06g, README there), from two different systems: a
 * county hydrological station's 水利 asset system 「资产卡片台账」 as GBK CSV (title line, a 查询条件 block of five
 * lines with a quoted cell holding commas, header on row 8 whose every cell is two lines “English↵中文”, NO 原值 column —
 * 原值 is 财政性资金 + 非财政性资金 —, a 折旧状态 column beside 使用状况, 数量 as text with two decimals (areas of land and
 * buildings, counts 6.00), dates 2024.01.05, 备注 with commas and doubled quotes, 总计 row with 共 27 条, signature and
 * 打印时间 footer) — and a county TCM hospital HIS's 「固定资产明细账」 .xlsx (merged title, 核算单位/期间/单位 row, a
 * 栏次 row 1 … 20 under the header, NO 分类代码 column — the codes stand in 资产类别 beside 类别名称 —, amounts as
 * number cells formatted "¥"#,##0.00, dates as datetime cells, 使用年限 as N年, 使用科室 [03]针灸推拿科 and 责任人
 * 韩梅(0305) with their codes, statuses 正在使用/闲置/报损待批/借给外单位, 本页小计 and 合计, 第1页 共1页). Each with its
 * next export a month later. Everything asserted comes from the writer's truth.json, through the path the CLI takes.
 * First contact and the cause and fix: see the README.
 */
import { describe, expect, it } from 'vitest';
import { parseFen } from '../core/money.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { MISSING_CLASS_CODE, STATED_STATUS } from './ledger-import.ts';
import { RULE_CLASS_FROM_NAME, RULE_UNKNOWN_STATUS, RULE_VALUE_FROM_PARTS } from './register-checks.ts';
import { importRegisterSheets } from './service.ts';
import type { FileCountAndSums } from './testing/blind-exports.ts';
import { expectCardsAsTruth, expectCountAndSums, expectPlanChangesOnly, expectPlanNumbersAsTruth, expectReimportChangesNothing, heldAfterUpdate, keptColumn, quantityAsWritten, readRegisterTruth, sheetsIn, statusWordOf } from './testing/blind-exports.ts';
import type { Asset, AssetStatus } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06g';

interface TruthCard {
  readonly number: string;
  readonly name: string;
  readonly classCode: string;
  readonly className: string;
  readonly spec: string;
  readonly unit: string;
  /** swz: text with two decimals (3120.75 平方米, 6.00 台); qczy: a whole count. */
  readonly quantity: string | number;
  readonly fiscalFen?: number;
  readonly nonFiscalFen?: number;
  readonly originalValueFen: number;
  readonly accumulatedDepreciationFen: number;
  readonly netValueFen: number;
  readonly depreciationState?: string;
  readonly lifeMonths: number;
  readonly acquiredOn: string;
  readonly bookedOn: string;
  readonly acquiredBy?: string;
  readonly department: string;
  readonly departmentCode?: string;
  readonly departmentRaw?: string;
  readonly user: string;
  readonly userId?: string;
  readonly userRaw?: string;
  readonly location: string;
  readonly status: string;
  readonly note: string;
}
interface FileTruth extends FileCountAndSums {
  readonly quantitySum?: number;
  readonly fiscalSumFen?: number;
  readonly nonFiscalSumFen?: number;
  readonly cards: readonly TruthCard[];
}

const truth = readRegisterTruth<FileTruth>(DIR);
const config = loadAssetConfig();
const sheetsOf = sheetsIn(DIR);
const statusWord = statusWordOf(config);
const swz = (name: string) => name.startsWith('register-swz');

/** The swz CSV's headers are two lines (English↵中文): columns Jixiao has no field for are kept by the whole cell. */
const SWZ = {
  fiscal: 'Fiscal Funds\n财政性资金',
  nonFiscal: 'Non-fiscal Funds\n非财政性资金',
  depreciationState: 'Depr. State\n折旧状态',
  life: 'Life (months)\n使用年限(月)',
  note: 'Remarks\n备注',
};
const DEPARTMENT_CODE = '使用科室（代码）';
const USER_CODE = '责任人（代码）';

/**
 * The README's readings of the status words: 已出租 / 借给外单位 lent out (in use), 未使用 idle, 待报废 / 报损待批 still held
 * awaiting scrapping (data/assets/register-columns.json statusAliases).
 */
const STATUS_OF: Readonly<Record<string, AssetStatus>> = {
  使用中: 'in-use',
  已出租: 'in-use',
  未使用: 'idle',
  待报废: 'pending-scrap',
  正在使用: 'in-use',
  借给外单位: 'in-use',
  闲置: 'idle',
  报损待批: 'pending-scrap',
};

/** Where a truth.json change shows in the update plan: the card's field, or the column kept by its header. */
const PLAN_FIELDS = (file: string): Readonly<Record<string, readonly string[]>> => ({
  status: ['status', `extra:${STATED_STATUS}`, 'statusSince'],
  department: ['departmentUnit'],
  departmentCode: [`extra:${DEPARTMENT_CODE}`],
  departmentRaw: ['departmentUnit', `extra:${DEPARTMENT_CODE}`],
  user: ['custodian'],
  userId: [`extra:${USER_CODE}`],
  userRaw: ['custodian', `extra:${USER_CODE}`],
  location: ['location'],
  note: [swz(file) ? `extra:${SWZ.note}` : 'extra:备注'],
  accumulatedDepreciationFen: ['accumulatedDepreciation'],
  netValueFen: ['netValue'],
});

const fenOf = (text: string) => (text === '' ? undefined : Number(parseFen(text, '元')));

/** Every column of a card, the file's own columns included (by their headers as the file writes them). */
function cardView(file: string, a: Asset | undefined) {
  const common = {
    name: a?.name,
    code: [a?.classCode, a?.className],
    spec: a?.specification,
    unit: a?.unit,
    quantity: quantityAsWritten(a),
    fen: [a?.originalValue, a?.accumulatedDepreciation, a?.netValue],
    dates: [a?.acquiredOn, a?.bookedOn],
    dept: a?.departmentUnit,
    user: a?.custodian,
    location: a?.location,
    status: a ? statusWord(a) : undefined,
    mapped: a?.status,
  };
  if (swz(file)) {
    return {
      ...common,
      fiscal: [fenOf(keptColumn(a, SWZ.fiscal)), fenOf(keptColumn(a, SWZ.nonFiscal))],
      depreciationState: keptColumn(a, SWZ.depreciationState),
      lifeMonths: Number(keptColumn(a, SWZ.life)),
      note: keptColumn(a, SWZ.note),
    };
  }
  return {
    ...common,
    codes: [keptColumn(a, DEPARTMENT_CODE), keptColumn(a, USER_CODE)],
    acquiredBy: keptColumn(a, '取得方式'),
    life: keptColumn(a, '使用年限'),
    note: keptColumn(a, '备注'),
  };
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
  };
  if (swz(file)) {
    return {
      ...common,
      fiscal: [c.fiscalFen, c.nonFiscalFen],
      depreciationState: c.depreciationState,
      lifeMonths: c.lifeMonths,
      note: c.note,
    };
  }
  return {
    ...common,
    codes: [c.departmentCode, c.userId],
    acquiredBy: c.acquiredBy,
    // 使用年限 N年 (the land —) is kept as written; truth.json states it in months.
    life: c.lifeMonths === 0 ? '—' : `${c.lifeMonths / 12}年`,
    note: c.note,
  };
}

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  // The sums are the file's 总计 / 合计, to the 分.
  expectCountAndSums(assets, t);
  if (t.quantitySum !== undefined) expect(assets.reduce((s, a) => s + a.quantity, 0)).toBe(t.quantitySum);
  if (t.fiscalSumFen !== undefined) {
    expect(assets.reduce((s, a) => s + (fenOf(keptColumn(a, SWZ.fiscal)) ?? 0), 0)).toBe(t.fiscalSumFen);
    expect(assets.reduce((s, a) => s + (fenOf(keptColumn(a, SWZ.nonFiscal)) ?? 0), 0)).toBe(t.nonFiscalSumFen);
  }
  expectCardsAsTruth(assets, t.cards, (a) => cardView(file, a), (c) => truthView(file, c), (c, a) => {
    // Every card has its class code (no gap marked).
    expect(a?.extra?.[MISSING_CLASS_CODE], c.number).toBeUndefined();
    // The codes are not part of the names: [03]针灸推拿科 is 针灸推拿科, 韩梅(0305) is 韩梅.
    if (c.departmentRaw !== undefined) expect(`[${keptColumn(a, DEPARTMENT_CODE)}]${a?.departmentUnit}`).toBe(c.departmentRaw);
    if (c.userRaw !== undefined) expect(a?.custodian === '' ? '' : `${a?.custodian}(${keptColumn(a, USER_CODE)})`).toBe(c.userRaw);
  });
};

describe('blind register exports 2026-12-06g (GBK CSV with two-line headers and no 原值 column; .xlsx with a 栏次 row and no 分类代码 column)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card and column as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone one`, async () => {
      const tenant = { regionCode: '361130', departmentCode: `blind-2026-12-06g-${i}` };
      const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
      const first = await importRegisterSheets(ctx, tenant, await sheetsOf(u.from));
      expect(first.errors).toEqual([]);
      // Every status word of the pair is mapped by the shipped data: no card is left unmapped.
      expect(first.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS)).toEqual([]);
      // The swz 原值 is read as 财政性资金 + 非财政性资金, and said so once; the qczy codes come from its 资产类别 column.
      expect(first.findings.filter((f) => f.rule === RULE_VALUE_FROM_PARTS)).toHaveLength(swz(u.from) ? 1 : 0);
      expect(first.findings.filter((f) => f.rule === RULE_CLASS_FROM_NAME)).toEqual([]);
      expect(first.fieldsPresent).toEqual(expect.arrayContaining(['classCode', 'originalValue', 'accumulatedDepreciation', 'netValue']));
      expect(first.rowCount).toBe(truth.files[u.from]!.cardCount);
      // The 查询条件 block, the 栏次 row, 总计 / 本页小计 / 合计 and the footers are no cards.
      expect(first.headerRow).toBe(swz(u.from) ? 8 : 3);
      if (!swz(u.from)) expect(first.skipped?.['column-numbers']).toBe(1);
      expect(first.ignoredSheets ?? []).toEqual([]);
      expectFile(u.from, first.assets);

      await expectReimportChangesNothing(importRegisterSheets(ctx, tenant, await sheetsOf(u.from)), truth.files[u.from]!.cardCount);

      const later = await importRegisterSheets(ctx, tenant, await sheetsOf(u.to));
      expect(later.errors).toEqual([]);
      expectFile(u.to, later.assets);
      const plan = later.plan!;
      expectPlanNumbersAsTruth(plan, u);
      // The gone cards were 待报废 / 报损待批 (held, awaiting approval): listed as missing, not as disposed.
      expect(plan.disposedAbsent).toEqual([]);
      expect(plan.absent.map((g) => statusWord({ status: g.status } as Asset))).toEqual(u.gone.map((g) => config.statusLabel[STATUS_OF[g.status!]!]));
      // Each changed card changes in exactly the fields truth.json names.
      expectPlanChangesOnly(plan, u.changed, PLAN_FIELDS(u.from));
      // Held after the update: every card of the next export as truth.json says, and its sums.
      const { held, inNext } = await heldAfterUpdate(ctx.store, tenant, later.assets);
      expectFile(u.to, inNext);
      // The gone card is still held (never deleted), with its status.
      for (const g of u.gone) expect(held.find((a) => a.assetNumber === g.number)?.status, g.number).toBe(STATUS_OF[g.status!]);
    });
  }
});
