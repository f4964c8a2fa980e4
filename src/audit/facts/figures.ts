/**
 * One linear pass over the text that finds amounts, percentages, counts, scores and dates, and binds each to
 * the label before it in its clause. Hand-written scanning (no regular expressions) keeps the time linear
 * whatever the input: digit runs are bounded and labels are looked for at most LABEL_WINDOW characters back.
 * Word lists (measure words, connectives, phase words …): data/audit/grammar.json.
 */
import { MONEY_UNITS, type MoneyUnit, parseAmount } from '../../core/money.ts';
import { GRAMMAR, RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { charCodes, isCjkCode } from './char-codes.ts';
import { GLOSS_AT, MAX_GLOSS, PINYIN_GLOSS, TONE_MARK } from './pinyin.ts';
import { plainFen } from './plain-amount.ts';
import type { DateFact, Figure, FigureKind, MalformedDate, Phase, Sentence } from './types.ts';
import { anyWord } from './word-pattern.ts';

const LABEL_WINDOW = 40;
const MAX_DIGITS = 16;

/** Money unit words, longest first so that 万元 wins over 元. */
const MONEY_WORDS = [
  '亿美元', '万美元', '千美元', '美元', '亿欧元', '万欧元', '欧元', '万港元', '港元', '港币', '万日元', '日元', '英镑',
  '百万元', '亿元', '万元', '千元', '元',
];
/** Measure words of counts (量词), longest first. */
const MEASURE_WORDS = GRAMMAR.measureWords;
const QUALIFIERS = GRAMMAR.qualifiers;
// A newline is no clause break: sentences continue across wrapped lines, and the sentence start bounds the label.
const CLAUSE_BREAK = '，。；：、！？\t|';
// Connectives and the report's words for itself (我单位年初预算收入 is the same subject as 全年预算收入).
const LEADING_CONNECTIVES = GRAMMAR.leadingConnectives;
const TRAILING_FILLERS = GRAMMAR.trailingFillers;
const COMPARATIVE_WORDS = GRAMMAR.comparativeWords;
/**
 * 由年初的76138万元调整为89138万元: words that turn the figure before them into the value a change starts from when
 * its label says 由/从 — a reference, not an amount of its own (the one it is changed to is).
 */
const CHANGED_TO = GRAMMAR.changedTo;
const PHASE_WORDS: readonly (readonly [string, Phase | null])[] = GRAMMAR.phaseWords.map(({ word, phase }) => [word, phase]);

/** A–Z, a–z, _, + or . : a digit after one of these is part of a longer token (A3, v2, 6+N). */
function isTokenChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 43 || c === 46;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A word list indexed by the code of its words' first character (in the list's order). */
type WordIndex = ReadonlyMap<number, readonly string[]>;

function indexWords(words: readonly string[]): WordIndex {
  const index = new Map<number, string[]>();
  for (const w of words) {
    const list = index.get(w.charCodeAt(0)) ?? [];
    list.push(w);
    index.set(w.charCodeAt(0), list);
  }
  return index;
}

/** The first word of the list (longest first) written at `at`, or null: one map access and a couple of comparisons. */
function startsWithAt(text: string, at: number, words: WordIndex): string | null {
  const candidates = words.get(text.charCodeAt(at));
  if (!candidates) return null;
  for (const w of candidates) if (text.startsWith(w, at)) return w;
  return null;
}

const MONEY_INDEX = indexWords(MONEY_WORDS);
const MEASURE_INDEX = indexWords(MEASURE_WORDS);

/**
 * Whether a measure word or money unit follows at `at`, after at most one magnitude character (2021年1万亩森林抚育:
 * 1万亩 is an area of the year, not a month without 月).
 */
function quantityAt(text: string, at: number): boolean {
  if (startsWithAt(text, at, MEASURE_INDEX) !== null || startsWithAt(text, at, MONEY_INDEX) !== null) return true;
  return MAGNITUDE_CODES.has(text.charCodeAt(at)) && (startsWithAt(text, at + 1, MEASURE_INDEX) !== null || startsWithAt(text, at + 1, MONEY_INDEX) !== null);
}
const QUALIFIER_INDEX = indexWords(QUALIFIERS);
const CHANGED_TO_INDEX = indexWords(CHANGED_TO);

/** A table by UTF-16 code: 1 for each of the given characters (a test per character of the text stays cheap). */
function codeTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** Magnitude characters a measure word or money unit may follow (1万亩). */
const MAGNITUDE_CODES = charCodes('十百千万亿');
/** Between two months of a period (1-12月, 1至6月). */
const RANGE_CODES = charCodes('-~～—至');
/** What may follow 万 or 亿 written without 元 (合计为1000.86万，). */
const BARE_UNIT_BEFORE_CODES = charCodes('，。；、）\n');
/** After 分, a word other than the score's unit (分别, 分钟, 分之, 分期, 分批). */
const NOT_SCORE_AFTER_CODES = charCodes('别钟之期批');

/** Most spaces a layout puts inside a date (2020年4 月25 日). */
const MAX_LAYOUT_SPACES = SEARCH_WINDOWS.maxLayoutSpaces;

/**
 * The index after at most MAX_LAYOUT_SPACES spaces from `at` — and over one line break among them: a date the PDF
 * wrapped (2017年12⏎月31日) reads as one.
 */
