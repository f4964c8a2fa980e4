/**
 * Seventh blind register pair (test/fixtures/exports/blind-2026-12-06d, README there), in the two formats the issue
 * names, from two different systems: a township clinic's GB18030 CSV card list (title and 单位/截止日期 rows, 使用状况,
 * 原值/累计折旧/净值 with thousands separators, dates 20080618, 合计 row 共N张卡片, 制表人/审核人/打印日期 footer) and a
 * county bureau's .xlsx card list (merged title, 编制单位/报表日期 row, 序号, 使用状态, 账面原值/已提折旧/账面净值(元),
 * dates 2010年12月20日 as text, merged 合计, 导出时间 footer) — each with its next export a month later. Everything
 * asserted comes from the writer's truth.json, through the path the CLI takes. First contact: see the README.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../reference/paths.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { importRegisterSheets } from './service.ts';
import { type CardTruthBase, planNumbers, registerSums, sheetsIn, statusWordOf, truthNumbers } from './testing/blind-exports.ts';
import type { Asset } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06d';

/** This pair's truth.json has no note per card. */
interface TruthCard extends Omit<CardTruthBase, 'note'> {
  readonly acquiredOn: string;
  readonly department: string;
  readonly user: string;
  readonly location: string;
}
interface FileTruth {
  readonly cardCount: number;
  readonly sums: { readonly originalValueFen: number; readonly accumulatedDepreciationFen: number; readonly netValueFen: number };
  readonly cards: readonly TruthCard[];
}
interface UpdateTruth {
  readonly from: string;
  readonly to: string;
  readonly changed: readonly { readonly number: string }[];
  readonly new: readonly string[];
  readonly gone: readonly { readonly number: string }[];
}
interface Truth {
  readonly files: Readonly<Record<string, FileTruth>>;
  readonly updates: readonly UpdateTruth[];
}

const truth = JSON.parse(readFileSync(repoPath(`${DIR}/truth.json`), 'utf8')) as Truth;
const config = loadAssetConfig();
const sheetsOf = sheetsIn(DIR);
const sums = registerSums;
const statusWord = statusWordOf(config);
const cardView = (a: Asset | undefined) => ({
  name: a?.name,
  classCode: a?.classCode,
  fen: [a?.originalValue, a?.accumulatedDepreciation, a?.netValue],
  acquiredOn: a?.acquiredOn,
  department: a?.departmentUnit ?? '',
  user: a?.custodian ?? '',
  location: a?.location ?? '',
  status: a ? statusWord(a) : undefined,
});
const truthView = (c: TruthCard) => ({
  name: c.name,
  classCode: c.classCode,
  fen: [c.originalValueFen, c.accumulatedDepreciationFen, c.netValueFen],
  acquiredOn: c.acquiredOn,
  department: c.department,
  user: c.user,
  location: c.location,
  status: c.status,
});
const expectFile = (assets: readonly Asset[], file: FileTruth) => {
  expect(assets).toHaveLength(file.cardCount);
  expect(sums(assets)).toEqual([file.sums.originalValueFen, file.sums.accumulatedDepreciationFen, file.sums.netValueFen]);
  const byNumber = new Map(assets.map((a) => [a.assetNumber, a]));
  for (const c of file.cards) expect(cardView(byNumber.get(c.number)), c.number).toEqual(truthView(c));
};

describe('blind register exports 2026-12-06d (GB18030 CSV and .xlsx of two systems)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone one`, async () => {
      const tenant = { regionCode: '530000', departmentCode: `blind-2026-12-06d-${i}` };
      const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
      const first = await importRegisterSheets(ctx, tenant, await sheetsOf(u.from));
      expect(first.errors).toEqual([]);
      expectFile(first.assets, truth.files[u.from]!);

      const again = await importRegisterSheets(ctx, tenant, await sheetsOf(u.from));
      expect(again.plan).toMatchObject({ added: [], updated: [], unchanged: truth.files[u.from]!.cardCount, absent: [] });

      const later = await importRegisterSheets(ctx, tenant, await sheetsOf(u.to));
      expect(later.errors).toEqual([]);
      expectFile(later.assets, truth.files[u.to]!);
      const plan = later.plan!;
      expect(planNumbers(plan)).toEqual(truthNumbers(u));
    });
  }
});
