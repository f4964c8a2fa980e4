/**
 * One amount stated twice with two values (read by table-text-mismatch): the same quantity — one name, one kind of
 * amount (预算 / 决算 / 到位 …), one year, one precision — written in two places of one document (prose and a
 * flattened table, a summary and its section, a form's field and its table's 合计) where the two values differ in one
 * digit (7.53 and 7.33) or in two neighbouring digits swapped (175.92 and 179.52). Such a pair is a slip of the pen,
 * not two quantities: the finding quotes both places and names the digits.
 *
 * Preconditions (silent otherwise):
 * - money only, in 人民币, of the report's own year: an amount whose sentence names another year before it (2023年,
 *   上年, 同期 …: rule-words restatedOtherYearWords) is not read, nor a change, a comparison, a bound, an average or a
 *   standard (restatedNotValueWords anywhere in its label, restatedNotValueEndings ending it, restatedNotValueAfter
 *   right after it), nor a table column of another year (lib/other-year-columns.ts);
 * - a mention's name is its subject (prose) or its row label with the column's own name (a table), without the words
 *   of the kind of amount (restatedKeyWords), the department's name or its words for itself (restatedSelfWords), a year, a unit in brackets and generic endings
 *   (金额, 项目, 合计 …: restatedGenericEndings); a name of fewer than two characters names nothing;
 * - the kind of amount is the first of restatedMeasures in the label (prose) or the column header, then the row label
 *   (table); a mention of no kind is read as the one kind the document gives its name, and not at all when it gives
 *   two or more (年初预算 and 决算 of one item);
 * - one name of one kind holds exactly two values beyond rounding (7.5 and 7.53 agree), at most
 *   restatedValues.maxGroupMentions mentions, never two rows of one table (a name used for two lines), and the two
 *   values are written to the same last digit with at least restatedValues.minDigits digits;
 * - a prose amount already reported against its cell by table-text-mismatch is not reported again.
 * Severity: a warning where both values name their kind; a 提示 where one took its kind from the other.
 * Linear: one pass over the figures (each sentence's year words read once) and the tables' cells, grouped by a hash.
 */
import { type Evidence, type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS, type MoneyUnit } from '../../../core/money.ts';
import { GRAMMAR, RESTATED_VALUES, RULE_WORDS, SEARCH_WINDOWS } from '../../config.ts';
import { spanIndexAt } from '../../facts/lines.ts';
import { plainFen, pow10 } from '../../facts/plain-amount.ts';
import { cellFen, modelTable } from '../../facts/table-model.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { quoteCell, quoteFigure, quoteSpan } from './evidence.ts';
import { otherYearColumns } from './other-year-columns.ts';
import { misreadColumnsOf, misreadTables } from './table-sums.ts';
import type { RuleOptions } from './types.ts';

const WORDS = RULE_WORDS['table-text-mismatch'];
const MEASURES = WORDS.restatedMeasures;
const KEY_WORDS = WORDS.restatedKeyWords;
const GENERIC_ENDINGS = WORDS.restatedGenericEndings;
const SELF_WORDS = WORDS.restatedSelfWords;
const ENDING_FORMS = WORDS.restatedEndingForms;
const OTHER_YEAR_WORDS = WORDS.restatedOtherYearWords;
const NOT_VALUE_WORDS = WORDS.restatedNotValueWords;
const NOT_VALUE_ENDINGS = WORDS.restatedNotValueEndings;
const NOT_VALUE_AFTER = WORDS.restatedNotValueAfter;
const DIFFERENCE_WORDS = WORDS.differenceWords;
/** 总计: the year's amount with the balances (rule-words grossTotalEndings), named so right before an amount. */
const GROSS_TOTAL_WORDS = WORDS.grossTotalEndings;
const GROSS_TOTAL_END = new RegExp(`(?:${GROSS_TOTAL_WORDS.join('|')})[为是达：:]*$`);
/** Beyond this many tables a text is a data dump (as table-text-mismatch reads it). */
const MAX_TABLES = 50;

