/**
 * One wrong prose amount, several findings: it differs from its table cell (table-text-mismatch) and, being the
 * total or a part of a 其中 list, breaks that list's sum (sum-mismatch) by the same amount. Where the cell's value
 * would make the list add up (the two differences are equal), the sum is folded into the cell finding as more
 * arithmetic: the reviewer sees one defect, with both proofs.
 */
import { type Finding, finding, SEVERITY_ORDER } from '../../../core/finding.ts';

function covers(outer: { start?: number; end?: number }, inner: { start?: number; end?: number }): boolean {
  return outer.start !== undefined && outer.end !== undefined && inner.start !== undefined && inner.end !== undefined && outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Each host finding takes the findings folded into it (`folded`: host → absorbed, in reading order): their evidence
 * (each place once), their arithmetic, and their messages after `clause`; the absorbed findings are dropped.
 */
function mergeFolded(findings: readonly Finding[], folded: ReadonlyMap<Finding, readonly Finding[]>, clause: string, raise = false): Finding[] {
  const absorbed = new Set([...folded.values()].flat());
  if (absorbed.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    if (absorbed.has(f)) continue;
    const more = folded.get(f);
    if (!more) {
      out.push(f);
      continue;
    }
    const seen = new Set(f.evidence.map((e) => `${e.start}:${e.end}`));
    const evidence = [...f.evidence];
    for (const s of more) for (const e of s.evidence) if (!seen.has(`${e.start}:${e.end}`)) {
      seen.add(`${e.start}:${e.end}`);
      evidence.push(e);
    }
    const message = `${f.message}；${clause}（${more.map((s) => s.message).join('；')}）`;
    // (`raise`: the host takes the gravest severity of the findings it absorbs — two readings of one defect agreeing.)
    const severity = raise ? [f, ...more].map((s) => s.severity).sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])[0]! : f.severity;
    out.push(finding({ ...f, severity, message, evidence, calculation: [f.calculation, ...more.map((s) => s.calculation)].filter((c) => c).join('；') }));
  }
  return out;
}

/**
 * The other way round: a cell that breaks several sums (sum-mismatch names it, with the value that makes them agree,
 * and marks it `locus: 'cell'` — table-sums.ts, localize)
 * and the prose that states that value (table-text-mismatch against the same cell, by the same difference): the prose
 * confirms the cell is the wrong one. The mismatch is folded into the cell's finding.
 */
function foldProseIntoCell(findings: readonly Finding[]): Finding[] {
  const cells = findings.filter((f) => f.rule === 'sum-mismatch' && f.locus === 'cell' && f.evidence[0]?.cell && f.difference !== undefined);
  const sums = findings.filter((f) => f.rule === 'sum-mismatch' && f.evidence.length > 1 && f.evidence.every((e) => e.cell));
  if (cells.length === 0 && sums.length === 0) return [...findings];
  const absorbed = new Map<Finding, Finding>();
  for (const t of findings) {
    if (t.rule !== 'table-text-mismatch' || t.difference === undefined) continue;
    const cell = t.evidence.find((e) => e.cell);
    const s = cells.find((c) => c.evidence[0]!.start === cell?.start && Math.abs(c.difference! - t.difference!) <= 1) ?? sums.find((c) => proseMendsSum(c, t));
    if (s) absorbed.set(t, s);
  }
  const folded = new Map<Finding, Finding[]>();
  for (const [t, s] of absorbed) folded.set(s, [...(folded.get(s) ?? []), t]);
  return mergeFolded(findings, folded, '正文所写也正是改正后的数');
}

/** Between 元 and 万元, and 元 and 亿元. */
const UNIT_FACTORS = [1e4, 1e8];

