/**
 * An execution rate closing a clause of two amounts (percent-mismatch): `年度预算620.00万元，实际支出608.45万元，执行率
 * 98.41%`, `两庭及装备更新维护195.00万元，年末结算支出185万元，项目资金支出进度比率为100%` — the clause (from the last ；/。 or
 * the sentence's start to the rate) states the budget A, the spent amount B and R = B ÷ A.
 *
 * Preconditions (silent otherwise):
 * - the clause holds exactly two amounts before the rate, both money, neither a change nor a bound, and nothing else
 *   that is a figure; the second is labelled as spent (支出, 拨付, 结算 …: figure-relations.json clauseRate.spentWords),
 *   the first is not (or the other way round when the second names a budget: 预算, 计划 …: budgetWords);
 * - the rate's label names an execution rate: one of clauseRate.rateWords, then at most six characters, then an ending
 *   (率, 比率, 比例, 进度), and no word of a comparison (增长, 上年, 占 …: notRateWords);
 * - B ÷ A is not R × 10^±4 (a unit slip: the unit rule's);
 * - tolerance: the rounding of A and B (taken as stated to two decimals at least) and of R, and one more unit of R's
 *   last digit.
 * An error: the clause itself names the budget, the spending and the rate. Linear: one pass over the figures, each
 * rate looking back over its clause (bounded).
 */
import relations from '../../../../data/audit/figure-relations.json' with { type: 'json' };
import { type Finding, finding } from '../../../core/finding.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { precisionFen, quoteFigure } from './evidence.ts';

const WORDS = relations.clauseRate;
const RATE = new RegExp(`(?:${anyWord(WORDS.rateWords)})[^，,；;。]{0,6}(?:${anyWord(WORDS.rateEndings)})(?:为|达到?|是)?$`);
const NOT_RATE = new RegExp(anyWord(WORDS.notRateWords));
const SPENT = new RegExp(anyWord(WORDS.spentWords));
const BUDGET = new RegExp(anyWord(WORDS.budgetWords));
const CLAUSE_END = new Set(['；', ';', '。']);
/** How far back a clause is read. */
const MAX_CLAUSE = 160;

function money(f: Figure): boolean {
  return f.kind === 'money' && f.moneyUnit !== undefined && (f.currency === undefined || f.currency === 'CNY') && !f.comparative && !f.qualifier;
}

export function clauseRates(facts: AuditFacts): Finding[] {
  const text = facts.text;
  const figures = facts.figures;
  const out: Finding[] = [];
  for (let i = 2; i < figures.length; i++) {
    const r = figures[i]!;
    if (r.kind !== 'percent' || r.qualifier || !RATE.test(r.label) || NOT_RATE.test(r.label)) continue;
    // The clause: back to a ；/。 or its sentence's start (a line break a PDF copy left inside a sentence ends nothing).
    const sentenceStart = facts.sentences[r.sentence]?.start ?? 0;
    let clauseStart = r.start;
    while (clauseStart > sentenceStart && r.start - clauseStart < MAX_CLAUSE && !CLAUSE_END.has(text[clauseStart - 1]!)) clauseStart--;
    let a = figures[i - 2]!;
    let b = figures[i - 1]!;
    if (a.start < clauseStart || (i >= 3 && figures[i - 3]!.end > clauseStart)) continue;
    if (!money(a) || !money(b)) continue;
    // The spent amount told first and the budget after it (执行数B，预算数A，执行率R%).
    if (SPENT.test(a.label) && !SPENT.test(b.label) && BUDGET.test(b.label) && !BUDGET.test(a.label)) [a, b] = [b, a];
    if (!SPENT.test(b.label) || SPENT.test(a.label)) continue;
    const A = a.scaled;
    const B = b.scaled;
    const ha = precisionFen(a) / 2;
    const hb = precisionFen(b) / 2;
    if (A - ha <= 0) continue;
    const rate = r.scaled / 10 ** r.decimals;
    const rh = 0.5 * 10 ** -r.decimals;
    const lo = ((B - hb) / (A + ha)) * 100;
    const hi = ((B + hb) / (A - ha)) * 100;
    if (rate + rh * 3 >= lo && rate - rh * 3 <= hi) continue;
    const computed = (B / A) * 100;
    const ratio = computed / Math.max(rate, Number.MIN_VALUE);
    if (ratio > 1000 || ratio < 0.001) continue;
    const pct = computed.toFixed(Math.max(2, r.decimals));
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'clause-rate',
        severity: 'error',
        message: `${r.label.replace(/(?:为|达到?|是)$/, '').slice(-12)}写为${r.raw}，按${b.raw}÷${a.raw}计算应为${pct}%`,
        evidence: [quoteFigure(facts, r), quoteFigure(facts, b), quoteFigure(facts, a)],
        calculation: `${b.raw} ÷ ${a.raw} = ${pct}% ≠ ${r.raw}`,
      }),
    );
  }
  return out;
}
