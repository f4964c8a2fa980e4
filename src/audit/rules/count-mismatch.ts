/**
 * count-mismatch — a stated count that differs from the items listed after it (内设机构7个，分别为：…), or the
 * same quantity (staff in post, retirees, internal units; data/audit/concepts.json) stated with different values.
 * The defect class (counts and their lists, head counts by kind) is written down in SUMS.md beside this file.
 */
import { type Finding, finding } from '../../core/finding.ts';
import { GRAMMAR, RULE_WORDS } from '../config.ts';
import { parseChineseNumber } from '../facts/chinese-numbers.ts';
import type { Figure } from '../facts/types.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { quoteFigure, quoteSpan } from './lib/evidence.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

const WORDS = RULE_WORDS['count-mismatch'];

export const countMismatch: Rule = (facts, options) => {
  const out: Finding[] = [];
  for (const e of facts.enumerations) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const stated = e.count.scaled / 10 ** e.count.decimals;
    const reading = joinedReading(facts.text, e.items, options.config.listJoinWords);
    // 内设革命文物处、文物保护与考古处、博物馆与社会文物处、文物督察处4个处室: the plain reading matches; a joined item
    // split only because its halves end as some unit's name ends (博物馆 / 社会文物处), not as the list's items end,
    // may be one name — no contradiction.
    if (stated === e.items.length && (reading.count === stated || reading.byEnding === stated)) continue;
    // Precondition: the list says how many items it holds. An item with a joining word (人秘股、业务股和康复站) may
    // be two items or one name (人力资源和社会保障局), so any count from the 、-separated items up to one more per
    // such item is a possible reading, not a contradiction — unless the list's own names decide it (below).
    // 办公室、财务股、工程股、水政股和规划股: a joined item whose two halves both end as the list's other items do
    // (股) is two items; 办公室、…、人民参与和促进法治股、…管理股: one whose first half ends as no unit and as none of the
    // other items (人民参与) is one name — the list's endings decide every joined item, so no other reading is left.
    const joined = reading.decided
      ? 0
      : e.items.filter((item) => {
          const words = facts.text.slice(item.start, item.end);
          return options.config.listJoinWords.some((w) => words.indexOf(w, 1) > 0 && !words.endsWith(w));
        }).length;
    const split = reading.count;
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
    // (Not a count of a list the form requires in full, the words before it in its sentence holding a wholeListCounts
    // word: 纳入…部门决算编制范围的单位共3个，包括：A、B.)
    const opening = facts.text.slice(Math.max(0, e.listSpan.start - 4), e.listSpan.start);
    const sentenceStart = Math.max(facts.text.lastIndexOf('。', e.count.start), facts.text.lastIndexOf('\n', e.count.start)) + 1;
    const whole = WORDS.wholeListCounts.some((w) => facts.text.slice(sentenceStart, e.count.start).includes(w));
    // (A list the count closes right after its last name, no 等, opened by a setting verb — after-verb — is the whole.)
    const partial = listed < stated && opening.includes('包括') && !whole && e.opener !== 'after-verb' && e.opener !== 'after-frame';
    out.push(
      finding({
        rule: 'count-mismatch',
        // (The list after a colon whose clause holds the setting verb — 内设机构包括：A、B…8个部室 — a newer reading: a 警告.)
        // (A list framed as a body's make-up — 由A、B、C4家单位组成, after-frame — a newer reading too: a 警告.)
        severity: partial ? 'info' : (e.opener === 'after-verb' && /[：:]$/.test(opening)) || e.opener === 'after-frame' || e.opener === 'after-glued' ? 'warning' : 'error',
        message: e.opener !== undefined ? `写明“${e.count.raw}${e.count.noun}”，其前却列出${listed}项` : `写明“${e.count.label}${e.count.raw}${e.count.noun}”，其后却列出${listed}项`,
        evidence: [quoteFigure(facts, e.count), quoteSpan(facts, e.listSpan)],
        calculation: `列举 ${listed} 项 ≠ ${e.count.raw}`,
        difference: listed - stated,
      }),
    );
  }
  const partStarts = new Set<number>();
  for (const d of facts.decompositions) for (const p of d.parts) partStarts.add(p.start);
  // The counts any concept may read, each with its words: found once for all the concepts.
  const counts: { f: Figure; words: string }[] = [];
  for (const f of facts.figures) {
    if (f.kind !== 'count' || f.qualifier || f.comparative || partStarts.has(f.start)) continue;
    // 实有人数12人，其中在职人员7人: a count after 其中 in its sentence is a part of the count before, even where
    // the parts do not make a decomposition (a list cut by ；).
    if (afterQizhong(facts.text, f.start)) continue;
    // 对2个下属单位和4个镇街服务站: a label ending with a conjunction (labelEndConjunctions) is the noun of the count
    // before it; this count is read by its own noun only.
    const joined = WORDS.labelEndConjunctions.some((w) => f.label.endsWith(w));
    counts.push({ f, words: `${joined ? '' : f.label}|${f.noun}` });
  }
  for (const concept of options.config.concepts) {
    const mentions: Figure[] = [];
    for (const { f, words } of counts) {
      if (!concept.measureWords.includes(f.unit)) continue;
      if (!concept.include.some((w) => words.includes(w))) continue;
      if (concept.exclude.some((w) => words.includes(w))) continue;
      // 在职职工中卫生专业技术人员446人: “X中Y” counts Y, a part of X, not X itself.
      if (concept.include.some((w) => words.includes(`${w}中`))) continue;
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
    // 办公室，编制人数4人，实有人数4人；事业科室，编制人数1人，实有人数1人: two clauses of the same shape (each restating
    // another count under the same label) are records of two bodies, whatever the bodies are called.
    if (parallelRecords(facts, distinct[0]!, distinct[1]!)) continue;
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
  out.push(...countOfSummedList(facts));
  out.push(...openListClosedBySum(facts));
  out.push(...oneNameForCount(facts, options.config.entitySuffixes));
  out.push(...backReferences(facts));
  out.push(...parallelCounts(facts));
  out.push(...breakdowns(facts));
  out.push(...indicatorCountsOverTable(facts));
  return out;
};

const TABLE_LEADS: readonly string[] = WORDS.indicatorTableLeads;
const INDICATOR_NOUNS: readonly string[] = WORDS.indicatorCountNouns;
const TOTAL_ROW_LABELS: readonly string[] = WORDS.indicatorTableTotalRows;
const KIND_LEADS: readonly string[] = WORDS.indicatorKindLeads;

/**
 * 共设置绩效指标10个，其中产出指标5个、效益指标4个、满意度指标1个。指标完成情况见下表： followed by the table itself: the
 * count of indicators against the table's rows, and each kind's count against the rows whose first cell names that kind
 * (产出, 效益 …; a first cell left empty goes on with the one above, as a merged cell does). Preconditions: the count's
 * line holds a table lead (rule-words count-mismatch indicatorTableLeads: 见下表) and ends there; the next line is a
 * tab-separated header naming an indicator (indicatorCountNouns); the rows are the tab-separated lines right after it,
 * total rows (合计) aside; the counts are counts whose labels end with an indicator noun; a kind is read only when some
 * row names it in its first cell. A 警告 for each count that differs.
 */
function indicatorCountsOverTable(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  if (!TABLE_LEADS.some((w) => text.includes(w))) return out;
  for (const p of facts.paragraphs) {
    const line = text.slice(p.start, p.end);
    const lead = TABLE_LEADS.find((w) => line.includes(w));
    if (!lead || line.includes('\t') || line.slice(line.indexOf(lead) + lead.length).replace(/[：:。\s]/g, '') !== '') continue;
    const header = facts.paragraphs[p.index + 1];
    if (!header) continue;
    const headerText = text.slice(header.start, header.end);
    if (!headerText.includes('\t') || !INDICATOR_NOUNS.some((w) => headerText.includes(w))) continue;
    const headerCells = headerText.split('\t').length;
    const firstCells: string[] = [];
    let kind = '';
    for (let q = p.index + 2; q < facts.paragraphs.length; q++) {
      // The whole line: a paragraph may start past a merged first cell's empty text.
      const row = text.slice(text.lastIndexOf('\n', facts.paragraphs[q]!.start - 1) + 1, facts.paragraphs[q]!.end);
      if (!row.includes('\t')) break;
      const cells = row.split('\t');
      // A row with fewer cells than the header lost its merged first cell.
      const first = cells.length < headerCells ? '' : cells[0]!.trim();
      if (TOTAL_ROW_LABELS.some((w) => first.replace(/\s/g, '') === w)) continue;
      if (first !== '') kind = first;
      firstCells.push(kind);
    }
    if (firstCells.length < 2) continue;
    const counts = facts.figures.filter((f) => f.kind === 'count' && f.start >= p.start && f.end <= p.end && INDICATOR_NOUNS.some((w) => f.label.endsWith(w)));
    for (const [n, f] of counts.entries()) {
      let name = f.label.slice(0, -INDICATOR_NOUNS.find((w) => f.label.endsWith(w))!.length);
      const kindLead = KIND_LEADS.find((w) => name.startsWith(w));
      if (kindLead) name = name.slice(kindLead.length);
      const stated = f.scaled / 10 ** f.decimals;
      // The first count is the whole when no kind names it; a later one is a kind's.
      const rows = n === 0 && !firstCells.some((c) => name !== '' && c.startsWith(name)) ? firstCells.length : name === '' ? null : firstCells.filter((c) => c.startsWith(name)).length;
      if (rows === null || (n > 0 && rows === 0) || rows === stated) continue;
      out.push(
        finding({
          rule: 'count-mismatch',
          shape: 'indicator-count-over-table',
          severity: 'warning',
          message: `写明“${f.label}${f.raw}”，其下指标表中${n === 0 ? '' : `“${name}”类`}却列出${rows}项`,
          evidence: [quoteFigure(facts, f), quoteSpan(facts, { start: header.start, end: header.end })],
          calculation: `${rows} ≠ ${stated}`,
        }),
      );
    }
  }
  return out;
}

/** A numbered line's marker (1. / 1、 / （1）) and its number. */
const NUMBERED_LINE = /^[ \t\u3000]*(?:(\d{1,2})[.、．]|[（(](\d{1,2})[）)])/;
/** Words before an amount that make it a target or a bound, not the item's amount (rule-words percent-mismatch countTargetLeads). */
const TARGET_LEADS: readonly string[] = RULE_WORDS['percent-mismatch'].countTargetLeads;
/** Most numbered lines read after a count. */
const SUMMED_LIST_MAX = 30;

/**
 * 本部门5个项目全部编制了绩效目标，涉及项目支出预算9521.60万元 followed by the lines 1.…预算3860.00万元… 2.… 3.… 4.…
 * whose amounts add up to 9521.60 exactly: the lines are all the items (even under 主要项目 …如下), so they number four,
 * not five. Preconditions: the count's sentence states, after it, exactly one amount T (no change, no bound) whose
 * label holds the first two characters of the count's noun (项目); the lines right after the count's line are numbered
 * 1, 2, … in one style, two at least, each holding exactly one amount that is no target (countTargetLeads before it),
 * no change and no bound, all of T's currency; the list ends at a line not numbered next; the amounts add up to T
 * exactly. Then a count other than the number of lines is reported, a 警告 (shape summed-list).
 */
function countOfSummedList(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (const [index, f] of figures.entries()) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (f.kind !== 'count' || f.qualifier || f.comparative || f.decimals !== 0 || f.noun.length < 2) continue;
    const noun = f.noun.slice(0, 2);
    const amounts: Figure[] = [];
    for (let k = index + 1; k < figures.length && figures[k]!.sentence === f.sentence; k++) if (figures[k]!.kind === 'money') amounts.push(figures[k]!);
    if (amounts.length !== 1) continue;
    const total = amounts[0]!;
    if (total.comparative || total.qualifier || !total.label.includes(noun) || total.scaled <= 0) continue;
    let at = text.indexOf('\n', total.end);
    if (at === -1) continue;
    at++;
    const lines: { start: number; end: number; amount: Figure }[] = [];
    let fits = true;
    while (at < text.length && lines.length < SUMMED_LIST_MAX) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      const m = NUMBERED_LINE.exec(text.slice(at, end));
      if (!m || Number(m[1] ?? m[2]) !== lines.length + 1 || (lines.length > 0 && (m[1] === undefined) !== (NUMBERED_LINE.exec(text.slice(lines[0]!.start, lines[0]!.end))![1] === undefined))) break;
      const own = figures.filter((g) => g.kind === 'money' && g.start >= at && g.end <= end && !TARGET_LEADS.some((w) => text.slice(Math.max(at, g.start - w.length), g.start) === w));
      if (own.length !== 1 || own[0]!.comparative || own[0]!.qualifier || own[0]!.currency !== total.currency) {
        fits = false;
        break;
      }
      lines.push({ start: at, end, amount: own[0]! });
      at = end + 1;
    }
    if (!fits || lines.length < 2) continue;
    if (lines.reduce((s, l) => s + l.amount.scaled, 0) !== total.scaled) continue;
    const stated = f.scaled;
    if (stated === lines.length) continue;
    out.push(
      finding({
        rule: 'count-mismatch',
        shape: 'summed-list',
        severity: 'warning',
        message: `写明“${f.raw}${noun}”，其后逐项列出${lines.length}项，金额合计正好等于${total.raw}（即已列全）`,
        evidence: [quoteFigure(facts, f), quoteFigure(facts, total), quoteSpan(facts, { start: lines[0]!.start, end: lines[0]!.end })],
        calculation: `列举 ${lines.length} 项（${lines.map((l) => l.amount.numberText).join(' + ')} = ${total.numberText}）≠ ${f.raw}`,
        difference: lines.length - stated,
      }),
    );
  }
  return out;
}

