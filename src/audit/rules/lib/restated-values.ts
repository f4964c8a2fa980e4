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
 *   (table); a mention of no kind is read as the one kind the document gives its name outside its tables' lines, and
 *   not at all when it gives two or more (年初预算 and 决算 of one item) or only a table line gives it one;
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
import { anyWord } from '../../facts/word-pattern.ts';
import type { AuditFacts, Figure, Span, TableCell } from '../../facts/types.ts';
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
const NOT_VALUE_LABEL = new RegExp(anyWord([...WORDS.differenceWords, ...NOT_VALUE_WORDS]));
const NOT_VALUE_END = new RegExp(`${anyWord(NOT_VALUE_ENDINGS)}[为是达：:\\s]*$`);
const NOT_VALUE_NEXT = new RegExp(anyWord(NOT_VALUE_AFTER), 'y');
/** 总计: the year's amount with the balances (rule-words grossTotalEndings), named so right before an amount. */
const GROSS_TOTAL_WORDS = WORDS.grossTotalEndings;
const GROSS_TOTAL_END = new RegExp(`${anyWord(GROSS_TOTAL_WORDS)}[为是达：:]*$`);
/** Beyond this many tables a text is a data dump (as table-text-mismatch reads it). */
const MAX_TABLES = 50;

/** A unit in brackets after a name (实际支出（万元）): the unit of the amounts the name labels. */
const UNIT_IN_BRACKETS = /[（(]\s*(?:单位[:：])?\s*(万亿元|亿元|万元|千元|元)\s*[）)]/;
/** A year (2024年, 2024年度) or a word of another year, in one pass over a sentence. */
const YEAR_TOKENS = new RegExp(`((?:19|20)\\d{2})年|${anyWord(OTHER_YEAR_WORDS)}`, 'g');
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
  /** 分 (money) or the count. */
  readonly fen: number;
  /** 分 in one unit of the last digit as written (1 for a count). */
  readonly step: number;
  /** The money unit of a cell or a line (the prose figure's is its own). */
  readonly unit?: MoneyUnit;
  /** What is quoted when a finding needs it: a prose figure, a table cell, or a line of a table set one cell a line. */
  readonly source: Figure | { readonly cell: TableCell; readonly table: number; readonly row: string; readonly column: string } | { readonly span: Span; readonly text: string };
  /**
   * Table index and row of a line of a table; -1 for prose and for a form's field (实际支出（万元） | 1002.02: a label
   * with a unit of its own, or a text cell naming the amount after it), each a statement of its own.
   */
  readonly table: number;
  readonly row: number;
  readonly at: number;
}

/** The quote of a mention's place. */
function evidenceOf(facts: AuditFacts, m: Mention): Evidence {
  const s = m.source;
  if ('cell' in s) return quoteCell(facts, s.cell, s.table, s.row, s.column, m.fen);
  if ('span' in s) return quoteSpan(facts, s.span, m.fen);
  return quoteFigure(facts, s);
}

/** The amount as written, with its unit. */
function shownOf(m: Mention): string {
  const s = m.source;
  if ('cell' in s) return `${s.cell.text}${m.unit ?? ''}`;
  if ('span' in s) return `${s.text}${m.unit ?? ''}`;
  return s.raw;
}

/** The amount in units of its last digit (or of `step`, the coarser of two), as a string of digits. */
function digitsOf(m: Mention, step = m.step): string {
  return String(Math.round(Math.abs(m.fen) / step));
}

/**
 * The step two amounts are compared at: the coarser of their last digits, where the finer amount holds no digit below it
 * (12,846,000.00元 read at 1,284.60万元's step: one amount written in 元 and in 万元); null where it does.
 */
function commonStep(a: Mention, b: Mention): number | null {
  const step = Math.max(a.step, b.step);
  const fine = Math.min(a.step, b.step);
  return step % fine === 0 && a.fen % step === 0 && b.fen % step === 0 ? step : null;
}

/** Funds holding 预算 (一般公共预算): kept whole in a name, taken out before its kind is read. */
const FUNDS = new RegExp(anyWord(GRAMMAR.budgetFunds), 'g');
/** The words of the kinds of amount, longer first (the list's order), in one pass. */

/** The kind of amount a label or a header names: the first word of restatedMeasures it holds (funds holding 预算 taken out). */
export function measureOf(text: string): Measure | null {
  const t = text.replace(FUNDS, '');
  for (const { word, measure } of MEASURES) if (t.includes(word)) return measure;
  return null;
}

