/**
 * declared-parts (sum-mismatch): a whole and the parts the text itself declares it is made of, across a sentence
 * break or among scores — the places the 其中 decompositions of facts/decompositions.ts do not reach:
 * - a sentence opening with 其中 whose quantities are parts of a quantity of the sentence before (资产总额30.0万亿元…。
 *   其中，行政单位资产总额8.9万亿元，事业单位资产总额22.1万亿元): the whole is the last quantity of that sentence whose
 *   name ends with the parts' common ending (资产总额), which must be at least two Chinese characters;
 * - a score followed in its sentence by 其中 and the scores of its parts (自评得分93分，其中决策18分、过程19分…).
 * Preconditions (silent otherwise): the whole and every part of one kind and unit (money in 分; counts of one measure
 * word; scores), none a change or a comparison, at least two parts, the parts the quantities right after the opener,
 * each at most MAX_GAP characters after the one before, up to the end of the clause group (；。) or the first of another
 * kind (shares and bracketed figures — a weight 满分20分 — passed over); the whole in the sentence right before, in the
 * same or the previous paragraph. The parts must not add up to more than the whole beyond the rounding of the figures;
 * where the list is complete (scores of three parts or more), they must make it; and the gap must stay within
 * fact-table.json thresholds maxGapPercent of the whole (a larger one says the whole was bound wrongly).
 * A partition opening a sentence (按经济分类，A，B) is not read: its whole is often not the sentence before's last amount
 * (spending after a budget, all funds after project spending — dev 2542, 2727).
 * Severity: a 警告 (warning). Words: data/audit/fact-table.json partsOpeners.
 */
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS, type MoneyUnit } from '../../../core/money.ts';
import { FACT_PARTS, FACT_TABLE_WORDS } from '../../config.ts';
import { pow10 } from '../../facts/plain-amount.ts';
import { anyWord } from '../../facts/word-pattern.ts';
import type { AuditFacts, Figure } from '../../facts/types.ts';
import { quoteFigure } from './evidence.ts';

const LEAD = /^[\s　]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[.．、])?[\s　]*/;
const PARTS_OPENER = new RegExp(`^(?:${anyWord(FACT_TABLE_WORDS.partsOpeners)})[，,：:]?`);
const PARTS_AFTER_WHOLE = new RegExp(`^[，,]?\\s*(?:${anyWord(FACT_TABLE_WORDS.partsOpeners)})[，,：:]?`);
const NOT_CJK = /[^\u4e00-\u9fff]/g;
const FINE = 4;
/** Characters between two parts of one list (a part's name), at most. */
const MAX_GAP = 30;
const CLAUSE_GROUP_END = /[；;。\n]/;

interface Amount {
  readonly figure: Figure;
  readonly value: number;
  readonly step: number;
  /** money | count:<measure> | score */
  readonly sort: string;
}

function amountOf(f: Figure): Amount | null {
  if (f.comparative || f.qualifier || f.kind === 'percent') return null;
  if (f.kind === 'money') {
    const unit = f.moneyUnit as MoneyUnit | undefined;
    if (!unit || (f.currency !== undefined && f.currency !== 'CNY')) return null;
    return { figure: f, value: f.scaled, step: pow10(Math.max(0, MONEY_UNITS[unit] - f.decimals)), sort: 'money' };
  }
  if (f.decimals > FINE) return null;
  const sort = f.kind === 'count' ? `count:${f.unit}` : 'score';
  return { figure: f, value: f.scaled * pow10(FINE - f.decimals), step: pow10(FINE - f.decimals), sort };
}

/** The longest ending the names share, in Chinese characters only. */
function commonEnding(names: readonly string[]): string {
  const cjk = names.map((n) => n.replace(NOT_CJK, ''));
  let end = cjk[0] ?? '';
  for (const n of cjk.slice(1)) {
    let k = 0;
    while (k < end.length && k < n.length && end[end.length - 1 - k] === n[n.length - 1 - k]) k++;
    end = end.slice(end.length - k);
  }
  return end;
}

/** Whether a figure stands inside brackets (决策18.0分（满分20分）: a weight, a note, not a part). */
function bracketed(text: string, f: Figure): boolean {
  for (let i = f.start - 1; i >= 0 && f.start - i <= MAX_GAP; i--) {
    const c = text[i]!;
    if (c === '（' || c === '(') return true;
    if (c === '）' || c === ')' || CLAUSE_GROUP_END.test(c)) return false;
  }
  return false;
}

/**
 * The list right after `from`: amounts of the first one's sort, each at most MAX_GAP characters after the one before,
 * up to the end of the clause group (；。) or the first amount of another sort; bracketed figures and shares passed over.
 */
