/**
 * Meaning-preserving rewrites of a report text, for metamorphic (invariance) testing of the auditor
 * (scripts/check-invariance.ts, test/audit-eval/invariance.test.ts). Each rewrite imitates how real publishers'
 * texts differ from one another without a change of meaning: lines wrapped where a PDF wrapped them, full-width
 * digits, thousands separators, 万元 amounts written in 元, spaces between characters, headings numbered in
 * another style, tables printed as `pdftotext -layout` or tab-separated, independent sections in another order,
 * years in Chinese numerals, list items joined by another mark. A finding that appears only after such a rewrite
 * is a false alarm.
 *
 * Every rewrite returns the new text with, for each of its UTF-16 units (and one past the end), the offset in the
 * input it came from, so a finding on the rewritten text can be placed back on the original.
 */
import { readFileSync } from 'node:fs';
import { rng } from '../../src/gen/generate.ts';

export interface Rewritten {
  readonly text: string;
  /** For each UTF-16 unit of `text` and one past its end: the offset in the input it comes from. */
  readonly toInput: Int32Array;
  /** The input spans that were replaced, when the rewrite is a set of local edits (paraphrases). */
  readonly edits?: readonly Edit[];
}

/** Builds a rewritten text piece by piece, remembering where each unit came from. */
export class Builder {
  private readonly parts: string[] = [];
  private readonly origins: number[] = [];

  /** Copies input[start, end). */
  copy(input: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(input.slice(start, end));
    for (let i = start; i < end; i++) this.origins.push(i);
  }

  /** Writes new text standing for the input at `at`. */
  insert(text: string, at: number): void {
    if (text.length === 0) return;
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) this.origins.push(at);
  }

  done(inputLength: number): Rewritten {
    const toInput = new Int32Array(this.origins.length + 1);
    toInput.set(this.origins);
    toInput[this.origins.length] = inputLength;
    return { text: this.parts.join(''), toInput };
  }
}

/** A replacement of input[start, end) by `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping edits sorted by start. */
export function applyEdits(input: string, edits: readonly Edit[]): Rewritten {
  const b = new Builder();
  let last = 0;
  for (const e of [...edits].sort((x, y) => x.start - y.start)) {
    if (e.start < last) continue;
    b.copy(input, last, e.start);
    b.insert(e.text, e.start);
    last = e.end;
  }
  b.copy(input, last, input.length);
  return b.done(input.length);
}

const CJK = /[\u4e00-\u9fff]/;
const NUMBERISH = /[0-9A-Za-z.,%０-９．，％]/;

export interface LineSpan {
  readonly start: number;
  /** Exclusive, before the newline. */
  readonly end: number;
}

export function lines(input: string): LineSpan[] {
  const out: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i <= input.length; i++) {
    if (i === input.length || input[i] === '\n') {
      out.push({ start, end: i > start && input[i - 1] === '\r' ? i - 1 : i });
      start = i + 1;
    }
  }
  return out;
}

export function isTableLine(line: string): boolean {
  return line.includes('|') || line.includes('\t') || /\S {2,}\S/.test(line.trim());
}

/** Re-wraps prose lines at arbitrary points between two characters that are not parts of one number or word. */
export function rewrap(input: string, seed = 1): Rewritten {
  const rnd = rng(seed);
  const edits: Edit[] = [];
  for (const l of lines(input)) {
    const line = input.slice(l.start, l.end);
    if (line.length < 30 || isTableLine(line)) continue;
    let next = 18 + Math.floor(rnd() * 22);
    for (let k = next; k < line.length - 4; k++) {
      if (k < next) continue;
      const a = line[k - 1]!;
      const b = line[k]!;
      if ((NUMBERISH.test(a) && NUMBERISH.test(b)) || a === ' ' || b === ' ') continue;
      edits.push({ start: l.start + k, end: l.start + k, text: '\n' });
      next = k + 18 + Math.floor(rnd() * 22);
    }
  }
  return applyEdits(input, edits);
}

const FULL: Record<string, string> = { '.': '．', '%': '％', '(': '（', ')': '）', ':': '：', ',': '，', ';': '；' };

