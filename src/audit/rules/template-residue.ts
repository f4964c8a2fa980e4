/** template-residue — placeholder or instruction text of the form left in place (XX, 增长（下降）, 请填写 …). */
import { type Finding, finding } from '../../core/finding.ts';
import { type BracketInstructionWords, GRAMMAR, RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { isCellRow, lineAround } from '../facts/lines.ts';
import { unwrappedOf } from '../facts/structure.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { normalizeText } from '../read/normalize.ts';
import { quoteSentenceAt, quoteSpan } from './lib/evidence.ts';
import type { Rule } from './lib/types.ts';

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

function isAsciiAlnum(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}

function endsCell(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && k < from + 8 && text[k] === ' ') k++;
  return k >= text.length || text[k] === '\n' || text[k] === '|' || text[k] === '\t';
}

/**
 * What follows a name placeholder standing in a heading or title (部门（单位）名称概况, …名称2024年度部门决算); a
 * form's label is followed by a colon, a cell border or the name itself (部门（单位）名称长沙市某局).
 */
const PLACEHOLDER_CONTEXT = new RegExp(`^\\s*(?:${anyWord(RULE_WORDS['template-residue'].placeholderContext)}|20\\d\\d)`);

/**
 * What follows the name's slot in the sentence that names the report (纳入部门名称2022年度部门决算编制范围): a year, 年 or
 * 年度, then a kind of report a body publishes under its name (rule-words template-residue.namedReportKinds).
 */
const NAMED_REPORT = new RegExp(`^(?:19|20)\\d{2}年度?(?:${anyWord(RULE_WORDS['template-residue'].namedReportKinds)})`);

/**
 * Whether the bare name placeholder at text[at, end) stands, glued, where a body's name is written before the year and
 * kind of its report (部门名称2022年度部门决算 anywhere in a sentence), on a line that is no table row.
 */
function beforeNamedReport(text: string, at: number, end: number): boolean {
  return NAMED_REPORT.test(text.slice(end, end + 16)) && !isCellRow(lineAround(text, at, end).text);
}

/** A title's opening before a name: a part or heading marker at most (第一部分, 一、, （一）, 1.), blanks aside. */
const TITLE_OPENING = /^\s*(?:第[一二三四五六七八九十]{1,3}部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])?\s*$/;

/**
 * Whether text[at, end) opens a title line where the department's name belongs (第一部分部门名称概况, 部门名称2022年度部门决算):
 * nothing but a heading marker before it on its line, the title's words glued right after it (no blank: 部门名称 2024年预算数
 * is a table's header), and no cell border or tab on the line.
 */
function opensTitle(text: string, at: number, end: number): boolean {
  const { start: lineStart, text: line } = lineAround(text, at, end);
  return TITLE_OPENING.test(text.slice(lineStart, at)) && !/^\s/.test(text.slice(end, end + 1)) && !isCellRow(line);
}

const normalizedLiterals = new Map<string, string>();

/** Literals are written as a person types them (……, full width); the text they are looked for in is normalised. */
function normalizedLiteral(literal: string): string {
  let n = normalizedLiterals.get(literal);
  if (n === undefined) {
    n = normalizeText(literal).text;
    normalizedLiterals.set(literal, n);
  }
  return n;
}

/** Characters after a run of stars within which the site's declaration of a mask (****为隐藏内容) is looked for. */
const MASK_DECLARATION_REACH = SEARCH_WINDOWS.maskDeclarationReach;

/** Whether the text says its stars are the copying site's mask (下文中****为隐藏内容,仅对会员开放). */
function declaresStarMask(text: string, words: readonly string[]): boolean {
  for (const m of text.matchAll(/\*{3,}/g)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + MASK_DECLARATION_REACH);
    if (words.some((w) => after.includes(w))) return true;
  }
  return false;
}

/** Whether at least SEARCH_WINDOWS.maskedWordRuns runs of stars stand inside words (乡村**衔接, 下达**河县): a masked copy. */
function masksWords(text: string): boolean {
  let runs = 0;
  for (const m of text.matchAll(/\*+/g)) {
    const before = text.charCodeAt(m.index - 1);
    const after = text.charCodeAt(m.index + m[0].length);
    // Stars before 年 / 月 / 日 stand for a number of the form (我单位***年度), not part of a name.
    if (m.index > 0 && isCjkCode(before) && isCjkCode(after) && !'年月日'.includes(text[m.index + m[0].length]!) && ++runs >= SEARCH_WINDOWS.maskedWordRuns) return true;
  }
  return false;
}

/**
 * Whether the place `at` lies in the value of a site's user field (上传人：人****来): one of the labels, an optional
 * colon, then at most six characters without a space or punctuation up to `at`.
 */
function inUserField(text: string, at: number, labels: readonly string[]): boolean {
  const before = text.slice(Math.max(0, at - 16), at);
  const m = /[^\s:：,，。；;|、]{0,6}$/.exec(before);
  let rest = before.slice(0, before.length - (m?.[0].length ?? 0));
  if (rest.endsWith(':') || rest.endsWith('：')) rest = rest.slice(0, -1).trimEnd();
  else if (m !== null && m[0].length > 0) {
    // No colon: the label must end the characters themselves (上传人人****来 is not read; 作者张**).
    return labels.some((l) => m[0].startsWith(l));
  }
  return labels.some((l) => rest.endsWith(l));
}