/** A unit in brackets after a name (实际支出（万元）): the unit of the amounts the name labels. */
const UNIT_IN_BRACKETS = /[（(]\s*(?:单位[:：])?\s*(万亿元|亿元|万元|千元|元)\s*[）)]/;
const UNIT_IN_BRACKETS_ALL = new RegExp(UNIT_IN_BRACKETS.source, 'g');
/** A year (2024年, 2024年度) or a word of another year, in one pass over a sentence. */
const YEAR_TOKENS = new RegExp(`((?:19|20)\\d{2})年|${OTHER_YEAR_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}`, 'g');
const LEADING_NUMBER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[.．、]|第[一二三四五六七八九十]{1,3}[部分项条]?)/;
/** A row of a table's total. */
const TOTAL_LABEL = /^(?:合计|总计|小计)|(?:合计|总计|小计)$/;
const PUNCTUATION = /[\s　“”"'‘’「」《》〈〉、，,：:；;。．·|_\-—…]/g;

export type Measure = string;

export interface Mention {
  readonly key: string;
  /** The measure word of a count (件, 人); '' for money. */
  readonly counted: string;
  /** null: the mention names no kind of amount. */
  readonly measure: Measure | null;
  readonly fen: number;
  /** 分 in one unit of the last digit as written. */
  readonly step: number;
  /** The amount in units of its last digit, as a string of digits. */
  readonly digits: string;
  readonly shown: string;
  readonly evidence: Evidence;
  /**
   * Table index and row of a line of a table; -1 for prose and for a form's field (实际支出（万元） | 1002.02: a label
   * with a unit of its own, or a text cell naming the amount after it), each a statement of its own.
   */
  readonly table: number;
  readonly row: number;
  readonly at: number;
}

/** The kind of amount a label or a header names: the first word of restatedMeasures it holds (funds holding 预算 taken out). */
export function measureOf(text: string): Measure | null {
  let t = text;
  for (const fund of GRAMMAR.budgetFunds) if (t.includes(fund)) t = t.split(fund).join('');
  for (const { word, measure } of MEASURES) if (t.includes(word)) return measure;
  return null;
}

/**
 * The name a mention is grouped by: without its leading number, unit in brackets, department name, years, kind
 * words, punctuation and generic endings; funds holding 预算 (一般公共预算) are kept whole.
 */
export function nameKey(text: string, department: string | null, shortNames: readonly string[]): string {
  let t = text.trim().replace(LEADING_NUMBER, '').replace(UNIT_IN_BRACKETS_ALL, '').replace(PUNCTUATION, '');
  const funds: string[] = [];
  GRAMMAR.budgetFunds.forEach((fund, i) => {
    if (t.includes(fund)) {
      t = t.split(fund).join(`\u0001${i}`);
      funds.push(fund);
    }
  });
  for (const name of [department, ...shortNames]) if (name && name.length >= 2 && t.startsWith(name)) t = t.slice(name.length);
  // The body speaking of itself (我局, 全局, 本单位): the name is the same without.
  for (const w of SELF_WORDS) {
    if (t.startsWith(w)) {
      t = t.slice(w.length);
      break;
    }
  }
  t = t.replace(/(?:19|20)\d{2}年度?/g, '');
  for (const w of KEY_WORDS) if (t.includes(w)) t = t.split(w).join('');
  for (let changed = true; changed; ) {
    changed = false;
    for (const { word, as } of ENDING_FORMS) {
      if (t.endsWith(word) && t.length > word.length) {
        t = t.slice(0, -word.length) + as;
        changed = true;
      }
    }
    for (const w of GENERIC_ENDINGS) {
      if (t.endsWith(w) && t.length - w.length >= 2) {
        t = t.slice(0, -w.length);
        changed = true;
      }
    }
  }
  GRAMMAR.budgetFunds.forEach((fund, i) => {
    t = t.split(`\u0001${i}`).join(fund);
  });
  return t;
}

/** Whether two strings of digits of one length differ in one digit or in two neighbouring digits swapped; how. */
export function digitSlip(a: string, b: string): { kind: 'substitution' | 'transposition'; at: number } | null {
  if (a.length !== b.length || a === b) return null;
  let first = -1;
  let last = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first === last) return { kind: 'substitution', at: first };
  if (last === first + 1 && a[first] === b[last] && a[last] === b[first]) return { kind: 'transposition', at: first };
  return null;
}

/** Digits of an amount without its trailing zeros (8000元 one, 10.00万元 one, 7.53万元 three): a round amount is no slip's evidence. */
function significant(digits: string): number {
  let n = digits.length;
  while (n > 0 && digits[n - 1] === '0') n--;
  return n;
}

/** A name of at least two Chinese characters. */
const CJK_PAIR = /[\u4e00-\u9fff].*[\u4e00-\u9fff]/;

