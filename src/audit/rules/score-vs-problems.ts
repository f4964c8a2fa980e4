/**
 * score-vs-problems — a full score or the top grade claimed while the report's own problem section admits
 * defects that the scoring rules deduct for (accounts, assets, budget execution; data/audit/thresholds.json).
 */
import { type Finding, finding } from '../../core/finding.ts';
import { INDICATOR_ROWS, RULE_WORDS } from '../config.ts';
import { missesTarget, readScoreTotals } from '../facts/indicator-rows.ts';
import { sectionsTitled } from '../facts/sections.ts';
import type { Figure } from '../facts/types.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { quoteFigure, quoteSentenceAt, quoteSpan } from './lib/evidence.ts';
import { indicatorRows, indicatorScoreFindings } from './lib/indicator-checks.ts';
import type { Rule } from './lib/types.ts';

const MAX_WORDS = RULE_WORDS['score-vs-problems'].max;
const SELF_WORDS = RULE_WORDS['score-vs-problems'].self;

export const scoreVsProblems: Rule = (facts, options) => {
  return [...indicatorScoreFindings(facts), ...scoreAgainstProblemSection(facts, options), ...gradeOutOfBand(facts), ...gradeOutOfOwnBand(facts), ...partFullBesideProblem(facts, options), ...problemAdmitsMissedIndicator(facts, options)];
};

/** Words by which a problem admits a target missed (未达到年度目标, 未完成目标任务). */
const MISSED_TARGET: readonly string[] = RULE_WORDS['score-vs-problems'].missedTargetWords;

/** The longest run of characters `a` and `b` share. */
function longestCommonRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/**
 * 全年健康教育讲座仅完成48场，未达到年度目标 in the problems section, while the indicator table's row 健康教育讲座 | ≥60场 |
 * 64场 gives it the full 6 of 6: the report admits a target missed that its own table scores as met, full marks. Preconditions,
 * each needed: the problems section found by its title; a sentence of it holds a word of a target missed
 * (missedTargetWords: 未达到年度目标, 未完成目标任务 …); an indicator row outside the section whose name shares with that
 * sentence a run of at least MIN_SHARED_NAME characters and at least three fifths of its name (食品安全监督抽检批次 /
 * 全年监督抽检批次未达到…), its actual meeting its target as the row states them, its score its weight; one row so named.
 * A 警告 (shape problem-admits-missed-indicator).
 */
function problemAdmitsMissedIndicator(facts: Parameters<Rule>[0], options: Parameters<Rule>[1]): Finding[] {
  const rows = indicatorRows(facts).filter((r) => r.weight !== null && r.score !== null && r.score.value === r.weight.value && r.weight.value > 0 && missesTarget(r, INDICATOR_ROWS) === false);
  if (rows.length === 0 || !MISSED_TARGET.some((w) => facts.text.includes(w))) return [];
  const sections = problemRegions(facts, options.config.problemsSectionKeywords, options.config.planningSectionKeywords);
  if (sections.length === 0) return [];
  const out: Finding[] = [];
  const told = new Set<number>();
  for (const section of sections) {
    for (const sentence of facts.sentences) {
      if (told.has(sentence.start)) continue;
      // (A problem may be told in its own heading's line: 三、健康教育工作开展不足。…仅完成48场，未达到年度目标。)
      if (sentence.start < section.start || sentence.start >= section.end) continue;
      const said = facts.text.slice(sentence.start, sentence.end);
      if (!MISSED_TARGET.some((w) => said.includes(w))) continue;
      const named = rows.filter((r) => {
        if (r.name.start >= section.start && r.name.start < section.end) return false;
        const name = r.name.text.replace(/[\s（）()%]/g, '');
        const shared = longestCommonRun(name, said);
        return shared >= MIN_SHARED_NAME && shared * 5 >= name.length * 3;
      });
      if (named.length !== 1) continue;
      const row = named[0]!;
      told.add(sentence.start);
      out.push(
        finding({
          rule: 'score-vs-problems',
          shape: 'problem-admits-missed-indicator',
          severity: 'warning',
          message: `“存在的问题”中自述“${row.name.text.trim()}”未达到目标，绩效指标表却列其完成（${row.target.text.trim()} / ${row.actual.text.trim()}）并得满分${row.score!.value}分`,
          evidence: [quoteSentenceAt(facts, sentence.start), quoteSpan(facts, { start: row.name.start, end: row.score!.end })],
          calculation: `得分${row.score!.value} = 分值${row.weight!.value}，而自述未达到目标`,
        }),
      );
      if (out.length >= 3) return out;
    }
  }
  return out;
}

/** Longest line read as a section's title when the outline does not read it as a heading (第五部分 存在的问题及原因). */
const TITLE_LINE_MAX = 24;

/**
 * The problems sections: those the outline titles so, and a short line with no stop holding a problems word (第五部分
 * 存在的问题及原因, which the outline may not read as a heading) down to the next such line holding a planning word
 * (改进措施, 下一步) or a part marker.
 */
