/**
 * Excel import and export of a department-year's budget tables (预决算表):
 * GET  /api/departments/:id/years/:year/budget-tables.xlsx — the filled template;
 * POST /api/departments/:id/years/:year/budget-tables — the .xlsx as the raw body (If-Match: the version);
 * bad cells answer 400 naming the sheet, row and column, and nothing is saved.
 */
import type { FastifyInstance } from 'fastify';
import { parseDepartmentYear } from '../../app/department-year-service.ts';
import { getDepartmentYear, saveDepartmentYear } from '../../store/index.ts';
import { exportBudgetWorkbook, WorkbookError } from '../../workflow/budget-workbook.ts';
import type { AppDeps } from '../app.ts';
import { auditedSave } from '../auth/audited-save.ts';
import { tenantFor } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { parseYearParam } from './workflow.ts';
import { requiredVersion } from '../auth/if-match.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_WORKBOOK = 10 * 1024 * 1024;

type Params = { Params: { id: string; year: string } };

export function webExcelRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  app.get<Params>('/api/departments/:id/years/:year/budget-tables.xlsx', async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const found = await getDepartmentYear(db, tenant, parseYearParam(request.params.year));
    if (!found) throw notFound();
    const name = `${found.data.fiscalYear}年度${found.data.department.name}预决算表.xlsx`;
    reply.type(XLSX).header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
    return exportBudgetWorkbook(found.data);
  });

  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_WORKBOOK }, (_req, body, done) => done(null, body));
    scope.post<Params>('/api/departments/:id/years/:year/budget-tables', { bodyLimit: MAX_WORKBOOK }, async (request) => {
      const tenant = tenantFor(request, request.params.id);
      const year = parseYearParam(request.params.year);
      const found = await getDepartmentYear(db, tenant, year);
      if (!found) throw notFound();
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) throw new HttpError(400, 'invalid-workbook', '上传的文件为空 / the upload is empty');
      let imported: unknown;
      try {
        imported = await app.parsePool.run({ kind: 'budget-workbook', bytes: body, departmentYear: found.data });
      } catch (err) {
        if (err instanceof WorkbookError) throw new HttpError(400, 'invalid-workbook', err.message, err.issues);
        throw err;
      }
      const dy = parseDepartmentYear(JSON.parse(JSON.stringify(imported)));
      const { version } = await saveDepartmentYear(db, dy, {
        expectedVersion: requiredVersion(request.headers['if-match']),
        ...auditedSave(request),
      });
      return { version };
    });
  });
}
