/**
 * count-mismatch — a stated count that differs from the items listed after it (内设机构7个，分别为：…), or the
 * same quantity (staff in post, retirees, internal units; data/audit/concepts.json) stated with different values.
 */
import { type Finding, finding } from '../../core/finding.ts';
import { RULE_WORDS } from '../config.ts';
import { parseChineseNumber } from '../facts/chinese-numbers.ts';
import { anyWord } from '../facts/word-pattern.ts';
import type { Figure } from '../facts/types.ts';
import { quoteFigure, quoteSpan } from './lib/evidence.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

export const countMismatch: Rule = (facts, options) => {
  const out: Finding[] = [];
  for (const e of facts.enumerations) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const stated = e.count.scaled / 10 ** e.count.decimals;
    if (stated === e.items.length && splitJoined(facts.text, e.items, options.config.listJoinWords) === stated) continue;
    // Precondition: the list says how many items it holds. An item with a joining word (人秘股、业务股和康复站) may
    // be two items or one name (人力资源和社会保障局), so any count from the 、-separated items up to one more per
    // such item is a possible reading, not a contradiction.
    const joined = e.items.filter((item) => {
      const words = facts.text.slice(item.start, item.end);
      return options.config.listJoinWords.some((w) => words.indexOf(w, 1) > 0 && !words.endsWith(w));
    }).length;
    // 办公室、财务股、工程股、水政股和规划股: a joined item whose two halves both end as the list's other items do
    // (股) is two items; one that does not (人力资源和社会保障局) may be one name.
    const split = splitJoined(facts.text, e.items, options.config.listJoinWords);
    if (split === stated && e.opener !== 'after') continue;
    if (e.opener === 'after') {
      // A、B、C等N个X: 等 may leave items out, so only more items than the count contradict it.
      if (e.items.length <= stated) continue;
    } else if (stated > e.items.length && stated <= e.items.length + joined && split !== e.items.length + joined) continue;
    const listed = e.opener === 'after' || split === e.items.length ? e.items.length : split;
    if (listed === stated) continue;
    // Severity by evidence: a list opened by 包括 that names fewer items than the count may name only some of them
    // (内设职能部门15个，包括：…11个…。另有四个派出法庭): a 提示. More items than the count, or a list opened by
    // 分别为 / a colon, contradicts it.
    const opening = facts.text.slice(Math.max(0, e.listSpan.start - 4), e.listSpan.start);
    const partial = listed < stated && opening.includes('包括');
    out.push(
      finding({
        rule: 'count-mismatch',
        severity: partial ? 'info' : 'error',
        message: e.opener === 'after' ? `写明“${e.count.raw}${e.count.noun}”，其前却列出${listed}项` : `写明“${e.count.label}${e.count.raw}”，其后却列出${listed}项`,
        evidence: [quoteFigure(facts, e.count), quoteSpan(facts, e.listSpan)],
        calculation: `列举 ${listed} 项 ≠ ${e.count.raw}`,
        difference: listed - stated,
      }),
    );
  }
  const partStarts = new Set<number>();
  for (const d of facts.decompositions) for (const p of d.parts) partStarts.add(p.start);
  for (const concept of options.config.concepts) {
    const mentions: Figure[] = [];
    for (const f of facts.figures) {
      if (f.kind !== 'count' || f.qualifier || f.comparative || partStarts.has(f.start)) continue;
      // 实有人数12人，其中在职人员7人: a count after 其中 in its sentence is a part of the count before, even where
      // the parts do not make a decomposition (a list cut by ；).
      if (afterQizhong(facts.text, f.start)) continue;
      if (!concept.measureWords.includes(f.unit)) continue;
      const words = `${f.label}|${f.noun}`;
      if (!concept.include.some((w) => words.includes(w))) continue;
      if (concept.exclude.some((w) => words.includes(w))) continue;
      mentions.push(f);
    }
    const values = new Map<number, Figure>();
    for (const m of mentions) if (!values.has(m.scaled)) values.set(m.scaled, m);
    // Precondition: one body's one quantity. Three or more different values are the counts of several bodies
    // (本级实有45人；…办公室实有3人；保育院实有30人), not one count misstated.
    if (values.size !== 2) continue;
    const distinct = [...values.values()];
    // 行政编制362人，实有人数344人；事业编制33人，实有人数30人: each count in a clause naming another group of staff
    // is that group's count.
    const groups = distinct.map((f) => groupOf(facts.text, f.start, concept.groups ?? []));
    if (groups[0] !== null && groups[1] !== null && groups[0] !== groups[1]) continue;
    out.push(
      finding({
        rule: 'count-mismatch',
        severity: 'warning',
        message: `同一数量（${concept.name}）前后不一致：${distinct.map((f) => `“${f.label}${f.raw}${f.noun}”`).join('、')}`,
        evidence: distinct.map((f) => quoteFigure(facts, f)),
        calculation: distinct.map((f) => f.raw).join(' ≠ '),
      }),
    );
  }
  out.push(...backReferences(facts));
  return out;
};

