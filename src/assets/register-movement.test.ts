/**
 * A 资产卡片变动明细表 (a monthly 国有资产月报 by card) and registers listed by class: small hand-written examples.
 * 期末原值 is the card's 原值, 期初原值 / 本期增加 / 本期减少 are kept and checked per row in integer 分; class
 * heading rows (一、房屋和构筑物（3项）), 小计 rows and a 说明 line are skipped and counted; a cover sheet is left
 * alone; yyyy.mm.dd dates; one 坐落位置/存放地点 column, or 存放地点 filled from 坐落位置 where it is empty.
 */
import { describe, expect, it } from 'vitest';
import { assetClasses, formatImportError, importLedger, loadAssetConfig, memoryAssetStore } from './index.ts';
import { registerPlanText } from './render-text.ts';
import { importRegisterSheets } from './service.ts';

const config = loadAssetConfig();
const classes = assetClasses(2026);
const read = (rows: string[][]) => importLedger(rows, { config, classes });

const HEAD = ['序号', '资产编号', '资产名称', '资产分类代码', '坐落位置/存放地点', '取得日期', '使用状况', '期初原值', '本期增加', '本期减少', '期末原值', '期末净值'];
const wide = (text: string) => HEAD.map(() => text);

const monthly = (): string[][] => [
  wide('资产卡片变动明细表（2025年3月）'),
  ['编制单位：某县某局', '', '', '', '', '', '', '', '金额单位：元', '', '', ''],
  HEAD,
  wide('一、房屋和构筑物（1项）'),
  ['1', 'FW-01', '办公楼', 'A01010100', '某县人民路8号', '2010.05.06', '在用', '1,000,000.00', '200,000.00', '0.00', '1,200,000.00', '900,000.00'],
  ['', '', '小计', '', '', '', '', '1,000,000.00', '200,000.00', '0.00', '1,200,000.00', '900,000.00'],
  wide('二、设备（2项）'),
  ['1', 'SB-01', '台式计算机', 'A02010105', '201室', '2021.03.18', '在用', '0', '4,850.00', '', '4,850.00', '4,850.00'],
  ['2', 'SB-02', '打印机', 'A02021003', '202室', '2019.11.02', '闲置', '2,300.00', '', '', '2,300.00', '0.00'],
  ['', '', '小计', '', '', '', '', '2,300.00', '4,850.00', '0.00', '7,150.00', '4,850.00'],
  ['合    计', '合    计', '', '', '', '', '', '1,002,300.00', '204,850.00', '0.00', '1,207,150.00', '904,850.00'],
  wide('说明：本表按资产大类分组列示。'),
];

