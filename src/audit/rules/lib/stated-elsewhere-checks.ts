/**
 * Relations whose figures stand in different sentences of a whole self-evaluation report (awr 2026-12-07; words in
 * data/audit/figure-relations.json wholeRate / sourceParts / closingItems):
 *
 * - wholeRates (percent-mismatch): `预算执行率为97.20%` in a sentence of no amount, the year's spending stated earlier in
 *   the sentences just before (`2024年度全年支出4,869.17万元，其中…`) and the year's budget stated before (`调整后全年预算5,112.68万元`):
 *   R = spending ÷ budget.
 * - sourceParts (sum-mismatch): `按资金来源分：财政拨款A、上级补助B。` opened with no whole of its own, right after the
 *   sentences stating the year's budget: A + B is one of the amounts stated there; where none, an amount one digit off
 *   the sum (a digit changed or two neighbouring digits swapped) is the whole the sum should have made.
 * - closingItems (sum-mismatch): `以上项目合计支出X` after numbered lines each stating a budget and a spending
 *   (`1.…：预算A，实际支出B，执行率R%`): X is the sum of each line's one amount of the total's role.
 *
 * Each binds its figures by what the text says of them and stays silent when the binding is not unique.
 */
import relations from '../../../../data/audit/figure-relations.json' with { type: 'json' };
import { type Finding, finding } from '../../../core/finding.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { MONEY_UNITS } from '../../../core/money.ts';
import { RULE_WORDS } from '../../config.ts';
import { tableLineCells } from '../../facts/table-line-cells.ts';
import { precisionFen, quoteFigure, quoteSpan } from './evidence.ts';
import { digitSlip } from './restated-values.ts';
import { term } from './shared.ts';

const WR = relations.wholeRate;
const SP = relations.sourceParts;
const CI = relations.closingItems;

/** The figures starting in [start, end), by binary search over the figures in text order. */
function figuresIn(figures: readonly Figure[], start: number, end: number): Figure[] {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (figures[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Figure[] = [];
  for (let k = lo; k < figures.length && figures[k]!.start < end; k++) out.push(figures[k]!);
  return out;
}

function plainMoney(f: Figure): boolean {
  return f.kind === 'money' && f.moneyUnit !== undefined && (f.currency === undefined || f.currency === 'CNY') && !f.comparative && !f.qualifier;
}

/** A label without its year (2024年 / 2024年度), its openings (全年, 调整后 …) and a link at its end (为, 达到). */
function bareName(label: string): string {
  let s = label.replace(/\d{4}年度?/g, '').replace(/[“”"\s：:]/g, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of WR.openings) {
      if (s.startsWith(w)) {
        s = s.slice(w.length);
        changed = true;
      }
    }
  }
  for (const w of WR.links) if (s.endsWith(w) && s.length > w.length) return s.slice(0, -w.length);
  return s;
}

/** Whether the line holding `offset` opens with an item number (1. / （2） / (3)). */
function onItemLine(facts: AuditFacts, offset: number): boolean {
  const starts = facts.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return ITEM_LINE.test(facts.text.slice(starts[lo]!, Math.min(offset, starts[lo]! + 8)));
}

/** Whether the figure's sentence opens with an item number (a copy's line breaks aside). */
function itemSentence(facts: AuditFacts, g: Figure): boolean {
  const sentence = facts.sentences[g.sentence];
  if (!sentence) return false;
  return ITEM_LINE.test(facts.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 12)).replace(/^[\s。；;]+/, ''));
}

/** R ∈ B ÷ A within the rounding of A, B (to two decimals at least) and R, and one more unit of R's last digit. */
function rateFits(rate: Figure, num: Figure, den: Figure): boolean {
  const A = den.scaled;
  const B = num.scaled;
  const ha = precisionFen(den) / 2;
  const hb = precisionFen(num) / 2;
  if (A - ha <= 0) return false;
  const r = rate.scaled / 10 ** rate.decimals;
  const rh = 0.5 * 10 ** -rate.decimals;
  const lo = ((B - hb) / (A + ha)) * 100;
  const hi = ((B + hb) / (A - ha)) * 100;
  return r + rh * 3 >= lo && r - rh * 3 <= hi;
}

