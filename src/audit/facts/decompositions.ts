/**
 * Decompositions: a total and its stated parts. Two forms:
 * - 其中 — the total is the nearest non-comparative figure before 其中 (same sentence or the one before, same
 *   paragraph); the parts are the figures of the same kind and unit family after it, up to the end of the
 *   sentence or the next 其中.
 * - 按…分 — a paragraph that opens with 按功能分类分 / 按支出性质分 lists categories by phase; each phase's parts
 *   add up to the nearest earlier figure of that phase outside such a paragraph.
 * Enumerations: a stated count followed by 分别为 / 包括 / ： and a list separated by 、.
 * Word lists: data/audit/grammar.json.
 */
import { GRAMMAR, SEARCH_WINDOWS } from '../config.ts';
import { parseChineseNumber } from './chinese-numbers.ts';
import { isCjkCode } from './char-codes.ts';
import { bracketClosesBetween, firstFigureAtOrAfter } from './figure-search.ts';
import type { Decomposition, Enumeration, Figure, Paragraph, Phase, Sentence, Span } from './types.ts';

const EXHAUSTIVE_WORDS = GRAMMAR.exhaustiveWords;
/** Words that put a listed figure outside a total that does not itself use them (退休职工28人 after 在职教职工62人). */
/** A part with one of these words (unless the total has it too) is no part of it: 退休 staff, 核定 posts, a 人均 average. */
const OUTSIDE_WORDS = GRAMMAR.outsideWords;
/** A total named as an average (平均总收入) is no sum of parts; 合计/总计 right before a figure makes it a total of its own. */
const AVERAGE_WORDS = GRAMMAR.averageWords;
const CLOSING_TOTAL_WORDS = GRAMMAR.closingTotalWords;
const SIBLING_PARTS = GRAMMAR.siblingParts;
const MAIN_ITEM_WORDS = GRAMMAR.mainItemWords;

/** …，收入合计43.43亿元: the figure follows 合计/总计 (with 为/是/：between at most). */
function closesAsTotal(text: string, f: Figure): boolean {
  const before = text.slice(Math.max(0, f.start - 4), f.start).replace(/[为是：:\s]+$/u, '');
  return CLOSING_TOTAL_WORDS.some((w) => before.endsWith(w));
}

/** 基本支出A元，其中…；项目支出B元: a figure named by the other kind of the total's whole is its sibling. */
function siblingOf(part: Figure, total: Figure): boolean {
  return SIBLING_PARTS.some(([a, b]) => (total.label.includes(a) && part.label.includes(b) && !part.label.includes(a)) || (total.label.includes(b) && part.label.includes(a) && !part.label.includes(b)));
}

/**
 * 预算数 or 决算数 / 执行数: a list that interleaves both (预算数为310.37万元，决算支出数为249.29万元) adds only one.
 * `bareSpending`: whether a label holding 支出 and no 预算 is read as spent (支出249.29万元). Not for a part named only
 * by a kind of spending under a total named as a budget: 部门支出预算A万元，其中：基本支出B万元，项目支出C万元 names the
 * kinds of the budget, whose phase the parts' labels leave to the total's (an item's 支出 beside its 年初预算 in an
 * interleaved list — 因公出国(境)支出0万元，年初预算为0万元 — is still spent).
 */
/**
 * A total whose head noun is the budget (部门支出预算, 收入预算数) or whose phase is a budget's (年初预算, 调整预算): not a
 * fund's name (一般公共预算…支出) nor an amount done (公共财政预算支出完成).
 */
function namedAsBudget(total: Figure): boolean {
  return total.phase === 'initialBudget' || total.phase === 'adjustedBudget' || /预算数?$/.test(total.label.trim());
}

/**
 * A label that names only a kind of spending (基本支出, 项目支出: grammar siblingParts), after its connectives; or a named
 * kind before the spending word and no year (“三公”经费预算A，其中，因公出国（境）费支出B: the budget's items, SUMS.md §1).
 */
function namesKindOnly(part: Figure, text: string): boolean {
  const label = part.label.replace(/[\s:：，,、；;]/g, '');
  if (SIBLING_PARTS.some((pair) => pair.some((w) => label === w))) return true;
  if (label.length <= 2 || !label.endsWith('支出') || /\d/.test(label) || part.phase !== null) return false;
  // Not where the part's own clause states a budget beside it (…公务接待费支出2.05万元，年初预算为2万元；): the list then
  // pairs spent and budgeted amounts, and 支出 is the spent one.
  let end = part.end;
  while (end < text.length && end - part.end < 40 && text[end] !== '；' && text[end] !== '。' && text[end] !== '\n') end++;
  return !text.slice(part.end, end).includes('预算');
}

function roleOf(f: Figure, bareSpending = true): 'budget' | 'final' | null {
  // 中央预算内投资支出, 一般公共预算支出: the 预算 of a fund's name (grammar budgetNamedFunds) names no budget phase.
  const label = f.label.includes('预算') ? withoutWords(f.label, GRAMMAR.budgetNamedFunds) : f.label;
  if (f.phase === 'final' || GRAMMAR.finalRoleWords.some((w) => label.includes(w))) return 'final';
  if (bareSpending && label.includes('支出') && !label.includes('预算')) return 'final';
  if (f.phase === 'initialBudget' || f.phase === 'adjustedBudget' || label.includes('预算')) return 'budget';
  return null;
}

/** The text without any of the words (longest first where they overlap: the list is short). */
function withoutWords(s: string, words: readonly string[]): string {
  let out = s;
  for (const w of [...words].sort((a, b) => b.length - a.length)) if (out.includes(w)) out = out.split(w).join('');
  return out;
}

/**
 * Money coming in (收入) or going out (支出, 成本, 费用), by the label's last such word (弥补成本的收入 is an income);
 * null when it names neither, or — for a total (收入支出总计) — both.
 */
/** The last place in s where one of the words starts, or -1 (a loop: no array per call). */
function lastIndexOfAny(s: string, words: readonly string[]): number {
  let at = -1;
  for (const w of words) {
    const k = s.lastIndexOf(w);
    if (k > at) at = k;
  }
  return at;
}

function flowOf(label: string, isTotal: boolean): 'in' | 'out' | null {
  const inAt = lastIndexOfAny(label, GRAMMAR.incomeWords);
  const outAt = lastIndexOfAny(label, GRAMMAR.outgoingWords);
  if (inAt === -1 && outAt === -1) return null;
  if (isTotal && inAt !== -1 && outAt !== -1) return null;
  return inAt > outAt ? 'in' : 'out';
}

/** A total stated for money coming in and going out at once (收、支总计均为, 收支总计): its words just before the figure. */
function bothSides(text: string, total: Figure): boolean {
  const before = text.slice(Math.max(0, total.start - 16), total.start);
  return GRAMMAR.bothSidesTotals.some((w) => before.includes(w));
}

/** A part named as a total (财政总收入) of a quantity the total does not name (工农业总产值): another statement. */
/** The shortest head noun shared at the end of two labels that says they name the same kind of amount (问题金额). */
const PARALLEL_HEAD_CHARS = 3;
/** Whether a figure's label ends with the total's head noun (its last three characters or more). */
function parallelHead(f: Figure, total: Figure): boolean {
  const a = f.label.trim();
  const b = total.label.trim();
  if (a.length <= PARALLEL_HEAD_CHARS || b.length < PARALLEL_HEAD_CHARS) return false;
  const head = b.slice(-PARALLEL_HEAD_CHARS);
  // A phase word (…支出决算, …预算数) ends the labels of parts and total alike (公务接待费支出决算 of a 三公 支出决算).
  return /^[\u4e00-\u9fff]+$/.test(head) && !PHASE_TAIL.test(b) && a.endsWith(head);
}
const PHASE_TAIL = /(?:决算|预算|执行|完成|实际)数?$/;

/** The longest opening of a clause compared with the words before the total (一张 … 一张). */
const PARALLEL_OPENING_CHARS = 8;

/**
 * Whether figure f opens a clause parallel to the total's: a ； stands between the last part and f; the clause's
 * words before f (1–8 Chinese characters: 一张) are the very words right before the total; and f's own clause runs on
 * to the next 其中 (at `next`) without another clause break — so f is that 其中's total. Silent on anything else.
 */
function parallelOpening(text: string, f: Figure, total: Figure, lastPart: Figure, next: number): boolean {
  if (next < f.end) return false;
  const gap = text.slice(lastPart.end, f.start);
  const semi = gap.lastIndexOf('；');
  if (semi === -1) return false;
  const opening = gap.slice(semi + 1).replace(/\s/g, '');
  if (opening.length === 0 || opening.length > PARALLEL_OPENING_CHARS || !/^[\u4e00-\u9fff]+$/.test(opening)) return false;
  const beforeTotal = text.slice(Math.max(0, total.start - 3 * PARALLEL_OPENING_CHARS), total.start).replace(/\s/g, '');
  if (!beforeTotal.endsWith(opening)) return false;
  return !/[。；;]/.test(text.slice(f.end, next));
}

function otherTotal(part: Figure, total: Figure): boolean {
  const m = /总([\u4e00-\u9fff]{2})/.exec(part.label);
  return m !== null && !total.label.includes(m[1]!) && !total.subject.includes(m[1]!);
}

/** Whether s holds one of the words. */
function hasAnyWord(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.includes(w));
}

/** Whether a label holds the word itself or a compound that names it (离退休 names 离休 and 退休: grammar outsideWordCompounds). */
function namesWord(label: string, w: string): boolean {
  return label.includes(w) || GRAMMAR.outsideWordCompounds.some((c) => c.words.includes(w) && label.includes(c.word));
}

function outsideTotal(part: Figure, total: Figure, text: string): boolean {
  if (OUTSIDE_WORDS.some((w) => part.label.includes(w) && !namesWord(total.label, w))) return true;
  // 编制人数197人，其中全额编制人数34人，实际在岗345人: under a total of posts, a head count larger than the whole counts
  // people, not posts — another statement (a head count within it may part the posts: 其中在岗25名，空编5名).
  if (
    part.kind === 'count' &&
    part.scaled > total.scaled &&
    hasAnyWord(total.label, GRAMMAR.postWords) &&
    !hasAnyWord(total.label, GRAMMAR.headcountWords) &&
    hasAnyWord(part.label, GRAMMAR.headcountWords) &&
    !hasAnyWord(part.label, GRAMMAR.postWords)
  )
    return true;
  // 税收收入A，其中地方级税收收入B；非税收入C: 非X is X's complement, never a part of X (the word after 非 is named in
  // the total).
  const non = part.label.indexOf('非');
  if (non !== -1 && !total.label.includes('非') && total.label.includes(part.label.slice(non + 1, non + 3)) && part.label.length >= non + 3) return true;
  // 收入合计A万元，其中：财政拨款收入A万元。年初结转和结余B万元: this year's total (…合计, 本年…) holds no balance
  // carried over from the year before; a gross total (收入总计, 收入预算) may.
  if (hasAnyWord(part.label, GRAMMAR.balanceWords)) {
    const totalWords = text.slice(Math.max(0, total.start - 12), total.start);
    if (!hasAnyWord(totalWords, GRAMMAR.balanceWords) && hasAnyWord(totalWords, GRAMMAR.thisYearTotalWords)) return true;
  }
  // 收入总计A，支出总计B，其中年初结转和结余C，年末结转和结余D: the balance brought into the year is no part of what goes
  // out, the balance carried out of it no part of what comes in (grammar openingBalances / closingBalances).
  const flow = flowOf(total.label, true);
  if (flow === 'out' && hasAnyWord(part.label, GRAMMAR.openingBalances)) return true;
  if (flow === 'in' && hasAnyWord(part.label, GRAMMAR.closingBalances)) return true;
  // 教育总成本A元，其中工资福利支出…，弥补教育成本的非限定用途收入B元: an income is no part of a cost (one quantity only).
  const partFlow = flowOf(part.label, false);
  if (flow !== null && partFlow !== null && flow !== partFlow) return true;
  const role = roleOf(total);
  const partRole = roleOf(part, !(namedAsBudget(total) && namesKindOnly(part, text)));
  return role !== null && partRole !== null && role !== partRole;
}
const OUTLINE_MARKER = /^\s?(?:\d{1,2}[.、]|（[一二三四五六七八九十\d]{1,3}）|[一二三四五六七八九十]{1,3}、)/;

/** An outline marker's kind (1、 / 1. / （一） / 一、) and number, or null when `s` opens with none. */
function outlineMarkerAt(s: string): { kind: string; n: number; length: number } | null {
  const m = /^\s?(?:(\d{1,2})([.、])|（([一二三四五六七八九十\d]{1,3})）|([一二三四五六七八九十]{1,3})、)/.exec(s);
  if (!m) return null;
  const raw = m[1] ?? m[3] ?? m[4]!;
  const n = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
  if (n === null) return null;
  const kind = m[1] !== undefined ? `d${m[2]}` : m[3] !== undefined ? (/^\d/.test(raw) ? '(d)' : '(c)') : 'c、';
  return { kind, n, length: m[0].length };
}
const BY_CATEGORY_LOOKBACK_CHARS = 2000;

/**
 * Where brackets open and close, scanned once over the text as 其中 after 其中 asks (offsets only grow): for an
 * offset, the innermost bracket open there (within its sentence) and where that bracket closes. Linear overall:
 * each character is read once going forward, and once more when a bracket's end is looked for.
 */
class BracketScanner {
  private pos = 0;
  private stack: number[] = [];
  private readonly closes = new Map<number, number | null>();
  constructor(private readonly text: string) {}

  /** The end of the innermost bracket open at `at` (opened at or after `from`), before `limit` (the sentence end); or null. */
  enclosingEnd(from: number, at: number, limit: number): number | null {
    if (this.pos < from) {
      this.pos = from;
      this.stack = [];
    }
    for (; this.pos < at; this.pos++) {
      const c = this.text[this.pos];
      if (c === '（' || c === '(') this.stack.push(this.pos);
      else if ((c === '）' || c === ')') && this.stack.length > 0) this.stack.pop();
    }
    const open = this.stack[this.stack.length - 1];
    if (open === undefined) return null;
    if (!this.closes.has(open)) {
      let depth = 0;
      let found: number | null = null;
      for (let k = open; k < limit; k++) {
        const c = this.text[k];
        if (c === '（' || c === '(') depth++;
        else if (c === '）' || c === ')') {
          depth--;
          if (depth === 0) {
            found = k;
            break;
          }
        }
      }
      this.closes.set(open, found);
    }
    return this.closes.get(open) ?? null;
  }
}

/**
 * A counted part that is not a share of the total's own units: another noun (102个部门 … 104个项目), or a clause
 * of its own that counts those having some property (其中，有81个部门公开了…；有99个部门公开了…) — such
 * subsets overlap and are not added.
 */
function subsetClause(text: string, part: Figure, total: Figure): boolean {
  if (part.kind !== 'count') return false;
  if (part.noun && total.noun && part.noun !== total.noun) return true;
  return text[part.start - 1] === '有';
}

/**
 * 下达111万元，其中100万元，11万元，调减40万元，全年实际下达71万元: the parts before it already make the total, and
 * the figure is the total with one or all of the changes stated since applied.
 */
function isNetOfTotal(f: Figure, total: Figure, parts: readonly Figure[], changes: readonly number[]): boolean {
  if (parts.length < 2 || parts.reduce((a, p) => a + p.scaled, 0) !== total.scaled) return false;
  const all = changes.reduce((a, b) => a + b, 0);
  return [...changes, all].some((c) => f.scaled === total.scaled - c || f.scaled === total.scaled + c);
}

