/**
 * outline — a section the outline template requires is missing, or a section that must say 无 when empty is
 * left blank (templates: data/audit/outline-templates.json, chosen by the title: the 部门整体支出绩效自评报告,
 * the 部门决算 with its nine tables). A part title (第二部分 …) or a table title counts as a section. A regional template
 * (the self-evaluation report's nine headings are Hunan's) is judged in full only for a report of its region (given by
 * the caller or named in the title) or one that follows it; otherwise only the topics every outline shares, and the
 * rule says so in notChecked.
 */
import { type Finding, finding } from '../../core/finding.ts';
import { type OutlineSection, type OutlineTemplate, RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { parseChineseNumber } from '../facts/chinese-numbers.ts';
import { firstVisibleChar, lastVisibleChar } from '../facts/lines.ts';
import { ObjectSlot } from '../facts/object-slot.ts';
import { sectionsOf } from '../facts/sections.ts';
import type { Span } from '../facts/types.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { quoteSpan } from './lib/evidence.ts';
import { titleAbove } from './lib/table-title.ts';
import type { Rule } from './lib/types.ts';

const PART = /^第[一二三四五六七八九十]+部分/;
/** A heading of the 情况说明 part: it describes a table (…决算情况说明, …支出说明) and is none. */
const EXPLANATION = /说明$/;
/** The longest line read as the wrapped end of the title above it (表, 情况说明). */
const WRAPPED_TAIL_CHARS = SEARCH_WINDOWS.wrappedTailChars;
/** A tail starting with one of these is a sentence or a numbered line of its own, not the end of a title. */
const WRAPPED_TAIL_NOT_FIRST = /[。；，\d一二三四五六七八九十、（(]/;
/** The highest table number read in a list of tables (a report has far fewer; a larger number is no table's). */
const MAX_TABLE_NUMBER = SEARCH_WINDOWS.maxTableNumber;
/** The longest paragraph read as a line of a list of table titles (data/audit/thresholds.json searchWindows.tableListLineMax). */
const LIST_LINE_MAX = SEARCH_WINDOWS.tableListLineMax;

/**
 * Each paragraph's text without white space, read once per text for the passes below (list entries, titles, the
 * lines after them); null for a paragraph longer than LIST_LINE_MAX, which each pass reads itself when it must.
 */
const compactLines = new ObjectSlot<Parameters<Rule>[0], (string | null)[]>();

function compactLinesOf(facts: Parameters<Rule>[0]): (string | null)[] {
  let lines = compactLines.get(facts);
  if (!lines) {
    lines = facts.paragraphs.map((p) => (p.end - p.start > LIST_LINE_MAX ? null : facts.text.slice(p.start, p.end).replace(/\s+/g, '')));
    compactLines.set(facts, lines);
  }
  return lines;
}

/** Paragraph i's text without white space. */
function compactLine(facts: Parameters<Rule>[0], i: number): string {
  const p = facts.paragraphs[i]!;
  return compactLinesOf(facts)[i] ?? facts.text.slice(p.start, p.end).replace(/\s+/g, '');
}
/** Lines read down from a table title to the sentence saying the table is empty (caption, header rows between). */
const EMPTY_NOTE_WINDOW = SEARCH_WINDOWS.emptyNoteWindow;
/** A sentence saying a table holds nothing: 本表为空 / 故本表无数据 / 为空表 / 没有…支出 / 不涉及. */
const EMPTY_WORDS = anyWord(RULE_WORDS.outline.emptyNote);
const EMPTY_NOTE = new RegExp(EMPTY_WORDS);
/** A short line (no sentence) saying the table holds nothing: 本单位无政府性基金收支 / 注：本表无数据 / 无. */
const SHORT_EMPTY_NOTE = new RegExp(`^(?:注[:：]?)?(?:本|我)[^，。]{0,24}${EMPTY_WORDS}|^注[:：].{0,30}${EMPTY_WORDS}|^[（(]?无[)）]?$`);
/** A title that says so itself: …决算表（本单位无此项数据）. */
const EMPTY_IN_TITLE = new RegExp(`[（(][^（()）]*${EMPTY_WORDS}[^（()）]*[）)]$`);
/** A caption line ending in 表 that is no title: 公开08表, 部门公开表08 is caught by its digits. */
const CAPTION = /公开\d{1,2}表$|单位/;

/** An amount other than zero in the sentence: it reports funds, whatever else it says. */
const NONZERO_AMOUNT = /(?<![\d.])(?:0*[1-9][\d,]*(?:\.\d+)?|0\.\d*[1-9]\d*)\s*(?:万元|元|亿元)/;

/**
 * Whether a sentence says the department has none of the kind of funds a table shows (本部门2024年度无政府性基金预算
 * 财政拨款收入支出 / 没有使用国有资本经营预算财政拨款安排的支出): a note's word (无, 没有, 不涉及) before the kind in one
 * clause (no comma between, the kind at most 30 characters on: 无政府性基金…收支和国有资本经营…支出), and no amount other than zero in the sentence.
 */
export function statesAbsent(text: string, kinds: readonly string[]): boolean {
  if (kinds.length === 0) return false;
  const clause = new RegExp(`(?:${EMPTY_WORDS})[^，,。；;：:\n]{0,30}(?:${kinds.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  for (const sentence of text.replace(/\s+/g, '').split(/[。；;！!]/)) {
    if (clause.test(sentence) && !NONZERO_AMOUNT.test(sentence)) return true;
  }
  return false;
}

function matches(title: string, required: OutlineSection): boolean {
  return required.keywords.some((k) => title.includes(k)) && !(required.exclude ?? []).some((w) => title.includes(w));
}

/**
 * A reading gloss a mirror site inserts after each character (一般公共預(yù)算財政撥款…表): a bracket right after a
 * Chinese character holding one romanised syllable with a tone mark. It is no part of the title; a bracket of plain
 * ASCII letters (表(a)) is kept.
 */
const READING_GLOSS = /(?<=[\u4e00-\u9fff])[（(]([a-z\u00e0-\u00fc\u0101-\u01dc]{1,7})[）)]/g;

export function withoutReadingGlosses(title: string): string {
  return title.replace(READING_GLOSS, (gloss, syllable: string) => (/[^a-z]/.test(syllable) ? '' : gloss));
}

/** A numbered entry of a list of table titles: 七、财政拨款“三公”经费支出决算表. */
const NUMBERED_TABLE_ENTRY = /^[一二三四五六七八九十]{1,3}、[^。，；]{2,40}表$/;
/** A title line without number or sentence: 政府性基金预算财政拨款收入支出决算表. */
// An enumeration comma inside the title is kept (“三公”经费、行政参公单位机关运行经费情况表); the line may not open with one.
const BARE_TABLE_TITLE = /^[\u4e00-\u9fff“"][^。，；：:]{3,38}表$/;

/**
 * Entries of a list of numbered table titles whose numbers were lost (七、…决算表 ⏎ 政府性基金…决算表 ⏎ 国有资本…决算表):
 * a title line with no number or sentence right after a numbered entry, or after such a line, still names its table.
 */
function numberLostEntries(facts: Parameters<Rule>[0]): string[] {
  const out: string[] = [];
  let inList = false;
  const compact = compactLinesOf(facts);
  for (const [i, p] of facts.paragraphs.entries()) {
    if (p.end - p.start > LIST_LINE_MAX) {
      inList = false;
      continue;
    }
    // Both patterns end in 表: a line ending otherwise (a table row, most short lines) ends a list unread.
    let last = p.end - 1;
    while (last >= p.start && /\s/.test(facts.text[last]!)) last--;
    if (last < p.start) continue;
    if (facts.text[last] !== '表') {
      inList = false;
      continue;
    }
    const line = compact[i]!;
    if (NUMBERED_TABLE_ENTRY.test(line)) inList = true;
    else if (inList && BARE_TABLE_TITLE.test(line)) out.push(line);
    else inList = false;
  }
  return out;
}

/** A numbered entry that names a table but lost its final 表: 七、一般公共预算财政拨款“三公”经费支出决算. */
const NUMBERED_ENTRY_WITHOUT_TABLE = /^[一二三四五六七八九十]{1,3}、[^。，；：:]{2,40}(?:决算|预算)$/;

/**
 * Entries of a list of numbered table titles written without their final 表 (六、…基本支出决算表 ⏎ 七、…“三公”经费支出
 * 决算 ⏎ 八、…收入支出决算表): a numbered line ending in 决算/预算, with no sentence, between two numbered entries that end
 * in 表, still names its table. Returned with the 表 restored, each with its line.
 */
const withoutTableWord = new ObjectSlot<Parameters<Rule>[0], { title: string; line: Span }[]>();

function entriesWithoutTableWord(facts: Parameters<Rule>[0]): { title: string; line: Span }[] {
  const known = withoutTableWord.get(facts);
  if (known) return known;
  const out: { title: string; line: Span }[] = [];
  withoutTableWord.set(facts, out);
  const lines: { text: string; span: Span }[] = [];
  const compact = compactLinesOf(facts);
  for (const [i, p] of facts.paragraphs.entries()) {
    const text = compact[i] ?? '';
    if (text !== '' || p.end - p.start > LIST_LINE_MAX) lines.push({ text, span: p });
  }
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!.text;
    if (!NUMBERED_ENTRY_WITHOUT_TABLE.test(line)) continue;
    if (NUMBERED_TABLE_ENTRY.test(lines[i - 1]!.text) && NUMBERED_TABLE_ENTRY.test(lines[i + 1]!.text)) out.push({ title: `${line}表`, line: lines[i]!.span });
  }
  return out;
}

/**
 * The titles tables stand under, numbered or not (收入决算表 above 公开02表 单位：元): a publisher that does not number
 * its tables still has them. A title is the nearest short line above the table that is no unit caption.
 */
/** A table title led by the document's own number: 公开04表 …, 表4 …, 附表四 …, 决算四表 … . */
const NUMBERED_TITLE = /^(附?表[\d一二三四五六七八九十]{1,3}|公开\d{1,2}表|决算[\d一二三四五六七八九十]{1,3}表)/;

/** The title of a 决算 table, its number after it or none: 收入支出决算总表, 财政拨款收入支出决算表（表4）. */
const CAPTIONED_TITLE = /决算(?:总|明细)?表(?:[（(][^（()）]{0,12}[）)])?$/;

/** One of the two paragraphs after paragraph i is a short unit caption (编制单位：… 单位：元). */
function captioned(facts: Parameters<Rule>[0], i: number): boolean {
  return [1, 2].some((d) => {
    const n = facts.paragraphs[i + d];
    return n !== undefined && n.end - n.start <= 80 && /单位\s*[:：]/.test(facts.text.slice(n.start, n.end));
  });
}

function tableTitles(facts: Parameters<Rule>[0]): string[] {
  const out: string[] = [];
  for (const t of facts.tables) {
    const title = titleAbove(facts.text, t.start);
    if (title !== '') out.push(title);
  }
  // A table title standing alone (表八 政府性基金预算财政拨款收入支出决算表, then 本部门没有…本表为空): the table is
  // stated, even without a table under it. The sentence saying so comes next, or under the table's caption and
  // header lines (项目 / 科目编码 科目名称 / 合计: short lines without a sentence), wrapped over two lines at most.
  facts.paragraphs.forEach((p, i) => {
    if (p.end - p.start > SEARCH_WINDOWS.outlineLineMax) return;
    // Both kinds of title below end in 表, or in the bracket after 决算表 (most short lines, table rows, end otherwise).
    const last = lastVisibleChar(facts.text, p.start, p.end);
    if (last !== '表' && last !== '）' && last !== ')') return;
    const line = compactLine(facts, i);
    // A title numbered by the document (公开04表 …, 表4 …, 附表4 …), or a 决算 table's title unnumbered or numbered after
    // it (2024年度财政拨款收入支出决算总表, …决算表（表4）), right above its unit caption (编制单位：… 单位：元): the table is
    // there, whether or not its cells could be read (a two-sided table whose labels wrap in narrow cells).
    if (line.length <= SEARCH_WINDOWS.tableTitleMax && (NUMBERED_TITLE.test(line) ? line.endsWith('表') : CAPTIONED_TITLE.test(line)) && captioned(facts, i)) {
      out.push(line);
      return;
    }
    if (line.length > SEARCH_WINDOWS.tableTitleMax || !/决算表(?:[（(][^（()）]{0,12}[）)])?$/.test(line)) return;
    // The title says so itself: …决算表（本单位无此项数据）.
    if (EMPTY_IN_TITLE.test(line)) {
      out.push(line);
      return;
    }
    for (let k = i + 1; k < Math.min(facts.paragraphs.length, i + 1 + EMPTY_NOTE_WINDOW); k++) {
      const next = compactLine(facts, k);
      // Another table's title or a part title: this one stands alone with nothing said (a contents entry). (A title is a
      // short line; a note cut at the edge of a sheet's printed columns, …故本表为空表, may end in 表 too.)
      if (PART.test(next) || (/表$/.test(next) && next.length <= SEARCH_WINDOWS.tableTitleMax && !CAPTION.test(next))) return;
      // A short note in a row of the table (本单位无政府性基金收支) says so too; other short lines are its header.
      if (next.length <= SEARCH_WINDOWS.emptyNoteLineMax && !/[。；]/.test(next)) {
        if (SHORT_EMPTY_NOTE.test(next)) {
          out.push(line);
          return;
        }
        continue;
      }
      const wrapped = facts.paragraphs[k + 1];
      const says = next + (wrapped ? facts.text.slice(wrapped.start, Math.min(wrapped.end, wrapped.start + 40)) : '');
      if (EMPTY_NOTE.test(says)) out.push(line);
      return;
    }
  });
  return out;
}

/** A table number at the start of a title or caption line: 表8 …, 表八 …, 表 3 单位：元, 表5：…, 附表3 … . */
const TABLE_NUMBER_LEAD = /^附?表\s*(\d{1,2}|[一二三四五六七八九十]{1,3})(?=[\s\u4e00-\u9fff:：、]|$)/;
/** A table number inside the word 决算N表 at the start of a title: 决算三表 支出决算表, 决算3表. */
const TABLE_NUMBER_INNER = /^决算\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*表/;
/** A title numbered like a list item, ending in 表: 7. 一般公共预算财政拨款“三公”经费支出决算表, 3、支出决算表. */
const TABLE_NUMBER_LIST = /^(\d{1,2})[.、．]\s*[\u4e00-\u9fff“”"（）()]{2,40}表(?:[（(][\u4e00-\u9fff]{2,8}[）)])?$/;
/**
 * The same numbered in Chinese, as contents lists number their tables: 六、一般公共预算财政拨款基本支出决算表; a bracketed
 * kind of classification may follow the 表 (五、财政拨款支出决算表(功能科目), the Jiangsu form).
 */
const TABLE_NUMBER_LIST_CJK = /^([一二三四五六七八九十]{1,3})、\s*[\u4e00-\u9fff“”"（）()]{2,40}表(?:[（(][\u4e00-\u9fff]{2,8}[）)])?$/;
/**
 * Where a title line holds a second numbered title right after the first one's 表 (六、财政拨款基本支出决算表（经济科目）
 * 七、一般公共预算支出决算表（功能科目）, white space removed): each is a title of its own, read by its own words.
 */
const SHARED_LINE_ENTRY = /(?<=表(?:[（(][\u4e00-\u9fff]{2,8}[）)])?)(?=[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff“"]{2,40}表)/;
/** Where a line holds two numbered titles (六、…决算表(经济科目) 七、…决算表(功能科目)): before the second number. */
const NEXT_CJK_ENTRY = /\s+(?=[一二三四五六七八九十]{1,3}、)/;
/** A table number in a publisher's caption: 公开01表, 部门公开表07, （公开表3）, 公开02 (表 on the next line). */
const TABLE_NUMBER_CAPTION = /公开表?\s*0?(\d{1,2})(?!\d)/;

interface TableNumberGap {
  readonly missing: number;
  readonly before: Span;
  readonly after: Span;
}

/**
 * The table numbers of the short lines (no sentence) of a text, in the order of its lines, each with its kind (the
 * series of tableNumberGaps) and line: read once per text, whichever line the series start from.
 */
const tableNumbers = new ObjectSlot<Parameters<Rule>[0], { span: Span; kind: number; n: number }[]>();

function tableNumbersOf(facts: Parameters<Rule>[0]): { span: Span; kind: number; n: number }[] {
  const known = tableNumbers.get(facts);
  if (known) return known;
  const out: { span: Span; kind: number; n: number }[] = [];
  tableNumbers.set(facts, out);
  for (const p of facts.paragraphs) {
    if (p.end - p.start > SEARCH_WINDOWS.outlineLineMax) continue;
    const line = facts.text.slice(p.start, p.end);
    // Every pattern below needs 表 or 公开 (most short lines, table rows, have neither).
    if (!line.includes('表') && !line.includes('公开')) continue;
    if (/[。；]/.test(line)) continue;
    const lead = TABLE_NUMBER_LEAD.exec(line);
    const caption = TABLE_NUMBER_CAPTION.exec(line);
    const listed = TABLE_NUMBER_LIST.exec(line);
    const inner = TABLE_NUMBER_INNER.exec(line);
    const found: [number, string | undefined][] = [
      [0, lead?.[1]],
      [1, caption?.[1]],
      [2, listed?.[1]],
      [3, inner?.[1]],
    ];
    // Each numbered title of the line is read, two entries sharing one line (a contents list pasted without its break).
    const entries = line.trim().split(NEXT_CJK_ENTRY);
    const cjk = entries.map((e) => TABLE_NUMBER_LIST_CJK.exec(e)?.[1]);
    if (cjk.every((n) => n !== undefined)) for (const n of cjk) found.push([4, n]);
    for (const [kind, raw] of found) {
      if (raw === undefined) continue;
      const n = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw);
      if (n === null || n < 1 || n > MAX_TABLE_NUMBER) continue;
      out.push({ span: { start: p.start, end: p.end }, kind, n });
    }
  }
  return out;
}

/**
 * Where the document's own table numbers skip one (表7 …, 表9 …; 公开06表, 公开08表): the numbers of short lines (no
 * sentence) that start with 表N or 附表N, carry a 公开NN表 caption, start with 决算N表 or are numbered titles ending in 表 (8. 政府性基金…决算表),
 * each kind read as its own series from 1. A series that skips says a table of the document's own list is missing,
 * whatever the region's template.
 */
function tableNumberGaps(facts: Parameters<Rule>[0], from = 0): TableNumberGap[] {
  const series = [new Map<number, Span>(), new Map<number, Span>(), new Map<number, Span>(), new Map<number, Span>(), new Map<number, Span>()];
  for (const { span, kind, n } of tableNumbersOf(facts)) {
    if (span.start < from || series[kind]!.has(n)) continue;
    series[kind]!.set(n, span);
  }
  // An entry that lost its final 表 (七、…“三公”经费支出决算 in a list of entries ending in 表) keeps its number in the list.
  for (const e of entriesWithoutTableWord(facts)) {
    if (e.line.start < from) continue;
    const n = parseChineseNumber(/^([一二三四五六七八九十]{1,3})、/.exec(e.title)![1]!);
    if (n !== null && n >= 1 && n <= MAX_TABLE_NUMBER && !series[4]!.has(n)) series[4]!.set(n, e.line);
  }
  const gaps: TableNumberGap[] = [];
  for (const numbers of series) {
    // A series of at least three tables numbered from 1.
    if (numbers.size < 3 || !numbers.has(1)) continue;
    const max = Math.max(...numbers.keys());
    for (let m = 2; m < max; m++) {
      if (numbers.has(m)) continue;
      let below = m - 1;
      while (!numbers.has(below)) below--;
      let above = m + 1;
      while (!numbers.has(above)) above++;
      gaps.push({ missing: m, before: numbers.get(below)!, after: numbers.get(above)! });
    }
  }
  return gaps;
}

/** A contents entry's page number or leader dots: 收入决算表……3, 收入决算表 3. */
const PAGE_TAIL = /(?:\.{3,}|…+|·{3,})\s*\d*$|\s\d{1,3}$/;

/** Where a table title stands: above a table the reader rebuilt (its title line and the table's first row). */
interface BodyTable {
  readonly title: string;
  readonly line: Span;
  readonly tableStart: number;
}

/** The tables the reader rebuilt, each with its title line (lines read up from the table, as titleAbove does). */
function bodyTables(facts: Parameters<Rule>[0]): BodyTable[] {
  const out: BodyTable[] = [];
  for (const t of facts.tables) {
    const title = titleAbove(facts.text, t.start);
    if (title === '') continue;
    // The line holding the title: the nearest line above the table whose text (without white space) starts with it.
    let end = t.start - 1;
    for (let guard = 0; guard < 8 && end > 0; guard++) {
      const from = facts.text.lastIndexOf('\n', end - 1) + 1;
      if (facts.text.slice(from, end).replace(/\s+/g, '').startsWith(title)) {
        out.push({ title, line: { start: from, end }, tableStart: t.start });
        break;
      }
      end = from - 1;
    }
  }
  return out;
}

/**
 * Whether a short line naming a table is an entry of a list of titles (the 目录, the list under 第二部分 决算表) rather
 * than the title of a table in the body: it carries a page number, or the next line is another title (…表) or a
 * part title. A line followed by anything else (a caption, header lines, a note, a table) may stand in the body.
 */
function isListEntry(facts: Parameters<Rule>[0], index: number): boolean {
  const p = facts.paragraphs[index]!;
  const line = facts.text.slice(p.start, p.end);
  if (PAGE_TAIL.test(line.trimEnd()) && /表/.test(line)) return true;
  for (let k = index + 1; k < facts.paragraphs.length; k++) {
    const n = facts.paragraphs[k]!;
    const next = compactLine(facts, k);
    if (next === '') continue;
    if (n.end - n.start > 60 || /[。；\t]/.test(facts.text.slice(n.start, n.end))) return false;
    return PART.test(next) || (/表(?:[（(][^（()）]{0,8}[）)])?$/.test(next.replace(/(?:\.{3,}|…+|·{3,})?\d*$/, '')) && !CAPTION.test(next));
  }
  return true;
}

/** A heading's title without a contents entry's page tail (leader dots, page number, a Word field's PAGEREF code). */
function entryTitle(title: string): string {
  return title.replace(/\s*PAGEREF\b.*$/, '').replace(PAGE_TAIL, '').replace(/\s+/g, '');
}

/**
 * Entries of the document's numbered lists of table titles that name no section of the template the rule can read
 * (a title damaged in the copy, 三、出决算表; or worded otherwise, 一、部门收支决算总表), each with the template
 * sections the read entries around it in its list place before and after it: a list is a run of headings of one
 * style numbered on by one whose titles end in 表; an entry naming a section an earlier entry of its list named is
 * unread too (四、政拨款收入支出决算总表 after 一、收入支出决算总表). A run none of whose entries is read is left out.
 */
function unreadTableEntries(facts: Parameters<Rule>[0], sections: readonly OutlineSection[]): { title: string; after: number; before: number }[] {
  const out: { title: string; after: number; before: number }[] = [];
  const runs: { title: string; section: number }[][] = [];
  let run: { title: string; section: number }[] = [];
  let last: { style: string; number: number } | null = null;
  for (const h of facts.headings) {
    const title = entryTitle(h.title);
    if (!title.endsWith('表') || title.length > SEARCH_WINDOWS.tableTitleMax) {
      last = null;
      continue;
    }
    if (!last || last.style !== h.style || h.number !== last.number + 1) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    last = { style: h.style, number: h.number };
    const section = sections.findIndex((r) => r.name.endsWith('表') && matches(title, r));
    run.push({ title, section: section !== -1 && run.some((e) => e.section === section) ? -1 : section });
  }
  if (run.length > 0) runs.push(run);
  for (const r of runs) {
    // A run with no entry the rule reads is no list of this template's tables (a lone …表 heading in the body).
    if (r.every((e) => e.section === -1)) continue;
    r.forEach((e, k) => {
      if (e.section !== -1) return;
      const after = Math.max(-1, ...r.slice(0, k).map((x) => x.section));
      const readAfter = r.slice(k + 1).map((x) => x.section).filter((x) => x !== -1);
      const before = readAfter.length > 0 ? Math.min(...readAfter) : sections.length;
      out.push({ title: e.title, after, before });
    });
  }
  return out;
}

/**
 * Whether a regional template is the report's own by its region: the caller's (a name holding one of the region's
 * words, or a 行政区划代码 starting with one of its prefixes), or else a region word in the title or the department's
 * name. 'other': the caller names a region that is none of the template's; 'unknown': nobody says.
 */
function regionMatch(template: OutlineTemplate, region: string | null | undefined, title: string, department: string | null): 'own' | 'other' | 'unknown' {
  const regions = template.regions ?? [];
  if (region) {
    const own = /^\d{6}$/.test(region)
      ? regions.some((r) => r.codePrefixes.some((p) => region.startsWith(p)))
      : regions.some((r) => region.includes(r.name) || r.words.some((w) => region.includes(w)));
    return own ? 'own' : 'other';
  }
  const named = `${title}${department ?? ''}`;
  return regions.some((r) => r.words.some((w) => named.includes(w))) ? 'own' : 'unknown';
}

/**
 * The sections a report is judged against. A national template (no regions): all of them. A regional one: all of them
 * when the report is of one of its regions or follows it (followedWhenPresent: sections no other outline has); otherwise
 * only the topics every outline shares (everyRegion), with a note of what was left unchecked and why.
 */
function sectionsToJudge(
  template: OutlineTemplate,
  found: (r: OutlineSection) => boolean,
  options: Parameters<Rule>[1],
  title: string,
): { sections: readonly OutlineSection[]; note: string | null } {
  if (!template.regions || template.regions.length === 0) return { sections: template.sections, note: null };
  const match = regionMatch(template, options.region, title, options.department);
  const follow = template.followedWhenPresent;
  const follows = follow !== undefined && template.sections.filter((r) => follow.sections.includes(r.name) && found(r)).length >= follow.atLeast;
  if (match === 'own' || follows) return { sections: template.sections, note: null };
  const names = template.regions.map((r) => r.name).join('、');
  const every = template.everyRegion ?? [];
  const why = match === 'other' ? `指定的地区“${options.region}”没有此类报告的提纲模板（现有${names}的）` : `未能确定报告所属地区（标题未写明，调用时也未指定地区），报告也未按${names}的提纲编写`;
  const what = every.length > 0 ? `只检查各地提纲共有的部分（${every.map((r) => r.name).join('、')}），未按${names}提纲逐项检查` : `未检查提纲`;
  return { sections: every, note: `outline：${why}，${what}` };
}

export const outline: Rule = (facts, options) => {
  const title = facts.title.title ?? '';
  const template = options.config.outlineTemplates.find(
    (t) => t.appliesWhenTitleContains.some((w) => title.includes(w)) && !(t.notWhenTitleContains ?? []).some((w) => title.includes(w)),
  );
  if (!template) {
    options.notChecked.push('outline：标题未对应任何提纲模板（部门整体支出绩效自评报告、部门决算），未检查提纲是否完整');
    return [];
  }
  const sections = sectionsOf(facts);
  // Part titles (第二部分 2024年度部门决算表) are no numbered headings, but they are the outline too.
  // (Each line's first visible character is looked at first: most lines are no such title.)
  const partTitles = facts.paragraphs
    .filter((p) => firstVisibleChar(facts.text, p.start, Math.min(p.end, p.start + 60)) === '第')
    .map((p) => facts.text.slice(p.start, Math.min(p.end, p.start + 60)).replace(/\s+/g, ''))
    .filter((line) => PART.test(line));
  // An entry whose number was lost in the copy (、政府性基金预算财政拨款收入支出决算表) still names its section.
  const unnumbered = facts.paragraphs
    .filter((p) => firstVisibleChar(facts.text, p.start, Math.min(p.end, p.start + 61)) === '、')
    .map((p) => facts.text.slice(p.start, Math.min(p.end, p.start + 61)).replace(/\s+/g, ''))
    .filter((line) => line.startsWith('、') && line.length <= 60 && !line.includes('。'))
    .map((line) => line.slice(1));
  // A title wrapped over two lines (七、一般公共预算财政拨款“三公”经费支出决算⏎表): the short line after it, with no
  // number or sentence of its own, ends the title.
  const wrapped: string[] = [];
  facts.paragraphs.forEach((p, i) => {
    const next = facts.paragraphs[i + 1];
    if (!next || p.end - p.start > SEARCH_WINDOWS.outlineLineMax) return;
    const head = firstVisibleChar(facts.text, next.start, next.end);
    if (head === '' || WRAPPED_TAIL_NOT_FIRST.test(head)) return;
    const tail = compactLine(facts, i + 1);
    if (tail.length === 0 || tail.length > WRAPPED_TAIL_CHARS || WRAPPED_TAIL_NOT_FIRST.test(tail[0]!) || /[。；]/.test(tail)) return;
    wrapped.push(compactLine(facts, i) + tail);
  });
  // An entry of the table list that lost its final 表 (七、…“三公”经费支出决算 between two entries ending in 表) names its table.
  const withoutTableWord = entriesWithoutTableWord(facts).map((e) => e.title.replace(/^[一二三四五六七八九十]{1,3}、/, ''));
  const titles = [...sections.map((s) => s.heading.title.replace(/\s+/g, '')), ...partTitles, ...unnumbered, ...wrapped, ...tableTitles(facts), ...numberLostEntries(facts), ...withoutTableWord]
    .flatMap((t) => t.split(SHARED_LINE_ENTRY))
    .map(withoutReadingGlosses);
  // A heading of the 情况说明 (四、一般公共预算财政拨款基本支出决算情况说明) describes a table; it is not the table: a
  // table section is present only by a title that is no such 说明.
  const isPresent = (r: OutlineSection): boolean => titles.some((t) => matches(t, r) && !(r.name.endsWith('表') && EXPLANATION.test(t)));
  // A regional template (the nine headings of a Hunan self-evaluation report) is judged only where the report is of its
  // region or follows it; otherwise only what every outline shares.
  const judged = sectionsToJudge(template, isPresent, options, title);
  if (judged.note) options.notChecked.push(judged.note);
  const required = judged.sections;
  if (required.length === 0) return [];
  const present = required.filter(isPresent);
  // With most sections missing the text follows another outline (another region or year) or is an excerpt:
  // listing every section as missing would bury the reader, so say what was not checked instead.
  if (present.length * 2 < required.length) {
    options.notChecked.push(
      `outline：只找到“${template.title}”提纲${required.length}个部分中的${present.length}个，报告可能采用其他提纲或为节选，未逐项检查`,
    );
    return [];
  }
  const out: Finding[] = [];
  const titleEvidence = facts.title.titleSpan ? [quoteSpan(facts, facts.title.titleSpan)] : [];
  // Severity by evidence: a section is surely missing only when the text goes on past the place it belongs (a
  // later section of the template is present); missing at the end, the text may have been cut there (a page, an
  // excerpt), so it is a 提示 (info).
  const presentAt = required.map((r) => present.includes(r));
  const gaps = tableNumberGaps(facts);
  // A table title of the document's own list the rule cannot read, standing where a missing table belongs (between the
  // read entries of the tables before and after it in the template): the table may be there under that title.
  const unread = unreadTableEntries(facts, required);
  out.push(...missingFromBody(facts, required, present, titleEvidence));
  required.forEach((section, i) => {
    if (!presentAt[i]) {
      const later = presentAt.slice(i + 1).some(Boolean);
      // A table not in every version of the template is required when the document's own table numbers skip one
      // (表7, 表9): its own list had the table.
      const gap = gaps[0];
      const ownList = gap !== undefined && later;
      // The document says the department has none of the funds the table shows (本部门无政府性基金…收支): the table was
      // left out rather than printed empty — a 提示, unless its own table numbers skip one.
      const statedAbsent = !ownList && statesAbsent(facts.text, section.statedAbsentBy ?? []);
      const maybe = section.name.endsWith('表') ? unread.find((e) => e.after < i && i < e.before) : undefined;
      out.push(
        finding({
          rule: 'outline',
          severity: later && (!section.notInEveryVersion || ownList) && !statedAbsent && !maybe ? 'warning' : 'info',
          message: `按提纲应有“${section.name}”部分，报告中未找到${section.mustSayNoneWhenEmpty ? '（没有此类支出也应列出并写明“无”）' : ''}${later ? '' : '（文本可能在此之前截止）'}${gap ? `；报告自身的表号缺少第${gap.missing}号` : ''}${statedAbsent ? '；报告说明本部门无此类收支，按规定空表也应公开并注明' : ''}${maybe ? `；表目中的“${maybe.title}”未能识别，可能即此表` : ''}`,
          // Where a reader looks for the table: the gap in the document's own numbers (表3, then 表5) first.
          evidence: gap ? [quoteSpan(facts, gap.before), quoteSpan(facts, gap.after), ...titleEvidence] : titleEvidence,
        }),
      );
      return;
    }
    const found = sections.find((s) => matches(s.heading.title, section));
    if (found && section.mustSayNoneWhenEmpty) {
      const body = facts.text.slice(found.bodyStart, found.end).trim();
      if (body.length === 0) {
        out.push(
          finding({
            rule: 'outline',
            severity: 'warning',
            message: `“${found.heading.marker}${found.heading.title}”下没有内容，没有此类支出应写明“无”`,
            evidence: [quoteSpan(facts, found.heading)],
          }),
        );
      }
    }
  });
  return out;
};

/**
 * The first line below `before` naming a later table of the template that is no list entry: that table's title in the
 * body, read as a body table of its own place (tableStart: the line's end, as no table was rebuilt under it).
 */
function laterTitleLine(
  facts: Parameters<Rule>[0],
  later: readonly OutlineSection[],
  before: BodyTable | undefined,
  lines: readonly { k: number; line: string }[],
): BodyTable | undefined {
  if (!before) return undefined;
  for (const { k, line } of lines) {
    const p = facts.paragraphs[k]!;
    if (p.start <= before.tableStart) continue;
    const section = later.find((r) => matches(line, r));
    if (section && line.endsWith('表') && !isListEntry(facts, k)) return { title: line, line: { start: p.start, end: p.end }, tableStart: p.end };
  }
  return undefined;
}

/**
 * A required table named in the document's list of titles (目录, the list under 第二部分) but standing above no table of
 * the body: the body was printed without it. Only in a document whose tables the reader rebuilt (at least half the
 * template's tables found above a table), only when every line naming it is a list entry (a title in the body that
 * was not read as a table says nothing) and the body goes on past the place it belongs (a later table of the template
 * stands in the body: an excerpt or a cut text may simply stop). A warning; an error when the body's own table
 * numbers skip one at that place as well (表3, then 表5).
 */
function missingFromBody(
  facts: Parameters<Rule>[0],
  sections: readonly OutlineSection[],
  present: readonly OutlineSection[],
  titleEvidence: readonly ReturnType<typeof quoteSpan>[],
): Finding[] {
  const tableSections = sections.filter((s) => s.name.endsWith('表'));
  const body = bodyTables(facts);
  const inBody = (r: OutlineSection): BodyTable | undefined => body.find((b) => matches(b.title, r));
  const bodyFound = tableSections.filter((r) => inBody(r) !== undefined);
  if (bodyFound.length * 2 < tableSections.length) return [];
  const firstBody = Math.min(...body.map((b) => b.line.start));
  const bodyGaps = tableNumberGaps(facts, firstBody);
  const out: Finding[] = [];
  // The short lines without 。； that may list a table, read once for all the sections looked for.
  let shortLines: { k: number; line: string }[] | null = null;
  const listLines = (): { k: number; line: string }[] => {
    if (shortLines) return shortLines;
    shortLines = [];
    compactLinesOf(facts).forEach((line, k) => {
      if (line !== null && !/[。；]/.test(line)) shortLines!.push({ k, line });
    });
    return shortLines;
  };
  tableSections.forEach((required, i) => {
    if (!present.includes(required) || inBody(required)) return;
    const lines: number[] = [];
    for (const { k, line } of listLines()) if (matches(line, required)) lines.push(k);
    if (lines.length === 0 || !lines.every((k) => isListEntry(facts, k))) return;
    // Where the body would hold it: after the body table of the template's table before it, before the one after it.
    const before = tableSections.slice(0, i).map(inBody).filter((b): b is BodyTable => b !== undefined).at(-1);
    // A later table of the template in the body: one rebuilt, or else the title line of one (not a list entry) that
    // stands below the table before — an empty table (本表无数据) has no cells to rebuild, yet the body goes on.
    const after =
      tableSections.slice(i + 1).map(inBody).find((b): b is BodyTable => b !== undefined) ??
      laterTitleLine(facts, tableSections.slice(i + 1), before, listLines());
    if (!after) return;
    const gap = bodyGaps.find(
      (g) => before !== undefined && g.before.start >= before.line.start && g.before.start < after.line.start && g.after.start >= after.line.start && g.after.start < after.tableStart,
    );
    const entry = facts.paragraphs[lines[0]!]!;
    out.push(
      finding({
        rule: 'outline',
        severity: gap ? 'error' : 'warning',
        message: `目录（表目）列有“${required.name}”，正文中却没有这张表${gap ? `；正文自身的表号缺少第${gap.missing}号` : ''}`,
        evidence: [
          ...(before ? [quoteSpan(facts, before.line)] : []),
          quoteSpan(facts, after.line),
          quoteSpan(facts, { start: entry.start, end: entry.end }),
          ...titleEvidence,
        ],
      }),
    );
  });
  return out;
}
