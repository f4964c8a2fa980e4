/**
 * A rule id checked by more than one module: the rule's own findings, then those of passes added beside it (a
 * figure-relations pass reporting under the rule id that names its defect). An added finding whose first place the
 * rule already reported is left out — one defect, one finding.
 */
import type { Finding } from '../../../core/finding.ts';
import type { AuditFacts } from '../../facts/types.ts';
import type { Rule, RuleOptions } from './types.ts';

export type Pass = (facts: AuditFacts, options: RuleOptions) => Finding[];

function overlaps(a: Finding['evidence'][number], b: Finding['evidence'][number]): boolean {
  if (a.start === undefined || a.end === undefined || b.start === undefined || b.end === undefined) return false;
  return a.start < b.end && b.start < a.end;
}

export function joined(rule: Rule, ...passes: readonly Pass[]): Rule {
  return (facts, options) => {
    const own = rule(facts, options);
    const out = [...own];
    for (const pass of passes) {
      for (const f of pass(facts, options)) {
        const first = f.evidence[0];
        if (first && out.some((g) => g.evidence.some((e) => overlaps(e, first)))) continue;
        out.push(f);
      }
    }
    return out;
  };
}