/**
 * The kind of placeholder a literal of the list is: XX, xx and ×× (and their longer runs) are one placeholder written
 * in three ways — a text that writes its blanks XX here and xx there has one defect, the form left unfilled; any other
 * literal is a kind of its own.
 */
function literalKind(written: string): string {
  return /^[Xx×]+$/.test(written) ? 'literal:XX' : `literal:${written}`;
}

/** One place of a placeholder, before the places of one kind are reported together. */
interface Occurrence {
  /** The kind: the same literal of the list (XX, XXXXXX are both the literal XX), or the same quoted text. */
  readonly key: string;
  readonly start: number;
  readonly finding: Finding;
}

/** Characters either side of a place quoted as its evidence line, within its line. */
const PLACE_CONTEXT = 30;

/** The stretch of the line around one place: where a placeholder stands, read as the reviewer finds it. */
function quoteLineAt(facts: Parameters<Rule>[0], at: number): ReturnType<typeof quoteSpan> {
  const { text } = facts;
  const line = lineAround(text, at);
  return quoteSpan(facts, { start: Math.max(line.start, at - PLACE_CONTEXT), end: Math.min(line.end, at + PLACE_CONTEXT) });
}

/** Most places of one kind quoted as evidence; the message counts them all. */
const MAX_GROUPED_EVIDENCE = 20;

/**
 * One finding per kind of placeholder per document: a text that writes every amount XX has one defect, the form never
 * filled in, not one per amount. The first place is the quote; every place (up to MAX_GROUPED_EVIDENCE) is an evidence
 * line, and the message says how many there are and on which lines.
 */
function groupByKind(facts: Parameters<Rule>[0], occurrences: readonly Occurrence[]): Finding[] {
  const byKey = new Map<string, Occurrence[]>();
  for (const o of [...occurrences].sort((a, b) => a.start - b.start)) {
    const list = byKey.get(o.key);
    if (list) list.push(o);
    else byKey.set(o.key, [o]);
  }
  const out: Finding[] = [];
  for (const list of byKey.values()) {
    const first = list[0]!.finding;
    if (list.length === 1) {
      out.push(first);
      continue;
    }
    const forms = [...new Set(list.map((o) => o.finding.evidence[0]!.quote ?? ''))];
    const lines = [...new Set(list.map((o) => o.finding.evidence[0]!.line))].filter((l) => l !== undefined);
    const shown = forms.length > 1 ? `，写作${forms.map((f) => `“${f}”`).join('')}` : '';
    out.push(
      finding({
        ...first,
        message: `${first.message}；全文共${list.length}处${shown}（第${lines.join('、')}行）`,
        evidence: [first.evidence[0]!, ...list.slice(0, MAX_GROUPED_EVIDENCE).map((o) => quoteLineAt(facts, o.start))],
      }),
    );
  }
  return out;
}

