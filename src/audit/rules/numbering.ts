/**
 * numbering — the outline's numbers skip, repeat, go back, or change style (七、 followed by 8、); and a list
 * numbered inside one paragraph (1.…。2.…。3.…。4.…。4.…) repeats or skips a number.
 */
import { type Finding, finding } from '../../core/finding.ts';
import { RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { parseChineseNumber, toChineseNumber } from '../facts/chinese-numbers.ts';
import { effectiveLevels, markerFor, markerInside, markersOfNumber, styleLevels } from '../facts/sections.ts';
import type { AuditFacts, Heading } from '../facts/types.ts';
import { DAMAGED } from './lib/damaged.ts';
import { quoteSpan } from './lib/evidence.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

/** Number n written in the style of heading h (its own separator for 1. / 1、). */
const expectedMarker = markerFor;

/** Whether a sorted list holds a value strictly between `from` and `to` (binary search: linear overall). */
function anyBetween(sorted: readonly number[] | undefined, from: number, to: number): boolean {
  if (!sorted) return false;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

/** Items of a list numbered inside a paragraph: at the paragraph's start or after 。/；/：, N. or N、 then no digit. */
const INLINE_ITEMS_MIN = 3;

/** What an inline item follows: 。；： (full or half width). */
const ITEM_AFTER = /[。；：:]/g;

/**
 * Where an inline item may start: the paragraph's start, or after 。；：, maybe after one space — found by a pattern
 * rather than by visiting every character.
 */
function itemStarts(body: string): number[] {
  if (body.length === 0) return [];
  const out = [0];
  ITEM_AFTER.lastIndex = 0;
  for (let m = ITEM_AFTER.exec(body); m !== null; m = ITEM_AFTER.exec(body)) {
    const d = m.index;
    if (d + 1 < body.length) out.push(d + 1);
    if (d + 2 < body.length && body.charCodeAt(d + 1) === 0x20) out.push(d + 2);
  }
  return out;
}

/** A gap of this many spaces or more inside a line separates the cells of a table printed by pdftotext -layout. */
const LAYOUT_CELL_GAP = /\S {3,}(?=\S)/g;

/**
 * The cells of a line printed as pdftotext -layout prints a table row (cells set apart by three spaces or more), each
 * a list of its own (年度总体目标 1.…5.…   1.…2.…: two lists side by side); a line without such gaps is one piece.
 */
function layoutCells(text: string, p: { start: number; end: number }): { start: number; end: number }[] {
  const line = text.slice(p.start, p.end);
  if (!line.includes('   ')) return [p];
  const out: { start: number; end: number }[] = [];
  let from = 0;
  LAYOUT_CELL_GAP.lastIndex = 0;
  for (let m = LAYOUT_CELL_GAP.exec(line); m !== null; m = LAYOUT_CELL_GAP.exec(line)) {
    out.push({ start: p.start + from, end: p.start + m.index + 1 });
    from = m.index + m[0].length;
  }
  out.push({ start: p.start + from, end: p.end });
  return out;
}

/** Where the sentence holding position k of a paragraph's text ends: its 。, or the paragraph's end. */
function sentenceEnd(body: string, k: number): number {
  const end = body.indexOf('。', k);
  return end === -1 ? body.length : end;
}

/**
 * The paragraphs with those a wrap split joined again: a line whose sentence segment() continued onto the next line
 * (the line long enough and open, the next no heading and no table row) is one piece with it, so that a list wrapped
 * over lines (1.…2.…⏎…3.…4.…) reads as one. Lines with layout gaps or tabs are table rows and stay apart.
 */
function unwrappedParagraphs(facts: AuditFacts): { start: number; end: number }[] {
  const { text, sentences } = facts;
  const out: { start: number; end: number }[] = [];
  const cell = (q: { start: number; end: number }): boolean => {
    const line = text.slice(q.start, q.end);
    return line.includes('   ') || line.includes('\t') || line.includes('|');
  };
  let si = 0;
  for (const q of facts.paragraphs) {
    const last = out[out.length - 1];
    if (last && !cell(last) && !cell(q)) {
      while (si < sentences.length && sentences[si]!.end <= last.end) si++;
      const s = sentences[si];
      if (s && s.start < last.end && s.end > q.start) {
        out[out.length - 1] = { start: last.start, end: q.end };
        continue;
      }
    }
    out.push({ start: q.start, end: q.end });
  }
  return out;
}

function inlineLists(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  for (const p of unwrappedParagraphs(facts).flatMap((q) => layoutCells(text, q))) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const raw = text.slice(p.start, p.end);
    // A table row has cells: a tab, or two cell borders at least (one | is a page's chrome: …(责任编辑:信息员) |).
    // (Asked of the piece as written: undoing its wraps adds and removes no tab and no border.)
    if (raw.includes('\t') || raw.indexOf('|') !== raw.lastIndexOf('|')) continue;
    // Read with the wraps undone (4⏎、履行…), offsets mapped back to the text — a piece without a wrap (most) is its
    // own text, its offsets the text's from p.start: no map of offsets is built for it.
    const at: number[] | null = raw.includes('\n') ? [] : null;
    if (at) for (let j = p.start; j < p.end; j++) if (text[j] !== '\n') at.push(j);
    const pos = at ? (k: number): number => (k < at.length ? at[k]! : p.end) : (k: number): number => (k < raw.length ? p.start + k : p.end);
    const body = at ? at.map((j) => text[j]).join('') : raw;
    const items: { number: number; start: number; end: number }[] = [];
    // Items of one style only: arabic (1. 2、) or Chinese numerals (一、二、), whichever the list's first 1 uses.
    const cjkItems: { number: number; start: number; end: number }[] = [];
    for (const k of itemStarts(body)) {
      // Where the item's sentence ends (sentenceEnd): looked for only once an item is read (it was a search per character).
      let c = k;
      while (c < body.length && c - k < 3 && CJK_DIGITS.includes(body[c]!)) c++;
      if (c > k && body[c] === '、') {
        const n = parseChineseNumber(body.slice(k, c));
        if (n !== null) cjkItems.push({ number: n, start: pos(k), end: pos(Math.min(sentenceEnd(body, k), c + 30)) });
        continue;
      }
      let d = k;
      while (d < body.length && d - k < 2 && body.charCodeAt(d) >= 48 && body.charCodeAt(d) <= 57) d++;
      if (d === k || (body[d] !== '.' && body[d] !== '、' && body[d] !== '．')) continue;
      const after = body.charCodeAt(d + 1);
      if (after >= 48 && after <= 57) continue; // 2.5万元 is a number, not an item
      items.push({ number: Number(body.slice(k, d)), start: pos(k), end: pos(Math.min(sentenceEnd(body, k), d + 30)) });
    }
    // (A list shorter than INLINE_ITEMS_MIN is never judged: most paragraphs end here.)
    if (items.length < INLINE_ITEMS_MIN && cjkItems.length < INLINE_ITEMS_MIN) continue;
    for (const [list, show] of [
      [items, (n: number): string => String(n)],
      [cjkItems, (n: number): string => `${toChineseNumber(n)}、`],
    ] as const) {
      // The list runs from its first item numbered 1; items before it (三、 standing ahead of 一、) are out of place.
      const first = list.findIndex((it) => it.number === 1);
      if (first === -1 || list.length - first < INLINE_ITEMS_MIN || (first > 0 && list === items)) continue;
      for (let i = first + 1; i < list.length; i++) {
        const prev = list[i - 1]!;
        const cur = list[i]!;
        if (cur.number === prev.number + 1) continue;
        // A list that starts again at 1 is a second list in the same paragraph, not a step back.
        if (cur.number === 1) continue;
        const kind = cur.number === prev.number ? '重复' : cur.number < prev.number ? '倒退' : '跳号';
        // The number said to be skipped stands between them after some other mark (…，3.完成…): the list is whole.
        const missing = list === items ? [`${prev.number + 1}.`, `${prev.number + 1}、`] : [`${toChineseNumber(prev.number + 1)}、`];
        if (kind === '跳号' && missing.some((m) => markerInside(text.slice(prev.start + 2, cur.start), m))) break;
        // …。9不断强化…。10.…: the number skipped stands bare at an item start, followed by Chinese — the item is
        // there, its marker lost its full stop (a slip of punctuation, not of numbering; 9月 or 9个 is a quantity).
        if (kind === '跳号' && list === items && bareMarkerBetween(text.slice(prev.start + 2, cur.start), prev.number + 1)) break;
        // The number skipped stands before the list (三、… then 一、二、四、): that item is out of place.
        const ahead = kind === '跳号' ? list.slice(0, first).find((it) => it.number === prev.number + 1) : undefined;
        out.push(
          finding({
            rule: 'numbering',
            shape: 'inline-list',
            severity: 'error',
            message: ahead
              ? `段内列举编号顺序有误：“${show(ahead.number)}”写在“${show(1)}”之前，而“${show(prev.number)}”之后是“${show(cur.number)}”`
              : `段内列举编号${kind}：第${i - first}项编号为“${show(prev.number)}”，其后一项编号为“${show(cur.number)}”，应为“${show(prev.number + 1)}”`,
            evidence: ahead ? [quoteSpan(facts, ahead), quoteSpan(facts, prev), quoteSpan(facts, cur)] : [quoteSpan(facts, prev), quoteSpan(facts, cur)],
          }),
        );
        break;
      }
    }
  }
  return out;
}

const CJK_DIGITS = '一二三四五六七八九十';

/** Measure and date words after which a bare number at an item start is a quantity (rule-words.json numbering). */
const BARE_MARKER_NOT_BEFORE = new Set(RULE_WORDS.numbering.bareMarkerNotBefore);
/** Words that lead a list whose first number may be glued to them and to the item (附件1.…, 附表：1.…; rule-words numbering.listLeads). */
const LIST_LEADS = RULE_WORDS.numbering.listLeads;

/**
 * Whether number n stands bare at an item start of the span (after 。；： and maybe a space, no digit around it) and
 * is followed by a Chinese character that is no measure or date word: 。9不断强化 is item 9 without its full stop.
 */
export function bareMarkerBetween(span: string, n: number): boolean {
  const digits = String(n);
  for (let at = span.indexOf(digits); at !== -1; at = span.indexOf(digits, at + 1)) {
    let b = at - 1;
    if (span[b] === ' ') b--;
    if (b < 0 || !/[。；;：:]/.test(span[b]!)) continue;
    const next = span[at + digits.length] ?? '';
    if (!/[\u4e00-\u9fff]/.test(next) || BARE_MARKER_NOT_BEFORE.has(next)) continue;
    return true;
  }
  return false;
}

/**
 * 一一、部门职责: a heading marker of two or three numerals that is no number (一一, 二三; 十一 and 二十 are numbers) —
 * a key pressed twice. Read only on a short line without a full stop, where a heading stands.
 */
function malformedMarkers(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  for (const p of facts.paragraphs) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    let k = p.start;
    while (k < p.end && k - p.start < 3 && CJK_DIGITS.includes(text[k]!)) k++;
    const n = k - p.start;
    if (n < 2 || text[k] !== '、' || p.end - p.start > 40 || text.slice(p.start, p.end).includes('。')) continue;
    const marker = text.slice(p.start, k);
    if (parseChineseNumber(marker) !== null) continue;
    out.push(
      finding({
        rule: 'numbering',
        shape: 'invalid-marker',
        severity: 'warning',
        message: `标题序号“${marker}、”不是有效的序号，疑为多打了字（如“${marker[marker.length - 1]}、”）`,
        evidence: [quoteSpan(facts, { start: p.start, end: Math.min(p.end, k + 12) })],
      }),
    );
  }
  return out;
}

