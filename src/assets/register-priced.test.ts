/**
 * Card lists that price batch cards: 数量 / 单价 / 金额 and no 原值 column (data/assets/register-columns.json
 * `amountAsValue`). 金额 is the card's 原值, 单价 is kept by its header, and 数量 × 单价 = 金额 is checked per row in
 * integer 分 (a warning naming the row). Small hand-written examples.
 */
import { describe, expect, it } from 'vitest';
import { assetClasses, formatImportError, importLedger, loadAssetConfig } from './index.ts';
import { pricedFen } from './ledger-import.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);
const read = (rows: string[][]) => importLedger(rows, { config, classes });

const HEAD = ['序号', '资产编号', '资产名称', '资产分类代码', '计量单位', '数量', '单价', '金额', '累计折旧', '取得日期', '使用状况', '折旧年限(月)'];
const priced = (): string[][] => [
  ['某小学固定资产卡片明细表'],
  ['单位名称：某小学', '', '', '', '', '统计截止日期：2024-12-31', '', '', '', '金额单位：元'],
  HEAD,
  ['1', '052003010001', '学校用地', 'A01030000', '宗', '1', '1.00', '1.00', '0.00', '2003/8/20 0:00:00', '在用', '不计提'],
  ['2', '052017020004', '学生机房计算机', 'A02010105', '台', '50', '3980.00', '199000.00', '199000.00', '2017/8/25 0:00:00', '出租出借', '72'],
  ['3', '052018050008', '学生课桌椅', 'A05010203', '套', '240', '356.50', '85560.00', '36125.08', '2018/8/16 0:00:00', '待处置', '180'],
  ['合计', '', '', '', '', '', '', '284561.00', '235125.08', '', '', ''],
  ['共3条记录'],
];

describe('数量 / 单价 / 金额 without a 原值 column', () => {
  it('reads 金额 as the 原值 and keeps 单价, numbers with leading zeros as text, yyyy/m/d h:mm:ss dates; 合计 and 共N条记录 are not cards', () => {
    const result = read(priced());
    expect(result.errors.map(formatImportError)).toEqual([]);
    expect(result.assets.map((a) => [a.assetNumber, a.quantity, a.originalValue, a.accumulatedDepreciation, a.acquiredOn, a.status])).toEqual([
      ['052003010001', 1, 100, 0, '2003-08-20', 'in-use'],
      ['052017020004', 50, 19_900_000, 19_900_000, '2017-08-25', 'in-use'],
      ['052018050008', 240, 8_556_000, 3_612_508, '2018-08-16', 'pending-scrap'],
    ]);
    expect(result.assets.map((a) => a.extra?.['单价'])).toEqual(['1.00', '3980.00', '356.50']);
    expect(result.assets[0]?.extra?.['折旧年限(月)']).toBe('不计提');
    expect(result.assets[1]?.extra?.['使用状况（原表）']).toBe('出租出借');
    expect(result.extraColumns).not.toContain('金额');
    expect(result.rowCount).toBe(3);
    expect(result.findings.filter((f) => f.rule === 'asset-amount-mismatch')).toEqual([]);
  });

  it('warns, naming the row, when 数量 × 单价 is not 金额 in 分, and imports 金额 as the 原值', () => {
    const rows = priced();
    rows[5] = ['3', '052018050008', '学生课桌椅', 'A05010203', '套', '240', '356.50', '85560.01', '36125.08', '2018/8/16 0:00:00', '在用', '180'];
    const result = read(rows);
    expect(result.errors).toEqual([]);
    const warnings = result.findings.filter((f) => f.rule === 'asset-amount-mismatch');
    expect(warnings.map((f) => f.severity)).toEqual(['warning']);
    expect(warnings[0]?.message).toMatch(/^第6行 052018050008 学生课桌椅：数量 240 × 单价 356\.50 = 85,560\.00，与金额 85,560\.01 相差 0\.01 元；已按金额作为原值导入/);
    expect(result.assets[2]?.originalValue).toBe(8_556_001);
  });

  it('refuses the file, naming row and column, when a 单价 cell is not an amount', () => {
    const rows = priced();
    rows[4] = ['2', '052017020004', '学生机房计算机', 'A02010105', '台', '50', '约四千', '199000.00', '199000.00', '2017/8/25 0:00:00', '在用', '72'];
    const result = read(rows);
    expect(result.assets).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.column, e.value])).toEqual([[5, 'G 单价', '约四千']]);
  });

  it('leaves 金额 alone when the header has a 原值 column (and without 单价 there is no 原值)', () => {
    const withValue = priced().map((r, i) => (i < 2 ? r : [...r, i === 2 ? '原值' : i < 6 ? r[7]! : '']));
    const result = read(withValue);
    expect(result.errors).toEqual([]);
    expect(result.extraColumns).toContain('金额');
    const noPrice = priced().map((r) => r.filter((_, j) => j !== 6));
    expect(read(noPrice).errors.map((e) => e.field)).toEqual(['originalValue']);
  });

  it('multiplies in exact integer 分, rounding to the 分 only when 数量 is not whole', () => {
    expect(pricedFen('240', 35_650)).toBe(8_556_000);
    expect(pricedFen('3', 33_333)).toBe(99_999);
    expect(pricedFen('2,460.50', 100_001)).toBe(246_052_461); // 246,052,460.5 分 → half up
    expect(pricedFen('0.1', 3)).toBe(0);
    expect(pricedFen('约50', 100)).toBeUndefined();
  });
});
