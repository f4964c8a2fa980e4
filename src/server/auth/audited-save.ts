/**
 * The hook every department-year save goes through (SaveOptions.onSaved), inside the save's transaction:
 * the workflow's edit rule (a submitted year is read-only until it is returned; reviewers never edit a
 * department's data) and the audit trail entry with the field-by-field diff. A refusal rolls the save back.
 */
import type { FastifyRequest } from 'fastify';
import { appendAuditEntry } from '../../store/audit-log-repository.ts';
import type { SaveOptions } from '../../store/index.ts';
import { diffRecords } from '../../workflow/diff.ts';
import { canEdit } from '../../workflow/state-machine.ts';
import { actorOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { actorRef } from './actor.ts';

const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

export function auditedSave(request: FastifyRequest): Required<Pick<SaveOptions, 'onSaved' | 'actor'>> {
  const actor = actorOf(request);
  return {
    actor: actorRef(actor),
    onSaved: async (trx, { before, after, version }) => {
      const decision = canEdit(before?.status ?? 'draft', actor.role);
      if (!decision.ok) {
        throw new HttpError(decision.code === 'forbidden' ? 403 : 409, decision.code, decision.message);
      }
      await appendAuditEntry(trx, {
        tenant: { regionCode: after.region.code, departmentCode: after.department.code },
        fiscalYear: after.fiscalYear,
        actor: actorRef(actor),
        action: before ? 'update' : 'create',
        version,
        changes: before ? diffRecords(asJson(before.data), asJson(after)) : [],
      });
    },
  };
}