export const templateResidue: Rule = (facts, options) => {
  const out: Occurrence[] = [];
  const covered: { start: number; end: number }[] = [];
  const { text } = facts;
  const starMask = declaresStarMask(text, options.config.residueMaskDeclarations) || masksWords(text);
  // The characters (UTF-16 code units) the text holds, read once.
  const present = new Uint8Array(0x10000);
  for (let k = 0; k < text.length; k++) present[text.charCodeAt(k)] = 1;
  const allPresent = (s: string): boolean => {
    for (let k = 0; k < s.length; k++) if (present[s.charCodeAt(k)] !== 1) return false;
    return true;
  };
  for (const { text: written, why, atCellEnd, notAsLabel, atTitleStart } of [...options.config.residue].sort((a, b) => b.text.length - a.text.length)) {
    const literal = normalizedLiteral(written);
    // A literal with a character the text does not hold is not in it: its search is skipped.
    if (!allPresent(literal)) continue;
    const ascii = /^[A-Za-z]+$/.test(literal);
    let at = text.indexOf(literal);
    while (at !== -1 && out.length < 50) {
      let end = at + literal.length;
      if (ascii) {
        // XX inside a word (XXL, MAXX) is not a placeholder; XXX is one placeholder.
        while (text[end] === literal[0]) end++;
        if (isAsciiLetter(text[at - 1]) || isAsciiLetter(text[end])) {
          at = text.indexOf(literal, end);
          continue;
        }
      } else if (/^□+$/.test(literal)) {
        // A row of empty boxes is one placeholder, however long — where it stands as a field's value (项目编码：□□□,
        // a cell of its own). Boxes inside a word (□□□局) are characters a copy lost, not a blank of the form.
        while (text[end] === '□') end++;
        if (!/(?:^|[:：|\t\n ])\s*$/.test(text.slice(Math.max(0, at - 2), at)) || !/^(?:\s|$|[|\t])/.test(text.slice(end, end + 1))) {
          at = text.indexOf(literal, end);
          continue;
        }
      } else if (/^○+$/.test(literal)) {
        // 二○○八年: ○ beside a Chinese numeral is the numeral zero of a written-out number, not a placeholder.
        while (text[end] === '○') end++;
        const numerals = options.config.residueNumerals;
        if (numerals.includes(text[at - 1] ?? ' ') || numerals.includes(text[end] ?? ' ')) {
          at = text.indexOf(literal, end);
          continue;
        }
      } else if (/^\*+$/.test(literal)) {
        // Stars inside a name or number are a mask (上传人:sc****y, 138****5678), not a placeholder; so are all stars
        // of a text whose site says they hide its content.
        while (text[end] === '*') end++;
        if (starMask || isAsciiAlnum(text[at - 1]) || isAsciiAlnum(text[end]) || inUserField(text, at, options.config.residueMaskedNameLabels)) {
          at = text.indexOf(literal, end);
          continue;
        }
      }
      if ((atCellEnd && !endsCell(text, end)) || (notAsLabel && !PLACEHOLDER_CONTEXT.test(text.slice(end, end + 8))) || (atTitleStart && !opensTitle(text, at, end) && !beforeNamedReport(text, at, end))) {
        at = text.indexOf(literal, end);
        continue;
      }
      const inside = options.config.residueIgnoreWhenInside.some((w) => text.slice(Math.max(0, at - w.length), end + w.length).includes(w));
      if (!inside && !covered.some((c) => c.start <= at && at < c.end)) {
        covered.push({ start: at, end });
        out.push({
          key: literalKind(written),
          start: at,
          finding: finding({
            rule: 'template-residue',
            shape: /^\*+$/.test(literal) ? 'stars-alone' : 'literal',
            severity: 'warning',
            message: `疑似模板残留：“${text.slice(at, end)}”（${why}）`,
            evidence: [quoteSpan(facts, { start: at, end }), quoteSentenceAt(facts, at)],
          }),
        });
      }
      at = text.indexOf(literal, end);
    }
    // 增长（下⏎降）: a literal of Chinese words broken by a wrap inside its sentence (a PDF line, a re-wrapped copy) is
    // read in the unwrapped text; only the matches a removed break runs through are new, mapped back to the text.
    if (/[A-Za-z□*]/.test(literal) || literal.length < 2 || !text.includes('\n')) continue;
    const flat = unwrappedOf(facts);
    for (let k = flat.text.indexOf(literal); k !== -1 && out.length < 50; k = flat.text.indexOf(literal, k + literal.length)) {
      const start = flat.toOriginal[k]!;
      const end = flat.toOriginal[k + literal.length - 1]! + 1;
      if (end - start === literal.length) continue;
      if ((atCellEnd && !endsCell(flat.text, k + literal.length)) || (notAsLabel && !PLACEHOLDER_CONTEXT.test(flat.text.slice(k + literal.length, k + literal.length + 8)))) continue;
      if (atTitleStart && !opensTitle(flat.text, k, k + literal.length) && !beforeNamedReport(flat.text, k, k + literal.length)) continue;
      const inside = options.config.residueIgnoreWhenInside.some((w) => flat.text.slice(Math.max(0, k - w.length), k + literal.length + w.length).includes(w));
      if (inside || covered.some((c) => c.start < end && start < c.end)) continue;
      covered.push({ start, end });
      out.push({
        key: literalKind(written),
        start,
        finding: finding({
          rule: 'template-residue',
          shape: 'literal',
          severity: 'warning',
          message: `疑似模板残留：“${literal}”（${why}）`,
          evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
        }),
      });
    }
  }
  for (const f of [
    ...bracketInstructions(facts, options.config.residueBracketInstructions),
    ...blankPercents(facts),
    ...eitherOrBrackets(facts),
    ...fusedAlternatives(facts),
    ...slashAlternatives(facts),
    ...fundingFormChoices(facts),
    ...blankAmountSlots(facts),
    ...squarePlaceholders(facts),
    ...blankYears(facts),
    ...blankYearDigits(facts),
    ...blankDates(facts),
    ...noteInstructions(facts),
  ]) {
    const { start = 0, end = start, quote = '' } = f.evidence[0]!;
    if (covered.some((c) => c.start < end && start < c.end)) continue;
    covered.push({ start, end });
    out.push({ key: `quote:${quote.replace(/\s+/g, ' ')}`, start, finding: f });
  }
  const grouped = [...groupByKind(facts, out), ...budgetHeadingInFinal(facts)];
  // Stars are what a copying site puts over names (******项目绩效评价…明细表, 上传人 fields): alone, with no other
  // placeholder or template wording in the text, a run of stars is the shape 'stars-alone' (data/audit/severity.json:
  // no true finding at first contact); beside other template evidence it stays a placeholder of the form.
  const alone = grouped.every((f) => f.shape === 'stars-alone');
  return grouped
    .map((f) => (!alone && f.shape === 'stars-alone' ? finding({ ...f, shape: 'literal' }) : f))
    .sort((a, b) => (a.evidence[0]!.start ?? 0) - (b.evidence[0]!.start ?? 0));
};

/** A heading of the budget's phase (…收入支出预算情况, …支出预算表). */
const BUDGET_PHASE = /(?:收入|支出)预算(?:情况|表)/;
/** A heading of the final account's phase (…决算表, …决算情况). */
const FINAL_PHASE = /决算/;
const MIN_FINAL_HEADINGS = SEARCH_WINDOWS.minFinalHeadings;

/**
 * 一、收入支出决算总表 … 七、…决算情况说明 and one 八、政府性基金预算收入支出预算情况: in a text whose headings speak of
 * the 决算, a lone heading in the budget's wording is left from the budget's template. Silent when the title is
 * a budget's or both (预决算), or when more than one heading speaks of the budget.
 */
/** 一般公共预算 / 政府性基金预算: names of funds, not of a budget. */
const BUDGET_FUNDS = new RegExp(anyWord(GRAMMAR.budgetFunds), 'g');