/** Digits and ASCII punctuation in their full-width forms (０-９．％), as some word processors write them. */
export function fullWidthDigits(input: string): Rewritten {
  const edits: Edit[] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c >= '0' && c <= '9') edits.push({ start: i, end: i + 1, text: String.fromCharCode(c.charCodeAt(0) + 0xfee0) });
    else if (c === '.' || c === '%') edits.push({ start: i, end: i + 1, text: FULL[c]! });
  }
  return applyEdits(input, edits);
}

const HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' };

/** Chinese punctuation ，；：（） written half-width, except between two ASCII digits or letters (where it would glue them). */
export function halfWidthPunctuation(input: string): Rewritten {
  const edits: Edit[] = [];
  for (let i = 0; i < input.length; i++) {
    const h = HALF[input[i]!];
    if (h === undefined) continue;
    if (/[0-9A-Za-z]/.test(input[i - 1] ?? '') && /[0-9A-Za-z]/.test(input[i + 1] ?? '')) continue;
    edits.push({ start: i, end: i + 1, text: h });
  }
  return applyEdits(input, edits);
}

/** Numbers of money: a plain decimal number followed by a money unit, or a table cell with a decimal point. */
function moneyNumbers(input: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /(?<![0-9.,])\d+(?:,\d{3})*(?:\.\d+)?(?![0-9.,])/g;
  for (const l of lines(input)) {
    const line = input.slice(l.start, l.end);
    const table = isTableLine(line);
    for (const m of line.matchAll(re)) {
      const after = line.slice(m.index + m[0].length, m.index + m[0].length + 3);
      const money = /^\s?(?:万元|亿元|元|万|亿)/.test(after);
      const cell = table && m[0].includes('.') && /^\s*(?:\||\t| {2,}|$)/.test(after);
      if (money || cell) out.push({ start: l.start + m.index, end: l.start + m.index + m[0].length });
    }
  }
  return out;
}

