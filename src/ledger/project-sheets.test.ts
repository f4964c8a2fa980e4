import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sectionOfRow, sheetSectionOf, titleSectionOf } from '../reference/row-kinds.ts';
import { readLedgerFile } from './read-ledger-file.ts';

const HEADER = ['日期', '凭证号', '摘要', '功能科目', '经济科目', '往来单位', '借方', '贷方', '方向', '余额'];
const d = (m: number, day: number) => new Date(Date.UTC(2024, m - 1, day));

type Sheet = { readonly name: string; readonly title?: string; readonly rows: readonly (readonly (string | number | Date | null)[])[] };

/**
 * A 项目辅助明细账 printed in a batch, one worksheet per 预算项目: each sheet a merged title, a unit/科目 row, an
 * optional row naming the project, the header, 期初余额, its entries, 本月合计/本年累计 and 年末结转.
 */
async function workbook(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.addRow(['项目辅助明细账']);
    ws.mergeCells(1, 1, 1, HEADER.length);
    ws.addRow(['核算单位：[431001]溪湾县图书馆', '', '', '科目：7201 事业支出', '', '期间：2024年01月至2024年12月', '', '', '', '金额单位：元']);
    if (s.title !== undefined) {
      ws.addRow([s.title]);
      ws.mergeCells(3, 1, 3, 6);
    }
    ws.addRow(HEADER);
    ws.addRow([d(1, 1), '', '期初余额', '', '', '', null, null, '平', 0]);
    let net = 0;
    for (const r of s.rows) {
      net += Number(r[6] ?? 0) - Number(r[7] ?? 0);
      ws.addRow([...r, '借', net]);
    }
    ws.addRow([d(12, 31), '', '本月合计', '', '', '', net, 0, '借', net]);
    ws.addRow([d(12, 31), '', '本年累计', '', '', '', net, 0, '借', net]);
    ws.addRow([d(12, 31), '记-40', '年末结转', '', '', '', null, net, '平', 0]);
    ws.addRow(['制单：李红', '', '审核：王强']);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const entry = (day: number, voucher: string, summary: string, econ: string, debit: number | null, credit: number | null = null) =>
  [d(12, day), voucher, summary, '2070104 图书馆', econ, '溪湾县某公司', debit, credit] as const;

const SHEETS: readonly Sheet[] = [
  { name: '基本支出-人员经费', title: '项目：基本支出-人员经费', rows: [entry(10, '记-1', '发放12月职工工资', '30101 基本工资', 52000)] },
  { name: '基本支出-公用经费', title: '辅助核算：项目-基本支出-公用经费', rows: [entry(12, '记-3', '支付12月馆舍电费', '30206 电费', 3100)] },
  {
    name: 'XW24TS01 2024年中央补助地方公共文化服务体系建设',
    title: '项目：[XW24TS01]2024年中央补助地方公共文化服务体系建设资金（免费开放）',
    rows: [entry(15, '记-5', '少儿阅览室图书采购', '30218 专用材料费', 18600), entry(20, '记-9', '书商退回重复计价款', '30218 专用材料费', null, 420)],
  },
  { name: 'XW24TS02全民阅读', title: '预算项目：XW24TS02-全民阅读推广活动', rows: [entry(16, '记-6', '读书月活动场地布置', '30227 委托业务费', 4200)] },
  { name: '古籍保护修复', title: '辅助核算：项目-XW24TS03 馆藏古籍保护修复', rows: [entry(18, '记-8', '古籍修复材料（宣纸、糨糊）', '30218 专用材料费', 2680)] },
];

describe('a 项目辅助明细账 printed one worksheet per 预算项目', () => {
  it('gives each entry the project its sheet\'s title row names, and the basic parts none', async () => {
    // Given seven-column-less sheets: no project column, the project only in the sheet's title row
    const read = await readLedgerFile(await workbook(SHEETS), 'xmsh.xlsx', { fiscalYear: 2024 });
    // Then every sheet is read, each entry under its sheet's project, the basic sheets' entries without one
    expect(read.errors).toEqual([]);
    expect(read.sheets?.read).toHaveLength(5);
    const of = (summary: string) => read.entries.find((e) => e.summary === summary)!;
    expect([of('发放12月职工工资').projectName, of('发放12月职工工资').nature]).toEqual([undefined, 'basic']);
    expect([of('支付12月馆舍电费').projectName, of('支付12月馆舍电费').nature]).toEqual([undefined, 'basic']);
    // The title's full name, not the sheet's cut one
    expect([of('少儿阅览室图书采购').projectCode, of('少儿阅览室图书采购').projectName, of('少儿阅览室图书采购').nature]).toEqual([
      'XW24TS01',
      // read in its NFKC form, as a section row's
      '2024年中央补助地方公共文化服务体系建设资金(免费开放)',
      'project',
    ]);
    expect(of('书商退回重复计价款').projectCode).toBe('XW24TS01');
    expect([of('读书月活动场地布置').projectCode, of('读书月活动场地布置').projectName]).toEqual(['XW24TS02', '全民阅读推广活动']);
    expect([of('古籍修复材料（宣纸、糨糊）').projectCode, of('古籍修复材料（宣纸、糨糊）').projectName]).toEqual(['XW24TS03', '馆藏古籍保护修复']);
    // The per-sheet 期初余额/本月合计/本年累计/年末结转 are skipped; the net is the sum over the sheets
    expect(read.entries).toHaveLength(6);
    expect(read.entries.reduce((s, e) => s + e.amount, 0)).toBe((52000 + 3100 + 18600 - 420 + 4200 + 2680) * 100);
    expect(read.sections).toMatchObject({ project: 3, basic: 2, entries: 4 });
  });

  it('reads the project from the title row when the sheets are named Sheet1 … SheetN', async () => {
    const read = await readLedgerFile(await workbook(SHEETS.map((s, i) => ({ ...s, name: `Sheet${i + 1}` }))), 'n.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    expect(read.entries.map((e) => e.projectCode ?? '')).toEqual(['', '', 'XW24TS01', 'XW24TS01', 'XW24TS02', 'XW24TS03']);
  });

  it('reads the project from the sheet name when no title row names it', async () => {
    const read = await readLedgerFile(await workbook(SHEETS.map(({ title: _, ...s }) => s)), 'n.xlsx', { fiscalYear: 2024 });
    expect(read.errors).toEqual([]);
    const projects = read.entries.map((e) => `${e.nature}|${e.projectCode ?? ''}|${e.projectName ?? ''}`);
    expect(projects).toEqual([
      'basic||',
      'basic||',
      // The sheet's name, cut at 31 characters as Excel stores it
      'project|XW24TS01|2024年中央补助地方公共文化服务体系建设',
      'project|XW24TS01|2024年中央补助地方公共文化服务体系建设',
      'project|XW24TS02|全民阅读',
      'project||古籍保护修复',
    ]);
  });

  it('names no project by sheets of months or of 明细科目, nor by generic sheet names without a title', async () => {
    const rows = SHEETS.map(({ title: _, ...s }) => s);
    const months = await readLedgerFile(await workbook(rows.map((s, i) => ({ ...s, name: `${i + 1}月` }))), 'm.xlsx', { fiscalYear: 2024 });
    expect(months.entries.every((e) => e.projectCode === undefined && e.projectName === undefined)).toBe(true);
    const plain = await readLedgerFile(await workbook(rows.map((s, i) => ({ ...s, name: `Sheet${i + 1}` }))), 'p.xlsx', { fiscalYear: 2024 });
    expect(plain.entries.every((e) => e.projectName === undefined)).toBe(true);
    const accounts = await readLedgerFile(
      await workbook([
        { name: '72010101基本支出', rows: [entry(10, '记-1', '发放12月职工工资', '30101 基本工资', 52000)] },
        { name: '72010102项目支出', rows: [entry(15, '记-5', '少儿阅览室图书采购', '30218 专用材料费', 18600)] },
      ]),
      'a.xlsx',
      { fiscalYear: 2024 },
    );
    expect(accounts.entries.every((e) => e.projectName === undefined)).toBe(true);
  });

  it('fills an empty project cell from the title, and keeps a project column\'s value', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('古籍');
    ws.addRow(['项目辅助明细账']);
    ws.addRow(['项目：[XW24TS03]馆藏古籍保护修复']);
    ws.addRow(['日期', '凭证号', '摘要', '功能科目', '经济科目', '项目', '借方', '贷方']);
    ws.addRow([d(3, 5), '记-1', '古籍修复材料', '2070104 图书馆', '30218 专用材料费', '', 100, null]);
    ws.addRow([d(3, 6), '记-2', '古籍函套', '2070104 图书馆', '30218 专用材料费', 'XW24TS03 馆藏古籍保护修复', 50, null]);
    const read = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'g.xlsx', { fiscalYear: 2024 });
    expect(read.entries.map((e) => `${e.projectCode ?? ''} ${e.projectName ?? ''}`.trim())).toEqual(['XW24TS03 馆藏古籍保护修复', 'XW24TS03 馆藏古籍保护修复']);
  });

  it('keeps a project column\'s value: a title that selects no one project names none', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, project] of [['Sheet1', 'XW24TS01 少儿阅读'], ['Sheet2', 'XW24TS02 全民阅读推广活动']] as const) {
      const ws = wb.addWorksheet(name);
      ws.addRow(['明细账']);
      ws.addRow(['项目：全部']);
      ws.addRow(['日期', '凭证号', '摘要', '功能科目', '经济科目', '项目', '借方', '贷方']);
      ws.addRow([d(3, 5), '记-1', '图书采购', '2070104 图书馆', '30218 专用材料费', project, 100, null]);
    }
    const read = await readLedgerFile(new Uint8Array(await wb.xlsx.writeBuffer()), 'c.xlsx', { fiscalYear: 2024 });
    expect(read.entries.map((e) => `${e.projectCode ?? ''} ${e.projectName ?? ''}`.trim())).toEqual(['XW24TS01 少儿阅读', 'XW24TS02 全民阅读推广活动']);
  });
});