/** 主要收入项目完成情况： — a heading (ending in a colon) that introduces the main items of something. */
function mainItemsHeading(clause: string): boolean {
  const colon = Math.max(clause.lastIndexOf('：'), clause.lastIndexOf(':'));
  return colon !== -1 && MAIN_ITEM_WORDS.some((w) => clause.slice(0, colon).includes(w));
}

/**
 * Whether text[from, to) holds a number with a unit that no figure of figures[first, last) covers (0.93千米, 12亩):
 * a quantity of a kind the extraction does not read; or a bare number after a label that ends the clause right before
 * `to` (人数37，其中…: a count written without its unit). Years, months, days, ordinals (第3), document numbers (号)
 * and rates are no such quantity.
 */
function unreadQuantityBetween(text: string, figures: readonly Figure[], first: number, last: number, from: number, to: number): boolean {
  const re = /\d+(?:\.\d+)?/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to) break;
    let covered = false;
    for (let k = first; k < last; k++) if (figures[k]!.start <= start && figures[k]!.end >= end) covered = true;
    if (covered) continue;
    const before = text[start - 1] ?? '';
    if (before === '第' || /[.\d]/.test(before)) continue;
    if (UNREAD_QUANTITY_UNIT.test(text.slice(end, end + 3))) return true;
    // 共有编制18人，人数37，其中财政供养人员12人、离退休21人…: a bare number after a label (a count word, its unit left
    // out) that ends the clause right before 其中 is the nearest quantity — the one the 其中 breaks down.
    if (isCjkCode(text.charCodeAt(start - 1)) && BARE_BEFORE_LIST.test(text.slice(end, to))) return true;
  }
  return false;
}

/** Only a comma (and blanks) between a number and the list marker after it. */
const BARE_BEFORE_LIST = /^[ \t]*[，,]?[ \t]*$/;

/** Units of measure the figures leave unread: a number followed by one of them is a quantity of its own. */
const UNREAD_QUANTITY_UNIT = /^(?:千米|公里|平方米|平方公里|立方米|米|亩|公顷|吨|千克|公斤|km|m²|㎡|m)/;

function sameFamily(a: Figure, b: Figure): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'money') return a.currency === b.currency;
  if (a.kind === 'count') return a.unit === b.unit;
  return false;
}


/** Words that break down the figure right before them, as 其中 does (共有干部职工32人，包括…; 共12个，分别为…). */
const FOLLOW_MARKERS = GRAMMAR.followingBreakdownWords;
/** The first characters of FOLLOW_MARKERS, by code: a place opening with none of them holds no marker. */
const FOLLOW_MARKER_FIRST: ReadonlySet<number> = new Set(FOLLOW_MARKERS.map((w) => w.charCodeAt(0)));

interface ListMarker {
  at: number;
  len: number;
  /** 包括 / 分别为: the total is the figure the marker follows, nothing before it. */
  follows: boolean;
}

/**
 * Where a list opened at `from` stops when the markers from index `m` on that stand at `stop` sit inside brackets opened
 * after `from` (…28.50万元（其中，购置0万元…），接待费…): past each such bracket, up to the next marker outside one or
 * `end`. Linear: each marker and each character is passed once.
 */
function pastBracketedMarkers(text: string, markers: readonly ListMarker[], m: number, from: number, stop: number, end: number): number {
  let depth = 0;
  let cursor = from;
  while (m < markers.length && markers[m]!.at === stop && stop < end) {
    const inner = markers[m]!.at;
    for (; cursor < inner; cursor++) {
      const c = text[cursor];
      if (c === '（' || c === '(') depth++;
      else if ((c === '）' || c === ')') && depth > 0) depth--;
    }
    if (depth === 0) break;
    // The bracket's close: the list goes on after it.
    for (; cursor < end && depth > 0; cursor++) {
      const c = text[cursor];
      if (c === '（' || c === '(') depth++;
      else if (c === '）' || c === ')') depth--;
    }
    if (depth > 0) break;
    while (m < markers.length && markers[m]!.at < cursor) m++;
    stop = Math.min(end, markers[m]?.at ?? Number.POSITIVE_INFINITY);
  }
  return stop;
}

