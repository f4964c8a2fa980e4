/**
 * A reader for Excel 97–2003 workbooks (.xls, BIFF8; the older BIFF5 of Excel 5.0/95 with its code page, e.g.
 * 936/GBK; WPS .et is the same format), as 金蝶 KIS, 用友 GRP and many asset systems still export them. The
 * compound file (OLE2) is opened with `cfb`; the BIFF records are read here. Pure: bytes in, text rows out, in
 * exactly the shape `readXlsx` gives (the same number text, dates as YYYY-MM-DD, merged ranges spread, holes for
 * cells without a value), so assets, ledger and code-table imports take either unchanged.
 *
 * An uploaded file is untrusted: every length and offset is checked against the stream, cells are counted
 * against a limit (merged ranges included), sheets may not overlap, and a string continued across records
 * can only move forward. A damaged file gives an InputError naming the file and the record, never a stack trace.
 *
 * Read: cell values (shared strings, labels, numbers, RK/MULRK, booleans, errors as empty, formulas' cached
 * results), number formats (to tell dates), the 1904 date system, merged cells, every worksheet (hidden ones
 * too, as ExcelJS does) in workbook order. Not read: formulas themselves, styles beyond the number format,
 * comments, charts, BIFF2–4 files and encrypted workbooks (refused with a message).
 */
import CFB from 'cfb';
import iconv from 'iconv-lite';
import { InputError } from '../core/input-error.ts';
import { numberText, serialDateText } from './cell-text.ts';
import type { SheetRows } from './spreadsheet.ts';

/** Cells a workbook may make the reader hold (per row, the last column used, summed), when the caller sets none. */
export const XLS_MAX_CELLS = 2_000_000;
/** Excel's own limits for BIFF8 are 65,536 rows × 256 columns; some writers go beyond, so allow the .xlsx grid. */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
/** Sheets in one workbook (Excel has no fixed limit; exports have a handful). */
const MAX_SHEETS = 1024;

export interface XlsOptions {
  /** Cells the reader may hold over all sheets (Σ over rows of the last column used, merged ranges counted). */
  readonly maxCells?: number;
  /** The error for too many cells (the server gives its parse-limit error); an InputError otherwise. */
  readonly tooManyCells?: (where: string, limit: number) => Error;
}

const RT = {
  FORMULA: 0x0006,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  CONTINUE: 0x003c,
  CODEPAGE: 0x0042,
  BOUNDSHEET: 0x0085,
  MULRK: 0x00bd,
  RSTRING: 0x00d6,
  XF: 0x00e0,
  MERGEDCELLS: 0x00e5,
  SST: 0x00fc,
  LABELSST: 0x00fd,
  NUMBER: 0x0203,
  LABEL: 0x0204,
  BOOLERR: 0x0205,
  STRING: 0x0207,
  RK: 0x027e,
  FORMAT: 0x041e,
  BOF: 0x0809,
} as const;

const NAMES: Record<number, string> = Object.fromEntries(Object.entries(RT).map(([k, v]) => [v, k]));

interface Place {
  readonly source: string;
  readonly record?: number;
  readonly offset?: number;
}

function damaged(place: Place, zh: string, en: string): InputError {
  const name = place.record !== undefined ? (NAMES[place.record] ?? `0x${place.record.toString(16).padStart(4, '0')}`) : undefined;
  const at = place.offset !== undefined ? `0x${place.offset.toString(16)}` : undefined;
  const whereZh = name ? `（${name} 记录${at ? `，偏移 ${at}` : ''}）` : at ? `（偏移 ${at}）` : '';
  const whereEn = name ? ` (${name} record${at ? ` at ${at}` : ''})` : at ? ` (at ${at})` : '';
  return new InputError(
    `${place.source}：Excel 97–2003 工作簿（.xls）已损坏或无法识别：${zh}${whereZh}；请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入 / ` +
      `${place.source}: damaged or unrecognised .xls workbook: ${en}${whereEn}`,
  );
}

interface BiffRecord {
  readonly type: number;
  /** Offset of the record header in the stream. */
  readonly offset: number;
  readonly data: Uint8Array;
}

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}

function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16)) + b[o + 3]! * 0x1000000;
}

function f64(b: Uint8Array, o: number): number {
  return new DataView(b.buffer, b.byteOffset + o, 8).getFloat64(0, true);
}

