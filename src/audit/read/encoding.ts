/**
 * Decode a text file: UTF-8 (with or without BOM), UTF-16LE/BE (with BOM), otherwise GB18030 (a superset of
 * GBK, common for Chinese text files). Binary content is refused rather than decoded into noise.
 */
import iconv from 'iconv-lite';
import { AuditInputError } from '../errors.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.02;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) {
    throw new AuditInputError('文件不是文本（含二进制内容），无法读取 / not a text file (binary content)');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    const text = iconv.decode(Buffer.from(body), 'gb18030');
    // GB18030 decodes almost any byte string; many replacement characters mean it was not GB text either.
    let bad = 0;
    for (const ch of text) if (ch === '\ufffd') bad++;
    if (bad > Math.max(3, text.length * 0.01)) {
      throw new AuditInputError('无法识别文件编码（不是 UTF-8、UTF-16 或 GBK/GB18030） / unknown text encoding');
    }
    return { text, encoding: 'gb18030' };
  }
}