/** The number a calculation writes (1,234.50 → 1234.5). */
const num = (t: string): number => Number(t.replace(/,/g, ''));
const NUMBER = '(-?[\\d,]+(?:\\.\\d+)?)';
const RATE_CALC = new RegExp(`^${NUMBER} ÷ ${NUMBER} = [\\d.]+% ≠ (-?\\d+(?:\\.(\\d+))?)%$`);
/** A change rate over last year's base: change ÷ (this year ∓ change) = x% ≠ R% (percent-mismatch, change-rate). */
const BASE_RATE_CALC = new RegExp(`^${NUMBER} ÷ \\(${NUMBER} ([+−]) ${NUMBER}\\) = [\\d.]+% ≠ (-?\\d+(?:\\.(\\d+))?)%$`);
/** A sum's arithmetic ending in its total: … = S ≠ T (sum-mismatch). */
const SUM_CALC = new RegExp(`= ${NUMBER} ≠ ${NUMBER}$`);
const ORDER_CALC = new RegExp(`^${NUMBER} ([<>]) ${NUMBER}$`);
const MISMATCH_CALC = new RegExp(`^${NUMBER}(\\S*) ≠ ${NUMBER}(\\S*)$`);

/** A sum's arithmetic, nothing more: its parts, their sum and the total written (`a + b + c = S ≠ T`). */
const PLAIN_SUM_CALC = /^(-?[\d,.]+(?: \+ -?[\d,.]+)+) = (-?[\d,.]+) ≠ (-?[\d,.]+)$/;

/**
 * Whether the prose amount of a table-text-mismatch (`P ≠ C`, both in the cell's unit) is the value that makes a
 * column sum of the tables add up, written in the cell C the sum names (its total, evidence 0, or one of its parts, in
 * the order of the calculation): the cell is the wrong figure, the prose right (audit-pdf 345: 公务用车 row 7.31 where
 * 0.00 + 6.31 make it and the text says 6.31; 802: the 类 subtotal 8,773,515.85 of 款 adding to the text's 8,763,515.85).
 */
function proseMendsSum(sum: Finding, mismatch: Finding): boolean {
  const m = MISMATCH_CALC.exec(mismatch.calculation ?? '');
  const calc = PLAIN_SUM_CALC.exec(sum.calculation ?? '');
  const cell = mismatch.evidence.find((e) => e.cell);
  if (!m || !calc || m[2] !== m[4] || cell?.start === undefined) return false;
  const [prose, written] = [num(m[1]!), num(m[3]!)];
  const parts = calc[1]!.split(' + ').map(num);
  const [total, stated] = [num(calc[2]!), num(calc[3]!)];
  if (parts.length !== sum.evidence.length - 1) return false;
  const at = sum.evidence.findIndex((e) => e.start === cell.start && e.end === cell.end);
  const close = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;
  if (at === 0) return close(stated, written) && close(total, prose);
  return at > 0 && close(parts[at - 1]!, written) && close(total - written + prose, stated);
}

/**
 * Whether a rate or an order finding (percent-mismatch `A ÷ B = x% ≠ R%` or `C ÷ (A ∓ C) = x% ≠ R%`, direction-mismatch `A > B`) rests on the
 * prose amount `wrong` alone: written with the cell's value `right` instead, its rate is the stated one (40.43 ÷ 43 =
 * 94.02%) or its order is the one the words state (40.43 < 43.00, 决算数小于年初预算数).
 */
