/**
 * Setting up departments and years (issue 15):
 * - POST /api/departments — a new department and its first, empty year (admins and reviewers, in their region).
 *   The region's names come from a year already stored in that region unless the body gives them.
 * - POST /api/departments/:id/years/:year/next — next year's record started from this one (see
 *   app/department-setup.ts); 409 when it exists. Anyone who sees the department may start its next year.
 * Each is a create-only save (expectedVersion 0) with an audit-trail entry, like POST /api/department-years.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { newDepartmentYear, nextYearFrom } from '../../app/department-setup.ts';
import { departmentId } from '../../app/department-year-service.ts';
import { type DepartmentYear, departmentKinds } from '../../core/department-year.ts';
import { appendAuditEntry } from '../../store/audit-log-repository.ts';
import { getDepartmentYear, listDepartmentYears, saveDepartmentYear, VersionConflictError } from '../../store/index.ts';
import type { AppDeps } from '../app.ts';
import { actorRef } from '../auth/actor.ts';
import { actorOf, inScope, scopeOf, tenantFor } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { parseBody } from './auth.ts';

const newDepartmentBody = z
  .object({
    regionCode: z.string().regex(/^\d{6}$/, { error: '行政区划代码应为6位数字 / region code is 6 digits' }),
    name: z.string().trim().min(2, { error: '请填写单位名称 / name required' }).max(100),
    kind: z.enum(departmentKinds, { error: '请选择单位性质 / kind required' }),
    supervisor: z.string().max(200).optional(),
    fiscalYear: z.number().int().min(2000, { error: '年度超出范围 / year out of range' }).max(2100, { error: '年度超出范围 / year out of range' }),
    province: z.string().trim().min(1).max(100).optional(),
    city: z.string().max(100).optional(),
    county: z.string().max(100).optional(),
  })
  .strict();

export function departmentSetupRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  const create = async (request: FastifyRequest, dy: DepartmentYear) => {
    const actor = actorOf(request);
    const exists = () => new HttpError(409, 'exists', `${dy.department.name}${dy.fiscalYear}年度的数据已存在 / that year already exists`);
    const { version } = await saveDepartmentYear(db, dy, {
      expectedVersion: 0,
      onSaved: async (trx, { after, version: v }) => {
        await appendAuditEntry(trx, {
          tenant: { regionCode: after.region.code, departmentCode: after.department.code },
          fiscalYear: after.fiscalYear,
          actor: actorRef(actor),
          action: 'create',
          version: v,
          changes: [],
        });
      },
    }).catch((err: unknown) => {
      throw err instanceof VersionConflictError ? exists() : err;
    });
    return { id: departmentId(dy), fiscalYear: dy.fiscalYear, version, departmentName: dy.department.name };
  };

  app.post('/api/departments', async (request, reply) => {
    // Who may: capability department.create in the rule table.
    const body = parseBody(newDepartmentBody, request.body);
    const scope = scopeOf(request);
    if (scope.regionCode !== undefined && scope.regionCode !== body.regionCode) {
      throw new HttpError(403, 'forbidden', '只能在本地区新建单位 / only in your own region');
    }
    let region: DepartmentYear['region'] | undefined = body.province
      ? { code: body.regionCode, province: body.province, ...(body.city ? { city: body.city } : {}), ...(body.county ? { county: body.county } : {}) }
      : undefined;
    if (!region) {
      const sibling = (await listDepartmentYears(db, { regionCode: body.regionCode }))[0];
      const stored = sibling ? await getDepartmentYear(db, sibling, sibling.fiscalYear) : null;
      region = stored?.data.region;
    }
    if (!region) {
      throw new HttpError(400, 'invalid-input', '该地区还没有单位，请填写省、市、县名称 / give the region names', [
        { path: 'province', message: '请填写省份 / province required' },
      ]);
    }
    const names = (await listDepartmentYears(db, { regionCode: body.regionCode })).map((r) => r.departmentName);
    if (names.includes(body.name.trim())) {
      throw new HttpError(409, 'exists', `本地区已有名为“${body.name.trim()}”的单位 / a department of that name exists`, [
        { path: 'name', message: '单位名称重复 / duplicate name' },
      ]);
    }
    const dy = newDepartmentYear({ region, name: body.name, kind: body.kind, supervisor: body.supervisor, fiscalYear: body.fiscalYear });
    const created = await create(request, dy);
    reply.status(201).header('ETag', `"${created.version}"`);
    return created;
  });

  app.post<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year/next', async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const year = Number(request.params.year);
    if (!Number.isInteger(year) || year < 2000 || year >= 2100) throw notFound();
    const found = await getDepartmentYear(db, tenant, year);
    if (!found || !inScope(scopeOf(request), tenant)) throw notFound();
    const created = await create(request, nextYearFrom(found.data));
    reply.status(201).header('ETag', `"${created.version}"`);
    return created;
  });
}
