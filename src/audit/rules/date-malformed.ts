/** date-malformed — an impossible date (2月30日, 13月) or a malformed one (2024年9以来: 月 missing). */
import { type Finding, finding } from '../../core/finding.ts';
import { RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { unwrappedOf } from '../facts/structure.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { quoteSentenceAt, quoteSpan } from './lib/evidence.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

/**
 * The kind of evidence of a malformed date (data/audit/severity.json): a year's digits or its 年 slipped (2021度,
 * 201年度, 22017年 — facts/figures.ts yearSlip), the digits after a year without their 月 (2020年4 月), or a month or day
 * that does not exist (13月, 2月30日).
 */
export function dateShape(reason: string): 'year-slip' | 'month-missing' | 'impossible-date' {
  if (reason.includes('缺少“月”')) return 'month-missing';
  return reason.startsWith('年份') ? 'year-slip' : 'impossible-date';
}

export const dateMalformed: Rule = (facts, options) => {
  const out: Finding[] = [];
  for (const d of facts.malformedDates) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const missingMonth = d.reason.includes('缺少');
    out.push(
      finding({
        rule: 'date-malformed',
        shape: dateShape(d.reason),
        severity: missingMonth ? 'warning' : 'error',
        message: `日期有误：“${d.raw}”——${d.reason}`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
      }),
    );
  }
  out.push(...impossibleNumericDates(facts, out));
  out.push(...fusedDocumentNumbers(facts));
  out.push(...lostYears(facts));
  if (options.fiscalYear !== null) out.push(...spreadsheetSerials(facts, options.fiscalYear));
  out.push(...swappedYears(facts, options.fiscalYear));
  return out;
};

/** Kinds of report a year names right before them (部门决算, 单位预算 …): rule-words.json date-malformed reportKindsAfterYear. */
const REPORT_KINDS = RULE_WORDS['date-malformed'].reportKindsAfterYear;
/**
 * A part or heading marker (第二部分, 三、, （三）) or a line's start, then 度 and a kind of report: 第二部分度部门决算情况说明.
 * Group 1: the marker (or nothing); the 度 follows the blanks after it.
 */
const LOST_YEAR = new RegExp(`^[ \\t]*(第[一二三四五六七八九十\\d]{1,3}部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?[ \\t]*度(?=${anyWord(REPORT_KINDS)})`, 'gm');

/**
 * 第二部分度部门决算情况说明: 度 right after a part or heading marker (or opening a line) and before a kind of report
 * (reportKindsAfterYear: 部门决算, 单位预算 …) is 年度 whose year was lost — its digits and 年 both (2021度 and 2021部门决算,
 * one piece lost, are read as year slips in facts/figures.ts). Only there: after a word 度 ends many words (季度, 制度,
 * 进度). A line opening with 度 after a line ending in 年 (2020年⏎度部门决算) is a wrapped 年度, not read.
 */
function lostYears(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  LOST_YEAR.lastIndex = 0;
  for (let m = LOST_YEAR.exec(text); m !== null && out.length < MAX_FINDINGS_PER_RULE; m = LOST_YEAR.exec(text)) {
    const at = m.index + m[0].length - 1;
    if (m[1] === undefined && /[年\d]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const lineEnd = text.indexOf('\n', at);
    out.push(
      finding({
        rule: 'date-malformed',
        shape: 'year-lost',
        severity: 'warning',
        message: `日期有误：“${text.slice(m.index, at + 1).trim()}${REPORT_KINDS.find((w) => text.startsWith(w, at + 1))}”——“度”前缺少年份（应为“XXXX年度”）`,
        evidence: [quoteSpan(facts, { start: at, end: at + 1 }), quoteSpan(facts, { start: m.index + m[0].length - m[0].trimStart().length, end: lineEnd === -1 ? text.length : lineEnd })],
      }),
    );
  }
  return out;
}

/** How far after the report's year a year must lie to be no plan or target year (2035年远景目标) of any report. */
const IMPOSSIBLE_FUTURE_YEARS = 50;

/**
 * 第四部分 2202年度部门决算表 in a 2022 report: a year written with the report's year's digits in another order that
 * lies so far ahead that no plan names it is the report's year with two digits swapped. Without the report's year,
 * any other year the text states is the reference. Years of the past (2012 for 2021) and near plan years (2032 for
 * 2023) are real years, not judged.
 */
function swappedYears(facts: Parameters<Rule>[0], fiscalYear: number | null): Finding[] {
  const out: Finding[] = [];
  const digits = (n: number): string => [...String(n)].sort().join('');
  // Without the report's year, the years the text states elsewhere are the references.
  const references = fiscalYear !== null ? [fiscalYear] : [...new Set(facts.dates.map((d) => d.year).filter((y): y is number => y !== null))];
  for (const d of facts.dates) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const dy = d.year;
    if (dy === null) continue;
    const year = references.find((r) => dy - r >= IMPOSSIBLE_FUTURE_YEARS && digits(dy) === digits(r));
    if (year === undefined) continue;
    out.push(
      finding({
        rule: 'date-malformed',
        shape: 'swapped-year',
        severity: 'error',
        message: fiscalYear !== null ? `日期有误：“${d.raw}”——年份${dy}不可能出现在${year}年度的报告中，疑为${year}年的数字颠倒` : `日期有误：“${d.raw}”——年份${dy}不可能，文中另有${year}年，疑为其数字颠倒`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
        calculation: `${dy} 与 ${year} 数字相同、顺序不同`,
      }),
    );
  }
  return out;
}

