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

/**
 * Characters that OpenCC's t2cn character dictionary changes. Only single-character entries count: the phrase
 * entries also list simplified characters (么 in 么麼), which would send every text through the converter.
 */
function getTraditionalChars(): Set<string> {
  if (traditionalChars) return traditionalChars;
  const set = new Set<string>();
  for (const group of Locale.to.cn ?? []) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const space = entry.indexOf(' ');
        if (space !== 1) continue;
        const from = entry.slice(0, 1);
        if (entry.slice(2, 3) !== from) set.add(from);
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
    const c = ch.charCodeAt(0);
    // Circled item numbers (①…⑳) stay as they are: NFKC makes ① a bare 1, which runs into the words or digits after
    // it (①30个 → 130个) and loses the item's number.
    out = RADICALS[ch] ?? (c >= 0x2460 && c <= 0x2473 ? ch : ch.normalize('NFKC'));
    if (out === '\u00a0' || out === '\u3000') out = ' ';
    if (out.length === 0) out = ch;
    nfkcCache.set(ch, out);
  }
  return out;
}

/**
 * The radicals of a PDF text layer (U+2E80–U+2FDF: ⼀ ⽀ ⾏ ⻋, as Word, pdftocairo or Ghostscript map some glyphs) as the
 * ordinary characters, nothing else changed: for reading a layout before the text is normalised.
 */
export function ordinaryRadicals(s: string): string {
  return /[\u2e80-\u2fdf]/.test(s) ? s.replace(/[\u2e80-\u2fdf]/g, (ch) => normalizeChar(ch)) : s;
}

const utf16 = new TextDecoder('utf-16le');

