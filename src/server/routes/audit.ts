/**
 * POST /api/audit — 体检 of an uploaded report (.txt .md .docx .pdf), sent as the raw request body with its
 * file name in `?filename=` (or the `x-filename` header). Answers the audit JSON contract, or the highlighted
 * HTML with `?format=html`. The upload is written to a private temp folder only for the reader and removed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { InputError, issuesOf } from '../../core/input-error.ts';
import { AuditInputError } from '../../audit/index.ts';
import { scopeOf } from '../context.ts';
import { HttpError } from '../errors.ts';

/** The auditor refuses files over 20 MB itself; the body limit matches so the refusal is ours, not a reset. */
export const AUDIT_BODY_LIMIT = 20 * 1024 * 1024;

const query = z.object({
  filename: z.string().max(255).optional(),
  format: z.enum(['json', 'html']).default('json'),
  fiscalYear: z.coerce.number().int().min(2000).max(2100).optional(),
  department: z.string().max(100).optional(),
  /** The report's region (湖南省, or a 行政区划代码): chooses a regional outline template. */
  region: z.string().trim().min(1).max(40).optional(),
});

const ALLOWED = new Set(['.txt', '.md', '.docx', '.pdf']);

/** The x-filename header, percent-encoded by the client; a malformed encoding is the client's error (400). */
function decodeFileName(header: string): string {
  try {
    return decodeURIComponent(header);
  } catch {
    throw new InputError('x-filename 编码有误 / malformed x-filename (percent-encoding)', [{ path: 'x-filename', message: header.slice(0, 100) }]);
  }
}

export function auditRoutes(app: FastifyInstance): void {
  app.register(async (scope) => {
    // Any content type is the file itself, bytes untouched (text/plain included: its encoding is the reader's job).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: AUDIT_BODY_LIMIT }, (_req, body, done) => {
      done(null, body);
    });
    scope.post('/api/audit', { bodyLimit: AUDIT_BODY_LIMIT }, async (request, reply) => {
      const parsed = query.safeParse(request.query);
      if (!parsed.success) throw new InputError('参数有误 / bad query', issuesOf(parsed.error));
      const { format, fiscalYear, department } = parsed.data;
      // The region named by the caller, else the one the deployment is pinned to or the signed-in user's (a region code).
      const scoped = request.auth?.actor ? scopeOf(request).regionCode : process.env.JIXIAO_REGION;
      const region = parsed.data.region ?? (scoped && /^\d{6}$/.test(scoped) ? scoped : undefined);
      const header = request.headers['x-filename'];
      const rawName = parsed.data.filename ?? (typeof header === 'string' ? decodeFileName(header) : 'report.txt');
      // Only the extension of the client's name is used; the name itself never reaches the file system.
      const ext = path.extname(path.basename(rawName)).toLowerCase();
      if (!ALLOWED.has(ext)) {
        throw new InputError(`不支持的文件类型“${ext || rawName}”，请上传 .txt .md .docx .pdf / unsupported file type`, [
          { path: 'filename', message: rawName },
        ]);
      }
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) {
        throw new InputError('上传的文件为空 / the uploaded file is empty', [{ path: 'body', message: '0 bytes' }]);
      }
      const dir = await mkdtemp(path.join(tmpdir(), 'jixiao-audit-'));
      try {
        const file = path.join(dir, `upload${ext}`);
        await writeFile(file, body);
        // Read and checked in a parse worker (time, memory and paragraph limits), never on the event loop.
        const answer = await app.parsePool.run({
          kind: 'audit',
          path: file,
          file: path.basename(rawName),
          format,
          ...(fiscalYear ? { fiscalYear } : {}),
          ...(department ? { department } : {}),
          ...(region ? { region } : {}),
        });
        if ('html' in answer) {
          reply.type('text/html; charset=utf-8');
          return answer.html;
        }
        return answer.json;
      } catch (err) {
        if (err instanceof AuditInputError) throw new HttpError(400, 'unreadable-document', err.message);
        throw err;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });
}
