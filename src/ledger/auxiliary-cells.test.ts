import { describe, expect, it } from 'vitest';
import { arrayRows } from '../reference/table-file.ts';
import { auxiliaryPairs, expandAuxiliaryColumns } from './auxiliary-cells.ts';
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
    expect(read.entries.map((e) => [e.date, e.economicCode, e.functionCode, e.amount, e.projectName ?? ''])).toEqual([
      ['2024-03-05', '30201', '2101501', 120_000, ''],
      ['2024-03-06', '30202', '2101501', -32_000, ''],
      ['2024-03-07', '30201', '2101501', -128_000, ''],
      ['2024-03-08', '30206', '2101501', 50_000, 'YB2024-01 专项检查'],
    ]);
  });
});
