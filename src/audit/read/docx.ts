/**
 * Read a .docx: the paragraphs of word/document.xml in order, and Word tables as tables. A table is also put
 * into the text, one row per line and cells separated by tabs, so the text-level rules see it and evidence
 * offsets can point into its cells. Zip bombs are refused: by the sizes the archive declares, and again by
 * counting the bytes actually inflated.
 */
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { AuditInputError } from '../errors.ts';

export interface DocxContent {
  text: string;
  tables: { rows: string[][] }[];
}

type XmlNode = Record<string, unknown>;

const BAD_DOCX = '无法读取 .docx：文件损坏或不是 Word 文档 / cannot read .docx: corrupt or not a Word document';

function tooBig(limit: number): AuditInputError {
  return new AuditInputError(
    `.docx 解压后超过 ${Math.round(limit / 1048576)} MB，拒绝读取（疑似压缩炸弹） / .docx expands beyond ${Math.round(limit / 1048576)} MB (zip bomb?)`,
  );
}

interface ZipEntryInternals {
  _data?: { uncompressedSize?: number };
}

async function inflate(file: JSZip.JSZipObject, limit: number): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > limit) {
        done = true;
        stream.pause();
        reject(tooBig(limit));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', () => {
      if (!done) reject(new AuditInputError(BAD_DOCX));
      done = true;
    });
    stream.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks).toString('utf8'));
      done = true;
    });
  });
}

function children(node: unknown): XmlNode[] {
  return Array.isArray(node) ? (node as XmlNode[]) : [];
}

function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

/** Text of a w:p (runs, tabs, breaks), recursing through hyperlinks, smart tags and the like. */
function paragraphText(nodes: XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (!tag) continue;
    if (tag === '#text') out += String(node[tag]);
    else if (tag === 'w:t') out += children(node[tag]).map((c) => String(c['#text'] ?? '')).join('');
    else if (tag === 'w:tab') out += ' ';
    else if (tag === 'w:br' || tag === 'w:cr') out += ' ';
    else if (tag === 'w:delText' || tag === 'w:instrText' || tag === 'w:rPr' || tag === 'w:pPr') continue;
    else out += paragraphText(children(node[tag]));
  }
  return out;
}

function cellText(tc: XmlNode[]): string {
  const parts: string[] = [];
  for (const node of tc) {
    const tag = tagOf(node);
    if (tag === 'w:p') parts.push(paragraphText(children(node[tag])));
    else if (tag === 'w:tbl') parts.push(tableRows(children(node[tag])).map((r) => r.join(' ')).join(' '));
  }
  return parts.join(' ').replace(/[\t\n]+/g, ' ').trim();
}

/** The number of grid columns a w:tc spans (w:tcPr/w:gridSpan/@w:val), 1 when not merged. */
function gridSpan(tc: XmlNode[]): number {
  const pr = tc.find((n) => tagOf(n) === 'w:tcPr');
  const span = pr ? children(pr['w:tcPr']).find((n) => tagOf(n) === 'w:gridSpan') : undefined;
  const attrs = span?.[':@'] as Record<string, unknown> | undefined;
  const n = Number(attrs?.['@_w:val'] ?? 1);
  return Number.isInteger(n) && n > 1 && n <= 64 ? n : 1;
}

function tableRows(tbl: XmlNode[]): string[][] {
  const rows: string[][] = [];
  for (const node of tbl) {
    if (tagOf(node) !== 'w:tr') continue;
    const row: string[] = [];
    for (const cell of children(node['w:tr'])) {
      if (tagOf(cell) !== 'w:tc') continue;
      const content = children(cell['w:tc']);
      row.push(cellText(content));
      // A merged cell (合计 across 科目编码 and 科目名称) spans several grid columns: keep the columns aligned.
      for (let k = 1; k < gridSpan(content); k++) row.push('');
    }
    rows.push(row);
  }
  return rows;
}

function walkBody(nodes: XmlNode[], lines: string[], tables: { rows: string[][] }[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:p') lines.push(paragraphText(children(node[tag])));
    else if (tag === 'w:tbl') {
      const rows = tableRows(children(node[tag]));
      tables.push({ rows });
      for (const r of rows) lines.push(r.join('\t'));
    } else if (tag === 'w:sdt' || tag === 'w:sdtContent' || tag === 'w:customXml') walkBody(children(node[tag]), lines, tables);
  }
}

export async function readDocx(bytes: Uint8Array, maxUnzippedBytes: number): Promise<DocxContent> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AuditInputError(BAD_DOCX);
  }
  let declared = 0;
  zip.forEach((_, file) => {
    declared += (file as unknown as ZipEntryInternals)._data?.uncompressedSize ?? 0;
  });
  if (declared > maxUnzippedBytes) throw tooBig(maxUnzippedBytes);
  const document = zip.file('word/document.xml');
  if (!document) throw new AuditInputError(BAD_DOCX);
  const xml = await inflate(document, maxUnzippedBytes);
  let tree: XmlNode[];
  try {
    const parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseAttributeValue: false,
      trimValues: false,
      parseTagValue: false,
      processEntities: true,
    });
    tree = parser.parse(xml) as XmlNode[];
  } catch {
    throw new AuditInputError(BAD_DOCX);
  }
  const root = tree.find((n) => tagOf(n) === 'w:document');
  const body = root ? children(root['w:document']).find((n) => tagOf(n) === 'w:body') : undefined;
  if (!body) throw new AuditInputError(BAD_DOCX);
  const lines: string[] = [];
  const tables: { rows: string[][] }[] = [];
  walkBody(children(body['w:body']), lines, tables);
  return { text: lines.join('\n'), tables };
}
