/**
 * An amount told as over or under its budget (…发放基础养老金1045.28万元，超出预算金额99.56万元 / 基础养老金实际支出239.53万元，
 * 节余预算金额1.19万元), checked against the budgets its sentence states before it (申请基础养老金补贴945.72万元，缴费补贴
 * 46.36万元): the gap C = |X − B|, its direction (超出 when X > B).
 *
 * Preconditions (silent otherwise):
 * - X is the amount right before the gap (a comma between), C the amount of the gap, both money; the budgets are the
 *   other money amounts of the sentence before X (no change, no bound, no amount of an earlier gap);
 * - a budget B making the gap within rounding binds the pair: the direction is reported only when every such B moved
 *   the other way (超出 said where X < B) — direction-mismatch;
 * - no budget makes the gap: the gap is reported only when exactly one budget gives |X − B| differing from C in one
 *   digit or two neighbouring digits swapped (a slip of the pen, as lib/restated-values.ts reads it), X − B moving the
 *   way the word says — sum-mismatch;
 * - amounts taken as stated to two decimals at least (reports drop trailing zeros).
 * Warnings: the budget is bound by arithmetic, not by its name. Linear: one regex pass; each gap looks back over its
 * sentence (bounded).
 */
import relations from '../../../../data/audit/figure-relations.json' with { type: 'json' };
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS } from '../../../core/money.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { precisionFen, quoteFigure } from './evidence.ts';
import { digitSlip } from './restated-values.ts';

const WORDS = relations.budgetGap;
const GAP = new RegExp(
  `[，,]\\s{0,4}(${anyWord([...WORDS.overWords, ...WORDS.underWords])})了?\\s{0,4}(?:${anyWord(WORDS.budgetWords)})\\s{0,4}(?:${anyWord(WORDS.gapEndings)})?(?:为|了)?\\s{0,4}(?=\\d)`,
  'g',
);
const BLANK = /^\s{0,6}$/;
const OVER = new RegExp(`^(?:${anyWord(WORDS.overWords)})`);
/** How many figures of the sentence before X are looked at. */
const MAX_BUDGETS = 12;

function money(f: Figure | undefined): f is Figure {
  return f !== undefined && f.kind === 'money' && f.moneyUnit !== undefined && (f.currency === undefined || f.currency === 'CNY') && !f.qualifier;
}

export interface BudgetGap {
  readonly x: Figure;
  readonly gap: Figure;
  readonly over: boolean;
  readonly budgets: readonly Figure[];
}

const cache = new WeakMap<AuditFacts, BudgetGap[]>();

/** The gaps of a text with their X and the budgets before them. */
export function budgetGaps(facts: AuditFacts): BudgetGap[] {
  const hit = cache.get(facts);
  if (hit) return hit;
  const out: BudgetGap[] = [];
  const figures = facts.figures;
  let fi = 0;
  // The amounts of earlier gaps (an actual and its gap) are no budget of a later one.
  const told = new Set<number>();
  GAP.lastIndex = 0;
  for (let m = GAP.exec(facts.text); m; m = GAP.exec(facts.text)) {
    const at = m.index;
    while (fi < figures.length && figures[fi]!.end <= at) fi++;
    const x = figures[fi - 1];
    const gap = figures[fi];
    // Only blanks (a line break a PDF copy left) between X and the gap word, and between the word and the gap.
    if (!money(x) || !money(gap) || x.comparative || !BLANK.test(facts.text.slice(x.end, at)) || !BLANK.test(facts.text.slice(at + m[0].length, gap.start))) continue;
    const budgets: Figure[] = [];
    for (let k = fi - 2; k >= 0 && fi - 2 - k < MAX_BUDGETS; k--) {
      const g = figures[k]!;
      if (g.sentence !== x.sentence) break;
      if (money(g) && !g.comparative && !told.has(g.start)) budgets.push(g);
    }
    told.add(x.start).add(gap.start);
    if (budgets.length > 0) out.push({ x, gap, over: OVER.test(m[1]!), budgets });
  }
  cache.set(facts, out);
  return out;
}

function slack(...figures: readonly Figure[]): number {
  return figures.reduce((s, f) => s + precisionFen(f) / 2, 0);
}

/** direction-mismatch: 超出 said of an amount below its budget, or 节余 of one above it, the gap confirming the budget. */
export function budgetGapDirections(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  for (const g of budgetGaps(facts)) {
    const fitting = g.budgets.filter((b) => Math.abs(Math.abs(g.x.scaled - b.scaled) - g.gap.scaled) <= slack(g.x, b, g.gap));
    if (fitting.length === 0) continue;
    const wrong = fitting.filter((b) => (g.over ? g.x.scaled < b.scaled - slack(g.x, b) : g.x.scaled > b.scaled + slack(g.x, b)));
    if (wrong.length !== fitting.length) continue;
    const b = wrong[0]!;
    out.push(
      finding({
        rule: 'direction-mismatch',
        shape: 'budget-gap-direction',
        severity: 'warning',
        message: `变动方向有误：${g.x.raw}${g.over ? '低于' : '高于'}预算${b.raw}，应为${g.over ? '节余' : '超出预算'}${g.gap.raw}，文中写为${g.over ? '超出' : '节余'}`,
        evidence: [quoteFigure(facts, g.gap), quoteFigure(facts, g.x), quoteFigure(facts, b)],
        calculation: `${g.x.raw} − ${b.raw} = ${g.over ? '−' : ''}${g.gap.raw}`,
      }),
    );
  }
  return out;
}

/** sum-mismatch: a gap one digit off |X − B| for the one budget B that gives such a value. */
export function budgetGapAmounts(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  for (const g of budgetGaps(facts)) {
    if (g.gap.scaled <= 0 || g.budgets.some((b) => Math.abs(Math.abs(g.x.scaled - b.scaled) - g.gap.scaled) <= slack(g.x, b, g.gap))) continue;
    const step = Math.max(precisionFen(g.gap), precisionFen(g.x));
    const stated = String(Math.round(g.gap.scaled / step));
    const slips = g.budgets.filter((b) => {
      const diff = g.x.scaled - b.scaled;
      if (g.over ? diff <= 0 : diff >= 0) return false;
      return digitSlip(String(Math.round(Math.abs(diff) / step)), stated) !== null;
    });
    if (slips.length !== 1) continue;
    const b = slips[0]!;
    const should = Math.abs(g.x.scaled - b.scaled);
    const shown = `${(should / 10 ** MONEY_UNITS[g.gap.moneyUnit!]).toFixed(Math.max(2, g.gap.decimals))}${g.gap.unit}`;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'budget-gap-amount',
        severity: 'warning',
        message: `${g.over ? '超出预算' : '节余'}金额写为${g.gap.raw}，按${g.x.raw}与预算${b.raw}计算应为${shown}`,
        evidence: [quoteFigure(facts, g.gap), quoteFigure(facts, g.x), quoteFigure(facts, b)],
        calculation: `|${g.x.raw} − ${b.raw}| = ${shown} ≠ ${g.gap.raw}`,
        difference: Math.abs(should - g.gap.scaled),
      }),
    );
  }
  return out;
}
