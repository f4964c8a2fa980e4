import { describe, expect, it } from 'vitest';
import type { ResolvedColumns } from './column-mapping.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { joinWrappedRows, joinWrappedText } from './wrapped-rows.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (lines: readonly string[]) => readLedgerFile(utf8(lines.join('\n')), 'wrapped.csv', { fiscalYear: 2024 });

// An invented county archive's 明细账 as a PDF-to-Excel converter leaves it: a spacer column without a header after
// 摘要 and another before 借方, and the lines of each wrapped cell on rows of their own.
const TITLE = ['档案馆支出明细账,,,,,,,,,,,,', '单位：测试县档案馆　科目：7101 行政支出　期间：2024年,,,,,,,,,,,,'];
const HEADER = '日期,凭证号,摘要,,功能科目,经济科目,项目,往来单位,,借方,贷方,方向,余额';
const CAR = [
  '2024-03-02,记-1,局长公务用车（测A·,,2012601 行政运,30231 公务用车运,,测试县加油站,,300.00,,借,300.00',
  ',,12345）加油,,行,行维护费,,,,,,,',
];
const SCAN = [
  '2024-03-05,记-2,档案数据接口 REST,,2012604 档案馆,30227 委托业务费,DA2024-01 馆藏,测试县数据服务有,,5000.00,,借,5300.00',
  ',,API 调试,,,,档案数字化,限公司,,,,,',
  ',,,,,,,（驻场）,,,,,',
];

describe('wrapped cells split into rows (a PDF-to-Excel conversion)', () => {
  it('joins Chinese without a space and two Latin letters or digits with one', () => {
    expect(joinWrappedText('30231 公务用车运', '行维护费')).toBe('30231 公务用车运行维护费');
    expect(joinWrappedText('局长公务用车（测A·', '12345）')).toBe('局长公务用车（测A·12345）');
    expect(joinWrappedText('档案数据接口 REST', 'API 调试')).toBe('档案数据接口 REST API 调试');
    expect(joinWrappedText('档案数字化扫描 OCR', '识别服务')).toBe('档案数字化扫描 OCR识别服务');
    expect(joinWrappedText('第2', '3期')).toBe('第2 3期');
    expect(joinWrappedText('', '（驻场）')).toBe('（驻场）');
    expect(joinWrappedText('测试县加油站', '')).toBe('测试县加油站');
  });

  it('joins each continuation row to the entry above it, column by column, and skips it', async () => {
    const r = await read([...TITLE, HEADER, '2024-03-01,,期初余额,,,,,,,,,平,0.00', ...CAR, ...SCAN, ',,本月合计,,,,,,,5300.00,,借,5300.00']);
    expect(r.errors).toEqual([]);
    expect(r.entries).toHaveLength(2);
    const [car, scan] = r.entries;
    expect(car).toMatchObject({ summary: '局长公务用车（测A·12345）加油', functionCode: '2012601', economicCode: '30231', payee: '测试县加油站', amount: 30000 });
    expect(car!.functionName).toBe('行政运行');
    expect(scan).toMatchObject({ summary: '档案数据接口 REST API 调试', functionCode: '2012604', economicCode: '30227', payee: '测试县数据服务有限公司（驻场）' });
    expect(`${scan!.projectCode ?? ''} ${scan!.projectName ?? ''}`).toContain('馆藏档案数字化');
    expect(r.skipped['wrapped-line']).toBe(3);
  });

  it('never takes page furniture, a period line, a footer or a repeated title for a continuation', async () => {
    const r = await read([
      ...TITLE,
      HEADER,
      ...CAR,
      // A page number under 项目, a title repeated in the 摘要 column, a month without spending, a footer: each a row of
      // text only in text columns, right under an entry.
      ',,,,,,第 1 页 共 2 页,,,,,,',
      ...SCAN,
      ',,档案馆支出明细账,,,,,,,,,,',
      '2024-03-09,记-3,购档案盒,,2012604 档案馆,30201 办公费,,测试县文具店,,120.00,,借,5420.00',
      ',,本月合计,,,,,,,,,,',
      '2024-04-02,记-1,购档案盒,,2012604 档案馆,30201 办公费,,测试县文具店,,80.00,,借,5500.00',
      ',,制表：张三,,,,,,,,,,',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.summary)).toEqual(['局长公务用车（测A·12345）加油', '档案数据接口 REST API 调试', '购档案盒', '购档案盒']);
    expect(r.entries[0]!.projectName ?? '').toBe('');
    expect(r.entries[1]!.payee).toBe('测试县数据服务有限公司（驻场）');
    expect(r.entries[2]!.summary).toBe('购档案盒');
    expect(r.skipped).toMatchObject({ 'page-number': 1, 'title-repeat': 1, period: 1, footer: 1, 'wrapped-line': 3 });
  });

  it('keeps a row with its own amount a line of its own, and the line after a continuation still continues the entry', async () => {
    // A 序时账 that prints a voucher's date and number on its first line only: the second line (its own amount) takes
    // them from the line above it across the first line's continuation row.
    const r = await read([
      ...TITLE,
      HEADER,
      '2024-05-06,记-4,接待省档案局检查组工作,,2012601 行政运行,30217 公务接待费,,测试县宾馆,,600.00,,借,600.00',
      ',,餐（6人）,,,,,,,,,,',
      ',,接待省档案局检查组住宿,,2012601 行政运行,30217 公务接待费,,测试县宾馆,,400.00,,借,1000.00',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.date, e.voucher, e.summary, e.amount])).toEqual([
      ['2024-05-06', '记-4', '接待省档案局检查组工作餐（6人）', 60000],
      ['2024-05-06', '记-4', '接待省档案局检查组住宿', 40000],
    ]);
  });

  it('leaves a row that is no continuation to fail: a class code of its own, a direction, no line above', async () => {
    const lines = (row: string, above = true) => [...TITLE, HEADER, ...(above ? CAR : []), row];
    // A function cell that begins with a code is a line of its own, without an amount.
    const coded = await read(lines(',,补记,,2012601 行政运行,,,,,,,,'));
    expect(coded.errors.map((e) => e.row)).toContain(6);
    // A cell in a column that never wraps (方向).
    const direction = await read(lines(',,补记,,,,,,,,,借,'));
    expect(direction.errors.map((e) => e.row)).toContain(6);
    // Right under the header: no line to continue.
    const orphan = await read(lines(',,12345）加油,,行,,,,,,,,', false));
    expect(orphan.errors.map((e) => e.row)).toContain(4);
    // Only the car entry's own continuation row was joined.
    expect([coded, direction, orphan].map((r) => r.skipped['wrapped-line'] ?? 0)).toEqual([1, 1, 0]);
  });

  it('returns the rows as they are when the data names no field that wraps, or no row continues', () => {
    const rows = [HEADER.split(','), ...CAR.map((l) => l.split(','))];
    const resolved: ResolvedColumns = { headerRow: 0, headers: rows[0]!, columns: { date: 0, voucher: 1, summary: 2, functionCode: 4, economicCode: 5, debit: 9 } };
    expect(joinWrappedRows(rows, resolved, { fields: [], codeFields: [] })).toBe(rows);
    expect(joinWrappedRows(rows.slice(0, 2), resolved)).toEqual(rows.slice(0, 2));
    const joined = joinWrappedRows(rows, resolved);
    expect(joined).not.toBe(rows);
    expect(Array.isArray(joined) ? undefined : joined.skip?.(2)).toBe('wrapped-line');
  });
});
