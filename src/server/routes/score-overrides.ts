/**
 * GET/PUT /api/departments/:id/years/:year/score-overrides — the officer's overrides of computed
 * self-evaluation scores (自评表), each with a mandatory reason, stored beside the computed score and recorded in
 * the audit trail. Also the helpers the evaluation and report routes use to show them: the computed values stay
 * untouched, overrides are a separate field (JSON) or annotated cells (report).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DepartmentYear } from '../../core/department-year.ts';
import type { EvaluationReport, SelfEvaluationTable } from '../../evaluation/index.ts';
import { getDepartmentYear, VersionConflictError } from '../../store/index.ts';
import { listScoreOverrides, type ScoreOverride, saveScoreOverrides } from '../../store/score-overrides-repository.ts';
import { canEdit } from '../../workflow/state-machine.ts';
import type { AppDeps } from '../app.ts';
import { actorRef } from '../auth/actor.ts';
import { actorOf, type Tenant, tenantFor } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { requiredVersion } from '../auth/if-match.ts';

const PATH = /^(goals\[(\d{1,3})\]|projects\[(\d{1,4})\])\.indicators\[(\d{1,3})\]$/;
export const MIN_REASON_LENGTH = 5;

const overrideSchema = z.object({
  path: z.string().regex(PATH, '指标路径不合法 / invalid indicator path'),
  score: z.number().finite().min(0, '得分不能为负 / score must be ≥ 0').max(100),
  reason: z
    .string()
    .trim()
    .min(MIN_REASON_LENGTH, `调整理由必填，至少${MIN_REASON_LENGTH}个字 / a reason of at least ${MIN_REASON_LENGTH} characters is required`)
    .max(2000),
});
const bodySchema = z.object({ overrides: z.array(overrideSchema).max(2000) });

function parseYear(raw: string): number {
  const year = Number(raw);
  if (!Number.isInteger(year)) throw notFound();
  return year;
}

/** The indicator at a path (`goals[0].indicators[1]`), if the department-year has it. */
function indicatorAt(dy: DepartmentYear, path: string) {
  const m = PATH.exec(path);
  if (!m) return undefined;
  const list = m[2] !== undefined ? dy.goals[Number(m[2])]?.indicators : dy.projects[Number(m[3])]?.indicators;
  return list?.[Number(m[4])];
}

function parseBody(body: unknown, dy: DepartmentYear) {
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new HttpError(400, 'invalid-input', `${field}：${issue?.message ?? '输入有误 / invalid input'}`, parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  const seen = new Set<string>();
  parsed.data.overrides.forEach((o, i) => {
    const ind = indicatorAt(dy, o.path);
    const field = `overrides.${i}.path`;
    if (!ind) throw new HttpError(400, 'invalid-input', `${field}：没有这个指标 / no indicator at ${o.path}`, [{ path: field, message: o.path }]);
    if (seen.has(o.path)) throw new HttpError(400, 'invalid-input', `${field}：指标重复 / duplicate ${o.path}`, [{ path: field, message: o.path }]);
    seen.add(o.path);
    if (ind.weight !== undefined && o.score > ind.weight) {
      const f = `overrides.${i}.score`;
      throw new HttpError(400, 'invalid-input', `${f}：得分不能超过分值${ind.weight} / score exceeds the weight`, [{ path: f, message: String(o.score) }]);
    }
  });
  return parsed.data.overrides;
}

async function loadYear(deps: AppDeps, tenant: Tenant, year: number) {
  const found = await getDepartmentYear(deps.store.db, tenant, year);
  if (!found) throw notFound();
  return found;
}

const itemJson = (o: ScoreOverride) => ({ path: o.path, score: o.score, reason: o.reason, updatedBy: o.updatedBy, updatedAt: o.updatedAt.toISOString() });

export function scoreOverrideRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year/score-overrides', async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const year = parseYear(request.params.year);
    // The year's version: the If-Match of the next PUT.
    reply.header('ETag', `"${(await loadYear(deps, tenant, year)).version}"`);
    return { items: (await listScoreOverrides(deps.store.db, tenant, year)).map(itemJson) };
  });

  app.put<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year/score-overrides', async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const year = parseYear(request.params.year);
    const actor = actorOf(request);
    const overrides = parseBody(request.body, (await loadYear(deps, tenant, year)).data);
    const expected = requiredVersion(request.headers['if-match']);
    const result = await saveScoreOverrides(deps.store.db, tenant, year, overrides, {
      actor: actorRef(actor),
      check: (status, version) => {
        // A client that read an older version of the year must reload before it adjusts scores (issue 17).
        if (expected !== version) throw new VersionConflictError(version, expected);
        const decision = canEdit(status, actor.role);
        if (!decision.ok) throw new HttpError(decision.code === 'forbidden' ? 403 : 409, decision.code, decision.message);
      },
    });
    if (!result.saved) throw notFound();
    // Overrides do not change the year's version: the one the client sent is still current.
    reply.header('ETag', `"${expected}"`);
    return { items: result.overrides.map(itemJson) };
  });
}

