/** Every ledger check, listed (not discovered): an id exists here once, and the tests walk this list. */
import type { LedgerRule } from '../check-context.ts';
import { basicOnProject } from './basic-on-project.ts';
import { natureInconsistent } from './nature-inconsistent.ts';
import { reconcileFinal } from './reconcile-final.ts';
import { summaryProjectMismatch } from './summary-project-mismatch.ts';
import { threePublic } from './three-public.ts';
import { unknownCode } from './unknown-code.ts';

export const LEDGER_RULES: readonly LedgerRule[] = [
  reconcileFinal,
  basicOnProject,
  summaryProjectMismatch,
  threePublic,
  unknownCode,
  natureInconsistent,
];
