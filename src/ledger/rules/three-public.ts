/**
 * ledger.three-public — “三公” spending (接待, 出国/出境, 公务用车 running costs and purchase). Entries are
 * assigned a category by economic class or, failing that, by words in the 摘要 (data/ledger/three-public.json).
 * An entry whose 摘要 says 三公 but whose economic class is not a 三公 class is flagged (三公 spending hidden
 * in other classes); the sums per category, counting those too, are compared with the 三公 budget and with the
 * reported final figures.
 */
import type { DepartmentYear } from '../../core/department-year.ts';
import { type Finding, finding } from '../../core/finding.ts';
import { type LedgerRule, prefixMatcher, wordMatcher } from '../check-context.ts';
import { entryPath } from '../entry.ts';
import { type EvidenceKind, withEvidence } from '../evidence-strength.ts';
import { THREE_PUBLIC_CATEGORIES, type ThreePublicCategory } from '../rule-data.ts';
import { formatYuan } from '../format-money.ts';

export interface ThreePublicTotals {
  /** Entries booked under the category's economic classes. */
  readonly booked: Record<ThreePublicCategory, number>;
  /** Entries whose 摘要 names the category under another class. */
  readonly hidden: Record<ThreePublicCategory, number>;
}

/** The 三公 totals of a ledger (booked under their classes, and found under other classes) with the findings. */
export function threePublicTotals(
  entries: Parameters<LedgerRule['check']>[0],
  context: Parameters<LedgerRule['check']>[1],
): { totals: ThreePublicTotals; findings: Finding[] } {
    const rules = context.rules.threePublic;
    const byClass = THREE_PUBLIC_CATEGORIES.map((c) => ({ c, match: prefixMatcher(rules.categories[c].economic) }));
    const byWord = THREE_PUBLIC_CATEGORIES.map((c) => ({ c, match: wordMatcher(rules.categories[c].words) }));
    const excluded = wordMatcher(rules.excludeWords.words);
    const zero = () => Object.fromEntries(THREE_PUBLIC_CATEGORIES.map((c) => [c, 0])) as Record<ThreePublicCategory, number>;
    const totals: ThreePublicTotals = { booked: zero(), hidden: zero() };
    const out: Finding[] = [];
    const byPayee = THREE_PUBLIC_CATEGORIES.flatMap((c) => {
      const cat = rules.categories[c];
      if (!cat.payeeWords || cat.payeeWords.length === 0) return [];
      return [{ c, match: wordMatcher(cat.payeeWords), explained: prefixMatcher(cat.payeeExplainedByEconomic ?? []) }];
    });
    const byPlate = THREE_PUBLIC_CATEGORIES.flatMap((c) => {
      const pattern = rules.categories[c].platePattern;
      return pattern ? [{ c, re: new RegExp(pattern, 'u') }] : [];
    });
    for (const entry of entries) {
      // 1. The economic class decides first: booked under a 三公 class, the entry counts there, whatever its text.
      const classHit = byClass.find((x) => x.match(entry.economicCode));
      if (classHit) {
        totals.booked[classHit.c] += entry.amount;
        continue;
      }
      const payee = entry.payee ?? '';
      // 2. Negative context (信访接待室, 电梯年检 …) ends the search for this entry.
      if (excluded(entry.summary) || (payee !== '' && excluded(payee))) continue;
      // 3. Evidence, strongest first: a licence plate, a restaurant or hotel payee, then a word in the 摘要.
      let hit: { c: ThreePublicCategory; evidence: string; kind: EvidenceKind } | undefined;
      for (const p of byPlate) {
        const m = p.re.exec(entry.summary) ?? (payee !== '' ? p.re.exec(payee) : null);
        if (m) {
          hit = { c: p.c, evidence: `车牌号“${m[0]}”`, kind: 'plate' };
          break;
        }
      }
      if (!hit && payee !== '') {
        for (const p of byPayee) {
          const w = p.match(payee);
          if (w !== undefined && !p.explained(entry.economicCode)) {
            hit = { c: p.c, evidence: `收款方“${payee}”（${w}）`, kind: 'payee' };
            break;
          }
        }
      }
      if (!hit) {
        for (const candidate of byWord) {
          const w = candidate.match(entry.summary);
          if (w !== undefined) {
            hit = { c: candidate.c, evidence: `摘要含“${w}”`, kind: 'summary-word' };
            break;
          }
        }
      }
      if (!hit) continue;
      totals.hidden[hit.c] += entry.amount;
      const category = rules.categories[hit.c];
      out.push(
        withEvidence(finding({
          rule: threePublic.id,
          severity: 'warning',
          message:
            `第${entry.row}行：摘要“${entry.summary}”，${hit.evidence}，属${category.label}，却记在经济分类 ${entry.economicCode}` +
            `（应为 ${category.economic.join('/')}），金额 ${formatYuan(entry.amount)} / 三公 spending outside its economic class`,
          evidence: [{ path: entryPath(entry), line: entry.row, quote: entry.summary, value: entry.amount }],
        }), hit.kind),
      );
    }
  return { totals, findings: out };
}