function afterLayoutSpaces(text: string, at: number): number {
  let k = at;
  let wrapped = false;
  while (k < text.length && k < at + MAX_LAYOUT_SPACES && (text[k] === ' ' || text[k] === '\u3000' || (text[k] === '\n' && !wrapped))) {
    if (text[k] === '\n') wrapped = true;
    k++;
  }
  return k;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface ScanResult {
  figures: Figure[];
  dates: DateFact[];
  malformedDates: MalformedDate[];
}

interface RawNumber {
  start: number;
  end: number;
  text: string;
  decimals: number;
}

/** Read a number at `i`: digits with optional thousands groups and one decimal part. Returns null for digit runs too long to be a figure. */
function readNumber(text: string, i: number): RawNumber | null {
  let k = i;
  while (k < text.length && isDigitCode(text.charCodeAt(k))) k++;
  if (k === i || k - i > MAX_DIGITS) return null;
  while (text[k] === ',' && isDigitCode(text.charCodeAt(k + 1)) && isDigitCode(text.charCodeAt(k + 2)) && isDigitCode(text.charCodeAt(k + 3)) && !isDigitCode(text.charCodeAt(k + 4))) {
    k += 4;
  }
  const spaced = k - i <= 3 ? spaceGroupedEnd(text, i, k) : -1;
  if (spaced !== -1) k = spaced;
  let decimals = 0;
  if (text[k] === '.' && isDigitCode(text.charCodeAt(k + 1))) {
    let d = k + 1;
    while (d < text.length && isDigitCode(text.charCodeAt(d))) d++;
    if (d - k - 1 > 8) return null;
    decimals = d - k - 1;
    k = d;
  }
  if (spaced !== -1 && !SPACE_GROUPED_UNIT.test(text.slice(k, k + 3))) return readNumber(text.slice(0, spaceGroupedCut(text, i)), i);
  // 986 752.25万元 is read as 986,752.25万元: the groups' spaces become the commas every reader of numbers knows.
  const written = text.slice(i, k);
  return { start: i, end: k, text: spaced !== -1 ? written.replace(GROUP_SPACES, ',') : written, decimals };
}

/**
 * Some publishers (the National Audit Office's reports, statistical bulletins, PDFs set in a thin space) group the
 * thousands of an amount with a space: 986 752.25万元, 18 234.28万元. Read apart, 18 and 234.28万元 make a wrong part of
 * a sum and a wrong base of a rate. Preconditions (else the digits are read as before): a first group of one to three
 * digits not after a digit or a table/heading word (表3 100万元), then groups of exactly three digits each after one
 * space, and a money unit (万元, 亿元, 元) right after the number. Returns the end of the groups, or -1.
 */
const GROUP_SPACE_CODES = charCodes(' \u00a0\u2009\u202f');
const GROUP_SPACES = /[ \u00a0\u2009\u202f]/g;
const SPACE_GROUPED_UNIT = /^\s?(?:万元|亿元|元|万|亿)/;
const NOT_BEFORE_GROUPS = /[\d.,表图件号条第页附]\s?$/;
function spaceGroupedEnd(text: string, i: number, k: number): number {
  // (Most numbers have no group after them: that is looked at before the characters before them.)
  if (!groupAt(text, k) || NOT_BEFORE_GROUPS.test(text.slice(Math.max(0, i - 2), i))) return -1;
  let j = k;
  while (groupAt(text, j)) j += 4;
  return j > k ? j : -1;
}

/** A group space at j followed by exactly three digits. */
function groupAt(text: string, j: number): boolean {
  return (
    GROUP_SPACE_CODES.has(text.charCodeAt(j)) &&
    isDigitCode(text.charCodeAt(j + 1)) &&
    isDigitCode(text.charCodeAt(j + 2)) &&
    isDigitCode(text.charCodeAt(j + 3)) &&
    !isDigitCode(text.charCodeAt(j + 4))
  );
}

/** The text up to the first group space after `i` (to read the digits before it alone). */
function spaceGroupedCut(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
  return j;
}

function toScaled(numberText: string): number {
  const plain = numberText.includes(',') ? numberText.replace(/,/g, '') : numberText;
  const dot = plain.indexOf('.');
  const digits = dot === -1 ? plain : plain.slice(0, dot) + plain.slice(dot + 1);
  return Number(digits);
}

/**
 * Characters that start a phase word, one bit each (by character code), and each phase word's bit: a label without
 * any needs no phase search.
 */
const PHASE_FIRST_BIT = new Uint16Array(0x10000);
{
  let bits = 0;
  for (const [w] of PHASE_WORDS) if (PHASE_FIRST_BIT[w.charCodeAt(0)] === 0) PHASE_FIRST_BIT[w.charCodeAt(0)] = 1 << bits++;
  if (bits > 16) throw new Error('data/audit/grammar.json: phaseWords start with more than 16 different characters (one bit each)');
}
const PHASE_WORD_BIT = PHASE_WORDS.map(([w]) => PHASE_FIRST_BIT[w.charCodeAt(0)]!);

function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (isDigitCode(s.charCodeAt(k))) return true;
  return false;
}

