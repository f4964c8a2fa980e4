/**
 * Run every ledger check and shape the result: the findings, a summary per rule, and the flagged entries
 * (one per entry, with every reason), which the CLI and the Excel export sort by amount.
 */
import { forWeb } from '../core/channel-message.ts';
import { countBySeverity, type Finding, SEVERITY_ORDER, type Severity } from '../core/finding.ts';
import { withInferredNature } from './basic-projects.ts';
import type { LedgerCheckContext, LedgerRule } from './check-context.ts';
import { entryPath, type LedgerEntry } from './entry.ts';
import { strengthOf } from './evidence-strength.ts';
import { withProjectAliases } from './project-aliases.ts';
import { LEDGER_RULES } from './rules/registry.ts';

export interface RuleSummary {
  readonly rule: string;
  readonly title: string;
  readonly findings: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Entries this rule flagged, and their amount. */
  readonly entries: number;
  readonly amount: number;
}

export interface FlaggedEntry {
  readonly entry: LedgerEntry;
  readonly severity: Severity;
  /** Strength of the strongest evidence against the entry (data/ledger/evidence-strength.json). */
  readonly strength: number;
  readonly rules: readonly string[];
  readonly messages: readonly string[];
}

export interface LedgerCheckReport {
  readonly entries: number;
  readonly findings: readonly Finding[];
  readonly summary: readonly RuleSummary[];
  readonly flagged: readonly FlaggedEntry[];
}

const ROW_PATH = /^ledger\[row (\d+)\]$/;

export function checkLedger(
  entries: readonly LedgerEntry[],
  context: LedgerCheckContext,
  rules: readonly LedgerRule[] = LEDGER_RULES,
): LedgerCheckReport {
  // Inference: in a 预算管理一体化 ledger, entries of a project shaped like a basic one are read as basic (basic-projects.ts).
  // A project the book writes under two codes of one name (a system switch renumbered it) is one project (project-aliases.ts).
  entries = withInferredNature(withProjectAliases(entries), context);
  // Evidence names an entry by its path (entryPath): its row, and its column where a 多栏账 row made several entries.
  const byPath = new Map<string, LedgerEntry>();
  const byRow = new Map<number, LedgerEntry>();
  for (const e of entries) {
    byPath.set(entryPath(e), e);
    if (!byRow.has(e.row)) byRow.set(e.row, e);
  }
  const entryAt = (path: string | undefined): LedgerEntry | undefined => {
    if (!path) return undefined;
    const m = ROW_PATH.exec(path);
    return byPath.get(path) ?? (m ? byRow.get(Number(m[1])) : undefined);
  };
  const findings: Finding[] = [];
  const summary: RuleSummary[] = [];
  const flagged = new Map<
    string,
    { entry: LedgerEntry; severity: Severity; strength: number; rules: string[]; ranked: { strength: number; message: string }[] }
  >();
  for (const rule of rules) {
    const found = rule.check(entries, context);
    const paths = new Set<string>();
    for (const f of found) {
      for (const ev of f.evidence) {
        const entry = entryAt(ev.path);
        if (!entry) continue;
        const key = entryPath(entry);
        paths.add(key);
        const slot = flagged.get(key) ?? { entry, severity: f.severity, strength: 0, rules: [], ranked: [] };
        if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[slot.severity]) slot.severity = f.severity;
        slot.strength = Math.max(slot.strength, strengthOf(f));
        if (!slot.rules.includes(f.rule)) slot.rules.push(f.rule);
        slot.ranked.push({ strength: strengthOf(f), message: f.message });
        flagged.set(key, slot);
      }
    }
    findings.push(...found);
    const counts = countBySeverity(found);
    let amount = 0;
    for (const path of paths) amount += byPath.get(path)!.amount;
    summary.push({
      rule: rule.id,
      title: rule.title,
      findings: found.length,
      errors: counts.errors,
      warnings: counts.warnings,
      infos: counts.infos,
      entries: paths.size,
      amount,
    });
  }
  // An entry's reasons, strongest evidence first (a stable sort keeps the rules' order among equals); at most five.
  const out = [...flagged.values()].map(({ ranked, ...slot }) => ({
    ...slot,
    messages: [...ranked].sort((a, b) => b.strength - a.strength).slice(0, 5).map((r) => r.message),
  }));
  // Errors, then warnings, then info (summary lines such as codes the incomplete table lacks): an info line never
  // stands above a finding (a stable sort keeps the rules' order within each severity).
  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { entries: entries.length, findings, summary, flagged: out };
}

export type FlaggedSort = 'evidence' | 'amount' | 'row' | 'severity';

/**
 * Flagged entries in the order asked: evidence (strongest evidence first, then more rules, severity, amount),
 * amount (largest first, by absolute value), row, or severity then amount.
 */
export function sortFlagged(flagged: readonly FlaggedEntry[], by: FlaggedSort = 'amount'): FlaggedEntry[] {
  const amount = (a: FlaggedEntry, b: FlaggedEntry) => Math.abs(b.entry.amount) - Math.abs(a.entry.amount) || a.entry.row - b.entry.row;
  const compare =
    by === 'evidence'
      ? (a: FlaggedEntry, b: FlaggedEntry) =>
          b.strength - a.strength || b.rules.length - a.rules.length || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || amount(a, b)
      : by === 'row'
      ? (a: FlaggedEntry, b: FlaggedEntry) => a.entry.row - b.entry.row
      : by === 'severity'
        ? (a: FlaggedEntry, b: FlaggedEntry) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || amount(a, b)
        : amount;
  return [...flagged].sort(compare);
}

/**
 * The report as the web app shows it: each finding's and flagged entry's message in its web wording (no command
 * or flag: channel-message.ts). The command line prints the report as it is.
 */
export function ledgerReportForWeb(report: LedgerCheckReport): LedgerCheckReport {
  const web = new Map(report.findings.filter((f) => f.webMessage !== undefined).map((f) => [f.message, f.webMessage!]));
  if (web.size === 0) return report;
  return {
    ...report,
    findings: report.findings.map((f) => forWeb(f)),
    flagged: report.flagged.map((e) => ({ ...e, messages: e.messages.map((m) => web.get(m) ?? m) })),
  };
}
