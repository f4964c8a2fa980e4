/**
 * The fact table: every quantity the prose states — an amount, a count, a rate — as one row with its name, role,
 * kind of amount, unit and value, so that general validators can compare what one document says about one thing in
 * two places (rules/lib/restated-facts.ts), whoever wrote it and however its sentences run.
 *
 * A row (StatedFact):
 * - name (`key`): the words before the quantity in its clause (the figure's subject; for a quantity with no words of
 *   its own, the previous quantity's name in its sentence), read as restated-values.ts names amounts (nameKey: no
 *   leading number, department, years, kind words, generic endings), then without the words of its role and bound
 *   (fact-table.json nameNoise: 年度目标, 实际完成, 不少于 …) and punctuation;
 * - role: `target` where the clause before it holds a target word (目标, 计划 …: targetWords), where it follows a head
 *   holding one and a colon in its sentence (产出目标：A；B), or stands under a heading holding one (三、年度绩效目标) and
 *   no word of an outcome (完成情况: headingNotTarget); `value` otherwise (an amount or count reached or stated);
 * - kind of amount (`measure`): restated-values' measureOf of the label (预算, 决算, 调整后 …), or null;
 * - value and step: integers (money in 分; counts and rates in 1/10000 of their unit) with the unit of the last digit
 *   written, so that 18万人次 and 180000人次 are one value and 7.5 agrees with 7.53.
 * Left out (no row): quantities in table lines; changes and comparisons (比上年增加 …), bounds of a value (以上, 左右),
 * averages and standards (restatedNotValue… words) — for a target a bound is its form (不少于80万页) and is kept; a
 * quantity whose sentence names another year before it (2023年 in a 2024 report, 上年, 同期: restatedOtherYearWords).
 * Counts written with 万 or 亿 before the measure word (18万人次, 1.1万人次), which the figure scanner does not read, are
 * read here by a scanner of their own (number, multiplier, measure word).
 * Linear: one pass over the figures and one regex pass over the text; each sentence's year tokens read once.
 */
import { MONEY_UNITS, type MoneyUnit } from '../../../core/money.ts';
import { FACT_TABLE_WORDS, GRAMMAR, RULE_WORDS } from '../../config.ts';
import { isCellRow, lastAtMost, spanIndexAt } from '../../facts/lines.ts';
import { pow10 } from '../../facts/plain-amount.ts';
import { cellFen, modelTable } from '../../facts/table-model.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import type { AuditFacts, Figure, Span } from '../../facts/types.ts';
import { measureOf, nameKey } from './restated-values.ts';
import { indicatorRows } from './indicator-checks.ts';
import { otherYearColumns } from './other-year-columns.ts';
import { titleAbove } from './table-title.ts';
import type { RuleOptions } from './types.ts';

export type Quantity = 'money' | 'count' | 'percent';
export type FactRole = 'value' | 'target';

export interface StatedFact extends Span {
  readonly key: string;
  readonly quantity: Quantity;
  /** '' for money (compared in 分), the measure word of a count, % of a rate. */
  readonly unit: string;
  readonly measure: string | null;
  readonly role: FactRole;
  /** Money: 分. Counts and rates: 1/10000 of the unit. */
  readonly value: number;
  /** One unit of the last digit written, in the units of `value`. */
  readonly step: number;
  /** The quantity as written. */
  readonly raw: string;
  /** Where its clause starts (the words that name it). */
  readonly clauseStart: number;
  readonly sentence: number;
  readonly paragraph: number;
  /** The table and row of a table's line; -1 for prose. */
  readonly table: number;
  readonly row: number;
}

