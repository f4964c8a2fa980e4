/**
 * A 明细账 with no 辅助核算 column that appends each entry's 辅助核算 to its 摘要 in brackets (用友 GRP-U8 账簿 with
 * 辅助核算 written into the 摘要): 【部门：…】【功能科目：…】【项目：…】 or a bare 【2130101 行政运行】, after, before or inside
 * the free text. Invented rows (2026-12-06, l46, after held-out 46 spent as dev-kmfy2).
 */
import { describe, expect, it } from 'vitest';
import { inlineItems } from './auxiliary-cells.ts';
import { MappingError } from './column-mapping.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(`\uFEFF${text}`);
const read = (lines: readonly string[]) => readLedgerFile(utf8(lines.join('\r\n')), 'kmfy.csv', { fiscalYear: 2024 });

/** One account's page: title, page-info, 科目 line, a two-row header, 期初余额, its lines, 年末结转. */
function page(code: string, name: string, lines: readonly string[]): string[] {
  return [
    '明细账,,,,,,,,,',
    '单位：[350999]测试县人民防空办公室,,,,,期间：2024年01月—2024年12月,,,,第1页',
    `科目：${code} ${name},,,,,,,,,金额单位：元`,
    '2024年,,凭证号,摘要,对方科目,往来单位,借方,贷方,方向,余额',
    '月,日,,,,,,,,',
    '1,1,,期初余额,,,,,平,0.00',
    ...lines,
    '12,31,记-0030,年末结转,810101 财政拨款结转—本年收支结转,,,0.00,平,0.00',
    ',,,,,,,,,',
  ];
}

describe('inlineItems: the bracketed 辅助核算 items of a free text', () => {
  it('reads known labels with their values and bare codes of a field’s shape, and leaves the rest as the text', () => {
    expect(inlineItems('发放1月工资【部门：综合科】【功能科目：2030603 人民防空】')).toEqual({
      pairs: [
        ['部门', '综合科'],
        ['功能科目', '2030603 人民防空'],
      ],
      rest: '发放1月工资',
    });
    // Before the text, with ASCII colons and square brackets.
    expect(inlineItems('[功能分类:2130101 行政运行][项目:XM-07 农田水利]购水泵配件')).toEqual({
      pairs: [
        ['功能分类', '2130101 行政运行'],
        ['项目', 'XM-07 农田水利'],
      ],
      rest: '购水泵配件',
    });
    // Bare codes: a 7-digit 功能分类 and a 5-digit 经济分类, each with its name; inside the text, separators dropped.
    expect(inlineItems('购复印纸，【2130101 行政运行】，【30201办公费】')).toEqual({
      pairs: [
        ['功能分类', '2130101 行政运行'],
        ['经济分类', '30201 办公费'],
      ],
      rest: '购复印纸',
    });
  });

  it('leaves other brackets as text, and gives nothing for a text without items or made of items only', () => {
    // A tag, a 文号 year, a number without a name, an unknown label, a book title: no item.
    expect(inlineItems('【补录】购打印纸')).toBeUndefined();
    expect(inlineItems('按闽人防〔2024〕12号文件支付')).toBeUndefined();
    expect(inlineItems('合同号【2024015】尾款')).toBeUndefined();
    expect(inlineItems('维修费【注：含配件】')).toBeUndefined();
    expect(inlineItems('购《30201 办公费管理办法》汇编')).toBeUndefined();
    // Items only: a 辅助核算 cell of its own (read by auxiliaryPairs), not a text with items.
    expect(inlineItems('【部门：综合科】【功能科目：2030603 人民防空】')).toBeUndefined();
    // A mix: the tag stays in the text, the item leaves it.
    expect(inlineItems('【补录】购打印纸【功能科目：2030603 人民防空】')).toEqual({ pairs: [['功能科目', '2030603 人民防空']], rest: '【补录】购打印纸' });
  });
});