describe('资产卡片变动明细表', () => {
  it('reads 期末原值 as the 原值, keeps the movement columns, skips and counts class headings, 小计 and the 说明 line', () => {
    const result = read(monthly());
    expect(result.errors.map(formatImportError)).toEqual([]);
    expect(result.assets.map((a) => [a.assetNumber, a.originalValue, a.netValue, a.acquiredOn, a.location])).toEqual([
      ['FW-01', 120_000_000, 90_000_000, '2010-05-06', '某县人民路8号'],
      ['SB-01', 485_000, 485_000, '2021-03-18', '201室'],
      ['SB-02', 230_000, 0, '2019-11-02', '202室'],
    ]);
    expect(result.assets[0]?.extra).toMatchObject({ 期初原值: '1,000,000.00', 本期增加: '200,000.00', 本期减少: '0.00' });
    // The 说明 line is a note row (data/imports/row-kinds.json note), counted apart from the footer.
    expect(result.skipped).toMatchObject({ 'class-heading': 2, total: 3, note: 1, title: 2 });
    expect(result.findings.filter((f) => f.rule === 'asset-movement-mismatch')).toEqual([]);
  });

  it('warns, naming the row, when 期初 + 增加 − 减少 is not 期末原值 (in 分), and still imports the card at 期末原值', () => {
    const rows = monthly();
    rows[8] = ['2', 'SB-02', '打印机', 'A02021003', '202室', '2019.11.02', '闲置', '2,300.00', '', '0.01', '2,300.00', '0.00'];
    const result = read(rows);
    expect(result.errors).toEqual([]);
    const warnings = result.findings.filter((f) => f.rule === 'asset-movement-mismatch');
    expect(warnings.map((f) => f.severity)).toEqual(['warning']);
    expect(warnings[0]?.message).toMatch(/^第9行 SB-02 打印机：期初原值 2,300.00 \+ 本期增加 0.00 − 本期减少 0.01 = 2,299.99，与原值 2,300.00 相差 0.01 元/);
    expect(result.assets.find((a) => a.assetNumber === 'SB-02')?.originalValue).toBe(230_000);
  });

  it('refuses the whole file, naming row and column, when a movement cell is not an amount', () => {
    const rows = monthly();
    rows[7] = ['1', 'SB-01', '台式计算机', 'A02010105', '201室', '2021.03.18', '在用', '0', '四千八', '', '4,850.00', '4,850.00'];
    const result = read(rows);
    expect(result.assets).toEqual([]);
    expect(result.errors.map(formatImportError)).toEqual([expect.stringMatching(/^第8行 I 本期增加「四千八」：本期增加无法识别/)]);
  });

  it('does not check a register that has only some of the movement columns', () => {
    const rows = monthly().map((r) => r.filter((_, i) => i !== 9));
    rows[8] = ['2', 'SB-02', '打印机', 'A02021003', '202室', '2019.11.02', '闲置', '9.00', '', '2,300.00', '0.00'];
    const result = read(rows);
    expect(result.errors).toEqual([]);
    expect(result.findings.filter((f) => f.rule === 'asset-movement-mismatch')).toEqual([]);
  });

  it('reads a one-cell class heading of a CSV too, but a one-text row that is no heading is still a card row (refused)', () => {
    const head = ['资产编号', '资产名称', '分类代码', '原值', '取得日期'];
    const ok = read([head, ['（一）通用设备'], ['SB-01', '台式计算机', 'A02010105', '4850', '2021.3.18'], ['第二类 家具和用具'], ['JJ-01', '办公桌', 'A05010201', '1800', '2020.01.02']]);
    expect(ok.errors).toEqual([]);
    expect(ok.assets.map((a) => a.assetNumber)).toEqual(['SB-01', 'JJ-01']);
    expect(ok.skipped).toMatchObject({ 'class-heading': 2 });
    const bad = read([head, ['通用设备'], ['SB-01', '台式计算机', 'A02010105', '4850', '2021.3.18']]);
    expect(bad.assets).toEqual([]);
    expect(bad.errors.some((e) => e.row === 2)).toBe(true);
  });

  it('fills an empty 存放地点 from 坐落位置 (buildings and land carry an address), and keeps 坐落位置 by its header', () => {
    const head = ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '坐落位置', '存放地点'];
    const result = read([
      head,
      ['FW-01', '办公楼', 'A01010100', '1200000', '2010-05-06', '某县人民路8号', ''],
      ['SB-01', '台式计算机', 'A02010105', '4850', '2021-03-18', '', '201室'],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.assets.map((a) => a.location)).toEqual(['某县人民路8号', '201室']);
    expect(result.assets[0]?.extra).toMatchObject({ 坐落位置: '某县人民路8号' });
  });
});

describe('update import of a monthly report', () => {
  const tenant = { regionCode: '431000', departmentCode: 'movement' };
  const context = () => ({ store: memoryAssetStore(), config, now: () => new Date('2026-12-06T10:00:00Z') });
  const cover = [['', '某省行政事业单位国有资产月报'], ['', '报送单位：', '某县某局'], ['', '报表期间：', '2025年3月']];

  it('leaves a cover sheet alone, and says that a disposed card (报废) left the export instead of listing it as missing', async () => {
    const ctx = context();
    const head = ['资产编号', '资产名称', '分类代码', '原值', '取得日期', '使用状况'];
    const first = await importRegisterSheets(ctx, tenant, [
      { sheet: '封面', rows: cover },
      { sheet: '明细', rows: [head, ['SB-01', '台式计算机', 'A02010105', '4850', '2021.03.18', '在用'], ['SB-02', '越野车', 'A02030502', '486000', '2012.07.02', '报废']] },
    ]);
    expect(first.errors).toEqual([]);
    expect(first.ignoredSheets).toEqual(['封面']);
    expect(first.plan?.added.map((a) => [a.assetNumber, a.status])).toEqual([['SB-01', 'in-use'], ['SB-02', 'disposed']]);
    const next = await importRegisterSheets(ctx, tenant, [
      { sheet: '封面', rows: cover },
      { sheet: '明细', rows: [head, ['SB-01', '台式计算机', 'A02010105', '4850', '2021.03.18', '在用']] },
    ]);
    expect(next.plan).toMatchObject({ added: [], updated: [], unchanged: 1, absent: [], disposedAbsent: [{ assetNumber: 'SB-02', name: '越野车' }] });
    expect(registerPlanText(next, false)).toContain('已处置卡片不在新文件中 1 项');
  });
});