/** 其中 wherever it stands, and a following-breakdown word right after a figure (its noun and a comma between at most). */
function listMarkers(text: string, figures: readonly Figure[]): ListMarker[] {
  const out: ListMarker[] = [];
  for (let at = text.indexOf('其中'); at !== -1; at = text.indexOf('其中', at + 2)) out.push({ at, len: 2, follows: false });
  for (const f of figures) {
    if ((f.kind !== 'money' && f.kind !== 'count') || f.comparative || f.qualifier) continue;
    // A note in brackets without a figure (…2299.88万元（大写：人民币…元整），包括：…) stands between as the noun may.
    const from = f.end + noteAfter(text, f.end);
    let k = from;
    while (k < text.length && k - from < 8 && isCjkCode(text.charCodeAt(k)) && followMarkerAt(text, k) === undefined) k++;
    if (text[k] === '，' || text[k] === ',') k++;
    const w = followMarkerAt(text, k);
    if (w && followsFigure(text, f, k)) out.push({ at: k, len: w.length, follows: true });
    else if (withinWhole(text, f)) out.push({ at: f.end, len: WITHIN_WHOLE_END.exec(text.slice(f.end, f.end + 8))![0].length, follows: true });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The following-breakdown word written at `k`, if any (a loop: no closure made for each character tested). */
function followMarkerAt(text: string, k: number): string | undefined {
  if (!FOLLOW_MARKER_FIRST.has(text.charCodeAt(k))) return undefined;
  for (const w of FOLLOW_MARKERS) if (text.startsWith(w, k)) return w;
  return undefined;
}

/**
 * 在全国政府采购规模3681.6亿元中，地方采购规模3211亿元，中央单位采购规模470.6亿元: a figure framed by 在 (opening its
 * clause) and 中 right after it, then a comma, is the whole the next figures break down, as 其中 says.
 */
const WITHIN_WHOLE_END = /^[ \t]*中[ \t]*[，,][，, \t]*/;

/** What ends a clause (，,；;：:。 and a line break), as character codes: read back without a string per character. */
const CLAUSE_STOPS = new Set(Array.from('，,；;：:。\n', (c) => c.charCodeAt(0)));

function withinWhole(text: string, f: Figure): boolean {
  if (!WITHIN_WHOLE_END.test(text.slice(f.end, f.end + 8))) return false;
  let k = f.start - 1;
  while (k >= 0 && f.start - k <= 40 && !CLAUSE_STOPS.has(text.charCodeAt(k))) k--;
  return /^\s*在/.test(text.slice(k + 1, f.start));
}

/** A bracketed note holding no digit right at `at` (（大写：人民币贰仟…元整）): its length, or 0. */
const FIGURELESS_NOTE = /^[（(][^（）()\d０-９]{1,40}[）)]/;
function noteAfter(text: string, at: number): number {
  return text.charCodeAt(at) === 0xff08 || text[at] === '(' ? (FIGURELESS_NOTE.exec(text.slice(at, at + 44))?.[0].length ?? 0) : 0;
}

/** Whether only the figure's counted noun (项目, 人) and a comma stand between it and the marker at `at` (a figureless bracketed note aside). */
function followsFigure(text: string, f: Figure, at: number): boolean {
  const between = text.slice(f.end + noteAfter(text, f.end), at);
  return between.length <= 9 && /^[\u4e00-\u9fff]{0,8}[，,]?$/.test(between) && !between.includes('其中') && (between === '' || between.endsWith('，') || between.endsWith(',') || f.kind === 'count');
}

/** How many sentences back a paragraph's parallel predecessor is looked for. */
const PARALLEL_PARAGRAPH_SENTENCES = 20;

/** The last three characters of the labels of a paragraph's amounts (not changes), from its last sentence back. */
function amountEndings(figures: readonly Figure[], sentences: readonly Sentence[], last: number): { endings: Set<string>; first: number } {
  const endings = new Set<string>();
  const paragraph = sentences[last]!.paragraph;
  let k = last;
  for (; k >= 0 && last - k < PARALLEL_PARAGRAPH_SENTENCES && sentences[k]!.paragraph === paragraph; k--) {
    const s = sentences[k]!;
    for (let j = firstFigureAtOrAfter(figures, s.start); j < figures.length && figures[j]!.start < s.end; j++) {
      const f = figures[j]!;
      const label = f.label.replace(/\s/g, '');
      if (f.kind === 'money' && !f.comparative && label.length >= 3) endings.add(label.slice(-3));
    }
  }
  return { endings, first: k + 1 };
}

/**
 * Whether the paragraph ending with sentence `last` follows a paragraph that states an amount named with the same
 * ending (社会保障和就业支出（类）支出… ⏎ 住房保障支出（类）支出…): one of a run of parallel paragraphs.
 */
function parallelParagraphBefore(figures: readonly Figure[], sentences: readonly Sentence[], last: number): boolean {
  const own = amountEndings(figures, sentences, last);
  if (own.endings.size === 0 || own.first === 0) return false;
  const before = amountEndings(figures, sentences, own.first - 1);
  for (const e of before.endings) if (own.endings.has(e)) return true;
  return false;
}

function findQizhong(text: string, figures: readonly Figure[], sentences: readonly Sentence[], byCategoryParagraphs: ReadonlySet<number>, markers: readonly ListMarker[]): Decomposition[] {
  const out: Decomposition[] = [];
  let mi = 0;
  let at = markers.length > 0 ? markers[0]!.at : -1;
  let sentenceIndex = 0;
  const brackets = new BracketScanner(text);
  while (at !== -1) {
    const here = markers[mi]!;
    const len = here.len;
    const next = mi + 1 < markers.length ? markers[mi + 1]!.at : -1;
    mi++;
    while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex]!.end <= at) sentenceIndex++;
    const sentence = sentences[sentenceIndex];
    if (sentence) {
      const idx = firstFigureAtOrAfter(figures, at);
      // The total: nearest figure before 其中, in this sentence or the previous one of the same paragraph.
      const prevSentence = sentences[sentenceIndex - 1];
      // The total may sit in the previous sentence only when 其中 opens its own (…决算数1059.41万元。其中：…).
      let back = at - 1;
      while (back >= sentence.start && (text[back] === ' ' || text[back] === '\n')) back--;
      const opensSentence = back < sentence.start;
      // A paragraph that opens with 其中 (…占总数的100%。⏎其中：…) cannot stand alone: it goes on from the sentence that
      // ends the paragraph right before it, only a line break between.
      // Not after a run of parallel paragraphs (…（类）支出决算为A。⏎…（类）支出决算为B。⏎其中，…): the 其中 may then break
      // down any of them.
      const continuesParagraph =
        opensSentence &&
        prevSentence !== undefined &&
        prevSentence.paragraph === sentence.paragraph - 1 &&
        /^\s*$/.test(text.slice(prevSentence.end, at)) &&
        !parallelParagraphBefore(figures, sentences, sentenceIndex - 1);
      const floor = opensSentence && prevSentence && (prevSentence.paragraph === sentence.paragraph || continuesParagraph) ? prevSentence.start : sentence.start;
      let stop = Math.min(sentence.end, next === -1 ? Number.POSITIVE_INFINITY : next);
      // 其中，出国费23.4万元，车辆费28.50万元（其中，购置0万元，运行28.50万元），接待费26.90万元: a 其中 inside a bracket
      // opened after this one breaks down the part before the bracket; this list goes on after the bracket closes
      // (the amounts in it are skipped below as a part's own breakdown). SUMS.md form 1.
      if (!here.follows) stop = pastBracketedMarkers(text, markers, mi, at + len, stop, sentence.end);
      // 收入合计A元，其中：⏎团体会员会费B元，会议注册费C元，其他收入D元。: a 其中 ending its line sets the parts on the next
      // line, which goes on the sentence (only the colon and the line break between). SUMS.md form 1.
      const nextSentence = sentences[sentenceIndex + 1];
      if (
        stop === sentence.end &&
        nextSentence !== undefined &&
        /^[：:，,]?[ \t]*\n[ \t]*$/.test(text.slice(at + len, nextSentence.start)) &&
        // (Numbered lines, 其中：⏎1、财政拨款A；⏎2、…, are read line by line below.)
        !OUTLINE_MARKER.test(text.slice(nextSentence.start, nextSentence.start + 6)) &&
        (next === -1 || next >= nextSentence.start)
      ) {
        stop = Math.min(nextSentence.end, next === -1 ? Number.POSITIVE_INFINITY : next);
        stop = pastBracketedMarkers(text, markers, mi, nextSentence.start, stop, nextSentence.end);
      }
      // 其中 inside brackets (接待4228人次（其中外事接待0人次）; 财政拨款收入A万元（其中，一般公共预算B万元，…），占…)
      // names a subset of the figure before the bracket: its list ends at the closing bracket and is never
      // read as complete.
      // 包括 / 分别为 list their parts up to the clause's end (…；公务接待费… is the next item of an outer list), and
      // open with a part: a list of names first (内设13个部门，分别为立案庭、…；所属事业单位1个), or an item without a
      // figure (包括某局机关和16个直属单位…), breaks down nothing that can be added.
      // A colon right after the word (…A万元，包括：B万元，占…；C万元，占…。) opens the list as 其中： does: it runs over
      // the sentence, its ；s apart (found by the para: rewrite 其中 → 包括 of scripts/check-invariance.ts --lost).
      if (here.follows) {
        const semi = /[：:]/.test(text[at + len] ?? '') ? -1 : text.slice(at, Math.min(stop, at + 2000)).indexOf('；');
        if (semi !== -1) stop = at + semi;
        const first = figures[idx];
        if (!first || first.start >= stop || first.start - at > 24 || /[、；，和及]/.test(text.slice(at + len, first.start))) {
          at = next;
          continue;
        }
      }
      // A 其中 nested in an item of this list (其中：出国费0万元；公务用车购置及运行费8.76万元，其中购置费0万元，运行费8.76万元；
      // 公务接待费0.43万元): the nested one's clause, up to its ；, breaks down that item; this list goes on after it.
      // Preconditions: this 其中 opens with a colon, the nested one follows an amount in its own clause, and a ； ends
      // that clause before the sentence ends.
      const skipped: [number, number][] = [];
      if (!here.follows && text[at + len] === '：') {
        for (let m = mi; m < markers.length && markers[m]!.at === stop && stop < sentence.end; m++) {
          const inner = markers[m]!.at;
          const clause = Math.max(text.lastIndexOf('；', inner), text.lastIndexOf('：', inner), at);
          const item = figures[firstFigureAtOrAfter(figures, clause)];
          const semi = text.indexOf('；', inner);
          if (!item || item.start >= inner || item.kind !== 'money' || semi === -1 || semi >= sentence.end) break;
          skipped.push([inner, semi]);
          stop = Math.min(sentence.end, markers[m + 1]?.at ?? Number.POSITIVE_INFINITY);
        }
      }
      const bracketEnd = brackets.enclosingEnd(sentence.start, at, sentence.end);
      const inBrackets = bracketEnd !== null;
      if (bracketEnd !== null) stop = Math.min(stop, bracketEnd);
      // In a 按…分 paragraph the categories are separated by ；: a category's 其中 ends there.
      if (byCategoryParagraphs.has(sentence.paragraph)) {
        // Searched only up to the current stop, so the scan stays linear over many 其中.
        const semi = text.slice(at, Math.min(stop, text.length)).indexOf('；');
        if (semi !== -1) stop = at + semi;
      }
      // 其中 opening a sentence after a list of different items (…出国费0万元，…运行维护费46.2万元，…接待费18.6万元。
      // 其中：购置费…) may refer to any of them: the referent is unknown, so nothing is checked.
      if (opensSentence && prevSentence && floor === prevSentence.start) {
        // Only the figures of the previous sentence (found by binary search: a scan of all figures per 其中 was
        // quadratic on long reports).
        const subjects = new Set<string>();
        // 支出预算为A，支出决算为B，完成预算的R%。其中：… — a budget stated beside the 决算 is the same item's plan, not
        // another item: with a 决算 in the sentence, budget amounts name no referent of their own.
        const amounts: Figure[] = [];
        for (let k = firstFigureAtOrAfter(figures, prevSentence.start); k < figures.length && figures[k]!.start < sentence.start; k++) {
          const f = figures[k]!;
          if (f.end <= sentence.start && f.kind === 'money' && !f.comparative) amounts.push(f);
        }
        const hasFinal = amounts.some((f) => f.phase === 'final');
        for (const f of amounts) if (!(hasFinal && (f.phase === 'initialBudget' || f.phase === 'adjustedBudget' || f.subject.endsWith('预算')))) subjects.add(f.subject);
        if (subjects.size > 1) {
          at = next;
          continue;
        }
      }
      // Several figures may precede 其中 (项目30个，合同资金106.96亿元。其中…项目11个): the total is the nearest
      // one whose kind and unit the parts share.
      for (let k = idx - 1; k >= 0 && k >= idx - (here.follows ? 1 : 6); k--) {
        const total = figures[k]!;
        if (total.start < floor) break;
        // 包括 / 分别为 break down the figure they follow, and only it (共有干部职工32人，包括…).
        if (here.follows && !followsFigure(text, total, at)) break;
        if ((total.kind !== 'money' && total.kind !== 'count') || total.comparative || total.qualifier) continue;
        if (AVERAGE_WORDS.some((w) => total.label.includes(w))) continue;
        // 财政拨款收、支总计均为A万元，其中：年初结转B，本年收入C；本年支出D，年末结转E — a total stated for both sides at once
        // breaks down into one list per side, each making the total: no one sum of all its parts. Not read.
        if (bothSides(text, total)) break;
        // 总成本A元（使用财政拨款支出B元），其中…: a figure in brackets closed before 其中 is a note on the figure
        // before the bracket, which is what 其中 breaks down.
        if (bracketClosesBetween(text, total.end, at)) continue;
        // 配套建筑物5座；巷道硬化0.93千米，其中…: a quantity the figures do not read (a length, an area) stands
        // between the candidate and 其中 — the 其中 breaks down that quantity, not this one: nothing is read.
        if (unreadQuantityBetween(text, figures, k + 1, idx, total.end, at)) break;
        // 公务接待费201.25万元，其中：国内公务接待4032批次，33409人次；公务用车…382.58万元 — a 其中 that opens with
        // figures of another kind breaks down something else (the receptions), not this amount.
        const first = figures[idx];
        if (first && first.start < stop && (first.kind === 'money' || first.kind === 'count') && !sameFamily(first, total)) continue;
        const parts: Figure[] = [];
        // Amounts left out only because their words put them outside the total (退休人员17人 under 年末人数50人).
        const outside: Figure[] = [];
        // Amounts of the total's kind after 其中 in its own sentence that were not taken as parts (一般公共预算收入A，
        // 其中：税收收入B；一般公共预算支出C): the sentence went on to another statement, so the list ended in it.
        let otherStatement = false;
        // Figures in brackets after a part are its own breakdown (购置及运行费500万元（购置费100万元…）).
        let depth = 0;
        let cursor = at;
        // Items separated by ；: only the first amount of each ；-clause is an item; one after it with a label of
        // two characters or less is the item's change or budget (因公出国（境）费2.94亿元，镌汰3.7亿元；…).
        let clauseHasPart = false;
        // Changes stated inside the list (调减40万元): a figure after them equal to the total with a change applied,
        // once the parts make the total, is the total after the change (全年实际下达71万元), not one more part.
        const changes: number[] = [];
        const bySemicolons = text.slice(at, Math.min(stop, at + 2000)).includes('；');
        // Where the current clause started (after ，；。): a colon heading is read from there.
        let clauseStart = at + len;
        // 其中：基本支出A，占总支出的R%，包括人员经费B、公用经费C；项目支出D: in a list whose items are set off by ；, a
        // clause opening with an inclusion word (grammar inclusionWords) after a part breaks down that part — its
        // amounts, up to the next ； or 。, are the part's own, not more items of this list (former test33 2740–2751).
        let inInclusion = false;
        for (let j = idx; j < figures.length && figures[j]!.start < stop; j++) {
          const f = figures[j]!;
          let addend = false;
          let heading = false;
          let unmatchedClose = false;
          for (; cursor < f.start; cursor++) {
            const c = text[cursor];
            if ((c === '；' || c === '。') && depth === 0) inInclusion = false;
            else if ((c === '，' || c === ',') && depth === 0 && bySemicolons && parts.length > 0 && startsWithInclusion(text, cursor + 1)) inInclusion = true;
            if (c === '（' || c === '(') depth++;
            else if ((c === '）' || c === ')') && depth > 0) depth--;
            // 收入A亿元,其中:税收收入B亿元、非税收入C亿元)、上级补助收入D亿元(…): a closing bracket opened before 其中 (its
            // opening lost or never written) closes the aside the list stood in — the list ends there.
            else if ((c === '）' || c === ')') && parts.length > 0) unmatchedClose = true;
            else if ((c === '；' || c === '。') && depth === 0) clauseHasPart = false;
            else if (c === '加' && depth === 0 && (text[cursor + 1] === '上' || '，。；'.includes(text[cursor - 1] ?? ''))) addend = true;
            if ((c === undefined || c === '，' || c === '；' || c === '。') && depth === 0) clauseStart = cursor + 1;
            else if ((c === '：' || c === ':') && depth === 0 && cursor > at + len && mainItemsHeading(text.slice(clauseStart, cursor + 1))) heading = true;
          }
          // 加上转移性收入33.8亿元，收入合计164.0亿元: an amount added to the total, not one of its parts — the list ends.
          if (addend || unmatchedClose) break;
          // (The amounts of a nested 其中's clause are that item's parts, not this list's.)
          if (skipped.some(([a, b]) => f.start >= a && f.start < b)) continue;
          if (inInclusion) continue;
          // …其他资金859.6万元2023年支出2310.4万元: right after a part, with nothing between, a year opens a new statement
          // whose 。 was lost (a part named by a year follows a ，: 其中2022年结转50万元，2023年拨付…).
          if (depth === 0 && parts.length > 0 && YEAR_OPENS_STATEMENT.test(text.slice(parts[parts.length - 1]!.end, f.start))) break;
          // 其中省级资金109.98亿元，目前已下达123.01亿元: a clause opening with 目前 / 截至 after a part says how far the money
          // has got — another statement, no part (a part may still say 已: 其中已拨付300万元，未拨付200万元).
          if (depth === 0 && parts.length > 0) {
            const clause = text.slice(clauseStart, f.start).trimStart();
            if (GRAMMAR.progressOpeners.some((w) => clause.startsWith(w))) break;
          }
          // …。主要收入项目完成情况：增值税A，营业税B — a heading opens a list of the main items of something else.
          if (heading && parts.length > 0) break;
          // 总收入A元，其中财政拨款收入B元；总支出C元，其中…: a figure named as a total of its own (总支出, 总成本)
          // starts another statement — the parts are only those listed before it.
          if (depth === 0 && parts.length > 0 && f.label.trimStart().startsWith('总')) break;
          // …工农业总产值A亿元，其中工业总产值B亿元…，财政总收入C万元: a total of another quantity (总收入 where the
          // total is an 产值) starts another statement too.
          if (depth === 0 && parts.length > 0 && otherTotal(f, total)) break;
          // 问题金额3786.5万元，其中2009年3316.10万元，…；账务记录等不规范问题金额18 234.28万元: after a ； a figure named by
          // the total's own head noun (…问题金额) is a parallel statement of another such amount, not a part.
          // Not where the parts with it stay within the total (其中：鲤城区对口帮扶资金1200万元；县级财政扶贫资金1300万元 of
          // 扶贫资金2600万元): an amount of the total's kind that the total can still hold is one more part.
          if (depth === 0 && parts.length > 0 && parallelHead(f, total) && text.slice(parts[parts.length - 1]!.end, f.start).includes('；') && parts.reduce((a, p) => a + p.scaled, f.scaled) > total.scaled) break;
          // 一张2元钱的双色球，其中0.72元纳入公益金；一张10元钱的刮刮乐，其中2元纳入公益金: after a ；, a clause that opens
          // with the words the total's own clause opens with, and has a 其中 of its own, is a parallel statement (the
          // total of that 其中), not one more part.
          if (depth === 0 && parts.length > 0 && next !== -1 && parallelOpening(text, f, total, parts[parts.length - 1]!, next)) break;
          // …，收入合计43.43亿元 / …；项目支出B元 after a 基本支出 list: a total of its own or the total's sibling ends the list.
          if (depth === 0 && parts.length > 0 && (closesAsTotal(text, f) || siblingOf(f, total))) break;
          if (depth === 0 && sameFamily(f, total) && f.comparative) changes.push(f.scaled);
          if (depth === 0 && !f.comparative && changes.length > 0 && isNetOfTotal(f, total, parts, changes)) break;
          // An amount of the total's kind, stated plainly (no qualifier, no change), outside any bracket.
          const candidate = depth === 0 && sameFamily(f, total) && !f.qualifier && !f.comparative;
          const isOutside = candidate && outsideTotal(f, total, text);
          // 其中行政95人、事业48人、工勤3人；持有…112人: an amount joined to the part before by 、 alone, or following a part
          // of a short name itself (行政95人，事业48人), is one more item of a list inside the ；-clause, not that item's
          // change (dev 2944: 事业48人 was skipped for its short label; 因公出国（境）费2.94亿元，镌汰3.7亿元 stays a change).
          const lastPart = parts[parts.length - 1];
          const between = lastPart ? text.slice(lastPart.end, f.start) : '';
          const sibling =
            lastPart !== undefined &&
            (/^[^，,；;。：:（）()]*、[^，,；;。：:（）()]*$/.test(between) || (lastPart.label.trim().length <= 2 && /^[^；;。：:（）()]*$/.test(between)));
          const changeOfItem = bySemicolons && clauseHasPart && f.label.length <= 2 && !sibling;
          if (isOutside && !subsetClause(text, f, total) && !changeOfItem) outside.push(f);
          if (candidate && !isOutside && !subsetClause(text, f, total)) {
            if (changeOfItem) continue;
            parts.push(f);
            clauseHasPart = true;
          } else if (depth === 0 && sameFamily(f, total) && !f.comparative && !f.qualifier) otherStatement = true;
        }
        // 其中：人员经费X元，主要包括…。公用经费Y元，主要包括…。 — one part per sentence: when 其中 ends in a
        // colon and its own sentence holds at most one part, the following sentences that open with a figure
        // of the same kind continue the list — unless the sentence already went on to another statement.
        if (parts.length <= 1 && text[at + len] === '：' && !otherStatement) {
          // Each following clause (ended by 。 or ；) must open with a part.
          // (From past the next line when the parts were read there: 其中：⏎… above.)
          let clauseStart = Math.max(sentence.end, stop);
          const limit = Math.min(text.length, sentence.end + 2000);
          // 其中：⏎1、财政拨款A；⏎2、事业收入B；…: 其中： ending its line, then lines numbered from 1 in a kind of marker
          // other than the total's own line's ((一) 收入预算T，其中：) — the numbered lines are its parts, as long as
          // their numbers run on in that kind (the outer list's next item, （二）, ends them).
          const colonEndsLine = /^：[ \t]*\n/.test(text.slice(at + len, at + len + 4));
          const totalLineStart = text.lastIndexOf('\n', total.start - 1) + 1;
          const totalMarker = outlineMarkerAt(text.slice(totalLineStart, totalLineStart + 6));
          let numbered: { kind: string; n: number } | null = null;
          for (let guard = 0; guard < 12 && clauseStart < limit; guard++) {
            while (clauseStart < limit && (text[clauseStart] === '\n' || text[clauseStart] === ' ')) clauseStart++;
            // A numbered line (2. 项目支出…) is the next item of the outer list, not a part; 加上… adds to the total.
            if (OUTLINE_MARKER.test(text.slice(clauseStart, clauseStart + 6))) {
              const m = colonEndsLine ? outlineMarkerAt(text.slice(clauseStart, clauseStart + 6)) : null;
              const runsOn = m !== null && (numbered ? m.kind === numbered.kind && m.n === numbered.n + 1 : guard === 0 && m.n === 1 && m.kind !== totalMarker?.kind);
              if (!runsOn || (text[clauseStart - 1] !== '\n' && clauseStart !== 0)) break;
              numbered = m;
              clauseStart += m.length;
            } else if (numbered) break;
            if (GRAMMAR.addingOpeners.some((w) => text.startsWith(w, clauseStart))) break;
            const f = figures[firstFigureAtOrAfter(figures, clauseStart)];
            if (!f || f.start - clauseStart > 20 || !sameFamily(f, total) || f.comparative || f.qualifier || f.label.length > 15 || outsideTotal(f, total, text)) break;
            // 全省一般公共预算支出A，其中：省级支出B。全省民生保障支出C: a sentence naming its amount by the total's own
            // scope (grammar wholeScopeWords) speaks of the whole again, not of one more part.
            if (GRAMMAR.wholeScopeWords.some((w) => f.label.startsWith(w) && total.label.replace(/^\d{4}年度?/u, '').startsWith(w))) break;
            // …公务用车购置及运行维护费1,003.64万元，…。其中：公务用车运行维护费707.53万元…: a clause that opens with a
            // breakdown word of its own breaks down the part before it, not one more part of this list — the list ends.
            if (markers.some((m) => m.at >= clauseStart && m.at < f.start)) break;
            if (mainItemsHeading(text.slice(clauseStart, f.start))) break;
            parts.push(f);
            let k = f.end;
            while (k < limit && text[k] !== '。' && text[k] !== '；') k++;
            clauseStart = k + 1;
          }
        }
        // 各级单位年末人数50人，其中在职人员33人，离休人员0人，退休人员17人，其他人员0人: the amounts set outside the total by
        // their words (grammar outsideWords) make it up exactly together with the parts — the total counts them too (a
        // year-end head count of everyone), so they are parts.
        if (parts.length > 0 && outside.length > 0) {
          const inner = parts.reduce((a, p) => a + p.scaled, 0);
          if (inner !== total.scaled && inner + outside.reduce((a, p) => a + p.scaled, 0) === total.scaled) {
            parts.push(...outside);
            parts.sort((a, b) => a.start - b.start);
          }
        }
        if (parts.length === 0) continue;
        // A list still running where the text stops (a stored page cut mid-sentence) is not complete on the page:
        // an item still to come may add or deduct, so nothing is said of its sum.
        if (cutAtEnd(text, sentence.end)) break;
        // A 其中 nested in an outer 其中's list (…；B为27.46万元，其中：B1 0万元；B2 27.46万元；C 22.59万元) has no
        // end of its own: the outer list's next item follows in the next ；-clause. When its first parts (two
        // or more, up to a ；) already make up its total, the clauses after them are taken as the outer list's.
        // Likewise a list whose first parts (two or more) already make up its total exactly, followed after a
        // clause break by amounts that are not named 其他… and not named like those parts (their labels' common
        // ending: 国税完成 / 地税完成 / 财政完成): those amounts are further statements (…；财政完成3051万元；实现地方一般
        // 预算收入19401万元 / 福利彩票销量4.04亿元，体育彩票销量4.43亿元，共为国家筹集彩票公益金2.31亿元), not parts
        // beyond the total. One more part named like them (三湾村3.4公里…大义村2.5公里，陈家村1.9公里) is one more part.
        const nested = text.lastIndexOf('其中', at - 1) >= sentence.start;
        // …中央财政资金30.9万元，县财政资金30.9万元，共计下达68.1万元: the last amount of the list, in a clause that opens
        // with 共计 / 合计 / 总计, totals the amounts listed before it.
        let closing: Figure | undefined;
        if (parts.length > 2 || (nested && parts.length === 2)) {
          let sum = 0;
          for (let n = 0; n < parts.length - 1; n++) {
            sum += parts[n]!.scaled;
            const between = text.slice(parts[n]!.end, parts[n + 1]!.start);
            const boundary = nested ? between.includes('；') : /[；，]/.test(between);
            const rest = parts.slice(n + 1);
            const ending = commonEnding(parts.slice(0, n + 1).map((p) => p.label));
            // …，公务用车购置及运行维护费1701.3万元，包括购置费260万元、运行维护费1441.3万元: once the parts make the total,
            // a clause opening with an inclusion word (包括, 含) breaks down the part before it, not the total.
            const opensInclusion = GRAMMAR.inclusionWords.some((w) => between.replace(/^[，,；;\s]+/u, '').startsWith(w));
            // …，中央资金30.9万元，县配套资金30.9万元，2021年度中央下达资金61.8万元: once the parts make the total, an
            // amount equal to the total itself restates the whole (another statement), never one more part.
            // 年末在职职工512人，其中编内人员398人、编外聘用人员114人；在职职工中卫生专业技术人员446人: parts set off by 、 or ，
            // that make the total, then a ； — a stop of a higher level than the list's own — open another statement.
            const higherStop = between.includes('；') && !text.slice(parts[0]!.start, parts[n]!.end).includes('；');
            // 受理投诉举报2,184件，其中投诉1,862件、举报322件，按时办结2,150件: parts joined by 、 that make the total, then a
            // ， — a stop of a higher level than the 、 that joined them — opens another statement, as ； does above.
            const dunJoined = n >= 1 && parts.slice(0, n + 1).every((p, k) => k === 0 || /^[^，,；;]*、[^，,；;]*$/.test(text.slice(parts[k - 1]!.end, p.start)));
            const commaStop = dunJoined && /[，,]/.test(between) && !between.includes('、');
            const closed =
              nested ||
              opensInclusion ||
              higherStop ||
              commaStop ||
              rest[0]!.scaled === total.scaled ||
              (ending !== '' &&
                rest.some((p) => p.scaled > 0) &&
                !rest.some((p) => p.label.endsWith(ending) || EXHAUSTIVE_WORDS.some((w) => p.label.startsWith(w) || p.subject.startsWith(w))));
            // (A nested one's first part alone may make it up: 其中购置费为0，运行费8.76万元；… where the zero, written
            // without a unit, is no amount read.)
            if ((n >= 1 || nested) && sum === total.scaled && boundary && closed) {
              const lead = text.slice(parts[n]!.end, rest[0]!.start).replace(/^[，,；;\s]+/u, '');
              if (rest.length === 1 && !nested && !inBrackets && GRAMMAR.listTotalOpeners.some((w) => lead.startsWith(w))) closing = rest[0];
              parts.length = n + 1;
              break;
            }
          }
        }
        // A list that names even its zero items reads as complete — but one zero item alone says nothing.
        const exhaustive =
          !inBrackets &&
          ((parts.length >= 2 && parts.some((p) => p.scaled === 0)) ||
            parts.some((p) => EXHAUSTIVE_WORDS.some((w) => p.label.startsWith(w) || p.subject.startsWith(w))) ||
            text.slice(at, Math.min(at + 8, stop)).includes('分别'));
        const truncated = next !== -1 && next < sentence.end && stop <= next && !skipped.some(([a]) => a === next) ? true : skipped.length > 0 && stop < sentence.end;
        const marker = { start: at, end: at + len };
        // 送审金额A，审定金额B，其中预算项目送审金额A1，审定金额B1，结算项目送审金额A2，审定金额B2: the clause before 其中
        // states several named amounts and the list repeats their names group by group — each name's amounts are the
        // parts of the amount of that name, not all of them of the nearest one.
        const groups = parallelGroups(figures, parts, total, floor, at);
        if (groups) {
          for (const [groupTotal, groupParts] of groups) out.push({ kind: 'qizhong', total: groupTotal, parts: groupParts, marker, exhaustive, truncated });
          break;
        }
        out.push({ kind: 'qizhong', total, parts, marker, exhaustive, truncated });
        if (closing) out.push({ kind: 'qizhong', total: closing, parts: [...parts], marker, exhaustive: true, truncated: false });
        break;
      }
    }
    at = next;
  }
  return out;
}

