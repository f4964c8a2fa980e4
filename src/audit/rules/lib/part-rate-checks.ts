/**
 * A rate named after the part of a whole it measures (percent-mismatch): `回收有效问卷376份，其中表示满意和基本满意的349份，
 * 满意度为94.3%` — the rate's name (满意度) names the part (满意…349份), and 其中 makes the amount before the part its whole,
 * so R = 349 ÷ 376.
 *
 * Preconditions (silent otherwise):
 * - the rate's label ends with its name (…率 / …度: figure-relations.json partRate.rateEndings, a link word 为 / 达 after
 *   it at most); the name's last two characters before the ending (its stem: 满意, 合格) stand in the label of exactly one
 *   amount of the rate's sentence before it — the part;
 * - the figure right before the part, in the same sentence, is of the part's kind and unit (counts of one measure word,
 *   or money), and 其中 stands between the two: the whole;
 * - R fits P ÷ X for no other amount X of the sentence of that kind and unit (another whole may be meant: the
 *   questionnaires sent out rather than those returned);
 * - tolerance: half a unit of R's last digit and one more unit (a rate cut rather than rounded), and the rounding of
 *   the amounts as written.
 * An error: the part and the whole are named by the sentence itself. Linear: one pass over the figures, each rate
 * looking back over its own sentence.
 */
import relations from '../../../../data/audit/figure-relations.json' with { type: 'json' };
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS } from '../../../core/money.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { quoteFigure } from './evidence.ts';

const WORDS = relations.partRate;
const RATE_NAME = new RegExp(`([\\u4e00-\\u9fff]{2,12})(?:${anyWord(WORDS.rateEndings)})(?:${anyWord(WORDS.links)})?$`);
const PART_OPENER = new RegExp(anyWord(WORDS.partOpeners));
/** The most figures of a sentence looked back over. */
const MAX_BACK = 30;

function sameKind(a: Figure, b: Figure): boolean {
  if (a.kind === 'count' && b.kind === 'count') return a.unit === b.unit;
  return a.kind === 'money' && b.kind === 'money' && a.moneyUnit !== undefined && b.moneyUnit !== undefined;
}

/** The value of a figure in its own unit (money in 分), with half a unit of its last digit. */
function amountOf(f: Figure): { value: number; half: number } {
  if (f.kind === 'money') return { value: f.scaled, half: 0.5 * 10 ** Math.max(0, MONEY_UNITS[f.moneyUnit ?? '元'] - f.decimals) };
  return { value: f.scaled / 10 ** f.decimals, half: 0.5 * 10 ** -f.decimals };
}

function fits(part: Figure, whole: Figure, rate: number, rateHalf: number): boolean {
  const p = amountOf(part);
  const w = amountOf(whole);
  if (w.value - w.half <= 0) return false;
  const lo = ((p.value - p.half) / (w.value + w.half)) * 100;
  const hi = ((p.value + p.half) / (w.value - w.half)) * 100;
  return rate + rateHalf * 3 >= lo && rate - rateHalf * 3 <= hi;
}

export function partRates(facts: AuditFacts): Finding[] {
  const figures = facts.figures;
  const out: Finding[] = [];
  for (let i = 0; i < figures.length; i++) {
    const r = figures[i]!;
    if (r.kind !== 'percent' || r.comparative || r.qualifier) continue;
    const name = RATE_NAME.exec(r.label);
    if (!name) continue;
    const stem = name[1]!.slice(-2);
    const before: Figure[] = [];
    for (let k = i - 1; k >= 0 && i - k <= MAX_BACK && figures[k]!.sentence === r.sentence; k--) before.push(figures[k]!);
    const parts = before.filter((g) => (g.kind === 'count' || g.kind === 'money') && !g.comparative && !g.qualifier && g.label.includes(stem));
    if (parts.length !== 1) continue;
    const part = parts[0]!;
    const pi = figures.indexOf(part, i - MAX_BACK);
    const whole = figures[pi - 1];
    if (!whole || whole.sentence !== part.sentence || whole.comparative || whole.qualifier || !sameKind(whole, part)) continue;
    if (!PART_OPENER.test(facts.text.slice(whole.end, part.start))) continue;
    const rate = r.scaled / 10 ** r.decimals;
    const rateHalf = 0.5 * 10 ** -r.decimals;
    if (whole.scaled <= part.scaled) continue;
    if (before.some((g) => g !== part && sameKind(g, part) && !g.comparative && fits(part, g, rate, rateHalf))) continue;
    const p = amountOf(part).value;
    const w = amountOf(whole).value;
    const pct = ((p / w) * 100).toFixed(Math.max(2, r.decimals));
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'part-rate',
        severity: 'error',
        message: `${name[0]!.replace(new RegExp(`(?:${anyWord(WORDS.links)})$`), '')}写为${r.raw}，按${part.raw}占${whole.raw}计算应为${pct}%`,
        evidence: [quoteFigure(facts, r), quoteFigure(facts, part), quoteFigure(facts, whole)],
        calculation: `${part.raw} ÷ ${whole.raw} = ${pct}% ≠ ${r.raw}`,
      }),
    );
  }
  return out;
}
