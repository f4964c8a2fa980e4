/**
 * A department-year's version history: GET /api/departments/:id/years/:year/versions (the saved versions and
 * the status changes, each with the version it made),
 * …/versions/:n (one saved version's document) and …/compare?with=N|last-year[&to=M] (the field diff from
 * version N, or from the previous fiscal year's current data, to the current version or version M). Tenant
 * scoped like every department-year route: another tenant's year is 404.
 */
import type { FastifyInstance } from 'fastify';
import { compareDepartmentYears } from '../../app/department-year-service.ts';
import { InputError } from '../../core/input-error.ts';
import {
  getDepartmentYear,
  getDepartmentYearVersion,
  listDepartmentYearVersions,
  type TenantRef,
} from '../../store/index.ts';
import { listStatusChanges } from '../../store/workflow-repository.ts';
import { isStatus, STATUS_LABEL } from '../../workflow/state-machine.ts';
import type { AppDeps } from '../app.ts';
import { tenantFor } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseYearParam } from './workflow.ts';

type YearParams = { id: string; year: string };

/** A version number from the URL, or null when it is not one. */
function versionNumber(text: string): number | null {
  return /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null;
}

export function departmentYearVersionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  /** The year's current data, or version `n` of it; null when either does not exist. */
  const load = async (tenant: TenantRef, fiscalYear: number, n?: number) => {
    if (n === undefined) {
      const found = await getDepartmentYear(db, tenant, fiscalYear);
      return found && { fiscalYear, version: found.version, data: found.data };
    }
    const found = await getDepartmentYearVersion(db, tenant, fiscalYear, n);
    return found && { fiscalYear, version: found.version, data: found.data };
  };

  app.get<{ Params: YearParams }>('/api/departments/:id/years/:year/versions', async (request) => {
    const tenant = tenantFor(request, request.params.id);
    const fiscalYear = parseYearParam(request.params.year);
    const [items, changes] = await Promise.all([listDepartmentYearVersions(db, tenant, fiscalYear), listStatusChanges(db, tenant, fiscalYear)]);
    if (items.length === 0) throw notFound();
    const label = (s: string) => (isStatus(s) ? STATUS_LABEL[s] : s);
    // the versions a workflow action made (no new document): beside the saved ones, so the numbers do not skip
    const statusChanges = changes.map((c) => ({ ...c, fromLabel: label(c.from), toLabel: label(c.to) }));
    return { items, statusChanges };
  });

  app.get<{ Params: YearParams & { n: string } }>('/api/departments/:id/years/:year/versions/:n', async (request) => {
    const tenant = tenantFor(request, request.params.id);
    const fiscalYear = parseYearParam(request.params.year);
    const n = versionNumber(request.params.n);
    const found = n === null ? null : await getDepartmentYearVersion(db, tenant, fiscalYear, n);
    if (!found) throw notFound();
    return found;
  });

  app.get<{ Params: YearParams; Querystring: { with?: string; to?: string } }>(
    '/api/departments/:id/years/:year/compare',
    async (request) => {
      const tenant = tenantFor(request, request.params.id);
      const fiscalYear = parseYearParam(request.params.year);
      const { with: withParam, to: toParam } = request.query;
      const bad = (param: string, value: unknown) =>
        new InputError(
          `${param} 应为版本号${param === 'with' ? '或 last-year' : ''} / ${param} must be a version number${param === 'with' ? ' or last-year' : ''}`,
          [{ path: param, message: String(value ?? '') }],
        );
      const toVersion = toParam === undefined ? undefined : versionNumber(toParam);
      if (toVersion === null) throw bad('to', toParam);
      const after = await load(tenant, fiscalYear, toVersion);
      if (!after) throw notFound();
      const withVersion = typeof withParam === 'string' ? versionNumber(withParam) : null;
      if (withParam !== 'last-year' && withVersion === null) throw bad('with', withParam);
      const before =
        withVersion === null ? await load(tenant, fiscalYear - 1) : await load(tenant, fiscalYear, withVersion);
      if (!before) throw notFound();
      return {
        from: { fiscalYear: before.fiscalYear, version: before.version },
        to: { fiscalYear: after.fiscalYear, version: after.version },
        changes: compareDepartmentYears(before.data, after.data),
      };
    },
  );
}
