/**
 * SpreadsheetML 2003 (“XML 表格”): the XML that Excel 2002/2003 saves and that many web systems and older 用友/浪潮
 * modules write into a file named .xls (`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`,
 * `<Worksheet ss:Name>`, `<Table>`, `<Row>`, `<Cell>`, `<Data ss:Type>`). Told apart by its content, whatever the
 * file's name, and read into the shape `readXlsx` gives, so assets, the ledger and code tables take it unchanged:
 * - a Row's or Cell's `ss:Index` (1-based) places it, skipping rows or cells; otherwise it follows the one before
 *   (a cell after a merged one follows the merged range; a row's `ss:Span` counts the rows it stands for);
 * - a merged range (`ss:MergeAcross`, `ss:MergeDown`) shows its first cell's value in every cell, as ExcelJS gives it
 *   (a cell the file writes inside the range keeps its own value);
 * - Number: the text as written (amounts are parsed from text into 分, never through a float), unless it has more
 *   digits than Excel keeps (15 significant) or an exponent: then as Excel shows it (`numberText`);
 *   DateTime: YYYY-MM-DD; Boolean: true/false; Error: empty; String: trimmed, as ExcelJS trims a plain string;
 *   `<ss:Data>` with inline HTML (`<Font>`, `<B>`) is rich text: its text, not trimmed;
 * - a Cell's `<Comment>` is not its value; every worksheet is read, the first one first.
 * The scan is one pass over the text, with no DTD (a DOCTYPE with an internal subset is refused, so entities cannot
 * expand); cells are counted against the same limit as the .xls reader. Malformed XML gives an InputError naming the
 * file and the line.
 */
import { InputError } from '../core/input-error.ts';
import { exactNumber, numberText } from './cell-text.ts';
import type { SheetRows } from './spreadsheet.ts';
import { decodeText } from './text-decode.ts';
import { type CellBudget, defaultTooMany, Grid, XLS_MAX_CELLS, type XlsOptions } from './xls.ts';
import { decodeXml, xmlAttributes } from './xml-text.ts';

