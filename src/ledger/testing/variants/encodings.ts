/**
 * Test support: a base's table as text files the way exports write them — UTF-8 with or without BOM, GBK/GB18030,
 * UTF-16, CRLF or CR, tab-separated .txt/.xls, every cell quoted, ="…" guarded cells, a 摘要 over two lines,
 * trailing separators, blank lines.
 */
import iconv from 'iconv-lite';
import { isDataRow } from './rows.ts';
import { type Base, type CsvDialect, csvCell, csvText, type FileVariant, fileVariant, type Table } from './table.ts';

interface Encoding {
  readonly name: string;
  readonly encoding: 'utf8' | 'gbk' | 'gb18030' | 'utf16le' | 'utf16be';
  readonly bom?: boolean;
  readonly ext?: string;
  readonly dialect?: CsvDialect;
  /** The rows written (default the base's), or the text itself. */
  readonly rows?: (b: Base) => Table;
  readonly text?: (b: Base) => string;
  /** Written only when named (not among the default encodings). */
  readonly onlyByName?: true;
}

const CRLF = { eol: '\r\n' };
const TSV = { sep: '\t' };
/** A 摘要 over two lines in a quoted cell (every fifth entry): after its fourth character, or after a leading 【项目】 tag. */
function multiLine(b: Base): Table {
  const s = b.columns.summary!;
  const wrap = (c: string) => {
    const at = Math.max(4, c.search(/[】\]]/u) + 1);
    return c.length > at ? `${c.slice(0, at)}\n${c.slice(at)}` : c;
  };
  return b.rows.map((r, i) => (isDataRow(b, i) && i % 5 === 0 ? r.map((c, k) => (k === s ? wrap(c) : c)) : r));
}
/** ="…" text cells (an export guarding codes and voucher numbers from Excel). */
const guarded = (b: Base) =>
  `${b.rows.map((r, i) => r.map((c) => (i > b.headerRow && /^\d{5,}/.test(c) ? `="${c.replace(/"/g, '""')}"` : csvCell(c, ',', false))).join(',')).join('\n')}\n`;

const ENCODINGS: readonly Encoding[] = [
  { name: 'utf-8', encoding: 'utf8' },
  { name: 'utf-8 BOM', encoding: 'utf8', bom: true },
  { name: 'gbk', encoding: 'gbk' },
  { name: 'gb18030', encoding: 'gb18030' },
  { name: 'gb2312-ish gbk .txt', encoding: 'gbk', ext: 'txt' },
  { name: 'utf-16le BOM', encoding: 'utf16le', bom: true },
  { name: 'utf-16le no BOM', encoding: 'utf16le' },
  { name: 'utf-16be BOM', encoding: 'utf16be', bom: true },
  { name: 'CRLF gbk', encoding: 'gbk', dialect: CRLF },
  { name: 'CRLF utf-8 BOM', encoding: 'utf8', bom: true, dialect: CRLF },
  { name: 'CR only', encoding: 'utf8', dialect: { eol: '\r' }, rows: (b) => b.rows.map((r) => r.map((c) => c.replace(/\n/g, '\r'))) },
  { name: 'TSV utf-8', encoding: 'utf8', ext: 'txt', dialect: TSV },
  { name: 'TSV gbk .xls', encoding: 'gbk', ext: 'xls', dialect: TSV },
  { name: 'TSV utf-16le BOM .xls', encoding: 'utf16le', bom: true, ext: 'xls', dialect: { ...TSV, ...CRLF } },
  { name: 'TSV utf-16le BOM .txt', encoding: 'utf16le', bom: true, ext: 'txt', dialect: { ...TSV, ...CRLF } },
  { name: 'all quoted', encoding: 'utf8', dialect: { quoteAll: true } },
  { name: 'all quoted gbk CRLF', encoding: 'gbk', dialect: { quoteAll: true, ...CRLF } },
  { name: '="" cells', encoding: 'utf8', bom: true, text: guarded },
  { name: 'multi-line 摘要 LF', encoding: 'utf8', rows: multiLine },
  { name: 'multi-line 摘要 CRLF gbk', encoding: 'gbk', dialect: CRLF, rows: multiLine },
  { name: 'multi-line 摘要 TSV', encoding: 'utf8', ext: 'txt', dialect: TSV, rows: multiLine },
  { name: 'trailing comma', encoding: 'utf8', rows: (b) => b.rows.map((r) => [...r, '']) },
  { name: 'blank lines', encoding: 'utf8', rows: (b) => b.rows.flatMap((r, i) => (i % 15 === 0 ? [r, []] : [r])) },
  // GBK as Chinese software writes it, in GB18030 (the same bytes for every GBK character; a rare name's 𬀩 has 4).
  { name: 'CRLF gb18030', encoding: 'gb18030', dialect: CRLF, onlyByName: true },
  { name: 'CRLF utf-8', encoding: 'utf8', dialect: CRLF, onlyByName: true },
];
/** The table in each encoding named (by default every one not written only by name); none where the encoding lacks a character of it (¥ U+00A5, − U+2212 in GBK). */
export function encodingVariants(b: Base, names: readonly string[] = ENCODINGS.filter((e) => !e.onlyByName).map((e) => e.name)): FileVariant[] {
  return ENCODINGS.filter((e) => names.includes(e.name)).flatMap((e) => {
    const text = e.text?.(b) ?? csvText(e.rows?.(b) ?? b.rows, e.dialect);
    const body = iconv.encode(text, e.encoding, { addBOM: e.bom ?? false });
    if (iconv.decode(body, e.encoding, { stripBOM: true }) !== text) return [];
    return [fileVariant('encoding', e.name, e.ext ?? 'csv', async () => new Uint8Array(body))];
  });
}
