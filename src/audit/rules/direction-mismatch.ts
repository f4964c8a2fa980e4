/**
 * direction-mismatch — a direction word (增加/减少/增长/下降/持平) contradicts the figures it describes:
 * 由A增加到B with B < A, or 本年B … 比上年A增加 with B < A; and a 决算 compared with its 预算 (决算数大于 /
 * 小于 / 等于 / 持平 年初预算数) against the two amounts the same paragraph states just before.
 */
import { type Evidence, type Finding, finding } from '../../core/finding.ts';
import { MONEY_UNITS } from '../../core/money.ts';
import { cellHalf, changeAgainstYearRow, rowName, rowsOfName } from './lib/year-columns.ts';
import { RULE_TOLERANCES, RULE_WORDS, SEARCH_WINDOWS } from '../config.ts';
import { firstFigureAtOrAfter } from '../facts/figure-search.ts';
import { changeRateFits, rateOverCurrentFits } from './lib/change-rate.ts';
import type { Figure } from '../facts/types.ts';
import { spanIndexAt } from '../facts/lines.ts';
import { clauseStartBefore } from '../facts/structure.ts';
import { anyWord } from '../facts/word-pattern.ts';
import { precisionFen, quoteCell, quoteFigure, quoteSpan } from './lib/evidence.ts';
import { type ItemCell, itemCell, itemNamed } from './lib/item-cells.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

const UP = RULE_WORDS['direction-mismatch'].up;
const DOWN = RULE_WORDS['direction-mismatch'].down;
const FLAT = RULE_WORDS['direction-mismatch'].flat;
const LAST_YEAR_WORDS = RULE_WORDS['direction-mismatch'].lastYear;
const ALL_WORDS = [...UP, ...DOWN, ...FLAT];
const PRIOR_ENDINGS = RULE_WORDS['direction-mismatch'].priorEndings;
const CHANGE_WORDS = [...UP, ...DOWN];
/** The change words by their last character, in CHANGE_WORDS' order: the word a label ends with is looked up, not searched for. */
const CHANGE_BY_LAST = new Map<string, string[]>();
for (const w of CHANGE_WORDS) {
  if (w.length === 0) continue;
  const last = w[w.length - 1]!;
  CHANGE_BY_LAST.set(last, [...(CHANGE_BY_LAST.get(last) ?? []), w]);
}
const anyEmptyChangeWord = CHANGE_WORDS.includes('');

/** Endings that name a change of either sense (比上年增减): no direction, though they end with a direction character. */
const NEUTRAL_ENDINGS = RULE_WORDS['direction-mismatch'].neutralEndings;

/** The first of CHANGE_WORDS that `s` ends with (as `CHANGE_WORDS.find((w) => s.endsWith(w))`); none after a neutral ending. */
function changeWordEnding(s: string): string | undefined {
  if (NEUTRAL_ENDINGS.some((w) => s.endsWith(w))) return undefined;
  if (anyEmptyChangeWord) return CHANGE_WORDS.find((w) => s.endsWith(w));
  if (s.length === 0) return undefined;
  return CHANGE_BY_LAST.get(s[s.length - 1]!)?.find((w) => s.endsWith(w));
}

/** A non-zero money change, before `rate` in its sentence, worded in the same direction (增加 for 增长, 减少 for 下降). */
function roundedFromChange(figures: readonly Figure[], rate: Figure, up: boolean): boolean {
  return figures.some((g) => {
    if (g.kind !== 'money' || g.scaled === 0 || g.sentence !== rate.sentence || g.end > rate.start) return false;
    const w = changeWordEnding(g.label);
    return w !== undefined && !w.endsWith('至') && UP.includes(w) === up;
  });
}

/**
 * Whether an amount change rounded to zero (增加0.00万元, a figure in 万元 of a change of a few 元 in tables kept in 元) is
 * followed in its sentence by a non-zero rate in the same direction (增长0.01%): the amount is a rounding, not 持平.
 */
function roundedBesideRate(figures: readonly Figure[], change: Figure, up: boolean): boolean {
  return figures.some((g) => {
    if (g.kind !== 'percent' || g.scaled === 0 || g.sentence !== change.sentence || g.start < change.end) return false;
    const w = changeWordEnding(g.label);
    return w !== undefined && !w.endsWith('至') && UP.includes(w) === up;
  });
}

/** Whether a completion rate between `from` and `at` (完成年初预算的100.01%) is over 100 % (`over`) or under it. */
function roundedEqualBesideRate(figures: readonly Figure[], from: number, at: number, over: boolean): boolean {
  const rate = [...figures].reverse().find((f) => f.kind === 'percent' && f.start >= from && f.end <= at);
  if (!rate) return false;
  const v = rate.scaled / 10 ** rate.decimals;
  return over ? v > 100 : v < 100;
}

/** A minus sign right before `at` (white space between allowed): -38.09% after a direction word is a signed change. */
const MINUS = /[-−－]\s*$/;

/**
 * Whether the change written after a direction word carries a minus sign of its own (比上年的19271.37元增加-38.09%,
 * 增长-3.2%): the signed figure says the direction itself (a growth of −38.09 % is a fall), so the word's own direction
 * is not what the numbers are held against. `signAt` is where the signed figure starts (its sign stands just before).
 */
function signedChangeAt(text: string, signAt: number): boolean {
  return MINUS.test(text.slice(Math.max(0, signAt - 3), signAt));
}

function comparable(a: Figure, b: Figure): boolean {
  return a.kind === b.kind && a.kind !== 'score' && (a.kind !== 'money' || a.currency === b.currency) && (a.kind !== 'count' || a.unit === b.unit);
}

function numericValue(f: Figure): number {
  return f.kind === 'money' ? f.scaled : f.scaled / 10 ** f.decimals;
}

const COMPARE_WORDS: readonly (readonly [string, 'gt' | 'lt' | 'eq'])[] = RULE_WORDS['direction-mismatch'].compare.map(({ word, relation }) => [word, relation]);
/** First characters of what may follow 决算(数) in a comparison: 与 or a comparison word. */
const COMPARE_LEADS = `与${COMPARE_WORDS.map(([w]) => w[0]).join('')}`;
/** 决算数大于年初预算数 (the comparison word before the budget; groups: 与, the word, the budget's phase). */
const COMPARE_BEFORE = new RegExp(`^决算数?(与)?(${anyWord(COMPARE_WORDS.map(([w]) => w))})(年初|全年|调整后|调整)?预算数?`);
/** 决算数与年初预算数持平 (the word after the budget; group: the budget's phase). */
const COMPARE_AFTER = new RegExp(`^决算数?与(年初|全年|调整后|调整)?预算数?${anyWord(RULE_WORDS['direction-mismatch'].equalAfter)}`);
/** How far before the comparison its two amounts may stand (the sentence before it, in the same paragraph). */
const COMPARE_LOOKBACK = 220;


/** The first offset from `from` on that is no line break or space. */
function skipBreaks(text: string, from: number): number {
  let k = from;
  while (k < text.length && (text[k] === '\n' || text[k] === ' ')) k++;
  return k;
}

