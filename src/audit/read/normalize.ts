/**
 * Text normalisation. Every rule works on the normalised text, and every evidence offset points into it, so
 * the normalisation is done character by character (one UTF-16 unit in, one out wherever possible) and keeps
 * a map back to the original offsets for the few characters that change length.
 *
 * Canonical form: digits, Latin letters, `.` and `%` half-width (NFKC); Chinese punctuation full-width
 * (，：；（）！？) except between ASCII digits or letters (1,234 · 10:30); simplified characters; CJK radicals
 * (⻔ ⻋ from PDF text layers) as the ordinary characters.
 */
import { Converter, Locale } from 'opencc-js/t2cn';

export interface NormalizedText {
  readonly text: string;
  /** For each UTF-16 unit of `text` (and one past the end), its offset in the original. */
  readonly toOriginal: Uint32Array;
}

/** Radicals (U+2E80–U+2FDF) that PDF producers emit instead of the ordinary character. NFKC handles the Kangxi block. */
const RADICALS: Record<string, string> = {
  '⻔': '门',
  '⻋': '车',
  '⻓': '长',
  '⻜': '飞',
  '⻢': '马',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻚': '页',
  '⻛': '风',
  '⻉': '贝',
  '⻅': '见',
  '⻆': '角',
  '⻈': '讠',
  '⻘': '青',
  '⻝': '食',
  '⻠': '麦',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
  '⻁': '虎',
  '⻄': '西',
  '⺠': '民',
  '⺟': '母',
  '⺁': '厂',
  '⺇': '几',
  '⺌': '小',
  '⺍': '小',
  '⺕': '彐',
  '⺗': '心',
  '⺝': '月',
  '⺩': '王',
  '⺮': '竹',
  '⺳': '网',
  '⺶': '羊',
  '⺻': '聿',
  '⻊': '足',
  '⻌': '辶',
  '⻍': '辶',
  '⻎': '辶',
  '⻏': '阝',
  '⻐': '金',
  '⻑': '长',
  '⻕': '门',
  '⻗': '雨',
  '⻙': '韦',
};

const TO_FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };

let t2s: ((s: string) => string) | null = null;
let traditionalChars: Set<string> | null = null;
/** The same set as a bitmap over UTF-16 units, for a fast scan. */
let traditionalBitmap: Uint8Array | null = null;

/** Characters that the OpenCC t2cn dictionaries change; a text without any needs no conversion (the common case). */
function getTraditionalChars(): Set<string> {
  if (traditionalChars) return traditionalChars;
  const set = new Set<string>();
  for (const group of Locale.from.t ?? Locale.to.cn ?? []) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const space = entry.indexOf(' ');
        if (space <= 0) continue;
        const from = entry.slice(0, space);
        const to = entry.slice(space + 1);
        for (let i = 0; i < from.length && i < to.length; i++) if (from[i] !== to[i]) set.add(from[i]!);
      }
    }
  }
  traditionalChars = set;
  return set;
}

function toSimplified(text: string): string {
  const chars = getTraditionalChars();
  if (!traditionalBitmap) {
    traditionalBitmap = new Uint8Array(65536);
    for (const ch of chars) if (ch.length === 1) traditionalBitmap[ch.charCodeAt(0)] = 1;
  }
  const bitmap = traditionalBitmap;
  let needed = false;
  for (let i = 0; i < text.length; i++) {
    if (bitmap[text.charCodeAt(i)] === 1) {
      needed = true;
      break;
    }
  }
  if (!needed) return text;
  const convert = t2s ?? Converter({ from: 't', to: 'cn' });
  t2s = convert;
  const out = convert(text);
  // Phrase conversions keep the length in practice; if one did not, offsets would drift, so fall back to
  // converting one character at a time.
  if (out.length === text.length) return out;
  let result = '';
  for (const ch of text) result += ch.length === 1 && chars.has(ch) ? convert(ch).slice(0, 1) || ch : ch;
  return result;
}

function isAsciiAlnum(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const nfkcCache = new Map<string, string>();

/** NFKC of one character, with the radicals PDF layers use; cached, since a report has few distinct characters. */
function normalizeChar(ch: string): string {
  let out = nfkcCache.get(ch);
  if (out === undefined) {
    out = RADICALS[ch] ?? ch.normalize('NFKC');
    if (out === '\u00a0' || out === '\u3000') out = ' ';
    if (out.length === 0) out = ch;
    nfkcCache.set(ch, out);
  }
  return out;
}

/** Normalise a text; see the module comment for the canonical form. */
export function normalizeText(input: string): NormalizedText {
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const offsetShift = source === input ? 0 : 1;
  const parts: string[] = [];
  const n = source.length;
  let map = new Uint32Array(n + 16);
  let outLength = 0;
  const ensure = (count: number): void => {
    if (outLength + count + 1 > map.length) {
      const grown = new Uint32Array(Math.max(map.length * 2, outLength + count + 16));
      grown.set(map);
      map = grown;
    }
  };
  const record = (from: number, count: number): void => {
    ensure(count);
    for (let k = 0; k < count; k++) map[outLength + k] = from + offsetShift;
    outLength += count;
  };
  let i = 0;
  while (i < n) {
    // Fast path: a run of ASCII and unified CJK characters, which are their own NFKC form, is copied whole.
    let j = i;
    let code = source.charCodeAt(j);
    while (j < n && ((code < 0x80 && code !== 13) || (code >= 0x4e00 && code <= 0x9fff))) {
      j++;
      code = source.charCodeAt(j);
    }
    if (j > i) {
      parts.push(source.slice(i, j));
      ensure(j - i);
      for (let k = i; k < j; k++) map[outLength++] = k + offsetShift;
      i = j;
      continue;
    }
    if (code === 13) {
      // CRLF and CR become LF so line numbers agree with every editor.
      parts.push('\n');
      record(i, 1);
      i += source.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    const cp = source.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const out = normalizeChar(ch);
    record(i, out.length);
    parts.push(out);
    i += ch.length;
  }
  record(n, 1);
  let text = parts.join('');
  // Punctuation to full width where it is Chinese punctuation (not between ASCII digits/letters).
  const fixed: string[] = [];
  let last = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c !== 44 && c !== 58 && c !== 59 && c !== 40 && c !== 41 && c !== 33 && c !== 63) continue;
    const full = TO_FULL_WIDTH[text[k]!];
    if (full !== undefined && !(isAsciiAlnum(text[k - 1]) && isAsciiAlnum(text[k + 1]))) {
      fixed.push(text.slice(last, k), full);
      last = k + 1;
    }
  }
  if (fixed.length > 0) {
    fixed.push(text.slice(last));
    text = fixed.join('');
  }
  text = toSimplified(text);
  return { text, toOriginal: map.subarray(0, outLength) };
}
