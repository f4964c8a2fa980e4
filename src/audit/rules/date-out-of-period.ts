/**
 * date-out-of-period — an event dated after the fiscal year, told as one of that year's results. Dates after
 * 截至 / 计划 / 预计 …, inside 《》, in the 下一步 / 其他说明 sections and the closing signature are not results.
 * Also the position at the end of the previous year given as the year's own (截至2023年12月31日，共有车辆…
 * in the 2024 disclosure): a sentence that compares with the previous year or speaks of balances brought
 * forward is left alone.
 *
 * The defect class, from how these reports are written: each year's report is last year's report (or last year's
 * form) with its years edited, and its events are dated by hand. A date outside the reported period appears as
 * - last year's year left unedited in a slot of the year's own: a statement (2022年度收入总计 in the 2023 决算), a heading
 *   or part title, one caption of a list of tables, a form's period label (预算年度:2022), the year's 年初 budget, the
 *   position at the previous year's end, the evaluation's own year;
 * - a year typed wrong: a digit missing or swapped (date-malformed reads the malformed ones; here the well-formed ones
 *   that contradict something: a date before the document it handles, 2022年 for funds issued by a 〔2023〕 file);
 * - a later date told as the year's result (accepted in 2025-05 in the 2024 report), or a future date;
 * - a year in a heading that differs from the title's and from its siblings'.
 * Legitimate mentions that look alike and are left alone: comparisons with last year (比上年, 同比, 较2022年), balances
 * brought forward (上年结转), plans and deadlines (计划, 预计, …前完成), the reporting process after the year (2024年3月
 * 开展2023年度自评), delivery and publication dates, dates inside 《》, a budget's look back at the year before, the last
 * item of a list (a budget may close with last year's execution). Each check states its precondition (a fiscal year
 * read from the title; the slot is the year's own; nothing in the sentence compares) and is silent when it does not
 * hold; the words are data (rule-words.json date-out-of-period).
 */
import { type Finding, finding } from '../../core/finding.ts';
import { GRAMMAR, RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { insideAny, sectionsTitled } from '../facts/sections.ts';
import { isCellRow, lineAround, spanIndexAt } from '../facts/lines.ts';
import type { AuditFacts, Heading } from '../facts/types.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { parseChineseNumber } from '../facts/chinese-numbers.ts';
import { withoutPinyinGlosses } from '../facts/pinyin.ts';
import { quoteSentenceAt, quoteSpan } from './lib/evidence.ts';
import { noteNotChecked } from './lib/not-checked.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

function insideBookTitle(text: string, offset: number, from: number): boolean {
  for (let k = offset - 1; k >= Math.max(from, offset - 80); k--) {
    if (text[k] === '》') return false;
    if (text[k] === '《') return true;
  }
  return false;
}

const METADATA_WORDS = RULE_WORDS['date-out-of-period'].metadata;

/** The signature at the end, or publication metadata (发布时间：…) before the first heading. */
function isSignature(facts: AuditFacts, offset: number, bodyEndings: readonly string[] = []): boolean {
  if (signatureBlock(facts.text, offset, bodyEndings)) return true;
  const p = facts.paragraphs[spanIndexAt(facts.paragraphs, offset)];
  if (!p) return false;
  const body = facts.text.slice(p.start, p.end);
  // A signature line (单位名称 / 2025年3月10日) is short and is no sentence.
  if (p.end - p.start <= 20 && p.index >= facts.paragraphs.length - 4 && !body.includes('。') && !body.includes('，')) return true;
  const firstHeading = facts.headings[0]?.start ?? facts.text.length;
  if (offset < firstHeading && p.index < 6) return true;
  const line = facts.text.slice(p.start, Math.min(p.end, p.start + 60));
  return p.end - p.start <= 60 && METADATA_WORDS.some((w) => line.includes(w));
}

/** Longest line of a body's name read as a signature's name line. */
const SIGNATURE_NAME_MAX = 30;

/**
 * 沭泽县第二人民医院 ⏎ 2025年3月18日 ⏎ 附件：…自评表: a line that is only a date, right under a line that is only a body's name
 * (no sentence punctuation, ending with a body suffix), is the report's signature block, wherever it stands — an
 * attachment may follow it, so it need not close the text.
 */
function signatureBlock(text: string, offset: number, bodyEndings: readonly string[]): boolean {
  if (bodyEndings.length === 0) return false;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (text.slice(lineStart, offset).trim() !== '') return false;
  const lineEndAt = text.indexOf('\n', offset);
  const rest = text.slice(offset, lineEndAt === -1 ? text.length : lineEndAt);
  if (!/^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/.test(rest)) return false;
  let k = lineStart - 1;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  const prevStart = text.lastIndexOf('\n', k - 1) + 1;
  const prev = text.slice(prevStart, k).trim();
  return prev.length > 0 && prev.length <= SIGNATURE_NAME_MAX && !/[。，；：,;:]/.test(prev) && bodyEndings.some((w) => prev.endsWith(w));
}

/**
 * The date the text itself was delivered or published, not a fact of the year: （2020年9月28日在县人大常委会第三十四次
 * 会议上）under a report's title, a line of a date and the meeting's name, a date standing alone in brackets, or
 * followed by 印发/发布/公布/审议通过.
 */
const DELIVERY = new RegExp(`^${anyWord(RULE_WORDS['date-out-of-period'].delivery)}`);

function deliveryDate(text: string, d: { start: number; end: number }): boolean {
  const after = text.slice(d.end, Math.min(text.length, d.end + 40));
  if (/^[)）]/.test(after) && /[(（]\s*$/.test(text.slice(Math.max(0, d.start - 2), d.start))) return true;
  if (/^在[^，。；]{0,30}(?:会议|大会|会)上/.test(after)) return true;
  // A line of its own naming the meeting the report goes to (——2024年11月27日县十八届人大常委会第二十三次会议).
  const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
  if (/^[\s—－-]*$/.test(text.slice(lineStart, d.start)) && /^[^，。；,;\n]{0,30}(?:会议|大会)上?[)）\s]*(?:\n|$)/.test(after)) return true;
  return DELIVERY.test(after);
}

const LATENESS = RULE_WORDS['date-out-of-period'].lateness;
/** How far after the date a word of lateness is looked for, within its sentence. */
const LATENESS_REACH = SEARCH_WINDOWS.latenessReach;

/**
 * 第三批资金于2025年2月26日下达，下达滞后: a date after the year told as a delay is the problem the report names,
 * not a result claimed for the year.
 */
function toldAsLate(text: string, d: { start: number; end: number }): boolean {
  const after = text.slice(d.end, Math.min(text.length, d.end + LATENESS_REACH)).split(/[。；;\n]/)[0]!;
  const clauseStart = Math.max(text.lastIndexOf('。', d.start), text.lastIndexOf('；', d.start), text.lastIndexOf('\n', d.start), d.start - LATENESS_REACH);
  const before = text.slice(clauseStart + 1, d.start);
  return LATENESS.some((w) => after.includes(w) || before.includes(w));
}

const REPORTING_PROCESS = RULE_WORDS['date-out-of-period'].reportingProcess;

/**
 * 2024年2月，我局组织开展了2023年度项目绩效自评 / 本报告于2024年3月15日经局党组会议审议通过: a later date whose clause tells
 * of the year's evaluation, review or reporting is the process that follows every year, not a result claimed
 * for it (rule-words.json date-out-of-period.reportingProcess). The clause: back to 。；⏎ and on to 。；⏎, each within
 * the lateness reach.
 */
function reportingProcess(text: string, d: { start: number; end: number }): boolean {
  const after = text.slice(d.end, Math.min(text.length, d.end + LATENESS_REACH)).split(/[。；;\n]/)[0]!;
  const clauseStart = Math.max(text.lastIndexOf('。', d.start), text.lastIndexOf('；', d.start), text.lastIndexOf('\n', d.start), d.start - LATENESS_REACH);
  const before = text.slice(clauseStart + 1, d.start);
  return REPORTING_PROCESS.some((w) => after.includes(w) || before.includes(w));
}

const PROJECT_COMPLETION = RULE_WORDS['date-out-of-period'].projectCompletion;

/**
 * 2022年5月已完工并通过检查验收 in the 2021 project's self-evaluation: the project finished or accepted after the year
 * is the project's own timeline (funds of the year arriving late in it run on into the next), not a result claimed
 * for the year. Only in a project's self-evaluation, and only where the date's clause (on to ，。；) tells completion.
 */
function projectCompletedLater(facts: AuditFacts, d: { start: number; end: number }): boolean {
  if (facts.title.documentKind !== 'project') return false;
  const rest = facts.text.slice(d.end, Math.min(facts.text.length, d.end + LATENESS_REACH));
  const clause = rest.split(/[，,。；;\n]/)[0]!;
  return PROJECT_COMPLETION.some((w) => clause.includes(w));
}

const SPAN_JOINERS = RULE_WORDS['date-out-of-period'].spanJoiners;

/**
 * 2018年7月至2019年6月，全市审计系统共完成…: a later date joined to a date within the fiscal year ends a period that
 * overlaps the year (an audit system's working year), not an event after it.
 */
function endsPeriodFromYear(facts: AuditFacts, index: number, year: number): boolean {
  const d = facts.dates[index]!;
  const start = facts.dates[index - 1];
  if (!start || start.year === null || start.year > year) return false;
  const between = facts.text.slice(start.end, d.start).trim();
  return SPAN_JOINERS.includes(between);
}

const AS_OF = RULE_WORDS['date-out-of-period'].asOf;
const PRIOR_CONTEXT = RULE_WORDS['date-out-of-period'].priorContext;

/**
 * 截至2023年12月31日，共有车辆2辆 in the 2024 决算: the position at the previous year's end given as the year's own.
 * Precondition: the document is not a budget — a 预算 is drawn up before its year and states its staff and assets
 * at the previous year's end on purpose (截止2024年12月31日止，在职… in a hospital's 2025 单位预算, dev 2032), as
 * priorYearEndStaff already reads it.
 */
function priorYearEnd(facts: AuditFacts, year: number): Finding[] {
  if (facts.title.documentKind === 'budget') return [];
  const out: Finding[] = [];
  for (const d of facts.dates) {
    if (d.year !== year - 1 || d.month !== 12 || d.day !== 31) continue;
    const before = facts.text.slice(Math.max(0, d.start - 4), d.start);
    if (!AS_OF.some((w) => before.endsWith(w))) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    const body = sentence ? facts.text.slice(sentence.start, sentence.end) : '';
    if (PRIOR_CONTEXT.some((w) => body.includes(w))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'as-of-date',
        severity: 'warning',
        message: `${year}年度报告写“截至${d.raw}”：本年度的期末时点应为${year}年12月31日，疑为沿用上年文本`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} < ${year}年12月31日`,
      }),
    );
  }
  return out;
}

/**
 * 截止2016年12月31日，2015年支出合计… beside 截止2015年12月31日，2015年收入合计… in the 2015 accounts: the year's own figures
 * stated as of the end of the year after — a year typed wrong, the text's other as-of date giving the right one.
 * Preconditions: not a budget; the as-of date is 31 December of the year after (an as-of word right before it); the text
 * states another as-of date of 31 December of its own year (its habit names the position it means), or is a final account
 * by its title (决算: its position is its own year-end by definition), or a year's evaluation by its title (evaluationTitleWords,
 * the year the title's: it reports that year, written early in the next); the sentence holds
 * no word of a plan (计划, 预计 …: futureWords); a fiscal year read from the body is named more than twice as often as the
 * year after (else the year read may be the wrong one of the two).
 */
function laterYearEnd(facts: AuditFacts, year: number, futureWords: readonly string[], yearFromBody: boolean): Finding[] {
  if (facts.title.documentKind === 'budget') return [];
  const { text } = facts;
  // A year read from the body (no title) must be the text's own beyond doubt: named more than twice as often as the next.
  if (yearFromBody) {
    const named = (y: number): number => facts.dates.filter((d) => d.year === y).length;
    if (named(year) <= 2 * named(year + 1)) return [];
  }
  const asOf = facts.dates.filter((d) => d.month === 12 && d.day === 31 && AS_OF.some((w) => text.slice(Math.max(0, d.start - 4), d.start).endsWith(w)));
  // A final account (its title says 决算, the year read from the title) closes at its own year's end by definition, so it
  // needs no other as-of date to name it (截至2026年12月31日，本部门共有车辆 in the 2025 决算; former test34 2766).
  const finalAccounts = facts.title.documentKind === 'final-accounts' && !yearFromBody;
  // So does a year's evaluation by its title (…2024年度…绩效自评报告: evaluationTitleWords, the year the title's): it reports
  // the year, written early in the next (截至2025年12月31日，项目共支出… in the 2024 self-evaluation; atext, dev 3056).
  const title = facts.title.title ?? '';
  const evaluation = !yearFromBody && facts.title.fiscalYear === year && EVALUATION_TITLE_WORDS.some((w) => title.includes(w));
  if (!finalAccounts && !evaluation && !asOf.some((d) => d.year === year)) return [];
  const out: Finding[] = [];
  for (const d of asOf) {
    if (d.year !== year + 1 || out.length >= MAX_FINDINGS_PER_RULE) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    const body = sentence ? text.slice(sentence.start, sentence.end) : '';
    if (futureWords.some((w) => body.includes(w))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'later-year-end',
        severity: 'warning',
        message: asOf.some((o) => o.year === year)
          ? `${year}年度报告写“截至${d.raw}”：本年度的期末时点应为${year}年12月31日（文中其他处即写${year}年12月31日），疑为年份笔误`
          : finalAccounts
            ? `${year}年度决算写“截至${d.raw}”：决算的期末时点应为${year}年12月31日，疑为年份笔误`
            : `${year}年度绩效评价写“截至${d.raw}”：评价的是${year}年度，期末时点应为${year}年12月31日，疑为年份笔误`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} > ${year}年12月31日`,
      }),
    );
  }
  return out;
}

