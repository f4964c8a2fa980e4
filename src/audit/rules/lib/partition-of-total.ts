/**
 * 全年预算4,556.70万元。按资金来源划分：一般公共预算资金2,316.70万元，政府性基金预算资金1,480.00万元，上级转移支付资金
 * 820.00万元: a sentence that opens with a partition word (按资金来源划分：, 按支出性质分：) right after the sentence of a
 * total, and lists the total's parts by that one criterion — a partition, so the parts must add up to the total
 * (sum-mismatch, shape partition-of-total).
 *
 * Preconditions (silent otherwise): the sentence opens with 按, two to eight characters, then a partitionEndings word
 * and a colon or comma (rule-words sum-mismatch partitionEndings); the total is the last amount of the sentence right
 * before it, in the same paragraph, no change, bound or part (其中 in its label); the parts are every amount of the
 * partition's sentence, two or more, of the total's currency, none a change, bound, 其中 part or per-cent-led share,
 * each no larger than the total; a nested 其中 inside the sentence leaves it unread.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { RULE_WORDS } from '../../config.ts';
import { firstFigureAtOrAfter } from '../../facts/figure-search.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { inUnit, quoteFigure, quoteSpan, roundingSlack } from './evidence.ts';

const MARKER = new RegExp(`^按[\\u4e00-\\u9fff]{2,8}?(?:${anyWord(RULE_WORDS['sum-mismatch'].partitionEndings)})[：:，,]`);

export function partitionOfTotal(facts: AuditFacts): Finding[] {
  const out: Finding[] = [];
  const { text, sentences, figures } = facts;
  if (!text.includes('按')) return out;
  for (let s = 1; s < sentences.length && out.length < 10; s++) {
    const sentence = sentences[s]!;
    let start = sentence.start;
    while (start < sentence.end && /\s/.test(text[start]!)) start++;
    if (text[start] !== '按') continue;
    const m = MARKER.exec(text.slice(start, Math.min(sentence.end, start + 16)));
    if (!m) continue;
    const previous = sentences[s - 1]!;
    if (previous.paragraph !== sentence.paragraph) continue;
    const body = text.slice(start + m[0].length, sentence.end);
    if (body.includes('其中')) continue;
    const from = firstFigureAtOrAfter(figures, start);
    const parts: Figure[] = [];
    for (let k = from; k < figures.length && figures[k]!.start < sentence.end; k++) parts.push(figures[k]!);
    const before = figures.slice(firstFigureAtOrAfter(figures, previous.start), from).filter((f) => f.sentence === s - 1);
    const total = before[before.length - 1];
    if (!total || total.kind !== 'money' || total.comparative || total.qualifier || total.label.includes('其中') || total.scaled <= 0) continue;
    if (parts.length < 2 || parts.some((p) => p.kind !== 'money' || p.currency !== total.currency || p.comparative || p.qualifier || p.scaled > total.scaled)) continue;
    const sum = parts.reduce((acc, p) => acc + p.scaled, 0);
    if (Math.abs(sum - total.scaled) <= roundingSlack([total, ...parts])) continue;
    const u = total.moneyUnit;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'partition-of-total',
        severity: 'warning',
        message: `“${total.label || total.subject}”${total.raw}，${m[0].replace(/[：:，,]$/, '')}所列${parts.length}项合计${inUnit(sum, u)}${u ?? '元'}，两者不符`,
        evidence: [quoteFigure(facts, total), quoteSpan(facts, { start, end: parts[parts.length - 1]!.end })],
        calculation: `${parts.map((p) => inUnit(p.scaled, u)).join(' + ')} = ${inUnit(sum, u)} ≠ ${inUnit(total.scaled, u)}`,
      }),
    );
  }
  return out;
}
