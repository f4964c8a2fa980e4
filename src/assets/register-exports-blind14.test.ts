/**
 * Fourteenth blind register pair (test/fixtures/exports/blind-2026-12-06k, README there), from two different systems: an
 * education 资产管理平台's 「导出Excel」 that writes an Excel 2003 XML Spreadsheet named .xls (sparse cells with ss:Index,
 * a two-row merged header, title rows, 合计 and a footer, a 查询条件 sheet), whose 资产分类 is only a path of GB/T 14885
 * names (房屋和构筑物/房屋/业务用房/教育用房), with 累计折旧 and 累计摊销 in two columns and a 数量 column holding counts
 * and, on buildings, areas in 平方米 — and a 资产云 「批量导出（导入模板格式）」 .xlsx: a hidden row of field keys above
 * the header, `*` on required headers, a hint row under it, a hidden 字典 sheet, every drop-down cell written
 * `code-name` (1-在用, 04-经济责任审计股), a card at 暂估值 and a donated card 未入账. Each with its next export. Everything
 * asserted comes from the writer's truth.json, through the path the CLI takes. First contact, cause and fix: the README.
 */
import { describe, expect, it } from 'vitest';
import { parseFen } from '../core/money.ts';
import { STATED_STATUS } from './ledger-import.ts';
import { CODE_COLUMN_SUFFIX } from './ledger-columns.ts';
import { RULE_CLASS_FROM_NAME, RULE_VALUE_FROM_PARTS } from './register-checks.ts';
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
  quantityAsWritten,
  registerCardView,
  registerTruthView,
} from './testing/blind-exports.ts';
import type { Asset, AssetStatus } from './types.ts';

const DIR = 'test/fixtures/exports/blind-2026-12-06k';

interface TruthCard extends RegisterCardTruth {
  readonly className: string;
  /** tnzj: the figure as typed ("4862.30" 平方米, "12860" 册); tnsj: a count. */
  readonly quantity: string | number;
  readonly acquiredBy: string;
  readonly acquiredOn: string;
  readonly bookedOn: string;
  readonly lifeMonths: number;
  // tnzj
  readonly depreciationColumnFen?: number | null;
  readonly amortisationColumnFen?: number | null;
  readonly method?: string;
  // tnsj
  readonly area?: string;
  readonly valueType?: string;
  readonly bookState?: string;
  readonly voucher?: string;
}
interface FileTruth extends FileCountAndSums {
  readonly quantitySum?: number;
  readonly columnSums?: Readonly<Record<string, number>>;
  readonly cards: readonly TruthCard[];
}

const pair = blindPair<FileTruth>(DIR);
const { truth, statusWord } = pair;
const tnzj = (file: string) => file.startsWith('register-tnzj');

/**
 * The README's readings of the status words: 维修中 (under repair) and 出借 (lent) are held and in use; 拟处置, 待处置
 * and 调拨中 (a transfer to another school approved, not yet handed over — 无偿调拨 is a way of disposal) await disposal.
 */
const STATUS_OF: Readonly<Record<string, AssetStatus>> = { ...COMMON_STATUS_OF, 维修中: 'in-use', 拟处置: 'pending-scrap', 调拨中: 'pending-scrap' };

/** The 资产云 columns written `code-name`: each keeps its code beside the name. */
const CODED_TNSJ = ['*价值类型', '*取得方式', '*财务入账状态', '*使用部门', '*使用状况'];
const codeOf = (h: string) => `${h}${CODE_COLUMN_SUFFIX}`;

/** Where a truth.json change shows in the update plan: the card's field, or the columns kept by the file's headers. */
const PLAN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  ...COMMON_PLAN_FIELDS,
  status: ['status', `extra:${STATED_STATUS}`, 'statusSince', `extra:${codeOf('*使用状况')}`],
  department: ['departmentUnit', `extra:${codeOf('*使用部门')}`],
  quantity: ['quantity'],
  // tnzj's two accumulated columns, kept by their headers; the card's 累计折旧 is their sum.
  depreciationColumnFen: ['extra:累计折旧'],
  amortisationColumnFen: ['extra:累计摊销'],
  // tnsj's coded columns: the name and its code change together.
  valueType: ['extra:*价值类型', `extra:${codeOf('*价值类型')}`],
  bookState: ['extra:*财务入账状态', `extra:${codeOf('*财务入账状态')}`],
  bookedOn: ['bookedOn'],
  voucher: ['extra:会计凭证号'],
};

/** A kept amount column in 分 (a SpreadsheetML number 2341240 or 55466.84), null when the cell is empty. */
const fenOf = (text: string): number | null => (text === '' ? null : parseFen(text, '元'));