function phaseOf(label: string): { phase: Phase | null; subject: string } {
  let phase: Phase | null = null;
  // Years (2024年, 2024年度) say when, not what. The label is copied in pieces (slices), not character by character.
  const subject = label;
  let out = '';
  if (hasDigit(subject)) {
    let from = 0;
    for (let k = 0; k < subject.length; k++) {
      if (!isDigitCode(subject.charCodeAt(k))) continue;
      let e = k;
      while (e < subject.length && isDigitCode(subject.charCodeAt(e))) e++;
      if (e - k === 4 && subject[e] === '年') {
        out += subject.slice(from, k);
        // Keep 年 of 年初 / 年末 so the phase word is still there to be read.
        k = subject[e + 1] === '度' ? e + 1 : '初末底中'.includes(subject[e + 1] ?? '') ? e - 1 : e;
        from = k + 1;
        continue;
      }
      k = e - 1;
    }
    out += subject.slice(from);
  } else out = subject;
  // A balance carried between years (年初结转和结余, 年初财政拨款结转和结余) names no budget phase, whatever its 年初 says
  // (as phaseOfHeader reads a column so headed): its words are kept out of the phase search and stay in the subject.
  const carried: string[] = [];
  if (hasCarryOver(out)) out = out.replace(CARRY_OVER, (w) => `\u0000${carried.push(w) - 1}\u0000`);
  // Which first characters of phase words the label holds: a word whose first character is absent cannot occur
  // (taking a word out only joins characters already there).
  let present = 0;
  for (let k = 0; k < out.length; k++) present |= PHASE_FIRST_BIT[out.charCodeAt(k)]!;
  for (let w = 0; present !== 0 && w < PHASE_WORDS.length; w++) {
    const [word, p] = PHASE_WORDS[w]!;
    if ((present & PHASE_WORD_BIT[w]!) === 0) continue;
    const at = out.indexOf(word);
    if (at !== -1) {
      if (phase === null && p !== null) phase = p;
      out = out.slice(0, at) + out.slice(at + word.length);
    }
  }
  if (carried.length > 0) out = out.replace(/\u0000(\d+)\u0000/g, (_, i: string) => carried[Number(i)]!);
  return { phase, subject: stripFillers(out) };
}

/** An outline marker at the start of a label (1. 基本支出 / （一）收入) is numbering, not a name. */
function stripMarker(label: string): string {
  let k = 0;
  if (label[0] === '（') {
    const close = label.indexOf('）');
    if (close > 0 && close <= 4) k = close + 1;
  } else {
    while (k < 3 && k < label.length && label.charCodeAt(k) >= 48 && label.charCodeAt(k) <= 57) k++;
    if (k > 0 && (label[k] === '.' || label[k] === '、')) k++;
    else k = 0;
  }
  return label.slice(k);
}

const LEADING_FIRST = codeTable(LEADING_CONNECTIVES.map((w) => w[0]!));
const TRAILING_LAST = codeTable(TRAILING_FILLERS.map((w) => w[w.length - 1]!));
const COMPARATIVE_FIRST = codeTable(COMPARATIVE_WORDS.map((w) => w[0]!));
const CLAUSE_BREAK_CODE = codeTable(CLAUSE_BREAK);

/**
 * 上年结转 / 年初结转和结余: the balance carried over from the year before is an amount of this year, no comparison.
 * Any of the words, the longest where several start at one place.
 */
const CARRY_OVER = new RegExp(anyWord([...GRAMMAR.carryOver].sort((a, b) => b.length - a.length)), 'g');
const CARRY_OVER_FIRST = codeTable(GRAMMAR.carryOver.map((w) => w[0]!));
/** The same words without the global flag, for a test that keeps no lastIndex: compiled once, not per label. */
const CARRY_OVER_ANY = new RegExp(CARRY_OVER.source);

function hasCarryOver(label: string): boolean {
  for (let k = 0; k < label.length; k++) if (CARRY_OVER_FIRST[label.charCodeAt(k)] === 1) return CARRY_OVER_ANY.test(label);
  return false;
}

/** The label without the words of a balance carried over (a label holding none of their first characters is kept as is). */
function withoutCarryOver(label: string): string {
  let s = label;
  for (let k = 0; k < s.length; k++) if (CARRY_OVER_FIRST[s.charCodeAt(k)] === 1) { s = s.replace(CARRY_OVER, ''); break; }
  // 增加值 (an economic sector's value added) names an amount of the year, not an increase.
  for (const w of GRAMMAR.notComparative) if (s.includes(w)) s = s.split(w).join('');
  return s;
}

function mentionsComparison(rawLabel: string): boolean {
  const label = withoutCarryOver(rawLabel);
  for (let k = 0; k < label.length; k++) {
    if (COMPARATIVE_FIRST[label.charCodeAt(k)] === 1 && COMPARATIVE_WORDS.some((w) => label.startsWith(w, k))) return true;
  }
  return false;
}

function stripFillers(label: string): string {
  let s = stripMarker(label.includes(' ') || label.includes('\n') ? label.replace(/\s+/g, '') : label);
  for (let round = 0; round < 3; round++) {
    const lead = LEADING_FIRST[s.charCodeAt(0)] === 1 ? LEADING_CONNECTIVES.find((w) => s.startsWith(w)) : undefined;
    if (lead) s = s.slice(lead.length);
    const trail = TRAILING_LAST[s.charCodeAt(s.length - 1)] === 1 ? TRAILING_FILLERS.find((w) => s.endsWith(w) && s.length > w.length) : undefined;
    if (trail) s = s.slice(0, s.length - trail.length);
    if (!lead && !trail) break;
  }
  if (s.startsWith('：') || s.startsWith('（')) s = s.slice(1);
  return s.trim();
}

/** How far after a figure its following words are read across a wrapped line. */
const AHEAD_WINDOW = 12;

