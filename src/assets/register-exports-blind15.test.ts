/**
 * Fifteenth blind register pair (test/fixtures/exports/blind-2026-12-06l, README there), from two different systems: a
 * township register kept by hand in WPS 表格 and saved as BIFF .xls — 累计折旧[元] before 原值[元] (the unit in square
 * brackets), 数量 with its unit (5台), month-only 取得时间 (2019年6月), cards written over two rows (the second only a
 * further line of 规格型号 / 备注), 分类小计 rows, statuses 正常使用 / 已封存 / 拟处置 / 已出租 — and a county web system's
 * HTML table named .xls (GBK, amounts in 万元 with six decimals). Each with its next export. Everything asserted comes
 * from the writer's truth.json, through the path the CLI takes. First contact, cause and fix: the README.
 */
import { describe, expect, it } from 'vitest';
import { RULE_MONTH_ONLY_DATE } from './register-checks.ts';
import type { FileCountAndSums, RegisterCardTruth } from './testing/blind-exports.ts';
import {
  blindPair,
  COMMON_PLAN_FIELDS,
  expectCardsAsTruth,
  expectCountAndSums,
  expectReimportThenNextAsTruth,
  importFirstExport,
  registerCardView,
  registerTruthView,
} from './testing/blind-exports.ts';
import type { Asset, AssetStatus } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06l';

interface TruthCard extends RegisterCardTruth {
  readonly quantity: number;
  // hxz
  readonly acquiredMonth?: string;
  // hxly
  readonly acquiredOn?: string;
  readonly bookedOn?: string;
}
interface FileTruth extends FileCountAndSums {
  readonly cards: readonly TruthCard[];
}

const pair = blindPair<FileTruth>(DIR);
const { truth, statusWord } = pair;
const hxz = (file: string) => file.startsWith('register-hxz');

/**
 * The status words of the pair as data/assets/register-columns.json groups them: 已出租 and 出借 are a use of the asset;
 * 已封存 (sealed away: a car after the 公车改革, a laptop of a vacant post) is held and not used; 拟处置 and 待报废 await disposal.
 */
const STATUS_OF: Readonly<Record<string, AssetStatus>> = {
  正常使用: 'in-use',
  在用: 'in-use',
  已出租: 'in-use',
  出借: 'in-use',
  已封存: 'idle',
  闲置: 'idle',
  拟处置: 'pending-scrap',
  待报废: 'pending-scrap',
};

const cardView = (a: Asset | undefined) => ({
  ...registerCardView(a, statusWord),
  quantity: a?.quantity,
  // A month-only 取得时间 is read as the month's first day.
  acquired: a?.acquiredOn,
  booked: a?.bookedOn ?? '',
});
const truthView = (c: TruthCard) => ({
  ...registerTruthView(c, STATUS_OF),
  quantity: c.quantity,
  acquired: c.acquiredMonth !== undefined ? `${c.acquiredMonth}-01` : c.acquiredOn,
  booked: c.bookedOn ?? '',
});

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  expectCountAndSums(assets, t);
  expectCardsAsTruth(assets, t.cards, cardView, truthView);
};

describe('blind register exports 2026-12-06l (hand-kept WPS .xls with [元] units, 5台, 2019年6月, two-row cards and 分类小计; HTML .xls in 万元)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone`, async () => {
      const c = await importFirstExport(pair, u, { regionCode: '431222', departmentCode: `blind-2026-12-06l-${i}` }, '2026-12-06T12:00:00Z');
      const { first, t0 } = c;
      if (hxz(u.from)) {
        // Five second rows joined to their cards; four 分类小计 and the 合计 skipped; every 取得时间 month-only.
        expect(first.skipped).toMatchObject({ 'card-continuation': 5, total: 5 });
        expect(first.findings.find((f) => f.rule === RULE_MONTH_ONLY_DATE)?.message).toContain(`${t0.cardCount} 个日期只写到月`);
      }
      expectFile(u.from, first.assets);

      await expectReimportThenNextAsTruth(c, u, { expectFile, planFields: COMMON_PLAN_FIELDS });
    });
  }
});