function problemRegions(facts: Parameters<Rule>[0], problemWords: readonly string[], planWords: readonly string[]): { start: number; bodyStart: number; end: number }[] {
  const { text } = facts;
  const out: { start: number; bodyStart: number; end: number }[] = sectionsTitled(facts, problemWords).map((s) => ({ start: s.start, bodyStart: s.bodyStart, end: s.end }));
  let open: { start: number; bodyStart: number } | null = null;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end).trim();
    const titleLike = line.length > 0 && line.length <= TITLE_LINE_MAX && !/[。；，]/.test(line);
    if (titleLike && open && (planWords.some((w) => line.includes(w)) || /^第[一二三四五六七八九十]{1,3}部分/.test(line))) {
      out.push({ ...open, end: at });
      open = null;
    }
    if (titleLike && !open && problemWords.some((w) => line.includes(w))) open = { start: at, bodyStart: end + 1 };
    at = end + 1;
  }
  if (open) out.push({ ...open, end: text.length });
  return out;
}

/** Fewest characters an indicator's name and a problem's sentence share to be read as naming it. */
const MIN_SHARED_NAME = 4;

/** How far back a part's name is read before its maximum (预算执行：分值20分). */
const PART_NAME_REACH = 16;
/** What may follow a part's topic word in its label (类, 指标, 方面), when anything does. */
const PART_LABEL_TAILS: readonly string[] = RULE_WORDS['score-vs-problems'].partLabelTails;
/** A topic of the score's parts: the names its part goes by (预算执行, 资金管理) and the problems its indicators deduct for. */
interface PartTopic {
  readonly parts: readonly string[];
  readonly problems: readonly string[];
}
const PART_TOPICS: readonly PartTopic[] = RULE_WORDS['score-vs-problems'].partTopics;
/** Every part name, the longest first (过程 after 预算执行 …: a name read is not read again as a shorter one). */
const PART_NAMES: readonly string[] = PART_TOPICS.flatMap((t) => t.parts).sort((a, b) => b.length - a.length);
/** What may stand right before a part's name opening its line, cell or clause. */
const PART_NAME_BEFORE = '\n，。；、：:;,\t|';
/** Right after a part's name and its ending: its weight and score, equal for full marks (分值20分，得分20分 / 20 | 20). */
const PART_SCORE = /^[：: \t]*(?:分值|满分)?[：: \t]*(\d{1,2}(?:\.\d+)?)[ \t]*分?[，、,| \t]*(?:得分|自评得分)?[：: \t]*(\d{1,2}(?:\.\d+)?)(?:[ \t]*分)?/;
/** The largest weight read as a part's (a part of 100 points); a larger pair of equal numbers is no part's score. */
const PART_WEIGHT_MAX = 30;

/** The topic whose part a label names: a part name, then nothing or a part ending (类, 指标) — not an indicator (预算执行率). */
function topicOf(label: string): PartTopic | undefined {
  const bare = label.replace(/\s/g, '');
  return PART_TOPICS.find((t) =>
    t.parts.some((w) => bare.startsWith(w) && (bare.length === w.length || PART_LABEL_TAILS.some((tail) => bare.slice(w.length).startsWith(tail))) && !bare.slice(w.length).includes('率')),
  );
}

/**
 * The parts of a score given their full marks: score-table rows (预算执行 | 20 | 20), prose (过程指标分值20分、得分20分)
 * and a part's name opening its line or clause with its weight and score right after it (预算执行：20分，得分20分).
 */