/**
 * The text right after a figure and where to read it: the text itself, or — when a line break falls within the next
 * few characters, as where a PDF wrapped a line inside a word (调⏎整为) — those characters without the break.
 */
function unwrappedAhead(text: string, end: number): [string, number] {
  const ahead = text.slice(end, end + AHEAD_WINDOW);
  const br = ahead.indexOf('\n');
  // A break right after the figure, or one ending a line closed by punctuation, is no wrap inside a word.
  if (br <= 0 || CLAUSE_BREAK_CODE[ahead.charCodeAt(br - 1)] === 1) return [text, end];
  return [ahead.slice(0, br) + ahead.slice(br + 1), 0];
}

function readLabel(text: string, start: number, floor: number): string {
  let k = start;
  const min = Math.max(floor, start - LABEL_WINDOW);
  while (k > min && CLAUSE_BREAK_CODE[text.charCodeAt(k - 1)] === 0) k--;
  // A label wrapped over two lines by the PDF (…调⏎整为) reads as one.
  let raw = text.slice(k, start);
  if (raw.includes('\n')) raw = raw.replace(/\n/g, '');
  // 比上年增長(zhǎng)32.3%: the label is read without the glosses, so that it ends with its direction word.
  if (TONE_MARK.test(raw)) raw = raw.replace(PINYIN_GLOSS, '');
  const q = startsWithAt(raw, 0, QUALIFIER_INDEX);
  if (q) raw = raw.slice(q.length);
  return stripFillers(raw);
}

function readNoun(text: string, from: number): string {
  let k = from;
  while (k < text.length && k - from < 8 && isCjkCode(text.charCodeAt(k))) k++;
  return text.slice(from, k);
}

/** Scan the text for figures and dates; `sentences` (in order) lets each figure know its sentence. */
/** A text that counts years of the 民国 calendar (中华民国97年度, 新台币, Taiwan's 主计总处). */
const MINGUO = GRAMMAR.minguoWords;

/** First characters of a subject that a year stands before (2021全区…, 2023我局…, 2022本单位…). */
const SUBJECT_AFTER_YEAR = '全我本各';

/**
 * A year written wrong: five digits whose last four are a year (22017年), three digits before 年度 or a month
 * (202年度, 223年3月), a year before 度 without 年 (2022度一般公共预算…), or a year at the start of a clause
 * followed directly by its subject without 年 (2021全区政府性基金预算收入…). Null when the number is fine.
 */
