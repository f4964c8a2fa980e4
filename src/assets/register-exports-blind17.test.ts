/**
 * Seventeenth blind register pair (test/fixtures/exports/blind-2026-12-07n, README there), from two different systems: a
 * school's register kept by hand in Excel and saved as BIFF8 .xls — cards grouped under merged 部门：教务处 rows, the
 * 使用部门 column empty on every card row, 小计（教务处，7张） after each group, 购置日期 as date cells, a signature footer —
 * and a county bureau's web system CSV: UTF-8 with BOM, SEMICOLON-separated, amounts as text with thousands commas
 * (5,426,000.00), 资产分类 as code-name cells (A02010105-台式计算机), statuses as code-word cells (1-在用), 财政拨款 /
 * 非财政拨款 columns, title and 查询条件 lines and an empty line above the header. Each with its next export. Everything
 * asserted comes from the writer's truth.json, through the path the CLI takes. First contact, cause and fix: the README.
 */
import { describe, expect, it } from 'vitest';
import { parseFen } from '../core/money.ts';
import type { FileCountAndSums, RegisterCardTruth } from './testing/blind-exports.ts';
import {
  blindPair,
  COMMON_PLAN_FIELDS,
  COMMON_STATUS_OF,
  expectCardsAsTruth,
  expectCountAndSums,
  expectReimportThenNextAsTruth,
  importFirstExport,
  keptColumn,
  registerCardView,
  registerSums,
  registerTruthView,
} from './testing/blind-exports.ts';
import type { Asset, AssetStatus } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-07n';

interface TruthCard extends RegisterCardTruth {
  readonly className: string;
  readonly quantity: number;
  readonly acquiredOn: string;
  readonly lifeMonths: number;
  // tazj
  readonly bookedOn?: string;
  readonly fiscalFen?: number;
  readonly nonFiscalFen?: number;
  readonly method?: string;
  readonly acquisition?: string;
  readonly statusCell?: string;
}
interface DepartmentSubtotal {
  readonly cardCount: number;
  readonly originalValueFen: number;
  readonly accumulatedDepreciationFen: number;
  readonly netValueFen: number;
}
interface FileTruth extends FileCountAndSums {
  readonly departmentSubtotals?: Readonly<Record<string, DepartmentSubtotal>>;
  readonly fundingSums?: { readonly fiscalFen: number; readonly nonFiscalFen: number };
  readonly cards: readonly TruthCard[];
}

const pair = blindPair<FileTruth>(DIR);
const { truth, statusWord } = pair;
const tazj = (file: string) => file.startsWith('register-tazj');

/**
 * The README's readings of the status words: 出借 (lent) and 出租 (let) are a use of the asset; 闲置 idle; 待报废 and
 * 待处置 await disposal (held, pending scrap).
 */
const STATUS_OF: Readonly<Record<string, AssetStatus>> = { ...COMMON_STATUS_OF, 出租: 'in-use', 待报废: 'pending-scrap' };

/** The CSV's 财政拨款 / 非财政拨款 columns, kept by their headers: as the file writes them (5,426,000.00), in 分. */
const FISCAL = '财政拨款(元)';
const NON_FISCAL = '非财政拨款(元)';
const STATUS_CODE = '使用状况（代码）';
const fenOf = (text: string): number | undefined => (text === '' ? undefined : parseFen(text, '元'));

/** Where a truth.json change shows in the update plan: the card's field, or the column kept by its header. */
const PLAN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ...COMMON_PLAN_FIELDS,
  // 2-闲置 → 1-在用: the word is the status, the code kept beside it follows.
  statusCell: ['status', `extra:${STATUS_CODE}`, 'statusSince'],
  status: [...COMMON_PLAN_FIELDS.status!, `extra:${STATUS_CODE}`],
  fiscalFen: [`extra:${FISCAL}`],
};

function cardView(file: string, a: Asset | undefined) {
  const common = {
    ...registerCardView(a, statusWord),
    className: a?.className,
    quantity: a?.quantity,
    acquired: a?.acquiredOn,
    lifeMonths: Number(keptColumn(a, '使用年限(月)')),
  };
  if (!tazj(file)) return { ...common, booked: a?.bookedOn };
  return {
    ...common,
    booked: a?.bookedOn,
    funding: [fenOf(keptColumn(a, FISCAL)), fenOf(keptColumn(a, NON_FISCAL))],
    method: keptColumn(a, '折旧方法'),
    acquisition: keptColumn(a, '取得方式'),
    statusCell: `${keptColumn(a, STATUS_CODE)}-${a ? statusWord(a) : ''}`,
  };
}
function truthView(file: string, c: TruthCard) {
  const common = {
    ...registerTruthView(c, STATUS_OF),
    className: c.className,
    quantity: c.quantity,
    acquired: c.acquiredOn,
    lifeMonths: c.lifeMonths,
  };
  if (!tazj(file)) return { ...common, booked: undefined };
  return {
    ...common,
    booked: c.bookedOn,
    funding: [c.fiscalFen, c.nonFiscalFen],
    method: c.method,
    acquisition: c.acquisition,
    statusCell: c.statusCell,
  };
}

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  expectCountAndSums(assets, t);
  expectCardsAsTruth(assets, t.cards, (a) => cardView(file, a), (c) => truthView(file, c));
  // taz: each 部门 group's cards (their department from the group row above them) add up to its 小计.
  for (const [department, s] of Object.entries(t.departmentSubtotals ?? {})) {
    const own = assets.filter((a) => a.departmentUnit === department);
    expect([own.length, ...registerSums(own)], department).toEqual([
      s.cardCount,
      s.originalValueFen,
      s.accumulatedDepreciationFen,
      s.netValueFen,
    ]);
  }
  if (t.fundingSums !== undefined) {
    const sum = (h: string) => assets.reduce((x, a) => x + (fenOf(keptColumn(a, h)) ?? 0), 0);
    expect([sum(FISCAL), sum(NON_FISCAL)]).toEqual([t.fundingSums.fiscalFen, t.fundingSums.nonFiscalFen]);
  }
};

describe('blind register exports 2026-12-07n (hand-kept .xls grouped under 部门：… rows with an empty 使用部门 column; UTF-8-BOM semicolon CSV with code-name cells)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card and column as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone`, async () => {
      const c = await importFirstExport(pair, u, { regionCode: '431222', departmentCode: `blind-2026-12-07n-${i}` }, '2026-12-07T12:00:00Z');
      const { first, t0 } = c;
      if (tazj(u.from)) {
        // Title, 单位名称 and 查询条件 lines (the empty line too) above the header on line 5; the 合计 and the footer.
        expect(first.headerRow).toBe(5);
        expect(first.skipped).toMatchObject({ total: 1, footer: 1 });
      } else {
        // Every 部门 row is a group row, never a card; each group's 小计 and the 合计 are totals.
        const groups = Object.keys(t0.departmentSubtotals!).length;
        expect(first.skipped).toMatchObject({ 'department-group': groups, total: groups + 1 });
        expect(first.fieldsPresent).toContain('departmentUnit');
      }
      expectFile(u.from, first.assets);

      // The gone cards (待报废 / 待处置 and one 在用, handed over) are listed as missing with their status, none as disposed.
      await expectReimportThenNextAsTruth(c, u, { expectFile, planFields: PLAN_FIELDS, goneStatusOf: (word) => STATUS_OF[word]! });
    });
  }
});
