/**
 * Thirteenth blind register pair (test/fixtures/exports/blind-2026-12-06j, README there), from two different systems: a
 * county 公安局's DOS-era FoxPro 固定资产管理系统 「打印到文件」 report — GB18030 text, tab-separated AND space-padded to
 * fixed widths, dashed rule lines around the header and the 合计 row, title / 单位 / 截止日期：24.12.31 lines, 入账日期 as
 * FoxPro ANSI yy.mm.dd, 24张 under 资产名称 in 合计, a 制表 / 审核 / 打印日期：25.01.03 footer and a Ctrl-Z after the last
 * line; 车牌号, 车架号, 排气量 and 年限 (months) columns, 状况 blank on three cards — and a 法院's web 资产管理系统 「导出Excel」
 * .xlsx whose register is split over two sheets: 土地房屋 (面积(㎡), 价值(元) as the 原值, no 数量) and 设备, whose merged
 * two-row header has 原值（元） over 财政拨款 / 自筹资金 / 其他资金 with no total column and 本期变动（元） over 本期增加 /
 * 本期减少; a row of column letters A, B, C … above each header. Each with its next export a month later. Everything
 * asserted comes from the writer's truth.json, through the path the CLI takes. First contact, cause and fix: the README.
 */
import { describe, expect, it } from 'vitest';
import { parseFen } from '../core/money.ts';
import { memoryAssetStore } from './index.ts';
import { STATED_STATUS } from './ledger-import.ts';
import { RULE_TWO_DIGIT_YEAR, RULE_UNKNOWN_STATUS, RULE_VALUE_FROM_PARTS } from './register-checks.ts';
import { importRegisterSheets } from './service.ts';
import type { CardTruthBase, FileCountAndSums } from './testing/blind-exports.ts';
import { blindPair, COMMON_PLAN_FIELDS, expectCardsAsTruth, expectCountAndSums, expectNextExportAsTruth, expectQuantityAndAreaSums, expectReimportChangesNothing, keptColumn } from './testing/blind-exports.ts';
import { type Asset, type AssetStatus, BLANK_STATUS, UNMAPPED_STATUS } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06j';

interface TruthCard extends CardTruthBase {
  readonly sheet?: string;
  readonly className?: string;
  readonly spec?: string;
  readonly unit?: string;
  readonly quantity: number;
  readonly plate?: string;
  readonly vin?: string;
  readonly displacement?: string;
  readonly location?: string;
  readonly certificate?: string;
  readonly area?: string;
  readonly unitPriceFen?: number;
  readonly fiscalFen?: number;
  readonly selfRaisedFen?: number;
  readonly otherFen?: number;
  readonly increaseFen?: number;
  readonly decreaseFen?: number;
  readonly acquiredBy?: string;
  readonly acquiredOn?: string;
  readonly bookedOn: string;
  readonly lifeMonths?: number;
  readonly lifeYears?: number;
  readonly department?: string;
  /** None on 土地房屋 (no 使用人 column there). */
  readonly user?: string;
}
interface FileTruth extends FileCountAndSums {
  readonly quantitySum: number;
  readonly areaSum?: string;
  readonly exportedAt: string;
  readonly sheets?: Readonly<Record<string, number>>;
  readonly cards: readonly TruthCard[];
}

const { truth, config, sheetsOf, statusWord } = blindPair<FileTruth>(DIR);
const gaj = (file: string) => file.startsWith('register-gaj');

/**
 * The README's readings of the status words: 出借 is lent, still in use; 待处置 awaits disposal (held, pending scrap). A
 * blank 状况 (three gaj cards: not recorded — the README says unknown, not idle) is unknown (a14, 2026-12-06): held
 * (in-use for the stocktake and idle lists) and marked 使用状况（未识别） = （空白）, not counted as in use; its later 在用
 * clears the mark, a change of the card the update shows.
 */