/**
 * Preconditions (silent otherwise): the rate's label, bare, is one of wholeRate.rateNames, and its sentence states no
 * money but, before the rate, amounts named as the year's spending; the amounts within spentSentencesBack sentences before
 * it whose bare label is one of spentNames hold one value; the amounts
 * before it within budgetSentencesBack sentences whose bare label is one of budgetNames and whose phase is the adjusted
 * (全年 / 调整后) budget hold one value; R fits neither that spending over any other amount of those sentences nor any
 * amount of those sentences over that budget (a rate of another pair), and spending ÷ budget is no unit slip.
 */
export function wholeRates(facts: AuditFacts): Finding[] {
  const figures = facts.figures;
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const r = figures[i]!;
    if (r.kind !== 'percent' || r.qualifier || r.comparative) continue;
    const rateName = bareName(r.label);
    if (!WR.rateNames.includes(rateName) && !WR.rateNamesAfterSpending.includes(rateName)) continue;
    // The rate's sentence states no money but the year's spending itself before it (2023年全年支出A，预算执行率为R%):
    // a budget of its own would make it a clause's rate (clause-rate-checks), an item's amount an item's rate.
    // (Figures are in text order: a sentence's are contiguous, walked from the rate both ways.)
    const own: Figure[] = [];
    let later = false;
    for (let k = i - 1; k >= 0 && figures[k]!.sentence === r.sentence; k--) if (figures[k]!.kind === 'money') own.push(figures[k]!);
    for (let k = i + 1; k < figures.length && figures[k]!.sentence === r.sentence; k++) if (figures[k]!.kind === 'money') later = true;
    if (later || own.some((g) => !WR.spentNames.includes(bareName(g.label)))) continue;
    const before: Figure[] = [];
    for (let k = i - 1; k >= 0 && r.sentence - figures[k]!.sentence <= WR.budgetSentencesBack; k--) if (plainMoney(figures[k]!)) before.push(figures[k]!);
    before.reverse();
    const spent = new Map<number, Figure>();
    const budget = new Map<number, Figure>();
    for (const g of before) {
      const name = bareName(g.label);
      const ofYear = /\d{4}年/.test(g.label) || WR.yearWords.some((w) => g.label.includes(w));
      if (r.sentence - g.sentence <= WR.spentSentencesBack && ofYear && WR.spentNames.includes(name) && !spent.has(g.scaled)) spent.set(g.scaled, g);
      if (g.phase === 'adjustedBudget' && WR.budgetNames.includes(name) && !budget.has(g.scaled)) budget.set(g.scaled, g);
    }
    if (spent.size !== 1 || budget.size !== 1) continue;
    // Not an item's: neither the rate, its spending nor the budget on a numbered item line ((2)…：全年预算A，支出B，执行率R%).
    if ([r, ...spent.values(), ...budget.values()].some((g) => onItemLine(facts, g.start) || itemSentence(facts, g))) continue;
    const num = [...spent.values()][0]!;
    const den = [...budget.values()][0]!;
    if (den.scaled <= 0 || rateFits(r, num, den)) continue;
    const computed = (num.scaled / den.scaled) * 100;
    const rate = r.scaled / 10 ** r.decimals;
    if (computed / Math.max(rate, Number.MIN_VALUE) > 1000 || computed / Math.max(rate, Number.MIN_VALUE) < 0.001) continue;
    const others = before.filter((g) => g.sentence >= den.sentence - 2);
    if (others.some((g) => (g !== den && rateFits(r, num, g)) || (g !== num && rateFits(r, g, den)))) continue;
    const pct = computed.toFixed(Math.max(2, r.decimals));
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'whole-rate-elsewhere',
        severity: 'warning',
        message: `${bareName(r.label)}写为${r.raw}，按前文全年支出${num.raw}÷全年预算${den.raw}计算应为${pct}%`,
        evidence: [quoteFigure(facts, r), quoteFigure(facts, num), quoteFigure(facts, den)],
        calculation: `${num.raw} ÷ ${den.raw} = ${pct}% ≠ ${r.raw}`,
      }),
    );
  }
  return out;
}

/**
 * Preconditions (silent otherwise): a sentence opens with a sourceParts opener and states two amounts or more, all
 * money of one unit, none a change or a bound, and no other figure; the sentences before it (sentencesBack, within
 * any line) state the candidate wholes (money, plain). The sum equal to one of them within the
 * rounding: no finding. Else exactly one candidate one digit off the sum (digitSlip on the digits as written, the
 * candidate with three significant digits or more): a 警告 naming it.
 */
