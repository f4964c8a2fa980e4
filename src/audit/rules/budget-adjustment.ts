/**
 * budget-adjustment — the adjusted budget (全年预算数) far from the initial budget (年初预算数): information for
 * the reviewer, reported once for the largest item (the department total), with the others listed.
 */
import { type Finding, finding } from '../../core/finding.ts';
import type { AuditFacts, Figure } from '../facts/types.ts';
import { cellNumber } from './lib/table-columns.ts';
import { inUnit, quoteFigure, quoteSpan, roundingSlack } from './lib/evidence.ts';
import { RULE_WORDS } from '../config.ts';
import type { Rule } from './lib/types.ts';

interface Pair {
  readonly initial: Figure;
  readonly adjusted: Figure;
  readonly rate: number;
  /** The text adds up the change itself: 年初预算A，追加B，全年预算D with A + B = D. */
  readonly explained: boolean;
}

const ADD_WORDS = RULE_WORDS['budget-adjustment'].addWords;
const CUT_WORDS = RULE_WORDS['budget-adjustment'].cutWords;
const UNSURE_WORDS = RULE_WORDS['budget-adjustment'].unsureWords;

/**
 * 年初预算A万元，其中…。年度执行中追加预算B万元，调减预算C万元，全年预算数为D万元: the year's budget told as the year-start
 * budget plus what was added less what was cut (former test33 2743, 2748). Preconditions (silent otherwise): D money of
 * phase adjustedBudget; right before it, in its sentence or the one before, one or more amounts only, each labelled
 * with an add word or a cut word in its label or its own clause (rule-words budget-adjustment addWords / cutWords, not
 * both), none naming carried-over money (unsureWords: which way that moves the budget is not said); before those, in
 * the same paragraph and within four figures, a year-start budget A (phase initialBudget) of D's currency, the figures
 * between A and the first change none with such a word and all in A's sentence (A's own 其中 parts). A + adds − cuts must be D within the
 * rounding of the figures. A 警告.
 */
