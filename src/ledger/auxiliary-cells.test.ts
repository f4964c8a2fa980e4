import { describe, expect, it } from 'vitest';
import { arrayRows } from '../reference/table-file.ts';
import { auxiliaryPairs, bracketPairs, expandAuxiliaryColumns } from './auxiliary-cells.ts';
import { readLedgerFile } from './read-ledger-file.ts';

describe('a combined 辅助项 cell', () => {
  it('reads 【名称:值】 and 名称:值; pairs, and nothing from an ordinary cell', () => {
    expect(auxiliaryPairs('【项目:古树名木保护经费】【往来单位:中方县印刷厂】')).toEqual([
      ['项目', '古树名木保护经费'],
      ['往来单位', '中方县印刷厂'],
    ]);
    expect(auxiliaryPairs('功能分类：2130201 行政运行；经济分类：30201 办公费')).toEqual([
      ['功能分类', '2130201 行政运行'],
      ['经济分类', '30201 办公费'],
    ]);
    expect(auxiliaryPairs('打印时间：2025-01-06 09:12')).toBeUndefined();
    expect(auxiliaryPairs('支付3月电费')).toBeUndefined();
  });

  it('reads 维度/编码/名称 parts (金蝶云星空 核算维度) only when every part begins with a known label', () => {
    expect(auxiliaryPairs('功能分类/2010101/行政运行;经济分类/30206/电费;部门/01/办公室;项目/RD2401/县人民代表大会会议经费')).toEqual([
      ['功能分类', '2010101 行政运行'],
      ['经济分类', '30206 电费'],
      ['部门', '01 办公室'],
      ['项目', 'RD2401 县人民代表大会会议经费'],
    ]);
    expect(auxiliaryPairs('一般公共服务支出/政府办公厅（室）及相关机构事务/行政运行')).toBeUndefined();
    expect(auxiliaryPairs('购买U盘/鼠标;墨盒/硒鼓')).toBeUndefined();
  });

  it('imports a two-row header whose 借方/贷方/余额 stand over 原币 | 本位币: the 本位币 columns are the amounts', async () => {
    const csv = [
      '明细账',
      '日期,凭证字号,摘要,科目编码,科目名称,核算维度,币别,汇率,借方,借方,贷方,贷方,方向,余额,余额',
      ',,,,,,,,原币,本位币,原币,本位币,,原币,本位币',
      '2024-01-05,记-1,支付1月电费,710101,基本支出,功能分类/2010101/行政运行;经济分类/30206/电费;部门/01/办公室,人民币,1,3631.23,3631.23,,,借,,3631.23',
      '2024-05-20,记-9,代表赴德国考察住宿费,710102,项目支出,功能分类/2010104/人大会议;经济分类/30212/因公出国（境）费用;部门/02/代表工作室;项目/RD2402/代表履职能力提升,欧元,7.7,1250,9625,,,借,,13256.23',
      '2024-05-22,记-10,退回1月电费多缴,710101,基本支出,功能分类/2010101/行政运行;经济分类/30206/电费;部门/01/办公室,人民币,1,,,31.23,31.23,借,,13225.00',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'xkbb.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.amount, e.functionCode, e.economicCode, e.nature, e.projectCode ?? e.projectName ?? ''])).toEqual([
      [363_123, '2010101', '30206', 'basic', ''],
      [962_500, '2010104', '30212', 'project', expect.stringContaining('RD2402')],
      [-3_123, '2010101', '30206', 'basic', ''],
    ]);
  });

  it('reads 名称=值 pairs only when every part names a ledger column (a header synonym)', () => {
    expect(auxiliaryPairs('功能分类=2101501 行政运行;经济分类=30201 办公费;支出类型=基本支出')).toEqual([
      ['功能分类', '2101501 行政运行'],
      ['经济分类', '30201 办公费'],
      ['支出类型', '基本支出'],
    ]);
    expect(auxiliaryPairs('功能分类＝2101501 行政运行；项目=YB2024-01 专项检查；')).toEqual([
      ['功能分类', '2101501 行政运行'],
      ['项目', 'YB2024-01 专项检查'],
    ]);
    // An unknown name, or a part that is no pair, leaves the cell as it is.
    expect(auxiliaryPairs('功能分类=2101501;批次=3')).toBeUndefined();
    // … unless two names at least are known: the unknown word is a pair of its own, not part of the value before it.
    expect(auxiliaryPairs('预算项目=GH24-07 河道保洁；客户=县环卫所；支出功能分类=2130106 水利工程运行与维护')).toEqual([
      ['预算项目', 'GH24-07 河道保洁'],
      ['客户', '县环卫所'],
      ['支出功能分类', '2130106 水利工程运行与维护'],
    ]);
    expect(auxiliaryPairs('经济分类=30201;备注')).toBeUndefined();
    expect(auxiliaryPairs('a=1;b=2')).toBeUndefined();
  });

  it('becomes one column per name, headed by the name, with every name seen anywhere in the file', () => {
    const aux = (project: string) => `【功能分类:2130201 行政运行】【经济分类:30201 办公费】${project}【往来单位:某商行】`;
    const rows = arrayRows([
      ['明细账'],
      ['日期', '摘要', '辅助项'],
      ['2024-01-05', '办公用品', aux('')],
      ['2024-01-06', '办公用品', aux('')],
      ['2024-01-07', '办公用品', aux('')],
      ['2024-01-08', '宣传册', aux('【项目:古树名木保护经费】')],
    ]);
    const out = expandAuxiliaryColumns(rows);
    expect(out.row(1)).toEqual(['日期', '摘要', '辅助项', '功能分类', '经济分类', '往来单位', '项目']);
    expect(out.row(2).slice(3)).toEqual(['2130201 行政运行', '30201 办公费', '某商行', '']);
    expect(out.row(5).slice(3)).toEqual(['2130201 行政运行', '30201 办公费', '某商行', '古树名木保护经费']);
    expect(out.row(0)).toEqual(['明细账', '', '', '', '', '', '']);
  });

  it('lets a 明细账 with 年/月/日 columns and a 辅助项 cell import unedited', async () => {
    const line = (d: string, s: string, econ: string, project: string, amount: string) =>
      `2024,03,${d},记-00${d},${s},71010101,"【支出功能分类科目:2130201 行政运行】【部门预算支出经济分类:${econ}】${project}【往来单位:甲】",${amount},`;
    const csv = [
      '年,月,日,凭证号,摘要,科目编码,辅助项,借方,贷方',
      line('01', '购买打印纸', '30201 办公费', '', '120.00'),
      line('02', '3月电费', '30206 电费', '', '300.00'),
      line('03', '宣传册印制', '30202 印刷费', '【项目:古树名木保护经费】', '800.00'),
      '2024,03,31,,本月合计,,,"1,220.00",',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'nc.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.economicCode, e.functionCode, e.nature, e.projectName ?? '', e.payee])).toEqual([
      ['2024-03-01', '30201', '2130201', 'basic', '', '甲'],
      ['2024-03-02', '30206', '2130201', 'basic', '', '甲'],
      ['2024-03-03', '30202', '2130201', 'project', '古树名木保护经费', '甲'],
    ]);
  });

  it('lets a 明细账 with a 名称=值 辅助核算 cell, the direction inside 发生额, 24/03/05 dates and a trailing comma import unedited', async () => {
    const aux = (econ: string, extra = '') => `功能分类=2101501 行政运行;经济分类=${econ};支出类型=基本支出${extra}`;
    const csv = [
      '明细账,',
      '日期,凭证号,摘要,辅助核算,往来单位,发生额,余额,',
      '24/01/01,,期初余额,,,,平 0.00,',
      `24/03/05,记-1,购买打印纸,${aux('30201 办公费')},甲,"借 1,200.00","借 1,200.00",`,
      `24/03/06,记-2,退回多付印刷费,${aux('30202 印刷费')},乙,贷 320.00,借 880.00,`,
      `24/03/07,记-3,冲销打印纸,${aux('30201 办公费')},甲,"借 -1,280.00",贷 400.00,`,
      `24/03/08,记-4,电费,${aux('30206 电费', ';项目=YB2024-01 专项检查')},丙,500.00,借 100.00,`,
      '本月合计,,,,,借 100.00,借 100.00,',
      '本年累计,,,,,借 100.00,借 100.00,',
    ].join('\r\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'ybj.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.date, e.economicCode, e.functionCode, e.amount, e.projectCode ?? '', e.projectName ?? ''])).toEqual([
      ['2024-03-05', '30201', '2101501', 120_000, '', ''],
      ['2024-03-06', '30202', '2101501', -32_000, '', ''],
      ['2024-03-07', '30201', '2101501', -128_000, '', ''],
      ['2024-03-08', '30206', '2101501', 50_000, 'YB2024-01', '专项检查'],
    ]);
  });

  it('reads a 辅助核算 cell by its known labels whatever separates the pairs (，/ or [名称:值]), and free text not', () => {
    expect(auxiliaryPairs('功能分类:2013102 一般行政管理事务，经济分类:30211 差旅费，单位:澧阳县交通宾馆')).toEqual([
      ['功能分类', '2013102 一般行政管理事务'],
      ['经济分类', '30211 差旅费'],
      ['单位', '澧阳县交通宾馆'],
    ]);
    expect(auxiliaryPairs('[功能科目:2013102 一般行政管理事务][经济科目:30211 差旅费][项目:XM2024-01 档案数字化]')).toEqual([
      ['功能科目', '2013102 一般行政管理事务'],
      ['经济科目', '30211 差旅费'],
      ['项目', 'XM2024-01 档案数字化'],
    ]);
    expect(auxiliaryPairs('支出功能分类：2013102 一般行政管理事务/部门经济分类：30211 差旅费/部门：办公室')).toEqual([
      ['支出功能分类', '2013102 一般行政管理事务'],
      ['部门经济分类', '30211 差旅费'],
      ['部门', '办公室'],
    ]);
    // A name after its code with a slash (2220101/行政运行) stays whole where ; separates the pairs.
    expect(auxiliaryPairs('功能分类:2220101/行政运行;经济分类:30201/办公费')).toEqual([
      ['功能分类', '2220101/行政运行'],
      ['经济分类', '30201/办公费'],
    ]);
    // A pair of an unknown label between known ones (报销人：…) ends the value before it.
    expect(auxiliaryPairs('支出功能分类：2080101 行政运行 报销人：陈晓 往来单位：县邮政分公司')).toEqual([
      ['支出功能分类', '2080101 行政运行'],
      ['往来单位', '县邮政分公司'],
    ]);
    // Precondition: the cell begins with a pair; a 摘要 that names a 项目: and a 单位: later is no 辅助核算 cell.
    expect(auxiliaryPairs('报销差旅费，项目:档案数字化，单位:交通宾馆')).toBeUndefined();
  });

  it('lets a 序时账 CSV whose 辅助核算 uses 【】, ；, ， and / and a counter-line of one pair above the first entry import unedited', async () => {
    const csv = [
      '序时账',
      '核算单位：[101]某县档案馆,,,,,,',
      '凭证日期,凭证字号,摘要,科目编码,辅助核算,借方金额,贷方金额',
      // A counter-line of one pair comes first: it is a data row, not the header of the 辅助核算 column.
      '2024-03-05,记-0001,购买打印纸,8001,功能分类:2013102 一般行政管理事务,,120.00',
      '2024-03-05,记-0001,购买打印纸,7101,【功能分类:2013102 一般行政管理事务】；【经济分类:30201 办公费】；【单位:文华办公用品店】,120.00,',
      '2024-03-06,记-0002,差旅费,7101,"支出功能分类：2013102 一般行政管理事务，部门经济分类：30211 差旅费，部门：办公室，往来单位：张三",800.00,',
      '2024-03-06,记-0002,差旅费,8001,功能分类:2013102 一般行政管理事务,,800.00',
      '2024-03-08,记-0003,档案扫描,7101,功能科目:2013102 一般行政管理事务/经济科目:30227 委托业务费/项目:XM2024-01 档案数字化/单位:某数据公司,500.00,',
      '2024-03-08,记-0003,档案扫描,8001,功能分类:2013102 一般行政管理事务,,500.00',
    ].join('\n');
    const read = await readLedgerFile(new TextEncoder().encode(csv), 'xsz.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.functionCode, e.economicCode, e.nature, e.projectCode ?? '', e.projectName ?? '', e.payee ?? '', e.amount])).toEqual([
      ['记-0001', '2013102', '30201', 'basic', '', '', '文华办公用品店', 12_000],
      ['记-0002', '2013102', '30211', 'basic', '', '', '张三', 80_000],
      ['记-0003', '2013102', '30227', 'project', 'XM2024-01', '档案数字化', '某数据公司', 50_000],
    ]);
  });

  it('reads [名称]值, 名称=值 and 名称/值 pairs by their known labels whatever separates them (scripts/probe-import.ts)', () => {
    const want = [
      ['功能分类', '2012901 行政运行'],
      ['经济分类', '30207 邮电费'],
      ['往来单位', '中国邮政'],
    ];
    for (const sep of [';', '；', ',', '，', '/', '|', ' ', '\n', '']) {
      expect(auxiliaryPairs(['[功能分类]2012901 行政运行', '[经济分类]30207 邮电费', '[往来单位]中国邮政'].join(sep))).toEqual(want);
      expect(auxiliaryPairs(['[功能分类:2012901 行政运行]', '[经济分类:30207 邮电费]', '[往来单位:中国邮政]'].join(sep))).toEqual(want);
      if (sep === '') continue;
      expect(auxiliaryPairs(['功能分类=2012901 行政运行', '经济分类=30207 邮电费', '往来单位=中国邮政'].join(sep))).toEqual(want);
      expect(auxiliaryPairs(['功能分类/2012901 行政运行', '经济分类/30207 邮电费', '往来单位/中国邮政'].join(sep))).toEqual(want);
    }
    // 客商 names the payee; 科室 is a known label of no field (its value ends where the next label begins).
    expect(auxiliaryPairs('科室:综合股,功能分类科目:2012901 行政运行,客商:中国邮政')).toEqual([
      ['科室', '综合股'],
      ['功能分类科目', '2012901 行政运行'],
      ['客商', '中国邮政'],
    ]);
    // Free text with a bracket or a slash stays free text.
    expect(auxiliaryPairs('[2012901]行政运行')).toBeUndefined();
    expect(auxiliaryPairs('购买U盘/鼠标，[急]办公用品')).toBeUndefined();
  });

  it('imports a 辅助核算 cell of [名称]值 pairs separated by spaces, and one of 名称/值 pairs separated by commas', async () => {
    for (const cell of ['[功能科目]2012901 行政运行 [经济科目]30207 邮电费 [客商]中国邮政', '功能分类/2012901 行政运行，经济分类/30207 邮电费，客商/中国邮政']) {
      const csv = ['日期,凭证号,摘要,辅助核算,借方,贷方', ...[1, 2, 3].map((d) => `2024-03-0${d},记-${d},寄快递,${cell},18.00,`)].join('\n');
      const read = await readLedgerFile(new TextEncoder().encode(csv), 'aux.csv', { fiscalYear: 2024 });
      expect(read.errors).toEqual([]);
      expect(read.entries.map((e) => [e.functionCode, e.economicCode, e.payee, e.amount])).toEqual(
        [1, 2, 3].map(() => ['2012901', '30207', '中国邮政', 1_800]),
      );
    }
  });
});

