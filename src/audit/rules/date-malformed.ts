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
  out.push(...fusedDocumentNumbers(facts));
  return out;
};

/**
 * 钦办通〔201965号: a document number whose year runs into its number — the closing 〕 is missing, so 201965 reads
 * as a year. Only with 号 right after the digits (a page that lost its brackets and 号 alike is a storage artefact).
 */
function fusedDocumentNumbers(facts: Parameters<Rule>[0]): Finding[] {
  const out: Finding[] = [];
  const re = /[〔［[]((?:19|20)\d{2})(\d{1,4})号/g;
  for (let m = re.exec(facts.text); m !== null && out.length < MAX_FINDINGS_PER_RULE; m = re.exec(facts.text)) {
    const start = m.index;
    const end = start + m[0].length;
    out.push(
      finding({
        rule: 'date-malformed',
        severity: 'warning',
        message: `文号有误：“${m[0]}”——年份${m[1]}后缺少“〕”，年份与序号连在一起`,
        evidence: [quoteSpan(facts, { start, end }), quoteSentenceAt(facts, start)],
      }),
    );
  }
  return out;
}