/** 决算数大于年初预算数 … against the 决算 and 预算 amounts stated just before, in the same paragraph. */
function finalVersusBudget(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (let at = text.indexOf('决算'); at !== -1; at = text.indexOf('决算', at + 2)) {
    // Most 决算 are no comparison: the character after 决算 (or 决算数), line breaks skipped, must start one.
    let k = skipBreaks(text, at + 2);
    if (text[k] === '数') k = skipBreaks(text, k + 1);
    if (!COMPARE_LEADS.includes(text[k] ?? '')) continue;
    // The phrase as read with line breaks removed (a PDF line may break inside it), mapped back to offsets: the text
    // itself where its next 16 characters hold no break (offsets unchanged), else the offsets of the characters kept.
    let plainEnd = at;
    while (plainEnd < text.length && plainEnd - at < 16 && text[plainEnd] !== '\n' && text[plainEnd] !== ' ') plainEnd++;
    let window: number[] | null = null;
    if (plainEnd - at < 16 && plainEnd < text.length) {
      window = [];
      for (let j = at; j < text.length && window.length < 16; j++) if (text[j] !== '\n' && text[j] !== ' ') window.push(j);
    }
    const phrase = window ? window.map((j) => text[j]).join('') : text.slice(at, plainEnd);
    // 决算数大于年初预算数, or 决算数与年初预算数持平 (the word after the budget).
    const before0 = COMPARE_BEFORE.exec(phrase);
    const after0 = before0 ? null : COMPARE_AFTER.exec(phrase);
    if (!before0 && !after0) continue;
    const word = before0 ? before0[2]! : '持平';
    const budgetWord = before0 ? before0[3] : after0![1];
    const matched = (before0 ?? after0)![0];
    const hit = COMPARE_WORDS.find(([w]) => w === word)!;
    const which = budgetWord === '年初' ? 'initialBudget' : budgetWord ? 'adjustedBudget' : null;
    const phraseEnd = (window ? window[matched.length - 1]! : at + matched.length - 1) + 1;
    // The amounts stand before it: in its sentence or the one before (sentences run across wrapped lines).
    const si = spanIndexAt(facts.sentences, at);
    const prev = si > 0 ? facts.sentences[si - 1]! : undefined;
    const sentenceStart = si >= 0 ? facts.sentences[si]!.start : at;
    const from = Math.max(prev && prev.paragraph === facts.sentences[si]!.paragraph ? prev.start : sentenceStart, at - COMPARE_LOOKBACK);
    const before: Figure[] = [];
    for (let fi = firstFigureAtOrAfter(figures, from); fi < figures.length && figures[fi]!.start < at; fi++) {
      const f = figures[fi]!;
      if (f.kind === 'money' && f.end <= at && !f.comparative && !f.qualifier) before.push(f);
    }
    // The last of each before the comparison (read backwards, the list not copied).
    let finalFig: Figure | undefined;
    for (let b = before.length - 1; b >= 0 && !finalFig; b--) if (before[b]!.label.includes('决算') || before[b]!.phase === 'final') finalFig = before[b];
    let budgetFig: Figure | undefined;
    for (let b = before.length - 1; b >= 0 && !budgetFig; b--) {
      const f = before[b]!;
      if (!f.label.includes('决算') && f.label.includes('预算') && (which === null ? true : which === 'initialBudget' ? /年初/.test(f.label) : /全年|调整/.test(f.label))) budgetFig = f;
    }
    // A 类款项 sentence that states one amount only: the other is its 项's cell in the tables (lib/item-cells.ts).
    if ((!finalFig || !budgetFig) && which !== null) {
      const f = againstCells(facts, from, at, phraseEnd, hit, which, finalFig, budgetFig);
      if (f) out.push(f);
      continue;
    }
    // Precondition: both amounts present, in one currency, the 决算 after its 预算 or beside it.
    if (!finalFig || !budgetFig || finalFig.currency !== budgetFig.currency) continue;
    const vf = finalFig.scaled;
    const vb = budgetFig.scaled;
    const actual = vf > vb ? 'gt' : vf < vb ? 'lt' : 'eq';
    if (actual === hit[1]) continue;
    // Amounts equal as rounded (年初预算为51.51万元，支出决算为51.51万元) beside a completion rate off 100 % in the word's
    // direction (完成年初预算的100.01%，决算数大于年初预算数): the tables in 元 differ by less than the rounding.
    if (actual === 'eq' && hit[1] !== 'eq' && finalFig.decimals > 0 && roundedEqualBesideRate(figures, from, at, hit[1] === 'gt')) continue;
    const say = actual === 'gt' ? '大于' : actual === 'lt' ? '小于' : '等于';
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'final-vs-budget-words',
        severity: 'error',
        message: `写作“决算数${hit[0]}预算数”，但前文决算${finalFig.raw}${say}预算${budgetFig.raw}`,
        evidence: [quoteSpan(facts, { start: at, end: phraseEnd }), quoteFigure(facts, finalFig), quoteFigure(facts, budgetFig)],
        calculation: `${finalFig.numberText} ${actual === 'gt' ? '>' : actual === 'lt' ? '<' : '='} ${budgetFig.numberText}`,
      }),
    );
  }
  return out;
}

/** One side of a 决算 / 预算 comparison: a figure of the sentence or the cell of its 项. */
interface Side {
  readonly fen: number;
  readonly text: string;
  /** Half the last unit the amount is written to, in 分. */
  readonly halfUnit: number;
  readonly evidence: Evidence;
}

function figureSide(facts: Parameters<Rule>[0], f: Figure): Side {
  return { fen: f.scaled, text: f.raw, halfUnit: precisionFen(f) / 2, evidence: quoteFigure(facts, f) };
}

function cellSide(facts: Parameters<Rule>[0], c: ItemCell): Side {
  return {
    fen: c.fen,
    text: `${c.cell.text}${c.unit}`,
    halfUnit: 10 ** Math.max(0, MONEY_UNITS[c.unit] - (c.cell.text.split('.')[1]?.length ?? 0)) / 2,
    evidence: quoteCell(facts, c.cell, c.table, c.row, c.column, c.fen),
  };
}

/** 决算数小于年初预算数 where the sentence states one of the two amounts: the other from the cell of its 项. */
function againstCells(
  facts: Parameters<Rule>[0],
  from: number,
  at: number,
  phraseEnd: number,
  hit: readonly [string, 'gt' | 'lt' | 'eq'],
  which: 'initialBudget' | 'adjustedBudget',
  finalFig: Figure | undefined,
  budgetFig: Figure | undefined,
): Finding | null {
  if (facts.tables.length === 0) return null;
  const name = itemNamed(facts.text, from, at);
  if (!name) return null;
  const finalCell = finalFig ? null : itemCell(facts, name, 'final');
  const budgetCell = budgetFig ? null : itemCell(facts, name, which);
  const final = finalFig ? figureSide(facts, finalFig) : finalCell ? cellSide(facts, finalCell) : null;
  const budget = budgetFig ? figureSide(facts, budgetFig) : budgetCell ? cellSide(facts, budgetCell) : null;
  if (!final || !budget) return null;
  // Within the rounding of the two amounts the order is unknown: say nothing.
  if (Math.abs(final.fen - budget.fen) <= final.halfUnit + budget.halfUnit) return null;
  const actual = final.fen > budget.fen ? 'gt' : 'lt';
  if (actual === hit[1]) return null;
  const say = actual === 'gt' ? '大于' : '小于';
  const where = budgetCell ?? finalCell!;
  return finding({
    rule: 'direction-mismatch',
    shape: 'final-vs-budget-table',
    severity: 'error',
    message: `写作“决算数${hit[0]}${which === 'initialBudget' ? '年初' : '全年'}预算数”，但“${name}”决算${final.text}${say}预算${budget.text}（表${where.table + 1}“${where.column}”列）`,
    evidence: [quoteSpan(facts, { start: at, end: phraseEnd }), final.evidence, budget.evidence],
    calculation: `${final.text} ${actual === 'gt' ? '>' : '<'} ${budget.text}`,
  });
}

/** A change against the budget: 较年初预算增加 / 比全年预算数减少 / 与调整后预算相比下降 (the figure's label ends so). */
const BUDGET_CHANGE = new RegExp(`(?:较|比|与)(年初|全年|调整后|调整)?预算数?(?:相比|比较)?(${anyWord(CHANGE_WORDS)})$`);

/** 比年初预算数150万元增加…: a budget amount stated inside a comparison (the label ends with the budget's name). */
const BUDGET_STATED_IN_CHANGE = /(?:较|比|与)(年初|全年|调整后|调整)?预算(?:数|金额)?(?:为|的)?$/;

/**
 * 年初预算为B，支出决算为F，…较年初预算增加C (or 决算F，比年初预算B增加C): the direction of a change against the budget, when the same sentence
 * states both the 决算 and that budget, against their order (F < B yet 增加).
 */
function changeAgainstBudget(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { figures } = facts;
  for (let i = 0; i < figures.length; i++) {
    const c = figures[i]!;
    if (!c.comparative) continue;
    let m = BUDGET_CHANGE.exec(c.label);
    let finalFig: Figure | undefined;
    let budgetFig: Figure | undefined;
    let from = i - 1;
    // 决算F，比年初预算B增加C: the budget stated inside the comparison, right before the change (whose label is
    // only the direction word).
    const inner = m ? null : figures[i - 1];
    if (inner && inner.sentence === c.sentence && inner.kind === 'money' && !inner.qualifier && (c.kind !== 'money' || inner.currency === c.currency)) {
      const word = CHANGE_WORDS.find((w) => c.label === w || c.label === `${w}了`);
      const b = BUDGET_STATED_IN_CHANGE.exec(inner.label);
      if (word && b && /^[，,\s]*$/.test(facts.text.slice(inner.end, c.start - c.label.length))) {
        m = BUDGET_CHANGE.exec(`比${b[1] ?? ''}预算${word}`);
        budgetFig = inner;
        from = i - 2;
      }
    }
    if (!m) continue;
    const which = m[1] === '年初' ? 'initialBudget' : m[1] ? 'adjustedBudget' : null;
    for (let k = from; k >= 0 && figures[k]!.sentence === c.sentence; k--) {
      const g = figures[k]!;
      if (g.kind !== 'money' || g.comparative || g.qualifier || (c.kind === 'money' && g.currency !== c.currency)) continue;
      if (!finalFig && (g.phase === 'final' || g.label.includes('决算'))) finalFig = g;
      else if (!budgetFig && !g.label.includes('决算') && (which === null ? g.phase === 'initialBudget' || g.phase === 'adjustedBudget' : g.phase === which)) budgetFig = g;
    }
    // 年中追加调整后全年预算数为3580.00万元。全年实际支出3512.36万元，…，比全年预算数超支67.64万元: a budget of the phase the
    // change names (全年, 年初), stated once in the sentence before (same paragraph), when the sentence states none.
    if (finalFig && !budgetFig && which !== null) {
      const before = figures.filter(
        (g) => g.sentence === c.sentence - 1 && g.paragraph === c.paragraph && g.kind === 'money' && !g.comparative && !g.qualifier && g.phase === which && g.currency === c.currency && !g.label.includes('决算'),
      );
      if (before.length === 1) budgetFig = before[0];
    }
    // Precondition: both amounts stated in the sentence (the budget maybe in the one before), in one currency, apart by
    // more than their rounding.
    if (!finalFig || !budgetFig || finalFig.currency !== budgetFig.currency) continue;
    if (Math.abs(finalFig.scaled - budgetFig.scaled) <= (precisionFen(finalFig) + precisionFen(budgetFig)) / 2) continue;
    const rises = finalFig.scaled > budgetFig.scaled;
    // 较预算增加-3.5万元: the minus turns the word round (the sign itself is the negative-sign check's).
    if ((UP.includes(m[2]!) !== signedChangeAt(facts.text, c.start)) === rises) continue;
    const word = m[2]!;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'final-vs-budget',
        severity: 'error',
        message: `方向词“${word}”与数字不符：决算${finalFig.raw}${rises ? '大于' : '小于'}预算${budgetFig.raw}，实为${rises ? '增加' : '减少'}`,
        evidence: [quoteFigure(facts, c), quoteFigure(facts, finalFig), quoteFigure(facts, budgetFig)],
        calculation: `${finalFig.numberText} ${rises ? '>' : '<'} ${budgetFig.numberText}`,
      }),
    );
  }
  return out;
}