// ——— Showing overrides beside the computed scores ———

export interface OverrideJson {
  readonly path: string;
  /** 'department' or `projects[i]`: the self-evaluation table the indicator is in. */
  readonly table: string;
  readonly name: string;
  readonly maxScore: number | null;
  readonly computedScore: number | null;
  readonly score: number;
  readonly reason: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

function tablesOf(report: EvaluationReport): { key: string; table: SelfEvaluationTable }[] {
  return [
    { key: 'department', table: report.tables.department },
    ...report.tables.projects.map((table, i) => ({ key: `projects[${i}]`, table })),
  ];
}

/** The overrides with the computed score beside each (for the evaluation JSON's `overrides` field). */
export function overridesJson(report: EvaluationReport, overrides: readonly ScoreOverride[]): OverrideJson[] {
  const byPath = new Map(overrides.map((o) => [o.path, o]));
  const out: OverrideJson[] = [];
  for (const { key, table } of tablesOf(report)) {
    for (const row of table.indicators) {
      const o = byPath.get(row.path);
      if (!o) continue;
      out.push({
        path: row.path,
        table: key,
        name: row.level3,
        maxScore: row.maxScore,
        computedScore: row.score,
        score: o.score,
        reason: o.reason,
        updatedBy: o.updatedBy,
        updatedAt: o.updatedAt.toISOString(),
      });
    }
  }
  return out;
}

const fmt = (n: number | null) => (n === null ? '待补充' : String(Math.round(n * 100) / 100));

/**
 * The department-year and evaluation the report is written from, with the overrides applied: the tables' 得分
 * become the overridden scores (totals follow), and each overridden indicator's 偏差原因 column states the
 * computed score and the reason. Without overrides both are returned unchanged.
 */
export function reportWithOverrides(
  dy: DepartmentYear,
  report: EvaluationReport,
  overrides: readonly ScoreOverride[],
): { dy: DepartmentYear; evaluation: EvaluationReport } {
  if (overrides.length === 0) return { dy, evaluation: report };
  const byPath = new Map(overrides.map((o) => [o.path, o]));
  const adjust = (t: SelfEvaluationTable): SelfEvaluationTable => {
    let delta = 0;
    let changed = false;
    const indicators = t.indicators.map((row) => {
      const o = byPath.get(row.path);
      if (!o) return row;
      changed = true;
      delta += o.score - (row.score ?? 0);
      return { ...row, score: o.score };
    });
    if (!changed) return t;
    const complete = t.total.complete || ((t.funds[0]?.score ?? null) !== null && indicators.every((r) => r.score !== null));
    const score = t.total.score + delta;
    return { ...t, indicators, total: { ...t.total, score, complete, upperBound: Math.max(t.total.upperBound + delta, score), grade: null } };
  };
  const evaluation: EvaluationReport = {
    ...report,
    tables: { ...report.tables, department: adjust(report.tables.department), projects: report.tables.projects.map(adjust) },
  };
  const computed = new Map(tablesOf(report).flatMap(({ table }) => table.indicators.map((r) => [r.path, r.score] as const)));
  const note = (path: string, reason: string | undefined): string | undefined => {
    const o = byPath.get(path);
    if (!o) return reason;
    const text = `【评分调整】计算得分${fmt(computed.get(path) ?? null)}，调整为${fmt(o.score)}，理由：${o.reason}`;
    return reason ? `${reason}；${text}` : text;
  };
  const withNotes = <T extends { indicators: DepartmentYear['goals'][number]['indicators'] }>(items: readonly T[], base: string): T[] =>
    items.map((item, i) => ({
      ...item,
      indicators: item.indicators.map((ind, k) => {
        const path = `${base}[${i}].indicators[${k}]`;
        const deviationReason = note(path, ind.deviationReason);
        // An override is the officer's score of that indicator: the report's score sheet reads it from there.
        const o = byPath.get(path);
        const withScore = o ? { ...ind, score: o.score } : ind;
        return deviationReason === undefined ? withScore : { ...withScore, deviationReason };
      }),
    }));
  return { dy: { ...dy, goals: withNotes(dy.goals, 'goals'), projects: withNotes(dy.projects, 'projects') }, evaluation };
}
