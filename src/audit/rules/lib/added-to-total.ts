/**
 * A total told as an amount plus what is added to it (全市一般公共预算收入安排77.6亿元…。加上上级补助收入54.3亿元、…和动用预算
 * 稳定调节基金6.6亿元，收入总计222.7亿元): the 总计 is the first amount plus every amount after 加上.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { GRAMMAR, RULE_WORDS } from '../../config.ts';
import { charCodes } from '../../facts/char-codes.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { inUnit, quoteFigure, roundingSlack } from './evidence.ts';

const OPENERS = RULE_WORDS['sum-mismatch'].addedTotalOpeners;
const CLOSING = GRAMMAR.closingTotalWords;
/** Each closing word as it may end the words before a total: alone, or with 为 / 达 after it (made once, not per figure). */
const CLOSING_ENDINGS = CLOSING.map((w) => [w, `${w}为`, `${w}达`] as const);
/** The last character of each closing word: where none is among the 8 characters before a figure, no closing word is. */
const CLOSING_LAST_CODES = charCodes(CLOSING.map((w) => w.slice(-1)).join(''));

/** Whether text[from, to) holds one of `codes` (read in place: no copy of the span for the figures that have none). */
function holdsCode(text: string, from: number, to: number, codes: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k++) if (codes.has(text.charCodeAt(k))) return true;
  return false;
}

function plainMoney(f: Figure, like: Figure): boolean {
  return f.kind === 'money' && f.currency === like.currency && !f.comparative && !f.qualifier && f.scaled > 0;
}

/**
 * Preconditions (silent otherwise): the total T is money whose label ends with 总计 / 合计 after a side word of two
 * characters or more (收入总计, 支出总计); in T's sentence, before T, a clause opens with an addedTotalOpeners word (加上)
 * and every figure from there to T is plain money of T's currency (the addends, one at least; the parts of an
 * addend's own 其中 list and a figure in brackets are not added); the base is the first
 * plain money figure of T's paragraph, before the opener, and its label holds T's side word (收入安排 for 收入总计);
 * every other plain money figure between the base and the opener is a part of a 其中 list of the base (税收收入,
 * 非税收入 under 收入安排77.6亿元). The sum may differ from T by the rounding of the figures (half a unit of each
 * one's last digit). Where such a part stands between, the addends may go on from it instead of the base: a total
 * that one of those parts plus the addends makes is no mismatch.
 */
export function addedToTotal(facts: AuditFacts): Finding[] {
  const { text, figures } = facts;
  const out: Finding[] = [];
  const partsOf = new Map<Figure, Set<Figure>>();
  for (const d of facts.decompositions) partsOf.set(d.total, new Set([...(partsOf.get(d.total) ?? []), ...d.parts]));
  for (let i = 1; i < figures.length; i++) {
    const t = figures[i]!;
    if (t.kind !== 'money' || t.comparative || t.qualifier) continue;
    // The closing word stands right before the figure (the reader takes it out of the label: ，收入总计222.7亿元 → 收入).
    if (!holdsCode(text, Math.max(0, t.start - 8), t.start, CLOSING_LAST_CODES)) continue;
    const lead = text.slice(Math.max(0, t.start - 8), t.start).replace(/\s/g, '');
    const closing = CLOSING_ENDINGS.find(([w, wei, da]) => lead.endsWith(w) || lead.endsWith(wei) || lead.endsWith(da))?.[0];
    if (!closing) continue;
    const label = t.label.replace(/[，,。；;：:\s]/g, '');
    const side = label.endsWith(closing) ? label.slice(0, -closing.length) : label;
    if (side.length < 2) continue;
    const sentence = facts.sentences[t.sentence];
    if (!sentence) continue;
    // The opener: the last 加上 of T's sentence before T, opening a clause.
    let opener = -1;
    for (const w of OPENERS) {
      let k = text.lastIndexOf(w, t.start);
      while (k >= sentence.start && k !== -1) {
        const prev = text[k - 1] ?? '';
        if (k === sentence.start || '，,。；;\n'.includes(prev)) break;
        k = text.lastIndexOf(w, k - 1);
      }
      if (k >= sentence.start && k > opener) opener = k;
    }
    if (opener === -1) continue;
    // The addends, less the parts of an addend's own 其中 (加上转移性收入38.18亿元，其中：税收返还收入…，收入合计43.43亿元).
    const after = figures.slice(0, i).filter((f) => f.start > opener && f.sentence === t.sentence);
    const nested = new Set(after.flatMap((f) => [...(partsOf.get(f) ?? [])]));
    // A figure in brackets is a note on the addend before it (安排预算稳定调节基金28478万元（累计稳定调节基金43429万元）).
    const bracketed = (f: Figure): boolean => {
      const between = text.slice(opener, f.start);
      return (between.match(/[（(]/g)?.length ?? 0) > (between.match(/[）)]/g)?.length ?? 0);
    };
    const addends = after.filter((f) => !nested.has(f) && !bracketed(f));
    if (addends.length === 0 || !addends.every((f) => plainMoney(f, t))) continue;
    // The base: the first plain money figure of T's paragraph, before the opener.
    const before = figures.slice(0, i).filter((f) => f.paragraph === t.paragraph && f.end <= opener && plainMoney(f, t));
    const base = before[0];
    if (!base?.label.includes(side)) continue;
    const parts = partsOf.get(base) ?? new Set<Figure>();
    if (!before.slice(1).every((f) => parts.has(f))) continue;
    const terms = [base, ...addends];
    const sum = terms.reduce((s, f) => s + f.scaled, 0);
    const tolerance = roundingSlack([...terms, t]);
    if (Math.abs(sum - t.scaled) <= tolerance) continue;
    // 总收入A，其中地方一般公共预算收入B；加上上级补助收入…，收入合计T: after a part of the base's 其中 the amounts added
    // may go on from that part (the local revenue) as well as from the whole: with one of them as the base the total holds.
    const addendSum = sum - base.scaled;
    if (before.slice(1).some((p) => Math.abs(addendSum + p.scaled - t.scaled) <= roundingSlack([p, ...addends, t]))) continue;
    const u = t.moneyUnit;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'added-to-total',
        severity: 'error',
        message: `“${side}${closing}”为${t.raw}，但${base.raw}加上其后所列${addends.length}项合计${inUnit(sum, u)}${u ?? '元'}，${sum > t.scaled ? '多' : '少'}${inUnit(Math.abs(sum - t.scaled), u)}${u ?? '元'}`,
        evidence: [quoteFigure(facts, t), quoteFigure(facts, base), ...addends.map((f) => quoteFigure(facts, f))],
        calculation: `${terms.map((f) => f.numberText).join(' + ')} = ${inUnit(sum, u)} ≠ ${t.numberText}`,
      }),
    );
  }
  return out;
}
