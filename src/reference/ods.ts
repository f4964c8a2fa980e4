/**
 * OpenDocument spreadsheets: the .ods that LibreOffice and WPS save (a zip whose content.xml holds the sheets) and
 * the flat .fods (the same XML as one text file). Read into the shape `readXlsx` gives, so assets, the ledger and
 * code tables take it unchanged:
 * - every table:table is a sheet, the first one first (hidden sheets, rows and columns are read, as ExcelJS reads
 *   them); rows inside table:table-header-rows or row groups count like any other;
 * - table:number-rows-repeated / number-columns-repeated repeat a row or cell; an empty one only moves the position
 *   (LibreOffice writes a sheet's tail as one empty row repeated ~1,048,000 times: nothing is allocated for it), a
 *   repeated value is written out and counted against the cell limit;
 * - a merged range (table:number-columns-spanned / number-rows-spanned) shows its first cell's value in every cell,
 *   as ExcelJS gives it; what the file keeps in its covered cells is not read;
 * - office:value-type float / currency / percentage: office:value as written (never through a float: amounts are
 *   parsed from text into 分), or as Excel shows it when it has more than 15 significant digits or an exponent;
 *   date: office:date-value as YYYY-MM-DD; boolean: true/false; string: the text:p paragraphs joined by a line
 *   break, text:s spaces, text:tab, text:line-break, text:span and links as their text, trimmed as ExcelJS trims a
 *   plain string (text with text:span is rich text: not trimmed); a formula's stored value; an error value: empty;
 *   time and a cell without a value type: its text; a cell's annotation is not its value.
 * The zip is checked against the expansion limit before content.xml is inflated; the XML is scanned in one pass
 * with no DTD, the cells counted against the same limit as the .xls reader. An encrypted (password-protected) or
 * damaged file gives an InputError naming the file.
 */
import JSZip from 'jszip';
import { InputError } from '../core/input-error.ts';
import { decimalText } from './cell-text.ts';
import type { SheetRows } from './spreadsheet.ts';
import { decodeText } from './text-decode.ts';
import { type CellBudget, defaultTooMany, Grid, XLS_MAX_CELLS, type XlsOptions } from './xls.ts';
import { assertZipWithin } from './zip-guard.ts';
import { decodeXml, xmlAttributes } from './xml-text.ts';

const SPREADSHEET_MIME = 'application/vnd.oasis.opendocument.spreadsheet';
/** The .xlsx grid: LibreOffice's own is as large (or 16,384 columns × 1,048,576 rows). */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
/** The manifest is a few kB; read at most this much of it. */
const MANIFEST_LIMIT = 1 << 20;

const SAVE_AS = '请在 LibreOffice、WPS 或 Excel 中打开后另存为 .xlsx';

/**
 * Is this a zipped OpenDocument spreadsheet? The format puts an entry named “mimetype” first, stored, holding the
 * media type; a writer that compresses it is let through here and checked after unzipping.
 */
export function isOds(bytes: Uint8Array): boolean {
  if (bytes.length < 38 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  const method = bytes[8]! | (bytes[9]! << 8);
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  const extraLength = bytes[28]! | (bytes[29]! << 8);
  if (nameLength !== 8 || Buffer.from(bytes.subarray(30, 38)).toString('latin1') !== 'mimetype') return false;
  if (method !== 0) return true;
  const start = 38 + extraLength;
  return Buffer.from(bytes.subarray(start, start + SPREADSHEET_MIME.length)).toString('latin1') === SPREADSHEET_MIME;
}

/** Is this a flat OpenDocument spreadsheet (.fods: `<office:document office:mimetype="…spreadsheet">`)? */
export function isFlatOds(bytes: Uint8Array): boolean {
  const head = decodeText(bytes.subarray(0, 8192)).text.replace(/^\uFEFF/u, '');
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>)\s*)*<office:document\b([^>]*)>/u.exec(head);
  return root !== null && root[1]!.includes(SPREADSHEET_MIME);
}