function moneyStep(unit: MoneyUnit, decimals: number): number {
  return pow10(Math.max(0, MONEY_UNITS[unit] - decimals));
}

function digitsOf(fen: number, step: number): string {
  return String(Math.round(Math.abs(fen) / step));
}

/** The year a figure's sentence gives it: 'other' when the last year word before it names another year. */
function yearReader(facts: AuditFacts, fiscalYear: number | null): (f: Figure) => 'own' | 'other' {
  let sentence = -1;
  let tokens: { at: number; other: boolean }[] = [];
  return (f) => {
    if (f.sentence !== sentence) {
      sentence = f.sentence;
      tokens = [];
      const s = facts.sentences[sentence];
      if (s) {
        const text = facts.text.slice(s.start, s.end);
        YEAR_TOKENS.lastIndex = 0;
        for (let m = YEAR_TOKENS.exec(text); m; m = YEAR_TOKENS.exec(text)) {
          const year = m[1] ? Number(m[1]) : null;
          tokens.push({ at: s.start + m.index, other: year === null ? true : fiscalYear !== null && year !== fiscalYear });
        }
      }
    }
    let other = false;
    for (const t of tokens) {
      if (t.at >= f.start) break;
      other = t.other;
    }
    return other ? 'other' : 'own';
  };
}

function proseMentions(facts: AuditFacts, options: RuleOptions, out: Mention[]): void {
  const tableSpans = facts.tables.map((t) => ({ start: t.start, end: t.end }));
  const yearOf = yearReader(facts, options.fiscalYear);
  for (const f of facts.figures) {
    const money = f.kind === 'money' && f.currency === 'CNY' && f.moneyUnit !== undefined;
    // A count of whole things (案件5236件, 学生2906人): its measure word is part of what it counts.
    const count = f.kind === 'count' && f.decimals === 0 && f.unit !== '';
    if ((!money && !count) || f.qualifier || f.comparative || f.scaled === 0) continue;
    if (spanIndexAt(tableSpans, f.start) >= 0) continue;
    if (DIFFERENCE_WORDS.some((w) => f.label.includes(w)) || NOT_VALUE_WORDS.some((w) => f.label.includes(w))) continue;
    // A standard, a bound or an approximation (补助标准为…, 不超过…, 约…; …以上, …左右) is no amount of the year.
    const lead = f.label.replace(/[为是达：:\s]+$/, '');
    if (NOT_VALUE_ENDINGS.some((w) => lead.endsWith(w))) continue;
    const after = facts.text.slice(f.end, f.end + 3);
    if (NOT_VALUE_AFTER.some((w) => after.startsWith(w))) continue;
    if (yearOf(f) === 'other') continue;
    // A 总计 (with the balances brought in or carried out) is another quantity than the same name without it; the
    // subject may have lost the word as a filler.
    const gross = GROSS_TOTAL_END.test(facts.text.slice(Math.max(0, f.start - SEARCH_WINDOWS.grossTotalReach), f.start));
    const named = nameKey(f.subject, options.department, options.shortNames);
    const key = gross && !GROSS_TOTAL_WORDS.some((w) => named.endsWith(w)) ? `${named}${GROSS_TOTAL_WORDS[0]}` : named;
    if (!CJK_PAIR.test(key)) continue;
    const step = money ? moneyStep(f.moneyUnit!, f.decimals) : 1;
    out.push({
      key,
      counted: money ? '' : f.unit,
      measure: measureOf(f.label) ?? phaseMeasure(f.phase),
      fen: f.scaled,
      step,
      digits: digitsOf(f.scaled, step),
      shown: f.raw,
      evidence: quoteFigure(facts, f),
      table: -1,
      row: -1,
      at: f.start,
    });
  }
}

/** A header or a row label naming a year other than the report's, or a word of another year. */
function otherYear(text: string, fiscalYear: number | null): boolean {
  YEAR_TOKENS.lastIndex = 0;
  for (let m = YEAR_TOKENS.exec(text); m; m = YEAR_TOKENS.exec(text)) {
    if (!m[1] || (fiscalYear !== null && Number(m[1]) !== fiscalYear)) return true;
  }
  return false;
}

function phaseMeasure(phase: Figure['phase']): Measure | null {
  if (phase === 'final') return 'final';
  if (phase === 'initialBudget') return 'initial';
  if (phase === 'adjustedBudget') return 'adjusted';
  return null;
}