export function sourceParts(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text, figures, sentences } = facts;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    let at = s.start;
    while (at < s.end && /\s/.test(text[at]!)) at++;
    if (!SP.openers.some((w) => text.startsWith(w, at))) continue;
    const own = figuresIn(figures, s.start, s.end).filter((g) => g.sentence === si);
    if (own.length < 2 || !own.every((g) => plainMoney(g) && g.moneyUnit === own[0]!.moneyUnit)) continue;
    const first = si - SP.sentencesBack;
    const firstStart = sentences[Math.max(0, first)]!.start;
    const candidates = figuresIn(figures, firstStart, s.start).filter((g) => g.sentence >= first && g.sentence < si && plainMoney(g));
    if (candidates.length === 0) continue;
    const sum = own.reduce((t, g) => t + g.scaled, 0);
    const slack = (w: Figure) => own.reduce((t, g) => t + precisionFen(g) / 2, 0) + precisionFen(w) / 2;
    if (candidates.some((w) => Math.abs(w.scaled - sum) <= slack(w))) continue;
    /** The sum's digits as the candidate writes its own (its unit and decimals). */
    const digits = (v: number, like: Figure) => (v / 10 ** MONEY_UNITS[like.moneyUnit!]).toFixed(like.decimals).replace(/[^0-9]/g, '');
    const slipped = candidates.filter((w) => {
      const wd = w.numberText.replace(/[^0-9]/g, '');
      return wd.replace(/0+$/, '').length >= 3 && digitSlip(wd, digits(sum, w)) !== null;
    });
    const values = new Set(slipped.map((w) => w.scaled));
    if (values.size !== 1) continue;
    const whole = slipped[0]!;
    const sumText = `${written(sum, own)}${whole.unit}`;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'source-parts-elsewhere',
        severity: 'warning',
        message: `按资金来源所列各项合计${sumText}，与前文${whole.label.replace(/\d{4}年度?/g, '')}${whole.raw}相差一位数字，二者应一致`,
        evidence: [quoteFigure(facts, own[0]!), ...own.slice(1).map((g) => quoteFigure(facts, g)), quoteFigure(facts, whole)],
        calculation: `${own.map((g) => term(g, false)).join(' + ')} = ${sumText} ≠ ${whole.raw}`,
      }),
    );
  }
  return out;
}

/** A sum in the parts' unit, to the most decimals any part is written with. */
function written(sum: number, parts: readonly Figure[]): string {
  const decimals = Math.max(...parts.map((g) => g.decimals));
  const plain = (sum / 10 ** MONEY_UNITS[parts[0]!.moneyUnit!]).toFixed(decimals);
  if (!parts.some((g) => g.numberText.includes(','))) return plain;
  const [whole, fraction] = plain.split('.');
  return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A closing total's name without its opener and a count (以上4个项目合计支出 → 项目合计支出). */
function closingName(label: string): string {
  let s = label.trim();
  for (const w of CI.openers) if (s.startsWith(w)) s = s.slice(w.length);
  return s.replace(/^\d{1,2}\s*[个项]/, '');
}

/** A line opening with an item number: 1. / 1、 / 1． / （1） / (1). */
const ITEM_LINE = /^\s*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[）)])/;

function roleOf(label: string): 'spent' | 'budget' | null {
  const spent = CI.spentWords.some((w) => label.includes(w));
  const budget = CI.budgetWords.some((w) => label.includes(w));
  if (spent === budget) return null;
  return spent ? 'spent' : 'budget';
}

/**
 * Preconditions (silent otherwise): a line opens with a closingItems opener; each money figure of its first sentence
 * whose label holds a total word and names one role (spent or budget) is a total; the lines right above it, up to the
 * first that opens with no item number, are the items (two or more; a count written in the total's label, 以上4个项目,
 * must equal their number); each item line states exactly one plain money amount of that role (its label names the role
 * and not the other), in the total's unit. The sum must be the total within the rounding.
 */
/**
 * Whether the line starting at `start` goes on the line before it (starting at `prev`) as a copy's wrap does: neither is
 * blank, the line before ends with no stop (。；！？), or this one opens with a clause mark (，、。；）).
 */
function wrapGoesOn(text: string, prev: number, start: number): boolean {
  const before = text.slice(prev, start).trimEnd();
  const line = text.slice(start, text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start)).trim();
  if (before === '' || line === '' || text.slice(prev, start).split('\n').length > 2) return false;
  return !'。；;！？!?'.includes(before[before.length - 1]!) || '，、。；）,;'.includes(line[0]!);
}

