/**
 * The Excel 97–2003 (.xls) reader: real files written by LibreOffice (test/fixtures/exports, see its README) give
 * exactly the rows their .xlsx twins give; hand-built BIFF records cover what no tool writes on request (BIFF5 in
 * GBK, a 1904 workbook, strings split across CONTINUE records at chosen bytes); damaged files are refused with
 * an InputError naming the file, never a crash or a hang.
 */
import { readFileSync } from 'node:fs';
import CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { InputError } from '../core/input-error.ts';
import { cell, compoundFile, record, str16, u16, u32, workbookStream, xfRecords } from './biff-writer.test-util.ts';
import { repoPath } from './paths.ts';
import { readXlsx } from './spreadsheet.ts';
import { readTableFile } from './table-file.ts';
import { isDateFormat, readXls, rkValue } from './xls.ts';

const fixture = (name: string) => readFileSync(repoPath(`test/fixtures/exports/${name}`));
const sheetsOf = (s: { sheet: string; rows: string[][]; others?: readonly { sheet: string; rows: string[][] }[] }) => [
  { sheet: s.sheet, rows: s.rows },
  ...(s.others ?? []),
];

/** The Workbook stream of a real .xls fixture, to damage. */
function streamOf(bytes: Uint8Array): Buffer {
  const container = CFB.parse(bytes, { type: 'array' } as CFB.CFB$ParsingOptions);
  const entry = CFB.find(container, 'Workbook');
  if (!entry) throw new Error('no Workbook stream');
  return Buffer.from(entry.content as Uint8Array);
}

describe('real .xls files (written by LibreOffice) read like their .xlsx twins', () => {
  it.each([
    ['register-grp-2024-12', 3],
    ['ledger-xinhuang-2024', 2],
    ['memo-long-strings', 1],
  ])('%s: same sheets, same rows, same cells (holes where the file has no value)', async (name, sheets) => {
    const xls = readXls(fixture(`${name}.xls`), `${name}.xls`);
    const xlsx = await readXlsx(fixture(`${name}.xlsx`), `${name}.xlsx`);
    expect(sheetsOf(xls)).toHaveLength(sheets);
    expect(sheetsOf(xls)).toStrictEqual(sheetsOf(xlsx));
  });

  it('the register: merged title spread, date cells (ISO and 年月日 formats) as dates, cents exact, the SUM 合计 row, hidden sheet kept', () => {
    const book = readXls(fixture('register-grp-2024-12.xls'), 'r.xls');
    expect(book.sheet).toBe('卡片清单');
    expect(book.rows[0]).toEqual(Array(18).fill('固定资产卡片清单（2024年12月）'));
    expect(book.rows[4]?.slice(12, 17)).toEqual(['2020-09-10', '2020-09-18', '4999.99', '3541.66', '1458.33']);
    expect(book.rows[9]?.[0]).toBe('合计');
    expect(book.rows[9]?.slice(14, 17)).toEqual(['575498.69', '551009.94', '24488.75']);
    expect(book.others?.map((o) => o.sheet)).toEqual(['填表说明', '代码']);
  });

  it('the ledger: 0.10 + 0.20 in a SUM reads as Excel shows it, one sheet per month', () => {
    const book = readXls(fixture('ledger-xinhuang-2024.xls'), 'l.xls');
    expect(book.rows[3]?.slice(0, 2)).toEqual(['2024-01-12', '付-0002']);
    expect(book.rows[3]?.[8]).toBe('0.1');
    expect(book.rows[8]?.slice(4)).toEqual(['本月合计', undefined, undefined, undefined, '50095.36', '34.56']);
    expect(book.others?.[0]?.sheet).toBe('2月');
  });

  it('the long-strings file really has shared strings split across CONTINUE records, in both storages', () => {
    const stream = streamOf(fixture('memo-long-strings.xls'));
    const flags: number[] = [];
    for (let p = 0; p + 4 <= stream.length; p += 4 + stream.readUInt16LE(p + 2)) if (stream.readUInt16LE(p) === 0x003c) flags.push(stream[p + 4]!);
    expect(flags.length).toBeGreaterThan(3);
    expect(flags).toContain(0);
    expect(flags).toContain(1);
    const book = readXls(fixture('memo-long-strings.xls'), 'm.xls');
    expect(book.rows[700]).toEqual(['700', '会议费（第700笔，凭证付-0700）', 'voucher 700 paid 0 items', '864.15']);
  });

  it('readTableFile tells a real .xls from a web system’s HTML “.xls” by content', async () => {
    const real = await readTableFile(fixture('register-grp-2024-12.xls'), 'a.xls');
    expect(real.format).toBe('xls');
    expect(real.sheet).toBe('卡片清单');
    expect(real.otherSheets?.map((s) => s.sheet)).toEqual(['填表说明', '代码']);
    expect((await readTableFile(fixture('register-web-2024.xls'), 'w.xls')).format).toBe('html');
  });
});

