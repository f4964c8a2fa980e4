/**
 * The goal lists of a text (the targets a department sets: 年度绩效目标：…) and their items, each a name and its target —
 * read by goal-mismatch and target-too-low. Content is compared by the overlap of character pairs (similarity).
 */
import { INDICATOR_ROWS, RULE_WORDS, SEARCH_WINDOWS } from '../../config.ts';
import { spanIndexAt } from '../../facts/lines.ts';
import type { AuditFacts, Span } from '../../facts/types.ts';

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const clean = s.replace(/[^\u4e00-\u9fff0-9A-Za-z]/g, '');
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
}

export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

export const GOAL_WORDS = RULE_WORDS['goal-mismatch'];
export const COMPARISON_WORDS = INDICATOR_ROWS.comparisons.map((c) => c.word);
/** Words a goal's name may end with before its number: comparisons (不少于, ≥) and links (达到, 控制在), longest first. */
const NAME_TAILS = [...COMPARISON_WORDS, ...GOAL_WORDS.nameTailLinks].sort((a, b) => b.length - a.length);
export const COMPARISONS_LONGEST = [...COMPARISON_WORDS].sort((a, b) => b.length - a.length);

/** An ordinal right after a goal head word (目标1：, 目标二：). */
const GOAL_ORDINAL = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?=[：:])/u;
/** A line's own number at the start of a clause (1. , 2、, （3）). */
export const LINE_NUMBER = /^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])\s*/u;
/** A heading's number of a part and its place (1.3 , 2.1.4 ): its digits are no figure of the heading's words. */
const SECTION_NUMBER = /^\s*\d{1,2}(?:[.．]\d{1,2})+[.．、]?\s*/u;
/** A number in an item's name that is a figure (3个, 2.5万亩, 50%): a unit of the rows right after it. */
const NAME_FIGURE = new RegExp(`\\d+(?:\\.\\d+)?\\s*(?:[万千])?(?:${[...new Set([...INDICATOR_ROWS.units, ...RULE_WORDS['goal-mismatch'].restatedExtraUnits])].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`, 'u');

/**
 * Whether an item's name holds a figure: a number with a unit of the rows after it (the item names another target). A
 * number with none — an age or a kind, 65岁及以上老年人, 0—6岁儿童, 2型糖尿病 (岁 and 型 are no unit) — is part of the
 * name (atext, dev 3079).
 */
function figureInName(name: string): boolean {
  return NAME_FIGURE.test(name) || /\d[.,]\d|\d{3,}/.test(name);
}

/** A goal list's own line: opened by its number (（1）, 1., ①). */
const ITEM_LINE = /^\s*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩])/u;

/** A goal's or an actual's name without the comparison and link words at its end (覆盖率不低于 → 覆盖率). */
export function bareName(label: string): string {
  let name = label.replace(/[\s“”"（）()]/g, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of NAME_TAILS) {
      if (name.endsWith(w) && name.length > w.length) {
        name = name.slice(0, -w.length);
        changed = true;
        break;
      }
    }
  }
  return name;
}

/**
 * Where a paragraph ends as a reader reads it: a copy's line break inside a sentence (segment() goes on with the sentence
 * across it) ends no paragraph, so the paragraph goes on to the end of the line holding that sentence's end.
 */
function wrappedParagraphEnd(facts: AuditFacts, end: number): number {
  for (let guard = 0; guard < 100; guard++) {
    const s = facts.sentences[spanIndexAt(facts.sentences, end - 1)];
    if (!s || s.end <= end) return end;
    const p = facts.paragraphs[spanIndexAt(facts.paragraphs, s.end - 1)];
    end = p && p.end > s.end ? p.end : s.end;
  }
  return end;
}

/** What closes a goal item's line (…不少于20个；): a line after one not so closed goes on that item. */
const ITEM_CLOSERS = '。；;！？!?：:';