const STATUS_OF: Readonly<Record<string, AssetStatus>> = { '': 'in-use', 在用: 'in-use', 出借: 'in-use', 闲置: 'idle', 待报废: 'pending-scrap', 待处置: 'pending-scrap' };

/** Where a truth.json change shows in the update plan: the card's field, or the column kept by its header. */
const PLAN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ...COMMON_PLAN_FIELDS,
  status: ['status', `extra:${STATED_STATUS}`, `extra:${UNMAPPED_STATUS}`, 'statusSince'],
  // A period-movement column is the card's movement in the export's period: it follows the file (README cause and fix).
  increaseFen: ['extra:本期增加'],
  decreaseFen: ['extra:本期减少'],
};

/** A kept amount column in 分 (the .txt writes 9860000.00, the .xlsx a number cell 15000), undefined when empty. */
const fenOf = (text: string): number | undefined => (text === '' ? undefined : parseFen(text, '元'));

/** Every column of a card, the file's own columns included (by their headers as the file writes them). */
function cardView(file: string, a: Asset | undefined) {
  const common = {
    name: a?.name,
    code: a?.classCode,
    quantity: a?.quantity,
    fen: [a?.originalValue, a?.accumulatedDepreciation, a?.netValue],
    user: a?.custodian,
    status: a === undefined ? undefined : a.extra?.[UNMAPPED_STATUS] === BLANK_STATUS ? '' : statusWord(a),
    unknown: a?.extra?.[UNMAPPED_STATUS],
    mapped: a?.status,
    note: keptColumn(a, '备注'),
    booked: a?.bookedOn,
  };
  if (gaj(file)) {
    return {
      ...common,
      spec: a?.specification,
      unit: a?.unit,
      dept: a?.departmentUnit,
      // 入账日期 is the only date: it stands for 取得日期 too.
      acquired: a?.acquiredOn,
      vehicle: [keptColumn(a, '车牌号'), keptColumn(a, '车架号'), keptColumn(a, '排气量')],
      lifeMonths: Number(keptColumn(a, '年限')),
    };
  }
  const life = keptColumn(a, '使用年限(年)');
  const own = { ...common, className: a?.className, location: a?.location, acquired: a?.acquiredOn, acquiredBy: keptColumn(a, '取得方式'), life };
  if (keptColumn(a, '权属证号') !== '') {
    return { ...own, certificate: keptColumn(a, '权属证号'), area: Number(keptColumn(a, '面积(㎡)')) };
  }
  return {
    ...own,
    spec: a?.specification,
    unit: a?.unit,
    dept: a?.departmentUnit,
    unitPrice: fenOf(keptColumn(a, '单价(元)')),
    parts: ['财政拨款', '自筹资金', '其他资金'].map((h) => fenOf(keptColumn(a, h))),
    movement: ['本期增加', '本期减少'].map((h) => fenOf(keptColumn(a, h))),
  };
}
function truthView(file: string, c: TruthCard) {
  const common = {
    name: c.name,
    code: c.classCode,
    quantity: c.quantity,
    fen: [c.originalValueFen, c.accumulatedDepreciationFen, c.netValueFen],
    user: c.user ?? '',
    status: c.status,
    unknown: c.status === '' ? BLANK_STATUS : undefined,
    mapped: STATUS_OF[c.status],
    note: c.note,
    booked: c.bookedOn,
  };
  if (gaj(file)) {
    return {
      ...common,
      spec: c.spec,
      unit: c.unit,
      dept: c.department,
      acquired: c.bookedOn,
      vehicle: [c.plate, c.vin, c.displacement],
      lifeMonths: c.lifeMonths,
    };
  }
  // 使用年限(年): land's is the text 不提折旧 (truth.json: 0), kept as written.
  const own = { ...common, className: c.className, location: c.location, acquired: c.acquiredOn, acquiredBy: c.acquiredBy, life: c.lifeYears === 0 ? '不提折旧' : String(c.lifeYears) };
  if (c.sheet === '土地房屋') return { ...own, certificate: c.certificate, area: Number(c.area) };
  return {
    ...own,
    spec: c.spec,
    unit: c.unit,
    dept: c.department,
    unitPrice: c.unitPriceFen,
    parts: [c.fiscalFen, c.selfRaisedFen, c.otherFen],
    movement: [c.increaseFen, c.decreaseFen],
  };
}

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  // The sums are the file's 合计 rows (one per sheet of the .xlsx), to the 分.
  expectCountAndSums(assets, t);
  expectQuantityAndAreaSums(assets, t);
  expectCardsAsTruth(assets, t.cards, (a) => cardView(file, a), (c) => truthView(file, c), (c, a) => {
    // 原值 = 财政拨款 + 自筹资金 + 其他资金 = 数量 × 单价, in 分.
    if (c.unitPriceFen !== undefined) expect(a?.originalValue, c.number).toBe(c.quantity * c.unitPriceFen);
  });
};