const WORDS = FACT_TABLE_WORDS;
const RESTATED = RULE_WORDS['table-text-mismatch'];
const FINE = 4;
const TARGET = new RegExp(anyWord(WORDS.targetWords));
const TARGET_COMPOUNDS = new RegExp(anyWord(WORDS.targetCompounds), 'g');
const TARGET_HEAD = new RegExp(`${anyWord(WORDS.targetWords)}[^，,；;。：:]{0,12}[：:]`);
const HEADING_NOT_TARGET = new RegExp(anyWord(WORDS.headingNotTarget));
const NAME_ENDING = new RegExp(`(?:${anyWord(WORDS.nameEndings)})$`);
const NAME_NOISE = new RegExp(anyWord([...WORDS.nameNoise].sort((a, b) => b.length - a.length)), 'g');
const NOT_VALUE_LABEL = new RegExp(anyWord([...RESTATED.differenceWords, ...RESTATED.restatedNotValueWords]));
/** Bounds (不少于, 不低于 …): a target's form; taken out before a label is read for difference words (少于). */
const BOUNDS = new RegExp(anyWord(RESTATED.restatedNotValueEndings), 'g');
const BOUND_END = new RegExp(`${anyWord(RESTATED.restatedNotValueEndings)}[为是达：:\\s]*$`);
/** 总计 right before an amount: the year's amount with the balances, another quantity than the same name without it. */
const GROSS_TOTAL_END = new RegExp(`${anyWord(RESTATED.grossTotalEndings)}[为是达：:]*$`);
const BOUND_AFTER = new RegExp(anyWord(RESTATED.restatedNotValueAfter), 'y');
const YEAR_TOKENS = new RegExp(`((?:19|20)\\d{2})年|${anyWord(RESTATED.restatedOtherYearWords)}`, 'g');
const PUNCTUATION = /[\s　“”"'‘’「」《》〈〉（）()【】[\]、，,：:；;。．.·|_\-—…\d]/g;
const LEADING_NUMBER = /^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}(?:\.\d{1,2})?[.．、\s]|目标\d{1,2}[:：])/;
const COUNT_MEASURES = GRAMMAR.measureWords.filter((w) => w !== '个百分点' && w !== '万人');
const MULTIPLIED_COUNT = new RegExp(
  `(\\d+(?:\\.\\d+)?)(${anyWord(WORDS.multipliers.map((m) => m.word))})(${anyWord([...COUNT_MEASURES].sort((a, b) => b.length - a.length))})`,
  'g',
);
const POWER = new Map(WORDS.multipliers.map((m) => [m.word, m.power]));
/** Clause stops: a name is read back to the last one. */
const CLAUSE_STOP = /[，,；;。\n]/;
const MAX_LABEL = 40;

/** A bound or an approximation right after a quantity (以上, 左右). */
function boundAfter(text: string, end: number): boolean {
  BOUND_AFTER.lastIndex = end;
  return BOUND_AFTER.test(text);
}

/** The text of a quantity's clause before it (back to the last clause stop, at most MAX_LABEL characters). */
function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < MAX_LABEL && !CLAUSE_STOP.test(text[i - 1]!)) i--;
  return text.slice(i, at);
}

/** factKey of one document's labels, each read once (table rows and headers repeat). */
const keys = new WeakMap<Pick<RuleOptions, 'department' | 'shortNames'>, Map<string, string>>();

/** The name a fact is compared by: nameKey, then without role, bound and punctuation words. */
export function factKey(label: string, options: Pick<RuleOptions, 'department' | 'shortNames'>): string {
  let known = keys.get(options);
  if (!known) {
    known = new Map();
    keys.set(options, known);
  }
  let key = known.get(label);
  if (key === undefined) {
    key = readKey(label, options);
    known.set(label, key);
  }
  return key;
}

function readKey(label: string, options: Pick<RuleOptions, 'department' | 'shortNames'>): string {
  const named = nameKey(label.trim().replace(LEADING_NUMBER, ''), options.department, options.shortNames);
  const key = named.replace(NAME_NOISE, '').replace(PUNCTUATION, '');
  const ending = NAME_ENDING.exec(key);
  return ending && ending.index >= 3 ? key.slice(0, ending.index) : key;
}

/** Whether the last year word before `at` in its sentence names another year than the report's. */
function otherYearReader(facts: AuditFacts, fiscalYear: number | null): (sentence: number, at: number) => boolean {
  let current = -1;
  let tokens: { at: number; other: boolean }[] = [];
  return (sentence, at) => {
    if (sentence !== current) {
      current = sentence;
      tokens = [];
      const s = facts.sentences[sentence];
      if (s) {
        for (const m of facts.text.slice(s.start, s.end).matchAll(YEAR_TOKENS)) {
          tokens.push({ at: s.start + m.index, other: m[1] ? fiscalYear !== null && Number(m[1]) !== fiscalYear : true });
        }
      }
    }
    // The last token before `at` (tokens in text order): a binary search, an endless sentence stays linear.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.at < at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && tokens[lo - 1]!.other;
  };
}

