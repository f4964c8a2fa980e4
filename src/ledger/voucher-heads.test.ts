/**
 * Three export shapes met in dledw's blind dev ledgers (2026-12-05): a 记账凭证 print (voucher forms one after another,
 * the date and number in each form's head), K/3 凭证引出 核算项目 cells (类别---代码---名称;…) and 浪潮 GS generic
 * 核算项目1…4 slots (one 维度:代码 名称 pair each, the order following the account). Written small, as the exports read.
 */
import { describe, expect, it } from 'vitest';
import { readLedgerFile } from './read-ledger-file.ts';

const csv = (lines: readonly string[]): Uint8Array => new TextEncoder().encode(`${lines.join('\n')}\n`);
const read = (lines: readonly string[]) => readLedgerFile(csv(lines), 'ledger.csv', { fiscalYear: 2024 });

describe('a 记账凭证 print: each form\'s date and number carried to its lines', () => {
  it('reads every line of every form with its voucher\'s date and number; heads, 合计 and signature rows are no entries', async () => {
    const form = (date: string, no: string, lines: string[], total: string) => [
      '记 账 凭 证,记 账 凭 证,记 账 凭 证,记 账 凭 证,记 账 凭 证,记 账 凭 证',
      `核算单位：杉口县公共资源交易中心,,日期：${date},凭证号：${no},,附单据 2 张`,
      '摘要,科目编码,科目名称,辅助核算,借方金额,贷方金额',
      ...lines,
      `合计：人民币壹仟元整,合计：人民币壹仟元整,合计：人民币壹仟元整,合计：人民币壹仟元整,${total},${total}`,
      '主管：杨帆　　记账：吴志坚　　审核：杨帆　　出纳：陈露　　制单：罗敏',
      '',
    ];
    const r = await read([
      ...form('2024-01-08', '记-0003', ['购签字笔及文具,72010101,事业支出—财政拨款支出—基本支出,功能分类：2010350 事业运行 / 经济分类：30201 办公费 / 往来单位：杉口县博文办公用品商行,200.00,', '购签字笔及文具,800101,资金结存—零余额账户用款额度,,,200.00'], '200.00'),
      ...form('2024-02-06', '记-0001', ['1月份职工食堂燃气费,72010101,事业支出—财政拨款支出—基本支出,功能分类：2010350 事业运行 / 经济分类：30299 其他商品和服务支出,785.00,', '1月份职工食堂燃气费,800101,资金结存—零余额账户用款额度,,,785.00'], '785.00'),
      ...form('2024-02-09', '记-0002', ['交易大厅电费,72010101,事业支出—财政拨款支出—基本支出,功能分类：2010350 事业运行 / 经济分类：30206 电费,410.00,', '交易大厅电费,800101,资金结存—零余额账户用款额度,,,410.00'], '410.00'),
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.date, e.voucher, e.summary, e.functionCode, e.economicCode, e.amount])).toEqual([
      ['2024-01-08', '记-0003', '购签字笔及文具', '2010350', '30201', 20_000],
      ['2024-02-06', '记-0001', '1月份职工食堂燃气费', '2010350', '30299', 78_500],
      ['2024-02-09', '记-0002', '交易大厅电费', '2010350', '30206', 41_000],
    ]);
  });
});

describe('K/3 核算项目 cells written 类别---代码---名称', () => {
  it('reads the function, economic class, project and payee of each line from its one cell', async () => {
    const cell = (fn: string, eco: string, extra = '') => `部门---01---办公室;功能科目---${fn};经济科目---${eco}${extra}`;
    const r = await read([
      '凭证日期,会计年度,会计期间,凭证字,凭证号,科目代码,科目名称,借方,贷方,凭证摘要,核算项目',
      `2024-03-05,2024,3,记,12,7101.01,行政支出-基本支出,300.00,,购买复印纸,${cell('2012901---行政运行', '30201---办公费', ';往来单位---W012---莲塘县文具店')}`,
      `2024-03-09,2024,3,记,13,7101.02,行政支出-项目支出,800.00,,“青年大学习”宣讲资料印制,${cell('2012999---其他群众团体事务支出', '30202---印刷费', ';项目---TW2401---青少年思想引领')}`,
      `2024-03-12,2024,3,记,14,7101.01,行政支出-基本支出,50.00,,邮寄材料,${cell('2012901---行政运行', '30207---邮电费')}`,
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.functionCode, e.economicCode, e.projectName ?? '', e.payee ?? ''])).toEqual([
      // The payee as K/3 writes it, code and name (W012 莲塘县文具店).
      ['2012901', '30201', '', expect.stringContaining('莲塘县文具店')],
      ['2012999', '30202', expect.stringContaining('青少年思想引领'), ''],
      ['2012901', '30207', '', ''],
    ]);
  });
});

describe('浪潮 GS generic 核算项目 slots', () => {
  it('reads each slot by the dimension it names, whatever its position', async () => {
    const r = await read([
      '日期,凭证编号,摘要,一级科目,二级科目,三级科目,核算项目1,核算项目2,核算项目3,核算项目4,借方金额,贷方金额,方向,余额',
      '2024-01-03,记-0001,新生儿筛查滤纸片,7201 事业支出,720101 财政拨款支出,72010102 项目支出,项目:FY2403 新生儿疾病及听力筛查,功能科目:2100409 重大公共卫生服务,经济科目:30218 专用材料费,往来单位:山西华卫医药有限公司,"3,205.00",,借,"3,205.00"',
      '2024-01-10,记-0002,支付宽带及电话费,7201 事业支出,720101 财政拨款支出,72010101 基本支出,部门:0101 办公室,功能科目:2100403 妇幼保健机构,经济科目:30207 邮电费,往来单位:中国移动黎坪分公司,"2,302.91",,借,"5,507.91"',
      '2024-01-12,记-0004,发放1月份绩效工资,7201 事业支出,720101 财政拨款支出,72010101 基本支出,部门:0101 办公室,功能科目:2100403 妇幼保健机构,经济科目:30107 绩效工资,,"22,003.60",,借,"27,511.51"',
    ]);
    expect(r.errors).toEqual([]);
    expect(r.entries.map((e) => [e.functionCode, e.economicCode, e.payee ?? ''])).toEqual([
      ['2100409', '30218', '山西华卫医药有限公司'],
      ['2100403', '30207', '中国移动黎坪分公司'],
      ['2100403', '30107', ''],
    ]);
    expect(r.entries[0]!.projectName).toContain('新生儿疾病及听力筛查');
  });
});