const HEADING_START = /^(?:第[一二三四五六七八九十]{1,3}部分|(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\d{1,2}[.、])[\s：]?[\u4e00-\u9fff])/;

const COLON_ENTRY = /^\s*(\d{1,2})[:：](?=[\u4e00-\u9fff])/;
const MIN_COLON_RUN = 5;

/**
 * A list of entries numbered 1:, 2:, … (a table list: 15:…决算表⏎16:…决算表⏎16:…决算表⏎18:…) — lines with nothing
 * but blank lines between them, starting at 1, five or more. Checked only when every step is +1 but one place: a
 * number written again where the next is skipped (16:, 16:, 18:) or a number skipped between two entries. A list with
 * more irregularities, or not starting at 1, is not judged (another numbering may be meant).
 */
function colonNumberedLists(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  const runs: Array<Array<{ number: number; start: number; end: number }>> = [];
  let run: Array<{ number: number; start: number; end: number }> = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const m = COLON_ENTRY.exec(line);
    if (m) run.push({ number: Number(m[1]), start: lineStart, end: lineEnd });
    else if (line.trim() !== '') {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    lineStart = lineEnd + 1;
  }
  if (run.length > 0) runs.push(run);
  for (const r of runs) {
    if (r.length < MIN_COLON_RUN || r[0]!.number !== 1) continue;
    const odd: number[] = [];
    for (let i = 1; i < r.length; i++) if (r[i]!.number !== r[i - 1]!.number + 1) odd.push(i);
    // 16:, 16:, 18: — two irregular steps that are one slip: the number written again, the next one skipped.
    const repeatedThenSkipped = odd.length === 2 && odd[1] === odd[0]! + 1 && r[odd[0]!]!.number === r[odd[0]! - 1]!.number && r[odd[1]!]!.number === r[odd[0]!]!.number + 2;
    const skipped = odd.length === 1 && r[odd[0]!]!.number === r[odd[0]! - 1]!.number + 2;
    if (!repeatedThenSkipped && !skipped) continue;
    const at = r[odd[0]!]!;
    const prev = r[odd[0]! - 1]!;
    const expected = prev.number + 1;
    out.push(
      finding({
        rule: 'numbering',
        shape: 'colon-run',
        severity: 'error',
        message: repeatedThenSkipped
          ? `编号重复：“${prev.number}:”用了两次，其后是“${expected + 1}:”，“${expected}:”缺失——第二个“${prev.number}:”应为“${expected}:”`
          : `编号跳号：“${prev.number}:”之后是“${at.number}:”，应为“${expected}:”`,
        evidence: [quoteSpan(facts, prev), quoteSpan(facts, at)],
      }),
    );
  }
  return out;
}

