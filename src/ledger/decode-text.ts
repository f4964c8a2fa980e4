/**
 * Bytes of a CSV export to text. Chinese accounting software often writes GBK (GB18030 is its superset): text
 * that is not valid UTF-8 is read as GB18030. A UTF-8 file passes the strict decoder, a GBK one almost never does.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'gb18030';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // isUtf8 (simdutf) validates in a fraction of the time a fatal TextDecoder takes on a 16 MB export.
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'utf-8' };
  return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030' };
}