/**
 * Whether a clause opening with an inclusion word (包括, 含 …; grammar inclusionWords) starts at `k` — past a copy's line
 * break or spaces there (…2,186.35万元，⏎包括人员经费…).
 */
function startsWithInclusion(text: string, k: number): boolean {
  while (k < text.length && (text[k] === '\n' || text[k] === ' ' || text[k] === '\u3000' || text[k] === '\r')) k++;
  for (const w of GRAMMAR.inclusionWords) if (text.startsWith(w, k)) return true;
  return false;
}

/** Between two amounts, a year opening the next clause (…万元2023年支出…): a new statement whose 。 was lost. */
const YEAR_OPENS_STATEMENT = /^\s*(?:19|20)\d{2}年(?:度)?[\u4e00-\u9fff]/;

/** The clause of a closing total: 合计 / 共计 / 总计 (以上两项合计, 三项共计为) and nothing else before its figure. */
const CLOSING_CLAUSE = new RegExp(`^(?:以上|上述|上列)?(?:[两二三四五六七八九十\\d]{1,2}项)?(?:${[...GRAMMAR.closingListWords].sort((a, b) => b.length - a.length).join('|')})(?:为|是|达)?[：:]?$`);
/** What ends a clause, as strings (for a word that opens a clause). */
const CLAUSE_BREAKS = Array.from('，,；;：:。\n');

/** The clause of a closing total named by its side alone (支出总量为, 收入合计): a side word, then a sideClosingWords word. */
const SIDE_CLOSING_CLAUSE = new RegExp(`^(${[...GRAMMAR.incomeWords, ...GRAMMAR.outgoingWords].join('|')})(?:${[...GRAMMAR.sideClosingWords].sort((a, b) => b.length - a.length).join('|')})(?:为|是|达)?[：:]?$`);
/** Words that make a figure a total of its own: such a figure is no part of a list closed by 合计. */
const TOTAL_LABEL = /合计|共计|总计|总共|共有|(?<!公)共|总|全年|全部|累计/;

/**
 * 在职人员20人，退休人员9人，离休人员2人，合计30人 / 出国费0万元，接待费3万元，公务用车费5万元，共计8万元: a list closed
 * by its total, without 其中. Preconditions (silent otherwise): the total's clause holds only the closing word; every
 * figure of the sentence before it (from its start or the last colon) is a part — of the total's kind and unit,
 * no change or qualified figure, none in brackets (a note on the part before), none named as a total (共有, 总, 全年), one income or cost and one
 * role (预算 or 决算) throughout, each in a clause of its own; two parts at least; no 其中 / 包括 list in the sentence
 * before it (read there).
 */
function findClosingTotals(text: string, figures: readonly Figure[], sentences: readonly Sentence[], markers: readonly ListMarker[]): Decomposition[] {
  const out: Decomposition[] = [];
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    if ((total.kind !== 'money' && total.kind !== 'count') || total.comparative || total.qualifier) continue;
    let k = total.start;
    while (k > 0 && total.start - k < 12 && !CLAUSE_STOPS.has(text.charCodeAt(k - 1))) k--;
    const clause = text.slice(k, total.start).trim();
    // 支出总量为596,070万元 after a list of spending: a total named by its side alone (see below for its precondition).
    const side = CLOSING_CLAUSE.test(clause) ? null : (SIDE_CLOSING_CLAUSE.exec(clause)?.[1] ?? undefined);
    if (side === undefined || !'，,；;'.includes(text[k - 1] ?? '')) continue;
    const sentence = sentences[total.sentence];
    if (!sentence) continue;
    let from = sentence.start;
    const colon = Math.max(text.lastIndexOf('：', k - 1), text.lastIndexOf(':', k - 1));
    if (colon >= from) from = colon + 1;
    if (markers.some((m) => m.at >= from && m.at < total.start)) continue;
    const parts: Figure[] = [];
    let ok = true;
    const firstIndex = firstFigureAtOrAfter(figures, from);
    for (let j = firstIndex; j < i; j++) {
      const f = figures[j]!;
      // 合作社总计投入资金99.7万元，主要用于A22万元，…，共计99.7万元: the sentence's first amount, equal to the total or
      // followed by 用于, states the whole (whatever its name); the list is what follows it.
      const lead = text.slice(f.end, f.end + 6).replace(/^[，,]/, '');
      if (j === firstIndex && i - j > 2 && sameFamily(f, total) && !f.comparative && ((f.scaled === total.scaled && f.unit === total.unit) || GRAMMAR.usedForWords.some((w) => lead.startsWith(w)))) continue;
      if (!sameFamily(f, total) || f.comparative || f.qualifier || TOTAL_LABEL.test(f.label) || f.label === '') {
        ok = false;
        break;
      }
      parts.push(f);
    }
    if (!ok || parts.length < 2) continue;
    const span = text.slice(parts[0]!.start, total.start);
    // A figure in brackets (（含专项5万元）) is a note on the part before it.
    if (/[（(][^）)]*\d[^）)]*[）)]/.test(span)) continue;
    const flows = new Set(parts.map((p) => flowOf(p.label, false)).filter((x) => x !== null));
    // (Where the total is named by its side, 预算 in a fund's name — 一般公共预算支出, 补充预算稳定调节基金 — names no phase:
    // the parts must then name no phase at all: 年初预算, 决算数.)
    const roles = new Set(side === null ? parts.map((p) => roleOf(p)).filter((x) => x !== null) : parts.some((p) => p.phase !== null) ? ['budget', 'final'] : []);
    if (flows.size > 1 || roles.size > 1) continue;
    // Named by its side alone, the total sums that side: no part names the other side, and two or more name its own;
    // and no clause of its sentence opens with an adding word (加上上级补助收入A、…，收入总计T adds to an amount before).
    if (side !== null) {
      const lead = text.slice(sentence.start, total.start);
      // (Nor a 其中 / 包括 list anywhere in it: 收入A，其中：税收B、非税C）、上级补助D，收入总计T — its parts are read there.)
      if (markers.some((m) => m.at >= sentence.start && m.at < total.start)) continue;
      if (GRAMMAR.addingOpeners.some((w) => lead.startsWith(w) || CLAUSE_BREAKS.some((b) => lead.includes(`${b}${w}`)))) continue;
      const own = GRAMMAR.incomeWords.includes(side) ? 'in' : 'out';
      if ([...flows].some((x) => x !== own) || parts.filter((p) => flowOf(p.label, false) === own).length < 2) continue;
    }
    let separated = true;
    for (let n = 1; n < parts.length; n++) if (!/[，,、；;和及]/.test(text.slice(parts[n - 1]!.end, parts[n]!.start))) separated = false;
    if (!separated) continue;
    out.push({ kind: 'qizhong', total, parts, marker: { start: k, end: k + clause.length }, exhaustive: true, truncated: false });
  }
  return out;
}

/**
 * Parallel groups: every part's label ends with the label of one of two or more differently named amounts stated between
 * `floor` and 其中 (the total among them), and each such name recurs among the parts (two groups or more). Returns
 * each named amount with the parts of its name, or null when the list is not built so.
 */
function parallelGroups(figures: readonly Figure[], parts: readonly Figure[], total: Figure, floor: number, at: number): Array<[Figure, Figure[]]> | null {
  if (parts.length < 4 || total.label === '') return null;
  const named = new Map<string, Figure>();
  for (let k = firstFigureAtOrAfter(figures, floor); k < figures.length && figures[k]!.start < at; k++) {
    const f = figures[k]!;
    if (!sameFamily(f, total) || f.comparative || f.qualifier || f.label === '') continue;
    if (named.has(f.label)) return null;
    named.set(f.label, f);
  }
  if (named.size < 2 || named.get(total.label) !== total) return null;
  const byName = new Map<string, Figure[]>();
  for (const p of parts) {
    // 新建项目申报金额 names the group before the amount's name.
    const name = [...named.keys()].filter((n) => p.label.endsWith(n)).sort((a, b) => b.length - a.length)[0];
    if (name === undefined) return null;
    byName.set(name, [...(byName.get(name) ?? []), p]);
  }
  if (byName.size < 2 || [...byName.values()].some((list) => list.length < 2)) return null;
  return [...byName].map(([name, list]) => [named.get(name)!, list]);
}

function byCategoryMarker(text: string, p: Paragraph): Span | null {
  if (text[p.start] !== '按') return null;
  const head = text.slice(p.start, Math.min(p.end, p.start + 16));
  for (const sep of ['分，', '分：']) {
    const at = head.indexOf(sep);
    if (at > 1) return { start: p.start, end: p.start + at + 1 };
  }
  return null;
}

function findByCategory(text: string, figures: readonly Figure[], paragraphs: readonly Paragraph[], subParts: ReadonlySet<Figure>): Decomposition[] {
  const out: Decomposition[] = [];
  const markers = new Map<number, Span>();
  for (const p of paragraphs) {
    const m = byCategoryMarker(text, p);
    if (m) markers.set(p.index, m);
  }
  if (markers.size === 0) return out;
  for (const [index, marker] of markers) {
    const paragraph = paragraphs[index]!;
    const from = firstFigureAtOrAfter(figures, paragraph.start);
    const byPhase = new Map<Phase, Figure[]>();
    for (let k = from; k < figures.length && figures[k]!.start < paragraph.end; k++) {
      const f = figures[k]!;
      // A category's own 其中 breakdown (一般公共服务支出…，其中人大事务…) is not another category.
      if (f.kind !== 'money' || f.phase === null || f.comparative || f.qualifier || subParts.has(f)) continue;
      const list = byPhase.get(f.phase) ?? [];
      list.push(f);
      byPhase.set(f.phase, list);
    }
    for (const [phase, parts] of byPhase) {
      if (parts.length < 2) continue;
      let total: Figure | undefined;
      for (let k = from - 1; k >= 0; k--) {
        const f = figures[k]!;
        if (paragraph.start - f.start > BY_CATEGORY_LOOKBACK_CHARS) break;
        if (markers.has(f.paragraph)) continue;
        if (f.kind === 'money' && f.phase === phase && !f.comparative && sameFamily(f, parts[0]!)) {
          total = f;
          break;
        }
      }
      if (total) out.push({ kind: 'by-category', total, parts, marker, exhaustive: true });
    }
  }
  return out;
}