const WORDS = RULE_WORDS['count-mismatch'];
/** A count written in digits or in Chinese numerals (13个, 九所), its measure word and the characters after it. */
const COUNT = new RegExp(`(\\d{1,4}|[一二两三四五六七八九十]{1,3})(${anyWord(WORDS.backReferenceMeasures)})`, 'g');
const BACK_REFERENCE = new RegExp(`(?:${anyWord(WORDS.backReferenceOpeners)})(\\d{1,4}|[一二两三四五六七八九十]{1,3})(${anyWord(WORDS.backReferenceMeasures)})`, 'g');
/** How far back the count a back-reference repeats is looked for, and over how many sentence ends. */
const BACK_REACH = 300;
const BACK_SENTENCES = 5;
/** Characters of the counted noun compared (省和自治区 / 省区: they share 省). */
const NOUN_CHARS = 3;

function countValue(written: string): number | null {
  return /^\d+$/.test(written) ? Number(written) : parseChineseNumber(written);
}

/** The noun right after a count: its first Chinese characters. */
function nounAt(text: string, at: number): string {
  return /^[\u4e00-\u9fff]{1,3}/.exec(text.slice(at, at + NOUN_CHARS))?.[0] ?? '';
}

/**
 * 全国仍有13个省和自治区没有直属高校，而这12个省区多处在中西部 / 九所高校为清华大学，…和武汉大学。…在这八所高校后面: a count
 * that points back (这, 这些, 上述 + a number) repeats the last count of the same measure word before it, and the two
 * differ. Preconditions: the earlier count stands within BACK_REACH characters and BACK_SENTENCES sentence ends; it is the nearest count of that measure word before the back-reference, and the nouns
 * after the two share a character (省和自治区 / 省区); neither is approximate or ordinal (第, 约, 以上, 多 …:
 * notExactBefore / notExactAfter); the earlier count is not 一 (一个 is an article); no subset word (其中, 部分 …) and no 、
 * list stands between (三个村中A村、B村已完工，这两个村… points back to the two named).
 */