/** A list closed by 等 and a count of kinds (特困人员、低保对象、返贫致贫人口等四类困难群众): names, 等, the count, its measure. */
const OPEN_KIND_LIST = new RegExp(`((?:[\\u4e00-\\u9fff]{2,12}、)+[\\u4e00-\\u9fff]{2,12})等([一二两三四五六七八九十]|\\d{1,2})(${anyWord(WORDS.openListKindMeasures)})`, 'g');
/** Sentences after the list read for its items' breakdown. */
const OPEN_LIST_REACH = 20;

/**
 * 对特困人员、低保对象、返贫致贫人口等四类困难群众…资助 and later 实际1.35万人。资助特困人员0.06万人、低保对象1.12万人、返贫
 * 致贫人口0.17万人: 等 may leave a list open, but where the same names are counted later, each once, in one sentence,
 * and those counts add up exactly to the one count right before them (in that sentence or the one before, of their
 * measure, no change or bound), the names are all the kinds — three, not four. Preconditions: fewer names than the count
 * of kinds (rule-words count-mismatch openListKindMeasures: 类, 种); within OPEN_LIST_REACH sentences after the list, one
 * sentence holds counts whose labels end with each name, exactly one each and nothing else of their measure; the sum is
 * exact. A 警告 (shape open-list-summed).
 */
