/** GET /api/departments/:id/years/:year/evaluation — indicators, scores, grade and checks on the claimed score. */
import type { FastifyInstance } from 'fastify';
import { validateDepartmentYear } from '../../app/department-year-service.ts';
import { evaluateAll, goalOverrideFindings, isGoalOverride, toEvaluationJson } from '../../evaluation/index.ts';
import { getDepartmentYear } from '../../store/index.ts';
import { listScoreOverrides } from '../../store/score-overrides-repository.ts';
import type { AppDeps } from '../app.ts';
import { tenantFor } from '../context.ts';
import { notFound } from '../errors.ts';
import { overridesJson } from './score-overrides.ts';

export function evaluationRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year/evaluation', async (request) => {
    const tenant = tenantFor(request, request.params.id);
    const year = Number(request.params.year);
    if (!Number.isInteger(year)) throw notFound();
    const found = await getDepartmentYear(deps.store.db, tenant, year);
    if (!found) throw notFound();
    const dy = found.data;
    const report = evaluateAll(dy, { validationFindings: validateDepartmentYear(dy) });
    const stored = await listScoreOverrides(deps.store.db, tenant, year);
    // Overrides of goal indicators count in no score any more (the 自评表 is scored by template indicator):
    // listed as not applied, never shown as if they were (issue 13).
    const overrides = overridesJson(report, stored.filter((o) => !isGoalOverride(o)));
    return {
      ...toEvaluationJson(report, { score: dy.selfAssessment.score ?? null, grade: dy.selfAssessment.grade ?? null }),
      overrides,
      overridesNotApplied: goalOverrideFindings(dy, stored),
    };
  });
}