/** An RK number: a 30-bit integer or the high 30 bits of a double, optionally divided by 100. */
export function rkValue(rk: number): number {
  let value: number;
  if (rk & 2) {
    value = (rk | 0) >> 2;
  } else {
    const bytes = new Uint8Array(8);
    const view = new DataView(bytes.buffer);
    view.setUint32(4, rk & 0xfffffffc, true);
    value = view.getFloat64(0, true);
  }
  return rk & 1 ? value / 100 : value;
}

/** The record at `offset`, its length checked against the stream. */
function recordAt(stream: Uint8Array, offset: number, source: string): BiffRecord {
  if (offset + 4 > stream.length) throw damaged({ source, offset }, '文件不完整，记录头被截断', 'truncated record header');
  const type = u16(stream, offset);
  const length = u16(stream, offset + 2);
  if (offset + 4 + length > stream.length) {
    throw damaged({ source, record: type, offset }, `文件不完整，记录长度 ${length} 超出数据末尾`, `record length ${length} runs past the end`);
  }
  return { type, offset, data: stream.subarray(offset + 4, offset + 4 + length) };
}

/**
 * Bytes of a record and its CONTINUE records, read as one: a string's characters may go on in the next part,
 * which then starts with a fresh flag byte (compressed or UTF-16).
 */
class Parts {
  private i = 0;
  private at = 0;
  constructor(
    private readonly parts: readonly Uint8Array[],
    private readonly place: Place,
  ) {}

  private truncated(): InputError {
    return damaged(this.place, '字符串数据被截断', 'string data truncated');
  }

  /** True when no byte is left in any part. */
  atEnd(): boolean {
    for (let k = this.i; k < this.parts.length; k++) if ((this.parts[k]?.length ?? 0) > (k === this.i ? this.at : 0)) return false;
    return true;
  }

  /** Move to the next part that has bytes; false when there is none. */
  private advance(): boolean {
    while (this.i < this.parts.length && this.at >= this.parts[this.i]!.length) {
      this.i++;
      this.at = 0;
    }
    return this.i < this.parts.length;
  }

  u8(): number {
    if (!this.advance()) throw this.truncated();
    return this.parts[this.i]![this.at++]!;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return this.u16() + this.u16() * 0x10000;
  }

  skip(n: number): void {
    let left = n;
    while (left > 0) {
      if (!this.advance()) throw this.truncated();
      const take = Math.min(left, this.parts[this.i]!.length - this.at);
      this.at += take;
      left -= take;
    }
  }

  /** `count` characters, 1 byte (Latin-1) or 2 (UTF-16LE) each; a new part starts with its own flag byte. */
  chars(count: number, wide: boolean): string {
    let out = '';
    let left = count;
    let twoBytes = wide;
    while (left > 0) {
      const part = this.parts[this.i];
      if (!part || this.at >= part.length) {
        if (!this.advance()) throw this.truncated();
        // The characters go on in a CONTINUE record: its first byte says how they are stored from here on.
        twoBytes = (this.u8() & 1) === 1;
        continue;
      }
      const width = twoBytes ? 2 : 1;
      const take = Math.min(left, Math.floor((part.length - this.at) / width));
      if (take === 0) throw damaged(this.place, '字符串在记录边界处断开', 'a character is split across records');
      const bytes = part.subarray(this.at, this.at + take * width);
      out += Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(twoBytes ? 'utf16le' : 'latin1');
      this.at += take * width;
      left -= take;
    }
    return out;
  }

  /** A BIFF8 Unicode string: character count (8 or 16 bits), flags, optional rich-text runs and phonetic data. */
  unicodeString(countBits: 8 | 16): { text: string; rich: boolean } {
    const count = countBits === 8 ? this.u8() : this.u16();
    const flags = this.u8();
    const rich = (flags & 0x08) !== 0;
    const runs = rich ? this.u16() : 0;
    const phonetic = flags & 0x04 ? this.u32() : 0;
    const text = this.chars(count, (flags & 0x01) === 1);
    this.skip(runs * 4);
    this.skip(phonetic);
    return { text, rich };
  }
}

/** The iconv-lite name for a BIFF5 CODEPAGE value. */
function encodingOf(codepage: number | undefined): string {
  if (codepage === undefined) return 'gb18030'; // no CODEPAGE record: the exports Jixiao reads are Chinese
  if (codepage === 936) return 'gb18030'; // GBK; GB18030 is its superset
  if (codepage === 950) return 'big5';
  if (codepage === 65001) return 'utf8';
  if (codepage === 1200) return 'utf16le';
  if (codepage === 0x8000 || codepage === 10000) return 'macintosh';
  if (codepage === 0x8001) return 'cp1252';
  if (codepage === 367) return 'latin1';
  const name = `cp${codepage}`;
  return iconv.encodingExists(name) ? name : 'gb18030';
}

