import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from './read-ledger-file.ts';

const d = (m: number, day: number) => new Date(Date.UTC(2024, m - 1, day));

describe('a project named only as a leading 【…】 tag of the 摘要', () => {
  it('is the project of a row the account states to be project spending, and of later rows carrying the same tag', async () => {
    // Given a 明细分类账 with no project column, the account's 明细科目 stating the nature
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    sheet.addRow(['日期', '凭证字号', '摘要', '科目编码', '科目名称', '功能分类', '经济分类', '借方金额', '贷方金额']);
    sheet.addRow([d(2, 3), '记-0034', '【党员教育培训】党员教育培训课程讲课费', '710102', '项目支出', '2013202 一般行政管理事务', '30216 培训费', 1200, null]);
    sheet.addRow([d(3, 8), '记-0075', '【党员教育培训】全县党员培训班教材', '710101', '基本支出', '2013201 行政运行', '30216 培训费', 800, null]);
    sheet.addRow([d(3, 9), '记-0076', '【补录】购买复印纸', '710101', '基本支出', '2013201 行政运行', '30201 办公费', 300, null]);
    sheet.addRow([d(3, 10), '记-0077', '【调账】办公费调整', '710101', '基本支出', '2013201 行政运行', '30201 办公费', 100, null]);
    // When it is read
    const read = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'zzb.xlsx', { fiscalYear: 2024 });
    // Then the tag of the project row is its project and leaves the 摘要; the basic row with the same tag carries it
    // (a basic entry charged to a project, for ledger.nature-inconsistent); a tag never seen on a project row stays text
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.summary, e.projectName, e.nature])).toEqual([
      ['党员教育培训课程讲课费', '党员教育培训', 'project'],
      ['全县党员培训班教材', '党员教育培训', 'basic'],
      ['【补录】购买复印纸', undefined, 'basic'],
      ['【调账】办公费调整', undefined, 'basic'],
    ]);
  });
});
