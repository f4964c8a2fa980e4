/**
 * The caller's tenant scope, decided in one place. Every route that reads or writes a department's data asks
 * `tenantFor(request, id)`: an id outside the caller's scope answers 404 exactly like an id that does not exist.
 *
 * The scope comes from the signed-in session (server/auth): an officer (单位填报) sees its own department, a
 * supervisor (主管部门) its own and its subordinate units, a reviewer (财政审核) every department of its region,
 * an admin its region or every region. A deployment may pin the region with JIXIAO_REGION so a county's
 * server never serves another county's data, whoever signs in.
 */
import type { FastifyRequest } from 'fastify';
import { parseDepartmentId } from '../app/department-year-service.ts';
import { type Actor, scopeOfActor } from '../workflow/roles.ts';
import { unauthorized } from './auth/auth-plugin.ts';
import { notFound } from './errors.ts';

export interface Scope {
  /** Region code the caller may see; undefined = every region (the local single user). */
  readonly regionCode?: string;
  /** Department code the caller is limited to (a department officer); undefined = the whole region. */
  readonly departmentCode?: string;
  /** Departments the caller is limited to (a supervisor's units); undefined = the whole region. */
  readonly departmentCodes?: readonly string[];
}

export interface Tenant {
  readonly regionCode: string;
  readonly departmentCode: string;
}

/** The signed-in user; a 401 when there is none. */
export function actorOf(request: FastifyRequest): Actor {
  const actor = request.auth?.actor;
  if (!actor) throw unauthorized();
  return actor;
}

export function scopeOf(request: FastifyRequest): Scope {
  const scope = scopeOfActor(actorOf(request));
  const pinned = process.env.JIXIAO_REGION;
  // A region pin narrows everyone; a user of another region then sees nothing (an impossible code).
  const regionCode = pinned ? (scope.regionCode === undefined || scope.regionCode === pinned ? pinned : '-') : scope.regionCode;
  const codes = scope.departmentCodes;
  return {
    ...(regionCode !== undefined ? { regionCode } : {}),
    ...(codes !== undefined ? { departmentCodes: codes } : {}),
    ...(codes?.length === 1 ? { departmentCode: codes[0] } : {}),
    ...(codes?.length === 0 ? { departmentCode: '-' } : {}),
  };
}

export function inScope(scope: Scope, tenant: Tenant): boolean {
  if (scope.regionCode !== undefined && scope.regionCode !== tenant.regionCode) return false;
  if (scope.departmentCode !== undefined && scope.departmentCode !== tenant.departmentCode) return false;
  if (scope.departmentCodes !== undefined && !scope.departmentCodes.includes(tenant.departmentCode)) return false;
  return true;
}

/** The tenant named by a URL id, if the caller may see it; otherwise a 404. */
export function tenantFor(request: FastifyRequest, id: string): Tenant {
  const tenant = parseDepartmentId(id);
  if (!tenant || !inScope(scopeOf(request), tenant)) throw notFound();
  return tenant;
}