const ENUM_OPENERS = GRAMMAR.enumerationOpeners;
/** A code inside a name (X215 of 县道X215线, G318): Latin letters and the digits right after them. */
const CODE_IN_NAME = /[A-Za-z]+\d+/g;

function findEnumerations(text: string, figures: readonly Figure[], sentences: readonly Sentence[]): Enumeration[] {
  const out: Enumeration[] = [];
  // Where the text's last line ends: a list still open there (no 。 or ； closing it) was cut with the page.
  const contentEnd = text.trimEnd().length;
  for (const f of [...figures, ...chineseNumeralCounts(text, sentences)]) {
    if (f.kind !== 'count' || f.qualifier) continue;
    // 4个市领先学科（心内科、神经内科、肝胆外科） — the list in brackets right after the counted noun.
    const bracketed = bracketList(text, f, contentEnd);
    if (bracketed !== null) {
      out.push({ count: f, items: bracketed, listSpan: { start: bracketed[0]!.start, end: bracketed[bracketed.length - 1]!.end } });
      continue;
    }
    // 设9个内设机构，分别为：… — the counted noun may stand between the count and the list.
    let after = text.startsWith('，', f.end) || text.startsWith('：', f.end) ? f.end : f.end + f.noun.length;
    // 下属6个单位。：分别是… — a stop typed before the colon that opens the list: the colon still opens it.
    if (text.startsWith('。：', after)) after += 1;
    const opener = ENUM_OPENERS.find((o) => wrappedWordEnd(text, after, o) !== -1);
    if (!opener) continue;
    let listStart = wrappedWordEnd(text, after, opener);
    // ：分别是A、B… — the words of an opener after the colon are no part of the first item.
    if (opener === '：') listStart += ENUM_OPENERS.find((o) => !o.includes('：') && !o.startsWith('，') && text.startsWith(o, listStart))?.length ?? 0;
    let k = listStart;
    const limit = Math.min(text.length, listStart + 600);
    // A list wrapped after its separator (…畜牧水产股、⏎农田建设股。, as PDF lines break) goes on; so does one
    // wrapped inside an item (…法⏎规股、…) where the sentence runs on across the line (a wrapped line of prose).
    const sentence = f.sentence >= 0 ? sentences[f.sentence] : undefined;
    let sentenceEnd = sentence !== undefined && sentence.start <= f.start ? sentence.end : 0;
    // Past a stop typed before the colon, the list's own sentence is the one after it.
    if (after > f.end + f.noun.length || (sentenceEnd > 0 && sentenceEnd <= listStart)) sentenceEnd = Math.max(sentenceEnd, sentences.find((x) => x.start <= listStart && listStart < x.end)?.end ?? 0);
    // 分别是：1.甲项目；2.乙项目；3.丙项目。 — items numbered within the sentence (one a line: countsOverNumberedLines).
    const numbered = numberedInline(text, listStart, contentEnd) ?? ordinalLabelled(text, listStart, contentEnd, `${f.label}${f.noun}`);
    if (numbered !== undefined) {
      if (numbered !== null) out.push({ count: f, items: numbered, listSpan: { start: numbered[0]!.start, end: numbered[numbered.length - 1]!.end } });
      continue;
    }
    while (k < limit && !(text[k] === '。' || text[k] === '；' || (text[k] === '\n' && text[k - 1] !== '、' && k >= sentenceEnd))) k++;
    if (k === limit && k < text.length) continue;
    // 内设机构4个：办公室；财务科；业务科。 — names separated by ； (each a short name), read to the sentence's end.
    if (text[k] === '；') {
      const semis = semicolonNames(text, listStart, k, contentEnd, `${f.label}${f.noun}`, f);
      if (semis) {
        out.push({ count: f, items: semis, listSpan: { start: listStart, end: semis[semis.length - 1]!.end } });
        continue;
      }
    }
    // A list that runs to the end of the text (a page cut by the store, trailing blank lines or not) is not
    // complete on the page.
    if (k >= contentEnd) continue;
    // 包括：A、B、C、D、E，分别承担…: names set off by 、, then a ， and a clause opening with a word that speaks of every
    // item listed (grammar listEndingPredicates) — the list ended at that ，.
    for (let j = listStart, depth = 0; j < k; j++) {
      const c = text[j];
      if (c === '（' || c === '(') depth++;
      else if ((c === '）' || c === ')') && depth > 0) depth--;
      else if ((c === '，' || c === ',') && depth === 0) {
        if (text.slice(listStart, j).includes('、') && GRAMMAR.listEndingPredicates.some((w) => text.startsWith(w, j + 1))) k = j;
        // 基层司法所11个，分别为城关、沂河、…、柳沟司法所，司法所经费…: names set off by 、 whose last one ends with the
        // counted noun written before the count (the shared ending of every name) — the list ended at that ，.
        else if (text.slice(listStart, j).includes('、') && sharedEndingCloses(text, f, listStart, j)) k = j;
        break;
      }
    }
    // The same for names set off by ， (a copy or a writer joining them so): the list ends at the ， before a clause
    // opening with a word of every item (…，县救助管理站，均纳入部门预算) or after the name carrying the counted noun.
    if (!text.slice(listStart, k).includes('、')) {
      for (let j = listStart, depth = 0; j < k; j++) {
        const c = text[j];
        if (c === '（' || c === '(') depth++;
        else if ((c === '）' || c === ')') && depth > 0) depth--;
        else if (c === '，' && depth === 0 && (GRAMMAR.listEndingPredicates.some((w) => text.startsWith(w, j + 1)) || sharedEndingCloses(text, f, listStart, j, '，'))) {
          k = j;
          break;
        }
      }
    }
    const list = text.slice(listStart, k);
    // 等 makes the list open-ended; a list of figures is a breakdown, not an enumeration. (Digits of a code inside a name
    // — 县道X215线, G318国道: Latin letters right before them — are no figure.)
    if (list.includes('等') || /\d/.test(list.replace(CODE_IN_NAME, ''))) continue;
    // 分别是炉山中学，炉山小学，…和炉山中心幼儿园单位: names joined by ， are read as those joined by 、 — only when the
    // list holds no 、 and every piece is a short name (a longer piece is a clause of prose).
    const sep = list.includes('，') ? '，' : '、';
    // Such a list ends its sentence: one cut by ； may be the first of a list joined by ；.
    if (sep === '，' && (!commaJoinedNames(list) || text[k] === '；')) continue;
    const items: Span[] = [];
    let s = listStart;
    // 、 inside brackets (经济发展办公室（挂统计办公室、…牌子）) separates the other names of one item, not items.
    let depth = 0;
    for (let j = listStart; j <= k; j++) {
      const c = text[j];
      if (c === '（' || c === '(') depth++;
      else if ((c === '）' || c === ')') && depth > 0) depth--;
      if (j === k || (c === sep && depth === 0)) {
        if (j > s) items.push({ start: s, end: j });
        s = j + 1;
        while (s < k && (text[s] === '\n' || text[s] === ' ')) s++;
      }
    }
    // 内设机构2个：办公室和救灾科 — one piece, two names joined.
    if (items.length === 1) items.splice(0, 1, ...(twoNames(text, items[0]!, f.unit) ?? []));
    if (items.length >= 2) out.push({ count: f, items, listSpan: { start: listStart, end: k } });
  }
  out.push(...countsAfterLists(text, figures));
  out.push(...countsOfSampledWholes(text, figures));
  out.push(...countsOverNumberedLines(text, figures));
  out.push(...countsOverNameLines(text, figures));
  return out;
}

/** Shortest counted noun read as the shared ending of a list's names (司法所, 卫生院). */
const MIN_SHARED_ENDING = 2;

/**
 * Whether the last name of a 、 list (text[from, to)) ends with the count's own noun, written before the count as its
 * label's ending (基层司法所11个 → 司法所, …柳沟司法所): the list's names share that ending, which the last one carries.
 * The noun is the label's longest ending the last name also ends with, at least MIN_SHARED_ENDING characters, and the
 * other names are shorter than the last (城关、沂河 before 柳沟司法所).
 */
function sharedEndingCloses(text: string, f: Figure, from: number, to: number, sep = '、'): boolean {
  // A copy's line break or scattered space inside a name (高⏎庄, 岚山 头) is no part of it.
  const list = text.slice(from, to).replace(/[\s\u3000]+/g, '');
  const names = list.split(sep);
  if (names.length < 2) return false;
  const last = names[names.length - 1]!;
  const label = f.label;
  let n = 0;
  while (n < label.length && n < last.length && label[label.length - 1 - n] === last[last.length - 1 - n]) n++;
  if (n < MIN_SHARED_ENDING || n >= last.length) return false;
  const ending = last.slice(last.length - n);
  return names.slice(0, -1).every((x) => x.length > 0 && !x.endsWith(ending) && x.length < last.length && /^[\u4e00-\u9fff]+$/.test(x));
}

/** Longest counted noun between a count and the bracket holding its list (市领先学科). */
const BRACKET_NOUN_REACH = 10;

/**
 * 4个市领先学科（心内科、神经内科、肝胆外科）: the list in brackets right after a count and its noun. Preconditions: a
 * count with no qualifier and no comparison; only Chinese characters between it and the bracket; the bracket closes on
 * its line before the text's end, holds no other bracket, figure, 等 or clause mark (，。；：), and does not open with a
 * word naming only some (grammar subsetOpeners: 含, 其中, 主要); two items at least, separated by 、, each a short
 * name (at most maxCommaListItem), all names of one kind (namesOfOneKind: 心内科, 神经内科 … under 学科). The items, or
 * null.
 */
function bracketList(text: string, f: Figure, contentEnd: number): Span[] | null {
  if (f.kind !== 'count' || f.qualifier || f.comparative) return null;
  let k = f.end;
  while (k < f.end + BRACKET_NOUN_REACH && /[\u4e00-\u9fff]/.test(text[k] ?? '')) k++;
  if (text[k] !== '（' && text[k] !== '(') return null;
  const noun = text.slice(f.end, k);
  const open = k + 1;
  const max = SEARCH_WINDOWS.maxCommaListItem;
  let close = open;
  while (close < contentEnd && close - open < 20 * max && text[close] !== '）' && text[close] !== ')') {
    if ('（(\n，。；：,;:等'.includes(text[close]!) || /\d/.test(text[close]!)) return null;
    close++;
  }
  if (close >= contentEnd || (text[close] !== '）' && text[close] !== ')')) return null;
  const inner = text.slice(open, close);
  if (GRAMMAR.subsetOpeners.some((w) => inner.startsWith(w))) return null;
  const items: Span[] = [];
  let s = open;
  for (let j = open; j <= close; j++) {
    if (j === close || text[j] === '、') {
      const piece = text.slice(s, j);
      if (piece.length < 2 || piece.length > max || !/^[\u4e00-\u9fff]+$/.test(piece)) return null;
      items.push({ start: s, end: j });
      s = j + 1;
    }
  }
  if (items.length < 2 || !namesOfOneKind(items.map((i) => text.slice(i.start, i.end)), `${f.label}${noun}`)) return null;
  return items;
}

/** A Chinese ordinal of a labelled item (目标一, 一是): group 1 the label, 2 the numeral. */
const ORDINAL_ITEM = /([\u4e00-\u9fff]{0,4}?)([一二三四五六七八九十]{1,2})(?:是|[，：、])/y;

/**
 * 设定了6项绩效目标：目标一，…；目标二，…；目标五，…。 / 主要做了三项工作：一是…；二是…。: items labelled with the
 * same word and Chinese ordinals 一, 二, 三 … in one sentence run after a count. Undefined when the list does not open
 * with ordinal 一 right at its start; null when it does but cannot be read (nothing is then read of it). Preconditions:
 * every label after a ；, the same label each time — a word sharing a character with the counted noun (目标 / 绩效目标),
 * or none with 是 (一是, 二是) — and the ordinals without a gap; the list ends with a 。 at a line's end (not at the
 * text's end), and the next ordinal does not follow on the same line (the items go on past the stop).
 */
function ordinalLabelled(text: string, listStart: number, contentEnd: number, counted: string): Span[] | null | undefined {
  let pos = listStart;
  while (text[pos] === ' ') pos++;
  const at = (k: number): { label: string; n: number; end: number; shi: boolean } | null => {
    ORDINAL_ITEM.lastIndex = k;
    const m = ORDINAL_ITEM.exec(text);
    if (!m) return null;
    const n = parseChineseNumber(m[2]!);
    return n === null ? null : { label: m[1]!, n, end: k + m[0].length, shi: m[0].endsWith('是') };
  };
  const first = at(pos);
  if (first?.n !== 1 || first.end - pos > 7) return undefined;
  const ownLabel = first.label === '' ? first.shi : [...first.label].some((c) => counted.includes(c));
  if (!ownLabel) return undefined;
  const lineEnd = text.indexOf('\n', pos) === -1 ? text.length : text.indexOf('\n', pos);
  if (lineEnd >= contentEnd) return null;
  const stop = text.lastIndexOf('。', lineEnd);
  if (stop < pos || text.slice(stop + 1, lineEnd).trim() !== '') return null;
  const items: Span[] = [];
  let itemStart = first.end;
  let n = 1;
  for (let k = first.end; k <= stop; k++) {
    if (k === stop || text[k - 1] === '；') {
      const next = k === stop ? null : at(k);
      if (k === stop || (next && next.n === n + 1 && next.label === first.label && next.shi === first.shi)) {
        let end = k;
        while (end > itemStart && '；。 '.includes(text[end - 1]!)) end--;
        if (end <= itemStart) return null;
        items.push({ start: itemStart, end });
        if (k === stop) break;
        n++;
        itemStart = next!.end;
        k = next!.end - 1;
      }
    }
  }
  // A label word or ordinal out of turn inside the run (目标三 twice, 目标七 after 目标五): not read.
  for (const i of items) {
    const body = text.slice(i.start, i.end);
    if (first.label !== '' && new RegExp(`${first.label}[一二三四五六七八九十]`).test(body)) return null;
    if (first.label === '' && /[一二三四五六七八九十]是/.test(body)) return null;
  }
  return items.length >= 2 ? items : null;
}

/** A heading line: 一、 / （一） / 1. / 1、 / （1） at its start. */
const HEADING_LINE = /^[ \t]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])/;

/**
 * 内设机构4个：⏎办公室⏎财务科⏎业务科⏎二、收支 (a count whose line ends in a colon, then one name a line, unnumbered):
 * the names are its items. Preconditions: what stands between the count and the colon as for numbered lines; each
 * line a short name (Chinese characters and brackets, at most maxCommaListItem), all ending as units' names end or
 * all alike; two lines at least; the run ends at a heading line (一、, （二）, 3.) — not at a blank line, a page's
 * foot or the text's end, after which the list may go on.
 */
function countsOverNameLines(text: string, figures: readonly Figure[]): Enumeration[] {
  const out: Enumeration[] = [];
  const max = SEARCH_WINDOWS.maxCommaListItem;
  for (const f of figures) {
    const lineEnd = listLineEnd(text, f);
    if (lineEnd === undefined) continue;
    const items: Span[] = [];
    let at = lineEnd + 1;
    let ended = false;
    while (at < text.length && items.length < 40) {
      let next = text.indexOf('\n', at);
      if (next === -1) next = text.length;
      const line = text.slice(at, next);
      if (HEADING_LINE.test(line)) {
        ended = true;
        break;
      }
      const name = line.trim();
      if (name.length < 2 || name.length > max || !/^[\u4e00-\u9fff（）()]+$/.test(name)) break;
      const lead = line.length - line.trimStart().length;
      items.push({ start: at + lead, end: at + lead + name.length });
      at = next + 1;
    }
    if (!ended || items.length < 2) continue;
    const words = items.map((i) => text.slice(i.start, i.end));
    if (!namesOfOneKind(words, `${f.label}${f.noun}`)) continue;
    out.push({ count: f, items, listSpan: { start: items[0]!.start, end: items[items.length - 1]!.end } });
  }
  return out;
}