export const threePublic: LedgerRule = {
  id: 'ledger.three-public',
  title: '“三公”经费',
  check(entries, context) {
    const { totals, findings } = threePublicTotals(entries, context);
    const rules = context.rules.threePublic;
    findings.push(...compareWithReported(totals, context.departmentYear?.threePublic, rules.categories, context.rules.classification.reconciliation.toleranceFen, this.id));
    return findings;
  },
};

type Reported = DepartmentYear['threePublic'];

/** Reported items per category: vehicle running/purchase may only be given together as `vehicles`. */
function compareWithReported(
  totals: ThreePublicTotals,
  reported: Reported | undefined,
  categories: Record<ThreePublicCategory, { label: string }>,
  tolerance: number,
  rule: string,
): Finding[] {
  if (!reported) {
    return [
      finding({
        rule,
        severity: 'info',
        message: '没有部门年度数据，“三公”经费未与预算数和决算数比较 / no department-year: 三公 totals not compared',
        evidence: [],
      }),
    ];
  }
  const sum = (c: ThreePublicCategory) => totals.booked[c] + totals.hidden[c];
  const groups: { label: string; path: string; ledger: number; item: { budget?: number; final?: number } | undefined }[] = [
    { label: categories.reception.label, path: 'threePublic.reception', ledger: sum('reception'), item: reported.reception },
    { label: categories.overseasTravel.label, path: 'threePublic.overseasTravel', ledger: sum('overseasTravel'), item: reported.overseasTravel },
  ];
  if (reported.vehicleOperation || reported.vehiclePurchase) {
    groups.push(
      { label: categories.vehicleOperation.label, path: 'threePublic.vehicleOperation', ledger: sum('vehicleOperation'), item: reported.vehicleOperation },
      { label: categories.vehiclePurchase.label, path: 'threePublic.vehiclePurchase', ledger: sum('vehiclePurchase'), item: reported.vehiclePurchase },
    );
  } else {
    groups.push({ label: '公务用车购置及运行维护费', path: 'threePublic.vehicles', ledger: sum('vehicleOperation') + sum('vehiclePurchase'), item: reported.vehicles });
  }
  const total = THREE_PUBLIC_CATEGORIES.reduce((s, c) => s + sum(c), 0);
  groups.push({ label: '“三公”经费合计', path: 'threePublic.total', ledger: total, item: reported.total });
  const out: Finding[] = [];
  for (const g of groups) {
    const final = g.item?.final;
    if (final !== undefined && Math.abs(g.ledger - final) > tolerance) {
      out.push(
        finding({
          rule,
          severity: 'error',
          message: `${g.label}：账面合计 ${formatYuan(g.ledger)}，公开决算数 ${formatYuan(final)}，相差 ${formatYuan(g.ledger - final)} / ledger 三公 total differs from the reported final`,
          evidence: [{ path: 'ledger', value: g.ledger }, { path: `${g.path}.final`, value: final }],
          calculation: `${formatYuan(g.ledger)} − ${formatYuan(final)} = ${formatYuan(g.ledger - final)}`,
          difference: g.ledger - final,
        }),
      );
    }
    const budget = g.item?.budget;
    if (budget !== undefined && g.ledger > budget + tolerance) {
      out.push(
        finding({
          rule,
          severity: 'warning',
          message: `${g.label}：账面合计 ${formatYuan(g.ledger)} 超过预算数 ${formatYuan(budget)} / ledger 三公 spending exceeds the budget`,
          evidence: [{ path: 'ledger', value: g.ledger }, { path: `${g.path}.budget`, value: budget }],
          calculation: `${formatYuan(g.ledger)} > ${formatYuan(budget)}`,
          difference: g.ledger - budget,
        }),
      );
    }
  }
  return out;
}
