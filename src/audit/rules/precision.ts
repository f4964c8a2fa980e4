/**
 * precision — amounts in one unit stated with more digits than the report otherwise uses (348.6698万元 among
 * amounts with two decimals). The usual precision is the largest number of decimals that at least two amounts
 * (and a tenth of them) share; trailing zeros are dropped in reports, so fewer decimals are never a finding.
 * Severity by evidence: a warning only when the same amount also stands rounded in the text (89.974 beside 89.97) —
 * the report contradicts itself; otherwise a 提示 (info). An amount with more decimals alone (2595.6208万元,
 * 80.3945亿元, 8126.728603万元) is most often an exact sum copied from 元: in the first contact with six blind dev
 * batches (scripts/first-contact.ts, 2026-12-04) every such amount — 8 warnings in 6 texts — was annotated clean.
 */
import { type Finding, finding } from '../../core/finding.ts';
import { SEARCH_WINDOWS } from '../config.ts';
import type { Figure } from '../facts/types.ts';
import { quoteFigure } from './lib/evidence.ts';
import type { Rule } from './lib/types.ts';

const MIN_FIGURES = SEARCH_WINDOWS.minPrecisionFigures;
const MAX_FINDINGS = 10;

function significantDecimals(numberText: string): number {
  const dot = numberText.indexOf('.');
  if (dot === -1) return 0;
  let end = numberText.length;
  while (end > dot + 1 && numberText[end - 1] === '0') end--;
  return end - dot - 1;
}

export const precision: Rule = (facts, options) => {
  const byUnit = new Map<string, Figure[]>();
  for (const f of facts.figures) {
    if (f.kind !== 'money') continue;
    // An operand of a written-out calculation (按数据计算：79.8127万元 / 80.8971万元 × 100%) is shown exactly on
    // purpose: it is no stated amount.
    if (inFormula(facts.text, f.start, f.end)) continue;
    // A bare 万 (11.40万, its 元 left out or wrapped onto the next line) is the 万元 of its neighbours.
    const unit = f.moneyUnit ?? f.unit;
    const list = byUnit.get(unit) ?? [];
    list.push(f);
    byUnit.set(unit, list);
  }
  const out: Finding[] = [];
  for (const [unit, list] of byUnit) {
    if (list.length < MIN_FIGURES) continue;
    const counts = new Map<number, number>();
    for (const f of list) counts.set(f.decimals, (counts.get(f.decimals) ?? 0) + 1);
    const floor = Math.max(3, Math.ceil(list.length / 10));
    // Two decimals (分 in 元, 百元 in 万元) are the norm in every unit; more is a finding unless the report
    // uses it throughout.
    const usual = Math.max(2, ...[...counts].filter(([, n]) => n >= floor).map(([d]) => d));
    const extra = list.filter((f) => significantDecimals(f.numberText) >= usual + options.config.precisionExtraDigits);
    // The report's own convention must be seen: at least one other amount of the unit written with decimals, at
    // most the usual number of them. Where every other amount is whole (200万元, 197万元, 196.56055万元), the amount
    // with many decimals is an exact sum copied from 元, and no precision is stated to be inconsistent with.
    if (!list.some((g) => significantDecimals(g.numberText) >= 1 && significantDecimals(g.numberText) <= usual)) continue;
    for (const f of list) {
      // Trailing zeros (1440224.60) add no precision.
      const significant = significantDecimals(f.numberText);
      if (significant < usual + options.config.precisionExtraDigits || out.length >= MAX_FINDINGS) continue;
      if (completesStatedAmount(f, extra, list, usual)) continue;
      // The same amount with the same extra digits stated again (西安交大预算收入为80.3945亿元 … 以80.3945亿元位居…): an exact
      // figure the writer gives on purpose wherever it stands, not a slip of precision (a slip is a one-off).
      if (list.some((g) => g !== f && g.numberText.replace(/[,，\s]/g, '') === f.numberText.replace(/[,，\s]/g, ''))) continue;
      if (significant <= usual + options.config.precisionExactSumExtraDigits && inExactSum(f, facts.decompositions)) continue;
      // More decimals than usual (1975.775万元: to the ten 元; 348.6698万元: to the 元) is a precision some accounts
      // keep: it is a defect when the same amount also stands rounded (89.974 beside 89.97), a 提示 (info) otherwise.
      const rounded = list.some((g) => g !== f && significantDecimals(g.numberText) <= usual && roundsTo(f, g, usual));
      out.push(
        finding({
          rule: 'precision',
          shape: rounded ? 'rounded-beside' : 'more-decimals-alone',
          severity: rounded ? 'warning' : 'info',
          message: `金额精度不一致：${f.raw}有${significant}位小数，报告中其他以“${unit}”计的金额最多${usual}位小数`,
          evidence: [quoteFigure(facts, f)],
        }),
      );
    }
  }
  return out;
};