export function closingItems(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text, figures, lineStarts } = facts;
  for (let li = 1; li < lineStarts.length; li++) {
    const start = lineStarts[li]!;
    const end = li + 1 < lineStarts.length ? lineStarts[li + 1]! : text.length;
    let lead = start;
    while (lead < end && (text[lead] === ' ' || text[lead] === '\t' || text[lead] === '\u3000')) lead++;
    if (!CI.openers.some((w) => text.startsWith(w, lead))) continue;
    const line = text.slice(start, end);
    const firstEnd = start + (line.search(/[。；;\n]/) === -1 ? line.length : line.search(/[。；;\n]/));
    const totals = figuresIn(figures, start, firstEnd).filter((g) => g.end <= firstEnd && plainMoney(g) && CI.totalWords.some((w) => g.label.includes(w)) && roleOf(g.label) !== null);
    if (totals.length === 0) continue;
    // Each item is its numbered line and the lines a copy's wrap cut from it (…预算184.00万⏎元，实际支出…); the items are
    // numbered alike — a heading above them numbered otherwise ((4)项目支出情况 over 1. 2. 3.) is none of them.
    const items: [number, number][] = [];
    let blockEnd = start;
    let style: string | null = null;
    for (let k = li - 1; k >= 0; k--) {
      const ks = lineStarts[k]!;
      const ke = lineStarts[k + 1]!;
      const m = ITEM_LINE.exec(text.slice(ks, ke));
      if (m) {
        const own = /[（(]/.test(m[0]) ? 'paren' : 'dot';
        if (style !== null && own !== style) break;
        style = own;
        items.unshift([ks, blockEnd]);
        blockEnd = ks;
        continue;
      }
      if (k === 0 || !wrapGoesOn(text, lineStarts[k - 1]!, ks)) break;
    }
    if (items.length < 2) continue;
    const count = /(\d{1,2})\s*[个项]/.exec(text.slice(start, totals[0]!.start));
    if (count && Number(count[1]) !== items.length) continue;
    for (const total of totals) {
      const role = roleOf(total.label)!;
      const parts: Figure[] = [];
      for (const [ks, ke] of items) {
        const own = figuresIn(figures, ks, ke).filter((g) => g.end <= ke && plainMoney(g) && roleOf(g.label) === role);
        if (own.length !== 1 || own[0]!.moneyUnit !== total.moneyUnit) break;
        parts.push(own[0]!);
      }
      if (parts.length !== items.length) continue;
      const sum = parts.reduce((t, g) => t + g.scaled, 0);
      const slack = parts.reduce((t, g) => t + precisionFen(g) / 2, 0) + precisionFen(total) / 2;
      if (Math.abs(sum - total.scaled) <= slack) continue;
      const sumText = `${written(sum, parts)}${total.unit}`;
      out.push(
        finding({
          rule: 'sum-mismatch',
          shape: 'closing-items-total',
          severity: 'warning',
          message: `${closingName(total.label)}写为${total.raw}，但以上${items.length}项所列${role === 'spent' ? '支出' : '预算'}之和为${sumText}`,
          evidence: [quoteFigure(facts, total), ...parts.map((g) => quoteFigure(facts, g))],
          calculation: `${parts.map((g) => term(g, false)).join(' + ')} = ${sumText} ≠ ${total.raw}`,
        }),
      );
    }
  }
  return out;
}

const NB = relations.namedBase;
type BudgetPhase = 'initialBudget' | 'adjustedBudget';
const BASES = [...NB.bases].sort((a, b) => b.name.length - a.name.length) as { name: string; phase: BudgetPhase }[];
const DIRECTIONS = [...NB.upWords.map((w) => ({ w, up: true })), ...NB.downWords.map((w) => ({ w, up: false }))].sort((a, b) => b.w.length - a.w.length);

