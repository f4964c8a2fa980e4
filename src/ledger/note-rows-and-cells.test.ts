/**
 * Reader classes first needed by dev-xtqh-2024 and dev-sjtq-2024 (written blind): a note row under a ledger's footer;
 * a project cell writing its code before its name; a 预算管理一体化 voucher-line extract whose field codes name the two
 * economic classifications apart, its account name beside the code and a yes/no red-ink flag; and a direction code
 * that states neither side.
 */
import { describe, expect, it } from 'vitest';
import { classifyRow, projectCellCodeName } from '../reference/row-kinds.ts';
import { projectKeyOf } from './entry.ts';
import { directionOf } from './parse-entries.ts';
import { withProjectAliases } from './project-aliases.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const csv = (lines: readonly string[], name = 'ledger.csv') => readLedgerFile(Buffer.from(lines.join('\n'), 'utf8'), name, { fiscalYear: 2024 });

describe('a note row (注：…) under or inside the table', () => {
  it('is skipped and counted apart, after the footer as between the lines', async () => {
    const file = await csv([
      '日期,凭证号,摘要,功能科目,经济科目,借方,贷方,余额',
      '2024-07-03,记-0001,购办公用品,2081005,30201,1036.11,,1036.11',
      '"注：本表“本年累计”为系统上线后累计发生额",,,,,,,',
      '2024-07-08,记-0002,赣H·F3071 加油,2081005,30231,516.5,,1552.61',
      ',,制表人：王丽萍,,审核人：陈志刚,,,',
      '"注1：1-6月明细见原系统账簿",,,,,,,',
    ]);
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.voucher, e.amount])).toEqual([
      ['记-0001', 103_611],
      ['记-0002', 51_650],
    ]);
    expect(file.skipped.note).toBe(2);
  });

  it('needs the note to be the row’s only text, after a note word and a colon', () => {
    expect(classifyRow(['注：本表按经济分类分析', '', ''], [])).toBe('note');
    expect(classifyRow(['说明：金额单位为元', '说明：金额单位为元'], [])).toBe('note');
    // An entry whose 摘要 starts so keeps its date and amount; 备注 heads a column and continues a line; 注销 is a word.
    expect(classifyRow(['2024-03-05', '注：退回多付款', '-20.00'], [1, 0])).toBeUndefined();
    expect(classifyRow(['备注：已报废', '', ''], [])).toBeUndefined();
    expect(classifyRow(['注销银行账户手续费', '', ''], [])).toBeUndefined();
  });
});

describe('a project cell with its code before the name', () => {
  it.each([
    ['FL2401 特困人员集中供养', 'FL2401', '特困人员集中供养'],
    ['[XM2401]某某项目', 'XM2401', '某某项目'],
    ['【XM2401】某某项目', 'XM2401', '某某项目'],
    ['431127241100000000103-护理型床位改造提升', '431127241100000000103', '护理型床位改造提升'],
    ['BM24-02-机要通信保障', 'BM24-02', '机要通信保障'],
  ])('%s is code and name', (text, code, name) => {
    expect(projectCellCodeName(text)).toEqual({ code, name });
  });

  it('takes a code in parentheses only when it holds a Latin letter', () => {
    expect(projectCellCodeName('（XM01）送教上门服务')).toEqual({ code: 'XM01', name: '送教上门服务' });
  });

  it.each(['特困人员集中供养', '2024 年度老年人能力评估', '（2024）乡村振兴', '〔2024〕12号文件配套', '5G基站建设', 'FL2401'])('%s writes no code before a name', (text) => {
    expect(projectCellCodeName(text)).toBeUndefined();
  });

  it('is read as code and name apart, so both halves of a renumbered year carry one name', async () => {
    const file = await csv([
      '日期,凭证号,摘要,功能科目,经济科目,项目,借方',
      '2024-05-27,记-0015,院民伙食原材料采购,2082102,30218,FL2401 特困人员集中供养,10608.52',
      '2024-07-26,记-0020,院民伙食原材料采购,2082102,30218,431127241100000000101-特困人员集中供养,9973.69',
      '2024-08-02,记-0021,基础照护用品,2082102,30218,[FL2405]失能特困人员照护服务,880',
      '2024-08-03,记-0022,老年人能力评估,2081002,30226,2024 年度老年人能力评估,600',
    ]);
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.projectCode ?? '', e.projectName])).toEqual([
      ['FL2401', '特困人员集中供养'],
      ['431127241100000000101', '特困人员集中供养'],
      ['FL2405', '失能特困人员照护服务'],
      ['', '2024 年度老年人能力评估'],
    ]);
    // The checks then know the old code and the new one as one project.
    const keys = withProjectAliases(file.entries).map((e) => projectKeyOf(e));
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe('FL2405');
  });

  it('takes the code off the name cell only where the code cell is empty or writes the same code', async () => {
    const file = await csv([
      '日期,凭证号,摘要,功能科目,经济科目,项目编码,项目名称,借方',
      '2024-03-05,记-1,送教上门交通补助,2050701,30239,XM01,XM01 送教上门服务,300',
      '2024-03-06,记-2,送教上门交通补助,2050701,30239,,XM01 送教上门服务,200',
      '2024-03-07,记-3,康复器材,2050701,31002,XM02,XM01 送教上门服务,100',
    ]);
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.projectCode, e.projectName])).toEqual([
      ['XM01', '送教上门服务'],
      ['XM01', '送教上门服务'],
      ['XM02', 'XM01 送教上门服务'],
    ]);
  });
});