function budgetHeadingInFinal(facts: Parameters<Rule>[0]): Finding[] {
  const title = facts.title.title ?? '';
  if (/预算/.test(title.replace(BUDGET_FUNDS, ''))) return [];
  let finals = 0;
  const budget = [];
  for (const h of facts.headings) {
    const t = h.title.replace(/\s/g, '');
    if (BUDGET_PHASE.test(t)) budget.push(h);
    else if (FINAL_PHASE.test(t)) finals++;
  }
  if (budget.length !== 1 || finals < MIN_FINAL_HEADINGS) return [];
  const h = budget[0]!;
  return [
    finding({
      rule: 'template-residue',
      shape: 'budget-heading-in-final',
      severity: 'warning',
      message: `疑似模板残留：决算说明中的标题“${h.marker}${h.title.trim()}”仍用预算的措辞（其余${finals}个标题均为决算）`,
      evidence: [quoteSpan(facts, h)],
    }),
  ];
}

/** Closing bracket of each opening bracket a remark may stand in. */
const CLOSING: Readonly<Record<string, string>> = { '（': '）', '【': '】' };
const OPENERS = Object.keys(CLOSING);
const BRACKET_INSTRUCTION_REACH = SEARCH_WINDOWS.bracketInstructionReach;

const instructionPatterns = new WeakMap<BracketInstructionWords, RegExp>();

/**
 * The opening of a remark that instructs the form's writer: an optional note mark (注：) and condition (如无下属单位，,
 * 如无特别说明的情况则),
 * then a modal with a writing verb (需公开, 应写明, 请列明), a bare writing verb (填写, 列明), or a format verb
 * (比照, 参照) — the last only with a word of the template's format later in the same remark (checked by the caller).
 */
function instructionPattern(w: BracketInstructionWords): RegExp {
  let re = instructionPatterns.get(w);
  if (re === undefined) {
    const note = `(?:${anyWord(w.noteOpeners)})?`;
    const condition = `(?:${anyWord(w.conditionOpeners)}[^，。；）】]{1,20}?${anyWord(w.conditionLinks)})`;
    // What need not be written (无需阐述) is an instruction only after a condition (如无…则无需阐述); opening a remark
    // alone (（无需说明的事项已略）) it may be the report's own words.
    re = new RegExp(
      `^${note}(?:${condition}?(?:(${anyWord(w.modals)}${anyWord(w.verbs)}|${anyWord(w.bareVerbs)})|(${anyWord(w.formatVerbs)}))|${condition}(${anyWord(w.negatedModals)}${anyWord(w.verbs)}))`,
    );
    instructionPatterns.set(w, re);
  }
  return re;
}

/**
 * （比照预算公开的内容格式）, （需公开内设机构数量和下属单位数量及名称）: a bracketed remark that tells the writer of the
 * blank form what to put there, left in the published heading or sentence. Precondition: the remark is closed within
 * the reach and opens with the instruction itself (after an optional 注： and condition); a format verb counts only
 * with a word of the format (格式, 模板) in the remark, so that （参照公务员法管理） and （按功能分类）, remarks on the
 * content, stay silent. Linear: each bracket is read once, up to the reach.
 */
/** Whether a bracket's text opens as an instruction (a format verb only with a word of the format in it). */
function isInstruction(inner: string, pattern: RegExp, words: BracketInstructionWords): boolean {
  const m = pattern.exec(inner);
  return m !== null && (m[1] !== undefined || m[3] !== undefined || words.formatObjects.some((o) => inner.includes(o)));
}

function bracketInstructions(facts: Parameters<Rule>[0], words: BracketInstructionWords): Finding[] {
  // Read with the wraps inside sentences undone: a remark is one remark across a copy's line break (（此处插入…⏎…表）).
  const flat = unwrappedOf(facts);
  const text = flat.text;
  const at = (k: number): number => flat.toOriginal[k]!;
  const out: Finding[] = [];
  const pattern = instructionPattern(words);
  // Jump from opening bracket to opening bracket (the next of each kind kept, found by indexOf): reading every
  // character of the text through CLOSING cost 6 ms on a 120,000-character table-heavy text.
  const ahead = OPENERS.map((o) => text.indexOf(o));
  const next = (from: number): number => {
    let first = -1;
    for (let k = 0; k < OPENERS.length; k++) {
      if (ahead[k] !== -1 && ahead[k]! < from) ahead[k] = text.indexOf(OPENERS[k]!, from);
      if (ahead[k] !== -1 && (first === -1 || ahead[k]! < first)) first = ahead[k]!;
    }
    return first;
  };
  for (let i = next(0); i !== -1 && out.length < 50; i = next(i + 1)) {
    const close = CLOSING[text[i]!]!;
    let end = i + 1;
    while (end < text.length && end <= i + BRACKET_INSTRUCTION_REACH && text[end] !== close && text[end] !== '\n' && CLOSING[text[end]!] === undefined) end++;
    if (text[end] !== close) continue;
    const inner = text.slice(i + 1, end);
    if (isInstruction(inner, pattern, words)) {
      out.push(
        finding({
          rule: 'template-residue',
          shape: 'template-note',
          severity: 'warning',
          message: `疑似模板残留：括注“${text.slice(i, end + 1)}”是模板给填写人的说明，不是报告内容`,
          evidence: [quoteSpan(facts, { start: at(i), end: at(end) + 1 }), quoteSentenceAt(facts, at(i))],
        }),
      );
    }
    i = end;
  }
  return out;
}

const WORDS = RULE_WORDS['template-residue'];
const CLAUSE_BREAK = /[，。；：！？\n|\t]/;
/** Characters back from a per-cent sign or an either/or bracket within which its clause is read. */
const BLANK_RATE_CLAUSE_REACH = SEARCH_WINDOWS.rateClauseReach;