/** data/audit/grammar.json unitNameEndings / twoNameJoins. */
const UNIT_NAME_ENDINGS = GRAMMAR.unitNameEndings;
const TWO_NAME_JOINS = GRAMMAR.twoNameJoins;

/**
 * 办公室和救灾科: a piece holding one joining word whose halves both end as the names of units end (grammar
 * unitNameEndings) is two names; 人力资源和社会保障局 (人力资源 ends as no unit) is one. The two spans, or null.
 */
function twoNames(text: string, item: Span, measure = ''): Span[] | null {
  const words = text.slice(item.start, item.end);
  if (!/^[\u4e00-\u9fff（）()]+$/.test(words)) return null;
  const joins = TWO_NAME_JOINS.map((j) => ({ j, at: words.indexOf(j, 2) })).filter((x) => x.at > 0);
  // (以及 holds 及: the longer word, listed first, is the join.)
  const join = joins[0];
  if (!join || words.indexOf(join.j, join.at + join.j.length) !== -1 || joins.some((x) => x.at !== join.at && !join.j.includes(x.j))) return null;
  const first = words.slice(0, join.at);
  const second = words.slice(join.at + join.j.length);
  // 三类项目，分别是：土壤污染防治类和大气污染防治类 — halves that both end with the count's own measure word (类) are two
  // of the things counted, as halves ending as units' names are two units.
  const counted = /^[\u4e00-\u9fff]$/.test(measure);
  const unit = (w: string): boolean => w.length >= 2 && (UNIT_NAME_ENDINGS.some((e) => w.endsWith(e) && w.length > e.length) || (counted && w.endsWith(measure) && w.length > 2));
  if (!unit(first) || !unit(second)) return null;
  return [
    { start: item.start, end: item.start + join.at },
    { start: item.start + join.at + join.j.length, end: item.end },
  ];
}

/**
 * 内设机构4个：办公室；财务科；业务科。: pieces separated by ； from the list's start to the end of its sentence (。, or a
 * line break after a piece with no ；), each a short name (Chinese characters and brackets, at most maxCommaListItem:
 * a longer piece is a clause), names of one kind (namesOfOneKind). Null when it is not such a list, or runs to the text's end (it may be cut there).
 */
function semicolonNames(text: string, listStart: number, firstEnd: number, contentEnd: number, counted: string, f?: Figure): Span[] | null {
  const max = SEARCH_WINDOWS.maxCommaListItem;
  const items: Span[] = [];
  let s = listStart;
  let k = firstEnd;
  for (let guard = 0; guard < 40; guard++) {
    const piece = text.slice(s, k).trim();
    if (piece.length < 2 || piece.length > pieceMax(piece, max) || !/^[\u4e00-\u9fff（）()]+$/.test(piece)) return null;
    items.push({ start: s + (text.slice(s, k).length - text.slice(s, k).trimStart().length), end: s + text.slice(s, k).trimEnd().length });
    if (text[k] !== '；') break;
    s = k + 1;
    k = s;
    while (k < text.length && k - s <= 2 * max + 2 && text[k] !== '；' && text[k] !== '。' && text[k] !== '，' && !(text[k] === '\n' && k > s && text.slice(s, k).trim() !== '')) k++;
    if (k >= contentEnd) return null;
  }
  // The list may end at a ， as a 、 list does: before a clause of every item (，均纳入…) or after the name carrying the
  // counted noun (…；柳沟司法所，司法所经费…).
  const sharedEnding = text[k] === '，' && f !== undefined && sharedEndingCloses(text, f, listStart, k, '；');
  const closedByComma = sharedEnding || (text[k] === '，' && GRAMMAR.listEndingPredicates.some((w) => text.startsWith(w, k + 1)));
  if (text[k] !== '。' && text[k] !== '\n' && !closedByComma) return null;
  // (Names sharing the counted noun the last one carries are of one kind already: 城关；沂河；…；柳沟司法所.)
  if (sharedEnding) return items.length >= 2 ? items : null;
  // Names of units, or names of one kind (甲项目；乙项目): every piece ends as a unit's name or as all the others end —
  // 办公室和救灾科；无下属单位 is a name and a clause.
  if (!namesOfOneKind(items.map((i) => text.slice(i.start, i.end)), counted)) return null;
  return items.length >= 2 ? items : null;
}

/**
 * Whether pieces read as names of the counted things: all end as units' names end (grammar unitNameEndings: 办公室,
 * 救灾科), or all end with one character that the count's words hold (实施项目3个：甲项目；乙项目 — 目). 负责预算；负责决算
 * under 主要职责 are clauses.
 */
function namesOfOneKind(words: readonly string[], counted: string): boolean {
  if (words.every((w) => UNIT_NAME_ENDINGS.some((e) => w.endsWith(e)))) return true;
  const last = words[0]?.slice(-1) ?? '';
  return last !== '' && counted.includes(last) && words.every((w) => w.endsWith(last));
}

/** An item marker within a sentence: 1. / 1、 / （1） / (1) / ①; group 1 or 2 the number, 3 a circled one. */
const INLINE_MARKER = /(?:(\d{1,2})[.、．](?!\d)|[（(](\d{1,2})[）)]|([\u2460-\u2473]))/y;

function inlineMarkerAt(text: string, at: number): { n: number; style: string; end: number } | null {
  INLINE_MARKER.lastIndex = at;
  const m = INLINE_MARKER.exec(text);
  if (!m) return null;
  return { n: m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[2]), style: m[3] ? 'circled' : m[1] ? 'dot' : 'paren', end: at + m[0].length };
}

/**
 * 分别是：1.甲项目；2.乙项目；3.丙项目。: items numbered 1, 2, 3 … in one style within the sentence after a count.
 * Undefined when the list does not open with marker 1 on its own line; null when it does but cannot be read so
 * (nothing is then read of it). Preconditions: every marker after a separator (；，、 or a line break), the numbers
 * without a gap; each item short (at most maxNumberedItem characters, no 。); the list ends with a 。 (or a blank
 * line), not at the text's end, and the next number of its style does not follow within a few lines (1.加强管理。
 * 2.完善制度。 — the items go on past the stop).
 */
function numberedInline(text: string, listStart: number, contentEnd: number): Span[] | null | undefined {
  let pos = listStart;
  while (text[pos] === ' ') pos++;
  const first = inlineMarkerAt(text, pos);
  if (!first || first.n !== 1) return undefined;
  const maxItem = SEARCH_WINDOWS.maxNumberedItem;
  const items: Span[] = [];
  let marker = first;
  for (;;) {
    const itemStart = marker.end;
    let k = itemStart;
    let next: { n: number; style: string; end: number } | null = null;
    while (k < contentEnd && k - itemStart <= maxItem) {
      const c = text[k]!;
      if (c === '。' || (c === '\n' && text[k + 1] === '\n')) break;
      if (k > itemStart && '；，、;,\n '.includes(text[k - 1]!)) {
        const m = inlineMarkerAt(text, k);
        if (m && m.style === marker.style && m.n === items.length + 2) {
          next = m;
          break;
        }
      }
      k++;
    }
    if (k >= contentEnd || k - itemStart > maxItem) return null;
    let end = k;
    while (end > itemStart && '；，、;, \n'.includes(text[end - 1]!)) end--;
    if (end <= itemStart) return null;
    items.push({ start: itemStart, end });
    if (!next) break;
    marker = next;
  }
  if (items.length < 2) return null;
  // The next number of the style within a few lines: the items go on past the stop.
  const after = items[items.length - 1]!.end;
  const look = text.slice(after, after + maxItem * 3);
  for (let j = 1; j < look.length; j++) {
    if (!'；，、;,\n 。'.includes(look[j - 1]!)) continue;
    const m = inlineMarkerAt(text, after + j);
    if (m && m.style === first.style && m.n === items.length + 1) return null;
  }
  return items;
}

/** A count written in Chinese numerals (十二个, 四所), its measure word (grammar measureWords) and the noun after it up to an opener. */
const CHINESE_COUNT = new RegExp(`(?<![一二两三四五六七八九十百千万零〇第每几数\\d])([二两三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)(${['个', '家', '所', '处', '类', '项', '座', '支', '条'].join('|')})(?=([\\u4e00-\\u9fff]{0,8}?)(?:[，：]|分别|包括|即))`, 'g');

/**
 * 内设十二个科室，分别为：… — counts written in Chinese numerals before a list, as figures of kind count (no other fact
 * reads them: figures.ts reads digits). Not after 第 / 每 / 几 or another numeral; one (一个) is an article, not read.
 */
function chineseNumeralCounts(text: string, sentences: readonly Sentence[]): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(CHINESE_COUNT)) {
    const value = parseChineseNumber(m[1]!);
    if (value === null || value < 2) continue;
    const start = m.index;
    const end = start + m[0].length;
    let from = start;
    while (from > 0 && start - from < 20 && !'，。；：、\n'.includes(text[from - 1]!)) from--;
    const label = text.slice(from, start).trim();
    const sentence = sentences.findIndex((x) => x.start <= start && start < x.end);
    out.push({ kind: 'count', raw: m[0], numberText: m[1]!, scaled: value, decimals: 0, unit: m[2]!, label, noun: m[3] ?? '', subject: label, phase: null, qualifier: false, comparative: false, sentence, paragraph: -1, start, end });
  }
  return out;
}

/**
 * The end of `word` written at `at`, or -1; a line break or a space inside it (分⏎别为, 分别 为: a line wrapped mid-word in a
 * PDF or a re-wrapped copy, a space a copy scattered) does not part it, one at its start or end is no part of it.
 */
function wrappedWordEnd(text: string, at: number, word: string): number {
  if (text.startsWith(word, at)) return at + word.length;
  let k = at;
  let broken = false;
  for (let j = 0; j < word.length; j++, k++) {
    if (j > 0 && (text[k] === '\n' || text[k] === ' ' || text[k] === '\u3000') && !broken) {
      broken = true;
      k++;
    }
    if (text[k] !== word[j]) return -1;
  }
  return k;
}

/**
 * Whether a list whose items are joined by ， is a list of names: no 、 in it, at least two pieces, each of Chinese
 * characters (brackets allowed; spaces and line breaks a copy left are skipped) and at most maxCommaListItem long —
 * the last twice that, as it may join the last two names (洛棉小学和炉山中心幼儿园单位).
 */
/**
 * The longest a piece of a ， or ； list may be and still be a name: maxCommaListItem, or twice that for a piece ending as
 * a unit's name ends (危险化学品和工贸安全监管股, 价格监督检查和反不正当竞争股: a 股室's full name is long, a clause does not end so).
 */
function pieceMax(piece: string, max: number): number {
  return UNIT_NAME_ENDINGS.some((e) => piece.endsWith(e) && piece.length > e.length) ? 2 * max : max;
}

function commaJoinedNames(list: string): boolean {
  if (list.includes('、')) return false;
  const pieces = list.split('，').map((p) => p.replace(/\s/g, ''));
  const max = SEARCH_WINDOWS.maxCommaListItem;
  // A piece opening with a copula (即某局本级，为行政单位) says what the piece before it is: a clause, not a name.
  if (pieces.slice(1).some((p) => GRAMMAR.listPredicateOpeners.some((w) => p.startsWith(w)))) return false;
  return pieces.length >= 2 && pieces.every((p, i) => p.length >= 2 && p.length <= (i === pieces.length - 1 ? 2 * max : pieceMax(p, max)) && /^[\u4e00-\u9fff（）()]+$/.test(p));
}

/** A numbered line's marker: 1. / 1、 / （1） / (1) / ①; group 1 or 2 the number (digits), 3 a circled one. */
const LINE_MARKER = /^[ \t]*(?:(\d{1,2})[.、．]|[（(](\d{1,2})[）)]|([\u2460-\u2473]))/;

/**
 * 二级预算单位3个：⏎1.某局本级⏎2.某站 (a count whose line ends in a colon, then one item per numbered line): the lines
 * numbered 1, 2, … in one style right under it are its items. Preconditions: at most the counted noun and a clause or
 * two without numbers (，包括本级和所属单位，具体是) between the count and the colon, and nothing after the colon on its line; the numbers run 1, 2, 3 … without a gap; every item
 * line is short (a name, not a paragraph: no 。); the run ends at a line that is not numbered so (not at the text's
 * end, where it may be cut).
 */
/** Lines looked at past the end of a numbered list for its next number (data-free: a few lines of a sub-list). */
const RESUME_LOOKAHEAD_LINES = 12;

/** Whether a line numbered `n` in `style` starts within the next few lines from `at`. */
function resumesAfter(text: string, at: number, style: string, n: number): boolean {
  let pos = at;
  for (let k = 0; k < RESUME_LOOKAHEAD_LINES && pos < text.length; k++) {
    let next = text.indexOf('\n', pos);
    if (next === -1) next = text.length;
    const m = LINE_MARKER.exec(text.slice(pos, next));
    if (m) {
      const num = m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[2]);
      const st = m[3] ? 'circled' : m[1] ? 'dot' : 'paren';
      if (st === style && num === n) return true;
    }
    pos = next + 1;
  }
  return false;
}

/** What may stand between a count and the colon opening its numbered lines: the counted noun, then one clause or two. */
const COUNT_TO_COLON = /^[\u4e00-\u9fff]{0,8}((?:[，,][^。；;\d\n：:，,]{1,16}){1,2})?[：:]$/;
/** data/audit/grammar.json numberedListLeads. */
const LIST_LEADS = GRAMMAR.numberedListLeads;

/**
 * The end of the line of a count that opens a list on the lines below it (内设机构3个：): a count with no qualifier and no
 * comparison whose line goes on with the counted noun and then a colon — or a clause or two between them that lead to the
 * list, no number in them, the last ending in a word that opens a list (单位共3个，包括本级和所属单位，具体是：); not a 其中,
 * which lists some of them. Undefined for any other figure.
 */
function listLineEnd(text: string, f: Figure): number | undefined {
  if (f.kind !== 'count' || f.qualifier || f.comparative) return undefined;
  const lineEnd = text.indexOf('\n', f.end);
  if (lineEnd === -1) return undefined;
  const tail = text.slice(f.end, lineEnd).trim();
  const clause = COUNT_TO_COLON.exec(tail);
  if (!clause || (clause[1] !== undefined && !LIST_LEADS.some((w) => clause[1]!.endsWith(w))) || tail.includes('其中')) return undefined;
  return lineEnd;
}

