/**
 * Before ExcelJS reads a workbook, measure what it would hold, from the sheet XML itself: per row the last
 * column used (a row with cells only in A and XFD makes the reader hold 16,384 cells), summed over the rows of
 * every sheet. The XML is inflated in chunks and scanned tag by tag, so a hostile sheet costs a stream, not a
 * cell table. The declared <dimension> is not trusted: only the cells present count.
 */
import JSZip from 'jszip';
import { InputError } from '../../core/input-error.ts';
import { ParseLimitError } from './parse-limit-error.ts';

export interface SheetExtent {
  /** Σ over rows of the last column used, over every worksheet. */
  readonly cells: number;
  readonly rows: number;
  readonly widestRow: number;
}

interface ChunkStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error' | 'end', fn: (err?: unknown) => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s>/])([^>]*)>/g;
const REF = /\br="([A-Za-z]{0,3})(\d*)"/;

/** "A" → 1, "XFD" → 16384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function tooManyCells(source: string, limit: number, where: string): ParseLimitError {
  return new ParseLimitError(
    'too-many-cells',
    `${source}：表格过大或过宽（${where}，超过 ${limit.toLocaleString('en-US')} 个单元格），请删除多余的行列或拆分后上传 / the workbook spans more than ${limit} cells`,
  );
}

/** Measure every worksheet; throws ParseLimitError as soon as the cells pass `limit`. */
export async function prescanSheets(buffer: Uint8Array, source: string, limit: number): Promise<SheetExtent> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new InputError(`${source}：不是有效的 Excel 文件 / not a valid .xlsx file`);
  }
  const sheets = Object.values(zip.files).filter((f) => !f.dir && /^xl\/worksheets\/[^/]+\.xml$/i.test(f.name));
  let cells = 0;
  let rows = 0;
  let widestRow = 0;
  for (const file of sheets) {
    const name = file.name.replace(/^xl\/worksheets\//, '');
    let rowMax = 0;
    let lastCol = 0;
    let inRow = false;
    const endRow = () => {
      if (!inRow) return;
      cells += rowMax;
      rows++;
      widestRow = Math.max(widestRow, rowMax);
      inRow = false;
    };
    await new Promise<void>((resolve, reject) => {
      let tail = '';
      let failed = false;
      const stream = (file as unknown as { internalStream(t: 'uint8array'): ChunkStream }).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          if (failed) return;
          const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
          const cut = text.lastIndexOf('<');
          const complete = cut >= 0 && text.indexOf('>', cut) < 0 ? text.slice(0, cut) : text;
          tail = text.slice(complete.length);
          TAG.lastIndex = 0;
          for (let m = TAG.exec(complete); m; m = TAG.exec(complete)) {
            if (m[1] === 'row') {
              endRow();
              inRow = true;
              rowMax = 0;
              lastCol = 0;
              if (m[2]?.endsWith('/')) endRow();
            } else {
              const ref = REF.exec(m[2] ?? '');
              const col = ref?.[1] ? columnNumber(ref[1]) : lastCol + 1;
              lastCol = col;
              if (col > rowMax) rowMax = col;
            }
          }
          // A row still open counts too, so one endless row is stopped as it grows.
          if (cells + (inRow ? rowMax : 0) > limit) {
            failed = true;
            stream.pause();
            reject(tooManyCells(source, limit, `${name} 第 ${rows + 1} 行附近`));
          }
          if (tail.length > 1 << 20) {
            failed = true;
            stream.pause();
            reject(new InputError(`${source}：工作表 XML 损坏 / malformed sheet XML`));
          }
        })
        .on('error', () => {
          if (!failed) reject(new InputError(`${source}：压缩内容损坏 / corrupt archive`));
          failed = true;
        })
        .on('end', () => {
          if (failed) return;
          endRow();
          resolve();
        })
        .resume();
    });
    if (cells > limit) throw tooManyCells(source, limit, name);
  }
  return { cells, rows, widestRow };
}