function cardView(file: string, a: Asset | undefined) {
  const common = { ...registerCardView(a, statusWord), className: a?.className, acquired: a?.acquiredOn, booked: a?.bookedOn ?? '' };
  if (tnzj(file)) {
    return {
      ...common,
      quantity: quantityAsWritten(a),
      columns: [fenOf(keptColumn(a, '累计折旧')), fenOf(keptColumn(a, '累计摊销'))],
      method: keptColumn(a, '方法'),
      life: Number(keptColumn(a, '年限(月)')),
      acquiredBy: keptColumn(a, '取得方式'),
    };
  }
  return {
    ...common,
    quantity: a?.quantity,
    area: keptColumn(a, '面积(平方米)'),
    valueType: keptColumn(a, '*价值类型'),
    acquiredBy: keptColumn(a, '*取得方式'),
    bookState: keptColumn(a, '*财务入账状态'),
    voucher: keptColumn(a, '会计凭证号'),
    life: Number(keptColumn(a, '使用年限(月)')),
  };
}
function truthView(file: string, c: TruthCard) {
  const common = { ...registerTruthView(c, STATUS_OF), className: c.className, acquired: c.acquiredOn, booked: c.bookedOn };
  if (tnzj(file)) {
    return {
      ...common,
      quantity: Number(c.quantity),
      columns: [c.depreciationColumnFen ?? null, c.amortisationColumnFen ?? null],
      method: c.method,
      life: c.lifeMonths,
      acquiredBy: c.acquiredBy,
    };
  }
  return { ...common, quantity: c.quantity, area: c.area, valueType: c.valueType, acquiredBy: c.acquiredBy, bookState: c.bookState, voucher: c.voucher, life: c.lifeMonths };
}

const expectFile = (file: string, assets: readonly Asset[]) => {
  const t = truth.files[file]!;
  // 原值, 累计折旧 (tnzj: 累计折旧 + 累计摊销) and 净值 (账面价值) as truth.json sums them, to the 分.
  expectCountAndSums(assets, t);
  if (t.quantitySum !== undefined) expect(assets.reduce((s, a) => s + a.quantity, 0)).toBe(t.quantitySum);
  if (t.columnSums !== undefined) {
    // The 合计 row's two accumulated columns, each kept on the cards by its header.
    const column = (h: string) => assets.reduce((s, a) => s + (fenOf(keptColumn(a, h)) ?? 0), 0);
    expect([column('累计折旧'), column('累计摊销')]).toEqual([t.columnSums['累计折旧'], t.columnSums['累计摊销']]);
    // An area in 平方米 is one card keeping its figure, not 5210 items.
    for (const a of assets.filter((x) => x.unit === '平方米')) expect(a.quantity, a.assetNumber).toBe(1);
  }
  expectCardsAsTruth(assets, t.cards, (a) => cardView(file, a), (c) => truthView(file, c), (_c, a) => {
    if (!tnzj(file)) for (const h of CODED_TNSJ) expect(keptColumn(a, codeOf(h)), `${a?.assetNumber} ${h}`).toMatch(/^\d+$/);
  });
};

describe('blind register exports 2026-12-06k (SpreadsheetML .xls with a class-name path and 累计折旧 beside 累计摊销; 资产云 import-template .xlsx with field keys, hints and code-name cells)', () => {
  for (const [i, u] of truth.updates.entries()) {
    it(`${u.from}: imports unedited with every card and column as truth.json says; re-import changes nothing; ${u.to} updates exactly the changed cards, adds the new and lists the gone`, async () => {
      const c = await importFirstExport(pair, u, { regionCode: '361130', departmentCode: `blind-2026-12-06k-${i}` }, '2026-12-06T12:00:00Z');
      const { first, t0 } = c;
      // Every status word is known (调拨中 too, checked above); no 使用状况 cell is blank.
      expect(first.fieldsPresent).toEqual(expect.arrayContaining(['classCode', 'originalValue', 'accumulatedDepreciation', 'netValue']));
      if (tnzj(u.from)) {
        // Title rows, the two-row header, 合计, an empty row and the footer; the 查询条件 sheet left alone.
        expect(first.headerRow).toBe(4);
        expect(first.skipped).toEqual({ title: 3, total: 1, blank: 1, footer: 1 });
        expect(first.ignoredSheets).toEqual(['查询条件']);
        const path = first.findings.find((f) => f.rule === RULE_CLASS_FROM_NAME);
        expect(path?.severity).toBe('info');
        expect(path?.message).toContain(`${t0.cardCount} 张卡片按路径末级名称`);
        expect(first.findings.find((f) => f.rule === RULE_VALUE_FROM_PARTS)?.message).toContain('累计折旧 = 累计折旧 + 累计摊销');
      } else {
        // The hidden field-key row above the header and the hint row under it are no cards; the 字典 sheet no register.
        expect(first.headerRow).toBe(2);
        expect(first.skipped).toEqual({ 'field-keys': 1, hints: 1 });
        expect(first.ignoredSheets).toEqual(['字典']);
      }
      expectFile(u.from, first.assets);

      // The gone cards were 拟处置 / 调拨中 / 待处置 (held, awaiting disposal): listed as missing, not as disposed, still held.
      await expectReimportThenNextAsTruth(c, u, { expectFile, planFields: PLAN_FIELDS, goneStatusOf: (word) => STATUS_OF[word]! });
    });
  }
});
