import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { type AccountBook, chooseBooks, describeLevelledBooks } from './levelled-books.ts';
import { parseLedgerRows } from './parse-entries.ts';
import { describeSheets, openLedgerFile, readLedgerFile } from './read-ledger-file.ts';

/**
 * A 明细账 queried for 7201 事业支出 with its sub-accounts and printed for every level in one go: the entries of a
 * small 事业单位, each booked to a leaf account, and the books of every account above it.
 */
type Line = { date: string; voucher: string; summary: string; account: string; fn: string; econ: string; debit?: number; credit?: number };

const NAMES: Record<string, string> = {
  '7201': '事业支出',
  '720101': '事业支出—财政拨款支出',
  '72010101': '事业支出—财政拨款支出—基本支出',
  '72010102': '事业支出—财政拨款支出—项目支出',
  '7201010130201': '事业支出—财政拨款支出—基本支出—办公费',
  '7201010130217': '事业支出—财政拨款支出—基本支出—公务接待费',
};

const LINES: Line[] = [
  { date: '2024-01-08', voucher: '记-0003', summary: '购复印纸', account: '7201010130201', fn: '2100401 疾病预防控制机构', econ: '30201 办公费', debit: 1650 },
  { date: '2024-01-19', voucher: '记-0007', summary: '接待省疾控中心督导组工作餐', account: '7201010130217', fn: '2100401 疾病预防控制机构', econ: '30217 公务接待费', debit: 860 },
  { date: '2024-02-02', voucher: '记-0002', summary: '流调人员培训讲课费', account: '72010102', fn: '2100409 重大公共卫生服务', econ: '30216 培训费', debit: 12_400 },
  { date: '2024-02-02', voucher: '记-0002', summary: '购墨盒', account: '7201010130201', fn: '2100401 疾病预防控制机构', econ: '30201 办公费', debit: 1650 },
  { date: '2024-02-21', voucher: '记-0011', summary: '退回多付工作餐费', account: '7201010130217', fn: '2100401 疾病预防控制机构', econ: '30217 公务接待费', credit: 120 },
];

const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The lines of a book: every line booked to the account or below it. */
const linesOf = (account: string) => LINES.filter((l) => l.account.startsWith(account));

/**
 * One book as a GBK CSV prints it: its title block (明细账; 单位, 科目, 级次 and 期间 on one row), its header, 上年结转,
 * its lines by month with 本月合计/本年累计 (amounts as text with thousands separators), the closing line inside
 * December and a footer. `accountColumns`: the 科目编码/科目名称 columns (a leaf's book may drop them).
 */
