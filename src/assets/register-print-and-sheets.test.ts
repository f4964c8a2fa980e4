/**
 * Two general shapes a register comes in, made by hand here: a DOS program's text print (tab-separated and padded
 * with spaces to fixed widths, dashed rule lines, yy.mm.dd dates, a 合计 row, a 打印日期 footer and a Ctrl-Z at the
 * end), and a workbook whose register is split over sheets, one of them with 原值 written as parts under a merged group.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readTableRows } from '../reference/table-file.ts';
import { withoutEndOfFileMark } from '../reference/text-decode.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { formatImportError } from './ledger-import.ts';
import { RULE_TWO_DIGIT_YEAR, RULE_VALUE_FROM_PARTS } from './register-checks.ts';
import { importRegisterSheets, type RegisterSheet, registerSheetsOf } from './service.ts';

const config = loadAssetConfig();
const context = () => ({ store: memoryAssetStore(), config, now: () => new Date('2026-12-06T12:00:00Z') });
const tenant = { regionCode: '520000', departmentCode: 'print-and-sheets' };

/** Cells padded to their widths in GB bytes (a Chinese character 2), text left, numbers right, tab-separated. */
function printLine(cells: readonly (readonly [string, number, 'l' | 'r'])[]): string {
  const bytes = (t: string) => iconv.encode(t, 'gb18030').length;
  return cells.map(([t, w, side]) => (side === 'l' ? t + ' '.repeat(Math.max(0, w - bytes(t))) : ' '.repeat(Math.max(0, w - bytes(t))) + t)).join('\t').replace(/\s+$/u, '');
}
const RULE = '-'.repeat(60);
const WIDTHS = [8, 12, 10, 4, 12, 8, 6] as const;
const SIDES = ['l', 'l', 'l', 'r', 'r', 'l', 'l'] as const;
const line = (...cells: string[]) => printLine(cells.map((c, i) => [c, WIDTHS[i]!, SIDES[i]!] as const));

function print(options: { footer: boolean }): Uint8Array {
  const lines = [
    '                    某县局固定资产明细表',
    options.footer ? '单位：某县局\t截止日期：24.12.31\t金额单位：元' : '单位：某县局\t金额单位：元',
    RULE,
    line('卡片号', '资产名称', '分类代码', '数量', '原值', '入账日期', '状况'),
    RULE,
    line('000001', '台式计算机', 'A02010105', '2', '11360.00', '19.03.05', '在用'),
    line('000002', '办公桌', 'A05010201', '1', '1200.00', '98.11.20', ''),
    RULE,
    line('合  计', '2张', '', '3', '12560.00', '', ''),
    RULE,
    ...(options.footer ? ['制表：张三\t审核：\t打印日期：25.01.03'] : []),
  ];
  return new Uint8Array([...iconv.encode(`${lines.join('\r\n')}\r\n`, 'gb18030'), 0x1a]);
}

const importPrint = async (bytes: Uint8Array) => importRegisterSheets(context(), tenant, registerSheetsOf(await readTableRows(bytes, 'zcmx.txt')), { preview: true });

describe('a fixed-width-and-tab text print of a DOS 固定资产管理系统', () => {
  it('reads every card: padding trimmed, rule lines and the Ctrl-Z no rows, 合计 and footer skipped, yy.mm.dd by the print’s own date', async () => {
    const r = await importPrint(print({ footer: true }));
    expect(r.errors).toEqual([]);
    expect(r.assets.map((a) => [a.assetNumber, a.name, a.quantity, a.originalValue, a.bookedOn, a.acquiredOn, a.status])).toEqual([
      ['000001', '台式计算机', 2, 1136000, '2019-03-05', '2019-03-05', 'in-use'],
      ['000002', '办公桌', 1, 120000, '1998-11-20', '1998-11-20', 'in-use'],
    ]);
    // Rule lines count as blank (one above the header, three below); the title lines, 合计 and footer as such.
    expect(r.skipped).toEqual({ title: 2, blank: 4, total: 1, footer: 1 });
    const note = r.findings.find((f) => f.rule === RULE_TWO_DIGIT_YEAR);
    expect(note?.message).toContain('2 个两位年份的日期');
    expect(note?.message).toContain('打印日期“25.01.03”（2025-01-03）');
  });

  it('without a 截止日期 or 打印日期 line, the two-digit years are read against the import date, and the note says so', async () => {
    const r = await importPrint(print({ footer: false }));
    expect(r.errors).toEqual([]);
    expect(r.assets.map((a) => a.bookedOn)).toEqual(['2019-03-05', '1998-11-20']);
    expect(r.findings.find((f) => f.rule === RULE_TWO_DIGIT_YEAR)?.message).toContain('按导入日期 2026-12-06');
  });

  it('drops a DOS end-of-file mark only at the end of the text', () => {
    expect(withoutEndOfFileMark('a\tb\r\n\u001a')).toBe('a\tb\r\n');
    expect(withoutEndOfFileMark('a\tb\r\n\u001a\r\n')).toBe('a\tb\r\n');
    expect(withoutEndOfFileMark('a\u001ab\r\n')).toBe('a\u001ab\r\n');
  });
});