const STAFF_IN_POST = RULE_WORDS['date-out-of-period'].staffInPost;
/** How far after 年末 the staff words may stand (2021年末残联机关实有人数: a body's name between). */
const STAFF_REACH = 8;

/**
 * 2021年末实有在职人员60人 in the 2022 决算: the staff in post counted at the end of the previous year (年末 / 年底)
 * in a final account or self-evaluation, whose head count is the year's own year-end — last year's figure left in,
 * as 截至2021年12月31日 is. Precondition: the document is not a budget (预算 counts its staff at the previous
 * year's end on purpose); a staff word (实有, 在职, 在编) within the clause right after 年末; the sentence neither
 * compares with the previous year (PRIOR_CONTEXT) nor names the report's own year-end.
 */
function priorYearEndStaff(facts: AuditFacts, year: number): Finding[] {
  if (facts.title.documentKind === 'budget') return [];
  const out: Finding[] = [];
  const prior = String(year - 1);
  const pattern = new RegExp(`${prior}年(?:末|底)`, 'g');
  for (const m of facts.text.matchAll(pattern)) {
    const start = m.index;
    if (/[0-9０-９]/.test(facts.text[start - 1] ?? '')) continue;
    const end = start + m[0].length;
    const clause = facts.text.slice(end, end + STAFF_REACH).split(/[，,。；;：:、\n（(]/)[0]!;
    if (!STAFF_IN_POST.some((w) => clause.includes(w))) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, start)];
    const body = sentence ? facts.text.slice(sentence.start, sentence.end) : facts.text.slice(start, end + 40);
    if (PRIOR_CONTEXT.some((w) => body.includes(w))) continue;
    if ([`${year}年末`, `${year}年底`, `${year}年12月31日`].some((w) => body.includes(w))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'staff-count-year',
        severity: 'warning',
        message: `${year}年度的文本给出“${m[0]}”的在职人员数：本年度的人员数应为${year}年末的，疑为沿用上年文本`,
        evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
        calculation: `${m[0]} < ${year}年末`,
      }),
    );
    if (out.length >= 3) break;
  }
  return out;
}

const OWN_CHANGE = RULE_WORDS['date-out-of-period'].ownChange;
const CHANGE_DIRECTION = RULE_WORDS['date-out-of-period'].changeDirection;
const SPENDING = RULE_WORDS['date-out-of-period'].spending;

/**
 * 2015年衢江区“三公”经费支出决算同比下降的原因主要是… in the 2016 note: a sentence that opens with an earlier
 * year and tells that year's change against its own previous year is last year's sentence left in. A sentence
 * that also names the report's year, or compares the two (与2015年相比), is left alone.
 */
function earlierYearsChange(facts: AuditFacts, year: number): Finding[] {
  const out: Finding[] = [];
  for (const d of facts.dates) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (d.year === null || d.year >= year || d.year < year - 3 || d.month !== null) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    if (!sentence) continue;
    let k = sentence.start;
    while (k < d.start && (facts.text[k] === ' ' || facts.text[k] === '\n')) k++;
    if (k !== d.start) continue;
    const body = facts.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200));
    if (body.includes(String(year))) continue;
    if (!OWN_CHANGE.some((w) => body.includes(w)) || !CHANGE_DIRECTION.some((w) => body.includes(w))) continue;
    if (!SPENDING.some((w) => body.includes(w))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'prior-year-change-sentence',
        severity: 'warning',
        message: `${year}年度的说明中有一句以“${d.raw}”开头、讲该年同比变动的话，疑为沿用上年文本（应为${year}年）`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} ≠ ${year}年`,
      }),
    );
  }
  return out;
}

const OWN_GOAL = RULE_WORDS['date-out-of-period'].ownGoal;
const GOAL_REVIEW = RULE_WORDS['date-out-of-period'].ownGoalReview;

/**
 * How the report names itself as a subject: the self words (我单位, 本局) and the department's own name, in full and
 * without its region (厦门市海沧区东孚中心幼儿园, 东孚中心幼儿园), when it is at least four characters.
 */
function ownSubjects(selfWords: readonly string[], department: string | null | undefined, regionPrefixes: readonly string[]): string[] {
  if (!department) return [...selfWords];
  let cut = -1;
  for (let k = 0; k < department.length - 2; k++) if (regionPrefixes.includes(department[k]!)) cut = k;
  return [...selfWords, ...[department, department.slice(cut + 1)].filter((n) => n.length >= 4)];
}

/**
 * 2020年我单位最主要的目标是… in the 2021 self-evaluation: a sentence that opens with the previous year, then the unit
 * speaking of itself (我单位, 本局, or its own name: 2023年，某幼儿园主要任务是… in its 2024 budget) and its goal or task
 * within the first clause, sets out the year's goals under last year's number. Precondition: the previous year alone
 * (no month), at the sentence's start, a comma at most, then the self word or name (within 4 characters), the goal
 * word in the same clause and no word of a review of it (完成情况: rule-words ownGoalReview), and the report's year
 * nowhere in the sentence.
 */
function earlierYearsGoal(facts: AuditFacts, year: number, selfWords: readonly string[]): Finding[] {
  const out: Finding[] = [];
  for (const d of facts.dates) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (d.year !== year - 1 || d.month !== null || d.isPeriod) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    if (!sentence) continue;
    let k = sentence.start;
    while (k < d.start && (facts.text[k] === ' ' || facts.text[k] === '\n')) k++;
    if (k !== d.start) continue;
    // 2023年，某幼儿园主要任务是…: a comma may follow the year before the subject.
    const raw = facts.text.slice(d.end, Math.min(sentence.end, d.end + 60));
    const after = raw.replace(/^度?\s*[，,]?\s*/, '');
    const lead = raw.length - after.length;
    const clause = after.split(/[，：；。]/)[0]!;
    if (!selfWords.some((w) => clause.slice(0, 4 + w.length).includes(w)) || !OWN_GOAL.some((w) => clause.includes(w))) continue;
    // A review of last year's tasks (2023年主要任务完成情况) may rightly stand in a budget or a report.
    if (GOAL_REVIEW.some((w) => clause.includes(w))) continue;
    if (facts.text.slice(sentence.start, sentence.end).includes(String(year))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'target-year',
        severity: 'warning',
        message: `${year}年度报告写“${d.raw}${clause}”：本年度的目标应为${year}年的，疑为沿用上年文本`,
        evidence: [quoteSpan(facts, { start: d.start, end: d.end + lead + clause.length }), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} ≠ ${year}年`,
      }),
    );
  }
  return out;
}

/** The words of a performance evaluation of the year's spending (对2023年度项目支出开展绩效自评). */
const EVALUATION = RULE_WORDS['date-out-of-period'].evaluation;
/** What is evaluated: spending, projects, funds. */
const EVALUATED = RULE_WORDS['date-out-of-period'].evaluated;

/** Verbs that carry out an evaluation right before its year (开展了2023年度部门绩效自评工作). */
const EVALUATION_VERBS = RULE_WORDS['date-out-of-period'].evaluationVerbs;
/** How far after the year the evaluation word must begin when the year follows such a verb (度部门整体支出绩效自评: 11). */
const EVALUATION_REACH = 12;

/**
 * 组织对2023年度一般公共预算项目支出开展绩效自评 (or 开展了2023年度部门绩效自评工作) in the 2024 决算: the year's self-evaluation told of the previous
 * year's spending — last year's sentence left in, or an evaluation of last year's projects held this year. A 提示
 * (info): both readings are possible. Two phrasings: 对 before the year, then what is evaluated (支出, 项目 …) and the
 * evaluation in its clause; or a verb carrying out the evaluation before the year (开展, 完成: evaluationVerbs) and the
 * evaluation word within EVALUATION_REACH characters after it. Not inside 《》 (the notice's title names its year).
 */
