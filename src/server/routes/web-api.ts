/**
 * JSON the web app needs beyond the department-year CRUD: the county overview for reviewers and supervisors
 * (status, scores, error counts of every department-year in scope) and live validation of an unsaved draft
 * (the editor shows findings as the officer types).
 */
import type { FastifyInstance } from 'fastify';
import { parseDepartmentYear, validateDepartmentYear } from '../../app/department-year-service.ts';
import { parseYearParam } from './workflow.ts';
import { forWeb } from '../../core/channel-message.ts';
import { countBySeverity } from '../../core/finding.ts';
import { departmentGradeOf } from '../../evaluation/index.ts';
import { getDepartmentYear } from '../../store/index.ts';
import { fillSummaryFigures, listOverview, type OverviewRow, type SummaryFigures } from '../../store/summaries-repository.ts';
import { listReviews } from '../../store/workflow-repository.ts';
import { isStatus, STATUS_LABEL } from '../../workflow/state-machine.ts';
import type { AppDeps } from '../app.ts';
import { inScope, scopeOf } from '../context.ts';

/** Counts for a summary row that has none yet (rows from before the summaries migration), stored back. */
async function fillFigures(db: AppDeps['store']['db'], r: OverviewRow): Promise<SummaryFigures | null> {
  const found = await getDepartmentYear(db, r, r.fiscalYear);
  if (!found) return null;
  const counts = countBySeverity(validateDepartmentYear(found.data));
  const figures = { errors: counts.errors, warnings: counts.warnings };
  await fillSummaryFigures(db, r, r.fiscalYear, found.version, figures);
  return figures;
}

export function webApiRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;

  // Summary rows carried over from before the summaries migration lack their counts: fill them in the
  // background once the server is up, so the first overview after an upgrade is as fast as the next ones.
  if (deps.warmCaches) {
    let closing = false;
    app.addHook('onClose', async () => {
      closing = true;
    });
    app.addHook('onReady', async () => {
      void (async () => {
        for (const r of await listOverview(db, {})) {
          if (closing) return;
          if (r.errors === null) await fillFigures(db, r);
        }
      })().catch(() => {});
    });
  }

  // Reads only the pre-aggregated rows (department_year_summaries, ledger_imports): a province of 6,000
  // department-years with 10 million ledger entries stays within 500 ms (docs/scale.md).
  app.get<{ Querystring: { year?: string } }>('/api/overview', async (request) => {
    const scope = scopeOf(request);
    const year = request.query.year ? parseYearParam(request.query.year) : undefined;
    const rows = (await listOverview(db, { ...scope, ...(year !== undefined ? { fiscalYear: year } : {}) })).filter((r) =>
      inScope(scope, r),
    );
    const reviews = await listReviews(db, scope);
    const items = [];
    for (const r of rows) {
      const id = `${r.regionCode}.${r.departmentCode}`;
      let figures: SummaryFigures | null =
        r.errors !== null && r.warnings !== null ? { errors: r.errors, warnings: r.warnings } : null;
      if (!figures) figures = await fillFigures(db, r);
      if (!figures) continue;
      items.push({
        id,
        departmentName: r.departmentName,
        fiscalYear: r.fiscalYear,
        status: r.status,
        statusLabel: isStatus(r.status) ? STATUS_LABEL[r.status] : r.status,
        version: r.version,
        totalFinal: r.totalFinal,
        updatedAt: r.updatedAt,
        ...figures,
        selfScore: r.selfScore,
        // The grade the score earns (as the 自评表 and the report print it), not a stated grade that disagrees.
        selfGrade: departmentGradeOf(r.selfScore) ?? r.selfGrade,
        ledgerEntries: r.ledgerEntries,
        ledgerTotal: r.ledgerTotal,
        spotCheckScore: reviews.get(`${id}@${r.fiscalYear}`)?.spotCheckScore ?? null,
      });
    }
    return { items };
  });

  app.post('/api/validate', async (request) => {
    const dy = parseDepartmentYear(request.body);
    const findings = validateDepartmentYear(dy);
    return { summary: countBySeverity(findings), findings: findings.map((f) => forWeb(f)) };
  });
}