function restsOn(calculation: string, wrong: number, right: number): boolean {
  // (The rate may be written of the amount in the prose's unit — 153.26万元 — where the mismatch compares it in the
  // cell's, 1532600元 against 1,523,600.00元: the amount ×10⁴ or ×10⁸ is the wrong one, the right one as much smaller.)
  const swap = (t: string): number | null => {
    const n = num(t);
    if (n === wrong) return right;
    for (const factor of UNIT_FACTORS) if (n !== 0 && Math.abs(n * factor - wrong) < 0.5) return right / factor;
    return null;
  };
  const rate = RATE_CALC.exec(calculation);
  if (rate) {
    const [a, b] = [swap(rate[1]!), swap(rate[2]!)];
    if ((a === null) === (b === null)) return false;
    const value = ((a ?? num(rate[1]!)) / (b ?? num(rate[2]!))) * 100;
    const decimals = (rate[4] ?? '').length;
    return Number.isFinite(value) && Math.abs(value - num(rate[3]!)) <= 0.5 / 10 ** decimals + 1e-9;
  }
  const base = BASE_RATE_CALC.exec(calculation);
  if (base) {
    // (The amount of this year stands in the base; the change is the other figure.)
    const current = swap(base[2]!);
    if (current === null || swap(base[1]!) !== null) return false;
    const change = num(base[1]!);
    const value = (change / (base[3] === '+' ? current + num(base[4]!) : current - num(base[4]!))) * 100;
    const decimals = (base[6] ?? '').length;
    return Number.isFinite(value) && Math.abs(Math.abs(value) - Math.abs(num(base[5]!))) <= 0.5 / 10 ** decimals + 1e-9;
  }
  const order = ORDER_CALC.exec(calculation);
  if (order) {
    const [a, b] = [swap(order[1]!), swap(order[3]!)];
    if ((a === null) === (b === null)) return false;
    const x = a ?? num(order[1]!);
    const y = b ?? num(order[3]!);
    return order[2] === '>' ? x < y : x > y;
  }
  return false;
}

/**
 * The wrong amount and the right one a finding proves, with the place of the wrong one: a prose amount against its
 * cell (table-text-mismatch, an error, both in one unit), or a 三公 total against its three items stated apart
 * (sum-mismatch sangong-across-text: the total wrong where a rate written of it is right of the items' sum). Null for
 * any other finding.
 */
function wrongAmount(t: Finding): { wrong: number; right: number; at: { start?: number; end?: number }; clause: string } | null {
  if (!t.calculation) return null;
  const prose = t.evidence[0];
  if (!prose || prose.cell || prose.start === undefined) return null;
  if (t.rule === 'table-text-mismatch' && t.severity === 'error') {
    const m = MISMATCH_CALC.exec(t.calculation);
    return m && m[2] === m[4] ? { wrong: num(m[1]!), right: num(m[3]!), at: prose, clause: '按表中数字，文中据此所写的比率或大小关系也相符' } : null;
  }
  if (t.rule === 'sum-mismatch' && t.shape === 'sangong-across-text') {
    const m = SUM_CALC.exec(t.calculation);
    return m ? { wrong: num(m[2]!), right: num(m[1]!), at: prose, clause: '按所列各项之和，文中据此所写的比率或大小关系也相符' } : null;
  }
  return null;
}

/**
 * A rate or an order stated about a prose amount that differs from its cell (table-text-mismatch): where the cell's
 * value makes the rate or the order right (支出决算为44.03万元 for the cell's 40.43, 完成年初预算的94.02% and 决算数小于
 * 年初预算数 are right of 40.43), the two findings rest on the one wrong amount and are folded into its finding as more
 * arithmetic. Precondition: the finding quotes that very amount (same place), its calculation names it once, and the
 * mismatch writes both amounts in one unit. The same for a 三公 total whose three items, stated apart, add up to another
 * amount (sum-mismatch sangong-across-text): a rate right of their sum rests on the wrong total.
 */
function foldRestingOnAmount(findings: readonly Finding[]): Finding[] {
  /** Host → absorbed, by the clause the host's kind of proof writes. */
  const byClause = new Map<string, Map<Finding, Finding[]>>();
  const absorbed = new Set<Finding>();
  for (const t of findings) {
    const amount = wrongAmount(t);
    if (!amount) continue;
    const prose = amount.at;
    for (const f of findings) {
      if ((f.rule !== 'percent-mismatch' && f.rule !== 'direction-mismatch') || absorbed.has(f) || !f.calculation) continue;
      if (!f.evidence.some((e) => e.start === prose.start && e.end === prose.end)) continue;
      if (!restsOn(f.calculation, amount.wrong, amount.right)) continue;
      const folded = byClause.get(amount.clause) ?? new Map<Finding, Finding[]>();
      byClause.set(amount.clause, folded);
      folded.set(t, [...(folded.get(t) ?? []), f]);
      absorbed.add(f);
    }
  }
  let out: readonly Finding[] = findings;
  for (const [clause, folded] of byClause) out = mergeFolded(out, folded, clause);
  return [...out];
}

