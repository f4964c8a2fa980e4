/**
 * Small files that cost a reader far more than their size (issue 17), built here from their XML so each says
 * what it is: a sparse-wide sheet (cells only in columns A and XFD), a dense sheet, a .docx of a million empty
 * paragraphs, and a PDF whose one compressed content stream inflates to hundreds of megabytes of text
 * operators. Deflated as a stream (repeatedZip), never held inflated.
 */
import { deflateSync } from 'node:zlib';
import { repeatedZip, xlsxWith } from './archives.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const EMPTY_SST = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="0" uniqueCount="0"/>`;

const sheetXml = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

/** `rows` rows, each with a number in column A and one in column XFD (16,384): tiny zipped, huge as a cell table. */
export function sparseWideXlsx(rows: number): Promise<Buffer> {
  const body = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
  return xlsxWith(EMPTY_SST, sheetXml(body));
}

/** `rows` × `columns` numeric cells, every one present. */
export function denseXlsx(rows: number, columns: number): Promise<Buffer> {
  const letters = (n: number) => {
    let s = '';
    for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  };
  const cols = Array.from({ length: columns }, (_, i) => letters(i + 1));
  const parts: string[] = [];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}">${cols.map((c, i) => `<c r="${c}${r}"><v>${r * 7 + i}</v></c>`).join('')}</row>`);
  return xlsxWith(EMPTY_SST, sheetXml(parts.join('')));
}

/** A .docx whose body is `paragraphs` empty paragraphs (1.3 million fit in ~130 KB). */
export function manyParagraphsDocx(paragraphs: number): Promise<Buffer> {
  return repeatedZip(
    [{ name: 'word/document.xml', head: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`, chunk: '<w:p/>', times: paragraphs, tail: '</w:body></w:document>' }],
    [
      {
        name: '[Content_Types].xml',
        text: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
      },
      {
        name: '_rels/.rels',
        text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      },
    ],
  );
}

/** A one-page PDF whose content stream repeats a text-showing operator `times` times (Flate-compressed). */
export function contentBombPdf(times: number): Buffer {
  const op = Buffer.from('BT /F1 9 Tf 10 10 Td (AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj ET\n');
  const per = 10_000;
  const block = Buffer.concat(Array.from({ length: per }, () => op));
  const blocks: Buffer[] = [];
  for (let left = times; left > 0; left -= per) blocks.push(left >= per ? block : block.subarray(0, left * op.length));
  const stream = deflateSync(Buffer.concat(blocks), { level: 9 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    null,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const piece =
      o === null
        ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from('\nendstream\nendobj\n')])
        : Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`);
    parts.push(piece);
    size += piece.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return Buffer.concat(parts);
}


/**
 * A valid-looking ledger export of `rows` lines as CSV, whose last line has a date that is not one, so the upload
 * is read to its end and refused (422 bad-rows) without writing: what costs is the reading, not the store.
 */
export function largeCsvLedger(rows: number): Buffer {
  const lines = ['凭证日期,凭证号,摘要,借方金额,功能分类,经济分类,支出类型,项目编码,项目名称,收款单位,资金来源'];
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(`2024-03-${day},记-${i},购买办公用品第${i}批,${(i % 9000) + 10}.50,2010301 行政运行,30201,基本支出,,,县文具店,一般公共预算`);
  }
  lines.push('2024-13-45,记-x,日期有误的一行,1.00,2010301,30201,基本支出,,,县文具店,一般公共预算');
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/**
 * The same ledger as a fixed-width print (“打印到文件”, UTF-8): fields padded with spaces to display widths (a
 * Chinese character is two columns), amounts right-aligned under their header, a bad date on the last line.
 */
export function largeFixedWidthLedger(rows: number): Buffer {
  const width = (s: string) => [...s].reduce((w, c) => w + (c.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);
  const left = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));
  const right = (s: string, w: number) => ' '.repeat(Math.max(0, w - width(s))) + s;
  const line = (d: string, v: string, s: string, f: string, e: string, amount: string) =>
    left(d, 12) + left(v, 12) + left(s, 30) + left(f, 20) + left(e, 18) + right(amount, 14);
  const lines = [`${' '.repeat(30)}某县图书馆  明 细 账`, line('日期', '凭证号', '摘要', '功能科目', '经济科目', '借方金额'), '-'.repeat(106)];
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(line(`2024-03-${day}`, `记-${i}`, `购买办公用品第${i}批`, '2010301 行政运行', '30201 办公费', `${(i % 9000) + 10}.50`));
  }
  lines.push(line('2024-13-45', '记-x', '日期有误的一行', '2010301 行政运行', '30201 办公费', '1.00'));
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

/**
 * A code table CSV of `rows` distinct 9-digit codes (about 36 bytes a line: 440,000 rows ≈ 15.8 MB, under the
 * route's 16 MB limit), whose last line has a code that is not one when `badLast`, so the upload is read to its
 * end and refused (400 naming the line) without writing.
 */
export function largeCodeTableCsv(rows: number, badLast = false): Buffer {
  const lines = ['code,name'];
  for (let i = 1; i <= rows; i++) lines.push(`${100_000_000 + i},测试科目第${i}项`);
  if (badLast) lines.push('1 0,代码有误的一行');
  return Buffer.from(lines.join('\r\n'), 'utf8');
}