/** Built-in number formats that show a date or time (14–22, 45–47; 27–36 and 50–58 are the CJK date formats). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom number format shows a date when, outside quoted text, escapes and [..] sections, it has y, m or d. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[ymd]/i.test(bare);
}

export interface CellBudget {
  used: number;
  /** Merged-range cells visited (an overlapping merge costs the visit even where no cell is added). */
  visited: number;
  readonly limit: number;
  readonly tooMany: (where: string, limit: number) => Error;
}

/** One sheet's cells as sparse rows (a hole where the file has no value, as ExcelJS leaves one). */
export class Grid {
  readonly rows: string[][] = [];
  constructor(
    private readonly budget: CellBudget,
    private readonly name: string,
  ) {}

  get(r: number, c: number): string | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, text: string): void {
    let row = this.rows[r];
    if (!row) {
      row = [];
      this.rows[r] = row;
    }
    if (c >= row.length) {
      this.budget.used += c + 1 - row.length;
      if (this.budget.used > this.budget.limit) throw this.budget.tooMany(`工作表「${this.name}」第 ${r + 1} 行附近`, this.budget.limit);
    }
    row[c] = text;
  }

  /** A merged-range cell visited: counted too, so overlapping ranges cannot keep the reader busy adding nothing. */
  visit(): void {
    this.budget.visited++;
    if (this.budget.visited > this.budget.limit) throw this.budget.tooMany(`工作表「${this.name}」的合并区域`, this.budget.limit);
  }
}

interface Globals {
  readonly biff: 5 | 8;
  readonly sst: readonly { text: string; rich: boolean }[];
  readonly formats: ReadonlyMap<number, string>;
  /** Per XF index, its number-format index. */
  readonly xfFormats: readonly number[];
  readonly date1904: boolean;
  readonly encoding: string;
  readonly sheets: readonly { name: string; offset: number; kind: number }[];
  /** Where the globals substream ends. */
  readonly end: number;
}

function bofInfo(rec: BiffRecord, source: string): { version: number; kind: number } {
  if (rec.type !== RT.BOF) {
    if (rec.type === 0x0009 || rec.type === 0x0209 || rec.type === 0x0409) {
      throw new InputError(
        `${source}：这是 Excel 2.x–4.0 的旧格式工作簿，无法读取；请在 Excel 或 WPS 中另存为 .xlsx / ${source}: an Excel 2.x–4.0 (BIFF2–4) workbook; save it as .xlsx`,
      );
    }
    throw damaged({ source, record: rec.type, offset: rec.offset }, '应以 BOF 记录开始', 'expected a BOF record');
  }
  if (rec.data.length < 4) throw damaged({ source, record: rec.type, offset: rec.offset }, 'BOF 记录过短', 'BOF record too short');
  return { version: u16(rec.data, 0), kind: u16(rec.data, 2) };
}