/**
 * A rate's direction word after a year-base word (同比下降, 比上年增长, 较去年同期减少, 与上年相比增加, 较上年度减少): group 1
 * is the direction word. The words around the base: rule-words direction-mismatch.yearBaseLeads / yearBaseClosers.
 */
const YEAR_BASED_RATE = new RegExp(
  `^(?:${anyWord(RULE_WORDS['direction-mismatch'].yearBaseLeads)})?(?:${anyWord(RULE_WORDS['direction-mismatch'].yearBase)})+度?(?:${anyWord(RULE_WORDS['direction-mismatch'].yearBaseClosers)})?[，,]?(${anyWord(CHANGE_WORDS)})$`,
);

/** The direction word a figure's label ends with (比上年减少 → 减少), or undefined; 增至/降至 name a level, not a change. */
function endingChangeWord(f: Figure): string | undefined {
  const w = changeWordEnding(f.label);
  return w === undefined || w.endsWith('至') ? undefined : w;
}

/**
 * The amount a change C is a change of: the last plain money figure before C in its sentence, or else in the
 * sentence before in the same paragraph (收、支总计均为A元。与上年相比，各减少C元，增长R%).
 */
function currentOfChange(figures: readonly Figure[], ci: number): Figure | undefined {
  const c = figures[ci]!;
  const plain = (g: Figure): boolean => g.kind === 'money' && !g.comparative && !g.qualifier && g.currency === c.currency;
  for (let k = ci - 1; k >= 0 && figures[k]!.sentence === c.sentence; k--) if (plain(figures[k]!)) return figures[k];
  for (let k = ci - 1; k >= 0 && figures[k]!.sentence >= c.sentence - 1; k--) {
    const g = figures[k]!;
    if (g.sentence === c.sentence - 1 && g.paragraph === c.paragraph && plain(g)) return g;
  }
  return undefined;
}

/**
 * 本年A，比上年减少C，增长R%: the change and its rate, side by side, carry opposite direction words. The rate
 * R = C ÷ (A ∓ C) tells which is meant; the word it contradicts is the wrong one. Precondition: the rate follows the
 * change with only its direction word between, the amount A stands before the change, and R fits exactly one
 * reading within the rounding of the three figures to name the wrong word; when it fits both or neither, the
 * contradiction is reported without naming one. Without the amount A the words are not compared.
 */
function changeAgainstRate(facts: Parameters<Rule>[0], fiscalYear: number | null): Finding[] {
  const out: Finding[] = [];
  const { figures, text } = facts;
  for (let i = 1; i < figures.length; i++) {
    const r = figures[i]!;
    if (r.kind !== 'percent' || r.scaled === 0) continue;
    const rateWord = endingChangeWord(r);
    if (!rateWord) continue;
    const c = figures[i - 1]!;
    if (c.kind !== 'money' || !c.comparative || c.scaled === 0 || c.sentence !== r.sentence) continue;
    const changeWord = endingChangeWord(c);
    if (!changeWord) continue;
    const gap = text.slice(c.end, r.start).replace(/\s/g, '').replace(/^[，,]/, '');
    if (gap !== rateWord) {
      // 比上年同期增收C，同比下降R%: a year-base word (同比, 比上年) before the rate's direction word compares with
      // the same year as the change, provided the change's own label names last year (not 比预算增收C，同比下降R%).
      const yearBased = YEAR_BASED_RATE.exec(gap);
      if (!yearBased || yearBased[1] !== rateWord || !LAST_YEAR_WORDS.some((w) => c.label.includes(w))) continue;
    }
    const a = currentOfChange(figures, i - 1);
    // 与2023年的11.20万元相比，减少C，下降R%: the amount right before is framed as the base, not the amount changed — the
    // change's own rate is read against it by percent-mismatch (framed changes), and no direction follows from R here.
    if (a && a.sentence === c.sentence && PRIOR_FRAME_CLOSERS.some((w) => text.slice(a.end, a.end + 4).replace(/\s/g, '').startsWith(w))) continue;
    if (!a) {
      // 商品和服务支出较上年减0.04万元，增0.01%: without the amount the rate cannot tell which word is wrong, but a change
      // and its own rate, side by side with only the rate's word between, cannot go opposite ways.
      if (UP.includes(changeWord) !== UP.includes(rateWord) && gap === rateWord && !signedChangeAt(text, r.start) && !signedChangeAt(text, c.start)) {
        out.push(
          finding({
            rule: 'direction-mismatch',
            shape: 'change-vs-rate',
            severity: 'warning',
            message: `同一变动写作“${changeWord}${c.raw}”又写作“${rateWord}${r.raw}”，方向相反，其中一个方向词有误`,
            evidence: [quoteSpan(facts, { start: Math.max(0, text.lastIndexOf(changeWord, c.start)), end: r.end })],
            calculation: `${changeWord} ≠ ${rateWord}`,
          }),
        );
      }
      continue;
    }
    if (UP.includes(changeWord) === UP.includes(rateWord)) {
      const both = bothWordsAgainstRate(facts, a, c, r, changeWord, rateWord, fiscalYear);
      if (both) out.push(both);
      continue;
    }
    const rateUp = UP.includes(rateWord);
    const fitsRateWord = changeRateFits(a.scaled, a, c, rateUp, r);
    const fitsChangeWord = changeRateFits(a.scaled, a, c, !rateUp, r);
    const span = quoteSpan(facts, { start: Math.max(0, text.lastIndexOf(changeWord, c.start)), end: r.end });
    const u = a.moneyUnit ?? '元';
    const inUnit = (fen: number): string => String(Math.round((fen / 10 ** MONEY_UNITS[u]) * 1e6) / 1e6);
    if (fitsRateWord === fitsChangeWord) {
      // The rate fits both readings (a small change) or neither: the two words still contradict each other.
      out.push(
        finding({
          rule: 'direction-mismatch',
          shape: 'change-vs-rate',
          severity: 'error',
          message: `同一变动写作“${changeWord}${c.raw}”又写作“${rateWord}${r.raw}”，方向相反，其中一个方向词有误`,
          evidence: [span],
          calculation: `${changeWord} ≠ ${rateWord}`,
        }),
      );
      continue;
    }
    const up = fitsRateWord ? rateUp : !rateUp;
    const wrong = fitsRateWord ? changeWord : rateWord;
    const right = fitsRateWord ? (up ? '增加' : '减少') : up ? '增长' : '下降';
    const prior = up ? a.scaled - c.scaled : a.scaled + c.scaled;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'change-vs-rate',
        severity: 'error',
        message: `“${changeWord}${c.raw}”与“${rateWord}${r.raw}”方向相反：按${a.raw}计算，${r.raw}只合于${up ? '增加' : '减少'}（比较基数${inUnit(prior)}${u}），“${wrong}”应为“${right}”`,
        evidence: [span, quoteFigure(facts, a)],
        calculation: `${inUnit(c.scaled)} ÷ (${inUnit(a.scaled)} ${up ? '−' : '+'} ${inUnit(c.scaled)}) = ${r.raw}`,
      }),
    );
  }
  return out;
}

/**
 * 决算A，比年初预算减少C，下降R% with R = C ÷ (A − C): both words agree with each other, but the rate fits only the
 * opposite change (the budget was A − C, below the 决算). Read for a change against a budget (a budget is the base
 * the 决算 is set against; the table need not show it) or against last year, named in the change's label or in the
 * clause before it (与上年相比，收、支总计各增加C万元，增长R% with R = C ÷ (A + C): last year was A + C, a decrease;
 * pdf 296). Precondition: R fits the opposite reading within the rounding of the three figures, and neither the stated
 * one nor C ÷ A (dev 821: 36,399，减少571.6，下降1.6% — 571.6 ÷ 36,399 = 1.57 %, a rate over the wrong base, not a rise).
 */
