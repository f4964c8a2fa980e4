/**
 * Sixth blind register pair (test/fixtures/exports/blind-2026-12-06c, README there): an older ASP.NET asset system's
 * 「导出Excel」 — UTF-16LE tab-separated 「Unicode 文本」 with a BOM and CRLF, named .xls: title, 单位名称/统计截止日期/
 * 金额单位 and 查询条件 rows above the header, a quoted cell with a line break, 数量 / 单价 / 金额 and no 原值 column
 * (金额 = 数量 × 单价 is the 原值), 12-digit 资产编号 with a leading zero, 取得日期 as `2006/8/28 0:00:00`, 折旧年限 `不计提`
 * on land, 在用/闲置/待处置/出租出借, then 合计, 共N条记录 and 制表人/导出时间 rows — with the next export two months later.
 * Everything asserted comes from the writer's truth.json, through the path the CLI takes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFen } from '../core/money.ts';
import { repoPath } from '../reference/paths.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { STATED_STATUS } from './ledger-import.ts';
import { registerPlanText } from './render-text.ts';
import { importRegisterSheets } from './service.ts';
import { registerSums, sheetsIn, statusWordOf } from './testing/blind-exports.ts';
import type { Asset } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06c';

interface TruthCard {
  readonly number: string;
  readonly name: string;
  readonly classCode: string;
  readonly className: string;
  readonly spec: string;
  readonly unit: string;
  readonly quantity: number;
  readonly unitPriceFen: number;
  readonly originalValueFen: number;
  readonly accumulatedDepreciationFen: number;
  readonly netValueFen: number;
  readonly acquisitionMethod: string;
  readonly acquiredOn: string;
  readonly bookedOn: string;
  readonly department: string;
  readonly user: string;
  readonly location: string;
  readonly status: string;
  readonly lifeMonths: number;
  readonly note: string;
}
interface FileTruth {
  readonly cardCount: number;
  readonly sums: { readonly originalValueFen: number; readonly accumulatedDepreciationFen: number; readonly netValueFen: number };
  readonly cards: readonly TruthCard[];
}
interface Truth {
  readonly files: Readonly<Record<string, FileTruth>>;
  readonly update: {
    readonly from: string;
    readonly to: string;
    readonly changed: readonly { readonly number: string; readonly changed: Readonly<Record<string, { from: unknown; to: unknown }>> }[];
    readonly new: readonly string[];
    readonly gone: readonly { readonly number: string; readonly statusInEarlierFile: string }[];
  };
}

const truth = JSON.parse(readFileSync(repoPath(`${DIR}/truth.json`), 'utf8')) as Truth;
const config = loadAssetConfig();
const tenant = { regionCode: '522325', departmentCode: 'blind-2026-12-06c' };
const sheetsOf = sheetsIn(DIR);
const sums = registerSums;
const statusWord = statusWordOf(config);

/** Where a truth.json change shows in the update plan: the card's field, or the column kept by its header. */
const PLAN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  status: ['status', `extra:${STATED_STATUS}`],
  department: ['departmentUnit'],
  user: ['custodian'],
  location: ['location'],
  note: ['extra:备注'],
  accumulatedDepreciationFen: ['accumulatedDepreciation'],
  netValueFen: ['netValue'],
};

function cardView(a: Asset | undefined) {
  return {
    name: a?.name,
    code: [a?.classCode, a?.className],
    spec: a?.specification,
    unit: a?.unit,
    quantity: a?.quantity,
    unitPrice: a?.extra?.['单价'] === undefined ? undefined : parseFen(a.extra['单价'], '元'),
    fen: [a?.originalValue, a?.accumulatedDepreciation, a?.netValue],
    dates: [a?.acquiredOn, a?.bookedOn],
    method: a?.extra?.['取得方式'],
    dept: a?.departmentUnit,
    custodian: a?.custodian,
    location: a?.location,
    status: a ? statusWord(a) : undefined,
    note: a?.extra?.['备注'] ?? '',
  };
}
function truthView(c: TruthCard) {
  return {
    name: c.name,
    code: [c.classCode, c.className],
    spec: c.spec,
    unit: c.unit,
    quantity: c.quantity,
    unitPrice: c.unitPriceFen,
    fen: [c.originalValueFen, c.accumulatedDepreciationFen, c.netValueFen],
    dates: [c.acquiredOn, c.bookedOn],
    method: c.acquisitionMethod,
    dept: c.department,
    custodian: c.user,
    location: c.location,
    status: c.status,
    note: c.note,
  };
}

