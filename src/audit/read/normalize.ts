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
  let needed = false;
  for (let i = 0; i < text.length; i++) {
    if (chars.has(text[i]!)) {
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

/** Normalise a text; see the module comment for the canonical form. */
export function normalizeText(input: string): NormalizedText {
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const offsetShift = source === input ? 0 : 1;
  const parts: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < source.length) {
    const code = source.codePointAt(i)!;
    const ch = String.fromCodePoint(code);
    let out: string;
    if (ch === '\r') {
      // CRLF and CR become LF so line numbers agree with every editor.
      out = '\n';
      if (source[i + 1] === '\n') {
        i++;
      }
    } else if (code < 0x80 && ch !== '\u00a0') {
      out = ch;
    } else {
      out = RADICALS[ch] ?? ch.normalize('NFKC');
      if (out === '\u00a0' || out === '\u3000' || code === 0x3000) out = ' ';
      if (out.length === 0) out = ch;
    }
    for (let k = 0; k < out.length; k++) map.push(i + offsetShift);
    parts.push(out);
    i += ch.length;
  }
  map.push(source.length + offsetShift);
  let text = parts.join('');
  // Punctuation to full width where it is Chinese punctuation (not between ASCII digits/letters).
  let fixed = '';
  let changed = false;
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!;
    const full = TO_FULL_WIDTH[ch];
    if (full !== undefined && !(isAsciiAlnum(text[k - 1]) && isAsciiAlnum(text[k + 1]))) {
      fixed += full;
      changed = true;
    } else {
      fixed += ch;
    }
  }
  if (changed) text = fixed;
  text = toSimplified(text);
  return { text, toOriginal: Uint32Array.from(map) };
}
