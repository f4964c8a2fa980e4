/**
 * Export variants that scripts/probe-import.ts found unread (2026-12-05): a CSV with lines ended by CR alone, red ink
 * with a typeset minus (−), the short period lines 月计 / 上年余额, a 客商 column.
 */
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from './read-ledger-file.ts';

const read = (text: string, name = 'v.csv') => readLedgerFile(new TextEncoder().encode(text), name, { fiscalYear: 2024 });
const HEADER = '日期,凭证号,摘要,功能分类,经济分类,客商,借方,贷方';
const LINES = ['2024-03-05,记-1,寄快递,2012901 行政运行,30207 邮电费,中国邮政,18.00,', '2024-03-06,记-2,退快递费,2012901 行政运行,30207 邮电费,中国邮政,−8.00,'];

describe('export variants of the same entries', () => {
  it('reads a CSV whose lines end with CR alone as lines, not as one row of nothing', async () => {
    const r = await read([HEADER, ...LINES].join('\r'));
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.amount)).toEqual([1_800, -800]);
  });

  it('reads a typeset minus (U+2212) as red ink, and 客商 as the payee', async () => {
    const r = await read([HEADER, ...LINES].join('\n'));
    expect(r.entries.map((e) => [e.amount, e.payee])).toEqual([
      [1_800, '中国邮政'],
      [-800, '中国邮政'],
    ]);
  });

  it('skips the short period lines 月计 and 上年余额 (no voucher, amounts of the period)', async () => {
    const r = await read([HEADER, '2024-01-01,,上年余额,,,,500.00,', ...LINES, '2024-03-31,,月计,,,,10.00,'].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.voucher)).toEqual(['记-1', '记-2']);
  });

  it('reads header words marked as required (*摘要) and a group cell over its sub-columns (凭证 over 日期 | 号数)', async () => {
    const starred = await read(['*日期,*凭证号,*摘要,*功能分类,*经济分类,客商,*借方,*贷方', ...LINES].join('\n'));
    expect(starred.errors).toEqual([]);
    expect(starred.entries).toHaveLength(2);
    const grouped = await read(['凭证,,摘要,功能分类,经济分类,客商,金额,', '日期,号数,,,,,借方,贷方', ...LINES].join('\n'));
    expect(grouped.errors).toEqual([]);
    expect(grouped.entries.map((e) => [e.date, e.voucher, e.amount])).toEqual([
      ['2024-03-05', '记-1', 1_800],
      ['2024-03-06', '记-2', -800],
    ]);
  });

  it('does not read a section row under the header as its lower half (功能科目：2080505 …)', async () => {
    const r = await read(['日期,凭证号,摘要,经济分类,借方,贷方', '功能科目：2012901 行政运行,,,,,', '2024-03-05,记-1,寄快递,30207 邮电费,18.00,'].join('\n'));
    expect(r.entries.map((e) => e.functionCode)).toEqual(['2012901']);
  });

  it("carries a voucher line's date and number over a page break (过次页/承前页) inside the voucher", async () => {
    const r = await read(
      ['日期,凭证号,摘要,功能分类,经济分类,借方,贷方', '2024-03-05,记-1,寄快递,2012901 行政运行,30207 邮电费,18.00,', ',,过次页,,,18.00,', ',,承前页,,,18.00,', ',,寄资料,2012901 行政运行,30207 邮电费,12.00,'].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.date, e.voucher, e.amount])).toEqual([
      ['2024-03-05', '记-1', 1_800],
      ['2024-03-05', '记-1', 1_200],
    ]);
  });

  it('leaves out a returned payment whatever other status column stands before its 支付状态, and never reads 收款人账号 as the payee', async () => {
    const r = await read(
      [
        '支付日期,支付凭证号,用途,功能分类,经济分类,客户/供应商,收款人账号,凭证状态,支付金额,支付状态',
        '2024-03-05,P1,电费,2012901 行政运行,30206 电费,国网供电公司,6222000011112222,已记账,300.00,已支付',
        '2024-03-06,P2,电费,2012901 行政运行,30206 电费,国网供电公司,6222000011112222,已记账,300.00,已退回',
      ].join('\n'),
    );
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.voucher, e.payee])).toEqual([['P1', '国网供电公司']]);
  });
});

