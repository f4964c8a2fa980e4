/**
 * compared-facts (direction-mismatch): a quantity followed right after its clause break by a comparison word and
 * another quantity of the same kind and unit — 预算执行率98.12%，低于上年的96.45% — states an order of the two that their
 * values must bear out (98.12 > 96.45: 低于 is wrong). General: it reads no subject, only the two values and the word.
 * Preconditions (silent otherwise): the first quantity is a level, not a change (比上年增加 …); between it and the
 * comparison word at most a clause break and an adverb (fact-table.json comparisonAdverbs); between the word and the
 * second quantity at most MAX_BASE characters of words with no digit and no clause stop (上年的, 全省平均水平); both
 * money (in 分), both rates (%), or counts of one measure word; the two values differ beyond their rounding.
 * Severity: a 警告 (warning). Words: data/audit/fact-table.json comparisonWords (with the order each states).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS, type MoneyUnit } from '../../../core/money.ts';
import { FACT_TABLE_WORDS } from '../../config.ts';
import { pow10 } from '../../facts/plain-amount.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import { quoteSpan } from './evidence.ts';

const WORDS = FACT_TABLE_WORDS.comparisonWords;
const ORDER = new Map(WORDS.map((w) => [w.word, w.order]));
const BETWEEN = new RegExp(`^[，,]?\\s*(?:${anyWord(FACT_TABLE_WORDS.comparisonAdverbs)})?(${anyWord(WORDS.map((w) => w.word).sort((a, b) => b.length - a.length))})([^\\d，,。；;：:\\n]{0,8})$`);
const FINE = 4;

/** A figure's value and rounding in one scale per kind: 分 for money, 1/10000 otherwise; null where not compared. */
function scaled(f: Figure): { value: number; step: number; sort: string } | null {
  if (f.kind === 'money') {
    const unit = f.moneyUnit as MoneyUnit | undefined;
    if (!unit) return null;
    return { value: f.scaled, step: pow10(Math.max(0, MONEY_UNITS[unit] - f.decimals)), sort: 'money' };
  }
  if (f.kind === 'score' || f.decimals > FINE) return null;
  return { value: f.scaled * pow10(FINE - f.decimals), step: pow10(FINE - f.decimals), sort: `${f.kind}:${f.unit}` };
}

export function comparedFacts(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const text = facts.text;
  const figures = facts.figures;
  for (let i = 0; i + 1 < figures.length && out.length < 100; i++) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (a.sentence !== b.sentence || a.comparative || a.qualifier) continue;
    const m = BETWEEN.exec(text.slice(a.end, b.start));
    if (!m) continue;
    const va = scaled(a);
    const vb = scaled(b);
    if (!va || !vb || va.sort !== vb.sort) continue;
    if (Math.abs(va.value - vb.value) <= Math.max(va.step, vb.step) / 2) continue;
    const order = ORDER.get(m[1]!);
    const holds = order === 'gt' ? va.value > vb.value : va.value < vb.value;
    if (holds) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        severity: 'warning',
        shape: 'compared-facts',
        message: `比较词“${m[1]}”与数字不符：${a.raw}${order === 'gt' ? '并不高于' : '并不低于'}${b.raw}`,
        evidence: [quoteSpan(facts, { start: a.start, end: b.end })],
        calculation: `${a.raw} ${va.value > vb.value ? '>' : '<'} ${b.raw}`,
      }),
    );
  }
  return out;
}