function partsAfter(text: string, figures: readonly Figure[], from: number, first = 0): Amount[] {
  const parts: Amount[] = [];
  let last = from;
  for (let i = first; i < figures.length; i++) {
    const f = figures[i]!;
    if (f.start < from) continue;
    if (CLAUSE_GROUP_END.test(text.slice(last, f.start)) || f.start - last > MAX_GAP) break;
    if (f.kind === 'percent' || bracketed(text, f)) continue;
    const a = amountOf(f);
    if (!a || (parts.length > 0 && a.sort !== parts[0]!.sort)) break;
    parts.push(a);
    last = f.end;
  }
  return parts;
}

function check(facts: AuditFacts, whole: Amount, parts: readonly Amount[], complete: boolean): Finding | null {
  if (parts.length < 2 || parts.some((p) => p.sort !== whole.sort)) return null;
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const slack = (whole.step + parts.reduce((s, p) => s + p.step, 0)) / 2;
  const over = sum - whole.value > slack;
  if (!over && !(complete && whole.value - sum > slack)) return null;
  // A gap far beyond a slip is more likely a whole bound wrongly than parts misstated.
  if (Math.abs(sum - whole.value) > (whole.value * FACT_PARTS.maxGapPercent) / 100) return null;
  const shown = (v: number, a: Amount): string => {
    const f = a.figure;
    const scale = f.kind === 'money' ? pow10(MONEY_UNITS[f.moneyUnit as MoneyUnit]) : pow10(FINE);
    return `${Number((v / scale).toFixed(6))}${f.unit}`;
  };
  const name = whole.figure.label || whole.figure.subject;
  return finding({
    rule: 'sum-mismatch',
    severity: 'warning',
    shape: 'declared-parts',
    message: `“${name}”为${whole.figure.raw}，所列组成部分合计${shown(sum, whole)}，${over ? '多于' : '少于'}总数${shown(Math.abs(sum - whole.value), whole)}`,
    evidence: [quoteFigure(facts, whole.figure), ...parts.map((p) => quoteFigure(facts, p.figure))],
    calculation: `${parts.map((p) => p.figure.raw).join(' + ')} = ${shown(sum, whole)} ≠ ${whole.figure.raw}`,
    difference: Math.abs(sum - whole.value),
  });
}

/** Figures by sentence, in order. */
function bySentence(facts: AuditFacts): Map<number, Figure[]> {
  const out = new Map<number, Figure[]>();
  for (const f of facts.figures) {
    const list = out.get(f.sentence);
    if (list) list.push(f);
    else out.set(f.sentence, [f]);
  }
  return out;
}

/** A sentence opening with 其中: its parts against the sentence before. */
function openingParts(facts: AuditFacts, sentence: number, figures: Map<number, Figure[]>): Finding | null {
  const s = facts.sentences[sentence];
  const before = facts.sentences[sentence - 1];
  const own = figures.get(sentence);
  const previous = figures.get(sentence - 1);
  if (!s || !before || !own || !previous || s.paragraph - before.paragraph > 1) return null;
  const body = facts.text.slice(s.start, s.end);
  const lead = LEAD.exec(body)?.[0].length ?? 0;
  const rest = body.slice(lead);
  const opener = PARTS_OPENER.exec(rest);
  if (!opener) return null;
  const parts = partsAfter(facts.text, own, s.start + lead + opener[0].length);
  if (parts.length < 2) return null;
  const candidates = previous.map(amountOf).filter((a): a is Amount => a !== null && a.sort === parts[0]!.sort);
  const ending = commonEnding(parts.map((p) => p.figure.subject));
  if (ending.length < 2) return null;
  const whole = candidates.findLast((a) => a.figure.subject.replace(NOT_CJK, '').endsWith(ending));
  return whole ? check(facts, whole, parts, false) : null;
}

/** A score followed in its sentence by 其中 and its parts' scores. */
function scoreParts(facts: AuditFacts, own: readonly Figure[]): Finding | null {
  for (let i = 0; i + 2 < own.length; i++) {
    const w = own[i]!;
    const next = own[i + 1]!;
    if (w.kind !== 'score' || next.kind !== 'score') continue;
    // Right after the whole: 其中 (，其中决策18分): the scores after it are its parts.
    if (!PARTS_AFTER_WHOLE.test(facts.text.slice(w.end, next.start))) continue;
    const whole = amountOf(w);
    const parts = partsAfter(facts.text, own, next.start, i + 1);
    if (!whole) continue;
    return check(facts, whole, parts, parts.length >= 3);
  }
  return null;
}

export function declaredParts(facts: AuditFacts): Finding[] {
  const figures = bySentence(facts);
  const out: Finding[] = [];
  for (const [sentence, own] of figures) {
    const f = openingParts(facts, sentence, figures) ?? scoreParts(facts, own);
    if (f) out.push(f);
    if (out.length >= 100) break;
  }
  return out;
}