function bothWordsAgainstRate(facts: Parameters<Rule>[0], a: Figure, c: Figure, r: Figure, changeWord: string, rateWord: string, fiscalYear: number | null): Finding | null {
  const lead = facts.text.slice(facts.sentences[c.sentence]?.start ?? c.start, c.start);
  // Last year by word, or by number after a comparing word (与2023年度相比 in the 2024 决算: audit-pdf 606).
  const priorByNumber = fiscalYear !== null && [c.label, lead].some((t) => new RegExp(`[比较与]${fiscalYear - 1}年`).test(t));
  const lastYear = priorByNumber || LAST_YEAR_WORDS.some((w) => c.label.includes(w) || lead.includes(w));
  if (!BUDGET_CHANGE.test(c.label) && !lastYear) return null;
  const up = UP.includes(changeWord);
  // (Not when R is also C ÷ A, the wrong base a writer most often takes: the direction meant is then unknown.)
  if (changeRateFits(a.scaled, a, c, up, r) || !changeRateFits(a.scaled, a, c, !up, r) || rateOverCurrentFits(a, c, r)) return null;
  const u = a.moneyUnit ?? '元';
  const inUnit = (fen: number): string => String(Math.round((fen / 10 ** MONEY_UNITS[u]) * 1e6) / 1e6);
  const base = up ? a.scaled + c.scaled : a.scaled - c.scaled;
  return finding({
    rule: 'direction-mismatch',
    shape: 'change-vs-rate',
    severity: 'error',
    message: `写作“${changeWord}${c.raw}，${rateWord}${r.raw}”，但按${a.raw}计算，${r.raw}只合于${up ? '减少' : '增加'}（比较基数${inUnit(base)}${u}）：“${changeWord}”“${rateWord}”应为“${up ? '减少' : '增加'}”“${up ? '下降' : '增长'}”`,
    evidence: [quoteSpan(facts, { start: Math.max(0, facts.text.lastIndexOf(changeWord, c.start)), end: r.end }), quoteFigure(facts, a)],
    calculation: `${inUnit(c.scaled)} ÷ (${inUnit(a.scaled)} ${up ? '+' : '−'} ${inUnit(c.scaled)}) = ${r.raw}`,
  });
}

const THIS_YEAR = RULE_WORDS['direction-mismatch'].thisYear;
/** Words closing a frame that names the base of a change (与上年的A相比): percent-mismatch.priorFrameClosers. */
const PRIOR_FRAME_CLOSERS: readonly string[] = RULE_WORDS['percent-mismatch'].priorFrameClosers;
const PRIOR_YEAR = RULE_WORDS['direction-mismatch'].priorYear;
const YEAR_BASE = RULE_WORDS['direction-mismatch'].yearBase;
/** Characters between the second amount and the change: punctuation, the base and the direction word (，较上年增长). */
const YEAR_PAIR_GAP = 16;

/** The year an amount's label names: by number (2023年度…), or this year / last year by word relative to `year`. */
function labelYear(label: string, year: number | null): number | null {
  const years = [...label.matchAll(/(?<!\d)(\d{4})年/g)].map((m) => Number(m[1]));
  if (years.length === 1) return years[0]!;
  if (years.length > 1 || year === null) return null;
  // 上年 before 本年: a label may hold both only when it compares, and a comparing label is no amount here.
  if (PRIOR_YEAR.some((w) => label.includes(w))) return THIS_YEAR.some((w) => label.includes(w)) ? null : year - 1;
  if (THIS_YEAR.some((w) => label.includes(w))) return year;
  return null;
}

/**
 * 本年收入90万元，上年收入100万元，较上年增长10% / 2023年支出8万元，2022年支出6万元，比上年减少2万元: a change against last
 * year right after the amounts of this year and the year before, its direction word against their order.
 * Precondition: the change's label ends with a direction word and names last year as its base (上年, 同比 …, or 比 the
 * previous year by number) and no item of its own other than the amounts' (其中项目支出较上年增长 is another item's);
 * the two amounts are the two money figures just before it in its sentence, of one currency, neither a threshold nor
 * itself a change, one naming the year and one the year before (by number, or 本年 / 上年 in a text whose year is
 * known); they differ by more than their rounding.
 */
function changeAfterYearPair(facts: Parameters<Rule>[0], fiscalYear: number | null): Finding[] {
  const out: Finding[] = [];
  const { figures, text } = facts;
  for (let i = 2; i < figures.length && out.length < 50; i++) {
    const c = figures[i]!;
    if ((c.kind !== 'money' && c.kind !== 'percent') || c.scaled === 0) continue;
    const word = endingChangeWord(c);
    if (!word) continue;
    const a = figures[i - 2]!;
    const b = figures[i - 1]!;
    if (a.kind !== 'money' || b.kind !== 'money' || a.sentence !== c.sentence || b.sentence !== c.sentence) continue;
    if (a.currency !== b.currency || (c.kind === 'money' && c.currency !== a.currency) || a.qualifier || b.qualifier) continue;
    if (endingChangeWord(a) || endingChangeWord(b) || /[比较与]/.test(a.label) || /[比较与]/.test(b.label)) continue;
    if (c.start - b.end > YEAR_PAIR_GAP) continue;
    const at = c.label.search(/同比|同期|[比较与]/);
    if (at === -1) continue;
    const base = c.label.slice(at);
    const ya = labelYear(a.label, fiscalYear);
    const yb = labelYear(b.label, fiscalYear);
    if (ya === null || yb === null || Math.abs(ya - yb) !== 1) continue;
    const current = ya > yb ? a : b;
    const prior = ya > yb ? b : a;
    const currentYear = Math.max(ya, yb);
    if (!YEAR_BASE.some((w) => base.includes(w)) && !base.includes(`${currentYear - 1}年`)) continue;
    // 其中项目支出较上年增长: the change of an item the two amounts are not.
    const lead = c.label.slice(0, at).replace(/[\s，,、：:]/g, '').replace(/^(?:其中|合计|总计|共计)/, '');
    if (lead !== '' && !a.label.includes(lead) && !b.label.includes(lead)) continue;
    if (lead === '' && /其中/.test(text.slice(b.end, c.start))) continue;
    if (Math.abs(current.scaled - prior.scaled) <= (precisionFen(current) + precisionFen(prior)) / 2) continue;
    const rises = current.scaled > prior.scaled;
    // 增长-31.36%: the minus turns the word round (a signed growth); the sign itself is the negative-sign check's.
    const saysUp = UP.includes(word) !== signedChangeAt(text, c.start);
    if (saysUp === rises) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'year-amounts',
        severity: 'error',
        message: `方向词“${word}”与数字不符：${currentYear}年${current.raw}${rises ? '多于' : '少于'}${currentYear - 1}年${prior.raw}，实为${rises ? '增加' : '减少'}`,
        evidence: [quoteFigure(facts, c), quoteFigure(facts, current), quoteFigure(facts, prior)],
        calculation: `${current.numberText} ${rises ? '>' : '<'} ${prior.numberText}`,
      }),
    );
  }
  return out;
}

/**
 * 预算共安排A万元，较上年减少C万元，其中本级支出A万元，较上年增加C万元: one amount stated twice in a sentence, each time
 * with its change on the year before (a year-base word: 较上年, 比上年, 同比 …), the two changes of one size but opposite
 * directions — one amount cannot both fall and rise by C. Preconditions: in one sentence; each change is the figure
 * right after its amount (nothing but its own words between, on one line), worded with a year base and a direction
 * (增加 / 减少 …, not 增至); both amounts and both changes equal to the 分 in one unit. Which word is wrong is not said.
 */
function oneAmountBothWays(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { figures, text } = facts;
  const pairs: { amount: Figure; change: Figure; up: boolean }[] = [];
  for (let i = 0; i + 1 < figures.length && out.length < 20; i++) {
    const a = figures[i]!;
    const c = figures[i + 1]!;
    if (a.kind !== 'money' || c.kind !== 'money' || a.comparative || a.qualifier || !c.comparative || a.sentence !== c.sentence) continue;
    if (c.start - a.end > 16 || text.slice(a.end, c.start).includes('\n')) continue;
    const word = endingChangeWord(c);
    if (word === undefined || c.scaled === 0 || !YEAR_BASED_RATE.test(c.label.replace(/^[，,、\s]+/, '').slice(-12))) continue;
    const up = UP.includes(word);
    const twin = pairs.find((p) => p.amount.sentence === a.sentence && p.amount.scaled === a.scaled && p.change.scaled === c.scaled && p.up !== up);
    pairs.push({ amount: a, change: c, up });
    if (!twin) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'one-amount-both-ways',
        severity: 'error',
        message: `同一金额${a.raw}与上年相比，先写“${twin.change.label.slice(-6)}${twin.change.raw}”，后写“${c.label.slice(-6)}${c.raw}”：增减方向自相矛盾`,
        evidence: [quoteFigure(facts, twin.amount), quoteFigure(facts, twin.change), quoteFigure(facts, a), quoteFigure(facts, c)],
        calculation: `${twin.amount.numberText} = ${a.numberText}；${twin.up ? '+' : '−'}${twin.change.numberText} ≠ ${up ? '+' : '−'}${c.numberText}`,
      }),
    );
  }
  return out;
}

