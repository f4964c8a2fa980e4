/**
 * Blind register exports of 2026-12-06 (test/fixtures/exports/blind-2026-12-06, README there): a province's monthly
 * 资产卡片变动明细表 .xlsx (cover sheet, cards under class heading rows with 小计, 期初原值/本期增加/本期减少/期末原值,
 * one 坐落位置/存放地点 column, yyyy.mm.dd dates) and a GB18030 「资产卡片清单」 CSV (="…" numbers, 元-suffixed
 * amounts, 2013年10月18日 dates, separate 坐落位置 and 存放地点) — each with the next month's export. Everything asserted
 * comes from the writer's expected.json: card counts, sums in 分, every card of the first file, and the changed, added
 * and gone cards of the next export. Through the path the CLI takes (every sheet of the file).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../reference/paths.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { registerPlanText } from './render-text.ts';
import { importRegisterSheets } from './service.ts';
import { registerSums, sheetsIn, statusWordOf } from './testing/blind-exports.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06';

interface TruthCard {
  readonly 资产编号: string;
  readonly 资产名称: string;
  readonly 分类代码: string;
  readonly 原值分: number;
  readonly 累计折旧分: number;
  readonly 净值分: number;
  readonly 取得日期: string;
  readonly 财务入账日期: string;
  readonly 使用部门: string;
  readonly 使用人: string;
  readonly 使用状况: string;
  readonly 存放地点: string;
}
interface FileTruth {
  readonly cards: number;
  readonly 原值分: number;
  readonly 累计折旧分: number;
  readonly 净值分: number;
  readonly cardsTruth?: readonly TruthCard[];
  readonly previous?: string;
  readonly changed?: Readonly<Record<string, string>>;
  readonly added?: readonly string[];
  readonly gone?: readonly string[];
  readonly gone_status?: string;
}

const expected = JSON.parse(readFileSync(repoPath(`${DIR}/expected.json`), 'utf8')) as Record<string, FileTruth>;
const config = loadAssetConfig();
const tenant = { regionCode: '431225', departmentCode: 'blind-2026-12-06' };
const sheetsOf = sheetsIn(DIR);
const sums = registerSums;
const statusWord = statusWordOf(config);

const pairs = [
  { first: 'register-hnyb-2025-01.xlsx', next: 'register-hnyb-2025-02.xlsx' },
  { first: 'register-zrzy-2024-11.csv', next: 'register-zrzy-2024-12.csv' },
];

describe('blind register exports 2026-12-06', () => {
  for (const { first, next } of pairs) {
    it(`${first}: imports unedited with every card as expected.json says; re-import changes nothing; ${next} changes exactly the expected cards and reports the gone one`, async () => {
      const truth = expected[first]!;
      const later = expected[next]!;
      expect(later.previous).toBe(first);
      const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T10:00:00Z') };

      const result = await importRegisterSheets(ctx, tenant, await sheetsOf(first));
      expect(result.errors).toEqual([]);
      expect(result.assets).toHaveLength(truth.cards);
      expect(sums(result.assets)).toEqual([truth.原值分, truth.累计折旧分, truth.净值分]);
      const byNumber = new Map(result.assets.map((a) => [a.assetNumber, a]));
      for (const c of truth.cardsTruth ?? []) {
        const a = byNumber.get(c.资产编号);
        expect(a, c.资产编号).toBeDefined();
        expect({
          name: a?.name,
          code: a?.classCode,
          fen: [a?.originalValue, a?.accumulatedDepreciation, a?.netValue],
          dates: [a?.acquiredOn, a?.bookedOn],
          dept: a?.departmentUnit,
          custodian: a?.custodian,
          status: a ? statusWord(a) : undefined,
          location: a?.location,
        }).toEqual({
          name: c.资产名称,
          code: c.分类代码,
          fen: [c.原值分, c.累计折旧分, c.净值分],
          dates: [c.取得日期, c.财务入账日期],
          dept: c.使用部门,
          custodian: c.使用人,
          status: c.使用状况,
          location: c.存放地点,
        });
      }

      const again = await importRegisterSheets(ctx, tenant, await sheetsOf(first));
      expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: truth.cards, absent: [] });

      const update = await importRegisterSheets(ctx, tenant, await sheetsOf(next));
      expect(update.errors).toEqual([]);
      expect(update.assets).toHaveLength(later.cards);
      const plan = update.plan!;
      expect({
        updated: plan.updated.map((u) => u.assetNumber).sort(),
        added: plan.added.map((a) => a.assetNumber).sort(),
      }).toEqual({ updated: Object.keys(later.changed ?? {}).sort(), added: [...(later.added ?? [])].sort() });
      // The gone card: listed as missing when it was still active; when the first export already called it 报废
      // (read as 已处置), said apart — the asset system has written it off.
      const goneActive = plan.absent.map((a) => a.assetNumber);
      const goneDisposed = plan.disposedAbsent.map((a) => a.assetNumber);
      expect([...goneActive, ...goneDisposed].sort()).toEqual([...(later.gone ?? [])].sort());
      const text = registerPlanText(update, false);
      for (const n of later.gone ?? []) expect(text).toContain(n);
      if (goneDisposed.length > 0) expect(text).toContain(`已处置卡片不在新文件中 ${goneDisposed.length} 项`);
      // Held cards after the update: the next export's cards, with the next export's sums in 分.
      const held = await ctx.store.listAssets(tenant, { includeDisposed: true });
      const inNext = new Set(update.assets.map((a) => a.assetNumber));
      expect(sums(held.filter((a) => inNext.has(a.assetNumber)))).toEqual([later.原值分, later.累计折旧分, later.净值分]);
    });
  }

  it('register-hnyb-2025-02.xlsx: the 改扩建 raises the building 原值 by 本期增加, and no row breaks 期初 + 增加 − 减少 = 期末', async () => {
    const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T10:00:00Z') };
    const first = await importRegisterSheets(ctx, tenant, await sheetsOf('register-hnyb-2025-01.xlsx'));
    expect(first.ignoredSheets).toEqual(['封面']);
    expect(first.skipped).toMatchObject({ 'class-heading': 4 });
    const update = await importRegisterSheets(ctx, tenant, await sheetsOf('register-hnyb-2025-02.xlsx'));
    expect([...first.findings, ...update.findings].filter((f) => f.rule === 'asset-movement-mismatch')).toEqual([]);
    const building = update.plan?.updated.find((u) => u.assetNumber === 'CXNY-2012-0001');
    expect(building?.changes.find((c) => c.field === 'originalValue')).toMatchObject({ before: '1528600.00', after: '1767200.00' });
    expect(building?.asset.extra?.['本期增加']).toBe('238600');
    expect(update.plan?.absent).toEqual([{ assetNumber: 'CXNY-2015-0001', name: '轿车', status: 'pending-scrap' }]);
  });
});
