/**
 * A 辅助明细账 printed by 科室/部门 (辅助类别：科室, a hospital HRP's 科室辅助明细账): each section opened by a heading
 * row 科室：[0103]总务科 with its own 期初余额/本月合计/本年累计/年末结转 lines, a whole-unit 全院本年累计 line under
 * the sections. The heading is a section row whose value is the department of the entries under it (never an entry);
 * the sections' period lines are skipped; the entries' net is the sum over the sections.
 */
import { describe, expect, it } from 'vitest';
import { classifyRow, sectionOfRow } from '../reference/row-kinds.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const HEADER = '日期,凭证号,摘要,科目编码,功能分类,经济分类,预算项目,往来单位,借方,贷方,方向,余额';

/** Two 科室 sections in the shape of a web client's CSV (amounts as a JavaScript number prints them). */
function ksmx(extraColumn?: { header: string; cells: readonly string[] }): string {
  const lines = [
    '某县中医医院 科室辅助明细账,,,,,,,,,,,',
    '单位：[443052]某县中医医院,,科目：720101 事业支出-财政拨款支出,,辅助类别：科室,,会计年度：2024,,,,,',
    HEADER,
    '科室：[0101]院办公室,,,,,,,,,,,',
    ',,期初余额,,,,,,,,平,0',
    '2024/1/7,202401-0002,院办公室办公用品,72010101,2100202 中医（民族）医院,30201 办公费,,鸿文办公用品店,980.5,0,借,980.5',
    '2024/1/31,,本月合计,,,,,,980.5,0,借,980.5',
    '2024/1/31,,本年累计,,,,,,980.5,0,借,980.5',
    '2024/8/23,202408-0012,收回差旅费借支余款,72010101,2100202 中医（民族）医院,30211 差旅费,,本院职工,0,318,借,662.5',
    '2024/8/31,,本月合计,,,,,,0,318,借,662.5',
    '2024/8/31,,本年累计,,,,,,980.5,318,借,662.5',
    '2024/12/31,202412-0015,年末结转本年财政拨款支出-基本支出,72010101,,,,,0,662.5,平,0',
    '科室：[0103]总务科,,,,,,,,,,,',
    ',,期初余额,,,,,,,,平,0',
    '2024/3/5,202403-0012,办公楼电费,72010101,2100202 中医（民族）医院,30206 电费,,国网供电公司,300,0,借,300',
    '2024/3/31,,本月合计,,,,,,300,0,借,300',
    '2024/3/31,,本年累计,,,,,,300,0,借,300',
    '2024/12/31,202412-0015,年末结转本年财政拨款支出-基本支出,72010101,,,,,0,300,平,0',
    ',,全院本年累计,,,,,,1280.5,318,借,962.5',
    '制表：刘芳,,审核：陈建华,,打印时间：2025-01-07 09:15,,,,,,,',
  ];
  if (extraColumn === undefined) return lines.join('\r\n') + '\r\n';
  let k = 0;
  return (
    lines
      .map((line, i) => (i < 2 ? line : i === 2 ? `${line},${extraColumn.header}` : line.startsWith('2024/') && /,\d{6}-\d{4},/.test(line) ? `${line},${extraColumn.cells[k++] ?? ''}` : `${line},`))
      .join('\r\n') + '\r\n'
  );
}

describe('a 辅助明细账 printed by 科室/部门', () => {
  it('reads a 科室/部门 heading as a department section, its code dropped, and 部门：合计 as the closing section', () => {
    expect(sectionOfRow(['科室：[0103]总务科', '', ''])).toEqual({ kind: 'department', label: '科室：[0103]总务科', value: '总务科' });
    expect(sectionOfRow(['部门：01 办公室'])).toMatchObject({ kind: 'department', value: '办公室' });
    // Read in its NFKC form, as every section label is (full-width brackets become ASCII ones).
    expect(sectionOfRow(['【科室：0107 急诊科（120急救站）】'])).toMatchObject({ kind: 'department', value: '急诊科(120急救站)' });
    expect(sectionOfRow(['部门：合计'])).toMatchObject({ kind: 'total' });
    // Not a section: the label beside an amount, or a code with no name.
    expect(sectionOfRow(['科室：总务科', '300'])).toBeUndefined();
    expect(sectionOfRow(['科室：[0103]'])).toBeUndefined();
  });

  it('reads a whole-unit period line (全院本年累计) as a period line, and leaves a 摘要 that merely starts with 全院 an entry', () => {
    const labels = [2];
    expect(classifyRow(['', '', '全院本年累计', '', '1280.5', '318'], labels)).toBe('period');
    expect(classifyRow(['', '', '全单位合计', '', '1280.5', ''], labels)).toBe('total');
    expect(classifyRow(['2024/5/6', '202405-0003', '全院职工体检费', '', '1280.5', '0'], labels)).toBeUndefined();
    expect(classifyRow(['', '', '全院', '', '', ''], labels)).toBeUndefined();
  });

  it('imports the sections unedited: no heading is an entry, each entry keeps its 科室, the period lines are skipped and the net is the sum over the sections', async () => {
    // Given a GBK-free (UTF-8) CSV of two 科室 sections
    const read = await readLedgerFile(new TextEncoder().encode(ksmx()), 'ksmx.csv', { fiscalYear: 2024 });
    // Then the three entries import with their sections' departments
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.row, e.summary, e.amount, e.department])).toEqual([
      [6, '院办公室办公用品', 98050, '院办公室'],
      [9, '收回差旅费借支余款', -31800, '院办公室'],
      [15, '办公楼电费', 30000, '总务科'],
    ]);
    // The headings are counted apart; 期初余额, 本月合计, 本年累计, 年末结转 and 全院本年累计 are period lines
    expect(read.skipped).toMatchObject({ 'aux-section': 2, period: 11, footer: 1 });
    // The net equals the sections' last 本年累计 summed (662.5 + 300) and the 全院本年累计 line (1280.5 − 318)
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe(66250 + 30000);
  });

  it('lets a 科室 column win over the section heading', async () => {
    const text = ksmx({ header: '科室', cells: ['院长办公室', '', '', '后勤保障部', ''] });
    const read = await readLedgerFile(new TextEncoder().encode(text), 'ksmx-col.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.department)).toEqual(['院长办公室', '院办公室', '后勤保障部']);
  });
});