function isCjkCode(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/**
 * 占基本支出预算%，同比增加…: a per-cent sign with no number before it, the form's blank never filled in.
 * Precondition: the sign follows a Chinese character (at most one space between), ends its clause (，。；、 or a
 * closing bracket follow) and the clause holds a rate word (占, 增长, 比重 …). A table header (增减% ending its cell
 * or line) and a unit note (（%）, 单位：%) do not qualify.
 */
function blankPercents(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  for (let at = text.indexOf('%'); at !== -1 && out.length < 50; at = text.indexOf('%', at + 1)) {
    let k = at - 1;
    if (text[k] === ' ' || text[k] === '\u3000') k--;
    if (!isCjkCode(text.charCodeAt(k)) || !/^[，。；、）]/.test(text.slice(at + 1, at + 2))) continue;
    let start = k;
    while (start > 0 && at - start < BLANK_RATE_CLAUSE_REACH && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
    const clause = text.slice(start, at);
    const word = WORDS.blankRateClause.map((w) => ({ w, i: clause.lastIndexOf(w) })).filter((x) => x.i !== -1).sort((a, b) => a.i - b.i)[0];
    if (word === undefined) continue;
    const from = start + word.i;
    out.push(
      finding({
        rule: 'template-residue',
        shape: 'blank-percent',
        severity: 'warning',
        message: `疑似模板残留：“${text.slice(from, at + 1)}”百分号前没有数字，比例未填写`,
        evidence: [quoteSpan(facts, { start: from, end: at + 1 }), quoteSentenceAt(facts, from)],
      }),
    );
  }
  return out;
}

/** A slot of the form where a number should stand: one capital letter X / Y / N, or a run of underscores. */
const BLANK_SLOT = /(?<![A-Za-z0-9])(?:[XYN]|[_＿]{2,})(?=万元|亿元|元|%|个百分点)/g;

/**
 * 本年收入合计X万元 / 较上年增长___%: a letter or a run of underscores standing for the number of an amount or a rate, the
 * form's slot left unfilled. Precondition: right after a word of the sentence (a Chinese character or 为/是: no
 * digit, no Latin word — PM2.5, A级 are not slots) and right before a unit of money or a per-cent; not in a table row;
 * not in a text with XX placeholders (reported as those).
 */
function blankAmountSlots(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  // A text with XX placeholders is reported for them (grouped, one finding): its single X is one more of them.
  if (/XX|xx|××/.test(text)) return out;
  for (const m of text.matchAll(BLANK_SLOT)) {
    if (out.length >= 50) break;
    const at = m.index;
    if (!isCjkCode(text.charCodeAt(at - 1))) continue;
    if (isCellRow(lineAround(text, at).text)) continue;
    const unit = /^(?:万元|亿元|元|%|个百分点)/.exec(text.slice(at + m[0].length))![0];
    const end = at + m[0].length + unit.length;
    out.push(
      finding({
        rule: 'template-residue',
        shape: 'number-placeholder',
        severity: 'warning',
        message: `疑似模板残留：“${text.slice(at, end)}”数字处仍是模板的占位（未填写）`,
        evidence: [quoteSpan(facts, { start: at, end }), quoteSentenceAt(facts, at)],
      }),
    );
  }
  return out;
}

type Sense = 'more' | 'less' | 'same';
const SENSES: readonly (readonly [Sense, readonly string[]])[] = [
  ['more', WORDS.alternativeMore],
  ['less', WORDS.alternativeLess],
  ['same', WORDS.alternativeSame],
];

/** Every word of every sense: a bracket holding nothing else may be the other choice (增加（降低）). */
const SENSE_WORDS: ReadonlySet<string> = new Set(SENSES.flatMap(([, words]) => words));

/** The senses of the direction words a stretch of text holds. */
function sensesIn(s: string): Set<Sense> {
  const found = new Set<Sense>();
  for (const [sense, words] of SENSES) if (words.some((w) => s.includes(w))) found.add(sense);
  return found;
}

/** Longest bracketed alternative read (（或与预算数持平）); a longer remark explains, it is no alternative. */
const ALTERNATIVE_REACH = SEARCH_WINDOWS.alternativeReach;

/**
 * 增加（降低）, 决算数小于预算数（或与预算数持平）: the form's either/or wording with both choices left in. Precondition:
 * a bracket of at most ALTERNATIVE_REACH characters right after a clause holding a direction or comparison word, that
 * either holds nothing but a word of another sense (增加（降低）) or opens with 或 and holds a word of another sense
 * than the clause (小于…（或…持平）). A remark that explains a change (减少（主要是增加了…）), names it
 * (下降（以下简称“下降”）) or offers another verb (审理（或执行）) does not qualify.
 */
function eitherOrBrackets(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  for (let at = text.indexOf('（'); at !== -1 && out.length < 50; at = text.indexOf('（', at + 1)) {
    // The first ） within reach only: searching the whole rest of the text for each （ is quadratic on nested brackets.
    const rel = text.slice(at + 1, at + 2 + ALTERNATIVE_REACH).indexOf('）');
    if (rel === -1) continue;
    const close = at + 1 + rel;
    const inner = text.slice(at + 1, close).trim();
    // Neither test below can pass otherwise; checked first so that the clause is read only for a possible alternative.
    if (!inner.startsWith('或') && !SENSE_WORDS.has(inner)) continue;
    let start = at;
    while (start > 0 && at - start < BLANK_RATE_CLAUSE_REACH && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
    const before = text.slice(start, at);
    const own = sensesIn(before);
    if (own.size === 0) continue;
    const alone = SENSES.some(([sense, words]) => !own.has(sense) && words.includes(inner)) && SENSES.some(([, words]) => words.some((w) => before.endsWith(w)));
    const alternative = inner.startsWith('或') && [...sensesIn(inner)].some((s) => !own.has(s));
    if (!alone && !alternative) continue;
    const from = alone ? at - SENSES.flatMap(([, w]) => w).filter((w) => before.endsWith(w)).sort((a, b) => b.length - a.length)[0]!.length : start;
    out.push(
      finding({
        rule: 'template-residue',
        shape: 'alternative-wording',
        severity: 'warning',
        message: `疑似模板残留：“${text.slice(from, close + 1)}”保留了模板的二选一写法`,
        evidence: [quoteSpan(facts, { start: from, end: close + 1 }), quoteSentenceAt(facts, from)],
      }),
    );
  }
  return out;
}

/**
 * The form's either/or comparison with its brackets or slash lost and the two words fused (大（小）于 → 大小于, 高（低）于 →
 * 高低于): for two comparison words of different senses, of two characters sharing the last (大于, 小于), the first's
 * first character before the second, and the other way round. Built from the sense lists.
 */
const FUSED_ALTERNATIVES: readonly string[] = (() => {
  const out = new Set<string>();
  for (const [sa, wa] of SENSES) {
    for (const [sb, wb] of SENSES) {
      if (sa === sb) continue;
      for (const a of wa) for (const b of wb) if (a.length === 2 && b.length === 2 && a[1] === b[1] && a[0] !== b[0]) out.add(a[0] + b);
    }
  }
  return [...out];
})();
const FUSED_ALTERNATIVE = FUSED_ALTERNATIVES.length > 0 ? new RegExp(FUSED_ALTERNATIVES.join('|'), 'g') : null;
/** What a 决算 is compared with, right after the fused words (大小于预算数, 高低于上年; not 规模大小于100万元, a size). */
const COMPARED_AMOUNT = /^\s*(?:[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）])?\s*(?:年初|全年|调整后?)?(?:预算|决算|上年|去年|同期)/;

/**
 * 决算数大小于预算数: the form's either/or comparison left in with its bracket lost, the two words fused. Precondition: a
 * fused pair (FUSED_ALTERNATIVES) followed by what an amount is compared with (a budget, last year, a number), in a line
 * that is no table row.
 */
function fusedAlternatives(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  if (!FUSED_ALTERNATIVE) return out;
  for (const m of text.matchAll(FUSED_ALTERNATIVE)) {
    if (out.length >= 50) break;
    const at = m.index;
    const end = at + m[0].length;
    if (!COMPARED_AMOUNT.test(text.slice(end, end + 16))) continue;
    if (isCellRow(lineAround(text, at).text)) continue;
    out.push(
      finding({
        rule: 'template-residue',
        shape: 'alternative-wording',
        severity: 'warning',
        message: `疑似模板残留：“${m[0]}”是模板二选一写法（${m[0].slice(0, 1)}于/${m[0].slice(1)}）去掉括号后留下的两个选项`,
        evidence: [quoteSpan(facts, { start: at, end }), quoteSentenceAt(facts, at)],
      }),
    );
  }
  return out;
}

/** The longest direction or comparison word of any sense ending at `end` (before) or starting at `start` (after). */
function senseWordAt(text: string, at: number, before: boolean): { word: string; sense: Sense } | null {
  let best: { word: string; sense: Sense } | null = null;
  for (const [sense, words] of SENSES) {
    for (const w of words) {
      const hit = before ? text.startsWith(w, at - w.length) : text.startsWith(w, at);
      if (hit && (best === null || w.length > best.word.length)) best = { word: w, sense };
    }
  }
  return best;
}

/**
 * 上升/下降10%, 决算数大于/小于/等于预算数: the form's either/or wording written with slashes, both choices left in. Precondition:
 * words of two different senses on either side of each slash (a chain 大于/小于/等于 is one alternative), in a line that is
 * no table row (a header 增加/减少 names a column of changes either way), in a clause that compares (比, 较, 与, or the
 * words themselves: 大于/小于) or states a number — 增加/减少 in a list of options (选择“增加/减少”) says nothing of a figure.
 */
function slashAlternatives(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  for (let at = text.indexOf('/'); at !== -1 && out.length < 50; at = text.indexOf('/', at + 1)) {
    const first = senseWordAt(text, at, true);
    if (first === null) continue;
    let end = at;
    const senses = new Set<Sense>([first.sense]);
    while (text[end] === '/') {
      const next = senseWordAt(text, end + 1, false);
      if (next === null) break;
      senses.add(next.sense);
      end = end + 1 + next.word.length;
    }
    if (senses.size < 2) continue;
    const start = at - first.word.length;
    const { start: lineStart, end: lineEnd, text: line } = lineAround(text, start, end);
    if (isCellRow(line)) continue;
    let clauseStart = start;
    while (clauseStart > lineStart && start - clauseStart < BLANK_RATE_CLAUSE_REACH && !CLAUSE_BREAK.test(text[clauseStart - 1]!)) clauseStart--;
    let clauseEnd = end;
    while (clauseEnd < lineEnd && clauseEnd - end < BLANK_RATE_CLAUSE_REACH && !CLAUSE_BREAK.test(text[clauseEnd]!)) clauseEnd++;
    const clause = text.slice(clauseStart, clauseEnd);
    // 大于/小于 compare by themselves (决算数大于/小于预算数).
    if (!/[比较与\d]/.test(clause) && !first.word.endsWith('于')) continue;
    out.push(
      finding({
        rule: 'template-residue',
        shape: 'alternative-wording',
        severity: 'warning',
        message: `疑似模板残留：“${text.slice(start, end)}”保留了模板的二选一写法`,
        evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
      }),
    );
    at = end - 1;
  }
  return out;
}

/** Characters allowed between a field's 为 / ： and its value's first choice (财政全额拨款). */
const FIELD_VALUE_LEAD = SEARCH_WINDOWS.fieldValueLead;

/**
 * 经费性质为：财政全额拨款/差额拨款/自收自支: a field whose value is two or more of the funding forms (rule-words.json
 * template-residue.fundingForms) joined by / — the form's choices left side by side instead of the one that applies.
 * Preconditions: the chain is the value of a field (right after 为 or a colon, at most a short qualifier between), it
 * ends its clause, and the line is no table row; one form alone, or forms listed with 、 or 和 (全额拨款和差额拨款
 * 单位各1个), is a statement and is left alone.
 */
function fundingFormChoices(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  const forms = WORDS.fundingForms;
  for (let at = text.indexOf('/'); at !== -1 && out.length < 10; at = text.indexOf('/', at + 1)) {
    const first = forms.find((w) => text.startsWith(w, at - w.length));
    if (!first) continue;
    let end = at;
    const seen = new Set([first]);
    while (text[end] === '/') {
      const next = forms.find((w) => text.startsWith(w, end + 1));
      if (!next) break;
      seen.add(next);
      end = end + 1 + next.length;
    }
    if (seen.size < 2) continue;
    const start = at - first.length;
    const lead = text.slice(Math.max(0, start - FIELD_VALUE_LEAD - 1), start);
    if (!/[为：:][\u4e00-\u9fff]{0,2}$/.test(lead)) continue;
    if (end < text.length && !CLAUSE_BREAK.test(text[end]!) && text[end] !== '\n') continue;
    if (isCellRow(lineAround(text, start, end).text)) continue;
    out.push(
      finding({
        rule: 'template-residue',
        shape: 'alternative-wording',
        severity: 'warning',
        message: `疑似模板残留：“${text.slice(start, end)}”保留了模板的几种选项，未填写适用的一种`,
        evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
      }),
    );
    at = end - 1;
  }
  return out;
}

/** Longest text inside a square bracket read as a placeholder ([项目具体名称]; a pinyin gloss of a mirror may stand inside). */
const SQUARE_PLACEHOLDER_REACH = SEARCH_WINDOWS.squarePlaceholderReach;

/**
 * [项目具体名称], 建设[X]公里道路: a square bracket that holds a word of the form's blank (名称, 具体, 填写) or only X is the
 * placeholder of a model form left unfilled. The text is read simplified, so a traditional copy ([項目具體名稱]) is read
 * the same. A reference number ([2024]5号), a footnote mark ([1]) or a link's text ([某局官网](…)) holds none of these
 * (a link's text is skipped when a parenthesis follows).
 */
function squarePlaceholders(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  for (const [open, shut] of [['[', ']'], ['【', '】']] as const) {
    for (let at = text.indexOf(open); at !== -1 && out.length < 50; at = text.indexOf(open, at + 1)) {
      const rel = text.slice(at + 1, at + 2 + SQUARE_PLACEHOLDER_REACH).search(open === '[' ? /[[\]\n]/ : /[【】\n]/);
      if (rel === -1 || text[at + 1 + rel] !== shut) continue;
      const close = at + 1 + rel;
      const inner = text.slice(at + 1, close).trim();
      if (inner === '' || text[close + 1] === '(' || text[close + 1] === '（') continue;
      // 由【单位名称】牵头: a 【】 bracket stands for a slot only inside a sentence, words on both sides; one opening its
      // line is a label or a title (【项目支出绩效自评表填写样例】…), one closing it a heading's tag.
      if (open === '【' && (!/[\u4e00-\u9fff]/.test(text[at - 1] ?? '') || !/[\u4e00-\u9fff]/.test(text[close + 1] ?? ''))) continue;
      if (!/^[Xx×]+$/.test(inner) && !WORDS.squarePlaceholder.some((w) => inner.includes(w))) continue;
      out.push(
        finding({
          rule: 'template-residue',
          shape: 'bracket-placeholder',
          severity: 'warning',
          message: `疑似模板残留：方括号占位“${text.slice(at, close + 1)}”未替换为实际内容`,
          evidence: [quoteSpan(facts, { start: at, end: close + 1 }), quoteSentenceAt(facts, at)],
        }),
      );
    }
  }
  return out;
}

/** 《柳河乡202X年度绩效自评工作方案》: a year whose last digit is left as the form's letter (202X年, 201×年度). */
const BLANK_YEAR_DIGIT = new RegExp(`(?<![A-Za-z0-9])(?:19|20)\\d(?:${WORDS.yearDigitPlaceholders.join('|')})(?=年)`, 'g');

function blankYearDigits(facts: Parameters<Rule>[0]): Finding[] {
  return blankFields(facts, BLANK_YEAR_DIGIT, (m) => `疑似模板残留：年份“${m}年”末位未填写`);
}

/** （    年度）, ( 年度): the cover's year left as the form's blank — a bracket holding only blanks before 年度 or 年. */
const BLANK_YEAR = new RegExp(`[（(][ \u3000_＿□]+(?:${anyWord(WORDS.blankYearSlot)})[）)]`, 'g');

/** One warning per match of `pattern` (a blank left in the form), at most 50, its message made from the match. */
function blankFields(facts: Parameters<Rule>[0], pattern: RegExp, message: (match: string) => string): Finding[] {
  const out: Finding[] = [];
  for (const m of facts.text.matchAll(pattern)) {
    if (out.length >= 50) break;
    out.push(
      finding({
        rule: 'template-residue',
        shape: 'blank-field',
        severity: 'warning',
        message: message(m[0]),
        evidence: [quoteSpan(facts, { start: m.index, end: m.index + m[0].length }), quoteSentenceAt(facts, m.index)],
      }),
    );
  }
  return out;
}

function blankYears(facts: Parameters<Rule>[0]): Finding[] {
  return blankFields(facts, BLANK_YEAR, (m) => `疑似模板残留：“${m}”年份未填写`);
}

/** 填报日期 年 月 日: a field of the report's own date followed by 年 月 日 with nothing but blanks between. */
const BLANK_DATE = new RegExp(`(?:${anyWord(WORDS.blankDateLabels)})[：:]?[ \u3000_＿□]*年[ \u3000_＿□]*月[ \u3000_＿□]*日`, 'g');

/**
 * 填报日期 年 月 日 on the cover of a self-evaluation: the form's date field left unfilled. Precondition: the label names
 * the report's own date (rule-words.json template-residue.blankDateLabels) and nothing but blanks stands between it,
 * 年, 月 and 日. The date line of a stamp or signature block (（盖章） 年 月 日) names no such field and is not read.
 */
function blankDates(facts: Parameters<Rule>[0]): Finding[] {
  return blankFields(facts, BLANK_DATE, (m) => `疑似模板残留：“${m.replace(/\s+/g, ' ')}”日期未填写`);
}

/** A line opening as a note (注：, 填表说明：); longer openers first, so 填表说明 is not read as 说明. */
const NOTE_OPENING = new RegExp(`(?:^|\\n)[ \u3000]*(${anyWord(WORDS.noteInstructionOpeners)})[：:]`, 'g');
const NOTE_MODAL = new RegExp(anyWord(WORDS.noteInstructionModals), 'g');
/** Characters of a note's first sentence read for its instruction. */
const NOTE_SENTENCE_REACH = SEARCH_WINDOWS.noteSentenceReach;

/** A quoted code of one or two characters right after a filling verb (填写“1”, 填“√”, 填入“是”). */
const CELL_CODE_AFTER = /^[ \t]*[“"‘'「][^”"’'」\s]{1,2}[”"’'」]/;

/**
 * 注：各地请根据实际情况，从上述绩效指标中选择适合的填报: a note whose first sentence addresses the form's filers — a
 * modal (请, 须, 务必) and after it, in the same sentence, a filing verb (填报, 填写, 填列) — is the form's instruction
 * left in the published text. Precondition: the note opens its line (注：, 备注：, 填表说明：), the modal does not follow a
 * condition word (如需, 若须: a condition, not an address) and the filing verb stands before the sentence ends (。；
 * or the line), and no quoted code of a character or two right after the verb (填写“1”: the table's key to its cells).
 * Silent on a note on the data (数据来源于…), on one that says the forms were filed (已按要求填报: no
 * modal), and on one that asks for something other than filling in (须说明原因, 请致电).
 */
function noteInstructions(facts: Parameters<Rule>[0]): Finding[] {
  const { text } = facts;
  const out: Finding[] = [];
  for (const m of text.matchAll(NOTE_OPENING)) {
    if (out.length >= 50) break;
    const opener = m.index + m[0].length - m[1]!.length - 1;
    const bodyStart = m.index + m[0].length;
    let end = bodyStart;
    while (end < text.length && end < bodyStart + NOTE_SENTENCE_REACH && !/[。；;\n]/.test(text[end]!)) end++;
    const body = text.slice(bodyStart, end);
    let verbEnd = -1;
    for (const modal of body.matchAll(NOTE_MODAL)) {
      if (/[如若]/.test(body[modal.index - 1] ?? '')) continue;
      const after = body.slice(modal.index + modal[0].length);
      const verb = WORDS.noteInstructionVerbs.map((v) => [v, after.indexOf(v)] as const).filter(([, k]) => k !== -1).sort((a, b) => a[1] - b[1])[0];
      if (verb) {
        verbEnd = bodyStart + modal.index + modal[0].length + verb[1] + verb[0].length;
        break;
      }
    }
    if (verbEnd === -1) continue;
    // 请…在相应的计划县类型中填写“1”: the verb followed by a quoted code of a character or two tells how the form marks its
    // cells — a key the reader of the published table needs too, not an instruction left over (dev 2969).
    if (CELL_CODE_AFTER.test(text.slice(verbEnd, verbEnd + 8))) continue;
    out.push(
      finding({
        rule: 'template-residue',
        shape: 'template-instruction',
        severity: 'warning',
        message: `疑似模板残留：“${text.slice(opener, verbEnd)}”是模板给填报人的说明，不是报告内容`,
        evidence: [quoteSpan(facts, { start: opener, end: verbEnd }), quoteSentenceAt(facts, opener)],
      }),
    );
  }
  return out;
}
