import type { Finding } from '../../../core/finding.ts';
import type { AuditConfig, Profile } from '../../config.ts';
import type { AuditFacts } from '../../facts/types.ts';

export interface RuleOptions {
  readonly fiscalYear: number | null;
  /**
   * True when the year was read from the sentences (facts/body-year.ts), not given or read from the title: sure
   * enough to tell an earlier year's sentence left in, not to judge every later date (a copied page's dates).
   */
  readonly fiscalYearFromBody?: boolean;
  readonly department: string | null;
  /**
   * The report's region as the caller gives it (jixiao check --region, the API's region, the installation's
   * JIXIAO_REGION): a name (湖南省) or a 行政区划代码 (431222); null when not given.
   */
  readonly region?: string | null;
  readonly shortNames: readonly string[];
  readonly profile: Profile;
  readonly config: AuditConfig;
  /** Rules add what they could not check, and why (a reviewer must not read silence as a pass). */
  readonly notChecked: string[];
  /**
   * The web app's wording of a notChecked entry that names a command-line flag, keyed by the entry (the command
   * line's text): rules add both through noteNotChecked (not-checked.ts).
   */
  readonly webNotes?: Map<string, string>;
}

export type Rule = (facts: AuditFacts, options: RuleOptions) => Finding[];

/**
 * A rule stops collecting after this many findings: beyond it the text is noise, not a report, and the
 * engine says how many were left out.
 */
export const MAX_FINDINGS_PER_RULE = 100;