const NOT_AMOUNT_HEADERS = [...GRAMMAR.notAmountHeaders, ...GRAMMAR.rowNumberHeaders, ...WORDS.notAmountHeader];

function tableMentions(facts: AuditFacts, options: RuleOptions, out: Mention[]): void {
  if (facts.tables.length === 0) return;
  const misread = misreadTables(facts, options);
  const misreadColumns = misreadColumnsOf(facts, options);
  const { department, shortNames } = options;
  facts.tables.slice(0, MAX_TABLES).forEach((table, index) => {
    const model = modelTable(table, index);
    if (!model) return;
    // A table whose sums fail was misread somewhere — most often its total row set in other columns (the 合计 row
    // without the 序号 cell): its other rows are read, its total rows not.
    const suspect = misread.has(index);
    const other = otherYearColumns(model.header, options.fiscalYear);
    const bad = misreadColumns.get(index);
    model.rows.forEach((r, ri) => {
      // A row of another year (2015年 over 2016年 in a comparison table).
      if (otherYear(r.label, options.fiscalYear)) return;
      if (suspect && TOTAL_LABEL.test(r.label.replace(PUNCTUATION, ''))) return;
      const rowUnit = UNIT_IN_BRACKETS.exec(r.label)?.[1] as MoneyUnit | undefined;
      // A label with a unit of its own (实际支出（万元）) is a form's field: it names its amounts whatever the header says.
      const field = rowUnit !== undefined;
      let lastText: string | null = null;
      r.cells.forEach((cell, c) => {
        if (!cell) return;
        const header = model.header[c] ?? '';
        const parsedHere = /\d/.test(cell.text) ? cellFen(cell, model.unit ?? rowUnit ?? '元') : null;
        if (!parsedHere) {
          // A text cell in the row names the amounts after it (计划安排资金（万元） | 1088.00 | 实际到位资金（万元） | 1020.02).
          if (cell.text.trim().length >= 2 && !/\d/.test(cell.text)) lastText = cell.text;
          return;
        }
        if (other[c] || bad?.has(c) || otherYear(header, options.fiscalYear)) return;
        if (NOT_AMOUNT_HEADERS.some((w) => header.includes(w)) || /%$/.test(cell.text.trim())) return;
        const ownLabel = lastText;
        const labelUnit = ownLabel ? (UNIT_IN_BRACKETS.exec(ownLabel)?.[1] as MoneyUnit | undefined) : undefined;
        const headerUnit = UNIT_IN_BRACKETS.exec(header)?.[1] as MoneyUnit | undefined;
        const unit = model.unit ?? labelUnit ?? headerUnit ?? rowUnit;
        if (!unit) return;
        const value = cellFen(cell, unit);
        if (!value || value.fen === 0) return;
        let key: string;
        let measure: Measure | null;
        if (ownLabel !== null) {
          key = nameKey(ownLabel, department, shortNames);
          measure = measureOf(ownLabel);
        } else {
          const rowKey = nameKey(r.label, department, shortNames);
          const columnKey = field ? '' : nameKey(header, department, shortNames);
          key = rowKey === '' ? columnKey : columnKey === '' ? rowKey : `${rowKey}|${columnKey}`;
          measure = (field ? null : measureOf(header)) ?? measureOf(r.label);
        }
        if (!CJK_PAIR.test(key)) return;
        const step = moneyStep(unit, value.decimals);
        out.push({
          key,
          counted: '',
          measure,
          fen: value.fen,
          step,
          digits: digitsOf(value.fen, step),
          shown: `${cell.text}${unit}`,
          evidence: quoteCell(facts, cell, index, r.label, header, value.fen),
          table: field || ownLabel !== null ? -1 : index,
          row: ri,
          at: cell.start,
        });
      });
    });
  });
}

/** Every amount mention of the document with its name and kind, prose first, then the tables' cells. */
export function mentionsOf(facts: AuditFacts, options: RuleOptions): Mention[] {
  const mentions: Mention[] = [];
  proseMentions(facts, options, mentions);
  tableMentions(facts, options, mentions);
  stackedMentions(facts, options, mentions);
  return mentions;
}

