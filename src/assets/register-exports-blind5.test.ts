/**
 * Blind register exports of 2026-12-06, fifth pair (test/fixtures/exports/blind-2026-12-06b, README there): a Java web
 * asset system's BIFF8 .xls 固定资产卡片明细表 — a merged two-row header (原值 over 数量/金额, 使用信息 over
 * 使用部门/使用人/存放地点), 10-digit 资产编号 as number cells, 资产分类 as 名称(代码) in one cell, amounts as text with
 * thousands separators, 取得日期 as bare Excel serials, 资产状态 with 待报废, cards grouped by 使用部门 with
 * 小计（部门）and blank rows, 合计, a 打印人/打印时间 row and a signature footer — with the next month's export.
 * Everything asserted comes from the writer's truth.json: card counts, sums in 分, 小计 per 使用部门, every card of
 * both files, and the changed, added and gone cards of the next export. Through the path the CLI takes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../reference/paths.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { STATED_QUANTITY, } from './ledger-import.ts';
import { registerPlanText } from './render-text.ts';
import { importRegisterSheets } from './service.ts';
import { registerSums, sheetsIn, statusWordOf } from './testing/blind-exports.ts';
import type { Asset } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06b';

interface TruthCard {
  readonly number: string;
  readonly name: string;
  readonly classCode: string;
  readonly className: string;
  readonly spec: string;
  readonly unit: string;
  readonly quantity: number;
  readonly acquisition: string;
  readonly acquiredOn: string;
  readonly enteredOn: string;
  readonly lifeMonths: number;
  readonly originalValueFen: number;
  readonly accumulatedDepreciationFen: number;
  readonly netValueFen: number;
  readonly department: string;
  readonly user: string;
  readonly location: string;
  readonly status: string;
  readonly note: string;
}
interface FileTruth {
  readonly cardCount: number;
  readonly sumsFen: { readonly originalValue: number; readonly accumulatedDepreciation: number; readonly netValue: number };
  readonly subtotalsByDepartmentFen: Readonly<Record<string, { count: number; cost: number; dep: number; net: number }>>;
  readonly cards: readonly TruthCard[];
}
interface Truth {
  readonly files: Readonly<Record<string, FileTruth>>;
  readonly nextExport: {
    readonly from: string;
    readonly to: string;
    readonly changed: readonly { readonly number: string }[];
    readonly added: readonly TruthCard[];
    readonly gone: readonly { readonly number: string; readonly statusInEarlierExport: string }[];
  };
}

const truth = JSON.parse(readFileSync(repoPath(`${DIR}/truth.json`), 'utf8')) as Truth;
const config = loadAssetConfig();
const tenant = { regionCode: '431225', departmentCode: 'blind-2026-12-06b' };
const sheetsOf = sheetsIn(DIR);
const sums = registerSums;
const statusWord = statusWordOf(config);

/** A card as stored, in truth.json's terms (the columns Jixiao has no field for are kept by the file's header). */
function seen(a: Asset | undefined) {
  return {
    name: a?.name,
    class: [a?.classCode, a?.className],
    spec: a?.specification,
    unit: a?.unit,
    quantity: a?.extra?.[STATED_QUANTITY] !== undefined ? Number(a.extra[STATED_QUANTITY]) : a?.quantity,
    fen: [a?.originalValue, a?.accumulatedDepreciation, a?.netValue],
    dates: [a?.acquiredOn, a?.bookedOn],
    dept: a?.departmentUnit,
    custodian: a?.custodian,
    location: a?.location,
    status: a ? statusWord(a) : undefined,
    kept: [a?.extra?.['取得方式'], a?.extra?.['使用年限(月)'], a?.extra?.['备注'] ?? ''],
  };
}
function wanted(c: TruthCard) {
  return {
    name: c.name,
    class: [c.classCode, c.className],
    spec: c.spec,
    unit: c.unit,
    quantity: c.quantity,
    fen: [c.originalValueFen, c.accumulatedDepreciationFen, c.netValueFen],
    dates: [c.acquiredOn, c.enteredOn],
    dept: c.department,
    custodian: c.user,
    location: c.location,
    status: c.status,
    kept: [c.acquisition, String(c.lifeMonths), c.note],
  };
}

describe('blind register exports 2026-12-06b (BIFF8 .xls of a Java web asset system)', () => {
  const { from: first, to: next } = truth.nextExport;

  it(`${first}: imports unedited with every card as truth.json says; re-import changes nothing; ${next} changes exactly the expected cards and lists the gone one`, async () => {
    const t1 = truth.files[first]!;
    const t2 = truth.files[next]!;
    const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T10:00:00Z') };

    const result = await importRegisterSheets(ctx, tenant, await sheetsOf(first));
    expect(result.errors).toEqual([]);
    expect(result.assets).toHaveLength(t1.cardCount);
    expect(sums(result.assets)).toEqual([t1.sumsFen.originalValue, t1.sumsFen.accumulatedDepreciation, t1.sumsFen.netValue]);
    // One 小计 per 使用部门 and the 合计: skipped and counted, never read as cards.
    const departments = Object.keys(t1.subtotalsByDepartmentFen);
    expect(result.skipped?.total).toBe(departments.length + 1);
    for (const dept of departments) {
      const cards = result.assets.filter((a) => a.departmentUnit === dept);
      const s = t1.subtotalsByDepartmentFen[dept]!;
      expect([cards.length, ...sums(cards)], dept).toEqual([s.count, s.cost, s.dep, s.net]);
    }
    const byNumber = new Map(result.assets.map((a) => [a.assetNumber, a]));
    for (const c of t1.cards) expect(seen(byNumber.get(c.number)), c.number).toEqual(wanted(c));

    const again = await importRegisterSheets(ctx, tenant, await sheetsOf(first));
    expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: t1.cardCount, absent: [] });

    const update = await importRegisterSheets(ctx, tenant, await sheetsOf(next));
    expect(update.errors).toEqual([]);
    expect(update.assets).toHaveLength(t2.cardCount);
    const plan = update.plan!;
    expect({
      updated: plan.updated.map((u) => u.assetNumber).sort(),
      added: plan.added.map((a) => a.assetNumber).sort(),
      absent: plan.absent.map((a) => a.assetNumber).sort(),
      disposedAbsent: plan.disposedAbsent,
    }).toEqual({
      updated: truth.nextExport.changed.map((c) => c.number).sort(),
      added: truth.nextExport.added.map((c) => c.number).sort(),
      absent: truth.nextExport.gone.map((g) => g.number).sort(),
      disposedAbsent: [],
    });
    const text = registerPlanText(update, false);
    for (const g of truth.nextExport.gone) expect(text).toContain(g.number);

    // Held after the update: every card of the next export as truth.json says, the gone one still held (never deleted).
    const held = await ctx.store.listAssets(tenant, { includeDisposed: true });
    const heldBy = new Map(held.map((a) => [a.assetNumber, a]));
    for (const c of t2.cards) expect(seen(heldBy.get(c.number)), c.number).toEqual(wanted(c));
    const inNext = new Set(t2.cards.map((c) => c.number));
    expect(sums(held.filter((a) => inNext.has(a.assetNumber)))).toEqual([t2.sumsFen.originalValue, t2.sumsFen.accumulatedDepreciation, t2.sumsFen.netValue]);
    for (const g of truth.nextExport.gone) expect(statusWord(heldBy.get(g.number)!), g.number).toBe(g.statusInEarlierExport);
  });
});