/** 全年预算数较年初预算减少 → subject 全年预算数, base 年初预算 (its phase), direction down; null when not so worded. */
function namedBaseFrame(label: string): { subject: string; base: BudgetPhase; baseName: string; up: boolean; word: string } | null {
  let s = label.replace(/[\s“”"]/g, '');
  for (const f of NB.fillers) if (s.endsWith(f)) s = s.slice(0, -f.length);
  const dir = DIRECTIONS.find((d) => s.endsWith(d.w));
  if (!dir) return null;
  s = s.slice(0, -dir.w.length);
  const base = BASES.find((b) => s.endsWith(b.name));
  if (!base) return null;
  s = s.slice(0, -base.name.length);
  const cmp = NB.compareWords.find((w) => s.endsWith(w));
  if (!cmp) return null;
  return { subject: s.slice(0, -cmp.length), base: base.phase, baseName: base.name, up: dir.up, word: dir.w };
}

/**
 * `年初预算A，全年预算数B，较年初预算增加C` / `全年预算B，全年预算数较年初预算减少C`: a change against a budget named by its
 * phase (namedBase.bases), the budget not restated. Preconditions (silent otherwise): C is money; the amount changed is
 * the one right before C in its sentence when the label names no subject, else the one amount before C in the sentence
 * whose phase the subject names (or whose bare label is the subject's); the base is the one value of that phase stated
 * in C's sentence or the sentence before, other than the amount changed; both plain money in C's
 * unit. Then |B − A| must be C within the rounding (sum-mismatch), and where it is, the direction word must be the sign
 * of B − A (direction-mismatch). Both 警告.
 */
const namedBaseCache = new WeakMap<AuditFacts, Finding[]>();

function namedBaseChecks(facts: AuditFacts): Finding[] {
  const cached = namedBaseCache.get(facts);
  if (cached) return cached;
  const out: Finding[] = [];
  namedBaseCache.set(facts, out);
  const figures = facts.figures;
  for (let i = 1; i < figures.length; i++) {
    const c = figures[i]!;
    if (c.kind !== 'money' || c.qualifier || c.moneyUnit === undefined) continue;
    const frame = namedBaseFrame(c.label);
    if (!frame) continue;
    const before = figures.slice(Math.max(0, i - 12), i).filter((g) => plainMoney(g) && g.moneyUnit === c.moneyUnit && c.sentence - g.sentence <= 1);
    let changed: Figure | undefined;
    if (frame.subject === '') {
      const prev = figures[i - 1]!;
      if (prev.sentence !== c.sentence || !plainMoney(prev) || prev.moneyUnit !== c.moneyUnit || /[。；;]/.test(facts.text.slice(prev.end, c.start))) continue;
      changed = prev;
    } else {
      const named = BASES.find((b) => frame.subject.endsWith(b.name));
      const own = before.filter((g) => g.sentence === c.sentence && ((named !== undefined && g.phase === named.phase) || bareName(g.label) === bareName(frame.subject)));
      if (new Set(own.map((g) => g.scaled)).size !== 1) continue;
      changed = own[own.length - 1]!;
    }
    if (changed.phase === frame.base) continue;
    const bases = before.filter((g) => g !== changed && g.phase === frame.base);
    if (bases.length === 0 || new Set(bases.map((g) => g.scaled)).size !== 1) continue;
    const base = bases[bases.length - 1]!;
    const diff = changed.scaled - base.scaled;
    const slack = precisionFen(changed) / 2 + precisionFen(base) / 2 + precisionFen(c) / 2;
    const baseName = frame.baseName;
    if (Math.abs(Math.abs(diff) - c.scaled) > slack) {
      const d = `${written(Math.abs(diff), [changed, base])}${c.unit}`;
      out.push(
        finding({
          rule: 'sum-mismatch',
          shape: 'change-against-named-base',
          severity: 'warning',
          message: `较${baseName}${frame.word}${c.raw}，但按${changed.raw}与${baseName}${base.raw}计算，差额为${d}`,
          evidence: [quoteFigure(facts, c), quoteFigure(facts, changed), quoteFigure(facts, base)],
          calculation: `|${term(changed, false)} − ${term(base, false)}| = ${d} ≠ ${c.raw}`,
        }),
      );
      continue;
    }
    if (Math.abs(diff) <= slack || diff > 0 === frame.up) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'change-against-named-base',
        severity: 'warning',
        message: `${changed.raw}较${baseName}${base.raw}${diff > 0 ? '增加' : '减少'}${c.raw}，文中写为“${frame.word}”`,
        evidence: [quoteFigure(facts, c), quoteFigure(facts, changed), quoteFigure(facts, base)],
        calculation: `${term(changed, false)} − ${term(base, false)} = ${diff > 0 ? '+' : '−'}${written(Math.abs(diff), [changed, base])}`,
      }),
    );
  }
  return out;
}