const CLAIMS: readonly (readonly [string, 'gt' | 'lt' | 'eq'])[] = [
  ...RULE_WORDS['direction-mismatch'].claimFlat.map((w) => [w, 'eq'] as const),
  ...RULE_WORDS['direction-mismatch'].claimOver.map((w) => [w, 'gt'] as const),
  ...RULE_WORDS['direction-mismatch'].claimUnder.map((w) => [w, 'lt'] as const),
].sort((a, b) => b[0].length - a[0].length);
/** The first characters of the claim words, by code: a place opening with none of them starts no claim. */
const CLAIM_FIRST: ReadonlySet<number> = new Set(CLAIMS.map(([w]) => w.charCodeAt(0)));
const CLAIM_APPROX = RULE_WORDS['direction-mismatch'].claimApprox;
const CLAIM_BASE_LEADS = RULE_WORDS['direction-mismatch'].claimBaseLeads;
/** Longest stretch between an amount and a claim about it (，与2021年度预算相比). */
const CLAIM_LEAD_MAX = 24;

/** A subject without the words of its phase or kind of amount (公务接待费支出决算 → 公务接待费), to tell one item named twice. */
function itemKey(subject: string): string {
  return subject.replace(/[\s“”"（）()]/g, '').replace(/(?:年初|全年|调整后)?(?:预算|决算)数?|支出|金额|资金/g, '');
}

/**
 * 因公出国（境）费支出0万元，与2021年度预算相比无增减 / 公务接待费3.5万元，上年4.1万元，与上年持平 / 实际支出45万元，超预算:
 * a comparison told by a word with no figure of its own (rule-words claimFlat, claimOver, claimUnder), right after the
 * amount it is about. Preconditions (silent otherwise): between the amount and the word at most CLAIM_LEAD_MAX
 * characters, no figure, a base lead (与, 较, 比 …) and the base — 预算 (not 决算) or a yearBase word / the previous
 * year by number; no claimApprox word just before the word (基本持平); the amount a money figure, no change or bound, not
 * itself the base. The base amount: the nearest money figure before it in its sentence labelled as the base (预算 /
 * last year) — or in the sentence before, within the paragraph, with the same item's name — else, for a budget, the
 * 预算数 cell of the item's row in a table. The word's relation must fail beyond the two amounts' rounding (for equal,
 * also beyond flatClaimSlack of the larger).
 */
function claimWithoutFigure(facts: Parameters<Rule>[0], fiscalYear: number | null): Finding[] {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (let i = 0; i < figures.length && out.length < 20; i++) {
    const cur = figures[i]!;
    if (cur.kind !== 'money' || cur.qualifier || cur.sentence < 0) continue;
    const next = figures[i + 1];
    const sentence = facts.sentences[cur.sentence];
    if (!sentence) continue;
    const limit = Math.min(sentence.end, cur.end + CLAIM_LEAD_MAX + 6, next && next.sentence === cur.sentence ? next.start : sentence.end);
    const after = text.slice(cur.end, limit);
    let claim: (typeof CLAIMS)[number] | undefined;
    let at = -1;
    for (let k = 0; k < after.length && claim === undefined; k++) {
      if (!CLAIM_FIRST.has(after.charCodeAt(k))) continue;
      claim = CLAIMS.find(([w]) => after.startsWith(w, k));
      if (claim) at = k;
    }
    if (!claim || at > CLAIM_LEAD_MAX) continue;
    const lead = after.slice(0, at);
    const said = lead + claim[0];
    // A word that names its base (超预算, 低于上年) needs no lead of its own.
    const named = /预算|上年|去年/.test(claim[0]);
    if (/[。；;]/.test(lead) || CLAIM_APPROX.some((w) => lead.endsWith(w)) || (!named && !CLAIM_BASE_LEADS.some((w) => lead.includes(w)))) continue;
    // Last year's budget (与2022年预算持平, 与上年预算数相比) is last year's amount, not this year's budget.
    const prior = YEAR_BASE.some((w) => said.includes(w)) || (fiscalYear !== null && said.includes(`${fiscalYear - 1}年`));
    const budget = !prior && said.includes('预算') && !said.includes('决算');
    if (!budget && !prior) continue;
    const isBase = (f: Figure): boolean =>
      budget ? f.label.includes('预算') && !f.label.includes('决算') : PRIOR_YEAR.some((w) => f.label.includes(w)) || (fiscalYear !== null && f.label.includes(`${fiscalYear - 1}年`));
    // 本年3.5万元，上年4.1万元，与上年持平: the amount right before the word is the base; the current one stands before it.
    let subject = cur;
    let base: Side | null = null;
    const from = i - 1;
    // A last-year amount is read as comparative (上年支出4.1万元); a change (比上年增加) is no amount.
    const amount = (f: Figure): boolean => f.kind === 'money' && !f.qualifier && f.currency === cur.currency && (!f.comparative || (isBase(f) && !ALL_WORDS.some((w) => f.label.includes(w))));
    if (!amount(cur)) continue;
    if (isBase(cur)) {
      const before = figures[i - 1];
      if (!before || before.sentence !== cur.sentence || !amount(before) || before.comparative || isBase(before)) continue;
      subject = before;
      base = figureSide(facts, cur);
    }
    // The base amount: the amount right before (changes and rates passed over) in the sentence, no 其中 between; or in
    // the sentence before (same paragraph) under the same item's name.
    for (let k = from; k >= 0 && base === null; k--) {
      const g = figures[k]!;
      const prev = facts.sentences[g.sentence];
      if (g.sentence !== cur.sentence && (g.sentence !== cur.sentence - 1 || !prev || prev.paragraph !== sentence.paragraph)) break;
      if (g.kind !== 'money' || (g.comparative && !isBase(g))) continue;
      if (g.sentence === cur.sentence) {
        if (!amount(g) || !isBase(g) || text.slice(g.end, subject.start).includes('其中')) break;
      } else if (!amount(g) || !isBase(g) || itemKey(g.subject) !== itemKey(subject.subject)) continue;
      base = figureSide(facts, g);
    }
    if (base === null && budget && facts.tables.length > 0) {
      const key = itemKey(subject.subject);
      const cell = key.length >= 2 ? (itemCell(facts, key, said.includes('调整') || said.includes('全年') ? 'adjustedBudget' : 'initialBudget') ?? itemCell(facts, `${key}支出`, 'initialBudget')) : null;
      if (cell) base = cellSide(facts, cell);
    }
    if (base === null) continue;
    const current = figureSide(facts, subject);
    const diff = current.fen - base.fen;
    if (Math.abs(diff) <= current.halfUnit + base.halfUnit) {
      if (claim[1] === 'eq') continue;
    } else if (claim[1] === 'eq' && Math.abs(diff) <= RULE_TOLERANCES.flatClaimSlack * Math.max(Math.abs(current.fen), Math.abs(base.fen))) continue;
    const actual = Math.abs(diff) <= current.halfUnit + base.halfUnit ? 'eq' : diff > 0 ? 'gt' : 'lt';
    if (actual === claim[1]) continue;
    const what = budget ? '预算' : '上年';
    const say = actual === 'gt' ? '高于' : actual === 'lt' ? '低于' : '等于';
    const wordAt = cur.end + at;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'claim-without-figure',
        severity: 'error',
        message: `写作“${claim[0]}”，但${current.text}${say}${what}${base.text}`,
        evidence: [quoteSpan(facts, { start: subject.start, end: wordAt + claim[0].length }), base.evidence],
        calculation: `${current.text} ${actual === 'gt' ? '>' : actual === 'lt' ? '<' : '='} ${base.text}`,
      }),
    );
  }
  return out;
}

const CLAIM_ADVERBS: readonly string[] = RULE_WORDS['direction-mismatch'].claimDirectionAdverbs;
/**
 * The year's amount, 较 / 比 last year's (上年, 去年, 上一年 or a year by number, 的), the same number's unit written again,
 * an adverb and a direction word (groups: amount, unit, year, base, adverb and word). Numbers are read as written
 * (thousands separators allowed) so that measures the figure reader does not know (万平方米) are read too.
 */