function openListClosedBySum(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (const m of text.matchAll(OPEN_KIND_LIST)) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    const names = m[1]!.split('、');
    const stated = countValue(m[2]!);
    if (stated === null || names.length >= stated || new Set(names).size !== names.length) continue;
    const listEnd = m.index + m[0].length;
    const firstAfter = figures.findIndex((g) => g.start >= listEnd);
    if (firstAfter === -1) continue;
    const fromSentence = figures[firstAfter]!.sentence;
    let found: { total: Figure; parts: Figure[] } | null = null;
    for (let s = fromSentence; s <= fromSentence + OPEN_LIST_REACH && found === null; s++) {
      const inSentence = figures.filter((g) => g.sentence === s && g.kind === 'count');
      // (The first name may carry the words before it, 对特困人员: a label ending with its last three characters or more names it.)
      const names0 = [...Array(Math.max(0, names[0]!.length - 2)).keys()].map((k) => names[0]!.slice(k));
      const parts = names.map((n, k) => inSentence.filter((g) => (k === 0 ? names0.some((s) => g.label.endsWith(s)) : g.label.endsWith(n))));
      if (parts.some((p) => p.length !== 1)) continue;
      const own = parts.map((p) => p[0]!);
      const unit = own[0]!.unit;
      if (own.some((g) => g.unit !== unit || g.comparative || g.qualifier) || inSentence.filter((g) => g.unit === unit && !own.includes(g)).some((g) => g.start > own[0]!.start)) continue;
      const first = Math.min(...own.map((g) => g.start));
      const before = figures.filter((g) => g.kind === 'count' && g.unit === unit && g.start < first && (g.sentence === s || g.sentence === s - 1));
      const total = before[before.length - 1];
      if (!total || total.comparative || total.qualifier) continue;
      const scale = (g: Figure): number => g.scaled * 10 ** (6 - g.decimals);
      if (own.reduce((acc, g) => acc + scale(g), 0) !== scale(total)) continue;
      found = { total, parts: own };
    }
    if (!found) continue;
    const start = m.index;
    out.push(
      finding({
        rule: 'count-mismatch',
        shape: 'open-list-summed',
        severity: 'warning',
        message: `写明“等${m[2]}${m[3]}”，只列出${names.length}项；后文按这${names.length}项分列的数量之和正好等于总数${found.total.raw}，可见只有${names.length}${m[3]}`,
        evidence: [quoteSpan(facts, { start, end: listEnd }), quoteFigure(facts, found.total), ...found.parts.map((g) => quoteFigure(facts, g))],
        calculation: `列举 ${names.length} 项（${found.parts.map((g) => g.numberText).join(' + ')} = ${found.total.numberText}）≠ ${m[2]}${m[3]}`,
        difference: names.length - stated,
      }),
    );
  }
  return out;
}