describe('a 辅助核算 cell whose labels stand in brackets (bracketPairs)', () => {
  const want = [
    ['项目', 'LX24TS03 城区环境卫生整治'],
    ['功能科目', '2120199 其他城乡社区管理事务支出'],
    ['经济科目', '30226 劳务费'],
    ['往来单位', '岚溪县保洁服务队'],
  ];
  const pairs = want.map(([k, v]) => [k!, v!] as const);

  it('reads 【label】value in every bracket pair of the data, with or without separators or spaces inside the brackets', () => {
    for (const [open, close] of ['【】', '[]', '［］', '〔〕', '｛｝', '{}', '〖〗', '《》']) {
      for (const sep of ['', ' ', '；', '\n']) {
        const cell = pairs.map(([k, v]) => `${open}${k}${close}${v}`).join(sep);
        expect(bracketPairs(cell), cell).toEqual(want);
        expect(auxiliaryPairs(cell), cell).toEqual(want);
      }
      expect(auxiliaryPairs(pairs.map(([k, v]) => `${open} ${k} ${close}${v}`).join(''))).toEqual(want);
    }
  });

  it('reads 〔label：value〕 with the value inside its brackets, in every bracket pair', () => {
    for (const [open, close] of ['【】', '〔〕', '｛｝', '{}']) {
      for (const colon of ['：', ':']) {
        const cell = pairs.map(([k, v]) => `${open}${k}${colon}${v}${close}`).join('');
        expect(auxiliaryPairs(cell), cell).toEqual(want);
      }
    }
  });

  it('ends a value at an unknown bracketed label (its own pair), and keeps a bracketed code or year in the value', () => {
    expect(auxiliaryPairs('【经济科目】30201 办公费【政府经济分类】50201 办公经费【资金性质】一般公共预算资金')).toEqual([
      ['经济科目', '30201 办公费'],
      ['政府经济分类', '50201 办公经费'],
      ['资金性质', '一般公共预算资金'],
    ]);
    expect(auxiliaryPairs('【项目】LX24TS03 城区环境卫生整治【指标文号】岚财预〔2024〕3号【功能科目】2120199 其他')).toEqual([
      ['项目', 'LX24TS03 城区环境卫生整治'],
      ['指标文号', '岚财预〔2024〕3号'],
      ['功能科目', '2120199 其他'],
    ]);
    expect(auxiliaryPairs('[功能科目][2120101]行政运行[经济科目][30201]办公费')).toEqual([
      ['功能科目', '[2120101]行政运行'],
      ['经济科目', '[30201]办公费'],
    ]);
    // A value holding a bracketed code in the same brackets as its label (久其 [code]name inside [名称:值]).
    expect(auxiliaryPairs('[部门:办公室];[支出功能分类科目:[2070306]体育训练];[经济分类:[30201]办公费]')).toEqual([
      ['部门', '办公室'],
      ['支出功能分类科目', '[2070306]体育训练'],
      ['经济分类', '[30201]办公费'],
    ]);
    // A label with nothing after it (no 往来单位 on a payroll line) is an empty value.
    expect(auxiliaryPairs('【项目】【功能科目】2120101 行政运行【往来单位】')).toEqual([
      ['项目', ''],
      ['功能科目', '2120101 行政运行'],
      ['往来单位', ''],
    ]);
  });

  it('reads nothing from a cell that does not begin with a bracketed label or names no known label', () => {
    expect(bracketPairs('[2070306]体育训练')).toBeUndefined();
    expect(bracketPairs('〔2024〕3号')).toBeUndefined();
    expect(bracketPairs('支付【加急】快递费【已审】')).toBeUndefined();
    expect(bracketPairs('【加急】快递费【已审】')).toBeUndefined();
    expect(bracketPairs('《统计法》宣传册印制')).toBeUndefined();
  });

  it('imports a ledger whose 辅助核算 cell holds every class in 〔label〕value form, under a two-row header', async () => {
    const lines = [
      '明细账,,,,,,,',
      '单位：431129017 岚溪县城市管理局,,,,,,,',
      '查询条件：会计科目【7101 行政支出】；会计期间【2024年01期 至 2024年12期】,,,,,,,',
      '日期,凭证字号,摘要,辅助核算,本期发生额,,余额,',
      ',,,,借方,贷方,方向,金额',
      '2024-01-01,,期初余额,,,,平,0.00',
      '2024-01-09,记-0001,购买打印纸,〔项目〕431129017-24-YZ001 运转类-公用经费项目〔功能科目〕2120101 行政运行〔经济科目〕30201 办公费〔往来单位〕文华办公用品店〔资金性质〕一般公共预算资金,1158.00,,借,1158.00',
      '2024-01-12,记-0002,发放1月工资,〔项目〕431129017-24-RY001 人员类项目〔功能科目〕2120101 行政运行〔经济科目〕30101 基本工资〔资金性质〕一般公共预算资金,58316.00,,借,59474.00',
      '2024-01-20,记-0003,退回多报差旅费,〔功能科目〕2120101 行政运行〔经济科目〕30211 差旅费〔往来单位〕周文斌,,180.00,借,59294.00',
      '2024-01-31,,本月合计,,59474.00,180.00,借,59294.00',
      '2024-01-31,,本年累计,,59474.00,180.00,借,59294.00',
    ];
    const read = await readLedgerFile(new TextEncoder().encode(`${lines.join('\r\n')}\r\n`), 'fzkj.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.voucher, e.functionCode, e.economicCode, e.payee ?? '', e.amount])).toEqual([
      ['记-0001', '2120101', '30201', '文华办公用品店', 115_800],
      ['记-0002', '2120101', '30101', '', 5_831_600],
      ['记-0003', '2120101', '30211', '周文斌', -18_000],
    ]);
    // 余额 over 方向 | 金额 is the balance, never the amount.
    expect(read.columns.columns.amount).toBeUndefined();
  });
});

