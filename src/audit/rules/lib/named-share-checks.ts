/**
 * A share of a whole the sentence names by an equivalent name (percent-mismatch): `实际采购195.47万元，其中…；授予中小企业
 * 合同金额156.06万元，占采购总额的84.79%` — the whole 采购总额 is the amount stated as 实际采购, so R = 156.06 ÷ 195.47.
 *
 * Preconditions (silent otherwise):
 * - the part A is the amount (money, or a count) right before 占 (a comma between at most), not the last of a list joined by 、/和 (its
 *   rate may be one of a list: A、B和C，占…的R1、R2和R3), and the rate is not followed by another (、R2);
 * - the whole W is the one amount of A's kind (a count of its measure word) of the sentence and the one before (same paragraph) whose label, without its
 *   year, quotes and an opening word (实际, 全年, 本年 …: figure-relations.json namedShare.labelOpenings), is the whole's
 *   name without its ending (总额, 合计 …: wholeEndings) — the same words, not a sibling (上划中央收入 is no 收入);
 * - W is larger than A, and R fits A ÷ W for no amount of those sentences (a whole chosen otherwise would agree);
 * - tolerance: the rounding of A, W and R as written, and one more unit of R's last digit (a rate cut, not rounded).
 * A warning: the whole is bound by its name, not by the same words. Linear: one regex pass, each share looking at the
 * figures of two sentences (a bounded window).
 */
import relations from '../../../../data/audit/figure-relations.json' with { type: 'json' };
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS } from '../../../core/money.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { quoteFigure, quoteSpan } from './evidence.ts';

const WORDS = relations.namedShare;
const SHARE = /占([\u4e00-\u9fff“”"（）()]{2,16}?)的?(?:比重|比例)?(?:为|达到?|是)?(\d+(?:\.\d+)?)%/g;
const WHOLE_END = new RegExp(`(?:${anyWord(WORDS.wholeEndings)})$`);
const LABEL_OPEN = new RegExp(`^(?:${anyWord(WORDS.labelOpenings)})`);
const NOISE = /[\s“”"'‘’「」《》（）()、，,：:]|(?:19|20)\d{2}年度?|截至[^，,]{0,14}/g;
/** A rate that is one of a list (…的22.8%、42.7%和34.5%). */
const RATE_LIST_NEXT = /^[、和及与]\s*\d/;
/** How many figures before the part are looked at for the whole (two sentences of a report hold fewer). */
const MAX_LOOKBACK = 40;

function coreOfWhole(name: string): string {
  const plain = name.replace(NOISE, '');
  const core = plain.replace(WHOLE_END, '');
  return core.length >= 2 ? core : plain;
}

function coreOfLabel(label: string): string {
  let t = label.replace(NOISE, '');
  // The label's own last clause only (…，实际采购).
  t = t.replace(LABEL_OPEN, '');
  return t.replace(WHOLE_END, '');
}

/** The value of an amount (元 for money, the count for a count) and half a unit of its last digit. */
function yuan(f: Figure): { value: number; half: number } {
  if (f.kind === 'count') return { value: f.scaled / 10 ** f.decimals, half: 0.5 * 10 ** -f.decimals };
  const scale = 10 ** (MONEY_UNITS[f.moneyUnit!] - 2);
  return { value: f.scaled / 100, half: 0.5 * 10 ** -f.decimals * scale };
}

/** Money in 人民币, or a count; neither a change nor a bound. */
function amount(f: Figure): boolean {
  if (f.comparative || f.qualifier) return false;
  if (f.kind === 'count') return f.unit !== '';
  return f.kind === 'money' && f.moneyUnit !== undefined && (f.currency === undefined || f.currency === 'CNY');
}

/** Two amounts of one kind: money with money, counts of one measure word. */
function alike(a: Figure, b: Figure): boolean {
  return a.kind === b.kind && (a.kind === 'money' || a.unit === b.unit);
}

/** Whether R% is A ÷ W within the rounding of all three and one more unit of R's last digit. */
function fits(a: Figure, w: Figure, r: number, rHalf: number): boolean {
  const A = yuan(a);
  const W = yuan(w);
  if (W.value - W.half <= 0) return false;
  const lo = ((A.value - A.half) / (W.value + W.half)) * 100;
  const hi = ((A.value + A.half) / (W.value - W.half)) * 100;
  return r + rHalf * 3 >= lo && r - rHalf * 3 <= hi;
}

export function namedShares(facts: AuditFacts): Finding[] {
  const text = facts.text;
  const figures = facts.figures;
  const out: Finding[] = [];
  let fi = 0;
  SHARE.lastIndex = 0;
  for (let m = SHARE.exec(text); m; m = SHARE.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (RATE_LIST_NEXT.test(text.slice(end, end + 3))) continue;
    while (fi < figures.length && figures[fi]!.end <= at) fi++;
    const ai = fi - 1;
    const a = figures[ai];
    if (!a || !amount(a) || !/^[，,]?\s*$/.test(text.slice(a.end, at))) continue;
    // The last of a list joined by 、/和 (A、B和C，占…): the figure before stands in the same clause.
    const prev = figures[ai - 1];
    if (prev && prev.sentence === a.sentence && !/[，,；;。：:]/.test(text.slice(prev.end, a.start))) continue;
    const core = coreOfWhole(m[1]!);
    if (core.length < 2) continue;
    const paragraph = facts.sentences[a.sentence]?.paragraph;
    const candidates: Figure[] = [];
    for (let k = ai - 1; k >= 0 && ai - k <= MAX_LOOKBACK; k--) {
      const g = figures[k]!;
      if (g.sentence < a.sentence - 1) break;
      if (facts.sentences[g.sentence]?.paragraph !== paragraph) break;
      if (amount(g) && alike(g, a)) candidates.push(g);
    }
    const named = candidates.filter((g) => coreOfLabel(g.label) === core);
    if (named.length !== 1) continue;
    const w = named[0]!;
    if (yuan(w).value <= yuan(a).value) continue;
    const r = Number(m[2]);
    const rHalf = 0.5 * 10 ** -((m[2]!.split('.')[1] ?? '').length);
    if (candidates.some((g) => fits(a, g, r, rHalf))) continue;
    const computed = (yuan(a).value / yuan(w).value) * 100;
    const pct = computed.toFixed(Math.max(2, (m[2]!.split('.')[1] ?? '').length));
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'named-whole-share',
        severity: 'warning',
        message: `占比写为${m[2]}%，按${a.raw}占“${m[1]}”（即${w.label.replace(NOISE, '')}${w.raw}）计算应为${pct}%`,
        evidence: [quoteSpan(facts, { start: at, end }), quoteFigure(facts, a), quoteFigure(facts, w)],
        calculation: `${a.raw} ÷ ${w.raw} = ${pct}% ≠ ${m[2]}%`,
      }),
    );
  }
  return out;
}