/** The same numbered heading on two lines in a row (第二部分…报表 / 第二部分…报表): a line pasted twice. */
function repeatedHeadingLines(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  let previous: { start: number; end: number } | null = null;
  // Lines read as outline headings are checked by the numbering sequence already.
  const headingStarts = new Set(facts.headings.map((h) => h.start));
  for (const p of facts.paragraphs) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const len = p.end - p.start;
    if (len === 0) continue;
    if (previous && len <= 60 && !headingStarts.has(p.start) && previous.end - previous.start === len && text.startsWith(text.slice(p.start, p.end), previous.start) && HEADING_START.test(text.slice(p.start, p.end))) {
      out.push(
        finding({
          rule: 'numbering',
          shape: 'heading-twice',
          severity: 'warning',
          message: `标题“${text.slice(p.start, p.end).trim()}”连续出现两次`,
          evidence: [quoteSpan(facts, { start: previous.start, end: p.end })],
        }),
      );
    }
    previous = p;
  }
  return out;
}

/** Whether a title is the start of another, cut short (at least two characters, white space aside). */
function cutCopyOf(title: string, of: string): boolean {
  const t = title.replace(/\s+/g, '');
  const o = of.replace(/\s+/g, '');
  return t.length >= 2 && t.length < o.length && o.startsWith(t);
}

/** Starts of the lines damaged by a wrong encoding: a heading may be lost in one, so a gap across it proves nothing. */
function damagedLines(facts: AuditFacts): number[] {
  const out: number[] = [];
  // (A text without any damaged character — most — has no such line: its lines are not read one by one.)
  if (!DAMAGED.test(facts.text)) return out;
  for (const p of facts.paragraphs) if (p.end - p.start <= 200 && DAMAGED.test(facts.text.slice(p.start, p.end))) out.push(p.start);
  return out;
}

/** A numbered line that is no prose heading: a contents entry with its page number (二、机构设置 2, …… 11), or a
 * table row flattened to text with its amounts after the label (十五、农林水支出   123.45   456.78). */
function notProseHeading(facts: AuditFacts, h: Heading): boolean {
  const lineEnd = facts.text.indexOf('\n', h.start);
  const line = facts.text.slice(h.start, lineEnd === -1 ? facts.text.length : lineEnd).trimEnd();
  if (/[\u4e00-\u9fff）)][\s.…·．]+\d{1,3}$/.test(line)) return true;
  const amounts = line.slice(h.marker.length).match(/(?:^|\s)-?[\d,]+(?:\.\d+)?(?=\s|$)/g);
  if (amounts !== null && amounts.length >= 2) return true;
  // One amount with its decimals set apart after the label, no sentence: a row (十二、农林水支出 748.08).
  return /[\u4e00-\u9fff）)]\s+-?[\d,]+\.\d{1,2}$/.test(line) && !/[。，；：]/.test(line);
}

/**
 * 2.效益指标 ⏎ （一）经济效益：…增长12.6%。（二）社会效益：… ⏎ 3.满意度指标: a line opening with the first item of a list
 * whose second item, in the same style, runs on in the same line is an inline list, not a heading — it opens no level
 * of the outline (spent test23 2549: 3. was read as the first of a new level under （一）).
 */
function runOnListOpening(facts: AuditFacts, h: Heading): boolean {
  if (h.number !== 1) return false;
  const lineEnd = facts.text.indexOf('\n', h.start);
  const rest = facts.text.slice(h.start + h.marker.length, lineEnd === -1 ? facts.text.length : lineEnd);
  return markerInside(rest, expectedMarker(h, 2));
}

/**
 * A heading whose title holds no Chinese but a word of Latin letters (4. General Information on revenue…, 二、2019 Budget
 * statement): a machine translation or a foreign text, numbered by its translator in styles of its own — no outline of
 * the report's to judge.
 */
const FOREIGN_TITLE = /^[^\u4e00-\u9fff]*[A-Za-z]{3}[^\u4e00-\u9fff]*$/;

/** A line that may be a cell of a table: short, no sentence in it, no part title (第二部分 …) or contents line. */
const CELL_LINE_MAX = 30;
const NO_CELL = /[。；！？]|^第[一二三四五六七八九十]{1,3}部分|^目\s*录/;
const BARE_AMOUNT = /^(?:-?[\d,]+(?:\.\d+)?%?|[—–-]{1,2})$/;
const SPACED_AMOUNT = /(?:^|\s)-?[\d,]+\.\d+(?=\s|$)/g;
/** A table's title: a line naming a table (收入决算表, 表8 …决算表（续）, …总表(公开01表)), never a row. */
const TABLE_TITLE = /表\s*(?:[（(][^（()）]{0,12}[）)])?$/;