const CLAIM_AFTER_BASE = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)([万亿]?[\\u4e00-\\u9fff㎡]{1,5}?)[，,]?(?:较|比)(?:上年|去年|上一年|(\\d{4})年)度?(?:同期)?的?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\2(${anyWord(CLAIM_ADVERBS)})(${anyWord([...UP, ...DOWN].filter((w) => w.length >= 2))})`,
  'g',
);

/**
 * 环卫作业面积达到386万平方米，较上年的392万平方米有所增加: a direction word with no figure of its own (an adverb of
 * claimDirectionAdverbs and a word of up / down) right after a base framed as last year's, which right follows the
 * year's own amount in the same unit (written again after the base). Preconditions: only the frame between the two
 * (a year by number must be the one before the text's); no digit after the word in its clause (then the change states
 * its own amount, read by the other checks); the amounts differ. The word must be the sign of A − B. A 警告.
 */
function claimAfterFramedBase(facts: Parameters<Rule>[0], fiscalYear: number | null): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  for (const m of text.matchAll(CLAIM_AFTER_BASE)) {
    if (out.length >= 20) break;
    if (m[3] !== undefined && (fiscalYear === null || Number(m[3]) !== fiscalYear - 1)) continue;
    const wordEnd = m.index + m[0].length;
    let clauseEnd = wordEnd;
    while (clauseEnd < text.length && !'，,。；;\n'.includes(text[clauseEnd]!)) clauseEnd++;
    if (/\d/.test(text.slice(wordEnd, clauseEnd))) continue;
    const va = Number(m[1]!.replaceAll(',', ''));
    const vb = Number(m[4]!.replaceAll(',', ''));
    if (va === vb) continue;
    const word = m[6]!;
    if (UP.includes(word) === va > vb) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'claim-after-framed-base',
        severity: 'warning',
        message: `方向词“${m[5]}${word}”与数字不符：本年${m[1]}${m[2]}，上年${m[4]}${m[2]}，实为${va > vb ? '增加' : '减少'}`,
        evidence: [quoteSpan(facts, { start: m.index, end: wordEnd })],
        calculation: `${m[1]} ${va > vb ? '>' : '<'} ${m[4]}`,
      }),
    );
  }
  return out;
}

const FRAME_OPENERS: readonly string[] = RULE_WORDS['percent-mismatch'].priorFrameOpeners;
const FRAME_CLOSERS: readonly string[] = RULE_WORDS['percent-mismatch'].priorFrameClosers;
const FRAME_YEARS: readonly string[] = RULE_WORDS['percent-mismatch'].priorFrameYears;
/** Characters read back from a base amount for the opener that frames it (与2023年度的A相比, 较上年的A). */
const FRAME_REACH = SEARCH_WINDOWS.priorFrameReach;

/**
 * 收入合计A。与2023年度的P相比，较上年增加C，增长R% / 立案1,318起，较上年的1,236起下降6.63%: a change after an amount
 * framed as its base — its clause opens with 与 / 较 / 比 and a year (上年, 去年 or one by number), and after it come
 * only a closer (相比, 比较; required after 与, 同, 和), a year base (较上年, 同比) and the change's own label ending with
 * a direction word. Precondition, certain: exactly one amount A before P, of P's kind and unit, in its sentence or the
 * one before (same paragraph), makes the change — C = |A − P| within rounding, or the rate R = |A − P| ÷ P — so A is
 * the year's amount; then the direction word must be the sign of A − P.
 */
/**
 * A year base said again between a framed base and its change word (较上年, 同比, 与上年相比, 较2023年度): the words of
 * rule-words direction-mismatch yearBaseLeads / yearBase / yearBaseClosers, or a year by number (group 1).
 */
const TAIL_BASE = new RegExp(
  `^(?:(?:${anyWord(RULE_WORDS['direction-mismatch'].yearBaseLeads)})?(?:${anyWord(RULE_WORDS['direction-mismatch'].yearBase)}|(\\d{4}年))+度?(?:${anyWord(RULE_WORDS['direction-mismatch'].yearBaseClosers)})?[，,]?)?$`,
);

function changeAfterFramedBase(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { figures, text } = facts;
  for (let i = 1; i < figures.length && out.length < 20; i++) {
    const c = figures[i]!;
    if ((c.kind !== 'money' && c.kind !== 'percent' && c.kind !== 'count') || c.scaled === 0) continue;
    const word = endingChangeWord(c);
    if (!word) continue;
    const p = figures[i - 1]!;
    if (p.sentence !== c.sentence || (p.kind !== 'money' && p.kind !== 'count') || p.qualifier || endingChangeWord(p) || numericValue(p) <= 0) continue;
    if (c.kind !== 'percent' && !comparable(p, c)) continue;
    const lead = text.slice(clauseStartBefore(text, facts.sentences[p.sentence], p.start, FRAME_REACH, '，,；;。'), p.start).replace(/\s/g, '');
    // Or the change's own subject before 较 / 比 (2023年支出较2022年的B增加C): then its amount is not in the clause, and
    // only the far reading below may find it.
    const subjectLed = /^(?:\d{4}年度?)?[\u4e00-\u9fff]{1,12}?(较|比)/.exec(lead);
    const opener = FRAME_OPENERS.find((w) => lead.startsWith(w)) ?? (/^[较比]/.test(lead) ? lead[0] : subjectLed?.[1]);
    if (!opener) continue;
    const led = !FRAME_OPENERS.some((w) => lead.startsWith(w)) && !/^[较比]/.test(lead);
    const rest = led ? lead.slice(subjectLed![0].length) : lead.slice(opener.length);
    if (!/^\d{4}年/.test(rest) && !FRAME_YEARS.some((w) => rest.startsWith(w))) continue;
    const between = text.slice(p.end, c.start).replace(/\s/g, '');
    const closer = FRAME_CLOSERS.find((w) => between.startsWith(w));
    if (!closer && !/^[较比]$/.test(opener)) continue;
    const tail = between.slice(closer?.length ?? 0).replace(/^[，,]/, '');
    // The base said again before the word (较上年增加, 同比增加, 与上年相比增加, or the frame's own year: 较2023年增加).
    const again = TAIL_BASE.exec(tail.slice(0, tail.length - word.length));
    if (!tail.endsWith(word) || !again || (again[1] !== undefined && !rest.startsWith(again[1]))) continue;
    const pv = numericValue(p);
    const makes = (a: Figure): boolean => {
      if (a === p || a.comparative || a.qualifier || !comparable(a, p) || endingChangeWord(a)) return false;
      const d = Math.abs(numericValue(a) - pv);
      if (c.kind === 'percent') return Math.abs((d / pv) * 100 - c.scaled / 10 ** c.decimals) <= 0.5 / 10 ** c.decimals + 1e-9;
      // (Counts with decimals, 21.92万人 − 21.63万人, differ by 0.29 only up to the float's own error: former test34 2763.)
      const slack = a.kind === 'money' ? (precisionFen(a) + precisionFen(p) + precisionFen(c)) / 2 : 1e-9 * Math.max(1, pv);
      return Math.abs(d - numericValue(c)) <= slack;
    };
    const before: Figure[] = [];
    for (let k = i - 2; k >= 0 && !led; k--) {
      const a = figures[k]!;
      if (a.paragraph !== p.paragraph || a.sentence < p.sentence - 1) break;
      if (makes(a)) before.push(a);
    }
    // Nothing near: the year's amount may stand under the part's heading, its breakdowns between (2023年全年支出A。
    // 按支出性质分：…⏎按经济分类分：…⏎2023年支出较2022年的B增加C). Read further back only where the change's sentence
    // states no amount before its base (so its own amount is not in it), the amount makes the change exactly (to the
    // last digit written, either way), shares a subject word with the change's clause, and is the only one that does.
    let far = false;
    if (led && c.kind === 'money' && (i < 2 || figures[i - 2]!.sentence !== c.sentence)) {
      const ownClause = text.slice(facts.sentences[c.sentence]?.start ?? p.start, p.start);
      const exact = (a: Figure): boolean =>
        a !== p && !a.comparative && !a.qualifier && comparable(a, p) && !endingChangeWord(a) && Math.abs(Math.abs(numericValue(a) - pv) - numericValue(c)) < 1e-9;
      const sharesSubject = (a: Figure): boolean => {
        const label = a.label.replace(/^.*\d{4}年度?/, '');
        return label.length >= 2 && ownClause.includes(label.slice(-2));
      };
      const candidates: Figure[] = [];
      for (let k = i - 2; k >= 0; k--) {
        const a = figures[k]!;
        if (a.paragraph < p.paragraph - SEARCH_WINDOWS.framedBaseFarParagraphs) break;
        if (exact(a)) candidates.push(a);
      }
      if (candidates.length === 1 && sharesSubject(candidates[0]!)) {
        before.push(candidates[0]!);
        far = true;
      }
    }
    if (before.length !== 1) continue;
    const a = before[0]!;
    const rises = numericValue(a) > pv;
    // (增长-31.36%: the minus turns the word round; the sign itself is the negative-sign check's.)
    const saysUp = UP.includes(word) !== signedChangeAt(text, c.start);
    if (numericValue(a) === pv || saysUp === rises || !(UP.includes(word) || DOWN.includes(word))) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: far ? 'framed-base-far' : 'framed-base',
        severity: far ? 'warning' : 'error',
        message: `方向词“${word}”与数字不符：${a.raw}${rises ? '多于' : '少于'}比较基数${p.raw}，实为${rises ? '增加' : '减少'}`,
        evidence: [quoteFigure(facts, c), quoteFigure(facts, a), quoteFigure(facts, p)],
        calculation: `${a.numberText} ${rises ? '>' : '<'} ${p.numberText}`,
      }),
    );
  }
  return out;
}

/** Whether 由/从 and a base framed as last year's (由上年的, 从2023年的) end right before `at`. */
function framedFromLead(text: string, at: number): boolean {
  let k = at;
  if (text[k - 1] === '的') k--;
  const before = text.slice(Math.max(0, k - 8), k);
  const year = /(?:19|20)\d{2}年度?$/u.exec(before);
  let end = before.length;
  if (year) end = year.index;
  else {
    const w = LAST_YEAR_WORDS.find((x) => before.endsWith(x));
    if (!w) return false;
    end -= w.length;
  }
  const c = before[end - 1];
  return c === '由' || c === '从';
}

const REASON_LEADS: readonly string[] = [...RULE_WORDS['direction-mismatch'].reasonLeads].sort((a, b) => b.length - a.length);
const REASON_CUT: readonly string[] = RULE_WORDS['direction-mismatch'].reasonCutWords;
const REASON_ADD: readonly string[] = RULE_WORDS['direction-mismatch'].reasonAddWords;
/** Most characters between a change (and its rate) and the reason lead after it. */
const REASON_GAP = 16;

/**
 * “三公”经费…较上年增加3.00万元，主要原因是严格控制公务接待和公务用车使用: a rise explained by cutting spending. Preconditions:
 * an amount or rate whose label ends with an up word (增加, 增长) against last year or a budget (its label or clause holds
 * 较 / 比 / 同比 / 与); right after it (at most REASON_GAP characters, the change's rate at most between) a reasonLeads
 * word; the reason, up to the next ； or 。, holds a reasonCutWords word and no reasonAddWords word. A fall is not read
 * (last year's one-off additions explain falls). A 警告 (shape reason-against-direction).
 */
function reasonAgainstDirection(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (const [i, c] of figures.entries()) {
    if (out.length >= MAX_FINDINGS_PER_RULE) break;
    if ((c.kind !== 'money' && c.kind !== 'percent') || c.scaled <= 0) continue;
    const word = endingChangeWord(c);
    if (!word || !UP.includes(word)) continue;
    const clauseStart = clauseStartBefore(text, facts.sentences[c.sentence], c.start, 40, '，,；;。');
    if (!/[较比与]|同比/.test(text.slice(clauseStart, c.start))) continue;
    // The change's own rate may stand between (增加2.70万元，增长9.47%，主要原因是…).
    let end = c.end;
    const next = figures[i + 1];
    if (next && next.sentence === c.sentence && next.kind === 'percent' && next.start - c.end <= 8 && endingChangeWord(next)) end = next.end;
    const gap = text.slice(end, end + REASON_GAP + 6);
    const comma = gap.search(/[^，,\s]/);
    const lead = comma === -1 ? undefined : REASON_LEADS.find((w) => gap.startsWith(w, comma));
    if (lead === undefined || comma > REASON_GAP) continue;
    const from = end + comma + lead.length;
    let to = from;
    while (to < text.length && !'；;。\n'.includes(text[to]!)) to++;
    const reason = text.slice(from, to);
    const cut = REASON_CUT.find((w) => reason.includes(w));
    if (!cut || REASON_ADD.some((w) => reason.includes(w))) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'reason-against-direction',
        severity: 'warning',
        message: `写为“${word}${c.raw}”，所述原因却是“${cut}”（减少支出的原因），方向词存疑`,
        evidence: [quoteFigure(facts, c), quoteSpan(facts, { start: end + comma, end: to })],
        calculation: `${word} ↔ ${cut}`,
      }),
    );
  }
  return out;
}

const ABOVE_BASE = RULE_WORDS['direction-mismatch'].aboveBaseWords;
const BELOW_BASE = RULE_WORDS['direction-mismatch'].belowBaseWords;
/** A comparison word, then a base framed as last year's, right before the base's number (groups: the word, a year by number). */
const COMPARED_FRAME = new RegExp(`(${anyWord([...ABOVE_BASE, ...BELOW_BASE])})(?:上年|去年|上一年|(\\d{4})年)度?(?:同期)?(?:水平)?的?$`);

/**
 * 预算执行率98.12%，低于上年的96.45%: a comparison word (aboveBaseWords / belowBaseWords) right before a base framed as
 * last year's (上年的B, 2023年的B — a year by number before the report's), which right follows the year's own figure A
 * (nothing but a comma between, same sentence, same kind and unit). Above needs A > B, below A < B. Silent when a
 * digit stands between A and the word, on a bound (以上) or change, or when the two are equal. A 警告.
 */
function comparedWithFramedBase(facts: Parameters<Rule>[0], fiscalYear: number | null): Finding[] {
  const out: Finding[] = [];
  const { figures, text } = facts;
  for (let i = 1; i < figures.length && out.length < 20; i++) {
    const b = figures[i]!;
    const a = figures[i - 1]!;
    if (a.sentence !== b.sentence || !comparable(a, b) || a.unit !== b.unit || a.qualifier || b.qualifier || a.comparative) continue;
    const between = text.slice(a.end, b.start);
    if (between.length > 16) continue;
    const m = COMPARED_FRAME.exec(between);
    if (!m || !/^[，,\s]*$/.test(between.slice(0, m.index))) continue;
    if (m[2] !== undefined && (fiscalYear === null || Number(m[2]) >= fiscalYear)) continue;
    const va = numericValue(a);
    const vb = numericValue(b);
    if (va === vb) continue;
    const above = ABOVE_BASE.includes(m[1]!);
    if (above === va > vb) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'compared-with-framed-base',
        severity: 'warning',
        message: `比较词“${m[1]}”与数字不符：本年${a.raw}，上年${b.raw}，本年实为${va > vb ? '高于' : '低于'}上年`,
        evidence: [quoteSpan(facts, { start: a.start, end: b.end })],
        calculation: `${a.numberText} ${va > vb ? '>' : '<'} ${b.numberText}`,
      }),
    );
  }
  return out;
}

/**
 * 新增检测项目14项，超额完成年初确定的20项目标: the year's figure A (its number and unit), then, opening the next clause, a
 * claim of surpassing (overTargetClaims) and, within a few words holding no digit, a target B in the same unit named as
 * the target (a targetNouns word right after it, 的 and 年度 / 全年 at most between). Groups: A, unit, claim, B, noun.
 * Numbers are read as written so that measures the figure reader does not know are read too.
 */
const OVER_TARGET = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(%|[\\u4e00-\\u9fff]{1,3}?)[，,](${anyWord(RULE_WORDS['direction-mismatch'].overTargetClaims)})[^，,。；;\\d\\n]{0,12}?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\2的?(?:年度|全年)?(${anyWord(RULE_WORDS['direction-mismatch'].targetNouns)})`,
  'g',
);