/** Whether a paragraph's line goes on a sentence begun on a line before it (a copy's wrap): no item opens there. */
function continuesSentence(facts: AuditFacts, start: number): boolean {
  const s = facts.sentences[spanIndexAt(facts.sentences, start)];
  return s !== undefined && s.start < start;
}

/** Fewest ；-parted items, each closed by a figure, that make the paragraph below a goal heading its list. */
const GOAL_LINE_MIN_ITEMS = 3;

/** The goal lists' regions of a text, read once for the checks that read them. */
const regionsOf = new WeakMap<AuditFacts, readonly GoalRegion[]>();

/** A goal list's place; `unnumbered` for the ；-parted paragraph below a goal heading (read by goalItems only). */
interface GoalRegion {
  readonly from: number;
  readonly listEnd: number;
  readonly unnumbered?: boolean;
}

/** Where the goal lists stand: from the character after a list's head to the end of its last item (goalListTargets). */
export function goalListRegions(facts: AuditFacts): readonly GoalRegion[] {
  let regions = regionsOf.get(facts);
  if (regions === undefined) {
    regions = readGoalListRegions(facts);
    regionsOf.set(facts, regions);
  }
  return regions;
}

function readGoalListRegions(facts: AuditFacts): GoalRegion[] {
  const out: GoalRegion[] = [];
  const headingStarts = new Set([...facts.headings, ...facts.tableHeadings].map((h) => h.start));
  for (const p of facts.paragraphs) {
    // Read without the spaces a copy scattered in the words (部 门整体绩效 目标 为：); pos(k) is where body[k] stands.
    const raw = facts.text.slice(p.start, p.end);
    const body = raw.replace(/[ \u3000]+/g, '');
    let pos: (k: number) => number = (k) => p.start + k;
    if (body.length !== raw.length) {
      const keep: number[] = [];
      for (let i = 0; i < raw.length; i++) if (raw[i] !== ' ' && raw[i] !== '\u3000') keep.push(i);
      keep.push(raw.length);
      pos = (k) => p.start + keep[k]!;
    }
    let from = -1;
    let opens = p.start;
    for (const head of GOAL_WORDS.goalHeads) {
      for (let at = body.indexOf(head); at !== -1 && from === -1; at = body.indexOf(head, at + 1)) {
        let k = at + head.length;
        // 目标1：完成…不少于15宗； — a goal line numbered after its head word opens its own line, not only the
        // paragraph (former test33 2743, 2749).
        const ordinal = GOAL_ORDINAL.exec(body.slice(k, k + 4));
        const lineStart = body.lastIndexOf('\n', at) + 1;
        const numberedLine = ordinal !== null && body.slice(lineStart, at).trim() === '';
        if (/[，。；,;]/.test(body.slice(numberedLine ? lineStart : 0, at))) {
          if (ordinal) continue;
          break;
        }
        if (ordinal) k += ordinal[0].length;
        const link = ordinal ? undefined : GOAL_WORDS.goalHeadLinks.find((w) => body.startsWith(w, k));
        if (link) k += link.length;
        if (GOAL_WORDS.goalHeadStops.some((w) => body.startsWith(w, k))) {
          from = pos(k) + 1;
          opens = pos(numberedLine ? lineStart : 0);
        }
      }
    }
    // 5.年度绩效目标 ⏎ （1）…；⏎ （2）…: a heading line ending with the goal word, its goals the numbered lines right below.
    // A list written as one paragraph goes on across a copy's wraps inside its sentences.
    let listEnd = wrappedParagraphEnd(facts, p.end);
    // 5.年度目标。 with nothing after its stop: a heading too, its goals the numbered lines below.
    const headingOnly = from !== -1 && facts.text.slice(from, p.end).trim() === '';
    if (from === -1 || headingOnly) {
      // (A heading numbered by its part and place, 1.3 年度绩效目标, as one numbered 3.: atext, dev 3083.)
      const line = body.trim().replace(SECTION_NUMBER, '').replace(LINE_NUMBER, '').replace(/[：:。]$/, '');
      if (line.length > SEARCH_WINDOWS.goalHeadingMax || !GOAL_WORDS.goalHeads.some((h) => line.endsWith(h)) || /\d/.test(line)) continue;
      let q = p.index + 1;
      // (A line going on an item's sentence past a copy's wrap — 不少于1.35⏎万人，…, or after an item line left open
      // by no stop, 不少于12⏎次，… — is that item's.)
      // (No heading and no line after a blank one goes on an item.)
      const goesOn = (k: number): boolean => {
        const at = facts.paragraphs[k]!;
        const before = facts.paragraphs[k - 1]!;
        if (k <= p.index + 1 || headingStarts.has(at.start) || facts.text.slice(before.end, at.start).split('\n').length > 2) return false;
        return continuesSentence(facts, at.start) || !ITEM_CLOSERS.includes(facts.text[before.end - 1]!);
      };
      while (q < facts.paragraphs.length && (ITEM_LINE.test(facts.text.slice(facts.paragraphs[q]!.start, facts.paragraphs[q]!.end)) || goesOn(q))) q++;
      if (q === p.index + 1) {
        // （一）年度绩效目标 ⏎ 接种率≥90%；报告及时率≥98%；…: no numbered lines, but the paragraph right below is a list of
        // targets, its items parted by ； — at least GOAL_LINE_MIN_ITEMS of them, each closed by a figure.
        const next = facts.paragraphs[p.index + 1];
        if (!next || headingStarts.has(next.start)) continue;
        const items = facts.text.slice(next.start, next.end).split(/[；;]/).filter((x) => /\d\s*[%％\u4e00-\u9fff]{0,4}\s*[。]?\s*$/u.test(x.trim()));
        if (items.length < GOAL_LINE_MIN_ITEMS) continue;
        from = next.start;
        opens = p.start;
        listEnd = next.end;
        if (facts.figures.some((f) => f.start >= opens && f.start < p.end)) continue;
        out.push({ from, listEnd, unnumbered: true });
        continue;
      }
      from = p.end;
      opens = p.start;
      listEnd = facts.paragraphs[q - 1]!.end;
    }
    if (from === -1 || facts.figures.some((f) => f.start >= opens && f.start < from)) continue;
    out.push({ from, listEnd });
  }
  return out;
}