type Breakdown = (typeof WORDS.breakdowns)[number];
/** Measure words of persons, one measure for a head count and its parts (编制45人，其中行政编制30名). */
const PERSON_MEASURES = ['人', '名', '位'];

/** The breakdown (rule-words count-mismatch.breakdowns) whose whole a count's label names, when it names no kind. */
function breakdownOf(label: string): Breakdown | undefined {
  for (const b of WORDS.breakdowns) {
    if (!b.whole.some((w) => label.includes(w))) continue;
    let rest = label;
    for (const w of b.whole) rest = rest.split(w).join('|');
    return b.kinds.some((k) => rest.includes(k)) ? undefined : b;
  }
  return undefined;
}

/** The index of the first kind of `b` a part's label holds (参照公务员管理事业编制 → 参照公务员), or -1. */
function kindOf(b: Breakdown, label: string): number {
  return b.kinds.findIndex((k) => label.includes(k));
}

/**
 * 编制人数45人，其中行政编制30人、事业编制12人 / 离退休人员195人，其中离休2人，退休194人: a head count broken down after
 * 其中 into the kinds it is made of (rule-words count-mismatch.breakdowns), whose parts do not make it.
 * Preconditions: a 其中 (or closing-total) breakdown of a count, not a change or a threshold; the total's label names
 * a breakdown's whole and none of its kinds; its first parts (two at least) each name a different kind, in the
 * total's measure (人 / 名 / 位 alike); a part after them that names no kind must name another whole (…，实有人数63人:
 * the list ended, another statement follows), or nothing is read. More than the whole: the kinds are disjoint, so a
 * contradiction. Less: only where the list names every required kind of its breakdown (离休 and 退休; 在职, 离休 and
 * 退休), or is a by-kind breakdown (编制, 在职人员, 车辆) of two kinds or more. Severity: a 警告 — not yet measured
 * on unseen text (data/audit/severity.json keeps no ceiling for it).
 */
