import { describe, expect, it } from 'vitest';
import { subRowItems } from './auxiliary-subrows.ts';
import { readLedgerFile } from './read-ledger-file.ts';

// Invented rows: a 明细账 with no classification column, each entry followed by ONE 辅助核算 row whose 摘要 cell holds
// every class as label：value pairs, behind a heading (辅助核算：…), as a 浪潮 GS-style 含辅助核算 print writes it.
const utf8 = (text: string) => new TextEncoder().encode(text);

interface Shape {
  /** The pairs of one entry → the sub-rows' texts. */
  readonly sub: (pairs: readonly [string, string][]) => string[];
  /** Labels as written: function, economic, project, payee. */
  readonly labels?: readonly [string, string, string, string];
}

function ledger(shape: Shape): string {
  const [fn, ec, pj, py] = shape.labels ?? ['功能科目', '经济分类', '项目', '往来单位'];
  const rows = (pairs: [string, string][]) => shape.sub(pairs).map((t) => `,,${t},,,,,,`);
  return [
    '明细账,,,,,,,,',
    '核算单位：[990001] 测试县档案馆    科目：7101 行政支出    期间：2024年01期至2024年12期,,,,,,,,',
    '日期,凭证编号,摘要,科目编码,科目名称,借方,贷方,方向,余额',
    ',,期初余额,,,,,平,0.00',
    '2024-01-05,记-0001,购办公用品,71010101,行政支出-基本支出,860.00,,借,860.00',
    ...rows([['部门', '综合科'], [fn, '2012601 行政运行'], [ec, '30201 办公费'], [pj, ''], [py, '测试文具店']]),
    '2024-01-12,记-0002,档案数字化扫描,71010102,行政支出-项目支出,12000.00,,借,12860.00',
    ...rows([['部门', '业务科'], [fn, '2012604 档案馆'], [ec, '30227 委托业务费'], [pj, 'DA24-01 馆藏档案数字化'], [py, '测试数据服务公司']]),
    '2024-01-20,记-0003,公务用车加油,71010101,行政支出-基本支出,300.00,,借,13160.00',
    ...rows([['部门', '综合科'], [fn, '2012601 行政运行'], [ec, '30231 公务用车运行维护费'], [pj, ''], [py, '测试加油站']]),
    '2024-01-26,记-0004,退回多付办公用品款,71010101,行政支出-基本支出,,60.00,借,13100.00',
    ...rows([['部门', '综合科'], [fn, '2012601 行政运行'], [ec, '30201 办公费'], [pj, ''], [py, '测试文具店']]),
    ',,本月合计,,,13160.00,60.00,借,13100.00',
    ',,本年累计,,,13160.00,60.00,借,13100.00',
    '制单：甲,,审核：乙,,记账：丙,,打印日期：2025-01-10,,',
  ].join('\r\n');
}

const WANT = [
  // 项目：DA24-01 馆藏档案数字化 is read as the code and the name (note-rows-and-cells.test.ts).
  ['记-0001', '2012601', '30201', undefined, undefined, '测试文具店', 86000],
  ['记-0002', '2012604', '30227', 'DA24-01', '馆藏档案数字化', '测试数据服务公司', 1200000],
  ['记-0003', '2012601', '30231', undefined, undefined, '测试加油站', 30000],
  ['记-0004', '2012601', '30201', undefined, undefined, '测试文具店', -6000],
];

const joined = (heading: string, sep: string, colon = '：') => (pairs: readonly [string, string][]) => [
  heading + pairs.map(([k, v]) => `${k}${colon}${v}`).join(sep),
];

describe('a 辅助核算 sub-row of label：value pairs in one cell, no classification column', () => {
  it('reads the pairs behind a heading (辅助核算：, 辅助项:, 【核算项目】) as the items', () => {
    const text = '部门：综合科；功能科目：2012601 行政运行；经济分类：30201 办公费；项目：；往来单位：测试文具店';
    for (const heading of ['辅助核算：', '辅助核算:', '辅助项：', '【核算项目】', '　　辅助核算：']) {
      expect(subRowItems(['', '', heading + text])?.map(([k]) => k)).toEqual(['部门', '功能科目', '经济分类', '项目', '往来单位']);
    }
    // A heading with nothing known after it, or a 摘要 that only starts like one: no sub-row.
    expect(subRowItems(['', '', '辅助核算：待补录'])).toBeUndefined();
    expect(subRowItems(['', '', '辅助核算系统维护费'])).toBeUndefined();
  });

  for (const [name, shape] of [
    ['all pairs in the 摘要 cell behind 辅助核算：, separated by ；', { sub: joined('辅助核算：', '；') }],
    ['ASCII colons and ; without a heading', { sub: joined('', ';', ':') }],
    ['pairs separated by |', { sub: joined('辅助核算：', ' | ') }],
    ['pairs separated by ，', { sub: joined('辅助核算：', '，') }],
    ['pairs separated by /', { sub: joined('辅助核算：', '/') }],
    ['pairs separated by a full-width space', { sub: joined('辅助核算：', '　') }],
    ['one pair per sub-row, the heading on the first', { sub: (p: readonly [string, string][]) => p.filter(([, v]) => v !== '').map(([k, v], i) => `${i === 0 ? '辅助核算：' : '　　'}${k}：${v}`) }],
    [
      'other labels (支出功能分类, 部门经济分类, 项目, 单位)',
      { sub: joined('辅助核算：', '；'), labels: ['支出功能分类', '部门经济分类', '项目', '单位'] as const },
    ],
  ] as const) {
    it(`folds them into the entry: ${name}`, async () => {
      const read = await readLedgerFile(utf8(ledger(shape)), 'gs.csv', { fiscalYear: 2024 });
      expect(read.errors).toEqual([]);
      expect(read.entries.map((e) => [e.voucher, e.functionCode, e.economicCode, e.projectCode, e.projectName, e.payee, e.amount])).toEqual(WANT);
    });
  }

  it('reads the same heading and pairs in a 辅助项 column of the entry line itself', async () => {
    // The entry's own row carries the text in a column of its own: no sub-rows, the column is expanded instead.
    const lines = ledger({ sub: joined('辅助核算：', '；') }).split('\r\n');
    const isSub = (line: string | undefined) => line?.split(',')[2]?.startsWith('辅助核算：') === true;
    const csv = lines.flatMap((line, i) =>
      isSub(line) ? [] : [`${line},${line.startsWith('日期,') ? '辅助项' : isSub(lines[i + 1]) ? lines[i + 1]!.split(',')[2] : ''}`],
    );
    const read = await readLedgerFile(utf8(csv.join('\r\n')), 'column.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.functionCode, e.economicCode, e.projectCode, e.projectName, e.payee, e.amount])).toEqual(WANT);
  });

  it('an entry whose sub-row lacks its economic class fails on its own line, saying so', async () => {
    const csv = ledger({ sub: joined('辅助核算：', '；') }).replace('；经济分类：30227 委托业务费', '');
    const read = await readLedgerFile(utf8(csv), 'missing.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([expect.objectContaining({ row: 7, field: 'economicCode', message: expect.stringContaining('经济科目为空') })]);
  });

  it('keeps the missing-column error for a file with neither class columns nor sub-rows', async () => {
    const csv = ledger({ sub: () => [] });
    await expect(readLedgerFile(utf8(csv), 'bare.csv', { fiscalYear: 2024 })).rejects.toThrow(/找不到必需的列：功能科目/u);
  });
});