const TIME_LABELS = RULE_WORDS['date-malformed'].timeLabels;
/** An indicator's kind cells (正向, 定量) that may stand between a time label and its value. */
const INDICATOR_KINDS = new RegExp(anyWord(RULE_WORDS['date-malformed'].indicatorKinds), 'g');
/** How far after a time label (到位时间) its value is looked for, on the same line. */
const TIME_VALUE_REACH = SEARCH_WINDOWS.timeValueReach;
/** Day 0 of a spreadsheet's date serials (1900 date system, as Excel and WPS count). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * 项目财政资金到位时间 正向 = 44,561: a bare five-digit number as the value of a date that falls, read as a
 * spreadsheet's date serial, within a year of the report's (44561 = 2021-12-31) is a date cell printed as a number.
 * Silent without a fiscal year, and on a number with a unit (30天, 44,561元).
 */
function spreadsheetSerials(facts: Parameters<Rule>[0], year: number): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  const re = /(?<![\d.,，])(\d{2},?\d{3})(?![\d.,，%])/g;
  let lineStart = 0;
  while (lineStart < text.length && out.length < MAX_FINDINGS_PER_RULE) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const labelEnd = Math.max(...TIME_LABELS.map((w) => (line.indexOf(w) === -1 ? -1 : line.indexOf(w) + w.length)));
    if (labelEnd > 0) {
      re.lastIndex = labelEnd;
      const m = re.exec(line);
      // Only the label's own value: nothing but cell borders, signs and an indicator's 正向/反向 between them
      // (发布时间：… 浏览次数：44561 is another field's number).
      const between = m ? line.slice(labelEnd, m.index).replace(INDICATOR_KINDS, '') : '';
      if (m && m.index - labelEnd <= TIME_VALUE_REACH && /^[\s|:：=＝<>≥≤]*$/.test(between) && /^\s*(?:$|[|\t\d=<>≥≤])/.test(line.slice(m.index + m[0].length))) {
        const serial = Number(m[1]!.replace(',', ''));
        const date = new Date(SERIAL_EPOCH_MS + serial * DAY_MS);
        if (Math.abs(date.getUTCFullYear() - year) <= 1) {
          const start = lineStart + m.index;
          const shown = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
          out.push(
            finding({
              rule: 'date-malformed',
              shape: 'spreadsheet-serial',
              severity: 'warning',
              message: `日期有误：“${m[1]}”作为时间指标的值，疑为电子表格的日期序列号（${serial} 即${shown}），日期未按日期格式显示`,
              evidence: [quoteSpan(facts, { start, end: start + m[0].length }), quoteSentenceAt(facts, start)],
              calculation: `${serial} 天（自1899年12月30日起）= ${shown}`,
            }),
          );
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * 钦办通〔201965号: a document number whose year runs into its number — the closing 〕 is missing, so 201965 reads
 * as a year. Only with 号 right after the digits (a page that lost its brackets and 号 alike is a storage artefact).
 */
/** A document number's year closed by its bracket (〔2014〕). */
const CLOSED_DOCUMENT_YEAR = /[〔［[﹝](?:19|20)\d{2}[〕］\]﹞]/;

function fusedDocumentNumbers(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const re = /[〔［[]((?:19|20)\d{2})(\d{1,4})号/g;
  // A slip is the exception to the text's own way of writing: when two or more document numbers all lack their 〕
  // and none in the text is closed, the text (or its storage) never writes the bracket — nothing to compare with.
  // Read with the wraps inside sentences undone (钦办通〔201965⏎号), offsets mapped back to the text.
  const flat = unwrappedOf(facts);
  const fused = flat.text.match(re)?.length ?? 0;
  if (fused >= 2 && !CLOSED_DOCUMENT_YEAR.test(flat.text)) return out;
  for (let m = re.exec(flat.text); m !== null && out.length < MAX_FINDINGS_PER_RULE; m = re.exec(flat.text)) {
    const start = flat.toOriginal[m.index]!;
    const end = flat.toOriginal[m.index + m[0].length - 1]! + 1;
    out.push(
      finding({
        rule: 'date-malformed',
        shape: 'fused-document-number',
        severity: 'warning',
        message: `文号有误：“${m[0]}”——年份${m[1]}后缺少“〕”，年份与序号连在一起`,
        evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
      }),
    );
  }
  return out;
}

/** A date written in numbers only (2018-11-30, 2018/11/30, 2018.11.30): year, month, day, one separator throughout. */
const NUMERIC_DATE = /(?<![\d.\-/])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g;

/**
 * 公开日期：2018-11-31, [发布日期] 2023-09-41: a date written in numbers only whose month exists (1–12) but whose day
 * is past the month's last (30 for November, 28 or 29 for February) — no such day. A number of that shape with a month
 * above 12 is no date and is not read; a date inside a span another finding of this rule quotes is not told twice. An
 * 错误 (shape impossible-date).
 */
function impossibleNumericDates(facts: Parameters<Rule>[0], taken: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(text); m !== null && out.length < MAX_FINDINGS_PER_RULE; m = NUMERIC_DATE.exec(text)) {
    const year = Number(m[1]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1) continue;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day <= last) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((f) => f.evidence.some((e) => e.start !== undefined && e.end !== undefined && e.start < end && start < e.end))) continue;
    out.push(
      finding({
        rule: 'date-malformed',
        shape: 'impossible-date',
        severity: 'error',
        message: `日期有误：“${m[0]}”——${year}年${month}月只有${last}日，没有${day}日`,
        evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
        calculation: `${day} > ${last}`,
      }),
    );
  }
  return out;
}