/** A line holding one amount and nothing else (734,496.58): a cell of a table the copy set one cell a line. */
const VALUE_LINE = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+\.\d+$|^-?\d+$/;
/** …and one written as an amount (a point or a thousands separator): no row number or code. */
const AMOUNT_LINE = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+\.\d+$/;
/** A unit caption: 单位：万元, or a unit in brackets (金额（元）). */
const UNIT_CAPTION = /单位[:：]\s*(万亿元|亿元|万元|千元|元)/;

/**
 * Cells of a table a copy set one a line (项目 ⏎ 金额（元） ⏎ 会费收入 ⏎ 1,541,750.00 ⏎ 提供服务收入 ⏎ 734,496.58), outside the
 * tables the reader rebuilt: an amount alone on its line, the nearest line before it (blank lines passed) a label of
 * Chinese words without digits, the nearest after it no other amount (a row of several columns has no header to tell
 * them apart), under a unit caption no prose line since (a line of a sentence, with 。, or longer than
 * restatedValues.maxLabelChars, ends the caption's reach).
 */
function stackedMentions(facts: AuditFacts, options: RuleOptions, out: Mention[]): void {
  const text = facts.text;
  const starts = facts.lineStarts;
  const tableSpans = facts.tables.map((t) => ({ start: t.start, end: t.end }));
  const lineAt = (i: number): string => text.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1]! - 1 : text.length).trim();
  let unit: MoneyUnit | null = null;
  let block = 0;
  for (let i = 0; i < starts.length; i++) {
    const line = lineAt(i);
    if (line === '') continue;
    const caption = UNIT_CAPTION.exec(line) ?? (line.length <= RESTATED_VALUES.maxLabelChars ? UNIT_IN_BRACKETS.exec(line) : null);
    if (caption) {
      unit = caption[1] as MoneyUnit;
      block++;
      continue;
    }
    if (line.length > RESTATED_VALUES.maxLabelChars || line.includes('。')) {
      unit = null;
      continue;
    }
    if (!unit || !VALUE_LINE.test(line) || spanIndexAt(tableSpans, starts[i]!) >= 0) continue;
    let before = i - 1;
    while (before >= 0 && i - before <= RESTATED_VALUES.stackedReach && lineAt(before) === '') before--;
    let after = i + 1;
    while (after < starts.length && after - i <= RESTATED_VALUES.stackedReach && lineAt(after) === '') after++;
    const label = before >= 0 ? lineAt(before) : '';
    if (!CJK_PAIR.test(label) || /\d/.test(label.replace(LEADING_NUMBER, '')) || UNIT_CAPTION.test(label)) continue;
    if (after < starts.length && AMOUNT_LINE.test(lineAt(after))) continue;
    const value = plainFen(line, unit);
    if (!value || value.fen === 0) continue;
    const key = nameKey(label, options.department, options.shortNames);
    if (!CJK_PAIR.test(key)) continue;
    const start = starts[i]! + text.slice(starts[i]!, starts[i]! + RESTATED_VALUES.maxLabelChars * 4).indexOf(line[0]!);
    const step = moneyStep(unit, value.decimals);
    out.push({
      key,
      counted: '',
      measure: measureOf(label),
      fen: value.fen,
      step,
      digits: digitsOf(value.fen, step),
      shown: `${line}${unit}`,
      evidence: quoteSpan(facts, { start, end: start + line.length }, value.fen),
      table: STACKED_TABLES + block,
      row: i,
      at: start,
    });
  }
}

/** Table numbers of the stacked tables' blocks (one per unit caption), apart from the rebuilt tables'. */
const STACKED_TABLES = 1_000_000;

const MEASURE_NAMES: Record<string, string> = {
  final: '决算（实际）数',
  initial: '年初预算数',
  adjusted: '调整后预算数',
  budget: '预算（计划）数',
  received: '到位（下达）数',
  balance: '结转结余数',
};

/**
 * The findings: one per name and kind whose two values differ by one digit or two swapped digits. `reported` holds
 * the offsets of prose amounts table-text-mismatch already reported against their cells.
 */