/**
 * A head count broken down by kind (编制人数45人，其中行政编制30人、事业编制12人) is read by count-mismatch (its breakdown
 * shapes) and, as any 其中 list, by sum-mismatch: one defect. The sum-mismatch finding on the same total is dropped.
 */
function foldSumIntoBreakdown(findings: readonly Finding[]): Finding[] {
  const totals = new Set(findings.filter((f) => f.rule === 'count-mismatch' && f.shape?.startsWith('breakdown-')).map((f) => f.evidence[0]?.start));
  if (totals.size === 0) return [...findings];
  return findings.filter((f) => f.rule !== 'sum-mismatch' || !totals.has(f.evidence[0]?.start));
}

/**
 * A rate read as one digit off its two amounts (percent-mismatch slipped-rate) where one of the amounts is the total
 * of a sum that does not add up (sum-mismatch, `… = S ≠ T`) and the rate is right of the parts' sum S: the total is the
 * wrong figure, not the rate (三公 支出决算为4.63万元, parts 4.53, 完成预算的90.60% of 5.00). The same for a share of
 * that total (A ÷ T = x% ≠ R%, the total its denominator) right of S (本年收入合计620.25万元，其中：财政拨款收入612.54万元，
 * 占本年收入合计的98.92%, parts 619.25: audit-pdf 373). The rate finding is folded into the sum's.
 */
function restsOnTotal(f: Finding, sum: RegExpExecArray): boolean {
  if (f.shape === 'slipped-rate') return restsOn(f.calculation!, num(sum[2]!), num(sum[1]!));
  const rate = RATE_CALC.exec(f.calculation!);
  return rate !== null && num(rate[2]!) === num(sum[2]!) && restsOn(f.calculation!, num(sum[2]!), num(sum[1]!));
}

/**
 * A share of one part of a 其中 list (A ÷ T = x% ≠ R%, T the list's total) where the list does not add up (`… + A + … = S
 * ≠ T`) and the share is right of the part the list would need (A − (S − T)): the part is the wrong figure, not its share
 * (其中：基本支出168.78万元，占81.59%；项目支出35.82万元 of 194.60: 158.78 ÷ 194.60 = 81.59%, audit-pdf 339, 801). Precondition:
 * the part's place lies inside the list's quoted span, and the parts add up to more than the total.
 */
function restsOnPart(f: Finding, t: Finding, sum: RegExpExecArray): boolean {
  const rate = RATE_CALC.exec(f.calculation!);
  const part = f.evidence[0];
  if (!rate || num(rate[2]!) !== num(sum[2]!) || part?.start === undefined || part.end === undefined) return false;
  if (!t.evidence.slice(1).some((e) => e.start !== undefined && e.end !== undefined && !e.cell && e.start <= part.start! && part.end! <= e.end)) return false;
  const parts = (PLAIN_SUM_CALC.exec(t.calculation!)?.[1] ?? '').split(' + ').map(num);
  const a = num(rate[1]!);
  // (Only parts that add up to more than the total: a list that falls short may leave an item out, 其他 unnamed, and a
  // share written as 100% less the others' is then wrong — dev 059.)
  if (!parts.includes(a) || num(sum[1]!) <= num(sum[2]!)) return false;
  return restsOn(f.calculation!, a, Math.round((a - (num(sum[1]!) - num(sum[2]!))) * 1e4) / 1e4);
}