describe('the project a sheet\'s title block or name names', () => {
  it('reads a title row in the wordings batch prints use, and none from a query condition', () => {
    expect(titleSectionOf([['辅助核算：项目-LC24TY02 岚川县第五届全民运动会']])).toMatchObject({ kind: 'project', code: 'LC24TY02', name: '岚川县第五届全民运动会' });
    expect(titleSectionOf([['辅助项：预算项目—JX01 乡村文化振兴']])).toMatchObject({ kind: 'project', code: 'JX01', name: '乡村文化振兴' });
    expect(titleSectionOf([['核算单位：溪湾县图书馆　　项目：[TS-03]古籍修复　　期间：2024年']])).toMatchObject({ kind: 'project', code: 'TS-03', name: '古籍修复' });
    expect(titleSectionOf([['项目：基本支出—公用经费']])).toMatchObject({ kind: 'basic' });
    expect(titleSectionOf([['基本支出（人员经费）']])).toMatchObject({ kind: 'basic' });
    // A label alone in its cell, its value in the next; the code in a label of its own; labels one space apart
    expect(titleSectionOf([['项目：', '[TS-04]少儿绘本馆建设']])).toMatchObject({ kind: 'project', code: 'TS-04', name: '少儿绘本馆建设' });
    expect(titleSectionOf([['项目编码：XW24TS05　　项目名称：流动图书车进乡村']])).toMatchObject({ kind: 'project', code: 'XW24TS05', name: '流动图书车进乡村' });
    expect(titleSectionOf([['核算单位：溪湾县图书馆　项目：XW24TS06 数字图书馆运维　期间：2024年']])).toMatchObject({ kind: 'project', code: 'XW24TS06', name: '数字图书馆运维' });
    expect(titleSectionOf([['项目编码：A1　　项目名称：甲项目', '项目编码：B2']])).toBeUndefined();
    // The ledger's own title naming the part: a code or a basic label marks it; a unit's name does not
    expect(titleSectionOf([['项目辅助明细账（XW24TS02 全民阅读推广活动）'], ['核算单位：溪湾县图书馆']])).toMatchObject({ kind: 'project', code: 'XW24TS02', name: '全民阅读推广活动' });
    expect(titleSectionOf([['基本支出-人员经费 明细账']])).toMatchObject({ kind: 'basic' });
    expect(titleSectionOf([['溪湾县图书馆明细账']])).toBeUndefined();
    expect(titleSectionOf([['明细账（古籍保护修复）']], undefined, '古籍保护修复')).toMatchObject({ kind: 'project', name: '古籍保护修复' });
    expect(titleSectionOf([['明细账（古籍保护修复）']], undefined, 'Sheet3')).toBeUndefined();
    expect(titleSectionOf([['项目明细账（2024年度）']])).toBeUndefined();
    // A label wins over the title's words
    expect(titleSectionOf([['项目辅助明细账（全民阅读）'], ['项目：[XW24TS02]全民阅读推广活动']], undefined, '全民阅读')).toMatchObject({ code: 'XW24TS02', name: '全民阅读推广活动' });
    expect(titleSectionOf([['项目：全部']])).toBeUndefined();
    expect(titleSectionOf([['项目：[A1]甲项目'], ['项目：[B2]乙项目']])).toBeUndefined();
    expect(titleSectionOf([['科目：7201 事业支出', '期间：2024年']])).toBeUndefined();
  });

  it('reads a section row written after a 辅助项 label, and 人员经费/公用经费 as basic parts', () => {
    expect(sectionOfRow(['辅助核算：项目-XW24TS03 馆藏古籍保护修复', '辅助核算：项目-XW24TS03 馆藏古籍保护修复'])).toMatchObject({ kind: 'project', code: 'XW24TS03', name: '馆藏古籍保护修复' });
    expect(sectionOfRow(['辅助核算：项目-人员经费'])).toMatchObject({ kind: 'basic' });
    expect(sectionOfRow(['公用经费（基本支出）'])).toMatchObject({ kind: 'basic' });
    // Another 辅助项 after the label stays what it was
    expect(sectionOfRow(['辅助核算：部门-办公室'])).toBeUndefined();
  });

  it('reads a sheet name in the notations a batch print writes', () => {
    expect(sheetSectionOf('基本支出_公用经费')).toMatchObject({ section: { kind: 'basic' }, explicit: true });
    expect(sheetSectionOf('人员经费')).toMatchObject({ section: { kind: 'basic' }, explicit: true });
    expect(sheetSectionOf('2024年度')).toBeUndefined();
    expect(sheetSectionOf('项目-古籍保护修复')).toMatchObject({ section: { kind: 'project', name: '古籍保护修复' }, explicit: true });
    expect(sheetSectionOf('XW24TS02_全民阅读')).toMatchObject({ section: { kind: 'project', code: 'XW24TS02', name: '全民阅读' }, explicit: true });
    expect(sheetSectionOf('430622240000001古籍保护')).toMatchObject({ section: { kind: 'project', code: '430622240000001', name: '古籍保护' } });
    expect(sheetSectionOf('古籍保护修复')).toMatchObject({ section: { kind: 'project', name: '古籍保护修复' }, explicit: false });
    for (const name of ['Sheet3', '1月', '2024年01期', '第二季度', '72010102项目支出', '明细账', '12']) expect(sheetSectionOf(name)).toBeUndefined();
    expect(sheetSectionOf('72010101基本支出')).toMatchObject({ section: { kind: 'basic' } });
  });
});
