/**
 * The ledger over HTTP (issue 8). Thin: parse with zod, one capability call, the response.
 * - POST /api/departments/:id/years/:year/ledger — the file as the body (text/csv, application/octet-stream or
 *   the .xlsx type), `?source=<file name>&mapping=<JSON>`. 200 with the import summary; 422 `bad-rows` with every
 *   bad row (nothing written); 400 when the columns cannot be mapped; 400 `ledger-unit-required` (details.units:
 *   code, name, rows) when the file holds several units' books and `?unit=` names none, `ledger-unit-unknown` when
 *   it names a unit the file does not hold.
 * - GET  …/ledger/check?sort=evidence|amount|row|severity&limit=n — summary per rule, flagged entries, other findings.
 * - GET  …/ledger/check.xlsx — the same as an Excel workbook.
 * Register with `ledgerRoutes(app, deps)` in src/server/app.ts.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { forWeb } from '../../core/channel-message.ts';
import { InputError } from '../../core/input-error.ts';
import {
  type ColumnMapping,
  checkStoredLedger,
  importLedger,
  LEDGER_FIELDS,
  ledgerReportForWeb,
  ledgerReportXlsx,
  MappingError,
  type ReadLedgerEntries,
  sortFlagged,
  UnitChoiceError,
  unitChoiceAnswer,
} from '../../ledger/index.ts';
import { unpackLedgerFile } from '../parse/index.ts';
import { ledgerStoreFor } from '../../store/ledger-repository.ts';
import type { AppDeps } from '../app.ts';
import { tenantFor } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';

/** Ledger exports are large (200,000 rows ≈ 16 MB as CSV). */
const LEDGER_BODY_LIMIT = 64 * 1024 * 1024;
const FILE_TYPES = [
  'text/csv',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet-flat-xml',
];

const params = z.object({ id: z.string(), year: z.coerce.number().int().min(2000).max(2100) });
const mappingSchema = z.partialRecord(z.enum(LEDGER_FIELDS), z.union([z.string().min(1), z.number().int().min(1)]));
const importQuery = z.object({
  source: z.string().max(300).default('upload'),
  /** The unit to read of an export holding several units' books (its code or name as the file writes it). */
  unit: z.string().min(1).max(200).optional(),
  mapping: z
    .string()
    .optional()
    .transform((text, ctx): ColumnMapping | undefined => {
      if (text === undefined) return undefined;
      try {
        return mappingSchema.parse(JSON.parse(text));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'mapping 应为 JSON 对象：字段 → 列名或列号 / mapping: field → header or column' });
        return z.NEVER;
      }
    }),
});
const checkQuery = z.object({
  sort: z.enum(['evidence', 'amount', 'row', 'severity']).default('evidence'),
  limit: z.coerce.number().int().min(0).max(100_000).default(200),
});

function parseOr404<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InputError(parsed.error.issues[0]?.message ?? '参数有误 / bad query');
  return parsed.data;
}

export function ledgerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const store = ledgerStoreFor(deps.store);
  void app.register(async (scope) => {
    // Raw file bodies, only inside this plugin (encapsulated: the rest of the API stays JSON-only).
    scope.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: LEDGER_BODY_LIMIT }, (_req, body, done) =>
      done(null, body),
    );
    scope.post<{ Params: { id: string; year: string } }>(
      '/api/departments/:id/years/:year/ledger',
      { bodyLimit: LEDGER_BODY_LIMIT },
      async (request, reply) => {
        const tenant = tenantFor(request, request.params.id);
        const { year } = parseOr404(params, request.params);
        const query = parseInput(importQuery, request.query);
        if (!Buffer.isBuffer(request.body)) throw new HttpError(415, 'unsupported-media-type', '请以 CSV、.xlsx、.xls 或 .ods 文件上传 / send the file');
        try {
          // The whole file (CSV, text print or workbook) is read in the bounded parse worker, off the event loop.
          const read: ReadLedgerEntries = async (bytes, source, fiscalYear, mapping, unit) =>
            unpackLedgerFile(await app.parsePool.run({ kind: 'ledger-file', bytes, source, fiscalYear, ...(mapping ? { mapping } : {}), ...(unit ? { unit } : {}) }));
          const outcome = await importLedger(store, tenant, year, request.body, query.source, {
            read,
            ...(query.unit ? { unit: query.unit } : {}),
            ...(query.mapping ? { mapping: query.mapping } : {}),
          });
          if (!outcome.ok) {
            return reply.status(422).send({
              code: 'bad-rows',
              message: `${outcome.badRows} 行有误，未导入任何数据 / ${outcome.badRows} bad rows, nothing imported`,
              details: outcome.errors.map(forWeb),
            });
          }
          return outcome;
        } catch (err) {
          // Several units and none chosen, or a unit not in the file: the units found, for the page to offer as a choice.
          if (err instanceof UnitChoiceError) {
            const answer = unitChoiceAnswer(err);
            throw new HttpError(400, answer.code, answer.message, answer.details);
          }
          if (err instanceof MappingError) throw new InputError(err.webMessage ?? err.message);
          throw err;
        }
      },
    );
  });

  app.get<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year/ledger/check', async (request) => {
    const tenant = tenantFor(request, request.params.id);
    const { year } = parseOr404(params, request.params);
    const query = parseInput(checkQuery, request.query);
    const report = ledgerReportForWeb(await checkStoredLedger(store, tenant, year));
    return {
      entries: report.entries,
      summary: report.summary,
      flagged: sortFlagged(report.flagged, query.sort).slice(0, query.limit || undefined),
      findings: report.findings.filter((f) => !f.evidence.some((e) => e.path?.startsWith('ledger[row'))),
    };
  });

  app.get<{ Params: { id: string; year: string } }>('/api/departments/:id/years/:year/ledger/check.xlsx', async (request, reply) => {
    const tenant = tenantFor(request, request.params.id);
    const { year } = parseOr404(params, request.params);
    const report = ledgerReportForWeb(await checkStoredLedger(store, tenant, year));
    const data = await ledgerReportXlsx(report, `${request.params.id} ${year} 年账务检查`);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="ledger-check-${year}.xlsx"`)
      .send(data);
  });
}
