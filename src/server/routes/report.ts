/**
 * GET /api/departments/:id/years/:year/report.(docx|pdf|html)[?draft=1] — the 自评报告 written from the data.
 * A final report of data that disagrees with itself is refused (409, with the validation errors); `draft=1`
 * gives a watermarked 草稿 instead.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { validateDepartmentYear } from '../../app/department-year-service.ts';
import { evaluateAll } from '../../evaluation/index.ts';
import {
  closeReportRenderer,
  OutlineError,
  REPORT_CONTENT_TYPE,
  REPORT_FORMATS,
  type ReportFormat,
  ReportRefusedError,
  renderReport,
} from '../../report/index.ts';
import { getDepartmentYear } from '../../store/index.ts';
import { listScoreOverrides } from '../../store/score-overrides-repository.ts';
import type { AppDeps } from '../app.ts';
import { tenantFor } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { reportWithOverrides } from './score-overrides.ts';

const query = z.object({
  draft: z.enum(['0', '1', 'true', 'false']).optional(),
  outline: z.string().max(100).optional(),
});

export function reportRoutes(app: FastifyInstance, deps: AppDeps): void {
  // The PDF renderer keeps one Chromium warm; it goes with the server.
  app.addHook('onClose', async () => {
    await closeReportRenderer();
  });
  app.get<{ Params: { id: string; year: string; format: string } }>(
    '/api/departments/:id/years/:year/report.:format',
    async (request, reply) => {
      const tenant = tenantFor(request, request.params.id);
      const format = request.params.format as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) throw notFound();
      const q = query.safeParse(request.query);
      if (!q.success) throw new HttpError(400, 'invalid-input', '参数有误 / bad query');
      const year = Number(request.params.year);
      if (!Number.isInteger(year)) throw notFound();
      const found = await getDepartmentYear(deps.store.db, tenant, year);
      if (!found) throw notFound();
      const dy = found.data;
      const draft = q.data.draft === '1' || q.data.draft === 'true';
      try {
        const computed = evaluateAll(dy, { validationFindings: validateDepartmentYear(dy) });
        const shown = reportWithOverrides(dy, computed, await listScoreOverrides(deps.store.db, tenant, year));
        const body = await renderReport(shown.dy, { format, draft, evaluation: shown.evaluation, ...(q.data.outline ? { outline: q.data.outline } : {}) });
        const name = `${dy.fiscalYear}年度${dy.department.name}部门整体支出绩效自评报告${draft ? '（草稿）' : ''}.${format}`;
        reply.type(REPORT_CONTENT_TYPE[format]);
        if (format !== 'html') {
          reply.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
        }
        return body;
      } catch (err) {
        if (err instanceof OutlineError) throw new HttpError(400, 'invalid-input', err.message, [{ path: 'outline', message: q.data.outline }]);
        if (err instanceof ReportRefusedError) {
          throw new HttpError(409, 'report-refused', err.message.split(' / ')[0] ?? err.message, err.findings);
        }
        throw err;
      }
    },
  );
}