/**
 * Numbered lines that are rows of a table the reader did not rebuild into cells (十、节能环保支出 between two
 * tab-separated rows of a 收支总表 listing all 23 类): a numbered line with a tab-separated row above and below it
 * and only short lines without a sentence between (cells, wrapped labels, a caption) — a run of table-like lines.
 * A table's own title in such a run (二、收入决算表 between the last row of one table and the header of the next)
 * stays a heading.
 */
/** Whether a global pattern matches a line twice or more (as `(line.match(re) ?? []).length >= 2`, stopping at two). */
function atLeastTwo(re: RegExp, line: string): boolean {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(line) !== null) {
    if (++n >= 2) break;
  }
  re.lastIndex = 0;
  return n >= 2;
}

function tableRunRows(facts: AuditFacts): Heading[] {
  const { text } = facts;
  const byStart = new Map(facts.headings.map((h) => [h.start, h] as const));
  const ps = facts.paragraphs;
  const lineOf = (i: number): string => text.slice(ps[i]!.start, ps[i]!.end);
  // A row of a table: tab-separated cells, a cell alone on its line holding an amount (a table flattened one
  // cell per line), or two amounts set apart by spaces.
  // Read once per paragraph (a line of a run is asked twice).
  const rowLines = new Map<number, boolean>();
  const rowLine = (i: number): boolean => {
    const known = rowLines.get(i);
    if (known !== undefined) return known;
    // A paragraph starts after its leading tabs: look back to the line start.
    const from = text.lastIndexOf('\n', ps[i]!.start - 1) + 1;
    const line = text.slice(from, ps[i]!.end);
    const row = line.includes('\t') || BARE_AMOUNT.test(line.trim()) || atLeastTwo(SPACED_AMOUNT, line);
    rowLines.set(i, row);
    return row;
  };
  const cellLike = (i: number): boolean => {
    const line = lineOf(i);
    return rowLine(i) || (line.length <= CELL_LINE_MAX && !NO_CELL.test(line));
  };
  const out: Heading[] = [];
  let i = 0;
  while (i < ps.length) {
    if (!cellLike(i)) {
      i++;
      continue;
    }
    // A run of table-like lines: the numbered lines strictly between its first and last tab-separated row are rows.
    let j = i;
    while (j < ps.length && cellLike(j)) j++;
    let firstRow = -1;
    let lastRow = -1;
    for (let k = i; k < j; k++) {
      if (!rowLine(k)) continue;
      if (firstRow === -1) firstRow = k;
      lastRow = k;
    }
    for (let k = firstRow + 1; firstRow !== -1 && k < lastRow; k++) {
      const h = byStart.get(ps[k]!.start);
      if (h && !TABLE_TITLE.test(lineOf(k).trim())) out.push(h);
    }
    i = j;
  }
  return out;
}

/**
 * Starts of the headings of a contents list without page numbers: the numbered lines right under a 目录 line, up to
 * the first line that is no heading or the first heading whose title repeats an entry of the list (the body begins).
 * A contents list gives the outline's entries, often only some of them (一、…决算表 … 九、…决算表), not its prose.
 */
function contentsEntries(facts: AuditFacts): Set<number> {
  const out = new Set<number>();
  const { text } = facts;
  const byStart = new Map(facts.headings.map((h) => [h.start, h] as const));
  let inContents = false;
  const titles = new Set<string>();
  for (const p of facts.paragraphs) {
    const line = text.slice(p.start, p.end).trim();
    if (line === '') continue;
    if (/^目\s*录[：:]?$/.test(line)) {
      inContents = true;
      titles.clear();
      continue;
    }
    if (!inContents) continue;
    const h = byStart.get(p.start);
    if (!h || titles.has(h.title)) {
      inContents = false;
      continue;
    }
    titles.add(h.title);
    out.add(h.start);
  }
  return out;
}

/**
 * Whether a line between two headings is an entry of their list whose number was lost in the copy: a short line
 * without a full stop that starts with the bare separator 、 (、政府性基金…决算表) and ends with the same character as
 * both headings' titles; or, when the gap holds nothing else, as many such lines without any number as numbers are
 * missing (九、…决算表⏎“三公”经费…情况表⏎十一、…: the entry 十 stands there, its marker lost); or, among lines of body
 * text, as many short titles without any punctuation or digit, ending like both headings, as numbers are missing (the
 * prose headings (二) and (三) that lost their markers). Any other line in the gap, or fewer or more titles than missing
 * numbers, and the gap is reported.
 */
function unnumberedEntryBetween(facts: AuditFacts, a: Heading, b: Heading): boolean {
  const { text } = facts;
  const end = a.title.trim().slice(-1);
  if (end === '' || b.title.trim().slice(-1) !== end) return false;
  const ps = facts.paragraphs;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid]!.start <= a.start) lo = mid + 1;
    else hi = mid;
  }
  // Entries of the same shape with no number at all (九、…决算表⏎“三公”经费…情况表⏎十一、…): as many as the numbers
  // missing from the gap, each a short line ending like both headings — the entries are there, their numbers lost.
  let bare = 0;
  let onlyEntries = true;
  // Headings of the prose that lost their numbers, with body text between ((一)资金投入情况分析 ⏎ … ⏎ 总体绩效情况分析 ⏎ … ⏎
  // )总体绩效目标完成情况分析 ⏎ … ⏎ (四)…分析): short lines without any punctuation ending like both titles.
  let bareTitles = 0;
  for (let i = lo; i < ps.length; i++) {
    const p = ps[i]!;
    if (p.start >= b.start) break;
    const line = text.slice(p.start, p.end).trim();
    if (line === '') continue;
    const entry = line.length <= 60 && !line.includes('。') && line.endsWith(end);
    if (entry && line.startsWith('、')) return true;
    if (entry) bare++;
    else onlyEntries = false;
    if (entry && line.length <= LOST_NUMBER_TITLE_MAX && !/[，。；：,;:\d]/.test(line)) bareTitles++;
  }
  const missing = b.number - a.number - 1;
  return (onlyEntries && bare > 0 && bare === missing) || (bareTitles > 0 && bareTitles === missing);
}