interface Context {
  readonly facts: AuditFacts;
  readonly options: RuleOptions;
  readonly tableSpans: readonly Span[];
  readonly headingStarts: readonly number[];
  readonly otherYear: (sentence: number, at: number) => boolean;
  /** Per line: whether it is a table's line (cells split by tabs or |); read once each. */
  readonly cellLines: Map<number, boolean>;
  /** Per sentence: where its first target head (产出目标：) ends, or -1; read once each. */
  readonly targetHeads: Map<number, number>;
}

function inTableLine(ctx: Context, at: number): boolean {
  if (spanIndexAt(ctx.tableSpans, at) >= 0) return true;
  const starts = ctx.facts.lineStarts;
  const line = lastAtMost(starts, at);
  let cells = ctx.cellLines.get(line);
  if (cells === undefined) {
    cells = isCellRow(ctx.facts.text.slice(starts[line]!, line + 1 < starts.length ? starts[line + 1]! : ctx.facts.text.length));
    ctx.cellLines.set(line, cells);
  }
  return cells;
}

/** Where the first target head of a sentence ends (offset into the text), or -1. */
function targetHeadEnd(ctx: Context, sentence: number): number {
  let end = ctx.targetHeads.get(sentence);
  if (end === undefined) {
    const s = ctx.facts.sentences[sentence];
    // Compounds (计划单列市) blanked at their own length, so that offsets stay those of the text.
    const body = s ? ctx.facts.text.slice(s.start, s.end).replace(TARGET_COMPOUNDS, (m) => '＿'.repeat(m.length)) : '';
    const m = s ? TARGET_HEAD.exec(body) : null;
    end = m && s ? s.start + m.index + m[0].length : -1;
    ctx.targetHeads.set(sentence, end);
  }
  return end;
}

/** target where the clause, a head of the sentence or the heading above names a target. */
function roleOf(ctx: Context, sentence: number, at: number, clause: string): FactRole {
  if (TARGET.test(clause.replace(TARGET_COMPOUNDS, ''))) return 'target';
  const head = targetHeadEnd(ctx, sentence);
  if (head >= 0 && head <= at) return 'target';
  const h = lastAtMost(ctx.headingStarts, at);
  const heading = h >= 0 && ctx.headingStarts[h]! <= at ? ctx.facts.headings[h] : undefined;
  if (heading && TARGET.test(heading.title.replace(TARGET_COMPOUNDS, '')) && !HEADING_NOT_TARGET.test(heading.title)) return 'target';
  return 'value';
}

/** The row of one figure, or null where it states no quantity of the year (see the module's comment). */
function figureFact(ctx: Context, f: Figure, previousKey: string): StatedFact | null {
  if (f.kind === 'score' || f.comparative || inTableLine(ctx, f.start)) return null;
  if (f.kind === 'money' && f.currency !== undefined && f.currency !== 'CNY') return null;
  const text = ctx.facts.text;
  const clause = clauseBefore(text, f.start);
  const role = roleOf(ctx, f.sentence, f.start, clause);
  if (NOT_VALUE_LABEL.test(f.label.replace(BOUNDS, '')) || GROSS_TOTAL_END.test(clause)) return null;
  if (role === 'value' && (f.qualifier || BOUND_END.test(clause) || boundAfter(text, f.end))) return null;
  if (ctx.otherYear(f.sentence, f.start)) return null;
  const key = factKey(f.subject, ctx.options) || previousKey;
  let value: number;
  let step: number;
  let unit = f.unit;
  if (f.kind === 'money') {
    const moneyUnit = f.moneyUnit as MoneyUnit | undefined;
    if (!moneyUnit) return null;
    value = f.scaled;
    step = pow10(Math.max(0, MONEY_UNITS[moneyUnit] - f.decimals));
    unit = '';
  } else {
    // 18万人次: the figure reads 万人 and leaves 次 to its noun.
    const power = unit === '万人' ? 4 : 0;
    if (power) unit = f.noun.startsWith('次') ? '人次' : '人';
    value = f.scaled * pow10(FINE + power - f.decimals);
    step = pow10(FINE + power - f.decimals);
  }
  if (!Number.isSafeInteger(value)) return null;
  return {
    start: f.start,
    end: f.end,
    key,
    quantity: f.kind,
    unit,
    measure: measureOf(f.label),
    role,
    value,
    step,
    raw: f.raw,
    clauseStart: f.start - clause.length,
    sentence: f.sentence,
    paragraph: f.paragraph,
    table: -1,
    row: -1,
  };
}