function csvBook(account: string, level: string, accountColumns: boolean, titleInOneCell = false): string[][] {
  const head = ['日期', '凭证号', '摘要', ...(accountColumns ? ['科目编码', '科目名称'] : []), '功能分类', '经济分类', '借方金额', '贷方金额', '方向', '余额'];
  // The title line in one cell, with a label the page-info words do not list (打印级次), or in cells of their own.
  const title = titleInOneCell
    ? [`单位：桐岭县疾病预防控制中心  科目：${account} ${NAMES[account]}  打印级次：${level}  期间：2024年1月至2024年12月`]
    : ['单位：桐岭县疾病预防控制中心', `科目：${account} ${NAMES[account]}`, `级次：${level}`, '期间：2024年1月至2024年12月'];
  const out: string[][] = [['明细账'], title, head];
  const row = (date: string, voucher: string, summary: string, acc: string, fn: string, econ: string, debit: string, credit: string, balance: number) => [
    date,
    voucher,
    summary,
    ...(accountColumns ? [acc, acc === '' ? '' : NAMES[acc]!] : []),
    fn,
    econ,
    debit,
    credit,
    balance === 0 ? '平' : '借',
    money(balance),
  ];
  out.push(row('2024-01-01', '', '上年结转', '', '', '', '', '', 0));
  let balance = 0;
  let yearDebit = 0;
  let yearCredit = 0;
  const lines = linesOf(account);
  for (const month of ['01', '02']) {
    let debit = 0;
    let credit = 0;
    for (const l of lines.filter((x) => x.date.slice(5, 7) === month)) {
      balance += (l.debit ?? 0) - (l.credit ?? 0);
      debit += l.debit ?? 0;
      credit += l.credit ?? 0;
      out.push(row(l.date, l.voucher, l.summary, l.account, l.fn, l.econ, l.debit ? money(l.debit) : '', l.credit ? money(l.credit) : '', balance));
    }
    if (month === '02') {
      // The closing voucher, one line per leaf, before February's (the last month printed) totals.
      for (const leaf of [...new Set(lines.map((l) => l.account))]) {
        const net = linesOf(leaf).reduce((s, l) => s + (l.debit ?? 0) - (l.credit ?? 0), 0);
        balance -= net;
        credit += net;
        out.push(row('2024-12-31', '记-0099', '年末结转本年事业支出', leaf, '', '', '', money(net), balance));
      }
    }
    yearDebit += debit;
    yearCredit += credit;
    out.push(row('', '', '本月合计', '', '', '', money(debit), money(credit), balance));
    out.push(row('', '', '本年累计', '', '', '', money(yearDebit), money(yearCredit), balance));
  }
  out.push(['制单人：王某', '', '审核人：李某']);
  return out;
}

const csvCell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const gbkCsv = (rows: readonly (readonly string[])[]) => new Uint8Array(iconv.encode(rows.map((r) => r.map(csvCell).join(',')).join('\r\n'), 'gbk'));

const NET = LINES.reduce((s, l) => s + Math.round(((l.debit ?? 0) - (l.credit ?? 0)) * 100), 0);