function priorYearEvaluation(facts: AuditFacts, year: number): Finding[] {
  const out: Finding[] = [];
  for (const d of facts.dates) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (d.year !== year - 1 || d.month !== null || d.isPeriod) continue;
    // 对2023年度…: the year is what the evaluation is of; 开展了2023年度部门绩效自评工作: the year is the evaluation's own.
    const lead = facts.text.slice(Math.max(0, d.start - 6), d.start).replace(/\s/g, '');
    const of = /对$/.test(lead);
    const carried = !of && EVALUATION_VERBS.some((w) => lead.endsWith(w));
    if (!of && !carried) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    if (!sentence) continue;
    if (insideBookTitle(facts.text, d.start, sentence.start)) continue;
    const clause = facts.text.slice(d.end, Math.min(sentence.end, d.end + 60)).split(/[，。；]/)[0]!;
    if (of ? !EVALUATED.some((w) => clause.includes(w)) || !EVALUATION.some((w) => clause.includes(w)) : !EVALUATION.some((w) => clause.slice(0, EVALUATION_REACH).includes(w))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'evaluated-year',
        severity: 'info',
        message: of
          ? `${year}年度报告称对${d.raw}的支出开展绩效评价：本年度报告应评价${year}年度的支出，疑为沿用上年文本（如确为对上年项目的评价，可不改）`
          : `${year}年度报告称开展${d.raw}的绩效评价：本年度报告应评价${year}年度，疑为沿用上年文本（如确为对上年的评价，可不改）`,
        evidence: [quoteSpan(facts, { start: of ? d.start - 1 : d.start, end: d.end + clause.length }), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} ≠ ${year}年度`,
      }),
    );
  }
  return out;
}

/** How many Chinese characters `a` and `b` start with in common. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n] && /[\u4e00-\u9fff]/.test(a[n]!)) n++;
  return n;
}

/**
 * 确定为2023年中央财政衔接推进老区乡村振兴补助项目 in a text whose title and tables name the 2024年中央财政衔接推进老区
 * 乡村振兴补助项目: a long name (SEARCH_WINDOWS.minSharedName characters or more) that the text gives elsewhere with
 * its own year, given once with the previous year — last year's name left in. Precondition: the previous year alone
 * (no month), outside 《》 (another document's title), in a sentence that compares nothing (上年, 同比, 增加 …).
 */
function earlierYearsName(facts: AuditFacts, year: number): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  const after = (d: { end: number }): string => text.slice(d.end, d.end + 60).replace(/^度/, '');
  // The names after the report's own year, by their first minSharedName characters (a lookup per earlier year, not
  // a comparison with every own-year name: linear on texts with thousands of dates).
  const own = new Map<string, string[]>();
  for (const d of facts.dates) {
    if (d.year !== year || d.month !== null || d.isPeriod) continue;
    const name = after(d);
    if (sharedStart(name, name) < MIN_SHARED_NAME) continue;
    const key = name.slice(0, MIN_SHARED_NAME);
    own.set(key, [...(own.get(key) ?? []).slice(0, 7), name]);
  }
  // The same names with the words before the year (黄果树镇人民政府2023年村干部报酬项目 / …人民政府2022年度村干部报酬项目):
  // the name runs across the year, so the characters shared before it count too.
  const before = (d: { start: number }): string => text.slice(Math.max(0, d.start - 30), d.start);
  const around: Array<{ before: string; after: string }> = [];
  for (const d of facts.dates) {
    if (around.length >= MAX_AROUND || d.year !== year || d.month !== null || d.isPeriod) continue;
    if (sharedStart(after(d), after(d)) >= MIN_AFTER_YEAR) around.push({ before: before(d), after: after(d) });
  }
  if (own.size === 0 && around.length === 0) return out;
  for (const d of facts.dates) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (d.year !== year - 1 || d.month !== null || d.isPeriod) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    const from = sentence?.start ?? Math.max(0, d.start - 60);
    if (insideBookTitle(text, d.start, from)) continue;
    const name = after(d);
    const same = own.get(name.slice(0, MIN_SHARED_NAME));
    let shared = same !== undefined && sharedStart(name, name) >= MIN_SHARED_NAME ? Math.max(...same.map((o) => sharedStart(name, o))) : 0;
    let elsewhere: string | null = null;
    if (shared === 0) {
      const b = before(d);
      for (const o of around) {
        const a = sharedStart(name, o.after);
        if (a >= MIN_AFTER_YEAR && a + sharedEnd(b, o.before) >= MIN_SHARED_NAME) shared = Math.max(shared, a);
        // 2019年度市级财政专项支出重点绩效工作 / 2018年度市级财政专项资金支出重点绩效工作: the same name with a word more or
        // less (at most NAME_GAP characters on one side) after a shared start — the characters shared on both sides count.
        if (a >= MIN_AFTER_YEAR) {
          const gap = gappedContinuation(name, o.after, a);
          if (gap !== null && a + gap.shared >= MIN_SHARED_NAME && gap.end > shared) {
            shared = gap.end;
            elsewhere = o.after.slice(0, gap.otherEnd);
          }
        }
      }
    }
    if (shared === 0) continue;
    const body = text.slice(from, sentence?.end ?? d.end + 60);
    if (PRIOR_CONTEXT.some((w) => body.includes(w))) continue;
    const end = d.end + (text.startsWith('度', d.end) ? 1 : 0) + shared;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'year-vs-elsewhere',
        severity: 'warning',
        message: `${year}年度的文本中写“${text.slice(d.start, end)}”，而文中别处称“${year}年${elsewhere ?? name.slice(0, shared)}”：疑为沿用上年文本（应为${year}年）`,
        evidence: [quoteSpan(facts, { start: d.start, end }), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} ≠ ${year}年`,
      }),
    );
  }
  return out;
}

const MIN_SHARED_NAME = SEARCH_WINDOWS.minSharedName;
/** Fewest characters of a name after the year when the name also runs before it (村干部报酬项目: 7). */
const MIN_AFTER_YEAR = SEARCH_WINDOWS.minNameAfterYear;
/** Own-year names kept for the comparison across the year (bounds the work on texts with thousands of dates). */
const MAX_AROUND = 300;

/** Most characters one of two names may hold more than the other between their shared parts (资金 in 专项资金支出). */
const NAME_GAP = 2;

/**
 * After `a` shared characters, the characters the two names share again when one of them skips 1 to NAME_GAP
 * characters (a word more or less): how many, and where the shared part ends in `name`. Null when none shares at least
 * MIN_AFTER_YEAR again; `otherEnd` where it ends in `other`.
 */
function gappedContinuation(name: string, other: string, a: number): { shared: number; end: number; otherEnd: number } | null {
  let best: { shared: number; end: number; otherEnd: number } | null = null;
  for (let skip = 1; skip <= NAME_GAP; skip++) {
    const inName = sharedStart(name.slice(a + skip), other.slice(a));
    if (inName >= MIN_AFTER_YEAR && (!best || inName > best.shared)) best = { shared: inName, end: a + skip + inName, otherEnd: a + inName };
    const inOther = sharedStart(name.slice(a), other.slice(a + skip));
    if (inOther >= MIN_AFTER_YEAR && (!best || inOther > best.shared)) best = { shared: inOther, end: a + inOther, otherEnd: a + skip + inOther };
  }
  return best;
}

/** The Chinese characters two strings share at their ends (…黄果树镇人民政府 / …人民政府 → 人民政府). */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n] && /[\u4e00-\u9fff]/.test(a[a.length - 1 - n]!)) n++;
  return n;
}

/** The one year a heading's title names (关于2021年度…): where it stands, its form (年 / 年度) and the words around it. */
interface HeadingYear {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  readonly before: string;
  readonly after: string;
}

function headingYear(text: string, h: Heading): HeadingYear | null {
  const titleAt = text.indexOf(h.title, h.start);
  if (titleAt === -1 || titleAt >= h.end) return null;
  const years = [...h.title.matchAll(/(?<!\d)(\d{4})(年度?)(?!\d)/g)];
  if (years.length !== 1) return null;
  const m = years[0]!;
  const start = titleAt + m.index;
  return {
    year: Number(m[1]),
    start,
    end: start + m[0].length,
    before: h.title.slice(0, m.index).replace(/\s/g, ''),
    after: `${m[2]}|${h.title.slice(m.index + m[0].length).replace(/\s/g, '')}`,
  };
}

/** Characters at the end of a heading's title that its siblings must share (…情况说明, …的说明). */
const SIBLING_ENDING = 2;

/**
 * （七）关于2021年度…说明 (八)关于2020年度…说明 (九)关于2021年度…说明: a numbered heading naming another year than the
 * report's between the two headings of its list around it (n − 1 and n + 1, same style) that both name the report's
 * own year, worded alike — the same words before the year, the same form (年 / 年度) and the same last two characters
 * of the title — is last year's (or a mistyped) heading left among this year's. Precondition: the title names one
 * year only and no prior-year context (上年, 结转 …), and no other heading of its run of consecutive numbers names
 * another year (a budget report's list alternating 2022年…执行情况表 and 2023年…预算情况表); a first or last heading (a
 * budget report's 2023年预算执行情况 before its 2024 headings) has no two neighbours and is left alone, as are
 * neighbours worded differently. Quadratic only in the headings of one style, a few dozen.
 */
function siblingHeadingYear(facts: AuditFacts, year: number): Finding[] {
  const out: Finding[] = [];
  const { text, headings } = facts;
  for (let i = 1; i < headings.length && out.length < MAX_FINDINGS_PER_RULE; i++) {
    const h = headings[i]!;
    const hy = headingYear(text, h);
    if (hy === null || hy.year === year) continue;
    let prev: Heading | undefined;
    for (let k = i - 1; k >= 0; k--) {
      if (headings[k]!.style === h.style) {
        prev = headings[k];
        break;
      }
    }
    let next: Heading | undefined;
    for (let k = i + 1; k < headings.length; k++) {
      if (headings[k]!.style === h.style) {
        next = headings[k];
        break;
      }
    }
    if (prev?.number !== h.number - 1 || next?.number !== h.number + 1) continue;
    const py = headingYear(text, prev);
    const ny = headingYear(text, next);
    if (py?.year !== year || ny?.year !== year) continue;
    if (py.before !== hy.before || ny.before !== hy.before) continue;
    const form = (y: HeadingYear): string => y.after.slice(0, y.after.indexOf('|'));
    const ending = (y: HeadingYear): string => y.after.slice(-SIBLING_ENDING);
    if (form(py) !== form(hy) || form(ny) !== form(hy) || ending(py) !== ending(hy) || ending(ny) !== ending(hy)) continue;
    if (PRIOR_CONTEXT.some((w) => h.title.includes(w))) continue;
    // The whole list (its run of consecutive numbers in this style) names other years nowhere else: a budget
    // report's list alternating 2022年…执行情况表 and 2023年…预算情况表 is two years on purpose.
    const sameStyle = headings.filter((g) => g.style === h.style);
    const at = sameStyle.indexOf(h);
    let lo = at;
    while (lo > 0 && sameStyle[lo - 1]!.number === sameStyle[lo]!.number - 1) lo--;
    let hi = at;
    while (hi + 1 < sameStyle.length && sameStyle[hi + 1]!.number === sameStyle[hi]!.number + 1) hi++;
    const otherYears = sameStyle.slice(lo, hi + 1).filter((g) => {
      const y = headingYear(text, g);
      return y !== null && y.year !== year;
    }).length;
    if (otherYears !== 1) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'heading-year',
        severity: 'warning',
        message: `${year}年度的文本中，标题“${h.marker}${h.title.trim()}”写${hy.year}年，而前后同级标题均为${year}年：疑为沿用他年文本或笔误`,
        evidence: [quoteSpan(facts, { start: hy.start, end: hy.end }), quoteSpan(facts, { start: h.start, end: h.end })],
        calculation: `${hy.year} ≠ ${year}`,
      }),
    );
  }
  return out;
}

/** A line that is one of a document's parts (第三部分 2019年度其他重要事项的情况说明): marker, then a short title. */
const PART_LINE = /^[ \t]*第([一二三四五六七八九十]{1,3}|\d{1,2})部分[ \t]*([^\n。，；]{2,40})$/gm;

/**
 * 第二部分 2020年度部门决算说明 ⏎ 第三部分 2019年度其他重要事项的情况说明 ⏎ 第四部分 2020年度部门绩效评价情况 (in the 2020 决算;
 * also the contents' own part lines): a document's parts are its own, so a part naming another year than the
 * report's, where another part names the report's year with the same words before the year (none, or the unit's
 * name) and the same form (年 / 年度), is last year's part title left in (or mistyped). The part lines are read from
 * the text itself (they are no outline heading). Preconditions: the part's title names one year only; exactly one part number names another year (a document whose parts name two years on purpose is left
 * alone; where the report's year is read from the body, not a title, two other parts must name it); no prior-year context word (上年, 结转 …) and, in a budget, no other phase (2023年预算执行情况 in a 2024 budget).
 */
interface PartTitle {
  readonly number: string;
  readonly year: number;
  readonly before: string;
  readonly form: string;
  /** The title's words after the year, up to a blank or a heading's marker (a flattened line goes on with the part's first heading). */
  readonly rest: string;
  readonly start: number;
  readonly end: number;
  readonly lineStart: number;
  readonly lineEnd: number;
  readonly title: string;
}

/**
 * A part title inside a line, between blanks (目 錄 第一部分 2024年度部門預算情況說明 一、部門情況說明 …: a contents or a body
 * flattened onto one line by a copy): the title runs to the next blank.
 */
const PART_INLINE = /(?<=^|[ \t])第([一二三四五六七八九十]{1,3}|\d{1,2})部分[ \t]*([^\s。，；]{2,40})(?=[ \t])/gm;

/** The document's part titles that name one year: lines of their own (PART_LINE), then those inside a line (PART_INLINE). */
function partTitles(text: string): PartTitle[] {
  const parts: PartTitle[] = [];
  const lines = new Set<number>();
  const read = (m: RegExpExecArray, lineStart: number, lineEnd: number): void => {
    const title = m[2]!;
    const years = [...title.matchAll(/(?<!\d)(\d{4})(年度?)(?!\d)/g)];
    if (years.length !== 1) return;
    const y = years[0]!;
    const titleAt = m.index + m[0].length - title.length;
    parts.push({
      number: m[1]!,
      year: Number(y[1]),
      before: title.slice(0, y.index).replace(/\s/g, ''),
      form: y[2]!,
      rest: title.slice(y.index! + y[0].length).trimStart().split(/\s|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]/)[0]!,
      start: titleAt + y.index!,
      end: titleAt + y.index! + y[0].length,
      lineStart,
      lineEnd,
      title,
    });
  };
  PART_LINE.lastIndex = 0;
  for (let m = PART_LINE.exec(text); m !== null; m = PART_LINE.exec(text)) {
    lines.add(m.index);
    read(m, m.index, m.index + m[0].length);
  }
  PART_INLINE.lastIndex = 0;
  for (let m = PART_INLINE.exec(text); m !== null; m = PART_INLINE.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    // A part line of its own was read whole above.
    if (lines.has(lineStart)) continue;
    read(m, m.index, m.index + m[0].length);
  }
  return parts;
}

