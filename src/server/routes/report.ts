/**
 * GET /api/departments/:id/years/:year/report.(docx|pdf|html)[?draft=1] — the 自评报告 written from the data.
 * A final report of data that disagrees with itself is refused (409, with the validation errors); `draft=1`
 * gives a watermarked 草稿 instead.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { closeReportRenderer, OutlineError, REPORT_FORMATS, type ReportFormat } from '../../report/index.ts';
import { getDepartmentYear } from '../../store/index.ts';
import type { AppDeps } from '../app.ts';
import { tenantFor } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { writeDepartmentReport } from '../report-output.ts';

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
      const draft = q.data.draft === '1' || q.data.draft === 'true';
      try {
        const written = await writeDepartmentReport(deps.store.db, tenant, found.data, {
          format,
          draft,
          ...(q.data.outline ? { outline: q.data.outline } : {}),
        });
        reply.type(written.contentType);
        if (written.fileName) {
          reply.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(written.fileName)}`);
        }
        return written.body;
      } catch (err) {
        if (err instanceof OutlineError) throw new HttpError(400, 'invalid-input', err.message, [{ path: 'outline', message: q.data.outline }]);
        throw err;
      }
    },
  );
}