const OVER_CLAIMS: readonly string[] = RULE_WORDS['direction-mismatch'].overTargetClaims;

/** A claim of surpassing a target the year's figure right before it does not reach (OVER_TARGET). A 警告. */
function overTargetClaimShort(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  // (Most texts claim no surpassing: the pattern, which starts at every digit, is not run over them.)
  if (!OVER_CLAIMS.some((w) => text.includes(w))) return out;
  for (const m of text.matchAll(OVER_TARGET)) {
    if (out.length >= 20) break;
    const va = Number(m[1]!.replaceAll(',', ''));
    const vb = Number(m[4]!.replaceAll(',', ''));
    if (va > vb) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'over-target-claim-short',
        severity: 'warning',
        message: `“${m[3]}”与数字不符：实际${m[1]}${m[2]}，${m[5]}${m[4]}${m[2]}，${va === vb ? '恰好完成' : '未达到'}${m[5]}`,
        evidence: [quoteSpan(facts, { start: m.index, end: m.index + m[0].length })],
        calculation: `${m[1]} ${va === vb ? '=' : '<'} ${m[4]}`,
      }),
    );
  }
  return out;
}

/**
 * 公务接待费5.20万元，比上年减少0.60万元 beside a table row 3.公务接待费 | 5.20 | 4.60 under 2025年预算数 | 2024年预算数: the
 * year's amount A of an item with its change on last year, where the sentence does not state last year's amount but a table
 * does, in the column of the year before. Preconditions: those of changeAgainstYearRow (lib/year-columns.ts), A's row
 * found by its name, numbering aside (rowsOfName); its year's cell is A within the rounding. The direction word must then
 * be the sign of A − P (P the cell of the year before), the two apart beyond the rounding.
 */
function changeAgainstYearColumns(facts: Parameters<Rule>[0], fiscalYear: number | null): Finding[] {
  const out: Finding[] = [];
  for (const { a, c, word, up, row, unit, cur, pri } of changeAgainstYearRow(facts, fiscalYear, rowsOfName)) {
    if (out.length >= 20) break;
    if (Math.abs(cur.fen - a.scaled) > cellHalf(unit, cur.decimals) + precisionFen(a) / 2) continue;
    if (Math.abs(a.scaled - pri.fen) <= precisionFen(a) / 2 + cellHalf(unit, pri.decimals)) continue;
    if (up === a.scaled > pri.fen) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'change-against-year-columns',
        severity: 'warning',
        message: `方向词“${word}”与数字不符：“${rowName(a.label)}”本年${a.raw}，表${row.table + 1}“${row.priorHeader}”列为${row.prior.text}${unit}，实为${a.scaled > pri.fen ? '增加' : '减少'}`,
        evidence: [quoteFigure(facts, c), quoteFigure(facts, a), quoteCell(facts, row.prior, row.table, row.label, row.priorHeader)],
        calculation: `${a.numberText} ${a.scaled > pri.fen ? '>' : '<'} ${row.prior.text}`,
      }),
    );
  }
  return out;
}

const RANK = RULE_WORDS['direction-mismatch'];
/**
 * 排名从78位上升至93位: a rank told from one place to another — a rankNames word, then within the clause 从 / 由 N and a
 * rank unit, a direction word, 至 / 到 M and the same unit (groups: N, unit, word, M). A rank rises as its number falls.
 */
const RANK_FROM_TO = new RegExp(
  `(?:${anyWord(RANK.rankNames)})[^，,。；;\\d\\n]{0,8}?[从由](?:第)?(\\d{1,4})(${anyWord(RANK.rankUnits)})[^，,。；;\\d\\n]{0,4}?(${anyWord([...RANK.rankUp, ...RANK.rankDown])})(?:到|至)(?:第)?(\\d{1,4})\\2`,
  'g',
);

