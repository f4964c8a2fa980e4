/**
 * The project keywords of the ledger check (关键词): the words an officer adds to a project so the check ties
 * a 摘要 to it, beside those it derives from the project's name, goal and indicators. Kept in the
 * department-year (projects[].ledgerKeywords), so they are versioned, audited and follow the workflow's edit
 * rule like every other field.
 * - GET …/ledger/keywords — per project: its index, code, name, the officer's keywords and the derived ones.
 * - PUT …/ledger/keywords — `{ projects: [{ index, keywords }] }` with If-Match (required): replaces the
 *   listed projects' keywords; the others keep theirs.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { InputError } from '../../core/input-error.ts';
import { derivedProjectKeywords } from '../../ledger/index.ts';
import { getDepartmentYear, saveDepartmentYear } from '../../store/index.ts';
import type { AppDeps } from '../app.ts';
import { auditedSave } from '../auth/audited-save.ts';
import { tenantFor } from '../context.ts';
import { notFound } from '../errors.ts';
import { requiredVersion } from '../auth/if-match.ts';
import { parseYearParam } from './workflow.ts';

const keywordsBody = z
  .object({
    projects: z
      .array(
        z
          .object({
            index: z.number().int().min(0),
            keywords: z.array(z.string().trim().min(1, { error: '关键词不能为空 / a keyword cannot be empty' }).max(30, { error: '关键词最多30个字 / at most 30 characters' })).max(50, { error: '每个项目最多50个关键词 / at most 50 keywords a project' }),
          })
          .strict(),
      )
      .max(2000),
  })
  .strict();

export function ledgerKeywordRoutes(app: FastifyInstance, deps: AppDeps): void {
  const { db } = deps.store;
  const url = '/api/departments/:id/years/:year/ledger/keywords';

  app.get<{ Params: { id: string; year: string } }>(url, async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const found = await getDepartmentYear(db, tenant, parseYearParam(request.params.year));
    if (!found) throw notFound();
    reply.header('ETag', `"${found.version}"`);
    return {
      version: found.version,
      projects: found.data.projects.map((p, index) => ({
        index,
        ...(p.code ? { code: p.code } : {}),
        name: p.name,
        keywords: p.ledgerKeywords ?? [],
        derived: derivedProjectKeywords(p),
      })),
    };
  });

  app.put<{ Params: { id: string; year: string } }>(url, async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const year = parseYearParam(request.params.year);
    const expected = requiredVersion(request.headers['if-match']);
    const parsed = keywordsBody.safeParse(request.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `projects.${issue.path.slice(1).join('.')}` : 'projects';
      throw new InputError(issue?.message.includes(' / ') ? issue.message : '关键词有误 / invalid keywords', [{ path: where, message: issue?.message ?? '' }]);
    }
    const found = await getDepartmentYear(db, tenant, year);
    if (!found) throw notFound();
    const projects = [...found.data.projects];
    for (const { index, keywords } of parsed.data.projects) {
      const project = projects[index];
      if (!project) throw new InputError(`第${index + 1}个项目不存在 / no project ${index}`, [{ path: `projects[${index}]`, message: '不存在' }]);
      const unique = [...new Set(keywords)];
      const { ledgerKeywords: _old, ...rest } = project;
      projects[index] = unique.length > 0 ? { ...rest, ledgerKeywords: unique } : rest;
    }
    const { version } = await saveDepartmentYear(db, { ...found.data, projects }, { expectedVersion: expected, ...auditedSave(request) });
    reply.header('ETag', `"${version}"`);
    return { version };
  });
}
