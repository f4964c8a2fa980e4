/**
 * The change of a whole and the changes of its parts (上半年财政收入4669万元，比去年上半年增收681万元。其中，工商税收208万元，
 * 比去年上半年减收87万元；转移补助收入4461万元，比去年上半年增收714万元): when the listed parts make the whole and each
 * states its own change against the same base, their changes must add up to the whole's change (−87 + 714 = 627 ≠ 681).
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { RULE_WORDS } from '../../config.ts';
import { firstFigureAtOrAfter } from '../../facts/figure-search.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { inUnit, quoteFigure, roundingSlack } from './evidence.ts';

const WORDS = RULE_WORDS['sum-mismatch'];
const CHANGE = [...WORDS.change, ...WORDS.fiscalChange];
const UP = [...WORDS.up, ...WORDS.fiscalUp];
const BASE_MARK = /相较于|相比于|较|比|同比/;

/** A change: its signed amount and the base it is measured against (比去年上半年), or null. */
function changeOf(f: Figure): { value: number; base: string } | null {
  if (f.kind !== 'money' || !f.comparative) return null;
  const label = f.label.replace(/\s/g, '');
  const word = CHANGE.find((w) => label.endsWith(w));
  if (!word) return null;
  const mark = BASE_MARK.exec(label);
  if (!mark) return null;
  const base = label.slice(mark.index, label.length - word.length);
  return { value: UP.includes(word) ? f.scaled : -f.scaled, base };
}

function plain(f: Figure, like: Figure): boolean {
  return f.kind === 'money' && f.currency === like.currency && !f.comparative && !f.qualifier;
}

/** Whether a plain amount is the base of a completion rate (完成年初预算计划14246万元的31.3%): 的 and a percent right after it. */
function baseOfRate(text: string, f: Figure, next: Figure | undefined): boolean {
  return next !== undefined && next.kind === 'percent' && /^\s*的\s*$/.test(text.slice(f.end, next.start));
}

/**
 * Preconditions (silent otherwise): the whole's change C (money, its label ending in a change word after a comparison
 * mark: 比去年上半年增收) is the last money figure before 其中, with at most rates and punctuation between (and one
 * sentence break); after 其中, to the end of its sentence (or the next 其中), the money figures run part, change, part,
 * change … — two parts or more, each part a plain amount followed by exactly one change (a plain amount that is the base
 * of a completion rate, …14246万元的31.3%, may stand between) and nothing else of money, no count; every change
 * against the same base as C's; exactly one plain amount of C's sentence before C equals the parts' sum (within their
 * rounding): the list is complete, and that amount is the whole. The changes' sum then differs from C beyond the rounding
 * of the changes.
 */
export function changesOfParts(facts: AuditFacts): Finding[] {
  const { text, figures, sentences } = facts;
  const out: Finding[] = [];
  // 其中 is met in text order: the sentence holding it is found by one forward walk.
  let walk = 0;
  for (let at = text.indexOf('其中'); at !== -1 && out.length < 20; at = text.indexOf('其中', at + 2)) {
    const first = firstFigureAtOrAfter(figures, at);
    // The whole's change: the last money figure before 其中, only rates after it.
    let c = first - 1;
    while (c >= 0 && figures[c]!.kind === 'percent') c--;
    if (c < 0) continue;
    const change = figures[c]!;
    const whole = changeOf(change);
    if (whole === null || whole.value === 0) continue;
    while (walk < sentences.length && sentences[walk]!.end <= at) walk++;
    const sentence = walk < sentences.length && sentences[walk]!.start <= at ? walk : -1;
    if (sentence === -1 || change.sentence < sentence - 1) continue;
    const between = text.slice(change.end, at);
    if ((between.match(/[。；;]/g)?.length ?? 0) > 1 || /[万亿元]/.test(between.replace(/\d+(?:\.\d+)?\s*[%％]/g, ''))) continue;
    const end = Math.min(sentences[sentence]!.end, (() => {
      const n = text.indexOf('其中', at + 2);
      return n === -1 ? Number.POSITIVE_INFINITY : n;
    })());
    const parts: Figure[] = [];
    const changes: Figure[] = [];
    let expectPart = true;
    let ok = true;
    for (let j = first; j < figures.length && figures[j]!.start < end; j++) {
      const f = figures[j]!;
      if (f.kind === 'percent') continue;
      if (f.kind !== 'money' || f.currency !== change.currency) {
        ok = false;
        break;
      }
      if (expectPart) {
        if (!plain(f, change)) {
          ok = false;
          break;
        }
        parts.push(f);
        expectPart = false;
        continue;
      }
      const own = changeOf(f);
      if (own !== null) {
        if (own.base !== whole.base) {
          ok = false;
          break;
        }
        changes.push(f);
        expectPart = true;
        continue;
      }
      if (!f.comparative && baseOfRate(text, f, figures[j + 1])) continue;
      ok = false;
      break;
    }
    if (!ok || !expectPart || parts.length < 2 || changes.length !== parts.length) continue;
    const sum = parts.reduce((a, p) => a + p.scaled, 0);
    const wholes = figures.filter((f) => f.sentence === change.sentence && f.end <= change.start && plain(f, change) && Math.abs(f.scaled - sum) <= roundingSlack([f, ...parts]));
    if (wholes.length !== 1) continue;
    const total = wholes[0]!;
    const changeSum = changes.reduce((a, f) => a + (changeOf(f)?.value ?? 0), 0);
    const gap = Math.abs(changeSum - whole.value);
    if (gap <= roundingSlack([change, ...changes])) continue;
    const u = change.moneyUnit;
    const signed = (v: number): string => `${v < 0 ? '−' : '+'}${inUnit(Math.abs(v), u)}`;
    out.push(
      finding({
        rule: 'sum-mismatch',
        shape: 'changes-of-parts',
        severity: 'warning',
        message: `${total.raw}由“其中”所列${parts.length}项组成（${parts.map((p) => p.raw).join('＋')}），其变动${signed(whole.value)}${u ?? '元'}，而各项变动合计${signed(changeSum)}${u ?? '元'}`,
        evidence: [quoteFigure(facts, change), quoteFigure(facts, total), ...changes.map((f) => quoteFigure(facts, f))],
        calculation: `${changes.map((f) => signed(changeOf(f)?.value ?? 0)).join(' ')} = ${signed(changeSum)} ≠ ${signed(whole.value)}`,
        difference: gap,
      }),
    );
  }
  return out;
}
