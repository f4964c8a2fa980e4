/**
 * The third pass of blind registers (test/fixtures/exports/README.md, “Written blind, third pass”): a 财政部 资产云
 * 卡片列表 .xlsx (merged two-row header, 卡片编号 beside 资产编号, 合计 and footer), a GBK 「资产卡片导出」 CSV (title,
 * 查询条件 line, tab-prefixed numbers, quoted fields with commas, 合计 / 共N条 / 导出人), and a workbook with a 汇总
 * sheet and one sheet per 资产分类, each with its own header and 小计 — each with a later export of the same register.
 * Every card and every column is compared with the generator's truth (sources/blind3-truth.json), through the path the
 * CLI takes (every sheet of the file).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../reference/paths.ts';
import { readTableRows } from '../reference/table-file.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { STATED_QUANTITY, STATED_STATUS } from './ledger-import.ts';
import { importRegisterSheets, registerSheetsOf } from './service.ts';
import type { Asset } from './types.ts';

interface TruthCard {
  readonly assetNumber: string;
  readonly status: string;
  readonly statusWord: string;
  readonly columns: Readonly<Record<string, string | number>>;
  readonly [field: string]: unknown;
}
interface Truth {
  readonly first: string;
  readonly next: string;
  readonly cards: number;
  readonly nextCards: number;
  readonly total: readonly number[];
  readonly nextTotal: readonly number[];
  /** Card field → the header of the column that carries it. */
  readonly fields: Readonly<Record<string, string>>;
  readonly truth: readonly TruthCard[];
  /** The later file's changed and new cards. */
  readonly nextTruth: readonly TruthCard[];
  readonly updated: readonly string[];
  readonly added: readonly string[];
  readonly absent: readonly string[];
}

const TRUTH: Record<string, Truth> = JSON.parse(readFileSync(repoPath('test/fixtures/exports/sources/blind3-truth.json'), 'utf8'));
const TENANT = { regionCode: '430281', departmentCode: 'blind-register-3' };
const sheetsOf = async (name: string) => registerSheetsOf(await readTableRows(readFileSync(repoPath(`test/fixtures/exports/${name}`)), name));
const context = (day: string) => ({ store: memoryAssetStore(), config: loadAssetConfig(), now: () => new Date(`${day}T10:00:00Z`) });
const sums = (cards: readonly Asset[]) => [
  cards.reduce((s, a) => s + a.originalValue, 0),
  cards.reduce((s, a) => s + (a.accumulatedDepreciation ?? 0), 0),
  cards.reduce((s, a) => s + (a.netValue ?? 0), 0),
];
const MONEY = new Set(['originalValue', 'accumulatedDepreciation', 'netValue']);
const sameNumber = (a: unknown, b: string) => a !== '' && b !== '' && Number(String(a).replace(/,/g, '')) === Number(b.replace(/,/g, ''));

/** What of a truth card the imported card does not hold: one line per field or column. */
function mismatches(t: TruthCard, fields: Readonly<Record<string, string>>, card: Asset | undefined): string[] {
  if (!card) return [`${t.assetNumber}: card missing`];
  const out: string[] = [];
  const where = (what: string, want: unknown, got: unknown) => out.push(`${t.assetNumber} ${what}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  const carried = new Set<string>();
  for (const [field, header] of Object.entries(fields)) {
    if (!(header in t.columns)) continue;
    carried.add(header);
    if (field === 'statusWord') {
      if (card.status !== t.status) where('status', t.status, card.status);
      const plain = ['在用', '闲置', '待处置', '毁损'].includes(t.statusWord);
      if (!plain && card.extra?.[STATED_STATUS] !== t.statusWord) where(`${header} kept`, t.statusWord, card.extra?.[STATED_STATUS]);
      continue;
    }
    const got = (card as unknown as Record<string, unknown>)[field] ?? '';
    const want = t[field];
    if (MONEY.has(field) ? got !== want : String(got) !== String(want)) where(field, want, got);
  }
  const values = [...Object.values(card.extra ?? {}), ...Object.values(card).filter((v) => typeof v !== 'object')];
  for (const [header, raw] of Object.entries(t.columns)) {
    const value = String(raw);
    if (carried.has(header) || value === '') continue;
    if (card.extra?.[header] === value || values.includes(value)) continue;
    if (/^[\d,.]+$/.test(value) && (sameNumber(card.extra?.[header] ?? '', value) || sameNumber(card.extra?.[STATED_QUANTITY] ?? '', value) || sameNumber(card.quantity, value)))
      continue;
    where(`column ${header}`, value, card.extra?.[header]);
  }
  return out;
}

describe('blind registers, third pass', () => {
  for (const [shape, c] of Object.entries(TRUTH)) {
    it(`${shape} (${c.first}): imports unedited with every card and column; re-import changes nothing; the later export updates exactly the changed cards`, async () => {
      const ctx = context('2025-01-06');
      const result = await importRegisterSheets(ctx, TENANT, await sheetsOf(c.first));
      expect(result.errors.slice(0, 5)).toEqual([]);
      expect(result.ignoredSheets ?? [], 'only the 汇总 sheet is left alone, and named').toEqual(shape === 'bycls' ? ['汇总'] : []);
      const cards = await ctx.store.listAssets(TENANT, { includeDisposed: true });
      const byNumber = new Map(cards.map((a) => [a.assetNumber, a]));
      expect(cards.map((a) => a.assetNumber).sort()).toEqual(c.truth.map((t) => t.assetNumber).sort());
      expect(c.truth.flatMap((t) => mismatches(t, c.fields, byNumber.get(t.assetNumber))).slice(0, 12)).toEqual([]);
      expect(sums(cards), 'the file’s 合计').toEqual(c.total);

      const before = await ctx.store.listAssets(TENANT, { includeDisposed: true });
      const again = await importRegisterSheets(ctx, TENANT, await sheetsOf(c.first));
      expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: c.cards, absent: [] });
      expect(await ctx.store.listAssets(TENANT, { includeDisposed: true })).toEqual(before);

      const later = { ...ctx, now: () => new Date('2025-02-12T10:00:00Z') };
      const next = await sheetsOf(c.next);
      const plan = (await importRegisterSheets(later, TENANT, next, { preview: true })).plan!;
      expect({
        updated: plan.updated.map((u) => u.assetNumber).sort(),
        added: plan.added.map((a) => a.assetNumber).sort(),
        absent: plan.absent.map((a) => a.assetNumber).sort(),
      }).toEqual({ updated: c.updated, added: c.added, absent: c.absent });
      await importRegisterSheets(later, TENANT, next);
      const now = await ctx.store.listAssets(TENANT);
      const after = new Map(now.map((a) => [a.assetNumber, a]));
      expect(c.nextTruth.flatMap((t) => mismatches(t, c.fields, after.get(t.assetNumber)))).toEqual([]);
      const inFile = now.filter((a) => !c.absent.includes(a.assetNumber));
      expect(inFile).toHaveLength(c.nextCards);
      expect(sums(inFile), 'the later file’s 合计').toEqual(c.nextTotal);
      expect((await importRegisterSheets(later, TENANT, next, { preview: true })).plan).toMatchObject({ added: [], updated: [] });
    });
  }
});