describe('a per-account 明细账 whose 辅助核算 stands in brackets in the 摘要', () => {
  it('reads the function class and the project from the 摘要, the economic class from each page’s account', async () => {
    // Given two account pages, the 辅助核算 appended to the 摘要, no column of either class
    const result = await read([
      ...page('7101010130201', '行政支出—财政拨款支出—基本支出—商品和服务支出—办公费', [
        '3,8,记-0004,购买打印纸【部门：综合科】【功能科目：2030603 人民防空】,800101 资金结存—零余额账户用款额度,文博办公用品店,1200.00,,借,1200.00',
        '3,31,,本月合计,,,1200.00,0.00,借,1200.00',
        '3,31,,本年累计,,,1200.00,0.00,借,1200.00',
      ]),
      ...page('7101010230213', '行政支出—财政拨款支出—项目支出—商品和服务支出—维修（护）费', [
        '5,16,记-0011,警报器电源模块更换【部门：指挥通信科】【功能科目：2030603 人民防空】【项目：FK2024-02 警报设施维护】,800101 资金结存—零余额账户用款额度,县通达电子公司,3500.00,,借,3500.00',
        '6,5,记-0003,退回多付配件款【部门：指挥通信科】【功能科目：2030603 人民防空】【项目：FK2024-02 警报设施维护】,800101 资金结存—零余额账户用款额度,县通达电子公司,,200.00,借,3300.00',
        '6,30,,本月合计,,,0.00,200.00,借,3300.00',
        '6,30,,本年累计,,,3500.00,200.00,借,3300.00',
      ]),
      '制单：张三,,审核：李四,,记账：王五,,打印日期：2025-01-10,,,',
    ]);
    // Then every entry is read, its 摘要 without the brackets, each class from where the file gives it
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.summary, e.functionCode, e.economicCode, e.nature, e.projectCode, e.projectName, e.amount])).toEqual([
      ['购买打印纸', '2030603', '30201', 'basic', undefined, undefined, 120000],
      ['警报器电源模块更换', '2030603', '30213', 'project', 'FK2024-02', '警报设施维护', 350000],
      ['退回多付配件款', '2030603', '30213', 'project', 'FK2024-02', '警报设施维护', -20000],
    ]);
  });

  it('reads bare bracketed codes, one item per 摘要, under a one-row header', async () => {
    // Given a 序时账 with no class columns, each 摘要 carrying only its function class, bare, before or after the text
    const result = await read([
      '日期,凭证号,摘要,经济分类,借方,贷方',
      '2024-03-05,记-0001,【2130101 行政运行】购复印纸,30201 办公费,300.00,',
      '2024-03-06,记-0002,电费【2130101 行政运行】,30206 电费,820.50,',
      '2024-03-07,记-0003,按县〔2024〕5号文件付差旅费 [2130104 事业运行],30211 差旅费,460.00,',
      '2024-03-31,,本月合计,,1580.50,',
    ]);
    // Then the function class is read from the brackets; a 文号's bracket stays in the 摘要
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.summary, e.functionCode, e.economicCode])).toEqual([
      ['购复印纸', '2130101', '30201'],
      ['电费', '2130101', '30206'],
      ['按县〔2024〕5号文件付差旅费', '2130104', '30211'],
    ]);
  });

  it('a field the file has a column of keeps its column; the 摘要’s other items are read', async () => {
    // Given a 功能分类 column, and 摘要 that carry a function class of their own and a project
    const result = await read([
      '日期,凭证号,摘要,功能分类,经济分类,借方',
      '2024-04-01,记-0001,购墨盒【功能科目：2130102 一般行政管理事务】,2130101 行政运行,30201 办公费,100.00',
      '2024-04-02,记-0002,购硒鼓【功能科目：2130102 一般行政管理事务】【项目：XM01 档案整理】,2130101 行政运行,30201 办公费,200.00',
      '2024-04-03,记-0003,购文件盒【功能科目：2130102 一般行政管理事务】,2130101 行政运行,30201 办公费,50.00',
    ]);
    // Then the column's class is the entry's, the project comes from the 摘要, and the items leave the 摘要
    expect(result.errors).toEqual([]);
    expect(result.entries.map((e) => [e.summary, e.functionCode, e.projectCode, e.projectName])).toEqual([
      ['购墨盒', '2130101', undefined, undefined],
      ['购硒鼓', '2130101', 'XM01', '档案整理'],
      ['购文件盒', '2130101', undefined, undefined],
    ]);
  });

  it('a 摘要 whose item is missing on a line is an error naming that line; a file with no items at all keeps the missing-column error', async () => {
    // Given three 摘要 with the function class in brackets and one without
    const result = await read([
      '日期,凭证号,摘要,经济分类,借方',
      '2024-04-01,记-0001,购墨盒【功能科目：2130101 行政运行】,30201 办公费,100.00',
      '2024-04-02,记-0002,购硒鼓【功能科目：2130101 行政运行】,30201 办公费,200.00',
      '2024-04-03,记-0003,购文件盒,30201 办公费,50.00',
      '2024-04-04,记-0004,购订书机【功能科目：2130101 行政运行】,30201 办公费,80.00',
    ]);
    // Then the line without it is the one error, on its own row and field (the file is not imported with an error)
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ row: 4, field: 'functionCode', value: '' });
    // And a file whose 摘要 carry no such item is refused, naming the missing column, as before
    await expect(
      read(['日期,凭证号,摘要,经济分类,借方', '2024-04-01,记-0001,购墨盒【补录】,30201 办公费,100.00', '2024-04-02,记-0002,购硒鼓,30201 办公费,200.00', '2024-04-03,记-0003,购文件盒,30201 办公费,50.00']),
    ).rejects.toThrow(MappingError);
  });
});