function rankDirection(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const { text } = facts;
  if (!RANK.rankNames.some((w) => text.includes(w))) return out;
  for (const m of text.matchAll(RANK_FROM_TO)) {
    if (out.length >= 20) break;
    const from = Number(m[1]);
    const to = Number(m[4]);
    if (from === to) continue;
    const up = RANK.rankUp.includes(m[3]!);
    if (up === to < from) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'rank-direction',
        severity: 'warning',
        message: `方向词“${m[3]}”与名次不符：由第${m[1]}${m[2]}到第${m[4]}${m[2]}，名次实为${to < from ? '上升' : '下降'}（名次数字越小越靠前）`,
        evidence: [quoteSpan(facts, { start: m.index, end: m.index + m[0].length })],
        calculation: `${m[4]} ${to > from ? '>' : '<'} ${m[1]}`,
      }),
    );
  }
  return out;
}

export const directionMismatch: Rule = (facts, options) => {
  const out: Finding[] = [
    ...finalVersusBudget(facts),
    ...changeAgainstBudget(facts),
    ...changeAgainstRate(facts, options.fiscalYear),
    ...changeAfterYearPair(facts, options.fiscalYear),
    ...oneAmountBothWays(facts),
    ...claimWithoutFigure(facts, options.fiscalYear),
    ...claimAfterFramedBase(facts, options.fiscalYear),
    ...comparedWithFramedBase(facts, options.fiscalYear),
    ...overTargetClaimShort(facts),
    ...changeAgainstYearColumns(facts, options.fiscalYear),
    ...rankDirection(facts),
  ];
  const { text, figures } = facts;
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (a.sentence !== b.sentence || !comparable(a, b) || b.start - a.end > 12) continue;
    // 由A增加到B / 从A下降至B
    const between = text.slice(a.end, b.start);
    const lead = text.slice(Math.max(0, a.start - 2), a.start);
    // 由上年的79.6%提高到75.2%: 由/从, then the base framed as last year's (a lastYear word or a year by number, 的 at
    // most after it) right before A — a new shape (from-to-framed), a 警告 until met on unseen text (former test33
    // 2740, 2750).
    const framed = !(lead.includes('由') || lead.includes('从')) && framedFromLead(text, a.start);
    if (!(lead.includes('由') || lead.includes('从')) && !framed) continue;
    const word = ALL_WORDS.find((w) => between.includes(w));
    if (!word) continue;
    const va = numericValue(a);
    const vb = numericValue(b);
    const expectUp = UP.includes(word);
    const expectFlat = FLAT.includes(word);
    const wrong = expectFlat ? va !== vb : expectUp ? vb <= va : vb >= va;
    if (!wrong) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: framed ? 'from-to-framed' : 'from-to',
        severity: framed ? 'warning' : 'error',
        message: `方向词“${word}”与数字不符：由${a.raw}到${b.raw}实为${vb > va ? '增加' : vb < va ? '减少' : '持平'}`,
        evidence: [quoteSpan(facts, { start: Math.max(0, a.start - 2), end: b.end })],
        calculation: `${b.numberText} ${vb > va ? '>' : vb < va ? '<' : '='} ${a.numberText}`,
      }),
    );
  }
  // 本年B，比上年(的)A增加/减少 … — A is a prior-year amount, not a change (比上年增加A).
  for (let i = 0; i < figures.length; i++) {
    const last = figures[i]!;
    if (!LAST_YEAR_WORDS.some((w) => last.label.includes(w))) continue;
    if (ALL_WORDS.some((w) => last.label.includes(w))) continue;
    // The label must name the prior-year amount itself (比上年决算数A), not a change (比上年减收A).
    if (!PRIOR_ENDINGS.some((w) => last.label.endsWith(w))) continue;
    const after = text.slice(last.end, Math.min(last.end + 6, text.length));
    const word = ALL_WORDS.find((w) => after.startsWith(w) || after.startsWith(`，${w}`));
    if (!word) continue;
    let current: Figure | undefined;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const g = figures[k]!;
      if (g.sentence !== last.sentence) break;
      // 完成年初预算31,700万元的229.39%: an amount named as the base of a rate is a reference, not this year's.
      if (comparable(g, last) && !g.comparative && !g.qualifier) {
        current = g;
        break;
      }
    }
    if (!current) continue;
    const vc = numericValue(current);
    const vl = numericValue(last);
    // 比上年的19271.37元增加-38.09%: a signed change after the word says the direction (a growth of −38.09 % is a
    // fall); the sign itself is the negative-sign check's.
    const wordEnd = last.end + after.indexOf(word) + word.length;
    const signed = !FLAT.includes(word) && /^\s*[-−－]\s*\d/.test(text.slice(wordEnd, wordEnd + 4));
    const expectUp = UP.includes(word) !== signed;
    const wrong = FLAT.includes(word) ? vc !== vl : expectUp ? vc <= vl : vc >= vl;
    if (!wrong) continue;
    // 支出101.26元，比上年98.40万元增加2.86万元: two amounts in different money units whose numbers, read in one unit, bear
    // the word out — an amount's unit slipped (the unit rule's finding), not the direction (dev 3060 at first contact).
    if (current.kind === 'money' && last.kind === 'money' && current.moneyUnit && last.moneyUnit && current.moneyUnit !== last.moneyUnit) {
      const [nc, nl] = [Number(current.numberText.replace(/,/g, '')), Number(last.numberText.replace(/,/g, ''))];
      if (!(FLAT.includes(word) ? nc !== nl : expectUp ? nc <= nl : nc >= nl)) continue;
    }
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'year-amounts',
        severity: 'error',
        message: `方向词“${word}”与数字不符：本年${current.raw}，上年${last.raw}，实为${vc > vl ? '增加' : vc < vl ? '减少' : '持平'}`,
        evidence: [quoteFigure(facts, current), quoteFigure(facts, last)],
        calculation: `${current.numberText} ${vc > vl ? '>' : vc < vl ? '<' : '='} ${last.numberText}`,
      }),
    );
  }
  // 增加0万元 / 增长0%: a change of zero is 持平, not an increase or a decrease.
  for (const f of figures) {
    if (f.scaled !== 0 || (f.kind !== 'money' && f.kind !== 'percent')) continue;
    const word = changeWordEnding(f.label);
    if (!word || word.endsWith('至')) continue;
    // A rate rounded to zero (增加0.03万元，增长0.00%): the change the sentence states in the same direction is not 0.
    if (f.kind === 'percent' && f.decimals > 0 && roundedFromChange(figures, f, UP.includes(word))) continue;
    // An amount rounded to zero (增加0.00万元，增长0.01%): the rate the sentence states in the same direction is not 0.
    if (f.kind === 'money' && f.decimals > 0 && roundedBesideRate(figures, f, UP.includes(word))) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'zero-change',
        severity: 'warning',
        message: `变动为0却写作“${word}${f.raw}”，应表述为“持平”`,
        evidence: [quoteFigure(facts, f)],
        calculation: `${f.raw} = 0`,
      }),
    );
  }
  // 下降-81.75% / 增长-3.2%: a signed change after a direction word says the opposite of the word (a fall written
  // as 下降 needs no minus; 增长 with a minus is a fall).
  for (const f of figures) {
    if ((f.kind !== 'money' && f.kind !== 'percent') || f.scaled === 0) continue;
    const sign = text[f.start - 1];
    if (sign !== '-' && sign !== '−') continue;
    // The words before the sign, read across a line wrapped inside the sentence (…下降⏎-81.75%); a break that
    // ends the sentence (segment() did not continue it) bounds them.
    const sentence = facts.sentences[f.sentence];
    const floor = Math.max(0, f.start - 4, sentence && sentence.start < f.start ? sentence.start : f.start - 1);
    const span = text.slice(floor, f.start - 1);
    const before = span.replace(/\n/g, '').slice(-2);
    const word = changeWordEnding(before);
    if (!word || word.endsWith('至')) continue;
    let wordStart = f.start - 1;
    for (let n = 0; n < word.length && wordStart > floor; ) if (text[--wordStart] !== '\n') n++;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'negative-sign',
        severity: 'warning',
        message: `“${word}${sign}${f.raw}”带负号，与方向词“${word}”相反，应写作“${UP.includes(word) ? '下降' : word}${f.raw}”`,
        evidence: [quoteSpan(facts, { start: wordStart, end: f.end })],
        calculation: `${word} ${sign}${f.numberText}`,
      }),
    );
  }
  // (A framed base's change another reading reports already — any finding quoting the change or the base — is not said twice.)
  const quoted = new Set(out.flatMap((x) => x.evidence.map((e) => e.start)));
  for (const x of changeAfterFramedBase(facts)) if (!x.evidence.some((e) => quoted.has(e.start))) out.push(x);
  // (A rise another reading reports already against its figures is not told again for its reason.)
  const told = new Set(out.flatMap((x) => x.evidence.map((e) => e.start)));
  for (const x of reasonAgainstDirection(facts)) if (!told.has(x.evidence[0]!.start)) out.push(x);
  return out;
};
