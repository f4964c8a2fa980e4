/**
 * Bytes of a text export (CSV, HTML table, SpreadsheetML) to text, whatever encoding the exporting system used.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** C0 control characters other than tab, LF and CR: none in a text export; a wrong UTF-16 guess yields them. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * UTF-16 without a BOM. A UTF-8 or GB18030 text has no zero byte at all; UTF-16 text has one in the high byte of
 * every ASCII character — a tab, a line break, a digit — always on the same side (odd positions in little-endian).
 * Mostly-ASCII text leaves zeros on about every other position; a tab-separated list in Chinese far fewer (a tab or
 * line break between short Chinese cells), so a smaller share is accepted when the sample also decodes to text
 * without control characters (binary data, or the wrong byte order, would not).
 */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = n / 2;
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return 'utf-16be';
  const textLike = (enc: 'utf-16le' | 'utf-16be') => {
    const text = new TextDecoder(enc).decode(bytes.subarray(0, n));
    return !CONTROL.test(text) && !/[\ufffd]/.test(text.slice(0, -1));
  };
  // A zero in a Chinese character's low byte (一 U+4E00) is rare; ASCII high bytes are zero every time.
  if (oddZero > half * 0.05 && evenZero * 4 <= oddZero && textLike('utf-16le')) return 'utf-16le';
  if (evenZero > half * 0.05 && oddZero * 4 <= evenZero && textLike('utf-16be')) return 'utf-16be';
  return undefined;
}

/**
 * Bytes of a text export to text. Chinese accounting software often writes GBK (GB18030 is its superset): text
 * that is not valid UTF-8 is read as GB18030. A UTF-8 file passes the strict check, a GBK one almost never does.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const { text, encoding } = decodeBytes(bytes);
  return { text: withoutEndOfFileMark(text), encoding };
}

/**
 * A text file written by a DOS program (a FoxPro or dBASE report 「打印到文件」, COPY CON) ends with Ctrl-Z (0x1A, the
 * CP/M end-of-file mark) after its last line: the mark, and line breaks or spaces around it at the very end, are no
 * text. Only at the end: a 0x1A inside the text is left for the readers to refuse.
 */
export function withoutEndOfFileMark(text: string): string {
  const m = /\u001a[\s\u001a]*$/u.exec(text);
  return m === null ? text : text.slice(0, m.index);
}

function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const wide = utf16Without(bytes);
  if (wide) return { text: new TextDecoder(wide).decode(bytes), encoding: wide };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // isUtf8 (simdutf) validates in a fraction of the time a fatal TextDecoder takes on a 16 MB export.
  if (isUtf8(buffer)) return { text: buffer.toString('utf8'), encoding: 'utf-8' };
  return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030' };
}