function breakdowns(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const d of facts.decompositions) {
    const { total } = d;
    // (A closing total, 合计30人 after its parts, names no whole.)
    if (d.kind !== 'qizhong' || total.kind !== 'count' || total.comparative || total.qualifier || d.marker.start < total.end || seen.has(total.start)) continue;
    const b = breakdownOf(total.label || total.subject);
    if (!b) continue;
    const sameMeasure = (u: string): boolean => u === total.unit || (PERSON_MEASURES.includes(u) && PERSON_MEASURES.includes(total.unit));
    // The parts are read from the text after 其中 to the end of the sentence, not from the decomposition: a list of
    // 在职 / 离休 / 退休 sets the retirees outside a head count that does not name them (grammar outsideWords).
    // A bracketed breakdown (年末在职21人（行政8人、事业11人、工勤1人）) ends where its bracket closes (SUMS.md form 3).
    const bracketed = facts.text[d.marker.start] === '（' || facts.text[d.marker.start] === '(';
    const sentenceEnd = bracketed ? d.parts[d.parts.length - 1]!.end + 1 : (facts.sentences[total.sentence]?.end ?? d.marker.end);
    const parts: Figure[] = [];
    const kinds = new Set<number>();
    let ok = true;
    for (const p of facts.figures) {
      if (p.start < d.marker.end) continue;
      if (p.start >= sentenceEnd) break;
      // 行政54人（包括工勤4人）: a figure in brackets is a note on the part before it.
      const before = facts.text.slice(d.marker.end, p.start);
      if ((before.match(/[（(]/g)?.length ?? 0) > (before.match(/[）)]/g)?.length ?? 0)) continue;
      const k = p.kind === 'count' && sameMeasure(p.unit) && !p.comparative && !p.qualifier ? kindOf(b, p.label || p.subject) : -1;
      // 在职人员48人，包括行政人员22人，事业人员24人；退休人员15人: once two kinds are read, a figure naming none after a
      // ； is the next item of the outer statement — the list ended (…退休人员8人；其他人员0人 names a kind: it goes on).
      if (k === -1 && parts.length >= 2 && /[；;]/.test(facts.text.slice(parts[parts.length - 1]!.end, p.start))) break;
      if (k >= 0 && !kinds.has(k)) {
        kinds.add(k);
        parts.push(p);
        continue;
      }
      // Past the kinds, another whole (…，实有人数63人) opens another statement: the list ended. A kind named twice or
      // a part of another sort (空编3人, 党员12人): not read.
      if (k === -1 && parts.length >= 2 && p.kind === 'count' && breakdownOf(p.label || p.subject) !== undefined) break;
      ok = false;
      break;
    }
    if (!ok || parts.length < 2) continue;
    const sum = parts.reduce((a, p) => a + p.scaled / 10 ** p.decimals, 0);
    const whole = total.scaled / 10 ** total.decimals;
    if (sum === whole) continue;
    const over = sum > whole;
    const listsRequired = b.required.length > 0 && b.required.every((k) => kinds.has(b.kinds.indexOf(k)));
    if (!over && !(listsRequired || b.byKind)) continue;
    seen.add(total.start);
    const end = parts[parts.length - 1]!.end;
    out.push(
      finding({
        rule: 'count-mismatch',
        shape: over ? 'breakdown-over' : 'breakdown-short',
        severity: 'warning',
        message: `“${total.label}${total.raw}”，其中所列各类之和为${sum}${total.unit}，${over ? '多' : '少'}${Math.abs(sum - whole)}${total.unit}`,
        evidence: [quoteFigure(facts, total), quoteSpan(facts, { start: d.marker.start, end })],
        calculation: `${parts.map((p) => p.raw.replace(/\s/g, '')).join(' + ')} = ${sum}${total.unit} ≠ ${total.raw}`,
        difference: sum - whole,
      }),
    );
  }
  return out;
}