function countsOverNumberedLines(text: string, figures: readonly Figure[]): Enumeration[] {
  const out: Enumeration[] = [];
  for (const f of figures) {
    const lineEnd = listLineEnd(text, f);
    if (lineEnd === undefined) continue;
    const items: Span[] = [];
    let style = '';
    let at = lineEnd + 1;
    let ended = false;
    while (at < text.length && items.length < 60) {
      let next = text.indexOf('\n', at);
      if (next === -1) next = text.length;
      const line = text.slice(at, next);
      const m = LINE_MARKER.exec(line);
      const n = m ? (m[3] ? m[3].charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[2])) : 0;
      const lineStyle = m ? (m[3] ? 'circled' : m[1] ? 'dot' : 'paren') : '';
      if (!m || n !== items.length + 1 || (style !== '' && lineStyle !== style)) {
        ended = line.trim() !== '' || next < text.length;
        // The list must end clearly: not at a numbered line of another style or out of turn (a sub-item (1) under
        // 3.), and not where the next number of its own style follows a few lines on (3.… ⏎ 负责… ⏎ 4.…) — the
        // items go on past the break, so the count of lines read is no count of the list.
        if (m || resumesAfter(text, at, style, items.length + 1)) ended = false;
        break;
      }
      style = lineStyle;
      if (line.includes('。') || line.length > 40 || line.includes('\t') || line.includes('|')) {
        items.length = 0;
        break;
      }
      items.push({ start: at + m[0].length, end: next });
      at = next + 1;
    }
    if (!ended || items.length < 2) continue;
    out.push({ count: f, items, listSpan: { start: items[0]!.start, end: items[items.length - 1]!.end } });
  }
  return out;
}

/** data/audit/grammar.json listSettingVerbs. */
const SETTING_VERBS = GRAMMAR.listSettingVerbs;

/**
 * Where a list framed as a body's make-up starts (right after the opener: 由A、B、C4家单位组成), or -1: an opener
 * (grammar compositionOpeners) within the clause's first 12 characters, a closer (compositionClosers) right after the
 * count's noun, and no subordinate word (compositionSubordinateWords) in the list.
 */
function compositionFrame(text: string, f: Figure, start: number, end: number): number {
  // (The closer may be read into the count's noun: 4家单位组成.)
  const after = f.end + f.noun.length;
  if (!GRAMMAR.compositionClosers.some((w) => text.startsWith(w, after) || (f.noun.endsWith(w) && f.noun.length > w.length))) return -1;
  const lead = text.slice(start, end);
  const opener = GRAMMAR.compositionOpeners.map((v) => ({ v, at: lead.indexOf(v) })).filter((x) => x.at !== -1 && x.at <= 12).sort((a, b) => a.at - b.at)[0];
  if (opener === undefined) return -1;
  const from = start + opener.at + opener.v.length;
  if (GRAMMAR.compositionSubordinateWords.some((w) => text.slice(from, end).includes(w))) return -1;
  return from;
}

/** Chinese numerals: a list holding one (甲、乙两镇12个村) counts something else than its names. */
const CHINESE_NUMERAL = /[一二三四五六七八九十百千两〇零]/u;

/**
 * 今年在城关、龙泉、马鞍、白沙7个乡镇新建流动服务点: a 、 list of names whose count follows its last name right away, no 等,
 * no total word, no verb between — the names are the things counted. Preconditions, each needed: three names at least,
 * each after the first of at most GLUED_ITEM_MAX characters, Chinese only, no numeral; the first (which carries the
 * clause's lead: 今年在城关) at most twice as long; when the names share a last character (甲村、乙村), the counted noun
 * holds it (甲镇、乙镇3个村 counts villages, not the towns); the noun not a measure of the items' quantity (a count).
 */
function gluedList(text: string, f: Figure, start: number, end: number): Enumeration | null {
  if (f.noun === '' || !/^[\u4e00-\u9fff]+$/u.test(f.noun) || f.decimals !== 0) return null;
  const list = text.slice(start, end);
  if (/[\d\u2460-\u2473]/.test(list) || CHINESE_NUMERAL.test(list)) return null;
  const parts = list.split('、');
  if (parts.length < 3 || parts.some((w) => !/^[\u4e00-\u9fff]+$/u.test(w))) return null;
  if (parts.slice(1).some((w) => w.length < 2 || w.length > GLUED_ITEM_MAX) || parts[0]!.length < 2 || parts[0]!.length > 2 * GLUED_ITEM_MAX) return null;
  const last = parts[1]!.slice(-1);
  if (parts.slice(1).every((w) => w.endsWith(last)) && !f.noun.includes(last)) return null;
  // A count far from the names' number (抽查甲、乙、丙12所学校) counts other things; a slip is one or two off.
  const stated = f.scaled / 10 ** f.decimals;
  if (Math.abs(stated - parts.length) > GLUED_COUNT_SLIP) return null;
  // A joining or closing word inside a name (…中心及17个乡镇卫生院, …机构等) makes it no plain name.
  if (parts.slice(1).some((w) => GRAMMAR.gluedListBreakers.some((j) => w.includes(j)))) return null;
  const items: Span[] = [];
  let s = start;
  for (const w of parts) {
    items.push({ start: s, end: s + w.length });
    s += w.length + 1;
  }
  return { count: f, items, listSpan: { start, end }, opener: 'after-glued' };
}

/** Longest name of a glued list after its first (data/audit/thresholds.json searchWindows.gluedListItem). */
const GLUED_ITEM_MAX = SEARCH_WINDOWS.gluedListItem;
/** Most a glued list's count may differ from its names' number and still be their count (searchWindows.gluedCountSlip). */
const GLUED_COUNT_SLIP = SEARCH_WINDOWS.gluedCountSlip;

/** data/audit/grammar.json closingListWords, longest first. */
const CLOSING_LIST_WORDS = [...GRAMMAR.closingListWords].sort((a, b) => b.length - a.length);

/**
 * 设办公室、财务股、工程股等3个股室: a count right after 等 that closes a list of names separated by 、 in its clause
 * (back to ，。；： or a line break). Precondition: two items at least, no figure in the list. Also a count right
 * after a total word (…工程股共4个股室: opener 'after-total'), whose list is complete; then each item ends with a
 * character of the counted noun.
 */
function countsAfterLists(text: string, figures: readonly Figure[]): Enumeration[] {
  const out: Enumeration[] = [];
  for (const f of figures) {
    if (f.kind !== 'count' || f.qualifier) continue;
    // 设办公室、财务股、工程股共4个股室: a list closed by a total word (grammar closingListWords) — complete, unlike 等.
    const total = text[f.start - 1] === '等' ? undefined : CLOSING_LIST_WORDS.find((w) => text.startsWith(w, f.start - w.length));
    const closed = text[f.start - 1] === '等' || total !== undefined;
    const end = closed ? f.start - (total?.length ?? 1) : f.start;
    let start = end;
    while (start > 0 && end - start < 300 && !CLAUSE_STOPS.has(text.charCodeAt(start - 1))) start--;
    // 内设办公室、普及部和学会部3个科室: no 等 and no total word, but the clause opens with a verb setting up units
    // (grammar listSettingVerbs) and the count follows the list's last name right away — the list is the whole.
    let verbEnd = -1;
    let framer = -1;
    if (!closed) {
      const lead = text.slice(start, end);
      const verb = SETTING_VERBS.map((v) => ({ v, at: lead.indexOf(v) })).filter((x) => x.at !== -1 && x.at <= 12).sort((a, b) => a.at - b.at)[0];
      // 本部门决算由A、B、C4家单位组成: a list framed as what the body is made of — an opener (由) before it, a closer
      // (组成) right after the count's noun — is the whole as well (former test34 2766); an item holding a subordinate
      // word (由局机关和所属A、B3家单位组成) may leave the 机关 out of the count: not read.
      framer = verb === undefined ? compositionFrame(text, f, start, end) : -1;
      if (framer !== -1) {
        verbEnd = framer;
        start = framer;
      } else if (verb !== undefined) {
        verbEnd = start + verb.at + verb.v.length;
        start = verbEnd;
      } else {
        // 今年在城关、龙泉、马鞍7个乡镇新建…: the count glued to the list's last name, no verb between — the names are what
        // it counts (read below, with its own preconditions).
        if (start === 0 || (text[start - 1] !== '：' && text[start - 1] !== ':')) {
          const glued = gluedList(text, f, start, end);
          if (glued) out.push(glued);
          continue;
        }
        let before = start - 1;
        while (before > 0 && start - 1 - before < 40 && !CLAUSE_STOPS.has(text.charCodeAt(before - 1))) before--;
        const intro = text.slice(before, start - 1);
        if (!SETTING_VERBS.some((v) => intro.includes(v))) continue;
        verbEnd = start;
      }
    }
    const list = text.slice(start, end);
    // A number in it (a figure, or an item number: 3. or ③ alike) makes it no plain list of names.
    if (/[\d\u2460-\u2473]/.test(list) || !list.includes('、')) continue;
    const items: Span[] = [];
    let s = start;
    for (let j = start; j <= end; j++) {
      if (j === end || text[j] === '、') {
        if (j > s) items.push({ start: s, end: j });
        s = j + 1;
      }
    }
    if (items.length < 2) continue;
    const framed = framer !== -1;
    if (verbEnd !== -1) {
      // Preconditions: every item a name of a unit (grammar unitNameEndings: 办公室, 普及部; 学会部和财务部 counts as
      // two in the rule), each short; the counted noun a kind of unit (it ends as a unit's name ends, or names 机构 /
      // 单位 / 部门: grammar unitCountNouns) — 在甲村、乙村实施3个项目 counts projects, not the villages.
      const words = items.map((i) => text.slice(i.start, i.end));
      // (A body's make-up, 由A、B、C4家单位组成, may name its 机关 too: grammar compositionItemEndings.)
      const endings = framed ? [...UNIT_NAME_ENDINGS, ...GRAMMAR.compositionItemEndings] : UNIT_NAME_ENDINGS;
      const unitName = (w: string): boolean => /^[\u4e00-\u9fff（）()]+$/.test(w) && w.length >= 2 && w.length <= 2 * SEARCH_WINDOWS.maxCommaListItem && endings.some((e) => w.endsWith(e) && w.length > e.length);
      const closer = framed ? GRAMMAR.compositionClosers.find((w) => f.noun.endsWith(w) && f.noun.length > w.length) : undefined;
      const noun = closer ? f.noun.slice(0, -closer.length) : f.noun;
      const unitNoun = UNIT_NAME_ENDINGS.some((e) => noun.endsWith(e)) || GRAMMAR.unitCountNouns.some((w) => noun.endsWith(w));
      if (!words.every(unitName) || !unitNoun) continue;
      out.push({ count: f, items, listSpan: { start, end }, opener: framed ? 'after-frame' : 'after-verb' });
      continue;
    }
    if (total !== undefined) {
      // Precondition: the items are of the counted kind — each ends with a character of the noun (财务股 / 股室;
      // 甲村、乙村共5个项目 counts projects, not the villages listed).
      const noun = f.noun;
      if (noun === '' || !items.every((i) => noun.includes(text[i.end - 1] ?? ''))) continue;
      out.push({ count: f, items, listSpan: { start, end }, opener: 'after-total' });
    } else out.push({ count: f, items, listSpan: { start, end }, opener: 'after' });
  }
  return out;
}

/** Longest name of a list of sampled wholes (城关镇, 航埠镇). */
const SAMPLED_NAME_MAX = 10;

/**
 * 抽查了6个乡镇的24个行政村：城关镇、湖镇、莲花镇、石梁镇、航埠镇，…: two counts joined by 的 (N个X的M个Y), then a list
 * opened by an opener right after the second's noun, whose names are of the first count's kind — each ends with the last
 * character of X (镇 of 乡镇) and none with the last of Y — is the list of the N wholes. Preconditions, each needed: the
 * first count's noun is X的 (X of Chinese characters), the second count stands right after it; an enumeration opener
 * (grammar enumerationOpeners) right after the second's noun; the list runs to the first ，。； or line end, holds no 等
 * and no digit, two names at least set off by 、, each of Chinese characters, at most SAMPLED_NAME_MAX long (atext,
 * dev 3082). Silent otherwise.
 */
function countsOfSampledWholes(text: string, figures: readonly Figure[]): Enumeration[] {
  const out: Enumeration[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const f = figures[i]!;
    const g = figures[i + 1]!;
    if (f.kind !== 'count' || g.kind !== 'count' || f.qualifier || g.qualifier || f.decimals !== 0) continue;
    if (!/^[\u4e00-\u9fff]+的$/u.test(f.noun) || f.noun.length < 3 || g.start !== f.end + f.noun.length) continue;
    const kind = f.noun.slice(-2, -1);
    const other = g.noun.slice(-1);
    if (g.noun === '' || kind === other) continue;
    const after = g.end + g.noun.length;
    const opener = ENUM_OPENERS.find((o) => text.startsWith(o, after));
    if (!opener) continue;
    const listStart = after + opener.length;
    let k = listStart;
    while (k < text.length && !'，,。；;\n'.includes(text[k]!)) k++;
    const list = text.slice(listStart, k);
    if (list.includes('等') || /\d/.test(list)) continue;
    const names = list.split('、');
    if (names.length < 2 || names.some((w) => !/^[\u4e00-\u9fff]+$/u.test(w) || w.length > SAMPLED_NAME_MAX || !w.endsWith(kind) || w.endsWith(other))) continue;
    const items: Span[] = [];
    let at = listStart;
    for (const w of names) {
      items.push({ start: at, end: at + w.length });
      at += w.length + 1;
    }
    // (The count's noun without the 的 that joins it to the second count.)
    out.push({ count: { ...f, noun: f.noun.slice(0, -1) }, items, listSpan: { start: listStart, end: k } });
  }
  return out;
}

/** Whether the sentence ending at `end` is the last of the text and stops without a closing mark. */
/** The ending all labels share (国税完成, 地税完成 → 完成), or '' when they share none. */
function commonEnding(labels: readonly string[]): string {
  const first = labels[0] ?? '';
  let n = 0;
  while (n < first.length && labels.every((l) => l.length > n && l[l.length - 1 - n] === first[first.length - 1 - n])) n++;
  return first.slice(first.length - n);
}

function cutAtEnd(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && (text[k] === ' ' || text[k] === '\n' || text[k] === '\t')) k++;
  if (k < text.length) return false;
  let e = end;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\n')) e--;
  return !'。！？；!?;）)'.includes(text[e - 1] ?? '。');
}


/** The line of a closing total over lines: 以上资金合计 / 上述两项共计 / 合计： and nothing else before its figure. */
const LINE_CLOSING = new RegExp(`^(?:(?:以上|上述|上列)[\u4e00-\u9fff]{0,4}?)?(?:[两二三四五六七八九十\\d]{1,2}项)?(?:${[...GRAMMAR.closingListWords].sort((a, b) => b.length - a.length).join('|')})(?:金额|资金)?(?:为|是|达)?[：:]?\\s*$`);
/** Most lines read up from a closing total for its parts. */
const LINE_LIST_MAX = 20;
/** Longest line of an unnumbered list over lines (公务接待费：3.2万元): longer is prose, whose amounts are no list. */
const LINE_ITEM_MAX = 40;

/**
 * A list over lines closed by its total on a line of its own — a table or a notice flattened one item a line:
 * 1.中央财政衔接资金2300万元 ⏎ 2.省级财政衔接资金86万元 ⏎ 以上资金合计2386万元, or 公务接待费：3.2万元 ⏎ 公务用车运行维护费：
 * 12.6万元 ⏎ 合计：15.8万元. Preconditions (silent otherwise): the total's line holds only a closing word (LINE_CLOSING)
 * before its figure and nothing but punctuation after it; each line above it, up to the list's start, holds exactly
 * one figure of the total's family, no change or bound, not named as a total, at the line's end (punctuation after it
 * at most); the list is either numbered 1 … n in one marker style, every line numbered, or unnumbered and opened by a
 * line with no figure (a heading or a line ending with ：), each line at most LINE_ITEM_MAX characters; two lines at
 * least; no part already a part or total of a list read within a sentence.
 */
