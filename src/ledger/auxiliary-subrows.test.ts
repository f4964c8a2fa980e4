import { describe, expect, it } from 'vitest';
import { arrayRows } from '../reference/table-file.ts';
import { foldAuxiliarySubRows, subRowItems } from './auxiliary-subrows.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const FW = '　　';

/** A 明细账 of 7201 with each entry's 辅助核算 on sub-rows under it (one item per row, in the 摘要 cell). */
function ledger(o: { colon?: string; indent?: string; pair?: boolean; inAccount?: boolean } = {}): string {
  const colon = o.colon ?? '：';
  const indent = o.indent ?? FW;
  const sub = (items: string[]) => {
    const texts = items.map((t) => t.replace('：', colon));
    const lines = o.pair ? texts.flatMap((t, i) => (i % 2 === 0 ? [texts.slice(i, i + 2).join('　')] : [])) : texts;
    return lines.map((t) => (o.inAccount ? `,,,${indent}${t},,,,` : `,,${indent}${t},,,,,`));
  };
  return [
    '明细账,,,,,,,',
    '单位：测试县乡村振兴服务中心,,,,,,,',
    '科目：7201 事业支出,,期间：2024年01月—2024年12月,,,,金额单位：元,',
    '日期,凭证号,摘要,科目,借方,贷方,方向,余额',
    '2024-01-01,,期初余额,,,,平,0.00',
    '2024-01-07,记-1,购买办公用品,72010101 基本支出,1072.20,,借,1072.20',
    ...sub(['功能分类：2130550 事业运行', '经济分类：30201 办公费', '往来单位：育才文具店']),
    '2024-01-11,记-2,发放1月工资,72010101 基本支出,36420.00,,借,37492.20',
    ...sub(['功能分类：2130550 事业运行', '经济分类：30101 基本工资']),
    '2024-01-26,记-3,村级道路日常管护,72010102 项目支出,8000.00,,借,45492.20',
    ...sub(['功能分类：2130504 农村基础设施建设', '经济分类：30213 维修（护）费', '项目：YQ2401 村级道路管护', '往来单位：农村公路养护站', '指标文号：雁财农〔2024〕5号']),
    '2024-01-29,记-4,退回多报差旅费,72010101 基本支出,,160.00,借,45332.20',
    ...sub(['功能分类：2130550 事业运行', '经济分类：30211 差旅费']),
    '2024-01-31,,本月合计,,45492.20,160.00,借,45332.20',
    '2024-01-31,,本年累计,,45492.20,160.00,借,45332.20',
    '制单：李静,,审核：赵立新,,,,打印日期：2025-01-09,',
  ].join('\r\n');
}
const WANT = [
  // 项目：YQ2401 村级道路管护 is read as the code and the name (note-rows-and-cells.test.ts).
  ['2024-01-07', '2130550', '30201', 'basic', undefined, undefined, '育才文具店', 107220],
  ['2024-01-11', '2130550', '30101', 'basic', undefined, undefined, undefined, 3642000],
  ['2024-01-26', '2130504', '30213', 'project', 'YQ2401', '村级道路管护', '农村公路养护站', 800000],
  ['2024-01-29', '2130550', '30211', 'basic', undefined, undefined, undefined, -16000],
];

