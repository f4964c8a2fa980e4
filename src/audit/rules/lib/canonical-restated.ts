/**
 * canonical-restated (table-text-mismatch): one department-level quantity (年初预算, 全年预算, 全年支出, 预算执行率,
 * “三公”经费, 编制数, 实有人数, 内设机构数, 自评得分 — facts/canonical-quantities.ts) stated twice in the prose with two
 * values beyond rounding: 部门年初预算2786.50万元 in the overview and 年初预算2768.50万元 in the budget section.
 *
 * Preconditions (silent otherwise): each statement's scope is the department's (the facts module's checks); the kind
 * is stated at most maxStatements times; its statements hold exactly two values (three values is a scope the reader
 * did not see). The place quoted first is the value stated once where the other is stated more often, else the later.
 * Severity: a warning (shape canonical-restated, data/audit/severity.json).
 */
import canonical from '../../../../data/audit/canonical-quantities.json' with { type: 'json' };
import { type Finding, finding } from '../../../core/finding.ts';
import { MONEY_UNITS } from '../../../core/money.ts';
import { canonicalStatements, type QuantityStatement } from '../../facts/canonical-quantities.ts';
import type { AuditFacts } from '../../facts/types.ts';
import { quoteFigure } from './evidence.ts';
import type { RuleOptions } from './types.ts';

const MAX_STATEMENTS = canonical.maxStatements;

function agree(a: QuantityStatement, b: QuantityStatement): boolean {
  return Math.abs(a.value - b.value) <= a.half + b.half + 1e-9;
}

function shown(s: QuantityStatement): string {
  return s.figure.raw;
}

/** A value in the unit the statement is written in (money in its own 万元 or 元), with that unit. */
function inUnit(value: number, s: QuantityStatement): string {
  if (s.kind.unit === 'money') {
    const unit = s.figure.moneyUnit ?? '元';
    return `${format(value / 10 ** (MONEY_UNITS[unit] - 2), 6)}${unit}`;
  }
  if (s.kind.unit === 'percent') return `${format(value, 4)}%`;
  return `${format(value, 4)}${s.kind.unit === 'score' ? '分' : s.figure.unit}`;
}

function format(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

export function canonicalRestatedFindings(facts: AuditFacts, options: RuleOptions): Finding[] {
  const statements = canonicalStatements(facts, options);
  const byKind = new Map<string, QuantityStatement[]>();
  for (const s of statements) byKind.set(s.kind.id, [...(byKind.get(s.kind.id) ?? []), s]);
  const out: Finding[] = [];
  for (const list of byKind.values()) {
    if (list.length < 2 || list.length > MAX_STATEMENTS) continue;
    const first = list[0]!;
    const same = list.filter((s) => agree(s, first));
    const other = list.filter((s) => !agree(s, first));
    if (other.length === 0) continue;
    const second = other[0]!;
    // Exactly two values: every statement agrees with the first or with the second, and none with both.
    if (!other.every((s) => agree(s, second)) || same.some((s) => agree(s, second))) continue;
    const [wrong, right] = other.length === 1 && same.length > 1 ? [second, first] : same.length === 1 && other.length > 1 ? [first, second] : [second, first];
    const kind = first.kind;
    const difference = Math.abs(wrong.value - right.value);
    const gap = kind.unit === 'percent' ? `${format(difference, 4)}个百分点` : inUnit(difference, wrong);
    out.push(
      finding({
        rule: 'table-text-mismatch',
        severity: 'warning',
        shape: 'canonical-restated',
        message: `部门${kind.name}前后不一致：一处写为${shown(wrong)}，另一处写为${shown(right)}，相差${gap}`,
        evidence: [quoteFigure(facts, wrong.figure), quoteFigure(facts, right.figure)],
        calculation: `${inUnit(wrong.value, wrong)} ≠ ${inUnit(right.value, wrong)}`,
        ...(kind.unit === 'money' ? { difference: Math.round(difference * 100) } : {}),
      }),
    );
  }
  return out;
}

function overlaps(a: { start?: number; end?: number }, b: { start?: number; end?: number }): boolean {
  return a.start !== undefined && a.end !== undefined && b.start !== undefined && b.end !== undefined && a.start < b.end && b.start < a.end;
}

/**
 * One defect, one finding: a canonical-restated finding one of whose places another rule's error or warning already
 * quotes (percent-mismatch on the 执行率 stated twice, budget-adjustment on the 调整后预算) is folded into that
 * finding — its other place and its arithmetic added — and not reported on its own. Called by lib/same-defect.ts.
 */
export function foldCanonicalRestated(findings: readonly Finding[]): Finding[] {
  const restated = findings.filter((f) => f.shape === 'canonical-restated');
  if (restated.length === 0) return [...findings];
  const folded = new Map<Finding, Finding[]>();
  const absorbed = new Set<Finding>();
  for (const r of restated) {
    const host = findings.find((f) => f !== r && f.shape !== 'canonical-restated' && f.severity !== 'info' && r.evidence.some((e) => f.evidence.some((g) => overlaps(e, g))));
    if (!host) continue;
    folded.set(host, [...(folded.get(host) ?? []), r]);
    absorbed.add(r);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    if (absorbed.has(f)) continue;
    const more = folded.get(f);
    if (!more) {
      out.push(f);
      continue;
    }
    const evidence = [...f.evidence];
    for (const r of more) for (const e of r.evidence) if (!evidence.some((g) => g.start === e.start && g.end === e.end)) evidence.push(e);
    const message = `${f.message}；又，${more.map((r) => r.message).join('；')}`;
    const calculation = [f.calculation, ...more.map((r) => r.calculation)].filter((c) => c).join('；');
    out.push(finding({ ...f, message, evidence, ...(calculation ? { calculation } : {}) }));
  }
  return out;
}
