/**
 * JSON the web app needs beyond the department-year CRUD: the county overview for reviewers and supervisors
 * (status, scores, error counts of every department-year in scope) and live validation of an unsaved draft
 * (the editor shows findings as the officer types).
 */
import type { FastifyInstance } from 'fastify';
import { parseDepartmentYear, validateDepartmentYear } from '../../app/department-year-service.ts';
import { countBySeverity } from '../../core/finding.ts';
import { type DepartmentYearSummary, getDepartmentYear, listDepartmentYears } from '../../store/index.ts';
import { listReviews } from '../../store/workflow-repository.ts';
import { isStatus, STATUS_LABEL } from '../../workflow/state-machine.ts';
import type { AppDeps } from '../app.ts';
import { inScope, scopeOf } from '../context.ts';

interface YearFigures {
  readonly errors: number;
  readonly warnings: number;
  readonly selfScore: number | null;
  readonly selfGrade: string | null;
}

/** Validation counts per (id, year, version): a version is immutable, so the cache never goes stale. */
class FiguresCache {
  readonly #map = new Map<string, YearFigures>();
  get(key: string): YearFigures | undefined {
    return this.#map.get(key);
  }
  set(key: string, value: YearFigures): void {
    if (this.#map.size > 5000) this.#map.clear();
    this.#map.set(key, value);
  }
}

async function figuresOf(db: AppDeps['store']['db'], r: DepartmentYearSummary): Promise<YearFigures | null> {
  const found = await getDepartmentYear(db, r, r.fiscalYear);
  if (!found) return null;
  const counts = countBySeverity(validateDepartmentYear(found.data));
  return {
    errors: counts.errors,
    warnings: counts.warnings,
    selfScore: found.data.selfAssessment.score ?? null,
    selfGrade: found.data.selfAssessment.grade ?? null,
  };
}

const keyOf = (r: DepartmentYearSummary) => `${r.regionCode}.${r.departmentCode}@${r.fiscalYear}#${r.version}`;

export function webApiRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  const cache = new FiguresCache();

  // Reading a year costs tens of milliseconds: fill the cache in the background once the server is up, so the
  // first overview after a restart is as fast as the next ones. Stops when the server closes.
  if (deps.warmCaches) {
    let closing = false;
    app.addHook('onClose', async () => {
      closing = true;
    });
    app.addHook('onReady', async () => {
      void (async () => {
        for (const r of await listDepartmentYears(db, {})) {
          if (closing) return;
          const figures = await figuresOf(db, r);
          if (figures) cache.set(keyOf(r), figures);
        }
      })().catch(() => {});
    });
  }

  app.get<{ Querystring: { year?: string } }>('/api/overview', async (request) => {
    const scope = scopeOf(request);
    const year = request.query.year ? Number(request.query.year) : undefined;
    const rows = (await listDepartmentYears(db, scope)).filter(
      (r) => inScope(scope, r) && (year === undefined || r.fiscalYear === year),
    );
    const reviews = await listReviews(db, scope);
    const items = [];
    for (const r of rows) {
      const id = `${r.regionCode}.${r.departmentCode}`;
      let figures = cache.get(keyOf(r));
      if (!figures) {
        const computed = await figuresOf(db, r);
        if (!computed) continue;
        figures = computed;
        cache.set(keyOf(r), figures);
      }
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
        spotCheckScore: reviews.get(`${id}@${r.fiscalYear}`)?.spotCheckScore ?? null,
      });
    }
    return { items };
  });

  app.post('/api/validate', async (request) => {
    const dy = parseDepartmentYear(request.body);
    const findings = validateDepartmentYear(dy);
    return { summary: countBySeverity(findings), findings };
  });
}