function partTitleYear(facts: AuditFacts, year: number, yearFromBody: boolean): Finding[] {
  const parts = partTitles(facts.text);
  const odd = parts.filter((p) => p.year !== year);
  if (odd.length === 0 || new Set(odd.map((p) => p.number)).size !== 1) return [];
  const budget = facts.title.documentKind === 'budget';
  const out: Finding[] = [];
  for (const p of odd) {
    if (PRIOR_CONTEXT.some((w) => p.title.includes(w))) continue;
    if (budget && BUDGET_OTHER_PHASES.some((w) => facts.text.slice(p.end, p.lineEnd).includes(w))) continue;
    // The same part under the report's year elsewhere (the contents' 第一部分 2024年度…说明 against the body's 第一部分
    // 2023年度…说明, the same words after the year) names it too.
    const alike = parts.filter((q) => q.year === year && (q.number !== p.number || q.rest === p.rest) && q.before === p.before && q.form === p.form);
    // A year read from the body (no title) needs the word of two other part titles, not one.
    if (new Set(alike.map((q) => q.start)).size < (yearFromBody ? 2 : 1)) continue;
    const own = alike[0]!;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'part-title-year',
        severity: 'warning',
        message: `${year}年度的文本中，“第${p.number}部分${p.title.trim()}”写${p.year}年，而“第${own.number}部分${own.title.trim()}”为${year}年：疑为沿用他年文本或笔误`,
        evidence: [quoteSpan(facts, { start: p.start, end: p.end }), quoteSpan(facts, { start: p.lineStart, end: p.lineEnd })],
        calculation: `${p.year} ≠ ${year}`,
      }),
    );
    break;
  }
  return out;
}

const PART_BUDGET_WORDS = RULE_WORDS['date-out-of-period'].partBudgetWords;
const PART_FINAL_WORDS = RULE_WORDS['date-out-of-period'].partFinalWords;

/**
 * 第二部分 2025年部门预算说明 ⏎ … ⏎ 第四部分 2025年部门预算附表 in a text without a title (a page that opens with its
 * contents): the document's own part titles name its year and kind as a title would. The kind (budget or 决算) where at
 * least two part titles of different numbers name the report's year and words of that kind only (rule-words
 * date-out-of-period partBudgetWords, partFinalWords), or null.
 */
function partsKind(facts: AuditFacts, year: number): 'budget' | 'final-accounts' | null {
  const own = partTitles(facts.text).filter((p) => p.year === year);
  const kinds = new Set<'budget' | 'final-accounts'>();
  const numbers = new Set<string>();
  for (const p of own) {
    const budget = PART_BUDGET_WORDS.some((w) => p.rest.includes(w));
    const final = PART_FINAL_WORDS.some((w) => p.rest.includes(w));
    if (budget === final) continue;
    kinds.add(budget ? 'budget' : 'final-accounts');
    numbers.add(p.number);
  }
  return kinds.size === 1 && numbers.size >= 2 ? [...kinds][0]! : null;
}

/** A list line's marker and what follows it: 一、 / 一） / （一） / 1. / 1、 / 1） / （1）, then the year opening its title. */
const LIST_YEAR_LINE = /^[ \t]*(?:([一二三四五六七八九十]{1,3})([、)）])|[（(]([一二三四五六七八九十]{1,3})[）)]|(\d{1,2})([.、．)）])|[（(](\d{1,2})[）)])[ \t]*(\d{4})(年度?)([^\n]{2,40})$/;
/**
 * A table caption of a list of tables (附件2:表一2022年度预算收支总表, 表七:2021年度“三公”经费…表): 表 and its number, then
 * the year opening its title. Captions of one list may write 年 or 年度 as they please: their runs ignore the form.
 */
const TABLE_YEAR_LINE = /^[ \t]*(?:附件[ \t]*\d{1,2}[ \t]*[:：]?[ \t]*)?表[ \t]*([一二三四五六七八九十]{1,3}|\d{1,2})[ \t]*[:：、.．]?[ \t]*(\d{4})(年度?)([^\n]{2,40})$/;
/** Fewest lines of a run naming the report's year besides the odd one. */
const MIN_RUN_AGREEING = 3;

/**
 * 一)2025年收支总表 ⏎ 二)2025年收入总表 ⏎ 三)2025年支出总表 ⏎ 四)2024年财政拨款收支总表 ⏎ 五)2025年一般公共预算支出表 …: a run of
 * list lines numbered without a gap in one style, each title opening with a year in the same form (年 / 年度), all
 * naming the report's year but one, which stands inside the run (not first or last: a budget's leading 2024年预算执行情况
 * may rightly be last year's) — last year's (or a mistyped) title left among this year's. Read from the lines
 * themselves, whatever markers the outline reader takes for headings. Preconditions: at least MIN_RUN_AGREEING other
 * lines of the run name the report's year; the odd title names no prior-year context (上年, 结转 …) and no other phase
 * of a budget (执行, 调整, 完成); its line is a title (no ，。；), at most 40 characters after the year.
 */
function listRunYear(facts: AuditFacts, year: number): Finding[] {
  const { text } = facts;
  interface RunLine {
    readonly style: string;
    readonly n: number;
    readonly year: number;
    readonly form: string;
    readonly title: string;
    readonly yearStart: number;
    readonly yearEnd: number;
    readonly lineStart: number;
    readonly lineEnd: number;
  }
  const lines: (RunLine | null)[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end);
    const m = LIST_YEAR_LINE.exec(line);
    const table = m ? null : TABLE_YEAR_LINE.exec(line);
    if (table && !/[，。；]/.test(line)) {
      const n = /^\d+$/.test(table[1]!) ? Number(table[1]) : parseChineseNumber(table[1]!);
      const yearAt = line.indexOf(table[2]!, line.length - table[4]!.length - table[3]!.length - table[2]!.length - 2);
      lines.push(n === null ? null : { style: 'table', n, year: Number(table[2]), form: table[3]!, title: `${table[2]}${table[3]}${table[4]}`, yearStart: at + yearAt, yearEnd: at + yearAt + table[2]!.length + table[3]!.length, lineStart: at, lineEnd: end });
    } else if (m && !/[，。；]/.test(line)) {
      const numeral = m[1] ?? m[3] ?? m[4] ?? m[6]!;
      const n = /^\d+$/.test(numeral) ? Number(numeral) : parseChineseNumber(numeral);
      const style = m[1] ? `cjk${m[2]}` : m[3] ? 'cjk()' : m[4] ? `num${m[5]}` : 'num()';
      const yearAt = line.indexOf(m[7]!, line.length - m[9]!.length - m[8]!.length - m[7]!.length - 2);
      lines.push(n === null ? null : { style, n, year: Number(m[7]), form: m[8]!, title: `${m[7]}${m[8]}${m[9]}`, yearStart: at + yearAt, yearEnd: at + yearAt + m[7]!.length + m[8]!.length, lineStart: at, lineEnd: end });
    } else if (line.trim() !== '') lines.push(null);
    at = end + 1;
  }
  const out: Finding[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    if (!first) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j] && lines[j]!.style === first.style && (first.style === 'table' || lines[j]!.form === first.form) && lines[j]!.n === lines[j - 1]!.n + 1) j++;
    const run = lines.slice(i, j) as RunLine[];
    i = j;
    const odd = run.filter((l) => l.year !== year);
    if (odd.length !== 1 || run.length - 1 < MIN_RUN_AGREEING) continue;
    const o = odd[0]!;
    if (o === run[0] || o === run[run.length - 1]) continue;
    if (PRIOR_CONTEXT.some((w) => o.title.includes(w)) || BUDGET_OTHER_PHASES.some((w) => o.title.includes(w))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'list-run-year',
        severity: 'warning',
        message: `${year}年度的文本中，“${text.slice(o.lineStart, o.lineEnd).trim()}”写${o.year}年，而同一列表的其他${run.length - 1}项均为${year}年：疑为沿用他年文本或笔误`,
        evidence: [quoteSpan(facts, { start: o.yearStart, end: o.yearEnd }), quoteSpan(facts, { start: o.lineStart, end: o.lineEnd })],
        calculation: `${o.year} ≠ ${year}`,
      }),
    );
  }
  return out;
}

const HEADING_PRIOR_SUBJECTS = RULE_WORDS['date-out-of-period'].priorYearHeadingSubjects;
const BUDGET_OWN = RULE_WORDS['date-out-of-period'].budgetOwnHeadingWords;
/** Longest heading title read as an item of an outline (a longer one is a sentence opened by a number). */
const MAX_OUTLINE_TITLE = 30;

/**
 * 三、2022年度部门主要工作完成情况 in the contents of the 2023 决算 / 四、2020年预算编制范围 in the 2021 budget: a heading
 * of the document's own outline naming the previous year, whatever its subject — last year's outline left in. The
 * text's parts are the year's own; a heading about the year before says why (上年, 结转, 比 …: priorContext; 整改, 审计,
 * 执行 …: priorYearHeadingSubjects). Preconditions: the report's year read from its title (a 决算, a budget or a department's
 * self-evaluation, not a project, whose funds may be the year before's); the heading's line is an outline item (a short
 * title, no ，。； on the line), names exactly one year (no month), the previous one, not inside 《》; in a budget the heading speaks of the
 * budget itself (budgetOwnHeadingWords: 预算, 编制) and of no other phase (执行, 调整, 完成: budgetOtherPhases), as a budget
 * may rightly review last year's work. One finding per title (the contents and the body repeat it).
 */
function priorYearHeading(facts: AuditFacts, year: number, partKind: 'budget' | 'final-accounts' | null): Finding[] {
  const titleKind = facts.title.documentKind;
  const kind = titleKind === 'unknown' && partKind !== null ? partKind : titleKind;
  if (kind !== 'final-accounts' && kind !== 'budget' && kind !== 'department-overall') return [];
  const { text } = facts;
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const h of facts.headings) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    const title = h.title.replace(/\s/g, '');
    if (title.length > MAX_OUTLINE_TITLE || /[，。；,;]/.test(lineAround(text, h.start).text) || seen.has(title)) continue;
    const hy = headingYear(text, h);
    if (hy === null || hy.year !== year - 1 || /\d{4}/.test(title.replace(String(hy.year), '')) || /\d+月/.test(title)) continue;
    if (/[比较]/.test(title) || PRIOR_CONTEXT.some((w) => title.includes(w)) || HEADING_PRIOR_SUBJECTS.some((w) => title.includes(w))) continue;
    if (kind === 'budget' && (!BUDGET_OWN.some((w) => title.includes(w)) || BUDGET_OTHER_PHASES.some((w) => title.includes(w)))) continue;
    if (insideBookTitle(text, hy.start, h.start)) continue;
    seen.add(title);
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'prior-year-heading',
        severity: 'warning',
        message: `${year}年度的文本中，标题“${h.marker}${h.title.trim()}”写${hy.year}年：本年度文本的提纲应为${year}年，疑为沿用上年文本`,
        evidence: [quoteSpan(facts, { start: hy.start, end: hy.end }), quoteSpan(facts, { start: h.start, end: h.end })],
        calculation: `${hy.year} ≠ ${year}`,
      }),
    );
  }
  return out;
}

const OWN_STATEMENTS = RULE_WORDS['date-out-of-period'].ownStatements;
/**
 * In a budget (预算 by its title): a heading opening with the previous year and then the budget itself (十三、2024年单位预算
 * 其他重要事项情况说明 in the 2025 单位预算) — last year's heading left in — unless a phase word follows (2024年部门预算执行情况:
 * last year's budget as executed, a section a budget report may rightly have). Sentences of a budget are not read.
 */
