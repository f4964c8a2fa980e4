/** Test helper: run one rule over an inline report text, as auditText would. */
import type { Finding } from '../../../core/finding.ts';
import { loadConfig, type Profile } from '../../config.ts';
import { extractFacts } from '../../facts/extract.ts';
import { normalizeText } from '../../read/normalize.ts';
import type { Rule } from './types.ts';

export function runRule(
  rule: Rule,
  text: string,
  options: { fiscalYear?: number; department?: string; region?: string; profile?: Profile } = {},
): { findings: Finding[]; notChecked: string[] } {
  const profile = options.profile ?? 'basic';
  const config = loadConfig(profile);
  const facts = extractFacts(normalizeText(text).text, config);
  const notChecked: string[] = [];
  const findings = rule(facts, {
    fiscalYear: options.fiscalYear ?? facts.title.fiscalYear ?? facts.bodyYear,
    fiscalYearFromBody: options.fiscalYear === undefined && facts.title.fiscalYear === null && facts.bodyYear !== null,
    department: options.department ?? facts.title.department,
    region: options.region ?? null,
    shortNames: facts.title.shortNames,
    profile,
    config,
    notChecked,
  });
  return { findings, notChecked };
}
