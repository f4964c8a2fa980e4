/**
 * /api/department-years and /api/departments/:id/years/:year[/parts/:part|/validation]. Each handler: parse,
 * one call, answer. Saves are whole-record transactions in the store; a bad body writes nothing.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  departmentId,
  parseDepartmentYear,
  validateDepartmentYear,
} from '../../app/department-year-service.ts';
import { type DepartmentYear, departmentYearSchema } from '../../core/department-year.ts';
import { forWeb } from '../../core/channel-message.ts';
import { countBySeverity } from '../../core/finding.ts';
import { InputError, issuesOf } from '../../core/input-error.ts';
import { getDepartmentYear, listDepartmentYears, saveDepartmentYear, VersionConflictError } from '../../store/index.ts';
import type { AppDeps } from '../app.ts';
import { HttpError, notFound } from '../errors.ts';
import { inScope, scopeOf, tenantFor } from '../context.ts';
import { auditedSave } from '../auth/audited-save.ts';
import { requiredVersion } from '../auth/if-match.ts';
import { departmentYearVersionRoutes } from './department-year-versions.ts';

const yearParam = z.coerce.number().int().min(2000).max(2100);

/** The parts of a department-year that can be read and replaced on their own. */
export const PARTS = Object.keys(departmentYearSchema.shape).filter(
  (k) => !['schemaVersion', 'fiscalYear', 'region'].includes(k),
) as (keyof DepartmentYear)[];

function parseYear(text: string): number {
  const r = yearParam.safeParse(text);
  if (!r.success) throw notFound();
  return r.data;
}

export function departmentYearRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  departmentYearVersionRoutes(app, deps);

  app.get('/api/department-years', async (request) => {
    const scope = scopeOf(request);
    const rows = (await listDepartmentYears(db, scope)).filter((r) => inScope(scope, r));
    return { items: rows.map((r) => ({ ...r, id: `${r.regionCode}.${r.departmentCode}` })) };
  });

  app.post('/api/department-years', async (request, reply) => {
    const dy = parseDepartmentYear(request.body);
    const tenant = { regionCode: dy.region.code, departmentCode: dy.department.code };
    if (!inScope(scopeOf(request), tenant)) throw notFound();
    const exists = () => new HttpError(409, 'exists', '该单位该年度的数据已存在，请用 PUT 更新 / already exists, use PUT');
    // expectedVersion 0 = create only, decided inside the save's transaction, so two racing POSTs cannot both land.
    const { version } = await saveDepartmentYear(db, dy, { ...auditedSave(request), expectedVersion: 0 }).catch((err: unknown) => {
      throw err instanceof VersionConflictError ? exists() : err;
    });
    reply.status(201).header('ETag', `"${version}"`);
    return { id: departmentId(dy), fiscalYear: dy.fiscalYear, version };
  });

  app.get<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year', async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const found = await getDepartmentYear(db, tenant, parseYear(request.params.year));
    if (!found) throw notFound();
    reply.header('ETag', `"${found.version}"`);
    return { id: request.params.id, fiscalYear: found.data.fiscalYear, version: found.version, status: found.status, data: found.data };
  });

  app.put<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year', async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const year = parseYear(request.params.year);
    const dy = parseDepartmentYear(request.body);
    if (dy.region.code !== tenant.regionCode || dy.department.code !== tenant.departmentCode || dy.fiscalYear !== year) {
      throw new InputError('数据中的单位或年度与地址不一致 / body does not match the URL', [
        { path: 'department.code', message: `${dy.region.code}.${dy.department.code} ${dy.fiscalYear}` },
      ]);
    }
    const { version } = await saveDepartmentYear(db, dy, {
      expectedVersion: requiredVersion(request.headers['if-match']),
      ...auditedSave(request),
    });
    reply.header('ETag', `"${version}"`);
    return { id: request.params.id, fiscalYear: year, version };
  });

  app.get<{ Params: { id: string; year: string; part: string } }>(
    '/api/departments/:id/years/:year/parts/:part',
    async (request, reply) => {
      const tenant = tenantFor(request, request.params.id);
      const part = request.params.part as keyof DepartmentYear;
      if (!PARTS.includes(part)) throw notFound();
      const found = await getDepartmentYear(db, tenant, parseYear(request.params.year));
      if (!found) throw notFound();
      reply.header('ETag', `"${found.version}"`);
      return { version: found.version, [part]: found.data[part] };
    },
  );

  app.put<{ Params: { id: string; year: string; part: string } }>(
    '/api/departments/:id/years/:year/parts/:part',
    async (request, reply) => {
      const tenant = tenantFor(request, request.params.id);
      const part = request.params.part as keyof DepartmentYear;
      if (!PARTS.includes(part)) throw notFound();
      const year = parseYear(request.params.year);
      const found = await getDepartmentYear(db, tenant, year);
      if (!found) throw notFound();
      const partSchema = departmentYearSchema.shape[part as keyof typeof departmentYearSchema.shape];
      const parsed = partSchema.safeParse(request.body);
      if (!parsed.success) {
        throw new InputError('部门年度数据有误 / invalid department-year data', issuesOf(parsed.error).map((i) => ({ ...i, path: i.path === '(根)' ? part : `${part}.${i.path}` })));
      }
      // Re-run the whole-record parse so cross-field rules (codes) apply to the merged record too.
      const merged = parseDepartmentYear(
        JSON.parse(JSON.stringify({ ...found.data, [part]: parsed.data })) as unknown,
      );
      if (merged.department.code !== tenant.departmentCode) {
        throw new InputError('不能修改单位代码 / the department code cannot change', [{ path: 'department.code', message: merged.department.code }]);
      }
      const { version } = await saveDepartmentYear(db, merged, {
        expectedVersion: requiredVersion(request.headers['if-match']),
        ...auditedSave(request),
      });
      reply.header('ETag', `"${version}"`);
      return { version };
    },
  );

  app.get<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year/validation', async (request) => {
    const tenant = tenantFor(request, request.params.id);
    const found = await getDepartmentYear(db, tenant, parseYear(request.params.year));
    if (!found) throw notFound();
    const findings = validateDepartmentYear(found.data);
    return { summary: countBySeverity(findings), findings: findings.map((f) => forWeb(f)) };
  });
}