const BUDGET_STATEMENTS = RULE_WORDS['date-out-of-period'].ownBudgetStatements;
const BUDGET_OTHER_PHASES = RULE_WORDS['date-out-of-period'].budgetOtherPhases;

const PUBLISHED_LABELS = RULE_WORDS['date-out-of-period'].publishedLabels;

/** The years of the page's publication dates (公开日期 2021-08-06, 发布时间：2021年8月6日). */
function publishedYears(text: string): number[] {
  const out: number[] = [];
  for (const label of PUBLISHED_LABELS) {
    for (let at = text.indexOf(label); at !== -1; at = text.indexOf(label, at + label.length)) {
      const m = /^[\s：:]{0,3}(\d{4})\s*[-年./]/.exec(text.slice(at + label.length, at + label.length + 12));
      if (m) out.push(Number(m[1]));
    }
  }
  return out;
}

/** A page's publication date after its label (公开日期 2021-08-06, 公开时间:2021年9月19日): year and month. */
const PUBLISHED_DATE = /^[\s：:]{0,3}(\d{4})\s*[-年./]\s*(\d{1,2})(?!\d)(?:\s*[-月./]\s*\d{1,2}(?!\d)日?|月)?/;

/**
 * A 决算 of year Y (by its title) whose page gives a publication date (publishedLabels) within Y or before: the
 * accounts of a year are drawn up after it ends, so the title's year or the date is wrong (公开时间:2021年9月19日 under
 * 2021年度部门决算, the page itself dated 2022-09-19; 汨罗市文旅广电局2021年度部门决算 with 公开日期 2021-08-06 and a body
 * of 2020). Preconditions: a 决算 by its title, with the title's place known; a labelled date with its month. One
 * finding per text, at the first such date.
 */
function publishedWithinYear(facts: AuditFacts, year: number): Finding[] {
  const titleSpan = facts.title.titleSpan;
  if (facts.title.documentKind !== 'final-accounts' || !titleSpan) return [];
  const { text } = facts;
  let first: { start: number; end: number; y: number; m: number } | null = null;
  for (const label of PUBLISHED_LABELS) {
    for (let at = text.indexOf(label); at !== -1; at = text.indexOf(label, at + label.length)) {
      const m = PUBLISHED_DATE.exec(text.slice(at + label.length, at + label.length + 16));
      if (!m) continue;
      const y = Number(m[1]);
      const month = Number(m[2]);
      if (y > year || month < 1 || month > 12) continue;
      if (!first || at < first.start) first = { start: at, end: at + label.length + m[0].length, y, m: month };
      break;
    }
  }
  if (!first) return [];
  return [
    finding({
      rule: 'date-out-of-period',
      shape: 'published-within-year',
      severity: 'warning',
      message: `${year}年度决算的公开日期为${first.y}年${first.m}月，早于${year}年度结束：决算在年度结束后编制，标题的年度或公开日期有误`,
      evidence: [quoteSpan(facts, { start: first.start, end: first.end }), quoteSpan(facts, titleSpan)],
      calculation: `${first.y}年${first.m}月 ≤ ${year}年12月31日`,
    }),
  ];
}

const REPORT_DATE_LABELS: readonly string[] = RULE_WORDS['date-out-of-period'].reportDateLabels;
const EVALUATION_TITLE_WORDS: readonly string[] = RULE_WORDS['date-out-of-period'].evaluationTitleWords;
/** Words telling the evaluation's own report formed or handed in (形成评价报告, 出具评价报告): rule-words reportFormedWords. */
const REPORT_FORMED_WORDS: readonly string[] = RULE_WORDS['date-out-of-period'].reportFormedWords;
/** Most characters between a date and the report-formed words after it (于…, 正式…). */
const REPORT_FORMED_REACH = 4;

/**
 * A self-evaluation of year Y (its title names an evaluation: evaluationTitleWords) whose own date (填报日期, 报告日期:
 * reportDateLabels) lies in a year before Y: the year was evaluated before it began, so the title's year or the date is
 * wrong (填报日期：2023年3月15日 under 2024年度绩效自评报告). Preconditions: the title read, with its year; the labelled date
 * has a year and a month. A date within Y is left alone (a year-end evaluation may be dated 12月31日). One finding per
 * text, at the first such date. Also a date before Y right before words telling the evaluation's report formed
 * (reportFormedWords: 2023年4月15日形成评价报告初稿 in the 2024 evaluation).
 */
function reportDatedBeforeYear(facts: AuditFacts, year: number): Finding[] {
  const titleSpan = facts.title.titleSpan;
  const title = facts.title.title;
  if (!titleSpan || !title || facts.title.fiscalYear !== year || !EVALUATION_TITLE_WORDS.some((w) => title.includes(w))) return [];
  const { text } = facts;
  // 2023年4月15日形成评价报告初稿 in the 2024 evaluation: the evaluation's own report told formed (reportFormedWords right
  // after the date, at most REPORT_FORMED_REACH characters between) on a date before the year (atext, dev 3082).
  for (const d of facts.dates) {
    if (d.year === null || d.month === null || d.year >= year) continue;
    const clause = text.slice(d.end, d.end + REPORT_FORMED_REACH + 8).split(/[，,。；;\n]/)[0]!;
    const word = REPORT_FORMED_WORDS.find((w) => clause.indexOf(w) !== -1 && clause.indexOf(w) <= REPORT_FORMED_REACH);
    if (word === undefined) continue;
    return [
      finding({
        rule: 'date-out-of-period',
        shape: 'report-dated-before-year',
        severity: 'warning',
        message: `${year}年度绩效评价报告写“${d.raw}${clause.slice(0, clause.indexOf(word) + word.length)}”，早于${year}年度开始：评价在年度结束后进行，日期或标题的年度有误`,
        evidence: [quoteSpan(facts, { start: d.start, end: d.end + clause.indexOf(word) + word.length }), quoteSpan(facts, titleSpan)],
        calculation: `${d.raw} < ${year}年1月1日`,
      }),
    ];
  }
  for (const label of REPORT_DATE_LABELS) {
    for (let at = text.indexOf(label); at !== -1; at = text.indexOf(label, at + label.length)) {
      const m = PUBLISHED_DATE.exec(text.slice(at + label.length, at + label.length + 16));
      if (!m) continue;
      const y = Number(m[1]);
      const month = Number(m[2]);
      if (y >= year || month < 1 || month > 12) continue;
      return [
        finding({
          rule: 'date-out-of-period',
          shape: 'report-dated-before-year',
          severity: 'warning',
          message: `${year}年度绩效自评报告的${label}为${y}年${month}月，早于${year}年度开始：自评在年度结束后进行，标题的年度或${label}有误`,
          evidence: [quoteSpan(facts, { start: at, end: at + label.length + m[0].length }), quoteSpan(facts, titleSpan)],
          calculation: `${y}年${month}月 < ${year}年1月1日`,
        }),
      ];
    }
  }
  return [];
}

/**
 * 2022年度收入总计100万元 / 第二部分 2022年度部门决算情况说明 in the 2023 决算 or self-evaluation: the previous year alone
 * (no month, no period) opening a clause of the report's own statements (ownStatements right after it), in a sentence
 * that compares nothing — no 比 or 较, no priorContext word (上年, 同比, 增加 …), not the report's own year too — is
 * last year's statement left in. Preconditions: a 决算 or a department's self-evaluation by its title (a budget or a
 * project may rightly speak of the year before); not after a comparison word (与2022年度决算相比), not inside 《》;
 * a sentence or a heading (第二部分, 三、…), not a table's cell or a column header (2022年决算数 on a line of its own).
 */
const NOT_COMPARISON_BEFORE: readonly string[] = RULE_WORDS['date-out-of-period'].notComparisonBefore;

function priorYearAsOwn(facts: AuditFacts, year: number): Finding[] {
  const out: Finding[] = [];
  const kind = facts.title.documentKind;
  // A budget: only a heading naming last year's budget itself (see BUDGET_STATEMENTS) is read.
  const budget = kind === 'budget';
  if (kind !== 'final-accounts' && kind !== 'department-overall' && !budget) return out;
  const { text } = facts;
  // A 决算 published within the year its title names (公开日期 2021-08-06 under 2021年度部门决算): the title's year is in
  // question, not the body's previous year.
  if (kind === 'final-accounts' && publishedYears(text).some((y) => y <= year)) return out;
  for (const d of facts.dates) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (d.year !== year - 1 || d.month !== null || d.isPeriod) continue;
    const before = text.slice(Math.max(0, d.start - 2), d.start);
    // 关于2022年度… names a subject (a heading's 关于…的说明): its 于 is no comparison (成立于2022年).
    if (GRAMMAR.bodyYearComparisons.some((w) => before.endsWith(w)) && !NOT_COMPARISON_BEFORE.some((w) => before.endsWith(w))) continue;
    // Spaces a copy scattered inside the words (单位 决算) do not part them.
    const after = text.slice(d.end, d.end + 24).replace(/\s+/g, '').replace(/^度/, '');
    const subject = (budget ? BUDGET_STATEMENTS : OWN_STATEMENTS).find((w) => after.startsWith(w));
    if (subject === undefined) continue;
    if (budget && BUDGET_OTHER_PHASES.some((w) => after.startsWith(w, subject.length))) continue;
    if (budget && !facts.headings.some((h) => h.start <= d.start && d.start < h.end && d.start - h.start <= h.marker.length + 2)) continue;
    // A line that is no sentence and no heading (2022年决算数, a column header of a table flattened one cell per line)
    // names a column, not a statement.
    const { start: lineStart, end: lineEnd, text: line } = lineAround(text, d.start);
    const heading = facts.headings.some((h) => h.start >= lineStart && h.start < lineEnd) || /^\s*第[一二三四五六七八九十]{1,3}部分/.test(line);
    if (!heading && !/[，。；：]/.test(line)) continue;
    if (isCellRow(line)) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    const from = sentence?.start ?? Math.max(0, d.start - 60);
    if (insideBookTitle(text, d.start, from)) continue;
    if (comparesOrNamesYear(text.slice(from, sentence?.end ?? d.end + 60), year)) continue;
    const end = d.end + (text.startsWith('度', d.end) ? 1 : 0);
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'earlier-year-situation',
        severity: 'warning',
        message: `${year}年度的文本中写“${text.slice(d.start, end)}${subject}”：本年度的情况应为${year}年，疑为沿用上年文本`,
        evidence: [quoteSpan(facts, { start: d.start, end }), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} ≠ ${year}年`,
      }),
    );
  }
  return out;
}

/** A sentence that compares (比, 较, priorContext: 上年, 增加 …) or names the report's own year: a previous year there is meant. */
function comparesOrNamesYear(body: string, year: number): boolean {
  return /[比较]/.test(body) || PRIOR_CONTEXT.some((w) => body.includes(w)) || body.includes(`${year}年`);
}

const SCOPE_OPENERS = RULE_WORDS['date-out-of-period'].ownScopeOpeners;
const SCOPE_STATEMENTS = RULE_WORDS['date-out-of-period'].ownScopeStatements;

/**
 * 纳入2019年部门预算编报的单位共1个 in the 2020 budget (or 纳入2023年度部门决算编制范围 in the 2024 决算): the units the
 * report's own budget or account covers, told under the previous year — last year's sentence left in. The words are
 * the report's own scope whatever its kind (a budget as much as a 决算): 纳入/列入 right before the year, the phase's
 * 编报/编制 right after it (ownScopeOpeners, ownScopeStatements). Precondition: the previous year alone (no month, no
 * period); the sentence compares nothing (比, 较, priorContext: 上年, 增加 …) and does not name the report's year.
 */
function priorYearScope(facts: AuditFacts, year: number): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  for (const d of facts.dates) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (d.year !== year - 1 || d.month !== null || d.isPeriod) continue;
    if (!SCOPE_OPENERS.some((w) => text.startsWith(w, d.start - w.length))) continue;
    const after = text.slice(d.end, d.end + 16).replace(/\s+/g, '').replace(/^度/, '');
    const statement = SCOPE_STATEMENTS.find((w) => after.startsWith(w));
    if (statement === undefined) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    if (comparesOrNamesYear(text.slice(sentence?.start ?? Math.max(0, d.start - 60), sentence?.end ?? d.end + 60), year)) continue;
    const end = d.end + (text.startsWith('度', d.end) ? 1 : 0);
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'scope-year',
        severity: 'warning',
        message: `${year}年度的文本中写“${text.slice(d.start, end)}${statement}”：本年度纳入编制的范围应为${year}年，疑为沿用上年文本`,
        evidence: [quoteSpan(facts, { start: d.start, end }), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} ≠ ${year}年`,
      }),
    );
  }
  return out;
}