function adjustmentSum(facts: AuditFacts): { findings: Finding[]; explained: Set<Figure> } {
  const out: Finding[] = [];
  const explained = new Set<Figure>();
  const figs = facts.figures;
  // The words before a figure back to the figure before it or the last 。, whichever is nearer: 年中追加食品安全抽检、
  // 特种设备隐患治理等资金718.65万元 labels its amount 资金, yet its words say 追加 (dev 2944, 2947, 2951); a list of
  // what was added may be set off by 、，or ； and a copy may break its lines anywhere.
  const clauseOf = (f: Figure): string => {
    const at = figs.indexOf(f);
    const prevEnd = at > 0 ? figs[at - 1]!.end : 0;
    const before = facts.text.slice(Math.max(prevEnd, f.start - 120), f.start);
    return before.slice(before.lastIndexOf('。') + 1);
  };
  const kindOf = (f: Figure): 'add' | 'cut' | null => {
    const clause = `${clauseOf(f)}${f.label}`;
    const add = ADD_WORDS.some((w) => clause.includes(w));
    const cut = CUT_WORDS.some((w) => clause.includes(w));
    return add === cut ? null : add ? 'add' : 'cut';
  };
  // 收回上年结转资金50.00万元后全年预算850.00万元: carried-over money brought into the year's budget — which way it
  // moves the budget the words do not say (dev 2821); such a change leaves the sum unread.
  const unsure = (f: Figure): boolean => UNSURE_WORDS.some((w) => clauseOf(f).includes(w) || f.label.includes(w));
  for (let i = 0; i < figs.length; i++) {
    const d = figs[i]!;
    if (d.kind !== 'money' || d.phase !== 'adjustedBudget' || d.comparative) continue;
    const changes: Array<{ f: Figure; kind: 'add' | 'cut' }> = [];
    let k = i - 1;
    for (; k >= 0 && i - k <= 6; k--) {
      const f = figs[k]!;
      if (f.paragraph !== d.paragraph || f.sentence < d.sentence - 1 || f.kind !== 'money' || f.currency !== d.currency) break;
      const kind = kindOf(f);
      if (kind === null) break;
      changes.unshift({ f, kind });
    }
    if (changes.length === 0 || changes.some((c) => unsure(c.f))) continue;
    let a: Figure | undefined;
    for (let j = k; j >= 0 && k - j < 4; j--) {
      const f = figs[j]!;
      if (f.paragraph !== d.paragraph || kindOf(f) !== null) break;
      if (f.kind === 'money' && f.phase === 'initialBudget' && f.currency === d.currency && !f.comparative && f.scaled > 0) {
        a = f;
        break;
      }
    }
    if (!a) continue;
    // The figures between A and the first change are A's own parts (其中…), in A's sentence; a figure after A's
    // sentence may be a change the words did not reveal: silent.
    const firstChange = changes[0]!.f;
    const between = figs.filter((f) => f.start > a!.end && f.end <= firstChange.start);
    if (between.some((f) => f.sentence !== a!.sentence)) continue;
    const sum = changes.reduce((s, c) => s + (c.kind === 'add' ? c.f.scaled : -c.f.scaled), a.scaled);
    const slack = roundingSlack([a, d, ...changes.map((c) => c.f)]);
    if (Math.abs(sum - d.scaled) <= slack) {
      explained.add(d);
      continue;
    }
    const u = d.moneyUnit;
    out.push(
      finding({
        rule: 'budget-adjustment',
        shape: 'adjustment-sum',
        severity: 'warning',
        message: `全年预算${d.raw}与年初预算${a.raw}${changes.map((c) => `${c.kind === 'add' ? '加' : '减'}${c.f.raw}`).join('')}（${inUnit(sum, u)}${u ?? '元'}）不符`,
        evidence: [quoteFigure(facts, d), quoteFigure(facts, a), ...changes.map((c) => quoteFigure(facts, c.f))],
        calculation: `${inUnit(a.scaled, u)}${changes.map((c) => ` ${c.kind === 'add' ? '+' : '−'} ${inUnit(c.f.scaled, u)}`).join('')} = ${inUnit(sum, u)} ≠ ${inUnit(d.scaled, u)}`,
      }),
    );
  }
  return { findings: out, explained };
}

export const budgetAdjustment: Rule = (facts, options) => {
  const { findings: sums, explained } = adjustmentSum(facts);
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
        // 年初预算A，年中追加B，全年预算D with A + B = D: the text itself accounts for the adjustment, figure by figure
        // (dev 3040, 3042, 3049 clean checks) — an explained adjustment is nothing to point out.
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push({ initial: a, adjusted: b, rate: ((b.scaled - a.scaled) / a.scaled) * 100, explained: explained.has(b) });
        }
        break;
      }
    }
  }
  const threshold = options.config.budgetAdjustmentPercent;
  if (pairs.length === 0) {
    const rows = flattenedFundsRows(facts);
    if (rows.length === 0) options.notChecked.push('budget-adjustment：未找到同一事项的年初预算数与全年预算数，未计算预算调整率');
    return [...sums, ...rowFindings(facts, rows, threshold)];
  }
  const over = pairs.filter((p) => !p.explained && Math.abs(p.rate) > threshold);
  if (over.length === 0) return sums;
  // The largest item first (the department total), then each other item over the threshold.
  over.sort((x, y) => y.adjusted.scaled - x.adjusted.scaled);
  return [...sums, ...over.slice(0, 5).map((p) => {
    const u = p.initial.moneyUnit;
    return finding({
      rule: 'budget-adjustment',
      severity: 'info',
      message: `预算调整幅度大：“${p.initial.subject || '预算'}”年初预算${p.initial.raw}，全年预算${p.adjusted.raw}，调整率${p.rate.toFixed(2)}%（超过${threshold}%）`,
      evidence: [quoteFigure(facts, p.initial), quoteFigure(facts, p.adjusted)],
      calculation: `(${inUnit(p.adjusted.scaled, u)} − ${inUnit(p.initial.scaled, u)}) ÷ ${inUnit(p.initial.scaled, u)} = ${p.rate.toFixed(2)}% > ${threshold}%`,
    });
  })];
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
