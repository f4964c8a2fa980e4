/** readDocument: any supported file to text (+ Word tables). All failures are AuditInputError with one line. */
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadConfig } from '../config.ts';
import { AuditInputError } from '../errors.ts';
import { readDocx } from './docx.ts';
import { decodeText } from './encoding.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';

export interface DocumentContent {
  text: string;
  tables: { rows: string[][] }[];
}

async function magic(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Formats a report is often saved in that the audit does not read, by extension: refused by name before any parse, so
 * that a workbook or a legacy document is not called a corrupt .docx (a .xlsx is a zip like a .docx).
 */
const OTHER_FORMATS: Readonly<Record<string, string>> = {
  '.doc': '旧版 Word 文档',
  '.wps': 'WPS 文字文档',
  '.rtf': 'RTF 文档',
  '.odt': 'OpenDocument 文档',
  '.xlsx': 'Excel 工作簿',
  '.xlsm': 'Excel 工作簿',
  '.xls': 'Excel 工作簿',
  '.et': 'WPS 表格',
  '.ods': 'OpenDocument 表格',
  '.pptx': '演示文稿',
  '.ppt': '演示文稿',
  '.ofd': 'OFD 版式文件',
};

export async function readDocument(path: string): Promise<DocumentContent> {
  const config = loadConfig();
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AuditInputError(`不是文件：${path} / not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof AuditInputError) throw err;
    throw new AuditInputError(`无法打开文件：${path} / cannot open file`);
  }
  if (size === 0) throw new AuditInputError('文件为空 / file is empty');
  if (size > config.maxFileBytes) {
    throw new AuditInputError(
      `文件超过 ${Math.round(config.maxFileBytes / 1048576)} MB，拒绝读取 / file is larger than ${Math.round(config.maxFileBytes / 1048576)} MB`,
    );
  }
  const ext = extname(path).toLowerCase();
  const other = OTHER_FORMATS[ext];
  if (other) {
    throw new AuditInputError(
      `不支持${other}（${ext}），体检读取 .docx、.pdf、.html、.txt、.md：请把报告另存为 .docx 或 PDF / unsupported file type ${ext}: save the report as .docx or PDF`,
    );
  }
  const head = await magic(path);
  const isZip = head[0] === 0x50 && head[1] === 0x4b;
  const isPdf = head.subarray(0, 5).toString('latin1') === '%PDF-';
  if (ext === '.docx' || (isZip && ext !== '.pdf')) {
    if (!isZip) throw new AuditInputError('无法读取 .docx：文件损坏或不是 Word 文档 / cannot read .docx: corrupt or not a Word document');
    return readDocx(await readFile(path), config.maxUnzippedBytes);
  }
  if (ext === '.pdf' || isPdf) {
    if (!isPdf) throw new AuditInputError('无法读取 PDF：文件损坏或已加密 / cannot read PDF: corrupt or encrypted');
    return readPdf(path, config.pdfTimeoutMs, config.pdfMemoryMb);
  }
  const { text } = decodeText(await readFile(path));
  if (text.trim().length === 0) throw new AuditInputError('文件为空 / file is empty');
  // An HTML report (ours, or a web page saved): read its blocks and tables, not its markup.
  if (ext === '.html' || ext === '.htm' || /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 200))) {
    const html = readHtml(text);
    if (html.text.trim().length === 0) throw new AuditInputError('HTML 文件没有正文 / HTML file has no text');
    return html;
  }
  return { text, tables: [] };
}