describe('BIFF records no tool writes on request', () => {
  it('RK numbers: integers, ×100 integers (cents) and truncated doubles', () => {
    expect(rkValue((123456 << 2) | 3)).toBe(1234.56);
    expect(rkValue((-5 << 2) | 2)).toBe(-5);
    // 1.5 as a double is 0x3FF8000000000000: its high 30 bits carry it whole.
    expect(rkValue(0x3ff80000)).toBe(1.5);
    expect(rkValue(0x3ff80000 | 1)).toBe(0.015);
  });

  it('number formats: dates by y/m/d outside quotes and brackets, not by a literal or a colour', () => {
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('YYYY\\-MM\\-DD')).toBe(true);
    expect(isDateFormat('[$-804]yyyy/m/d')).toBe(true);
    expect(isDateFormat('#,##0.00"元"')).toBe(false);
    expect(isDateFormat('[Red]#,##0.00;[Blue]-#,##0.00')).toBe(false);
    expect(isDateFormat('0.00\\d')).toBe(false);
  });

  it('a BIFF8 string split across CONTINUE records changes storage at the split; rich-text runs and phonetic data are skipped', () => {
    // String 0: "合同ABC" — 2 chars UTF-16 in the SST record, then CONTINUE with flag 0 and "ABC" compressed, then its 2
    // rich-text runs (8 bytes) and 5 bytes of phonetic data, split again; string 1: "x" compressed.
    const first = [...u32(2), ...u32(2), ...u16(5), 0x01 | 0x08 | 0x04, ...u16(2), ...u32(5), ...Buffer.from('合同', 'utf16le')];
    const sst = record(0x00fc, first);
    const cont1 = record(0x003c, [0x00], [...Buffer.from('ABC', 'latin1')], [0, 0, 1, 0, 2, 0, 1, 0], [9, 9]);
    const cont2 = record(0x003c, [9, 9, 9], str16('x'));
    const stream = workbookStream(8, [sst, cont1, cont2, ...xfRecords(Array(16).fill(0))], [{ name: 'S', records: [cell.labelSst(0, 0, 0), cell.labelSst(0, 1, 1)] }]);
    expect(readXls(compoundFile(stream), 's.xls').rows).toEqual([['合同ABC', 'x']]);
  });

  it('BIFF5 (Excel 95) in GBK: sheet names and labels in the code page, RK and MULRK, a built-in date format, the 1904 system', () => {
    const globals = [record(0x0042, u16(936)), record(0x0022, u16(1)), ...xfRecords([...Array(15).fill(0), 0, 14])];
    const mulrk = record(0x00bd, u16(1), u16(1), u16(15), u32((100 << 2) | 2), u16(15), u32((1050 << 2) | 3), u16(2));
    const rows = [cell.label5(0, 0, '资产名称'), cell.label5(0, 1, '原值'), cell.label5(0, 2, '取得日期'), cell.label5(1, 0, '办公桌'), mulrk, cell.number(1, 3, 0, 16)];
    // 1904 system: serial 0 is 1904-01-01.
    const book = readXls(compoundFile(workbookStream(5, globals, [{ name: '卡片', records: rows }]), 'Book'), 'old.xls');
    expect(book.sheet).toBe('卡片');
    expect(book.rows).toEqual([
      ['资产名称', '原值', '取得日期'],
      ['办公桌', '100', '10.5', '1904-01-01'],
    ]);
  });

  it('booleans, error values and formula results (number, date, string via STRING, bool, error), merged ranges, a chart sheet skipped', () => {
    const globals = [...xfRecords([...Array(15).fill(0), 0, 164]), record(0x041e, u16(164), str16('yyyy-mm-dd'))];
    const records = [
      cell.boolErr(0, 0, 1, false),
      cell.boolErr(0, 1, 0x07, true),
      cell.formula(1, 0, 2.5),
      cell.formula(1, 1, 45292, 16),
      cell.formula(1, 2, { kind: 0 }),
      record(0x0207, str16(' 合计 ')),
      cell.formula(1, 3, { kind: 1, value: 0 }),
      cell.formula(1, 4, { kind: 2, value: 0x2a }),
      cell.label8(2, 0, '标题'),
      record(0x00e5, u16(1), u16(2), u16(3), u16(0), u16(1)),
    ];
    const chart = { name: '图表', kind: 0x0020 as const, records: [] };
    const book = readXls(compoundFile(workbookStream(8, globals, [chart, { name: 'S', records, hidden: true }])), 'f.xls');
    expect(book.sheet).toBe('S');
    expect(book.others).toBeUndefined();
    expect(book.rows).toEqual([
      ['true', ''],
      ['2.5', '2024-01-01', '合计', 'false', ''],
      ['标题', '标题'],
      ['标题', '标题'],
    ]);
  });
});