/** The amount stated as changed against a named budget (sum-mismatch). */
export function namedBaseAmounts(facts: AuditFacts): Finding[] {
  return namedBaseChecks(facts).filter((f) => f.rule === 'sum-mismatch');
}

/** The direction of a change against a named budget (direction-mismatch). */
export function namedBaseDirections(facts: AuditFacts): Finding[] {
  return namedBaseChecks(facts).filter((f) => f.rule === 'direction-mismatch');
}

/**
 * `基本支出10,125,600.00元：人员经费8,936,200.00元，公用经费1,198,400.00元。` — a whole followed right after its amount by a
 * colon and then only its parts, each a name and an amount, to the sentence's end. Preconditions (silent otherwise): the
 * whole is plain money (no change, no bound); after the colon, up to 。/；/line end, two or more plain money amounts of
 * the whole's unit and nothing else that is a figure, each labelled by words only, their labels apart by ，、 (a bracket
 * after an amount is read past); none a share or a change. The parts over the whole contradict it (警告); short of it,
 * only when the whole is one digit off the sum (a digit changed or two swapped: 警告) — a colon may open an open list.
 */
export function colonBreakdowns(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (let i = 0; i < figures.length - 2; i++) {
    const w = figures[i]!;
    if (!plainMoney(w)) continue;
    let k = w.end;
    // A copy's single line break before the colon (基本支出10,125,600.00元⏎：人员经费…) is no break of the clause.
    if (text[k] === '\n' && text[k + 1] !== '\n') k++;
    if (text[k] !== '：' && text[k] !== ':') continue;
    k++;
    // To the sentence's end: a copy's single line breaks inside it end nothing, a blank line does.
    let end = k;
    while (end < text.length && !'。；;'.includes(text[end]!) && !(text[end] === '\n' && text[end + 1] === '\n')) end++;
    // Figures inside brackets (（车辆4辆）) tell of a part, they are none.
    const bracketed = (g: Figure): boolean => {
      const span = text.slice(k, g.start);
      const open = Math.max(span.lastIndexOf('（'), span.lastIndexOf('('));
      return open !== -1 && open > Math.max(span.lastIndexOf('）'), span.lastIndexOf(')'));
    };
    const inside: Figure[] = [];
    for (let j = i + 1; j < figures.length && figures[j]!.start < end; j++) inside.push(figures[j]!);
    const parts = inside.filter((g) => g.end <= end && !bracketed(g));
    if (parts.length < 2 || inside.some((g) => !parts.includes(g) && !bracketed(g))) continue;
    if (!parts.every((g) => plainMoney(g) && g.moneyUnit === w.moneyUnit && g.label.trim() !== '' && !/\d/.test(g.label))) continue;
    // Each part's label stands right after the previous part (its bracket aside) and a separator.
    let ok = true;
    let from = k;
    for (const g of parts) {
      const between = text.slice(from, g.start).replace(/（[^）]*）|\([^)]*\)/g, '').replace(/\s*\n\s*/g, '');
      if (from !== k && !/^[，、,]/.test(between)) ok = false;
      from = g.end;
    }
    const tail = text.slice(from, end).replace(/（[^）]*）|\([^)]*\)/g, '').trim();
    if (!ok || tail !== '') continue;
    const sum = parts.reduce((t, g) => t + g.scaled, 0);
    const slack = parts.reduce((t, g) => t + precisionFen(g) / 2, 0) + precisionFen(w) / 2;
    if (Math.abs(sum - w.scaled) <= slack) continue;
    const over = sum > w.scaled;
    const digits = (v: number) => (v / 10 ** MONEY_UNITS[w.moneyUnit!]).toFixed(w.decimals).replace(/[^0-9]/g, '');
    if (!over && digitSlip(w.numberText.replace(/[^0-9]/g, ''), digits(sum)) === null) continue;
    const sumText = `${written(sum, parts)}${w.unit}`;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'colon-breakdown',
        severity: 'warning',
        message: `${w.label.replace(/\d{4}年度?/g, '').trim()}为${w.raw}，冒号后所列各项合计${sumText}，${over ? '多于' : '少于'}总数`,
        evidence: [quoteFigure(facts, w), ...parts.map((g) => quoteFigure(facts, g))],
        calculation: `${parts.map((g) => term(g, false)).join(' + ')} = ${sumText} ≠ ${w.raw}`,
      }),
    );
  }
  return out;
}

