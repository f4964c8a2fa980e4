/**
 * Bare shares of one unnamed whole (支出结构：A1万元，占R1%；A2万元，占R2%；… or one 类/项 a line, 决算数为Ai万元，
 * 占Ri%): each share implies the whole, Ai ÷ Ri. When all of them but one imply the same whole within the rounding
 * of the figures, and that one does not, its rate is off its part.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { SEARCH_WINDOWS } from '../../config.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { inUnit, precisionFen, quoteFigure } from './evidence.ts';

interface Share {
  readonly part: Figure;
  readonly rate: Figure;
  /** The whole the share implies, in 分: the interval its rounding allows. */
  readonly low: number;
  readonly high: number;
}

/** Headings that open a new part of the report (一、 / （一）): shares under different ones are not one list. */
const OPENING_STYLES = new Set(['cjk', 'paren-cjk']);

/** The word that opens the breakdown of the amount before it. */
const BREAKDOWN_WORD = /其中/;

/** The fewest bare shares that make a list whose members can vouch for a common whole (data/audit/thresholds.json). */
const MIN_SHARES = SEARCH_WINDOWS.minListedShares;

/** The whole every range but the one at `skip` allows: the intersection of their [low, high]. */
export function intersect(ranges: readonly { readonly low: number; readonly high: number }[], skip: number): [number, number] {
  let low = 0;
  let high = Number.POSITIVE_INFINITY;
  ranges.forEach((r, i) => {
    if (i === skip) return;
    low = Math.max(low, r.low);
    high = Math.min(high, r.high);
  });
  return [low, high];
}

function checkList(facts: AuditFacts, list: readonly Share[]): Finding | null {
  if (list.length < MIN_SHARES) return null;
  const [allLow, allHigh] = intersect(list, -1);
  if (allLow <= allHigh) return null;
  // Exactly one share whose removal makes the others agree on one whole, and it lies outside that whole.
  let outlier = -1;
  for (let i = 0; i < list.length; i++) {
    const [low, high] = intersect(list, i);
    if (low > high) continue;
    if (outlier !== -1) return null;
    outlier = i;
  }
  if (outlier === -1) return null;
  const [low, high] = intersect(list, outlier);
  const s = list[outlier]!;
  if (s.high >= low && s.low <= high) return null;
  // Shares that add up to 100 % are a complete, consistent breakdown: the part's amount is off, not its rate (the
  // amount against its table cell is table-text-mismatch's finding).
  const sum = list.reduce((acc, x) => acc + x.rate.scaled / 10 ** x.rate.decimals, 0);
  const slack = list.reduce((acc, x) => acc + 0.5 / 10 ** x.rate.decimals, 0);
  if (Math.abs(sum - 100) <= slack) return null;
  const whole = Math.round((low + high) / 2);
  const u = s.part.moneyUnit;
  const wholeText = `${inUnit(Math.round(whole / precisionFen(s.part)) * precisionFen(s.part), u)}${u ?? '元'}`;
  const computed = (s.part.scaled / whole) * 100;
  const digits = Math.max(2, s.rate.decimals);
  const others = list.filter((_, i) => i !== outlier);
  return finding({
    rule: 'percent-mismatch',
    shape: 'shares-of-one-whole',
    severity: 'error',
    message: `占比写为${s.rate.raw}，同一列举中其余${others.length}项占比共同指向的总数约为${wholeText}，按${s.part.raw}计算应为${computed.toFixed(digits)}%`,
    evidence: [quoteFigure(facts, s.part), quoteFigure(facts, s.rate), ...others.slice(0, 2).map((o) => quoteFigure(facts, o.rate))],
    calculation: `${s.part.numberText} ÷ ${wholeText} = ${computed.toFixed(digits)}% ≠ ${s.rate.raw}`,
  });
}

/**
 * Precondition: a rate labelled only 占 right after its money part in the same sentence (no whole named), at least
 * MIN_SHARES of them in one currency under one opening heading; exactly one outlier, outside the whole the others
 * agree on; the shares not adding up to 100 % (when they do, the outlier's amount is what is off); no 其中 between
 * two shares of a list (it breaks down another amount). Linear in the figures, plus the square of a list's length.
 */
export function sharesOfOneWhole(facts: AuditFacts): Finding[] {
  const opening = facts.headings.filter((h) => OPENING_STYLES.has(h.style)).map((h) => h.start);
  let hi = 0;
  const out: Finding[] = [];
  let list: Share[] = [];
  let listSection = -1;
  let listCurrency: string | undefined;
  const flush = (): void => {
    const f = checkList(facts, list);
    if (f) out.push(f);
    list = [];
  };
  for (let i = 1; i < facts.figures.length; i++) {
    const rate = facts.figures[i]!;
    if (rate.kind !== 'percent' || rate.label.trim() !== '占' || rate.scaled <= 0) continue;
    const part = facts.figures[i - 1]!;
    if (part.kind !== 'money' || part.sentence !== rate.sentence || part.comparative || part.qualifier || part.scaled <= 0) continue;
    while (hi < opening.length && opening[hi]! <= rate.start) hi++;
    // 收入合计A万元……其中：财政拨款收入A万元，占100%。支出合计B万元……其中：基本支出C万元，占R%: a 其中 between two
    // shares opens the breakdown of another stated amount, so the shares after it are of another whole.
    const last = list[list.length - 1];
    const newWhole = last !== undefined && BREAKDOWN_WORD.test(facts.text.slice(last.rate.end, part.start));
    if (hi !== listSection || part.currency !== listCurrency || newWhole) {
      flush();
      listSection = hi;
      listCurrency = part.currency;
    }
    const dr = 0.5 / 10 ** rate.decimals;
    const da = precisionFen(part) / 2;
    const r = rate.scaled / 10 ** rate.decimals;
    list.push({ part, rate, low: ((part.scaled - da) / (r + dr)) * 100, high: r - dr > 0 ? ((part.scaled + da) / (r - dr)) * 100 : Number.POSITIVE_INFINITY });
  }
  flush();
  return out;
}