/** Text of a byte string in the workbook's code page (BIFF5). */
function decodeBytes(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** A string stored in one record at `at`: BIFF8 Unicode (count of 8 or 16 bits), BIFF5 bytes in the code page. */
function recordString(rec: BiffRecord, at: number, countBits: 8 | 16, g: Pick<Globals, 'biff' | 'encoding'>, source: string): string {
  const place = { source, record: rec.type, offset: rec.offset };
  if (g.biff === 8) return new Parts([rec.data.subarray(at)], place).unicodeString(countBits).text;
  const width = countBits / 8;
  if (rec.data.length < at + width) throw damaged(place, '字符串长度缺失', 'string length missing');
  const count = countBits === 8 ? rec.data[at]! : u16(rec.data, at);
  const start = at + width;
  if (start + count > rec.data.length) throw damaged(place, '字符串超出记录末尾', 'string runs past the record');
  return decodeBytes(rec.data.subarray(start, start + count), g.encoding);
}

function readGlobals(stream: Uint8Array, source: string, streamName: string): Globals {
  const first = recordAt(stream, 0, source);
  const bof = bofInfo(first, source);
  const biff: 5 | 8 = bof.version === 0x0600 ? 8 : bof.version === 0x0500 ? 5 : streamName === 'book' ? 5 : 8;
  let codepage: number | undefined;
  let date1904 = false;
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  const rawSheets: { rec: BiffRecord }[] = [];
  let sst: { text: string; rich: boolean }[] = [];
  let pos = first.offset + 4 + first.data.length;
  for (;;) {
    const rec = recordAt(stream, pos, source);
    pos += 4 + rec.data.length;
    const place = { source, record: rec.type, offset: rec.offset };
    const need = (n: number) => {
      if (rec.data.length < n) throw damaged(place, '记录过短', 'record too short');
    };
    switch (rec.type) {
      case RT.EOF: {
        const encoding = encodingOf(codepage);
        const g = { biff, encoding };
        const sheets = rawSheets.map(({ rec: r }) => {
          const at = { source, record: r.type, offset: r.offset };
          if (r.data.length < 7) throw damaged(at, '记录过短', 'record too short');
          return { offset: u32(r.data, 0), kind: r.data[5]!, name: recordString(r, 6, 8, g, source) };
        });
        return { biff, sst, formats, xfFormats, date1904, encoding, sheets, end: pos };
      }
      case RT.FILEPASS:
        throw new InputError(
          `${source}：工作簿设有打开密码（已加密），无法读取；请在 Excel 或 WPS 中取消密码后再导入 / ${source}: the workbook is encrypted (password-protected)`,
        );
      case RT.CODEPAGE:
        need(2);
        codepage = u16(rec.data, 0);
        break;
      case RT.DATEMODE:
        need(2);
        date1904 = u16(rec.data, 0) === 1;
        break;
      case RT.BOUNDSHEET:
        if (rawSheets.length >= MAX_SHEETS) throw damaged(place, `工作表超过 ${MAX_SHEETS} 个`, `more than ${MAX_SHEETS} sheets`);
        rawSheets.push({ rec });
        break;
      case RT.FORMAT: {
        need(3);
        // The code page may come later than a FORMAT only in a damaged file; read with what is known.
        formats.set(u16(rec.data, 0), recordString(rec, 2, biff === 8 ? 16 : 8, { biff, encoding: encodingOf(codepage) }, source));
        break;
      }
      case RT.XF:
        need(4);
        xfFormats.push(u16(rec.data, 2));
        break;
      case RT.SST: {
        need(8);
        const parts = [rec.data.subarray(8)];
        while (pos + 4 <= stream.length && u16(stream, pos) === RT.CONTINUE) {
          const next = recordAt(stream, pos, source);
          parts.push(next.data);
          pos += 4 + next.data.length;
        }
        const declared = u32(rec.data, 4);
        const reader = new Parts(parts, place);
        sst = [];
        // Each string takes at least 3 bytes, so a lying count ends with the data.
        while (sst.length < declared && !reader.atEnd()) sst.push(reader.unicodeString(16));
        break;
      }
      default:
        break;
    }
  }
}

interface Merge {
  readonly r1: number;
  readonly r2: number;
  readonly c1: number;
  readonly c2: number;
}

/** A cell record's row, column and XF index, checked. */
function cellAt(d: Uint8Array, minLength: number, place: Place): { r: number; c: number; xf: number } {
  if (d.length < minLength) throw damaged(place, '记录过短', 'record too short');
  const r = u16(d, 0);
  const c = u16(d, 2);
  if (r > MAX_ROW || c > MAX_COL) throw damaged(place, `单元格位置超出范围（行 ${r + 1}，列 ${c + 1}）`, 'cell out of range');
  return { r, c, xf: u16(d, 4) };
}

/** A number cell: a date (YYYY-MM-DD) under a date format, else the number as Excel shows it. */
function numberCell(grid: Grid, r: number, c: number, isDate: boolean, date1904: boolean, value: number, place: Place): void {
  if (!Number.isFinite(value)) throw damaged(place, '数值无效', 'invalid number');
  grid.set(r, c, (isDate ? serialDateText(value, date1904) : undefined) ?? numberText(value));
}

/** One worksheet substream, from its BOF to its EOF; returns where it ends. */
function readSheet(stream: Uint8Array, start: number, g: Globals, grid: Grid, source: string): number {
  const bof = bofInfo(recordAt(stream, start, source), source);
  if (bof.kind !== 0x0010) return -1; // a chart, macro or VBA sheet: not a worksheet
  let pos = start;
  let depth = 0;
  let pendingString: { r: number; c: number } | undefined;
  const merges: Merge[] = [];
  // Per XF index: does its number format show a date (looked up once, not per cell).
  const dateXf = g.xfFormats.map((fmt) => {
    const code = g.formats.get(fmt);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(fmt);
  });
  for (;;) {
    const rec = recordAt(stream, pos, source);
    pos += 4 + rec.data.length;
    const d = rec.data;
    const place = { source, record: rec.type, offset: rec.offset };
    if (rec.type === RT.BOF) {
      depth++;
      continue;
    }
    if (rec.type === RT.EOF) {
      depth--;
      if (depth === 0) break;
      continue;
    }
    if (depth !== 1) continue; // inside an embedded chart
    if (pendingString && rec.type !== RT.STRING && rec.type !== 0x04bc && rec.type !== 0x0221 && rec.type !== 0x0236) {
      // A string formula's value comes in the STRING record that follows (after a shared or array formula).
      pendingString = undefined;
    }
    switch (rec.type) {
      case RT.LABELSST: {
        const { r, c } = cellAt(d, 10, place);
        const index = u32(d, 6);
        const entry = g.sst[index];
        if (!entry) throw damaged(place, `引用的共享字符串 #${index} 不存在（共 ${g.sst.length} 个）`, `shared string #${index} does not exist`);
        // ExcelJS trims a plain string cell but not a rich-text one.
        grid.set(r, c, entry.rich ? entry.text : entry.text.trim());
        break;
      }
      case RT.LABEL:
      case RT.RSTRING: {
        const { r, c } = cellAt(d, 8, place);
        grid.set(r, c, recordString(rec, 6, 16, g, source).trim());
        break;
      }
      case RT.NUMBER: {
        const { r, c, xf } = cellAt(d, 14, place);
        numberCell(grid, r, c, dateXf[xf] === true, g.date1904, f64(d, 6), place);
        break;
      }
      case RT.RK: {
        const { r, c, xf } = cellAt(d, 10, place);
        numberCell(grid, r, c, dateXf[xf] === true, g.date1904, rkValue(u32(d, 6)), place);
        break;
      }
      case RT.MULRK: {
        const { r, c: first } = cellAt(d, 12, place);
        const n = Math.floor((d.length - 6) / 6);
        for (let k = 0; k < n; k++) {
          const c = first + k;
          if (c > MAX_COL) throw damaged(place, '单元格位置超出范围', 'cell out of range');
          numberCell(grid, r, c, dateXf[u16(d, 4 + k * 6)] === true, g.date1904, rkValue(u32(d, 6 + k * 6)), place);
        }
        break;
      }
      case RT.BOOLERR: {
        const { r, c } = cellAt(d, 8, place);
        // ExcelJS gives a boolean as true/false and an error value (#N/A, #DIV/0!) as an empty cell.
        grid.set(r, c, d[7] === 0 ? String(d[6] !== 0) : '');
        break;
      }
      case RT.FORMULA: {
        const { r, c, xf } = cellAt(d, 20, place);
        if (u16(d, 12) === 0xffff) {
          const kind = d[6];
          if (kind === 0) {
            grid.set(r, c, '');
            pendingString = { r, c };
          } else if (kind === 1) grid.set(r, c, String(d[8] !== 0));
          else grid.set(r, c, ''); // an error, or an empty string
        } else {
          numberCell(grid, r, c, dateXf[xf] === true, g.date1904, f64(d, 6), place);
        }
        break;
      }
      case RT.STRING: {
        if (!pendingString) break;
        const { r, c } = pendingString;
        pendingString = undefined;
        let text: string;
        if (g.biff === 8) {
          const parts = [d];
          while (pos + 4 <= stream.length && u16(stream, pos) === RT.CONTINUE) {
            const next = recordAt(stream, pos, source);
            parts.push(next.data);
            pos += 4 + next.data.length;
          }
          text = new Parts(parts, place).unicodeString(16).text;
        } else {
          text = recordString(rec, 0, 16, g, source);
        }
        grid.set(r, c, text.trim());
        break;
      }
      case RT.MERGEDCELLS: {
        if (d.length < 2) throw damaged(place, '记录过短', 'record too short');
        const n = u16(d, 0);
        if (2 + n * 8 > d.length) throw damaged(place, `合并区域个数 ${n} 超出记录`, `${n} ranges do not fit the record`);
        for (let k = 0; k < n; k++) {
          const o = 2 + k * 8;
          const m = { r1: u16(d, o), r2: u16(d, o + 2), c1: u16(d, o + 4), c2: u16(d, o + 6) };
          if (m.r2 < m.r1 || m.c2 < m.c1 || m.c2 > MAX_COL) throw damaged(place, '合并区域无效', 'invalid merged range');
          merges.push(m);
        }
        break;
      }
      default:
        break;
    }
  }
  // A merged range shows its first cell's value in every cell, as ExcelJS gives it.
  for (const m of merges) {
    const master = grid.get(m.r1, m.c1);
    for (let r = m.r1; r <= m.r2; r++) {
      for (let c = m.c1; c <= m.c2; c++) {
        if (r === m.r1 && c === m.c1) continue;
        grid.visit();
        grid.set(r, c, master ?? '');
      }
    }
  }
  return pos;
}

export function defaultTooMany(source: string): (where: string, limit: number) => Error {
  return (where, limit) =>
    new InputError(
      `${source}：表格过大或过宽（${where}，超过 ${limit.toLocaleString('en-US')} 个单元格），请删除多余的行列或拆分后导入 / the workbook spans more than ${limit} cells`,
    );
}

/** The workbook stream of an OLE2 compound file (BIFF8 “Workbook”, BIFF5 “Book”). */
function workbookStream(bytes: Uint8Array, source: string): { stream: Uint8Array; name: string } {
  let container: CFB.CFB$Container;
  try {
    container = CFB.parse(bytes, { type: 'array' } as CFB.CFB$ParsingOptions);
  } catch {
    throw new InputError(
      `${source}：复合文档结构损坏，无法读取 Excel 97–2003 工作簿（.xls）；请在 Excel 或 WPS 中打开后另存为 .xlsx / ${source}: damaged compound (OLE2) file`,
    );
  }
  // A stream of the root storage (not one of an embedded object's).
  const top = (i: number) => /^[^/]*\/(workbook|book)$/i.test(container.FullPaths[i] ?? '');
  const entry =
    container.FileIndex.find((e, i) => e.type === 2 && top(i) && /^workbook$/i.test(e.name)) ??
    container.FileIndex.find((e, i) => e.type === 2 && top(i) && /^book$/i.test(e.name));
  if (!entry?.content) {
    throw new InputError(
      `${source}：这个复合文档里没有 Excel 工作簿（可能是 Word .doc 或其他 Office 文件） / ${source}: the compound file holds no Excel workbook stream`,
    );
  }
  const content = entry.content;
  const stream = content instanceof Uint8Array ? content : Uint8Array.from(content);
  return { stream: stream.subarray(0, Math.min(stream.length, entry.size)), name: entry.name.toLowerCase() };
}

/** Every worksheet of an Excel 97–2003 workbook as text rows, the first one first. @throws InputError */
export function readXls(bytes: Uint8Array, source: string, options: XlsOptions = {}): SheetRows {
  const { stream, name } = workbookStream(bytes, source);
  const globals = readGlobals(stream, source, name);
  const budget: CellBudget = {
    used: 0,
    visited: 0,
    limit: options.maxCells ?? XLS_MAX_CELLS,
    tooMany: options.tooManyCells ?? defaultTooMany(source),
  };
  // Substreams may not overlap: each starts after the globals and after the sheet before it ends, so the whole
  // stream is read at most once however many sheets it names.
  const order = globals.sheets
    .map((s, index) => ({ ...s, index }))
    .filter((s) => s.kind === 0)
    .sort((a, b) => a.offset - b.offset);
  const read = new Map<number, { sheet: string; rows: string[][] }>();
  let floor = globals.end;
  for (const s of order) {
    if (s.offset < floor || s.offset >= stream.length) {
      throw damaged({ source, record: RT.BOUNDSHEET }, `工作表「${s.name}」的位置 0x${s.offset.toString(16)} 无效`, `sheet ${s.index + 1} has an invalid offset`);
    }
    const grid = new Grid(budget, s.name);
    const end = readSheet(stream, s.offset, globals, grid, source);
    if (end < 0) continue;
    floor = end;
    read.set(s.index, { sheet: s.name, rows: Array.from(grid.rows, (r) => r ?? []) });
  }
  const sheets = [...read.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  const [first, ...others] = sheets;
  if (!first) throw new InputError(`${source}：工作簿中没有工作表 / the workbook has no sheet`);
  return { sheet: first.sheet, rows: first.rows, ...(others.length > 0 ? { others } : {}) };
}