/** Counts written with 万 / 亿 before their measure word (18万人次), which no figure holds. */
function multipliedCounts(ctx: Context, out: StatedFact[]): void {
  const { facts } = ctx;
  const taken = facts.figures.map((f) => ({ start: f.start, end: f.end }));
  const read = [...out];
  let j = 0;
  for (const m of facts.text.matchAll(MULTIPLIED_COUNT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (spanIndexAt(taken, start) >= 0 || /[\d.]/.test(facts.text[start - 1] ?? '') || inTableLine(ctx, start)) continue;
    const sentence = spanIndexAt(facts.sentences, start);
    if (sentence < 0) continue;
    const clause = clauseBefore(facts.text, start);
    const role = roleOf(ctx, sentence, start, clause);
    if (NOT_VALUE_LABEL.test(clause.replace(BOUNDS, ''))) continue;
    if (role === 'value' && (BOUND_END.test(clause) || boundAfter(facts.text, end))) continue;
    if (ctx.otherYear(sentence, start)) continue;
    const [number, multiplier, measure] = [m[1]!, m[2]!, m[3]!];
    const decimals = number.includes('.') ? number.length - number.indexOf('.') - 1 : 0;
    const power = FINE + (POWER.get(multiplier) ?? 0) - decimals;
    if (power < 0) continue;
    const value = Number(number.replace('.', '')) * pow10(power);
    if (!Number.isSafeInteger(value)) continue;
    while (j < read.length && read[j]!.start < start) j++;
    const before = j > 0 ? read[j - 1] : undefined;
    const previous = before && before.sentence === sentence ? before : undefined;
    out.push({
      start,
      end,
      key: factKey(clause, ctx.options) || (previous?.key ?? ''),
      quantity: 'count',
      unit: measure,
      measure: measureOf(clause),
      role,
      value,
      step: pow10(power),
      raw: m[0],
      clauseStart: start - clause.length,
      sentence,
      paragraph: facts.sentences[sentence]!.paragraph,
      table: -1,
      row: -1,
    });
  }
}

/** Several checks read one document's fact table: it is built once per facts and options. */
const built = new WeakMap<AuditFacts, { options: RuleOptions; table: readonly StatedFact[] }>();

/** The fact table of a document: its prose quantities in text order. */
export function factTable(facts: AuditFacts, options: RuleOptions): readonly StatedFact[] {
  const cached = built.get(facts);
  if (cached && cached.options === options) return cached.table;
  const table = buildFactTable(facts, options);
  built.set(facts, { options, table });
  return table;
}

function buildFactTable(facts: AuditFacts, options: RuleOptions): StatedFact[] {
  const ctx: Context = {
    facts,
    options,
    tableSpans: facts.tables.map((t) => ({ start: t.start, end: t.end })),
    headingStarts: facts.headings.map((h) => h.start),
    otherYear: otherYearReader(facts, options.fiscalYear),
    cellLines: new Map(),
    targetHeads: new Map(),
  };
  const out: StatedFact[] = [];
  let previous: StatedFact | null = null;
  for (const f of facts.figures) {
    const fact = figureFact(ctx, f, previous && previous.sentence === f.sentence ? previous.key : '');
    if (fact) out.push(fact);
    previous = fact ?? previous;
  }
  multipliedCounts(ctx, out);
  tableFacts(ctx, out);
  indicatorTargets(ctx, out);
  return out.sort((a, b) => a.start - b.start);
}

const SUM_WORDS = RULE_WORDS['sum-mismatch'];
const NOT_AMOUNT_COLUMN = new RegExp(anyWord([...SUM_WORDS.comparisonHeader, ...SUM_WORDS.rateHeader]));
const TOTAL_ONLY = new RegExp(`^(?:其中[:：]?)?(?:${anyWord(SUM_WORDS.totalRows)})$`);
const UNIT_CAPTION = /单位[:：]\s*(万亿元|亿元|万元|千元|元)/;
const MAX_TABLES = 50;
/** The table number the indicator rows are read under (apart from the rebuilt tables'). */
const INDICATOR_TABLE = 1_000_000;

/** The unit a table states in its model or in a caption on the two lines above it. */
function tableUnit(text: string, start: number, modelled: MoneyUnit | null): MoneyUnit | null {
  if (modelled) return modelled;
  const from = text.lastIndexOf('\n', text.lastIndexOf('\n', Math.max(0, start - 2)) - 1) + 1;
  return (UNIT_CAPTION.exec(text.slice(from, start))?.[1] as MoneyUnit | undefined) ?? null;
}

/**
 * The amounts of the tables' lines: each cell under a column of the year's amounts (no other year, change or rate
 * column), named by the nearest text cell left of it (its row's label, or the label of the other side in a two-sided
 * table), a bare total row (合计) by the table's title; its kind of amount from its column's header.
 */
function tableFacts(ctx: Context, out: StatedFact[]): void {
  const { facts, options } = ctx;
  const tables = facts.tables.slice(0, MAX_TABLES);
  for (let index = 0; index < tables.length; index++) {
    const table = tables[index]!;
    const model = modelTable(table, index);
    if (!model) continue;
    const unit = tableUnit(facts.text, table.start, model.unit);
    if (!unit) continue;
    const other = otherYearColumns(model.header, options.fiscalYear);
    const title = titleAbove(facts.text, table.start).replace(/表$/, '');
    const step = (decimals: number) => pow10(Math.max(0, MONEY_UNITS[unit] - decimals));
    model.rows.forEach((r, ri) => {
      let label = r.label;
      const row: StatedFact[] = [];
      r.cells.forEach((cell, c) => {
        if (!cell) return;
        if (!/\d/.test(cell.text)) {
          if (cell.text.trim().length >= 2) label = cell.text;
          return;
        }
        const header = model.header[c] ?? '';
        if (other[c] || NOT_AMOUNT_COLUMN.test(header) || cell.text.includes('%')) return;
        const value = cellFen(cell, unit);
        if (!value || value.fen === 0 || GROSS_TOTAL_END.test(label)) return;
        const bare = TOTAL_ONLY.test(label.replace(PUNCTUATION, ''));
        const key = bare ? (title ? factKey(title, options) : '') : factKey(label, options);
        if (!key) return;
        row.push({
          start: cell.start,
          end: cell.end,
          key,
          quantity: 'money',
          unit: '',
          measure: measureOf(header),
          role: 'value',
          value: value.fen,
          step: step(value.decimals),
          raw: `${cell.text.trim()}${unit}`,
          clauseStart: cell.start,
          sentence: -1 - index,
          paragraph: -1 - index,
          table: index,
          row: ri,
        });
      });
      // A cell under a header naming no kind, beside other amounts of its row: which amount it is (预算, 决算) was lost
      // with the header (a spanning header the copy dropped) — not read. Alone in its row it is the row's amount.
      for (const f of row) if (f.measure !== null || row.length === 1) out.push(f);
    });
  }
}

/**
 * The targets of an indicator table's rows (facts/indicator-rows.ts: 家庭医生签约服务覆盖率 | ≥60% | 62.0% | 5), as
 * targets of their indicator's name; rows read from a sentence are prose and already in the table.
 */
function indicatorTargets(ctx: Context, out: StatedFact[]): void {
  const { facts, options } = ctx;
  for (const row of indicatorRows(facts)) {
    if (row.shape === 'prose') continue;
    const t = row.target;
    const digits = /\d+(?:\.(\d+))?/.exec(t.text);
    if (!digits || t.approx) continue;
    const decimals = digits[1]?.length ?? 0;
    if (decimals > FINE) continue;
    const value = Math.round(t.value * pow10(FINE));
    const key = factKey(row.name.text, options);
    if (!key || !Number.isSafeInteger(value)) continue;
    const percent = t.unit === '%';
    if (!percent && (t.unit === '' || t.unit.endsWith('元'))) continue;
    out.push({
      start: t.start,
      end: t.end,
      key,
      quantity: percent ? 'percent' : 'count',
      unit: t.unit,
      measure: null,
      role: 'target',
      value,
      step: pow10(FINE - decimals),
      raw: t.text.trim(),
      clauseStart: row.name.start,
      sentence: -1_000_000 - t.start,
      paragraph: -1_000_000 - t.start,
      // The indicator table's rows are one table's lines: two rows of one name are two indicators, not one restated.
      table: INDICATOR_TABLE,
      row: t.start,
    });
  }
}
