/**
 * PostgreSQL text cannot hold U+0000, so a NUL in a path or query parameter can only end in a database error
 * (a 500) further down. Refuse it up front, for every route, with a clear 400.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from './errors.ts';

const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : Array.isArray(value)
      ? value.some(hasNul)
      : value !== null && typeof value === 'object' && Object.values(value).some(hasNul);

export function rejectNulParameters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (hasNul(request.params) || hasNul(request.query)) {
      throw new HttpError(400, 'invalid-input', '参数不能包含 NUL 字符 / parameters must not contain NUL (U+0000)');
    }
  });
}