function fullParts(facts: Parameters<Rule>[0]): { label: string; start: number; end: number; max: number }[] {
  const out: { label: string; start: number; end: number; max: number }[] = [];
  const { text } = facts;
  // Tables: from each header line holding a score column word (得分) and a maximum column word (分值), its rows below —
  // found by the score word, so a text of many other tables is not read line by line.
  const scoreWord = WORDS.scoreColumn[0]!;
  let scannedTo = 0;
  for (let at = text.indexOf(scoreWord); at !== -1; at = text.indexOf(scoreWord, Math.max(at + 1, scannedTo))) {
    const headerStart = text.lastIndexOf('\n', at) + 1;
    let headerEnd = text.indexOf('\n', at);
    if (headerEnd === -1) headerEnd = text.length;
    scannedTo = headerEnd;
    const header = text.slice(headerStart, headerEnd);
    if (!header.includes('\t')) continue;
    const cells = header.split('\t').map((c) => c.trim());
    const weight = cells.findIndex((c) => WORDS.weightColumn.some((w) => c.includes(w)));
    const score = cells.findIndex((c) => WORDS.scoreColumn.some((w) => c.includes(w)) && !WORDS.weightColumn.some((w) => c.includes(w)));
    if (weight === -1 || score === -1) continue;
    // A table with a target or actual column (年度指标值, 实际完成值) scores indicators: a row's 分值 | 得分 is its
    // indicator's (预算执行 | 预算执行率 | 10 | ≥95% | 99.20% | 10), not the part's its first cell names.
    if (cells.some((c) => [...WORDS.targetColumn, ...WORDS.actualColumn].some((w) => c.includes(w)))) continue;
    for (let lineStart = headerEnd + 1; lineStart < text.length; ) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd);
      if (!line.includes('\t')) break;
      const row = line.split('\t').map((c) => c.trim());
      const w = row[weight] ?? '';
      const g = row[score] ?? '';
      if (/^\d+(?:\.\d+)?$/.test(w) && w === g && Number(w) < 100) out.push({ label: row[0]!, start: lineStart, end: lineEnd, max: Number(w) });
      scannedTo = lineEnd;
      lineStart = lineEnd + 1;
    }
  }
  // Prose: a part's maximum (分值15分) and right after it, in its clause, its score of the same value (得分15分).
  const scores = facts.figures.filter((f) => f.kind === 'score');
  for (let i = 0; i + 1 < scores.length; i++) {
    const m = scores[i]!;
    const g = scores[i + 1]!;
    const maxWord = MAX_WORDS.find((w) => m.label.endsWith(w));
    if (!maxWord || !SELF_WORDS.some((w) => g.label.includes(w)) || MAX_WORDS.some((w) => g.label.includes(w))) continue;
    if (/[。；;\n]/.test(text.slice(m.end, g.start)) || g.start - m.end > 8 || m.scaled !== g.scaled || m.decimals !== g.decimals) continue;
    const value = m.scaled / 10 ** m.decimals;
    if (value >= 100) continue;
    const labelAt = text.lastIndexOf(m.label, m.start);
    const start = labelAt !== -1 && m.start - labelAt - m.label.length <= 2 ? labelAt : m.start;
    let label = m.label.slice(0, -maxWord.length).replace(/[：:\s]/g, '');
    if (label === '') {
      // 预算执行：分值20分 — the part named before a colon in its clause.
      let from = m.start;
      while (from > 0 && m.start - from < PART_NAME_REACH && !'，。；;\n'.includes(text[from - 1]!)) from--;
      label = text.slice(from, m.start).replace(/[：:\s]/g, '').replace(new RegExp(`${MAX_WORDS.join('|')}$`), '');
    }
    out.push({ label, start, end: g.end, max: value });
  }
  // A part's name opening its line, cell or clause, its ending (类, 指标) at most, then its weight and score.
  for (const name of PART_NAMES) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (at > 0 && !PART_NAME_BEFORE.includes(text[at - 1]!) && !/[：:]\s*$/.test(text.slice(Math.max(0, at - 2), at))) continue;
      let k = at + name.length;
      const tail = PART_LABEL_TAILS.find((w) => text.startsWith(w, k));
      if (tail) k += tail.length;
      const m = PART_SCORE.exec(text.slice(k, k + 24));
      if (!m || m[1] !== m[2] || Number(m[1]) > PART_WEIGHT_MAX || Number(m[1]) === 0) continue;
      const end = k + m[0].length;
      if (out.some((p) => p.start < end && at < p.end)) continue;
      out.push({ label: name + (tail ?? ''), start: at, end, max: Number(m[1]) });
    }
  }
  return out;
}

/**
 * 过程指标分值20分、得分20分 (or the score table's 预算执行 | 20 | 20, or 预算执行：分值20分，得分20分) while the problem
 * section admits what that part scores (部分项目预算执行进度缓慢，年末结转资金较大): a part given its full marks beside an
 * admitted problem of its own topic (rule-words score-vs-problems partTopics: 预算执行 / 资金管理 ← 执行率, 支出进度,
 * 集中支付, 结转资金较大; 过程 ← 结余, 设计变更 …), not denied right before it. Preconditions: the part's maximum is
 * below 100 (PART_WEIGHT_MAX where only its name and two numbers are read); its label is a part name and nothing or a
 * part ending (partLabelTails) after it; the part stands outside the problem section, found by its title; at most one
 * finding, the first full part with such a problem. A 警告: the part's rules may not deduct for that problem.
 */
function partFullBesideProblem(facts: Parameters<Rule>[0], options: Parameters<Rule>[1]): Finding[] {
  const parts = fullParts(facts);
  if (parts.length === 0) return [];
  const sections = sectionsTitled(facts, options.config.problemsSectionKeywords);
  if (sections.length === 0) return [];
  const section = sections[0]!;
  const body = facts.text.slice(section.bodyStart, section.end);
  for (const part of parts) {
    if (part.start >= section.start && part.start < section.end) continue;
    const topic = topicOf(part.label);
    if (!topic) continue;
    const hit = topic.problems.find((w) => admitsWord(body, w));
    if (!hit) continue;
    const at = section.bodyStart + body.indexOf(hit);
    return [
      finding({
        rule: 'score-vs-problems',
        shape: 'part-full-beside-problem',
        severity: 'warning',
        message: `“${part.label}”得满分（${part.max}分），但报告自述存在该方面的问题（涉及“${hit}”），按评分规则应扣分`,
        evidence: [quoteSpan(facts, part), quoteSentenceAt(facts, at)],
        calculation: `${part.label}：得分 = 分值${part.max}分，而存在问题应扣分`,
      }),
    ];
  }
  return [];
}

const WORDS = RULE_WORDS['score-vs-problems'];
/** Clause stops: a grade claim's clause runs back to one of them. */
const CLAUSE_STOPS = '，。；：\n,;:';