export function restatedValues(facts: AuditFacts, options: RuleOptions, reported: ReadonlySet<number>): Finding[] {
  const mentions = mentionsOf(facts, options);
  // By name; the kinds each name is given.
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const k = `${m.counted}|${m.key}`;
    const list = byKey.get(k);
    if (list) list.push(m);
    else byKey.set(k, [m]);
  }
  const out: Finding[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const key = list[0]!.key;
    const kinds = new Set(list.map((m) => m.measure).filter((m): m is Measure => m !== null));
    // A mention of no kind is read as the one kind its name is given, and not at all beside two.
    const only = kinds.size === 1 ? [...kinds][0]! : null;
    const groups = new Map<Measure, Mention[]>();
    for (const m of list) {
      const measure = m.measure ?? (kinds.size === 0 ? '' : only);
      if (measure === null) continue;
      const g = groups.get(measure);
      if (g) g.push(m);
      else groups.set(measure, [m]);
    }
    for (const [measure, group] of groups) {
      const found = slipIn(group);
      if (!found) continue;
      const { minority, majority, slip } = found;
      if ([...minority, ...majority].some((m) => m.table < 0 && reported.has(m.at))) continue;
      const a = minority[0]!;
      const b = majority[0]!;
      const inferred = [...minority, ...majority].some((m) => m.measure === null) && measure !== '';
      const how = slip.kind === 'substitution' ? `仅一位数字不同（${a.digits[slip.at]}与${b.digits[slip.at]}）` : `相邻两位数字颠倒（${a.digits.slice(slip.at, slip.at + 2)}与${b.digits.slice(slip.at, slip.at + 2)}）`;
      const kindName = MEASURE_NAMES[measure] ?? '';
      const several = majority.length > 1 ? `（另${majority.length}处均为${b.shown}）` : '';
      out.push(
        finding({
          rule: 'table-text-mismatch',
          severity: inferred ? 'info' : 'warning',
          message: `${a.counted === '' ? '同一数额' : '同一数量'}前后不一致：“${key.replace('|', '”“')}”${kindName}一处为${a.shown}，另一处为${b.shown}${several}，${how}，疑为笔误`,
          evidence: [...minority.slice(0, 2).map((m) => m.evidence), ...majority.slice(0, 2).map((m) => m.evidence)],
          calculation: `${a.shown} ≠ ${b.shown}：${slip.kind === 'substitution' ? '一位数字不同' : '相邻两位互换'}`,
          difference: Math.abs(a.fen - b.fen),
        }),
      );
    }
    if (out.length > 100) break;
  }
  return out;
}

/**
 * Within one name and kind: exactly two values beyond rounding, one mention of each at one precision differing by
 * one digit or a swap, the values not both from one table (two rows of one name). The value stated less often first.
 */
function slipIn(group: readonly Mention[]): { minority: Mention[]; majority: Mention[]; slip: NonNullable<ReturnType<typeof digitSlip>> } | null {
  if (group.length < 2 || group.length > RESTATED_VALUES.maxGroupMentions) return null;
  // Two rows of one table under one name: the name is not one quantity's.
  const tables = new Map<number, number>();
  for (const m of group) {
    if (m.table < 0) continue;
    const seen = tables.get(m.table);
    if (seen !== undefined && seen !== m.row) return null;
    tables.set(m.table, m.row);
  }
  const clusters: Mention[][] = [];
  const tablesOf = (c: readonly Mention[]): Set<number> => new Set(c.filter((m) => m.table >= 0).map((m) => m.table));
  for (const m of group) {
    const home = clusters.find((c) => c.some((x) => Math.abs(x.fen - m.fen) <= Math.max(x.step, m.step) / 2));
    if (home) home.push(m);
    else clusters.push([m]);
    if (clusters.length > 2) return null;
  }
  if (clusters.length !== 2) return null;
  const [c1, c2] = clusters as [Mention[], Mention[]];
  // Tables on both sides: two tables of two scopes (all funds, 财政拨款 only) name their rows alike, and one table's
  // two cells of one name are two lines — the values are told apart by what the tables are, not by a slip.
  if (tablesOf(c1).size > 0 && tablesOf(c2).size > 0) return null;
  for (const a of c1) {
    for (const b of c2) {
      if (a.step !== b.step || significant(a.digits) < RESTATED_VALUES.minDigits || significant(b.digits) < RESTATED_VALUES.minDigits) continue;
      if (Math.sign(a.fen) !== Math.sign(b.fen)) continue;
      const slip = digitSlip(a.digits, b.digits);
      if (!slip) continue;
      const [minority, majority] = c1.length <= c2.length ? [c1, c2] : [c2, c1];
      const first = minority.includes(a) ? a : b;
      const second = first === a ? b : a;
      return {
        minority: [first, ...minority.filter((m) => m !== first)],
        majority: [second, ...majority.filter((m) => m !== second)],
        slip,
      };
    }
  }
  return null;
}