/** The step of a money figure's last written digit, in 分 (35.43亿元 → 0.01亿元). */
function lastDigitStep(f: Figure): number {
  const n = Number(f.numberText.replace(/,/g, ''));
  if (!Number.isFinite(n) || n === 0) return Number.POSITIVE_INFINITY;
  return (Math.abs(f.scaled) / Math.abs(n)) * 10 ** -f.decimals;
}

/**
 * 审定368宗，送审金额35.43亿元，…其中预算173宗，送审金额23.79亿元，…结算185宗，送审金额11.63亿元: a count with an amount, broken
 * down after 其中 into parts that each give a count of the same measure word and the matching amount. Where the parts'
 * amounts make the total's (within the rounding of their last digits), the breakdown is complete, so the parts' counts
 * must make the total count too (a 其中 list that names only some parts is told apart by its amounts, which then fall
 * short). Read both ways: a breakdown of the amount with a count before each amount (368宗 is no figure's unit), or a
 * breakdown of the count (受理212件，涉及金额86.40万元，其中来信97件，涉及金额31.25万元…) with one amount after each count.
 * Preconditions: a 其中 breakdown in one sentence, two parts at least; every part has its count (same measure word,
 * exactly one) and its amount; the amounts close within the rounding of their last digits.
 */
function parallelCounts(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  // A count is reported once, however many of its amounts (送审, 审定) close.
  const reported = new Set<number>();
  for (const d of facts.decompositions) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (d.kind !== 'qizhong' || d.parts.length < 2 || d.parts.some((p) => p.sentence !== d.total.sentence)) continue;
    const read = d.total.kind === 'money' ? countsBeforeAmounts(facts, d) : d.total.kind === 'count' ? amountsAfterCounts(facts, d) : null;
    if (!read) continue;
    const { count, parts, total, amounts } = read;
    const sum = amounts.reduce((a, p) => a + p.scaled, 0);
    const tolerance = ((amounts.length + 1) / 2) * Math.max(lastDigitStep(total), ...amounts.map(lastDigitStep));
    if (Math.abs(sum - total.scaled) > tolerance + 1e-6) continue;
    const counted = parts.reduce((a, p) => a + p.value, 0);
    if (counted === count.value || reported.has(count.start)) continue;
    reported.add(count.start);
    out.push(
      finding({
        rule: 'count-mismatch',
        severity: 'warning',
        message: `“${count.raw}”其中各项的金额合计与总额${total.raw}相符，所列数量之和却为${counted}${count.unit}`,
        evidence: [quoteSpan(facts, count), ...parts.map((p) => quoteSpan(facts, p))],
        calculation: `${parts.map((p) => p.raw).join(' + ')} = ${counted}${count.unit} ≠ ${count.raw}`,
        difference: counted - count.value,
      }),
    );
  }
  return out;
}

interface ParallelReading {
  readonly count: CountMention;
  readonly parts: readonly CountMention[];
  readonly total: Figure;
  readonly amounts: readonly Figure[];
}

/** A breakdown of an amount: the count before the total amount, and one count of its measure word before each part. */
function countsBeforeAmounts(facts: Parameters<Rule>[0], d: Parameters<Rule>[0]['decompositions'][number]): ParallelReading | null {
  const { text } = facts;
  if (d.parts.some((p) => p.kind !== 'money')) return null;
  const sentence = facts.sentences[d.total.sentence];
  if (!sentence) return null;
  // The count the total amount belongs to: the last count before it in the sentence (审定368宗，送审金额35.43亿元).
  const before = countsIn(text, sentence.start, d.total.start);
  const count = before[before.length - 1];
  if (!count) return null;
  // Before each part amount, after the previous part (or 其中), exactly one count of the same measure word.
  const parts: CountMention[] = [];
  let from = d.marker.end;
  for (const p of d.parts) {
    const counts = countsIn(text, from, p.start).filter((c) => c.unit === count.unit);
    if (counts.length !== 1) return null;
    parts.push(counts[0]!);
    from = p.end;
  }
  return { count, parts, total: d.total, amounts: d.parts };
}

