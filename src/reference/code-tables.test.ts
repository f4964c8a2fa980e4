import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodeTableError } from '../core/codes.ts';
import { importCodeTable, loadCodeTable } from './code-tables.ts';
import { readCsv, readXlsx, toCsv } from './spreadsheet.ts';

describe('code tables', () => {
  let dir: string;
  const saved = process.env.JIXIAO_DATA;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'jixiao-codes-'));
    process.env.JIXIAO_DATA = dir;
  });
  afterEach(() => {
    process.env.JIXIAO_DATA = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses the shipped, incomplete function table by default and says it is incomplete', () => {
    const table = loadCodeTable('function', 2024)!;
    expect(table.complete).toBe(false);
    expect(table.entries.get('201')?.name).toBe('一般公共服务支出');
    expect(table.entries.has('216')).toBe(false);
  });

  it('loads each shipped row as written: code, name, level and parent (the rows of the 2026-12-06 pass)', () => {
    for (const year of [2024, 2025, 2026]) {
      const table = loadCodeTable('function', year)!;
      const read = (code: string) => {
        const row = table.entries.get(code);
        return row && { code: row.code, name: row.name, level: row.level, parent: row.parent };
      };
      expect(read('2050302')).toEqual({ code: '2050302', name: '中等职业教育', level: 3, parent: '20503' });
      expect(read('2100499')).toEqual({ code: '2100499', name: '其他公共卫生支出', level: 3, parent: '21004' });
    }
    expect(loadCodeTable('function', 2025)!.entries.has('2050309')).toBe(false);
  });

  it('prefers a fuller table the user imported for the year', () => {
    const n = importCodeTable('function', 2024, 'code,name\n201,一般公共服务支出\n215,资源勘探工业信息等支出\n216,商业服务业等支出\n', 'full.csv');
    expect(n).toBe(3);
    const table = loadCodeTable('function', 2024)!;
    expect(table.complete).toBe(true);
    expect(table.entries.get('216')?.name).toBe('商业服务业等支出');
    expect(loadCodeTable('function', 2026)!.complete).toBe(false); // 2026 still uses the shipped one
  });

  it('refuses a bad table naming the line, and writes nothing', () => {
    expect(() => importCodeTable('function', 2024, 'code,name\n201,一般公共服务支出\n2 01,坏代码\n', 'bad.csv')).toThrow(/第3行/);
    expect(() => importCodeTable('function', 2024, 'code,name\n201,a\n201,b\n', 'dup.csv')).toThrow(CodeTableError);
    expect(loadCodeTable('function', 2024)!.complete).toBe(false);
  });

  it('reads quoted cells with commas, quotes and line breaks back as written, and names the line of a bad record', () => {
    const rows = [['code', 'name'], ['301', '工资\n福利'], ['302', 'a,"b"']];
    expect(readCsv(toCsv(rows))).toEqual(rows);
    expect(() => importCodeTable('function', 2024, 'code,name\n201,"一般\n公共服务"\n2 01,x\n', 'ml.csv')).toThrow(/第4行/);
  });

  it('reads an Excel sheet into the same rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('功能分类');
    ws.addRow(['代码', '名称']);
    ws.addRow(['215', '资源勘探工业信息等支出']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const { rows, sheet } = await readXlsx(buffer, 'x.xlsx');
    expect(sheet).toBe('功能分类');
    expect(importCodeTable('function', 2024, toCsv(rows), 'x.xlsx')).toBe(1);
    await expect(readXlsx(Buffer.from('not a zip'), 'y.xlsx')).rejects.toThrow(/不是有效的 Excel/);
  });
});

describe('spreadsheet zip-bomb guard', () => {
  it('refuses an .xlsx that inflates past the limit, whatever its headers say, before ExcelJS reads it', async () => {
    const { default: JSZip } = await import('jszip');
    const { assertZipWithin } = await import('./zip-guard.ts');
    const zip = new JSZip();
    zip.file('xl/worksheets/sheet1.xml', '<x>'.padEnd(4 * 1024 * 1024, 'a'));
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(buffer.length).toBeLessThan(100_000);
    await expect(assertZipWithin(buffer, 'bomb.xlsx', 1024 * 1024)).rejects.toThrow(/压缩炸弹/);
    await expect(assertZipWithin(buffer, 'ok.xlsx', 8 * 1024 * 1024)).resolves.toEqual(['xl/worksheets/sheet1.xml']);
    // A lying header (declared size 0): JSZip — which ExcelJS uses to load — stops at the declared size, so the
    // archive inflates to nothing instead of to 4 MB; the guard counts real bytes either way.
    const lying = Buffer.from(buffer);
    for (let i = 0; i < lying.length - 4; i++) {
      const sig = lying.readUInt32LE(i);
      if (sig === 0x04034b50) lying.writeUInt32LE(0, i + 22);
      if (sig === 0x02014b50) lying.writeUInt32LE(0, i + 24);
    }
    await expect(assertZipWithin(lying, 'lying.xlsx', 1024 * 1024)).resolves.toEqual(['xl/worksheets/sheet1.xml']);
    const inflated = await (await JSZip.loadAsync(lying)).file('xl/worksheets/sheet1.xml')!.async('uint8array');
    expect(inflated.length).toBeLessThanOrEqual(1024 * 1024);
  });
});
