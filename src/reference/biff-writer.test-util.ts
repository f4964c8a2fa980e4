/**
 * Writes small BIFF8/BIFF5 workbooks record by record, for tests of the .xls reader on inputs no tool writes
 * on request (a string split across CONTINUE records at a chosen byte, BIFF5 in GBK, a 1904 workbook, damaged
 * records). Test-only.
 */
import CFB from 'cfb';
import iconv from 'iconv-lite';

export const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
export const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
export const f64 = (x: number): number[] => {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(x);
  return [...b];
};

export function record(type: number, ...parts: (readonly number[] | Uint8Array)[]): Buffer {
  const data = Buffer.concat(parts.map((p) => Buffer.from(p as number[])));
  return Buffer.concat([Buffer.from([...u16(type), ...u16(data.length)]), data]);
}

/** A BIFF8 Unicode string with a 16-bit count: compressed (Latin-1) when every character fits a byte. */
export function str16(text: string, wide = /[^\u0000-\u00ff]/.test(text)): number[] {
  const chars = wide ? [...Buffer.from(text, 'utf16le')] : [...Buffer.from(text, 'latin1')];
  return [...u16(text.length), wide ? 1 : 0, ...chars];
}

export function str8(text: string, wide = /[^\u0000-\u00ff]/.test(text)): number[] {
  const chars = wide ? [...Buffer.from(text, 'utf16le')] : [...Buffer.from(text, 'latin1')];
  return [text.length, wide ? 1 : 0, ...chars];
}

export const BOF = (version: 0x0600 | 0x0500, kind: 0x0005 | 0x0010 | 0x0020) => record(0x0809, u16(version), u16(kind), u16(0), u16(0), u32(0), u32(0));
export const EOF = () => record(0x000a);

export interface SheetSpec {
  readonly name: string;
  readonly records: readonly Buffer[];
  readonly hidden?: boolean;
  /** BOF kind of the substream: 0x0010 worksheet (default), 0x0020 chart. */
  readonly kind?: 0x0010 | 0x0020;
}

/** The Workbook (BIFF8) or Book (BIFF5) stream: globals with BOUNDSHEETs pointing at the sheet substreams. */
export function workbookStream(biff: 8 | 5, globals: readonly Buffer[], sheets: readonly SheetSpec[], encoding = 'gbk'): Buffer {
  const version = biff === 8 ? 0x0600 : 0x0500;
  const name = (s: string) => (biff === 8 ? str8(s) : [...(() => {
    const bytes = iconv.encode(s, encoding);
    return [bytes.length, ...bytes];
  })()]);
  const bound = (offset: number, s: SheetSpec) => record(0x0085, u32(offset), [s.hidden ? 1 : 0, s.kind === 0x0020 ? 2 : 0], name(s.name));
  const head = Buffer.concat([BOF(version, 0x0005), ...globals]);
  const boundLength = sheets.reduce((n, s) => n + bound(0, s).length, 0);
  const bodies = sheets.map((s) => Buffer.concat([BOF(version, s.kind ?? 0x0010), ...s.records, EOF()]));
  let offset = head.length + boundLength + EOF().length;
  const bounds = sheets.map((s, i) => {
    const b = bound(offset, s);
    offset += bodies[i]!.length;
    return b;
  });
  return Buffer.concat([head, ...bounds, EOF(), ...bodies]);
}

/** The stream in an OLE2 compound file, as Excel saves it. */
export function compoundFile(stream: Uint8Array, name = 'Workbook'): Buffer {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, name, Buffer.from(stream));
  return Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}

/** Cell records. */
export const cell = {
  number: (r: number, c: number, x: number, xf = 15) => record(0x0203, u16(r), u16(c), u16(xf), f64(x)),
  rk: (r: number, c: number, rk: number, xf = 15) => record(0x027e, u16(r), u16(c), u16(xf), u32(rk)),
  labelSst: (r: number, c: number, index: number, xf = 15) => record(0x00fd, u16(r), u16(c), u16(xf), u32(index)),
  label8: (r: number, c: number, text: string) => record(0x0204, u16(r), u16(c), u16(15), str16(text)),
  label5: (r: number, c: number, text: string, encoding = 'gbk') => {
    const bytes = iconv.encode(text, encoding);
    return record(0x0204, u16(r), u16(c), u16(15), u16(bytes.length), bytes);
  },
  boolErr: (r: number, c: number, value: number, isError: boolean) => record(0x0205, u16(r), u16(c), u16(15), [value, isError ? 1 : 0]),
  /** A formula cell with a cached result: a number, or a special (0 string, 1 bool, 2 error, 3 empty). */
  formula: (r: number, c: number, result: number | { kind: 0 | 1 | 2 | 3; value?: number }, xf = 15) => {
    const value = typeof result === 'number' ? f64(result) : [result.kind, 0, result.value ?? 0, 0, 0, 0, 0xff, 0xff];
    // SUM(A1) in RPN would follow; the reader never looks at the formula, so an empty one (cce = 0) does.
    return record(0x0006, u16(r), u16(c), u16(xf), value, u16(0), u32(0), u16(0));
  },
};

/** The XF records of a workbook whose cell XF `index` has number format `formats[index]` (others General). */
export function xfRecords(formats: readonly number[]): Buffer[] {
  return formats.map((fmt) => record(0x00e0, u16(0), u16(fmt), u16(1), u16(0), u32(0), u32(0), u16(0), u16(0)));
}
