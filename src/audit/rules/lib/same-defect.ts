/**
 * One wrong prose amount, several findings: it differs from its table cell (table-text-mismatch) and, being the
 * total or a part of a 其中 list, breaks that list's sum (sum-mismatch) by the same amount. Where the cell's value
 * would make the list add up (the two differences are equal), the sum is folded into the cell finding as more
 * arithmetic: the reviewer sees one defect, with both proofs.
 */
import { type Finding, finding } from '../../../core/finding.ts';

function covers(outer: { start?: number; end?: number }, inner: { start?: number; end?: number }): boolean {
  return outer.start !== undefined && outer.end !== undefined && inner.start !== undefined && inner.end !== undefined && outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * The other way round: a cell that breaks several sums (sum-mismatch names it, with the value that makes them agree,
 * and marks it `locus: 'cell'` — table-sums.ts, localize)
 * and the prose that states that value (table-text-mismatch against the same cell, by the same difference): the prose
 * confirms the cell is the wrong one. The mismatch is folded into the cell's finding.
 */
function foldProseIntoCell(findings: readonly Finding[]): Finding[] {
  const cells = findings.filter((f) => f.rule === 'sum-mismatch' && f.locus === 'cell' && f.evidence[0]?.cell && f.difference !== undefined);
  if (cells.length === 0) return [...findings];
  const absorbed = new Map<Finding, Finding>();
  for (const t of findings) {
    if (t.rule !== 'table-text-mismatch' || t.difference === undefined) continue;
    const cell = t.evidence.find((e) => e.cell);
    const s = cells.find((c) => c.evidence[0]!.start === cell?.start && Math.abs(c.difference! - t.difference!) <= 1);
    if (s) absorbed.set(t, s);
  }
  if (absorbed.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    if (absorbed.has(f)) continue;
    const more = [...absorbed].filter(([, s]) => s === f).map(([t]) => t);
    if (more.length === 0) {
      out.push(f);
      continue;
    }
    const seen = new Set(f.evidence.map((e) => `${e.start}:${e.end}`));
    const evidence = [...f.evidence];
    for (const t of more) for (const e of t.evidence) if (!seen.has(`${e.start}:${e.end}`)) {
      seen.add(`${e.start}:${e.end}`);
      evidence.push(e);
    }
    out.push(finding({ ...f, message: `${f.message}；正文所写也正是改正后的数（${more.map((t) => t.message).join('；')}）`, evidence, calculation: [f.calculation, ...more.map((t) => t.calculation)].filter((c) => c).join('；') }));
  }
  return out;
}

/** The rate a quote ends with (完成年初预算的101.61%): its value and decimals, or null. */
function statedRate(quote: string): { value: number; decimals: number } | null {
  const m = /(\d+(?:\.(\d+))?)[%％]$/.exec(quote);
  return m ? { value: Number(m[1]), decimals: m[2]?.length ?? 0 } : null;
}

/**
 * One wrong prose amount, a rate computed from the right one: the text writes 支出决算为360.17万元 where its cell holds
 * 360.71, and 完成年初预算的101.61% — which is 360.71 ÷ 355.00. The rate does not disagree with the text by a defect of
 * its own: it confirms the cell. Precondition: the rate finding quotes exactly two amounts, one of them the prose amount
 * of a table-text mismatch, and the stated rate (to its last written decimal) is the cell's value divided by the other
 * amount, the other by the cell's value, or their difference over the other; then the rate finding is folded into the
 * mismatch. Otherwise both stay.
 */
function foldRateIntoMismatch(findings: readonly Finding[]): Finding[] {
  const mismatches = findings.filter((f) => f.rule === 'table-text-mismatch' && f.evidence[0]?.value !== undefined && f.evidence.some((e) => e.cell && e.value !== undefined));
  if (mismatches.length === 0) return [...findings];
  const absorbed = new Map<Finding, Finding>();
  for (const p of findings) {
    if (p.rule !== 'percent-mismatch') continue;
    const amounts = p.evidence.filter((e) => e.value !== undefined && !e.cell);
    const rate = statedRate(p.evidence[p.evidence.length - 1]?.quote ?? '');
    if (amounts.length !== 2 || !rate) continue;
    const tol = 0.5 / 10 ** rate.decimals + 1e-9;
    const t = mismatches.find((m) => {
      const prose = m.evidence[0]!;
      const k = amounts.findIndex((a) => a.start === prose.start && a.end === prose.end);
      if (k < 0) return false;
      const cell = m.evidence.find((e) => e.cell && e.value !== undefined)!.value!;
      const other = amounts[1 - k]!.value!;
      if (cell <= 0 || other <= 0) return false;
      return [(cell / other) * 100, (other / cell) * 100, (Math.abs(cell - other) / other) * 100].some((r) => Math.abs(r - rate.value) <= tol);
    });
    if (t) absorbed.set(p, t);
  }
  if (absorbed.size === 0) return [...findings];
  const out: Finding[] = [];
  for (const f of findings) {
    if (absorbed.has(f)) continue;
    const more = [...absorbed].filter(([, t]) => t === f).map(([p]) => p);
    if (more.length === 0) {
      out.push(f);
      continue;
    }
    const seen = new Set(f.evidence.map((e) => `${e.start}:${e.end}`));
    const evidence = [...f.evidence];
    for (const p of more) for (const e of p.evidence) if (!seen.has(`${e.start}:${e.end}`)) {
      seen.add(`${e.start}:${e.end}`);
      evidence.push(e);
    }
    out.push(finding({ ...f, message: `${f.message}；文中所写比率按表中数字计算相符（${more.map((p) => p.message).join('；')}）`, evidence, calculation: [f.calculation, ...more.map((p) => p.calculation)].filter((c) => c).join('；') }));
  }
  return out;
}

export function foldSameDefect(input: readonly Finding[]): Finding[] {
  const findings = foldRateIntoMismatch(foldProseIntoCell(input));
  const mismatches = findings.filter((f) => f.rule === 'table-text-mismatch' && f.severity !== 'info' && f.difference !== undefined);
  if (mismatches.length === 0) return [...findings];
  const folded = new Map<Finding, Finding[]>();
  const absorbed = new Set<Finding>();
  for (const s of findings) {
    if (s.rule !== 'sum-mismatch' || s.difference === undefined || s.evidence.some((e) => e.cell)) continue;
    const t = mismatches.find((m) => Math.abs(m.difference! - s.difference!) <= 1 && s.evidence.some((e) => covers(e, m.evidence[0]!)));
    if (!t) continue;
    folded.set(t, [...(folded.get(t) ?? []), s]);
    absorbed.add(s);
  }
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
    out.push(
      finding({
        ...f,
        message: `${f.message}；按表中数字，文中所列各项之和也相符（${more.map((s) => s.message).join('；')}）`,
        evidence,
        calculation: [f.calculation, ...more.map((s) => s.calculation)].filter((c) => c).join('；'),
      }),
    );
  }
  return out;
}
