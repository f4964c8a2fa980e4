/**
 * direction-mismatch — a direction word (增加/减少/增长/下降/持平) contradicts the figures it describes:
 * 由A增加到B with B < A, or 本年B … 比上年A增加 with B < A.
 */
import { type Finding, finding } from '../../core/finding.ts';
import type { Figure } from '../facts/types.ts';
import { quoteFigure, quoteSpan } from './lib/evidence.ts';
import type { Rule } from './lib/types.ts';

const UP = ['增加', '增长', '上升', '提高', '增至', '升至'];
const DOWN = ['减少', '下降', '降低', '减至', '降至', '压减'];
const FLAT = ['持平'];
const LAST_YEAR_WORDS = ['上年', '去年', '上一年', '同期'];
const ALL_WORDS = [...UP, ...DOWN, ...FLAT];
const PRIOR_ENDINGS = ['上年', '去年', '同期', '上年的', '上年同期', '上年决算数', '上年预算数', '上年数', '上年支出', '上年决算', '上年预算', '去年同期'];
const CHANGE_WORDS = [...UP, ...DOWN];

function comparable(a: Figure, b: Figure): boolean {
  return a.kind === b.kind && a.kind !== 'score' && (a.kind !== 'money' || a.currency === b.currency) && (a.kind !== 'count' || a.unit === b.unit);
}

function numericValue(f: Figure): number {
  return f.kind === 'money' ? f.scaled : f.scaled / 10 ** f.decimals;
}

export const directionMismatch: Rule = (facts) => {
  const out: Finding[] = [];
  const { text, figures } = facts;
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (a.sentence !== b.sentence || !comparable(a, b) || b.start - a.end > 12) continue;
    // 由A增加到B / 从A下降至B
    const between = text.slice(a.end, b.start);
    const lead = text.slice(Math.max(0, a.start - 2), a.start);
    if (!(lead.includes('由') || lead.includes('从'))) continue;
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
        severity: 'error',
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
      if (comparable(g, last) && !g.comparative) {
        current = g;
        break;
      }
    }
    if (!current) continue;
    const vc = numericValue(current);
    const vl = numericValue(last);
    const expectUp = UP.includes(word);
    const wrong = FLAT.includes(word) ? vc !== vl : expectUp ? vc <= vl : vc >= vl;
    if (!wrong) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
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
    const word = CHANGE_WORDS.find((w) => f.label.endsWith(w));
    if (!word || word.endsWith('至')) continue;
    out.push(
      finding({
        rule: 'direction-mismatch',
        severity: 'warning',
        message: `变动为0却写作“${word}${f.raw}”，应表述为“持平”`,
        evidence: [quoteFigure(facts, f)],
        calculation: `${f.raw} = 0`,
      }),
    );
  }
  return out;
};