const ADJ = RULE_WORDS['budget-adjustment'];
/** A table cell's number as an integer at `decimals` places (1,234.5 → 123450 at 2), or null when the cell is no plain number. */
function cellNumber(text: string, decimals: number): number | null {
  const t = text.replace(/[,，\s]/g, '');
  const m = /^(-?\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return null;
  const frac = (m[2] ?? '').padEnd(decimals, '0');
  if (frac.length > decimals) return null;
  return Number(`${m[1]}${frac}`);
}

/**
 * A table setting out the year's budget change (年初预算 | 追加 | 调减 | 全年预算): in each row, year-start + additions −
 * cuts must be the year's budget. Preconditions (silent otherwise): a header row whose cells are, besides at most a
 * first label column, each exactly one of: a year-start budget (figure-relations adjustmentTable.initialWords), an addition (budget-adjustment
 * addWords), a cut (cutWords), the year's budget (adjustmentTable.adjustedWords) — one year-start, one year's budget, one addition
 * or more; the rows under it with a plain number in every such column (the unit need not be stated: the relation holds
 * in any). Within the rounding of the cells as written, else a 警告.
 */
export function adjustmentTableRows(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  for (const t of facts.tables) {
    const header = t.rows[0];
    if (!header || t.rows.length < 2) continue;
    const roles: ('initial' | 'add' | 'cut' | 'adjusted' | 'label')[] = [];
    for (let c = 0; c < header.length; c++) {
      const h = header[c]!.text.replace(/\s/g, '');
      type Role = 'initial' | 'add' | 'cut' | 'adjusted';
      const kinds = [
        relations.adjustmentTable.initialWords.some((w) => h.includes(w)) ? ('initial' as Role) : null,
        ADJ.addWords.some((w) => h.includes(w)) ? ('add' as Role) : null,
        ADJ.cutWords.some((w) => h.includes(w)) ? ('cut' as Role) : null,
        relations.adjustmentTable.adjustedWords.some((w) => h.includes(w)) ? ('adjusted' as Role) : null,
      ].filter((k): k is Role => k !== null);
      if (kinds.length === 1) roles.push(kinds[0]!);
      else if (c === 0 && kinds.length === 0 && !/\d/.test(h)) roles.push('label');
      else {
        roles.length = 0;
        break;
      }
    }
    if (roles.filter((r) => r === 'initial').length !== 1 || roles.filter((r) => r === 'adjusted').length !== 1 || !roles.includes('add')) continue;
    for (const row of t.rows.slice(1)) {
      if (row.length !== roles.length) continue;
      const cells = row.map((c, i) => (roles[i] === 'label' ? null : c));
      const decimals = Math.max(...cells.map((c) => (c ? (/\.(\d+)/.exec(c.text)?.[1]?.length ?? 0) : 0)));
      const values = cells.map((c) => (c ? cellNumber(c.text, decimals) : 0));
      if (values.some((v) => v === null)) continue;
      let computed = 0;
      let stated = 0;
      roles.forEach((r, i) => {
        const v = values[i]!;
        if (r === 'initial' || r === 'add') computed += v;
        else if (r === 'cut') computed -= v;
        else if (r === 'adjusted') stated = v;
      });
      const terms = roles.filter((r) => r !== 'label' && r !== 'adjusted').length;
      // Half a unit of the last place for each cell.
      if (Math.abs(computed - stated) <= (terms + 1) / 2) continue;
      const at = roles.indexOf('adjusted');
      const fmt = (v: number) => (v / 10 ** decimals).toFixed(decimals);
      const expr = roles.map((r, i) => (r === 'initial' ? fmt(values[i]!) : r === 'add' ? `+ ${fmt(values[i]!)}` : r === 'cut' ? `− ${fmt(values[i]!)}` : '')).filter((s) => s !== '').join(' ');
      out.push(
        finding({
          rule: 'budget-adjustment',
          shape: 'adjustment-table-row',
          severity: 'warning',
          message: `表中${header[at]!.text.trim()}为${row[at]!.text.trim()}，与${header[roles.indexOf('initial')]!.text.trim()}加追加、减调减之数${fmt(computed)}不符`,
          evidence: [quoteSpan(facts, { start: row[0]!.start, end: row[row.length - 1]!.end }), quoteSpan(facts, { start: header[0]!.start, end: header[header.length - 1]!.end })],
          calculation: `${expr} = ${fmt(computed)} ≠ ${fmt(stated)}`,
        }),
      );
    }
  }
  return out;
}

const IC = relations.indicatorCounts;

/** A category's name without its ending (产出指标 → 产出). */
function categoryOf(name: string): string {
  let s = name.replace(/[\s：:“”"]/g, '');
  for (const e of IC.categoryEndings) if (s.endsWith(e) && s.length > e.length) s = s.slice(0, -e.length);
  return s;
}

/**
 * `共设置绩效指标10个，其中产出指标5个、效益指标4个、满意度指标1个。指标完成情况见下表` over the table right below (指标类别 |
 * 指标名称 | … rows 产出 | … ): the counts by category against the table's rows. Preconditions (silent otherwise): the count
 * names indicators (indicatorCounts.countWords) and is broken down after 其中 into counts whose names end with a
 * category ending (产出指标 …); within indicatorCounts.linesBelow lines after the count's line, a table line whose first
 * cell is a category header (指标类别, 一级指标 …); the lines right under it (tab- or space-split) each with as many
 * cells, their first cell a category (blank: the one above); the categories of the rows exactly those stated. Then
 * each category's rows must be its count, and all rows the total. A 警告.
 */
export function indicatorCountsAgainstTable(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text, lineStarts } = facts;
  const lineEnd = (i: number): number => (i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : text.length);
  for (const d of facts.decompositions) {
    const total = d.total;
    if (total.kind !== 'count' || !IC.countWords.some((w) => total.label.includes(w)) || d.parts.length < 2) continue;
    if (!d.parts.every((p) => p.kind === 'count' && IC.categoryEndings.some((e) => p.label.trim().endsWith(e)))) continue;
    const stated = new Map(d.parts.map((p) => [categoryOf(p.label), p] as const));
    if (stated.size !== d.parts.length) continue;
    // The count's line, then the header within linesBelow lines.
    let li = 0;
    while (li + 1 < lineStarts.length && lineStarts[li + 1]! <= total.start) li++;
    let header = -1;
    for (let k = li + 1; k < lineStarts.length && k <= li + IC.linesBelow; k++) {
      const cells = tableLineCells(text, lineStarts[k]!, lineEnd(k));
      if (cells.length >= 2 && IC.categoryHeaders.includes(cells[0]!.text)) {
        header = k;
        break;
      }
    }
    if (header === -1) continue;
    const width = tableLineCells(text, lineStarts[header]!, lineEnd(header)).length;
    const rows = new Map<string, number>();
    let last = '';
    let n = 0;
    let k = header + 1;
    for (; k < lineStarts.length; k++) {
      const line = text.slice(lineStarts[k]!, lineEnd(k));
      if (!line.includes('\t') && !/\S {2,}\S/.test(line)) break;
      const cells = line.split(line.includes('\t') ? '\t' : /\s{2,}/);
      if (cells.length !== width) break;
      const cat = cells[0]!.trim() === '' ? last : categoryOf(cells[0]!);
      if (cat === '' || IC.totalRows.some((w) => cat.startsWith(w))) break;
      last = cat;
      rows.set(cat, (rows.get(cat) ?? 0) + 1);
      n++;
    }
    if (n === 0 || rows.size !== stated.size || [...rows.keys()].some((c) => !stated.has(c))) continue;
    const wrong = [...stated].filter(([c, p]) => p.scaled / 10 ** p.decimals !== rows.get(c));
    const totalValue = total.scaled / 10 ** total.decimals;
    if (wrong.length === 0 && totalValue === n) continue;
    const listed = [...rows].map(([c, m]) => `${c}${m}个`).join('、');
    out.push(
      finding({
        rule: 'count-mismatch',
        shape: 'indicator-counts-table',
        severity: 'warning',
        message: `写明${total.label.trim()}${total.raw}（${d.parts.map((p) => `${p.label.trim()}${p.raw}`).join('、')}），但下表列出${n}个：${listed}`,
        evidence: [quoteFigure(facts, total), ...wrong.map(([, p]) => quoteFigure(facts, p)), quoteSpan(facts, { start: lineStarts[header]!, end: lineEnd(header) })],
        calculation: `${[...rows.values()].join(' + ')} = ${n}${wrong.length > 0 ? `；${wrong.map(([c, p]) => `${c} ${rows.get(c)} ≠ ${p.raw}`).join('，')}` : ''}`,
      }),
    );
  }
  return out;
}