/** The longest line read as a prose heading whose number was lost (总体绩效目标完成情况分析; thresholds.json searchWindows.lostNumberTitleMax). */
const LOST_NUMBER_TITLE_MAX = SEARCH_WINDOWS.lostNumberTitleMax;

/** The heading of the nearest lower level (the parent) among the last headings seen per level. */
function nearestParent(last: ReadonlyMap<number, Heading>, level: number): Heading | undefined {
  let best: [number, Heading] | undefined;
  for (const [l, h] of last) if (l < level && (best === undefined || l > best[0])) best = [l, h];
  return best?.[1];
}

/** A line between two 一、 headings that starts a new list: a part (第二部分), a contents or table-list line. */
const NEW_LIST = /(?:^|\n)\s*(?:第[一二三四五六七八九十]{1,3}部分|目\s*录|附\s*表|附\s*件)/;
/**
 * …or a new document: its title line (关于…的报告) or its salutation (各位代表：) — a report embedded in a page starts its own
 * outline (rule-words numbering.documentTitleOpeners / documentTitleEndings / salutations).
 */
const NEW_DOCUMENT = new RegExp(
  `(?:^|\\n)[ \\t\u3000]*(?:(?:${RULE_WORDS.numbering.documentTitleOpeners.join('|')})[^。；\\n]{2,60}(?:${RULE_WORDS.numbering.documentTitleEndings.join('|')})|(?:${RULE_WORDS.numbering.salutations.join('|')})[:：])[ \\t\u3000]*(?:\\n|$)`,
);

/** Circled item numbers ①–⑳ (U+2460–U+2473): their value is the code's offset plus one. */
const CIRCLED_FIRST = 0x2460;
const CIRCLED_LAST = 0x2473;
/** Any circled item number, found by a pattern rather than by visiting every character. */
const CIRCLED_ANY = /[\u2460-\u2473]/g;
/** A part's heading at a line's start: 第二部分 (Chinese numerals up to 三十). */
const PART_LINE = /^[ \t\u3000]*第([一二三四五六七八九十]{1,3})部分/;
/** A contents entry: a line ending in a page number or dot leaders. */
const PAGE_NUMBER_END = /(?:\d+|[.…·]{2,}\s*\d*)\s*$/;

interface Mark {
  number: number;
  start: number;
  end: number;
  title: string;
}

/**
 * Numbers outside the outline's four styles, read as runs of their own: circled item numbers (①…②…) wherever they stand (a
 * circled number is an item's number only), and the parts of a document (第一部分 … 第五部分) at a line's start. A run starts
 * again at its first number (the contents' list of parts, then the body's). Precondition: table rows and contents
 * entries (a page number at the line's end) are not read. Reported: a number written for two items of different
 * words in a row (②…②), and — for items each on its own line — a number skipped (②, then ④).
 */
function otherMarkerRuns(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  const circled: Mark[] = [];
  const parts: Mark[] = [];
  const lineStarts = new Set<number>();
  for (const p of facts.paragraphs) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const body = text.slice(p.start, p.end);
    if (body.includes('\t') || body.includes('|')) continue;
    if (body.length < 60 && PAGE_NUMBER_END.test(body)) continue;
    const part = PART_LINE.exec(body);
    if (part) {
      const n = parseChineseNumber(part[1]!);
      if (n !== null) parts.push({ number: n, start: p.start, end: p.start + part[0].length, title: body.slice(part[0].length, part[0].length + 20).trim() });
    }
    CIRCLED_ANY.lastIndex = 0;
    for (let m = CIRCLED_ANY.exec(body); m !== null; m = CIRCLED_ANY.exec(body)) {
      const k = m.index;
      const c = body.charCodeAt(k);
      let end = k + 1;
      while (end < body.length && end - k < 20 && !'。；，：'.includes(body[end]!) && !(body.charCodeAt(end) >= CIRCLED_FIRST && body.charCodeAt(end) <= CIRCLED_LAST)) end++;
      circled.push({ number: c - CIRCLED_FIRST + 1, start: p.start + k, end: p.start + k + 1, title: body.slice(k + 1, end).trim() });
      if (k === 0) lineStarts.add(p.start);
    }
  }
  const report = (marks: readonly Mark[], show: (n: number) => string): void => {
    for (let i = 1; i < marks.length && out.length <= MAX_FINDINGS_PER_RULE; i++) {
      const prev = marks[i - 1]!;
      const h = marks[i]!;
      if (h.number === 1) continue;
      const repeated = h.number === prev.number && h.title !== prev.title && h.title !== '' && prev.title !== '';
      const skipped = h.number === prev.number + 2 && lineStarts.has(prev.start) && lineStarts.has(h.start) && show === showCircled;
      if (!repeated && !skipped) continue;
      out.push(
        finding({
          rule: 'numbering',
          shape: 'circled-or-part',
          severity: 'error',
          message: repeated
            ? `编号重复：“${show(prev.number)}${prev.title}”之后是“${show(h.number)}${h.title}”，应为“${show(prev.number + 1)}”`
            : `编号跳号：“${show(prev.number)}${prev.title}”之后是“${show(h.number)}”，应为“${show(prev.number + 1)}”`,
          evidence: [quoteSpan(facts, prev), quoteSpan(facts, h)],
        }),
      );
    }
  };
  report(circled, showCircled);
  report(parts, (n) => `第${toChineseNumber(n)}部分`);
  return out;
}

function showCircled(n: number): string {
  return String.fromCharCode(CIRCLED_FIRST + n - 1);
}

