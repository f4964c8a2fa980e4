/**
 * Department-level canonical quantities: the few figures a 部门整体支出绩效自评报告 states for the department as a whole
 * (年初预算, 全年预算, 全年支出, 预算执行率, “三公”经费, 编制数, 实有人数, 内设机构数, 自评得分 — a closed set of kinds,
 * data/audit/canonical-quantities.json), each statement with its value normalised to one unit per kind (money in 元,
 * a rate in %, a count, a score) and the half unit of its last digit as written.
 *
 * A statement is read only where its scope is the department's beyond doubt (silent otherwise):
 * - the clause before the figure ends with a label of the kind (connectors 为, 达, ：… dropped), and what is left of the
 *   clause before the label is only the department's name, its short names, its words for itself (本部门, 我局,
 *   年度 …: selfWords) and the report's own year — anything else (a project's name, 其中, a fund, a part, a sub-unit,
 *   last year) makes it another quantity;
 * - the sentence before that clause holds no scope word (scopeWords: 项目, 其中, 上年, 截至, 目标 …) and no other year;
 * - no heading over it names another scope (headingScopeWords: 项目, 下属 …);
 * - the figure is no change, bound or approximation (afterWords), is not in brackets, and its line is no table line;
 * - a count is written in the kind's measure word (人, 个).
 * Linear: one pass over the figures; each label matched from the clause's end.
 */
import canonical from '../../../data/audit/canonical-quantities.json' with { type: 'json' };
import { MONEY_UNITS } from '../../core/money.ts';
import { isCellRow, lineAround } from './lines.ts';
import { sectionsOf } from './sections.ts';
import type { AuditFacts, Figure } from './types.ts';
import { anyWord } from './word-pattern.ts';

export type QuantityUnit = 'money' | 'percent' | 'count' | 'score';

export interface QuantityKind {
  readonly id: string;
  readonly name: string;
  readonly unit: QuantityUnit;
  readonly labels: readonly string[];
  readonly measures?: readonly string[];
  /** Scope words that do not change this kind's scope (三公 for the “三公”经费). */
  readonly ignoreScopeWords?: readonly string[];
}

export interface QuantityStatement {
  readonly kind: QuantityKind;
  readonly figure: Figure;
  /** 元 for money, the number as written otherwise. */
  readonly value: number;
  /** Half a unit of the last digit as written (money: of at least 2 decimals of its unit). */
  readonly half: number;
}

export const QUANTITY_KINDS: readonly QuantityKind[] = canonical.kinds as QuantityKind[];
const UNIT_OF_FIGURE: Record<QuantityUnit, Figure['kind']> = { money: 'money', percent: 'percent', count: 'count', score: 'score' };

/** Every label with its kind, longer first, so that the longest label ending a clause wins. */
const LABELS = QUANTITY_KINDS.flatMap((kind) => kind.labels.map((label) => ({ label, kind }))).sort((a, b) => b.label.length - a.label.length);
const LABELS_BY_LAST = new Map<string, typeof LABELS>();
for (const l of LABELS) LABELS_BY_LAST.set(l.label[l.label.length - 1]!, [...(LABELS_BY_LAST.get(l.label[l.label.length - 1]!) ?? []), l]);
const CONNECTORS = [...canonical.labelConnectors].sort((a, b) => b.length - a.length);
const SELF_WORDS = [...canonical.selfWords].sort((a, b) => b.length - a.length);
const SCOPE = new RegExp(anyWord(canonical.scopeWords), 'g');
const SOFT_SCOPE = new RegExp(anyWord(canonical.softScopeWords), 'g');
const HEADING_SCOPE = new RegExp(anyWord(canonical.headingScopeWords), 'g');
const HEADING_SCOPE_ANY = new RegExp(anyWord(canonical.headingScopeWords));

