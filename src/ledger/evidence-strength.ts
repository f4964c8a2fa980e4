/**
 * Evidence strength of a ledger finding, for ranking: rules tag each finding with the kind of evidence it rests
 * on; the weights are data (data/ledger/evidence-strength.json). Kept beside the findings (a WeakMap), so the
 * shared Finding type stays as it is.
 */
import { readFileSync } from 'node:fs';
import type { Finding } from '../core/finding.ts';
import { repoPath } from '../reference/paths.ts';

export type EvidenceKind =
  | 'economic-class'
  | 'code-shape'
  | 'column'
  | 'plate'
  | 'other-project-name'
  | 'payee'
  | 'other-project-keywords'
  | 'unrelated-purpose'
  | 'summary-word'
  | 'flag';

const kinds = new WeakMap<Finding, EvidenceKind>();

/** Tag a finding with the kind of evidence it rests on; returns it. */
export function withEvidence(finding: Finding, kind: EvidenceKind): Finding {
  kinds.set(finding, kind);
  return finding;
}

let weights: Record<string, number> | undefined;

/** The finding's strength (untagged findings: the `flag` weight). */
export function strengthOf(finding: Finding): number {
  weights ??= (JSON.parse(readFileSync(repoPath('data/ledger/evidence-strength.json'), 'utf8')) as { strength: Record<string, number> }).strength;
  return weights[kinds.get(finding) ?? 'flag'] ?? 1;
}
