/**
 * Export shapes probed by hand (2026-12-06, ledimp) that failed or were misread at first contact: amounts stated in
 * 万元, a 余额方向 column beside a single 金额 column, full-width digits, a book that prints only its balance.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { headerAmountUnit, parseLedgerAmountIn, titleAmountUnit } from './parse-entries.ts';
import { splitCsvRecord } from '../reference/csv.ts';
import { describeAmountUnit } from './ledger-service.ts';
import { readLedgerFile } from './read-ledger-file.ts';
import { loadLedgerRuleData } from './rule-data.ts';

const gbk = (lines: readonly string[]) => new Uint8Array(iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
const read = (lines: readonly string[], name = 'ledger.csv') => readLedgerFile(gbk(lines), name, { fiscalYear: 2024 });
const labels = loadLedgerRuleData().amountUnitLabels;
const H = '日期,凭证号,摘要,功能科目,经济科目,往来单位,借方金额,贷方金额,方向,余额';

describe('amounts stated in 万元', () => {
  it('reads the unit a title row or a column header states, and no unit from a 单位 that names the unit', () => {
    expect(titleAmountUnit([['某县文化馆 明细账'], ['科目：7201 事业支出', '', '金额单位：万元']], labels)).toBe('万元');
    expect(titleAmountUnit([['单位：某县文化馆   期间：2024年   单位：元']], labels)).toBe('元');
    expect(titleAmountUnit([['单位：某县文化馆']], labels)).toBeUndefined();
    expect(headerAmountUnit('借方金额（万元）', labels)).toBe('万元');
    expect(headerAmountUnit('金额(单位：万元)', labels)).toBe('万元');
    expect(headerAmountUnit('贷方金额', labels)).toBeUndefined();
  });

  it('turns a 万元 amount into exact 分 by its digits, and refuses one finer than a 分', () => {
    expect(parseLedgerAmountIn('0.128050', '万元')).toBe(128050);
    expect(parseLedgerAmountIn('1.2', '万元')).toBe(1_200_000);
    expect(parseLedgerAmountIn('-0.002', '万元')).toBe(-2000);
    expect(parseLedgerAmountIn('(1,234.567891)', '万元')).toBe(-1_234_567_891);
    expect(() => parseLedgerAmountIn('0.1280505', '万元')).toThrow('万元最多6位小数');
    expect(parseLedgerAmountIn('1280.50', '元')).toBe(128050);
  });

  it('imports a ledger whose title says 金额单位：万元 in 分, and one whose headers say （万元）', async () => {
    const rows = [
      '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,某文具店,0.128050,,借,0.128050',
      '2024-01-09,记-2,付印刷费,2070109 群众文化,30202 印刷费,某印刷厂,1.2,,借,1.328050',
      '2024-01-12,记-3,退回多付印刷费,2070109 群众文化,30202 印刷费,某印刷厂,,0.002000,借,1.326050',
    ];
    const expected = [128050, 1_200_000, -2000];
    const titled = await read(['某县文化馆 明细账', '科目：7201 事业支出,期间：2024年,金额单位：万元', H, ...rows]);
    expect(titled.errors).toEqual([]);
    expect(titled.entries.map((e) => e.amount)).toEqual(expected);
    const headed = await read(['某县文化馆 明细账', H.replace('借方金额', '借方金额（万元）').replace('贷方金额', '贷方金额（万元）'), ...rows]);
    expect(headed.errors).toEqual([]);
    expect(headed.entries.map((e) => e.amount)).toEqual(expected);
    // The import says so: three rows read in 万元 (a row of 借方 and 贷方 once).
    expect(titled.amountUnit).toEqual({ unit: '万元', rows: 3 });
    expect(describeAmountUnit(titled.amountUnit)).toMatch(/^文件注明金额单位为万元：3 行的金额按万元读取/);
    const yuan = await read(['金额单位：元', H, rows[0]!.replace('0.128050', '1280.50')]);
    expect([yuan.amountUnit, describeAmountUnit(yuan.amountUnit)]).toEqual([undefined, '']);
  });

  it('refuses a 万元 amount with a seventh decimal, naming the row, instead of rounding it', async () => {
    const r = await read(['金额单位：万元', H, '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,某文具店,0.1280505,,借,0.1280505']);
    expect(r.entries).toEqual([]);
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([[3, 'debit']]);
    expect(r.errors[0]!.message).toContain('精度超过了分');
  });
});

describe('a 余额方向 column', () => {
  it('is the balance’s side, not the entry’s: a signed 金额 keeps its sign whatever the balance', async () => {
    const r = await read([
      '某县文化馆 明细账',
      '日期,凭证号,摘要,功能科目,经济科目,金额,余额方向,余额',
      '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,1280.50,借,1280.50',
      '2024-01-09,记-2,退回上年多付款,2070109 群众文化,30201 办公费,-1500.00,贷,219.50',
      '2024-01-12,记-3,付印刷费,2070109 群众文化,30202 印刷费,100.00,贷,119.50',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.amount)).toEqual([128050, -150000, 10000]);
  });
});

describe('a direction column that is the balance’s', () => {
  it('refuses a 平 beside a non-zero single 金额, naming the row, since 借/贷 there are the balance’s side', async () => {
    const r = await read([
      '日期,凭证号,摘要,功能科目,经济科目,金额,方向,余额',
      '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,1280.50,借,1280.50',
      '2024-01-09,记-2,退回多付款,2070109 群众文化,30201 办公费,-1280.50,平,0.00',
    ]);
    expect(r.errors.map((e) => [e.row, e.field, e.value])).toEqual([[3, 'direction', '平']]);
    expect(r.errors[0]!.message).toContain('是余额的方向');
  });
});

describe('full-width digits', () => {
  it('reads a date and codes written in full-width digits', async () => {
    const r = await read([H, '２０２４－０１－０５,记-1,购办公用品,２０７０１０９ 群众文化,３０２０１ 办公费,某文具店,１２８０．５０,,借,１２８０．５０']);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.date, e.functionCode, e.economicCode, e.amount])).toEqual([['2024-01-05', '2070109', '30201', 128050]]);
  });
});

describe('a book printing only its balance', () => {
  it('is refused with a message saying the balance is no amount', async () => {
    const attempt = read(['日期,凭证号,摘要,功能科目,经济科目,借或贷,余额', '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,借,1280.50']);
    await expect(attempt).rejects.toThrow('余额列不是发生额');
  });
});

describe('a 摘要 typed with a stray opening quote in a CSV that quotes nothing', () => {
  it('reads the quote as a character of its cell, not as a cell running to the end of the file', async () => {
    expect(splitCsvRecord('2024-01-12,记-3,"付电费,30206,100.00')).toEqual(['2024-01-12', '记-3', '"付电费', '30206', '100.00']);
    expect(splitCsvRecord('a,"b,c",="007"')).toEqual(['a', 'b,c', '007']);
    const r = await read([
      H,
      '2024-01-12,记-3,"付电费,2070109 群众文化,30206 电费,供电公司,100.00,,借,100.00',
      '2024-01-15,记-4,付水费,2070109 群众文化,30205 水费,水务公司,10.00,,借,110.00',
      '2024-01-18,记-5,"付场地租金',
      '（第二期）",2070109 群众文化,30214 租赁费,某公司,"1,000.00",,借,"1,110.00"',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.voucher, e.summary, e.amount])).toEqual([
      ['记-3', '"付电费', 10000],
      ['记-4', '付水费', 1000],
      ['记-5', '付场地租金\n（第二期）', 100000],
    ]);
  });
});

describe('a ledger printed page by page whose title is repeated with a continuation mark', () => {
  it('skips 明细账（续表） at a later page’s head as the title repeated', async () => {
    const r = await read([
      '某县文化馆明细账',
      '科目：7201 事业支出,,,期间：2024年,,,金额单位：元',
      H,
      '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,某文具店,1280.50,,借,1280.50',
      ',,过次页,,,,1280.50,0.00,借,1280.50',
      '某县文化馆明细账（续表）',
      '科目：7201 事业支出,,,期间：2024年,,,金额单位：元',
      H,
      ',,承前页,,,,1280.50,0.00,借,1280.50',
      '2024-01-09,记-2,付印刷费,2070109 群众文化,30202 印刷费,某印刷厂,300.00,,借,1580.50',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.voucher)).toEqual(['记-1', '记-2']);
    expect(r.skipped['title-repeat']).toBe(2);
  });

  it('still reads as an entry a row that merely ends with 续 when no title above the header is its stem', async () => {
    const r = await read([H, '2024-01-05,记-1,购办公用品,2070109 群众文化,30201 办公费,某文具店,1280.50,,借,1280.50', '某县文化馆明细账（续表）']);
    expect(r.errors.map((e) => e.row)).toContain(3);
  });
});