/** A breakdown of a count: the one amount between each count and the next (受理212件，涉及金额86.40万元，其中来信97件，…). */
function amountsAfterCounts(facts: Parameters<Rule>[0], d: Parameters<Rule>[0]['decompositions'][number]): ParallelReading | null {
  const sentence = facts.sentences[d.total.sentence];
  if (!sentence || d.parts.some((p) => p.kind !== 'count' || p.unit !== d.total.unit)) return null;
  const amountsBetween = (from: number, to: number): Figure[] => facts.figures.filter((f) => f.kind === 'money' && f.start >= from && f.end <= to);
  const ends = [d.marker.start, ...d.parts.slice(1).map((p) => p.start), sentence.end];
  const stops = [d.total, ...d.parts];
  const amounts: Figure[] = [];
  for (let k = 0; k < stops.length; k++) {
    const found = amountsBetween(stops[k]!.end, ends[k]!);
    if (found.length === 0) return null;
    amounts.push(found[0]!);
  }
  const asMention = (f: Figure): CountMention => ({ start: f.start, end: f.end, raw: f.raw, value: f.scaled / 10 ** f.decimals, unit: f.unit });
  return { count: asMention(d.total), parts: d.parts.map(asMention), total: amounts[0]!, amounts: amounts.slice(1) };
}

interface CountMention {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly value: number;
  readonly unit: string;
}

/** Counts written in digits and a measure word (grammar measureWords and count-mismatch parallelMeasures: 368宗). */
const PARALLEL_COUNT = new RegExp(`(?<![\\d.年月])(\\d{1,6})(${anyWord([...GRAMMAR.measureWords, ...WORDS.parallelMeasures])})(?![\\d])`, 'g');

function countsIn(text: string, from: number, to: number): CountMention[] {
  const out: CountMention[] = [];
  PARALLEL_COUNT.lastIndex = from;
  for (let m = PARALLEL_COUNT.exec(text); m !== null && m.index < to; m = PARALLEL_COUNT.exec(text)) {
    if (m.index + m[0].length > to) break;
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], value: Number(m[1]), unit: m[2]! });
  }
  return out;
}

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
 * as two: 水政股和规划股 → 2, 人力资源和社会保障局 → 1 (人力资源 does not end so); and whether the list's endings decide
 * every joined item (three items or more, most sharing one ending); byEnding reads as two only those whose first half
 * ends as the list's items end.
 */
function joinedReading(text: string, items: readonly { start: number; end: number }[], joinWords: readonly string[]): { count: number; byEnding: number; decided: boolean } {
  const words = items.map((i) => text.slice(i.start, i.end).trim());
  const ends = new Map<string, number>();
  for (const w of words) ends.set(w.slice(-1), (ends.get(w.slice(-1)) ?? 0) + 1);
  const [ending, n] = [...ends].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const unitNames = words.every((w) => GRAMMAR.unitNameEndings.some((e) => w.endsWith(e)));
  // No ending most items share and not all names of units: a joined item cannot be told one name or two.
  if (!unitNames && (n < 2 || n * 2 <= words.length)) return { count: items.length, byEnding: items.length, decided: false };
  let count = 0;
  let byEnding = 0;
  for (const w of words) {
    const join = joinWords.find((j) => w.indexOf(j, 1) > 0 && !w.endsWith(j));
    const at = join ? w.indexOf(join, 1) : -1;
    // 洛棉小学和炉山中心幼儿园: the first half ends as the list's items do (学) and the second half is a name of its own.
    // 财务股和工程股 after 办公室: both halves end as units' names end (grammar unitNameEndings).
    const unitHalves = join !== undefined && [w.slice(0, at), w.slice(at + join.length)].every((h) => h.length >= 2 && GRAMMAR.unitNameEndings.some((e) => h.endsWith(e) && h.length > e.length));
    const endingHalves = join !== undefined && w.slice(0, at).endsWith(ending) && (w.endsWith(ending) || w.length - at - join.length >= 4);
    count += join && (unitHalves || endingHalves) ? 2 : 1;
    byEnding += endingHalves ? 2 : 1;
  }
  // Decided only where the items are at least three and mostly share their ending (with two, one joined item may be
  // the odd one: 秘书股、人力资源和社会保障局).
  return { count, byEnding, decided: words.length >= 3 && n * 2 > words.length };
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

/** Characters read each way from a count for the clause that holds it. */
const RECORD_REACH = 60;

/** The clause (between 。；; and line breaks that end a line, at most RECORD_REACH characters each way) holding `offset`. */
function clauseAround(text: string, offset: number): { start: number; end: number } {
  let start = Math.max(0, offset - RECORD_REACH);
  for (let k = offset - 1; k >= start; k--) {
    if ('。；;'.includes(text[k]!) || (text[k] === '\n' && !wrappedAt(text, k))) {
      start = k + 1;
      break;
    }
  }
  let end = Math.min(text.length, offset + RECORD_REACH);
  for (let k = offset; k < end; k++) {
    if ('。；;'.includes(text[k]!) || (text[k] === '\n' && !wrappedAt(text, k))) {
      end = k;
      break;
    }
  }
  return { start, end };
}

/**
 * Whether two counts stand in two different clauses of the same shape: each clause holds another count under the same
 * label (编制人数4人，实有人数4人；…编制人数1人，实有人数1人) — a record per body, so the two values are two bodies' counts.
 */
function parallelRecords(facts: Parameters<Rule>[0], a: Figure, b: Figure): boolean {
  const ca = clauseAround(facts.text, a.start);
  const cb = clauseAround(facts.text, b.start);
  if (ca.start === cb.start) return false;
  const labelsIn = (c: { start: number; end: number }, own: Figure): Set<string> => {
    const out = new Set<string>();
    for (const f of facts.figures) {
      if (f.start >= c.end) break;
      if (f.start >= c.start && f !== own && f.kind === 'count' && f.label !== '' && f.label !== own.label) out.add(f.label);
    }
    return out;
  };
  const la = labelsIn(ca, a);
  if (la.size === 0) return false;
  for (const l of labelsIn(cb, b)) if (la.has(l)) return true;
  return false;
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
    // (Read by character code: no string per character.)
    const c = text.charCodeAt(k);
    if (c === 0x3002 || c === 0xff1b || (c === 0x0a && !wrappedAt(text, k))) return false; // 。 ； line break
    if (c === 0x4e2d && text.charCodeAt(k - 1) === 0x5176) return true; // 中 after 其
  }
  return false;
}