function yearSlip(text: string, start: number, digits: string, after: number, minguo: boolean, years: ReadonlySet<string>): string | null {
  if (digits.length === 5 && text[after] === '年') {
    const year = Number(digits.slice(1));
    // 指标12021年: the label's own number (指标1) glued to a year by the copy, not a slip.
    const numbered = GRAMMAR.numberedLabels.some((w) => text.endsWith(w, start));
    if (year >= 1990 && year <= 2100 && (digits[0] === '1' || digits[0] === '2') && !numbered) return '年份多了一位数字';
    // 20233年: one digit too many anywhere, where taking it out gives a year the text writes well elsewhere.
    if (oneDigitOff(digits, years) && yearPlace(text, start, after)) return '年份多了一位数字';
  }
  // 202年， / 224年全县…: a year with a digit missing where a year stands (a clause's start, before 年初/年末/以来 or a
  // clause break) — only when putting one digit back gives a year the text writes well elsewhere (建校120年 is an age).
  if (digits.length === 3 && text[after] === '年' && !minguo) {
    const short = shortenedYears(years).has(digits);
    if ((short && yearPlace(text, start, after)) || yearOfReport(text, start, digits, after, short)) return '年份少了一位数字';
  }
  // 202年度 / 223年3月: a year with a digit missing (only before 度 or a month, where a year must stand).
  // In a text counting years of the 民国 calendar (Taiwan: 110年度 is 2021) three digits are a whole year.
  if (digits.length === 3 && text[after] === '年' && digits[0] !== '0' && !(minguo && digits[0] === '1')) {
    const next = text[after + 1] ?? '';
    const month = next >= '0' && next <= '9' && (text[after + 2] === '月' || (text[after + 3] === '月' && text[after + 2]! >= '0' && text[after + 2]! <= '9'));
    if (next === '度' || month) return '年份少了一位数字';
  }
  // ( 202 年度): the same on a cover or heading set with layout spaces around the year (2021 年度 is written so).
  // Only before 年度, digits opening as a year of this era (2…), at most two spaces between.
  if (digits.length === 3 && digits[0] === '2' && spacedYearEnd(text, after) !== -1) return '年份少了一位数字';
  // 2202年度 / 2320年5月: a year no report of this era can have (digits swapped or mistyped), where a year must stand —
  // before 度 or a month, as above (树龄2300年, 工期2400年 are lengths). The 2100s are left out (a plan may reach them).
  if (digits.length === 4 && text[after] === '年') {
    const year = Number(digits);
    const next = text[after + 1] ?? '';
    const month = next >= '0' && next <= '9' && (text[after + 2] === '月' || (text[after + 3] === '月' && text[after + 2]! >= '0' && text[after + 2]! <= '9'));
    if (year >= 2200 && year <= 2999 && (next === '度' || month)) return '年份有误：不可能的年份';
  }
  // 19806月 / 201812月: a year and its month run together, 年 lost between them.
  if ((digits.length === 5 || digits.length === 6) && text[after] === '月') {
    const year = Number(digits.slice(0, 4));
    const month = Number(digits.slice(4));
    if (year >= 1949 && year <= 2100 && month >= 1 && month <= 12 && digits[4] !== '0') return '年份后缺少“年”';
  }
  // 2022度一般公共预算…: 年 lost before 度 (not an amount of electricity: 用电2022度, 2022度电).
  if (digits.length === 4 && text[after] === '度') {
    const year = Number(digits);
    const next = text[after + 1] ?? '';
    if (year >= 1990 && year <= 2100 && /[\u4e00-\u9fff“"]/.test(next) && next !== '电' && !/[电耗用]/.test(text.slice(Math.max(0, start - 2), start))) {
      return '年份后缺少“年”';
    }
  }
  if (digits.length === 4 && SUBJECT_AFTER_YEAR.includes(text[after] ?? '')) {
    const year = Number(digits);
    const before = text[start - 1];
    if (year >= 1990 && year <= 2100 && (before === undefined || '，。；：\n '.includes(before))) return '年份后缺少“年”';
  }
  // （四）2018部门整体支出绩效自评报告: a heading's year followed directly by a subject of the report (部门, 预算,
  // 决算…) — 年 or 年度 lost. Only right after a heading number (not 2018版, 2018级, nor a code 2018001).
  if (digits.length === 4 && BODY_YEAR_SUBJECTS.some((w) => text.startsWith(w, after)) && HEADING_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
    const year = Number(digits);
    if (year >= 1990 && year <= 2100) return '年份后缺少“年”';
  }
  // 龙祥小学2016部门决算 / 卫生服务中心2024单位预算报表: a year glued to the kind of report it names (rule-words date-malformed
  // reportKindsAfterYear: 部门决算, 单位预算 …), after a name or at a line's start — 年 or 年度 lost. Not after another
  // number or a range's joiner (2015-2016部门预算 is written so), nor a code (20160001部门…: more digits).
  if (digits.length === 4 && REPORT_KINDS_AFTER_YEAR.some((w) => text.startsWith(w, after)) && !/[\d.\-－—~～至到]/.test(text[start - 1] ?? '')) {
    const year = Number(digits);
    if (year >= 1990 && year <= 2100) return '年份后缺少“年”';
  }
  return null;
}

/** Kinds of report a year names right before them (2016年度部门决算): rule-words.json date-malformed reportKindsAfterYear. */
const REPORT_KINDS_AFTER_YEAR = RULE_WORDS['date-malformed'].reportKindsAfterYear;

/** Each set of years written, with every year short of one digit (2024 → 024, 224, 204, 202): read once per text. */
const shortened = new WeakMap<ReadonlySet<string>, Set<string>>();

function shortenedYears(years: ReadonlySet<string>): Set<string> {
  let out = shortened.get(years);
  if (!out) {
    out = new Set();
    for (const y of years) for (let k = 0; k < y.length; k++) out.add(y.slice(0, k) + y.slice(k + 1));
    shortened.set(years, out);
  }
  return out;
}

/** Whether taking one digit out of `longer` gives one of `shorter` (20233 → 2023; 2024 → 224). */
function oneDigitOff(longer: string, shorter: ReadonlySet<string>): boolean {
  for (let k = 0; k < longer.length; k++) if (shorter.has(longer.slice(0, k) + longer.slice(k + 1))) return true;
  return false;
}

/**
 * Whether a number before 年 stands where a year stands: at a clause's start (a line, after ，。；： or a preposition of
 * time: 在/于/至/自/从/截至/到) and followed by a clause break or what only follows a year's 年 (初, 末, 底, 度, 以来, a
 * month). A count of years (历时120年, 近200年) has none of the prepositions.
 */
function yearPlace(text: string, start: number, after: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const opens = start === 0 || /[\n，。；：、（(\s]$/.test(before) || /(?:在|于|至|自|从|截至|到)$/.test(before) || HEADING_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start));
  if (!opens) return false;
  const next = text.slice(after + 1, after + 3);
  return /^[，。；、：\s]/.test(next) || /^(?:初|末|底|中|内|以来|度|上半|下半|\d)/.test(next);
}

/**
 * Whether three digits before 年 are a year with a digit lost, by what surrounds them, wherever their clause starts.
 * A subject of the report after the 年 (202年一般公共预算支出, 中心220年绩效自评报告, 本级204年预算 — grammar
 * bodyYearSubjects, date-malformed reportKindsAfterYear) makes a number of 200–229 a year: no report counts its own
 * budget in centuries. With a year the text writes well that the digits are one short of (`short`), also 全/本/我/各
 * after the 年 (203年全国…, 222年本级留用), a heading's number before (（二）221年重点工作), or a one-character word of
 * comparison or time before (比203年预算, 较222年决算数, 与213年相比, 同比208年 — grammar bodyYearComparisons).
 * An age or a length (建校120年, 历时100年, 200年一遇) has none of these.
 */