/** An entry's text, inflated in chunks and refused past `limit` bytes (its declared size is not trusted). */
async function entryText(file: JSZip.JSZipObject, limit: number): Promise<string | undefined> {
  interface ChunkStream {
    on(event: 'data', fn: (chunk: Uint8Array) => void): ChunkStream;
    on(event: 'error' | 'end', fn: () => void): ChunkStream;
    pause(): ChunkStream;
    resume(): ChunkStream;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const ok = await new Promise<boolean>((resolve) => {
    const stream = (file as unknown as { internalStream(t: 'uint8array'): ChunkStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        total += chunk.length;
        if (total > limit) {
          stream.pause();
          resolve(false);
        } else chunks.push(chunk);
      })
      .on('error', () => resolve(false))
      .on('end', () => resolve(true))
      .resume();
  });
  return ok ? Buffer.concat(chunks).toString('utf8') : undefined;
}

function damaged(source: string, zh: string, en: string): InputError {
  return new InputError(`${source}：${zh}，无法读取这个 OpenDocument 表格（.ods）；${SAVE_AS} / ${source}: ${en}`);
}

/** Every sheet of a zipped OpenDocument spreadsheet (.ods), the first one first. @throws InputError */
export async function readOds(bytes: Uint8Array, source: string, options: XlsOptions = {}): Promise<SheetRows> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw damaged(source, '压缩包损坏', 'not a valid .ods file (damaged zip)');
  }
  // A password-protected file keeps its manifest in the clear and its content.xml encrypted.
  const manifest = zip.file('META-INF/manifest.xml');
  const manifestText = manifest ? await entryText(manifest, MANIFEST_LIMIT) : undefined;
  if (manifestText?.includes('encryption-data')) {
    throw new InputError(
      `${source}：这个 OpenDocument 表格设有密码（已加密），无法读取；请在 LibreOffice 或 WPS 中输入密码打开，取消密码后另存为 .ods 或 .xlsx / ${source}: the .ods file is password-protected (encrypted): save it without a password`,
    );
  }
  const mimeEntry = zip.file('mimetype');
  const mime = mimeEntry ? ((await entryText(mimeEntry, 256)) ?? '').trim() : '';
  if (mime !== '' && !mime.startsWith(SPREADSHEET_MIME)) {
    const kind = /opendocument\.text/u.test(mime) ? '文本文档（.odt）' : /opendocument\.presentation/u.test(mime) ? '演示文稿（.odp）' : `文件（${mime}）`;
    throw new InputError(`${source}：是 OpenDocument ${kind}，不是表格；请导出 .ods、.xlsx、.xls 或 CSV 文件 / ${source}: an OpenDocument file of type ${mime}, not a spreadsheet`);
  }
  await assertZipWithin(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), source);
  const content = zip.file('content.xml');
  if (!content) throw damaged(source, '压缩包中没有 content.xml', 'no content.xml in the package');
  let text: string;
  try {
    text = await content.async('string');
  } catch {
    throw damaged(source, 'content.xml 解压失败', 'content.xml cannot be inflated');
  }
  return odsSheets(text, source, options);
}

/** Every sheet of a flat OpenDocument spreadsheet (.fods). @throws InputError */
export function readFlatOds(bytes: Uint8Array, source: string, options: XlsOptions = {}): SheetRows {
  return odsSheets(decodeText(bytes).text, source, options);
}

const attributes = (text: string): Map<string, string> => xmlAttributes(text);