function foldSlipIntoSum(findings: readonly Finding[]): Finding[] {
  const folded = new Map<Finding, Finding[]>();
  const ofPart = new Map<Finding, Finding[]>();
  const absorbed = new Set<Finding>();
  for (const t of findings) {
    if (t.rule !== 'sum-mismatch' || !t.calculation) continue;
    const total = t.evidence[0];
    const m = SUM_CALC.exec(t.calculation);
    if (!m || !total || total.cell || total.start === undefined) continue;
    for (const f of findings) {
      if (f.rule !== 'percent-mismatch' || absorbed.has(f) || !f.calculation) continue;
      if (!f.evidence.some((e) => e.start === total.start && e.end === total.end)) continue;
      const into = restsOnTotal(f, m) ? folded : restsOnPart(f, t, m) ? ofPart : null;
      if (!into) continue;
      into.set(t, [...(into.get(t) ?? []), f]);
      absorbed.add(f);
    }
  }
  // (A sum that absorbs both kinds is merged once, under the first clause.)
  for (const [t, list] of ofPart) if (folded.has(t)) {
    folded.set(t, [...folded.get(t)!, ...list]);
    ofPart.delete(t);
  }
  const once = mergeFolded(findings, folded, '按所列各项之和，文中据此所写的比率也相符', true);
  return mergeFolded(once, ofPart, '按合计减去其余各项，文中所写的占比也相符', true);
}

/**
 * One amount in the wrong unit, read several ways (unit): against its change and rate, against the same digits in
 * another unit elsewhere, against its list's total, against its table cell — each finding quotes that amount. Unit
 * findings that quote one prose place alike (the same span) are one defect: folded into the gravest of them, the others'
 * proofs kept as more arithmetic (audit-pdf 223, 270, 302, 351: two or three findings on one slip).
 */
function foldUnitReadings(findings: readonly Finding[]): Finding[] {
  const units = findings.filter((f) => f.rule === 'unit');
  if (units.length < 2) return [...findings];
  const spans = (f: Finding): string[] => f.evidence.filter((e) => !e.cell && e.start !== undefined && e.end !== undefined).map((e) => `${e.start}:${e.end}`);
  const byRank = [...units].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const folded = new Map<Finding, Finding[]>();
  const absorbed = new Set<Finding>();
  for (const host of byRank) {
    if (absorbed.has(host)) continue;
    const places = new Set(spans(host));
    for (const f of byRank) {
      if (f === host || absorbed.has(f) || folded.has(f) || !spans(f).some((k) => places.has(k))) continue;
      folded.set(host, [...(folded.get(host) ?? []), f]);
      absorbed.add(f);
      for (const k of spans(f)) places.add(k);
    }
  }
  return mergeFolded(findings, folded, '同一处单位另据');
}

export function foldSameDefect(input: readonly Finding[]): Finding[] {
  const findings = foldUnitReadings(foldSlipIntoSum(foldRestingOnAmount(foldProseIntoCell(foldSumIntoBreakdown(input)))));
  // (A mismatch of any severity: a 提示 for the cell's scope, it is borne out by the sum that breaks by as much at the same
  // amount, and takes the sum's severity — audit-pdf 838, the 三公 item 1.85 for the cell's 0.65 and the items' sum 1.20 over.)
  const mismatches = findings.filter((f) => f.rule === 'table-text-mismatch' && f.difference !== undefined);
  if (mismatches.length === 0) return [...findings];
  const folded = new Map<Finding, Finding[]>();
  const absorbed = new Set<Finding>();
  for (const s of findings) {
    if (s.rule !== 'sum-mismatch' || s.difference === undefined || s.evidence.some((e) => e.cell)) continue;
    const t = mismatches.find((m) => Math.abs(m.difference! - s.difference!) <= 1 && s.evidence.some((e) => covers(e, m.evidence[0]!) || covers(m.evidence[0]!, e)));
    if (!t) continue;
    folded.set(t, [...(folded.get(t) ?? []), s]);
    absorbed.add(s);
  }
  return mergeFolded(findings, folded, '按表中数字，文中所列各项之和也相符', true);
}