describe('damaged and hostile .xls files', () => {
  const message = (fn: () => unknown): string => {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return (err as Error).message;
    }
    throw new Error('expected an InputError');
  };
  const one = (records: Buffer[], globals: Buffer[] = []) => compoundFile(workbookStream(8, globals, [{ name: 'S', records }]));

  it('names the file and the record', () => {
    expect(message(() => readXls(one([cell.labelSst(0, 0, 7)]), '台账.xls'))).toMatch(/^台账\.xls：.*共享字符串 #7 不存在.*LABELSST 记录，偏移 0x[0-9a-f]+/u);
    expect(message(() => readXls(one([record(0x0203, u16(0))]), '台账.xls'))).toMatch(/台账\.xls.*记录过短.*NUMBER/u);
  });

  it('an encrypted workbook, a Word .doc, a BIFF4 file and a broken compound file each get their own message', () => {
    expect(message(() => readXls(one([], [record(0x002f, u16(1))]), 'e.xls'))).toMatch(/e\.xls：工作簿设有打开密码/u);
    expect(message(() => readXls(compoundFile(Buffer.from('not a workbook'), 'WordDocument'), 'd.xls'))).toMatch(/没有 Excel 工作簿/u);
    expect(message(() => readXls(compoundFile(record(0x0409, u16(0), u16(0x10))), 'b4.xls'))).toMatch(/Excel 2\.x–4\.0/u);
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    expect(message(() => readXls(header, 'h.xls'))).toMatch(/^h\.xls：复合文档结构损坏/u);
  });

  it('stops at the cell limit, merged ranges included (a 65,536 × 256 merge is not spread)', () => {
    const many = Array.from({ length: 50 }, (_, r) => cell.number(r, 0, r));
    expect(readXls(one(many), 'ok.xls', { maxCells: 50 }).rows).toHaveLength(50);
    expect(message(() => readXls(one(many), 'big.xls', { maxCells: 49 }))).toMatch(/big\.xls：表格过大.*49/u);
    const bomb = [cell.label8(0, 0, 'x'), record(0x00e5, u16(1), u16(0), u16(65535), u16(0), u16(255))];
    expect(message(() => readXls(one(bomb), 'merge.xls', { maxCells: 100_000 }))).toMatch(/merge\.xls：表格过大/u);
    // Overlapping merges add no cells after the first, but still count as work.
    const overlap = [cell.label8(0, 0, 'x'), record(0x00e5, u16(50), ...Array.from({ length: 50 }, () => [...u16(0), ...u16(99), ...u16(0), ...u16(99)]))];
    expect(message(() => readXls(one(overlap), 'o.xls', { maxCells: 100_000 }))).toMatch(/合并区域/u);
  });

  it('a sheet offset outside the stream or into the globals is refused, not followed', () => {
    const stream = workbookStream(8, [], [{ name: 'S', records: [] }]);
    const at = stream.indexOf(Buffer.from([0x85, 0x00]));
    const bad = Buffer.from(stream);
    bad.writeUInt32LE(0, at + 4);
    expect(message(() => readXls(compoundFile(bad), 'x.xls'))).toMatch(/工作表「S」的位置 0x0 无效/u);
    bad.writeUInt32LE(0x7fffffff, at + 4);
    expect(message(() => readXls(compoundFile(bad), 'x.xls'))).toMatch(/无效/u);
  });

  it('every truncation of a real file’s workbook stream is refused or read, never a crash', () => {
    const stream = streamOf(fixture('register-grp-2024-12.xls'));
    let refused = 0;
    for (let end = 0; end < stream.length; end += 37) {
      try {
        readXls(compoundFile(stream.subarray(0, end)), 't.xls');
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        expect((err as Error).message).toMatch(/^t\.xls：/u);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(stream.length / 37 - 2);
  });

  it('random bytes written into a real file’s stream (and SST) give rows or an InputError, quickly', () => {
    let seed = 17;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (const name of ['register-grp-2024-12.xls', 'memo-long-strings.xls']) {
      const stream = streamOf(fixture(name));
      const started = Date.now();
      for (let run = 0; run < 150; run++) {
        const broken = Buffer.from(stream);
        const hits = 1 + (random() % 8);
        for (let k = 0; k < hits; k++) broken[random() % broken.length] = random() & 0xff;
        try {
          readXls(compoundFile(broken), name, { maxCells: 200_000 });
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
        }
      }
      expect(Date.now() - started).toBeLessThan(20_000);
    }
  });

  it('random whole files with an OLE2 signature are refused with an InputError', () => {
    let seed = 5;
    for (let run = 0; run < 60; run++) {
      const bytes = Buffer.alloc(512 + ((run * 97) % 3000));
      for (let i = 0; i < bytes.length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        bytes[i] = seed >> 16;
      }
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
      expect(() => readXls(bytes, 'r.xls')).toThrow(InputError);
    }
  });
});