/** Whether a text holds a scope word other than those the kind ignores. */
function scoped(text: string, pattern: RegExp, kind: QuantityKind): boolean {
  for (const m of text.matchAll(pattern)) if (!kind.ignoreScopeWords?.includes(m[0])) return true;
  return false;
}
const AFTER = new RegExp(`^(?:${anyWord(canonical.afterWords)})`);
const LENDING_END = new RegExp(`(?:${anyWord(canonical.lendingEndings)})$`);
const NOT_LENDING = new RegExp(anyWord(canonical.notLendingWords));
const LENDING_LAST = new Set(canonical.lendingEndings.map((w) => w[w.length - 1]!));
const SUBJECT = new RegExp(anyWord(canonical.subjectWords), 'g');
const BUDGET_CHANGE = new RegExp(anyWord(canonical.budgetChangeWords));
const CLAUSES = /[^，,；;。！？\n、]+/g;
/** A list item's number opening a line (1．, （2）, 三、). */
const LIST_NUMBER = /^\s*(?:\d{1,2}[．.、]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/;
const QUOTES = /[“”"'‘’「」\s]/g;
const CLAUSE_MARK_CHARS = new Set('，,；;。！？\n、');
const CELL_MARKS = new Set('|｜\t');
const MAX_CLAUSE = canonical.maxClause;
const MAX_SEGMENT = canonical.maxSegment;
const YEAR_END_LEADS = anyWord(canonical.yearEndLeads);
const YEAR_END_FORMS = anyWord(canonical.yearEndForms);
/** Characters before a figure within which its label ends (the longest connector, quotes and blanks between). */
/** Characters that stand between a label and its figure: those of the connectors, quotes and blanks. */
const LEAD_CHARS = new Set([...canonical.labelConnectors.join(''), ...'“”"\'‘’「」 \t　']);
const LABEL_REACH = Math.max(...canonical.labelConnectors.map((c) => c.length)) + 4;
const YEAR = /((?:19|20)\d{2})\s*年/g;
const YEAR_LEAD = /^((?:19|20)\d{2})(?:年度?)?/;

function stripEnd(t: string, words: readonly string[]): string {
  let s = t;
  for (let again = true; again && s.length > 0; ) {
    again = false;
    for (const w of words) {
      if (s.endsWith(w)) {
        s = s.slice(0, s.length - w.length);
        again = true;
        break;
      }
    }
  }
  return s;
}

/** A region's level in a name (清河县应急管理局): the name from it (县应急管理局) or after it (应急管理局) is the name too. */
const LEVEL_CHARS = new Set(canonical.regionLevelChars);

/** A department's name and its forms without the region's name before it. */
function shortForms(name: string): string[] {
  const forms = [name];
  for (let i = 1; i < name.length - 3; i++) {
    if (!LEVEL_CHARS.has(name[i]!)) continue;
    forms.push(name.slice(i), name.slice(i + 1));
  }
  return forms;
}

/** The head of a clause before its label is the department's own: names, self words, the report's year and the words the kind ignores (其中 before a 三公 part) only. */
function selfOnly(head: string, selfWords: readonly string[], fiscalYear: number | null): boolean {
  let s = head;
  if (head.length === 0) return true;
  const words = selfWords;
  for (let guard = 0; s.length > 0 && guard < 20; guard++) {
    const y = YEAR_LEAD.exec(s);
    if (y) {
      if (fiscalYear === null || Number(y[1]) !== fiscalYear) return false;
      s = s.slice(y[0].length);
      continue;
    }
    const w = words.find((x) => s.startsWith(x));
    if (!w) return false;
    s = s.slice(w.length);
  }
  return s.length === 0;
}

/** Whether an unmatched opening bracket stands before `at` in `s`. */
function inBrackets(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0;
}

function measured(f: Figure): { value: number; half: number } {
  if (f.kind === 'money') {
    const exponent = MONEY_UNITS[f.moneyUnit ?? '元'];
    return { value: f.scaled / 100, half: 0.5 * 10 ** (exponent - 2 - Math.max(2, f.decimals)) };
  }
  return { value: f.scaled / 10 ** f.decimals, half: f.kind === 'count' ? 0 : 0.5 * 10 ** -f.decimals };
}

/** The department-level statements of the text, in reading order. */
export function canonicalStatements(facts: AuditFacts, options: { fiscalYear: number | null; department: string | null; shortNames: readonly string[] }): QuantityStatement[] {
  const text = facts.text;
  const sentences = facts.sentences;
  const names = [options.department ?? '', ...options.shortNames, facts.title.department ?? '', ...facts.title.shortNames];
  const scopedSections = sectionsOf(facts).filter((sec) => HEADING_SCOPE_ANY.test(sec.heading.title));
  const nameWords = [...names.filter((n) => n.length >= 2).flatMap(shortForms), ...SELF_WORDS];
  /** The department's words for itself with those a kind ignores (其中 before a 三公 part), longer first: once per kind. */
  const wordsByKind = new Map<QuantityKind, string[]>();
  const selfWordsOf = (kind: QuantityKind): string[] => {
    let words = wordsByKind.get(kind);
    if (!words) {
      words = [...nameWords, ...(kind.ignoreScopeWords ?? [])].sort((a, b) => b.length - a.length);
      wordsByKind.set(kind, words);
    }
    return words;
  };
  const yearEnd = new RegExp(`(?:${YEAR_END_LEADS})${options.fiscalYear ?? '\\d{4}'}年(?:${YEAR_END_FORMS})[，,]?`, 'g');
  const out: QuantityStatement[] = [];
  // A segment (a sentence, or its part after a ；) whose earlier figure was of another scope (行政编制12人，实有人数11人;
  // 因公出国费预算0万元，支出决算0万元) lends that scope to a bare label after it: such a label is read only when its
  // clause names the department. One pass: each segment's marks are scanned once, each figure's lending asked once.
  let sentence = -1;
  /** The sentence's figures read as no statement (in reading order), not yet asked whether they lend. */
  let unread: Figure[] = [];
  /** The segment start up to which `lent` was asked, and its answer. */
  let askedSegment = -1;
  let lent = false;
  const isLent = (segment: number): boolean => {
    if (segment !== askedSegment) {
      askedSegment = segment;
      lent = false;
    }
    if (!lent) lent = unread.some((u) => u.start >= segment && lends(u));
    unread = [];
    return lent;
  };
  for (const f of facts.figures) {
    if (f.sentence !== sentence) {
      sentence = f.sentence;
      unread = [];
      askedSegment = -1;
    }
    const statement = statementOf(f, isLent);
    if (statement) out.push(statement);
    else unread.push(f);
  }
  return out;

  /** The clause before a figure (from its nearest clause mark, within its sentence), or null beyond maxClause characters. */
  function clauseOf(f: Figure, from: number): { clause: string; cut: number } | null {
    const reach = Math.max(from, f.start - MAX_CLAUSE);
    let cut = f.start - 1;
    while (cut >= reach && !CLAUSE_MARK_CHARS.has(text[cut]!) && !CELL_MARKS.has(text[cut]!)) cut--;
    // (A cell of a table line is no statement of prose.)
    if ((cut < reach && reach > from) || (cut >= reach && CELL_MARKS.has(text[cut]!))) return null;
    return { clause: stripEnd(text.slice(cut + 1, f.start).replace(QUOTES, ''), CONNECTORS), cut };
  }

  /**
   * The text of the line before a segment's sentence ('' when the sentence opens its line), or null when a sentence
   * there states no figure (a subject named on its own) or the line is longer than a sentence of prose.
   */
  function lineBefore(segment: number): string | null {
    let k = segment - 1;
    while (k >= 0 && text[k] !== '\n' && segment - k <= MAX_SEGMENT) k--;
    if (segment - k > MAX_SEGMENT) return null;
    const head = text.slice(k + 1, segment);
    for (const sentence of head.split(/[。！？]/)) if (sentence.trim() !== '' && !/\d/.test(sentence.replace(LIST_NUMBER, ''))) return null;
    return head;
  }

  /** Whether a figure read as no statement names a subject a bare label after it takes on (its clause ends in 预算, 编制 …, and states no change). */
  function lends(f: Figure): boolean {
    let near = false;
    for (let k = f.start - 1; k >= Math.max(0, f.start - LABEL_REACH) && !near; k--) near = LENDING_LAST.has(text[k]!);
    if (!near) return false;
    const c = clauseOf(f, sentences[f.sentence]!.start);
    return c !== null && LENDING_END.test(c.clause) && !NOT_LENDING.test(c.clause);
  }

  function statementOf(f: Figure, isLent: (segment: number) => boolean): QuantityStatement | null {
    if (f.comparative || f.qualifier) return null;
    if (f.kind === 'money' && f.currency !== undefined && f.currency !== 'CNY') return null;
    // (A label's last character stands within a connector's reach before the figure: most figures end here.)
    let k = f.start - 1;
    const reach = f.start - LABEL_REACH;
    while (k > reach && k > 0 && LEAD_CHARS.has(text[k]!) && !LABELS_BY_LAST.has(text[k]!)) k--;
    if (!LABELS_BY_LAST.has(text[k] ?? '')) return null;
    const c = clauseOf(f, sentences[f.sentence]!.start);
    if (!c) return null;
    const clause = c.clause;
    const hit = clause.length === 0 ? undefined : LABELS_BY_LAST.get(clause[clause.length - 1]!)?.find((l) => clause.endsWith(l.label));
    if (!hit || UNIT_OF_FIGURE[hit.kind.unit] !== f.kind) return null;
    if (hit.kind.measures && !hit.kind.measures.includes(f.unit)) return null;
    const head = clause.slice(0, clause.length - hit.label.length);
    if (!selfOnly(head, selfWordsOf(hit.kind), options.fiscalYear)) return null;
    // The segment: the sentence, or its part after a ； (coordinate statements); one longer than a sentence of prose (a
    // flattened table, a list run together) is read no further.
    const sentenceStart = sentences[f.sentence]!.start;
    let start = f.start - 1;
    while (start >= sentenceStart && f.start - start <= MAX_SEGMENT && text[start] !== '；' && text[start] !== ';') start--;
    if (f.start - start > MAX_SEGMENT) return null;
    start++;
    const before = text.slice(start, f.start);
    const cut = c.cut - start;
    const bare = head.replace(YEAR_LEAD, '').length === 0;
    if (bare && isLent(start)) return null;
    // A bare label takes its subject from the sentences before it on its line too (1．教育支出（类）…高中教育（项）。
    // 年初预算为232.86万元): a sentence there that states no figure names that subject, and their scope words count.
    const lineHead = bare ? lineBefore(start) : '';
    if (lineHead === null) return null;
    // The year's end named before (截至2024年12月31日) is the statement's own time, no other scope.
    const earlier = (lineHead + before.slice(0, cut + 1)).replace(yearEnd, '');
    if (scoped(earlier, SCOPE, hit.kind) || inBrackets(before)) return null;
    // A fund source or a level (专项, 省级) in a clause stating a change of the budget (上级下达专项资金追加…) is the
    // change's, not the statement's.
    if ((earlier.match(CLAUSES) ?? []).some((c) => !BUDGET_CHANGE.test(c) && scoped(c, SOFT_SCOPE, hit.kind))) return null;
    // A fund named earlier in the sentence (…维修养护资金因汛期…，执行率92.85%) is its subject, unless its clause states a
    // change of the budget (年中追加…资金612.48万元，调整后预算…).
    if ((earlier.match(CLAUSES) ?? []).some((c) => scoped(c, SUBJECT, hit.kind) && !BUDGET_CHANGE.test(c))) return null;
    let otherYear = false;
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(earlier); m; m = YEAR.exec(earlier)) if (options.fiscalYear === null || Number(m[1]) !== options.fiscalYear) otherYear = true;
    if (otherYear) return null;
    if (AFTER.test(text.slice(f.end, f.end + 4))) return null;
    const line = lineAround(text, f.start);
    if (isCellRow(line.text) || line.text.includes('｜')) return null;
    if (scopedSections.some((sec) => sec.start <= f.start && f.start < sec.end && scoped(sec.heading.title, HEADING_SCOPE, hit.kind))) return null;
    return { kind: hit.kind, figure: f, ...measured(f) };
  }
}