const SPREADSHEET_NS = 'urn:schemas-microsoft-com:office:spreadsheet';
/** The .xlsx grid, as for .xls. */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** Is this a SpreadsheetML 2003 workbook (by its first bytes, in any of the text encodings)? */
export function isSpreadsheetMl(bytes: Uint8Array): boolean {
  const head = decodeText(bytes.subarray(0, 8192)).text.replace(/^\uFEFF/u, '');
  if (/<\?mso-application\s+progid\s*=\s*["']Excel\.Sheet["']\s*\?>/iu.test(head)) return true;
  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>)\s*)*<(?:[\w.-]+:)?Workbook\b([^>]*)>/u.exec(head);
  return root !== null && root[1]!.includes(SPREADSHEET_NS);
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

const attributes = (text: string): Map<string, string> => xmlAttributes(text, localName);

/** A Data element's text as the other readers give that type. */
function dataText(type: string | undefined, raw: string, rich: boolean): string {
  const text = raw.trim();
  switch (type) {
    case 'Number': {
      const exact = exactNumber(text);
      if (exact !== undefined) return exact;
      const value = Number(text);
      return text !== '' && Number.isFinite(value) ? numberText(value) : text;
    }
    case 'DateTime':
      return /^\d{4}-\d{2}-\d{2}/u.exec(text)?.[0] ?? text;
    case 'Boolean':
      return text === '1' || text.toLowerCase() === 'true' ? 'true' : text === '0' || text.toLowerCase() === 'false' ? 'false' : text;
    case 'Error':
      return '';
    default:
      return rich ? raw : text;
  }
}

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function malformed(source: string, text: string, pos: number, zh: string, en: string): InputError {
  const line = lineAt(text, pos);
  return new InputError(
    `${source}：第 ${line} 行 XML 格式错误（${zh}），无法读取这个 Excel 2003 XML 表格；请在 Excel 或 WPS 中打开后另存为 .xlsx / ${source}: line ${line}: malformed SpreadsheetML (Excel 2003 XML): ${en}`,
  );
}

// Comment | CDATA | processing instruction | DOCTYPE | end tag | start tag | a stray “<” | text.
const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<\/([^\s/>]+)\s*>|<([^\s/>!?<]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<|[^<]+/gy;

interface OpenCell {
  readonly r: number;
  readonly c: number;
  readonly across: number;
  readonly down: number;
  text?: string;
}

interface Merge {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

/** Every worksheet of a SpreadsheetML 2003 workbook as text rows, the first one first. @throws InputError */
export function readSpreadsheetMl(bytes: Uint8Array, source: string, options: XlsOptions = {}): SheetRows {
  const text = decodeText(bytes).text;
  const budget: CellBudget = {
    used: 0,
    visited: 0,
    limit: options.maxCells ?? XLS_MAX_CELLS,
    tooMany: options.tooManyCells ?? defaultTooMany(source),
  };
  const sheets: { sheet: string; rows: string[][] }[] = [];
  const stack: { name: string; pos: number }[] = [];
  let sawWorkbook = false;
  let grid: Grid | undefined;
  let sheetName = '';
  let merges: Merge[] = [];
  let nextRow = 0;
  let row = -1;
  let nextCol = 0;
  let cell: OpenCell | undefined;
  // The Data element being read: its depth in the stack, type, text parts, and whether it holds markup.
  let data: { depth: number; type: string | undefined; parts: string[]; rich: boolean } | undefined;

  const parent = () => (stack.length > 0 ? localName(stack[stack.length - 1]!.name) : '');
  const index = (attrs: Map<string, string>, key: string, pos: number, max: number): number | undefined => {
    const value = attrs.get(key);
    if (value === undefined) return undefined;
    if (!/^\s*\d+\s*$/u.test(value) || Number(value) > max + 1) throw malformed(source, text, pos, `ss:${key}="${value}" 无效`, `invalid ss:${key}`);
    return Number(value);
  };

  const open = (name: string, attrs: Map<string, string>, pos: number) => {
    const local = localName(name);
    const within = parent();
    if (data) {
      data.rich = true;
      return;
    }
    if (local === 'Workbook' && stack.length === 0) sawWorkbook = true;
    else if (local === 'Worksheet' && within === 'Workbook') {
      sheetName = attrs.get('Name') ?? `Sheet${sheets.length + 1}`;
      grid = new Grid(budget, sheetName);
      merges = [];
      nextRow = 0;
    } else if (local === 'Row' && within === 'Table' && grid) {
      const at = index(attrs, 'Index', pos, MAX_ROW);
      row = at !== undefined && at > 0 ? at - 1 : nextRow;
      if (row > MAX_ROW) throw malformed(source, text, pos, '行号超出范围', 'row out of range');
      nextRow = row + 1 + (index(attrs, 'Span', pos, MAX_ROW) ?? 0);
      nextCol = 0;
    } else if (local === 'Cell' && within === 'Row' && grid) {
      const at = index(attrs, 'Index', pos, MAX_COL);
      const c = at !== undefined && at > 0 ? at - 1 : nextCol;
      const across = index(attrs, 'MergeAcross', pos, MAX_COL) ?? 0;
      const down = index(attrs, 'MergeDown', pos, MAX_ROW) ?? 0;
      if (c + across > MAX_COL || row + down > MAX_ROW) throw malformed(source, text, pos, '单元格位置超出范围', 'cell out of range');
      cell = { r: row, c, across, down };
      nextCol = c + across + 1;
    } else if (local === 'Data' && within === 'Cell' && cell) {
      data = { depth: stack.length + 1, type: attrs.get('Type'), parts: [], rich: false };
    }
  };

  const close = (name: string) => {
    const local = localName(name);
    if (data) {
      if (stack.length + 1 > data.depth) return;
      if (cell) cell.text = dataText(data.type, data.parts.join(''), data.rich);
      data = undefined;
      return;
    }
    if (local === 'Cell' && cell && grid) {
      const { r, c, across, down } = cell;
      if (across > 0 || down > 0) merges.push({ r1: r, c1: c, r2: r + down, c2: c + across });
      if (cell.text !== undefined || across > 0 || down > 0) grid.set(r, c, cell.text ?? '');
      cell = undefined;
    } else if (local === 'Worksheet' && grid) {
      for (const m of merges) {
        const master = grid.get(m.r1, m.c1) ?? '';
        for (let r = m.r1; r <= m.r2; r++) {
          for (let c = m.c1; c <= m.c2; c++) {
            if (r === m.r1 && c === m.c1) continue;
            grid.visit();
            if (grid.get(r, c) === undefined) grid.set(r, c, master);
          }
        }
      }
      sheets.push({ sheet: sheetName, rows: Array.from(grid.rows, (r) => r ?? []) });
      grid = undefined;
    }
  };

  TOKEN.lastIndex = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const token = m[0];
    const pos = m.index;
    if (token === '<') throw malformed(source, text, pos, '标签或注释没有正确结束', 'an unterminated tag or comment');
    if (token.startsWith('<!DOCTYPE') && token.includes('[')) {
      throw malformed(source, text, pos, '含内部 DTD，不予读取', 'a DOCTYPE with an internal subset is not read');
    }
    if (m[1] !== undefined) {
      if (data) data.parts.push(m[1]);
    } else if (m[2] !== undefined) {
      const top = stack.pop();
      if (!top || top.name !== m[2]) {
        const opened = top ? `第 ${lineAt(text, top.pos)} 行的 <${top.name}>` : '没有对应的开始标签';
        throw malformed(source, text, pos, `结束标签 </${m[2]}> 与${opened}不匹配`, `end tag </${m[2]}> does not match ${top ? `<${top.name}>` : 'any start tag'}`);
      }
      close(m[2]);
    } else if (m[3] !== undefined) {
      const attrs = attributes(m[4] ?? '');
      open(m[3], attrs, pos);
      if (m[5] === '/') close(m[3]);
      else stack.push({ name: m[3], pos });
    } else if (token[0] !== '<' && data) {
      data.parts.push(decodeXml(token));
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) {
    throw malformed(source, text, text.length, `文件不完整：第 ${lineAt(text, unclosed.pos)} 行的 <${unclosed.name}> 没有结束`, `the file ends inside <${unclosed.name}>`);
  }
  if (!sawWorkbook) throw malformed(source, text, 0, '没有 <Workbook> 根元素', 'no <Workbook> root element');
  const [first, ...others] = sheets;
  if (!first) throw new InputError(`${source}：工作簿中没有工作表 / the workbook has no sheet`);
  return { sheet: first.sheet, rows: first.rows, ...(others.length > 0 ? { others } : {}) };
}