function withCommas(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Thousands separators on every amount of money of four or more integer digits. */
export function thousandsOn(input: string): Rewritten {
  const edits: Edit[] = [];
  for (const n of moneyNumbers(input)) {
    const s = input.slice(n.start, n.end);
    if (s.includes(',')) continue;
    const [i, d] = s.split('.');
    if (i!.length < 4) continue;
    edits.push({ start: n.start, end: n.end, text: withCommas(i!) + (d !== undefined ? `.${d}` : '') });
  }
  return applyEdits(input, edits);
}

/** Thousands separators removed from every number that has them (1,234.56 → 1234.56). */
export function thousandsOff(input: string): Rewritten {
  const edits: Edit[] = [];
  for (const m of input.matchAll(/\d,(?=\d{3}(?!\d))/g)) edits.push({ start: m.index + 1, end: m.index + 2, text: '' });
  return applyEdits(input, edits);
}

/** A decimal string times 10⁴ (exact, by moving the point), with at most two decimals kept; undefined if more. */
function timesTenThousand(s: string): string | undefined {
  const [i, d = ''] = s.replace(/,/g, '').split('.');
  const digits = `${i}${d.padEnd(4, '0')}`;
  const intPart = digits.slice(0, i!.length + 4).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(i!.length + 4).replace(/0+$/, '');
  if (rest.length > 2) return undefined;
  return rest.length > 0 ? `${intPart}.${rest}` : intPart;
}

/** Every prose amount written in 万元 written in 元 instead (12.5万元 → 125000元); tables keep their caption's unit. */
export function wanToYuan(input: string): Rewritten {
  const edits: Edit[] = [];
  for (const l of lines(input)) {
    const line = input.slice(l.start, l.end);
    if (isTableLine(line)) continue;
    for (const m of line.matchAll(/(?<![0-9.,])(\d+(?:,\d{3})*(?:\.\d+)?)万元/g)) {
      if (/单位[:：]\s*$/.test(line.slice(0, m.index))) continue;
      const yuan = timesTenThousand(m[1]!);
      if (yuan === undefined) continue;
      edits.push({ start: l.start + m.index, end: l.start + m.index + m[0].length, text: `${yuan}元` });
    }
  }
  return applyEdits(input, edits);
}

/** A space between adjacent Chinese characters: in short lines (titles, headings) all of them, else one in `share`. */
export function cjkSpaces(input: string, mode: 'short-lines' | 'scattered', seed = 2): Rewritten {
  const rnd = rng(seed);
  const edits: Edit[] = [];
  for (const l of lines(input)) {
    const line = input.slice(l.start, l.end);
    if (isTableLine(line)) continue;
    if (mode === 'short-lines' && line.trim().length > 24) continue;
    for (let k = 1; k < line.length; k++) {
      if (!CJK.test(line[k - 1]!) || !CJK.test(line[k]!)) continue;
      if (mode === 'scattered' && rnd() > 0.08) continue;
      edits.push({ start: l.start + k, end: l.start + k, text: ' ' });
    }
  }
  return applyEdits(input, edits);
}

const CN_DIGITS = '〇一二三四五六七八九';
export const CN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The heading styles a line can start with; `n` is the item number. */
export type HeadingStyle = 'cn-dun' | 'cn-paren' | 'ar-dot' | 'ar-dun' | 'ar-paren' | 'circled';

export const STYLE_PATTERNS: Record<HeadingStyle, RegExp> = {
  'cn-dun': /^(\s*)([一二三四五六七八九十]{1,3})、/,
  'cn-paren': /^(\s*)[（(]([一二三四五六七八九十]{1,3})[）)]/,
  'ar-dot': /^(\s*)(\d{1,2})[.．](?!\d)/,
  'ar-dun': /^(\s*)(\d{1,2})、/,
  'ar-paren': /^(\s*)[（(](\d{1,2})[）)]/,
  circled: /^(\s*)([①-⑳])/,
};

function cnValue(s: string): number {
  const i = CN_NUMERALS.indexOf(s);
  return i > 0 ? i : 0;
}

export function headingNumber(style: HeadingStyle, token: string): number {
  if (style === 'cn-dun' || style === 'cn-paren') return cnValue(token);
  if (style === 'circled') return CIRCLED.indexOf(token) + 1;
  return Number(token);
}

export function formatHeading(style: HeadingStyle, n: number): string | undefined {
  if (n < 1 || n > 20) return undefined;
  switch (style) {
    case 'cn-dun':
      return `${CN_NUMERALS[n]}、`;
    case 'cn-paren':
      return `（${CN_NUMERALS[n]}）`;
    case 'ar-dot':
      return `${n}.`;
    case 'ar-dun':
      return `${n}、`;
    case 'ar-paren':
      return `（${n}）`;
    case 'circled':
      return CIRCLED[n - 1];
  }
}

/** Which heading styles start lines of the text (outside tables). */
export function headingStyles(input: string): HeadingStyle[] {
  const found = new Set<HeadingStyle>();
  for (const l of lines(input)) {
    const line = input.slice(l.start, l.end);
    if (isTableLine(line)) continue;
    for (const style of Object.keys(STYLE_PATTERNS) as HeadingStyle[]) if (STYLE_PATTERNS[style].test(line)) found.add(style);
  }
  return [...found];
}

/** Every line-start heading number of style `from` written in style `to` (numbers kept). */
export function restyleHeadings(input: string, from: HeadingStyle, to: HeadingStyle): Rewritten {
  const edits: Edit[] = [];
  for (const l of lines(input)) {
    const line = input.slice(l.start, l.end);
    if (isTableLine(line)) continue;
    const m = STYLE_PATTERNS[from].exec(line);
    if (!m) continue;
    const text = formatHeading(to, headingNumber(from, m[2]!));
    if (text === undefined) continue;
    edits.push({ start: l.start + m[1]!.length, end: l.start + m[0].length, text });
  }
  return applyEdits(input, edits);
}

function cellsOf(line: string): string[] | undefined {
  if (!line.includes('|')) return undefined;
  let cells = line.split('|').map((c) => c.trim());
  if (cells[0] === '') cells = cells.slice(1);
  if (cells.length > 0 && cells[cells.length - 1] === '') cells = cells.slice(0, -1);
  return cells;
}

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += CJK.test(ch) || /[\u3000-\u303f\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Tables written with `|` between cells as tab-separated lines, or as `pdftotext -layout` prints them: cells padded
 * to their column's width with spaces, numbers right-aligned, empty cells left blank. The separator lines (---|---)
 * are dropped in both.
 */
export function retable(input: string, mode: 'tabs' | 'layout'): Rewritten {
  const b = new Builder();
  const ls = lines(input);
  let i = 0;
  let last = 0;
  while (i < ls.length) {
    if (cellsOf(input.slice(ls[i]!.start, ls[i]!.end)) === undefined) {
      i++;
      continue;
    }
    let j = i;
    while (j < ls.length && cellsOf(input.slice(ls[j]!.start, ls[j]!.end)) !== undefined) j++;
    const rows = ls.slice(i, j).map((l) => ({ l, cells: cellsOf(input.slice(l.start, l.end))! }));
    const widths: number[] = [];
    for (const r of rows) {
      r.cells.forEach((c, k) => {
        widths[k] = Math.max(widths[k] ?? 0, width(c));
      });
    }
    b.copy(input, last, ls[i]!.start);
    let first = true;
    for (const r of rows) {
      if (r.cells.every((c) => /^:?-+:?$/.test(c) || c === '')) continue;
      if (!first) b.insert('\n', r.l.start - 1);
      first = false;
      let out = '';
      r.cells.forEach((c, k) => {
        if (mode === 'tabs') out += (k > 0 ? '\t' : '') + c;
        else {
          const pad = ' '.repeat(Math.max(0, (widths[k] ?? 0) - width(c)));
          const numeric = /^-?[\d,.%]+$/.test(c);
          out += (k > 0 ? '   ' : '') + (numeric ? pad + c : c + pad);
        }
      });
      b.insert(mode === 'layout' ? out.trimEnd() : out, r.l.start);
    }
    last = ls[j - 1]!.end;
    i = j;
  }
  b.copy(input, last, input.length);
  return b.done(input.length);
}

/**
 * Two adjacent top-level sections (一、… up to the next 一、-style heading) in the other order, their numbers kept in
 * sequence: the body of section k+1 now stands under number k and the other way round. `which` picks the pair: the
 * second and third sections, or the last two.
 */
export function swapSections(input: string, which: 'early' | 'late'): Rewritten | undefined {
  const heads: { start: number; markEnd: number; n: number }[] = [];
  for (const l of lines(input)) {
    const m = STYLE_PATTERNS['cn-dun'].exec(input.slice(l.start, l.end));
    if (m) heads.push({ start: l.start, markEnd: l.start + m[0].length, n: cnValue(m[2]!) });
  }
  // The longest run of consecutive numbers 1, 2, 3, … (a contents list and the body both have one: take the body's).
  let best: typeof heads = [];
  let run: typeof heads = [];
  for (const h of heads) {
    if (run.length > 0 && h.n === run[run.length - 1]!.n + 1) run.push(h);
    else run = h.n === 1 ? [h] : [];
    if (run.length >= best.length) best = [...run];
  }
  if (best.length < 4) return undefined;
  const k = which === 'early' ? 1 : best.length - 3;
  const a = best[k]!;
  const bHead = best[k + 1]!;
  const end = best[k + 2]!.start;
  const b = new Builder();
  b.copy(input, 0, a.markEnd);
  b.copy(input, bHead.markEnd, end);
  b.copy(input, bHead.start, bHead.markEnd);
  b.copy(input, a.markEnd, bHead.start);
  b.copy(input, end, input.length);
  const out = b.done(input.length);
  // A section body that did not end with a newline would glue onto the next heading: keep that out.
  if (input[end - 1] !== '\n' || input[bHead.start - 1] !== '\n') return undefined;
  return out;
}

/** Years written in Chinese digits (2024年 → 二〇二四年). */
export function chineseYears(input: string): Rewritten {
  const edits: Edit[] = [];
  for (const m of input.matchAll(/(?<![0-9])((?:19|20)\d\d)(?=年)/g)) {
    const text = [...m[1]!].map((d) => CN_DIGITS[Number(d)]).join('');
    edits.push({ start: m.index, end: m.index + 4, text });
  }
  return applyEdits(input, edits);
}

/** List items joined by ， or ； instead of 、 (not after a number: 一、 1、 stay). */
export function listSeparator(input: string, mark: '，' | '；'): Rewritten {
  const edits: Edit[] = [];
  for (let i = 1; i < input.length; i++) {
    if (input[i] !== '、') continue;
    if (/[0-9０-９一二三四五六七八九十百零〇]/.test(input[i - 1]!)) continue;
    edits.push({ start: i, end: i + 1, text: mark });
  }
  return applyEdits(input, edits);
}

/** A lexical paraphrase of paraphrases.json: interchangeable budget-prose wordings. */
export interface Paraphrase {
  readonly id: string;
  readonly pattern: string;
  readonly to: string;
  readonly note: string;
  /** Also on table lines (default: prose lines only). */
  readonly tables?: boolean;
}

export const PARAPHRASES: readonly Paraphrase[] = (
  JSON.parse(readFileSync(new URL('./paraphrases.json', import.meta.url), 'utf8')) as { entries: Paraphrase[] }
).entries;

/** Rewrites every match of one paraphrase on prose lines; the edits are kept so that a check can tell which lines changed. */
export function paraphrase(input: string, p: Paraphrase): Rewritten {
  // {prevYear}: the year before the report's own — the first year of its opening lines (the title's).
  const own = /(?:19|20)\d\d(?=年)/.exec(input.slice(0, 300));
  const needsYear = p.pattern.includes('{prevYear}') || p.to.includes('{prevYear}');
  if (needsYear && !own) return { ...applyEdits(input, []), edits: [] };
  const prevYear = own ? String(Number(own[0]) - 1) : '';
  const pattern = p.pattern.replaceAll('{prevYear}', prevYear);
  const to = p.to.replaceAll('{prevYear}', prevYear);
  const re = new RegExp(pattern, 'gu');
  const edits: Edit[] = [];
  for (const l of lines(input)) {
    const line = input.slice(l.start, l.end);
    if (!p.tables && isTableLine(line)) continue;
    for (const m of line.matchAll(re)) {
      if (m[0].length === 0) continue;
      const text = to.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
      if (text !== m[0]) edits.push({ start: l.start + m.index, end: l.start + m.index + m[0].length, text });
    }
  }
  return { ...applyEdits(input, edits), edits };
}

export interface RewriteCase {
  readonly name: string;
  readonly apply: (input: string) => Rewritten | undefined;
}

/** Every rewrite the invariance check applies, by name. Heading restyles are added per text (headingCases). */
export const REWRITES: readonly RewriteCase[] = [
  { name: 'rewrap', apply: (s) => rewrap(s) },
  { name: 'full-width-digits', apply: fullWidthDigits },
  { name: 'half-width-punctuation', apply: halfWidthPunctuation },
  { name: 'thousands-on', apply: thousandsOn },
  { name: 'thousands-off', apply: thousandsOff },
  { name: 'wan-to-yuan', apply: wanToYuan },
  { name: 'spaces-short-lines', apply: (s) => cjkSpaces(s, 'short-lines') },
  { name: 'spaces-scattered', apply: (s) => cjkSpaces(s, 'scattered') },
  { name: 'table-tabs', apply: (s) => retable(s, 'tabs') },
  { name: 'table-layout', apply: (s) => retable(s, 'layout') },
  { name: 'swap-sections-early', apply: (s) => swapSections(s, 'early') },
  { name: 'swap-sections-late', apply: (s) => swapSections(s, 'late') },
  { name: 'chinese-years', apply: chineseYears },
  { name: 'list-comma', apply: (s) => listSeparator(s, '，') },
  { name: 'list-semicolon', apply: (s) => listSeparator(s, '；') },
  ...PARAPHRASES.map((p): RewriteCase => ({ name: `para:${p.id}`, apply: (s) => paraphrase(s, p) })),
];

const STYLE_ORDER: readonly HeadingStyle[] = ['cn-dun', 'cn-paren', 'ar-dot', 'ar-paren', 'circled', 'ar-dun'];

/** For each heading style the text uses, a rewrite into the next style in STYLE_ORDER that it does not use. */
export function headingCases(input: string): RewriteCase[] {
  const used = headingStyles(input);
  // 1. and 1、 are one style to a reader (and to the auditor): never rewrite into the other of a pair in use.
  const family = (st: HeadingStyle): string => (st === 'ar-dun' ? 'ar-dot' : st);
  const cases: RewriteCase[] = [];
  for (const from of used) {
    const i = STYLE_ORDER.indexOf(from);
    for (let k = 1; k < STYLE_ORDER.length; k++) {
      const to = STYLE_ORDER[(i + k) % STYLE_ORDER.length]!;
      if (used.some((u) => family(u) === family(to))) continue;
      cases.push({ name: `headings-${from}-to-${to}`, apply: (s) => restyleHeadings(s, from, to) });
      break;
    }
  }
  return cases;
}
