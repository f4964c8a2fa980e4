/**
 * Hostile archives for the upload tests, built without ever holding the inflated content: a zip writer whose
 * entries are one chunk repeated N times, deflated as a stream (so a 1 GB entry costs ~1 MB of memory), with
 * the option to lie about the inflated size in the headers. Plus XML entity-expansion ("billion laughs")
 * documents for .docx and .xlsx.
 */
import { createDeflateRaw, crc32 } from 'node:zlib';
import JSZip from 'jszip';

export interface RepeatedEntry {
  readonly name: string;
  /** Bytes written before the repeated part (an XML prologue, say). */
  readonly head?: string;
  readonly chunk: Buffer | string;
  readonly times: number;
  readonly tail?: string;
}

async function deflateRepeated(entry: RepeatedEntry): Promise<{ data: Buffer; crc: number; size: number }> {
  const chunk = Buffer.isBuffer(entry.chunk) ? entry.chunk : Buffer.from(entry.chunk);
  const head = Buffer.from(entry.head ?? '');
  const tail = Buffer.from(entry.tail ?? '');
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = crc32(head);
  const write = (b: Buffer) =>
    new Promise<void>((resolve) => {
      if (deflate.write(b)) resolve();
      else deflate.once('drain', resolve);
    });
  await write(head);
  // Group small chunks so the stream is fed in ~1 MB writes.
  const per = Math.max(1, Math.floor((1 << 20) / chunk.length));
  const group = Buffer.concat(Array.from({ length: per }, () => chunk));
  let left = entry.times;
  while (left > 0) {
    const n = Math.min(per, left);
    const piece = n === per ? group : group.subarray(0, n * chunk.length);
    crc = crc32(piece, crc);
    await write(piece);
    left -= n;
  }
  crc = crc32(tail, crc);
  await write(tail);
  deflate.end();
  await finished;
  return { data: Buffer.concat(out), crc: crc >>> 0, size: head.length + entry.times * chunk.length + tail.length };
}

/**
 * A zip of repeated entries (method 8, deflate). `declaredSize` overrides the inflated size written in the
 * local and central headers (a liar's archive); the real size is what inflating gives.
 */
export async function repeatedZip(
  entries: readonly RepeatedEntry[],
  extra: readonly { name: string; text: string }[] = [],
  declaredSize?: number,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const add = (name: string, data: Buffer, crc: number, size: number) => {
    const nameBytes = Buffer.from(name);
    const stated = declaredSize ?? size;
    if (stated > 0xfffffffe) throw new Error('zip64 not supported by this writer');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(stated, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(0, 12);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(stated, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    central.push(dir, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  };
  for (const e of extra) {
    const d = await deflateRepeated({ name: e.name, chunk: e.text, times: 1 });
    add(e.name, d.data, d.crc, d.size);
  }
  for (const e of entries) {
    const d = await deflateRepeated(e);
    add(e.name, d.data, d.crc, d.size);
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dirBytes, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx whose document.xml is one paragraph repeated until it inflates to about `bytes`. */
export async function docxBomb(bytes: number, declaredSize?: number): Promise<Buffer> {
  const paragraph = `<w:p><w:r><w:t>${'预算执行率100%。'.repeat(40)}</w:t></w:r></w:p>`;
  return repeatedZip(
    [
      {
        name: 'word/document.xml',
        head: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>`,
        chunk: paragraph,
        times: Math.ceil(bytes / Buffer.byteLength(paragraph)),
        tail: '</w:body></w:document>',
      },
    ],
    [{ name: '[Content_Types].xml', text: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' }],
    declaredSize,
  );
}

/** Nested entities: `levels` of 10× each, so &lol{levels}; names 10^levels copies of "lol". */
export function billionLaughsDoctype(root: string, levels = 9): string {
  const defs = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i <= levels; i++) defs.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ${root} [\n${defs.join('\n')}\n]>\n`;
}

export async function billionLaughsDocx(levels = 9): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'word/document.xml',
    `${billionLaughsDoctype('w:document', levels)}<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol${levels};</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A minimal valid .xlsx (one sheet, one shared string) with `sharedStrings` and `sheet` XML as given. */
export async function xlsxWith(sharedStrings: string, sheet: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  zip.file('xl/sharedStrings.xml', sharedStrings);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** An .xlsx whose one shared string is an entity expanding 10^levels times, used in cell A1. */
export function billionLaughsXlsx(levels = 9): Promise<Buffer> {
  return xlsxWith(
    `${billionLaughsDoctype('sst', levels)}<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>&lol${levels};</t></si></sst>`,
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
  );
}

/** A plain .xlsx with the given rows of inline strings (a control for the hostile ones). */
export function plainXlsx(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map((r, ri) => `<row r="${ri + 1}">${r.map((v, ci) => `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`)
    .join('');
  return xlsxWith(
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="0" uniqueCount="0"/>`,
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetRows}</sheetData></worksheet>`,
  );
}

/** An .xlsx whose sheet XML inflates to about `bytes`: a few rows whose one cell holds a huge text. */
export function xlsxBomb(bytes: number): Promise<Buffer> {
  const text = '资产台账'.repeat(256);
  return repeatedZip(
    [
      {
        name: 'xl/worksheets/sheet1.xml',
        head: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
        chunk: text,
        times: Math.ceil(bytes / Buffer.byteLength(text)),
        tail: '</t></is></c></row></sheetData></worksheet>',
      },
    ],
    [
      {
        name: '[Content_Types].xml',
        text: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      },
      {
        name: '_rels/.rels',
        text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      },
      {
        name: 'xl/workbook.xml',
        text: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        text: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      },
    ],
  );
}