/**
 * In one pass: a fund holding 预算 (kept), a unit in brackets, white space and punctuation, a year, a word of the kind
 * of amount (taken out). Funds first, so that 一般公共预算 keeps its 预算.
 */
const NAME_NOISE = new RegExp(
  [
    `(${anyWord(GRAMMAR.budgetFunds)})`,
    UNIT_IN_BRACKETS.source,
    `(?:${PUNCTUATION.source})+`,
    '(?:19|20)\\d{2}年度?',
    anyWord(KEY_WORDS),
  ].join('|'),
  'g',
);
const SELF_START = new RegExp(`^${anyWord(SELF_WORDS)}`);
/** Generic endings, one at a time from the end (项目资金 → 项目 → ''), while two characters are left. */
const GENERIC_END = new RegExp(`${anyWord(GENERIC_ENDINGS)}$`);

/**
 * The name a mention is grouped by: without its leading number, unit in brackets, department name, years, kind
 * words, punctuation and generic endings; funds holding 预算 (一般公共预算) are kept whole.
 */
export function nameKey(text: string, department: string | null, shortNames: readonly string[]): string {
  let t = text.trim().replace(LEADING_NUMBER, '').replace(NAME_NOISE, (_m, fund: string | undefined) => fund ?? '');
  if (department && department.length >= 2 && t.startsWith(department)) t = t.slice(department.length);
  else for (const name of shortNames) if (name.length >= 2 && t.startsWith(name)) t = t.slice(name.length);
  // The body speaking of itself (我局, 全局, 本单位): the name is the same without.
  t = t.replace(SELF_START, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const { word, as } of ENDING_FORMS) {
      if (t.endsWith(word) && t.length > word.length) {
        t = t.slice(0, -word.length) + as;
        changed = true;
      }
    }
    const generic = GENERIC_END.exec(t);
    if (generic && generic.index >= 2) {
      t = t.slice(0, generic.index);
      changed = true;
    }
  }
  return t;
}

/** nameKey and measureOf of one document, each text read once (table headers and row labels repeat). */
type Namer = { key: (text: string) => string; measure: (text: string) => Measure | null };

function namer(options: RuleOptions): Namer {
  const keys = new Map<string, string>();
  const measures = new Map<string, Measure | null>();
  return {
    key: (text) => {
      let k = keys.get(text);
      if (k === undefined) {
        k = nameKey(text, options.department, options.shortNames);
        keys.set(text, k);
      }
      return k;
    },
    measure: (text) => {
      let m = measures.get(text);
      if (m === undefined) {
        m = measureOf(text);
        measures.set(text, m);
      }
      return m;
    },
  };
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
function cjkPair(key: string): boolean {
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff && ++n === 2) return true;
  }
  return false;
}

/** At least restatedValues.minDigits digits without trailing zeros, counted in units of the last digit written. */
const MIN_SIGNIFICANT = 10 ** (RESTATED_VALUES.minDigits - 1);
function slipSized(fen: number, step: number): boolean {
  let v = Math.round(Math.abs(fen) / step);
  while (v >= MIN_SIGNIFICANT && v % 10 === 0) v /= 10;
  return v >= MIN_SIGNIFICANT;
}