const LAND: RegisterSheet = {
  sheet: '土地房屋',
  rows: [
    ['某法院土地、房屋资产明细表'],
    ['A', 'B', 'C', 'D', 'E', 'F'],
    ['资产编号', '资产名称', '分类代码', '面积(㎡)', '价值(元)', '取得日期'],
    ['FY-001', '审判综合楼', 'A01010204', '5326.8', '12680000', '2008-09-28'],
    ['合计', '', '', '5326.8', '12680000', ''],
  ],
};
const equipment = (parts: readonly string[]): RegisterSheet => ({
  sheet: '设备',
  rows: [
    ['某法院设备资产明细表'],
    ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
    ['资产编号', '资产名称', '分类代码', '数量', '原值（元）', '', '', '取得日期'],
    ['', '', '', '', ...parts, ''],
    ['FY-011', '服务器', 'A02010104', '2', '79600', '0', '0', '2019-05-20'],
    ['FY-014', '打印机', 'A02021002', '1', '15000', '6500', '0', '2020-08-14'],
    ['合计', '', '', '3', '94600', '6500', '0', ''],
  ],
});

describe('a register split over the sheets of a workbook', () => {
  it('reads every register sheet into one import; 原值 written as parts under a merged 原值 group is their sum, the parts kept', async () => {
    const ctx = context();
    const r = await importRegisterSheets(ctx, tenant, [LAND, equipment(['财政拨款', '自筹资金', '其他资金'])]);
    expect(r.errors).toEqual([]);
    expect(r.sheets).toEqual([
      { sheet: '土地房屋', rowCount: 1 },
      { sheet: '设备', rowCount: 2 },
    ]);
    expect(r.assets.map((a) => [a.assetNumber, a.originalValue, a.extra?.['财政拨款'], a.extra?.['自筹资金']])).toEqual([
      ['FY-001', 1268000000, undefined, undefined],
      ['FY-011', 7960000, '79600', '0'],
      ['FY-014', 2150000, '15000', '6500'],
    ]);
    // The rows of column letters above each header are no title and no card.
    expect(r.skipped?.['column-numbers']).toBe(2);
    expect(r.findings.find((f) => f.rule === RULE_VALUE_FROM_PARTS)?.message).toContain('“原值（元）”下只有财政拨款、自筹资金、其他资金而没有原值合计列');
    expect(r.written).toBe(3);
  });

  it('a register sheet that cannot be read (a column under the 原值 group that is no funding part) is an error naming sheet and row; nothing is written', async () => {
    const ctx = context();
    const r = await importRegisterSheets(ctx, tenant, [LAND, equipment(['财政拨款', '自筹资金', '购置说明'])]);
    expect(r.errors.map(formatImportError)).toEqual([expect.stringMatching(/^工作表“设备”第4行：该表的表头有“资产编号”、“分类代码”等列，是资产卡片表的一部分，但缺少“原值（元）”列/u)]);
    expect(r.assets).toEqual([]);
    expect(r.written).toBe(0);
    expect(await ctx.store.listAssets(tenant, { includeDisposed: true })).toEqual([]);
    // Not also a note, as if the sheet were no register.
    expect(r.skippedNote).not.toContain('未读取的工作表“设备”');
  });

  it('a row of column letters under the header is no card', async () => {
    const r = await importRegisterSheets(context(), tenant, [
      {
        sheet: '',
        rows: [
          ['资产编号', '资产名称', '分类代码', '原值', '取得日期'],
          ['A', 'B', 'C', 'D', 'E'],
          ['ZC-1', '台式计算机', 'A02010105', '5680', '2021-03-05'],
        ],
      },
    ], { preview: true });
    expect(r.errors).toEqual([]);
    expect(r.assets.map((a) => a.assetNumber)).toEqual(['ZC-1']);
    expect(r.skipped?.['column-numbers']).toBe(1);
  });
});