describe('a 预算管理一体化 voucher-line extract (English data-element header)', () => {
  const HEAD = 'VOU_DATE,VOU_TYPE_NAME,VOU_NO,SUMMARY,ACCT_CODE,ACCT_NAME,EXP_FUNC_CODE,DEP_BGT_ECO_CODE,GOV_BGT_ECO_CODE,EXP_TYPE_NAME,PRO_CODE,PRO_NAME,DR_AMT,CR_AMT,IS_RED';

  it('reads the 部门 economic class (never the 政府 one), the type’s words, the red-ink boolean and the account name’s nature', async () => {
    const file = await csv([
      HEAD,
      '2024-03-05 00:00:00,记,12,购办公用品,72010101,事业支出-财政拨款支出-基本支出,2050701,30201,50502,基本支出,,,1200,0,0',
      '2024-03-09 00:00:00,记,15,冲销重复报销办公用品,72010101,事业支出-财政拨款支出-基本支出,2050701,30201,50502,基本支出,,,-35.5,0,1',
      '2024-05-16 00:00:00,记,55,康复训练设备维护保养,72010101,事业支出-财政拨款支出-基本支出,2050701,30213,50502,项目支出,519909241100000000203,康复训练及感统教室设备购置,2680,0,0',
    ]);
    expect(file.errors).toEqual([]);
    expect(file.entries.map((e) => [e.voucher, e.economicCode, e.nature, e.amount, e.accountNature ?? ''])).toEqual([
      ['记-12', '30201', 'basic', 120_000, ''],
      ['记-15', '30201', 'basic', -3_550, ''],
      // 支出类型 项目支出 on the 基本支出 account: both kept for ledger.nature-inconsistent.
      ['记-55', '30213', 'project', 268_000, 'basic'],
    ]);
  });

  it('still never guesses a 1 under a flag header that asks no yes/no question and states no legend', async () => {
    const file = await csv(['VOU_DATE,VOU_NO,SUMMARY,EXP_FUNC_CODE,DEP_BGT_ECO_CODE,DR_AMT,HZBZ', '2024-03-05,12,购办公用品,2050701,30201,1200,1']);
    expect(file.errors.map((e) => [e.row, e.field, e.value])).toEqual([[2, 'redInk', '1']]);
  });
});

describe('a direction column', () => {
  it.each([
    ['借', 'debit'],
    ['贷方', 'credit'],
    ['D', 'debit'],
    ['c', 'credit'],
    ['-1', 'credit'],
    ['', 'empty'],
    ['收', 'unknown'],
    ['2', 'unknown'],
    ['平', 'unknown'],
  ] as const)('%s is %s', (text, side) => {
    expect(directionOf(text)).toBe(side);
  });

  it('names a code that states neither side as a row error with its value and the mapping key, and imports nothing', async () => {
    const file = await csv([
      '日期,凭证号,摘要,功能科目,经济科目,金额,借贷方向',
      '2024-03-05,记-1,购办公用品,2070109,30201,1200.00,借',
      '2024-03-08,记-2,退回多付办公用品款,2070109,30201,200.00,X',
      '2024-03-09,记-3,购墨盒,2070109,30201,300.00,贷',
    ]);
    expect(file.entries).toEqual([]);
    expect(file.errors.map((e) => [e.row, e.field, e.value])).toEqual([[3, 'direction', 'X']]);
    const [error] = file.errors;
    expect(error!.message).toMatch(/^借贷方向“X”无法识别.*--mapping 的 direction 键.* \/ direction "X" is neither debit nor credit.*mapping key "direction"/u);
    expect(error!.webMessage).toMatch(/“列对应”中为“借贷方向”选择/u);
    expect(error!.webMessage).not.toMatch(/--[a-z]/u);
  });
});