describe('辅助核算 printed on sub-rows under each entry', () => {
  it('reads a sub-row as label：value items, one or several', () => {
    expect(subRowItems(['', '', `${FW}功能分类：2130550 事业运行`])).toEqual([['功能分类', '2130550 事业运行']]);
    expect(subRowItems([`${FW}功能分类：2130550 事业运行　经济分类：30201 办公费`])?.map(([k]) => k)).toEqual(['功能分类', '经济分类']);
    // A tree mark or bullet before the label; the label in brackets.
    expect(subRowItems([`${FW}└ 功能分类：2130550 事业运行`])).toEqual([['功能分类', '2130550 事业运行']]);
    expect(subRowItems([`${FW}· 经济分类：30201 办公费`])).toEqual([['经济分类', '30201 办公费']]);
    expect(subRowItems([`${FW}【功能分类】2130550 事业运行【经济分类】30201 办公费`])?.map(([k]) => k)).toEqual(['功能分类', '经济分类']);
    expect(subRowItems([`${FW}[往来单位：育才文具店]`])).toEqual([['往来单位', '育才文具店']]);
    // A 摘要 of its own, or a label no 辅助核算 uses: no sub-row.
    expect(subRowItems(['', '', '购买办公用品'])).toBeUndefined();
    expect(subRowItems(['', '', '说明：补记上月电费'])).toBeUndefined();
    // A row of several cells: an entry.
    expect(subRowItems(['2024-01-07', '功能分类：2130550 事业运行'])).toBeUndefined();
  });

  for (const [name, o] of [
    ['one item per row, full-width indent', {}],
    ['two items per row', { pair: true }],
    ['an ASCII colon', { colon: ':' }],
    ['half-width indentation', { indent: '    ' }],
    ['no indentation', { indent: '' }],
    ['the sub-rows in the 科目 column', { inAccount: true }],
  ] as const) {
    it(`folds the items into their entry: ${name}`, async () => {
      const read = await readLedgerFile(utf8(ledger(o)), 'subrows.csv', { fiscalYear: 2024 });
      expect(read.errors).toEqual([]);
      expect(read.entries.map((e) => [e.date, e.functionCode, e.economicCode, e.nature, e.projectCode, e.projectName, e.payee, e.amount])).toEqual(WANT);
      expect(read.skipped['aux-subrow']).toBe(o.pair ? 7 : 12);
    });
  }

  it('reads a title block line of one cell (科目：7201 事业支出 under 单位…期间…) as the title, not as the first run of sub-rows', async () => {
    // Found by export-variants.test.ts (2026-12-06, ledrob): the title line was taken for a run, no header stood above
    // it, and the file was read with no sub-rows at all (every entry without its classes).
    const titled = ['明细分类账,,,,,,,', '单位名称：测试县某局,,期间：2024年1月至2024年12月,,金额单位：元,,,', '科目：7201 事业支出,,,,,,,', ledger()].join('\r\n');
    const read = await readLedgerFile(utf8(titled), 'subrows.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.functionCode, e.economicCode, e.nature, e.projectCode, e.projectName, e.payee, e.amount])).toEqual(WANT);
  });

  it("a voucher's further line (日期, 凭证号 blank) under the sub-rows of its first line takes that line's", async () => {
    const csv = [
      '日期,凭证号,摘要,科目,借方,贷方',
      '2024-01-11,记-2,发放1月工资,72010101 基本支出,36420.00,',
      ',,　　功能分类：2130550 事业运行,,,',
      ',,　　经济分类：30101 基本工资,,,',
      ',,发放1月工资,72010101 基本支出,9860.00,',
      ',,　　功能分类：2130550 事业运行,,,',
      ',,　　经济分类：30102 津贴补贴,,,',
      '2024-01-14,记-3,缴纳1月养老保险,72010101 基本支出,11768.32,',
      ',,　　功能分类：2080505 机关事业单位基本养老保险缴费支出,,,',
      ',,　　经济分类：30108 机关事业单位基本养老保险缴费,,,',
    ].join('\r\n');
    const read = await readLedgerFile(utf8(csv), 'journal.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.voucher, e.economicCode])).toEqual([
      ['2024-01-11', '记-2', '30101'],
      ['2024-01-11', '记-2', '30102'],
      ['2024-01-14', '记-3', '30108'],
    ]);
  });

  it('an entry whose sub-rows lack its economic class fails on its own line, saying so', async () => {
    const csv = ledger().replace('\r\n,,　　经济分类：30101 基本工资,,,,,', '');
    const read = await readLedgerFile(utf8(csv), 'missing.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([expect.objectContaining({ row: 10, field: 'economicCode', message: expect.stringContaining('经济科目为空') })]);
  });

  it('leaves a 辅助明细账 grouped by project alone (one section row to many entries)', () => {
    const rows = [
      ['日期', '凭证号', '摘要', '功能分类', '经济分类', '借方'],
      ['项目：YQ2401 村级道路管护', '', '', '', '', ''],
      ...Array.from({ length: 6 }, (_, i) => [`2024-0${i + 1}-05`, `记-${i + 1}`, '管护', '2130504', '30213', '100.00']),
      ['项目：YQ2403 产业奖补', '', '', '', '', ''],
      ...Array.from({ length: 6 }, (_, i) => [`2024-0${i + 1}-09`, `记-${i + 9}`, '奖补', '2130505', '30399', '200.00']),
      ['项目：YQ2405 培训', '', '', '', '', ''],
      ['2024-07-01', '记-20', '培训', '2130505', '30216', '50.00'],
    ];
    const source = arrayRows(rows);
    expect(foldAuxiliarySubRows(source)).toBe(source);
  });
});
