/**
 * Fixed assets over HTTP: /api/departments/:id/assets… (register, import, export, labels, checks, idle list,
 * indicators, disposals), /api/departments/:id/stocktakes… (open, confirm, close) and the phone page
 * GET /stocktake/:id. Each handler parses, makes one call into src/assets, and answers. The signed-in user is
 * the person who opens, counts, approves and decides: names in a body are ignored. The tenant check comes
 * first in every handler, so a department outside the caller's scope answers 404 before any input check.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  type AssetContext,
  AssetStateError,
  applyStocktakeToRegister,
  type CardWriteOptions,
  createAsset,
  type AssetTenant,
  closeStocktakeFor,
  confirmAsset,
  decideDisposalFor,
  escapeHtml,
  idleFor,
  importRegisterSheets,
  registerSheetsOf,
  stocktakeProgressFor,
  indicatorsFor,
  labelsPdfFor,
  ledgerCsv,
  ledgerXlsx,
  loadAssetConfig,
  markLabelsApplied,
  openStocktakeFor,
  PdfUnavailableError,
  registerFindings,
  requestDisposalFor,
  stocktakePageHtml,
  updateAsset,
} from '../../assets/index.ts';
import { countBySeverity } from '../../core/finding.ts';
import { InputError, issuesOf } from '../../core/input-error.ts';
import { readTableRows } from '../../reference/table-file.ts';
import { assetsRepository, departmentName } from '../../store/assets-repository.ts';
import { assetHistoryRoutes } from './asset-history.ts';
import { actorRef } from '../auth/actor.ts';
import { requiredVersion } from '../auth/if-match.ts';
import type { AppDeps } from '../app.ts';
import { CSRF_HEADER } from '../auth/tokens.ts';
import { actorOf, inScope, scopeOf, tenantFor } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { CONTENT_SECURITY_POLICY } from '../security-headers.ts';

/** A ledger of tens of thousands of rows is a few MB as .xlsx. */
export const ASSET_IMPORT_LIMIT = 20 * 1024 * 1024;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const listQuery = z.object({ includeDisposed: z.enum(['true', 'false', '1', '0']).optional() });
const exportQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });
const labelsQuery = z.object({
  size: z.string().max(40).optional(),
  numbers: z.string().max(200_000).optional(),
  outline: z.enum(['true', 'false', '1', '0']).optional(),
  department: z.string().max(100).optional(),
});
const idleQuery = z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() });
const disposalsQuery = z.object({ state: z.enum(['pending', 'approved', 'rejected']).optional() });
const markBody = z.object({ assetNumbers: z.array(z.string().min(1).max(64)).min(1).max(100_000) });

function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const r = schema.safeParse(query ?? {});
  if (!r.success) throw new InputError('参数有误 / bad query', issuesOf(r.error));
  return r.data;
}

const truthy = (v: string | undefined) => v === 'true' || v === '1';

/** The capability's state errors as HTTP: a missing object is 404, a forbidden step 409. */
async function mapped<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AssetStateError) {
      if (err.code === 'not-found' || err.code === 'asset-not-found') throw notFound();
      throw new HttpError(409, err.code, err.message);
    }
    if (err instanceof PdfUnavailableError) throw new HttpError(503, 'pdf-unavailable', err.message);
    throw err;
  }
}

/** The stable identity written into stocktakes and disposals: the user name (unique, never reused). */
const who = (request: FastifyRequest) => actorOf(request).username;

/** The cards' history entry of a change made by the signed-in user. */
const historyOf = (request: FastifyRequest, action: 'asset-update' | 'asset-import'): CardWriteOptions['history'] => ({ actor: actorRef(actorOf(request)), action });