function yearOfReport(text: string, start: number, digits: string, after: number, short: boolean): boolean {
  const subject = BODY_YEAR_SUBJECTS.some((w) => text.startsWith(w, after + 1)) || REPORT_KINDS_AFTER_YEAR.some((w) => text.startsWith(w, after + 1));
  const value = Number(digits);
  if (subject && (short || (value >= 200 && value <= 229))) return true;
  if (!short) return false;
  if (SUBJECT_AFTER_YEAR.includes(text[after + 1] ?? '\u0000')) return true;
  if (HEADING_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  const before = text.slice(Math.max(0, start - 4), start);
  if (YEAR_COMPARISONS.some((w) => w.length === 1 && before.endsWith(w))) return true;
  // Opening a line or a clause (201年公务接待24批次, …汇总，208年龙泉市部门…) before a word: a count of years does not open
  // a clause so, except before the words of a length (200年一遇, 120年来, 300年历史: date-malformed yearCountWords).
  const opensClause = start === 0 || /[\n，。；：、（“《！？!?]$/.test(before);
  // After a word (下达203年中央…, 现将222年东坡区…, 确保217年实现…) or closing a range from a year written well
  // (2017-208年生态护林员), a number of years stands only after the words that lead a length (历时, 长达, 已有, 第 …:
  // date-malformed yearLengthLeads), so the others read it as a year.
  const afterWord =
    (/[\u4e00-\u9fff]$/.test(before) && !YEAR_LENGTH_LEADS.some((w) => text.endsWith(w, start))) || /(?:19|20)\d{2}[-－—~～至到]$/.test(text.slice(Math.max(0, start - 5), start));
  const next = text[after + 1] ?? '';
  return (opensClause || afterWord) && /[\u4e00-\u9fff]/.test(next) && !YEAR_COUNT_WORDS.some((w) => text.startsWith(w, after + 1));
}

const YEAR_LENGTH_LEADS: readonly string[] = RULE_WORDS['date-malformed'].yearLengthLeads;

const YEAR_COUNT_WORDS: readonly string[] = RULE_WORDS['date-malformed'].yearCountWords;

const YEAR_COMPARISONS = GRAMMAR.bodyYearComparisons;

/** Four-digit years (1990–2100) the text writes before 年: the references a year with a digit missing or added is read against. */
function yearsWritten(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(?<!\d)((?:19|20)\d{2})年/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const y = Number(m[1]);
    if (y >= 1990 && y <= 2100) out.add(m[1]!);
  }
  return out;
}

/** After a number and one or two layout spaces, the end of 年度 that follows (202 年度 → after 度), or -1. */
function spacedYearEnd(text: string, after: number): number {
  let k = after;
  while (k < text.length && k < after + 2 && (text[k] === ' ' || text[k] === '\u3000')) k++;
  return k > after && text[k] === '年' && text[k + 1] === '度' ? k + 2 : -1;
}

/** Subjects of a report that follow its year (2023年度部门决算): data/audit/grammar.json bodyYearSubjects. */
const BODY_YEAR_SUBJECTS = GRAMMAR.bodyYearSubjects;
/** A heading's number at the start of a line, right before an offset: （四）, (4), 二、, 3. */
const HEADING_NUMBER_BEFORE = /(?:^|\n)[ \t]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．])[ \t]*$/;