describe('export variants found by export-variants.test.ts (2026-12-06, ledrob)', () => {
  it('reads a total line labelled in a column no field reads (合计 under 序号), wherever that column stands', async () => {
    const rows = ['2024-03-05,记-1,寄快递,2012901 行政运行,30207 邮电费,中国邮政,18.00,,1', '2024-03-06,记-2,寄资料,2012901 行政运行,30207 邮电费,中国邮政,12.00,,2'];
    const r = await read([`${HEADER},序号`, ...rows, ',,共2笔,,,,30.00,,合计'].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.amount)).toEqual([1_800, 1_200]);
    // A period word there, on a row naming no class (本月合计 under 序号 of a 支付明细), is the period line.
    const monthly = await read([`${HEADER},序号`, ...rows, ',,2024年1月,,,,30.00,,本月合计', ',,2024年1—1月,,,,30.00,,本年累计'].join('\n'));
    expect(monthly.errors).toEqual([]);
    expect(monthly.entries.map((e) => e.amount)).toEqual([1_800, 1_200]);
    // A period word there (备注 上年结转 on an entry) does not make the entry a period line.
    const noted = await read([`${HEADER},备注`, '2024-03-05,记-1,寄快递,2012901 行政运行,30207 邮电费,中国邮政,18.00,,上年结转'].join('\n'));
    expect(noted.entries.map((e) => e.amount)).toEqual([1_800]);
  });
});

describe('header cells broken over lines (found by export-variants.test.ts)', () => {
  it('reads the generic slot columns of a 多辅助明细账 headed 核算项目1 … with a line break inside the header', async () => {
    const rows = [
      '2024-01-03,记-1,购买办公用品,功能科目:2012604 档案馆,经济科目:30201 办公费,100.00,',
      '2024-01-04,记-2,寄快递,功能科目:2012604 档案馆,经济科目:30207 邮电费,20.00,',
      '2024-01-05,记-3,购买墨盒,功能科目:2012604 档案馆,经济科目:30201 办公费,30.00,',
    ];
    for (const slot of ['核算项目2', '"核算\n项目2"']) {
      const r = await read([`日期,凭证编号,摘要,核算项目1,${slot},借方金额,贷方金额`, ...rows].join('\n'));
      expect(r.errors).toEqual([]);
      expect(r.entries.map((e) => [e.functionCode, e.economicCode, e.amount])).toEqual([
        ['2012604', '30201', 10_000],
        ['2012604', '30207', 2_000],
        ['2012604', '30201', 3_000],
      ]);
    }
  });
});

describe('a 明细分类账 by 明细科目 whose title block also names the parent account (found by export-variants.test.ts)', () => {
  it('books the entries to the most specific account line above the header, not to the first', async () => {
    const body = [
      '日期,凭证字号,摘要,核算项目,借方,贷方,方向,余额',
      '2024-01-05,记-1,购买办公用品,支出功能分类:2012604 档案馆,100.00,,借,100.00',
      '2024-02-05,记-7,购买打印纸,支出功能分类:2012604 档案馆,200.00,,借,300.00',
      '2024-03-05,记-9,购买文件盒,支出功能分类:2012604 档案馆,50.00,,借,350.00',
    ];
    for (const title of [['科目：7201 事业支出', '单位名称：某县档案馆,,期间：2024年1期至2024年12期'], ['单位名称：某县档案馆,,期间：2024年1期至2024年12期']]) {
      const r = await read(['明细分类账', ...title, '科目：7201.01.30201 事业支出_基本支出_办公费', ...body].join('\n'));
      expect(r.errors).toEqual([]);
      expect(r.entries.map((e) => [e.economicCode, e.functionCode, e.amount])).toEqual([
        ['30201', '2012604', 10_000],
        ['30201', '2012604', 20_000],
        ['30201', '2012604', 5_000],
      ]);
    }
  });
});

describe('export variants seen in the dled blind dev files (2026-12-05)', () => {
  it("reads Excel's accounting format saved as text: ￥ before the amount, after its minus, and a dash for nothing", async () => {
    const r = await read([HEADER, '2024-03-05,记-1,寄快递,2012901 行政运行,30207 邮电费,中国邮政,"￥1,018.00",-', '2024-03-06,记-2,退快递费,2012901 行政运行,30207 邮电费,中国邮政,-￥8.00,—', '2024-03-07,记-3,收回快递费,2012901 行政运行,30207 邮电费,中国邮政,-,¥ 10.00'].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => e.amount)).toEqual([101_800, -800, -1_000]);
  });

  it('joins a class printed by level (功能科目类 | 款 | 项, 经济科目类 | 款) into its code', async () => {
    const head = '日期,凭证号,摘要,功能科目类,功能科目款,功能科目项,功能科目名称,经济科目类,经济科目款,经济科目名称,借方,贷方';
    const r = await read([head, '2024-03-05,记-1,公务用车加油,208,05,03,离退休人员管理机构,302,31,公务用车运行维护费,300.00,'].join('\n'));
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.functionCode, e.economicCode])).toEqual([['2080503', '30231']]);
    const bracketed = await read(['日期,凭证号,摘要,功能分类(类),功能分类(款),功能分类(项),经济分类,借方,贷方', '2024-03-05,记-1,寄快递,201,32,01,30207 邮电费,18.00,'].join('\n'));
    expect(bracketed.entries.map((e) => e.functionCode)).toEqual(['2013201']);
  });
});
