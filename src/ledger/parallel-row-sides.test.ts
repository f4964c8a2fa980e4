import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { describeSkipped } from '../reference/row-kinds.ts';
import { resolveColumns } from './column-mapping.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { loadLedgerRuleData } from './rule-data.ts';

/**
 * 平行记账 printed with both sides of a transaction on ONE row (data/ledger/header-synonyms.json bookSides): the entries
 * are the 预算会计 side's; a row with the 财务会计 side alone (计提, 折旧, 预借) is no spending. Small invented ledgers of
 * that class, each in another shape: sides in either order, group cells printed once (CSV) or merged (.xlsx), on the row
 * right above the lowest header row or two rows above it, or each column naming its side.
 */
const csv = (rows: readonly (readonly (string | number)[])[]) => new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'));

describe('平行记账 on one row: a CSV with 预算会计 before 财务会计, each printed once over its columns', () => {
  const rows = [
    ['明细账'],
    ['编制单位：某县农业农村局', '', '', '', '', '', '', '', '', '', '', '', '', '单位：元'],
    ['凭证日期', '凭证字号', '摘要', '预算会计', '', '', '', '财务会计', '', '', '经济科目', '功能科目', '项目名称', '收款人'],
    ['', '', '', '科目', '借方', '贷方', '余额', '会计科目', '借方', '贷方', '', '', '', ''],
    ['2024-01-01', '', '期初余额', '7201', '', '', '0.00', '', '', '', '', '', '', ''],
    // 财务 only: an accrual, with its classes (no spending).
    ['2024-01-05', '记-1', '计提1月工资', '', '', '', '', '500101 工资福利费用', '10000.00', '', '30101 基本工资', '2130101 行政运行', '', ''],
    ['2024-01-10', '记-2', '发放1月工资', '72010101 基本支出', '10000.00', '', '10000.00', '2201 应付职工薪酬', '10000.00', '', '30101 基本工资', '2130101 行政运行', '', '本局职工'],
    // 财务 only, and no economic class at all: depreciation — skipped, never an error.
    ['2024-01-20', '记-3', '计提1月折旧', '', '', '', '', '500105 固定资产折旧费', '800.00', '', '', '2130101 行政运行', '', ''],
    // 财务 only: an advance (a receivable).
    ['2024-01-22', '记-4', '预借差旅费', '', '', '', '', '1215 其他应收款', '2000.00', '', '', '', '', '张三'],
    ['2024-01-25', '记-5', '购置打印机', '72010102 项目支出', '3600.00', '', '13600.00', '1601 固定资产', '3600.00', '', '31002 办公设备购置', '2130104 事业运行', 'NY2401 农业技术推广', '县科力电脑经营部'],
    // A refund: 贷 on both sides.
    ['2024-01-28', '记-6', '退回多报差旅费', '72010101 基本支出', '', '300.00', '13300.00', '500102 商品和服务费用', '', '300.00', '30211 差旅费', '2130101 行政运行', '', '李四'],
    // Red ink: a negative 借 on both sides.
    ['2024-01-29', '记-7', '冲销记-5多记金额', '72010102 项目支出', '-600.00', '', '12700.00', '1601 固定资产', '-600.00', '', '31002 办公设备购置', '2130104 事业运行', 'NY2401 农业技术推广', '县科力电脑经营部'],
    // 预算 only: an adjustment between classes (调账).
    ['2024-01-30', '记-8', '调账：油费改列公务用车运行维护费', '72010101 基本支出', '-150.00', '', '12550.00', '', '', '', '30201 办公费', '2130101 行政运行', '', ''],
    ['2024-01-30', '记-8', '调账：油费改列公务用车运行维护费', '72010101 基本支出', '150.00', '', '12700.00', '', '', '', '30231 公务用车运行维护费', '2130101 行政运行', '', ''],
    ['2024-01-31', '', '本月合计', '', '13150.00', '300.00', '12700.00', '', '26400.00', '300.00', '', '', '', ''],
    ['2024-01-31', '', '本年累计', '', '13150.00', '300.00', '12700.00', '', '26400.00', '300.00', '', '', '', ''],
    ['2024-12-31', '记-9', '年末结转本年支出', '7201 事业支出', '', '12700.00', '0.00', '', '', '', '', '', '', ''],
    ['2024-12-31', '记-10', '年末结转本年费用', '', '', '', '', '5001 业务活动费用', '', '10800.00', '', '', '', ''],
  ];

  it('reads the budget side as the entries and skips the rows with the financial side alone, saying why', async () => {
    const read = await readLedgerFile(csv(rows), 'pxcsv.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.nature, e.amount])).toEqual([
      ['记-2', '30101', 'basic', 1_000_000],
      ['记-5', '31002', 'project', 360_000],
      ['记-6', '30211', 'basic', -30_000],
      ['记-7', '31002', 'project', -60_000],
      ['记-8', '30201', 'basic', -15_000],
      ['记-8', '30231', 'basic', 15_000],
    ]);
    // The net is the budget side's 本年累计 (13,150.00 − 300.00), not the financial side's.
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(1_270_000);
    expect(read.skipped['financial-side-only']).toBe(3);
    expect(describeSkipped(read.skipped)).toContain('只有财务会计一栏的行');
    expect(read.columns.sides?.printed).toEqual({ budget: '预算会计', financial: '财务会计' });
  });
});