describe('a merged title or 查询条件 row that reads as pairs', () => {
  it('is no 辅助核算 cell: the header and the pairs come from the rows below it', async () => {
    // A merged row is read with its text in every cell (src/reference/spreadsheet.ts), the 辅助核算 column's too.
    const query = '会计科目：7101 行政支出；会计期间：2024年01期至2024年12期；辅助核算：全部';
    const rows = [
      ['明细账', '明细账', '明细账', '明细账', '明细账', '明细账'],
      [query, query, query, query, query, query],
      ['日期', '凭证号', '摘要', '辅助核算', '借方', '贷方'],
      ['2024-01-09', '记-0001', '购买打印纸', '【功能科目】2120101 行政运行【经济科目】30201 办公费', '1158.00', ''],
      ['2024-01-12', '记-0002', '发放1月工资', '【功能科目】2120101 行政运行【经济科目】30101 基本工资', '58316.00', ''],
      ['2024-01-20', '记-0003', '退回多报差旅费', '【功能科目】2120101 行政运行【经济科目】30211 差旅费', '', '180.00'],
    ];
    const expanded = expandAuxiliaryColumns(arrayRows(rows));
    expect(expanded.row(2).slice(6)).toEqual(['功能科目', '经济科目']);
    expect(expanded.row(1)).toEqual([...rows[1]!, '', '']);
    const read = await readLedgerFile(new TextEncoder().encode(rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\r\n')), 'q.csv', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => [e.economicCode, e.amount])).toEqual([
      ['30201', 115_800],
      ['30101', 5_831_600],
      ['30211', -18_000],
    ]);
  });
});