describe('blind register exports 2026-12-06j (FoxPro text print with rule lines, yy.mm.dd and Ctrl-Z; .xlsx register over two sheets with 原值 in parts)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card and column as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone one`, async () => {
      const tenant = { regionCode: '520000', departmentCode: `blind-2026-12-06j-${i}` };
      const ctx = { store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') };
      const first = await importRegisterSheets(ctx, tenant, await sheetsOf(u.from));
      expect(first.errors).toEqual([]);
      // The blank 状况 cells (gaj only) are one warning naming their rows; no word is unknown.
      const blanks = truth.files[u.from]!.cards.filter((c) => c.status === '').length;
      expect(first.findings.filter((f) => f.rule === RULE_UNKNOWN_STATUS).map((f) => f.evidence.length)).toEqual(blanks > 0 ? [blanks] : []);
      expect(first.fieldsPresent).toEqual(expect.arrayContaining(['classCode', 'originalValue', 'accumulatedDepreciation', 'netValue']));
      const t0 = truth.files[u.from]!;
      expect(first.rowCount).toBe(t0.cardCount);
      expect(first.headerRow).toBe(4);
      // Every sheet that is a register is read, none left alone; each sheet's 合计 is a total, its letters row no card.
      expect(first.ignoredSheets ?? []).toEqual([]);
      const sheetCount = t0.sheets === undefined ? 1 : Object.keys(t0.sheets).length;
      expect(first.skipped?.total).toBe(sheetCount);
      expect(first.skipped?.footer).toBe(sheetCount);
      if (t0.sheets !== undefined) {
        expect(first.sheets).toEqual(Object.entries(t0.sheets).map(([sheet, rowCount]) => ({ sheet, rowCount })));
        expect(first.skipped?.['column-numbers']).toBe(sheetCount);
        expect(first.findings.filter((f) => f.rule === RULE_VALUE_FROM_PARTS).map((f) => f.message)).toEqual([expect.stringContaining('原值 = 财政拨款 + 自筹资金 + 其他资金')]);
      } else {
        // The two-digit years' century comes from the print's own 打印日期 (the file's latest date), said in one note.
        const note = first.findings.find((f) => f.rule === RULE_TWO_DIGIT_YEAR);
        expect(note?.message).toContain(`打印日期`);
        expect(note?.message).toContain(`（${t0.exportedAt}）`);
      }
      expectFile(u.from, first.assets);

      await expectReimportChangesNothing(importRegisterSheets(ctx, tenant, await sheetsOf(u.from)), t0.cardCount);

      // The gone cards were 待报废 / 待处置 (held, awaiting disposal): listed as missing, not as disposed, still held.
      // Each changed card changes in exactly the fields truth.json names (a blank 状况 become 在用: the mark cleared).
      await expectNextExportAsTruth(importRegisterSheets(ctx, tenant, await sheetsOf(u.to)), u, {
        store: ctx.store,
        tenant,
        expectFile,
        planFields: PLAN_FIELDS,
        goneStatusOf: (word) => STATUS_OF[word]!,
      });
    });
  }
});
