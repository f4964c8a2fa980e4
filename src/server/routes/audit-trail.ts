/**
 * The audit trail (留痕): GET /api/departments/:id/years/:year/audit-trail (one department-year) and
 * /api/departments/:id/audit-trail (every year of the department); `?path=staffing` narrows to one record or
 * field. Read-only: the log is append-only.
 */
import type { FastifyInstance } from 'fastify';
import { listAuditEntries } from '../../store/audit-log-repository.ts';
import { ASSET_ACTIONS } from './asset-history.ts';
import type { AppDeps } from '../app.ts';
import { tenantFor } from '../context.ts';
import { parseYearParam } from './workflow.ts';

type Query = { path?: string };

export function auditTrailRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  const pathOf = (q: Query) => (typeof q.path === 'string' ? q.path.slice(0, 300) : undefined);

  app.get<{ Params: { id: string; year: string }; Querystring: Query }>(
    '/api/departments/:id/years/:year/audit-trail',
    async (request) => {
      const tenant = tenantFor(request, request.params.id);
      const fiscalYear = parseYearParam(request.params.year);
      return { items: await listAuditEntries(db, tenant, { fiscalYear, pathPrefix: pathOf(request.query), excludeActions: ASSET_ACTIONS }) };
    },
  );

  app.get<{ Params: { id: string }; Querystring: Query }>('/api/departments/:id/audit-trail', async (request) => {
    const tenant = tenantFor(request, request.params.id);
    return { items: await listAuditEntries(db, tenant, { pathPrefix: pathOf(request.query), excludeActions: ASSET_ACTIONS }) };
  });
}
