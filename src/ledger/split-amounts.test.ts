/**
 * Amounts split as on a paper ledger: an integer 元 column and a two-digit 角分 column under each of 借方, 贷方 and 余额
 * (a two-row header), in a workbook of one sheet per month whose later sheets open with 承上月. Read as one amount,
 * exactly (composed as text, never as a float); a 角分 lost beside a 元 is refused naming the row.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { composeSplit, joinDigitColumns, splitGroups } from './digit-columns.ts';
import { arrayRows, readLedgerFile } from './read-ledger-file.ts';
import { loadLedgerRuleData } from './rule-data.ts';

const words = loadLedgerRuleData().digitColumns;

describe('composeSplit', () => {
  it('joins the 元 and the 角分 as exact 元 text', () => {
    expect(composeSplit('740', '12', words)).toBe('740.12');
    expect(composeSplit('28418', '00', words)).toBe('28418.00');
    expect(composeSplit('1,339', '23', words)).toBe('1339.23');
    // 9 007 199 254 740 993.01 is past a double's exact integers: composed as text, nothing is lost.
    expect(composeSplit('9007199254740993', '01', words)).toBe('9007199254740993.01');
    // An empty 元 beside a 角分 is 0 元; a 角分 of one digit is a number cell that dropped its leading zero (five 分).
    expect(composeSplit('', '45', words)).toBe('0.45');
    expect(composeSplit('12', '5', words)).toBe('12.05');
    expect(composeSplit('', '', words)).toBe('');
  });
  it('reads red ink from the sign on the 元, also under one 元', () => {
    expect(composeSplit('-880', '00', words)).toBe('-880.00');
    expect(composeSplit('－880', '50', words)).toBe('-880.50');
    expect(composeSplit('-0', '45', words)).toBe('-0.45');
    expect(composeSplit('-0', '00', words)).toBe('0.00');
  });
  it('composes nothing from a 角分 lost beside a 元, a 元 with decimals or a word, a 角分 of three digits or signed', () => {
    expect(composeSplit('740', '', words)).toBeUndefined();
    expect(composeSplit('740.5', '00', words)).toBeUndefined();
    expect(composeSplit('七百', '00', words)).toBeUndefined();
    expect(composeSplit('740', '123', words)).toBeUndefined();
    expect(composeSplit('740', '-5', words)).toBeUndefined();
    expect(composeSplit('74-0', '00', words)).toBeUndefined();
  });
});

describe('splitGroups and joinDigitColumns', () => {
  it('finds 元 | 角分 pairs under one heading each (merged over both, or written over the 元 alone)', () => {
    const upper = ['2024年', '', '摘要', '借方', '借方', '贷方', '', '借或贷', '余额', '余额'];
    const lower = ['月', '日', '', '元', '角分', '元', '角分', '', '元', '角分'];
    expect(splitGroups(upper, lower, words).map((g) => [g.heading, g.digits])).toEqual([
      ['借方', [3, 4]],
      ['贷方', [5, 6]],
      ['余额', [8, 9]],
    ]);
    // No heading a column is read under (备注 over 元 | 角分): no amount.
    expect(splitGroups(['备注', '备注'], ['元', '角分'], words)).toEqual([]);
  });
  it('writes each pair as one amount cell, the heading alone on the header rows, and keeps a bad pair joined so it fails', () => {
    const rows = arrayRows([
      ['摘要', '借方', '借方'],
      ['', '元', '角分'],
      ['办公用品', '740', '12'],
      ['印刷费', '960', ''],
      ['本月合计', '本月合计', '本月合计'],
    ]);
    const joined = joinDigitColumns(rows, words);
    expect([0, 1, 2, 4].map((i) => joined.row(i))).toEqual([
      ['摘要', '借方', ''],
      ['', '借方', ''],
      ['办公用品', '740.12', ''],
      ['本月合计', '本月合计', ''],
    ]);
    expect(joined.row(3)[1]).toBe('960¦');
  });
});

/** A 明细账 of one sheet per month: a two-row header (2024年 over 月 | 日; 借方, 贷方, 余额 over 元 | 角分). */
async function monthlyBook(lost = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = (name: string, opening: string, lines: (string | number)[][], month: (string | number)[], year: (string | number)[]) => {
    const ws = wb.addWorksheet(name);
    ws.addRow(['明　细　账']);
    ws.addRow(['单位：溇江县信访局　　科目：7101 行政支出']);
    ws.addRow(['2024年', '', '凭证字号', '摘要', '功能科目', '经济科目', '借方', '', '贷方', '', '借或贷', '余额', '']);
    ws.addRow(['月', '日', '', '', '', '', '元', '角分', '元', '角分', '', '元', '角分']);
    ws.mergeCells(3, 1, 3, 2);
    for (const c of [3, 4, 5, 6, 11]) ws.mergeCells(3, c, 4, c);
    for (const c of [7, 9, 12]) ws.mergeCells(3, c, 3, c + 1);
    ws.addRow(opening === '上年结转' ? [1, 1, '', '上年结转', '', '', '', '', '', '', '平', '', ''] : [2, 1, '', opening, '', '', '', '', '', '', '借', 1460, '12']);
    for (const l of lines) ws.addRow(l);
    ws.addRow(['', '', '', '本月合计', '', '', ...month]);
    ws.addRow(['', '', '', '本年累计', '', '', ...year]);
    ws.addRow(['会计主管：覃红英', '', '', '', '', '记账：邓玉兰']);
  };
  sheet(
    '1月',
    '上年结转',
    [
      [1, 8, '记-001', '办公用品购置', '[2010301]行政运行', '[30201]办公费', 740, '12', '', '', '借', 740, '12'],
      [1, 12, '记-002', '发放1月工资', '[2010301]行政运行', '[30101]基本工资', 1600, '00', '', '', '借', 2340, '12'],
      [1, 20, '记-003', '冲销重复入账印刷费', '[2010301]行政运行', '[30202]印刷费', -880, '00', '', '', '借', 1460, '12'],
    ],
    [1460, '12', '', '', '借', 1460, '12'],
    [1460, '12', '', '', '借', 1460, '12'],
  );
  sheet(
    '2月',
    '承上月',
    [
      [2, 7, '记-001', '退回多付水费', '[2010301]行政运行', '[30205]水费', '', '', 30, lost ? '' : '05', '借', 1430, '07'],
      [2, 9, '记-002', '邮寄信访件', '[2010308]信访事务', '[30207]邮电费', '', '45', '', '', '借', 1430, '52'],
    ],
    ['', '45', 30, '05', '借', 1430, '52'],
    [1460, '57', 30, '05', '借', 1430, '52'],
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('a 明细账 of one sheet per month with amounts in 元 | 角分', () => {
  it('imports every month: amounts exact in 分, red ink on 元, 承上月/本月合计/本年累计 and the footers skipped', async () => {
    const read = await readLedgerFile(await monthlyBook(), 'yjfy.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.sheets?.read).toEqual(['1月', '2月']);
    expect(read.entries.map((e) => [e.date, e.voucher, e.amount])).toEqual([
      ['2024-01-08', '记-001', 74_012],
      ['2024-01-12', '记-002', 160_000],
      ['2024-01-20', '记-003', -88_000],
      ['2024-02-07', '记-001', -3_005],
      ['2024-02-09', '记-002', 45],
    ]);
    // The net equals the last 本年累计 (1460.57 借 − 30.05 贷).
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(146_057 - 3_005);
    expect(read.skipped).toMatchObject({ period: 6, footer: 2 });
  });

  it('refuses a 角分 lost beside its 元, naming the row and the column, and imports nothing', async () => {
    const read = await readLedgerFile(await monthlyBook(true), 'yjfy.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ field: 'credit' });
    expect(read.errors[0]!.message).toContain('金额分“元”“角分”两栏（元：“30”，角分：“”）无法合成金额');
    // The combined row number of the 2月 sheet's first line (after 1月's rows), as the import reports it.
    expect(read.errors[0]!.row).toBeGreaterThan(9);
  });
});
