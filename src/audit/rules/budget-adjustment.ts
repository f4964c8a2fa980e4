/**
 * budget-adjustment — the adjusted budget (全年预算数) far from the initial budget (年初预算数): information for
 * the reviewer, reported once for the largest item (the department total), with the others listed.
 */
import { type Finding, finding } from '../../core/finding.ts';
import type { AuditFacts, Figure } from '../facts/types.ts';
import { cellNumber } from './lib/table-columns.ts';
import { inUnit, quoteFigure, quoteSpan } from './lib/evidence.ts';
import type { Rule } from './lib/types.ts';

interface Pair {
  readonly initial: Figure;
  readonly adjusted: Figure;
  readonly rate: number;
}

export const budgetAdjustment: Rule = (facts, options) => {
  const pairs: Pair[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < facts.figures.length; i++) {
    const a = facts.figures[i]!;
    if (a.kind !== 'money' || a.phase !== 'initialBudget' || a.scaled <= 0) continue;
    for (let j = i + 1; j < facts.figures.length && j <= i + 4; j++) {
      const b = facts.figures[j]!;
      if (b.paragraph !== a.paragraph) break;
      if (b.kind === 'money' && b.phase === 'adjustedBudget' && b.subject === a.subject && b.currency === a.currency) {
        const key = `${a.subject}|${a.scaled}|${b.scaled}`;
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push({ initial: a, adjusted: b, rate: ((b.scaled - a.scaled) / a.scaled) * 100 });
        }
        break;
      }
    }
  }
  const threshold = options.config.budgetAdjustmentPercent;
  if (pairs.length === 0) {
    const rows = flattenedFundsRows(facts);
    if (rows.length === 0) options.notChecked.push('budget-adjustment：未找到同一事项的年初预算数与全年预算数，未计算预算调整率');
    return rowFindings(facts, rows, threshold);
  }
  const over = pairs.filter((p) => Math.abs(p.rate) > threshold);
  if (over.length === 0) return [];
  // The largest item first (the department total), then each other item over the threshold.
  over.sort((x, y) => y.adjusted.scaled - x.adjusted.scaled);
  return over.slice(0, 5).map((p) => {
    const u = p.initial.moneyUnit;
    return finding({
      rule: 'budget-adjustment',
      severity: 'info',
      message: `预算调整幅度大：“${p.initial.subject || '预算'}”年初预算${p.initial.raw}，全年预算${p.adjusted.raw}，调整率${p.rate.toFixed(2)}%（超过${threshold}%）`,
      evidence: [quoteFigure(facts, p.initial), quoteFigure(facts, p.adjusted)],
      calculation: `(${inUnit(p.adjusted.scaled, u)} − ${inUnit(p.initial.scaled, u)}) ÷ ${inUnit(p.initial.scaled, u)} = ${p.rate.toFixed(2)}% > ${threshold}%`,
    });
  });
};

/** The funds header of a self-evaluation form: 年初 (budget), then 调整, then the row's total (小计 / 合计 / 全年), in order. */
const FUNDS_HEADER = /年初.{0,40}调整.{0,24}(?:小计|合计|全年)/;
/** Non-empty lines before a row within which its header must stand (the header's cells wrapped over lines). */
const FUNDS_HEADER_REACH = 6;
/** An amount as such a row writes it (130.54, 1,250.00, 0). */
const ROW_AMOUNT = /^\d{1,3}(?:,\d{3})*(?:\.\d{1,2})?$|^\d+(?:\.\d{1,2})?$/;

interface FundsRow {
  readonly label: string;
  readonly initial: { text: string; start: number; end: number };
  readonly adjustment: { text: string; start: number; end: number };
  readonly total: { text: string; start: number; end: number };
  /** In 分 × 100 of the written numbers, exact: initial + adjustment = total. */
  readonly initialCents: number;
  readonly adjustmentCents: number;
}

/**
 * 财政资金小计 130.54 58.07 188.61 188.45 99.92 … under 年初部门预算安排金额① 年中调整金额② 小计③=①+②: the funds rows of a
 * 部门整体支出绩效自评表 flattened to lines with single spaces between the cells (as a page's text leaves the form).
 * Preconditions: a header naming 年初, then 调整, then the total (小计 / 合计 / 全年) within the lines just before; the
 * row is a label (no digits but a circled or list number) and then amounts only, set apart by spaces, no tab or |; its
 * first three amounts prove the reading — 年初 + 调整 = 小计, exactly as written. Rows of 0 are skipped.
 */
function flattenedFundsRows(facts: AuditFacts): FundsRow[] {
  const { text } = facts;
  if (!text.includes('调整') || !text.includes('年初')) return [];
  const lines: { text: string; start: number }[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const raw = text.slice(at, end);
    if (raw.trim() !== '') lines.push({ text: raw, start: at });
    at = end + 1;
  }
  const out: FundsRow[] = [];
  for (let i = 1; i < lines.length && out.length < 20; i++) {
    const line = lines[i]!;
    if (/[\t|]/.test(line.text)) continue;
    const pieces: { text: string; start: number; end: number }[] = [];
    const re = /[^ ]+/g;
    for (let m = re.exec(line.text); m !== null; m = re.exec(line.text)) pieces.push({ text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length });
    const first = pieces.findIndex((p) => ROW_AMOUNT.test(p.text));
    if (first < 1 || pieces.length - first < 3 || !pieces.slice(first).every((p) => ROW_AMOUNT.test(p.text) || /^[\d.]+%$/.test(p.text))) continue;
    const label = pieces.slice(0, first).map((p) => p.text).join('');
    if (!/[\u4e00-\u9fff]/.test(label) || /\d{2,}/.test(label)) continue;
    const header = lines.slice(Math.max(0, i - FUNDS_HEADER_REACH), i).map((l) => l.text).join('').replace(/\s+/g, '');
    if (!FUNDS_HEADER.test(header)) continue;
    const [a, b, c] = pieces.slice(first, first + 3) as [(typeof pieces)[number], (typeof pieces)[number], (typeof pieces)[number]];
    const cents = (p: { text: string }): number | null => {
      const n = cellNumber(p.text);
      return n ? Math.round(n.value * 100) : null;
    };
    const [ca, cb, cc] = [cents(a), cents(b), cents(c)];
    if (ca === null || cb === null || cc === null || ca <= 0 || ca + cb !== cc) continue;
    out.push({ label, initial: a, adjustment: b, total: c, initialCents: ca, adjustmentCents: cb });
  }
  return out;
}

/** The largest row whose adjustment is over the threshold (the form's 小计 / 合计 of the funds): one 提示. */
function rowFindings(facts: AuditFacts, rows: readonly FundsRow[], threshold: number): Finding[] {
  const over = rows.filter((r) => Math.abs((100 * r.adjustmentCents) / r.initialCents) > threshold);
  if (over.length === 0) return [];
  const top = over.reduce((x, y) => (y.initialCents + y.adjustmentCents > x.initialCents + x.adjustmentCents ? y : x));
  const rate = (100 * top.adjustmentCents) / top.initialCents;
  return [
    finding({
      rule: 'budget-adjustment',
      severity: 'info',
      message: `预算调整幅度大：自评表“${top.label}”行年初预算${top.initial.text}，年中调整${top.adjustment.text}，合计${top.total.text}，调整率${rate.toFixed(2)}%（超过${threshold}%）`,
      evidence: [quoteSpan(facts, top.initial), quoteSpan(facts, top.adjustment), quoteSpan(facts, top.total)],
      calculation: `${top.adjustment.text} ÷ ${top.initial.text} = ${rate.toFixed(2)}% > ${threshold}%`,
    }),
  ];
}