/**
 * 实际总支出2595.6208万元 … 剩余未执行完的0.3792万元 against 下达预算2596万元: two amounts with the extra digits that
 * add up exactly to an amount stated at the usual precision — or whose sum has no more decimals than the usual,
 * stated or not — are an exact split of it (spent and left over), kept exact on purpose: no inconsistency.
 */
function completesStatedAmount(f: Figure, extra: readonly Figure[], list: readonly Figure[], usual: number): boolean {
  // Exact: every amount as a whole number of the finest decimal written among them (no float sums of money).
  const decimals = Math.max(...list.map((h) => h.decimals));
  const a = exactOf(f, decimals);
  if (a === null) return false;
  for (const g of extra) {
    if (g === f) continue;
    const b = exactOf(g, decimals);
    if (b === null) continue;
    const sum = a + b;
    if (list.some((h) => h !== f && h !== g && significantDecimals(h.numberText) <= usual && exactOf(h, decimals) === sum)) return true;
    // 724.712484万元 … 5.359516万元 (= 730.072): two amounts whose extra digits cancel in their sum split a round amount
    // exactly, whether or not the text states it (by chance the digits cancel once in 10^extra digits).
    if (sum % 10n ** BigInt(decimals - usual) === 0n) return true;
  }
  return false;
}

/**
 * 用于群众体育支出332.3407万元。其中：…201.5227万元；…11.40万元；…101.778万元；…7.86万元；…9.78万元: an amount with
 * a few extra digits (to the 元, thresholds.json precisionExactSumExtraDigits) that is the total or a part of a
 * breakdown whose parts add up to its total exactly is an exact account, kept exact on purpose: no inconsistency.
 */
function inExactSum(f: Figure, decompositions: Parameters<Rule>[0]['decompositions']): boolean {
  for (const d of decompositions) {
    if (d.total !== f && !d.parts.includes(f)) continue;
    if (d.parts.length < 2 || d.parts.some((p) => (p.moneyUnit ?? p.unit) !== (d.total.moneyUnit ?? d.total.unit))) continue;
    const decimals = Math.max(d.total.decimals, ...d.parts.map((p) => p.decimals));
    const total = exactOf(d.total, decimals);
    const parts = d.parts.map((p) => exactOf(p, decimals));
    if (total === null || parts.some((p) => p === null)) continue;
    if (parts.reduce((a: bigint, b) => a + (b as bigint), 0n) === total) return true;
  }
  return false;
}

/** The number as written, as a whole number of 10^-decimals of its unit (2595.6208 at 4 → 25956208n); null if unreadable. */
function exactOf(f: Figure, decimals: number): bigint | null {
  const m = /^(-?\d+)(?:\.(\d+))?$/.exec(f.numberText.replace(/[,，\s]/g, ''));
  if (!m || (m[2] ?? '').length > decimals) return null;
  return BigInt(m[1]! + (m[2] ?? '').padEnd(decimals, '0'));
}

/**
 * Whether `g` is `f` rounded to `usual` decimals (89.974 → 89.97): they differ by at most half a unit of the
 * last usual decimal, compared exactly as whole numbers of the finest decimal written (a float difference of
 * 123456789.005 and 123456789.01 comes out above 0.005).
 */
function roundsTo(f: Figure, g: Figure, usual: number): boolean {
  const decimals = Math.max(writtenDecimals(f), writtenDecimals(g), usual + 1);
  const a = exactOf(f, decimals);
  const b = exactOf(g, decimals);
  if (a === null || b === null) return false;
  const gap = a > b ? a - b : b - a;
  return 2n * gap <= 10n ** BigInt(decimals - usual);
}

/** Decimals as written, trailing zeros included (1,975.770 → 3). */
function writtenDecimals(f: Figure): number {
  const dot = f.numberText.indexOf('.');
  return dot === -1 ? 0 : f.numberText.length - dot - 1;
}

function inFormula(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 3), Math.min(text.length, end + 3));
  const after = text.slice(end, Math.min(text.length, end + 3));
  const before = text.slice(Math.max(0, start - 3), start);
  return /[×÷]|\s[/+−-]\s/.test(around) || /^\s*[/／]/.test(after) || /[/／=＝]\s*$/.test(before);
}