describe('平行记账 on one row: columns naming their own side (财务借方, 预算会计科目, 借方金额（预算）), zeros in the absent side', () => {
  it('takes each side by its columns\' names and the budget side\'s amounts', async () => {
    const rows = [
      ['日期', '凭证号', '摘要', '财务科目', '财务借方', '财务贷方', '预算会计科目', '借方金额（预算）', '贷方金额（预算）', '支出经济分类', '支出功能分类'],
      // The other side's columns printed as zeros or dashes hold nothing.
      ['2024-03-01', '记-11', '计提3月社保', '500101 工资福利费用', '4200.00', '', '', '0.00', '0.00', '30108 机关事业单位基本养老保险缴费', '2080505 机关事业单位基本养老保险缴费支出'],
      ['2024-03-12', '记-12', '缴纳3月社保', '2201 应付职工薪酬', '4200.00', '', '7101 行政支出', '4200.00', '', '30108 机关事业单位基本养老保险缴费', '2080505 机关事业单位基本养老保险缴费支出'],
      ['2024-03-15', '记-13', '购办公用品', '510102 商品和服务费用', '560.00', '', '7101 行政支出', '560.00', '', '30201 办公费', '2010301 行政运行'],
      ['2024-03-31', '记-14', '计提3月折旧', '510105 固定资产折旧费', '900.00', '0.00', '', '-', '-', '', '2010301 行政运行'],
    ];
    const read = await readLedgerFile(csv(rows), 'named.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.amount])).toEqual([
      ['记-12', '30108', 420_000],
      ['记-13', '30201', 56_000],
    ]);
    expect(read.skipped['financial-side-only']).toBe(2);
    expect(read.columns.columns).toMatchObject({ account: 6, debit: 7, credit: 8 });
  });
});