const COMPARISON_OPENERS = RULE_WORDS['date-out-of-period'].comparisonOpeners;
const COMPARISON_BASES = RULE_WORDS['date-out-of-period'].comparisonBases;
const MIN_PRIOR_COMPARISONS = SEARCH_WINDOWS.minPriorComparisons;

/**
 * 与2022年决算数持平 in the 2022 决算, whose other items say 较2021年决算数增加…: the year's 决算 compared with itself, the
 * previous year written as the report's own. Preconditions: a 决算 by its title; the year written alone (no month, no
 * period), a comparison word right before it and a base word (决算数) right after it; the text making at least
 * minPriorComparisons such comparisons with the previous year (its own habit names the base it means, and a misread
 * fiscal year leaves the rule silent). A comparison with the year's own 预算 is no such slip and is not read.
 */
function ownYearAsBase(facts: AuditFacts, year: number): Finding[] {
  if (facts.title.documentKind !== 'final-accounts') return [];
  const { text } = facts;
  const own: (typeof facts.dates)[number][] = [];
  let prior = 0;
  for (const d of facts.dates) {
    if ((d.year !== year && d.year !== year - 1) || d.month !== null || d.isPeriod) continue;
    if (!COMPARISON_OPENERS.some((w) => text.startsWith(w, d.start - w.length))) continue;
    const after = text.slice(d.end, d.end + 8).replace(/^度/, '');
    if (!COMPARISON_BASES.some((w) => after.startsWith(w))) continue;
    if (d.year === year) own.push(d);
    else prior++;
  }
  if (prior < MIN_PRIOR_COMPARISONS) return [];
  return own.slice(0, MAX_FINDINGS_PER_RULE).map((d) => {
    const end = d.end + (text.startsWith('度', d.end) ? 1 : 0);
    return finding({
      rule: 'date-out-of-period',
      shape: 'final-accounts-base-year',
      severity: 'warning',
      message: `${year}年度决算中写“${text.slice(d.start, end)}决算”作比较基数：本年决算与自身比较，其余${prior}处均与${year - 1}年决算比较，疑为${year - 1}年之误`,
      evidence: [quoteSpan(facts, { start: d.start, end }), quoteSentenceAt(facts, d.start)],
      calculation: `比较基数 ${d.raw} = 本年度 ${year}年（应为${year - 1}年）`,
    });
  });
}

const DOCUMENT_HANDLING = RULE_WORDS['date-out-of-period'].documentHandling;
const CLAUSE_ENDS = new Set(['。', '；', '\n']);
/** A document number: its year in 〔〕 (or another bracket a copy put for it), then the serial and 号 (财建〔2022〕153号). */
const DOCUMENT_NUMBER = /[〔［\[【（(][ \t]*((?:19|20)\d{2})[ \t]*[〕］\]】）)][ \t]*第?[ \t]*\d{1,5}[ \t]*号/g;

/**
 * 2012年6月14日，广西收到《财政部关于下达2022年服务业发展资金预算的通知》（财建〔2022〕153号）: a dated event whose own
 * clause receives, issues or passes on (rule-words.json date-out-of-period.documentHandling) a document numbered in a
 * later year than the date's. A document's number carries the year it was issued in, so nothing can be done with it
 * before that year: the date's year is wrong. Preconditions: the date has its month; the handling verb stands between
 * the date and the number, in the same clause (up to 。；⏎), with no other date between them (a year alone inside a
 * document's title 《…》 excepted). No fiscal year is needed.
 */
function beforeItsDocument(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const text = facts.text;
  for (const [index, d] of facts.dates.entries()) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (d.year === null || d.isPeriod) continue;
    // A year alone dates an event only as the clause's time adverbial: opening its clause, a comma right after it
    // (2022年，省财政厅通过…〔2023〕1559号下达…). Elsewhere (2022年中央资金由…〔2023〕…号下达) it names what the funds are of.
    if (d.month === null && !yearOpensClause(text, d)) continue;
    // The clause ends at 。；⏎ — found by one forward walk (an indexOf per mark would scan to the text's end for every
    // date when a mark is missing, quadratic in long texts).
    let clauseEnd = d.end;
    while (clauseEnd < text.length && !CLAUSE_ENDS.has(text[clauseEnd]!)) clauseEnd++;
    // Another date in the clause starts an event of its own, unless it is a year alone inside a document's title
    // (《关于下达2022年…资金的通知》 names the funds, no event). Dates are in text order: stop at the clause's end.
    for (let k = index + 1; k < facts.dates.length; k++) {
      const x = facts.dates[k]!;
      if (x.start >= clauseEnd) break;
      if (x.month !== null || !insideBookTitle(text, x.start, d.end)) {
        clauseEnd = x.start;
        break;
      }
    }
    const clause = text.slice(d.end, clauseEnd);
    DOCUMENT_NUMBER.lastIndex = 0;
    for (let m = DOCUMENT_NUMBER.exec(clause); m !== null; m = DOCUMENT_NUMBER.exec(clause)) {
      const docYear = Number(m[1]);
      if (docYear <= d.year) continue;
      // The verb before the number (收到《…》（财建〔2022〕153号）) or right after it (通过皖财资环〔2023〕1559号下达), read past pinyin glosses.
      const next = withoutPinyinGlosses(clause.slice(m.index + m[0].length, m.index + m[0].length + 16)).replace(/^[ \t）)》]*/, '');
      if (!DOCUMENT_HANDLING.some((w) => clause.slice(0, m!.index).includes(w) || next.startsWith(w))) continue;
      const at = d.end + m.index;
      out.push(
        finding({
          rule: 'date-out-of-period',
          shape: 'before-its-document',
          severity: 'warning',
          message: `${d.raw}处理的文件编号为${m[0]}（${docYear}年的文件），日期早于文件所属年份：日期中的年份疑有误`,
          evidence: [quoteSpan(facts, d), quoteSpan(facts, { start: at, end: at + m[0].length }), quoteSentenceAt(facts, d.start)],
          calculation: `${d.year}年 < ${docYear}年`,
        }),
      );
      break;
    }
  }
  return out;
}

/** A year alone opening its clause (after 。；，⏎ or a heading's marker) and followed by a comma: the clause's time. */
function yearOpensClause(text: string, d: { start: number; end: number }): boolean {
  if (!/^[ \t]*[，,]/.test(text.slice(d.end, d.end + 3))) return false;
  let k = d.start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u3000')) k--;
  if (k < 0 || '。；;，,\n'.includes(text[k]!)) return true;
  const lineStart = text.lastIndexOf('\n', k) + 1;
  return /^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])$/.test(text.slice(lineStart, k + 1));
}

/** Labels of a project's stated period of work (rule-words date-out-of-period.implementationPeriods: 实施期, 实施周期 …). */
const IMPLEMENTATION_PERIODS: readonly string[] = [...RULE_WORDS['date-out-of-period'].implementationPeriods].sort((a, b) => b.length - a.length);
/** How far before a period's first date its label may end (a colon, blanks, 为). */
const PERIOD_LABEL_REACH = 4;

/**
 * 专项实施期2022年3月-2022年11月 … 时效指标 2021年11月30日前完成资金支付: a deadline (a date followed by 前 / 之前 / 底前:
 * thresholds futureAfterDate) a whole year before the project's stated period of work — the label of one
 * (implementationPeriods) right before a date with its year and month, joined by a range mark to a second such date
 * — sets a target for the project before it started: the deadline's year is wrong. Preconditions: the text states
 * exactly one such period; the deadline has its year and month, and its year is before the year the period starts in
 * (a deadline earlier in the same year may be a preparation's).
 */
function deadlineBeforePeriod(facts: AuditFacts, deadlineWords: readonly string[]): Finding[] {
  const { text, dates } = facts;
  const periods: { from: (typeof dates)[number]; to: (typeof dates)[number] }[] = [];
  for (let k = 0; k + 1 < dates.length; k++) {
    const a = dates[k]!;
    const b = dates[k + 1]!;
    if (a.year === null || a.month === null || b.year === null || b.month === null) continue;
    const label = text.slice(Math.max(0, a.start - PERIOD_LABEL_REACH - 6), a.start).replace(/[\s:：为是]+$/, '');
    if (!IMPLEMENTATION_PERIODS.some((w) => label.endsWith(w))) continue;
    if (!/^\s*[-－—~～至到]{1,2}\s*$/.test(text.slice(a.end, b.start))) continue;
    periods.push({ from: a, to: b });
  }
  if (periods.length !== 1) return [];
  const { from, to } = periods[0]!;
  const out: Finding[] = [];
  for (const d of dates) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if (d.year === null || d.month === null || d.year >= from.year!) continue;
    if (!deadlineWords.some((w) => text.startsWith(w, d.end))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        severity: 'warning',
        message: `完成时限“${d.raw}前”早于项目实施期（${from.raw}—${to.raw}）的开始：疑为年份有误`,
        evidence: [quoteSpan(facts, d), quoteSpan(facts, { start: from.start, end: to.end })],
        calculation: `${d.year}年${d.month}月 < ${from.year}年${from.month}月`,
      }),
    );
  }
  return out;
}

const PERIOD_LABELS: readonly string[] = RULE_WORDS['date-out-of-period'].periodLabels;
/** A period label's value: a colon, then the year alone (not a range's first year, not part of a longer number). */
const PERIOD_VALUE = /^[ \t\u3000]*[:：][ \t\u3000]*(\d{4})(?![\d\-—－~～至])/;

/**
 * 预算年度:2022 in the header of the 2023 budget's 收支总表: a form's label naming the period it is of (periodLabels:
 * 预算年度, 决算年度, 评价年度 …) with another year than the title's — last year's form kept, or a mistyped year. Preconditions:
 * the fiscal year read from the title (not from the body); the value is a year alone after a colon (not a range); the
 * title does not name that year too (a multi-year evaluation, a budget that names last year's execution).
 */
function periodLabelYear(facts: AuditFacts, year: number): Finding[] {
  const { text } = facts;
  const title = facts.title.title ?? '';
  const out: Finding[] = [];
  for (const label of PERIOD_LABELS) {
    for (let at = text.indexOf(label); at !== -1 && out.length < MAX_FINDINGS_PER_RULE; at = text.indexOf(label, at + label.length)) {
      const m = PERIOD_VALUE.exec(text.slice(at + label.length, at + label.length + 12));
      if (!m) continue;
      const written = Number(m[1]);
      if (written === year || title.includes(m[1]!)) continue;
      const yearStart = at + label.length + m[0].length - m[1]!.length;
      out.push(
        finding({
          rule: 'date-out-of-period',
          shape: 'period-label-year',
          severity: 'warning',
          message: `${year}年度的文本中，“${label}”写为${written}：与标题的${year}年度不符，疑为沿用他年表样或笔误`,
          evidence: [quoteSpan(facts, { start: at, end: yearStart + 4 })],
          calculation: `${written} ≠ ${year}`,
        }),
      );
    }
  }
  return out;
}

const YEAR_START_BUDGET = RULE_WORDS['date-out-of-period'].yearStartBudget;

/**
 * 2021年初农村危房改造资金预算安排300.7万元 in the 2022 self-evaluation: the year's own budget, arranged at the start of its
 * year, dated to the start of the year before — last year's sentence left in. Preconditions: a self-evaluation or 决算 by
 * its title (a budget is drawn up before its year and may name the year before's start); the previous year alone, 初
 * right after it (年初); in its clause a word of the budget arranged (yearStartBudget: 预算安排, 安排资金 …) and an amount in
 * 元; the sentence compares nothing (比, 较, priorContext other than 年初 itself) and does not name the report's own year.
 */