/**
 * Where the top grade is claimed (等级为“优”, 等次为优, 自评等级：优秀, 评价结果为“优”, 等级评定为优秀等次, and 评定为“优”):
 * a lead (rule-words gradeLeads), at most one link (gradeLinks), an optional “, a grade (thresholds topGrades, the
 * best first) and after it a closing ” or one of gradeAfter (等, 级, a clause stop) — so 优秀党员 and 优化 are no
 * grade. A clause naming a person or a staff appraisal (gradeExclusions: 年度考核等次为优秀) grades no spending.
 */
function topGradeAt(text: string, grades: readonly string[]): { start: number; end: number } | null {
  let best: { start: number; end: number; rank: number } | null = null;
  const leads: (readonly [string, boolean])[] = [...WORDS.gradeLeads.map((w) => [w, false] as const), ['评定为', true]];
  const links = [...WORDS.gradeLinks].sort((a, b) => b.length - a.length);
  for (const [lead, quotedOnly] of leads) {
    for (let at = text.indexOf(lead); at !== -1; at = text.indexOf(lead, at + lead.length)) {
      let after = at + lead.length;
      const link = links.find((l) => text.startsWith(l, after));
      if (link) after += link.length;
      const quoted = text[after] === '“';
      if (quotedOnly && !quoted) continue;
      let clauseStart = at;
      while (clauseStart > 0 && at - clauseStart < 30 && !CLAUSE_STOPS.includes(text[clauseStart - 1]!)) clauseStart--;
      if (WORDS.gradeExclusions.some((w) => text.slice(clauseStart, at).includes(w))) continue;
      for (let rank = 0; rank < grades.length && (best === null || rank < best.rank); rank++) {
        const g = grades[rank]!;
        const start = after + (quoted ? 1 : 0);
        const end = start + g.length;
        if (!text.startsWith(g, start)) continue;
        const next = text[end];
        const closed = quoted ? next === '”' : next === undefined || WORDS.gradeAfter.some((w) => text.startsWith(w, end));
        // 优秀 read as 优 is no claim of 优 (the longer grade is tried too).
        if (closed) best = { start: at, end: quoted ? end + 1 : end, rank };
      }
      if (best?.rank === 0) break;
    }
  }
  return best === null ? null : { start: best.start, end: best.end };
}

/** How far an admission in prose (存在以下问题：…) is read: to its paragraph's end, at most this many characters. */
const ADMISSION_REACH = 300;

/**
 * Problems admitted in prose where the report has no problem section (但也存在一些问题：一是资产管理不够规范…): the first
 * admission lead (rule-words admissionLeads) not denied by a word just before it (admissionNegations: 未发现存在问题),
 * read to its paragraph's end, holding a word the scoring rules deduct for (thresholds problemDeductionKeywords).
 */
function admittedInProse(text: string, deductions: readonly string[]): { start: number; end: number; hits: string[] } | null {
  for (const lead of WORDS.admissionLeads) {
    for (let at = text.indexOf(lead); at !== -1; at = text.indexOf(lead, at + lead.length)) {
      const before = text.slice(Math.max(0, at - 4), at);
      if (WORDS.admissionNegations.some((w) => before.includes(w))) continue;
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      end = Math.min(end, at + ADMISSION_REACH);
      const body = text.slice(at + lead.length, end);
      if (/^[：:，,\s]*(?:无|没有)/.test(body)) continue;
      const hits = deductions.filter((w) => body.includes(w));
      if (hits.length > 0) return { start: at, end, hits };
    }
  }
  return null;
}

const HARD_ERRORS = WORDS.hardErrors;

/** The word stands in the text at least once not denied by a word just before it (未发现挪用, 不存在虚报冒领). */
function admitsWord(body: string, word: string): boolean {
  for (let at = body.indexOf(word); at !== -1; at = body.indexOf(word, at + word.length)) {
    const before = body.slice(Math.max(0, at - 4), at);
    if (!WORDS.admissionNegations.some((w) => before.includes(w))) return true;
  }
  return false;
}

/**
 * 合计自评得分94.5分，自评等级为“优” beside 四是财务核算存在差错，年内有3笔收益未及时入账，个别项目支出列错科目: the top
 * grade kept while the report admits errors of its own accounts or assets (rule-words hardErrors: entries in the wrong
 * account, income not booked, books not matching the assets) — errors the scoring rules of 财务管理 / 资产管理 deduct
 * for, which a top grade beside them does not show. Read in the problem section, or where there is none in a prose
 * admission (admissionLeads). A 警告: the deduction may have been made within the grade's band.
 */
function topGradeWithErrors(facts: Parameters<Rule>[0], problemSections: ReturnType<typeof sectionsTitled>, gradeAt: { start: number; end: number }, score: { raw: string; evidence: ReturnType<typeof quoteSpan> }): Finding[] {
  let where: { start: number; end: number; hits: string[] } | null = null;
  if (problemSections.length > 0) {
    const section = problemSections[0]!;
    const body = facts.text.slice(section.bodyStart, section.end);
    const hits = HARD_ERRORS.filter((w) => admitsWord(body, w));
    if (hits.length > 0) {
      const first = Math.min(...hits.map((w) => body.indexOf(w)));
      const at = section.bodyStart + first;
      where = { start: Math.max(section.bodyStart, at - 30), end: Math.min(section.end, at + 40), hits };
    }
  } else where = admittedInProse(facts.text, HARD_ERRORS);
  if (where === null) return [];
  return [
    finding({
      rule: 'score-vs-problems',
      shape: 'top-grade-with-errors',
      severity: 'warning',
      message: `自评${score.raw}、评价等级为最高等级，但报告自述存在账务或资产差错（${where.hits.slice(0, 3).join('、')}），按评分规则应扣分，最高等级存疑`,
      evidence: [quoteSpan(facts, gradeAt), quoteSpan(facts, { start: where.start, end: where.end }), score.evidence],
    }),
  ];
}