/** ，：；（）！？ in the full-width block. */
const FULL_WIDTH_PUNCTUATION = new Set([0xff0c, 0xff1a, 0xff1b, 0xff08, 0xff09, 0xff01, 0xff1f]);

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A full-width ASCII variant (Ｆ１) as its ASCII code; anything else unchanged. */
function halfWidth(c: number): number {
  return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

/** Normalise a text; see the module comment for the canonical form. */
export function normalizeText(input: string): NormalizedText {
  const source = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const offsetShift = source === input ? 0 : 1;
  const n = source.length;
  // Output code units and their original offsets, in typed arrays: one pass, no per-character strings.
  let out = new Uint16Array(n + 16);
  let map = new Uint32Array(n + 17);
  let length = 0;
  const ensure = (count: number): void => {
    if (length + count + 1 <= out.length) return;
    const size = Math.max(out.length * 2, length + count + 16);
    const grownOut = new Uint16Array(size);
    grownOut.set(out.subarray(0, length));
    out = grownOut;
    const grownMap = new Uint32Array(size + 1);
    grownMap.set(map.subarray(0, length));
    map = grownMap;
  };
  let i = 0;
  while (i < n) {
    const code = source.charCodeAt(i);
    // ASCII and the unified CJK block are their own NFKC form.
    if ((code < 0x80 && code !== 13) || (code >= 0x4e00 && code <= 0x9fff)) {
      out[length] = code;
      map[length] = i + offsetShift;
      length++;
      i++;
      continue;
    }
    if (code === 13) {
      // CRLF and CR become LF so line numbers agree with every editor.
      out[length] = 10;
      map[length] = i + offsetShift;
      length++;
      i += source.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    // Full-width ，：；（）！？ already are the canonical form, except between ASCII digits or letters (1，234).
    if (FULL_WIDTH_PUNCTUATION.has(code)) {
      const between = length > 0 && isAlnumCode(out[length - 1]!) && isAlnumCode(halfWidth(source.charCodeAt(i + 1)));
      out[length] = between ? code - 0xfee0 : code;
      map[length] = i + offsetShift;
      length++;
      i++;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
    const ch = pair ? source.slice(i, i + 2) : source[i]!;
    const normalized = normalizeChar(ch);
    ensure(normalized.length);
    for (let k = 0; k < normalized.length; k++) {
      out[length] = normalized.charCodeAt(k);
      map[length] = i + offsetShift;
      length++;
    }
    i += ch.length;
  }
  ensure(0);
  map[length] = n + offsetShift;
  const mapLength = length + 1;
  let text = utf16.decode(new Uint8Array(out.buffer, 0, length * 2));
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
  return joinSpacedWords(text, map.subarray(0, mapLength));
}

function isIdeograph(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** Where a clause ends: a space-separated run of pieces is judged clause by clause. */
const CLAUSE_END = /[，。；：！？,;:!?]/g;

/**
 * A space between two Chinese characters (支 出合计, 3003.64万 元, 十 三、) is a gap left by the PDF's justification or
 * the copy, not a word boundary, where it is the only such space in its clause, or where the clause is set letter by
 * letter (经 费 总预 算 安 排: at least half its space-separated pieces one character long), or where a short clause has
 * a piece of one character (支 出决算 中: a word cut). Such spaces are dropped, so
 * that words, labels, units and heading numbers read whole. Elsewhere a single space may separate the cells of a
 * table flattened to text (项目实施单位 广水市交通运输局 广水市交通运输局 项目负责人): kept. Never in a line with a cell
 * separator (a tab, a `|`, two spaces in a row).
 */
function spacesToDrop(text: string, from: number, to: number, drop: number[]): void {
  let joinable = 0;
  let pieces = 1;
  let single = 0;
  let pieceStart = from;
  const spaces: number[] = [];
  for (let k = from; k <= to; k++) {
    if (k < to && text.charCodeAt(k) !== 32) continue;
    if (k - pieceStart === 1 && isIdeograph(text.charCodeAt(pieceStart))) single++;
    if (k === to) break;
    pieces++;
    pieceStart = k + 1;
    // A space before 年/月/日 is the blank of a date to fill in (填报日期 年 月 日): kept.
    if (isIdeograph(text.charCodeAt(k - 1)) && isIdeograph(text.charCodeAt(k + 1)) && !DATE_BLANK.includes(text[k + 1]!)) {
      // A money unit cut in two after its number (3003.64万 元) is one unit whatever the clause holds.
      if (UNIT_HEAD.includes(text[k - 1]!) && text[k + 1] === '元' && isDigitCode(text.charCodeAt(k - 2))) drop.push(k);
      else {
        joinable++;
        spaces.push(k);
      }
    }
  }
  if (joinable === 0) return;
  if (joinable === 1 || (pieces >= 3 && single * 2 >= pieces) || (single >= 1 && pieces <= MAX_SCATTERED_PIECES)) drop.push(...spaces);
}

/**
 * Most space-separated pieces of a clause with a one-character piece (公务用车购置及运行维护费 支出 决算1.4万元 / 支 出决算
 * 中) whose spaces are read as gaps a copy scattered in the words: a row of a table flattened to one line has more
 * pieces (项目实施单位 广水市交通运输局 广水市交通运输局 项目负责人 …, the cells' names and values).
 */
const MAX_SCATTERED_PIECES = 4;

/** A heading number of two Chinese numerals with a space between them at a line's start (十 三、). */
const SPLIT_MARKER = /^(\s*[一二三四五六七八九十]) (?=[一二三四五六七八九十]、)/;

/** A part number of a document at a line's start with spaces inside it (第二 部分, 第 三 部 分): one marker. */
const SPLIT_PART_MARKER = /^\s*第(?: ?[一二三四五六七八九十]){1,3} ?部 ?分/;

/** The characters of a date a blank stands before (填报日期 年 月 日). */
const DATE_BLANK = '年月日';

/** The first character of a two-character money unit (万元, 亿元, 千元). */
const UNIT_HEAD = '万亿千';

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function joinSpacedWords(text: string, toOriginal: Uint32Array): NormalizedText {
  const drop: number[] = [];
  let lineStart = 0;
  // The next space at or after the line's start, found once for all the lines before it (linear overall).
  let space = text.indexOf(' ');
  while (lineStart < text.length && space !== -1) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (space < lineStart) space = text.indexOf(' ', lineStart);
    if (space !== -1 && space < lineEnd) {
      const line = text.slice(lineStart, lineEnd);
      if (!line.includes('|') && !line.includes('\t') && !line.trim().includes('  ')) {
        // A heading number cut in two (十 三、): one marker.
        const marker = SPLIT_MARKER.exec(line);
        if (marker) drop.push(lineStart + marker[1]!.length);
        const part = SPLIT_PART_MARKER.exec(line);
        if (part) {
          const from = part[0].indexOf('第');
          for (let k = from; k < part[0].length; k++) if (part[0][k] === ' ') drop.push(lineStart + k);
        }
        // The indent of a line is no gap between its pieces.
        let clauseStart = lineStart + (line.length - line.trimStart().length);
        CLAUSE_END.lastIndex = 0;
        for (let m = CLAUSE_END.exec(line); m !== null; m = CLAUSE_END.exec(line)) {
          spacesToDrop(text, clauseStart, lineStart + m.index, drop);
          clauseStart = lineStart + m.index + 1;
        }
        spacesToDrop(text, clauseStart, lineEnd, drop);
      }
    }
    lineStart = lineEnd + 1;
  }
  if (drop.length === 0) return { text, toOriginal };
  drop.sort((a, b) => a - b);
  const unique = drop.filter((k, i) => i === 0 || k !== drop[i - 1]);
  const parts: string[] = [];
  const map = new Uint32Array(toOriginal.length - unique.length);
  let from = 0;
  let at = 0;
  for (const k of unique) {
    parts.push(text.slice(from, k));
    map.set(toOriginal.subarray(from, k), at);
    at += k - from;
    from = k + 1;
  }
  parts.push(text.slice(from));
  map.set(toOriginal.subarray(from), at);
  return { text: parts.join(''), toOriginal: map };
}