describe('blind register exports 2026-12-06c (UTF-16LE Unicode text named .xls)', () => {
  const { from, to } = truth.update;

  it(`${from}: imports unedited with every card as truth.json says (金额 as 原值, leading-zero numbers as text); re-import changes nothing; ${to} changes exactly the expected cards and lists the gone one`, async () => {
    const first = truth.files[from]!;
    const later = truth.files[to]!;
    const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };

    const result = await importRegisterSheets(ctx, tenant, await sheetsOf(from));
    expect(result.errors).toEqual([]);
    expect(result.assets).toHaveLength(first.cardCount);
    expect(sums(result.assets)).toEqual([first.sums.originalValueFen, first.sums.accumulatedDepreciationFen, first.sums.netValueFen]);
    // 金额 = 数量 × 单价 on every card: no row is flagged for it.
    expect(result.findings.filter((f) => f.message.includes('单价'))).toEqual([]);
    const byNumber = new Map(result.assets.map((a) => [a.assetNumber, a]));
    for (const c of first.cards) {
      const a = byNumber.get(c.number);
      expect(a, c.number).toBeDefined();
      expect(cardView(a), c.number).toEqual(truthView(c));
      // 折旧年限(月): months as written; the land card's word for “not depreciated” is kept as text, with no depreciation.
      const life = a?.extra?.['折旧年限(月)'];
      if (c.lifeMonths > 0) expect(life, c.number).toBe(String(c.lifeMonths));
      else expect([life !== undefined && !/^\d+$/.test(life), a?.accumulatedDepreciation], c.number).toEqual([true, 0]);
    }

    const again = await importRegisterSheets(ctx, tenant, await sheetsOf(from));
    expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: first.cardCount, absent: [] });

    const update = await importRegisterSheets(ctx, tenant, await sheetsOf(to));
    expect(update.errors).toEqual([]);
    expect(update.assets).toHaveLength(later.cardCount);
    const plan = update.plan!;
    expect({
      updated: plan.updated.map((u) => u.assetNumber).sort(),
      added: plan.added.map((a) => a.assetNumber).sort(),
      absent: [...plan.absent, ...plan.disposedAbsent].map((a) => a.assetNumber).sort(),
    }).toEqual({
      updated: truth.update.changed.map((c) => c.number).sort(),
      added: [...truth.update.new].sort(),
      absent: truth.update.gone.map((g) => g.number).sort(),
    });
    // The gone card was 待处置 (not yet written off) in the earlier file: listed as missing, not as disposed.
    expect(plan.disposedAbsent).toEqual([]);
    const text = registerPlanText(update, false);
    for (const g of truth.update.gone) expect(text).toContain(g.number);
    // Each changed card changes in exactly the fields truth.json names.
    for (const c of truth.update.changed) {
      const u = plan.updated.find((x) => x.assetNumber === c.number)!;
      const allowed = new Set(Object.keys(c.changed).flatMap((k) => PLAN_FIELDS[k] ?? [k]));
      const fields = u.changes.map((x) => x.field);
      expect(fields.filter((f) => !allowed.has(f)), c.number).toEqual([]);
      for (const k of Object.keys(c.changed)) expect(fields.some((f) => (PLAN_FIELDS[k] ?? [k]).includes(f)), `${c.number} ${k}`).toBe(true);
    }
    // Held cards after the update: every card of the next export as truth.json says, and its sums in 分.
    const held = await ctx.store.listAssets(tenant, { includeDisposed: true });
    const heldBy = new Map(held.map((a) => [a.assetNumber, a]));
    for (const c of later.cards) expect(cardView(heldBy.get(c.number)), c.number).toEqual(truthView(c));
    const inNext = new Set(update.assets.map((a) => a.assetNumber));
    expect(sums(held.filter((a) => inNext.has(a.assetNumber)))).toEqual([
      later.sums.originalValueFen,
      later.sums.accumulatedDepreciationFen,
      later.sums.netValueFen,
    ]);
  });

  it(`${from}: the rows above and below the cards are not cards (title, 查询条件, 合计, 共N条记录, 制表人)`, async () => {
    const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
    const result = await importRegisterSheets(ctx, tenant, await sheetsOf(from));
    expect(result.errors).toEqual([]);
    expect(result.rowCount).toBe(truth.files[from]!.cardCount);
    expect(result.headerRow).toBe(4);
  });
});