const scoreAgainstProblemSection: Rule = (facts, options) => {
  const scores = facts.figures.filter((f) => f.kind === 'score');
  const maxima: number[] = [];
  const claimed: Figure[] = [];
  for (const f of scores) {
    const value = f.scaled / 10 ** f.decimals;
    if (MAX_WORDS.some((w) => f.label.includes(w))) maxima.push(value);
    // 决策18分，过程17分，产出36分，效益20分，合计91分: the parts' total, named by a total word (scoreTableTotals), is the
    // score the body gives itself as much as 自评91分 is (dev 2949).
    else if (SELF_WORDS.some((w) => f.label.includes(w)) || namedTotal(facts.text, f)) claimed.push(f);
  }
  // A score's maximum is the smallest stated at or above it, or 100 (自评得分91.8分，其中：决策18.0分（满分20分）…: 满分20分
  // is a part's, not the total's — read as the total's it made 91.8 a full score).
  const maxOf = (f: Figure): number => {
    const value = f.scaled / 10 ** f.decimals;
    const above = maxima.filter((m) => m >= value);
    return above.length > 0 ? Math.min(...above) : 100;
  };
  // Full: the score reaches its maximum, and that maximum is the total's (no larger one stated: 得分10分 of 分值10分 is
  // an indicator's under a 满分100分 total — or under a higher score the body gives itself, 自评得分99分, whose
  // maximum is unstated: an indicator's full marks beside it are no full total).
  // (A line opening with a part of the score — scoreParts: 产出指标：分值40分，得分40分 — gives that part's full marks,
  // checked against the stated maxima alone.)
  const largestStated = Math.max(0, ...maxima);
  const largest = Math.max(largestStated, ...claimed.map((f) => f.scaled / 10 ** f.decimals));
  // A maximum no larger than a part's weight (该项分值15分，得15分, dev 3043) on a line that is no part's is an indicator's,
  // never the total's, however many larger ones go unstated (aprec2's reading of the same class, kept at the merge).
  const full = claimed.filter((f) => {
    const part = opensWithPart(facts.text, f);
    return f.scaled / 10 ** f.decimals >= maxOf(f) && maxOf(f) >= (part ? largestStated : largest) && (part || maxOf(f) > PART_WEIGHT_MAX);
  });
  const max = full[0] ? maxOf(full[0]) : 100;
  const gradeAt = full.length > 0 ? null : topGradeAt(facts.text, options.config.topGrades);
  // A score below the maximum shows deductions were made; the grade then follows from it — unless the report admits
  // errors of its accounts or assets (hardErrors: 列错科目, 未及时入账, 账实不符) beside the top grade (below).
  if (full.length === 0 && gradeAt === null) return [];
  const problemSections = sectionsTitled(facts, options.config.problemsSectionKeywords);
  if (full.length === 0 && claimed.length > 0) {
    const best = claimed.reduce((a, b) => (b.scaled / 10 ** b.decimals > a.scaled / 10 ** a.decimals ? b : a));
    return topGradeWithErrors(facts, problemSections, gradeAt!, { raw: best.raw, evidence: quoteFigure(facts, best) });
  }
  // No score in prose, but a score table whose total row (合计 | 100 | 95.5) shows deductions: read as a score below the
  // maximum; one at its maximum is a full score and goes on as one.
  if (full.length === 0) {
    const total = scoreTableTotal(facts.text);
    if (total !== null && total.score < total.max) {
      return topGradeWithErrors(facts, problemSections, gradeAt!, { raw: `${total.raw}分`, evidence: quoteSpan(facts, total) });
    }
  }
  const claim = full[0] ? quoteFigure(facts, full[0]) : quoteSpan(facts, gradeAt!);
  const what = full[0] ? `自评${full[0].raw}（满分${max}分）` : '评价等级为最高等级';
  if (problemSections.length === 0) {
    // No problem section: problems the report admits in prose count when they are of a deducting kind.
    const admitted = admittedInProse(facts.text, options.config.problemDeductionKeywords);
    if (admitted === null) {
      options.notChecked.push('score-vs-problems：未找到“存在的问题”部分，未比较自评结果与所述问题');
      return [];
    }
    return [
      finding({
        rule: 'score-vs-problems',
        shape: 'admitted-in-prose',
        severity: full.length > 0 ? 'error' : 'warning',
        message: `${what}，但报告自述存在问题（涉及${admitted.hits.slice(0, 4).join('、')}），按评分规则应扣分`,
        evidence: [claim, quoteSpan(facts, { start: admitted.start, end: Math.min(admitted.end, admitted.start + 120) })],
        calculation: full[0] ? `${full[0].raw} = 满分${max}分，而存在问题应扣分` : undefined,
      }),
    ];
  }
  const section = problemSections[0]!;
  const body = facts.text.slice(section.bodyStart, section.end).trim();
  if (body.length < 6 || body === '无' || body.startsWith('无。')) return [];
  const hits = options.config.problemDeductionKeywords.filter((w) => body.includes(w));
  // A full score beside a section naming only topics (预算编制, 资产, 进度) and wishes (有待加强, 不够完整) is no admission
  // of a fault the scoring rules deduct for: the section must say something went wrong (admissionWords: 未完成, 滞后,
  // 不规范, 账实不符 …).
  if (full.length > 0 && !WORDS.admissionWords.some((w) => body.includes(w))) return [];
  // The sentence of the first problem the scoring rules deduct for, quoted beside the section's opening (the third
  // problem of four — 全年仅组织应急演练32场，未完成年度计划 — lies past it).
  const raw = facts.text.slice(section.bodyStart, section.end);
  const firstHit = Math.min(...hits.map((w) => raw.indexOf(w)).filter((i) => i >= 0));
  const admitted = Number.isFinite(firstHit) && firstHit >= 120 ? [quoteSentenceAt(facts, section.bodyStart + firstHit)] : [];
  return [
    finding({
      rule: 'score-vs-problems',
      severity: full.length > 0 && hits.length > 0 ? 'error' : 'warning',
      message: `${what}，但报告自述存在问题（${section.heading.marker}${section.heading.title}${hits.length > 0 ? `：涉及${hits.slice(0, 4).join('、')}` : ''}），按评分规则应扣分`,
      evidence: [claim, quoteSpan(facts, { start: section.start, end: Math.min(section.end, section.bodyStart + 120) }), ...admitted],
      calculation: full[0] ? `${full[0].raw} = 满分${max}分，而存在问题应扣分` : undefined,
    }),
  ] satisfies Finding[];
};

