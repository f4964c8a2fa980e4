/** Reading files: encodings, .docx (generated here with jszip), .pdf, and every kind of bad input. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditInputError } from '../errors.ts';
import { readDocument } from './read-document.ts';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-readtest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SAMPLE = '2024年度某局部门整体支出绩效自评报告\n基本支出609.29万元。';

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

const p = (text: string): string => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

async function docx(xml: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function rejection(path: string): Promise<AuditInputError> {
  try {
    await readDocument(path);
  } catch (err) {
    expect(err).toBeInstanceOf(AuditInputError);
    const message = (err as Error).message;
    expect(message.includes('\n'), 'the message is one line').toBe(false);
    return err as AuditInputError;
  }
  throw new Error('expected readDocument to reject');
}

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('readDocument: encodings', () => {
  it('reads UTF-8 with and without BOM', async () => {
    expect((await readDocument(file('a.txt', SAMPLE))).text).toBe(SAMPLE);
    expect((await readDocument(file('b.txt', `\ufeff${SAMPLE}`))).text.replace(/^\ufeff/, '')).toBe(SAMPLE);
  });

  it('reads UTF-16LE and UTF-16BE with BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    expect((await readDocument(file('le.txt', le))).text).toBe(SAMPLE);
    const be = Buffer.from(le);
    be.swap16();
    be[0] = 0xfe;
    be[1] = 0xff;
    expect((await readDocument(file('be.txt', be))).text).toBe(SAMPLE);
  });

  it('reads GBK / GB18030', async () => {
    expect((await readDocument(file('gbk.txt', iconv.encode(SAMPLE, 'gbk')))).text).toBe(SAMPLE);
    expect((await readDocument(file('gb.md', iconv.encode(SAMPLE, 'gb18030')))).text).toBe(SAMPLE);
  });
});

describe('readDocument: .docx', () => {
  it('reads paragraphs in order and Word tables as tables', async () => {
    const cell = (text: string): string => `<w:tc>${p(text)}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell('项目')}${cell('决算数')}</w:tr><w:tr>${cell('基本支出')}${cell('609.29')}</w:tr></w:tbl>`;
    const bytes = await docx(documentXml(p('2024年度某局部门整体支出绩效自评报告') + table + p('结束。')));
    const content = await readDocument(file('ok.docx', bytes));
    expect(content.tables).toEqual([{ rows: [['项目', '决算数'], ['基本支出', '609.29']] }]);
    expect(content.text).toBe('2024年度某局部门整体支出绩效自评报告\n项目\t决算数\n基本支出\t609.29\n结束。');
  });

  it('refuses a corrupt .docx', async () => {
    const err = await rejection(file('bad.docx', 'PK\u0003\u0004 this is not a zip'));
    expect(err.message).toContain('.docx');
    const noDocument = new JSZip();
    noDocument.file('hello.txt', 'x');
    await rejection(file('empty.docx', await noDocument.generateAsync({ type: 'uint8array' })));
  });

  it('refuses a zip bomb (document.xml inflating past the limit)', async () => {
    // 60 MB of one repeated paragraph compresses to well under 1 MB.
    const huge = documentXml(p('a'.repeat(1000)).repeat(60 * 1024));
    const err = await rejection(file('bomb.docx', await docx(huge)));
    expect(err.message).toContain('MB');
  }, 60_000);
});

describe('readDocument: bad input', () => {
  it('refuses an empty file', async () => {
    expect((await rejection(file('empty.txt', ''))).message).toContain('空');
  });

  it('refuses a binary file', async () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
    expect((await rejection(file('blob.txt', bytes))).message).toContain('binary');
  });

  it('refuses a file over 20 MB', async () => {
    const path = file('big.txt', Buffer.alloc(21 * 1024 * 1024, 0x61));
    expect((await rejection(path)).message).toContain('20 MB');
  });

  it('refuses a workbook, a legacy or WPS document and an OFD by name, not as a corrupt .docx', async () => {
    const workbook = new JSZip();
    workbook.file('xl/workbook.xml', '<workbook/>');
    const xlsx = await rejection(file('决算表.xlsx', await workbook.generateAsync({ type: 'uint8array' })));
    expect(xlsx.message).toContain('Excel 工作簿');
    expect(xlsx.message).not.toContain('Word');
    expect((await rejection(file('报告.wps', 'not really wps'))).message).toContain('WPS 文字');
    expect((await rejection(file('报告.doc', 'legacy'))).message).toContain('另存为 .docx');
    expect((await rejection(file('报告.ofd', 'PK'))).message).toContain('OFD');
  });

  it('refuses a missing file', async () => {
    await rejection(join(dir, 'missing.txt'));
  });

  it.skipIf(!hasPdftotext)('refuses a corrupt .pdf', async () => {
    const err = await rejection(file('bad.pdf', '%PDF-1.4\nthis is not really a pdf\n%%EOF'));
    expect(err.message).toMatch(/PDF/);
  });

  it('refuses a .pdf that is not a PDF at all', async () => {
    await rejection(file('fake.pdf', 'hello'));
  });
});

/** A one-page PDF with an ASCII text layer, written by hand (offsets computed, so pdftotext accepts it). */
function minimalPdf(line: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${`BT /F1 12 Tf 10 50 Td (${line}) Tj ET`.length} >>\nstream\nBT /F1 12 Tf 10 50 Td (${line}) Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('readDocument: .pdf', () => {
  it.skipIf(!hasPdftotext)('extracts the text layer from the positioned words (pdftotext -bbox)', async () => {
    const content = await readDocument(file('ok.pdf', minimalPdf('Total 609.29 = 458.18 + 151.11')));
    expect(content.text).toContain('Total 609.29 = 458.18 + 151.11');
  });

  it('says clearly when pdftotext is missing', async () => {
    const path = file('ok2.pdf', minimalPdf('x'));
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const err = await rejection(path);
      expect(err.message).toContain('pdftotext not found');
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('auditFile on a .docx', () => {
  it('cross-checks the prose against a Word table and quotes both', async () => {
    const { auditFile } = await import('../index.ts');
    const cell = (text: string): string => `<w:tc>${p(text)}</w:tc>`;
    const row = (...cells: string[]): string => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
    const table = `<w:tbl>${row('项目', '年初预算数', '决算数')}${row('基本支出', '515.93', '609.29')}${row('项目支出', '179.90', '1059.41')}</w:tbl>`;
    const xml = documentXml(p('2024年度某局部门整体支出绩效自评报告') + p('表1 支出决算表（单位：万元）') + table + p('全年基本支出决算数619.29万元。'));
    const report = await auditFile(file('cross.docx', await docx(xml)));
    const f = report.findings.find((x) => x.rule === 'table-text-mismatch');
    expect(f?.evidence.map((e) => e.quote)).toEqual(['全年基本支出决算数619.29万元', '609.29']);
    expect(report.file).toContain('cross.docx');
  });
});