function priorYearStartBudget(facts: AuditFacts, year: number): Finding[] {
  const kind = facts.title.documentKind;
  if (kind === 'budget' || kind === null) return [];
  const { text } = facts;
  const out: Finding[] = [];
  const context = PRIOR_CONTEXT.filter((w) => w !== '年初');
  for (const d of facts.dates) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (d.year !== year - 1 || d.month !== null || d.isPeriod || text[d.end] !== '初') continue;
    const clause = text.slice(d.end + 1, Math.min(text.length, d.end + 60)).split(/[，,。；;\n]/)[0]!;
    if (!YEAR_START_BUDGET.some((w) => clause.includes(w)) || !/\d[\d.,]*\s*(?:万元|亿元|元)/.test(clause)) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    const body = text.slice(sentence?.start ?? Math.max(0, d.start - 60), sentence?.end ?? d.end + 60);
    if (/[比较]/.test(body) || context.some((w) => body.includes(w)) || body.includes(`${year}年`)) continue;
    if (insideBookTitle(text, d.start, sentence?.start ?? Math.max(0, d.start - 60))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'prior-year-start-budget',
        severity: 'warning',
        message: `${year}年度报告写“${d.raw}初”安排预算：本年度的年初预算应为${year}年初，疑为沿用上年文本`,
        evidence: [quoteSpan(facts, { start: d.start, end: d.end + 1 }), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw}初 ≠ ${year}年初`,
      }),
    );
  }
  return out;
}

/** Last non-empty lines of a text read for its own signing date (a line holding only a date). */
/**
 * The clause group of a date inside its sentence, text[from, to): from the last ； before it to the next after it — a word
 * of plan tells of its own group only (按季度计划推进，各季度均完成序时任务；2026年8月，…成功举办: a plan kept, then a
 * result dated). `reach`, when given, bounds the group on either side of the date.
 */
function clauseGroupOf(text: string, d: { start: number; end: number }, from: number, to: number, reach = Number.MAX_SAFE_INTEGER): string {
  const start = Math.max(from, d.start - reach, text.lastIndexOf('；', d.start) + 1);
  const stop = text.indexOf('；', d.end);
  return text.slice(start, Math.min(to, d.end + reach, stop === -1 ? to : stop));
}

const SIGNING_LINES = 3;

/** The report's own signing date: a date with its day alone on a line among the text's last SIGNING_LINES non-empty lines. */
function signingDate(facts: AuditFacts): AuditFacts['dates'][number] | undefined {
  const { text, dates } = facts;
  let lineEnd = text.length;
  let signing: AuditFacts['dates'][number] | undefined;
  for (let n = 0; n < SIGNING_LINES && lineEnd > 0 && signing === undefined; ) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd).trim();
    if (line !== '') {
      n++;
      signing = dates.find((d) => d.start >= lineStart && d.end <= lineEnd && d.day !== null && d.month !== null && d.year !== null && line === text.slice(d.start, d.end).trim());
    }
    lineEnd = lineStart - 1;
  }
  return signing;
}

/**
 * 经2024年9月秋收测产，项目区小麦…亩均增产约48公斤 in a report signed 2024年4月10日: an event told as done, dated after the
 * report's own signing date — the report cannot tell it; a figure of another report or a year typed wrong. Preconditions:
 * the signing date found as asOfAfterSigning finds it; the event's month (and day, in the same month) after it; not an
 * as-of date (asOfAfterSigning's), not the end of a period (A至B: spanJoiners), not in a planning section (planningSectionKeywords), no word of the future before it
 * or in its sentence (futureWords), no deadline after it (futureAfterDate), not inside 《》, no delivery, lateness or
 * reporting process told of it. No fiscal year is needed. A 警告 (shape event-after-signing).
 */
function eventAfterSigning(facts: AuditFacts, options: Parameters<Rule>[1]): Finding[] {
  const signing = signingDate(facts);
  if (!signing) return [];
  const { text } = facts;
  const signed = signing.year! * 10000 + signing.month! * 100 + signing.day!;
  const exempt = sectionsTitled(facts, options.config.planningSectionKeywords);
  const out: Finding[] = [];
  for (const [index, d] of facts.dates.entries()) {
    if (d === signing || d.year === null || d.month === null || d.start >= signing.start) continue;
    // The end of a period (2023年1月31日至2023年12月31日: an application window a notice opens) is no event.
    const previous = facts.dates[index - 1];
    if (previous && SPAN_JOINERS.includes(text.slice(previous.end, d.start).trim())) continue;
    const at = d.year * 10000 + d.month * 100 + (d.day ?? 0);
    if (d.day === null ? d.year * 100 + d.month <= Math.floor(signed / 100) : at <= signed) continue;
    if (AS_OF.some((w) => text.slice(Math.max(0, d.start - w.length), d.start) === w)) continue;
    if (insideAny(d.start, exempt)) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    const from = sentence?.start ?? Math.max(0, d.start - 60);
    const sentenceText = clauseGroupOf(text, d, from, sentence?.end ?? d.end + 60);
    if (options.config.futureAfterDate.some((w) => text.startsWith(w, d.end)) || options.config.futureWords.some((w) => sentenceText.includes(w))) continue;
    if (insideBookTitle(text, d.start, from) || deliveryDate(text, d) || toldAsLate(text, d) || reportingProcess(text, d)) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'event-after-signing',
        severity: 'warning',
        message: `报告落款日期为${signing.raw}，文中却写${d.raw}的事项：事项日期晚于报告日期，疑为年份笔误或沿用其他材料`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start), quoteSpan(facts, signing)],
        calculation: `${d.raw} > ${signing.raw}`,
      }),
    );
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
  }
  return out;
}

/**
 * 截至2025年6月底，累计培训… in a report signed 2025年3月12日: a state told as of a date (asOf: 截至, 截止) later than the
 * report's own signing date — a date on a line of its own among the text's last SIGNING_LINES non-empty lines, with its
 * day — cannot be of the report: the figure is another report's or a plan's, pasted in. Preconditions: the signing date
 * found as said; the as-of date's month (and day, in the same month) after it. No fiscal year is needed. A 警告.
 */
function asOfAfterSigning(facts: AuditFacts): Finding[] {
  const { text, dates } = facts;
  const signing = signingDate(facts);
  if (!signing) return [];
  const signed = signing.year! * 10000 + signing.month! * 100 + signing.day!;
  const out: Finding[] = [];
  for (const d of dates) {
    if (d === signing || d.year === null || d.month === null || d.start >= signing.start) continue;
    if (!AS_OF.some((w) => text.slice(Math.max(0, d.start - w.length), d.start) === w)) continue;
    const at = d.year * 10000 + d.month * 100 + (d.day ?? 0);
    if (d.day === null ? d.year * 100 + d.month <= Math.floor(signed / 100) : at <= signed) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'as-of-after-signing',
        severity: 'warning',
        message: `报告落款日期为${signing.raw}，文中却写“截至${d.raw}”的情况：截至日期晚于报告日期，疑为沿用其他材料的数字`,
        evidence: [quoteSpan(facts, d), quoteSpan(facts, signing)],
        calculation: `${d.raw} > ${signing.raw}`,
      }),
    );
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
  }
  return out;
}

const EVALUATION_PERIOD_LABELS: readonly string[] = RULE_WORDS['date-out-of-period'].evaluationPeriodLabels;
/** How far before a period's start date its label is read (本次自评时间范围为2024年1月1日). */
const EVALUATION_PERIOD_REACH = 12;

/**
 * 本次自评时间范围为2024年1月1日至2025年12月31日 in the 2024 self-evaluation: the period the evaluation states it covers
 * (rule-words evaluationPeriodLabels: 时间范围, 评价期间, 自评时段 … in its start's clause, at most
 * EVALUATION_PERIOD_REACH characters before it) starts on the fiscal year's first month and ends, after a spanJoiners
 * word, in a later year — a year's evaluation covers that year only. Read only where the year is the title's. A 警告.
 */
function evaluationPeriodBeyondYear(facts: AuditFacts, year: number): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 1 < facts.dates.length; i++) {
    const a = facts.dates[i]!;
    const b = facts.dates[i + 1]!;
    if (a.year !== year || a.month !== 1 || b.year === null || b.year <= year) continue;
    if (!SPAN_JOINERS.includes(facts.text.slice(a.end, b.start).trim())) continue;
    let from = a.start;
    while (from > 0 && a.start - from < EVALUATION_PERIOD_REACH && !'，。；;\n'.includes(facts.text[from - 1]!)) from--;
    const before = facts.text.slice(from, a.start);
    if (!EVALUATION_PERIOD_LABELS.some((w) => before.includes(w))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'evaluation-period-beyond-year',
        severity: 'warning',
        message: `${year}年度自评的评价期间写为“${facts.text.slice(a.start, b.end)}”，终止日期已超出${year}年度（应至${year}年12月31日）`,
        evidence: [quoteSpan(facts, { start: from, end: b.end })],
        calculation: `${b.raw} > ${year}年12月31日`,
      }),
    );
  }
  return out;
}

const CHANGE_REASON_LEADS: readonly string[] = RULE_WORDS['date-out-of-period'].changeReasonLeads;
const CHANGE_WORDS: readonly string[] = RULE_WORDS['date-out-of-period'].changeReasonChanges;

/**
 * 因公出国（境）费增加是因为安排了2026年赴境外开展科技合作交流的团组 in the 2025 budget: the reason given for a change of the
 * year's amount (a change word — changeReasonChanges: 增加, 减少 — then a reason lead — changeReasonLeads: 是因为, 主要原因是 —
 * in one clause group) names a later year's activity; a budget's change is explained by its own year's spending. Read in
 * a budget by its title only (a report after the year explains its results elsewhere). Preconditions: the date is of a
 * later year than the budget's, inside the reason (after its lead, before the sentence's end). A 警告.
 */
function laterYearAsReason(facts: AuditFacts, year: number): Finding[] {
  if (facts.title.documentKind !== 'budget') return [];
  const out: Finding[] = [];
  for (const d of facts.dates) {
    if (d.year === null || d.year <= year || out.length >= MAX_FINDINGS_PER_RULE) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    if (!sentence) continue;
    const before = facts.text.slice(sentence.start, d.start);
    let lead = -1;
    for (const w of CHANGE_REASON_LEADS) lead = Math.max(lead, before.lastIndexOf(w));
    if (lead === -1 || !CHANGE_WORDS.some((w) => before.slice(0, lead).includes(w))) continue;
    // The reason runs from its lead to the date with no clause group closed between.
    if (/[。；;]/.test(before.slice(lead))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'later-year-as-reason',
        severity: 'warning',
        message: `${year}年预算的变动原因写为${d.raw}的事项，已超出${year}年度：本年预算的增减应由本年度的安排说明`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} > ${year}年`,
      }),
    );
  }
  return out;
}

const APPROVAL_BODIES: readonly string[] = RULE_WORDS['date-out-of-period'].budgetApprovalBodies;
const APPROVAL_VERBS: readonly string[] = RULE_WORDS['date-out-of-period'].budgetApprovalVerbs;

/**
 * 本部门2025年部门预算经2023年1月召开的…人民代表大会第三次会议审查批准: a year's budget is approved at the session held at the
 * turn of its year (the December before or the first months of the year), so a session dated two or more years before the
 * budget's year is last year's (or an older) sentence left in. Preconditions: a budget by its title; the date opens the
 * session's words (a budgetApprovalBodies word after it in its sentence, then an approval verb: budgetApprovalVerbs);
 * no other year's budget is named in the sentence before the date (上年预算经…). A 警告.
 */
function approvalSessionTooEarly(facts: AuditFacts, year: number): Finding[] {
  if (facts.title.documentKind !== 'budget') return [];
  const out: Finding[] = [];
  for (const d of facts.dates) {
    if (d.year === null || d.year > year - 2 || out.length >= 1) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    if (!sentence) continue;
    const after = facts.text.slice(d.end, sentence.end);
    const body = APPROVAL_BODIES.map((w) => after.indexOf(w)).filter((k) => k !== -1);
    if (body.length === 0 || !APPROVAL_VERBS.some((w) => after.indexOf(w) > Math.min(...body))) continue;
    const before = facts.text.slice(sentence.start, d.start);
    if (!before.includes(`${year}年`) || PRIOR_CONTEXT.some((w) => before.includes(w))) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'approval-session-too-early',
        severity: 'warning',
        message: `${year}年预算写为经${d.raw}召开的会议审查批准，早于${year}年预算的审批时间（${year - 1}年末至${year}年初）：疑为沿用往年文本`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
        calculation: `${d.year} < ${year - 1}`,
      }),
    );
  }
  return out;
}