function backReferences(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  for (const m of text.matchAll(BACK_REFERENCE)) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    const value = countValue(m[1]!);
    const measure = m[2]!;
    const end = m.index + m[0].length;
    if (value === null || WORDS.notExactAfter.some((w) => text.startsWith(w, end))) continue;
    const noun = nounAt(text, end);
    if (noun === '') continue;
    // The stretch read back: BACK_REACH characters, at most BACK_SENTENCES sentence ends, no blank-line-separated
    // paragraph beyond the previous one.
    let from = Math.max(0, m.index - BACK_REACH);
    let stops = 0;
    for (let k = m.index - 1; k >= from; k--) {
      if (text[k] === '。' && ++stops > BACK_SENTENCES) {
        from = k + 1;
        break;
      }
    }
    const before = text.slice(from, m.index);
    let earlier: RegExpExecArray | null = null;
    for (const c of before.matchAll(COUNT)) if (c[2] === measure) earlier = c as RegExpExecArray;
    if (!earlier) continue;
    const earlierAt = from + earlier.index;
    const earlierEnd = earlierAt + earlier[0].length;
    const earlierValue = countValue(earlier[1]!);
    if (earlierValue === null || earlierValue === value || earlier[1] === '一') continue;
    if (WORDS.notExactBefore.some((w) => text.startsWith(w, earlierAt - w.length)) || WORDS.notExactAfter.some((w) => text.startsWith(w, earlierEnd))) continue;
    if (/\d/.test(text[earlierAt - 1] ?? '')) continue;
    const earlierNoun = nounAt(text, earlierEnd);
    if (![...noun].some((c) => earlierNoun.includes(c))) continue;
    const between = text.slice(earlierEnd, m.index);
    if (between.includes('、') || WORDS.subsetWords.some((w) => between.includes(w))) continue;
    out.push(
      finding({
        rule: 'count-mismatch',
        severity: 'warning',
        message: `前文写“${earlier[0]}${earlierNoun.slice(0, 1)}…”，其后回指时却写“${m[0]}${noun.slice(0, 1)}…”：数量前后不一致`,
        evidence: [quoteSpan(facts, { start: m.index, end }), quoteSpan(facts, { start: earlierAt, end: earlierEnd })],
        calculation: `${earlierValue} ≠ ${value}`,
        difference: value - earlierValue,
      }),
    );
  }
  return out;
}

/**
 * The number of items when each joined item whose halves both end as most items of the list end (股, 室, 村) is read
 * as two: 水政股和规划股 → 2, 人力资源和社会保障局 → 1 (人力资源 does not end so).
 */
function splitJoined(text: string, items: readonly { start: number; end: number }[], joinWords: readonly string[]): number {
  const words = items.map((i) => text.slice(i.start, i.end).trim());
  const ends = new Map<string, number>();
  for (const w of words) ends.set(w.slice(-1), (ends.get(w.slice(-1)) ?? 0) + 1);
  const [ending, n] = [...ends].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < 2 || n * 2 <= words.length) return items.length;
  let count = 0;
  for (const w of words) {
    const join = joinWords.find((j) => w.indexOf(j, 1) > 0 && !w.endsWith(j));
    const at = join ? w.indexOf(join, 1) : -1;
    // 洛棉小学和炉山中心幼儿园: the first half ends as the list's items do (学) and the second half is a name of its own.
    count += join && w.slice(0, at).endsWith(ending) && (w.endsWith(ending) || w.length - at - join.length >= 4) ? 2 : 1;
  }
  return count;
}

/**
 * Whether the line break at `k` wraps a clause (…实有人数⏎344人): the line before it ends with no stop, colon or blank
 * line, and the next line starts with no heading or list number.
 */
function wrappedAt(text: string, k: number): boolean {
  const before = text[k - 1];
  if (before === undefined || '。；;：:！？!?\n'.includes(before)) return false;
  return !/^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|[\u2460-\u2473])/.test(text.slice(k + 1, k + 8));
}

/** The group word (行政编制, 事业编制) last named before `offset` in its clause (back to 。； or a line break), or null. */
function groupOf(text: string, offset: number, groups: readonly string[]): string | null {
  const floor = Math.max(0, offset - 40);
  let clauseStart = floor;
  for (let k = offset - 1; k >= floor; k--) {
    if (text[k] === '。' || text[k] === '；' || (text[k] === '\n' && !wrappedAt(text, k))) {
      clauseStart = k + 1;
      break;
    }
  }
  const clause = text.slice(clauseStart, offset);
  let best: string | null = null;
  let at = -1;
  for (const g of groups) {
    const k = clause.lastIndexOf(g);
    if (k > at) {
      at = k;
      best = g;
    }
  }
  return best;
}

/** Whether 其中 stands before `offset` in the same clause run (back to 。； or a line break, at most 40 characters). */
function afterQizhong(text: string, offset: number): boolean {
  const floor = Math.max(0, offset - 40);
  for (let k = offset - 1; k >= floor; k--) {
    const c = text[k]!;
    if (c === '。' || c === '；' || (c === '\n' && !wrappedAt(text, k))) return false;
    if (c === '中' && text[k - 1] === '其') return true;
  }
  return false;
}