describe('平行记账 on one row: an .xlsx with merged side cells (财务会计凭证信息, 预算会计（收付实现制）) two rows above its lowest header row', () => {
  it('finds the sides over a middle row (科目 over 编码 | 名称) and reads the budget side', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('明细账');
    ws.addRow(['科目明细账（显示平行分录）']);
    ws.addRow(['日期', '凭证号', '摘要', '财务会计凭证信息', null, null, null, '预算会计（收付实现制）', null, null, null, '经济分类', '功能分类', '往来单位']);
    ws.addRow([null, null, null, '科目', null, '发生额', null, '科目', null, '发生额', null, null, null, null]);
    ws.addRow([null, null, null, '编码', '名称', '借方', '贷方', '编码', '名称', '借方', '贷方', null, null, null]);
    ws.addRow([new Date('2024-04-02T00:00:00Z'), '付-3', '支付会议费', '510102', '商品和服务费用', 2400, null, '71010101', '基本支出', 2400, null, '30215 会议费', '2010301 行政运行', '县宾馆']);
    ws.addRow([new Date('2024-04-30T00:00:00Z'), '转-9', '计提4月折旧', '510105', '固定资产折旧费', 1200, null, null, null, null, null, null, '2010301 行政运行', null]);
    ws.addRow([new Date('2024-04-30T00:00:00Z'), '付-8', '退回会议费', '510102', '商品和服务费用', null, 400, '71010101', '基本支出', null, 400, '30215 会议费', '2010301 行政运行', '县宾馆']);
    for (const range of ['A2:A4', 'B2:B4', 'C2:C4', 'D2:G2', 'H2:K2', 'D3:E3', 'F3:G3', 'H3:I3', 'J3:K3', 'L2:L4', 'M2:M4', 'N2:N4']) ws.mergeCells(range);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const read = await readLedgerFile(bytes, 'deep.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.amount])).toEqual([
      ['付-3', '30215', 240_000],
      ['付-8', '30215', -40_000],
    ]);
    expect(read.skipped['financial-side-only']).toBe(1);
  });
});

describe('平行记账 on one row: a CSV header of three rows, each group printed once (预算会计 over 科目 | 发生额 over 编码 | 名称 | 借方 | 贷方)', () => {
  it('reads the header down to its lowest row and the budget side\'s 借方/贷方', async () => {
    const rows = [
      ['日期', '凭证号', '摘要', '预算会计', '', '', '', '财务会计', '', '', '', '经济分类', '功能分类'],
      ['', '', '', '科目', '', '发生额', '', '科目', '', '发生额', '', '', ''],
      ['', '', '', '编码', '名称', '借方', '贷方', '编码', '名称', '借方', '贷方', '', ''],
      ['2024-02-10', '记-2', '付印刷费', '7201', '事业支出', '700.00', '', '5001', '业务活动费用', '700.00', '', '30202 印刷费', '2050101 行政运行'],
      ['2024-02-28', '记-5', '计提折旧', '', '', '', '', '5001', '业务活动费用', '300.00', '', '', '2050101 行政运行'],
      ['2024-02-28', '记-6', '退回印刷费', '7201', '事业支出', '', '50.00', '5001', '业务活动费用', '', '50.00', '30202 印刷费', '2050101 行政运行'],
      ['2024-02-28', '', '本年累计', '', '', '700.00', '50.00', '', '', '1000.00', '50.00', '', ''],
    ];
    const read = await readLedgerFile(csv(rows), 'px3.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.columns.headerRow).toBe(2);
    expect(read.entries.map((e) => [e.voucher, e.amount])).toEqual([
      ['记-2', 70_000],
      ['记-6', -5_000],
    ]);
    expect(read.skipped['financial-side-only']).toBe(1);
  });
});

describe('a header without two sides is read as before', () => {
  const data = loadLedgerRuleData();
  const resolve = (rows: string[][]) =>
    resolveColumns(rows, data.headerSynonyms, {}, data.headerExclusions, undefined, undefined, data.headerExactOnly, data.headerSubColumns, data.headerDateVoucher, data.bookSides);

  it('leaves 预算科目 (the function class) alone when no 财务 side stands beside it', () => {
    const found = resolve([['日期', '凭证号', '摘要', '预算科目', '经济科目', '借方', '贷方']]);
    expect(found.sides).toBeUndefined();
    expect(found.columns).toMatchObject({ functionCode: 3, economicCode: 4, debit: 5, credit: 6 });
  });

  it('needs an amount column on each side: a 财务会计 group over accounts only is no side', () => {
    const found = resolve([
      ['日期', '凭证号', '摘要', '财务会计', '财务会计', '预算会计', '预算会计', '经济科目', '功能科目'],
      ['日期', '凭证号', '摘要', '科目编码', '科目名称', '借方金额', '贷方金额', '经济科目', '功能科目'],
    ]);
    expect(found.sides).toBeUndefined();
    expect(found.columns).toMatchObject({ account: 3, debit: 5, credit: 6 });
  });
});
