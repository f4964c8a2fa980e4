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

export function foldSameDefect(input: readonly Finding[]): Finding[] {
  const findings = foldProseIntoCell(input);
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
