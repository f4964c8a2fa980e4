/**
 * Importing an official code table (功能分类, 经济分类, 收入来源, 资产分类) for a year, as `jixiao codes
 * import` does, for administrators: POST /api/code-tables/:kind/:year with the file (CSV or .xlsx) as the body.
 * `?preview=1` reads and checks it and answers what it holds without writing; without it the table is saved
 * into the installation's codes folder and used from then on. A file that cannot be read answers 400 with the
 * line at fault, and nothing is written.
 */
import type { FastifyInstance } from 'fastify';
import { CodeTableError, type CodeTableKind } from '../../core/codes.ts';
import { InputError } from '../../core/input-error.ts';
import { saveCheckedCodeTable } from '../../reference/code-tables.ts';

const KINDS: readonly CodeTableKind[] = ['function', 'economic', 'revenue-source', 'asset-class'];
const CODE_TABLE_LIMIT = 16 * 1024 * 1024;

export function codeTableRoutes(app: FastifyInstance): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: CODE_TABLE_LIMIT }, (_req, body, done) => done(null, body));
    scope.post<{ Params: { kind: string; year: string }; Querystring: { preview?: string } }>(
      '/api/code-tables/:kind/:year',
      { bodyLimit: CODE_TABLE_LIMIT },
      async (request) => {
        // Who may: capability code-table.import in the rule table (the admin role).
        const kind = request.params.kind as CodeTableKind;
        if (!KINDS.includes(kind)) throw new InputError(`未知代码表类型“${request.params.kind}” / unknown table kind`, [{ path: 'kind', message: request.params.kind }]);
        const year = Number(request.params.year);
        if (!/^\d{4}$/.test(request.params.year) || year < 2000 || year > 2100) {
          throw new InputError(`年度有误“${request.params.year}” / bad year`, [{ path: 'year', message: request.params.year }]);
        }
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) throw new InputError('上传的代码表为空 / the file is empty', [{ path: 'body', message: '0 bytes' }]);
        // Read and checked whole in a parse worker (decoding, CSV split, every line), never on the event loop.
        try {
          const checked = await app.parsePool.run({ kind: 'code-table', bytes: body, tableKind: kind, year, source: '上传的代码表' });
          const { count, sample } = checked;
          if (request.query.preview === '1') return { preview: true, kind, year, count, sample };
          saveCheckedCodeTable(kind, year, checked);
          return { preview: false, kind, year, count, sample };
        } catch (err) {
          if (err instanceof CodeTableError) throw new InputError(err.message);
          throw err;
        }
      },
    );
  });
}