function findLineListTotals(text: string, figures: readonly Figure[], already: readonly Decomposition[]): Decomposition[] {
  const out: Decomposition[] = [];
  const taken = new Set<number>(already.flatMap((d) => [d.total.start, ...d.parts.map((p) => p.start)]));
  const lineStartOf = (at: number): number => text.lastIndexOf('\n', at - 1) + 1;
  const lineEndOf = (at: number): number => {
    const e = text.indexOf('\n', at);
    return e === -1 ? text.length : e;
  };
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    if ((total.kind !== 'money' && total.kind !== 'count') || total.comparative || total.qualifier || taken.has(total.start)) continue;
    const start = lineStartOf(total.start);
    if (!LINE_CLOSING.test(text.slice(start, total.start).trim())) continue;
    if (!/^[。；;，,\s]*$/.test(text.slice(total.end, lineEndOf(total.end)))) continue;
    const parts: Figure[] = [];
    let j = i - 1;
    let lineStart = start;
    let numbered: { kind: string; n: number } | null = null;
    let opened = false;
    for (let guard = 0; guard < LINE_LIST_MAX && lineStart > 0; guard++) {
      const prevEnd = lineStart - 1;
      const prevStart = lineStartOf(prevEnd);
      const line = text.slice(prevStart, prevEnd);
      const inLine: Figure[] = [];
      while (j >= 0 && figures[j]!.start >= prevStart) {
        if (figures[j]!.end <= prevEnd) inLine.push(figures[j]!);
        j--;
      }
      const marker = outlineMarkerAt(line);
      if (inLine.length === 0) {
        // The list's opening line: a heading or an introduction (…如下：); an unnumbered list needs one.
        opened = numbered === null || numbered.n === 1;
        break;
      }
      const f = inLine[0]!;
      if (inLine.length !== 1 || !sameFamily(f, total) || f.comparative || f.qualifier || TOTAL_LABEL.test(f.label) || taken.has(f.start)) break;
      if (!/^[。；;，,\s]*$/.test(text.slice(f.end, prevEnd))) break;
      if (marker) {
        if (numbered === null ? parts.length > 0 : marker.kind !== numbered.kind || marker.n !== numbered.n - 1) break;
        numbered = { kind: marker.kind, n: marker.n };
        parts.unshift(f);
        if (marker.n === 1) {
          opened = true;
          break;
        }
      } else {
        if (numbered !== null || line.trim().length > LINE_ITEM_MAX) break;
        parts.unshift(f);
      }
      lineStart = prevStart;
    }
    if (!opened || parts.length < 2) continue;
    out.push({ kind: 'qizhong', total, parts, marker: { start, end: total.start }, exhaustive: true, truncated: false });
  }
  return out;
}


/** How far back from a total 在 may open its phrase (在全国政府采购规模3681.6亿元中). */
const WITHIN_LEAD_MAX = 20;

/**
 * 在全国政府采购规模3681.6亿元中，地方采购规模3121亿元，中央单位采购规模470.6亿元: a total inside 在…中 broken down by the
 * amounts after it in its sentence, as 其中 does. Preconditions (silent otherwise): 在 opens the total's phrase (within
 * WITHIN_LEAD_MAX characters before it, no clause stop between) and 中 follows the figure right away, then a comma or
 * colon; the parts are the figures of the total's family after it up to the sentence end (rates passed over), none a
 * change, a bound or named as a total, each in a clause of its own; two parts at least; the total not already read in
 * a list. Not exhaustive: 在…中 may name only some parts (a shortfall is a 提示; parts beyond the total are reported).
 */
function findWithinTotals(text: string, figures: readonly Figure[], sentences: readonly Sentence[], already: readonly Decomposition[]): Decomposition[] {
  const out: Decomposition[] = [];
  const taken = new Set<number>(already.flatMap((d) => [d.total.start, ...d.parts.map((p) => p.start)]));
  for (let i = 0; i < figures.length; i++) {
    const total = figures[i]!;
    if ((total.kind !== 'money' && total.kind !== 'count') || total.comparative || total.qualifier || taken.has(total.start)) continue;
    if (text[total.end] !== '中' || !'，,：:'.includes(text[total.end + 1] ?? '')) continue;
    let k = total.start;
    while (k > 0 && total.start - k < WITHIN_LEAD_MAX && !CLAUSE_STOPS.has(text.charCodeAt(k - 1)) && text[k - 1] !== '在') k--;
    if (text[k - 1] !== '在') continue;
    const sentence = sentences[total.sentence];
    if (!sentence) continue;
    const parts: Figure[] = [];
    let ok = true;
    for (let j = i + 1; j < figures.length && figures[j]!.start < sentence.end; j++) {
      const f = figures[j]!;
      if (f.kind === 'percent') continue;
      if (!sameFamily(f, total) || f.comparative || f.qualifier || TOTAL_LABEL.test(f.label) || taken.has(f.start)) {
        ok = false;
        break;
      }
      parts.push(f);
    }
    if (!ok || parts.length < 2) continue;
    let separated = true;
    for (let n = 1; n < parts.length; n++) if (!/[，,、；;和及]/.test(text.slice(parts[n - 1]!.end, parts[n]!.start))) separated = false;
    if (!separated) continue;
    out.push({ kind: 'qizhong', total, parts, marker: { start: total.end, end: total.end + 1 }, exhaustive: false, truncated: false });
  }
  return out;
}


/** How many part lines an opening total's list may hold (form 6). */
const OPENING_LIST_MAX = 30;
/** A count of items announced in an opening total's line (共实施五个项目, 3项). */
const ANNOUNCED_COUNT = /(\d{1,2}|[一二两三四五六七八九十]{1,3})[个项类笔]/g;

/**
 * The part lines below an opening total's line (SUMS.md form 6), each holding exactly one figure of the total's kind:
 * 收入总计：4,072,867.80元 ⏎ ␣␣财政拨款收入：3,968,542.80元 ⏎ ␣␣上年结转：86,325.00元 (indented under a total named as one:
 * 总计 / 合计), or 项目支出732.50万元，共实施五个项目，具体如下： ⏎ 1.甲：支出324.00万元。⏎ 2.乙：支出128.60万元。… (a line ending
 * in a colon, then lines numbered from 1 in one style). Preconditions (silent otherwise): the total is a plain amount or
 * count not read as a total already; no other figure of its kind between it and the line's end; each part line holds one
 * figure of the total's kind, plain, and the run of lines is whole — an indented run ends at the first line indented no
 * deeper than the total's, a numbered run at the first line that does not go on its numbers, and a line that goes on
 * the numbers after the run (an item whose line holds two amounts) leaves the list unread; two lines at least. A count
 * announced in the total's line must equal the lines read, or nothing is read; the list is then complete, and so is an
 * indented one (laid out as the rows of a table), a numbered one without a count is not.
 */
function findOpeningLineTotals(text: string, figures: readonly Figure[], already: readonly Decomposition[]): Decomposition[] {
  const out: Decomposition[] = [];
  const totals = new Set<number>(already.map((d) => d.total.start));
  const taken = new Set<number>(already.flatMap((d) => d.parts.map((p) => p.start)));
  const lineEndOf = (at: number): number => {
    const e = text.indexOf('\n', at);
    return e === -1 ? text.length : e;
  };
  const indentOf = (start: number): number => {
    let k = start;
    while (text[k] === ' ' || text[k] === '\t' || text[k] === '\u3000') k++;
    return k - start;
  };
  for (let i = 0; i < figures.length - 2; i++) {
    const total = figures[i]!;
    if ((total.kind !== 'money' && total.kind !== 'count') || total.comparative || total.qualifier || totals.has(total.start)) continue;
    const lineStart = text.lastIndexOf('\n', total.start - 1) + 1;
    const lineEnd = lineEndOf(total.end);
    const tail = text.slice(total.end, lineEnd).trimEnd();
    const numbered = tail.endsWith('：') || tail.endsWith(':');
    const indented = !numbered && /^[。；;，,]?$/.test(tail) && TOTAL_LABEL.test(text.slice(lineStart, total.start));
    if (!numbered && !indented) continue;
    // The colon in the total's own sentence (…1611.9亿元，下降3.5%。主要支出科目情况如下： names no total), and no word of
    // main items only (主要包括：, 主要支出科目情况如下：: grammar mainItemWords) — such a list names some parts.
    if (numbered && (/[。；;]/.test(tail) || MAIN_ITEM_WORDS.some((w) => tail.includes(w)))) continue;
    let j = i + 1;
    // No other figure of the total's kind in the rest of its line.
    for (; j < figures.length && figures[j]!.start < lineEnd; j++) if (sameFamily(figures[j]!, total)) break;
    if (j < figures.length && figures[j]!.start < lineEnd) continue;
    const counts = [...tail.matchAll(ANNOUNCED_COUNT)];
    const announced = numbered && counts.length === 1 ? (/^\d/.test(counts[0]![1]!) ? Number(counts[0]![1]) : parseChineseNumber(counts[0]![1]!)) : null;
    if (numbered && counts.length > 1) continue;
    const baseIndent = indentOf(lineStart);
    const parts: Figure[] = [];
    let ok = true;
    let style: string | null = null;
    let from = lineEnd + 1;
    let runEnd = from;
    for (let guard = 0; guard < OPENING_LIST_MAX && from < text.length; guard++) {
      const end = lineEndOf(from);
      const line = text.slice(from, end);
      if (indented) {
        if (line.trim() === '' || indentOf(from) <= baseIndent) break;
      } else {
        const m = outlineMarkerAt(line);
        if (!m || (style === null ? m.n !== 1 : m.kind !== style || m.n !== parts.length + 1)) break;
        style = m.kind;
      }
      const inLine: Figure[] = [];
      for (; j < figures.length && figures[j]!.start < end; j++) if (figures[j]!.start >= from && sameFamily(figures[j]!, total)) inLine.push(figures[j]!);
      const f = inLine[0];
      if (inLine.length !== 1 || !f || f.comparative || f.qualifier || taken.has(f.start)) {
        ok = false;
        break;
      }
      parts.push(f);
      runEnd = end;
      from = end + 1;
    }
    if (!ok || parts.length < 2) continue;
    // Lines numbered as the total's own line is (1、收入A，其中：⏎1、…) are the outer list's next items, not its parts.
    if (style !== null && outlineMarkerAt(text.slice(lineStart, lineEnd))?.kind === style) continue;
    // A numbered run must be whole: the line after it does not go on its numbers.
    if (style !== null) {
      const after = outlineMarkerAt(text.slice(runEnd + 1, lineEndOf(runEnd + 1)));
      if (after && after.kind === style && after.n === parts.length + 1) continue;
    }
    if (announced !== null && announced !== parts.length) continue;
    const colon = numbered ? lineStart + text.slice(lineStart, lineEnd).trimEnd().length - 1 : total.end;
    out.push({ kind: 'qizhong', total, parts, marker: { start: colon, end: colon + 1 }, exhaustive: indented || announced !== null, truncated: false });
    for (const p of parts) taken.add(p.start);
  }
  return out;
}

/** How far past a total its bracketed breakdown may reach (年末在职21人（行政8人、事业11人、工勤1人）). */
const BRACKET_LIST_MAX = 160;
/** Words inside a bracket that make it a note or a partial list (其中, 含, 主要 …: grammar subsetOpeners), or an open one (等). */
const BRACKET_NOT_WHOLE = /其中|包括|包含|等|约|以上|以下|占|较|比/;

/**
 * 年末在职21人（行政8人、事业11人、工勤1人） / 支出合计500万元（基本支出300万元，项目支出200万元）: a bracket right after a
 * figure that holds nothing but two or more labelled figures of its kind is its breakdown (SUMS.md form 3).
 * Preconditions (silent otherwise): the bracket opens right after the figure (a count's noun between at most) and closes
 * within BRACKET_LIST_MAX; every figure in it is a plain amount of the total's kind and unit (no change, bound, share);
 * each is led by a label without digits and set off from the one before by 、，；; nothing follows the last; no word of
 * a note or a partial list (其中, 含, 等, 占 …) in it. Not complete by itself (exhaustive false): 其中-like.
 */
function findBracketTotals(text: string, figures: readonly Figure[], already: readonly Decomposition[]): Decomposition[] {
  const out: Decomposition[] = [];
  const totals = new Set<number>(already.map((d) => d.total.start));
  for (let i = 0; i < figures.length - 2; i++) {
    const total = figures[i]!;
    if ((total.kind !== 'money' && total.kind !== 'count') || total.comparative || total.qualifier || totals.has(total.start)) continue;
    let open = total.end;
    if (total.kind === 'count' && total.noun && text.startsWith(total.noun, open)) open += total.noun.length;
    if (text[open] !== '（' && text[open] !== '(') continue;
    let close = -1;
    let depth = 0;
    for (let k = open; k < text.length && k - open < BRACKET_LIST_MAX; k++) {
      const c = text[k];
      if (c === '\n' || c === '。') break;
      if (c === '（' || c === '(') depth++;
      else if (c === '）' || c === ')') {
        depth--;
        if (depth === 0) {
          close = k;
          break;
        }
      }
    }
    if (close === -1) continue;
    const inner = text.slice(open + 1, close);
    if (BRACKET_NOT_WHOLE.test(inner) || GRAMMAR.subsetOpeners.some((w) => inner.startsWith(w))) continue;
    const parts: Figure[] = [];
    let ok = true;
    let prevEnd = open + 1;
    for (let j = i + 1; j < figures.length && figures[j]!.start < close; j++) {
      const f = figures[j]!;
      if (f.end > close || !sameFamily(f, total) || f.comparative || f.qualifier || TOTAL_LABEL.test(f.label)) {
        ok = false;
        break;
      }
      const lead = text.slice(prevEnd, f.start);
      // The first label right after the bracket; each later one after a separator. A label holds no digit.
      if (/\d/.test(lead) || lead.length > 16 || (parts.length > 0 && !/^[、，,；;]/.test(lead)) || lead.replace(/^[、，,；;\s]+/, '').length === 0) {
        ok = false;
        break;
      }
      parts.push(f);
      prevEnd = f.end;
      if (f.kind === 'count' && f.noun && text.startsWith(f.noun, prevEnd)) prevEnd += f.noun.length;
    }
    if (!ok || parts.length < 2 || text.slice(prevEnd, close).trim() !== '') continue;
    out.push({ kind: 'qizhong', total, parts, marker: { start: open, end: open + 1 }, exhaustive: false, truncated: false });
  }
  return out;
}

export function findDecompositions(
  text: string,
  figures: readonly Figure[],
  sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[],
): { decompositions: Decomposition[]; enumerations: Enumeration[] } {
  const byCategoryParagraphs = new Set(paragraphs.filter((p) => byCategoryMarker(text, p) !== null).map((p) => p.index));
  const markers = listMarkers(text, figures);
  const sentenceLists = [...findQizhong(text, figures, sentences, byCategoryParagraphs, markers), ...findClosingTotals(text, figures, sentences, markers)];
  const qizhong = [...sentenceLists, ...findLineListTotals(text, figures, sentenceLists), ...findWithinTotals(text, figures, sentences, sentenceLists)];
  qizhong.push(...findBracketTotals(text, figures, qizhong));
  qizhong.push(...findOpeningLineTotals(text, figures, qizhong));
  const subParts = new Set(qizhong.flatMap((d) => d.parts));
  return {
    decompositions: [...qizhong, ...findByCategory(text, figures, paragraphs, subParts)],
    enumerations: findEnumerations(text, figures, sentences),
  };
}
