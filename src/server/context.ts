/**
 * The caller's tenant scope, decided in one place. Every route that reads or writes a department's data asks
 * `tenantFor(request, id)`: an id outside the caller's scope answers 404 exactly like an id that does not exist.
 *
 * Until accounts exist (the web-application issue), the embedded server serves its single local user, whose
 * scope is every department in the data folder; a PostgreSQL deployment may pin the region with
 * JIXIAO_REGION so a county's server never serves another county's data.
 */
import type { FastifyRequest } from 'fastify';
import { parseDepartmentId } from '../app/department-year-service.ts';
import { notFound } from './errors.ts';

export interface Scope {
  /** Region code the caller may see; undefined = every region (the local single user). */
  readonly regionCode?: string;
  /** Department code the caller is limited to (a department officer); undefined = the whole region. */
  readonly departmentCode?: string;
}

export interface Tenant {
  readonly regionCode: string;
  readonly departmentCode: string;
}

export function scopeOf(_request: FastifyRequest): Scope {
  const region = process.env.JIXIAO_REGION;
  return region ? { regionCode: region } : {};
}

export function inScope(scope: Scope, tenant: Tenant): boolean {
  if (scope.regionCode !== undefined && scope.regionCode !== tenant.regionCode) return false;
  if (scope.departmentCode !== undefined && scope.departmentCode !== tenant.departmentCode) return false;
  return true;
}

/** The tenant named by a URL id, if the caller may see it; otherwise a 404. */
export function tenantFor(request: FastifyRequest, id: string): Tenant {
  const tenant = parseDepartmentId(id);
  if (!tenant || !inScope(scopeOf(request), tenant)) throw notFound();
  return tenant;
}
