/**
 * A change told from one amount to another (由2.66亿元增加到4.559亿元，增长71.4% / 从A降至B，下降R%): the rate is
 * (B − A) ÷ A, both amounts named by the sentence itself.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { inUnit, precisionFen, quoteFigure } from './evidence.ts';

/** A year (or a masked one, 202x) and 的 that may stand before an amount: 由2019年的A / 增加到2023年底的B. */
const YEAR_BEFORE = '(?:[\\dxX]{4}年(?:度|末|底)?的?)?';
/** 由 / 从 right before the earlier amount. */
const FROM = new RegExp(`(?:由|从)\\s*${YEAR_BEFORE}\\s*$`);
const UP_TO = ['增加到', '增加至', '增长到', '增长至', '增至', '提高到', '提高至', '提升到', '提升至', '上升到', '上升至'];
const DOWN_TO = ['减少到', '减少至', '下降到', '下降至', '降至', '降低到', '降低至', '减至'];
/** Between the two amounts: the word of the change's end point, a year at most. */
const TO = new RegExp(`^\\s*(${[...UP_TO, ...DOWN_TO].join('|')})\\s*${YEAR_BEFORE}\\s*$`);
/** Between the later amount and the rate: a comma and the rate's own word (增长了 / 增长比例达 / 下降幅度为). */
const RATE = /^\s*[，,]\s*(?:同比|累计|共)?(增长|增加|提高|提升|上升|下降|减少|降低)(?:了)?(?:比例|幅度|率)?(?:达到|达|为|是)?\s*$/;
const UP_RATE = ['增长', '增加', '提高', '提升', '上升'];

/**
 * Preconditions (silent otherwise): 由/从 right before amount A (a year between at most), a to-word (增加到, 降至 …)
 * alone between A and amount B, B's clause ended by a comma and a rate word right before the rate, all in one
 * sentence; A and B money of one currency, A > 0, B no threshold; the to-word, the rate word and
 * B − A of one direction (a contradiction of words is the direction rule's). The rate must lie within what the
 * rounding of A, B and the rate allows; a miss within one unit of the rate's last digit is a 提示.
 */
export function fromToRates(facts: AuditFacts): Finding[] {
  const { text, figures } = facts;
  const out: Finding[] = [];
  for (let i = 2; i < figures.length; i++) {
    const r = figures[i]!;
    if (r.kind !== 'percent' || r.unit !== '%') continue;
    const b = figures[i - 1]!;
    const a = figures[i - 2]!;
    if (a.kind !== 'money' || b.kind !== 'money' || a.currency !== b.currency || a.sentence !== r.sentence || b.sentence !== r.sentence) continue;
    // A after 由/从 is read as a reference (qualifier) and both may be read as comparative (由A, 增加到B name a
    // change): the sentence itself says A is the base and B the end, which is all that is used here.
    if (b.qualifier || a.scaled <= 0) continue;
    const rate = RATE.exec(text.slice(b.end, r.start));
    const to = TO.exec(text.slice(a.end, b.start));
    if (!rate || !to || !FROM.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    const up = UP_TO.includes(to[1]!);
    if (UP_RATE.includes(rate[1]!) !== up || b.scaled > a.scaled !== up || b.scaled === a.scaled) continue;
    const stated = r.scaled / 10 ** r.decimals;
    const da = precisionFen(a) / 2;
    const db = precisionFen(b) / 2;
    const change = Math.abs(b.scaled - a.scaled);
    const computed = (change / a.scaled) * 100;
    const low = (Math.max(0, change - da - db) / (a.scaled + da)) * 100;
    const high = a.scaled - da > 0 ? ((change + da + db) / (a.scaled - da)) * 100 : Number.POSITIVE_INFINITY;
    const half = 0.5 / 10 ** r.decimals + 1e-9;
    if (stated >= low - half && stated <= high + half) continue;
    const excess = Math.max(low - half - stated, stated - high - half);
    const u = a.moneyUnit;
    const digits = Math.max(2, r.decimals);
    out.push(
      finding({
        rule: 'percent-mismatch',
        shape: 'from-to-rate',
        severity: excess < 1 / 10 ** r.decimals ? 'info' : 'error',
        message: `变动率写为${r.raw}，按由${a.raw}${up ? '增加' : '减少'}到${b.raw}计算应为${computed.toFixed(digits)}%`,
        evidence: [quoteFigure(facts, a), quoteFigure(facts, b), quoteFigure(facts, r)],
        calculation: `|${inUnit(b.scaled, u)} − ${inUnit(a.scaled, u)}| ÷ ${inUnit(a.scaled, u)} = ${computed.toFixed(digits)}% ≠ ${r.raw}`,
      }),
    );
  }
  return out;
}