const SCORE_PARTS: readonly string[] = WORDS.scoreParts;
/** Whether the line of a score opens with a part of the score (scoreParts), its numbering aside (一、产出指标：…). */
function opensWithPart(text: string, f: Figure): boolean {
  const line = text.slice(text.lastIndexOf('\n', f.start - 1) + 1, f.start).replace(/^[\s（(]*[一二三四五六七八九十\d]{0,3}[）)、.．]?\s*/, '');
  return SCORE_PARTS.some((w) => {
    if (!line.startsWith(w)) return false;
    // The part's name, its ending at most (产出指标), then a colon or its weight — not an indicator (预算执行率).
    const rest = line.slice(w.length);
    const tail = PART_LABEL_TAILS.find((t) => rest.startsWith(t)) ?? '';
    return /^(?:[：:，,\s]|分值|满分|得分)/.test(rest.slice(tail.length));
  });
}

/** Whether a score is written right after a total word of its own clause (，合计91分 / 总分为93分; scoreTableTotals). */
function namedTotal(text: string, f: Figure): boolean {
  const before = text.slice(Math.max(0, f.start - 8), f.start).replace(/(?:为|是|[:：])$/, '');
  return WORDS.scoreTableTotals.some((w) => before.endsWith(w) && /^(?:|[，,。；;：:\s])$/.test(before.charAt(before.length - w.length - 1)));
}

/**
 * A score table's total: a header line of cells (set off by tabs, or by spaces where a line has no tab) with a maximum
 * column (weightColumn: 分值) and a score column (scoreColumn: 得分, not also a maximum word), then, among such lines right
 * under it, one whose first
 * cell is a total word (scoreTableTotals: 合计, 总分) with numbers in both columns. Null when there is none or two.
 */
