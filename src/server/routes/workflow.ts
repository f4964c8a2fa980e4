/**
 * /api/departments/:id/years/:year/workflow: the year's review status, the actions the caller may take, the
 * history with the reviewers' comments and the spot-check score; POST takes one action (submit, return with
 * comments, resubmit, approve with 抽查复核得分, publish). The rules live in workflow/state-machine.ts.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { departmentGradeOf } from '../../evaluation/index.ts';
import { getDepartmentYear } from '../../store/index.ts';
import { applyTransition, getReview, listWorkflowEvents, unchangedSinceReturn } from '../../store/workflow-repository.ts';
import { ACTIONS, availableActions, canEdit, isStatus, STATUS_LABEL } from '../../workflow/state-machine.ts';
import type { AppDeps } from '../app.ts';
import { actorOf, tenantFor } from '../context.ts';
import { assertFinalReportPossible } from '../final-report-gate.ts';
import { HttpError, notFound } from '../errors.ts';
import { actorRef } from '../auth/actor.ts';
import { requiredVersion } from '../auth/if-match.ts';
import { parseBody } from './auth.ts';

const transitionBody = z
  .object({
    action: z.enum(ACTIONS),
    comments: z
      .array(z.object({ path: z.string().max(300).default(''), text: z.string().max(5000) }).strict())
      .max(200)
      .default([]),
    spotCheckScore: z.number().min(0).max(100).optional(),
  })
  .strict();

export function parseYearParam(text: string): number {
  const n = Number(text);
  if (!/^\d{4}$/.test(text) || n < 2000 || n > 2100) throw notFound();
  return n;
}

const statusLabel = (s: string) => (isStatus(s) ? STATUS_LABEL[s] : s);

export function workflowRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  app.get<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year/workflow', async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const year = parseYearParam(request.params.year);
    const actor = actorOf(request);
    const found = await getDepartmentYear(db, tenant, year);
    if (!found) throw notFound();
    const [events, review, unchanged] = await Promise.all([
      listWorkflowEvents(db, tenant, year),
      getReview(db, tenant, year),
      found.status === 'returned' ? unchangedSinceReturn(db, tenant, year) : Promise.resolve(false),
    ]);
    const lastReturn = [...events].reverse().find((e) => e.action === 'return');
    reply.header('ETag', `"${found.version}"`);
    return {
      status: found.status,
      statusLabel: statusLabel(found.status),
      version: found.version,
      actions: availableActions(found.status, actor.role),
      editable: canEdit(found.status, actor.role).ok,
      selfAssessment: found.data.selfAssessment,
      // The grade the stated score earns by the template (as the 自评表 and the report print it); a different
      // stated grade is a finding, not what the screens show.
      scoreGrade: departmentGradeOf(found.data.selfAssessment.score),
      review,
      openComments: found.status === 'returned' && lastReturn ? lastReturn.comments : [],
      // 重新报送 of unchanged data needs a reply to the comments (the screen asks for one before sending)
      unchangedSinceReturn: unchanged,
      events: events.map((e) => ({ ...e, fromLabel: statusLabel(e.from), toLabel: statusLabel(e.to) })),
    };
  });

  app.post<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year/workflow', async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const year = parseYearParam(request.params.year);
    const actor = actorOf(request);
    const body = parseBody(transitionBody, request.body);
    const expectedVersion = requiredVersion(request.headers['if-match']);
    const found = await getDepartmentYear(db, tenant, year);
    if (!found) throw notFound();
    // Checked on the version the client names; the transition re-checks that version under its lock.
    if (found.version === expectedVersion) await assertFinalReportPossible(db, tenant, found, actor.role, body);
    const result = await applyTransition(db, tenant, year, { actor: actorRef(actor), role: actor.role, request: body, expectedVersion });
    if (!result) throw notFound();
    if (!result.ok) {
      const status = result.code === 'forbidden' ? 403 : result.code === 'invalid-transition' ? 409 : 400;
      throw new HttpError(status, result.code, result.message);
    }
    reply.header('ETag', `"${result.version}"`);
    return { status: result.to, statusLabel: statusLabel(result.to), version: result.version };
  });
}
