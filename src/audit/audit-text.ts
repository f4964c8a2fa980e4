/** auditText: normalise, extract facts, run the profile's rules. Pure and synchronous. */
import { forWeb } from '../core/channel-message.ts';
import { type Finding, countBySeverity, sortFindings } from '../core/finding.ts';
import { loadConfig, type Profile } from './config.ts';
import { extractFacts } from './facts/extract.ts';
import { normalizeText } from './read/normalize.ts';
import type { RuleOptions } from './rules/lib/types.ts';
import { PROFILES, RULES } from './rules/registry.ts';
import { calibrateSeverity } from './rules/lib/calibrate.ts';
import { demoteOnDamagedLines } from './rules/lib/damaged.ts';
import { foldSameDefect } from './rules/lib/same-defect.ts';

export interface AuditOptions {
  fiscalYear?: number;
  department?: string;
  /** The report's region: a name (湖南省) or a 行政区划代码 (431222); chooses a regional outline template. */
  region?: string;
  profile?: 'basic' | 'strict';
  file?: string;
}

export interface AuditReport {
  file: string;
  fiscalYear: number | null;
  department: string | null;
  summary: { errors: number; warnings: number; infos: number };
  findings: Finding[];
  notChecked: string[];
  /**
   * The web app's wording of the notChecked entries that name a command-line flag, keyed by the entry
   * (core/channel-message.ts); auditReportForWeb applies it.
   */
  webNotes?: ReadonlyMap<string, string>;
  /** The normalised text every evidence offset points into. */
  text: string;
}

/** A rule that fires more often than this on one text is describing noise, not defects; the rest is counted. */
const MAX_FINDINGS_PER_RULE = 100;

const configs = new Map<Profile, ReturnType<typeof loadConfig>>();

function byPosition(a: Finding, b: Finding): number {
  return (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0);
}

export function auditText(input: string, options: AuditOptions = {}): AuditReport {
  const profile: Profile = options.profile ?? 'basic';
  let config = configs.get(profile);
  if (!config) {
    config = loadConfig(profile);
    configs.set(profile, config);
  }
  const { text } = normalizeText(input);
  const facts = extractFacts(text, config);
  const fiscalYear = options.fiscalYear ?? facts.title.fiscalYear ?? facts.bodyYear;
  const department = options.department ?? facts.title.department;
  const notChecked: string[] = [];
  const webNotes = new Map<string, string>();
  if (text.trim().length === 0) notChecked.push('文本为空，未做任何检查');
  const ruleOptions: RuleOptions = {
    fiscalYear,
    fiscalYearFromBody: options.fiscalYear === undefined && facts.title.fiscalYear === null && facts.bodyYear !== null,
    department,
    region: options.region?.trim() || null,
    shortNames: facts.title.shortNames,
    profile,
    config,
    notChecked,
    webNotes,
  };
  const findings: Finding[] = [];
  for (const id of PROFILES[profile]) {
    try {
      const found = RULES[id](facts, ruleOptions);
      findings.push(...found.slice(0, MAX_FINDINGS_PER_RULE));
      if (found.length > MAX_FINDINGS_PER_RULE) {
        notChecked.push(`${id}：共${found.length}项，只列出前${MAX_FINDINGS_PER_RULE}项`);
      }
    } catch (err) {
      // One broken rule must not hide the others' findings; say so instead of passing silently.
      notChecked.push(`${id}：规则执行出错（${err instanceof Error ? err.message : String(err)}），未完成检查`);
    }
  }
  // Severity by measured reliability: each prose finding's kind of evidence caps its severity (data/audit/severity.json).
  const sorted = sortFindings(demoteOnDamagedLines(text, foldSameDefect(calibrateSeverity(findings))).sort(byPosition));
  return {
    file: options.file ?? '',
    fiscalYear,
    department,
    summary: countBySeverity(sorted),
    findings: sorted,
    notChecked,
    webNotes,
    text,
  };
}

/**
 * The report as the web app and its API show it: each finding's and notChecked entry's web wording, naming the
 * page's fields instead of a command-line flag (core/channel-message.ts). The command line shows the report as it is.
 */
export function auditReportForWeb(report: AuditReport): AuditReport {
  const { webNotes, ...rest } = report;
  return {
    ...rest,
    findings: report.findings.map((f) => forWeb(f)),
    notChecked: report.notChecked.map((n) => webNotes?.get(n) ?? n),
  };
}