function moneyStep(unit: MoneyUnit, decimals: number): number {
  return pow10(Math.max(0, MONEY_UNITS[unit] - decimals));
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

/** The kind of a 其中 list's whole, by its words or its phase (null without a whole). */
function kindOfWhole(whole: Figure | undefined, names: Namer): Measure | null {
  return whole ? (names.measure(whole.label) ?? phaseMeasure(whole.phase)) : null;
}

function proseMentions(facts: AuditFacts, options: RuleOptions, names: Namer, out: Mention[]): void {
  const tableSpans = facts.tables.map((t) => ({ start: t.start, end: t.end }));
  const yearOf = yearReader(facts, options.fiscalYear);
  // A part of a 其中 list naming no kind of its own is of its whole's kind (年初预算A，其中项目支出B: B a year-start
  // budget; 全年支出C，其中项目支出D: D spent).
  const wholeOf = new Map<Figure, Figure>();
  for (const d of facts.decompositions) for (const p of d.parts) if (!wholeOf.has(p)) wholeOf.set(p, d.total);
  for (const f of facts.figures) {
    const money = f.kind === 'money' && f.currency === 'CNY' && f.moneyUnit !== undefined;
    // A count of whole things (案件5236件, 学生2906人): its measure word is part of what it counts.
    const count = f.kind === 'count' && f.decimals === 0 && f.unit !== '';
    if ((!money && !count) || f.qualifier || f.comparative || f.scaled === 0) continue;
    const step = money ? moneyStep(f.moneyUnit!, f.decimals) : 1;
    // An amount of too few digits is neither read as a slip nor as a third value of its name.
    if (!slipSized(f.scaled, step)) continue;
    if (spanIndexAt(tableSpans, f.start) >= 0) continue;
    // A difference, an average, a standard, a bound or an approximation (相差…, 人均…, 补助标准为…, 不超过…, 约…; …以上,
    // …左右) is no amount of the year.
    if (NOT_VALUE_LABEL.test(f.label) || NOT_VALUE_END.test(f.label)) continue;
    NOT_VALUE_NEXT.lastIndex = f.end;
    if (NOT_VALUE_NEXT.test(facts.text)) continue;
    if (yearOf(f) === 'other') continue;
    // A 总计 (with the balances brought in or carried out) is another quantity than the same name without it; the
    // subject may have lost the word as a filler.
    const gross = GROSS_TOTAL_END.test(facts.text.slice(Math.max(0, f.start - SEARCH_WINDOWS.grossTotalReach), f.start));
    const named = names.key(f.subject);
    const key = gross && !GROSS_TOTAL_WORDS.some((w) => named.endsWith(w)) ? `${named}${GROSS_TOTAL_WORDS[0]}` : named;
    if (!cjkPair(key)) continue;
    out.push({
      key,
      counted: money ? '' : f.unit,
      measure: names.measure(f.label) ?? phaseMeasure(f.phase) ?? kindOfWhole(wholeOf.get(f), names),
      fen: f.scaled,
      step,
      source: f,
      table: -1,
      row: -1,
      at: f.start,
    });
  }
}

/** The last characters of the year words (年, 度, 期, 计, 来): a label holding none names no year and is not searched. */
const YEAR_HINT = new RegExp(`[${[...new Set(['年', ...OTHER_YEAR_WORDS.map((w) => w[w.length - 1]!)])].join('')}]`);

/** A header or a row label naming a year other than the report's, or a word of another year. */
function otherYear(text: string, fiscalYear: number | null): boolean {
  if (!YEAR_HINT.test(text)) return false;
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

/** Column keys naming only the flow a table's rows are items of (实际支出 → 支出): rule-words restatedFlowColumnKeys. */
const FLOW_COLUMN_KEYS: readonly string[] = WORDS.restatedFlowColumnKeys;
const NOT_AMOUNT_HEADERS = [...GRAMMAR.notAmountHeaders, ...GRAMMAR.rowNumberHeaders, ...WORDS.notAmountHeader];

/**
 * The cells of the rebuilt tables. A line's cell only matters beside a statement of its name outside the tables (two
 * tables, or two lines of one, are never set against each other: slipIn), so it is read only when `wanted` (the
 * names of the prose, the forms' fields and the tables set one cell a line) holds its name; `wanted` null reads the
 * fields only.
 */
function tableMentions(facts: AuditFacts, options: RuleOptions, names: Namer, out: Mention[], wanted: ReadonlySet<string> | null): void {
  if (facts.tables.length === 0) return;
  const misread = misreadTables(facts, options);
  const misreadColumns = misreadColumnsOf(facts, options);
  const fiscalYear = options.fiscalYear;
  const tables = facts.tables.length > MAX_TABLES ? facts.tables.slice(0, MAX_TABLES) : facts.tables;
  for (let index = 0; index < tables.length; index++) {
    const model = modelTable(tables[index]!, index);
    if (!model) continue;
    // A table whose sums fail was misread somewhere — most often its total row set in other columns (the 合计 row
    // without the 序号 cell): its other rows are read, its total rows not.
    const suspect = misread.has(index);
    const bad = misreadColumns.get(index);
    // Each column read once: whether it holds amounts of the year, its unit, name and kind.
    const other = otherYearColumns(model.header, fiscalYear);
    const columns = model.header.map((h, c) => ({
      read: !other[c] && !bad?.has(c) && !otherYear(h, fiscalYear) && !NOT_AMOUNT_HEADERS.some((w) => h.includes(w)),
      unit: UNIT_IN_BRACKETS.exec(h)?.[1] as MoneyUnit | undefined,
      key: names.key(h),
      measure: names.measure(h),
    }));
    for (let ri = 0; ri < model.rows.length; ri++) {
      const r = model.rows[ri]!;
      // A row of another year (2015年 over 2016年 in a comparison table).
      if (otherYear(r.label, fiscalYear)) continue;
      if (suspect && TOTAL_LABEL.test(r.label.replace(PUNCTUATION, ''))) continue;
      const rowUnit = UNIT_IN_BRACKETS.exec(r.label)?.[1] as MoneyUnit | undefined;
      // A label with a unit of its own (实际支出（万元）) is a form's field: it names its amounts whatever the header says.
      const field = rowUnit !== undefined;
      // A row's name: a field's in the first pass, a line's in the second.
      const rowKey = field === (wanted === null) ? names.key(r.label) : '';
      let lastText: string | null = null;
      for (let c = 0; c < r.cells.length; c++) {
        const cell = r.cells[c];
        if (!cell) continue;
        const parsedHere = /\d/.test(cell.text) ? cellFen(cell, model.unit ?? rowUnit ?? '元') : null;
        if (!parsedHere) {
          // A text cell in the row names the amounts after it (计划安排资金（万元） | 1088.00 | 实际到位资金（万元） | 1020.02).
          if (cell.text.trim().length >= 2 && !/\d/.test(cell.text)) lastText = cell.text;
          continue;
        }
        const column = columns[c];
        if (column && !column.read) continue;
        if (cell.text.trimEnd().endsWith('%')) continue;
        const ownLabel = lastText;
        // A line's cell (no field), read in the second pass only, and only under a name stated outside the tables.
        const line = !field && ownLabel === null;
        if (line !== (wanted !== null)) continue;
        // A column naming the kind of flow its rows are items of (支出决算 over 项目支出): the row names the cell.
        const ownItem = column !== undefined && column.key !== '' && rowKey !== '' && (rowKey.endsWith(column.key) || FLOW_COLUMN_KEYS.includes(column.key));
        if (line && column && column.key !== '' && rowKey !== '' && !ownItem) continue;
        if (line && !wanted!.has(rowKey === '' ? (column?.key ?? '') : rowKey)) continue;
        const labelUnit = ownLabel ? (UNIT_IN_BRACKETS.exec(ownLabel)?.[1] as MoneyUnit | undefined) : undefined;
        const unit = model.unit ?? labelUnit ?? column?.unit ?? rowUnit;
        if (!unit) continue;
        const value = cellFen(cell, unit);
        if (!value || value.fen === 0) continue;
        const step = moneyStep(unit, value.decimals);
        if (!slipSized(value.fen, step)) continue;
        let key: string;
        let measure: Measure | null;
        if (ownLabel !== null) {
          key = names.key(ownLabel);
          measure = names.measure(ownLabel);
        } else {
          const columnKey = field || ownItem ? '' : (column?.key ?? '');
          key = rowKey === '' ? columnKey : columnKey === '' ? rowKey : `${rowKey}|${columnKey}`;
          measure = (field ? null : column ? column.measure : null) ?? names.measure(r.label);
        }
        if (!cjkPair(key)) continue;
        out.push({
          key,
          counted: '',
          measure,
          fen: value.fen,
          step,
          unit,
          source: { cell, table: index, row: r.label, column: model.header[c] ?? '' },
          table: field || ownLabel !== null ? -1 : index,
          row: ri,
          at: cell.start,
        });
      }
    }
  }
}

/** Every amount mention of the document with its name and kind, prose first, then the tables' cells. */
export function mentionsOf(facts: AuditFacts, options: RuleOptions): Mention[] {
  const mentions: Mention[] = [];
  const names = namer(options);
  proseMentions(facts, options, names, mentions);
  tableMentions(facts, options, names, mentions, null);
  stackedMentions(facts, names, mentions);
  const wanted = new Set(mentions.map((m) => m.key));
  tableMentions(facts, options, names, mentions, wanted);
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
function stackedMentions(facts: AuditFacts, names: Namer, out: Mention[]): void {
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
    if (!cjkPair(label) || /\d/.test(label.replace(LEADING_NUMBER, '')) || UNIT_CAPTION.test(label)) continue;
    if (after < starts.length && AMOUNT_LINE.test(lineAt(after))) continue;
    const value = plainFen(line, unit);
    if (!value || value.fen === 0 || !slipSized(value.fen, moneyStep(unit, value.decimals))) continue;
    const key = names.key(label);
    if (!cjkPair(key)) continue;
    const start = starts[i]! + text.slice(starts[i]!, starts[i]! + RESTATED_VALUES.maxLabelChars * 4).indexOf(line[0]!);
    const step = moneyStep(unit, value.decimals);
    out.push({
      key,
      counted: '',
      measure: names.measure(label),
      fen: value.fen,
      step,
      unit,
      source: { span: { start, end: start + line.length }, text: line },
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
 * where the prose amounts end that table-text-mismatch already reported against their cells.
 */
export function restatedValues(facts: AuditFacts, options: RuleOptions, reported: ReadonlySet<number>): Finding[] {
  const mentions = mentionsOf(facts, options);
  // By name; the kinds each name is given.
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const k = m.counted === '' ? m.key : `${m.counted}|${m.key}`;
    const list = byKey.get(k);
    if (list) list.push(m);
    else byKey.set(k, [m]);
  }
  const out: Finding[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const key = list[0]!.key;
    const kinds = new Set(list.map((m) => m.measure).filter((m): m is Measure => m !== null));
    // A mention of no kind is read as the one kind its name is given, and not at all beside two — nor where only
    // table lines give it (a table's other kinds stand in columns named by a spanning header the copy lost: 年初预算数
    // beside 决算数 合计 | 基本支出 | 项目支出).
    const only = kinds.size === 1 && list.some((m) => m.measure !== null && m.table < 0) ? [...kinds][0]! : null;
    const groups = new Map<Measure, Mention[]>();
    // Where only table lines give the name its kinds, the prose mentions of no kind are read as the kind of the one
    // table column whose cell holds one of their values (公务接待费支出2.46万元 ⏎ 3.公务接待费支出2.64万元 beside 公务接待费 |
    // 4.60 | 2.46 under 预算数 | 决算数: the cell proves the reading of 2.46, anum 2026-12-07, dev 2715); never beside two
    // such columns.
    let proven: Measure | null = null;
    if (only === null && kinds.size > 0 && list.every((m) => m.measure === null || m.table >= 0)) {
      const bare = list.filter((m) => m.measure === null && m.table < 0);
      const matching = new Set(list.filter((m) => m.measure !== null && bare.some((b) => b.fen === m.fen)).map((m) => m.measure!));
      if (bare.length >= 2 && matching.size === 1) proven = [...matching][0]!;
    }
    for (const m of list) {
      const measure = m.measure ?? (kinds.size === 0 ? '' : (only ?? (m.table < 0 ? proven : null)));
      if (measure === null) continue;
      const g = groups.get(measure);
      if (g) g.push(m);
      else groups.set(measure, [m]);
    }
    for (const [measure, group] of groups) {
      const found = slipIn(group);
      if (!found) continue;
      const { minority, majority, slip } = found;
      if ([...minority, ...majority].some((m) => 'sentence' in m.source && reported.has(m.source.end))) continue;
      const a = minority[0]!;
      const b = majority[0]!;
      const step = commonStep(a, b) ?? a.step;
      const [da, db] = [digitsOf(a, step), digitsOf(b, step)];
      const [sa, sb] = [shownOf(a), shownOf(b)];
      const inferred = [...minority, ...majority].some((m) => m.measure === null) && measure !== '';
      const how = slip.kind === 'substitution' ? `仅一位数字不同（${da[slip.at]}与${db[slip.at]}）` : `相邻两位数字颠倒（${da.slice(slip.at, slip.at + 2)}与${db.slice(slip.at, slip.at + 2)}）`;
      const kindName = MEASURE_NAMES[measure] ?? '';
      const several = majority.length > 1 ? `（另${majority.length}处均为${sb}）` : '';
      out.push(
        finding({
          rule: 'table-text-mismatch',
          severity: inferred ? 'info' : 'warning',
          message: `${a.counted === '' ? '同一数额' : '同一数量'}前后不一致：“${key.replace('|', '”“')}”${kindName}一处为${sa}，另一处为${sb}${several}，${how}，疑为笔误`,
          evidence: [...minority.slice(0, 2), ...majority.slice(0, 2)].map((m) => evidenceOf(facts, m)),
          calculation: `${sa} ≠ ${sb}：${slip.kind === 'substitution' ? '一位数字不同' : '相邻两位互换'}`,
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
      const step = commonStep(a, b);
      if (step === null || Math.sign(a.fen) !== Math.sign(b.fen)) continue;
      const [da, db] = [digitsOf(a, step), digitsOf(b, step)];
      if (significant(da) < RESTATED_VALUES.minDigits || significant(db) < RESTATED_VALUES.minDigits) continue;
      const slip = digitSlip(da, db);
      if (!slip) continue;
      // Read at a coarser step than one was written at, a digit of the slip among either's trailing zeros (3856400元
      // beside 3,856,420.00元) may be a rounding, no slip.
      const zerosFrom = (d: string): number => d.replace(/0+$/, '').length;
      if (a.step !== b.step && slip.at + (slip.kind === 'transposition' ? 1 : 0) >= Math.min(zerosFrom(da), zerosFrom(db))) continue;
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