describe('a 明细账 printed for an account and its sub-accounts in one go', () => {
  it('reads the leaves of a four-level GBK CSV printed children first, each entry once, and says which books repeat', async () => {
    // Given the leaves' books first, then 基本支出, 项目支出, 财政拨款支出 and 事业支出 (every book with its 科目 columns)
    const order: [string, string][] = [
      ['7201010130201', '1—末级（第4级）'],
      ['7201010130217', '1—末级（第4级）'],
      ['72010101', '1—末级（第3级）'],
      ['72010102', '1—末级（第3级）'],
      ['720101', '1—末级（第2级）'],
      ['7201', '1—末级（第1级）'],
    ];
    const books = order.map(([account, level]) => csvBook(account, level, true));
    const read = await readLedgerFile(gbkCsv(books.flat()), 'mxz-jici.csv', { fiscalYear: 2024 });
    // Then each entry is read once, from the finest books that cover their parents (72010102 has no sub-account book)
    expect(read.errors).toEqual([]);
    expect(read.entries).toHaveLength(LINES.length);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(NET);
    expect(read.entries.map((e) => [e.voucher, e.economicCode, e.nature])).toEqual([
      ['记-0003', '30201', 'basic'],
      ['记-0002', '30201', 'basic'],
      ['记-0007', '30217', 'basic'],
      ['记-0011', '30217', 'basic'],
      ['记-0002', '30216', 'project'],
    ]);
    expect(read.levelledBooks?.read).toEqual(['7201010130201 事业支出—财政拨款支出—基本支出—办公费', '7201010130217 事业支出—财政拨款支出—基本支出—公务接待费', '72010102 事业支出—财政拨款支出—项目支出']);
    // And the rows of the three books above are skipped as repeats, counted and named with their entries
    const repeatedRows = books.slice(2, 3).concat(books.slice(4)).reduce((s, b) => s + b.length, 0);
    expect(read.skipped['repeated-book']).toBe(repeatedRows);
    expect(read.levelledBooks?.repeated.map((r) => [r.account, r.entries])).toEqual([
      ['72010101', 4],
      ['720101', 5],
      ['7201', 5],
    ]);
    expect(describeLevelledBooks(read.levelledBooks)).toContain('「72010101 事业支出—财政拨款支出—基本支出」（');
  });

  it('reads the leaves of a parent-first CSV whose leaves print no 科目 columns under their own header', async () => {
    // Given 7201's book, then its sub-accounts' books without 科目 columns (the account only in their title)
    const books = [csvBook('72010101', '末级', false, true), csvBook('72010102', '末级', false, true)];
    const parent = csvBook('7201', '一级', true, true);
    const read = await readLedgerFile(gbkCsv([...parent, ...books.flat()]), 'jici-2.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries).toHaveLength(LINES.length);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(NET);
    expect(read.levelledBooks?.repeated.map((r) => r.account)).toEqual(['7201']);
    // The leaves' title names their nature: 基本支出 and 项目支出 as printed, not inferred
    expect(read.entries.map((e) => [e.voucher, e.nature])).toEqual([
      ['记-0003', 'basic'],
      ['记-0007', 'basic'],
      ['记-0002', 'basic'],
      ['记-0011', 'basic'],
      ['记-0002', 'project'],
    ]);
  });

  it('reads the leaves of books printed as 科目 sections under one header, the parent first', async () => {
    // Given one header, then each book under a title row of its own (科目：code name alone on its row)
    const section = (account: string) => csvBook(account, '', true).slice(3, -1);
    const rows = [
      ['明细账'],
      ['日期', '凭证号', '摘要', '科目编码', '科目名称', '功能分类', '经济分类', '借方金额', '贷方金额', '方向', '余额'],
      ...['7201', '72010101', '72010102'].flatMap((a) => [[`科目：${a} ${NAMES[a]}`], ...section(a)]),
    ];
    const read = await readLedgerFile(gbkCsv(rows), 'sections.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries).toHaveLength(LINES.length);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(NET);
    expect(read.levelledBooks?.repeated.map((r) => [r.account, r.rows, r.entries])).toEqual([['7201', section('7201').length + 1, 5]]);
    expect(read.skipped['repeated-book']).toBe(section('7201').length + 1);
  });

  it('reads the parent when its sub-accounts’ books hold only part of its entries', async () => {
    // Given 7201's book and the book of 72010101 only (项目支出's entry is printed in the parent's book alone)
    const read = await readLedgerFile(gbkCsv([...csvBook('7201', '1', true), ...csvBook('72010101', '2', true)]), 'part.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries).toHaveLength(LINES.length);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(NET);
    expect(read.levelledBooks?.read).toEqual(['7201 事业支出']);
    expect(read.levelledBooks?.repeated.map((r) => [r.account, r.entries, r.readIn])).toEqual([['72010101', 4, ['7201 事业支出']]]);
  });

  it('changes nothing in books of sibling accounts', async () => {
    const read = await readLedgerFile(gbkCsv([...csvBook('72010101', '末级', true), ...csvBook('72010102', '末级', true)]), 'siblings.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries).toHaveLength(LINES.length);
    expect(read.levelledBooks).toBeUndefined();
    expect(read.skipped['repeated-book']).toBeUndefined();
  });

  it('reads books that repeat nothing from the one parse that looked for repeats, as a parse of their rows reads them', async () => {
    // Given 7201's book printing no entry of its own (title, header, 上年结转), then its two sub-accounts' books
    const parent = csvBook('7201', '1', true).slice(0, 4);
    const bytes = gbkCsv([...parent, ...csvBook('72010101', '末级', true), ...csvBook('72010102', '末级', true)]);
    const opened = await openLedgerFile(bytes, 'empty-parent.csv', 2024);
    // Then the parse made while looking for repeats is kept for the import
    expect(opened.levelledBooks).toBeUndefined();
    expect(opened.parsed?.entries).toHaveLength(LINES.length);
    // And the import gives what parsing the rows again gives, and says it finished
    const progress: number[][] = [];
    const read = await readLedgerFile(bytes, 'empty-parent.csv', { fiscalYear: 2024, onProgress: (done, total) => progress.push([done, total]) });
    const again = parseLedgerRows(opened.rows, opened.columns, { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries).toEqual(again.entries);
    expect(read.skipped).toEqual(again.skipped);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(NET);
    expect(progress.at(-1)).toEqual([opened.rows.count, opened.rows.count]);
  });

  it('reads the leaves’ sheets of a workbook printed children first, the parents’ sheets left out and named', async () => {
    // Given one sheet per book, the leaves (no 科目 columns) before 720101 and 7201 (with them)
    const wb = new ExcelJS.Workbook();
    const sheet = (name: string, rows: string[][]) => {
      const ws = wb.addWorksheet(name);
      for (const r of rows) ws.addRow(r.map((c) => (/^-?[\d,]+\.\d\d$/.test(c) ? Number(c.replace(/,/g, '')) : c)));
    };
    sheet('72010101', csvBook('72010101', '末级', false));
    sheet('72010102', csvBook('72010102', '末级', false));
    sheet('720101', csvBook('720101', '2', true));
    sheet('7201', csvBook('7201', '1', true));
    const read = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'jici.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries).toHaveLength(LINES.length);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(NET);
    expect(read.entries.map((e) => e.nature)).toEqual(['basic', 'basic', 'basic', 'basic', 'project']);
    expect(read.sheets?.read).toEqual(['72010101', '72010102']);
    expect(describeSheets(read.sheets)).toContain('「720101」（与其他级次科目的账页重复）、「7201」（与其他级次科目的账页重复）');
    expect(read.skipped['repeated-book']).toBe(csvBook('720101', '2', true).length + csvBook('7201', '1', true).length);
  });
});

describe('chooseBooks', () => {
  const book = (account: string, entries: string[], yearTotal?: number[]): AccountBook => ({ name: account, account, rows: entries.length + 4, entries, ...(yearTotal ? { yearTotal } : {}) });

  it('takes the sub-accounts’ books only when their entries and their 本年累计 add up to the parent’s', () => {
    const covered = chooseBooks([book('7101', ['a', 'b', 'b'], [300, 0]), book('710101', ['a', 'b'], [200, 0]), book('710102', ['b'], [100, 0])]);
    expect(covered?.read).toEqual([1, 2]);
    expect(covered?.repeated.map((r) => [r.account, r.readIn])).toEqual([['7101', ['710101', '710102']]]);
    // The same entries, but the sub-accounts' 本年累计 state another year: not proved, the parent is read
    const totalsDiffer = chooseBooks([book('7101', ['a', 'b', 'b'], [300, 0]), book('710101', ['a', 'b'], [200, 0]), book('710102', ['b'], [90, 0])]);
    expect(totalsDiffer?.read).toEqual([0]);
    expect(totalsDiffer?.repeated.map((r) => r.account)).toEqual(['710101', '710102']);
    // A sub-account's book with no entries and no 本年累计 adds nothing; one with entries but no 本年累计 proves nothing
    expect(chooseBooks([book('7101', ['a', 'b'], [300, 0]), book('710101', ['a', 'b'], [300, 0]), book('710102', [])])?.read).toEqual([1, 2]);
    expect(chooseBooks([book('7101', ['a', 'b'], [300, 0]), book('710101', ['a'], [200, 0]), book('710102', ['b'])])?.read).toEqual([0]);
    // One entry printed once in the parent's book but twice below: not within it, no repeats
    expect(chooseBooks([book('7101', ['a', 'b']), book('710101', ['a', 'b']), book('710102', ['b'])])).toBeUndefined();
    // A parent section that prints only its totals
    expect(chooseBooks([book('5001', []), book('500101', ['a']), book('500102', ['b'])])).toBeUndefined();
  });
});