/** A heading numbered by its part and place, 2.5 “三公”经费情况: a blank between the number and a title of Chinese, no sentence. */
const DECIMAL_HEADING = /^[ \t\u3000]*(\d{1,2})[.．](\d{1,2})(?![\d.．])[ \t\u3000]+([\u4e00-\u9fff“"（(][^。；;，,|\t\n]{1,40})$/u;
/** Fewest such headings in a text for its outline to be read as numbered so. */
const DECIMAL_HEADINGS_MIN = 3;

/**
 * 2.3 项目支出情况 ⏎ 2.5 “三公”经费情况 ⏎ 2.5 预算管理情况: headings numbered by part and place (X.Y), read in order within
 * one part X: Y goes on one at a time. Reported: a number written twice with different titles, or one left out (2.3 then
 * 2.5) — once where both happen (2.3, 2.5, 2.5: the first 2.5 stands for 2.4; atext, dev 3046). Preconditions, each
 * needed: at least DECIMAL_HEADINGS_MIN such lines in the text, each X.Y, a blank, then a title of Chinese with no sentence
 * stop, comma or cell border (2.5万元 has no blank: an amount); only neighbours of one part are compared, and a Y lower than
 * the one before starts a new run (contents, then the body).
 */
function decimalSectionRuns(facts: AuditFacts): Finding[] {
  const marks: { major: number; minor: number; title: string; start: number; end: number }[] = [];
  for (const p of facts.paragraphs) {
    const m = DECIMAL_HEADING.exec(facts.text.slice(p.start, p.end));
    if (m) marks.push({ major: Number(m[1]), minor: Number(m[2]), title: m[3]!.trim(), start: p.start, end: p.end });
  }
  if (marks.length < DECIMAL_HEADINGS_MIN) return [];
  const out: Finding[] = [];
  const show = (m: { major: number; minor: number }): string => `${m.major}.${m.minor}`;
  for (let i = 1; i < marks.length && out.length <= MAX_FINDINGS_PER_RULE; i++) {
    const prev = marks[i - 1]!;
    const h = marks[i]!;
    if (h.major !== prev.major || h.minor < prev.minor) continue;
    const repeated = h.minor === prev.minor && h.title !== prev.title;
    const skipped = h.minor === prev.minor + 2;
    if (!repeated && !skipped) continue;
    // (2.3, 2.5, 2.5: the skip and the repeat are one slip, told at the skip.)
    const next = marks[i + 1];
    if (repeated && i >= 2 && marks[i - 2]!.major === h.major && marks[i - 2]!.minor === h.minor - 2) continue;
    const thenRepeated = skipped && next !== undefined && next.major === h.major && next.minor === h.minor && next.title !== h.title;
    const missing = show({ major: prev.major, minor: prev.minor + 1 });
    out.push(
      finding({
        rule: 'numbering',
        shape: 'decimal-heading',
        severity: 'warning',
        message: repeated
          ? `编号重复：“${show(prev)} ${prev.title}”之后是“${show(h)} ${h.title}”，应为“${missing}”`
          : thenRepeated
            ? `编号有误：“${show(prev)} ${prev.title}”之后是“${show(h)} ${h.title}”，其后又是“${show(next!)} ${next!.title}”：“${missing}”缺失，“${show(h)}”用了两次，第一个应为“${missing}”`
            : `编号跳号：“${show(prev)} ${prev.title}”之后是“${show(h)} ${h.title}”，“${missing}”缺失`,
        evidence: [quoteSpan(facts, { start: h.start, end: h.end }), quoteSpan(facts, { start: prev.start, end: prev.end })],
      }),
    );
  }
  return out;
}

/** A line of a list of tables: 表8 政府性基金预算支出情况表 (a table cell's border after it at most, no sentence). */
const TABLE_LIST_LINE = /^[ \t\u3000]*(?:附)?表[ \t\u3000]*(\d{1,2})[ \t\u3000]*([\u4e00-\u9fff“”"（）()][^。；;\n]{1,60}?)[ \t\u3000|]*$/u;

/**
 * 表7 …⏎表8 政府性基金预算支出情况表⏎表8 国有资本经营预算支出情况表⏎表10 …: a list of tables, one a line, whose number is
 * written twice with different titles and then goes on two higher — the second should have been the missing number
 * (atext, dev 2536). Preconditions, each needed: three lines in a row (no other line but blank ones between), each 表N and
 * a title of Chinese opening it, no sentence stop; numbers N, N, N+2; the two titles of N differ. Tables captioned out of
 * order in a report's body (表4 before 表3) are no such list and are not read.
 */
function tableListRepeats(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const lines: { number: number; title: string; start: number; end: number; index: number }[] = [];
  for (const p of facts.paragraphs) {
    const m = TABLE_LIST_LINE.exec(facts.text.slice(p.start, p.end));
    if (m) lines.push({ number: Number(m[1]), title: m[2]!.trim(), start: p.start, end: p.end, index: p.index });
  }
  for (let i = 0; i + 2 < lines.length && out.length <= MAX_FINDINGS_PER_RULE; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    const c = lines[i + 2]!;
    if (b.index !== a.index + 1 || c.index !== b.index + 1) continue;
    if (b.number !== a.number || c.number !== a.number + 2 || a.title === b.title) continue;
    out.push(
      finding({
        rule: 'numbering',
        shape: 'table-list-duplicate',
        severity: 'warning',
        message: `表格编号重复：“表${a.number} ${a.title}”之后又是“表${b.number} ${b.title}”，其后接“表${c.number}”，第二个“表${b.number}”应为“表${b.number + 1}”`,
        evidence: [quoteSpan(facts, { start: b.start, end: b.end }), quoteSpan(facts, { start: a.start, end: a.end })],
      }),
    );
  }
  return out;
}

/**
 * A contents entry's number written twice where the list then goes on from it (目录 … 2、…⏎3、机关运行经费支出说明⏎
 * 3、政府采购执行情况说明⏎4、… — dev 2028): the second entry should have been the next number and every later one is
 * off by one. The contents are otherwise not checked (entries lose their numbers, page numbers stand after them), so
 * only this shape is read. Preconditions: three entries of the contents in a row (no other heading between them),
 * all of one numbering style, the first two with the same number and different titles, the third numbered one more —
 * or two more ((六)…(六)…(八): the doubled entry stands for the number missing before the third).
 */
function contentsRepeats(facts: AuditFacts, contents: ReadonlySet<number>): Finding[] {
  const out: Finding[] = [];
  const hs = facts.headings;
  // A contents entry's title without its dot leaders and page number.
  const bare = (h: Heading): string => h.title.trim().replace(/[\s.…·．]*[(（]?\d*[)）]?$/u, '').replace(/[\s.…·．]+$/u, '');
  for (let i = 0; i + 2 < hs.length; i++) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const a = hs[i]!;
    const b = hs[i + 1]!;
    const c = hs[i + 2]!;
    if (!contents.has(a.start) || !contents.has(b.start) || !contents.has(c.start)) continue;
    if (a.style !== b.style || b.style !== c.style) continue;
    // (六)…(六)…(八): the number the doubled entry stands for is missing between them — one entry mistyped (atext, dev 1915).
    const skipped = c.number === a.number + 2;
    if (b.number !== a.number || (c.number !== a.number + 1 && !skipped) || a.title.trim() === b.title.trim()) continue;
    out.push(
      finding({
        rule: 'numbering',
        shape: 'contents-duplicate',
        severity: 'error',
        message: `目录编号重复：“${a.marker}${bare(a)}”之后又是“${b.marker}${bare(b)}”，其后接“${c.marker}”，第二个“${b.marker}”应为“${expectedMarker(b, b.number + 1)}”${skipped ? `（“${expectedMarker(b, b.number + 1)}”缺失）` : ''}`,
        evidence: [quoteSpan(facts, a), quoteSpan(facts, b)],
      }),
    );
  }
  return out;
}

/** The longest title read as a heading of prose (thresholds.json searchWindows.proseTitleMax). */
const PROSE_TITLE_MAX = SEARCH_WINDOWS.proseTitleMax;
/** Where a heading's title ends: its first punctuation of a sentence or clause. */
const TITLE_END = /[。；;，,：:！？]/;
/** Punctuation after which a heading's line is a clause of a list (（二）领导…的选举；, （1）…支出251384.66元，主要用于…). */
const CLAUSE_PUNCTUATION = '；;，,';

/**
 * Which headings are headings of prose: a title (from the marker to its first punctuation, at most PROSE_TITLE_MAX
 * characters, not ending in ；or ，) with something under it — text after its title on its own line (1.总体情况。本年…),
 * text on the lines before the next heading, or a heading of a lower level next. Anything else is an item of a list: a
 * duty written as a clause, an entry of a list of tables or attachments, a contents line, a title with a sibling
 * right under it. A promoted heading (2、 read at the top level) is an item of a list too when a later heading of the
 * top style takes up the top numbers again at or below its number (一、职责 ⏎ 2.… ⏎ 3.… ⏎ 二、: a sub-list under 一、, its
 * 1 lost or never written, not a top-level slip; 七、 ⏎ 8、 ⏎ 9、 with no later 八、 or 九、 is the top level gone astray).
 */
/** For each heading, the number of the next heading of the top style after it (Infinity when none): one pass from the end. */
function nextTopNumbers(hs: readonly Heading[], topStyle: string | undefined): number[] {
  const out: number[] = new Array<number>(hs.length);
  let next = Infinity;
  for (let k = hs.length - 1; k >= 0; k--) {
    out[k] = next;
    if (hs[k]!.style === topStyle) next = hs[k]!.number;
  }
  return out;
}

function proseHeadings(facts: AuditFacts, hs: readonly Heading[], levels: readonly number[], promoted: readonly boolean[], topStyle: string | undefined): boolean[] {
  const { text } = facts;
  const nextTop = nextTopNumbers(hs, topStyle);
  return hs.map((h, i) => {
    const lineEnd = text.indexOf('\n', h.start);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const line = text.slice(h.start + h.marker.length, end).trim();
    const cut = TITLE_END.exec(line);
    const title = cut ? line.slice(0, cut.index) : line;
    if (title.trim().length > PROSE_TITLE_MAX || (cut !== null && CLAUSE_PUNCTUATION.includes(cut[0]))) return false;
    const next = hs[i + 1];
    if (promoted[i] && nextTop[i]! <= h.number) return false;
    if (cut !== null && line.slice(cut.index + 1).trim() !== '') return true;
    if (next && levels[i + 1]! > levels[i]!) return true;
    return text.slice(end, next ? next.start : text.length).trim() !== '';
  });
}

/**
 * The kind of evidence of a heading out of sequence (data/audit/severity.json): a number used twice, a step back, a
 * skip after an entry naming a table (…决算表: a list of tables may leave an absent table out, or lose a line), any
 * other skip.
 */
export function headingShape(kind: '重复' | '倒退' | '跳号', previous: { readonly title: string } | undefined): string {
  if (kind === '重复') return 'heading-duplicate';
  if (kind === '倒退') return 'heading-back';
  return previous && /表[）)\s]*$/.test(previous.title.trim()) ? 'heading-skip-table-entry' : 'heading-skip';
}

/**
 * A skip or step back among items of a list is 'heading-in-list'; so is a number "used twice" or "going back" across two
 * styles (2、 read at the top level, then 二、: the 2、 was an item under 一、, the top level goes on right). A number used
 * twice in one style and a table entry's skip keep their shapes.
 */
export function listedShape(shape: string, inList: boolean, crossStyle = false): string {
  if (crossStyle && (shape === 'heading-duplicate' || shape === 'heading-back')) return 'heading-in-list';
  return inList && (shape === 'heading-skip' || shape === 'heading-back') ? 'heading-in-list' : shape;
}

export const numbering: Rule = (facts) => {
  // Precondition: numbering is checked on prose headings only — not on a contents entry (with its page number, or
  // under a 目录 line), a table row read as text or a heading with no Chinese in its title (a machine translation) — and not
  // across a line whose encoding is damaged (a heading may be lost in it).
  const contents = contentsEntries(facts);
  const out: Finding[] = [...inlineLists(facts), ...malformedMarkers(facts), ...repeatedHeadingLines(facts), ...colonNumberedLists(facts), ...otherMarkerRuns(facts), ...contentsRepeats(facts, contents), ...tableListRepeats(facts), ...decimalSectionRuns(facts)];
  const rows = tableRunRows(facts);
  const rowStarts = new Set(rows.map((h) => h.start));
  const hs = facts.headings.filter((h) => !contents.has(h.start) && !rowStarts.has(h.start) && !notProseHeading(facts, h) && !FOREIGN_TITLE.test(h.title) && !runOnListOpening(facts, h));
  const damaged = damagedLines(facts);
  const { levels, promoted } = effectiveLevels(hs, facts.text);
  // Precondition of a skip, a step back or a style change judged at its own shape: the heading and the one before it
  // are headings of prose. Among items of a list (duties, tables, attachments, contents, rows) the same evidence is
  // 'heading-in-list' (data/audit/severity.json: no true finding at first contact). A number used twice keeps its
  // shape: at first contact it was right in lists as in prose (a table list's 八、 twice, a duty list's （四） twice).
  const prose = proseHeadings(facts, hs, levels, promoted, hs.find((_, i) => levels[i] === 1 && !promoted[i])?.style);
  const inList = (i: number, previous: Heading | undefined): boolean => !prose[i] || (previous !== undefined && !prose[hs.indexOf(previous)]);
  const ownLevel = styleLevels(hs);
  const last = new Map<number, Heading>();
  const top = hs.find((_, i) => levels[i] === 1 && !promoted[i]);
  const topStyle = top?.style;
  const cellStarts = new Map<string, number[]>();
  // Rows of a table read as text take numbers too: a gap or step across them is no evidence.
  for (const t of [...facts.tableHeadings, ...rows]) {
    const list = cellStarts.get(t.style) ?? [];
    list.push(t.start);
    cellStarts.set(t.style, list);
  }
  for (const list of cellStarts.values()) list.sort((a, b) => a - b);
  for (let i = 0; i < hs.length; i++) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const h = hs[i]!;
    const level = levels[i]!;
    const previous = last.get(level);
    const evidence = previous ? [quoteSpan(facts, previous), quoteSpan(facts, h)] : [quoteSpan(facts, h)];
    const before = previous ?? (i > 0 ? hs[i - 1] : undefined);
    if (damaged.length > 0 && anyBetween(damaged, (before?.start ?? 0) - 1, h.start)) {
      // Its own level is kept (a promotion read across the lost lines is no evidence either).
      const own = promoted[i] ? ownLevel[h.style] : level;
      last.set(own, h);
      for (const l of [...last.keys()]) if (l > own) last.delete(l);
      continue;
    }
    if (promoted[i] || (level === 1 && topStyle !== undefined && h.style !== topStyle)) {
      out.push(
        finding({
          rule: 'numbering',
          shape: inList(i, previous) ? 'heading-in-list' : 'heading-style',
          severity: 'error',
          message: `一级标题编号样式不一致：${previous ? `“${previous.marker}”之后` : ''}写作“${h.marker}${h.title}”，应为“${expectedMarker(top ?? h, h.number)}”`,
          evidence,
        }),
      );
    } else {
      const expected = (previous?.number ?? 0) + 1;
      // A list that starts again at 1 is a new list (第二部分, a contents list followed by the body). A first
      // heading not numbered 1 is only a slip under a parent heading; at the top of the text it may be an excerpt.
      const hasParent = [...last.keys()].some((l) => l < level);
      // Numbers taken by cells of a flattened table in between make the gap no evidence.
      const cellsBetween = previous !== undefined && anyBetween(cellStarts.get(h.style), previous.start, h.start);
      // The number said to be missing stands inside a line in between (七、…决算表八、…决算表: two entries joined
      // on one line): the sequence is whole.
      const joined = previous !== undefined && h.number > expected && facts.text.slice(previous.start + previous.marker.length, h.start).includes(expectedMarker(h, expected));
      // The first heading of a level is not 1 but its 1 stands glued inside a line under the parent heading
      // (三、…分析（一）资金投入情况分析（…）1.项目资金到位情况分析。⏎2.项目资金执行情况分析): the list starts with it.
      const parent = previous === undefined ? nearestParent(last, level) : undefined;
      const joinedFirst =
        parent !== undefined &&
        h.number > expected &&
        markersOfNumber(h, expected).some((m) => {
          const span = facts.text.slice(parent.start + parent.marker.length, h.start);
          // 附件1.2025年…分配表⏎2.…目标表: right after a list's lead word (附件, 附表) the first number stands glued to the
          // item's own words, even to a year's digits.
          return markerInside(span, m) || LIST_LEADS.some((w) => ['', '：', ':'].some((sep) => span.includes(`${w}${sep}${m}`)));
        });
      // （三）项目自评价步骤。…。 二、项目资金管理…（一）资金申报… ⏎（二）项目效益情况: the parent's next heading stands inside a
      // line in between (headings run together on one line) — the list below it started again, so a number going back or
      // used again is no evidence.
      const up = previous !== undefined && h.number <= previous.number ? nearestParent(last, level) : undefined;
      const parentMoved = up !== undefined && markerInside(facts.text.slice(previous!.start + previous!.marker.length, h.start), expectedMarker(up, up.number + 1));
      // 一、 right after 一、 at the top level, with no part (第二部分) or contents line between that starts a new list:
      // the number is used twice, not a list started again.
      const usedTwice = previous !== undefined && level === 1 && h.number === 1 && previous.number === 1 && previous.title !== h.title && !NEW_LIST.test(facts.text.slice(previous.end, h.start)) && !NEW_DOCUMENT.test(facts.text.slice(previous.end, h.start));
      // An entry of the same shape whose number was lost stands in the gap (、政府性基金…决算表): the entry is there,
      // its number lost in the copy — the sequence is not shown to skip.
      const lost = previous !== undefined && h.number > expected && unnumberedEntryBetween(facts, previous, h);
      // 一、收入支出决算总体情况说明 ⏎ 一、收入支出决: the same number before the start of the same title, cut short — the
      // heading copied again (a page repeating its heading, a store cutting the page there), no number used twice.
      const cutCopy = previous !== undefined && h.number === previous.number && cutCopyOf(h.title, previous.title);
      if (h.number !== expected && (!(h.number === 1 && previous) || usedTwice) && (previous || hasParent) && !cellsBetween && !joined && !joinedFirst && !parentMoved && !lost && !cutCopy) {
        const kind = previous && h.number === previous.number ? '重复' : previous && h.number < previous.number ? '倒退' : '跳号';
        out.push(
          finding({
            rule: 'numbering',
            shape: listedShape(headingShape(kind, previous), inList(i, previous), previous !== undefined && previous.style !== h.style),
            // 一、 used twice is very probably a slip, but a list started again under an unmarked new part is conceivable.
            severity: (kind === '跳号' && !previous) || usedTwice ? 'warning' : 'error',
            message: `标题编号${kind}：${previous ? `“${previous.marker}${previous.title}”之后` : '本级第一个标题'}是“${h.marker}”，应为“${expectedMarker(h, expected)}”`,
            evidence,
          }),
        );
      }
    }
    last.set(level, h);
    for (const l of [...last.keys()]) if (l > level) last.delete(l);
  }
  return out;
};
