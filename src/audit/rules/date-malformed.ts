/** date-malformed — an impossible date (2月30日, 13月) or a malformed one (2024年9以来: 月 missing). */
import { type Finding, finding } from '../../core/finding.ts';
import { quoteSentenceAt, quoteSpan } from './lib/evidence.ts';
import { MAX_FINDINGS_PER_RULE, type Rule } from './lib/types.ts';

export const dateMalformed: Rule = (facts) => {
  const out: Finding[] = [];
  for (const d of facts.malformedDates) {
    if (out.length > MAX_FINDINGS_PER_RULE) break;
    const missingMonth = d.reason.includes('缺少');
    out.push(
      finding({
        rule: 'date-malformed',
        severity: missingMonth ? 'warning' : 'error',
        message: `日期有误：“${d.raw}”——${d.reason}`,
        evidence: [quoteSpan(facts, d), quoteSentenceAt(facts, d.start)],
      }),
    );
  }
  return out;
};