/** The elements whose attributes the reader uses (the others' are not parsed: most tags are text:p and styles). */
const ATTRIBUTES_READ = new Set([
  'table:table',
  'table:table-row',
  'table:table-cell',
  'table:covered-table-cell',
  'table:table-column',
  'text:s',
  'style:style',
  'number:boolean-style',
]);
const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// Comment | CDATA | processing instruction | DOCTYPE | end tag | start tag | a stray “<” | text.
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/([^\s/>]+)\s*>|<([^\s/>!?<]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<|[^<]+/gy;

/** One cell as written: its text (undefined: no value), how often it repeats, and the range it spans. */
interface CellRun {
  readonly col: number;
  readonly repeat: number;
  readonly text: string | undefined;
  readonly across: number;
  readonly down: number;
}

interface OpenCell {
  readonly attrs: ReadonlyMap<string, string>;
  readonly depth: number;
  readonly pos: number;
  /** A table:covered-table-cell: inside a merged range, its own content not read. */
  readonly covered: boolean;
  readonly paragraphs: string[];
  rich: boolean;
}

interface Merge {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** A count attribute (repeats, spans): a positive integer, else 1. */
function count(attrs: ReadonlyMap<string, string>, name: string): number {
  const value = attrs.get(name);
  if (value === undefined || !/^\s*\d+\s*$/u.test(value)) return 1;
  return Math.max(1, Number(value));
}

/**
 * A cell's value as the .xlsx reader gives that type; undefined for a cell with no value. LibreOffice stores a
 * boolean as a float 0/1 with a boolean number style (or, for TRUE() and comparisons, shows TRUE/FALSE): read as
 * true/false, as ExcelJS reads Excel's boolean.
 */
function cellValue(cell: OpenCell, booleanStyle: () => boolean): string | undefined {
  const a = cell.attrs;
  if (a.get('calcext:value-type') === 'error') return '';
  const type = a.get('office:value-type');
  const paragraphs = cell.paragraphs.join('\n');
  switch (type) {
    case 'float':
    case 'currency':
    case 'percentage': {
      const value = (a.get('office:value') ?? '').trim();
      if (type === 'float' && (value === '0' || value === '1')) {
        const shown = paragraphs.trim();
        if (shown === (value === '1' ? 'TRUE' : 'FALSE') || booleanStyle()) return value === '1' ? 'true' : 'false';
      }
      return value === '' ? paragraphs.trim() : decimalText(value);
    }
    case 'date': {
      const value = (a.get('office:date-value') ?? '').trim();
      return /^-?\d{4,}-\d{2}-\d{2}/u.exec(value)?.[0] ?? paragraphs.trim();
    }
    case 'boolean': {
      const value = (a.get('office:boolean-value') ?? '').trim().toLowerCase();
      return value === 'true' || value === '1' ? 'true' : value === 'false' || value === '0' ? 'false' : paragraphs.trim();
    }
    case 'string': {
      const text = cell.paragraphs.length > 0 ? paragraphs : (a.get('office:string-value') ?? '');
      return cell.rich ? text : text.trim();
    }
    default:
      // time, or a cell written without a value type: what it shows.
      if (cell.paragraphs.length === 0) return undefined;
      return cell.rich ? paragraphs : paragraphs.trim();
  }
}

/** Every table of an OpenDocument spreadsheet's content XML as text rows. @throws InputError */
export function odsSheets(text: string, source: string, options: XlsOptions = {}): SheetRows {
  const budget: CellBudget = {
    used: 0,
    visited: 0,
    limit: options.maxCells ?? XLS_MAX_CELLS,
    tooMany: options.tooManyCells ?? defaultTooMany(source),
  };
  const malformed = (pos: number, zh: string, en: string) => {
    const line = lineAt(text, pos);
    return damaged(source, `content.xml 第 ${line} 行 XML 格式错误（${zh}）`, `content.xml line ${line}: malformed XML: ${en}`);
  };
  const sheets: { sheet: string; rows: string[][] }[] = [];
  const stack: { name: string; pos: number }[] = [];
  let sawSpreadsheet = false;
  let grid: Grid | undefined;
  let sheetName = '';
  let tableDepth = 0;
  let merges: Merge[] = [];
  let row = 0;
  // The row being read: its repeat count and its cells.
  let rowRepeat = 1;
  let runs: CellRun[] | undefined;
  let col = 0;
  let cell: OpenCell | undefined;
  // The paragraph being read (text:p or text:h directly in the cell), and the depth of an ignored element in it.
  let paragraph: { depth: number; parts: string[] } | undefined;
  let skipDepth = 0;

  // Number styles that show a boolean, cell styles using one, and each column's default cell style.
  const booleanDataStyles = new Set<string>();
  const cellDataStyles = new Map<string, string>();
  let columnStyles: { readonly start: number; readonly end: number; readonly style: string }[] = [];
  let nextColumn = 0;
  const isBooleanStyle = (attrs: ReadonlyMap<string, string>, c: number): boolean => {
    let style = attrs.get('table:style-name');
    if (style === undefined) {
      // The column runs are in order: a binary search.
      let lo = 0;
      let hi = columnStyles.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const run = columnStyles[mid]!;
        if (c < run.start) hi = mid - 1;
        else if (c >= run.end) lo = mid + 1;
        else {
          style = run.style;
          break;
        }
      }
    }
    const data = style === undefined ? undefined : cellDataStyles.get(style);
    return data !== undefined && booleanDataStyles.has(data);
  };

  const flushRow = (pos: number) => {
    if (!grid || !runs) return;
    const content = runs.filter((r) => r.text !== undefined || r.across > 1 || r.down > 1);
    if (content.length > 0) {
      if (row + rowRepeat - 1 > MAX_ROW) throw malformed(pos, '行号超出范围', 'row out of range');
      for (let k = 0; k < rowRepeat; k++) {
        const r = row + k;
        for (const run of content) {
          for (let j = 0; j < run.repeat; j++) {
            const c = run.col + j;
            if (run.across > 1 || run.down > 1) merges.push({ r1: r, c1: c, r2: r + run.down - 1, c2: c + run.across - 1 });
            grid.set(r, c, run.text ?? '');
          }
        }
      }
    }
    row = Math.min(row + rowRepeat, MAX_ROW + 1);
    runs = undefined;
  };

  // A cell read: its value and span added to the row's runs, the column moved on.
  const finishCell = (opened: OpenCell) => {
    const { attrs } = opened;
    const repeat = count(attrs, 'table:number-columns-repeated');
    if (col <= MAX_COL && runs) {
      const at = col;
      const value = opened.covered ? undefined : cellValue(opened, () => isBooleanStyle(attrs, at));
      const across = opened.covered ? 1 : count(attrs, 'table:number-columns-spanned');
      const down = opened.covered ? 1 : count(attrs, 'table:number-rows-spanned');
      if (value !== undefined || across > 1 || down > 1) {
        if (col + repeat - 1 > MAX_COL) throw malformed(opened.pos, '单元格位置超出范围', 'cell out of range');
        runs.push({ col, repeat, text: value, across, down });
      }
    }
    col = Math.min(col + repeat, MAX_COL + 1);
  };

  const endSheet = () => {
    if (!grid) return;
    for (const m of merges) {
      const master = grid.get(m.r1, m.c1) ?? '';
      for (let r = m.r1; r <= Math.min(m.r2, MAX_ROW); r++) {
        for (let c = m.c1; c <= Math.min(m.c2, MAX_COL); c++) {
          if (r === m.r1 && c === m.c1) continue;
          grid.visit();
          grid.set(r, c, master);
        }
      }
    }
    sheets.push({ sheet: sheetName, rows: Array.from(grid.rows, (r) => r ?? []) });
    grid = undefined;
  };

  const open = (name: string, attrs: ReadonlyMap<string, string>, pos: number, selfClosing: boolean) => {
    const depth = stack.length + 1;
    if (skipDepth > 0) return;
    if (paragraph) {
      if (name === 'text:s') paragraph.parts.push(' '.repeat(Math.min(count(attrs, 'text:c'), 10_000)));
      else if (name === 'text:tab') paragraph.parts.push('\t');
      else if (name === 'text:line-break') paragraph.parts.push('\n');
      else if (name === 'text:note' || name === 'office:annotation' || name === 'text:ruby-text') {
        if (!selfClosing) skipDepth = depth;
      } else if (name === 'text:span' && cell) cell.rich = true;
      return;
    }
    if (cell) {
      if ((name === 'text:p' || name === 'text:h') && depth === cell.depth + 1) {
        if (!selfClosing) paragraph = { depth, parts: [] };
        else cell.paragraphs.push('');
      } else if (!selfClosing) skipDepth = depth;
      return;
    }
    if (name === 'number:boolean-style') {
      const styleName = attrs.get('style:name');
      if (styleName) booleanDataStyles.add(styleName);
    } else if (name === 'style:style' && attrs.get('style:family') === 'table-cell') {
      const styleName = attrs.get('style:name');
      const data = attrs.get('style:data-style-name');
      if (styleName && data) cellDataStyles.set(styleName, data);
    } else if (name === 'table:table-column' && grid) {
      const repeat = count(attrs, 'table:number-columns-repeated');
      const style = attrs.get('table:default-cell-style-name');
      if (style && nextColumn <= MAX_COL) columnStyles.push({ start: nextColumn, end: nextColumn + repeat, style });
      nextColumn = Math.min(nextColumn + repeat, MAX_COL + 1);
    } else if (name === 'office:spreadsheet') sawSpreadsheet = true;
    else if (name === 'table:table' && sawSpreadsheet && !grid) {
      sheetName = attrs.get('table:name') ?? `Sheet${sheets.length + 1}`;
      grid = new Grid(budget, sheetName);
      tableDepth = depth;
      merges = [];
      columnStyles = [];
      nextColumn = 0;
      row = 0;
      if (selfClosing) endSheet();
    } else if (name === 'table:table-row' && grid) {
      rowRepeat = count(attrs, 'table:number-rows-repeated');
      runs = [];
      col = 0;
      if (selfClosing) flushRow(pos);
    } else if ((name === 'table:table-cell' || name === 'table:covered-table-cell') && runs) {
      const opened: OpenCell = { attrs, depth, pos, covered: name === 'table:covered-table-cell', paragraphs: [], rich: false };
      if (selfClosing) finishCell(opened);
      else cell = opened;
    } else if (name === 'table:table' && grid && !selfClosing) {
      // A table inside a sheet (a sub-table) is not part of its grid.
      skipDepth = depth;
    }
  };

  const close = (name: string, pos: number) => {
    const depth = stack.length + 1;
    if (skipDepth > 0) {
      if (depth === skipDepth) skipDepth = 0;
      return;
    }
    if (paragraph && depth === paragraph.depth) {
      cell?.paragraphs.push(paragraph.parts.join(''));
      paragraph = undefined;
      return;
    }
    if (cell && depth === cell.depth) {
      finishCell(cell);
      cell = undefined;
      return;
    }
    if (name === 'table:table-row' && runs) flushRow(pos);
    else if (name === 'table:table' && grid && depth === tableDepth) endSheet();
  };

  TOKEN.lastIndex = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const token = m[0];
    const pos = m.index;
    if (token === '<') throw malformed(pos, '标签或注释没有正确结束', 'an unterminated tag or comment');
    if (token.startsWith('<!DOCTYPE') && token.includes('[')) throw malformed(pos, '含内部 DTD，不予读取', 'a DOCTYPE with an internal subset is not read');
    if (m[1] !== undefined) {
      if (paragraph && skipDepth === 0) paragraph.parts.push(m[1]);
    } else if (m[2] !== undefined) {
      const top = stack.pop();
      if (!top || top.name !== m[2]) {
        const opened = top ? `第 ${lineAt(text, top.pos)} 行的 <${top.name}>` : '没有对应的开始标签';
        throw malformed(pos, `结束标签 </${m[2]}> 与${opened}不匹配`, `end tag </${m[2]}> does not match ${top ? `<${top.name}>` : 'any start tag'}`);
      }
      close(m[2], pos);
    } else if (m[3] !== undefined) {
      const selfClosing = m[5] === '/';
      open(m[3], m[4] && ATTRIBUTES_READ.has(m[3]) ? attributes(m[4]) : NO_ATTRIBUTES, pos, selfClosing);
      if (!selfClosing) stack.push({ name: m[3], pos });
    } else if (token[0] !== '<' && paragraph && skipDepth === 0) {
      // ODF collapses white space in a paragraph to one space; text:s writes the spaces that count.
      paragraph.parts.push(decodeXml(token).replace(/[ \t\r\n]+/gu, ' '));
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw malformed(text.length, `文件不完整：第 ${lineAt(text, unclosed.pos)} 行的 <${unclosed.name}> 没有结束`, `the file ends inside <${unclosed.name}>`);
  if (!sawSpreadsheet) throw damaged(source, '没有表格内容（office:spreadsheet）', 'no office:spreadsheet body');
  const [first, ...others] = sheets;
  if (!first) throw new InputError(`${source}：工作簿中没有工作表 / the workbook has no sheet`);
  return { sheet: first.sheet, rows: first.rows, ...(others.length > 0 ? { others } : {}) };
}
