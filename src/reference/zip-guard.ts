/**
 * Zip-bomb guard for uploaded Office files (.xlsx): before a library inflates the archive in memory, count what
 * it really expands to — declared sizes first (cheap), then the actual inflated bytes, stopping as soon as the
 * limit is passed, since a hostile archive can lie in its headers.
 */
import JSZip from 'jszip';
import { InputError } from '../core/input-error.ts';

/** Generous for a year's ledger as .xlsx (200,000 rows ≈ 80 MB of sheet XML), far below what hurts the server. */
export const ZIP_EXPANSION_LIMIT = 256 * 1024 * 1024;

interface EntryInternals {
  _data?: { uncompressedSize?: number };
  /** JSZip's chunked inflater (public at run time, missing from its .d.ts). */
  internalStream(type: 'uint8array'): ChunkStream;
}

interface ChunkStream {
  on(event: 'data', fn: (chunk: Uint8Array) => void): ChunkStream;
  on(event: 'error' | 'end', fn: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

function tooBig(source: string, limit: number): InputError {
  const mb = Math.round(limit / 1048576);
  return new InputError(`${source}：解压后超过 ${mb} MB，拒绝读取（疑似压缩炸弹） / expands beyond ${mb} MB (zip bomb?)`);
}

/** @returns the archive's entry names (files only), for the caller to tell what kind of package it is. */
export async function assertZipWithin(buffer: Buffer, source: string, limit = ZIP_EXPANSION_LIMIT): Promise<readonly string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw new InputError(`${source}：不是有效的 Excel 文件 / not a valid .xlsx file`);
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  const declared = files.reduce((sum, f) => sum + ((f as unknown as EntryInternals)._data?.uncompressedSize ?? 0), 0);
  if (declared > limit) throw tooBig(source, limit);
  let total = 0;
  for (const file of files) {
    await new Promise<void>((resolve, reject) => {
      const stream = (file as unknown as EntryInternals).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length;
          if (total > limit) {
            stream.pause();
            reject(tooBig(source, limit));
          }
        })
        .on('error', () => reject(new InputError(`${source}：压缩内容损坏 / corrupt archive`)))
        .on('end', () => resolve())
        .resume();
    });
  }
  return files.map((f) => f.name);
}
