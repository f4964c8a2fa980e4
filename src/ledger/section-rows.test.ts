import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sectionOfRow } from '../reference/row-kinds.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const HEADER = ['日期', '凭证号', '摘要', '功能科目', '经济科目', '借方金额', '贷方金额'];

/** A 项目辅助明细账: each section row merged across the sheet (its text repeated in every cell of the merge). */
async function workbook(rows: readonly (readonly (string | number | Date | null)[])[], merged: readonly number[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('项目辅助明细账');
  sheet.addRow(['项目辅助明细账']);
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow([...r]);
  // Rows are 1-based: title, header, then the data.
  for (const i of merged) sheet.mergeCells(i + 3, 1, i + 3, HEADER.length);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const d = (m: number, day: number) => new Date(Date.UTC(2024, m - 1, day));

describe('a ledger grouped by project in sections', () => {
  it('reads the section rows as the project of the entries under them, with or without a code, and a basic section as none', async () => {
    // Given sections headed by merged rows, each closed by its 小计, basic spending last
    const bytes = await workbook(
      [
        ['项目：[P2024-01]家庭经济困难学生资助'],
        [d(3, 15), '记-12', '发放寄宿生生活补助', '2050203 初中教育', '30308 助学金', 4862.5, null],
        [null, null, '小计', null, null, 4862.5, null],
        ['预算项目：中小学教师培训'],
        [d(4, 12), '记-11', '教师全员培训培训费', '2050803 培训支出', '30216 培训费', 386, null],
        [d(11, 4), '记-01', '退回多收餐费', '2050803 培训支出', '30216 培训费', null, 6.8],
        [null, null, '小计', null, null, 386, 6.8],
        ['基本支出（无项目）'],
        [d(1, 15), '记-03', '支付1月电费', '2050101 行政运行', '30206 电费', 1200, null],
        [null, null, '小计', null, null, 1200, null],
        [null, null, '合计', null, null, 6448.5, 6.8],
      ],
      [0, 3, 7],
    );
    // When it is read
    const read = await readLedgerFile(bytes, 'jyxm.xlsx', { fiscalYear: 2024 });
    // Then no section row is an entry, each entry has its section's project, and the 小计 rows are counted apart
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.summary, e.projectCode, e.projectName, e.nature])).toEqual([
      ['发放寄宿生生活补助', 'P2024-01', '家庭经济困难学生资助', 'project'],
      ['教师全员培训培训费', undefined, '中小学教师培训', 'project'],
      ['退回多收餐费', undefined, '中小学教师培训', 'project'],
      ['支付1月电费', undefined, undefined, 'basic'],
    ]);
    expect(read.sections).toEqual({ project: 2, basic: 1, function: 0, economic: 0, entries: 3 });
    expect(read.skipped).toMatchObject({ 'section-total': 3, total: 1 });
  });

  it('lets a project column win where it agrees and reports a conflict with its row', async () => {
    // Given a file with a 项目名称 column and section rows
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('s');
    sheet.addRow([...HEADER, '项目名称']);
    sheet.addRow(['项目：[P1]校舍维修']);
    sheet.addRow([d(5, 20), '记-18', '屋面防水维修', '2050202 小学教育', '30213 维修（护）费', 1680, null, '校舍维修']);
    sheet.addRow([d(6, 12), '记-12', '寄宿生生活补助', '2050202 小学教育', '30308 助学金', 145, null, '学生资助']);
    sheet.mergeCells(2, 1, 2, 8);
    const read = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 's.xlsx', { fiscalYear: 2024 });
    // Then the agreeing row is fine and the other is an error naming row 4 and both projects
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]).toMatchObject({ row: 4, field: 'projectName', value: '学生资助' });
    expect(read.errors[0]!.message).toContain('项目：[P1]校舍维修');
  });

  it('takes the economic class from 经济科目 sections when the file has no column for it, and reports a function conflict', async () => {
    // Given a ledger grouped by economic class (no 经济科目 column), with a 功能科目 section over a function column
    const book = async (conflict: boolean) => {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('s');
      sheet.addRow(['日期', '凭证号', '摘要', '功能科目', '借方金额']);
      sheet.addRow(['经济科目：[30216]培训费']);
      sheet.addRow([d(4, 12), '记-11', '教师培训费', '2050803 培训支出', 386]);
      sheet.addRow(['经济科目：30206 电费']);
      sheet.addRow([d(1, 15), '记-03', '支付1月电费', '2050101 行政运行', 1200]);
      sheet.addRow(['功能科目：2050101 行政运行']);
      sheet.addRow([d(2, 15), '记-04', '支付2月电费', '', 1300]);
      if (conflict) sheet.addRow([d(3, 15), '记-05', '支付3月电费', '2050803 培训支出', 1250]);
      for (const r of [2, 4, 6]) sheet.mergeCells(r, 1, r, 5);
      return readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 's.xlsx', { fiscalYear: 2024 });
    };
    // When it is read
    const read = await book(false);
    // Then each entry has its section's class and an empty function cell takes the section's
    expect(read.errors).toEqual([]);
    expect(read.sections).toMatchObject({ economic: 2, function: 1 });
    expect(read.entries.map((e) => [e.summary, e.economicCode, e.functionCode])).toEqual([
      ['教师培训费', '30216', '2050803'],
      ['支付1月电费', '30206', '2050101'],
      ['支付2月电费', '30206', '2050101'],
    ]);
    // And a function cell that differs from its section's is an error naming its row
    const conflicting = await book(true);
    expect(conflicting.errors).toHaveLength(1);
    expect(conflicting.errors[0]).toMatchObject({ row: 8, field: 'functionCode', value: '2050803 培训支出' });
  });

  it('reads a section label only when it is the row\'s one text', () => {
    expect(sectionOfRow(['项目：[P2024-03]中小学教师培训', '项目：[P2024-03]中小学教师培训', ''])).toEqual({
      kind: 'project',
      label: '项目：[P2024-03]中小学教师培训',
      code: 'P2024-03',
      name: '中小学教师培训',
    });
    expect(sectionOfRow(['项目名称： 2024001 学前教育发展资金'])).toMatchObject({ code: '2024001', name: '学前教育发展资金' });
    expect(sectionOfRow(['基本支出'])).toMatchObject({ kind: 'basic' });
    // A row with a second text (a date, an amount) is no section; nor is a basic word inside a longer label.
    expect(sectionOfRow(['项目：校舍维修', '1200.00'])).toBeUndefined();
    expect(sectionOfRow(['基本支出合计'])).toBeUndefined();
    expect(sectionOfRow(['项目：[P1]'])).toBeUndefined();
    expect(sectionOfRow(['经济科目：【30217】公务接待费'])).toMatchObject({ kind: 'economic', value: '【30217】公务接待费' });
    expect(sectionOfRow(['经济科目：公务接待费'])).toBeUndefined();
  });

  it('reads a 辅助明细账 grouped by 部门 or 往来单位: the section rows are skipped, a 往来单位 names the payee', async () => {
    // Given sections of other 辅助项, one of them the 往来单位 with its code, and a closing 合计 section
    const text =
      '日期,凭证号,摘要,功能科目,经济科目,借方,贷方\n' +
      '部门：01 办公室,,,,,,\n' +
      '2024-03-05,记-1,购买打印纸,2010601 行政运行,30201 办公费,100.00,\n' +
      '往来单位：[G003]县宏达文具店,,,,,,\n' +
      '2024-03-06,记-2,购买硒鼓,2010601 行政运行,30201 办公费,200.00,\n' +
      '部门：合计,,,,,,\n' +
      ',,本年累计,,,300.00,\n';
    // When it is read
    const read = await readLedgerFile(new TextEncoder().encode(text), 'aux.csv', { fiscalYear: 2024 });
    // Then both entries import, the second paid to the section's 往来单位
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.summary, e.payee])).toEqual([
      ['购买打印纸', undefined],
      ['购买硒鼓', '县宏达文具店'],
    ]);
    expect(read.skipped).toMatchObject({ 'aux-section': 2, total: 1 });
  });
});

