/** Outline headings, paragraphs (one per non-empty line) and sentences. */
import { parseChineseNumber } from './chinese-numbers.ts';
import type { NormalizedText } from '../read/normalize.ts';
import { ObjectSlot } from './object-slot.ts';
import type { AuditFacts, Heading, HeadingStyle, Paragraph, Sentence } from './types.ts';

const CJK_NUM = '一二三四五六七八九十';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

interface Marker {
  style: HeadingStyle;
  number: number;
  length: number;
}

/** A pinyin gloss (（yī）): a bracket of Latin letters, one tone-marked — never a budget text's own Latin letters. */
const PINYIN_GLOSS_AT = /^[（(][a-z\u00e0-\u00fc\u0101-\u01dc]*[\u00e0-\u00fc\u0101-\u01dc][a-z\u00e0-\u00fc\u0101-\u01dc]*[）)]/;

/** The outline marker at the start of a line, if any. */
export function readMarker(line: string): Marker | null {
  const first = line[0];
  if (first === undefined) return null;
  if (CJK_NUM.includes(first)) {
    let k = 0;
    while (k < 3 && k < line.length && CJK_NUM.includes(line[k]!)) k++;
    // 一（yī）、单位主要职责: a pinyin gloss a mirror site put after the numeral is part of the marker.
    const gloss = PINYIN_GLOSS_AT.exec(line.slice(k, k + 12));
    if (gloss && line[k + gloss[0].length] === '、') k += gloss[0].length;
    // 三 、2023年度部门决算表: a space typed before the 、 is still the marker.
    const spaced = line[k] === ' ' && line[k + 1] === '、' ? 1 : 0;
    if (line[k + spaced] !== '、' && line[k] !== '.') return null;
    const n = parseChineseNumber(line.slice(0, k - (gloss && line[k] === '、' ? gloss[0].length : 0)));
    return n === null ? null : { style: 'cjk', number: n, length: k + spaced + 1 };
  }
  // The normaliser may leave a half-width bracket beside a digit ((2)2023年… → （2)2023年…): either closes a marker.
  if (first === '（' || first === '(') {
    let k = 1;
    if (CJK_NUM.includes(line[1] ?? '')) {
      while (k < 4 && CJK_NUM.includes(line[k] ?? '')) k++;
      if (line[k] !== '）' && line[k] !== ')') return null;
      const n = parseChineseNumber(line.slice(1, k));
      return n === null ? null : { style: 'paren-cjk', number: n, length: k + 1 };
    }
    while (k < 3 && isDigit(line[k])) k++;
    if (k === 1 || (line[k] !== '）' && line[k] !== ')')) return null;
    return { style: 'paren-arabic', number: Number(line.slice(1, k)), length: k + 1 };
  }
  if (isDigit(first)) {
    let k = 0;
    while (k < 2 && isDigit(line[k])) k++;
    const sep = line[k];
    if (sep !== '、' && sep !== '.') return null;
    // 1.5万元 is a number, not a heading; 1、2020年完成业务收入… and 1.2020年基本支出… are items that open with a year
    // (four digits and 年: no amount has a fraction of four digits followed by 年). An attachment list glued to its
    // lead word (附件：1.2023年度…) is read as one list starting at 1 by the numbering rule.
    if (isDigit(line[k + 1]) && !/^\d{4}年/.test(line.slice(k + 1, k + 6))) return null;
    return { style: 'arabic', number: Number(line.slice(0, k)), length: k + 1 };
  }
  return null;
}

