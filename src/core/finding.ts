/**
 * One finding type for every check in Jixiao: validation of a department-year, scoring checks, the report
 * audit, fixed assets and the ledger. Rule ids are stable strings; messages are Chinese.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding's evidence is: a path into structured data, or a span of a text. */
export interface Evidence {
  /** Quoted text (a sentence, a table cell). */
  readonly quote?: string;
  /** Character offsets of the quote in the (normalised) text, end exclusive. */
  readonly start?: number;
  readonly end?: number;
  /** 1-based line number of `start`. */
  readonly line?: number;
  /** Path into structured data, e.g. `expenditure.byNature.basic.amounts.final`. */
  readonly path?: string;
  /** The figure at this place, in 分 where it is money. */
  readonly value?: number;
  /** A table cell reference when the evidence is a cell: table caption or index, row and column labels. */
  readonly cell?: { readonly table: string; readonly row: string; readonly column: string };
}

export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /**
   * The message for the web app when `message` tells the command line's user to run a command or pass a flag
   * (channel-message.ts): what to do in the web app instead. Absent when one text serves both.
   */
  readonly webMessage?: string;
  readonly evidence: readonly Evidence[];
  /** The arithmetic written out, e.g. `458.18 + 64.37 + 85.77 = 608.32 ≠ 609.29`. */
  readonly calculation?: string;
  /** For a mismatch: the difference (in 分 where money). */
  readonly difference?: number;
  /**
   * Set when the finding blames one place rather than reporting a disagreement between places: `cell` — the table
   * cell of the first evidence is the suspected wrong figure (e.g. the one cell that breaks several sums). Read by
   * post-passes that merge findings of one defect; not part of any rendered output.
   */
  readonly locus?: 'cell';
  /**
   * The kind of evidence the finding rests on, named by the rule that emits it (sum-mismatch 'list-over': a 其中 list
   * adding beyond its total). The audit caps a finding's severity by its (rule, shape) as measured on unseen text
   * (data/audit/severity.json, src/audit/rules/lib/calibrate.ts). Not part of any rendered output.
   */
  readonly shape?: string;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function finding(f: Finding): Finding {
  return Object.freeze({ ...f, evidence: Object.freeze([...f.evidence]) });
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