const ONE_NAME_LINKS = [...WORDS.oneNameLinks].sort((a, b) => b.length - a.length);

/**
 * 纳入预算编制范围的单位共2个，为宜春学院第二附属医院。: a count of two or more announced as a whole (a wholeCountMarks
 * word right before its number: 共, 合计), then a link that claims the list in full (oneNameLinks: 为, 分别为, 即) and a
 * single name up to the clause's end — one item named where the count says two or more. Preconditions: the count's
 * measure word counts bodies or items (oneNameMeasures); no enumeration was read for it (a list is judged above); the
 * name holds no list separator or joining word (、，和及与), no number and no 等; it names no kind (oneNameKindWords:
 * 均为行政单位, 为全额拨款事业单位 tell what the items are, not which); it is followed by 。 or ； (a colon or a line end
 * may open a list below); it ends as a body's name ends (entities.json suffixes: 医院, 局, 中心 — 为群众提供便利 is
 * no name).
 */
function oneNameForCount(facts: Parameters<Rule>[0], bodyEndings: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  const listed = new Set(facts.enumerations.map((e) => e.count.start));
  for (const f of facts.figures) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (f.kind !== 'count' || f.qualifier || f.comparative || listed.has(f.start) || !WORDS.oneNameMeasures.includes(f.unit)) continue;
    const n = f.scaled / 10 ** f.decimals;
    if (!Number.isInteger(n) || n < 2) continue;
    if (!WORDS.wholeCountMarks.some((w) => text.startsWith(w, f.start - w.length))) continue;
    let k = f.end + f.noun.length;
    if (text[k] === '，' || text[k] === ',') k++;
    const link = ONE_NAME_LINKS.find((w) => text.startsWith(w, k));
    if (!link) continue;
    k += link.length;
    let end = k;
    while (end < text.length && end - k <= 40 && !'。；;\n：:'.includes(text[end]!)) end++;
    if (end - k > 40 || end >= text.length || !'。；;'.includes(text[end]!)) continue;
    const name = text.slice(k, end).trim();
    if (name.length < 4 || /[、，,和及与\d等]/.test(name) || WORDS.oneNameKindWords.some((w) => name.includes(w))) continue;
    if (!bodyEndings.some((w) => name.endsWith(w))) continue;
    out.push(
      finding({
        rule: 'count-mismatch',
        shape: 'one-name-for-count',
        severity: 'warning',
        message: `写明共${f.raw}${f.noun}，其后却只列出1个：“${name}”`,
        evidence: [quoteSpan(facts, { start: f.start - 1, end }), quoteFigure(facts, f)],
        calculation: `列举 1 项 ≠ ${f.raw}`,
        difference: 1 - n,
      }),
    );
  }
  return out;
}
