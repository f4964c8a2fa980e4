/**
 * Evidence strength of a ledger finding, for ranking: rules tag each finding with the kind of evidence it rests
 * on; the weights are data (data/ledger/evidence-strength.json). Kept beside the findings (a WeakMap), so the
 * shared Finding type stays as it is.
 */
import { z } from 'zod';
import type { Finding } from '../core/finding.ts';
import { loadDataJson } from '../reference/data-json.ts';

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

const schema = z.object({ strength: z.record(z.string(), z.number()) });
let weights: Record<string, number> | undefined;

/** The finding's strength (untagged findings: the `flag` weight). */
export function strengthOf(finding: Finding): number {
  weights ??= loadDataJson('data/ledger/evidence-strength.json', schema).strength;
  return weights[kinds.get(finding) ?? 'flag'] ?? 1;
}
