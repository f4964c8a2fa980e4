/**
 * /api/public: what anyone may read without signing in — the published department-years (已公开) with their
 * key figures, self-assessed and spot-check scores; and which optional capabilities this server offers
 * (evaluation, report downloads, 体检), so the web app can say 「尚未提供」 for what is missing. A published
 * year's report can be downloaded by anyone (the final report, never a draft).
 */
import type { FastifyInstance } from 'fastify';
import { departmentId, parseDepartmentId } from '../../app/department-year-service.ts';
import { departmentGradeOf } from '../../evaluation/index.ts';
import { REPORT_FORMATS, type ReportFormat } from '../../report/index.ts';
import { getDepartmentYear, listDepartmentYears } from '../../store/index.ts';
import { getReview, listReviews } from '../../store/workflow-repository.ts';
import type { AppDeps } from '../app.ts';
import { notFound } from '../errors.ts';
import { writeDepartmentReport } from '../report-output.ts';
import { parseYearParam } from './workflow.ts';

const PUBLISHED = 'published';

export function publicRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  app.get('/api/public/reports', async () => {
    const rows = (await listDepartmentYears(db, {})).filter((r) => r.status === PUBLISHED);
    const reviews = await listReviews(db, {});
    return {
      items: rows.map((r) => {
        const id = `${r.regionCode}.${r.departmentCode}`;
        return {
          id,
          departmentName: r.departmentName,
          fiscalYear: r.fiscalYear,
          totalFinal: r.totalFinal,
          spotCheckScore: reviews.get(`${id}@${r.fiscalYear}`)?.spotCheckScore ?? null,
          publishedAt: r.updatedAt,
        };
      }),
    };
  });

  app.get<{ Params: { id: string; year: string } }>('/api/public/reports/:id/:year', async (request) => {
    const tenant = parseDepartmentId(request.params.id);
    if (!tenant) throw notFound();
    const year = parseYearParam(request.params.year);
    const found = await getDepartmentYear(db, tenant, year);
    if (!found || found.status !== PUBLISHED) throw notFound();
    const review = await getReview(db, tenant, year);
    return {
      id: departmentId(found.data),
      fiscalYear: year,
      data: found.data,
      // The grade the score earns (as the published report prints it).
      scoreGrade: departmentGradeOf(found.data.selfAssessment.score),
      spotCheckScore: review?.spotCheckScore ?? null,
    };
  });

  app.get<{ Params: { id: string; year: string; format: string } }>('/api/public/reports/:id/:year/report.:format', async (request, reply) => {
    const tenant = parseDepartmentId(request.params.id);
    const format = request.params.format as ReportFormat;
    if (!tenant || !REPORT_FORMATS.includes(format)) throw notFound();
    const year = parseYearParam(request.params.year);
    const found = await getDepartmentYear(db, tenant, year);
    if (!found || found.status !== PUBLISHED) throw notFound();
    // Published data was approved; a refusal here (409) would mean the data changed after approval.
    const written = await writeDepartmentReport(db, tenant, found.data, { format, draft: false });
    reply.type(written.contentType);
    if (written.fileName) {
      reply.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(written.fileName)}`);
    }
    return written.body;
  });

  app.get('/api/public/capabilities', async () => {
    const routes = app.routeTable.filter((r) => r.method === 'GET' || r.method === 'POST');
    const pick = (re: RegExp, method: string) =>
      [...new Set(routes.filter((r) => r.method === method && re.test(r.url)).map((r) => r.url))];
    return {
      evaluation: pick(/^\/api\/departments\/:id\/years\/:year\/.*evaluat/, 'GET'),
      reports: pick(/^\/api\/departments\/:id\/years\/:year\/.*report/, 'GET'),
      publicReports: pick(/^\/api\/public\/reports\/:id\/:year\/.+/, 'GET'),
      audit: pick(/^\/api\/audit$/, 'POST'),
    };
  });
}