export interface Structure {
  headings: Heading[];
  tableHeadings: Heading[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const STOP = 0x3002; // 。
const BANG = 0xff01; // ！
const QUESTION = 0xff1f; // ？
const FULL_OPEN = 0xff08; // （
const FULL_CLOSE = 0xff09; // ）
const LINE_CLOSED = '。！？：；!?:;';
/** What ends a heading's title (。：；), as character codes: read without a string per character. */
const TITLE_ENDS = new Set(Array.from('。：；', (c) => c.charCodeAt(0)));
/** Marks that open no heading, title or cell: a line starting with one is the rest of a wrapped sentence. */
const CONTINUATION_MARKS = '，、；。,;）”';
/** Lines shorter than this are not wrapped prose (titles, signatures, cells). */
const MIN_WRAPPED_LINE = 15;
/** A numbered line at least this long is a paragraph that happens to be numbered, not a heading. */
const MIN_WRAPPED_HEADING = 30;
/** Brackets deeper than this are not prose; stop tracking them so a stray （ cannot swallow a paragraph. */
const MAX_BRACKET_DEPTH = 3;

/** A note under a table opening a numbered list (注：1.本表金额单位为万元). */
const NOTE_LIST_START = /^(注|备注|说明)\s*[:：]\s*(\d{1,2}\s*[.、．]|[（(]\d{1,2}[）)])/;

export function segment(text: string): Structure {
  const headings: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let lineStart = 0;
  let lineNo = 1;
  // A sentence still open at the end of the previous line: PDF and web text wrap lines inside sentences.
  let pending: { start: number; paragraph: number; lineEnd: number; open: boolean } | null = null;
  let noteList = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let s = lineStart;
    while (s < lineEnd && (text[s] === ' ' || text[s] === '\t')) s++;
    let e = lineEnd;
    while (e > s && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    if (e > s) {
      const index = paragraphs.length;
      paragraphs.push({ start: s, end: e, index, line: lineNo });
      const line = text.slice(s, Math.min(e, s + 80));
      // A line with cell separators is a table row, not a heading (a row whose amounts are blank ends in tabs).
      const separated = line.includes('|') || text.slice(lineStart, Math.min(lineEnd, s + 200)).includes('\t');
      const tableRow = separated || line.includes('   ');
      const read = separated ? null : readMarker(line);
      // A note list under a table (注：1.本表… then 2.本表…): its numbered items are notes, not headings; the list
      // ends at a table row or a heading of the text's own (一、 / （一）).
      if (NOTE_LIST_START.test(line)) noteList = true;
      else if (separated || (read && (read.style === 'cjk' || read.style === 'paren-cjk'))) noteList = false;
      const marker = noteList && read && (read.style === 'arabic' || read.style === 'paren-arabic') ? null : read;
      if (marker) {
        let titleEnd = s + marker.length;
        const limit = Math.min(e, s + marker.length + 60);
        while (titleEnd < limit && !TITLE_ENDS.has(text.charCodeAt(titleEnd))) titleEnd++;
        headings.push({
          style: marker.style,
          number: marker.number,
          marker: text.slice(s, s + marker.length),
          title: text.slice(s + marker.length, titleEnd).trim(),
          start: s,
          end: titleEnd,
          line: lineNo,
        });
      }
      let sentStart = s;
      let paragraphIndex = index;
      // A line that opens with a clause mark (，、；。）”) is the rest of a sentence a wrap cut: no heading, title or
      // cell starts so. It continues the line before whatever that line's length, and is open itself when unclosed.
      const continuation = !marker && !tableRow && CONTINUATION_MARKS.includes(text[s]!);
      if (pending) {
        if ((pending.open || continuation) && !marker && !tableRow) {
          sentStart = pending.start;
          paragraphIndex = pending.paragraph;
        } else {
          sentences.push({ start: pending.start, end: pending.lineEnd, paragraph: pending.paragraph });
        }
        pending = null;
      }
      let depth = 0;
      for (let k = s; k < e; k++) {
        const c = text.charCodeAt(k);
        if (c === FULL_OPEN) depth = Math.min(depth + 1, MAX_BRACKET_DEPTH + 1);
        else if (c === FULL_CLOSE && depth > 0) depth--;
        // 。 inside brackets (…运行维护费400万元。）does not end the sentence around them.
        else if ((c === STOP || c === BANG || c === QUESTION) && (depth === 0 || depth > MAX_BRACKET_DEPTH)) {
          sentences.push({ start: sentStart, end: k + 1, paragraph: paragraphIndex });
          sentStart = k + 1;
        }
      }
      if (sentStart < e) {
        // A numbered line long enough to be a paragraph (1. 基本支出预算2476260.58元，占…) may wrap too.
        // A line that ends in a comma is unfinished whatever its length or number (（一）…支出类科目 850088.3 元，);
        // so is a numbered line that states an amount mid-clause (（三）…43897.73 元，占支出总预): no heading does;
        // so is the prose after a numbered line's title closed by 。 (2.项目资金执行情况分析。项目资金共8010⏎万元…).
        const last = text[e - 1]!;
        const unfinished = last === '，' || last === '、' || (marker !== null && /\d/.test(line) && line.includes('，') && !LINE_CLOSED.includes(last));
        const open =
          !tableRow &&
          (unfinished ||
            (continuation && !LINE_CLOSED.includes(last)) ||
            ((!marker || sentStart > s || e - s >= MIN_WRAPPED_HEADING) && e - s >= MIN_WRAPPED_LINE && !LINE_CLOSED.includes(last)));
        pending = { start: sentStart, paragraph: paragraphIndex, lineEnd: e, open };
      }
    }
    lineStart = lineEnd + 1;
    lineNo++;
  }
  if (pending) sentences.push({ start: pending.start, end: pending.lineEnd, paragraph: pending.paragraph });
  const tableHeadings = headings.filter((h) => followedByBareNumber(text, h.end));
  const cells = new Set(tableHeadings);
  return { headings: headings.filter((h) => !cells.has(h)), tableHeadings, paragraphs, sentences };
}

/**
 * A "heading" whose next non-empty line is a bare number (1, 440.55) is a row label of a table flattened one
 * cell per line, as PDF and web extraction often leave 决算 tables.
 */
function followedByBareNumber(text: string, from: number): boolean {
  let k = text.indexOf('\n', from);
  if (k === -1) return false;
  for (let guard = 0; guard < 3; guard++) {
    const next = text.indexOf('\n', k + 1);
    const line = text.slice(k + 1, Math.min(next === -1 ? text.length : next, k + 41)).trim();
    if (line.length > 0) return line.length <= 20 && /^[\d.,%-]+$/.test(line);
    if (next === -1) return false;
    k = next;
  }
  return false;
}

/**
 * Where the clause holding offset `at` starts, reading back at most `window` characters: after the nearest of the
 * `breaks` marks, or after a line break — except a line break inside `sentence`, which segment() read as a PDF or web
 * wrap (the sentence goes on across it: previous line long enough and not closed by punctuation, next line no heading
 * and no table row), so it is no clause break. The sentence start bounds the clause either way.
 */
export function clauseStartBefore(text: string, sentence: Sentence | undefined, at: number, window: number, breaks: string): number {
  const floor = Math.max(0, at - window, sentence && sentence.start <= at ? sentence.start : 0);
  const wrapFrom = sentence && sentence.start <= at ? sentence.start : at;
  let k = at - 1;
  while (k >= floor) {
    const c = text[k]!;
    if (breaks.includes(c)) break;
    if (c === '\n' && k < wrapFrom) break;
    k--;
  }
  return k + 1;
}

/**
 * A text with the line breaks that fall inside a sentence removed, and for each of its offsets (and one past its end)
 * the offset in the text it was read from — the same shape as the normaliser's map back to the original.
 */
export type Unwrapped = NormalizedText;

/**
 * The text as read with the PDF or web wraps undone: a line break inside a sentence (segment() continued the
 * sentence over it — the line before is long enough and open, the next is no heading and no table row) is removed;
 * every other line break (between paragraphs, headings, table rows, after a closed line) stays.
 */
export function unwrapSentences(text: string, sentences: readonly Sentence[]): Unwrapped {
  const drop = new Uint8Array(text.length);
  for (const s of sentences) {
    for (let k = text.indexOf('\n', s.start); k !== -1 && k < s.end; k = text.indexOf('\n', k + 1)) drop[k] = 1;
  }
  const toOriginal = new Uint32Array(text.length + 1);
  let out = '';
  let n = 0;
  let runStart = 0;
  for (let k = 0; k <= text.length; k++) {
    if (k === text.length || drop[k] === 1) {
      out += text.slice(runStart, k);
      for (let j = runStart; j < k; j++) toOriginal[n++] = j;
      runStart = k + 1;
    }
  }
  toOriginal[n] = text.length;
  return { text: out, toOriginal: toOriginal.slice(0, n + 1) };
}

/** The unwrapped text of each document, built once: unit and date-malformed both read it. */
const unwrappedCache = new ObjectSlot<AuditFacts, Unwrapped>();

export function unwrappedOf(facts: AuditFacts): Unwrapped {
  let cached = unwrappedCache.get(facts);
  if (!cached) {
    cached = unwrapSentences(facts.text, facts.sentences);
    unwrappedCache.set(facts, cached);
  }
  return cached;
}