export function scanFigures(text: string, sentences: readonly Sentence[]): ScanResult {
  const figures: Figure[] = [];
  const dates: DateFact[] = [];
  const malformedDates: MalformedDate[] = [];
  const minguo = MINGUO.some((w) => text.includes(w));
  const years = yearsWritten(text);
  let sentenceIndex = 0;
  let lastFigureEnd = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isDigitCode(c)) {
      i++;
      continue;
    }
    // A digit inside a longer alphanumeric token (A3, v2, 6+N) or after 第 (an ordinal) is not a figure.
    const prev = text[i - 1];
    let num = readNumber(text, i);
    if (!num) {
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      continue;
    }
    if (prev !== undefined && (isTokenChar(text.charCodeAt(i - 1)) || prev === '第')) {
      i = num.end;
      continue;
    }
    // 时效指标指标12021年11月30日前…: a flattened table glued an indicator's number (指标1: grammar numberedLabels) to the
    // year of its value — the date starts after that digit (the year slip reading leaves it alone for the same reason).
    if (num.decimals === 0 && num.text.length === 5 && text[num.end] === '年' && GRAMMAR.numberedLabels.some((w) => text.endsWith(w, i))) {
      const glued = Number(num.text.slice(1));
      const rest = glued >= 1990 && glued <= 2100 ? readNumber(text, i + 1) : null;
      if (rest) {
        i++;
        num = rest;
      }
    }
    while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex]!.end <= i) sentenceIndex++;
    const sentence = sentences[sentenceIndex];
    const after = num.end;
    // A year with a digit too many (22017年) or without its 年 before the subject (2021全区…完成, 2023我局…).
    if (num.decimals === 0 && !num.text.includes(',')) {
      const slip = yearSlip(text, i, num.text, after, minguo, years);
      if (slip) {
        let rawEnd = Math.min(n, after + 2);
        while (rawEnd < n && rawEnd < after + 4 && isDigitCode(text.charCodeAt(rawEnd - 1)) && text[rawEnd - 1] !== '月') rawEnd++;
        // 19806月 / 2022度: the slip ends with the 月 or 度 that follows the digits.
        if (text[after] === '月' || text[after] === '度') rawEnd = after + 1;
        // 202 年度: the slip runs to the 年度 after the layout spaces.
        const spaced = text[after] === '年' ? -1 : spacedYearEnd(text, after);
        if (spaced !== -1) rawEnd = spaced;
        malformedDates.push({ start: i, end: spaced !== -1 ? spaced : after + 1, raw: text.slice(i, rawEnd), reason: slip });
        i = after;
        continue;
      }
    }
    // Dates first: 2024年… , 6月底, 3月9日. A year at the end of a wrapped line whose sentence goes on (…财政局2021⏎
    // 年度部门决算…) has its 年 on the next line.
    const yearAt = text[after] === '\n' && text[after + 1] === '年' && sentence !== undefined && sentence.start <= i && sentence.end > after + 1 ? after + 1 : after;
    if (text[yearAt] === '年' && num.text.length === 4 && num.decimals === 0) {
      const year = Number(num.text);
      let k = yearAt + 1;
      let month: number | null = null;
      let day: number | null = null;
      let isPeriod = false;
      let malformed = false;
      if (text[k] === '度') k++;
      // 2018年⏎6月15日: the month on the next line of a sentence wrapped after 年 (segment() continued it) is the
      // year's — only a number with its 月 right after it.
      let monthAt = yearAt + 1;
      if (k === yearAt + 1 && text[k] === '\n' && sentence !== undefined && sentence.start <= i && sentence.end > k + 1 && isDigitCode(text.charCodeAt(k + 1))) {
        const ahead = readNumber(text, k + 1);
        if (ahead && ahead.decimals === 0 && ahead.text.length <= 2 && text[ahead.end] === '月') {
          k++;
          monthAt = k;
        }
      }
      const m = readNumber(text, k);
      if (m && m.decimals === 0 && m.text.length <= 2 && k === monthAt) {
        let mEnd = m.end;
        if (RANGE_CODES.has(text.charCodeAt(mEnd)) && isDigitCode(text.charCodeAt(mEnd + 1))) {
          const m2 = readNumber(text, mEnd + 1);
          if (m2 && text[m2.end] === '月') {
            isPeriod = true;
            mEnd = m2.end;
          }
        }
        // 2020年4 月25 日: a layout's spaces between a date's number and its 月 / 日 belong to the date.
        if (text[mEnd] !== '月' && text[afterLayoutSpaces(text, mEnd)] === '月') mEnd = afterLayoutSpaces(text, mEnd);
        if (text[mEnd] === '月') {
          month = Number(m.text);
          k = mEnd + 1;
          const d = readNumber(text, afterLayoutSpaces(text, k));
          if (d && d.decimals === 0 && d.text.length <= 2 && text[afterLayoutSpaces(text, d.end)] === '日') {
            day = Number(d.text);
            k = afterLayoutSpaces(text, d.end) + 1;
          }
        } else if (!quantityAt(text, mEnd) && text[mEnd] !== '%' && text[mEnd] !== '.' && text[mEnd] !== '、' && text[mEnd] !== '-') {
          malformedDates.push({ start: i, end: mEnd, raw: text.slice(i, Math.min(n, mEnd + 2)), reason: '年份后的数字缺少“月”' });
          malformed = true;
          k = mEnd;
        }
      }
      const raw = text.slice(i, k);
      if (malformed) {
        // already reported
      } else if (month !== null && (month < 1 || month > 12)) {
        malformedDates.push({ start: i, end: k, raw, reason: `月份“${month}”不存在` });
      } else if (month !== null && day !== null && (day < 1 || day > daysIn(year, month))) {
        malformedDates.push({ start: i, end: k, raw, reason: `${year}年${month}月没有${day}日` });
      } else {
        dates.push({ start: i, end: k, raw, year, month, day, isPeriod });
      }
      i = k;
      continue;
    }
    if (text[after] === '月' && num.decimals === 0 && num.text.length <= 2) {
      const month = Number(num.text);
      let k = after + 1;
      let day: number | null = null;
      const d = readNumber(text, k);
      if (d && d.decimals === 0 && d.text.length <= 2 && text[d.end] === '日') {
        day = Number(d.text);
        k = d.end + 1;
      }
      const raw = text.slice(i, k);
      if (month < 1 || month > 12) malformedDates.push({ start: i, end: k, raw, reason: `月份“${month}”不存在` });
      else if (day !== null && (day < 1 || day > daysIn(2024, month))) {
        malformedDates.push({ start: i, end: k, raw, reason: `${month}月没有${day}日` });
      } else dates.push({ start: i, end: k, raw, year: null, month, day, isPeriod: false });
      i = k;
      continue;
    }
    let k = after;
    if (text[k] === ' ') k++;
    // 执法执勤用车3 / 辆，…: a number at the end of a wrapped line whose sentence goes on has its unit on the next line.
    else if (text[k] === '\n' && sentence !== undefined && sentence.start <= i && sentence.end > k + 1) k++;
    let approx = false;
    if (text[k] === '余' || text[k] === '多') {
      approx = true;
      k++;
    }
    let kind: FigureKind | null = null;
    let unit = '';
    const money = startsWithAt(text, k, MONEY_INDEX);
    const bare = (text[k] === '万' || text[k] === '亿') && (k + 1 >= n || BARE_UNIT_BEFORE_CODES.has(text.charCodeAt(k + 1)));
    if (money) {
      kind = 'money';
      unit = money;
    } else if (bare) {
      // 合计为1000.86万， — the 元 left out.
      kind = 'money';
      unit = text[k]!;
    } else if (text[k] === '%' || text[k] === '‰') {
      kind = 'percent';
      unit = text[k]!;
    } else if (text[k] === '分' && k + 1 < n && !NOT_SCORE_AFTER_CODES.has(text.charCodeAt(k + 1))) {
      kind = 'score';
      unit = '分';
    } else {
      const measure = startsWithAt(text, k, MEASURE_INDEX);
      if (measure) {
        kind = 'count';
        unit = measure;
      }
    }
    // A unit word the PDF wrapped inside it (3.4公⏎里): read across the break when the sentence goes on over it
    // (segment() continued it: the line is long enough and open), and only when no unit stands before the break.
    let unitBreak = 0;
    if (kind === null && sentence !== undefined) {
      const br = text.indexOf('\n', k);
      if (br > k && br - k <= 2 && sentence.end > br + 1) {
        const joined = text.slice(k, br) + text.slice(br + 1, br + 5);
        const measure = startsWithAt(joined, 0, MEASURE_INDEX);
        const moneyJoined = startsWithAt(joined, 0, MONEY_INDEX);
        const word = moneyJoined ?? measure;
        if (word && word.length > br - k) {
          kind = moneyJoined ? 'money' : 'count';
          unit = word;
          unitBreak = 1;
        }
      }
    }
    // 1327万（wàn）元: a mirror's pinyin gloss after the first character of the unit (万, 亿, 千) parts the unit; it is read
    // whole, the gloss inside the figure's span.
    if (kind === null && (text[k] === '万' || text[k] === '亿' || text[k] === '千')) {
      const gloss = GLOSS_AT.exec(text.slice(k + 1, k + 1 + MAX_GLOSS));
      if (gloss && text[k + 1 + gloss[0].length] === '元') {
        kind = 'money';
        unit = `${text[k]}元`;
        unitBreak = gloss[0].length;
      }
    }
    // 收、支总计各是4125.49,4143.91万元: two amounts written as a pair share the unit written after the second
    // (both with decimals, so no year pair or thousands separator is read so).
    let borrowed = false;
    if (kind === null && num.decimals > 0 && text[after] === ',') {
      const next = readNumber(text, after + 1);
      // The unit may stand on the next line of a wrapped sentence (4125.49,4143.91⏎万元).
      const unitAt = next && text[next.end] === '\n' && sentence !== undefined && sentence.end > next.end + 1 ? next.end + 1 : next?.end;
      const nextUnit = next && next.decimals > 0 && unitAt !== undefined ? startsWithAt(text, unitAt, MONEY_INDEX) : null;
      if (nextUnit) {
        kind = 'money';
        unit = nextUnit;
        borrowed = true;
      }
    }
    if (kind === null || !sentence) {
      i = num.end;
      continue;
    }
    const end = borrowed ? after : k + unit.length + unitBreak;
    let moneyUnit: MoneyUnit | undefined;
    let currency: string | undefined;
    let scaled = toScaled(num.text);
    if (kind === 'money') {
      const word = unit === '万' || unit === '亿' ? `${unit}元` : unit;
      const plain = word in MONEY_UNITS ? plainFen(num.text, word as MoneyUnit) : undefined;
      if (plain) {
        scaled = plain.fen;
        moneyUnit = word as MoneyUnit;
        currency = 'CNY';
      } else {
        try {
          const parsed = parseAmount(num.text + word);
          scaled = parsed.fen;
          moneyUnit = parsed.unit;
          currency = parsed.currency;
        } catch {
          // More precise than 分 or out of range: not an amount we can compare.
          i = end;
          continue;
        }
      }
    }
    if (!Number.isSafeInteger(scaled)) {
      i = end;
      continue;
    }
    // 完成预算29.6万元的92.8% — an amount named as the base of a rate is a reference, not an amount of its own.
    const reference = text[end] === '的' && isDigitCode(text.charCodeAt(end + 1));
    // A figure after another with only a comma between (…4125.49,4143.91万元) has no label of its own.
    const rawLabel = readLabel(text, i, Math.max(lastFigureEnd, sentence.start));
    const label = rawLabel === ',' ? '' : rawLabel;
    // The words after a figure read across a line the PDF wrapped inside them (…65000万元调⏎整为35000万元).
    const [aheadText, aheadAt] = unwrappedAhead(text, end);
    const changedFrom = (label.includes('由') || label.includes('从')) && startsWithAt(aheadText, aheadAt, CHANGED_TO_INDEX) !== null;
    const qualifier = reference || changedFrom || approx || startsWithAt(aheadText, aheadAt, QUALIFIER_INDEX) !== null || text[end] === '-' || text[end] === '—' || text[end] === '~';
    const noun = kind === 'count' ? readNoun(text, end) : '';
    const { phase, subject: ownSubject } = phaseOf(label);
    let subject = ownSubject;
    const previous = figures[figures.length - 1];
    if (subject === '' && previous && previous.sentence === sentenceIndex && previous.kind === kind) subject = previous.subject;
    // 较2022年决算数688.84万元131.49万元 — a figure right after another (no words between) shares its role.
    const adjacent = previous !== undefined && previous.end >= i - 1 && previous.sentence === sentenceIndex;
    const comparative = mentionsComparison(label) || (adjacent && previous.comparative) || (adjacent && label === '' && mentionsComparison(previous.label));
    figures.push({
      kind,
      start: i,
      end,
      raw: text.slice(i, end).replace('\n', ''),
      numberText: num.text,
      scaled,
      decimals: num.decimals,
      unit,
      // Always present (possibly undefined) so every figure has the same shape.
      moneyUnit,
      currency,
      label,
      noun,
      subject,
      phase,
      qualifier,
      comparative,
      sentence: sentenceIndex,
      paragraph: sentence.paragraph,
    });
    lastFigureEnd = end;
    i = end;
  }
  return { figures, dates, malformedDates };
}