function scoreTableTotal(text: string): { start: number; end: number; score: number; max: number; raw: string } | null {
  let found: { start: number; end: number; score: number; max: number; raw: string } | null = null;
  let lineStart = 0;
  let cols: { weight: number; score: number } | null = null;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    // Cells set off by tabs, or by spaces in a page's text (一级指标 分值 得分 ⏎ … ⏎ 合计 100 93, dev 2728).
    const sep = line.includes('\t') ? '\t' : / +/.test(line.trim()) ? / +/ : null;
    if (sep === null) cols = null;
    else {
      const cells = line.trim().split(sep).map((c) => c.trim());
      const weight = cells.findIndex((c) => WORDS.weightColumn.some((w) => c.includes(w)));
      const score = cells.findIndex((c) => WORDS.scoreColumn.some((w) => c.includes(w)) && !WORDS.weightColumn.some((w) => c.includes(w)));
      if (weight !== -1 && score !== -1) cols = { weight, score };
      else if (cols !== null && WORDS.scoreTableTotals.includes(cells[0]!.replace(/\s/g, ''))) {
        const max = Number(cells[cols.weight]);
        const got = Number(cells[cols.score]);
        const num = /^\d+(?:\.\d+)?$/;
        if (num.test(cells[cols.weight] ?? '') && num.test(cells[cols.score] ?? '') && max > 0) {
          if (found !== null) return null;
          found = { start: lineStart, end: lineEnd, score: got, max, raw: cells[cols.score]! };
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

const BANDS = (WORDS.gradeBands as readonly { word: string; min?: number; below?: number }[]).map((b) => ({ word: b.word, min: b.min ?? 0, below: b.below ?? Number.POSITIVE_INFINITY }));
/** The bands of 财预〔2020〕10号 itself (优 90–100 …): a score inside the widened band but outside these is a 提示. */
const NATIONAL = new Map(
  (WORDS.gradeBandsNational as readonly { word: string; min?: number; below?: number }[]).map((b) => [b.word, { min: b.min ?? 0, below: b.below ?? Number.POSITIVE_INFINITY }]),
);
function rangeText(min: number, below: number): string {
  return below === Number.POSITIVE_INFINITY ? `${min}分及以上` : min === 0 ? `${below}分以下` : `${min}～${below}分`;
}
/** The grade words, the longest first (优秀 before 优, 不合格 before 合格). */
const BAND_WORDS = [...BANDS].sort((a, b) => b.word.length - a.word.length);
const GRADE_LINKS = [...WORDS.gradeLinks].sort((a, b) => b.length - a.length);
/** 90分以上 / 80（含）-90分 / 60至79分: the report states its own bands; the default ones are then not applied. */
const DEFINITION_WORDS = anyWord(WORDS.gradeBandDefinitions);
const BAND_DEFINITION = new RegExp(`\\d\\s*分\\s*${DEFINITION_WORDS}|${DEFINITION_WORDS}\\s*\\d+(?:\\.\\d+)?\\s*分`);

/** A grade the report defines: 90分（含）以上为“优”, 80（含）至90分为“良”, 60分以下为“差” (its own bands, stated in one sentence). */
const OWN_BAND = /(\d+(?:\.\d+)?)\s*分?\s*(?:[（(]含[）)])?\s*(?:(以上|以下)|(?:至|-|－|—|~|～|到)\s*(\d+(?:\.\d+)?)\s*分?\s*(?:[（(]不?含[）)])?\s*(?:以下)?)\s*(?:的)?\s*(?:为|是|评为|定为)\s*[“"]?/gu;

/**
 * 自评总分86.5分。按评分标准，90分（含）以上为“优”，80（含）至90分为“良”，本部门自评等级为“优”: the total score, the
 * report's own bands and the grade it gives, in one paragraph, disagree by those bands (atext, dev 2940; gradeOutOfBand
 * leaves a report stating its own bands alone). Preconditions, each needed: one paragraph holds the bands (a number of
 * 分, 以上 / 以下 or a range, then 为 and a grade word of gradeBands), the grade given after them (a gradeLeads word, a
 * link, the grade word), and before them exactly one score of the body's own (a self word in its label, no maximum word)
 * that is the highest the report gives itself, at most 100; the given grade's own band is stated; the score lies outside it. A 警告.
 */
function gradeOutOfOwnBand(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const scores = facts.figures.filter((f) => f.kind === 'score');
  const own = scores.filter((f) => !MAX_WORDS.some((w) => f.label.includes(w)) && SELF_WORDS.some((w) => f.label.includes(w)));
  if (own.length === 0) return [];
  const top = Math.max(...own.map((f) => f.scaled / 10 ** f.decimals));
  for (const p of facts.paragraphs) {
    const body = text.slice(p.start, p.end);
    const bands = new Map<string, { min: number; below: number }>();
    let bandsEnd = -1;
    let bandsStart = -1;
    OWN_BAND.lastIndex = 0;
    for (let m = OWN_BAND.exec(body); m !== null; m = OWN_BAND.exec(body)) {
      const word = BAND_WORDS.find((b) => body.startsWith(b.word, m!.index + m![0].length));
      if (!word) continue;
      const a = Number(m[1]);
      const band = m[2] === '以上' ? { min: a, below: Number.POSITIVE_INFINITY } : m[2] === '以下' ? { min: 0, below: a } : { min: a, below: Number(m[3]) };
      if (!(band.below > band.min) || bands.has(word.word)) continue;
      bands.set(word.word, band);
      if (bandsStart === -1) bandsStart = p.start + m.index;
      bandsEnd = p.start + m.index + m[0].length + word.word.length;
    }
    if (bands.size < 2) continue;
    // (The parts' scores before it — 决策指标得17分 — grade nothing: the total is the highest the report gives itself.)
    const before = own.filter((f) => f.start >= p.start && f.start < bandsStart && f.scaled / 10 ** f.decimals === top);
    if (before.length !== 1) continue;
    const score = before[0]!;
    const value = top;
    if (value > 100) continue;
    const rest = text.slice(bandsEnd, p.end);
    for (const lead of WORDS.gradeLeads) {
      const at = rest.indexOf(lead);
      if (at === -1) continue;
      let k = at + lead.length;
      const link = GRADE_LINKS.find((l) => rest.startsWith(l, k));
      if (link) k += link.length;
      if (rest[k] === '“' || rest[k] === '"') k++;
      const given = BAND_WORDS.find((b) => rest.startsWith(b.word, k));
      if (!given) continue;
      const close = k + given.word.length;
      if (close < rest.length && !WORDS.gradeAfter.some((w) => rest.startsWith(w, close))) continue;
      const band = bands.get(given.word);
      if (!band || (value >= band.min && value < band.below)) return [];
      const right = [...bands.entries()].find(([, b]) => value >= b.min && value < b.below)?.[0];
      return [
        finding({
          rule: 'score-vs-problems',
          shape: 'grade-outside-own-band',
          severity: 'warning',
          message: `自评得分${score.raw}，报告自述“${given.word}”为${rangeText(band.min, band.below)}，却评为“${given.word}”${right ? `：按其标准应为“${right}”` : ''}`,
          evidence: [quoteSpan(facts, { start: bandsEnd + at, end: bandsEnd + close + (rest[close] === '”' ? 1 : 0) }), quoteSpan(facts, score)],
          calculation: `${value} ∉ [${band.min}, ${band.below === Number.POSITIVE_INFINITY ? '100]' : `${band.below})`}`,
        }),
      ];
    }
  }
  return [];
}

/**
 * 该项目绩效评价得分为94分，评价等级为“良”: a self-evaluation's score and the grade it gives in the same sentence, the
 * score outside the range that grade covers under every common scheme (rule-words score-vs-problems.gradeBands: 优 at
 * 85 or more, 良 below 90, 中 below 80 …: 财预〔2020〕10号 sets 优 90–100, 良 80–90, 中 60–80, 差 below 60; local schemes
 * move the cuts by up to five points, the ranges hold any of them). Preconditions: the score is the body's own (a
 * self / evaluation word in its label, no maximum word), of a total out of 100 (the smallest maximum stated at or above it is 100, or none is);
 * it is the highest score the report gives itself (a part's score grades nothing); the grade follows it in its
 * sentence after a grade lead, no number between; the report defines no bands of its own
 * (a number of 分 beside 以上 / 至 / - …: its bands decide, and are not read here); no staff appraisal in between.
 */
function gradeOutOfBand(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const scores = facts.figures.filter((f) => f.kind === 'score');
  if (scores.length === 0) return [];
  if (BAND_DEFINITION.test(text)) return [];
  const out: Finding[] = [];
  const own = scores.filter((f) => !MAX_WORDS.some((w) => f.label.includes(w)) && SELF_WORDS.some((w) => f.label.includes(w)));
  // The total is the highest score the report gives itself: a part's score (产出指标得分40分) grades nothing.
  const top = Math.max(...own.map((f) => f.scaled / 10 ** f.decimals));
  for (const f of own) {
    if (out.length > 0) break;
    const value = f.scaled / 10 ** f.decimals;
    if (value > 100 || value < top) continue;
    // Out of 100: the smallest maximum stated at or above the score is 100, or none is (满分20分 is a part's).
    const maxima = scores.filter((m) => MAX_WORDS.some((w) => m.label.includes(w))).map((m) => m.scaled / 10 ** m.decimals).filter((m) => m >= value);
    if (maxima.length > 0 && Math.min(...maxima) !== 100) continue;
    let end = f.end;
    while (end < text.length && end - f.end < 30 && !'。；\n;'.includes(text[end]!)) end++;
    const after = text.slice(f.end, end);
    for (const lead of WORDS.gradeLeads) {
      const at = after.indexOf(lead);
      if (at === -1 || /\d/.test(after.slice(0, at)) || WORDS.gradeExclusions.some((w) => after.slice(0, at).includes(w))) continue;
      let k = at + lead.length;
      const link = GRADE_LINKS.find((l) => after.startsWith(l, k));
      if (link) k += link.length;
      if (after[k] === '“') k++;
      const band = BAND_WORDS.find((b) => after.startsWith(b.word, k));
      if (!band) continue;
      const close = k + band.word.length;
      if (close < after.length && !WORDS.gradeAfter.some((w) => after.startsWith(w, close))) continue;
      const quote = quoteSpan(facts, { start: f.start, end: f.end + close + (after[close] === '”' ? 1 : 0) });
      if (value >= band.min && value < band.below) {
        // Inside the widened band: outside the national one it holds only under a local scheme the report does not state.
        const nat = NATIONAL.get(band.word);
        if (nat && (value < nat.min || value >= nat.below)) {
          out.push(
            finding({
              rule: 'score-vs-problems',
              shape: 'grade-outside-national-band',
              severity: 'info',
              message: `评价得分${f.raw}与评价等级“${band.word}”不符：按财预〔2020〕10号的等级划分，“${band.word}”对应${rangeText(nat.min, nat.below)}；如执行地方评分办法，应注明其等级标准`,
              evidence: [quote],
              calculation: `${value} ∉ [${nat.min}, ${nat.below === Number.POSITIVE_INFINITY ? '100]' : `${nat.below})`}`,
            }),
          );
        }
        break;
      }
      const range = rangeText(band.min, band.below);
      out.push(
        finding({
          rule: 'score-vs-problems',
          shape: 'grade-out-of-band',
          severity: 'warning',
          message: `评价得分${f.raw}与评价等级“${band.word}”不符：按通行的评分等级划分，“${band.word}”对应${range}，${f.raw}不在其内`,
          evidence: [quote],
          calculation: `${value} ∉ [${band.min}, ${band.below === Number.POSITIVE_INFINITY ? '100]' : `${band.below})`}`,
        }),
      );
      break;
    }
  }
  return out;
}