export function assetRoutes(app: FastifyInstance, deps: Pick<AppDeps, 'store'>): void {
  const ctx: AssetContext = { store: assetsRepository(deps.store.db), config: loadAssetConfig() };
  const tenantOf = (request: FastifyRequest<{ Params: { id: string } }>): AssetTenant => tenantFor(request, request.params.id);
  const nameOf = async (tenant: AssetTenant) =>
    (await departmentName(deps.store.db, tenant)) ?? `${tenant.regionCode}.${tenant.departmentCode}`;

  type P = { Params: { id: string } };
  type PS = { Params: { id: string; sid: string } };
  type PN = { Params: { id: string; number: string } };

  assetHistoryRoutes(app, deps.store);

  app.get<P>('/api/departments/:id/assets', async (request) => {
    const tenant = tenantOf(request);
    const q = parseQuery(listQuery, request.query);
    const items = await ctx.store.listAssets(tenant, { includeDisposed: truthy(q.includeDisposed) });
    return { items, count: items.length };
  });

  app.post<P>('/api/departments/:id/assets', async (request, reply) => {
    const tenant = tenantOf(request);
    const created = await mapped(() => createAsset(ctx, tenant, request.body));
    reply.status(201);
    return created;
  });

  app.get<PN>('/api/departments/:id/assets/:number', async (request, reply) => {
    const found = await ctx.store.getAsset(tenantOf(request), request.params.number);
    if (!found) throw notFound();
    if (found.version !== undefined) reply.header('ETag', `"${found.version}"`);
    return found;
  });

  // An edit names the version of the card it was made on (If-Match, 428 without): a card changed meanwhile is
  // refused with 409, not overwritten. The card's history is written in the change's transaction.
  app.patch<PN>('/api/departments/:id/assets/:number', async (request, reply) => {
    const tenant = tenantOf(request);
    const expectedVersion = requiredVersion(request.headers['if-match']);
    const after = await mapped(() => updateAsset(ctx, tenant, request.params.number, request.body, { expectedVersion, history: historyOf(request, 'asset-update') }));
    if (after.version !== undefined) reply.header('ETag', `"${after.version}"`);
    return after;
  });

  app.get<P>('/api/departments/:id/assets/checks', async (request) => {
    const findings = await registerFindings(ctx, tenantOf(request));
    return { summary: countBySeverity(findings), findings };
  });

  app.get<P>('/api/departments/:id/assets/export', async (request, reply) => {
    const tenant = tenantOf(request);
    const { format } = parseQuery(exportQuery, request.query);
    const register = await ctx.store.listAssets(tenant, { includeDisposed: true });
    const file = `assets-${tenant.regionCode}.${tenant.departmentCode}`;
    if (format === 'csv') {
      reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${file}.csv"`);
      return `\uFEFF${ledgerCsv(register, ctx.config)}`;
    }
    reply.type(XLSX_TYPE).header('Content-Disposition', `attachment; filename="${file}.xlsx"`);
    return ledgerXlsx(register, ctx.config);
  });

  app.get<P>('/api/departments/:id/assets/labels.pdf', async (request, reply) => {
    const tenant = tenantOf(request);
    const q = parseQuery(labelsQuery, request.query);
    const numbers = q.numbers?.split(',').map((n) => n.trim()).filter((n) => n !== '');
    const pdf = await mapped(async () =>
      labelsPdfFor(ctx, tenant, {
        ...(numbers ? { numbers } : {}),
        ...(q.size ? { sizeId: q.size } : {}),
        department: q.department ?? (await nameOf(tenant)),
        outline: truthy(q.outline),
      }),
    );
    reply.type('application/pdf').header('Content-Disposition', 'inline; filename="asset-labels.pdf"');
    return pdf;
  });

  app.get<P>('/api/departments/:id/assets/label-sizes', async (request) => {
    tenantOf(request);
    return { default: ctx.config.defaultLabelSize, items: ctx.config.labelSizes };
  });

  app.post<P>('/api/departments/:id/assets/labels/applied', async (request) => {
    const tenant = tenantOf(request);
    const r = markBody.safeParse(request.body);
    if (!r.success) throw new InputError('参数有误 / bad body', issuesOf(r.error));
    return { updated: await mapped(() => markLabelsApplied(ctx, tenant, r.data.assetNumbers)) };
  });

  app.get<P>('/api/departments/:id/assets/idle', async (request) => {
    const tenant = tenantOf(request);
    const q = parseQuery(idleQuery, request.query);
    const items = await idleFor(ctx, tenant, q.asOf);
    return { idleDays: ctx.config.idleDays, items };
  });

  app.get<P>('/api/departments/:id/assets/indicators', async (request) => {
    const tenant = tenantOf(request);
    const { year } = parseQuery(yearQuery, request.query);
    return indicatorsFor(ctx, tenant, year);
  });

  app.get<P>('/api/departments/:id/assets/disposals', async (request) => {
    const tenant = tenantOf(request);
    const q = parseQuery(disposalsQuery, request.query);
    return { items: await ctx.store.listDisposals(tenant, q.state ? { state: q.state } : {}) };
  });

  app.post<P>('/api/departments/:id/assets/disposals', async (request, reply) => {
    const tenant = tenantOf(request);
    const disposal = await mapped(() => requestDisposalFor(ctx, tenant, request.body, who(request)));
    reply.status(201);
    return disposal;
  });

  app.post<{ Params: { id: string; did: string } }>('/api/departments/:id/assets/disposals/:did/decision', async (request) => {
    const tenant = tenantFor(request, request.params.id);
    return mapped(() => decideDisposalFor(ctx, tenant, request.params.did, request.body, who(request)));
  });

  app.get<P>('/api/departments/:id/stocktakes', async (request) => {
    const tenant = tenantOf(request);
    const q = parseQuery(z.object({ year: yearQuery.shape.year.optional() }), request.query);
    return { items: await ctx.store.listStocktakes(tenant, q.year) };
  });

  app.post<P>('/api/departments/:id/stocktakes', async (request, reply) => {
    const tenant = tenantOf(request);
    const stocktake = await mapped(() => openStocktakeFor(ctx, tenant, request.body, who(request)));
    reply.status(201);
    return {
      id: stocktake.id,
      title: stocktake.title,
      fiscalYear: stocktake.fiscalYear,
      openedBy: stocktake.openedBy,
      openedAt: stocktake.openedAt,
      expectedCount: stocktake.expected.length,
      page: `/stocktake/${stocktake.id}`,
    };
  });

  app.get<PS>('/api/departments/:id/stocktakes/:sid', async (request) => {
    const found = await ctx.store.getStocktake(tenantOf(request), request.params.sid);
    if (!found) throw notFound();
    return found;
  });

  app.get<PS>('/api/departments/:id/stocktakes/:sid/progress', async (request) => {
    const tenant = tenantOf(request);
    return mapped(() => stocktakeProgressFor(ctx, tenant, request.params.sid));
  });

  app.post<PS>('/api/departments/:id/stocktakes/:sid/confirmations', async (request) => {
    const tenant = tenantOf(request);
    return mapped(() => confirmAsset(ctx, tenant, request.params.sid, request.body, who(request)));
  });

  app.post<PS>('/api/departments/:id/stocktakes/:sid/close', async (request) => {
    const tenant = tenantOf(request);
    return mapped(() => closeStocktakeFor(ctx, tenant, request.params.sid, request.body, who(request)));
  });

  app.post<PS>('/api/departments/:id/stocktakes/:sid/apply', async (request) => {
    const tenant = tenantOf(request);
    // the cards' history: a stocktake applied moves and re-states cards like an edit does
    const updated = await mapped(() => applyStocktakeToRegister(ctx, tenant, request.params.sid, { history: historyOf(request, 'asset-update') }));
    return { updated: updated.length, items: updated };
  });

  // The import reads the raw body: CSV text or an .xlsx file, in its own scope so other routes keep JSON.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ASSET_IMPORT_LIMIT }, (_req, body, done) => {
      done(null, body);
    });
    scope.post<P>('/api/departments/:id/assets/import', { bodyLimit: ASSET_IMPORT_LIMIT }, async (request, reply) => {
      const tenant = tenantOf(request);
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        throw new InputError('上传的台账为空 / the uploaded ledger is empty', [{ path: 'body', message: '0 bytes' }]);
      }
      // An .xlsx file is recognised by its bytes (and read in a bounded parse worker), a CSV's encoding (UTF-8,
      // GBK, UTF-16) by its content.
      const readSheet = (bytes: Buffer, source: string) => app.parsePool.run({ kind: 'sheet-rows', bytes, source });
      // A workbook with one sheet per asset class is one register (a cover or 填表说明 sheet is left alone).
      const sheets = registerSheetsOf(await readTableRows(body, '上传的台账', readSheet));
      const q = request.query as Record<string, unknown>;
      const preview = q.preview === '1' || q.preview === 'true' || q.dryRun === '1' || q.dryRun === 'true';
      const result = await importRegisterSheets(ctx, tenant, sheets, { preview, history: historyOf(request, 'asset-import') });
      if (result.errors.length > 0) {
        reply.status(422);
        return {
          code: 'import-rejected',
          message: `台账有 ${result.errors.length} 处错误，未导入任何资产 / ${result.errors.length} errors, nothing imported`,
          details: result.errors,
        };
      }
      const plan = result.plan!;
      const report = {
        written: result.written,
        findings: result.findings,
        preview: result.preview,
        added: plan.added.length,
        // what a preview shows before anything is written (the first 500 new cards)
        addedItems: plan.added.slice(0, 500).map((a) => ({
          assetNumber: a.assetNumber,
          name: a.name,
          classCode: a.classCode,
          originalValue: a.originalValue,
          acquiredOn: a.acquiredOn,
          location: a.location,
          custodian: a.custodian,
        })),
        updated: plan.updated.map((u) => ({ assetNumber: u.assetNumber, name: u.name, changes: u.changes })),
        unchanged: plan.unchanged,
        absent: plan.absent,
        disposedAbsent: plan.disposedAbsent,
        // columns the register never carried: filled in on the cards, no change of them
        ...(plan.newColumns !== undefined ? { newColumns: plan.newColumns, filled: (plan.filled ?? []).length } : {}),
        headerRow: result.headerRow,
        // the one sheet read when the workbook has several (a 封面 or 汇总 first)
        ...(result.sheetRead !== undefined ? { sheetRead: result.sheetRead } : {}),
        skipped: result.skipped,
        skippedNote: result.skippedNote,
        extraColumns: result.extraColumns,
      };
      reply.status(result.preview || result.written === 0 ? 200 : 201);
      return report;
    });
  });

  app.get<{ Params: { sid: string } }>('/stocktake/:sid', async (request, reply) => {
    reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store');
    if (!request.auth) {
      reply.status(401);
      return signInPage(request.url);
    }
    const tenant = await ctx.store.findStocktakeTenant(request.params.sid);
    if (!tenant || !inScope(scopeOf(request), tenant)) throw notFound();
    const summary = await ctx.store.summariseStocktake(tenant, request.params.sid);
    if (!summary) throw notFound();
    // The page's one inline script runs under a per-answer nonce; everything else keeps the default policy.
    const nonce = randomBytes(16).toString('base64');
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY.replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`));
    const actor = actorOf(request);
    return stocktakePageHtml({
      nonce,
      counter: `${actor.displayName}（${actor.username}）`,
      stocktake: summary,
      departmentId: `${tenant.regionCode}.${tenant.departmentCode}`,
      departmentName: await nameOf(tenant),
      config: ctx.config,
      csrf: { header: CSRF_HEADER, token: request.auth.csrfToken },
    });
  });
}

function signInPage(back: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>请先登录</title></head>
<body style="font-family:system-ui,sans-serif;padding:16px"><p>请先登录后再盘点。/ Please sign in first.</p>
<p><a href="/?next=${encodeURIComponent(back)}">登录 / Sign in</a></p><p style="color:#888">${escapeHtml(back)}</p></body></html>`;
}