/** A target as the goal list sets it or the evaluation restates it: the indicator's name, its bound, value and unit. */
export interface NamedTarget extends Span {
  readonly name: string;
  readonly op: '>=' | '<=' | null;
  readonly value: number;
  readonly unit: string;
  /** The number of the target, as written. */
  readonly raw: string;
  /** The actual the clause before states, when the restatement is named by it (新增学位560个，超出年度目标20个). */
  readonly actual?: number;
}

const ROW_UNITS = [...new Set([...INDICATOR_ROWS.units, ...GOAL_WORDS.restatedExtraUnits])].sort((a, b) => b.length - a.length);
export const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A target's number (2,000 or 2.5) and its unit, a magnitude (万) allowed before a unit of the list (2.5万亩, 18万人次). */
export const TARGET_VALUE = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*((?:[万千])?(?:${ROW_UNITS.map(escapeRe).join('|')}))`;
const BOUND_AFTER = [...INDICATOR_ROWS.atLeastAfter, ...INDICATOR_ROWS.atMostAfter];
export const APPROX_AFTER = GOAL_WORDS.approxAfter;
/** 新建高标准农田2.5万亩, 家庭医生签约服务覆盖率达到65%以上: one item of a goal list, a name then its target closing the clause. */
const GOAL_CLAUSE = new RegExp(`^(.{2,30}?)\\s*(${[...COMPARISONS_LONGEST, ...GOAL_WORDS.nameTailLinks].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})?\\s*${TARGET_VALUE}\\s*(${[...BOUND_AFTER, ...APPROX_AFTER].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})?$`, 'u');
export const OP_OF = new Map(INDICATOR_ROWS.comparisons.map((c) => [c.word, c.op]));

export function boundOf(op: string | null | undefined): '>=' | '<=' | null {
  if (op === '>=' || op === '>') return '>=';
  if (op === '<=' || op === '<') return '<=';
  return null;
}

/** An indicator's name read for likeness: no marks, brackets, leads of the year or trailing links (覆盖率达到 → 覆盖率). */
export function likenessName(raw: string): string {
  let name = raw.replace(/[\s“”"‘’'【】[\]《》：:]/g, '').replace(LINE_NUMBER, '').replace(/^目标[\d一二三四五六七八九十]{1,3}/u, '');
  for (const w of GOAL_WORDS.nameLeads) if (name.startsWith(w) && name.length > w.length + 1) name = name.slice(w.length);
  return bareName(name);
}

/** The items of the goal lists (goalListRegions), each clause a name and its target. */
export function goalItems(facts: AuditFacts): NamedTarget[] {
  const out: NamedTarget[] = [];
  const regions = [...goalListRegions(facts)];
  // 根据…，我委2024年部门整体绩效目标为：… — a goal-set opener inside its paragraph opens a list too, to the paragraph's end
  // (the first opener of the paragraph).
  const opened = new Map<number, number>();
  for (const w of GOAL_WORDS.goalSetOpeners) {
    for (let at = facts.text.indexOf(w); at !== -1; at = facts.text.indexOf(w, at + w.length)) {
      const p = facts.paragraphs[spanIndexAt(facts.paragraphs, at)];
      if (!p || at < p.start || at >= p.end) continue;
      const from = at + w.length;
      if ((opened.get(p.index) ?? Number.MAX_SAFE_INTEGER) > from) opened.set(p.index, from);
    }
  }
  for (const [index, from] of opened) {
    const p = facts.paragraphs[index]!;
    if (!regions.some((r) => r.from <= from && from < r.listEnd)) regions.push({ from, listEnd: p.end });
  }
  for (const region of regions) {
    const { from } = region;
    let { listEnd } = region;
    // A line telling what was done (4.目标完成情况, 实际完成…) ends the list: the evaluation is no part of it.
    for (let k = facts.text.indexOf('\n', from); k !== -1 && k < listEnd; k = facts.text.indexOf('\n', k + 1)) {
      const lineEnd = facts.text.indexOf('\n', k + 1);
      const line = facts.text.slice(k + 1, lineEnd === -1 ? listEnd : Math.min(lineEnd, listEnd));
      if (GOAL_WORDS.listEndWords.some((w) => line.includes(w))) {
        listEnd = k;
        break;
      }
    }
    const body = facts.text.slice(from, listEnd);
    // Clauses end at a stop, a line's end, or a comma that is no thousands separator.
    const re = /[；;。\n]|[，,](?!\d{3})/g;
    let start = 0;
    for (let m = re.exec(body); ; m = re.exec(body)) {
      const end = m ? m.index : body.length;
      const clause = body.slice(start, end);
      // (An item's own number — 1.办理…, （2）… — is no part of its name.)
      const numbered = clause.replace(LINE_NUMBER, '');
      const lead = clause.length - numbered.trimStart().length;
      const c = GOAL_CLAUSE.exec(numbered.trim());
      if (c && !figureInName(c[1]!) && !APPROX_AFTER.includes(c[5] ?? '')) {
        const name = likenessName(c[1]!);
        if (name.length >= 2) {
          const at = from + start + lead;
          out.push({ name, op: boundOf(OP_OF.get(c[2] ?? '') ?? (c[5] ? (INDICATOR_ROWS.atLeastAfter.includes(c[5]) ? '>=' : '<=') : null)), value: Number(c[3]!.replace(/,/g, '')), unit: c[4]!.replace('％', '%'), raw: `${c[3]}${c[4]}`, start: at, end: at + numbered.trim().length });
        }
      }
      if (!m) break;
      start = m.index + m[0].length;
    }
  }
  return out;
}