const PAY_VERBS: readonly string[] = RULE_WORDS['date-out-of-period'].payVerbs;
const LOW_EXECUTION: readonly string[] = RULE_WORDS['date-out-of-period'].lowExecutionWords;
/** Characters allowed between a date and its payment verb (于2024年1月才全部发放). */
const PAY_GAP = 4;

/**
 * 部分资金于2024年1月发放，造成当年执行率偏低 in the 2025 self-evaluation: a payment dated before the fiscal year (a pay
 * verb at most PAY_GAP characters after a date with its month: rule-words payVerbs) told, later in the same sentence,
 * as the cause of the year's low execution (lowExecutionWords: 执行率偏低, 未能在当年支付 …) — money paid before the
 * year cannot lower its execution; the date is the wrong year (the next one's January). Preconditions: nothing in the
 * sentence speaks of last year on purpose (priorContext: 上年, 结转 …) and the sentence holds no date of the fiscal
 * year or later. A 警告.
 */
function paymentBeforeYearAsDelay(facts: AuditFacts, year: number): Finding[] {
  const out: Finding[] = [];
  for (const d of facts.dates) {
    if (d.year === null || d.year >= year || d.month === null) continue;
    const after = facts.text.slice(d.end, d.end + PAY_GAP + 2);
    if (!PAY_VERBS.some((w) => after.slice(0, PAY_GAP + w.length).includes(w))) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    if (!sentence) continue;
    const body = facts.text.slice(sentence.start, sentence.end);
    if (!LOW_EXECUTION.some((w) => facts.text.slice(d.end, sentence.end).includes(w))) continue;
    if (PRIOR_CONTEXT.some((w) => body.includes(w))) continue;
    if (facts.dates.some((o) => o !== d && o.start >= sentence.start && o.start < sentence.end && o.year !== null && o.year >= year)) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'payment-before-year-as-delay',
        severity: 'warning',
        message: `${year}年度报告称资金于${d.raw}支付并因此造成当年执行率偏低，但${d.raw}在${year}年度之前，不会影响当年执行；日期疑有误`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} < ${year}年1月1日`,
      }),
    );
  }
  return out;
}

const EARLIER_RESULT_VERBS: readonly string[] = RULE_WORDS['date-out-of-period'].earlierResultVerbs;
const EARLIER_HISTORY: readonly string[] = RULE_WORDS['date-out-of-period'].earlierHistoryWords;

/**
 * 档案数字化二期项目于2023年11月通过验收 in the 时效指标 of the 2024 report, 2024年9月，我局完成了…竣工结算审计 among the 2025
 * results: a result of the year (an acceptance, a completion, an event held) dated, with its month, in an earlier year —
 * a year typed wrong or last year's sentence kept. Preconditions, each needed: the fiscal year read from the title; the
 * date inside a section presenting results (resultSectionKeywords), none presenting plans; it opens its clause or follows
 * 于/在 right before it; its clause group (to the next 。 or ；) holds a result verb (earlierResultVerbs: 通过验收, 竣工,
 * 举办 …) and no word of history or of the step before (earlierHistoryWords: 上年, 此前, 开工, 结转, 尾款 …), no comparison
 * or as-of word (priorContext, asOf), no other date; not inside 《》, no delivery or lateness told of it. A 警告 (shape earlier-date-result).
 */
function earlierDateAsResult(facts: AuditFacts, year: number, options: Parameters<Rule>[1]): Finding[] {
  const results = sectionsTitled(facts, options.config.resultSectionKeywords);
  if (results.length === 0) return [];
  const exempt = sectionsTitled(facts, options.config.planningSectionKeywords);
  const { text } = facts;
  const out: Finding[] = [];
  for (const d of facts.dates) {
    if (d.year === null || d.month === null || d.year >= year || d.isPeriod) continue;
    if (!insideAny(d.start, results) || insideAny(d.start, exempt)) continue;
    const before = text[d.start - 1] ?? '\n';
    if (!'于在，。；：\n'.includes(before) && !yearOpensClause(text, d)) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    const from = sentence?.start ?? Math.max(0, d.start - 60);
    const end = sentence?.end ?? d.end + 80;
    const stop = text.slice(d.end, end).search(/[。；]/);
    const groupStart = Math.max(from, text.lastIndexOf('；', d.start) + 1);
    const groupEnd = stop === -1 ? end : d.end + stop;
    const group = text.slice(groupStart, groupEnd);
    if (!EARLIER_RESULT_VERBS.some((w) => group.includes(w))) continue;
    if ([...EARLIER_HISTORY, ...PRIOR_CONTEXT, ...AS_OF].some((w) => group.includes(w))) continue;
    if (facts.dates.some((o) => o !== d && o.start >= groupStart && o.start < groupEnd)) continue;
    // (The reporting process — 结算, 自评 — follows the year; a date before the year is no report on it.)
    if (insideBookTitle(text, d.start, from) || deliveryDate(text, d) || toldAsLate(text, d)) continue;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'earlier-date-result',
        severity: 'warning',
        message: `${year}年度报告的绩效完成情况中，${d.raw}的事项被作为本年度成绩列出，早于${year}年度（${year}年1月1日至12月31日），疑为年份笔误或沿用上年文字`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} < ${year}年1月1日`,
      }),
    );
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
  }
  return out;
}

export const dateOutOfPeriod: Rule = (facts, options) => {
  const year = options.fiscalYear;
  const early = [...beforeItsDocument(facts), ...deadlineBeforePeriod(facts, options.config.futureAfterDate.filter((w) => w !== '起')), ...asOfAfterSigning(facts)];
  // (An event after the signing date that an earlier check reported already is not told twice.)
  const earlyStarts = new Set(early.flatMap((f) => f.evidence.map((e) => e.start)));
  early.push(...eventAfterSigning(facts, options).filter((f) => !f.evidence.some((e) => earlyStarts.has(e.start))));
  if (year === null) {
    noteNotChecked(options, {
      message: 'date-out-of-period：未能从标题读出年度（可用 --fiscal-year 指定），未检查日期是否超出年度',
      webMessage: 'date-out-of-period：未能从报告中确定年度（可在“年度”栏中指定后重新体检），未检查日期是否超出年度',
    });
    return early;
  }
  const out: Finding[] = [...early, ...priorYearEnd(facts, year), ...priorYearEndStaff(facts, year), ...earlierYearsChange(facts, year), ...earlierYearsGoal(facts, year, ownSubjects(options.config.selfWords, options.department, options.config.regionPrefixes)), ...priorYearEvaluation(facts, year), ...earlierYearsName(facts, year), ...siblingHeadingYear(facts, year), ...priorYearAsOwn(facts, year), ...priorYearScope(facts, year), ...ownYearAsBase(facts, year), ...publishedWithinYear(facts, year), ...reportDatedBeforeYear(facts, year), ...priorYearStartBudget(facts, year), ...laterYearEnd(facts, year, options.config.futureWords.filter((w) => !AS_OF.includes(w)), options.fiscalYearFromBody === true), ...paymentBeforeYearAsDelay(facts, year), ...laterYearAsReason(facts, year), ...approvalSessionTooEarly(facts, year)];
  if (!options.fiscalYearFromBody) out.push(...evaluationPeriodBeyondYear(facts, year));
  if (!options.fiscalYearFromBody) {
    const told = new Set(out.flatMap((f) => f.evidence.map((e) => e.line)));
    out.push(...periodLabelYear(facts, year).filter((f) => !f.evidence.some((e) => told.has(e.line))));
  }
  // A part line another check already reported (第二部分 某校2021年度单位决算表: last year's own statement) is not told twice.
  const lines = new Set(out.flatMap((f) => f.evidence.map((e) => e.line)));
  out.push(...partTitleYear(facts, year, options.fiscalYearFromBody === true).filter((f) => !f.evidence.some((e) => lines.has(e.line))));
  const listed = new Set(out.flatMap((f) => f.evidence.map((e) => e.line)));
  out.push(...listRunYear(facts, year).filter((f) => !f.evidence.some((e) => listed.has(e.line))));
  // A heading's year another check reported (its siblings', its own statement's) is not told twice; a year read from the
  // body (no title) is not enough for a heading, unless the document's own part titles name it with its kind.
  const partKind = partsKind(facts, year);
  if (!options.fiscalYearFromBody || partKind !== null) {
    const told = new Set(out.flatMap((f) => f.evidence.map((e) => e.line)));
    out.push(...priorYearHeading(facts, year, partKind).filter((f) => !f.evidence.some((e) => told.has(e.line))));
  }
  if (!options.fiscalYearFromBody) {
    const told = new Set(out.flatMap((f) => f.evidence.map((e) => e.start)));
    out.push(...earlierDateAsResult(facts, year, options).filter((f) => !told.has(f.evidence[0]!.start)));
  }
  if (options.fiscalYearFromBody) {
    // A year read from the sentences tells an earlier year's sentence left in; later dates of a text without a title
    // (a copied page's toolbar, the report's own date) are not told apart from results, so they are not judged.
    options.notChecked.push(`date-out-of-period：标题中未读出年度，按正文推断为${year}年度，只检查沿用上年文本，未检查晚于年度的日期`);
    return out;
  }
  const exempt = sectionsTitled(facts, options.config.planningSectionKeywords);
  const signatureEndings = [...options.config.entitySuffixes, ...options.config.entityNameVariant.unitEndings];
  // Where the report has result sections (绩效情况, 评价指标分析 …), only their dates are presented as results;
  // a later date in 基本情况 (机构改革) is background. Without such headings the whole text counts.
  const results = sectionsTitled(facts, options.config.resultSectionKeywords);
  const reportedSentences = new Set<number>();
  for (const [index, d] of facts.dates.entries()) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    if (d.year === null || d.year <= year || d.month === null) continue;
    if (endsPeriodFromYear(facts, index, year)) continue;
    if (insideAny(d.start, exempt) || isSignature(facts, d.start, signatureEndings)) continue;
    if (results.length > 0 && !insideAny(d.start, results)) continue;
    const sentence = facts.sentences[spanIndexAt(facts.sentences, d.start)];
    const from = sentence?.start ?? Math.max(0, d.start - 60);
    // 2025年6月底前完成 is a deadline, not a result.
    const after = facts.text.slice(d.end, d.end + 3);
    if (options.config.futureAfterDate.some((w) => after.startsWith(w))) continue;
    const before = facts.text.slice(Math.max(from, d.start - 12), d.start);
    if (options.config.futureWords.some((w) => before.includes(w))) continue;
    const sentenceText = clauseGroupOf(facts.text, d, from, Math.min(sentence?.end ?? d.end, d.end + 150), 150);
    if (options.config.futureWords.some((w) => sentenceText.includes(w) && (w === '计划' || w === '预计' || w === '拟'))) continue;
    if (insideBookTitle(facts.text, d.start, from)) continue;
    if (deliveryDate(facts.text, d)) continue;
    if (toldAsLate(facts.text, d)) continue;
    if (reportingProcess(facts.text, d)) continue;
    if (projectCompletedLater(facts, d)) continue;
    if (reportedSentences.has(from) || early.some((f) => f.evidence[0]?.start === d.start)) continue;
    reportedSentences.add(from);
    // Severity by evidence: only inside a section that presents the year's results is a later date told as a
    // result; in a text without such sections (a 决算 or 三公 note) it may be an approval, a meeting or a plan,
    // so it is a 提示 (info).
    const told = results.length > 0;
    out.push(
      finding({
        rule: 'date-out-of-period',
        shape: 'later-date',
        severity: !told ? 'info' : d.day !== null ? 'error' : 'warning',
        message: `${year}年度报告的绩效情况中出现${d.raw}的事项，已超出${year}年度（${year}年1月1日至12月31日），不应作为本年度成绩`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
        calculation: `${d.raw} > ${year}年12月31日`,
      }),
    );
  }
  return out;
};
