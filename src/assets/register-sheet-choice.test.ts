/**
 * A register workbook whose first sheets are not the register (a 封面, a 汇总 by class, a 标签 list of numbers and
 * names): the import reads the sheet that holds a whole register header, wherever it stands, says which sheet it read
 * and names the others with the reason — the same from an .xlsx, an .xls and an .ods made by hand here.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cell, compoundFile, workbookStream, xfRecords } from '../reference/biff-writer.test-util.ts';
import { readTableRows } from '../reference/table-file.ts';
import { loadAssetConfig, memoryAssetStore } from './index.ts';
import { formatImportError } from './ledger-import.ts';
import { registerPlanText } from './render-text.ts';
import { importRegisterSheets, registerSheetsOf } from './service.ts';

type Sheet = { readonly name: string; readonly rows: readonly (readonly string[])[] };

const COVER: Sheet = {
  name: '封面',
  rows: [['行政事业单位资产卡片清单'], [], ['单位名称：某县农业农村局'], ['编制日期：2025年1月5日'], ['资产总数：3 张']],
};
const SUMMARY: Sheet = {
  name: '汇总',
  rows: [
    ['资产分类', '卡片数', '原值（元）', '累计折旧（元）', '净值（元）'],
    ['通用设备', '2', '10680.00', '3000.00', '7680.00'],
    ['家具、用具、装具及动植物', '1', '1200.00', '0.00', '1200.00'],
    ['合计', '3', '11880.00', '3000.00', '8880.00'],
  ],
};
/** A label list: it has 资产编号 and 资产名称, but no 分类, 原值 or 取得日期 — not a register. */
const LABELS: Sheet = {
  name: '标签',
  rows: [
    ['资产编号', '资产名称', '存放地点'],
    ['ZC-001', '台式计算机', '201室'],
  ],
};
const CARDS: Sheet = {
  name: '资产卡片',
  rows: [
    ['资产卡片清单'],
    ['资产编号', '资产名称', '分类代码', '原值', '累计折旧', '取得日期', '存放地点'],
    ['ZC-001', '台式计算机', 'A02010105', '5680.00', '2000.00', '2021-03-05', '201室'],
    ['ZC-002', '打印机', 'A02021003', '5000.00', '1000.00', '2022-06-01', '202室'],
    ['ZC-003', '办公桌', 'A05010201', '1200.00', '0.00', '2024-11-20', '203室'],
    ['合计', '', '', '11880.00', '3000.00', '', ''],
  ],
};

async function xlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow([...r]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function xls(sheets: readonly Sheet[]): Uint8Array {
  const specs = sheets.map((s) => ({
    name: s.name,
    records: s.rows.flatMap((r, i) => r.flatMap((text, j) => (text === '' ? [] : [cell.label8(i, j, text)]))),
  }));
  return compoundFile(workbookStream(8, xfRecords(Array(16).fill(0)), specs));
}

async function ods(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cellXml = (t: string) => (t === '' ? '<table:table-cell/>' : `<table:table-cell office:value-type="string"><text:p>${esc(t)}</text:p></table:table-cell>`);
  const tables = sheets
    .map((s) => `<table:table table:name="${s.name}">${s.rows.map((r) => `<table:table-row>${r.map(cellXml).join('')}</table:table-row>`).join('')}</table:table>`)
    .join('');
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file(
    'content.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">' +
      `<office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

const WRITERS = { xlsx, xls, ods } as const;

async function imported(format: keyof typeof WRITERS, sheets: readonly Sheet[]) {
  const file = await readTableRows(await WRITERS[format](sheets), `register.${format}`);
  const ctx = { store: memoryAssetStore(), config: loadAssetConfig(), now: () => new Date('2025-01-06T10:00:00Z') };
  const result = await importRegisterSheets(ctx, { regionCode: '431223', departmentCode: `sheet-choice-${format}` }, registerSheetsOf(file), { preview: true });
  return { file, result };
}

describe('a register workbook whose first sheet is a cover or a summary', () => {
  for (const format of ['xlsx', 'xls', 'ods'] as const) {
    it(`${format}: reads the 资产卡片 sheet behind 封面, 汇总 and 标签, says so, and names the sheets left alone with why`, async () => {
      const { file, result } = await imported(format, [COVER, SUMMARY, LABELS, CARDS]);
      expect(file.format).toBe(format);
      expect(result.errors).toEqual([]);
      expect(result.plan?.added.map((a) => [a.assetNumber, a.originalValue, a.accumulatedDepreciation])).toEqual([
        ['ZC-001', 568000, 200000],
        ['ZC-002', 500000, 100000],
        ['ZC-003', 120000, 0],
      ]);
      expect(result.sheetRead).toBe('资产卡片');
      expect(result.ignoredSheets).toEqual(['封面', '汇总', '标签']);
      expect(result.skippedNote).toContain('未读取的工作表（没有“资产编号”列）：封面、汇总');
      expect(result.skippedNote).toContain('未读取的工作表“标签”：第1行的表头缺少“原值（元）”、“取得日期”列');
      expect(registerPlanText(result, true)).toContain('读取工作表“资产卡片”，表头在第2行');
    });
  }

  it('a workbook whose only asset-number header lacks columns is refused with that header’s errors, named by sheet', async () => {
    const { result } = await imported('xlsx', [COVER, LABELS]);
    expect(result.errors.map(formatImportError)).toEqual([
      '工作表“标签”第1行：第1行的表头缺少“原值（元）”列 / missing column originalValue',
      '工作表“标签”第1行：第1行的表头缺少“取得日期”列 / missing column acquiredOn',
    ]);
    expect(result.ignoredSheets).toEqual(['封面']);
  });

  it('a workbook of one register sheet says nothing about sheets', async () => {
    const { result } = await imported('xlsx', [CARDS]);
    expect(result.errors).toEqual([]);
    expect(result.sheetRead).toBeUndefined();
    expect(result.ignoredSheets).toBeUndefined();
    expect(registerPlanText(result, true)).toContain('表头在第2行');
  });
});
